//! `parallax score-entities FILE [--rules] [--errors]`: scores the engine's people, places,
//! organisations and other names on a CoNLL-2003 file, as the app finds them (text layer,
//! rules, the trained recogniser, coreference), or with `--rules` without the recogniser.
//!
//! Each document's tokens are joined by spaces, one sentence per paragraph, and analysed as
//! an article; every name mention of an entity becomes a span of tokens with the entity's
//! kind (person → PER, place → LOC, organisation → ORG, other → MISC), scored with exact
//! spans like `score-conll`. Mentions include honorifics ("Mr Lavrov") where CoNLL tags the
//! name alone, so the figures are a little below the recogniser's own. `--errors` lists the
//! names found but not in the gold (`+`) and missed (`-`).

use parallax::extract::entities::{self, names};
use parallax::extract::ner::{Kind, NameSpan, conll};
use parallax::extract::{Entity, EntityKind, MentionKind};
use parallax::text;

/// Prints per-kind and micro precision/recall/F1 of the engine's names on the file.
pub fn run(text: &str, rules_only: bool, errors: bool) {
    let documents = conll::parse(text);
    let mut score = conll::Score::default();
    for doc in &documents {
        let (article_text, starts) = join(doc);
        let article = text::parse(&article_text);
        let found = if rules_only {
            entities::find_with(&article, names::propose)
        } else {
            entities::find(&article)
        };
        let mut predicted = vec![Vec::new(); doc.sentences.len()];
        for (kind, range) in found.iter().flat_map(name_mentions) {
            if let Some((sentence, span)) = token_span(&starts, doc, range, kind) {
                predicted[sentence].push(span);
            }
        }
        for (sentence, predicted) in doc.sentences.iter().zip(&predicted) {
            let gold = conll::iob_spans(&sentence.gold);
            if errors {
                print_errors(sentence, &gold, predicted);
            }
            score.add(&gold, predicted);
        }
    }
    let which = if rules_only { "rules alone" } else { "rules and recogniser" };
    println!("{} documents, engine names ({which})", documents.len());
    print!("{}", score.table());
}

/// Prints the names found but not in the gold (`+`) and those missed (`-`).
fn print_errors(sentence: &conll::Sentence<'_>, gold: &[NameSpan], predicted: &[NameSpan]) {
    let words = |name: &NameSpan| sentence.words[name.start..name.end].join(" ");
    for name in predicted.iter().filter(|name| !gold.contains(name)) {
        println!("+ {} {}", name.kind.code(), words(name));
    }
    for name in gold.iter().filter(|name| !predicted.contains(name)) {
        println!("- {} {}", name.kind.code(), words(name));
    }
}

/// The document as an article, and the byte offset of every token (per sentence).
fn join(doc: &conll::Document<'_>) -> (String, Vec<Vec<usize>>) {
    let mut text = String::new();
    let mut starts = Vec::with_capacity(doc.sentences.len());
    for sentence in &doc.sentences {
        let mut offsets = Vec::with_capacity(sentence.words.len());
        for word in &sentence.words {
            offsets.push(text.len());
            text.push_str(word);
            text.push(' ');
        }
        text.push_str("\n\n");
        starts.push(offsets);
    }
    (text, starts)
}

/// The name mentions of a name entity, with the CoNLL kind.
fn name_mentions(entity: &Entity) -> Vec<(Kind, std::ops::Range<usize>)> {
    let kind = match entity.kind {
        EntityKind::Person => Kind::Person,
        EntityKind::Place => Kind::Location,
        EntityKind::Organization => Kind::Organization,
        EntityKind::Other => Kind::Misc,
        _ => return Vec::new(),
    };
    let names = entity.mentions.iter().filter(|m| m.kind == MentionKind::Name);
    names.map(|m| (kind, m.span.range())).collect()
}

/// The sentence and token range of a byte range, if it starts and ends on token edges.
fn token_span(
    starts: &[Vec<usize>],
    doc: &conll::Document<'_>,
    range: std::ops::Range<usize>,
    kind: Kind,
) -> Option<(usize, NameSpan)> {
    let sentence = starts.iter().rposition(|s| s.first().is_some_and(|&f| f <= range.start))?;
    let offsets = &starts[sentence];
    let start = offsets.iter().position(|&o| o == range.start)?;
    let words = &doc.sentences[sentence].words;
    let end = (start..words.len()).find(|&t| offsets[t] + words[t].len() == range.end)? + 1;
    Some((sentence, NameSpan { start, end, kind }))
}
