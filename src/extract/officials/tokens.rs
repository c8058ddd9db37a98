//! Tokens for the officials pass: words, punctuation and paragraph breaks,
//! each with its byte span in the document text.
//!
//! A word is a run of alphanumeric characters; a `.`, `-` or apostrophe
//! between two alphanumerics stays inside it, so "S.Sos", "M.Si",
//! "se-Kabupaten" and "Ma'ruf" are single words while the period closing
//! "Dr." or "Y." is its own token. Whitespace is dropped; a blank line (a
//! paragraph break of [`crate::doc::Doc`]) becomes a [`Kind::Break`] token
//! so that no pattern runs across paragraphs. Cost: one pass over the text,
//! one table lookup per ASCII byte; an ASCII word's lowercase form is a
//! slice of the caller's ASCII-lowercased copy of the text, a non-ASCII
//! word's a slice of one side buffer (see [`tokenize`]), so tokenizing
//! allocates nothing per word and tokens are `Copy`: the list is freed
//! without a pass over it (that pass, dropping each non-ASCII word's own
//! string, cost 2.4M of the stage's 222M instructions on mem2k).

use std::ops::Range;

use crate::swar::{HI, ascii_alnum, load};

/// What a token is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Kind {
    /// A word (letters, digits, inner `.`/`-`/`'`).
    Word,
    /// One punctuation or symbol character.
    Punct(char),
    /// A paragraph break (a blank line).
    Break,
}

/// One token of the text. `Copy`, owning nothing: a list of tokens is
/// dropped without a pass over it.
#[derive(Clone, Copy, Debug)]
pub struct Tok<'a> {
    /// Byte offset of the first character.
    pub start: usize,
    /// Byte offset just past the last character.
    pub end: usize,
    /// Word, punctuation or break.
    pub kind: Kind,
    /// Lowercased text (words only; empty otherwise): a slice of the
    /// ASCII-lowercased text for an ASCII word, of the side buffer given
    /// to [`tokenize`] for a word with a non-ASCII character (Unicode
    /// lowercasing may change its length).
    pub lower: &'a str,
    /// First character is uppercase.
    pub cap: bool,
    /// At least two letters and all of them uppercase ("KPU", "BKPSDM").
    pub acronym: bool,
}

impl Tok<'_> {
    /// True for a word token.
    pub fn is_word(&self) -> bool {
        self.kind == Kind::Word
    }

    /// True for the punctuation character `c`.
    pub fn is(&self, c: char) -> bool {
        self.kind == Kind::Punct(c)
    }
}

fn joins(c: char) -> bool {
    matches!(c, '.' | '-' | '\'' | '’')
}

/// The character at byte `i` of `text` and its width, with an ASCII fast
/// path (`i` must be a char boundary).
#[inline]
fn char_at(text: &str, i: usize) -> (char, usize) {
    let b = text.as_bytes()[i];
    if b < 0x80 {
        (char::from(b), 1)
    } else {
        let c = text[i..].chars().next().expect("i is a char boundary");
        (c, c.len_utf8())
    }
}

/// Is byte `b` an ASCII character for which `char::is_whitespace` holds?
/// (U+0009..=U+000D and the space: unlike `u8::is_ascii_whitespace`, this
/// includes the vertical tab, as `char::is_whitespace` does.)
#[inline]
const fn ascii_space(b: u8) -> bool {
    matches!(b, b'\t'..=b'\r' | b' ')
}

/// Is the character at byte `j` alphanumeric? (ASCII fast path.)
#[inline]
fn alnum_at(text: &str, j: usize) -> bool {
    let b = text.as_bytes()[j];
    if b < 0x80 {
        b.is_ascii_alphanumeric()
    } else {
        char_at(text, j).0.is_alphanumeric()
    }
}

/// Byte classes of the tokenizer: one table load tells whitespace,
/// alphanumerics (letters with their case) and joiners apart, instead of a
/// chain of range tests per byte.
const SPACE: u8 = 1;
const ALNUM: u8 = 2;
const UPPER: u8 = 4;
const LOWER: u8 = 8;
const JOIN: u8 = 16;
const HIGH: u8 = 32;
/// Either case: an ASCII letter.
const LETTER: u8 = UPPER | LOWER;

static CLASS: [u8; 256] = {
    let mut t = [0u8; 256];
    let mut b = 0usize;
    while b < 256 {
        let c = b as u8;
        t[b] = if c >= 0x80 {
            HIGH
        } else if ascii_space(c) {
            SPACE
        } else if c.is_ascii_uppercase() {
            ALNUM | UPPER
        } else if c.is_ascii_lowercase() {
            ALNUM | LOWER
        } else if c.is_ascii_digit() {
            ALNUM
        } else if c == b'.' || c == b'-' || c == b'\'' {
            JOIN
        } else {
            0
        };
        b += 1;
    }
    t
};

/// The end of the run of ASCII letters and digits at byte `i` of `bytes`,
/// eight bytes at a time (most words end within the first eight).
#[inline(always)]
fn ascii_alnum_end(bytes: &[u8], mut i: usize) -> usize {
    loop {
        // past the end `load` gives zero bytes, which end the run
        let stop = !ascii_alnum(load(bytes, i)) & HI;
        if stop != 0 {
            return i + stop.trailing_zeros() as usize / 8;
        }
        i += 8;
    }
}

/// The word token starting at byte `i` (an alphanumeric character): runs
/// of alphanumerics, joined across a single `.`/`-`/apostrophe that has an
/// alphanumeric after it. `lowered` is the ASCII-lowercased text. A word
/// with a non-ASCII character has its lowercase form appended to `side`
/// and its `lower` left empty, to be pointed there by the caller: the
/// range in `side` is returned with the token.
#[inline]
fn word<'a>(text: &str, lowered: &'a str, side: &mut String, i: usize) -> (Tok<'a>, Option<Range<usize>>) {
    let bytes = text.as_bytes();
    let len = bytes.len();
    let mut j = i;
    let mut ascii = true;
    loop {
        j = ascii_alnum_end(bytes, j);
        if j >= len {
            break;
        }
        let bj = bytes[j];
        if bj < 0x80 {
            // the alphanumeric after the joiner is taken by the next round
            if CLASS[bj as usize] & JOIN != 0 && j + 1 < len && alnum_at(text, j + 1) {
                j += 1;
                continue;
            }
            break;
        }
        let (cj, wj) = char_at(text, j);
        if cj.is_alphanumeric() || (joins(cj) && j + wj < len && alnum_at(text, j + wj)) {
            ascii = false;
            j += wj;
        } else {
            break;
        }
    }
    let (lower, side_range, cap, acronym) = if ascii {
        let first = CLASS[bytes[i] as usize];
        // a word opening in lowercase is no acronym: most words stop here,
        // and a capitalised one mostly at its second letter
        let word = &bytes[i..j];
        let acronym = first & LOWER == 0
            && !word.iter().any(|&x| CLASS[x as usize] & LOWER != 0)
            && word
                .iter()
                .filter(|&&x| CLASS[x as usize] & LETTER != 0)
                .nth(1)
                .is_some();
        (&lowered[i..j], None, first & UPPER != 0, acronym)
    } else {
        let word = &text[i..j];
        let (mut letters, mut all_upper) = (0usize, true);
        for ch in word.chars().filter(|ch| ch.is_alphabetic()) {
            letters += 1;
            all_upper &= ch.is_uppercase();
        }
        let cap = word.chars().next().is_some_and(char::is_uppercase);
        let at = side.len();
        // `str::to_lowercase` is the character-wise lowercasing but for a
        // final sigma; only a word with a capital sigma needs its copy
        if word.contains('Σ') {
            side.push_str(&word.to_lowercase());
        } else {
            side.extend(word.chars().flat_map(char::to_lowercase));
        }
        ("", Some(at..side.len()), cap, letters >= 2 && all_upper)
    };
    let tok = Tok {
        start: i,
        end: j,
        kind: Kind::Word,
        lower,
        cap,
        acronym,
    };
    (tok, side_range)
}

/// Splits `text` into tokens; `lowered` must be `text.to_ascii_lowercase()`
/// (ASCII words' lowercase forms are slices of it), and `side` receives
/// the lowercase forms of words with a non-ASCII character (their tokens
/// point there). Cost: one pass over the text, one table lookup per ASCII
/// byte; no allocation per word (`side` grows now and then when the text
/// has non-ASCII words).
pub fn tokenize<'a>(text: &str, lowered: &'a str, side: &'a mut String) -> Vec<Tok<'a>> {
    debug_assert_eq!(text.len(), lowered.len());
    // (token, range in `side`) of the non-ASCII words: pointed into `side`
    // once it no longer grows
    let mut in_side: Vec<(usize, Range<usize>)> = Vec::new();
    let bytes = text.as_bytes();
    let len = text.len();
    let mut out = Vec::with_capacity(len / 5);
    let mut i = 0;
    let mut newlines = 0;
    while i < len {
        let b = bytes[i];
        let class = CLASS[b as usize];
        if class & SPACE != 0 {
            if b == b'\n' {
                newlines += 1;
                if newlines == 2 && out.last().is_some_and(|t: &Tok| t.kind != Kind::Break) {
                    out.push(Tok {
                        start: i,
                        end: i + 1,
                        kind: Kind::Break,
                        lower: "",
                        cap: false,
                        acronym: false,
                    });
                }
            }
            i += 1;
            continue;
        }
        let (c, w, alnum) = if class & HIGH != 0 {
            let (c, w) = char_at(text, i);
            if c.is_whitespace() {
                i += w;
                continue;
            }
            (c, w, c.is_alphanumeric())
        } else {
            (char::from(b), 1, class & ALNUM != 0)
        };
        newlines = 0;
        if alnum {
            let (t, r) = word(text, lowered, side, i);
            if let Some(r) = r {
                in_side.push((out.len(), r));
            }
            i = t.end;
            out.push(t);
        } else {
            out.push(Tok {
                start: i,
                end: i + w,
                kind: Kind::Punct(c),
                lower: "",
                cap: false,
                acronym: false,
            });
            i += w;
        }
    }
    let side: &'a String = side;
    for (k, r) in in_side {
        out[k].lower = &side[r];
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn show(text: &str) -> Vec<String> {
        tokenize(text, &text.to_ascii_lowercase(), &mut String::new())
            .iter()
            .map(|t| match t.kind {
                Kind::Word => text[t.start..t.end].to_string(),
                Kind::Punct(c) => format!("<{c}>"),
                Kind::Break => "<br>".to_string(),
            })
            .collect()
    }

    #[test]
    fn words_keep_inner_dots_and_hyphens() {
        let cases: &[(&str, &[&str])] = &[
            (
                "Dr. Aloysius, S.Sos., M.Si.",
                &["Dr", "<.>", "Aloysius", "<,>", "S.Sos", "<.>", "<,>", "M.Si", "<.>"],
            ),
            ("Herbert Y. Asin", &["Herbert", "Y", "<.>", "Asin"]),
            ("se-Kabupaten Ketapang", &["se-Kabupaten", "Ketapang"]),
            ("Satu.\n\nDua", &["Satu", "<.>", "<br>", "Dua"]),
            ("“Ma’ruf”", &["<“>", "Ma’ruf", "<”>"]),
        ];
        for (text, want) in cases {
            assert_eq!(show(text), *want, "{text}");
        }
    }

    /// A token's fields, its lowercase form owned.
    type Fields = (usize, usize, Kind, String, bool, bool);

    /// The tokenizer before the byte-class table, kept as the reference the
    /// fast one must match token for token.
    fn reference(text: &str) -> Vec<Fields> {
        let bytes = text.as_bytes();
        let len = text.len();
        let mut out = Vec::with_capacity(len / 5);
        let mut i = 0;
        let mut newlines = 0;
        while i < len {
            let b = bytes[i];
            let (c, w) = if b < 0x80 { (char::from(b), 1) } else { char_at(text, i) };
            if (b < 0x80 && ascii_space(b)) || (b >= 0x80 && c.is_whitespace()) {
                if b == b'\n' {
                    newlines += 1;
                    if newlines == 2 && out.last().is_some_and(|t: &Fields| t.2 != Kind::Break) {
                        out.push((i, i + 1, Kind::Break, String::new(), false, false));
                    }
                }
                i += w;
                continue;
            }
            newlines = 0;
            let alnum = if b < 0x80 {
                b.is_ascii_alphanumeric()
            } else {
                c.is_alphanumeric()
            };
            if alnum {
                let mut j = i + w;
                let mut ascii = b < 0x80;
                while j < len {
                    let bj = bytes[j];
                    if bj < 0x80 {
                        if bj.is_ascii_alphanumeric() {
                            j += 1;
                        } else if matches!(bj, b'.' | b'-' | b'\'') && j + 1 < len && alnum_at(text, j + 1) {
                            j += 1 + char_at(text, j + 1).1;
                        } else {
                            break;
                        }
                    } else {
                        ascii = false;
                        let (cj, wj) = char_at(text, j);
                        if cj.is_alphanumeric() {
                            j += wj;
                        } else if joins(cj) && j + wj < len && alnum_at(text, j + wj) {
                            j += wj + char_at(text, j + wj).1;
                        } else {
                            break;
                        }
                    }
                }
                let word = &text[i..j];
                let ascii = ascii && word.is_ascii();
                let (lower, letters, all_upper) = if ascii {
                    let (mut letters, mut all_upper) = (0usize, true);
                    for &x in word.as_bytes() {
                        if x.is_ascii_alphabetic() {
                            letters += 1;
                            all_upper &= x.is_ascii_uppercase();
                        }
                    }
                    (word.to_ascii_lowercase(), letters, all_upper)
                } else {
                    let (mut letters, mut all_upper) = (0usize, true);
                    for ch in word.chars().filter(|ch| ch.is_alphabetic()) {
                        letters += 1;
                        all_upper &= ch.is_uppercase();
                    }
                    (word.to_lowercase(), letters, all_upper)
                };
                out.push((i, j, Kind::Word, lower, c.is_uppercase(), letters >= 2 && all_upper));
                i = j;
            } else {
                out.push((i, i + w, Kind::Punct(c), String::new(), false, false));
                i += w;
            }
        }
        out
    }

    fn same(text: &str) {
        let lowered = text.to_ascii_lowercase();
        let mut side = String::new();
        let (a, b) = (tokenize(text, &lowered, &mut side), reference(text));
        assert_eq!(a.len(), b.len(), "{text:?}");
        for (x, y) in a.iter().zip(&b) {
            let fields = (x.start, x.end, x.kind, x.lower.to_string(), x.cap, x.acronym);
            assert_eq!(&fields, y, "{text:?}");
        }
    }

    #[test]
    fn matches_reference_on_tricky_text() {
        let pieces = [
            "Dr. Aloysius, S.Sos., M.Si.",
            "KPU",
            "Ma’ruf",
            "se-Kabupaten",
            "a.-b",
            "x.'y",
            "A.B.C",
            "İstanbul",
            "\u{212A}elvin",
            "ÉCOLE",
            "Ǆemal",
            "x\u{2028}y",
            "\n\n",
            "\n \n",
            "\u{85}",
            "\t\u{b}",
            "2024",
            "1.000",
            "e-KTP",
            "’s",
            "'",
            "-",
            ".",
            "Ö",
            "ö",
            "ß",
            "ﬁ",
            "Σ",
            "١٢",
            "日本",
            "\u{300}",
            "a\u{300}b",
            "’a",
            "a’",
            "\r\n\r\n",
            " ",
            "M.Si.",
            "(PUPR)",
        ];
        for a in pieces {
            same(a);
            for b in pieces {
                same(&format!("{a}{b}"));
                same(&format!("{a} {b}"));
                for c in ["", ".", "-", "’", "\n\n", "\u{e9}"] {
                    same(&format!("{a}{c}{b}"));
                }
            }
        }
    }

    #[test]
    fn matches_reference_on_corpus() {
        let mut n = 0;
        for dir in ["corpus", "../shared/eval/dev/articles"] {
            let Ok(entries) = std::fs::read_dir(dir) else { continue };
            for e in entries.flatten() {
                if let Ok(text) = std::fs::read_to_string(e.path()) {
                    same(&text);
                    n += 1;
                }
            }
        }
        assert!(n > 0);
    }

    #[test]
    fn non_ascii_lowercase_forms_live_in_the_side_buffer() {
        let text = "Wali ÉCOLE Ma’ruf ΟΔΟΣ";
        let lowered = text.to_ascii_lowercase();
        let mut side = String::new();
        let lower: Vec<&str> = tokenize(text, &lowered, &mut side).iter().map(|t| t.lower).collect();
        // a final capital sigma lowercases to "ς", as `str::to_lowercase` has it
        assert_eq!(lower, ["wali", "école", "ma’ruf", "οδος"]);
        assert_eq!(side, "écolema’rufοδος");
    }

    #[test]
    fn flags() {
        let text = "KPU Ketapang ketua";
        let lowered = text.to_ascii_lowercase();
        let mut side = String::new();
        let t = tokenize(text, &lowered, &mut side);
        assert!(t[0].acronym && t[0].cap);
        assert!(!t[1].acronym && t[1].cap);
        assert!(!t[2].cap);
        assert_eq!(t[1].lower, "ketapang");
    }
}
