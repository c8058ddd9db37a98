//! Plain-text cleaning: a scraped page's text in, the article body and what
//! the page states about it (title, outlet, dateline, byline, publication
//! time) out.
//!
//! Scraped text is the whole page flattened: rubric and widget lines above
//! the headline, the headline (often repeated), a timestamp, bylines, the
//! body with "Baca juga" teasers woven in, and share, comment and rubric
//! blocks below. The cleaner works on paragraphs (lines, or blank-line
//! blocks of wrapped lines) in stages:
//!
//! 1. drop furniture lines (`data/furniture.txt`) and parse bylines away;
//! 2. find the headline: the first line shaped like one; what stands above it
//!    is page chrome (rubrics, weather and "today" widgets) and goes;
//! 3. between the headline and the body: a timestamp line is the
//!    publication time, a repeat of the headline goes, and a teaser that a
//!    later paragraph contains goes;
//! 4. read the dateline lead ("KETAPANG, insidepontianak.com - …") of the
//!    first body paragraphs, which stays in the text;
//! 5. drop trailing rubric lines and repeated paragraphs (the first stays).
//!
//! Every rule is about the shape of a line or a table of words, never about
//! one site.

use std::borrow::Cow;
use std::sync::LazyLock;

use regex::{Regex, RegexSet};
use rustc_hash::FxHashMap;

use crate::re::regex;

use super::timestamp;
use crate::doc::Meta;
use crate::swar::{HI, LO, ascii_alnum, in_range};

/// Furniture patterns, one per line of `data/furniture.txt`.
static FURNITURE: LazyLock<RegexSet> = LazyLock::new(|| {
    let patterns = include_str!("../../data/furniture.txt")
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
        // `\b` is read as an ASCII word boundary: a Unicode one makes the
        // lazy DFA give up on non-ASCII lines and fall back to a slow engine,
        // and the furniture words are ASCII.
        .map(|l| format!("(?i)^(?:{})$", l.replace(r"\b", r"(?-u:\b)")));
    crate::re::regex_set(patterns)
});

/// "Penulis: A | Editor: B", "Penulis dan Foto : A", "Reporter - A".
static BYLINE_FIELD: LazyLock<Regex> = LazyLock::new(|| {
    regex(
        r"(?i)^\s*((?:penulis|reporter|wartawan|pewarta|jurnalis|kontributor|oleh|author|writer|written by|by|editor|penyunting|redaktur|editing|foto|fotografer|photo|video|sumber|source)(?:\s+(?:dan|&|/)\s+(?:foto|editor|penulis|video|reporter))?)\s*[:\-–]\s*(.+?)\s*$",
    )
});

/// "Laporan Reporter POS-KUPANG.COM, Agustinus Tanggur", "Laporan wartawan X".
static REPORTER_LINE: LazyLock<Regex> =
    LazyLock::new(|| regex(r"(?i)^laporan\s+(?:reporter|wartawan|jurnalis|kontributor)(?-u:\b)[^,]*,\s*(.+)$"));

/// "Avatar of Edo Wahyudi", "Foto profil Edo".
static AVATAR_LINE: LazyLock<Regex> =
    LazyLock::new(|| regex(r"(?i)^(?:avatar of|avatar|foto profil|profile picture of)\s+(.+)$"));

/// The dateline lead of a body paragraph: up to 60 characters, then " - ",
/// " – ", " — ", " -- " or " : ".
static LEAD: LazyLock<Regex> = LazyLock::new(|| {
    regex(r"^([^\n.!?\x22“”]{2,60}?|[^\n!?\x22“”]{2,60}?\.[A-Za-z]{2,}[^\n!?\x22“”]{0,30}?)\s+(?:-{1,2}|–|—|:)\s+\S")
});

/// A trailing "(Fauzi)" credit: capitalised words only; codes such as
/// "(cr23)" or "(eri/art/kpg)" are not names.
static CREDIT: LazyLock<Regex> = LazyLock::new(|| regex(r"\(\s*(\p{Lu}\p{Ll}+(?:\s\p{Lu}\p{Ll}+){0,2})\s*\)\s*$"));

/// News-agency and house codes that look like names in a trailing credit.
const HOUSE_CODES: &[&str] = &[
    "Ant",
    "Antara",
    "Adv",
    "Advertorial",
    "Rls",
    "Rilis",
    "Red",
    "Redaksi",
    "Foto",
    "Sumber",
];

/// What the cleaner made of a text document.
#[derive(Debug, Default, PartialEq)]
pub struct Cleaned {
    /// The body: kept paragraphs joined by blank lines.
    pub text: String,
    /// What the page states about the article.
    pub meta: Meta,
}

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum Role {
    Keep,
    Drop,
}

/// Cleans plain text; `given_title` (from scraper JSON) overrides the
/// headline search. Cost: linear in the text, one regex-set match per line,
/// and about one allocation per changed line (unchanged lines are borrowed).
pub fn clean(raw: &str, given_title: Option<&str>) -> Cleaned {
    let mut meta = Meta::default();
    let texts = paragraphs(raw);
    let n = texts.len();
    let mut roles = vec![Role::Keep; n];

    // 1. furniture and bylines
    for (t, role) in texts.iter().zip(&mut roles) {
        if is_furniture(t) || take_byline(t, &mut meta) {
            *role = Role::Drop;
        }
    }

    // The dateline lead of a paragraph, read at most once: the headline
    // search and the lead search below both ask for the first paragraphs'.
    let mut leads: Vec<Option<Option<Lead>>> = Vec::new();
    leads.resize_with(n, || None);

    // 2. headline
    let title_at = match given_title {
        Some(t) => {
            meta.title = Some(collapse(t));
            None
        }
        // The headline stands above the body: the search stops at the first
        // paragraph that reads like body text.
        None => {
            let mut found = None;
            for (i, t) in texts.iter().enumerate() {
                if roles[i] != Role::Keep {
                    continue;
                }
                if looks_like_body(t, || leads[i].get_or_insert_with(|| read_lead(t)).is_some()) {
                    break;
                }
                if looks_like_title(t) {
                    found = Some(i);
                    break;
                }
            }
            found
        }
    };
    if let Some(t) = title_at {
        meta.title = Some(texts[t].to_string());
        roles[..=t].fill(Role::Drop);
    }

    // 3. the zone between headline and body
    let body_from = title_at.map_or(0, |t| t + 1);
    let lead_at = (body_from..n)
        .filter(|&i| roles[i] == Role::Keep)
        .take(4)
        .find_map(|i| {
            leads[i]
                .get_or_insert_with(|| read_lead(&texts[i]))
                .take()
                .map(|lead| (i, lead))
        });
    let header_end = lead_at.as_ref().map_or((body_from + 3).min(n), |(i, _)| *i);
    let title_key = meta.title.as_deref().map(|t| {
        let mut k = Vec::new();
        normalize_into(t, &mut k);
        k
    });
    let title_key = title_key.as_deref();
    let mut keys = Keys::new(&texts);
    for i in body_from..header_end {
        if roles[i] == Role::Drop {
            continue;
        }
        if title_at.is_some()
            && meta.published.is_none()
            && let Some(ts) = timestamp::parse(&texts[i])
        {
            meta.published = Some(ts);
            roles[i] = Role::Drop;
            continue;
        }
        let repeats_title = title_key.is_some_and(|t| keys.equals(i, t));
        // A later paragraph that contains this one's key and is not equal
        // to it is longer than it.
        // A teaser of eight words or more; its key is only made when a
        // later paragraph is long enough to contain it.
        let mut teaser = false;
        if keys.words(i) >= 8 {
            let mut key: Option<(Vec<u8>, Option<Vec<u8>>)> = None;
            for (j, role) in roles.iter().enumerate().skip(i + 1) {
                if *role != Role::Keep || keys.len(j) <= keys.len(i) {
                    continue;
                }
                let (k, word) = key.get_or_insert_with(|| {
                    let k = keys.get(i).to_vec();
                    let word = longest_inner_ascii_word(&k).map(<[u8]>::to_vec);
                    (k, word)
                });
                if keys.contains(j, k, word.as_deref()) {
                    teaser = true;
                    break;
                }
            }
        }
        // Between headline and body, a short label is an image label or a
        // rubric ("Foto Deklarasi"), not a paragraph.
        if repeats_title || teaser || (lead_at.is_some() && is_short_label(&texts[i])) {
            roles[i] = Role::Drop;
        }
    }
    if let Some((_, lead)) = lead_at {
        meta.dateline = lead.place;
        if meta.outlet.is_none() {
            meta.outlet = lead.outlet;
        }
    }

    // 5. trailing rubric lines, repeats
    for (t, role) in texts.iter().zip(&mut roles).rev() {
        if *role == Role::Drop {
            continue;
        }
        if is_short_label(t) {
            *role = Role::Drop;
        } else {
            break;
        }
    }
    // A repeat has the key of a paragraph kept before it. Keys of different
    // lengths differ, so the lengths are compared first, and a key is only
    // made for a paragraph whose length meets another's.
    let mut first_of_len: FxHashMap<usize, usize> = FxHashMap::with_capacity_and_hasher(n, Default::default());
    let mut next_of_len = vec![usize::MAX; n];
    for i in 0..n {
        if roles[i] != Role::Keep {
            continue;
        }
        let len = keys.len(i);
        let mut repeat = false;
        let mut j = first_of_len.get(&len).copied().unwrap_or(usize::MAX);
        while j != usize::MAX {
            if keys.same(i, j) {
                repeat = true;
                break;
            }
            j = next_of_len[j];
        }
        if !repeat {
            // Seen: the newest first.
            next_of_len[i] = first_of_len.insert(len, i).unwrap_or(usize::MAX);
        }
        if repeat || title_key.is_some_and(|t| keys.equals(i, t)) {
            roles[i] = Role::Drop;
        }
    }

    let kept = || {
        texts
            .iter()
            .zip(&roles)
            .filter(|(_, r)| **r == Role::Keep)
            .map(|(t, _)| &**t)
    };
    if let Some(last) = kept().next_back()
        && last.trim_end().ends_with(')')
        && let Some(c) = CREDIT.captures(last)
    {
        let name = c[1].to_string();
        if !HOUSE_CODES.contains(&name.as_str()) && !meta.authors.contains(&name) {
            meta.authors.push(name);
        }
    }
    let mut text = String::with_capacity(kept().map(|p| p.len() + 2).sum());
    for p in kept() {
        if !text.is_empty() {
            text.push_str("\n\n");
        }
        text.push_str(p);
    }
    Cleaned { text, meta }
}

/// A raw line without the white space and byte-order marks around it.
fn trim_line(l: &str) -> &str {
    let b = l.as_bytes();
    match (b.first(), b.last()) {
        // The common case: a line that starts and ends with a visible ASCII
        // character has nothing to trim.
        (Some(&f), Some(&e)) if f.is_ascii_graphic() && e.is_ascii_graphic() => l,
        _ => l.trim_matches(|c: char| c.is_whitespace() || c == '\u{feff}'),
    }
}

/// Splits raw text into paragraphs: every non-blank line, except in
/// hard-wrapped text (short lines, many of which continue a sentence on the
/// next line), where a line that breaks mid-sentence is joined to the next.
fn paragraphs(raw: &str) -> Vec<Cow<'_, str>> {
    let mut lines: Vec<&str> = Vec::with_capacity(raw.len() / 64 + 1);
    let mut start = 0;
    for end in memchr::memchr2_iter(b'\n', b'\r', raw.as_bytes()) {
        lines.push(trim_line(&raw[start..end]));
        start = end + 1;
    }
    lines.push(trim_line(&raw[start..]));
    let breaks_mid_sentence = |a: &str, b: &str| {
        !a.is_empty()
            && !a.ends_with(['.', '!', '?', ':', '"', '”', '’', ')', ';'])
            && b.chars().next().is_some_and(char::is_lowercase)
    };
    let nonblank = lines.iter().filter(|l| !l.is_empty()).count();
    let continued = lines.windows(2).filter(|w| breaks_mid_sentence(w[0], w[1])).count();
    let wrapped =
        nonblank >= 6 && continued * 3 >= nonblank && lines.iter().all(|l| l.len() <= 100 || l.chars().count() <= 100);
    let mut out: Vec<Cow<str>> = Vec::with_capacity(nonblank);
    let mut prev = "";
    for line in lines {
        if line.is_empty() {
            prev = "";
            continue;
        }
        match out.last_mut() {
            Some(last) if wrapped && breaks_mid_sentence(prev, line) => {
                let last = last.to_mut();
                last.push(' ');
                last.push_str(&collapse_cow(line));
            }
            _ => out.push(collapse_cow(line)),
        }
        prev = line;
    }
    out
}

/// True when `needle` (not empty) occurs in `hay`. Keys are compared a few
/// times each, so building a searcher (linear in the needle, as
/// `str::contains` and `memmem` do) costs more than a plain scan: candidate
/// starts are found by `memchr` of the needle's first byte.
fn contains(hay: &[u8], needle: &[u8]) -> bool {
    let Some(last_start) = hay.len().checked_sub(needle.len()) else {
        return false;
    };
    memchr::memchr_iter(needle[0], &hay[..=last_start]).any(|at| &hay[at..at + needle.len()] == needle)
}

/// True for the bytes that start a non-ASCII white-space character (U+0085,
/// U+00A0, U+1680, U+2000–U+200A, U+2028, U+2029, U+202F, U+205F, U+3000);
/// such a byte's character must be decoded to tell.
const fn may_start_wide_space(b: u8) -> bool {
    matches!(b, 0xC2 | 0xE1 | 0xE2 | 0xE3)
}

/// Per byte: true when it may start a white-space character: ASCII white
/// space (as `char::is_whitespace` counts it) or a byte for which
/// [`may_start_wide_space`] holds.
static MAYBE_SPACE: [bool; 256] = {
    let mut t = [false; 256];
    let mut b = 0;
    while b < 256 {
        let c = b as u8;
        t[b] = matches!(c, b' ' | b'\t' | b'\n' | 0x0B | 0x0C | b'\r') || may_start_wide_space(c);
        b += 1;
    }
    t
};

/// The white-space character (as `char::is_whitespace` says) at byte `i`
/// of `s`, and its length; `None` for any other character.
#[inline]
fn space_at(s: &str, i: usize) -> Option<usize> {
    let b = s.as_bytes()[i];
    if !MAYBE_SPACE[usize::from(b)] {
        return None;
    }
    if b < 0x80 {
        return Some(1);
    }
    let c = s[i..].chars().next()?;
    c.is_whitespace().then(|| c.len_utf8())
}

/// [`collapse`] without the copy when `s` is already collapsed, as most
/// lines are.
fn collapse_cow(s: &str) -> Cow<'_, str> {
    if is_collapsed(s) {
        Cow::Borrowed(s)
    } else {
        collapse_slow(s)
    }
}

/// True when `s` has white space only as single ASCII spaces between other
/// characters: both branches of [`collapse_slow`] return such a line as it
/// is. Cost: one branch-free pass over the bytes (vectorised), then a look
/// at the few bytes that may start a non-ASCII space.
fn is_collapsed(s: &str) -> bool {
    // Per pair of neighbouring bytes: two spaces in a row or an ASCII
    // control (tab, line and page breaks) is not collapsed; a byte that may
    // start a wide space needs a closer look. Fixed-size blocks let the
    // compiler vectorise the loop.
    #[inline(always)]
    fn bad(c: u8, d: u8) -> u8 {
        (u8::from(c == b' ') & u8::from(d == b' ')) | u8::from(c < 0x20)
    }
    #[inline(always)]
    fn wide(c: u8) -> u8 {
        u8::from(c == 0xC2) | u8::from(c.wrapping_sub(0xE1) < 3)
    }
    let b = s.as_bytes();
    if b.first() == Some(&b' ') || b.last() == Some(&b' ') {
        return false;
    }
    let (mut any_wide, mut i) = (0u8, 0);
    while i + 33 <= b.len() {
        let x: &[u8; 33] = b[i..i + 33].try_into().expect("33 bytes");
        let (mut any_bad, mut w) = (0u8, 0u8);
        for k in 0..32 {
            any_bad |= bad(x[k], x[k + 1]);
            w |= wide(x[k]);
        }
        if any_bad != 0 {
            return false;
        }
        any_wide |= w;
        i += 32;
    }
    for k in i..b.len() {
        if bad(b[k], b.get(k + 1).copied().unwrap_or(0)) != 0 {
            return false;
        }
        any_wide |= wide(b[k]);
    }
    // (Found by `memchr`: curly quotes and dashes put such bytes in many
    // lines, but few of them.)
    any_wide == 0
        || !memchr::memchr3_iter(0xC2, 0xE2, 0xE3, b)
            .chain(memchr::memchr_iter(0xE1, b))
            .any(|i| space_at(s, i).is_some())
}

/// The general case of [`collapse`].
fn collapse_slow(s: &str) -> Cow<'_, str> {
    if s.is_ascii()
        && !s
            .as_bytes()
            .windows(2)
            .any(|w| w[0].is_ascii_whitespace() && w[1].is_ascii_whitespace())
    {
        // Already single-spaced ASCII: only the ends and odd spaces change.
        // (A vertical tab, which `is_ascii_whitespace` does not count, stays.)
        let t = s.trim_ascii();
        if !t.bytes().any(|b| b.is_ascii_whitespace() && b != b' ') {
            return Cow::Borrowed(t);
        }
    }
    // The words (as `split_whitespace` finds them) joined by single spaces:
    // every byte of a word is copied, with one space before a word byte that
    // follows white space (but not at the start). Eight bytes that are
    // already single-spaced words are copied as they are.
    let b = s.as_bytes();
    let mut out: Vec<u8> = Vec::with_capacity(s.len());
    let (mut i, mut space_due) = (0, false);
    while i < b.len() {
        if let Some(block) = b.get(i..i + 8)
            && let Ok(block) = <[u8; 8]>::try_from(block)
            && single_spaced(u64::from_le_bytes(block))
        {
            if space_due {
                out.push(b' ');
                space_due = false;
            }
            out.extend_from_slice(&block);
            i += 8;
            continue;
        }
        match space_at(s, i) {
            Some(len) => {
                space_due = !out.is_empty();
                i += len;
            }
            None => {
                if space_due {
                    out.push(b' ');
                    space_due = false;
                }
                out.push(b[i]);
                i += 1;
            }
        }
    }
    Cow::Owned(String::from_utf8(out).expect("whole characters copied"))
}

/// The number of bytes set in a mask of high bits.
#[inline(always)]
fn count_bytes(m: u64) -> usize {
    ((m >> 7).wrapping_mul(LO) >> 56) as usize
}

/// True when the eight bytes of `x` (little-endian) are ASCII words
/// separated by single spaces, starting and ending with a word byte: no
/// control byte, none outside ASCII, no space first, last or next to another.
#[inline(always)]
fn single_spaced(x: u64) -> bool {
    // A byte below 0x20 ("hasless": exact as a yes/no) or above 0x7F.
    let odd = (x.wrapping_sub(LO * 0x20) & !x | x) & HI;
    let sp = in_range(x, b' ', b' ');
    odd == 0 && sp & ((sp << 8) | 0x80 | (0x80 << 56)) == 0
}

/// Collapses runs of white space (tabs, NBSP) into one space. Cost: one
/// pass over the bytes and one allocation.
pub fn collapse(s: &str) -> String {
    collapse_cow(s).into_owned()
}

/// Lower case, letters and digits only, single spaces: for comparing lines.
/// Cost: one pass over the bytes (ASCII byte by byte, other characters
/// decoded) and one allocation.
pub fn normalize(s: &str) -> String {
    let mut out = Vec::with_capacity(s.len());
    normalize_into(s, &mut out);
    String::from_utf8(out).expect("UTF-8 in, UTF-8 out")
}

/// ASCII byte → its lower case when it is a letter or digit, else 0.
static ALNUM_LOWER: [u8; 128] = {
    let mut t = [0u8; 128];
    let mut c = 0;
    while c < 128 {
        let b = c as u8;
        if b.is_ascii_alphanumeric() {
            t[c] = b.to_ascii_lowercase();
        }
        c += 1;
    }
    t
};

/// [`normalize`], appended to `out` (always valid UTF-8). Cost: as
/// `normalize`, without its allocation once `out` is large enough.
pub fn normalize_into(s: &str, out: &mut Vec<u8>) {
    let start = out.len();
    let b = s.as_bytes();
    // ASCII output never outgrows its input (a space stands for at least
    // one byte), so the ASCII loop writes into room made in advance, without
    // branching on each byte's class: word edges are unpredictable.
    out.resize(start + b.len() + 1, 0);
    let mut j = start;
    // `pending`: a space is due before the next letter or digit; `started`:
    // one has been written. Kept apart from `j`, so that each byte's work
    // depends on the last byte's through few instructions.
    let (mut pending, mut started) = (0usize, 0usize);
    let mut i = 0;
    loop {
        // An ASCII run, written through a slice: stores through the
        // `Vec` itself would make the compiler reload its pointer per byte.
        let dst = &mut out[..];
        while let Some(&c) = b.get(i).filter(|c| c.is_ascii()) {
            let l = ALNUM_LOWER[usize::from(c)];
            let is = usize::from(l != 0);
            dst[j] = b' ';
            j += pending & is;
            dst[j] = l;
            j += is;
            pending = (pending | started) & (is ^ 1);
            started |= is;
            i += 1;
        }
        if i == b.len() {
            break;
        }
        let ch = s[i..].chars().next().expect("a char boundary");
        i += ch.len_utf8();
        if ch.is_alphanumeric() {
            out.truncate(j);
            if pending == 1 {
                out.push(b' ');
            }
            (pending, started) = (0, 1);
            let mut utf8 = [0; 4];
            for l in ch.to_lowercase() {
                out.extend_from_slice(l.encode_utf8(&mut utf8).as_bytes());
            }
            j = out.len();
            out.resize(j + (b.len() - i) + 1, 0);
        } else {
            pending = started;
        }
    }
    out.truncate(j);
}

/// The length of [`normalize`]`(s)` and its number of words, without making
/// it: the lower case of the letters and digits, plus one space between
/// runs of them. Cost: one pass over the bytes, eight ASCII bytes per step
/// (SWAR range tests, no branch per byte); other characters are decoded one
/// by one.
fn key_len(s: &str) -> (usize, usize) {
    #[inline(always)]
    fn alnum(c: u8) -> usize {
        usize::from(((c | 0x20).wrapping_sub(b'a') < 26) | (c.wrapping_sub(b'0') < 10))
    }
    let b = s.as_bytes();
    // `prev`: 1 when the last character was a letter or digit.
    let (mut len, mut runs, mut prev, mut i) = (0usize, 0usize, 0usize, 0);
    while i < b.len() {
        // Eight ASCII bytes at once: a mask of the letters and digits, whose
        // bytes not preceded by one start a run.
        if let Some(block) = b.get(i..i + 8)
            && let Ok(block) = <[u8; 8]>::try_from(block)
            && u64::from_le_bytes(block) & HI == 0
        {
            let x = u64::from_le_bytes(block);
            let a = ascii_alnum(x);
            let starts = a & !((a << 8) | ((prev as u64) << 7));
            len += count_bytes(a);
            runs += count_bytes(starts);
            prev = (a >> 63) as usize;
            i += 8;
            continue;
        }
        let c = b[i];
        if c < 0x80 {
            let a = alnum(c);
            len += a;
            runs += a & (prev ^ 1);
            prev = a;
            i += 1;
            continue;
        }
        let ch = s[i..].chars().next().expect("a char boundary");
        i += ch.len_utf8();
        if ch.is_alphanumeric() {
            len += ch.to_lowercase().map(char::len_utf8).sum::<usize>();
            runs += prev ^ 1;
            prev = 1;
        } else {
            prev = 0;
        }
    }
    (if len == 0 { 0 } else { len + runs - 1 }, runs)
}

/// The [`normalize`]d comparison keys of a document's paragraphs, made only
/// when needed: an ASCII paragraph's key length is known without making it,
/// and keys of different lengths differ, so most comparisons never make a
/// key. Non-ASCII paragraphs' keys are made at once (their length needs the
/// characters' lower case).
struct Keys<'t> {
    texts: &'t [Cow<'t, str>],
    lens: Vec<usize>,
    words: Vec<usize>,
    /// Where each key made so far is in `buf`.
    spans: Vec<Option<(usize, usize)>>,
    /// Per text, once known: true when it has no character outside ASCII
    /// whose lower case holds an ASCII letter (U+0130 'İ', U+212A KELVIN SIGN).
    no_ascii_from_wide: Vec<Option<bool>>,
    buf: Vec<u8>,
}

impl<'t> Keys<'t> {
    fn new(texts: &'t [Cow<'t, str>]) -> Keys<'t> {
        let mut keys = Keys {
            texts,
            lens: Vec::with_capacity(texts.len()),
            words: Vec::with_capacity(texts.len()),
            no_ascii_from_wide: vec![None; texts.len()],
            spans: vec![None; texts.len()],
            buf: Vec::new(),
        };
        for t in texts {
            let (len, words) = key_len(t);
            keys.lens.push(len);
            keys.words.push(words);
        }
        keys
    }

    fn make(&mut self, i: usize) {
        if self.spans[i].is_none() {
            let start = self.buf.len();
            normalize_into(&self.texts[i], &mut self.buf);
            self.spans[i] = Some((start, self.buf.len()));
        }
    }

    fn made(&self, i: usize) -> &[u8] {
        let (a, b) = self.spans[i].expect("a made key");
        &self.buf[a..b]
    }

    fn get(&mut self, i: usize) -> &[u8] {
        self.make(i);
        self.made(i)
    }

    fn len(&self, i: usize) -> usize {
        self.lens[i]
    }

    fn words(&self, i: usize) -> usize {
        self.words[i]
    }

    /// True when paragraph `i`'s key is `key`.
    fn equals(&mut self, i: usize, key: &[u8]) -> bool {
        self.lens[i] == key.len() && self.get(i) == key
    }

    /// True when paragraphs `i` and `j` have the same key.
    fn same(&mut self, i: usize, j: usize) -> bool {
        if self.lens[i] != self.lens[j] {
            return false;
        }
        self.make(i);
        self.make(j);
        self.made(i) == self.made(j)
    }

    /// True when paragraph `j`'s key contains `key` (not empty), whose
    /// longest inner ASCII word (not first or last: those may be parts of
    /// words) is `word`. A key that contains `key` has `word` as a whole
    /// word, the lower case of a run of letters and digits of the text,
    /// which is ASCII when `word` is (but for two characters, checked for):
    /// a text without `word` in any ASCII case is ruled out unmade.
    fn contains(&mut self, j: usize, key: &[u8], word: Option<&[u8]>) -> bool {
        if self.spans[j].is_none()
            && let Some(word) = word
        {
            let text = &self.texts[j];
            let plain = *self.no_ascii_from_wide[j]
                .get_or_insert_with(|| text.is_ascii() || !text.contains(['\u{130}', '\u{212A}']));
            if plain && !contains_ignore_ascii_case(text.as_bytes(), word) {
                return false;
            }
        }
        contains(self.get(j), key)
    }
}

/// The longest inner word of a key (neither first nor last) that is ASCII.
fn longest_inner_ascii_word(key: &[u8]) -> Option<&[u8]> {
    let mut words: Vec<&[u8]> = key.split(|&b| b == b' ').skip(1).collect();
    words.pop();
    words.into_iter().filter(|w| w.is_ascii()).max_by_key(|w| w.len())
}

/// True when `needle` (lower case, not empty) occurs in `hay` in any ASCII case.
fn contains_ignore_ascii_case(hay: &[u8], needle: &[u8]) -> bool {
    let Some(last_start) = hay.len().checked_sub(needle.len()) else {
        return false;
    };
    let (lower, upper) = (needle[0], needle[0].to_ascii_uppercase());
    memchr::memchr2_iter(lower, upper, &hay[..=last_start])
        .any(|at| hay[at..at + needle.len()].eq_ignore_ascii_case(needle))
}

/// Words in `s` (runs of non-white-space, as `split_whitespace` sees
/// them), counted up to `cap + 1`: callers compare with small bounds, and
/// body paragraphs are long. Cost: at most one pass over the bytes.
fn words_upto(s: &str, cap: usize) -> usize {
    let b = s.as_bytes();
    let (mut n, mut in_word, mut i) = (0, false, 0);
    while i < b.len() {
        // Eight ASCII bytes at once: a mask of the bytes that are not white
        // space, whose bytes not preceded by one start words.
        if let Some(block) = b.get(i..i + 8)
            && let Ok(block) = <[u8; 8]>::try_from(block)
            && u64::from_le_bytes(block) & HI == 0
        {
            let x = u64::from_le_bytes(block);
            let word = !(in_range(x, b' ', b' ') | in_range(x, b'\t', b'\r')) & HI;
            n += count_bytes(word & !((word << 8) | (u64::from(in_word) << 7)));
            if n > cap {
                return cap + 1;
            }
            in_word = word >> 63 != 0;
            i += 8;
            continue;
        }
        match space_at(s, i) {
            Some(len) => {
                in_word = false;
                i += len;
            }
            None => {
                if !in_word {
                    in_word = true;
                    n += 1;
                    if n > cap {
                        return n;
                    }
                }
                i += 1;
            }
        }
    }
    n
}

/// A furniture line: a pattern of `data/furniture.txt`, or no letter or digit at all.
pub fn is_furniture(line: &str) -> bool {
    let has_alnum = line.bytes().any(|b| b.is_ascii_alphanumeric()) || line.chars().any(char::is_alphanumeric);
    !has_alnum || FURNITURE.is_match(line.trim())
}

/// A short label line: at most four words and no sentence punctuation
/// ("Tag", "Berita", "NTT Memilih", "Foto Deklarasi").
fn is_short_label(line: &str) -> bool {
    words_upto(line, 4) <= 4 && !line.ends_with(['.', '!', '?', '"', '”', ')'])
}

/// A headline: 4 to 30 words, one sentence not ending in a period, not
/// starting in lower case, not a timestamp.
fn looks_like_title(line: &str) -> bool {
    let words = words_upto(line, 30);
    (4..=30).contains(&words)
        && line.len() <= 300
        && !line.ends_with(['.', ','])
        && !line.chars().next().is_some_and(char::is_lowercase)
        // The pattern needs one of its three stops: most headlines have none.
        && !(memchr::memchr3(b'.', b'!', b'?', line.as_bytes()).is_some() && SENTENCE_BREAK.is_match(line))
        && timestamp::parse(line).is_none()
}

/// Body text: a dateline-led paragraph, a long one, or a full sentence of
/// ten words or more; `has_lead` reads the dateline lead, only when the
/// words do not decide.
fn looks_like_body(line: &str, has_lead: impl FnOnce() -> bool) -> bool {
    let words = words_upto(line, 30);
    words > 30 || (words >= 10 && line.ends_with(['.', '"', '”'])) || has_lead()
}

/// A sentence end inside a line: ". " before a capital (initials excepted).
static SENTENCE_BREAK: LazyLock<Regex> = LazyLock::new(|| regex(r"\p{Ll}{2}[.!?]\s+\p{Lu}"));

/// Parses a byline line into `meta`; true when the line was one.
fn take_byline(line: &str, meta: &mut Meta) -> bool {
    // The patterns are anchored at the start, and (case-insensitively) each
    // of their first letters matches only itself in either case: a line
    // that starts with no such letter is spared the regex.
    let first = line.as_bytes().first().map(u8::to_ascii_lowercase);
    if first == Some(b'l')
        && let Some(c) = REPORTER_LINE.captures(line)
    {
        push_names(&c[1], &mut meta.authors);
        return true;
    }
    if matches!(first, Some(b'a' | b'f' | b'p'))
        && let Some(c) = AVATAR_LINE.captures(line)
        && words_upto(&c[1], 4) <= 4
    {
        push_names(&c[1], &mut meta.authors);
        return true;
    }
    if words_upto(line, 16) > 16 {
        return false;
    }
    // "Penulis: A | Editor: B" holds several fields.
    let fields: Vec<&str> = line.split(['|', '•']).collect();
    let mut parsed = Vec::new();
    for f in &fields {
        // Every field starts with a byline word; the first letters of those
        // words (a non-ASCII letter may fold to 'k' or 's': the regex decides).
        let starts_like_one = f
            .trim_start()
            .bytes()
            .next()
            .is_some_and(|b| !b.is_ascii() || b"abefjkoprsvw".contains(&b.to_ascii_lowercase()));
        if !starts_like_one {
            return false;
        }
        match BYLINE_FIELD.captures(f) {
            Some(c) => parsed.push((c[1].to_lowercase(), c[2].to_string())),
            None => return false,
        }
    }
    for (key, value) in parsed {
        if value.split_whitespace().count() > 6 {
            return false;
        }
        let target = if key.starts_with("editor") || key.starts_with("penyunting") || key.starts_with("redaktur") {
            Some(&mut meta.editors)
        } else if key.starts_with("foto")
            || key.starts_with("photo")
            || key.starts_with("video")
            || key.starts_with("sumber")
            || key.starts_with("source")
        {
            None
        } else {
            Some(&mut meta.authors)
        };
        if let Some(list) = target {
            push_names(&value, list);
        }
    }
    true
}

/// Adds the names of "A, B dan C" to `list`, once each.
fn push_names(value: &str, list: &mut Vec<String>) {
    for name in value.split([',', '&', '/']).flat_map(|s| s.split(" dan ")) {
        let name = collapse(name.trim_matches(|c: char| !c.is_alphanumeric() && c != '.'));
        if !name.is_empty() && name.chars().any(char::is_alphabetic) && !list.contains(&name) {
            list.push(name);
        }
    }
}

/// The dateline lead of a body paragraph.
#[derive(Debug, Default, PartialEq)]
struct Lead {
    place: Option<String>,
    outlet: Option<String>,
}

/// Reads "PLACE, OUTLET -", "OUTLET, PLACE -", "PLACE (OUTLET) -", "OUTLET :"
/// at the start of a paragraph whose rest is a sentence. A domain-like part
/// ("insidepontianak.com", "POS-KUPANG.COM") or a parenthesised one is the
/// outlet; an all-capitals part is the place; of two plain parts the first
/// is the place ("Jakarta, CNN Indonesia --"); a lone plain part is the
/// outlet ("Bawaslu Ketapang :").
fn read_lead(para: &str) -> Option<Lead> {
    let c = LEAD.captures(para)?;
    let lead = c.get(1)?.as_str().trim();
    let rest = &para[c.get(0)?.end()..];
    if words_upto(rest, 6) < 6 || words_upto(lead, 6) > 6 || lead.contains(['“', '"']) {
        return None;
    }
    let mut parts: Vec<(String, bool)> = Vec::new(); // (text, parenthesised)
    for piece in lead.split(',') {
        let piece = piece.trim();
        if let Some((before, inside)) = piece.split_once('(') {
            let inside = inside.trim_end_matches(')').trim();
            if !before.trim().is_empty() {
                parts.push((before.trim().to_string(), false));
            }
            parts.push((inside.to_string(), true));
        } else if !piece.is_empty() {
            parts.push((piece.to_string(), false));
        }
    }
    if parts.is_empty()
        || parts.len() > 2
        || parts
            .iter()
            .any(|(p, _)| !p.starts_with(|c: char| c.is_uppercase() || c.is_ascii_digit()) && !is_domain(p))
    {
        return None;
    }
    let mut out = Lead::default();
    let mut plain = Vec::new();
    for (p, paren) in parts {
        if paren || is_domain(&p) {
            out.outlet.get_or_insert(p);
        } else if is_all_caps(&p) {
            out.place.get_or_insert(p);
        } else {
            plain.push(p);
        }
    }
    match (plain.len(), out.place.is_some(), out.outlet.is_some()) {
        (0, _, _) => {}
        (1, false, true) => out.place = plain.pop(),
        (1, _, false) => out.outlet = plain.pop(),
        (2, false, false) => {
            out.outlet = plain.pop();
            out.place = plain.pop();
        }
        _ => return None,
    }
    Some(out)
}

fn is_domain(s: &str) -> bool {
    let Some((name, tld)) = s.rsplit_once('.') else {
        return false;
    };
    !name.is_empty()
        && !name.contains(' ')
        && (2..=6).contains(&tld.len())
        && tld.chars().all(|c| c.is_ascii_alphabetic())
}

fn is_all_caps(s: &str) -> bool {
    s.chars().filter(|c| c.is_alphabetic()).count() >= 3 && !s.chars().any(char::is_lowercase)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn furniture_lines() {
        for line in [
            "Lompat ke isi utama",
            "Baca juga: NTT Memilih, Jaga Stabilitas Keamanan Pemilu 2024",
            "Baca Juga :  Siapkan 56 Orang Calon Anggota Paskibraka",
            "Sebarkan artikel ini",
            "Leave a comment",
            "Ikuti Berita POS-KUPANG.COM Lainnya di GOOGLE NEWS",
            "Isi komentar sepenuhnya adalah tanggung jawab pengguna dan diatur dalam UU ITE.",
            "Terpopuler",
            "Artikel Terbaru",
            "32.7 C",
            "577",
            "×",
            "Tag",
        ] {
            assert!(is_furniture(line), "{line}");
        }
        for line in [
            "Bupati Ketapang Martin Rantan, memimpin apel gabungan ASN.",
            "Berita duka datang dari Desa Sungai Besar, Kecamatan Matan Hilir Selatan.",
            "Komentar Bupati itu disambut warga dengan tepuk tangan.",
            "Ikuti aturan netralitas, kata Sekda.",
        ] {
            assert!(!is_furniture(line), "{line}");
        }
    }

    #[test]
    fn leads() {
        let lead = |s: &str| read_lead(s).map(|l| (l.place, l.outlet));
        let s = |x: &str| Some(x.to_string());
        let body = "Bupati Ketapang memimpin apel gabungan di halaman kantor bupati.";
        assert_eq!(
            lead(&format!("KETAPANG, insidepontianak.com - {body}")),
            Some((s("KETAPANG"), s("insidepontianak.com")))
        );
        assert_eq!(
            lead(&format!("POS-KUPANG.COM, ATAMBUA - {body}")),
            Some((s("ATAMBUA"), s("POS-KUPANG.COM")))
        );
        assert_eq!(lead(&format!("Betang.id – {body}")), Some((None, s("Betang.id"))));
        assert_eq!(
            lead(&format!("Bawaslu Ketapang : {body}")),
            Some((None, s("Bawaslu Ketapang")))
        );
        assert_eq!(
            lead(&format!("JAKARTA (ANTARA) - {body}")),
            Some((s("JAKARTA"), s("ANTARA")))
        );
        assert_eq!(
            lead(&format!("Jakarta, CNN Indonesia -- {body}")),
            Some((s("Jakarta"), s("CNN Indonesia")))
        );
        assert_eq!(
            lead(&format!("Liputan6.com, Jakarta - {body}")),
            Some((s("Jakarta"), s("Liputan6.com")))
        );
        assert_eq!(
            lead(&format!("KASONGAN, PROKALTENG.CO – {body}")),
            Some((s("KASONGAN"), s("PROKALTENG.CO")))
        );
        assert_eq!(
            lead("Peran ASN dalam Pilkada: Hak Pilih Tanpa Terlibat Politik Praktis"),
            None
        );
        assert_eq!(lead(&format!("Menurut dia, hal itu penting - {body}")), None);
        assert_eq!(
            lead("Sekda Belu, Johanes A Prihatin juga menekankan agar para ASN lingkup Pemda"),
            None
        );
    }

    #[test]
    fn lead_followed_by_a_quote_mark() {
        let l =
            read_lead("JUARA.NET – “Lapangan panahan yang sekarang sudah bagus sekali,” tutur pepanah itu.").unwrap();
        assert_eq!(l.outlet.as_deref(), Some("JUARA.NET"));
    }

    #[test]
    fn bylines() {
        let mut meta = Meta::default();
        assert!(take_byline(
            "Penulis: Agustinus Tanggur | Editor: Rosalina Woso",
            &mut meta
        ));
        assert!(take_byline(
            "Laporan Reporter POS-KUPANG.COM, Agustinus Tanggur",
            &mut meta
        ));
        assert!(take_byline("Penulis dan Foto : Dede Hadhori", &mut meta));
        assert!(take_byline("Editor : Dede Hadhori", &mut meta));
        assert!(take_byline("Avatar of Edo Wahyudi", &mut meta));
        assert!(!take_byline(
            "Editor senior itu mengatakan bahwa pemilu harus jujur dan adil bagi semua pihak.",
            &mut meta
        ));
        assert!(!take_byline(
            "Sumber: data BPS menunjukkan kenaikan angka kemiskinan di tiga kabupaten tahun ini sebesar lima persen",
            &mut meta
        ));
        assert_eq!(meta.authors, ["Agustinus Tanggur", "Dede Hadhori", "Edo Wahyudi"]);
        assert_eq!(meta.editors, ["Rosalina Woso", "Dede Hadhori"]);
    }

    #[test]
    fn wrapped_lines_are_joined_and_paragraphs_kept() {
        let paras = paragraphs(
            "Judul Berita Ini Panjang Sekali\n\nBaris pertama yang\nterpotong di tengah kalimat, dan\nbaris ketiga juga\nmasih berlanjut.\nKalimat baru yang\nterpotong.\r\n\r\n  Akhir  ",
        );
        assert_eq!(
            paras,
            [
                "Judul Berita Ini Panjang Sekali",
                "Baris pertama yang terpotong di tengah kalimat, dan baris ketiga juga masih berlanjut.",
                "Kalimat baru yang terpotong.",
                "Akhir"
            ]
        );
        // Not hard-wrapped: a headline above a lower-case teaser stays apart.
        assert_eq!(
            paragraphs("Judul Panjang Sekali\nsebagaimana amanat undang-undang.\nIsi."),
            ["Judul Panjang Sekali", "sebagaimana amanat undang-undang.", "Isi."]
        );
    }

    #[test]
    fn header_zone() {
        let raw = "Daerah\n\n32.7 C\nJakarta\nFriday, November 22, 2024\n\nBanjir Rendam Tiga Desa di Kabupaten Sambas\n\n2024-11-03 12:33:01\nBanjir Rendam Tiga Desa di Kabupaten Sambas\n\
                   warga diminta waspada terhadap banjir susulan di tiga desa itu minggu ini.\n\
                   SAMBAS, suarakalbar.co.id - Banjir merendam tiga desa, warga diminta waspada terhadap banjir susulan di tiga desa itu minggu ini.\n\
                   Air mulai surut pada sore hari. (Rizal)\n\nTag\nBerita";
        let c = clean(raw, None);
        assert_eq!(
            c.meta.title.as_deref(),
            Some("Banjir Rendam Tiga Desa di Kabupaten Sambas")
        );
        assert_eq!(c.meta.published.as_deref(), Some("2024-11-03T12:33:01"));
        assert_eq!(c.meta.dateline.as_deref(), Some("SAMBAS"));
        assert_eq!(c.meta.outlet.as_deref(), Some("suarakalbar.co.id"));
        assert_eq!(c.meta.authors, ["Rizal"]);
        assert_eq!(
            c.text,
            "SAMBAS, suarakalbar.co.id - Banjir merendam tiga desa, warga diminta waspada terhadap banjir susulan di tiga desa itu minggu ini.\n\nAir mulai surut pada sore hari. (Rizal)"
        );
    }

    #[test]
    fn a_today_widget_above_the_headline_is_not_the_publication_time() {
        let c = clean(
            "Senin, 14 Oktober 2024\n\nJudul Berita Yang Cukup Panjang\n\nJAKARTA - Isi berita ada di sini dan cukup panjang untuk dibaca.",
            None,
        );
        assert_eq!(c.meta.published, None);
        assert_eq!(c.meta.title.as_deref(), Some("Judul Berita Yang Cukup Panjang"));
    }

    #[test]
    fn a_headline_is_never_found_below_the_body() {
        let raw = "JAKARTA (Pos Kota) – Wakil Gubernur menegaskan akan menertibkan praktek percaloan di Jakarta.\n\nKata dia, semua harus tertib.\n\nPenyidik datang ke kantor itu. Dugaan sementara, kasusnya terkait pembangunan ICU. [cob]";
        let c = clean(raw, None);
        assert_eq!(c.meta.title, None);
        assert_eq!(
            (c.meta.dateline.as_deref(), c.meta.outlet.as_deref()),
            (Some("JAKARTA"), Some("Pos Kota"))
        );
        assert_eq!(c.text, raw);
    }

    #[test]
    fn text_without_a_headline_is_kept_whole() {
        let raw = "Komisi Pemberantasan Korupsi menangkap dua tersangka di Kebumen.\n\nKeduanya dibawa ke Jakarta.";
        let c = clean(raw, None);
        assert_eq!(c.meta.title, None);
        assert_eq!(c.text, raw);
    }

    proptest::proptest! {
        #![proptest_config(proptest::prelude::ProptestConfig::with_cases(3000))]
        /// The byte-level shortcuts agree with the character-level
        /// definitions: key lengths and word counts with `normalize`,
        /// collapsing and word counting with `split_whitespace`.
        #[test]
        fn shortcuts_agree_with_definitions(
            chars in proptest::collection::vec(
                // Mostly plain words, so that eight-byte blocks of them occur.
                proptest::sample::select(vec![
                    'a', 'a', 'a', 'a', 'a', 'a', 'a', 'a', 'a', 'a', 'a', 'a', 'a', 'a', 'b', 'b', 'b', 'b', 'b', 'b',
                    'b', 'b', ' ', ' ', ' ', ' ', ' ', ' ', ' ', 'Z', 'k', '0', '9', ' ', ' ', '\t', '\n', '\r', '\u{b}', '\u{c}', '\u{a0}', '\u{85}',
                    '\u{2009}', '\u{3000}', '\u{1680}', '\u{202f}', '\u{2028}', 'İ', '\u{212a}', 'é', 'É', '@', '[',
                    '`', '{', '/', ':', '.', '“', '—', '\u{e2}', '\u{c2}',
                ]),
                0..120,
            ),
        ) {
            let s: String = chars.into_iter().collect();
            let key = normalize(&s);
            let runs = key.split(' ').filter(|w| !w.is_empty()).count();
            proptest::prop_assert_eq!(key_len(&s), (key.len(), runs));
            let words: Vec<&str> = s.split_whitespace().collect();
            // (A vertical tab in single-spaced ASCII stays: see `collapse_slow`.)
            if !s.contains('\u{b}') {
                proptest::prop_assert_eq!(collapse(&s), words.join(" "));
            }
            for cap in [0, 1, 3, 30] {
                proptest::prop_assert_eq!(words_upto(&s, cap), words.len().min(cap + 1));
            }
        }
    }

    #[test]
    fn repeated_paragraphs_keep_the_first() {
        let c = clean(
            "Judul Berita Yang Cukup Panjang\n\nSatu dua tiga.\n\nEmpat lima.\n\nSatu  dua tiga.",
            None,
        );
        assert_eq!(c.text, "Satu dua tiga.\n\nEmpat lima.");
    }
}
