//! The named-entity recogniser through its public API: the embedded model loads, tags
//! invented sentences sensibly and deterministically, and keeps its accuracy on CoNLL-2003's
//! development file (read from ../shared at test time; the test fails if it is missing).

use std::path::Path;

use parallax::extract::ner::{self, Kind, NameSpan, conll};

fn words(text: &str) -> Vec<&str> {
    text.split_whitespace().collect()
}

/// The names of a sentence as (text, kind) pairs.
fn named(sentence: &[&str], names: &[NameSpan]) -> Vec<(String, Kind)> {
    names.iter().map(|name| (sentence[name.start..name.end].join(" "), name.kind)).collect()
}

#[test]
fn the_embedded_model_loads() {
    let model = ner::embedded();
    assert!(model.feature_count() > 10_000, "model has {} features", model.feature_count());
}

#[test]
fn tags_an_invented_sentence() {
    let sentence = words(
        "Maria Okonkwo , the head of the Lagos Chamber of Commerce , met executives of \
         Siemens in Berlin on Tuesday .",
    );
    let found = named(&sentence, &ner::names(&sentence));
    assert!(found.contains(&("Maria Okonkwo".into(), Kind::Person)), "{found:?}");
    assert!(found.contains(&("Berlin".into(), Kind::Location)), "{found:?}");
    assert!(found.contains(&("Lagos Chamber of Commerce".into(), Kind::Organization)), "{found:?}");
    assert!(!found.iter().any(|(text, _)| text.contains("Tuesday")), "{found:?}");
}

#[test]
fn a_bare_surname_inherits_its_kind_from_the_document() {
    let document = [
        words("Foreign minister Tomasz Wilczek arrived in Oslo on Monday ."),
        words("Wilczek said talks would continue ."),
    ];
    let tags = ner::tag_document(&document);
    let second = named(&document[1], &ner::spans(&tags[1]));
    assert_eq!(second, [("Wilczek".to_string(), Kind::Person)]);
}

#[test]
fn tagging_is_deterministic_and_total() {
    let sentence = words("The United Nations said on Friday that aid reached Gaza .");
    assert_eq!(ner::tag(&sentence), ner::tag(&sentence));
    assert_eq!(ner::tag(&sentence).len(), sentence.len());
    assert!(ner::tag::<&str>(&[]).is_empty());
    let odd = ["\u{0}", "", "“", "ÉLYSÉE", "東京", "a\u{300}"];
    assert_eq!(ner::tag(&odd).len(), odd.len());
}

/// Micro F1 of the embedded model on a CoNLL-2003 file under ../shared/data/conll2003.
fn conll_f1(file: &str) -> (f64, String) {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/data/conll2003").join(file);
    let text = std::fs::read_to_string(&path).unwrap_or_else(|err| {
        panic!("cannot read {} (CoNLL-2003 is expected in ../shared/data): {err}", path.display())
    });
    let score = conll::evaluate(ner::embedded(), &conll::parse(&text));
    (score.micro().2, score.table())
}

#[test]
fn keeps_its_accuracy_on_conll_testa() {
    let (f1, table) = conll_f1("eng.testa");
    assert!(f1 >= 0.93, "testa micro F1 {f1:.4}\n{table}");
}

/// Issue #4's target: micro F1 ≥ 0.88 on the held-out test file (never tuned on).
#[test]
fn meets_the_target_on_conll_testb() {
    let (f1, table) = conll_f1("eng.testb");
    assert!(f1 >= 0.88, "testb micro F1 {f1:.4}\n{table}");
}
