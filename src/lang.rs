//! Language of a text, from its most frequent function words.
//!
//! Indonesian pages often declare `lang="en"`, so the text decides. The
//! guess counts, over the first 600 words, hits on short lists of function
//! words for Indonesian and English; a language needs at least five hits and
//! twice the other's count, else the answer is `None`. Cost: one pass over
//! at most 600 words (stopping at 40 hits, or at 27 of one language, when
//! the answer is settled), a table load per byte and one
//! hash probe per word of at most eight letters; no allocation.

use crate::swar::{HI, LO, in_range, load};

/// Words read: function words are a third of running text, so a few
/// hundred words give dozens of hits.
const WORDS: usize = 600;

/// Hits after which the counts cannot change the answer much.
const SETTLED: usize = 40;

/// Function words of Indonesian (and Malay, which shares them).
const INDONESIAN: &[&str] = &[
    "yang", "dan", "di", "ini", "itu", "dengan", "untuk", "dari", "dalam", "tidak", "akan", "pada", "juga", "ke",
    "karena", "tersebut", "bisa", "ada", "mereka", "kata", "sudah", "saat", "oleh", "menjadi", "bahwa", "atau", "para",
    "kami",
];
/// Function words of English.
const ENGLISH: &[&str] = &[
    "the", "and", "of", "to", "in", "is", "that", "for", "it", "was", "on", "with", "as", "by", "at", "from", "this",
    "be", "are", "have", "has", "which", "were", "their", "an", "not", "but",
];

/// A word of at most 8 ASCII letters, lower-cased and packed into an
/// integer, one byte per letter (as [`detect`] packs the words it reads).
const fn key(word: &str) -> u64 {
    let b = word.as_bytes();
    let (mut k, mut i) = (0u64, 0);
    while i < b.len() {
        k = (k << 8) | b[i].to_ascii_lowercase() as u64;
        i += 1;
    }
    k
}

/// Slots of [`TABLE`]: a power of two, four times the words, so that a
/// probe for a word that is none of them mostly meets an empty slot at once.
const SLOTS: usize = 256;

/// The slot a key's probe starts at (Fibonacci hashing).
const fn slot(key: u64) -> usize {
    (key.wrapping_mul(0x9E37_79B9_7F4A_7C15) >> 56) as usize
}

/// Which list a word is on.
const ID: u8 = 1;
const EN: u8 = 2;

/// Both lists as one open-addressing hash table (linear probing) of
/// (key, list), built at compile time; key 0 marks an empty slot (no word
/// packs to 0). The lists share no word.
static TABLE: [(u64, u8); SLOTS] = {
    let mut t = [(0u64, 0u8); SLOTS];
    let lists: [(&[&str], u8); 2] = [(INDONESIAN, ID), (ENGLISH, EN)];
    let mut l = 0;
    while l < lists.len() {
        let (words, list) = lists[l];
        let mut w = 0;
        while w < words.len() {
            let k = key(words[w]);
            let mut s = slot(k);
            while t[s].0 != 0 {
                s = (s + 1) % SLOTS;
            }
            t[s] = (k, list);
            w += 1;
        }
        l += 1;
    }
    t
};

/// The list of the word packed in `key` ([`ID`], [`EN`]), or 0.
fn list_of(key: u64) -> u8 {
    let mut s = slot(key);
    loop {
        let (k, list) = TABLE[s];
        if k == key {
            return list;
        }
        if k == 0 {
            return 0;
        }
        s = (s + 1) % SLOTS;
    }
}

/// The high bit of each byte of `w` that belongs to a word: an ASCII
/// letter, or any byte of a non-ASCII character. Exact per byte (the range
/// test works on the low seven bits, so no borrow crosses bytes).
#[inline(always)]
fn letters(w: u64) -> u64 {
    in_range(w | (LO * 0x20), b'a', b'z') | (w & HI)
}

/// The length of the word starting at byte `i`, whose first eight bytes
/// are `w`: up to its first byte outside the letters.
#[inline(always)]
fn word_len(b: &[u8], i: usize, w: u64) -> usize {
    let ends = !letters(w) & HI;
    if ends != 0 {
        return ends.trailing_zeros() as usize / 8;
    }
    let mut j = i + 8;
    loop {
        let ends = !letters(load(b, j)) & HI;
        if ends != 0 {
            return j + ends.trailing_zeros() as usize / 8 - i;
        }
        j += 8;
    }
}

/// Can the rest of the text no longer change the answer? True once one
/// count reaches two thirds of [`SETTLED`]: the reading stops by then at
/// [`SETTLED`] hits, so the other count ends at most at the remaining
/// third, and the leader keeps twice it (and its five). Most Indonesian
/// articles get there at 27 hits instead of 40, a third less reading.
/// Cost: two compares per hit.
#[inline(always)]
fn decided(id: usize, en: usize) -> bool {
    3 * id.max(en) >= 2 * SETTLED
}

/// ISO 639-1 code of the language of `text` (`"id"` or `"en"`), or `None`
/// when the text is too short or mixed to tell.
pub fn detect(text: &str) -> Option<&'static str> {
    let (mut id, mut en) = (0usize, 0usize);
    // A word is a run of letters; a word with a non-ASCII byte (which stays
    // above 0x7F in the key, so matches no list) or longer than 8 bytes is no
    // function word. Eight bytes are read at a time: a word's end is the
    // first byte outside its letters, and a word of up to eight letters is
    // its key, once lower-cased and put in reading order.
    let b = text.as_bytes();
    let (mut words, mut i) = (0usize, 0usize);
    while i < b.len() {
        let w = load(b, i);
        let at_word = letters(w);
        if at_word == 0 {
            i += 8;
            continue;
        }
        let skip = at_word.trailing_zeros() as usize / 8;
        i += skip;
        // Most words end inside the eight bytes that found their start:
        // shifted down, those bytes are the word's, read once.
        let in_window = (!(at_word >> (8 * skip)) & HI).trailing_zeros() as usize / 8;
        let (w, len) = if in_window < 8 - skip {
            (w >> (8 * skip), in_window)
        } else {
            let w = load(b, i);
            (w, word_len(b, i, w))
        };
        if len <= 8 {
            let mask = u64::MAX >> (64 - 8 * len);
            let key = ((w | (LO * 0x20)) & mask).swap_bytes() >> (64 - 8 * len);
            match list_of(key) {
                ID => id += 1,
                EN => en += 1,
                _ => {}
            }
            // Forty function words settle the ratio; most articles get
            // there in their first hundred-odd words.
            if decided(id, en) || id + en >= SETTLED {
                break;
            }
        }
        i += len;
        words += 1;
        if words == WORDS {
            break;
        }
    }
    verdict(id, en)
}

/// The answer from the hit counts: a language needs at least five hits and
/// twice the other's count.
fn verdict(id: usize, en: usize) -> Option<&'static str> {
    if id >= 5 && id >= 2 * en {
        Some("id")
    } else if en >= 5 && en >= 2 * id {
        Some("en")
    } else {
        None
    }
}

#[cfg(test)]
mod tests {
    use super::{ENGLISH, INDONESIAN, SETTLED, WORDS, detect, verdict};
    use proptest::prelude::*;

    /// The guess written plainly: words split on every byte that is neither
    /// an ASCII letter nor part of a non-ASCII character, lists searched.
    fn plain(text: &str) -> Option<&'static str> {
        let (mut id, mut en) = (0, 0);
        let words = text
            .split(|c: char| c.is_ascii() && !c.is_ascii_alphabetic())
            .filter(|w| !w.is_empty())
            .take(WORDS);
        for w in words {
            let w = w.to_ascii_lowercase();
            if INDONESIAN.contains(&w.as_str()) {
                id += 1;
            } else if ENGLISH.contains(&w.as_str()) {
                en += 1;
            }
            if id + en >= SETTLED {
                break;
            }
        }
        verdict(id, en)
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(3000))]
        #[test]
        fn agrees_with_the_plain_reading(
            words in prop::collection::vec(
                prop::sample::select(vec![
                    "yang", "Dan", "DI", "the", "And", "of", "tersebut", "tersebutnya", "Ketapang", "dï", "dé", "in",
                    "2024", ",", ".", "-", " ", "  ", "\n", "’", "menjadi", "which", "Whichever", "@", "[", "`", "{", "ÿ", "\0", "TERSEBUT",
                ]),
                0..200,
            ),
            seps in prop::collection::vec(prop::sample::select(vec![" ", "", ", ", "\n", "é", "3"]), 200),
        ) {
            let mut text = String::new();
            for (w, s) in words.iter().zip(&seps) {
                text.push_str(w);
                text.push_str(s);
            }
            prop_assert_eq!(detect(&text), plain(&text));
        }
    }

    #[test]
    fn stops_only_once_settled() {
        // 27 of 40 hits settle it: the other language ends at 13 at most
        let text = format!("{}{}", "yang ".repeat(27), "the ".repeat(20));
        assert_eq!((detect(&text), plain(&text)), (Some("id"), Some("id")));
        // 26 do not: 14 English hits make it mixed
        let text = format!("{}{}", "yang ".repeat(26), "the ".repeat(20));
        assert_eq!((detect(&text), plain(&text)), (None, None));
        let text = format!("{}{}", "the ".repeat(27), "dan ".repeat(20));
        assert_eq!((detect(&text), plain(&text)), (Some("en"), Some("en")));
    }

    #[test]
    fn every_listed_word_counts() {
        for w in INDONESIAN {
            assert_eq!(detect(&format!("{w} ").repeat(5)), Some("id"), "{w}");
        }
        for w in ENGLISH {
            assert_eq!(detect(&format!("{} ", w.to_uppercase()).repeat(5)), Some("en"), "{w}");
        }
    }

    #[test]
    fn detects_indonesian_and_english() {
        assert_eq!(
            detect(
                "Bupati Ketapang mengatakan bahwa ASN harus netral dan tidak boleh berpihak pada pasangan calon yang ada di daerah itu."
            ),
            Some("id")
        );
        assert_eq!(
            detect(
                "The regent said that civil servants must stay neutral in the election and not take sides with any of the candidates."
            ),
            Some("en")
        );
        assert_eq!(detect("Jakarta 2024"), None);
    }
}
