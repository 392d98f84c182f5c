//! Gazetteers: which tokens of a sentence fall inside a known place or name.
//!
//! The lists are public data (see scripts/ner_gazetteers.py, which writes gazetteer/*.txt and
//! names each list's source and licence), plus a short hand-written list of words that end
//! organisation names. A match only suggests: the model weighs it against the context, so
//! "Jordan" can still be a person and "Paris Hilton" a person.

use std::collections::HashMap;
use std::sync::{LazyLock, OnceLock};

use super::hash::{BuildKeyHasher, Fnv};
use crate::extract::unpacked_list;

/// How many lists there are.
const LIST_COUNT: usize = 6;

// The larger lists are packed by build.rs and unpacked here.
static CITIES: LazyLock<String> = unpacked_list!("cities.txt");

static SURNAMES: LazyLock<String> = unpacked_list!("surnames.txt");

/// The lists, in bit order of [`Gazetteer::matches`].
fn lists() -> [&'static str; LIST_COUNT] {
    [
        include_str!("gazetteer/countries.txt"),
        &CITIES,
        include_str!("gazetteer/regions.txt"),
        // The entity rules' list (one name, a tab and a gender hint per line), not a copy of it.
        crate::extract::gazetteer::first_names(),
        &SURNAMES,
        ORGANISATION_WORDS,
    ]
}

/// The places of the countries, cities and regions lists marked with a leading `*`: those the
/// entity rules' place list (`extract::gazetteer`) holds too, kept here only, so the app's
/// download carries each name once (`scripts/gazetteers.py` marks them).
pub fn shared_places() -> impl Iterator<Item = &'static str> {
    lists().into_iter().take(3).flat_map(str::lines).filter_map(|line| line.strip_prefix('*'))
}

/// Words that end (or head) organisation names in English news.
const ORGANISATION_WORDS: &str = "Academy\nAgency\nAirlines\nAirways\nAlliance\nAssembly\n\
Association\nAuthority\nBank\nBoard\nBureau\nCabinet\nCentre\nCenter\nChamber\nClub\nCo\n\
Coalition\nCollege\nCommission\nCommittee\nCompany\nCongress\nCorp\nCorporation\nCouncil\n\
Court\nDepartment\nExchange\nFederation\nForum\nFoundation\nFront\nFund\nGroup\nHoldings\n\
Inc\nInstitute\nLeague\nLtd\nMinistry\nMovement\nOffice\nOrganisation\nOrganization\n\
Parliament\nPartners\nParty\nplc\nPolice\nSenate\nService\nSociety\nSystems\nTechnologies\n\
Tribunal\nTrust\nUnion\nUniversity\n";

/// The longest phrase, in tokens, that the lists can match.
const MAX_TOKENS: usize = 5;

/// A set of phrases (lower-cased, tokens joined by one space) → the lists holding them.
#[derive(Debug, Default)]
pub struct Gazetteer {
    phrases: HashMap<u64, u8, BuildKeyHasher>,
}

/// Hashes lower-cased tokens joined by single spaces, one token at a time.
fn extend(fnv: &mut Fnv, token: &str, first: bool) {
    if !first {
        fnv.char(' ');
    }
    for ch in token.chars() {
        fnv.lower_char(ch);
    }
}

impl Gazetteer {
    /// The gazetteer built from the embedded lists, on first use.
    pub fn embedded() -> &'static Gazetteer {
        static GAZETTEER: OnceLock<Gazetteer> = OnceLock::new();
        GAZETTEER.get_or_init(|| Gazetteer::from_lists(&lists()))
    }

    /// Builds a gazetteer from lists of one phrase per line (`#` lines are comments).
    fn from_lists(lists: &[&str]) -> Gazetteer {
        let mut phrases: HashMap<u64, u8, BuildKeyHasher> = HashMap::default();
        for (bit, list) in lists.iter().enumerate() {
            for line in list.lines().filter(|line| !line.starts_with('#')) {
                // A tab starts a column of notes (the gender hints of first names); a leading
                // `*` marks a place the rules' list shares (see `shared_places`).
                let phrase = line.split('\t').next().unwrap_or_default().trim_start_matches('*');
                let tokens: Vec<&str> = phrase.split_whitespace().collect();
                if tokens.is_empty() || tokens.len() > MAX_TOKENS {
                    continue;
                }
                let mut fnv = Fnv::default();
                for (idx, token) in tokens.iter().enumerate() {
                    extend(&mut fnv, token, idx == 0);
                }
                *phrases.entry(fnv.finish()).or_default() |= 1 << bit;
            }
        }
        Gazetteer { phrases }
    }

    /// For each token, a bit set of (list, position) pairs: bit `list * 4 + position`, where
    /// position is 0 begin, 1 inside, 2 last, 3 a one-token match. A match must start with a
    /// capitalised token.
    pub fn matches<S: AsRef<str>>(&self, words: &[S], out: &mut Vec<u32>) {
        out.clear();
        out.resize(words.len(), 0);
        for start in 0..words.len() {
            if !words[start].as_ref().chars().next().is_some_and(char::is_uppercase) {
                continue;
            }
            let mut fnv = Fnv::default();
            for end in start + 1..=(start + MAX_TOKENS).min(words.len()) {
                extend(&mut fnv, words[end - 1].as_ref(), end == start + 1);
                let Some(&lists) = self.phrases.get(&fnv.finish()) else {
                    continue;
                };
                for list in (0..LIST_COUNT).filter(|list| lists & 1 << list != 0) {
                    let base = list as u32 * 4;
                    if end == start + 1 {
                        out[start] |= 1 << (base + 3);
                        continue;
                    }
                    out[start] |= 1 << base;
                    for slot in &mut out[start + 1..end - 1] {
                        *slot |= 1 << (base + 1);
                    }
                    out[end - 1] |= 1 << (base + 2);
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn matches_multi_token_phrases_by_position() {
        let gazetteer = Gazetteer::from_lists(&["# places\nNew Amsterdam\nAmsterdam\n"]);
        let mut out = Vec::new();
        gazetteer.matches(&["in", "New", "Amsterdam", "today"], &mut out);
        assert_eq!(out, [0, 0b0001, 0b0100 | 0b1000, 0]);
        gazetteer.matches(&["in", "new", "amsterdam"], &mut out);
        assert_eq!(out, [0, 0, 0]);
    }

    #[test]
    fn the_embedded_lists_load() {
        let mut out = Vec::new();
        Gazetteer::embedded().matches(&["France", "Ministry"], &mut out);
        assert_ne!(out[0] & 0b1000, 0, "France is a one-token country");
        assert_ne!(out[1] & (1 << (5 * 4 + 3)), 0, "Ministry is an organisation word");
    }

    #[test]
    fn the_packed_lists_unpack_to_the_lists_in_the_sources() {
        assert!(*CITIES == include_str!("gazetteer/cities.txt"));
        assert!(*SURNAMES == include_str!("gazetteer/surnames.txt"));
    }
}
