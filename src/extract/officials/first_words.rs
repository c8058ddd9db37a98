//! Where an office may start: the words of a text that are the first word
//! of some office form, found by one byte-level pass before tokenizing.
//!
//! About 40% of news articles hold no office at all, and in the others
//! office words are a few in hundreds; so the pass reads the text eight
//! bytes at a time, packs each run of ASCII alphanumerics (lowercased) into
//! two integers and probes a small table of the first words packed the same
//! way. A text without a hit skips the officials pass; a text with hits is
//! tokenized, and only the words at the hits are tried as offices. Cost:
//! about 15 instructions a byte (an overlapping Aho-Corasick automaton over
//! the same words took about 20), no allocation but the output. Reading
//! the whole text is dearer than the automaton was as a filter alone (it
//! stopped at the first hit), but the offices pass then skips its hash
//! probe at every word, which pays for it in instructions (233.2M to
//! 227.4M for the officials pass on 2,000 articles under callgrind; the
//! wall-clock difference was within the noise of a shared machine).

use std::sync::LazyLock;

use super::lexicon::{FastSet as HashSet, LEXICON};
use crate::swar::{LO, ascii_alnum, load};

/// The masks of the low `n` bytes of a word, `n` from 0 to 8.
const LOW: [u64; 9] = {
    let mut m = [0u64; 9];
    let mut n = 1;
    while n <= 8 {
        m[n] = u64::MAX >> (64 - 8 * n);
        n += 1;
    }
    m
};

/// The low `n` bytes of a word (`n` at most 8).
#[inline(always)]
fn low_bytes(w: u64, n: usize) -> u64 {
    w & LOW[n]
}

/// The length slot (16 for 16 and more) and the bits of the first and
/// last byte of a run (mod 64, case folded) of the filter in front of the
/// table.
#[inline(always)]
fn run_bits(b: &[u8], start: usize, end: usize) -> (usize, u64, u64) {
    let bit = |c: u8| 1u64 << ((c | 0x20) & 63);
    ((end - start).min(16), bit(b[start]), bit(b[end - 1]))
}

/// ASCII-lowercases the alphanumeric bytes of `w` (a digit already has the
/// case bit set, so it is left as it is).
#[inline(always)]
fn fold(w: u64) -> u64 {
    w | (LO * 0x20)
}

/// A lowercase run of at most 16 ASCII alphanumerics as two integers, byte
/// `k` of the run in byte `k % 8` of the first or second; the bytes past
/// the run are zero, so runs of different lengths differ.
fn pack(run: &[u8]) -> (u64, u64) {
    let mut w = [0u8; 16];
    w[..run.len()].copy_from_slice(run);
    (
        u64::from_le_bytes(w[..8].try_into().expect("eight bytes")),
        u64::from_le_bytes(w[8..].try_into().expect("eight bytes")),
    )
}

/// Slots of the table: a power of two, about three times the first words,
/// so that most probes for other words meet an empty slot at once.
const SLOTS: usize = 512;

/// The slot a packed run's probe starts at.
#[inline(always)]
fn slot(lo: u64, hi: u64) -> usize {
    let h = lo.wrapping_mul(0x9E37_79B9_7F4A_7C15) ^ hi.wrapping_mul(0xC2B2_AE3D_27D4_EB4F);
    (h >> (64 - SLOTS.trailing_zeros())) as usize
}

/// The packed first words (linear probing; `(0, 0)`, no run's packing,
/// marks an empty slot), and those longer than 16 bytes as strings.
struct Table {
    slots: Vec<(u64, u64)>,
    long: HashSet<Vec<u8>>,
    /// For each length slot, a bit per first and per last byte of the
    /// words of that length (see `run_bits`): most runs of a text fail
    /// these two tests and are never packed nor hashed.
    first: [u64; 17],
    last: [u64; 17],
}

impl Table {
    /// Is the lowercase run `run` (packed as `lo`, `hi` when at most 16
    /// bytes long) a first word?
    #[inline(always)]
    fn has(&self, run: &[u8], lo: u64, hi: u64) -> bool {
        if run.len() > 16 {
            return !self.long.is_empty() && self.long.contains(&run.to_ascii_lowercase());
        }
        let mut s = slot(lo, hi);
        loop {
            let k = self.slots[s];
            if k == (lo, hi) {
                return true;
            }
            if k == (0, 0) {
                return false;
            }
            s = (s + 1) % SLOTS;
        }
    }
}

impl Table {
    /// Pushes `start` to `out` if the run of ASCII alphanumerics
    /// `start..end` of `text` is a first word between characters that are
    /// not alphanumeric.
    #[inline(always)]
    fn probe(&self, text: &str, start: usize, end: usize, out: &mut Vec<usize>) {
        let b = text.as_bytes();
        let (size, first, last) = run_bits(b, start, end);
        if self.first[size] & first == 0 || self.last[size] & last == 0 {
            return;
        }
        let len = end - start;
        let (lo, hi) = if len <= 8 {
            (low_bytes(fold(load(b, start)), len), 0)
        } else {
            (
                fold(load(b, start)),
                low_bytes(fold(load(b, start + 8)), len.min(16) - 8),
            )
        };
        // a non-ASCII letter next to the run makes it part of a longer word
        if self.has(&b[start..end], lo, hi)
            && !(start > 0 && b[start - 1] >= 0x80 && alnum_near(text, start, false))
            && !(b.get(end).is_some_and(|&c| c >= 0x80) && alnum_near(text, end, true))
        {
            out.push(start);
        }
    }
}

/// The first words of the office forms; `None` when one of them does not
/// open with an ASCII alphanumeric or is not ASCII, as the scan could then
/// miss it. A first word with other bytes inside ("menpan-rb") is entered
/// as its leading run ("menpan"): a hit there is a candidate, never a miss.
static TABLE: LazyLock<Option<Table>> = LazyLock::new(|| {
    let mut t = Table {
        slots: vec![(0, 0); SLOTS],
        long: HashSet::default(),
        first: [0; 17],
        last: [0; 17],
    };
    for word in LEXICON.forms.first_words() {
        let b = word.as_bytes();
        if !word.is_ascii() || !b.first().is_some_and(u8::is_ascii_alphanumeric) {
            return None;
        }
        let run = &b[..b.iter().position(|c| !c.is_ascii_alphanumeric()).unwrap_or(b.len())];
        let (size, first, last) = run_bits(run, 0, run.len());
        t.first[size] |= first;
        t.last[size] |= last;
        if run.len() > 16 {
            t.long.insert(run.to_vec());
            continue;
        }
        let (lo, hi) = pack(run);
        let mut s = slot(lo, hi);
        while t.slots[s] != (0, 0) && t.slots[s] != (lo, hi) {
            s = (s + 1) % SLOTS;
        }
        t.slots[s] = (lo, hi);
    }
    Some(t)
});

/// Is the character ending just before byte `i` (or starting at byte `i`
/// with `after`) alphanumeric? False at the ends of the text.
fn alnum_near(text: &str, i: usize, after: bool) -> bool {
    let c = if after {
        text[i..].chars().next()
    } else {
        text[..i].chars().next_back()
    };
    c.is_some_and(char::is_alphanumeric)
}

/// Builds the table now (see `officials::warm_up`).
pub fn warm_up() {
    LazyLock::force(&TABLE);
}

/// Byte offsets of the words of `text` that may start an office form, in
/// rising order, written to `out` (cleared first): every maximal run of
/// ASCII alphanumerics, between characters that are not alphanumeric,
/// whose lowercase form is (the leading run of) a form's first word. Every
/// word token whose lowercase form is a first word starts at one of them
/// (tokens are maximal runs of alphanumerics), so an empty `out` means the
/// text holds no office. Returns false when the scan cannot vouch for that
/// (a first word the table cannot hold, or the Kelvin sign, the one
/// non-ASCII character that lowercases to an ASCII letter); `out` is then
/// to be ignored. Cost: see the module docs.
pub fn office_word_starts(text: &str, out: &mut Vec<usize>) -> bool {
    out.clear();
    let Some(table) = &*TABLE else { return false };
    if text.contains('\u{212A}') {
        return false;
    }
    let b = text.as_bytes();
    // Eight bytes a step: `edges` has the high bit of each byte whose
    // class (ASCII alphanumeric or not) differs from the byte before it,
    // so its set bits alternate between run starts and run ends; a run
    // may span steps (`open`, with the class of the last byte carried).
    let (mut base, mut open, mut carry) = (0usize, usize::MAX, 0u64);
    while base < b.len() {
        let m = ascii_alnum(load(b, base));
        let mut edges = m ^ ((m << 8) | carry);
        carry = m >> 56;
        while edges != 0 {
            let k = base + edges.trailing_zeros() as usize / 8;
            edges &= edges - 1;
            if open == usize::MAX {
                open = k;
            } else {
                table.probe(text, open, k, out);
                open = usize::MAX;
            }
        }
        base += 8;
    }
    if open != usize::MAX {
        table.probe(text, open, b.len(), out);
    }
    true
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::officials::tokens::tokenize;
    use aho_corasick::AhoCorasick;

    fn starts(text: &str) -> Vec<usize> {
        let mut out = vec![99];
        assert!(office_word_starts(text, &mut out));
        out
    }

    #[test]
    fn finds_whole_first_words_only() {
        let text = "kata Bupati Ketapang, ketuanya Ketua-Ketua (KETUA) MenPAN-RB éketua ketuaé";
        assert_eq!(starts(text), [5, 31, 37, 44, 51]);
        assert_eq!(starts("kata orang di pasar"), [] as [usize; 0]);
        assert_eq!(starts("Pj. Bupati"), [0, 4]);
        // runs of 8 and 16 bytes and more, at the end of the text
        assert_eq!(starts("x kapolres"), [2]);
        assert_eq!(starts("x mendikbudristek"), [2]);
        assert_eq!(
            starts("x kasatresnarkobaa kasatresnarkoba2024 teranganterangan"),
            [] as [usize; 0]
        );
        assert_eq!(starts("x KASATRESNARKOBA"), [2]);
        // the Kelvin sign lowercases to an ASCII 'k': no promise then
        assert!(!office_word_starts("\u{212A}etua", &mut Vec::new()));
    }

    /// The automaton the scan replaced, as the reference: every whole-word
    /// match of a first word, ASCII case ignored.
    fn reference(text: &str) -> Vec<usize> {
        let ac = AhoCorasick::builder()
            .ascii_case_insensitive(true)
            .build(LEXICON.forms.first_words())
            .expect("automaton");
        let mut v: Vec<usize> = ac
            .find_overlapping_iter(text)
            .filter(|m| !alnum_near(text, m.start(), false) && !alnum_near(text, m.end(), true))
            .map(|m| m.start())
            .collect();
        v.sort_unstable();
        v.dedup();
        v
    }

    #[test]
    fn agrees_with_the_automaton_and_covers_every_office_word() {
        let mut n = 0;
        for dir in ["corpus", "../shared/eval/dev/articles"] {
            let Ok(entries) = std::fs::read_dir(dir) else { continue };
            for e in entries.flatten() {
                let Ok(text) = std::fs::read_to_string(e.path()) else {
                    continue;
                };
                let got = starts(&text);
                // "menpan-rb" enters as "menpan", itself a first word
                assert_eq!(got, reference(&text), "{:?}", e.path());
                let lowered = text.to_ascii_lowercase();
                for t in tokenize(&text, &lowered, &mut String::new()) {
                    if t.is_word() && LEXICON.forms.has_first(t.lower) {
                        assert!(got.binary_search(&t.start).is_ok(), "{:?} {}", e.path(), t.start);
                    }
                }
                n += 1;
            }
        }
        assert!(n > 0);
    }
}
