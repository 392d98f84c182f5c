//! The `parallax` command line: the JSON report's fixed shape (issue #2), publication dates
//! given with `--date`, and clear errors for input it cannot read.

mod common;

use std::process::{Command, Output};

use common::shared_dir;
use serde_json::Value;

fn parallax(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_parallax")).args(args).output().expect("the CLI runs")
}

fn seed(name: &str) -> String {
    let path = shared_dir().join("seeds").join(name);
    assert!(
        path.exists(),
        "{} is missing; the tests need ../shared beside the project",
        path.display()
    );
    path.to_string_lossy().into_owned()
}

fn json(output: &Output) -> Value {
    assert!(output.status.success(), "{}", String::from_utf8_lossy(&output.stderr));
    serde_json::from_slice(&output.stdout).expect("--json prints JSON")
}

#[test]
fn the_json_report_has_the_fixed_shape() {
    let report = json(&parallax(&[
        "analyse",
        &seed("bangkok-post.txt"),
        &seed("china-daily.txt"),
        "--json",
    ]));
    let articles = report["articles"].as_array().expect("articles is a list");
    assert_eq!(articles.len(), 2);
    assert_eq!(articles[0]["name"], "bangkok-post.txt");
    for article in articles {
        for field in ["outlet", "headline", "byline", "dateline", "date"] {
            assert!(article[field].is_null() || article[field].is_string(), "{field}");
        }
        for entity in article["entities"].as_array().expect("entities") {
            for field in ["id", "name", "kind"] {
                assert!(entity[field].is_string(), "entity {field}");
            }
            assert!(entity["role"].is_null() || entity["role"].is_string());
            for mention in entity["mentions"].as_array().expect("mentions") {
                assert!(
                    mention["start"].is_u64()
                        && mention["end"].is_u64()
                        && mention["text"].is_string()
                );
            }
        }
        for quote in article["quotes"].as_array().expect("quotes") {
            assert!(quote["start"].is_u64() && quote["end"].is_u64() && quote["text"].is_string());
            assert!(quote["speaker"].is_null() || quote["speaker"].is_string());
            assert!(quote["speaker_name"].is_null() || quote["speaker_name"].is_string());
            assert!(quote["partial"].is_boolean());
        }
        assert!(article["claims"].is_array());
    }
    for entity in report["entities"].as_array().expect("cross-article entities") {
        assert!(
            entity["id"].is_string() && entity["name"].is_string() && entity["kind"].is_string()
        );
        for member in entity["members"].as_array().expect("members") {
            assert!(member["article"].is_u64() && member["entity"].is_string());
        }
    }
    for finding in report["findings"].as_array().expect("findings") {
        assert!(finding["kind"].is_string() && finding["summary"].is_string());
        for span in finding["spans"].as_array().expect("spans") {
            assert!(span["article"].is_u64() && span["start"].is_u64() && span["end"].is_u64());
        }
    }
}

#[test]
fn a_given_date_resolves_relative_dates() {
    let report =
        json(&parallax(&["analyse", "--date", "2021-10-19", &seed("china-daily.txt"), "--json"]));
    let article = &report["articles"][0];
    assert_eq!(article["date"], "2021-10-19");
    let next_month = article["entities"]
        .as_array()
        .expect("entities")
        .iter()
        .find(|e| e["name"] == "early next month")
        .expect("the relative date is an entity");
    assert_eq!(next_month["value"], "2021-11");
    assert!(report["notes"][0].as_str().expect("a note").contains("comparison needs a second"));
}

#[test]
fn unreadable_input_gets_a_clear_message() {
    let dir = std::env::temp_dir().join(format!("parallax-cli-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("a temporary directory");
    let latin1 = dir.join("latin1.txt");
    std::fs::write(&latin1, b"Caf\xe9 society").expect("write a test file");
    let output = parallax(&["analyse", &latin1.to_string_lossy()]);
    assert_eq!(output.status.code(), Some(2));
    let message = String::from_utf8_lossy(&output.stderr);
    assert!(message.contains("is not UTF-8 text"), "{message}");

    let output = parallax(&["analyse", "--date", "2021-02-30", &latin1.to_string_lossy()]);
    assert!(String::from_utf8_lossy(&output.stderr).contains("expected a day"));
    let output = parallax(&["analyse", &dir.join("missing.txt").to_string_lossy()]);
    assert!(String::from_utf8_lossy(&output.stderr).contains("cannot read"));
    std::fs::remove_dir_all(&dir).expect("clean up");
}

/// `--format` prints the exports the app offers; `--format json` is `--json`, unchanged.
#[test]
fn the_report_exports_as_json_markdown_and_csv() {
    let files = [seed("bangkok-post.txt"), seed("china-daily.txt")];
    let run = |extra: &[&str]| {
        let mut args = vec!["analyse", files[0].as_str(), files[1].as_str()];
        args.extend(extra);
        let output = parallax(&args);
        assert!(output.status.success(), "{}", String::from_utf8_lossy(&output.stderr));
        String::from_utf8(output.stdout).expect("the CLI prints UTF-8")
    };
    let json = run(&["--json"]);
    assert_eq!(run(&["--format", "json"]), json);
    let report: Value = serde_json::from_str(&json).expect("JSON");
    let findings = report["findings"].as_array().expect("findings").len();
    assert!(run(&["--format", "md"]).starts_with("# Parallax report\n"));
    let csv = run(&["--format", "csv-findings"]);
    assert!(csv.starts_with("rank,kind,summary,articles,spans\r\n"));
    // Summaries hold no line breaks, so each finding is one line.
    assert_eq!(csv.lines().count(), findings + 1);
    let bad = parallax(&["analyse", &files[0], "--format", "pdf"]);
    assert!(!bad.status.success());
    assert!(String::from_utf8_lossy(&bad.stderr).contains("--format pdf"));
}

/// An HTML page is read for its story, by its extension or by its first tag, and its tags give
/// the outlet, headline and date; `--date` still overrides the page's date.
#[test]
fn html_pages_are_read_for_their_story() {
    let dir = std::env::temp_dir().join(format!("parallax-cli-html-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("a temporary directory");
    let page = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/data/html/article-element.html");
    let named = page.to_string_lossy().into_owned();
    let unnamed = dir.join("saved-page");
    std::fs::copy(&page, &unnamed).expect("copy the page");
    let report = json(&parallax(&[
        "analyse",
        &named,
        "--date",
        "2026-02-04",
        &unnamed.to_string_lossy(),
        "--json",
    ]));
    for (article, date) in
        report["articles"].as_array().expect("articles").iter().zip(["2026-02-03", "2026-02-04"])
    {
        assert_eq!(article["outlet"], "The Harbour Ledger");
        assert_eq!(article["headline"], "Ferry service resumes after storm");
        assert_eq!(article["date"], date);
        let quotes = article["quotes"].as_array().expect("quotes");
        assert!(
            quotes.iter().any(|q| q["text"].as_str().is_some_and(|t| t.contains("every line")))
        );
        let words = article["stats"]["words"].as_u64().expect("a word count");
        assert!(words > 60 && words < 200, "the story only, not the page's furniture: {words}");
    }
    std::fs::remove_dir_all(&dir).expect("clean up");
}
