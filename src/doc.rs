//! `Doc`: the cleaned body every extractor reads, with its paragraphs,
//! lazily computed sentences, the metadata the cleaners found, and the
//! byte→code-point mapping that turns extractor spans into record offsets.
//!
//! Extractors work on byte ranges of [`Doc::text`] (what `regex` and
//! `aho-corasick` report); [`Doc::mention`] converts a byte range into a
//! [`Mention`] with code-point offsets, in O(log n) per call.

use std::ops::Range;
use std::sync::OnceLock;

use crate::record::Mention;

/// Metadata a cleaner found around the body.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Meta {
    /// Headline.
    pub title: Option<String>,
    /// Publication or site name.
    pub outlet: Option<String>,
    /// Canonical URL.
    pub url: Option<String>,
    /// Publication time, ISO, as precise as stated.
    pub published: Option<String>,
    /// Modification time, ISO, as precise as stated.
    pub modified: Option<String>,
    /// Writers.
    pub authors: Vec<String>,
    /// Editors.
    pub editors: Vec<String>,
    /// Dateline place ("KETAPANG").
    pub dateline: Option<String>,
}

/// A cleaned document: the body text and what is known about it.
///
/// Building one costs one pass over the text (paragraph ranges and the
/// non-ASCII index); sentences are computed on first use only.
#[derive(Debug)]
pub struct Doc {
    /// The cleaned body: paragraphs separated by a blank line (`"\n\n"`).
    pub text: String,
    /// Byte ranges of the paragraphs in `text`, in order, never empty.
    pub paragraphs: Vec<Range<usize>>,
    /// Metadata from the cleaner.
    pub meta: Meta,
    /// (byte offset, code points before it) for every non-ASCII character,
    /// so byte→char conversion is a binary search.
    wide_chars: Vec<(usize, usize)>,
    sentences: OnceLock<Vec<Range<usize>>>,
    /// Each paragraph's sentences, split on first use of that paragraph.
    paragraph_sentences: OnceLock<Box<[SentenceCell]>>,
}

/// One paragraph's sentences, once split.
type SentenceCell = OnceLock<Vec<Range<usize>>>;

/// A sentence of a [`Doc`]: its paragraph, and its place among that
/// paragraph's sentences. Ordered as the sentences stand in the text.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub struct SentenceId {
    /// Index of the paragraph in [`Doc::paragraphs`].
    pub para: usize,
    /// Index among the paragraph's sentences.
    pub index: usize,
}

impl Doc {
    /// A doc over `text`, whose paragraphs are separated by blank lines.
    pub fn new(text: String, meta: Meta) -> Doc {
        let paragraphs = paragraph_ranges(&text);
        let wide_chars = wide_chars(text.as_bytes());
        Doc {
            text,
            paragraphs,
            meta,
            wide_chars,
            sentences: OnceLock::new(),
            paragraph_sentences: OnceLock::new(),
        }
    }

    /// Code-point offset of byte offset `byte` (which must be a char boundary).
    pub fn char_offset(&self, byte: usize) -> usize {
        // Chars before `byte` = bytes before it minus the extra bytes of the
        // wide chars that end before it.
        let i = self.wide_chars.partition_point(|&(b, _)| b < byte);
        if i == 0 {
            return byte;
        }
        let (b, chars) = self.wide_chars[i - 1];
        let width = self.text[b..].chars().next().map_or(1, char::len_utf8);
        chars + 1 + (byte - b - width)
    }

    /// The mention for byte range `span` of `text`.
    pub fn mention(&self, span: Range<usize>) -> Mention {
        Mention {
            start: self.char_offset(span.start),
            end: self.char_offset(span.end),
            text: self.text[span].to_string(),
        }
    }

    /// Byte ranges of the sentences, computed on first call: Unicode sentence
    /// boundaries, re-joined after Indonesian abbreviations ("Dr.", "No.",
    /// "Kab.", "H.", "S.Sos.") and single initials, which end no sentence.
    ///
    /// Cost: the whole document's split on first call. A caller that needs
    /// the sentences around a few places should ask [`Doc::sentence_at`],
    /// which splits only the paragraphs it reads.
    pub fn sentences(&self) -> &[Range<usize>] {
        self.sentences.get_or_init(|| {
            (0..self.paragraphs.len())
                .flat_map(|p| self.paragraph_sentences(p).iter().cloned())
                .collect()
        })
    }

    /// Byte ranges of the sentences of paragraph `p` (as in
    /// [`Doc::sentences`]: a paragraph's split never depends on another's),
    /// computed on the first call for that paragraph. Panics when `p` is
    /// not a paragraph index.
    pub fn paragraph_sentences(&self, p: usize) -> &[Range<usize>] {
        let cells = self
            .paragraph_sentences
            .get_or_init(|| (0..self.paragraphs.len()).map(|_| OnceLock::new()).collect());
        cells[p].get_or_init(|| split_paragraph(&self.text, self.paragraphs[p].clone()))
    }

    /// The sentence holding byte `byte`: the first sentence that ends after
    /// it, or the document's last sentence when none does (what a binary
    /// search of [`Doc::sentences`] by end would answer); `None` when the
    /// document has no sentence. Cost: a binary search of the paragraphs,
    /// and the split of the paragraph found (usually the only one read).
    pub fn sentence_at(&self, byte: usize) -> Option<SentenceId> {
        let first = self.paragraphs.partition_point(|r| r.end <= byte);
        for para in first..self.paragraphs.len() {
            let sentences = self.paragraph_sentences(para);
            let index = sentences.partition_point(|r| r.end <= byte);
            if index < sentences.len() {
                return Some(SentenceId { para, index });
            }
        }
        self.last_sentence_before(self.paragraphs.len())
    }

    /// The byte range of sentence `id`.
    pub fn sentence(&self, id: SentenceId) -> Range<usize> {
        self.paragraph_sentences(id.para)[id.index].clone()
    }

    /// The sentence before `id` in the text (across paragraphs), if any.
    pub fn sentence_before(&self, id: SentenceId) -> Option<SentenceId> {
        match id.index {
            0 => self.last_sentence_before(id.para),
            index => Some(SentenceId { index: index - 1, ..id }),
        }
    }

    /// The last sentence of the paragraphs before paragraph `para`.
    fn last_sentence_before(&self, para: usize) -> Option<SentenceId> {
        (0..para).rev().find_map(|p| {
            let n = self.paragraph_sentences(p).len();
            (n > 0).then(|| SentenceId { para: p, index: n - 1 })
        })
    }
}

/// (byte offset, code points before it) of every non-ASCII character of
/// `bytes` (valid UTF-8). ASCII runs, most of an Indonesian article, are
/// skipped eight bytes at a time; a character's code-point index is its
/// byte offset less the continuation bytes before it.
fn wide_chars(bytes: &[u8]) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let mut continuation = 0; // continuation bytes before `i`
    let mut i = 0;
    while i < bytes.len() {
        if i + 8 <= bytes.len() {
            let mut w = [0u8; 8];
            w.copy_from_slice(&bytes[i..i + 8]);
            if u64::from_le_bytes(w) & crate::swar::HI == 0 {
                i += 8;
                continue;
            }
        }
        let b = bytes[i];
        if b >= 0xC0 {
            out.push((i, i - continuation));
        } else if b >= 0x80 {
            continuation += 1;
        }
        i += 1;
    }
    out
}

fn paragraph_ranges(text: &str) -> Vec<Range<usize>> {
    let mut out = Vec::new();
    let mut start = 0;
    // a vector search (`str::match_indices` ran a two-way searcher, about
    // four instructions a byte); both yield non-overlapping matches
    for i in memchr::memmem::find_iter(text.as_bytes(), b"\n\n") {
        push_trimmed(text, start..i, &mut out);
        start = i + 2;
    }
    push_trimmed(text, start..text.len(), &mut out);
    out
}

fn push_trimmed(text: &str, r: Range<usize>, out: &mut Vec<Range<usize>>) {
    let s = &text[r.clone()];
    let lead = s.len() - s.trim_start().len();
    let trail = s.len() - s.trim_end().len();
    if lead + trail < s.len() {
        out.push(r.start + lead..r.end - trail);
    }
}

/// Words that end with a period without ending a sentence.
const ABBREVIATIONS: &[&str] = &[
    "dr", "drs", "dra", "h", "hj", "ir", "prof", "no", "nomor", "kab", "kec", "kel", "jl", "jln", "st", "tbk", "pt",
    "sos", "si", "sh", "se", "mm", "mh", "mpd", "spd", "ssos", "msi", "kh", "dll", "dsb", "dkk", "yth", "bpk", "ibu",
    "sdr", "a.n", "u.p", "s.d", "m",
];

/// The sentences of paragraph `p` of `text`: Unicode sentence boundaries,
/// re-joined after abbreviations and initials.
fn split_paragraph(text: &str, p: Range<usize>) -> Vec<Range<usize>> {
    use unicode_segmentation::UnicodeSegmentation;
    let mut out: Vec<Range<usize>> = Vec::new();
    let para = &text[p.clone()];
    let mut pending: Option<Range<usize>> = None;
    for (off, s) in para.split_sentence_bound_indices() {
        let r = p.start + off..p.start + off + s.len();
        let joined = match pending.take() {
            Some(prev) => prev.start..r.end,
            None => r,
        };
        if ends_with_abbreviation(&text[joined.clone()]) && joined.end < p.end {
            pending = Some(joined);
        } else {
            out.push(joined);
        }
    }
    if let Some(r) = pending {
        out.push(r);
    }
    out
}

fn ends_with_abbreviation(sentence: &str) -> bool {
    let t = sentence.trim_end();
    let Some(body) = t.strip_suffix('.') else {
        return false;
    };
    let word = body
        .rsplit(|c: char| c.is_whitespace() || c == '(' || c == ',')
        .next()
        .unwrap_or("");
    if word.chars().count() == 1 && word.chars().all(char::is_uppercase) {
        return true; // an initial: "Herbert Y. Asin"
    }
    let norm: String = word
        .chars()
        .filter(|c| *c != '.')
        .flat_map(char::to_lowercase)
        .collect();
    !norm.is_empty()
        && ABBREVIATIONS
            .iter()
            .any(|a| a.chars().filter(|&c| c != '.').eq(norm.chars()))
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    /// `sentence_at`, `sentence` and `sentence_before`, which split only the
    /// paragraphs they read, answer as a binary search of the whole split
    /// (the answer the pledges pass was built on) at every byte.
    fn agrees_with_the_whole_split(text: &str) {
        let whole = Doc::new(text.to_string(), Meta::default());
        let sents = whole.sentences().to_vec();
        for byte in 0..=text.len() + 1 {
            // a fresh doc each time: nothing split before the question
            let doc = Doc::new(text.to_string(), Meta::default());
            let at = doc.sentence_at(byte);
            let global = sents
                .partition_point(|r| r.end <= byte)
                .min(sents.len().saturating_sub(1));
            assert_eq!(
                at.map(|id| doc.sentence(id)),
                sents.get(global).cloned(),
                "{text:?} {byte}"
            );
            let mut before = Vec::new();
            let mut cur = at;
            while let Some(prev) = cur.and_then(|id| doc.sentence_before(id)) {
                before.push(doc.sentence(prev));
                cur = Some(prev);
            }
            let expected: Vec<_> = sents[..global.min(sents.len())].iter().rev().cloned().collect();
            assert_eq!(before, expected, "{text:?} {byte}");
        }
    }

    #[test]
    fn sentences_found_per_paragraph_agree_with_the_whole_split() {
        for text in [
            "",
            "Satu.",
            "Kata Dr. Budi ke Kab. Ketapang. Lalu pulang! Benar?\n\nParagraf dua. Kalimat H. Asin.\n\nTiga",
        ] {
            agrees_with_the_whole_split(text);
        }
    }

    proptest! {
        #[test]
        fn any_text_splits_alike_per_paragraph(
            parts in proptest::collection::vec(prop_oneof![
                Just("Bupati"), Just("Dr."), Just("H."), Just(" "), Just(". "), Just("! "), Just("\n\n"),
                Just("\n"), Just("kata"), Just("“Ya.”"), Just("é"), Just("1."),
            ], 0..24)
        ) {
            agrees_with_the_whole_split(&parts.concat());
        }
    }

    #[test]
    fn char_offsets_count_code_points() {
        let doc = Doc::new("“Saya” kata Bupati — ok".to_string(), Meta::default());
        let b = doc.text.find("kata").unwrap();
        assert_eq!(doc.char_offset(b), 7);
        let m = doc.mention(b..b + 4);
        assert_eq!((m.start, m.end, m.text.as_str()), (7, 11, "kata"));
        let e = doc.text.find("ok").unwrap();
        assert_eq!(doc.char_offset(e), 21);
        assert_eq!(doc.char_offset(doc.text.len()), doc.text.chars().count());
    }

    #[test]
    fn wide_chars_match_char_indices() {
        for text in [
            "",
            "ascii only, longer than eight bytes",
            "é",
            "“Saya” kata — ok 🙂 x",
            "abcdefgh“ijklmnop—q",
        ] {
            let expected: Vec<(usize, usize)> = text
                .char_indices()
                .enumerate()
                .filter(|(_, (_, c))| !c.is_ascii())
                .map(|(chars, (byte, _))| (byte, chars))
                .collect();
            assert_eq!(wide_chars(text.as_bytes()), expected, "{text:?}");
        }
    }

    #[test]
    fn paragraphs_split_on_blank_lines() {
        let doc = Doc::new("Satu.\n\n  Dua dua.\n\n\n\nTiga".to_string(), Meta::default());
        let paras: Vec<&str> = doc.paragraphs.iter().map(|r| &doc.text[r.clone()]).collect();
        assert_eq!(paras, ["Satu.", "Dua dua.", "Tiga"]);
    }

    #[test]
    fn sentences_do_not_break_after_titles_and_initials() {
        let doc = Doc::new(
            "Wakil Bupati Dr. Aloysius hadir. Herbert Y. Asin bicara. Nomor 5 No. 6 selesai.".to_string(),
            Meta::default(),
        );
        let s: Vec<&str> = doc.sentences().iter().map(|r| doc.text[r.clone()].trim_end()).collect();
        assert_eq!(
            s,
            [
                "Wakil Bupati Dr. Aloysius hadir.",
                "Herbert Y. Asin bicara.",
                "Nomor 5 No. 6 selesai."
            ]
        );
    }
}
