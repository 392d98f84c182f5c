//! Word clusters: lower-cased word → a coarse and a fine cluster number.
//!
//! Derived from unlabelled news text by scripts/ner_clusters.py (k-means over neighbouring
//! words); they let the model treat a word it never saw in training like the words that
//! appear in the same contexts ("Wilczek" like other surnames, "Tuesday" like other days).

use std::collections::HashMap;
use std::sync::{LazyLock, OnceLock};

use super::hash::BuildKeyHasher;
use crate::extract::unpacked_list;

/// The table, packed by build.rs and unpacked on first use.
static TEXT: LazyLock<String> = unpacked_list!("clusters.txt");

/// A word's clusters, packed as `coarse << 16 | fine`.
pub type Cluster = u32;

/// The cluster table, keyed by the lower-cased word's FNV hash, built on first use.
fn table() -> &'static HashMap<u64, Cluster, BuildKeyHasher> {
    static TABLE_MAP: OnceLock<HashMap<u64, Cluster, BuildKeyHasher>> = OnceLock::new();
    TABLE_MAP.get_or_init(|| parse(&TEXT))
}

fn parse(text: &str) -> HashMap<u64, Cluster, BuildKeyHasher> {
    let mut map = HashMap::default();
    // One line per pair of clusters: `coarse fine word word ...`.
    for line in text.lines().filter(|line| !line.starts_with('#')) {
        let mut columns = line.split(' ');
        let (Some(coarse), Some(fine)) = (columns.next(), columns.next()) else {
            continue;
        };
        let (Ok(coarse), Ok(fine)) = (coarse.parse::<u16>(), fine.parse::<u16>()) else {
            continue;
        };
        for word in columns.filter(|word| !word.is_empty()) {
            map.insert(super::hash::of_str(word), u32::from(coarse) << 16 | u32::from(fine));
        }
    }
    map
}

/// The clusters of a word given the hash of its lower-cased form, if it is in the table.
pub fn of_lower_hash(lower: u64) -> Option<Cluster> {
    table().get(&lower).copied()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_lines_and_skips_comments_and_junk() {
        let map = parse("# header\n3 40 paris lyon\nbad line\n3 41 london\n");
        assert_eq!(map.len(), 3);
        assert_eq!(map.get(&super::super::hash::of_str("lyon")), Some(&(3 << 16 | 40)));
        assert_eq!(map.get(&super::super::hash::of_str("paris")), Some(&(3 << 16 | 40)));
    }

    #[test]
    fn the_packed_table_unpacks_to_the_table_in_the_sources() {
        assert!(*TEXT == include_str!("clusters.txt"));
    }

    #[test]
    fn the_embedded_table_groups_similar_words() {
        let cluster = |word: &str| of_lower_hash(super::super::hash::of_str(word));
        let coarse = |word: &str| cluster(word).map(|packed| packed >> 16);
        assert!(coarse("monday").is_some() && coarse("monday") == coarse("tuesday"));
        assert!(cluster("john").is_some() && cluster("john") == cluster("david"));
        assert_ne!(coarse("monday"), coarse("john"));
    }
}
