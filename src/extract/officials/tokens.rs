//! Tokens for the officials pass: words, punctuation and paragraph breaks,
//! each with its byte span in the document text.
//!
//! A word is a run of alphanumeric characters; a `.`, `-` or apostrophe
//! between two alphanumerics stays inside it, so "S.Sos", "M.Si",
//! "se-Kabupaten" and "Ma'ruf" are single words while the period closing
//! "Dr." or "Y." is its own token. Whitespace is dropped; a blank line (a
//! paragraph break of [`crate::doc::Doc`]) becomes a [`Kind::Break`] token
//! so that no pattern runs across paragraphs. Cost: one pass over the text;
//! a word's lowercase form is a `CompactString`, inline for all but the
//! rare word over 24 bytes, so tokenizing allocates almost nothing.

use compact_str::CompactString;

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

/// One token of the text.
#[derive(Clone, Debug)]
pub struct Tok {
    /// Byte offset of the first character.
    pub start: usize,
    /// Byte offset just past the last character.
    pub end: usize,
    /// Word, punctuation or break.
    pub kind: Kind,
    /// Lowercased text (words only; empty otherwise), inline up to 24 bytes.
    pub lower: CompactString,
    /// First character is uppercase.
    pub cap: bool,
    /// At least two letters and all of them uppercase ("KPU", "BKPSDM").
    pub acronym: bool,
}

impl Tok {
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
fn ascii_space(b: u8) -> bool {
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

/// Splits `text` into tokens. Cost: one pass over the text, byte by byte
/// where it is ASCII; a word's lowercase form is stored inline (no
/// allocation) up to 24 bytes.
pub fn tokenize(text: &str) -> Vec<Tok> {
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
                if newlines == 2 && out.last().is_some_and(|t: &Tok| t.kind != Kind::Break) {
                    out.push(Tok {
                        start: i,
                        end: i + 1,
                        kind: Kind::Break,
                        lower: CompactString::default(),
                        cap: false,
                        acronym: false,
                    });
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
                let mut l = CompactString::from(word);
                l.as_mut_str().make_ascii_lowercase();
                (l, letters, all_upper)
            } else {
                let (mut letters, mut all_upper) = (0usize, true);
                for ch in word.chars().filter(|ch| ch.is_alphabetic()) {
                    letters += 1;
                    all_upper &= ch.is_uppercase();
                }
                (CompactString::from(word.to_lowercase()), letters, all_upper)
            };
            out.push(Tok {
                start: i,
                end: j,
                kind: Kind::Word,
                lower,
                cap: c.is_uppercase(),
                acronym: letters >= 2 && all_upper,
            });
            i = j;
        } else {
            out.push(Tok {
                start: i,
                end: i + w,
                kind: Kind::Punct(c),
                lower: CompactString::default(),
                cap: false,
                acronym: false,
            });
            i += w;
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn show(text: &str) -> Vec<String> {
        tokenize(text)
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

    #[test]
    fn flags() {
        let t = tokenize("KPU Ketapang ketua");
        assert!(t[0].acronym && t[0].cap);
        assert!(!t[1].acronym && t[1].cap);
        assert!(!t[2].cap);
        assert_eq!(t[1].lower, "ketapang");
    }
}
