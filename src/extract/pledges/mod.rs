//! Pledge points (issue 7): the enumerated commitments of an ikrar,
//! deklarasi or pakta integritas, and the numbered messages of an official.
//!
//! # The problem
//!
//! Indonesian news reports a neutrality pledge by quoting its points, and an
//! official's speech by numbering its messages:
//!
//! ```text
//! Berikut Ikrar Netralitas Pegawai ASN:
//!
//! Pertama, menjaga dan menegakkan prinsip netralitas ...
//!
//! Kedua, menghindari konflik kepentingan ...
//! ```
//!
//! The same devices, ordinal words and list markers, also number things
//! that commit no one: a ranking ("posisi kedua"), the readiness aspects of
//! an agency ("Pertama regulasi, kedua anggaran"), a law's `a.`/`b.` items,
//! a ballot number. And the ordinals double as ordinary words: "kedua
//! tersangka" is *both suspects*, "batu pertama" a *first stone*, "pertama
//! kali" *the first time*. The pass therefore works in three steps, each
//! cheap and each refusing early.
//!
//! # 1. Candidates
//!
//! One Aho-Corasick automaton (built once from `data/pledges_lexicon.tsv`)
//! finds the ordinal words (*pertama* … *kesebelas*, *kesatu*) and the
//! continuation words (*selanjutnya*, *berikutnya*, *terakhir*); a regular
//! expression finds numeral ordinals ("poin ke-3", counted only behind a
//! prefix noun); two more (also built once) find list markers: `1.`, `1)`,
//! `(1)`, `a.`, `a)`, `(a)` and dash or bullet items at a line start, and the
//! numbered and lettered ones inline after `:`, `;`, `.`, `,` or a
//! list-introducing word ("yaitu", "antara lain", "dan").
//!
//! An ordinal word becomes a candidate only where it can open a clause: at a
//! sentence or line start, after an opening quote, after `,` `;` `:` or after
//! a word that opens a list ("yakni", "yaitu"), possibly behind a prefix noun
//! ("poin kedua", "ikrar keempat", "butir ketiga") and connectives ("dan yang
//! ketiga"). Each candidate records whether a comma, colon, dash or copula
//! ("kedua adalah") follows it (*strong*), whether it had a prefix, and its
//! paragraph and sentence. `(1)` right after a number ("Pasal 42 (1)") is
//! never a marker.
//!
//! HTML list items reach the doc as bare paragraphs, their numbers lost with
//! the `<ol>`. They are taken as a list only after a paragraph that ends
//! with `:` and names an ikrar or the like in its last sentence, and only
//! while each paragraph reads like a commitment: it opens with a verb
//! (*menjaga*, *bersikap*, *tidak*, *siap*, *kami* …), holds no quotation and
//! is short; an announced size caps how many are taken.
//!
//! # 2. Lists
//!
//! Candidates are grouped in text order. A list opens at ordinal 1 and
//! grows only by the next ordinal of the same family (ordinal words and
//! continuation words together; each marker style on its own; bullets of
//! one character in adjacent paragraphs), no more than four paragraphs after
//! the previous point, so a quote or a comment between two points does not
//! break the list. A bare ordinal without a comma ("Kedua pelaku") may
//! continue a list only inside the sentence of the previous point, which
//! keeps the terse inline form ("pertama regulasi, kedua anggaran") and
//! rejects *both suspects*. A continuation word counts only with a comma or
//! a prefix, only after two points, only within two paragraphs, and not when
//! a reporting verb follows ("Selanjutnya, ia mengatakan"). A list needs two
//! points.
//!
//! # 3. Kind, size, points
//!
//! The announcing context decides the kind: the words of the first point's
//! sentence before its marker, then up to six earlier sentences within three
//! paragraphs (two sentences for lists of markers, which are announced right
//! before them), nearest first. The first sentence naming an ikrar,
//! deklarasi, pakta integritas, sumpah or janji makes the list a `pledge`;
//! one naming messages, instructions or warnings (*pesan*, *arahan*,
//! *imbauan*, *mengingatkan*, *harus* …) an `appeal`; a non-commitment intro
//! (*pemenang*, *agenda*, *nomor urut*, *pasal*, *aspek* …) in the announcing
//! sentence or the one before it makes the list nothing. Pledge cues outrank
//! the others within a sentence ("dalam ikrar tersebut … yang harus"); of
//! the others, the one nearer the list wins. With no cue near the list, a
//! headline naming an ikrar or deklarasi makes it a pledge, else a list whose
//! points mostly carry appeal words is an appeal; otherwise it is dropped.
//! A list whose points mostly open with a regulation ("UU Nomor …", "Pasal
//! 2") is a legal basis and gives nothing.
//! The announced size (`declared`) is the nearest "number + count noun" in
//! the same window ("empat poin", "4 butir", "enam poin ikrar"); finding
//! fewer points than declared adds a `declared_count_mismatch` warning.
//!
//! A point's text starts after its marker (and after a lead word such as
//! *adalah*, or an interjected speech tag such as "lanjut Sarip,") and ends
//! at the first of: the next point's marker, the end of its sentence (a
//! point is its first sentence), the end of its line (for line items), the
//! closing quote when the marker sits inside a quotation, the paragraph end.
//! Trailing commas, a joining "; dan" and a reporter's code ("(cr23)") are
//! trimmed. Topics come from `data/pledges_topics.tsv` by keyword, never by
//! position; they are given for appeal points too, whose messages touch the
//! same themes.
//!
//! Offsets: everything above works on byte ranges of `doc.text`; a point
//! becomes a record item through [`Doc::mention`], so `start`/`end` are code
//! points and `text` is exactly the characters between them.
//!
//! # Cost
//!
//! A list needs an opener: an ordinal word or marker worth 1 ("Pertama,",
//! `1.`, `(a)`) where it can open a clause, or two bullets of one kind. Most
//! articles have none, so a quick filter (`may_open_list`) looks for one
//! first: a branch-free test of 16 bytes at a time (SIMD compares) that
//! flags the rare positions where an opener may start, then the exact
//! opener tests at those. It never turns away a text in which the steps
//! above could find a list (tested against them, also on random texts);
//! about 95% of news articles stop there, at well under a microsecond
//! (~0.5 µs for 1.8 KB). The rest pay for one automaton scan and three
//! regex scans over the text, then work proportional to the candidates
//! found (a handful per article); the pass allocates only for what it
//! reports. The doc's sentence split, its costliest input (tens of
//! microseconds), is asked for only when a list has formed, or when a bare
//! ordinal may continue a list inside one paragraph. The tables are parsed,
//! and the automata built, once per process (a few milliseconds at the
//! first document). Unmarked lists (bare paragraphs after an announcing
//! paragraph that ends with `:`) are looked for separately, at a byte test
//! per paragraph.

mod lexicon;
#[cfg(test)]
mod tests;

use std::ops::Range;
use std::sync::LazyLock;

use regex::Regex;

use crate::doc::Doc;
use crate::record::{PledgeKind, PledgeList, PledgePoint, Warning};
use lexicon::{Cue, LEXICON, Marker, TOPICS, base};

/// What the pledges pass found.
#[derive(Debug, Default)]
pub struct Found {
    /// Pledge and appeal lists, in text order.
    pub lists: Vec<PledgeList>,
    /// Warnings (`declared_count_mismatch`).
    pub warnings: Vec<Warning>,
}

/// Finds enumerated pledges and appeals in `doc`.
///
/// Cost: for most articles one quick filter pass (well under a
/// microsecond); texts that may hold a list pay one automaton and three
/// regex scans plus a little per candidate marker, and the doc's sentences
/// only when a list forms.
pub fn extract(doc: &Doc) -> Found {
    // Most articles hold no list: one cheap pass rules them out before the
    // automaton, the marker regexes and the sentence split.
    let kinds = may_open_list(doc);
    let cands = if kinds == Openers::default() {
        Vec::new()
    } else {
        candidates(doc, kinds)
    };
    let groups = group(doc, &cands);
    let unmarked = unmarked_lists(doc);
    let mut lists: Vec<Vec<&Cand>> = groups.iter().map(|g| g.iter().map(|&i| &cands[i]).collect()).collect();
    for u in &unmarked {
        let (lo, hi) = (u[0].para, u[u.len() - 1].para);
        let overlaps = lists.iter().any(|l| l.iter().any(|c| (lo..=hi).contains(&c.para)));
        if !overlaps {
            lists.push(u.iter().collect());
        }
    }
    lists.sort_by_key(|l| l[0].marker);
    let mut found = Found::default();
    for pts in lists {
        build(doc, &pts, &mut found);
    }
    found
}

/// The topics of a point's text, from `data/pledges_topics.tsv`, in table
/// order. Cost: one automaton scan of `text`.
pub fn topics(text: &str) -> Vec<String> {
    TOPICS.of(text)
}

/// A marker's family: lists never mix families.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Family {
    /// Ordinal and continuation words.
    Words,
    /// `1.`
    NumDot,
    /// `1)`
    NumParen,
    /// `(1)`
    NumBoth,
    /// `a.`
    LetDot,
    /// `a)`
    LetParen,
    /// `(a)`
    LetBoth,
    /// A dash or bullet character at a line start.
    Bullet(char),
    /// Bare paragraphs after an announcing paragraph (HTML list items).
    Unmarked,
}

/// One place that may number a point.
#[derive(Clone, Debug)]
struct Cand {
    /// Byte start of the marker (with its prefix and connectives).
    marker: usize,
    /// Byte where the point's words may begin.
    body: usize,
    /// Ordinal as written; `None` for continuations and bullets.
    n: Option<u32>,
    /// A continuation word closing the list ("terakhir").
    last: bool,
    family: Family,
    /// Opens a clause (sentence/line start, after a quote or `,;:`).
    initial: bool,
    /// Followed by a comma, colon or dash.
    strong: bool,
    /// Behind a prefix noun ("poin kedua").
    prefixed: bool,
    /// Behind a connective ("yang ketiga").
    connective: bool,
    /// A list marker at a line start (its item ends at the line end).
    line_item: bool,
    para: usize,
}

/// Most paragraphs between two points of one list of ordinal words.
const MAX_WORD_GAP: usize = 4;
/// Most paragraphs between two list-marker items.
const MAX_ITEM_GAP: usize = 2;
/// Most paragraphs between a continuation word and the previous point.
const MAX_CONTINUATION_GAP: usize = 2;
/// Sentences before the first point searched for cues and sizes.
const CONTEXT_SENTENCES: usize = 6;
/// Sentences before the first point of a marker list searched for cues.
const MARKER_CONTEXT_SENTENCES: usize = 2;
/// Paragraphs before the first point searched for cues and sizes.
const CONTEXT_PARAGRAPHS: usize = 3;

const MARKER_GROUPS: &str =
    r"(?:(?P<num>[0-9]{1,2})(?P<nsep>[.)])|\((?P<pnum>[0-9]{1,2})\)|(?P<let>[a-j])(?P<lsep>[.)])|\((?P<plet>[a-j])\))";

/// "ke-3", "ke-10": an ordinal written with a numeral. (ASCII word
/// boundaries keep every regex of this pass on the fast DFA engines.)
static KE_N: LazyLock<Regex> = LazyLock::new(|| crate::re::regex(r"(?i)(?-u:\b)ke-([0-9]{1,2})(?-u:\b)"));

/// List markers at a line start (paragraph starts are line starts).
static LINE_MARKER: LazyLock<Regex> = LazyLock::new(|| {
    crate::re::regex(&format!(
        r"(?m)^[ \t]*(?P<m>{MARKER_GROUPS}|(?P<bul>[-–—•●▪◦·*]))[ \t]+"
    ))
});

/// Numbered and lettered markers inside a line, after `:`, `;`, `.` or `,`,
/// or after a list-introducing word ("yaitu", "antara lain", "dan").
static INLINE_MARKER: LazyLock<Regex> = LazyLock::new(|| {
    crate::re::regex(&format!(
        r"(?:[:;.,]|(?-u:\b)(?i:yaitu|yakni|antara lain|meliputi|berikut|adalah|ialah|dan|serta))[ \t]+(?P<m>{MARKER_GROUPS})[ \t]+"
    ))
});

fn index_of(ranges: &[Range<usize>], byte: usize) -> usize {
    ranges
        .partition_point(|r| r.end <= byte)
        .min(ranges.len().saturating_sub(1))
}

fn prev_char(text: &str, i: usize) -> Option<char> {
    text[..i].chars().next_back()
}

/// Skips spaces and tabs backwards from `i`.
fn skip_back_blanks(text: &str, mut i: usize) -> usize {
    while let Some(c) = prev_char(text, i) {
        if c == ' ' || c == '\t' {
            i -= 1;
        } else {
            break;
        }
    }
    i
}

/// Skips spaces and tabs forwards from `i`.
fn skip_blanks(text: &str, mut i: usize) -> usize {
    while let Some(c) = text[i..].chars().next() {
        if c == ' ' || c == '\t' {
            i += 1;
        } else {
            break;
        }
    }
    i
}

/// The word (letters only) ending at `i` after skipping blanks back, as
/// (start, word).
fn word_before(text: &str, i: usize) -> Option<(usize, &str)> {
    let end = skip_back_blanks(text, i);
    let start = text[..end]
        .char_indices()
        .rev()
        .take_while(|(_, c)| c.is_alphabetic())
        .last()
        .map(|(b, _)| b)?;
    Some((start, &text[start..end]))
}

/// The word (letters and digits) starting at `i` after skipping blanks, as
/// (start, end).
fn word_after(text: &str, i: usize) -> Option<(usize, usize)> {
    let start = skip_blanks(text, i);
    let len: usize = text[start..]
        .chars()
        .take_while(|c| c.is_alphanumeric())
        .map(char::len_utf8)
        .sum();
    (len > 0).then_some((start, start + len))
}

fn is_quote(c: char) -> bool {
    matches!(c, '"' | '“' | '”' | '\'' | '‘' | '’' | '«' | '»')
}

/// Whether byte `i` opens a clause: text or line start, or after a sentence
/// end, a clause mark, an opening bracket, a dash or a quote.
fn opens_clause(text: &str, i: usize) -> bool {
    let j = skip_back_blanks(text, i);
    match prev_char(text, j) {
        None => true,
        Some(c) => {
            matches!(
                c,
                '\n' | '.' | '!' | '?' | ',' | ';' | ':' | '(' | '[' | '–' | '—' | '-'
            ) || is_quote(c)
        }
    }
}

/// Words after an ordinal that make it an adjective or a phrase, not a
/// marker ("pertama kali", "kedua belah pihak", "pertama dan kedua").
const NOT_AFTER_ORDINAL: &[&str] = &[
    "kali", "kalinya", "tama", "belah", "dan", "atau", "hingga", "sampai", "dari",
];

/// Positions the block test of [`may_open_list`] looks at per step.
const BLOCK: usize = 16;
/// Bytes past a position the block test reads ("pertama": `p` and `m` five
/// bytes on).
const LOOK: usize = 5;
/// Length of a block test's window: the byte before the block, the block,
/// and the look-ahead.
const WINDOW: usize = 1 + BLOCK + LOOK;

/// Whether some position of the block `w[1..=BLOCK]` (`w[0]` is the byte
/// before it) may start something that opens a list: an ordinal word worth
/// 1 ("pertama", "kesatu", "ke-1"; tested by three of their bytes, ASCII
/// case folded), a marker `1.`, `1)`, `a.`, `a)` (also the end of `(1)`,
/// `01.`, `(a)`) after a blank, a line start or `(`/`0`, and followed by a
/// blank, or a line start followed by a blank or the start of a bullet
/// character. A superset: [`opener_at`] decides. Branch-free over a fixed
/// block, so the compiler turns it into a few SIMD compares per 16 bytes.
#[inline(always)]
fn block_may_open(w: &[u8; WINDOW]) -> bool {
    let mut hit = false;
    for k in 0..BLOCK {
        hit |= may_open_at(w, k + 1);
    }
    hit
}

/// The positions of the block `w[1..=BLOCK]` that [`block_may_open`]
/// flags, one bit each (asked for only for a flagged block).
fn block_mask(w: &[u8; WINDOW]) -> u16 {
    (0..BLOCK).fold(0, |m, k| m | u16::from(may_open_at(w, k + 1)) << k)
}

/// The test of [`block_may_open`] at `w[j]`.
#[inline(always)]
fn may_open_at(w: &[u8; WINDOW], j: usize) -> bool {
    let (a, l) = (w[j], w[j] | 0x20);
    let (n, n2, n3) = (w[j + 1], w[j + 2], w[j + 3]);
    let (l2, l5) = (n2 | 0x20, w[j + 5] | 0x20);
    let word = (l == b'p') & (l2 == b'r') & (l5 == b'm')
        | (l == b'k') & (((l2 == b's') & (l5 == b'u')) | (n2 == b'-'))
        // "Ke-" with a KELVIN SIGN, which the regex's Unicode `(?i)`
        // folds to `k`.
        | (a == 0xE2) & (n == 0x84) & (w[j + 4] == b'-');
    let p = w[j - 1];
    let item = ((a == b'1') | (a == b'a'))
        & ((n == b'.') | (n == b')'))
        & ((n2 == b' ') | (n2 == b'\t'))
        & ((p <= b' ') | (p == b'(') | (p == b'0'));
    // A line start, then a blank, '-', '*' or a multi-byte character
    // (the bullets '·' C2 B7, '–' E2 80 93 ...), but not the opening
    // quote E2 80 9C that starts many paragraphs.
    let line = (a == b'\n') & (n != b'\n') & ((n <= b'*') | (n == b'-') | (n >= 0xC2)) & (n3 != 0x9C);
    word | item | line
}

/// Which kinds of list a text may hold (see [`may_open_list`]).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
struct Openers {
    /// Lists of ordinal and continuation words.
    words: bool,
    /// Lists of numbered, lettered or bulleted items.
    markers: bool,
}

impl Openers {
    /// Both kinds.
    const ALL: Openers = Openers {
        words: true,
        markers: true,
    };
}

/// What may open a list at a byte.
enum Opener {
    /// An ordinal word worth 1.
    Word,
    /// A list marker worth 1.
    Marker,
    /// A bullet item at a line start (index into [`BULLETS`]).
    Bullet(usize),
}

/// The bullet characters of `LINE_MARKER`.
const BULLETS: [char; 9] = ['-', '–', '—', '•', '●', '▪', '◦', '·', '*'];

/// Whether a marker's words may start at `i`: a letter or a quote.
fn item_words_at(text: &str, i: usize) -> bool {
    text[i..]
        .chars()
        .next()
        .is_some_and(|c| c.is_alphabetic() || is_quote(c))
}

/// What opens a list at byte `j` of the text, by the same tests as
/// [`candidates`] (ordinal words through [`word_candidate`]; markers and
/// bullets by the conditions of `LINE_MARKER` and `INLINE_MARKER`, except
/// what precedes an inline marker, so this finds at least what they find).
fn opener_at(doc: &Doc, j: usize) -> Option<Opener> {
    let text = doc.text.as_str();
    let b = text.as_bytes();
    let at = |k: usize| b.get(k).copied().unwrap_or(0);
    let blank = |c: u8| c == b' ' || c == b'\t';
    match at(j) {
        b'p' | b'P' | b'k' | b'K' => {
            for w in ["pertama", "kesatu"] {
                if b[j..].len() >= w.len() && b[j..j + w.len()].eq_ignore_ascii_case(w.as_bytes()) {
                    return word_candidate(doc, j, j + w.len(), Marker::Ordinal(1), false).map(|_| Opener::Word);
                }
            }
            // `KE_N`: ASCII word boundaries around "ke-" and one or two digits.
            if b[j..].len() >= 4 && b[j..j + 3].eq_ignore_ascii_case(b"ke-") && (j == 0 || !is_ascii_word(b[j - 1])) {
                let digits = b[j + 3..].iter().take(3).take_while(|c| c.is_ascii_digit()).count();
                let end = j + 3 + digits;
                let value = text[j + 3..end].parse::<u32>().ok();
                if (1..=2).contains(&digits) && !is_ascii_word(at(end)) && value == Some(1) {
                    return word_candidate(doc, j, end, Marker::Ordinal(1), true).map(|_| Opener::Word);
                }
            }
            None
        }
        0xE2 if text[j..].starts_with('\u{212A}') && at(j + 3) | 0x20 == b'e' && at(j + 4) == b'-' => {
            Some(Opener::Word)
        }
        c @ (b'1' | b'a') if matches!(at(j + 1), b'.' | b')') && blank(at(j + 2)) => {
            let mut body = j + 2;
            while blank(at(body)) {
                body += 1;
            }
            if !item_words_at(text, body) {
                return None;
            }
            // Where the marker may begin: `1`, `01`, `(1)`, `(01)`, `a`, `(a)`.
            let paren = at(j + 1) == b')';
            let starts = [
                Some(j),
                (c == b'1' && j >= 1 && b[j - 1] == b'0').then(|| j - 1),
                (paren && j >= 1 && b[j - 1] == b'(').then(|| j - 1),
                (c == b'1' && paren && j >= 2 && b[j - 1] == b'0' && b[j - 2] == b'(').then(|| j - 2),
            ];
            starts
                .into_iter()
                .flatten()
                .any(|s| s == 0 || matches!(b[s - 1], b' ' | b'\t' | b'\n'))
                .then_some(Opener::Marker)
        }
        b'\n' => bullet_at(text, j + 1),
        _ => None,
    }
}

/// The bullet item starting the line at byte `line`, as `LINE_MARKER` finds
/// it: blanks, a bullet character, blanks, then the item's words.
fn bullet_at(text: &str, line: usize) -> Option<Opener> {
    let mut i = skip_blanks(text, line);
    let c = text[i..].chars().next()?;
    let k = BULLETS.iter().position(|&b| b == c)?;
    i += c.len_utf8();
    let words = skip_blanks(text, i);
    (words > i && item_words_at(text, words)).then_some(Opener::Bullet(k))
}

fn is_ascii_word(c: u8) -> bool {
    c.is_ascii_alphanumeric() || c == b'_'
}

/// Which kinds of list `doc` may hold: lists of words when some ordinal
/// word worth 1 can open one, lists of markers when some marker worth 1
/// can, or two bullets of one kind stand at line starts ([`candidates`]
/// finds no list of a kind without its opener). A quick filter, never wrong
/// in the "no" direction; for the kinds it lets through, [`candidates`]
/// decides.
///
/// Cost: one branch-free pass over the text, 16 bytes per step, plus a few
/// exact tests at the rare positions it flags (an article without a list
/// costs well under a microsecond).
fn may_open_list(doc: &Doc) -> Openers {
    let text = doc.text.as_str();
    let b = text.as_bytes();
    let mut bullets = [0u8; BULLETS.len()];
    let mut found = Openers::default();
    // Whether both kinds are found (nothing more to learn).
    let mut opens = |o: Option<Opener>| {
        match o {
            Some(Opener::Word) => found.words = true,
            Some(Opener::Marker) => found.markers = true,
            Some(Opener::Bullet(k)) => {
                bullets[k] += 1;
                found.markers |= bullets[k] >= 2;
            }
            None => {}
        }
        found == Openers::ALL
    };
    if opens(bullet_at(text, 0)) {
        return found;
    }
    let mut i = 0;
    while i < b.len() {
        // A reference into the text, not a copy, where the window fits: a
        // copy on the stack read back at shifted offsets stalls store
        // forwarding. The first and last windows are padded copies (a blank
        // before the text, zeros after it: neither flags anything wrongly).
        let mut pad = [0u8; WINDOW];
        let w: &[u8; WINDOW] = match (i.checked_sub(1)).and_then(|s| b.get(s..s + WINDOW)) {
            Some(s) => s.try_into().expect("window length"),
            None => {
                let from = i.saturating_sub(1);
                let off = usize::from(i == 0);
                pad[0] = b' ';
                let n = (b.len() - from).min(WINDOW - off);
                pad[off..off + n].copy_from_slice(&b[from..from + n]);
                &pad
            }
        };
        let mut mask = if block_may_open(w) { block_mask(w) } else { 0 };
        while mask != 0 {
            let j = i + mask.trailing_zeros() as usize;
            mask &= mask - 1;
            if j < b.len() && opens(opener_at(doc, j)) {
                return found;
            }
        }
        i += BLOCK;
    }
    found
}

/// The candidates of the kinds in `kinds` (a family without an opener
/// forms no list, so its scans are skipped: words and markers never share
/// a start, since a marker letter is followed by `.` or `)` and a word
/// ends before blanks). Empty when no two candidates of one family can
/// form a list.
fn candidates(doc: &Doc, kinds: Openers) -> Vec<Cand> {
    let text = doc.text.as_str();
    let lex = &*LEXICON;
    let mut out = Vec::new();

    // Ordinal and continuation words, then "ke-N" ordinals ("poin ke-3"),
    // which count only behind a prefix noun.
    if kinds.words {
        let words = lex
            .marker_finder
            .find_iter(text)
            .map(|m| (m.start(), m.end(), lex.markers[m.pattern().as_usize()], false));
        let ke_n = KE_N.captures_iter(text).filter_map(|c| {
            let (all, n) = (c.get(0)?, c.get(1)?);
            Some((all.start(), all.end(), Marker::Ordinal(n.as_str().parse().ok()?), true))
        });
        let mut found_words: Vec<_> = words.chain(ke_n).collect();
        found_words.sort_by_key(|w| w.0);
        for (s, e, marker, needs_prefix) in found_words {
            out.extend(word_candidate(doc, s, e, marker, needs_prefix));
        }
    }

    let marker_res: &[(&Regex, bool)] = if kinds.markers {
        &[(&LINE_MARKER, true), (&INLINE_MARKER, false)]
    } else {
        &[]
    };
    for &(re, line_item) in marker_res {
        for caps in re.captures_iter(text) {
            let (Some(m), Some(all)) = (caps.name("m"), caps.get(0)) else {
                continue;
            };
            let body = all.end();
            // The item's words start with a letter or a quote.
            if !text[body..]
                .chars()
                .next()
                .is_some_and(|c| c.is_alphabetic() || is_quote(c))
            {
                continue;
            }
            let (family, n) = if let Some(d) = caps.name("num") {
                let fam = if caps.name("nsep").map(|s| s.as_str()) == Some(".") {
                    Family::NumDot
                } else {
                    Family::NumParen
                };
                (fam, d.as_str().parse().ok())
            } else if let Some(d) = caps.name("pnum") {
                (Family::NumBoth, d.as_str().parse().ok())
            } else if let Some(l) = caps.name("let") {
                let fam = if caps.name("lsep").map(|s| s.as_str()) == Some(".") {
                    Family::LetDot
                } else {
                    Family::LetParen
                };
                (fam, letter_value(l.as_str()))
            } else if let Some(l) = caps.name("plet") {
                (Family::LetBoth, letter_value(l.as_str()))
            } else if let Some(b) = caps.name("bul") {
                (Family::Bullet(b.as_str().chars().next().unwrap_or('-')), None)
            } else {
                continue;
            };
            if n == Some(0) {
                continue;
            }
            out.push(Cand {
                marker: m.start(),
                body,
                n,
                last: false,
                family,
                initial: true,
                strong: true,
                prefixed: false,
                connective: false,
                line_item,
                para: index_of(&doc.paragraphs, m.start()),
            });
        }
    }
    out.sort_by_key(|c| c.marker);
    out.dedup_by_key(|c| c.marker);
    let opens = |c: &Cand| c.n == Some(1) || matches!(c.family, Family::Bullet(_));
    let possible = out
        .iter()
        .enumerate()
        .any(|(i, c)| opens(c) && out[i + 1..].iter().any(|d| d.family == c.family));
    if !possible {
        return Vec::new();
    }
    // Sentence indices stay unset: grouping asks for the few it needs, and
    // [`extract`] fills them in once a list has formed.
    out
}

/// The candidate an ordinal or continuation word at `s..e` makes, if any:
/// the word must stand alone, be followed by a point's words (or a comma,
/// colon or dash) and open a clause, possibly behind a prefix noun and
/// connectives. Its sentence is left unset (`usize::MAX`). Cost: a few
/// char and word lookups around the word.
fn word_candidate(doc: &Doc, s: usize, e: usize, marker: Marker, needs_prefix: bool) -> Option<Cand> {
    let text = doc.text.as_str();
    let lex = &*LEXICON;
    let before = prev_char(text, s);
    let after = text[e..].chars().next();
    if before.is_some_and(|c| c.is_alphanumeric() || c == '-') || after.is_some_and(|c| c.is_alphanumeric() || c == '-')
    {
        return None;
    }
    // What follows the word.
    let f = skip_blanks(text, e);
    let next = text[f..].chars().next();
    let (strong, body) = match next {
        Some(',' | ':') => (true, f + 1),
        Some(c @ ('–' | '—' | '-')) if text[f + c.len_utf8()..].starts_with(' ') => (true, f + c.len_utf8()),
        Some(c) if c.is_alphabetic() || is_quote(c) => {
            let mut strong = false;
            if let Some((ws, we)) = word_after(text, f) {
                let w = text[ws..we].to_lowercase();
                if matches!(marker, Marker::Ordinal(_)) && NOT_AFTER_ORDINAL.contains(&w.as_str()) {
                    return None;
                }
                // "Kedua adalah ...": a copula binds like a colon.
                strong = lex.leads.contains(&w);
            }
            (strong, f)
        }
        _ => return None,
    };
    // What precedes it: a prefix noun, then connectives.
    let mut start = s;
    let mut prefixed = false;
    let mut connective = false;
    if let Some((ws, w)) = word_before(text, start)
        && lex.prefixes.contains(&w.to_lowercase())
    {
        start = ws;
        prefixed = true;
    }
    for _ in 0..2 {
        match word_before(text, start) {
            Some((ws, w)) if lex.connectives.contains(&w.to_lowercase()) => {
                start = ws;
                connective = true;
            }
            _ => break,
        }
    }
    let initial = opens_clause(text, start)
        || word_before(text, start).is_some_and(|(_, w)| lex.openers.contains(&w.to_lowercase()));
    if (!initial && !connective) || (needs_prefix && !prefixed) {
        return None;
    }
    let (n, last) = match marker {
        Marker::Ordinal(n) => (Some(n), false),
        Marker::Continuation { last } => {
            if !(initial && (strong || prefixed)) || reporting_follows(text, body) {
                return None;
            }
            (None, last)
        }
    };
    Some(Cand {
        marker: start,
        body,
        n,
        last,
        family: Family::Words,
        initial,
        strong,
        prefixed,
        connective,
        line_item: false,
        para: index_of(&doc.paragraphs, start),
    })
}

fn letter_value(l: &str) -> Option<u32> {
    let c = l.chars().next()?;
    Some(c as u32 - 'a' as u32 + 1)
}

/// Whether one of the first four words after `body` is a reporting verb.
fn reporting_follows(text: &str, body: usize) -> bool {
    let mut i = body;
    for _ in 0..4 {
        i = text[i..]
            .char_indices()
            .find(|(_, c)| c.is_alphanumeric())
            .map_or(text.len(), |(o, _)| i + o);
        match word_after(text, i) {
            Some((ws, we)) => {
                if LEXICON.reporting.contains(&text[ws..we].to_lowercase()) {
                    return true;
                }
                i = we;
            }
            None => return false,
        }
    }
    false
}

/// Lists whose items carry no marker (HTML `<li>` items come out of the
/// cleaner as bare paragraphs): a paragraph ending with `:` whose last
/// sentence names an ikrar, deklarasi or the like, followed by at least two
/// paragraphs that each read like a commitment (they open with a verb or
/// with "tidak", "siap", "kami" …, hold no quotation, and are short). With an
/// announced size, no more items than announced are taken. Cost: one pass
/// over the paragraphs, with a few word lookups per paragraph.
fn unmarked_lists(doc: &Doc) -> Vec<Vec<Cand>> {
    let text = doc.text.as_str();
    let mut out = Vec::new();
    let mut i = 0;
    while i + 2 < doc.paragraphs.len() {
        let p = &text[doc.paragraphs[i].clone()];
        if !p.ends_with(':') {
            i += 1;
            continue;
        }
        let last_sentence = p[..p.len() - 1].rfind(['.', '!', '?']).map_or(p, |k| &p[k + 1..]);
        let words = base_words(last_sentence);
        if cues_in(&words)[0].is_none() {
            i += 1;
            continue;
        }
        let limit = declared_in(&words).map_or(usize::MAX, |d| d as usize);
        let mut items = Vec::new();
        let mut j = i + 1;
        while j < doc.paragraphs.len() && items.len() < limit && is_unmarked_item(&text[doc.paragraphs[j].clone()]) {
            let r = doc.paragraphs[j].clone();
            items.push(Cand {
                marker: r.start,
                body: r.start,
                n: Some(items.len() as u32 + 1),
                last: false,
                family: Family::Unmarked,
                initial: true,
                strong: true,
                prefixed: false,
                connective: false,
                line_item: true,
                para: j,
            });
            j += 1;
        }
        if items.len() >= 2 {
            out.push(items);
        }
        i = j.max(i + 1);
    }
    out
}

/// Whether a bare paragraph reads like one commitment of a list.
fn is_unmarked_item(p: &str) -> bool {
    let lex = &*LEXICON;
    if p.contains(['"', '“', '”', ':']) || p.split_whitespace().count() > 60 {
        return false;
    }
    let Some(first) = p.split(|c: char| !c.is_alphabetic()).next() else {
        return false;
    };
    let w = first.to_lowercase();
    if w.is_empty() || lex.not_item_start.contains(&w) {
        return false;
    }
    lex.item_start.contains(&w)
        || lex
            .item_prefixes
            .iter()
            .any(|pre| w.starts_with(pre.as_str()) && w.len() > pre.len() + 2)
}

/// An open list while grouping: candidate indices and the next ordinal.
struct Open {
    family: Family,
    items: Vec<usize>,
}

/// Whether candidates `a` and `b` stand in one sentence of `doc`. Sentences
/// never cross paragraphs, so a sentence split (the costliest part) is
/// asked for only for two candidates of one paragraph, and only theirs.
fn same_sentence(doc: &Doc, a: &Cand, b: &Cand) -> bool {
    a.para == b.para && doc.sentence_at(a.marker) == doc.sentence_at(b.marker)
}

/// Groups candidates into lists (indices into `cands`), in text order.
/// Cost: linear in the candidates; the doc's sentences are computed only
/// when a bare ordinal may continue a list inside its paragraph.
fn group(doc: &Doc, cands: &[Cand]) -> Vec<Vec<usize>> {
    let mut open: Vec<Open> = Vec::new();
    let mut done: Vec<Vec<usize>> = Vec::new();
    let close = |o: Open, done: &mut Vec<Vec<usize>>| {
        if o.items.len() >= 2 {
            done.push(o.items);
        }
    };
    for (i, c) in cands.iter().enumerate() {
        let slot = open.iter().position(|o| o.family == c.family);
        let gap_ok = |o: &Open, max: usize| c.para - cands[*o.items.last().expect("non-empty")].para <= max;
        match c.family {
            Family::Words => {
                let Some(n) = c.n else {
                    // A continuation word.
                    if let Some(k) = slot
                        && open[k].items.len() >= 2
                        && gap_ok(&open[k], MAX_CONTINUATION_GAP)
                    {
                        open[k].items.push(i);
                        if c.last {
                            let o = open.remove(k);
                            close(o, &mut done);
                        }
                    }
                    continue;
                };
                let live = slot.filter(|&k| gap_ok(&open[k], MAX_WORD_GAP));
                if n == 1 && c.initial && (c.strong || c.prefixed || live.is_none()) {
                    if let Some(k) = slot {
                        let o = open.remove(k);
                        close(o, &mut done);
                    }
                    open.push(Open {
                        family: c.family,
                        items: vec![i],
                    });
                } else if let Some(k) = live {
                    let prev = &cands[*open[k].items.last().expect("non-empty")];
                    let ok = || {
                        (c.initial && (c.strong || c.prefixed))
                            || ((c.initial || c.connective) && same_sentence(doc, prev, c))
                    };
                    if open[k].items.len() as u32 + 1 == n && ok() {
                        open[k].items.push(i);
                    }
                }
            }
            Family::Bullet(_) => match slot {
                Some(k) if gap_ok(&open[k], 1) => open[k].items.push(i),
                _ => {
                    if let Some(k) = slot {
                        let o = open.remove(k);
                        close(o, &mut done);
                    }
                    open.push(Open {
                        family: c.family,
                        items: vec![i],
                    });
                }
            },
            _ => {
                let n = c.n.unwrap_or(0);
                if n == 1 {
                    if let Some(k) = slot {
                        let o = open.remove(k);
                        close(o, &mut done);
                    }
                    open.push(Open {
                        family: c.family,
                        items: vec![i],
                    });
                } else if let Some(k) = slot.filter(|&k| gap_ok(&open[k], MAX_ITEM_GAP))
                    && open[k].items.len() as u32 + 1 == n
                {
                    open[k].items.push(i);
                }
            }
        }
    }
    for o in open {
        close(o, &mut done);
    }
    done.sort_by_key(|g| cands[g[0]].marker);
    done
}

/// Turns one group into a list (or nothing) and its warnings.
fn build(doc: &Doc, pts: &[&Cand], found: &mut Found) {
    let mut spans: Vec<Range<usize>> = Vec::new();
    for (k, c) in pts.iter().enumerate() {
        let next = pts.get(k + 1).map(|n| n.marker);
        match extent(doc, c, next) {
            Some(r) => spans.push(r),
            None => break,
        }
    }
    if spans.len() < 2 {
        return;
    }
    let texts: Vec<&str> = spans.iter().map(|r| &doc.text[r.clone()]).collect();
    let Some(kind) = kind(doc, pts[0], &texts) else { return };
    let declared = declared(doc, pts[0]);
    let points: Vec<PledgePoint> = spans
        .iter()
        .enumerate()
        .map(|(k, r)| {
            let m = doc.mention(r.clone());
            PledgePoint {
                n: k as u32 + 1,
                topics: TOPICS.of(&m.text),
                text: m.text,
                start: m.start,
                end: m.end,
            }
        })
        .collect();
    if let Some(d) = declared
        && (points.len() as u32) < d
    {
        let what = match kind {
            PledgeKind::Pledge => "pledge",
            PledgeKind::Appeal => "appeal",
        };
        found.warnings.push(Warning::new(
            "declared_count_mismatch",
            format!(
                "{what} list at char {}: {d} points declared, {} found",
                points[0].start,
                points.len()
            ),
        ));
    }
    found.lists.push(PledgeList { kind, declared, points });
}

/// Byte range of the point numbered by `c`, whose list's next marker is at
/// `next`; `None` when the point has no words.
fn extent(doc: &Doc, c: &Cand, next: Option<usize>) -> Option<Range<usize>> {
    let text = doc.text.as_str();
    let para = doc.paragraphs[c.para].clone();
    let mut start = skip_lead(text, c.body.min(para.end)).min(para.end);
    let mut end = para.end;
    if let Some(nm) = next
        && nm >= start
    {
        end = end.min(nm);
    }
    if c.line_item
        && let Some(nl) = text[start..end].find('\n')
    {
        end = start + nl;
    }
    // A point is its first sentence (GOLD-FORMAT: "give the point's first
    // sentence"); an item's later sentences explain it.
    if let Some(r) = doc.sentence_at(start).map(|id| doc.sentence(id))
        && r.end > start
    {
        end = end.min(r.end);
    }
    if inside_quote(&text[para.start..c.marker.max(para.start)])
        && let Some(q) = text[start..end].find(['"', '”'])
    {
        end = start + q;
    }
    // Trim.
    let at_para_end = text[end..para.end].trim().is_empty();
    loop {
        let t = text[start..end].trim_end_matches(|ch: char| ch.is_whitespace() || matches!(ch, ',' | ';' | '–' | '—'));
        let mut e2 = start + t.len();
        if at_para_end {
            e2 = trim_reporter_code(text, start, e2);
        }
        // "Menjaga netralitas; dan": the conjunction joins the next item.
        for conj in [" dan", " serta", " atau"] {
            let t = &text[start..e2];
            if t.len() > conj.len()
                && t.is_char_boundary(t.len() - conj.len())
                && t[t.len() - conj.len()..].eq_ignore_ascii_case(conj)
                && t[..t.len() - conj.len()].ends_with([',', ';'])
            {
                e2 -= conj.len();
            }
        }
        if e2 == end {
            break;
        }
        end = e2;
    }
    start = start.min(end);
    let t = &text[start..end];
    let lead = t.len() - t.trim_start().len();
    start += lead;
    (t.chars().any(char::is_alphanumeric)).then_some(start..end)
}

/// A trailing reporter's code ("(cr23)", "(eri/art)") removed from
/// `start..end`; returns the new end.
fn trim_reporter_code(text: &str, start: usize, end: usize) -> usize {
    let t = &text[start..end];
    if let Some(body) = t.strip_suffix(')')
        && let Some(open) = body.rfind('(')
    {
        let code = &body[open + 1..];
        if !code.is_empty()
            && code.len() <= 16
            && code
                .chars()
                .all(|ch| ch.is_ascii_lowercase() || ch.is_ascii_digit() || ch == '/' || ch == '-')
            && body[..open].trim_end().ends_with(['.', '!', '?'])
        {
            return start + body[..open].trim_end().len();
        }
    }
    end
}

/// Skips blanks, a lead word ("adalah") and an interjected speech tag
/// ("lanjut Sarip,", "kata dia,") at `i`.
fn skip_lead(text: &str, i: usize) -> usize {
    let lex = &*LEXICON;
    let mut i = skip_blanks(text, i);
    if let Some((ws, we)) = word_after(text, i)
        && lex.leads.contains(&text[ws..we].to_lowercase())
    {
        i = skip_blanks(text, we);
        if text[i..].starts_with([':', ',']) {
            i = skip_blanks(text, i + 1);
        }
    }
    if let Some((ws, we)) = word_after(text, i)
        && lex.speech.contains(&text[ws..we].to_lowercase())
    {
        let mut j = we;
        for _ in 0..4 {
            let Some((a, b)) = word_after(text, j) else { break };
            let w = &text[a..b];
            let named = w.chars().next().is_some_and(char::is_uppercase)
                || matches!(w.to_lowercase().as_str(), "dia" | "ia" | "beliau" | "dirinya");
            if !named {
                break;
            }
            j = b;
            // Titles with a period ("Dr.") stay inside the tag.
            if text[j..].starts_with('.') {
                j += 1;
            }
            if text[j..].starts_with(',') {
                return skip_blanks(text, j + 1);
            }
        }
    }
    i
}

/// Whether the end of `before` (a paragraph prefix) is inside a quotation.
fn inside_quote(before: &str) -> bool {
    let straight = before.matches('"').count();
    let curly = before.rfind(['“', '”']).map(|i| before[i..].starts_with('“'));
    match curly {
        Some(open) => open,
        None => straight % 2 == 1,
    }
}

/// Lowercased base words of `s` ("-nya" stripped) with digits kept.
fn base_words(s: &str) -> Vec<String> {
    s.split(|c: char| !(c.is_alphanumeric() || c == '-'))
        .map(|w| w.trim_matches('-'))
        .filter(|w| !w.is_empty())
        .map(base)
        .collect()
}

/// The context ranges before the first point, nearest first: the first
/// point's sentence up to its marker, then earlier sentences.
fn context(doc: &Doc, first: &Cand) -> Vec<Range<usize>> {
    let mut out = Vec::new();
    let Some(s0) = doc.sentence_at(first.marker) else {
        return out;
    };
    let lo = doc.sentence(s0).start.min(first.marker);
    out.push(lo..first.marker);
    let mut at = s0;
    for _ in 1..=CONTEXT_SENTENCES {
        let Some(prev) = doc.sentence_before(at) else { break };
        if prev.para + CONTEXT_PARAGRAPHS < first.para {
            break;
        }
        out.push(doc.sentence(prev));
        at = prev;
    }
    out
}

/// Positions (word index) of each cue class in `words`: the last position
/// of a pledge, appeal and other cue.
fn cues_in(words: &[String]) -> [Option<usize>; 3] {
    let mut last = [None; 3];
    for i in 0..words.len() {
        let Some(cands) = LEXICON.cue_index.get(&words[i]) else {
            continue;
        };
        for &(ref cue, class) in cands.iter().map(|&k| &LEXICON.cues[k]) {
            if words[i..].starts_with(cue) {
                let slot = match class {
                    Cue::Pledge => 0,
                    Cue::Appeal => 1,
                    Cue::Other => 2,
                };
                last[slot] = Some(i);
            }
        }
    }
    last
}

/// The list's kind from its announcing context, or `None` when it commits
/// no one.
fn kind(doc: &Doc, first: &Cand, points: &[&str]) -> Option<PledgeKind> {
    // Points that open with a regulation or a pasal list a legal basis.
    let legal = points
        .iter()
        .filter(|p| {
            base_words(p)
                .first()
                .is_some_and(|w| LEXICON.not_point_start.contains(w))
        })
        .count();
    if legal * 2 >= points.len() {
        return None;
    }
    // Marker lists are announced right before them; speeches that number
    // their messages with ordinal words may announce them a few sentences
    // earlier.
    let reach = if first.family == Family::Words {
        CONTEXT_SENTENCES
    } else {
        MARKER_CONTEXT_SENTENCES
    };
    for (k, r) in context(doc, first).into_iter().take(reach + 1).enumerate() {
        let words = base_words(&doc.text[r]);
        let [pledge, appeal, other] = cues_in(&words);
        if pledge.is_some() {
            return Some(PledgeKind::Pledge);
        }
        let other = other.filter(|_| k <= 1);
        match (appeal, other) {
            (Some(a), Some(o)) if o > a => return None,
            (Some(_), _) => return Some(PledgeKind::Appeal),
            (None, Some(_)) => return None,
            (None, None) => {}
        }
    }
    // No cue near the list: a headline about an ikrar or deklarasi claims it.
    if let Some(title) = &doc.meta.title
        && cues_in(&base_words(title))[0].is_some()
    {
        return Some(PledgeKind::Pledge);
    }
    let appealing = points.iter().filter(|p| cues_in(&base_words(p))[1].is_some()).count();
    (appealing * 2 >= points.len() && appealing > 0).then_some(PledgeKind::Appeal)
}

/// The announced size of the list: the nearest "number + count noun" before
/// it ("empat poin", "4 butir").
fn declared(doc: &Doc, first: &Cand) -> Option<u32> {
    context(doc, first)
        .into_iter()
        .find_map(|r| declared_in(&base_words(&doc.text[r])))
}

/// The last "number + count noun" in `words` (base words), as its number.
fn declared_in(words: &[String]) -> Option<u32> {
    let lex = &*LEXICON;
    {
        let mut best = None;
        let mut i = 0;
        while i < words.len() {
            let num = if words[i].chars().all(|c| c.is_ascii_digit()) && words[i].len() <= 2 {
                words[i].parse().ok().map(|v| (v, 1))
            } else {
                lex.numbers
                    .iter()
                    .find(|(w, _)| words[i..].starts_with(w))
                    .map(|(w, v)| (*v, w.len()))
            };
            if let Some((v, len)) = num {
                // "4 (empat) poin": a numeral may repeat before the noun.
                let j = i + len;
                let noun_at = |j: usize| words.get(j).is_some_and(|w| lex.counts.contains(w));
                let repeated = lex
                    .numbers
                    .iter()
                    .find(|(w, _)| words[j.min(words.len())..].starts_with(w));
                if noun_at(j) || repeated.is_some_and(|(w, _)| noun_at(j + w.len())) {
                    best = Some(v);
                }
                i = j;
            } else {
                i += 1;
            }
        }
        best
    }
}
