//! Comparison on real events: the BASIL triplets in `../shared/data/basil` (one event told by
//! three outlets). There is no comparison gold, so these tests hold structural properties that
//! any correct comparison has, on every event.

mod common;

use std::path::{Path, PathBuf};

use common::{read, shared_dir};
use parallax::sorting;
use parallax::{Input, Report};

const KINDS: &[&str] = &[
    "quote_identical",
    "quote_spelling",
    "quote_truncated",
    "quote_reworded",
    "quote_speaker_conflict",
    "quote_only_in",
    "entity_variant",
    "entity_only_in",
    "fact_agrees",
    "fact_differs",
    "fact_stated_differently",
    "fact_only_in",
    "claim_disputed",
];

/// The events: each a list of its three article files, sorted.
fn events() -> Vec<Vec<PathBuf>> {
    let root = shared_dir().join("data/basil/articles");
    let mut files = Vec::new();
    let years = std::fs::read_dir(&root).unwrap_or_else(|err| {
        panic!("cannot read {}: {err}; the tests need ../shared", root.display())
    });
    for year in years {
        let year = year.expect("a directory entry").path();
        for file in
            std::fs::read_dir(&year).expect("a year directory").map(|e| e.expect("an entry").path())
        {
            files.push(file);
        }
    }
    sorting::sort(&mut files);
    let mut events: Vec<Vec<PathBuf>> = Vec::new();
    for file in files {
        let name = file.file_name().expect("a file name").to_string_lossy().into_owned();
        let event = name.rsplit_once('_').expect("files are named UUID_N.json").0.to_owned();
        match events.last_mut() {
            Some(last)
                if last[0].file_name().expect("a name").to_string_lossy().starts_with(&event) =>
            {
                last.push(file)
            }
            _ => events.push(vec![file]),
        }
    }
    assert_eq!(events.len(), 20, "BASIL has 20 events of three articles");
    events
}

/// An article as a reader would paste it: the title, then the paragraphs.
fn input(path: &Path) -> Input {
    let json: serde_json::Value =
        serde_json::from_str(&read(path)).expect("a BASIL article is JSON");
    let mut text = json["title"].as_str().expect("a title").to_owned();
    for paragraph in json["body-paragraphs"].as_array().expect("paragraphs") {
        let sentences: Vec<&str> = paragraph
            .as_array()
            .expect("sentences")
            .iter()
            .map(|s| s.as_str().expect("a sentence"))
            .collect();
        text.push_str("\n\n");
        text.push_str(&sentences.join(" "));
    }
    Input::new(json["source"].as_str().expect("a source").to_lowercase(), text)
}

fn check_structure(inputs: &[Input], report: &Report) {
    assert_eq!(report.articles.len(), inputs.len());
    for linked in &report.entities {
        let mut articles: Vec<usize> = linked.members.iter().map(|m| m.article).collect();
        articles.dedup();
        assert_eq!(
            articles.len(),
            linked.members.len(),
            "{} joins two entities of one article",
            linked.name
        );
        for member in &linked.members {
            let entity = report.articles[member.article]
                .entities
                .iter()
                .find(|e| e.id == member.entity)
                .unwrap_or_else(|| panic!("{} names a missing entity", linked.name));
            let fits = entity.kind == linked.kind
                || ["organization", "place"].contains(&entity.kind.as_str());
            assert!(fits, "{} ({}) links a {}", linked.name, linked.kind, entity.kind);
        }
    }
    for finding in &report.findings {
        assert!(KINDS.contains(&finding.kind.as_str()), "unknown finding kind {}", finding.kind);
        assert!(!finding.spans.is_empty() && !finding.summary.is_empty());
        for span in &finding.spans {
            let text = &inputs[span.article].text;
            assert!(
                span.start < span.end && text.get(span.start..span.end).is_some(),
                "{} points at {}..{}, not a slice of its article",
                finding.kind,
                span.start,
                span.end
            );
        }
    }
    for pair in &report.quote_pairs {
        assert!(pair.first.article < pair.second.article);
        assert!(pair.first.quote < report.articles[pair.first.article].quotes.len());
        assert!(pair.second.quote < report.articles[pair.second.article].quotes.len());
    }
}

#[test]
fn every_event_compares_into_a_well_formed_report() {
    for event in events() {
        let inputs: Vec<Input> = event.iter().map(|p| input(p)).collect();
        let report = parallax::analyse(&inputs);
        check_structure(&inputs, &report);
    }
}

#[test]
fn the_outlets_share_the_main_entities() {
    // Three reports of one event name some of the same people, organisations or places: on
    // most events, at least one entity is linked across all three.
    let linked_everywhere = events()
        .iter()
        .filter(|event| {
            let inputs: Vec<Input> = event.iter().map(|p| input(p)).collect();
            let report = parallax::analyse(&inputs);
            report.entities.iter().any(|e| e.members.len() == inputs.len())
        })
        .count();
    assert!(
        linked_everywhere >= 18,
        "only {linked_everywhere} of 20 events share an entity across all three"
    );
}
