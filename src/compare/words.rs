//! Words as comparisons see them: folded case, one apostrophe, one spelling, a rough stem.
//!
//! Two outlets print one remark as “Nato’s policy towards Russia” and "NATO's policy toward
//! Russia"; comparisons must see the same words. Normalisation happens here, on keys, and never
//! rewrites the articles' text.

use std::collections::{HashMap, HashSet};
use std::sync::LazyLock;

use crate::extract::ner::hash::BuildKeyHasher;
use crate::sorting;
use crate::text::Span;
use crate::text::chars::{char_at, is_alphanumeric};

/// One word of a text with its span and its comparison key.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Word {
    /// Where the word is, relative to the start of the text it was read from.
    pub span: Span,
    /// Case-folded, apostrophes and hyphens unified, British spellings mapped to American.
    pub key: String,
}

/// Splits `text` into words (runs of letters and digits, with inner apostrophes and hyphens).
///
/// Spans are relative to `text`; add the offset of `text` in its article when it is a slice.
pub fn words(text: &str) -> Vec<Word> {
    spans(text).map(|span| Word { span, key: key(span.slice(text)) }).collect()
}

/// What `each` makes of each word of `text` (see [`words`]), given its span and key, where it
/// makes something; one buffer holds every key, so a scan allocates none per word.
pub fn filter_map_keys<T>(
    text: &str,
    mut each: impl FnMut(Span, &str) -> Option<T>,
) -> impl Iterator<Item = T> {
    // Room for most words at once: growing an empty buffer word by word costs a few
    // reallocations per call, and there is a call per sentence, quote and number.
    let mut key = String::with_capacity(32);
    spans(text).filter_map(move |span| {
        key_into(span.slice(text), &mut key);
        each(span, &key)
    })
}

/// Where the words of `text` are (see [`words`]).
fn spans(text: &str) -> impl Iterator<Item = Span> + '_ {
    let mut at = 0;
    std::iter::from_fn(move || {
        let start = loop {
            let ch = char_at(text, at)?;
            if is_alphanumeric(ch) {
                break at;
            }
            at += ch.len_utf8();
        };
        loop {
            let Some(ch) = char_at(text, at) else {
                return Some(Span::new(start, at));
            };
            let len = ch.len_utf8();
            let joins_next =
                || is_joiner(ch) && char_at(text, at + len).is_some_and(is_alphanumeric);
            if !is_alphanumeric(ch) && !joins_next() {
                let end = at;
                at += len;
                return Some(Span::new(start, end));
            }
            at += len;
        }
    })
}

fn is_joiner(ch: char) -> bool {
    matches!(ch, '\'' | '’' | '‘' | '-' | '‐' | '‑')
}

/// The comparison key of one word: lower case, no apostrophes or hyphens, American spelling.
pub fn key(word: &str) -> String {
    let mut out = String::new();
    key_into(word, &mut out);
    out
}

/// [`key`], written into `out` (cleared first), so that a loop over words reuses one buffer.
fn key_into(word: &str, out: &mut String) {
    out.clear();
    if word.is_ascii() {
        // Most words: copied whole and lowered in place, without decoding characters or
        // Unicode case tables.
        out.push_str(word);
        if word.as_bytes().contains(&b'-') {
            out.retain(|ch| ch != '-');
        }
        out.make_ascii_lowercase();
    } else {
        out.extend(
            word.chars()
                .filter(|ch| !is_joiner(*ch) || *ch == '\'' || *ch == '’')
                .map(|ch| if ch == '’' { '\'' } else { ch })
                .flat_map(char::to_lowercase),
        );
    }
    american(out);
}

/// Maps common British spellings to American ones, so that the two count as one word.
///
/// Applied to both sides of every comparison, so a rule that also changes an unrelated word does
/// no harm unless it makes two different words equal.
fn american(word: &mut String) {
    let whole = match word.as_str() {
        "towards" => "toward",
        "afterwards" => "afterward",
        "amongst" => "among",
        "whilst" => "while",
        "defence" => "defense",
        "offence" => "offense",
        "licence" => "license",
        "pretence" => "pretense",
        "programme" => "program",
        "programmes" => "programs",
        "grey" => "gray",
        "cheque" => "check",
        "tyre" => "tire",
        "kerb" => "curb",
        _ => "",
    };
    if !whole.is_empty() {
        word.replace_range(.., whole);
        return;
    }
    if !may_end_british(word) {
        return;
    }
    let len = word.chars().count();
    for (british, american) in OUR {
        if len >= british.len() + 3
            && word
                .strip_suffix(british)
                .is_some_and(|stem| !stem.ends_with(['h', 'y', 't', 'f', 'p', 'c', 'v']))
        {
            return respell(word, british, american);
        }
    }
    for (british, american) in ISE {
        if len >= british.len() + 3 && word.ends_with(british) {
            return respell(word, british, american);
        }
    }
    for (british, american) in OTHER_ENDINGS {
        if len >= british.len() + 2 && word.ends_with(british) {
            return respell(word, british, american);
        }
    }
}

/// -our → -or (colour, favourable, honoured), but not four, hour, your, tour.
const OUR: [(&str, &str); 4] =
    [("our", "or"), ("ours", "ors"), ("oured", "ored"), ("ouring", "oring")];

/// -ise/-isation → -ize/-ization (realise, organisation), -yse → -yze (analyse).
const ISE: [(&str, &str); 8] = [
    ("isation", "ization"),
    ("isations", "izations"),
    ("ise", "ize"),
    ("ised", "ized"),
    ("ises", "izes"),
    ("ising", "izing"),
    ("yse", "yze"),
    ("ysed", "yzed"),
];

/// -tre → -ter (centre, metre), -logue → -log (dialogue), -lled/-lling → -led/-ling.
const OTHER_ENDINGS: [(&str, &str); 6] = [
    ("tre", "ter"),
    ("tres", "ters"),
    ("logue", "log"),
    ("llled", "lled"),
    ("lled", "led"),
    ("lling", "ling"),
];

/// Whether `word` ends in the last two letters of one of the British endings above: most
/// words do not, and every word compared comes through here.
fn may_end_british(word: &str) -> bool {
    matches!(
        word.as_bytes(),
        [.., b'u', b'r' | b'e']
            | [.., b'r' | b'n' | b'e', b's']
            | [.., b'e', b'd']
            | [.., b'n', b'g']
            | [.., b'o', b'n']
            | [.., b's' | b'r', b'e']
    )
}

/// Replaces `word`'s ending `british` (which it has) with `american`.
fn respell(word: &mut String, british: &str, american: &str) {
    word.truncate(word.len() - british.len());
    word.push_str(american);
}

/// A rough stem of a key: plural and verb endings and a final "e" cut, then at most six
/// letters, so that "notified" and "notification", "Russia" and "Russian", "change",
/// "changes" and "changed" meet.
pub fn stem(key: &str) -> &str {
    let key = key.strip_suffix("'s").unwrap_or(key);
    let sibilant = |stem: &str| ["s", "x", "z", "ch", "sh"].iter().any(|end| stem.ends_with(end));
    let mut cut = key;
    // Every ending below ends in one of these letters: most words are settled by their last
    // byte.
    if key.ends_with(['s', 'g', 'd', 'y']) {
        for suffix in ["ies", "ing", "ed", "es", "s", "ly"] {
            if let Some(stem) = key.strip_suffix(suffix)
                && stem.len() >= 3
                && !(suffix == "s" && stem.ends_with('s'))
                && (suffix != "es" || sibilant(stem))
            {
                cut = stem;
                break;
            }
        }
    }
    if cut.len() > 3 {
        cut = cut.strip_suffix('e').unwrap_or(cut);
    }
    match cut.char_indices().nth(6) {
        Some((idx, _)) => &cut[..idx],
        None => cut,
    }
}

/// Words that carry no content of their own for similarity between passages.
const STOPWORDS: &[&str] = &[
    "a", "about", "added", "after", "again", "against", "all", "also", "am", "an", "and", "any",
    "are", "as", "at", "be", "because", "been", "before", "being", "between", "both", "but", "by",
    "can", "could", "did", "do", "does", "doing", "down", "dr", "during", "each", "even", "few",
    "for", "from", "further", "had", "has", "have", "having", "he", "her", "here", "hers",
    "herself", "him", "himself", "his", "how", "i", "if", "in", "into", "is", "it", "it's", "its",
    "itself", "just", "let", "me", "more", "most", "mr", "mrs", "ms", "much", "my", "no", "nor",
    "not", "now", "of", "off", "on", "once", "one", "only", "or", "other", "our", "ours", "out",
    "over", "own", "said", "same", "say", "says", "she", "should", "so", "some", "such", "than",
    "that", "the", "their", "them", "then", "there", "these", "they", "this", "those", "through",
    "to", "told", "too", "under", "until", "up", "us", "very", "was", "we", "were", "what", "when",
    "where", "which", "while", "who", "whom", "why", "will", "with", "would", "you", "your",
];

/// Whether a key is a stopword or all digits: one hash look-up per word (every word of every
/// compared passage comes here), not a binary search of string comparisons.
pub fn is_stopword(key: &str) -> bool {
    static SET: LazyLock<HashSet<&str, BuildKeyHasher>> =
        LazyLock::new(|| STOPWORDS.iter().copied().collect());
    SET.contains(key) || key.bytes().all(|byte| byte.is_ascii_digit())
}

/// A content word's stem, hashed: comparing numbers is much cheaper than comparing strings,
/// and with 64 bits two different stems of one passage do not collide in practice.
pub type Stem = u64;

/// The content stems of a text, sorted and without repeats.
pub fn content_stems(text: &str) -> Vec<Stem> {
    let mut stems: Vec<Stem> = MEMO.with_borrow_mut(|memo| {
        spans(text).filter_map(|span| memo.content_stem(span.slice(text))).collect()
    });
    sorting::sort(&mut stems);
    stems.dedup();
    stems
}

thread_local! {
    static MEMO: std::cell::RefCell<Memo> = std::cell::RefCell::default();
}

/// At most this many words are remembered (under 2 MB), whatever the reader analyses.
const MEMO_WORDS: usize = 1 << 16;

/// Each word's content stem as it was first worked out: a comparison stems the same
/// sentences for facts, disputes and quotes, and news repeats its words, so that looking a
/// word up is most of the cost of stemming it (key, stopwords, stem and hash). Words are
/// looked up by their hash, as stems are compared by theirs (see [`Stem`]).
#[derive(Default)]
struct Memo {
    stems: HashMap<u64, Option<Stem>, BuildKeyHasher>,
    key: String,
}

impl Memo {
    /// The stem of a word as [`words`] finds it, or `None` for a stopword or number.
    fn content_stem(&mut self, word: &str) -> Option<Stem> {
        let word_hash = hash(word);
        if let Some(&stem) = self.stems.get(&word_hash) {
            return stem;
        }
        key_into(word, &mut self.key);
        let stem = (!is_stopword(&self.key)).then(|| hash(stem(&self.key)));
        if self.stems.len() >= MEMO_WORDS {
            self.stems.clear();
        }
        self.stems.insert(word_hash, stem);
        stem
    }
}

/// FNV-1a: fixed, so the engine stays deterministic from run to run and build to build.
fn hash(text: &str) -> Stem {
    text.bytes().fold(0xcbf2_9ce4_8422_2325, |hash, byte| {
        (hash ^ u64::from(byte)).wrapping_mul(0x0100_0000_01b3)
    })
}

/// How many items two sorted, deduplicated lists share.
pub fn shared(a: &[Stem], b: &[Stem]) -> usize {
    let (mut i, mut j, mut count) = (0, 0, 0);
    while i < a.len() && j < b.len() {
        match a[i].cmp(&b[j]) {
            std::cmp::Ordering::Less => i += 1,
            std::cmp::Ordering::Greater => j += 1,
            std::cmp::Ordering::Equal => {
                count += 1;
                i += 1;
                j += 1;
            }
        }
    }
    count
}

/// A stem in more of the second side's lists than this tells passages apart too poorly to
/// pair them by: only very long texts have such stems.
const COMMON: usize = 200;

/// The pairs `(i, j)`, ascending, of an item of `first` and one of `second` whose `stems`
/// (sorted) share a stem, found through an index of `second` rather than by trying every pair. Stems in more
/// than [`COMMON`] lists of `second` are not used to find pairs, so two long texts pair in
/// time linear in their length; with no stem that common, these are exactly the pairs with a
/// shared stem.
pub fn sharing_pairs<T>(
    first: &[T],
    second: &[T],
    stems: impl Fn(&T) -> &[Stem],
) -> Vec<(usize, usize)> {
    let mut index: HashMap<Stem, Vec<usize>> = HashMap::new();
    for (j, item) in second.iter().enumerate() {
        for &stem in stems(item) {
            let lists = index.entry(stem).or_default();
            // Stems are sorted, so a list meets a stem once in a row; no duplicates.
            if lists.last() != Some(&j) {
                lists.push(j);
            }
        }
    }
    let mut pairs = Vec::new();
    let mut partners = Vec::new();
    // `met[j]` is the last item of `first` that met item `j` of `second`: an item meets
    // another through each stem they share, and sorting only distinct partners is far
    // cheaper than sorting every meeting.
    let mut met = vec![usize::MAX; second.len()];
    for (i, item) in first.iter().enumerate() {
        partners.clear();
        for stem in stems(item) {
            let Some(lists) = index.get(stem).filter(|lists| lists.len() <= COMMON) else {
                continue;
            };
            for &j in lists {
                if met[j] != i {
                    met[j] = i;
                    partners.push(j);
                }
            }
        }
        sorting::sort(&mut partners);
        pairs.extend(partners.iter().map(|&j| (i, j)));
    }
    pairs
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_british_ending_passes_the_quick_check() {
        for (british, _) in OUR.iter().chain(&ISE).chain(&OTHER_ENDINGS) {
            assert!(may_end_british(british), "{british}");
        }
    }

    #[test]
    fn sharing_pairs_are_the_pairs_with_a_shared_stem() {
        let first: Vec<Vec<Stem>> = vec![vec![1, 4, 9], vec![2], vec![], vec![3, 4]];
        let second: Vec<Vec<Stem>> = vec![vec![4], vec![2, 3], vec![5, 9], vec![]];
        let brute: Vec<(usize, usize)> = (0..first.len())
            .flat_map(|i| (0..second.len()).map(move |j| (i, j)))
            .filter(|&(i, j)| shared(&first[i], &second[j]) > 0)
            .collect();
        assert_eq!(sharing_pairs(&first, &second, Vec::as_slice), brute);
    }

    #[test]
    fn a_stem_in_every_passage_of_a_long_text_pairs_nothing() {
        let second: Vec<Vec<Stem>> = (0..COMMON as u64 + 1).map(|n| vec![7, 100 + n]).collect();
        let first = vec![vec![7], vec![7, 105]];
        assert_eq!(sharing_pairs(&first, &second, Vec::as_slice), [(1, 5)]);
    }

    fn keys(text: &str) -> Vec<String> {
        words(text).into_iter().map(|w| w.key).collect()
    }

    #[test]
    fn spelling_and_case_variants_share_keys() {
        assert_eq!(keys("Nato’s policy towards Russia"), keys("NATO's policy toward Russia"));
        assert_eq!(
            keys("defence colour organisation centre"),
            keys("defense color organization center")
        );
        assert_eq!(keys("Nato-Russia"), keys("NatoRussia"));
    }

    #[test]
    fn short_our_words_are_left_alone() {
        assert_eq!(keys("four hour your tour"), ["four", "hour", "your", "tour"]);
    }

    #[test]
    fn spans_point_into_the_text() {
        let text = "“Don’t go,” she said — twice.";
        let found: Vec<&str> = words(text).iter().map(|w| w.span.slice(text)).collect();
        assert_eq!(found, ["Don’t", "go", "she", "said", "twice"]);
    }

    #[test]
    fn joiners_join_only_between_letters_and_digits() {
        let text = "a--b x- ’tis rock-’n’-roll Zürich’s 9‑11 é";
        let found: Vec<&str> = words(text).iter().map(|w| w.span.slice(text)).collect();
        assert_eq!(found, ["a", "b", "x", "tis", "rock", "n", "roll", "Zürich’s", "9‑11", "é"]);
    }

    #[test]
    fn a_remembered_stem_is_the_one_worked_out() {
        let mut memo = Memo::default();
        for _ in 0..2 {
            for word in ["Nato’s", "NATO's", "the", "2024", "organisations", "Changed"] {
                let key = key(word);
                let fresh = (!is_stopword(&key)).then(|| hash(stem(&key)));
                assert_eq!(memo.content_stem(word), fresh, "{word}");
            }
        }
        assert_eq!(memo.stems.len(), 6);
    }

    #[test]
    fn stems_meet_across_word_forms() {
        assert_eq!(stem("notified"), stem("notification"));
        assert_eq!(stem("russian"), stem("russia"));
        assert_eq!(stem("changes"), stem("change"));
        assert_eq!(stem("changed"), stem("change"));
        assert_eq!(stem("boxes"), stem("box"));
    }

    #[test]
    fn stopwords_and_numbers_carry_no_content() {
        for word in ["a", "the", "would", "mr", "told", "your"] {
            assert!(is_stopword(word), "{word}");
        }
        assert!(!is_stopword("nato"));
        assert!(is_stopword("2024"));
        assert!(!is_stopword("2024s"));
    }
}
