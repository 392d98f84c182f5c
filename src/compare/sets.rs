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
}
