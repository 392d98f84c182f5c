//! The seeds gold for quotes (issue #3, items 4 and 5): every gold quote of both seed articles
//! is found with its exact text, its `partial` flag and its speaker.
//!
//! Reads `../shared/seeds/gold.json` and the two seed articles at test time; fails with a clear
//! message when they are missing. A speaker is right when the report's `speaker_name` is the
//! gold name, or the speaker entity's name or one of its mentions is.

use std::path::{Path, PathBuf};

use parallax::extract;
use parallax::text;
use serde_json::Value;

fn seeds_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/seeds")
}

fn read(path: &Path) -> String {
    std::fs::read_to_string(path).unwrap_or_else(|err| {
        panic!("the seeds are needed for this test: cannot read {}: {err}", path.display())
    })
}

#[test]
fn every_seed_quote_is_found_with_its_speaker() {
    let gold: Value = serde_json::from_str(&read(&seeds_dir().join("gold.json")))
        .expect("gold.json is valid JSON");
    let articles = gold["articles"].as_object().expect("gold.json has an `articles` object");
    assert!(!articles.is_empty(), "gold.json lists no articles");
    let mut failures = Vec::new();
    let mut checked = 0;
    for (key, article) in articles {
        let file = article["file"].as_str().expect("each gold article names its file");
        let text = read(&seeds_dir().join(file));
        let parsed = text::parse(&text);
        let extraction = extract::extract(&parsed);
        let quotes = article["quotes"].as_array().expect("each gold article lists its quotes");
        for quote in quotes {
            checked += 1;
            let words = quote["text"].as_str().expect("a gold quote has its text");
            let speaker = quote["speaker"].as_str().expect("a gold quote names its speaker");
            let partial =
                quote["partial"].as_bool().expect("a gold quote says whether it is partial");
            let Some(found) = extraction.quotes.iter().find(|q| q.span.slice(&text) == words)
            else {
                failures.push(format!("{key}: quote not found: «{words}»"));
                continue;
            };
            if found.partial != partial {
                failures
                    .push(format!("{key}: «{words}» partial is {}, gold {partial}", found.partial));
            }
            let by_entity = found.speaker.map(|id| extraction.entity(id)).is_some_and(|entity| {
                entity.name == speaker
                    || entity.mentions.iter().any(|m| m.span.slice(&text) == speaker)
            });
            let by_text = found.speaker_text.is_some_and(|span| span.slice(&text) == speaker);
            if !(by_entity || by_text) {
                let got = found
                    .speaker
                    .map(|id| extraction.entity(id).name.clone())
                    .or_else(|| found.speaker_text.map(|s| s.slice(&text).to_owned()));
                failures.push(format!("{key}: «{words}» speaker {got:?}, gold {speaker:?}"));
            }
        }
    }
    assert!(checked > 0, "gold.json lists no quotes");
    assert!(
        failures.is_empty(),
        "{} of {checked} seed quotes wrong:\n{}",
        failures.len(),
        failures.join("\n")
    );
}
