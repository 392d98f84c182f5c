//! A report crosses from the worker to the page in pieces, each small enough to decode within
//! a frame: decoded whole, the report of a 5 MB article (tens of megabytes of JSON) held the
//! page's thread for 400 ms. The first piece is the report without its long lists (linked
//! entities, findings, quote pairs; each article's entities, quotes and claims); the others
//! carry those lists in batches, in order.

use serde::{Deserialize, Serialize};

use super::worker::Response;
use crate::report::{Claim, Entity, Finding, LinkedEntity, Mention, Quote, QuotePair, Report};

/// How much one piece carries: an item counts one, plus one per mention or 100 bytes of
/// text. About 1,000 gives pieces of 100-300 kB of JSON, each decoded in ~20 ms.
const PIECE_WEIGHT: usize = 1_000;

/// One piece of the report for revision `revision`: piece `index` of `count`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Piece {
    pub revision: u64,
    pub index: usize,
    pub count: usize,
    pub part: Part,
}

/// What a piece carries.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub enum Part {
    /// The report with its long lists left empty.
    Head(Report),
    /// More of a list, to append: the report's own, or article `.0`'s.
    Linked(Vec<LinkedEntity>),
    Findings(Vec<Finding>),
    QuotePairs(Vec<QuotePair>),
    Entities(usize, Vec<Entity>),
    /// More mentions of article `.0`'s entity `.1` (sent after the entity itself).
    Mentions(usize, usize, Vec<Mention>),
    Quotes(usize, Vec<Quote>),
    Claims(usize, Vec<Claim>),
}

/// Cuts the response into pieces, the head first.
pub fn split(response: Response) -> Vec<Piece> {
    let Response { revision, mut report } = response;
    let mut parts = Vec::new();
    let text = |len: usize| len / 100;
    batches(
        std::mem::take(&mut report.entities),
        |e| e.members.len(),
        |items| parts.push(Part::Linked(items)),
    );
    batches(
        std::mem::take(&mut report.findings),
        |f| text(f.summary.len()) + f.spans.len(),
        |items| parts.push(Part::Findings(items)),
    );
    batches(
        std::mem::take(&mut report.quote_pairs),
        |p| p.diff.len(),
        |items| parts.push(Part::QuotePairs(items)),
    );
    for (article, report) in report.articles.iter_mut().enumerate() {
        // An entity named thousands of times (a long text that repeats a name) is cut too:
        // its mentions past the first piece's worth follow in pieces of their own.
        let mut entities = std::mem::take(&mut report.entities);
        let mut more_mentions = Vec::new();
        for (idx, entity) in entities.iter_mut().enumerate() {
            if entity.mentions.len() > PIECE_WEIGHT {
                let mut rest = entity.mentions.split_off(PIECE_WEIGHT).into_iter().peekable();
                while rest.peek().is_some() {
                    let batch = rest.by_ref().take(PIECE_WEIGHT).collect();
                    more_mentions.push(Part::Mentions(article, idx, batch));
                }
            }
        }
        batches(entities, |e| e.mentions.len(), |items| parts.push(Part::Entities(article, items)));
        parts.extend(more_mentions);
        batches(
            std::mem::take(&mut report.quotes),
            |q| text(q.text.len()),
            |items| parts.push(Part::Quotes(article, items)),
        );
        batches(
            std::mem::take(&mut report.claims),
            |c| text(c.text.len()),
            |items| parts.push(Part::Claims(article, items)),
        );
    }
    parts.insert(0, Part::Head(report));
    let count = parts.len();
    parts
        .into_iter()
        .enumerate()
        .map(|(index, part)| Piece { revision, index, count, part })
        .collect()
}

/// Hands `items` to `emit` in runs of about [`PIECE_WEIGHT`], each item weighing one plus
/// `extra`.
fn batches<T>(items: Vec<T>, extra: impl Fn(&T) -> usize, mut emit: impl FnMut(Vec<T>)) {
    let mut batch = Vec::new();
    let mut weight = 0;
    for item in items {
        weight += 1 + extra(&item);
        batch.push(item);
        if weight >= PIECE_WEIGHT {
            emit(std::mem::take(&mut batch));
            weight = 0;
        }
    }
    if !batch.is_empty() {
        emit(batch);
    }
}

/// Puts the pieces of one revision's report back together, as they arrive in order.
#[derive(Debug, Default)]
pub struct Assembly {
    revision: u64,
    received: usize,
    report: Option<Report>,
}

impl Assembly {
    /// Takes the next piece; gives the whole response once its last piece is in. A piece of
    /// another revision than the one under way starts over (only a head can begin one).
    pub fn add(&mut self, piece: Piece) -> Option<Response> {
        if piece.revision != self.revision || piece.index == 0 {
            *self = Assembly { revision: piece.revision, ..Assembly::default() };
        }
        if piece.index != self.received {
            return None;
        }
        self.received += 1;
        match piece.part {
            Part::Head(report) => self.report = Some(report),
            Part::Linked(items) => self.report.as_mut()?.entities.extend(items),
            Part::Findings(items) => self.report.as_mut()?.findings.extend(items),
            Part::QuotePairs(items) => self.report.as_mut()?.quote_pairs.extend(items),
            Part::Entities(article, items) => self.article(article)?.entities.extend(items),
            Part::Mentions(article, entity, items) => {
                self.article(article)?.entities.get_mut(entity)?.mentions.extend(items)
            }
            Part::Quotes(article, items) => self.article(article)?.quotes.extend(items),
            Part::Claims(article, items) => self.article(article)?.claims.extend(items),
        }
        if self.received < piece.count {
            return None;
        }
        let report = self.report.take()?;
        Some(Response { revision: self.revision, report })
    }

    fn article(&mut self, article: usize) -> Option<&mut crate::report::ArticleReport> {
        self.report.as_mut()?.articles.get_mut(article)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::Input;

    fn response(revision: u64, texts: &[&str]) -> Response {
        let inputs: Vec<Input> =
            texts.iter().enumerate().map(|(i, t)| Input::new(format!("{i}.txt"), *t)).collect();
        Response { revision, report: crate::analyse(&inputs) }
    }

    const PARAGRAPH: &str = "The river rose by 3.5 metres overnight, officials said, and \
        \"about 300 people\" were moved. Mayor Anna Vell said the town was \"ready for worse\". \
        Engineers opened two gates at noon.\n\n";

    #[test]
    fn a_long_report_goes_in_small_pieces_and_comes_back_whole() {
        let long = PARAGRAPH.repeat(3_000);
        let whole = response(7, &[&long, "Anna Vell said \"we are ready\" on Monday."]);
        let pieces = split(whole.clone());
        assert!(pieces.len() > 10, "{} pieces", pieces.len());
        for piece in &pieces {
            let json = serde_json::to_string(piece).expect("serialises");
            // About 80 kB of JSON for a piece of 1,000 mentions: "Anna Vell", named 3,000
            // times, comes in three pieces, not one of 240 kB.
            assert!(json.len() < 150_000, "piece {} is {} bytes", piece.index, json.len());
        }
        let mut assembly = Assembly::default();
        let last = pieces.len() - 1;
        for (index, piece) in pieces.into_iter().enumerate() {
            let done = assembly.add(piece);
            assert_eq!(done.is_some(), index == last, "whole only after the last piece");
            if let Some(response) = done {
                assert_eq!(response, whole);
            }
        }
    }

    #[test]
    fn a_newer_revision_starts_over_and_a_gap_gives_nothing() {
        let old = split(response(1, &[&PARAGRAPH.repeat(2_000)]));
        let new = response(2, &["Anna Vell said \"we are ready\" on Monday."]);
        let mut assembly = Assembly::default();
        assert_eq!(assembly.add(old[0].clone()), None);
        assert_eq!(assembly.add(old[1].clone()), None);
        let pieces = split(new.clone());
        assert_eq!(pieces.len(), 4, "head, linked entities, entities, quotes");
        let done: Vec<_> = pieces.into_iter().filter_map(|p| assembly.add(p)).collect();
        assert_eq!(done, [new]);
        // A piece skipped (it cannot happen between a worker and its page, but if it did):
        // the report never completes rather than coming out with a hole in it.
        let mut assembly = Assembly::default();
        let mut gap = old.clone();
        gap.remove(2);
        assert!(gap.into_iter().all(|p| assembly.add(p).is_none()));
    }
}
