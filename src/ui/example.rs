//! The built-in example: two short articles about one invented event, told differently by two
//! invented outlets, built into the bundle so it needs no request.
//!
//! The texts (in `assets/example/`) are written for Parallax. They differ the ways real
//! reports do: a name spelled two ways, a quote worded differently, a quote cut short, a
//! number that disagrees, a person only one outlet mentions.

use super::state::{Parts, SavedDraft};

const ARTICLES: [(&str, &str); 2] = [
    ("harbour-ledger.txt", include_str!("../../assets/example/harbour-ledger.txt")),
    ("valley-courier.txt", include_str!("../../assets/example/valley-courier.txt")),
];

/// The example articles, as drafts.
pub fn example() -> Vec<SavedDraft> {
    ARTICLES
        .iter()
        .map(|(name, text)| SavedDraft {
            name: (*name).to_owned(),
            text: (*text).to_owned(),
            parts: Parts::default(),
        })
        .collect()
}
