//! A bit set of fixed size, for the hashed membership filters of the
//! regions pass (the trie's four-byte prefixes, the gazetteer's lookup-cue
//! word ends): a probe is one load, a shift and a mask.

/// A set of integers below a size fixed at construction, one bit each.
/// Cost: `size / 8` bytes; `insert` and `contains` are O(1), `len` reads
/// every word.
#[derive(Clone, Debug)]
pub struct BitSet {
    words: Vec<u64>,
}

impl BitSet {
    /// An empty set of integers below `size` (rounded up to a multiple of 64).
    pub fn new(size: usize) -> BitSet {
        BitSet {
            words: vec![0; size.div_ceil(64)],
        }
    }

    /// Adds `i`. Panics if `i` is not below the size.
    #[inline]
    pub fn insert(&mut self, i: usize) {
        self.words[i / 64] |= 1 << (i % 64);
    }

    /// Is `i` in the set? Panics if `i` is not below the size.
    #[inline]
    pub fn contains(&self, i: usize) -> bool {
        self.words[i / 64] & (1 << (i % 64)) != 0
    }

    /// Number of members.
    pub fn len(&self) -> usize {
        self.words.iter().map(|w| w.count_ones() as usize).sum()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn holds_exactly_what_was_inserted() {
        let mut s = BitSet::new(130);
        for i in [0, 63, 64, 129] {
            s.insert(i);
        }
        s.insert(64);
        let members: Vec<usize> = (0..130).filter(|&i| s.contains(i)).collect();
        assert_eq!(members, [0, 63, 64, 129]);
        assert_eq!(s.len(), 4);
    }
}
