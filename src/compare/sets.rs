//! Disjoint sets (union-find) over `0..n`: groups that grow by joining, in near-constant time
//! per join, where rewriting group labels on every join would be quadratic.

pub struct DisjointSets {
    parent: Vec<usize>,
}

impl DisjointSets {
    pub fn new(len: usize) -> DisjointSets {
        DisjointSets { parent: (0..len).collect() }
    }

    /// The representative of `item`'s set.
    pub fn find(&mut self, mut item: usize) -> usize {
        while self.parent[item] != item {
            // Path halving keeps the trees flat.
            self.parent[item] = self.parent[self.parent[item]];
            item = self.parent[item];
        }
        item
    }

    /// Joins the sets of `a` and `b`; the smaller representative stays, so results do not
    /// depend on the order of joins.
    pub fn union(&mut self, a: usize, b: usize) {
        let (ra, rb) = (self.find(a), self.find(b));
        let (keep, join) = if ra < rb { (ra, rb) } else { (rb, ra) };
        self.parent[join] = keep;
    }
}

/// Items numbered per article (`(article, index)`), flattened so disjoint sets can hold them.
pub struct Numbering {
    offsets: Vec<usize>,
    len: usize,
}

impl Numbering {
    /// `counts[article]` is how many items that article has.
    pub fn new(counts: impl IntoIterator<Item = usize>) -> Numbering {
        let mut len = 0;
        let offsets = counts
            .into_iter()
            .map(|count| {
                let start = len;
                len += count;
                start
            })
            .collect();
        Numbering { offsets, len }
    }

    pub fn index(&self, article: usize, item: usize) -> usize {
        self.offsets[article] + item
    }

    pub fn len(&self) -> usize {
        self.len
    }
}

/// Groups pairs that share an item, transitively: the pairs of one group in input order, the
/// groups in the order of their first pair. `ends` gives a pair's two items as flat indices.
pub fn group_pairs<P>(
    len: usize,
    pairs: &[P],
    ends: impl Fn(&P) -> (usize, usize),
) -> Vec<Vec<&P>> {
    let mut sets = DisjointSets::new(len);
    for pair in pairs {
        let (a, b) = ends(pair);
        sets.union(a, b);
    }
    let mut group_of_root: Vec<Option<usize>> = vec![None; len];
    let mut groups: Vec<Vec<&P>> = Vec::new();
    for pair in pairs {
        let root = sets.find(ends(pair).0);
        let group = *group_of_root[root].get_or_insert_with(|| {
            groups.push(Vec::new());
            groups.len() - 1
        });
        groups[group].push(pair);
    }
    groups
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn joins_are_transitive() {
        let mut sets = DisjointSets::new(5);
        sets.union(3, 4);
        sets.union(1, 4);
        assert_eq!(sets.find(3), 1);
        assert_ne!(sets.find(0), sets.find(1));
    }

    #[test]
    fn pairs_sharing_an_item_form_one_group() {
        let pairs = [(0, 1), (2, 3), (1, 4)];
        let groups = group_pairs(5, &pairs, |&p| p);
        assert_eq!(groups, vec![vec![&(0, 1), &(1, 4)], vec![&(2, 3)]]);
    }
}
