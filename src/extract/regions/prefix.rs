//! Anchored longest-prefix search over a set of names: which pattern is the
//! longest prefix of the text at a given position, ASCII case-insensitively.
//!
//! The tier-1 region names are only ever searched anchored at a word start
//! (see `scan` in the parent module). An Aho-Corasick automaton answers that
//! too, but most of its construction (failure transitions, transitions for
//! both cases of every letter) serves unanchored search and cost ~25 ms per
//! process for the 7,500 names, a third of a one-file run. A [`PrefixTrie`]
//! is a plain byte trie of the lowercased patterns, built by inserting them
//! one after the other (about a millisecond).
//!
//! Nodes are in one vector; each holds its byte, its first child, its next
//! sibling (children are linked in byte order) and the id of the pattern
//! ending there. The root's children are a 256-entry table. Search walks
//! down from the root, lowercasing each text byte and scanning the (short,
//! sorted) sibling list for it, and remembers the last node where a pattern
//! ended. Cost: a few sibling steps per byte read, and no more bytes than
//! the longest pattern.
//!
//! The answer is the one of an Aho-Corasick automaton built with
//! `MatchKind::LeftmostLongest` and `ascii_case_insensitive(true)` and
//! searched with `Anchored::Yes` (checked by a property test): ASCII letters
//! match either case, other bytes (UTF-8 included) match exactly, and of
//! duplicate patterns the lowest id wins.

/// No node / no pattern.
const NIL: u32 = u32::MAX;

/// A trie node; see the module docs.
#[derive(Clone, Copy)]
struct Node {
    /// First child (children are in byte order), or [`NIL`].
    child: u32,
    /// Next sibling (a larger byte), or [`NIL`].
    next: u32,
    /// Id of the pattern ending here, or [`NIL`].
    pattern: u32,
    /// The (lowercase) byte leading to this node.
    byte: u8,
}

/// Patterns in a trie for anchored longest-prefix search; see the module
/// docs.
pub struct PrefixTrie {
    /// Every node but the root, in the order built.
    nodes: Vec<Node>,
    /// The root's child for each lowercase first byte, or [`NIL`].
    root: [u32; 256],
    /// Id of the empty pattern, or [`NIL`].
    empty: u32,
    /// Number of distinct patterns.
    len: usize,
}

impl PrefixTrie {
    /// Builds the trie; pattern `i` gets id `i`. Cost: one step down a
    /// (short) sibling list per pattern byte, one node per byte not shared
    /// with an earlier pattern.
    pub fn new<P: AsRef<[u8]>>(patterns: &[P]) -> PrefixTrie {
        let total: usize = patterns.iter().map(|p| p.as_ref().len()).sum();
        assert!(
            u32::try_from(total).is_ok_and(|t| t < NIL) && patterns.len() < NIL as usize,
            "PrefixTrie: too many patterns"
        );
        let mut trie = PrefixTrie {
            nodes: Vec::with_capacity(total),
            root: [NIL; 256],
            empty: NIL,
            len: 0,
        };
        for (id, p) in patterns.iter().enumerate() {
            let mut bytes = p.as_ref().iter().map(u8::to_ascii_lowercase);
            let end = match bytes.next() {
                None => &mut trie.empty,
                Some(b0) => {
                    let mut node = trie.root[b0 as usize];
                    if node == NIL {
                        node = trie.push(b0, NIL);
                        trie.root[b0 as usize] = node;
                    }
                    for b in bytes {
                        node = trie.child_or_insert(node, b);
                    }
                    &mut trie.nodes[node as usize].pattern
                }
            };
            // Of duplicate patterns the first (lowest id) stays.
            if *end == NIL {
                *end = id as u32;
                trie.len += 1;
            }
        }
        trie
    }

    /// Appends a childless node for `byte` whose next sibling is `next`.
    fn push(&mut self, byte: u8, next: u32) -> u32 {
        self.nodes.push(Node {
            child: NIL,
            next,
            pattern: NIL,
            byte,
        });
        (self.nodes.len() - 1) as u32
    }

    /// The child of `parent` for `byte`, inserted in byte order if new.
    fn child_or_insert(&mut self, parent: u32, byte: u8) -> u32 {
        let mut prev = NIL;
        let mut cur = self.nodes[parent as usize].child;
        while cur != NIL && self.nodes[cur as usize].byte < byte {
            prev = cur;
            cur = self.nodes[cur as usize].next;
        }
        if cur != NIL && self.nodes[cur as usize].byte == byte {
            return cur;
        }
        let node = self.push(byte, cur);
        match prev {
            NIL => self.nodes[parent as usize].child = node,
            p => self.nodes[p as usize].next = node,
        }
        node
    }

    /// Number of distinct patterns.
    pub fn len(&self) -> usize {
        self.len
    }

    /// Whether the trie has no pattern.
    pub fn is_empty(&self) -> bool {
        self.len == 0
    }

    /// The longest pattern that `text[start..]` begins with (ASCII letters
    /// in either case), as (end offset in `text`, pattern id); of duplicate
    /// patterns, the lowest id. Cost: see the module docs.
    pub fn longest_at(&self, text: &[u8], start: usize) -> Option<(usize, u32)> {
        let rest = text.get(start..)?;
        let mut best = (self.empty != NIL).then_some((start, self.empty));
        let Some(&c0) = rest.first() else {
            return best;
        };
        let mut node = self.root[c0.to_ascii_lowercase() as usize];
        let mut d = 1;
        while node != NIL {
            let n = &self.nodes[node as usize];
            if n.pattern != NIL {
                best = Some((start + d, n.pattern));
            }
            let Some(&c) = rest.get(d) else {
                break;
            };
            let c = c.to_ascii_lowercase();
            // Siblings are in byte order: stop at the first byte >= c.
            let mut child = n.child;
            while child != NIL && self.nodes[child as usize].byte < c {
                child = self.nodes[child as usize].next;
            }
            if child == NIL || self.nodes[child as usize].byte != c {
                break;
            }
            node = child;
            d += 1;
        }
        best
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use aho_corasick::{AhoCorasick, Anchored, Input, MatchKind, StartKind};
    use proptest::prelude::*;

    fn reference(patterns: &[Vec<u8>], text: &[u8], start: usize) -> Option<(usize, u32)> {
        let ac = AhoCorasick::builder()
            .match_kind(MatchKind::LeftmostLongest)
            .ascii_case_insensitive(true)
            .start_kind(StartKind::Anchored)
            .build(patterns)
            .expect("automaton");
        ac.find(Input::new(text).span(start..text.len()).anchored(Anchored::Yes))
            .map(|m| (m.end(), m.pattern().as_u32()))
    }

    #[test]
    fn longest_prefix_wins_and_case_is_ignored() {
        let set = PrefixTrie::new(&["jakarta", "jakarta selatan", "jambi", "ja"]);
        let t = b"JAKARTA Selatan, lalu Jambi";
        assert_eq!(set.longest_at(t, 0), Some((15, 1)));
        assert_eq!(set.longest_at(t, 22), Some((27, 2)));
        assert_eq!(set.longest_at(b"Jakarta Sel", 0), Some((7, 0)));
        assert_eq!(set.longest_at(b"Jaya", 0), Some((2, 3)));
        assert_eq!(set.longest_at(b"Bandung", 0), None);
        assert_eq!(set.longest_at(b"Jak", 0), Some((2, 3)));
        assert_eq!(set.longest_at(b"x", 5), None);
        assert_eq!(set.len(), 4);
    }

    #[test]
    fn non_ascii_bytes_match_exactly_and_duplicates_keep_the_lowest_id() {
        let set = PrefixTrie::new(&["élar", "regapu’u", "kota", "kota", ""]);
        assert_eq!(set.longest_at("élar baru".as_bytes(), 0), Some((5, 0)));
        assert_eq!(set.longest_at("Élar".as_bytes(), 0), Some((0, 4)));
        assert_eq!(set.longest_at("Regapu’u".as_bytes(), 0), Some((10, 1)));
        assert_eq!(set.longest_at(b"KOTA", 0), Some((4, 2)));
        assert_eq!(set.len(), 4);
        assert!(PrefixTrie::new::<&str>(&[]).is_empty());
    }

    #[test]
    fn agrees_with_aho_corasick_on_edge_cases() {
        let patterns: Vec<Vec<u8>> = ["a", "ab", "abc", "abd", "b", "", "A", "\u{e9}"]
            .iter()
            .map(|s| s.as_bytes().to_vec())
            .collect();
        let set = PrefixTrie::new(&patterns);
        for text in ["", "a", "ABC", "abd", "abx", "b", "é", "É", "c"] {
            for start in 0..=text.len() {
                assert_eq!(
                    set.longest_at(text.as_bytes(), start),
                    reference(&patterns, text.as_bytes(), start),
                    "{text:?} at {start}"
                );
            }
        }
    }

    proptest! {
        #[test]
        fn agrees_with_anchored_leftmost_longest_aho_corasick(
            patterns in proptest::collection::vec(
                proptest::collection::vec(
                    prop_oneof![
                        Just(b'a'), Just(b'b'), Just(b'c'), Just(b'A'), Just(b'B'),
                        Just(b' '), Just(0xc3u8), Just(0xa9u8), Just(b'Z'), Just(b'z'),
                    ],
                    0..6,
                ),
                0..40,
            ),
            text in proptest::collection::vec(
                prop_oneof![
                    Just(b'a'), Just(b'b'), Just(b'c'), Just(b'A'), Just(b'B'),
                    Just(b' '), Just(0xc3u8), Just(0xa9u8), Just(b'Z'), Just(b'z'),
                ],
                0..12,
            ),
        ) {
            let set = PrefixTrie::new(&patterns);
            for start in 0..=text.len() {
                prop_assert_eq!(
                    set.longest_at(&text, start),
                    reference(&patterns, &text, start),
                    "start {}", start
                );
            }
        }
    }
}
