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
//! The trie is built with linked sibling lists (each node: its byte, first
//! child, next sibling), then laid out again breadth-first for search: node
//! `n`'s children are the consecutive nodes `first[n]..first[n + 1]`, in
//! byte order, and their bytes sit side by side in one byte array. The
//! top levels, where every search starts and most end (a capitalised word
//! that is no name leaves the trie after two or three bytes), are then a
//! few kilobytes at the front of the arrays, and finding a child is a
//! linear scan of a few contiguous bytes, not a walk over siblings
//! scattered through the whole node vector (a cache miss each).
//!
//! The first two steps, where the fan-out is widest (the root has a child
//! for every letter, and each of those one for most letters) and every
//! search passes, are table lookups: a 256-entry table gives the root's
//! child for each first byte, and a small table (a few kilobytes) the
//! grandchild for each child and second byte, the bytes numbered densely
//! by a 256-entry class table (either case of a letter in one class).
//!
//! Most capitalised words that are no name still share two, three or four
//! bytes with some name ("Presiden", "Menurut"), and the walk below the
//! second level is where the cache misses and mispredicted branches are.
//! So a bitset (16 KB) of the hashed first four bytes of the patterns
//! rejects a word whose first four bytes begin no pattern of four bytes or
//! more, unless a shorter pattern ends at the third level below its
//! grandchild (a flag in the grandchild's table entry). This stops about
//! half the searches before they touch a node.
//!
//! Search then walks down, lowercasing each text byte, and remembers the
//! last node where a pattern ended. Cost: two table loads and a bit test,
//! then one node load and a scan of its (short, contiguous) child bytes per
//! byte read, and no more bytes than the longest pattern.
//!
//! The answer is the one of an Aho-Corasick automaton built with
//! `MatchKind::LeftmostLongest` and `ascii_case_insensitive(true)` and
//! searched with `Anchored::Yes` (checked by a property test): ASCII letters
//! match either case, other bytes (UTF-8 included) match exactly, and of
//! duplicate patterns the lowest id wins.

use crate::bitset::BitSet;

/// No node / no pattern.
const NIL: u32 = u32::MAX;

/// Flag of an entry of `PrefixTrie::pairs`: a pattern ends at the
/// grandchild or at one of its children (node indices stay below it).
const SHORT: u32 = 1 << 31;

/// Bits of the hash of a four-byte prefix (`PrefixTrie::quads` has 2^17).
const QUAD_BITS: u32 = 17;

/// The bit of `PrefixTrie::quads` for four bytes, lowercased: a
/// multiplicative hash. Cost: a few operations.
fn quad_bit(q: &[u8]) -> usize {
    let x = u32::from_le_bytes([
        q[0].to_ascii_lowercase(),
        q[1].to_ascii_lowercase(),
        q[2].to_ascii_lowercase(),
        q[3].to_ascii_lowercase(),
    ]);
    (x.wrapping_mul(0x9E37_79B1) >> (32 - QUAD_BITS)) as usize
}

/// A node of the linked trie built first; see the module docs.
#[derive(Clone, Copy)]
struct Linked {
    /// First child (children are in byte order), or [`NIL`].
    child: u32,
    /// Next sibling (a larger byte), or [`NIL`].
    next: u32,
    /// Id of the pattern ending here, or [`NIL`].
    pattern: u32,
    /// The (lowercase) byte leading to this node.
    byte: u8,
}

/// The trie with linked sibling lists, as built by inserting the patterns
/// one after the other; [`PrefixTrie::new`] lays it out again.
struct Builder {
    /// Every node, node 0 the root.
    nodes: Vec<Linked>,
    /// Number of distinct patterns.
    len: usize,
}

impl Builder {
    /// Builds the trie; pattern `i` gets id `i`. Cost: one step down a
    /// (short) sibling list per pattern byte, one node per byte not shared
    /// with an earlier pattern.
    fn new<P: AsRef<[u8]>>(patterns: &[P]) -> Builder {
        let total: usize = patterns.iter().map(|p| p.as_ref().len()).sum();
        assert!(
            total < SHORT as usize - 1 && patterns.len() < NIL as usize,
            "PrefixTrie: too many patterns"
        );
        let mut b = Builder {
            nodes: Vec::with_capacity(total + 1),
            len: 0,
        };
        b.push(0, NIL);
        // The root's children by byte while inserting (its sibling list
        // would be long), linked in byte order at the end.
        let mut root = [NIL; 256];
        for (id, p) in patterns.iter().enumerate() {
            let mut node = 0;
            let mut bytes = p.as_ref().iter().map(u8::to_ascii_lowercase);
            if let Some(b0) = bytes.next() {
                node = root[b0 as usize];
                if node == NIL {
                    node = b.push(b0, NIL);
                    root[b0 as usize] = node;
                }
            }
            for c in bytes {
                node = b.child_or_insert(node, c);
            }
            // Of duplicate patterns the first (lowest id) stays.
            let end = &mut b.nodes[node as usize].pattern;
            if *end == NIL {
                *end = id as u32;
                b.len += 1;
            }
        }
        for &c in root.iter().rev().filter(|&&c| c != NIL) {
            b.nodes[c as usize].next = b.nodes[0].child;
            b.nodes[0].child = c;
        }
        b
    }

    /// Appends a childless node for `byte` whose next sibling is `next`.
    fn push(&mut self, byte: u8, next: u32) -> u32 {
        self.nodes.push(Linked {
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
}

/// A node of the search layout: where its children start and the pattern
/// ending here. (Its children end where the next node's start.)
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
struct Node {
    /// Index of its first child.
    first: u32,
    /// Id of the pattern ending here, or [`NIL`].
    pattern: u32,
}

/// Patterns in a trie for anchored longest-prefix search; see the module
/// docs.
pub struct PrefixTrie {
    /// Every node in breadth-first order, node 0 the root, then one
    /// sentinel whose `first` ends the last node's children.
    nodes: Vec<Node>,
    /// The (lowercase) byte leading to each node (the root's is 0).
    bytes: Vec<u8>,
    /// The root's child for each first byte (either case), or [`NIL`].
    root: [u32; 256],
    /// The column in `pairs` of each byte (either case of a letter alike):
    /// 1 + its rank among the bytes that are second in some pattern, or 0.
    class: [u8; 256],
    /// Number of columns of `pairs`: 1 + the number of second bytes.
    width: usize,
    /// Row `n - 1` for each child `n` of the root (nodes `1..nodes[1].first`
    /// in this layout): its child for each byte class, or [`NIL`], with
    /// the [`SHORT`] flag.
    pairs: Vec<u32>,
    /// Bit [`quad_bit`] of the first four bytes of each pattern of four
    /// bytes or more.
    quads: BitSet,
    /// Number of distinct patterns.
    len: usize,
}

impl PrefixTrie {
    /// Builds the trie; pattern `i` gets id `i`. Cost: building the linked
    /// trie (one step down a short sibling list per pattern byte), then
    /// one pass over its nodes to lay them out breadth-first.
    pub fn new<P: AsRef<[u8]>>(patterns: &[P]) -> PrefixTrie {
        let b = Builder::new(patterns);
        let n = b.nodes.len();
        let mut trie = PrefixTrie {
            nodes: Vec::with_capacity(n + 1),
            bytes: Vec::with_capacity(n),
            root: [NIL; 256],
            class: [0; 256],
            width: 1,
            pairs: Vec::new(),
            quads: BitSet::new(1 << QUAD_BITS),
            len: b.len,
        };
        // `order[k]` is the linked node placed at index k; a node's
        // children are appended when it is placed, so they are consecutive.
        let mut order: Vec<u32> = Vec::with_capacity(n);
        order.push(0);
        trie.bytes.push(0);
        let mut k = 0;
        while k < order.len() {
            let old = b.nodes[order[k] as usize];
            trie.nodes.push(Node {
                first: order.len() as u32,
                pattern: old.pattern,
            });
            let mut c = old.child;
            while c != NIL {
                order.push(c);
                trie.bytes.push(b.nodes[c as usize].byte);
                c = b.nodes[c as usize].next;
            }
            k += 1;
        }
        trie.nodes.push(Node {
            first: order.len() as u32,
            pattern: NIL,
        });
        for c in 1..trie.nodes[1].first {
            let byte = trie.bytes[c as usize];
            trie.root[byte as usize] = c;
            trie.root[byte.to_ascii_uppercase() as usize] = c;
        }
        trie.fill_pairs();
        for p in patterns.iter().filter_map(|p| p.as_ref().get(..4)) {
            let q = quad_bit(p);
            trie.quads.insert(q);
        }
        trie
    }

    /// Fills `class`, `width` and `pairs` from the laid-out nodes. Cost: one
    /// pass over the root's grandchildren.
    fn fill_pairs(&mut self) {
        let children = 1..self.nodes[1].first as usize;
        let grandchildren = self.nodes[1].first as usize..self.nodes[children.end].first as usize;
        let mut seen = [false; 256];
        for n in grandchildren {
            seen[self.bytes[n] as usize] = true;
        }
        for byte in (0..=255u8).filter(|&b| seen[b as usize]) {
            self.class[byte as usize] = self.width as u8;
            self.class[byte.to_ascii_uppercase() as usize] = self.width as u8;
            self.width += 1;
        }
        self.pairs = vec![NIL; children.len() * self.width];
        for n in children {
            let lo = self.nodes[n].first as usize;
            let hi = self.nodes[n + 1].first as usize;
            for g in lo..hi {
                let kids = self.nodes[g].first as usize..self.nodes[g + 1].first as usize;
                let short = self.nodes[g].pattern != NIL || kids.into_iter().any(|c| self.nodes[c].pattern != NIL);
                self.pairs[(n - 1) * self.width + self.class[self.bytes[g] as usize] as usize] =
                    g as u32 | if short { SHORT } else { 0 };
            }
        }
    }

    /// Number of distinct patterns.
    pub fn len(&self) -> usize {
        self.len
    }

    /// Whether the trie has no pattern.
    pub fn is_empty(&self) -> bool {
        self.len == 0
    }

    /// The child of `node` for (lowercase) byte `c`: a scan of its child
    /// bytes, which are contiguous and in byte order. (Below the second
    /// level, where search starts scanning, most nodes have one to three
    /// children; a SWAR scan of eight bytes at a time cost more.)
    #[inline]
    fn child(&self, node: usize, c: u8) -> Option<usize> {
        let lo = self.nodes[node].first as usize;
        let hi = self.nodes[node + 1].first as usize;
        let kids = &self.bytes[lo..hi];
        let j = kids.iter().position(|&k| k >= c)?;
        (kids[j] == c).then_some(lo + j)
    }

    /// The longest pattern that `text[start..]` begins with (ASCII letters
    /// in either case), as (end offset in `text`, pattern id); of duplicate
    /// patterns, the lowest id. Cost: see the module docs.
    pub fn longest_at(&self, text: &[u8], start: usize) -> Option<(usize, u32)> {
        let rest = text.get(start..)?;
        let empty = self.nodes[0].pattern;
        let mut best = (empty != NIL).then_some((start, empty));
        let Some(&c0) = rest.first() else {
            return best;
        };
        let n1 = match self.root[c0 as usize] {
            NIL => return best,
            n => n as usize,
        };
        if self.nodes[n1].pattern != NIL {
            best = Some((start + 1, self.nodes[n1].pattern));
        }
        let Some(&c1) = rest.get(1) else {
            return best;
        };
        let mut node = match self.pairs[(n1 - 1) * self.width + self.class[c1 as usize] as usize] {
            NIL => return best,
            n if n & SHORT != 0 => (n & !SHORT) as usize,
            n => {
                // Only patterns of four bytes or more below: they need
                // these four bytes to begin one.
                if !rest.get(..4).is_some_and(|q| self.quads.contains(quad_bit(q))) {
                    return best;
                }
                n as usize
            }
        };
        let mut d = 2;
        loop {
            let pattern = self.nodes[node].pattern;
            if pattern != NIL {
                best = Some((start + d, pattern));
            }
            let Some(&c) = rest.get(d) else {
                break;
            };
            match self.child(node, c.to_ascii_lowercase()) {
                Some(next) => node = next,
                None => break,
            }
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
    fn nodes_are_laid_out_breadth_first_with_contiguous_children() {
        let set = PrefixTrie::new(&["ab", "b", "AC", "ab"]);
        let node = |first, pattern| Node { first, pattern };
        assert_eq!(
            set.nodes,
            [
                node(1, NIL),
                node(3, NIL),
                node(5, 1),
                node(5, 0),
                node(5, 2),
                node(5, NIL)
            ]
        );
        assert_eq!(set.bytes, b"\0abbc");
        assert_eq!(
            (
                set.root[b'a' as usize],
                set.root[b'B' as usize],
                set.root[b'c' as usize]
            ),
            (1, 2, NIL)
        );
        assert_eq!(
            (
                set.class[b'b' as usize],
                set.class[b'C' as usize],
                set.class[b'a' as usize]
            ),
            (1, 2, 0)
        );
        assert_eq!(set.pairs, [NIL, 3 | SHORT, 4 | SHORT, NIL, NIL, NIL]);
        assert_eq!(
            (set.child(1, b'c'), set.child(1, b'a'), set.child(2, b'a')),
            (Some(4), None, None)
        );
        assert_eq!(set.len(), 3);
    }

    #[test]
    fn four_byte_prefixes_filter_only_where_no_short_pattern_ends() {
        let set = PrefixTrie::new(&["abcde", "abcdf", "xyz", "xyab"]);
        // Rows: "a" (node 1), "x" (node 2). "ab": no pattern ends at "ab" or
        // "abc", so the four bytes decide.
        assert_eq!(set.pairs[set.class[b'b' as usize] as usize] & SHORT, 0);
        // "xy": "xyz" ends below it.
        assert_ne!(set.pairs[set.width + set.class[b'y' as usize] as usize] & SHORT, 0);
        let q = quad_bit(b"ABCD");
        assert_eq!(q, quad_bit(b"abcd"));
        assert!(set.quads.contains(q));
        assert_eq!(set.quads.len(), 2);
        assert_eq!(set.longest_at(b"ABCDF", 0), Some((5, 1)));
        assert_eq!(set.longest_at(b"abcx", 0), None);
        assert_eq!(set.longest_at(b"abc", 0), None);
        assert_eq!(set.longest_at(b"xyz", 0), Some((3, 2)));
        assert_eq!(set.longest_at(b"xyabz", 0), Some((4, 3)));
    }

    #[test]
    fn child_search_finds_each_of_many_children_and_nothing_else() {
        // "x" then 20 children of node 1 ("x"): bytes b, d, f, ..., 'b' + 38.
        let patterns: Vec<Vec<u8>> = (0..20u8).map(|k| vec![b'x', b'b' + 2 * k]).collect();
        let set = PrefixTrie::new(&patterns);
        assert_eq!(set.nodes[1], Node { first: 2, pattern: NIL });
        for c in 0..=255u8 {
            let want = ((b'b'..=b'b' + 38).contains(&c) && (c - b'b').is_multiple_of(2))
                .then(|| 2 + usize::from((c - b'b') / 2));
            assert_eq!(set.child(1, c), want, "{c}");
        }
        assert_eq!(set.child(2, b'b'), None);
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
