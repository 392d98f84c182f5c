//! A Markdown summary of a report, for pasting into notes or a story draft: the articles, the
//! ranked findings, the quotes found in more than one article, and the entity matrix.

use std::fmt::Write;

use super::Report;

/// Text for a table cell: no pipe or line break may end the cell early.
pub fn cell(text: &str) -> String {
    text.replace('\\', "\\\\").replace('|', "\\|").replace(['\n', '\r'], " ")
}

fn article_label(report: &Report, idx: usize) -> String {
    report.articles.get(idx).map_or_else(
        || format!("Article {}", idx + 1),
        |a| a.outlet.clone().unwrap_or_else(|| a.name.clone()),
    )
}

/// The whole summary.
pub fn summary(report: &Report) -> String {
    let mut out = String::from("# Parallax report\n\n");
    for note in &report.notes {
        let _ = writeln!(out, "> {}\n", cell(note));
    }
    out.push_str("## Articles\n\n| # | Name | Outlet | Headline | Date | Words | Quotes |\n");
    out.push_str("|---|---|---|---|---|---|---|\n");
    for (idx, a) in report.articles.iter().enumerate() {
        let opt = |v: &Option<String>| v.as_deref().map_or_else(String::new, cell);
        let _ = writeln!(
            out,
            "| {} | {} | {} | {} | {} | {} | {} |",
            idx + 1,
            cell(&a.name),
            opt(&a.outlet),
            opt(&a.headline),
            opt(&a.date),
            a.stats.words,
            a.quotes.len()
        );
    }
    let _ = write!(out, "\n## Findings ({})\n\n", report.findings.len());
    for (rank, finding) in report.findings.iter().enumerate() {
        let _ = writeln!(
            out,
            "{}. **{}** — {}",
            rank + 1,
            finding.kind.replace('_', " "),
            finding.summary.replace(['\n', '\r'], " ")
        );
    }
    if !report.quote_pairs.is_empty() {
        out.push_str("\n## Quotes in more than one article\n\n");
        for pair in &report.quote_pairs {
            let quote = |r: super::QuoteRef| {
                report.articles.get(r.article).and_then(|a| a.quotes.get(r.quote)).map_or_else(
                    String::new,
                    |q| {
                        let speaker = q.speaker_name.as_deref().unwrap_or("speaker unknown");
                        format!(
                            "{} ({speaker}): “{}”",
                            article_label(report, r.article),
                            q.text.replace(['\n', '\r'], " ")
                        )
                    },
                )
            };
            let _ = writeln!(
                out,
                "- **{}**\n  - {}\n  - {}",
                pair.kind.replace('_', " "),
                quote(pair.first),
                quote(pair.second)
            );
        }
    }
    if !report.entities.is_empty() {
        out.push_str("\n## Entities\n\n| Entity | Type |");
        for idx in 0..report.articles.len() {
            let _ = write!(out, " {} |", cell(&article_label(report, idx)));
        }
        out.push_str("\n|---|---|");
        out.push_str(&"---|".repeat(report.articles.len()));
        out.push('\n');
        for entity in &report.entities {
            let _ = write!(out, "| {} | {} |", cell(&entity.name), entity.kind);
            for idx in 0..report.articles.len() {
                match entity.members.iter().find(|m| m.article == idx) {
                    Some(member) => {
                        let _ = write!(out, " {} |", cell(&member.name));
                    }
                    None => out.push_str(" — |"),
                }
            }
            out.push('\n');
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{Input, analyse};

    #[test]
    fn pipes_and_line_breaks_stay_inside_their_cell() {
        assert_eq!(cell("a|b\nc"), "a\\|b c");
    }

    #[test]
    fn the_summary_has_every_section_and_every_finding() {
        let report = analyse(&[
            Input::new(
                "a.txt",
                "Mayor Anna Vell said: \"We are ready to act now.\"\n\nThe river rose.",
            ),
            Input::new(
                "b.txt",
                "\"We are ready,\" Mayor Anna Vell said.\n\nPolice chief Tom Reed came.",
            ),
        ]);
        let text = summary(&report);
        for heading in ["# Parallax report", "## Articles", "## Findings", "## Entities"] {
            assert!(text.contains(heading), "{heading} in:\n{text}");
        }
        assert!(!report.findings.is_empty());
        for finding in &report.findings {
            assert!(text.contains(finding.summary.as_str()), "{} in:\n{text}", finding.summary);
        }
        // Every table row has as many cells as its header.
        let rows: Vec<&str> = text.lines().filter(|l| l.starts_with("| ")).collect();
        let entity_rows =
            rows.iter().filter(|l| l.matches(" | ").count() == report.articles.len() + 1);
        assert!(entity_rows.count() >= report.entities.len());
    }
}
