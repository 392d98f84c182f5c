//! `parallax`: the command-line face of the engine, for batch work and evaluation.
//!
//! ```text
//! parallax analyse A.txt B.txt [--json]   analyse articles; --json prints the report
//!   [--format json|md|csv-entities|csv-quotes|csv-findings]   or another export of it
//! parallax eval-quotes DIR [--errors]     score quotes and speakers against PolNeAR
//! parallax tag-conll FILE                  append predicted NER tags to a CoNLL-2003 file
//! parallax score-conll FILE                NER precision/recall/F1 on a CoNLL-2003 file
//! parallax score-entities FILE [--rules] [--errors]
//!                                          the engine's names scored on a CoNLL-2003 file
//! ```
//! The JSON is the same report the app renders (see `parallax::report`).

mod eval_quotes;
mod score_entities;
mod tag_conll;

use std::path::Path;
use std::process::ExitCode;

const USAGE: &str = "\
usage: parallax analyse [--date YYYY-MM-DD] FILE... [--json | --format FORMAT]
       parallax eval-quotes DIR [--errors]
       parallax tag-conll FILE | score-conll FILE | score-entities FILE [--rules] [--errors]

commands:
  analyse FILE...   analyse one or more articles (UTF-8 plain text, or HTML pages saved from a
                    news site: .html or starting with <html) and compare them
  eval-quotes DIR   score quotes and speakers against a PolNeAR split (--errors lists misses)
  tag-conll FILE    print a CoNLL-2003 file with a predicted NER tag column appended
  score-conll FILE  score the NER model on a CoNLL-2003 file (exact spans, per type and micro)
  score-entities FILE
                    score the engine's names (as the app finds them) on a CoNLL-2003 file;
                    --rules leaves the trained recogniser out; --errors lists the misses
options:
  --json            print the full report as JSON instead of a summary
  --format FORMAT   print an export instead of a summary: json, md (a Markdown summary),
                    csv (entities, quotes and findings, one table after another) or one of
                    csv-entities, csv-quotes, csv-findings
  --date DAY        the publication date of the file that follows (resolves relative dates)";

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    match run(&args) {
        Ok(()) => ExitCode::SUCCESS,
        Err(message) => {
            eprintln!("parallax: {message}");
            ExitCode::from(2)
        }
    }
}

fn run(args: &[String]) -> Result<(), String> {
    let Some((command, rest)) = args.split_first() else {
        return Err(format!("no command given\n\n{USAGE}"));
    };
    match command.as_str() {
        "analyse" | "analyze" => analyse(rest),
        "eval-quotes" => eval_quotes::run(rest),
        "tag-conll" => conll_file(rest).and_then(|text| tag_conll::tag(&text)),
        "score-conll" => conll_file(rest).map(|text| tag_conll::score(&text)),
        "score-entities" => {
            let flag = |name: &str| rest.iter().any(|arg| arg == name);
            let files: Vec<String> =
                rest.iter().filter(|arg| !arg.starts_with("--")).cloned().collect();
            conll_file(&files)
                .map(|text| score_entities::run(&text, flag("--rules"), flag("--errors")))
        }
        "-h" | "--help" | "help" => {
            println!("{USAGE}");
            Ok(())
        }
        other => Err(format!("unknown command `{other}`\n\n{USAGE}")),
    }
}

fn analyse(args: &[String]) -> Result<(), String> {
    let mut format: Option<String> = None;
    let mut inputs = Vec::new();
    let mut date = None;
    let mut args = args.iter();
    while let Some(arg) = args.next() {
        match arg.as_str() {
            "--json" => format = Some("json".to_owned()),
            "--format" => {
                let value = args.next().ok_or("--format needs a format: json, md or csv")?;
                if !FORMATS.contains(&value.as_str()) {
                    return Err(format!(
                        "--format {value}: expected one of {}",
                        FORMATS.join(", ")
                    ));
                }
                format = Some(value.clone());
            }
            "--date" => {
                let value = args.next().ok_or("--date needs a day, e.g. --date 2021-10-18")?;
                let day = parallax::text::Date::from_iso(value)
                    .ok_or_else(|| format!("--date {value}: expected a day as YYYY-MM-DD"))?;
                date = Some(day);
            }
            flag if flag.starts_with("--") => return Err(format!("unknown option `{flag}`")),
            file => {
                let input = read_input(Path::new(file))?;
                inputs.push(match date.take() {
                    Some(day) => input.with_date(day),
                    None => input,
                });
            }
        }
    }
    if date.is_some() {
        return Err("--date must come before the file it dates".to_owned());
    }
    if inputs.is_empty() {
        return Err(format!("analyse needs at least one file\n\n{USAGE}"));
    }
    let report = parallax::analyse(&inputs);
    match format.as_deref() {
        None => print_summary(&report),
        Some(format) => print!("{}", export(&report, format)),
    }
    Ok(())
}

/// The formats `--format` takes.
const FORMATS: [&str; 6] = ["json", "md", "csv", "csv-entities", "csv-quotes", "csv-findings"];

/// The report in one of [`FORMATS`].
fn export(report: &parallax::Report, format: &str) -> String {
    use parallax::report::{csv, markdown};
    match format {
        "md" => markdown::summary(report),
        "csv" => [csv::entities(report), csv::quotes(report), csv::findings(report)].join("\r\n"),
        "csv-entities" => csv::entities(report),
        "csv-quotes" => csv::quotes(report),
        "csv-findings" => csv::findings(report),
        _ => format!("{}\n", report.to_json()),
    }
}

fn conll_file(args: &[String]) -> Result<String, String> {
    let [file] = args else {
        return Err(format!("expected one CoNLL file\n\n{USAGE}"));
    };
    std::fs::read_to_string(file).map_err(|err| format!("cannot read {file}: {err}"))
}

fn read_input(path: &Path) -> Result<parallax::Input, String> {
    let bytes =
        std::fs::read(path).map_err(|err| format!("cannot read {}: {err}", path.display()))?;
    let text = String::from_utf8(bytes).map_err(|err| {
        format!(
            "{} is not UTF-8 text (invalid byte at offset {}); save it as UTF-8 and try again",
            path.display(),
            err.utf8_error().valid_up_to()
        )
    })?;
    let name = path
        .file_name()
        .map_or_else(|| path.display().to_string(), |n| n.to_string_lossy().into_owned());
    // A page saved from a news site is read for its story; anything else is the article's text.
    if parallax::text::html::is_html(&name, &text) {
        return Ok(parallax::Input::html(name, &text));
    }
    Ok(parallax::Input::new(name, text))
}

fn print_summary(report: &parallax::Report) {
    for note in &report.notes {
        println!("note: {note}");
    }
    for article in &report.articles {
        println!("== {}", article.name);
        let field = |label: &str, value: &Option<String>| {
            if let Some(value) = value {
                println!("  {label}: {value}");
            }
        };
        field("outlet", &article.outlet);
        field("headline", &article.headline);
        field("byline", &article.byline);
        field("dateline", &article.dateline);
        field("date", &article.date);
        let stats = article.stats;
        println!(
            "  {} paragraphs, {} sentences, {} words; {} entities, {} quotes, {} claims",
            stats.paragraphs,
            stats.sentences,
            stats.words,
            article.entities.len(),
            article.quotes.len(),
            article.claims.len()
        );
        for note in &article.notes {
            println!("  note: {note}");
        }
        for quote in &article.quotes {
            let speaker = quote.speaker_name.as_deref().unwrap_or("(speaker not found)");
            println!("  “{}” — {speaker}", quote.text);
        }
    }
    for finding in &report.findings {
        println!("* [{}] {}", finding.kind, finding.summary);
    }
}
