//! Data-driven entity tests: each `tests/data/entities/NAME.txt` (an invented article) is
//! paired with `NAME.expected`, the entities found in it, one per line. Run with
//! `UPDATE_EXPECT=1` to rewrite the expected files, then review the diff.

mod common;

use std::fmt::Write as _;

use parallax::extract;
use parallax::text;

/// Renders the entities of `input` as the expected files have them.
fn render(input: &str) -> String {
    let article = text::parse(input);
    let entities = extract::extract(&article).entities;
    let mut out = String::new();
    for entity in &entities {
        let mut mentions: Vec<&str> = entity.mentions.iter().map(|m| m.span.slice(input)).collect();
        mentions.dedup();
        write!(out, "{} {:?} {:?}", entity.kind.as_str(), entity.name, mentions)
            .expect("writing to a String cannot fail");
        if let Some(role) = &entity.role {
            write!(out, " role={role:?}").expect("writing to a String cannot fail");
        }
        if let Some(gender) = entity.gender {
            write!(out, " gender={gender:?}").expect("writing to a String cannot fail");
        }
        if let Some(value) = &entity.value {
            write!(out, " value={value:?}").expect("writing to a String cannot fail");
        }
        if let Some(phrase) = entity.phrase {
            write!(out, " phrase={:?}", phrase.slice(input))
                .expect("writing to a String cannot fail");
        }
        out.push('\n');
    }
    out
}

#[test]
fn entities_match_expected_files() {
    common::expect_files("entities", "txt", render);
}
