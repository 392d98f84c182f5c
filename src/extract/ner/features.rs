//! Feature extraction: one sentence of words (in the context of its document) → hashed
//! feature keys per token.
//!
//! Three sources of evidence, cheapest first:
//! - the token and its neighbours (±2): word, lower-case form, shape, affixes, bigrams;
//! - the document (a pre-pass over all its sentences): is this word also written with a
//!   capital mid-sentence, or in lower case, or inside a longer capitalised run elsewhere;
//! - the document memory: the kinds the recogniser already gave this word earlier in the
//!   document, so a bare "Surname" inherits the kind of "Firstname Surname".
//!
//! Knows nothing about weights: keys are plain `u32`s (see [`super::hash`]).

use std::cell::RefCell;
use std::collections::HashMap;

use super::clusters::{self, Cluster};
use super::gazetteer::Gazetteer;
use super::hash::{self, BuildKeyHasher, Fnv};
use super::labels::{Kind, LABELS, Tag};

/// How many of a token's key groups depend on one word only: the token itself, and each of
/// its four neighbours (±1, ±2).
pub const UNITS: usize = 5;

/// The hashed feature keys of each token of one sentence.
///
/// Most of a token's keys depend on a single word (the token, or one neighbour at a fixed
/// offset): these form [`UNITS`] word-only groups (see [`unit_keys`]) whose summed scores a
/// scorer with fixed weights computes once per word. [`Keys`] says whether they are here.
#[derive(Debug, Default, Clone)]
pub struct Features {
    keys: Vec<u32>,
    starts: Vec<u32>,
}

/// Which keys [`Document::first_pass`] computes.
#[derive(Debug, Clone, Copy)]
pub enum Keys<'a> {
    /// Every key: for the trainer, whose weights change as it goes.
    All,
    /// Only the keys that depend on more than one word or on the document; the word-only
    /// groups are the caller's to score. Holds the sentence's words as [`token_info`] sees
    /// them (the caller keeps them with its scores).
    Context(&'a [TokenInfo]),
}

impl Features {
    /// Number of tokens.
    pub fn len(&self) -> usize {
        self.starts.len().saturating_sub(1)
    }

    /// True for an empty sentence.
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// The keys of token `idx`.
    pub fn token(&self, idx: usize) -> &[u32] {
        &self.keys[self.range(idx)]
    }

    /// Where the keys of token `idx` lie in [`Features::keys`].
    pub fn range(&self, idx: usize) -> std::ops::Range<usize> {
        self.starts[idx] as usize..self.starts[idx + 1] as usize
    }

    /// The keys of all tokens, one after the other.
    pub fn keys(&self) -> &[u32] {
        &self.keys
    }

    fn clear(&mut self) {
        self.keys.clear();
        self.starts.clear();
        self.starts.push(0);
    }

    fn push(&mut self, template: Template, value: u64) {
        self.keys.push(key(template, value));
    }

    fn end_token(&mut self) {
        let len = u32::try_from(self.keys.len()).unwrap_or(u32::MAX);
        self.starts.push(len);
    }
}

/// The key of a template and a value.
fn key(template: Template, value: u64) -> u32 {
    // The shift leaves 24 bits: the truncation is the point. Keys this short cost a few
    // collisions (testa F1 93.54 → 93.36) and save 8 bits per feature of the model's
    // download: the gaps between sorted keys are 256 times smaller (see `model`).
    (hash::mix(template as u64, value) >> 40) as u32
}

/// Calls `each` with every key of word-only group `unit` of a word: 0 is the word as the
/// token itself; 1 to 4 the word as the token's neighbour at -1, +1, -2 and +2. Every key
/// here must depend on `info` alone, or scores cached per word would be wrong.
pub fn unit_keys(unit: usize, info: &TokenInfo, mut each: impl FnMut(u32)) {
    let cluster = info.cluster.map_or(u64::MAX, u64::from);
    let mut push = |template, value| each(key(template, value));
    let offset = unit as u64;
    match unit {
        0 => {
            push(Template::Bias, 0);
            push(Template::Word, info.word);
            push(Template::Lower, info.lower);
            push(Template::Shape, info.shape);
            push(Template::ShortShape, info.short);
            if let Some((first, last)) = info.parts {
                push(Template::HyphenFirst, first);
                push(Template::HyphenLast, last);
            }
            for (len, (&prefix, &suffix)) in info.prefix.iter().zip(&info.suffix).enumerate() {
                push(Template::Prefix, hash::mix(len as u64, prefix));
                push(Template::Suffix, hash::mix(len as u64, suffix));
            }
            push(Template::Coarse, cluster >> 16);
            push(Template::Fine, cluster);
            push(Template::FineShape, hash::mix(cluster, info.short));
        }
        1 | 2 => {
            push(Template::LowerAt, hash::mix(offset, info.lower));
            push(Template::ShapeAt, hash::mix(offset, info.shape));
            push(Template::WordAt, hash::mix(offset, info.word));
            push(Template::FineAt, hash::mix(offset, cluster));
        }
        _ => {
            push(Template::LowerAt, hash::mix(offset, info.lower));
            push(Template::ShapeAt, hash::mix(offset, info.shape));
            push(Template::CoarseAt, hash::mix(offset, cluster >> 16));
        }
    }
}

/// Feature templates; the discriminant is hashed into every key.
#[derive(Debug, Clone, Copy)]
enum Template {
    Bias = 1,
    Word,
    Lower,
    Shape,
    ShortShape,
    Prefix,
    Suffix,
    LowerAt,
    ShapeAt,
    LowerBigramLeft,
    LowerBigramRight,
    ShapeTrigram,
    Initial,
    Shouting,
    DocFlags,
    MemoryMajor,
    MemoryHas,
    GlobalMajor,
    GlobalHas,
    WordShapeLeft,
    WordShapeRight,
    Gazetteer,
    GazetteerLeft,
    GazetteerRight,
    Coarse,
    Fine,
    FineAt,
    CoarseAt,
    FineShape,
    WordAt,
    HyphenFirst,
    HyphenLast,
}

/// What one word looks like: the hashes its features are made of.
#[derive(Debug, Clone, Copy)]
pub struct TokenInfo {
    word: u64,
    lower: u64,
    shape: u64,
    short: u64,
    prefix: [u64; 4],
    suffix: [u64; 4],
    capitalised: bool,
    /// Word clusters; `None` for a word outside the table.
    cluster: Option<Cluster>,
    /// Lower-case hashes of the first and last parts of a hyphenated word ("pro-Israeli").
    parts: Option<(u64, u64)>,
}

/// Where the word of each unit of [`unit_keys`] lies, relative to the token.
pub const UNIT_OFFSETS: [isize; UNITS] = [0, -1, 1, -2, 2];

/// The word before the first token and after the last (the neighbours of edge tokens).
pub const OUTSIDE: TokenInfo = TokenInfo {
    word: 0x5eed_0001,
    lower: 0x5eed_0002,
    shape: 0x5eed_0003,
    short: 0x5eed_0004,
    prefix: [0; 4],
    suffix: [0; 4],
    capitalised: false,
    cluster: None,
    parts: None,
};

fn class(ch: char) -> char {
    if ch.is_uppercase() {
        'X'
    } else if ch.is_alphabetic() {
        'x'
    } else if ch.is_numeric() {
        'd'
    } else if ch.is_ascii_punctuation() {
        ch
    } else {
        'o'
    }
}

/// [`token_info`], memoised per thread: it depends on the word alone, and news repeats its
/// words. Bounded: emptied when it reaches `LIMIT` words.
fn remembered_token_info(word: &str) -> TokenInfo {
    const LIMIT: usize = 1 << 15;
    thread_local! {
        static SEEN: RefCell<HashMap<u64, TokenInfo, BuildKeyHasher>> = RefCell::default();
    }
    SEEN.with(|seen| {
        let mut seen = seen.borrow_mut();
        let key = hash::of_str(word);
        if let Some(info) = seen.get(&key) {
            return *info;
        }
        if seen.len() >= LIMIT {
            seen.clear();
        }
        let info = token_info(word);
        seen.insert(key, info);
        info
    })
}

/// The hashes of one word.
pub fn token_info(word: &str) -> TokenInfo {
    let mut lower = Fnv::default();
    let mut shape = Fnv::default();
    let mut short = Fnv::default();
    let mut prefix = [0u64; 4];
    let mut run: (char, usize) = ('\0', 0);
    let mut count = 0;
    for ch in word.chars() {
        lower.lower_char(ch);
        if count < 4 {
            prefix[count] = lower.finish();
        }
        count += 1;
        let cls = class(ch);
        if cls == run.0 {
            run.1 += 1;
        } else {
            run = (cls, 1);
            short.char(cls);
        }
        if run.1 <= 4 {
            shape.char(cls);
        }
    }
    for slot in count.min(4)..4 {
        prefix[slot] = prefix[count.saturating_sub(1).min(3)];
    }
    let mut suffix = [0u64; 4];
    let mut reversed = Fnv::default();
    for (idx, ch) in word.chars().rev().take(4).enumerate() {
        reversed.lower_char(ch);
        suffix[idx] = reversed.finish();
    }
    for slot in count.min(4)..4 {
        suffix[slot] = suffix[count.saturating_sub(1).min(3)];
    }
    let lower = lower.finish();
    TokenInfo {
        word: hash::of_str(word),
        lower,
        cluster: clusters::of_lower_hash(lower),
        parts: hyphen_parts(word).map(|(first, last)| (lower_hash(first), lower_hash(last))),
        shape: shape.finish(),
        short: short.finish(),
        prefix,
        suffix,
        capitalised: word.chars().next().is_some_and(char::is_uppercase),
    }
}

/// The parts before the first and after the last hyphen of a word, both non-empty.
fn hyphen_parts(word: &str) -> Option<(&str, &str)> {
    // A byte scan: most words are short, where `split_once`'s searcher costs more.
    let first = word.bytes().position(|byte| byte == b'-')?;
    let last = word.bytes().rposition(|byte| byte == b'-')?;
    // Both are positions of an ASCII byte, so char boundaries.
    let (before, after) = (&word[..first], &word[last + 1..]);
    (!before.is_empty() && !after.is_empty()).then_some((before, after))
}

/// True for a headline-style sentence where most words are in capitals.
fn shouting<S: AsRef<str>>(words: &[S]) -> bool {
    let (mut lettered, mut upper) = (0, 0);
    for word in words {
        let word = word.as_ref();
        if word.chars().any(char::is_alphabetic) {
            lettered += 1;
            if !word.chars().any(char::is_lowercase) {
                upper += 1;
            }
        }
    }
    lettered >= 2 && upper * 10 >= lettered * 7
}

const CAPITAL_MID: u8 = 1;
const LOWER_CASE: u8 = 2;
const RUN_FIRST: u8 = 4;
const RUN_INNER: u8 = 8;
const RUN_LAST: u8 = 16;

fn lower_hash(word: &str) -> u64 {
    let mut fnv = Fnv::default();
    for ch in word.chars() {
        fnv.lower_char(ch);
    }
    fnv.finish()
}

/// Lower-case word → how often it was given each tag (by [`Tag::index`]).
type Memory = HashMap<u64, [u16; LABELS], BuildKeyHasher>;

/// One document as the recogniser sees it: what it learnt from a pre-pass over all the
/// document's sentences, and what it has tagged so far.
#[derive(Debug, Default, Clone)]
pub struct Document {
    /// Lower-case word → how it is written elsewhere in the document (bit flags).
    spelling: HashMap<u64, u8, BuildKeyHasher>,
    /// Lower-case word → how often it was given each tag (by [`Tag::index`]) so far.
    memory: Memory,
    tokens: Vec<TokenInfo>,
    gazetteer: Vec<u32>,
    features: Features,
    /// Memory or whole-document features, kept apart so that their scores can be added to
    /// the base scores computed once (see [`super::tag_document_with`]).
    extra: Features,
}

impl Document {
    /// A document with no sentences yet; call [`Document::observe`] for each sentence first.
    pub fn new() -> Document {
        Document::default()
    }

    /// The pre-pass: records how each word of a sentence is written.
    pub fn observe<S: AsRef<str>>(&mut self, words: &[S]) {
        if shouting(words) {
            return;
        }
        let mut run_start = 0;
        for idx in 0..=words.len() {
            let capitalised = words
                .get(idx)
                .is_some_and(|word| word.as_ref().chars().next().is_some_and(char::is_uppercase));
            if capitalised {
                if idx > 0 {
                    *self.spelling.entry(lower_hash(words[idx].as_ref())).or_default() |=
                        CAPITAL_MID;
                }
                continue;
            }
            if let Some(word) = words.get(idx)
                && word.as_ref().chars().next().is_some_and(char::is_lowercase)
            {
                *self.spelling.entry(lower_hash(word.as_ref())).or_default() |= LOWER_CASE;
            }
            if idx >= run_start + 2 {
                for (pos, word) in words.iter().enumerate().take(idx).skip(run_start) {
                    let flag = if pos == run_start {
                        RUN_FIRST
                    } else if pos + 1 == idx {
                        RUN_LAST
                    } else {
                        RUN_INNER
                    };
                    *self.spelling.entry(lower_hash(word.as_ref())).or_default() |= flag;
                }
            }
            run_start = idx + 1;
        }
    }

    /// The base features of one sentence: the token, its neighbours and the pre-pass.
    fn features<S: AsRef<str>>(&mut self, words: &[S], keys: Keys<'_>) -> &Features {
        // The caller's token infos are read where they lie (over a hundred bytes each).
        let mut own = std::mem::take(&mut self.tokens);
        own.clear();
        let tokens = match keys {
            Keys::All => {
                own.extend(words.iter().map(|word| remembered_token_info(word.as_ref())));
                &own
            }
            Keys::Context(infos) => infos,
        };
        let shout = shouting(words);
        Gazetteer::embedded().matches(words, &mut self.gazetteer);
        self.features.clear();
        for idx in 0..tokens.len() {
            if matches!(keys, Keys::All) {
                for (unit, &offset) in UNIT_OFFSETS.iter().enumerate() {
                    let info = info_at(tokens, idx, offset);
                    unit_keys(unit, info, |key| self.features.keys.push(key));
                }
            }
            self.context_features(tokens, idx, shout);
            self.features.end_token();
        }
        self.tokens = own;
        &self.features
    }

    /// Remembers the tags the recogniser gave a sentence, for the sentences after it.
    pub fn remember<S: AsRef<str>>(&mut self, words: &[S], tags: &[Tag]) {
        for (word, tag) in words.iter().zip(tags) {
            let Some(key) = memory_key(word.as_ref()) else { continue };
            let counts = self.memory.entry(key).or_insert([0; LABELS]);
            counts[tag.index()] = counts[tag.index()].saturating_add(1);
        }
    }

    /// The keys of token `idx` that depend on more than one word or on the document.
    fn context_features(&mut self, tokens: &[TokenInfo], idx: usize, shout: bool) {
        let tok = info_at(tokens, idx, 0);
        let (prev, next) = (info_at(tokens, idx, -1), info_at(tokens, idx, 1));
        let out = &mut self.features;
        out.push(Template::LowerBigramLeft, hash::mix(prev.lower, tok.lower));
        out.push(Template::LowerBigramRight, hash::mix(tok.lower, next.lower));
        out.push(Template::ShapeTrigram, hash::mix(hash::mix(prev.short, tok.short), next.short));
        out.push(Template::WordShapeLeft, hash::mix(prev.lower, tok.short));
        out.push(Template::WordShapeRight, hash::mix(tok.short, next.lower));
        if idx == 0 {
            out.push(Template::Initial, tok.short);
        }
        if shout {
            out.push(Template::Shouting, tok.shape);
        }
        let gazetteer =
            |pos: Option<usize>| pos.and_then(|pos| self.gazetteer.get(pos)).copied().unwrap_or(0);
        for (template, bits) in [
            (Template::Gazetteer, gazetteer(Some(idx))),
            (Template::GazetteerLeft, gazetteer(idx.checked_sub(1))),
            (Template::GazetteerRight, gazetteer(Some(idx + 1))),
        ] {
            // Set bits only, lowest first.
            let mut rest = bits;
            while rest != 0 {
                out.push(template, u64::from(rest.trailing_zeros()));
                rest &= rest - 1;
            }
        }
        if !tok.capitalised {
            return;
        }
        let key = tok.lower;
        let flags = self.spelling.get(&key).copied().unwrap_or(0);
        let context = u64::from(idx == 0) | u64::from(shout) << 1;
        out.push(Template::DocFlags, u64::from(flags) << 2 | context);
    }

    /// The base features and the memory features of one sentence: the first pass, which
    /// knows the tags of the sentences before this one.
    pub fn first_pass<S: AsRef<str>>(
        &mut self,
        words: &[S],
        keys: Keys<'_>,
    ) -> (&Features, &Features) {
        self.features(words, keys);
        // The memory's keys from the token infos, which hold them already.
        let tokens = match keys {
            Keys::All => &self.tokens,
            Keys::Context(infos) => infos,
        };
        let keys = tokens.iter().map(|info| info.capitalised.then_some(info.lower));
        push_recalled(&self.memory, &mut self.extra, keys, None);
        (&self.features, &self.extra)
    }

    /// The whole-document features of one sentence: the second pass, run after
    /// [`Document::remember`] has seen the first-pass tags of every sentence. `own` are this
    /// sentence's first-pass tags, left out so that a word learns only from its other
    /// occurrences.
    pub fn second_pass_extra<S: AsRef<str>>(&mut self, words: &[S], own: &[Tag]) -> &Features {
        let keys = words.iter().map(|word| memory_key(word.as_ref()));
        push_recalled(&self.memory, &mut self.extra, keys, Some(own));
        &self.extra
    }

    /// Every base feature and the whole-document features of one sentence (second pass).
    pub fn second_pass<S: AsRef<str>>(
        &mut self,
        words: &[S],
        own: &[Tag],
    ) -> (&Features, &Features) {
        self.features(words, Keys::All);
        self.second_pass_extra(words, own);
        (&self.features, &self.extra)
    }

    /// True when the last pass's memory or whole-document features (see
    /// [`Document::first_pass`], [`Document::second_pass_extra`]) hold any key: otherwise
    /// they add nothing to the sentence's base scores.
    pub fn recalled_any(&self) -> bool {
        !self.extra.keys.is_empty()
    }
}

/// Fills `extra` from what the memory recalls of each word, given by its memory key
/// ([`memory_key`]); with `own` tags (second pass) those are taken out first and the
/// templates differ.
fn push_recalled(
    memory: &Memory,
    extra: &mut Features,
    keys: impl Iterator<Item = Option<u64>>,
    own: Option<&[Tag]>,
) {
    let (major, has) = match own {
        None => (Template::MemoryMajor, Template::MemoryHas),
        Some(_) => (Template::GlobalMajor, Template::GlobalHas),
    };
    extra.clear();
    for (idx, key) in keys.enumerate() {
        let own = own.map(|own| own.get(idx).copied().unwrap_or(Tag::O));
        if let Some(recall) = recall(memory, key, own) {
            extra.push(major, recall.major as u64);
            for kind in Kind::ALL.into_iter().filter(|&kind| recall.kinds & 1 << kind as u8 != 0) {
                extra.push(has, kind as u64);
            }
            if let Some(tag) = recall.tag {
                extra.push(has, 16 + tag as u64);
            }
        }
        extra.end_token();
    }
}

/// What the document memory is keyed by: the lower-case hash of a capitalised word; `None`
/// for any other word (the memory holds only capitalised ones).
fn memory_key(word: &str) -> Option<u64> {
    word.chars().next().is_some_and(char::is_uppercase).then(|| lower_hash(word))
}

/// The token `offset` places from token `idx`, or [`OUTSIDE`] past either end (by reference:
/// a token's hashes are over a hundred bytes, and every token reads three).
fn info_at(tokens: &[TokenInfo], idx: usize, offset: isize) -> &TokenInfo {
    idx.checked_add_signed(offset).and_then(|pos| tokens.get(pos)).unwrap_or(&OUTSIDE)
}

/// What the memory holds for a word (by [`memory_key`]), less its `own` tag.
fn recall(memory: &Memory, key: Option<u64>, own: Option<Tag>) -> Option<Recalled> {
    let mut tags = *memory.get(&key?)?;
    if let Some(own) = own {
        tags[own.index()] = tags[own.index()].saturating_sub(1);
    }
    // Per kind: O, PER, LOC, ORG, MISC.
    let mut counts = [0u16; 5];
    for (index, &count) in tags.iter().enumerate() {
        let slot = Tag::from_index(index).kind().map_or(0, |kind| 1 + kind as usize);
        counts[slot] = counts[slot].saturating_add(count);
    }
    if counts.iter().all(|&count| count == 0) {
        return None;
    }
    let major = (0..5).max_by_key(|&slot| (counts[slot], 5 - slot)).unwrap_or(0);
    let kinds =
        (0..4).filter(|&kind| counts[1 + kind] > 0).fold(0u8, |bits, kind| bits | 1 << kind);
    // The most frequent name tag (with its position: B, I, L or U), for name boundaries.
    let best = (1..LABELS).max_by_key(|&index| (tags[index], LABELS - index)).unwrap_or(0);
    let tag = (tags[best] > 0).then_some(best);
    Some(Recalled { major, kinds, tag })
}

/// What the document memory recalls about one word.
#[derive(Debug, Clone, Copy)]
struct Recalled {
    /// The most frequent kind slot: 0 for O, then PER, LOC, ORG, MISC.
    major: usize,
    /// Bit per [`Kind`] given at least once.
    kinds: u8,
    /// The most frequent name tag index, if the word was ever part of a name.
    tag: Option<usize>,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_words_memory_key_is_the_one_its_hashes_give() {
        // The first pass keys the memory from token infos, the second from the words.
        for word in
            ["Lavrov", "lavrov", "NATO", "Ärzte", "ÉCOLE", "élan", "’s", "2024", "", "Ünal-Ro"]
        {
            let info = token_info(word);
            assert_eq!(info.capitalised.then_some(info.lower), memory_key(word), "{word:?}");
        }
    }

    #[test]
    fn shapes_group_similar_words() {
        assert_eq!(token_info("Paris").short, token_info("London").short);
        assert_eq!(token_info("Paris").shape, token_info("Tokyo").shape);
        assert_ne!(token_info("Paris").shape, token_info("PARIS").shape);
        assert_eq!(token_info("1996").shape, token_info("2003").shape);
    }

    #[test]
    fn every_token_gets_features_and_odd_words_do_not_panic() {
        let words = ["", "\u{0}", "Ünïcödé", "東京", "a-b", "'s", "  "];
        let mut doc = Document::new();
        doc.observe(&words);
        let (features, _) = doc.first_pass(&words, Keys::All);
        assert_eq!(features.len(), words.len());
        assert!((0..words.len()).all(|idx| !features.token(idx).is_empty()));
    }

    #[test]
    fn memory_and_document_features_come_from_other_sentences() {
        let first = ["Maria", "Okonkwo", "spoke", "."];
        let second = ["Okonkwo", "left", "."];
        let mut doc = Document::new();
        doc.observe(&first);
        doc.observe(&second);
        assert!(doc.first_pass(&second, Keys::All).1.token(0).is_empty());
        let tags = [Tag::B(Kind::Person), Tag::L(Kind::Person), Tag::O, Tag::O];
        doc.remember(&first, &tags);
        assert_eq!(doc.first_pass(&second, Keys::All).1.token(0).len(), 3);
        let own = [Tag::U(Kind::Person), Tag::O, Tag::O];
        doc.remember(&second, &own);
        // The second pass sees "Okonkwo" in the first sentence, not its own tag.
        assert_eq!(doc.second_pass(&second, &own).1.token(0).len(), 3);
        assert!(doc.second_pass(&first, &tags).1.token(0).is_empty());
    }
}
