//! A trained named-entity recogniser: people, places, organisations and other names (MISC).
//!
//! An averaged structured perceptron over BILOU tags with first-order Viterbi decoding,
//! trained on CoNLL-2003 by `train-ner` (src/bin/train-ner.rs), which writes `model.bin`.
//! The weights are embedded in the binary (no file IO, so the browser build carries them)
//! and decoded once, on first use.
//!
//! ```
//! use parallax::extract::ner::{self, Kind};
//! let words = ["Maria", "Okonkwo", "flew", "to", "Lisbon", "on", "Tuesday", "."];
//! let names = ner::names(&words);
//! assert!(names.iter().any(|name| name.kind == Kind::Location && name.start == 4));
//! ```
//!
//! Tag whole documents with [`tag_document`] when you can: the recogniser then uses what the
//! rest of the document says about a word (a bare surname inherits the kind of the full name).
//! This module knows nothing of articles or entities; the entity layer maps tokens to it.

mod clusters;
pub mod conll;
pub mod features;
mod gazetteer;
pub mod hash;
mod labels;
pub mod model;
mod range;
pub mod viterbi;

use std::cell::RefCell;
use std::sync::OnceLock;

pub(crate) use gazetteer::shared_places;
pub use labels::{Kind, LABELS, NameSpan, Tag, bilou, iob_strings, spans};

use features::{Document, Features, Keys};
use model::{Model, RowCache};
use viterbi::Transitions;

/// The weights written by `train-ner`.
static MODEL_BYTES: &[u8] = include_bytes!("model.bin");

/// The embedded model, decoded on first use. A malformed file gives an empty model that tags
/// everything `O` (the tests check that the real one loads).
pub fn embedded() -> &'static Model {
    static MODEL: OnceLock<Model> = OnceLock::new();
    MODEL.get_or_init(|| Model::decode(MODEL_BYTES).unwrap_or_default())
}

/// One row of label scores per token.
pub type Rows = Vec<[f32; LABELS]>;

/// Anything that scores labels: the embedded model, or the trainer's weights while training.
pub trait Scorer {
    /// The first pass's scores of one sentence of `doc`: the base scores (the token, its
    /// neighbours, the document pre-pass) into `base`, the document memory's into `memory`.
    /// `cache` keeps what a scorer with fixed weights can reuse across sentences.
    fn first_pass<S: AsRef<str>>(
        &self,
        doc: &mut Document,
        words: &[S],
        cache: &mut RowCache,
        base: &mut Rows,
        memory: &mut Rows,
    );
    /// The scores of features without word-only keys (memory or whole-document features).
    fn emissions(&self, features: &Features, cache: &mut RowCache, out: &mut Rows);
    /// The transition scores.
    fn transitions(&self) -> &Transitions;
}

impl Scorer for Model {
    /// Scores each word's word-only keys once ([`Model::look_up`]); per token, only the
    /// context keys are computed and looked up.
    fn first_pass<S: AsRef<str>>(
        &self,
        doc: &mut Document,
        words: &[S],
        cache: &mut RowCache,
        base: &mut Rows,
        memory: &mut Rows,
    ) {
        let infos = self.look_up(words, cache);
        let (base_features, memory_features) = doc.first_pass(words, Keys::Context(infos));
        self.base_emissions(base_features, cache, base);
        self.emissions(memory_features, cache, memory);
    }

    fn emissions(&self, features: &Features, cache: &mut RowCache, out: &mut Rows) {
        Model::emissions(self, features, cache, out);
    }

    fn transitions(&self) -> &Transitions {
        Model::transitions(self)
    }
}

/// Tags the sentences of one document (each a slice of words) with the embedded model.
///
/// Word scores are cached across calls on this thread (the model never changes), so a
/// stream of documents gets faster as its vocabulary repeats.
pub fn tag_document<W: AsRef<[S]>, S: AsRef<str>>(sentences: &[W]) -> Vec<Vec<Tag>> {
    thread_local! {
        static CACHE: RefCell<RowCache> = RefCell::default();
    }
    CACHE.with(|cache| tag_document_with(embedded(), sentences, &mut cache.borrow_mut()))
}

/// Tags the sentences of one document with the given scorer, in two passes: the first
/// knows the tags of earlier sentences (a left-to-right memory), the second knows the
/// first-pass tags of the whole document. The base scores are computed once and shared.
pub fn tag_document_with<W: AsRef<[S]>, S: AsRef<str>>(
    scorer: &impl Scorer,
    sentences: &[W],
    cache: &mut RowCache,
) -> Vec<Vec<Tag>> {
    let mut doc = Document::new();
    for sentence in sentences {
        doc.observe(sentence.as_ref());
    }
    let decoder = viterbi::Decoder::new(scorer.transitions());
    let mut base = Vec::with_capacity(sentences.len());
    let (mut extra, mut total) = (Vec::new(), Vec::new());
    // Per sentence: its first-pass tags, and whether the memory recalled any of its words.
    let mut first = Vec::with_capacity(sentences.len());
    for sentence in sentences {
        let mut rows = Vec::new();
        scorer.first_pass(&mut doc, sentence.as_ref(), cache, &mut rows, &mut extra);
        add(&rows, &extra, &mut total);
        let tags = decoder.decode(&total);
        doc.remember(sentence.as_ref(), &tags);
        base.push(rows);
        first.push((tags, doc.recalled_any()));
    }
    let mut tagged = Vec::with_capacity(sentences.len());
    for ((sentence, rows), (own, recalled)) in sentences.iter().zip(&base).zip(first) {
        let features = doc.second_pass_extra(sentence.as_ref(), &own);
        if !recalled && features.keys().is_empty() {
            // Neither pass added anything to the base scores: the second would decode the
            // very scores the first did.
            tagged.push(own);
            continue;
        }
        scorer.emissions(features, cache, &mut extra);
        add(rows, &extra, &mut total);
        tagged.push(decoder.decode(&total));
    }
    tagged
}

/// Element-wise sum of two score tables of one sentence, into `total`.
pub fn add(base: &[[f32; LABELS]], extra: &[[f32; LABELS]], total: &mut Vec<[f32; LABELS]>) {
    total.clear();
    total.extend(base.iter().zip(extra).map(|(base, extra)| {
        std::array::from_fn::<f32, LABELS, _>(|label| base[label] + extra[label])
    }));
}

/// Tags one sentence on its own (a document of one sentence).
pub fn tag<S: AsRef<str>>(words: &[S]) -> Vec<Tag> {
    tag_document(&[words]).pop().unwrap_or_default()
}

/// The names in one sentence, as token ranges with their kinds.
pub fn names<S: AsRef<str>>(words: &[S]) -> Vec<NameSpan> {
    spans(&tag(words))
}
