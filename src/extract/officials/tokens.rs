//! Tokens for the officials pass: words, punctuation and paragraph breaks,
//! each with its byte span in the document text.
//!
//! A word is a run of alphanumeric characters; a `.`, `-` or apostrophe
//! between two alphanumerics stays inside it, so "S.Sos", "M.Si",
//! "se-Kabupaten" and "Ma'ruf" are single words while the period closing
//! "Dr." or "Y." is its own token. Whitespace is dropped; a blank line (a
//! paragraph break of [`crate::doc::Doc`]) becomes a [`Kind::Break`] token
//! so that no pattern runs across paragraphs. Cost: one pass over the text,
//! one small lowercase `String` per word.

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
    /// Lowercased text (words only; empty otherwise).
    pub lower: String,
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

/// Splits `text` into tokens. Cost: linear in the text.
pub fn tokenize(text: &str) -> Vec<Tok> {
    let mut out = Vec::new();
    let chars: Vec<(usize, char)> = text.char_indices().collect();
    let n = chars.len();
    let mut i = 0;
    let mut newlines = 0;
    while i < n {
        let (b, c) = chars[i];
        if c.is_whitespace() {
            if c == '\n' {
                newlines += 1;
                if newlines == 2 && out.last().is_some_and(|t: &Tok| t.kind != Kind::Break) {
                    out.push(Tok {
                        start: b,
                        end: b + 1,
                        kind: Kind::Break,
                        lower: String::new(),
                        cap: false,
                        acronym: false,
                    });
                }
            }
            i += 1;
            continue;
        }
        newlines = 0;
        if c.is_alphanumeric() {
            let mut j = i + 1;
            while j < n {
                let cj = chars[j].1;
                if cj.is_alphanumeric() {
                    j += 1;
                } else if joins(cj) && j + 1 < n && chars[j + 1].1.is_alphanumeric() {
                    j += 2;
                } else {
                    break;
                }
            }
            let end = if j < n { chars[j].0 } else { text.len() };
            let word = &text[b..end];
            let letters = word.chars().filter(|c| c.is_alphabetic()).count();
            out.push(Tok {
                start: b,
                end,
                kind: Kind::Word,
                lower: if word.is_ascii() {
                    word.to_ascii_lowercase()
                } else {
                    word.to_lowercase()
                },
                cap: c.is_uppercase(),
                acronym: letters >= 2 && word.chars().filter(|c| c.is_alphabetic()).all(char::is_uppercase),
            });
            i = j;
        } else {
            out.push(Tok {
                start: b,
                end: b + c.len_utf8(),
                kind: Kind::Punct(c),
                lower: String::new(),
                cap: false,
                acronym: false,
            });
            i += 1;
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
