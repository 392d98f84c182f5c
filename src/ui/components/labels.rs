//! Words for the reader: finding kinds, quote verdicts and entity types as plain labels, and
//! the names articles go by, and sizes. Shared by the views, the exports' UI and the messages.

use crate::report::Report;

/// A finding kind or quote verdict as a short phrase ("quote_truncated" → "Quote shortened").
pub fn kind_label(kind: &str) -> String {
    let label = match kind {
        "claim_disputed" => "Claim disputed",
        "entity_only_in" => "Named by some outlets only",
        "entity_variant" => "Name written differently",
        "fact_agrees" => "Facts agree",
        "fact_differs" => "Facts differ",
        "fact_only_in" => "Fact in some outlets only",
        "fact_stated_differently" => "Fact stated differently",
        "quote_identical" => "Quote identical",
        "quote_only_in" => "Quote in one outlet only",
        "quote_reworded" => "Quote reworded",
        "quote_speaker_conflict" => "Different speaker",
        "quote_spelling" => "Quote: spelling only",
        "quote_truncated" => "Quote truncated",
        other => return other.replace('_', " "),
    };
    label.to_owned()
}

/// An entity type's short tag, shown on each marked mention.
pub fn entity_tag(kind: &str) -> &'static str {
    match kind {
        "person" => "PER",
        "organization" => "ORG",
        "place" => "LOC",
        "date" => "DATE",
        "number" => "NUM",
        "money" => "MONEY",
        "percent" => "PCT",
        _ => "MISC",
    }
}

/// Every entity type, in the legend's order, with its name for the reader.
pub const ENTITY_KINDS: [(&str, &str); 8] = [
    ("person", "Person"),
    ("organization", "Organisation"),
    ("place", "Place"),
    ("date", "Date"),
    ("number", "Number"),
    ("money", "Money"),
    ("percent", "Percent"),
    ("other", "Other name"),
];

/// What the reader calls article `idx`: its outlet when found, else its name.
pub fn article_label(report: &Report, idx: usize) -> String {
    report.articles.get(idx).map_or_else(
        || format!("Article {}", idx + 1),
        |article| article.outlet.clone().unwrap_or_else(|| article.name.clone()),
    )
}

/// The index of an article's entity from its report id ("e3" → 3).
pub fn entity_index(id: &str) -> Option<usize> {
    id.strip_prefix('e')?.parse().ok()
}

/// A size as the page states it, in megabytes of 1,048,576 bytes: "5.0 MB", "0.3 MB".
pub fn megabytes(bytes: u64) -> String {
    format!("{:.1} MB", bytes as f64 / 1_048_576.0)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sizes_are_megabytes_of_1_048_576_bytes() {
        assert_eq!(megabytes(5_243_027), "5.0 MB");
        assert_eq!(megabytes(300_106), "0.3 MB");
        assert_eq!(megabytes(16 * 1_048_576), "16.0 MB");
    }

    #[test]
    fn every_engine_kind_has_a_label() {
        assert_eq!(kind_label("quote_truncated"), "Quote truncated");
        assert_eq!(kind_label("something_new"), "something new");
        assert_eq!(entity_index("e12"), Some(12));
        assert_eq!(entity_index("x1"), None);
    }
}
