//! CSV exports of a report: entities (a row per linked entity, columns per article), quotes (a
//! row per quote, with its verdicts) and findings (a row per finding, ranked).
//!
//! RFC 4180: fields holding a comma, a quotation mark or a line break are quoted, with inner
//! quotation marks doubled; lines end with CRLF.

use std::fmt::Write;

use super::Report;

/// One field, quoted when it must be.
pub fn field(value: &str) -> String {
    if value.contains([',', '"', '\n', '\r']) {
        format!("\"{}\"", value.replace('"', "\"\""))
    } else {
        value.to_owned()
    }
}

fn row(out: &mut String, fields: &[String]) {
    let line: Vec<String> = fields.iter().map(|f| field(f)).collect();
    out.push_str(&line.join(","));
    out.push_str("\r\n");
}

fn article_label(report: &Report, idx: usize) -> String {
    report.articles.get(idx).map_or_else(
        || format!("Article {}", idx + 1),
        |a| a.outlet.clone().unwrap_or_else(|| a.name.clone()),
    )
}

/// A row per linked entity: id, name, type, total mentions, then for each article its mention
/// count and spelling (both empty where the article does not name it).
pub fn entities(report: &Report) -> String {
    let mut out = String::new();
    let mut head: Vec<String> =
        ["id", "name", "type", "mentions"].iter().map(|s| (*s).to_owned()).collect();
    for idx in 0..report.articles.len() {
        let label = article_label(report, idx);
        head.push(format!("mentions in {label}"));
        head.push(format!("spelling in {label}"));
    }
    row(&mut out, &head);
    for entity in &report.entities {
        let mut cells = Vec::new();
        let mut total = 0;
        for idx in 0..report.articles.len() {
            match entity.members.iter().find(|m| m.article == idx) {
                Some(member) => {
                    let count = member
                        .entity
                        .strip_prefix('e')
                        .and_then(|n| n.parse::<usize>().ok())
                        .and_then(|n| report.articles[idx].entities.get(n))
                        .map_or(0, |e| e.mentions.len());
                    total += count;
                    cells.push(count.to_string());
                    cells.push(member.name.clone());
                }
                None => cells.extend([String::new(), String::new()]),
            }
        }
        let mut fields =
            vec![entity.id.clone(), entity.name.clone(), entity.kind.clone(), total.to_string()];
        fields.extend(cells);
        row(&mut out, &fields);
    }
    out
}

/// A row per quote: article, index, speaker, the words, offsets, whether it is partial, and
/// its verdicts against the other articles ("only_in_one_article" when it has none).
pub fn quotes(report: &Report) -> String {
    let mut out = String::new();
    let head = ["article", "quote", "speaker", "text", "start", "end", "partial", "verdicts"];
    row(&mut out, &head.map(str::to_owned));
    for (idx, article) in report.articles.iter().enumerate() {
        for (q, quote) in article.quotes.iter().enumerate() {
            let mut verdicts = Vec::new();
            for pair in &report.quote_pairs {
                let other = if (pair.first.article, pair.first.quote) == (idx, q) {
                    pair.second
                } else if (pair.second.article, pair.second.quote) == (idx, q) {
                    pair.first
                } else {
                    continue;
                };
                let mut verdict = String::new();
                let _ = write!(
                    verdict,
                    "{} with {} quote {}",
                    pair.kind,
                    article_label(report, other.article),
                    other.quote
                );
                verdicts.push(verdict);
            }
            if verdicts.is_empty() && report.articles.len() > 1 {
                verdicts.push("only_in_one_article".to_owned());
            }
            row(
                &mut out,
                &[
                    article_label(report, idx),
                    q.to_string(),
                    quote.speaker_name.clone().unwrap_or_default(),
                    quote.text.clone(),
                    quote.start.to_string(),
                    quote.end.to_string(),
                    quote.partial.to_string(),
                    verdicts.join("; "),
                ],
            );
        }
    }
    out
}

/// A row per finding, most important first: rank, kind, summary, the articles involved and
/// the spans (`article:start-end`, separated by semicolons).
pub fn findings(report: &Report) -> String {
    let mut out = String::new();
    row(&mut out, &["rank", "kind", "summary", "articles", "spans"].map(str::to_owned));
    for (rank, finding) in report.findings.iter().enumerate() {
        let mut articles: Vec<usize> = finding.spans.iter().map(|s| s.article).collect();
        articles.dedup();
        let names: Vec<String> = articles.iter().map(|&a| article_label(report, a)).collect();
        let spans: Vec<String> =
            finding.spans.iter().map(|s| format!("{}:{}-{}", s.article, s.start, s.end)).collect();
        row(
            &mut out,
            &[
                (rank + 1).to_string(),
                finding.kind.clone(),
                finding.summary.clone(),
                names.join("; "),
                spans.join(";"),
            ],
        );
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{Input, analyse};

    #[test]
    fn fields_with_commas_quotes_or_line_breaks_are_quoted() {
        assert_eq!(field("plain"), "plain");
        assert_eq!(field("a, b"), "\"a, b\"");
        assert_eq!(field("say \"no\""), "\"say \"\"no\"\"\"");
        assert_eq!(field("two\nlines"), "\"two\nlines\"");
        assert_eq!(field("cr\r"), "\"cr\r\"");
    }

    fn report() -> Report {
        analyse(&[
            Input::new(
                "a.txt",
                "Mayor Anna Vell said on Monday: \"We are ready, and we will act.\"\n\nThe river rose.",
            ),
            Input::new(
                "b.txt",
                "\"We are ready,\" Mayor Anna Vell said.\n\nThe river rose by 3 metres.",
            ),
        ])
    }

    /// Splits CSV text into records of fields (a small reader for the tests).
    fn parse(csv: &str) -> Vec<Vec<String>> {
        let (mut records, mut record, mut field, mut quoted) =
            (Vec::new(), Vec::new(), String::new(), false);
        let mut chars = csv.chars().peekable();
        while let Some(c) = chars.next() {
            match (c, quoted) {
                ('"', true) if chars.peek() == Some(&'"') => {
                    field.push('"');
                    chars.next();
                }
                ('"', _) => quoted = !quoted,
                (',', false) => record.push(std::mem::take(&mut field)),
                ('\r', false) => {}
                ('\n', false) => {
                    record.push(std::mem::take(&mut field));
                    records.push(std::mem::take(&mut record));
                }
                (c, _) => field.push(c),
            }
        }
        records
    }

    #[test]
    fn every_table_reads_back_with_one_field_per_column() {
        let report = report();
        for table in [entities(&report), quotes(&report), findings(&report)] {
            let records = parse(&table);
            assert!(records.len() > 1, "a header and rows: {table}");
            assert!(records.iter().all(|r| r.len() == records[0].len()), "{table}");
        }
        let quotes = parse(&quotes(&report));
        let texts: Vec<&str> = quotes[1..].iter().map(|r| r[3].as_str()).collect();
        assert!(texts.contains(&"We are ready, and we will act."), "{texts:?}");
    }
}
