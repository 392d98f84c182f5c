//! CoNLL-2003 files: parsing (documents, sentences, gold tags) and exact-span scoring.
//!
//! Works on text already read by the caller (the library does no file IO). Gold tags are
//! IOB1, as in the original files: `I-X` opens a name unless the previous token is also `X`;
//! `B-X` only separates two adjacent names of one kind. IOB2 input reads correctly too.

use std::fmt::Write as _;

use super::labels::{Kind, NameSpan, spans};
use super::model::RowCache;
use super::{Scorer, tag_document_with};

/// One sentence: its original lines, and the first (word) and last (gold tag) columns.
#[derive(Debug, Clone, Default)]
pub struct Sentence<'a> {
    pub lines: Vec<&'a str>,
    pub words: Vec<&'a str>,
    pub gold: Vec<&'a str>,
}

/// One document (the lines after a `-DOCSTART-` line).
#[derive(Debug, Clone, Default)]
pub struct Document<'a> {
    pub sentences: Vec<Sentence<'a>>,
}

/// Splits a CoNLL file into documents and sentences. Text before the first `-DOCSTART-`
/// forms a document of its own.
pub fn parse(text: &str) -> Vec<Document<'_>> {
    let mut documents = vec![Document::default()];
    let mut sentence = Sentence::default();
    for line in text.lines() {
        let line = line.trim_end_matches('\r');
        let mut columns = line.split_whitespace();
        let Some(word) = columns.next() else {
            close_sentence(&mut documents, &mut sentence);
            continue;
        };
        if word == "-DOCSTART-" {
            close_sentence(&mut documents, &mut sentence);
            if documents.last().is_some_and(|doc| !doc.sentences.is_empty()) {
                documents.push(Document::default());
            }
            continue;
        }
        sentence.lines.push(line);
        sentence.words.push(word);
        sentence.gold.push(columns.next_back().unwrap_or("O"));
    }
    close_sentence(&mut documents, &mut sentence);
    documents.retain(|doc| !doc.sentences.is_empty());
    documents
}

fn close_sentence<'a>(documents: &mut Vec<Document<'a>>, sentence: &mut Sentence<'a>) {
    if sentence.words.is_empty() {
        return;
    }
    let done = std::mem::take(sentence);
    match documents.last_mut() {
        Some(doc) => doc.sentences.push(done),
        None => documents.push(Document { sentences: vec![done] }),
    }
}

/// Tags every document with `scorer` and scores the result against the gold column.
pub fn evaluate(scorer: &impl Scorer, documents: &[Document<'_>]) -> Score {
    let mut score = Score::default();
    let mut cache = RowCache::default();
    for doc in documents {
        let sentences: Vec<&[&str]> = doc.sentences.iter().map(|s| s.words.as_slice()).collect();
        let tagged = tag_document_with(scorer, &sentences, &mut cache);
        for (sentence, tags) in doc.sentences.iter().zip(&tagged) {
            score.add(&iob_spans(&sentence.gold), &spans(tags));
        }
    }
    score
}

/// The names in a column of IOB1 (or IOB2) tags; tags of unknown kinds read as `O`.
pub fn iob_spans(tags: &[&str]) -> Vec<NameSpan> {
    let mut spans = Vec::new();
    let mut open: Option<(usize, Kind)> = None;
    for (idx, tag) in tags.iter().enumerate() {
        let (prefix, kind) = match tag.split_once('-') {
            Some((prefix, code)) => (prefix, Kind::from_code(code)),
            None => ("O", None),
        };
        let continues = prefix == "I" && kind.is_some() && open.map(|(_, k)| k) == kind;
        if continues {
            continue;
        }
        if let Some((start, kind)) = open.take() {
            spans.push(NameSpan { start, end: idx, kind });
        }
        if let Some(kind) = kind.filter(|_| prefix == "I" || prefix == "B") {
            open = Some((idx, kind));
        }
    }
    if let Some((start, kind)) = open {
        spans.push(NameSpan { start, end: tags.len(), kind });
    }
    spans
}

/// Exact-match counts per kind: a predicted name counts only if its span and kind are right.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Score {
    /// Per kind (in [`Kind::ALL`] order): true positives, false positives, false negatives.
    pub counts: [[usize; 3]; 4],
}

impl Score {
    /// Adds one sentence's gold and predicted names.
    pub fn add(&mut self, gold: &[NameSpan], predicted: &[NameSpan]) {
        for name in predicted {
            let slot = if gold.contains(name) { 0 } else { 1 };
            self.counts[name.kind as usize][slot] += 1;
        }
        for name in gold.iter().filter(|name| !predicted.contains(name)) {
            self.counts[name.kind as usize][2] += 1;
        }
    }

    /// Micro-averaged (precision, recall, F1) over all kinds.
    pub fn micro(&self) -> (f64, f64, f64) {
        let total =
            self.counts.iter().fold([0; 3], |acc, c| [acc[0] + c[0], acc[1] + c[1], acc[2] + c[2]]);
        prf(total)
    }

    /// A table of precision, recall and F1 per kind and overall, as percentages.
    pub fn table(&self) -> String {
        let mut out = String::from("type    precision  recall      F1   gold  found\n");
        let mut row = |name: &str, counts: [usize; 3]| {
            let (p, r, f) = prf(counts);
            let _ = writeln!(
                out,
                "{name:<6} {:>10.2} {:>7.2} {:>7.2} {:>6} {:>6}",
                100.0 * p,
                100.0 * r,
                100.0 * f,
                counts[0] + counts[2],
                counts[0] + counts[1]
            );
        };
        for kind in Kind::ALL {
            row(kind.code(), self.counts[kind as usize]);
        }
        let total =
            self.counts.iter().fold([0; 3], |acc, c| [acc[0] + c[0], acc[1] + c[1], acc[2] + c[2]]);
        row("micro", total);
        out
    }
}

fn prf([tp, fp, missed]: [usize; 3]) -> (f64, f64, f64) {
    let ratio = |num: usize, den: usize| if den == 0 { 0.0 } else { num as f64 / den as f64 };
    let precision = ratio(tp, tp + fp);
    let recall = ratio(tp, tp + missed);
    let f1 = if precision + recall > 0.0 {
        2.0 * precision * recall / (precision + recall)
    } else {
        0.0
    };
    (precision, recall, f1)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn iob1_and_iob2_give_the_same_names() {
        let iob1 = ["I-PER", "I-PER", "B-PER", "O", "I-LOC", "I-ORG"];
        let iob2 = ["B-PER", "I-PER", "B-PER", "O", "B-LOC", "B-ORG"];
        let expected = vec![
            NameSpan { start: 0, end: 2, kind: Kind::Person },
            NameSpan { start: 2, end: 3, kind: Kind::Person },
            NameSpan { start: 4, end: 5, kind: Kind::Location },
            NameSpan { start: 5, end: 6, kind: Kind::Organization },
        ];
        assert_eq!(iob_spans(&iob1), expected);
        assert_eq!(iob_spans(&iob2), expected);
    }

    #[test]
    fn parses_documents_and_sentences() {
        let text = "-DOCSTART- -X- O O\n\nA x y I-ORG\nb x y O\n\nC x y I-LOC\n-DOCSTART- -X- O O\n\nD x y O\n";
        let docs = parse(text);
        assert_eq!(docs.len(), 2);
        assert_eq!(docs[0].sentences.len(), 2);
        assert_eq!(docs[0].sentences[0].words, ["A", "b"]);
        assert_eq!(docs[0].sentences[0].gold, ["I-ORG", "O"]);
        assert_eq!(docs[1].sentences[0].lines, ["D x y O"]);
    }

    #[test]
    fn scores_exact_spans_only() {
        let gold = [NameSpan { start: 0, end: 2, kind: Kind::Person }];
        let predicted = [NameSpan { start: 0, end: 1, kind: Kind::Person }];
        let mut score = Score::default();
        score.add(&gold, &predicted);
        assert_eq!(score.micro(), (0.0, 0.0, 0.0));
        score.add(&gold, &gold);
        let (p, r, _) = score.micro();
        assert!((p - 0.5).abs() < 1e-9 && (r - 0.5).abs() < 1e-9);
    }
}
