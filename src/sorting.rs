//! Stable sorting through one shared copy of the standard library's sort.
//!
//! Each `slice::sort_by` of another element type or closure compiles the standard sort
//! anew: about 4 kB of wasm a time, and two dozen of them were an eighth of the engine
//! worker's code (25 kB of its gzipped download, and 4 kB of the page's). These functions
//! sort a list of positions with the comparison behind a `dyn` reference, so the standard
//! sort is compiled once for the whole program, then move the elements to their places.
//! Sorting is about 0.1 % of the engine's time, so the indirection costs nothing a reader
//! would notice.
//!
//! Use these instead of the slice methods (clippy's `disallowed-methods` says so). Every one
//! is stable; an unstable sort would save nothing here.
//!
//! ```
//! let mut words = vec!["pear", "fig", "apple", "kiwi"];
//! parallax::sorting::sort_by_key(&mut words, |word| word.len());
//! assert_eq!(words, ["fig", "pear", "kiwi", "apple"]);
//! ```

use std::cmp::Ordering;

/// Sorts `items` stably by `compare`, as `slice::sort_by` does.
pub fn sort_by<T>(items: &mut [T], mut compare: impl FnMut(&T, &T) -> Ordering) {
    let mut order: Vec<usize> = (0..items.len()).collect();
    {
        let compare: &mut dyn FnMut(&usize, &usize) -> Ordering =
            &mut |&a, &b| compare(&items[a], &items[b]);
        #[allow(clippy::disallowed_methods)] // The one instantiation the others go through.
        order.sort_by(compare);
    }
    permute(items, &mut order);
}

/// Sorts `items` stably by the key `key` gives each, as `slice::sort_by_key` does.
pub fn sort_by_key<T, K: Ord>(items: &mut [T], mut key: impl FnMut(&T) -> K) {
    sort_by(items, |a, b| key(a).cmp(&key(b)));
}

/// Sorts `items` stably in their own order, as `slice::sort` does.
pub fn sort<T: Ord>(items: &mut [T]) {
    sort_by(items, T::cmp);
}

/// Puts the item at `order[i]` at position `i`, for every `i`, by following each cycle of
/// the permutation; `order` is used up.
fn permute<T>(items: &mut [T], order: &mut [usize]) {
    const DONE: usize = usize::MAX;
    for start in 0..order.len() {
        let mut at = start;
        while order[at] != DONE {
            let from = order[at];
            order[at] = DONE;
            if from == start {
                break;
            }
            // Position `from` still holds its original item: nothing has been moved there.
            items.swap(at, from);
            at = from;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sorts_as_the_standard_stable_sort_does() {
        // Pairs with many equal keys, so stability shows; from a fixed generator.
        let mut state = 0x9e37_79b9_u32;
        for len in 0..200 {
            let items: Vec<(u32, usize)> = (0..len)
                .map(|idx| {
                    state ^= state << 13;
                    state ^= state >> 17;
                    state ^= state << 5;
                    (state % 7, idx)
                })
                .collect();
            let (mut ours, mut standard) = (items.clone(), items);
            sort_by_key(&mut ours, |item| item.0);
            #[allow(clippy::disallowed_methods)] // The reference to compare with.
            standard.sort_by_key(|item| item.0);
            assert_eq!(ours, standard);
        }
    }

    #[test]
    fn sorts_items_that_cannot_be_copied() {
        let mut words: Vec<String> =
            ["delta", "alpha", "charlie", "bravo"].map(String::from).into();
        sort(&mut words);
        assert_eq!(words, ["alpha", "bravo", "charlie", "delta"]);
        sort_by(&mut words, |a, b| b.cmp(a));
        assert_eq!(words, ["delta", "charlie", "bravo", "alpha"]);
    }
}
