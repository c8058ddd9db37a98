//! Dates (issue 5): every calendar date an article refers to, normalised to
//! ISO, with year-less dates resolved against an anchor.
//!
//! # What counts as a date
//!
//! Indonesian news writes dates in a handful of shapes, and most of the
//! difficulty is in what *looks* like a date and is not. The grammar here
//! accepts:
//!
//! - a day and a month name, with or without a year: `27 November 2024`,
//!   `27 Nov 2024`, `27 Nopember 2024`, `tanggal 27 bulan November 2024`,
//!   `pada 6 Agustus`;
//! - numeric dates, day first: `24/9/2024`, `24-09-2024`, `24.09.2024`,
//!   ISO `2024-09-24`; with a two-digit year (`(18/10/22)`) or no year at all
//!   (`Rabu (11/9)`, `Sabtu-Minggu (12-13/10)`) only where a weekday, a
//!   parenthesis with a time word ("kemarin (15/10)") or `tanggal` says that
//!   the numbers are a date, so that a ratio ("3/4 suara") or a score stays
//!   a number;
//! - the English order some sites print, with its year: `November 22, 2024`;
//! - a month and a year: `November 2023`, `awal Oktober 2020` (`2020-10`);
//! - ranges and lists, each end a date of its own: `28 November 2023 sampai
//!   10 Februari 2024`, `11-13 Februari 2024`, `1 s.d. 3 Oktober`, `6 dan 7
//!   Agustus 2024`; the first end of a range carries `range_end`, and a year
//!   written once serves the whole phrase (`26 Agustus hingga 12 September
//!   2016`, `28 Desember hingga 3 Januari 2024`, which starts in 2023);
//! - relative forms (`kemarin`, `hari ini`, `besok`, `Senin lalu`, `Rabu
//!   pekan depan`, `April lalu`), only when the publication date is known.
//!   A bare weekday ("kata dia, Rabu.") and a bare "pekan depan" are not
//!   resolved: the first is as often the day before publication as the day
//!   itself, the second names a week, not a date.
//!
//! What is not a date: bare years ("Pilkada 2024"), anything inside a span
//! the laws pass claimed (the "2023" of "Nomor 20 Tahun 2023"), law numbers
//! such as "UU 10/2016" (a month is never four digits), phone numbers,
//! prices ("Rp 3.919.291"), times ("10.30 WIB"), versions, ratios, "nomor
//! urut 2", street and university names ("Jalan 17 Agustus"). A date that
//! does not exist (`31/9/2024`, `29 Februari 2023`) is rejected outright.
//!
//! # Year inference
//!
//! A date without a year ("Rabu (11/9)") takes its year from an anchor. With
//! a publication date, it is the date nearest publication among the previous,
//! the same and the next year, keeping only the years whose weekday matches
//! the stated weekday, and before publication when "lalu" follows, after it
//! when "mendatang" or "depan" does ("17 Agustus mendatang"). Without one, the anchor is the set of years the text
//! itself names (full dates and bare years outside law citations): a stated
//! weekday picks the year, at most one away from a named year, on which that
//! day falls on that weekday ("Senin (10/4)" next to "Pilgub Jabar 2018" is
//! 2017-04-10), the years named most often winning a tie; with no weekday,
//! the year named most often (a full date counts double), then the nearest.
//! A year written in a range or list serves its other end ("30 November-1
//! Desember 2024"), and the far end of a range follows its first end.
//! Such dates are marked `inferred: true`, with the anchor spelt out. A text
//! with neither anchor leaves year-less dates out rather than guess. A stated
//! weekday that contradicts a full date, or that no year near the anchor
//! matches, yields a `weekday_mismatch` warning, never a silent change.
//!
//! # How it runs
//!
//! Every form but the relative ones contains an ASCII digit, so the scan is
//! driven by digits: one pass over the bytes finds the next digit run, and a
//! small hand-written parser looks around it (the month word to its right,
//! the weekday and parenthesis to its left, the separator and the next run).
//! Text without digits costs one byte loop, which is the prefilter: no regex
//! is run and nothing is built per document. The relative forms, which have
//! no digit, are found with one Aho-Corasick automaton over the relative
//! words, weekdays and month names, and only for documents that have a
//! publication date to anchor them. The word tables live in `data/dates.txt`
//! and are parsed once, on first use, into a [`LazyLock`].
//!
//! Cost: linear in the text, a few word look-ups per digit run; the
//! start-up cost is parsing a 100-line table and building one small
//! automaton (well under a millisecond).

use std::collections::{BTreeMap, HashMap};
use std::ops::Deref;
use std::ops::Range;
use std::sync::LazyLock;

use aho_corasick::{AhoCorasick, AhoCorasickBuilder, AhoCorasickKind, MatchKind};
use rustc_hash::{FxHashMap, FxHashSet};

use crate::doc::Doc;
use crate::record::{DateRef, Granularity, Warning};

/// What the dates pass found.
#[derive(Debug, Default)]
pub struct Found {
    /// Dates, sorted by value.
    pub dates: Vec<DateRef>,
    /// Warnings (e.g. a weekday contradicting its date).
    pub warnings: Vec<Warning>,
}

/// Finds the dates `doc` refers to, skipping the byte ranges in `claimed`
/// (spans the laws pass owns). Each date appears once per value with all its
/// mentions, sorted by value; see the module docs for the grammar and the
/// year inference. Cost: one pass over the bytes plus a few word look-ups per
/// digit run; one Aho-Corasick pass more when `doc.meta.published` is set.
pub fn extract(doc: &Doc, claimed: &[Range<usize>]) -> Found {
    let claimed = merge(claimed);
    let published = doc.meta.published.as_deref().and_then(parse_published);
    let scanner = Scanner {
        text: &doc.text,
        b: doc.text.as_bytes(),
        lex: &LEXICON,
        claimed: &claimed,
    };
    let mut warnings = Vec::new();
    let (mut cands, mut cues) = scanner.scan();
    scanner.link(&mut cands);
    propagate_years(&mut cands);
    for c in &cands {
        if c.year_stated {
            cues.push(Cue {
                year: c.year.unwrap_or(0),
                pos: c.span.start,
                strong: true,
            });
        }
    }
    // Weekday checks on stated dates, then inference for the rest.
    let mut prev: Option<(i32, u32, u32, Option<String>)> = None;
    for c in &mut cands {
        match (c.day, c.year) {
            (Some(d), Some(y)) => {
                if let Some(wd) = c.weekday {
                    let actual = weekday(y, c.month, d);
                    if actual != wd {
                        warnings.push(Warning::new(
                            "weekday_mismatch",
                            format!(
                                "\"{}\": {} is a {}, not a {}",
                                &doc.text[c.span.clone()],
                                iso_day(y, c.month, d),
                                WEEKDAY_NAMES[actual as usize - 1],
                                WEEKDAY_NAMES[wd as usize - 1]
                            ),
                        ));
                    }
                }
            }
            (Some(d), None) => {
                // The far end of a range follows its resolved first end.
                if let Some(prev) = &prev
                    && c.weekday.is_none()
                {
                    let (py, pm, pd, anchor) = prev;
                    let y = if (c.month, d) < (*pm, *pd) { py + 1 } else { *py };
                    if valid(y, c.month, d) {
                        c.year = Some(y);
                        c.anchor = anchor.clone();
                    }
                } else if let Some(r) = resolve_year(
                    d,
                    c.month,
                    c.weekday,
                    scanner.tense_after(c.span.end),
                    c.span.start,
                    published,
                    &cues,
                ) {
                    c.year = Some(r.year);
                    c.anchor = Some(r.anchor);
                    if r.mismatch {
                        warnings.push(Warning::new(
                            "weekday_mismatch",
                            format!(
                                "\"{}\": no year near the anchor has this day on a {}; took {}",
                                &doc.text[c.span.clone()],
                                WEEKDAY_NAMES[c.weekday.unwrap_or(1) as usize - 1],
                                iso_day(r.year, c.month, d)
                            ),
                        ));
                    }
                }
            }
            _ => {}
        }
        prev = match (c.link, c.year, c.day) {
            (Link::Range | Link::List, Some(y), Some(d)) => Some((y, c.month, d, c.anchor.clone())),
            _ => None,
        };
    }
    if let Some(p) = published {
        scanner.relative(p, &mut cands);
    }
    Found {
        dates: assemble(doc, &cands),
        warnings,
    }
}

/// Sorted, disjoint copies of `claimed` (the laws pass may nest spans).
fn merge(claimed: &[Range<usize>]) -> Vec<Range<usize>> {
    let mut sorted: Vec<Range<usize>> = claimed.iter().filter(|r| r.start < r.end).cloned().collect();
    sorted.sort_by_key(|r| (r.start, r.end));
    let mut out: Vec<Range<usize>> = Vec::with_capacity(sorted.len());
    for r in sorted {
        match out.last_mut() {
            Some(last) if r.start <= last.end => last.end = last.end.max(r.end),
            _ => out.push(r),
        }
    }
    out
}

// ---------------------------------------------------------------------------
// The word tables.

const WEEKDAY_NAMES: [&str; 7] = [
    "Monday",
    "Tuesday",
    "Wednesday",
    "Thursday",
    "Friday",
    "Saturday",
    "Sunday",
];

/// What a relative-pass automaton match is.
#[derive(Clone, Copy, Debug)]
enum RelWord {
    Day(i64),
    Weekday(u8),
    Month(u32),
}

// The word tables are looked up a few times per digit run with words of a
// dozen bytes: FxHash, not SipHash.
struct Lexicon {
    /// Month forms: (month, is an abbreviation).
    months: FxHashMap<String, (u32, bool)>,
    weekdays: FxHashMap<String, u8>,
    past: FxHashSet<String>,
    future: FxHashSet<String>,
    week: FxHashSet<String>,
    daypart: FxHashSet<String>,
    daycue: FxHashSet<String>,
    monthword: FxHashSet<String>,
    notday: FxHashSet<String>,
    unitnoun: FxHashSet<String>,
    /// Connectors, longest first: (form, is a range connector).
    connectors: Vec<(String, bool)>,
    /// Bytes a connector can start with (either ASCII case): most numbers
    /// are followed by a word no connector starts like, and this byte
    /// test spares the loop over the connectors.
    connector_first: [bool; 256],
    /// Bytes a connector can end with (either ASCII case).
    connector_last: [bool; 256],
    /// Relative-pass automaton and what each pattern is.
    rel_ac: AhoCorasick,
    rel_kinds: Vec<RelWord>,
}

static LEXICON: LazyLock<Lexicon> = LazyLock::new(|| Lexicon::parse(include_str!("../../data/dates.txt")));

impl Lexicon {
    fn parse(src: &str) -> Lexicon {
        let mut months = FxHashMap::default();
        let mut weekdays = FxHashMap::default();
        let mut sets: HashMap<&str, FxHashSet<String>> = HashMap::new();
        let mut connectors = Vec::new();
        let mut rel: Vec<(String, RelWord)> = Vec::new();
        for line in src.lines() {
            let line = line.split('#').next().unwrap_or("").trim();
            let Some((head, forms)) = line.split_once(':') else {
                continue;
            };
            let mut head = head.split_whitespace();
            let kind = head.next().unwrap_or("");
            let value: i64 = head.next().and_then(|v| v.parse().ok()).unwrap_or(0);
            for form in forms.split('|').map(str::trim).filter(|f| !f.is_empty()) {
                let form = normalize_word(form);
                match kind {
                    "month" => {
                        months.insert(form.clone(), (value as u32, false));
                        rel.push((form, RelWord::Month(value as u32)));
                    }
                    "abbr" => {
                        months.insert(form, (value as u32, true));
                    }
                    "weekday" => {
                        weekdays.insert(form.clone(), value as u8);
                        rel.push((form, RelWord::Weekday(value as u8)));
                    }
                    "day" => rel.push((form, RelWord::Day(value))),
                    "range" => connectors.push((form, true)),
                    "list" => connectors.push((form, false)),
                    other => {
                        if let Some(k) = [
                            "past",
                            "future",
                            "week",
                            "daypart",
                            "daycue",
                            "monthword",
                            "notday",
                            "unitnoun",
                        ]
                        .iter()
                        .find(|k| **k == other)
                        {
                            sets.entry(*k).or_default().insert(form);
                        }
                    }
                }
            }
        }
        connectors.sort_by_key(|(f, _)| std::cmp::Reverse(f.len()));
        let mut connector_first = [false; 256];
        let mut connector_last = [false; 256];
        for (form, _) in &connectors {
            let (Some(&f), Some(&l)) = (form.as_bytes().first(), form.as_bytes().last()) else {
                continue;
            };
            for (table, c) in [(&mut connector_first, f), (&mut connector_last, l)] {
                table[c.to_ascii_lowercase() as usize] = true;
                table[c.to_ascii_uppercase() as usize] = true;
            }
        }
        for form in months.keys().chain(weekdays.keys()).chain(sets.values().flatten()) {
            assert!(
                form.contains(' ') || (!form.is_empty() && form.len() <= Word::CAP),
                "word form {form:?} must fit a Word"
            );
        }
        // Patterns with an apostrophe also match its typographic forms.
        let mut patterns = Vec::new();
        let mut rel_kinds = Vec::new();
        for (form, kind) in rel {
            if form.contains('\'') {
                for apo in ['\u{2019}', '\u{02bc}', '`'] {
                    patterns.push(form.replace('\'', &apo.to_string()));
                    rel_kinds.push(kind);
                }
            }
            patterns.push(form);
            rel_kinds.push(kind);
        }
        // A full DFA: the automaton is small (about 60 patterns), and the DFA
        // is the fastest of aho-corasick's searchers on text with few matches.
        let rel_ac = AhoCorasickBuilder::new()
            .ascii_case_insensitive(true)
            .match_kind(MatchKind::LeftmostLongest)
            .kind(Some(AhoCorasickKind::DFA))
            .build(&patterns)
            .expect("relative-date automaton builds");
        let mut take = |k: &str| sets.remove(k).unwrap_or_default();
        Lexicon {
            months,
            weekdays,
            past: take("past"),
            future: take("future"),
            week: take("week"),
            daypart: take("daypart"),
            daycue: take("daycue"),
            monthword: take("monthword"),
            notday: take("notday"),
            unitnoun: take("unitnoun"),
            connectors,
            connector_first,
            connector_last,
            rel_ac,
            rel_kinds,
        }
    }
}

/// Lower case, typographic apostrophes as `'`.
fn normalize_word(w: &str) -> String {
    w.chars()
        .map(|c| if is_apostrophe(c) { '\'' } else { c })
        .flat_map(char::to_lowercase)
        .collect()
}

fn is_apostrophe(c: char) -> bool {
    matches!(c, '\'' | '\u{2019}' | '\u{02bc}' | '`' | '\u{00b4}')
}

/// A word of the text normalised as [`normalize_word`] does, on the stack:
/// the scanner reads a few words around every digit run, and a `String`
/// each was most of the pass's cost. A word whose normal form is longer
/// than [`Word::CAP`] bytes is the empty string, which no table holds (the
/// lexicon's forms are checked to fit when it is parsed).
struct Word {
    buf: [u8; Word::CAP],
    len: u8,
}

impl Word {
    /// Longer than any word of the lexicon or of the scanner's own lists.
    const CAP: usize = 16;

    fn new(w: &str) -> Word {
        let mut out = Word {
            buf: [0; Word::CAP],
            len: 0,
        };
        let mut n = 0;
        let mut push = |bytes: &[u8]| {
            if n + bytes.len() > Word::CAP {
                n = usize::MAX / 2;
                return;
            }
            out.buf[n..n + bytes.len()].copy_from_slice(bytes);
            n += bytes.len();
        };
        if w.is_ascii() {
            for &c in w.as_bytes() {
                push(&[if c == b'`' { b'\'' } else { c.to_ascii_lowercase() }]);
            }
        } else {
            let mut tmp = [0u8; 4];
            for c in w.chars() {
                if is_apostrophe(c) {
                    push(b"'");
                } else {
                    for l in c.to_lowercase() {
                        push(l.encode_utf8(&mut tmp).as_bytes());
                    }
                }
            }
        }
        out.len = if n <= Word::CAP { n as u8 } else { 0 };
        out
    }

    fn as_str(&self) -> &str {
        // Whole chars were copied, so the bytes are UTF-8.
        std::str::from_utf8(&self.buf[..self.len as usize]).unwrap_or("")
    }
}

impl Deref for Word {
    type Target = str;
    fn deref(&self) -> &str {
        self.as_str()
    }
}

/// The first ASCII digit at or after `from`. Eight bytes at a time: the scan
/// for digits is the pass's prefilter and touches every byte of the text.
fn next_digit(b: &[u8], from: usize) -> Option<usize> {
    let mut i = from;
    while let Some(chunk) = b.get(i..i + 8) {
        let x = u64::from_le_bytes(chunk.try_into().unwrap_or([0; 8]));
        let digits = crate::swar::in_range(x, b'0', b'9');
        if digits != 0 {
            return Some(i + (digits.trailing_zeros() / 8) as usize);
        }
        i += 8;
    }
    b.get(i..)?.iter().position(u8::is_ascii_digit).map(|o| i + o)
}

// ---------------------------------------------------------------------------
// Calendar arithmetic (proleptic Gregorian).

fn is_leap(y: i32) -> bool {
    (y % 4 == 0 && y % 100 != 0) || y % 400 == 0
}

fn days_in_month(y: i32, m: u32) -> u32 {
    match m {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if is_leap(y) => 29,
        2 => 28,
        _ => 0,
    }
}

fn valid(y: i32, m: u32, d: u32) -> bool {
    (1900..=2099).contains(&y) && d >= 1 && d <= days_in_month(y, m)
}

/// Days since 1970-01-01 (Howard Hinnant's `days_from_civil`).
fn days_from_civil(y: i32, m: u32, d: u32) -> i64 {
    let y = i64::from(y) - i64::from(m <= 2);
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let mp = (i64::from(m) + 9) % 12;
    let doy = (153 * mp + 2) / 5 + i64::from(d) - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146_097 + doe - 719_468
}

/// The proleptic Gregorian date `z` days after 1970-01-01 (H. Hinnant's
/// algorithm); the laws pass uses it too.
pub(crate) fn civil_from_days(z: i64) -> (i32, u32, u32) {
    let z = z + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = (doy - (153 * mp + 2) / 5 + 1) as u32;
    let m = if mp < 10 { mp + 3 } else { mp - 9 } as u32;
    let y = (yoe + era * 400 + i64::from(m <= 2)) as i32;
    (y, m, d)
}

/// ISO weekday, 1 = Monday.
fn weekday(y: i32, m: u32, d: u32) -> u8 {
    ((days_from_civil(y, m, d) + 3).rem_euclid(7) + 1) as u8
}

fn iso_day(y: i32, m: u32, d: u32) -> String {
    format!("{y:04}-{m:02}-{d:02}")
}

/// The publication date: (year, month, day if stated).
#[derive(Clone, Copy, Debug)]
struct Published {
    y: i32,
    m: u32,
    d: Option<u32>,
}

fn parse_published(s: &str) -> Option<Published> {
    let b = s.as_bytes();
    let num = |r: Range<usize>| -> Option<u32> {
        let t = s.get(r)?;
        (!t.is_empty() && t.bytes().all(|c| c.is_ascii_digit()))
            .then(|| t.parse().ok())
            .flatten()
    };
    let y = num(0..4)? as i32;
    if !(1900..=2099).contains(&y) || b.get(4) != Some(&b'-') {
        return None;
    }
    let m = num(5..7)?;
    if !(1..=12).contains(&m) {
        return None;
    }
    let d = if b.get(7) == Some(&b'-') { num(8..10) } else { None };
    let d = d.filter(|&d| valid(y, m, d));
    Some(Published { y, m, d })
}

// ---------------------------------------------------------------------------
// Candidates.

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Link {
    None,
    Range,
    List,
}

#[derive(Clone, Debug)]
struct Cand {
    /// Mention, bytes of the text.
    span: Range<usize>,
    /// None for a month-granularity date.
    day: Option<u32>,
    month: u32,
    year: Option<i32>,
    /// The year was written in the date itself.
    year_stated: bool,
    weekday: Option<u8>,
    /// How this candidate joins the next one.
    link: Link,
    /// Why the year (or the whole date) is what it is, when inferred.
    anchor: Option<String>,
}

impl Cand {
    fn new(span: Range<usize>, day: Option<u32>, month: u32, year: Option<i32>) -> Cand {
        Cand {
            span,
            day,
            month,
            year,
            year_stated: year.is_some(),
            weekday: None,
            link: Link::None,
            anchor: None,
        }
    }
}

/// A year the text names: in a full date (`strong`) or alone.
#[derive(Clone, Copy, Debug)]
struct Cue {
    year: i32,
    pos: usize,
    strong: bool,
}

/// A month after a day: its number, where its word ends, and the year
/// written after it with the year's end.
struct MonthYear {
    m: u32,
    me: usize,
    /// The month was abbreviated ("Jan", "Des"): without a year it needs a
    /// weekday or "tanggal" to count, as "Jan" and "Des" are also names.
    abbr: bool,
    year: Option<(i32, usize)>,
}

/// What lies just left of a day number.
#[derive(Debug, Default)]
struct Back {
    /// Mention start: the weekday if one was found.
    weekday_start: Option<usize>,
    weekday: Option<u8>,
    /// Byte offset of an opening parenthesis right before the number.
    paren: Option<usize>,
    /// A time word or "tanggal" stands between weekday and number.
    cue: bool,
}

struct Scanner<'a> {
    text: &'a str,
    b: &'a [u8],
    lex: &'a Lexicon,
    claimed: &'a [Range<usize>],
}

impl<'a> Scanner<'a> {
    // -- low-level cursor helpers ------------------------------------------

    fn char_before(&self, pos: usize) -> Option<char> {
        self.text.get(..pos)?.chars().next_back()
    }

    fn char_at(&self, pos: usize) -> Option<char> {
        self.text.get(pos..)?.chars().next()
    }

    fn skip_ws_right(&self, mut pos: usize) -> usize {
        while let Some(c) = self.char_at(pos) {
            if c == ' ' || c == '\t' || c == '\u{a0}' {
                pos += c.len_utf8();
            } else {
                break;
            }
        }
        pos
    }

    fn skip_ws_left(&self, mut pos: usize) -> usize {
        while let Some(c) = self.char_before(pos) {
            if c == ' ' || c == '\t' || c == '\u{a0}' {
                pos -= c.len_utf8();
            } else {
                break;
            }
        }
        pos
    }

    /// End of the ASCII digit run starting at `pos`.
    fn digits_end(&self, pos: usize) -> usize {
        let mut e = pos;
        while e < self.b.len() && self.b[e].is_ascii_digit() {
            e += 1;
        }
        e
    }

    /// A run of 1..=max digits at `pos`: (value, end).
    fn number_at(&self, pos: usize, max: usize) -> Option<(u32, usize)> {
        let e = self.digits_end(pos);
        if e == pos || e - pos > max {
            return None;
        }
        Some((self.text[pos..e].parse().ok()?, e))
    }

    /// The word (letters and inner apostrophes) starting at `pos`: (end, normalised).
    fn word_right(&self, pos: usize) -> Option<(usize, Word)> {
        let mut e = pos;
        for (i, c) in self.text.get(pos..)?.char_indices() {
            if c.is_alphabetic() || (i > 0 && is_apostrophe(c)) {
                e = pos + i + c.len_utf8();
            } else {
                break;
            }
        }
        // No trailing apostrophe.
        while e > pos && self.char_before(e).is_some_and(is_apostrophe) {
            e -= self.char_before(e).map_or(1, char::len_utf8);
        }
        if e == pos || self.char_at(e).is_some_and(char::is_alphanumeric) {
            return None;
        }
        Some((e, Word::new(&self.text[pos..e])))
    }

    /// The word ending at `pos` (one trailing dot allowed): (start, normalised).
    fn word_left(&self, pos: usize) -> Option<(usize, Word)> {
        let mut end = pos;
        if self.char_before(end) == Some('.') {
            end -= 1;
        }
        let mut s = end;
        while let Some(c) = self.char_before(s) {
            if c.is_alphabetic() || is_apostrophe(c) {
                s -= c.len_utf8();
            } else {
                break;
            }
        }
        while s < end && self.char_at(s).is_some_and(is_apostrophe) {
            s += self.char_at(s).map_or(1, char::len_utf8);
        }
        if s == end || self.char_before(s).is_some_and(char::is_alphanumeric) {
            return None;
        }
        Some((s, Word::new(&self.text[s..end])))
    }

    /// A month word starting at `pos`: (end, month). Abbreviations must be
    /// capitalised and may carry a dot.
    fn month_right(&self, pos: usize) -> Option<(usize, u32, bool)> {
        let (e, w) = self.word_right(pos)?;
        let &(m, abbr) = self.lex.months.get(&*w)?;
        if abbr {
            if !self.char_at(pos).is_some_and(char::is_uppercase) {
                return None;
            }
            if self.b.get(e) == Some(&b'.') && !self.b.get(e + 1).is_some_and(u8::is_ascii_alphanumeric) {
                return Some((e + 1, m, true));
            }
        }
        Some((e, m, abbr))
    }

    /// A month word ending at `pos`: (start, month).
    fn month_left(&self, pos: usize) -> Option<(usize, u32)> {
        let dotted = self.char_before(pos) == Some('.');
        let (s, w) = self.word_left(pos)?;
        let &(m, abbr) = self.lex.months.get(&*w)?;
        if dotted && !abbr {
            return None;
        }
        if abbr && !self.char_at(s).is_some_and(char::is_uppercase) {
            return None;
        }
        Some((s, m))
    }

    /// A connector starting at (or after spaces from) `pos`: (end, is range).
    fn connector_right(&self, pos: usize) -> Option<(usize, bool)> {
        let p = self.skip_ws_right(pos);
        let rest = self.text.get(p..)?;
        if !self.lex.connector_first[*rest.as_bytes().first()? as usize] {
            return None;
        }
        for (form, range) in &self.lex.connectors {
            if rest.len() >= form.len()
                && rest.is_char_boundary(form.len())
                && rest[..form.len()].eq_ignore_ascii_case(form)
            {
                let alpha_end = form.chars().last().is_some_and(char::is_alphabetic);
                if alpha_end && self.char_at(p + form.len()).is_some_and(char::is_alphanumeric) {
                    continue;
                }
                return Some((p + form.len(), *range));
            }
        }
        None
    }

    /// A connector ending at (or spaces before) `pos`: (start, is range).
    fn connector_left(&self, pos: usize) -> Option<(usize, bool)> {
        let p = self.skip_ws_left(pos);
        let head = self.text.get(..p)?;
        if !self.lex.connector_last[*head.as_bytes().last()? as usize] {
            return None;
        }
        for (form, range) in &self.lex.connectors {
            if head.len() >= form.len()
                && head.is_char_boundary(head.len() - form.len())
                && head[head.len() - form.len()..].eq_ignore_ascii_case(form)
            {
                let s = p - form.len();
                let alpha_start = form.chars().next().is_some_and(char::is_alphabetic);
                if alpha_start && self.char_before(s).is_some_and(char::is_alphanumeric) {
                    continue;
                }
                return Some((s, *range));
            }
        }
        None
    }

    /// May a number start at `p`? Not inside a word or a longer number
    /// ("MMTR2017", "Kep.1065", the "30" of "10.30").
    fn left_ok(&self, p: usize) -> bool {
        match self.char_before(p) {
            None => true,
            Some(c) if c.is_alphanumeric() || c == '_' => false,
            // "30 November-1 Desember": a month may end right before a dash.
            Some('-') if self.month_left(p - 1).is_some() => true,
            Some('.' | ',' | '/' | ':' | '-') => !self.char_before(p - 1).is_some_and(char::is_alphanumeric),
            Some(_) => true,
        }
    }

    /// May a date end at `e`? Not followed by a letter or digit, nor by a
    /// separator and more digits ("24.09.2024.1", "11/9/2024/5").
    fn right_ok(&self, e: usize) -> bool {
        match self.char_at(e) {
            None => true,
            Some(c) if c.is_alphanumeric() || c == '_' => false,
            Some('.' | ',' | '/' | ':') => !self.b.get(e + 1).is_some_and(u8::is_ascii_digit),
            Some(_) => true,
        }
    }

    /// Weekday, parenthesis and time words just left of a day number.
    fn lookback(&self, p: usize) -> Back {
        let mut back = Back::default();
        let mut pos = self.skip_ws_left(p);
        if self.char_before(pos) == Some('(') {
            back.paren = Some(pos - 1);
            pos = self.skip_ws_left(pos - 1);
        }
        if self.char_before(pos) == Some(',') {
            pos = self.skip_ws_left(pos - 1);
        }
        for _ in 0..3 {
            let Some((s, w)) = self.word_left(pos) else {
                break;
            };
            if let Some(&wd) = self.lex.weekdays.get(&*w) {
                back.weekday = Some(wd);
                back.weekday_start = Some(s);
                break;
            }
            if self.lex.daypart.contains(&*w) || self.lex.daycue.contains(&*w) {
                back.cue = true;
                pos = self.skip_ws_left(s);
                if self.char_before(pos) == Some(',') {
                    pos = self.skip_ws_left(pos - 1);
                }
                continue;
            }
            break;
        }
        back
    }

    /// The mention of a day-level date at `p..end` with `back` on its left:
    /// from the weekday (or the parenthesis) through the closing parenthesis.
    fn day_span(&self, p: usize, end: usize, back: &Back) -> Range<usize> {
        let close = {
            let q = self.skip_ws_right(end);
            (back.paren.is_some() && self.b.get(q) == Some(&b')')).then_some(q + 1)
        };
        let start = back
            .weekday_start
            .or(if close.is_some() { back.paren } else { None })
            .unwrap_or(p);
        start..close.unwrap_or(end)
    }

    fn in_claimed(&self, span: &Range<usize>) -> bool {
        let i = self.claimed.partition_point(|r| r.end <= span.start);
        self.claimed.get(i).is_some_and(|r| r.start < span.end)
    }

    // -- the grammar --------------------------------------------------------

    /// Scans the text: candidates in text order, and the bare years it names.
    fn scan(&self) -> (Vec<Cand>, Vec<Cue>) {
        let b = self.b;
        let mut cands = Vec::new();
        let mut cues = Vec::new();
        let mut i = 0;
        while i < b.len() {
            let Some(p) = next_digit(b, i) else {
                break;
            };
            let e = self.digits_end(p);
            // Inside a claimed span: jump past it.
            let ci = self.claimed.partition_point(|r| r.end <= p);
            if let Some(r) = self.claimed.get(ci)
                && r.start <= p
            {
                i = r.end.max(e);
                continue;
            }
            if !self.left_ok(p) {
                i = e;
                continue;
            }
            if let Some((found, end)) = self.parse_at(p, e) {
                cands.extend(found.into_iter().filter(|c| !self.in_claimed(&c.span)));
                i = end.max(e);
                continue;
            }
            if e - p == 4
                && let Ok(y) = self.text[p..e].parse::<i32>()
                && (1900..=2099).contains(&y)
                && self.right_ok(e)
                && !self.law_year(p)
            {
                cues.push(Cue {
                    year: y,
                    pos: p,
                    strong: false,
                });
            }
            i = e;
        }
        (cands, cues)
    }

    /// Is the year at `p` the year of a law citation ("Nomor 20 Tahun 2023",
    /// "No. 35/2014")?
    fn law_year(&self, p: usize) -> bool {
        if self.char_before(p) == Some('/') {
            return true;
        }
        let q = self.skip_ws_left(p);
        let Some((s, w)) = self.word_left(q) else {
            return false;
        };
        if !matches!(w.as_str(), "tahun" | "th" | "thn") {
            return false;
        }
        // The number before "Tahun": digits, maybe with letters ("12A").
        let mut q = self.skip_ws_left(s);
        let end = q;
        while let Some(c) = self.char_before(q) {
            if c.is_ascii_alphanumeric() {
                q -= 1;
            } else {
                break;
            }
        }
        if q == end || !self.text[q..end].bytes().any(|c| c.is_ascii_digit()) {
            return false;
        }
        let mut r = self.skip_ws_left(q);
        if self.char_before(r) == Some(':') {
            r = self.skip_ws_left(r - 1);
        }
        self.word_left(r)
            .is_some_and(|(_, w)| matches!(w.as_str(), "nomor" | "no" | "nomer" | "nmr"))
    }

    /// Parses the date forms starting with the digit run `p..e`: the
    /// candidates found and where scanning resumes.
    fn parse_at(&self, p: usize, e: usize) -> Option<(Vec<Cand>, usize)> {
        match e - p {
            4 => self.parse_year_first(p, e),
            1 | 2 => {
                let d: u32 = self.text[p..e].parse().ok()?;
                self.parse_numeric(p, e, d)
                    .or_else(|| self.parse_day_month(p, e, d))
                    .or_else(|| self.parse_day_list(p, e, d))
                    .or_else(|| self.parse_numeric_range(p, e, d))
                    .or_else(|| self.parse_month_day(p, e, d))
            }
            _ => None,
        }
    }

    /// `2024-09-24`, `2024/9/24`, and month + year (`November 2023`,
    /// `Januari - Maret 2024`), entered at the year.
    fn parse_year_first(&self, p: usize, e: usize) -> Option<(Vec<Cand>, usize)> {
        let y: i32 = self.text[p..e].parse().ok()?;
        if !(1900..=2099).contains(&y) {
            return None;
        }
        if let Some(&sep) = self.b.get(e)
            && (sep == b'-' || sep == b'/')
        {
            let (m, me) = self.number_at(e + 1, 2)?;
            if self.b.get(me) != Some(&sep) {
                return None;
            }
            let (d, de) = self.number_at(me + 1, 2)?;
            let time_follows = self.b.get(de) == Some(&b'T') && self.b.get(de + 1).is_some_and(u8::is_ascii_digit);
            if !(self.right_ok(de) || time_follows) || !(1..=12).contains(&m) || !valid(y, m, d) {
                return None;
            }
            let back = self.lookback(p);
            let mut c = Cand::new(self.day_span(p, de, &back), Some(d), m, Some(y));
            c.weekday = back.weekday;
            return Some((vec![c], de));
        }
        if !self.right_ok(e) {
            return None;
        }
        let q = self.skip_ws_left(p);
        if q == p {
            return None;
        }
        let (ms, m) = self.month_left(q)?;
        // A day before the month means an invalid date the day parse refused.
        if self
            .char_before(self.skip_ws_left(ms))
            .is_some_and(|c| c.is_ascii_digit())
        {
            return None;
        }
        let mut out = Vec::new();
        if let Some((cs, range)) = self.connector_left(ms)
            && let Some((ms1, m1)) = self.month_left(self.skip_ws_left(cs))
            && !self
                .char_before(self.skip_ws_left(ms1))
                .is_some_and(|c| c.is_ascii_digit())
        {
            let y1 = if m1 <= m { y } else { y - 1 };
            let mut first = Cand::new(ms1..self.skip_ws_left(cs), None, m1, Some(y1));
            first.link = if range { Link::Range } else { Link::List };
            out.push(first);
        }
        out.push(Cand::new(ms..e, None, m, Some(y)));
        Some((out, e))
    }

    /// Numeric dates entered at the day: `24/9/2024`, `24-09-2024`,
    /// `24.09.2024`, `(18/10/22)`, `Rabu (11/9)`.
    fn parse_numeric(&self, p: usize, e: usize, d: u32) -> Option<(Vec<Cand>, usize)> {
        let sep = *self.b.get(e)?;
        if !matches!(sep, b'/' | b'-' | b'.') {
            return None;
        }
        let (m, me) = self.number_at(e + 1, 2)?;
        if !(1..=12).contains(&m) {
            return None;
        }
        let back = self.lookback(p);
        if self.b.get(me) == Some(&sep) && self.b.get(me + 1).is_some_and(u8::is_ascii_digit) {
            let ye = self.digits_end(me + 1);
            if !self.right_ok(ye) {
                return None;
            }
            let raw: i32 = self.text[me + 1..ye].parse().ok()?;
            let y = match ye - me - 1 {
                4 => raw,
                2 => {
                    let closed = self.b.get(self.skip_ws_right(ye)) == Some(&b')');
                    if back.weekday.is_none() && !back.cue && !(back.paren.is_some() && closed) {
                        return None;
                    }
                    if raw < 70 { 2000 + raw } else { 1900 + raw }
                }
                _ => return None,
            };
            if !valid(y, m, d) {
                return None;
            }
            let mut c = Cand::new(self.day_span(p, ye, &back), Some(d), m, Some(y));
            c.weekday = back.weekday;
            return Some((vec![c], ye));
        }
        // No year: only "/" and only where the context says "date".
        let more =
            matches!(self.b.get(me), Some(b'/' | b'-' | b'.')) && self.b.get(me + 1).is_some_and(u8::is_ascii_digit);
        if sep != b'/' || !self.right_ok(me) || more {
            return None;
        }
        if back.weekday.is_none() && !back.cue {
            return None;
        }
        if d == 0 || d > days_in_month(2000, m) {
            return None;
        }
        let mut c = Cand::new(self.day_span(p, me, &back), Some(d), m, None);
        c.weekday = back.weekday;
        Some((vec![c], me))
    }

    /// Two days and one numeric month: `12-13/10`, `(12-13/10/2024)`,
    /// `Sabtu-Minggu (12-13/10)`; without a year only in a date context.
    fn parse_numeric_range(&self, p: usize, e: usize, d: u32) -> Option<(Vec<Cand>, usize)> {
        let (ce, range) = self.connector_right(e)?;
        let s = self.skip_ws_right(ce);
        let (d2, d2e) = self.number_at(s, 2)?;
        if self.b.get(d2e) != Some(&b'/') {
            return None;
        }
        let (m, me) = self.number_at(d2e + 1, 2)?;
        if !(1..=12).contains(&m) {
            return None;
        }
        let mut end = me;
        let mut year = None;
        if self.b.get(me) == Some(&b'/') && self.b.get(me + 1).is_some_and(u8::is_ascii_digit) {
            let (y, ye) = self.number_at(me + 1, 4)?;
            if ye - me - 1 != 4 {
                return None;
            }
            year = Some(y as i32);
            end = ye;
        }
        if !self.right_ok(end) {
            return None;
        }
        let back = self.lookback(p);
        let closed = back.paren.is_some() && self.b.get(self.skip_ws_right(end)) == Some(&b')');
        if year.is_none() && back.weekday.is_none() && !back.cue && !closed {
            return None;
        }
        let ok = |v: u32| match year {
            Some(y) => valid(y, m, v),
            None => v >= 1 && v <= days_in_month(2000, m),
        };
        if !ok(d) || !ok(d2) {
            return None;
        }
        // "Sabtu-Minggu (12-13/10)": a weekday for each end.
        let (mut w1, mut w2, mut start) = (back.weekday, None, back.weekday_start);
        if let Some(ws) = back.weekday_start
            && let Some((cs, _)) = self.connector_left(ws)
            && let Some((s1, first)) = self.word_left(self.skip_ws_left(cs))
            && let Some(&wd1) = self.lex.weekdays.get(&*first)
        {
            (w1, w2, start) = (Some(wd1), back.weekday, Some(s1));
        }
        let mut a = Cand::new(start.unwrap_or(p)..e, Some(d), m, year);
        a.weekday = w1;
        a.link = if range { Link::Range } else { Link::List };
        let mut b = Cand::new(self.day_span(s, end, &back), Some(d2), m, year);
        b.span.start = s;
        b.weekday = w2;
        let end = b.span.end;
        Some((vec![a, b], end))
    }

    /// English order with a year: `November 22, 2024`.
    fn parse_month_day(&self, p: usize, e: usize, d: u32) -> Option<(Vec<Cand>, usize)> {
        if self.b.get(e) != Some(&b',') {
            return None;
        }
        let (ms, m) = self.month_left(self.skip_ws_left(p))?;
        if ms == p || self.skip_ws_left(p) == p {
            return None;
        }
        let r = self.skip_ws_right(e + 1);
        let (y, ye) = self.number_at(r, 4)?;
        let y = y as i32;
        if ye - r != 4 || !self.right_ok(ye) || !valid(y, m, d) {
            return None;
        }
        let back = self.lookback(ms);
        let mut c = Cand::new(back.weekday_start.unwrap_or(ms)..ye, Some(d), m, Some(y));
        c.weekday = back.weekday;
        Some((vec![c], ye))
    }

    /// The month (and year) after a day: (month, end of month, year and its
    /// end).
    fn month_year_after(&self, pos: usize) -> Option<MonthYear> {
        let mut q = self.skip_ws_right(pos);
        if q == pos {
            return None;
        }
        if let Some((we, w)) = self.word_right(q)
            && self.lex.monthword.contains(&*w)
        {
            q = self.skip_ws_right(we);
        }
        let (me, m, abbr) = self.month_right(q)?;
        let r = self.skip_ws_right(me);
        let mut year = None;
        if r > me
            && let Some((y, ye)) = self.number_at(r, 4)
            && ye - r == 4
            && (1900..=2099).contains(&(y as i32))
            && self.right_ok(ye)
        {
            year = Some((y as i32, ye));
        }
        Some(MonthYear { m, me, abbr, year })
    }

    /// Is the number at `p` part of a name ("Jalan 17 Agustus", "nomor 2")?
    fn name_number(&self, p: usize) -> bool {
        self.word_left(self.skip_ws_left(p))
            .is_some_and(|(_, w)| self.lex.notday.contains(&*w))
    }

    /// Day + month name (+ year): `27 November 2024`, `pada 6 Agustus`.
    fn parse_day_month(&self, p: usize, e: usize, d: u32) -> Option<(Vec<Cand>, usize)> {
        if d == 0 || d > 31 {
            return None;
        }
        let MonthYear { m, me, abbr, year } = self.month_year_after(e)?;
        if self.name_number(p) {
            return None;
        }
        let back = self.lookback(p);
        if abbr && year.is_none() && back.weekday.is_none() && !back.cue {
            return None;
        }
        let end = year.map_or(me, |(_, ye)| ye);
        match year {
            Some((y, _)) if !valid(y, m, d) => return None,
            None if d > days_in_month(2000, m) => return None,
            _ => {}
        }
        let mut c = Cand::new(self.day_span(p, end, &back), Some(d), m, year.map(|(y, _)| y));
        c.weekday = back.weekday;
        Some((vec![c], end))
    }

    /// Days joined by connectors, then a month: `11-13 Februari 2024`,
    /// `1 s.d. 3 Oktober`, `6, 7 dan 8 Agustus`.
    fn parse_day_list(&self, p: usize, e: usize, d: u32) -> Option<(Vec<Cand>, usize)> {
        if d == 0 || d > 31 || self.connector_right(e).is_none() || self.name_number(p) {
            return None;
        }
        // (The connector test first: most numbers have none, and the list
        // below is allocated.)
        let mut days = vec![(d, p..e)];
        let mut links = Vec::new();
        let mut pos = e;
        let MonthYear { m, me, abbr, year } = loop {
            let (ce, range) = self.connector_right(pos)?;
            let s = self.skip_ws_right(ce);
            let (v, ve) = self.number_at(s, 2)?;
            days.push((v, s..ve));
            links.push(if range { Link::Range } else { Link::List });
            if days.len() > 8 {
                return None;
            }
            pos = ve;
            if let Some(found) = self.month_year_after(ve) {
                break found;
            }
        };
        let end = year.map_or(me, |(_, ye)| ye);
        let y = year.map(|(y, _)| y);
        for (v, _) in &days {
            let ok = match y {
                Some(y) => valid(y, m, *v),
                None => *v >= 1 && *v <= days_in_month(2000, m),
            };
            if !ok {
                return None;
            }
        }
        // Only a two-ended phrase is a range; longer ones are lists.
        if days.len() > 2 {
            links.iter_mut().for_each(|l| *l = Link::List);
        }
        let back = self.lookback(p);
        if abbr && year.is_none() && back.weekday.is_none() && !back.cue {
            return None;
        }
        let n = days.len();
        let mut out = Vec::with_capacity(n);
        for (k, (v, span)) in days.into_iter().enumerate() {
            let span = if k == 0 {
                back.weekday_start.unwrap_or(span.start)..span.end
            } else if k == n - 1 {
                span.start..end
            } else {
                span
            };
            let mut c = Cand::new(span, Some(v), m, y);
            if k == 0 {
                c.weekday = back.weekday;
            }
            if k + 1 < n {
                c.link = links[k];
            }
            out.push(c);
        }
        Some((out, end))
    }

    /// Links consecutive candidates joined only by a connector ("28
    /// November 2023 sampai 10 Februari 2024", "Senin (23/9) dan Selasa (24/9)").
    fn link(&self, cands: &mut [Cand]) {
        for k in 1..cands.len() {
            let (a, b) = (&cands[k - 1], &cands[k]);
            if a.link != Link::None || b.span.start < a.span.end || a.day.is_some() != b.day.is_some() {
                continue;
            }
            if let Some((ce, range)) = self.connector_right(a.span.end)
                && self.skip_ws_right(ce) == b.span.start
            {
                cands[k - 1].link = if range { Link::Range } else { Link::List };
            }
        }
    }

    // -- relative forms -------------------------------------------------------

    /// Adds the relative forms anchored on the publication date `p`.
    fn relative(&self, p: Published, cands: &mut Vec<Cand>) {
        let taken: Vec<Range<usize>> = cands.iter().map(|c| c.span.clone()).collect();
        let overlaps = |s: usize, e: usize| taken.iter().any(|r| r.start < e && s < r.end);
        let ends_date = |s: usize| {
            let q = self.skip_ws_left(s);
            taken.iter().any(|r| r.end == q)
        };
        let starts_date = |e: usize| {
            let q = self.skip_ws_right(e);
            taken.iter().any(|r| r.start == q)
        };
        let anchor = match p.d {
            Some(d) => format!("published {}", iso_day(p.y, p.m, d)),
            None => format!("published {:04}-{:02}", p.y, p.m),
        };
        let pub_days = p.d.map(|d| days_from_civil(p.y, p.m, d));
        let mut consumed = 0;
        let mut found = Vec::new();
        for mt in self.lex.rel_ac.find_iter(self.text) {
            let (s, e) = (mt.start(), mt.end());
            if s < consumed
                || self.char_before(s).is_some_and(char::is_alphanumeric)
                || self.char_at(e).is_some_and(char::is_alphanumeric)
                || overlaps(s, e)
                || self.in_claimed(&(s..e))
                || ends_date(s)
            {
                continue;
            }
            let capital = self.char_at(s).is_some_and(char::is_uppercase);
            match self.lex.rel_kinds[mt.pattern().as_usize()] {
                RelWord::Day(off) => {
                    let Some(base) = pub_days else { continue };
                    if starts_date(e) {
                        continue; // "kemarin (15/10)": the date says which day
                    }
                    let prev = self.word_left(self.skip_ws_left(s)).map(|(_, w)| w);
                    if prev.is_some_and(|w| self.lex.unitnoun.contains(&*w)) {
                        continue;
                    }
                    let (y, m, d) = civil_from_days(base + off);
                    let mut c = Cand::new(s..e, Some(d), m, Some(y));
                    c.year_stated = false;
                    c.anchor = Some(anchor.clone());
                    found.push(c);
                    consumed = e;
                }
                RelWord::Weekday(wd) => {
                    let Some(base) = pub_days else { continue };
                    let Some((end, w1, w2)) = self.two_words_after(e) else {
                        continue;
                    };
                    let week = self.lex.week.contains(&*w1);
                    let dir = if week { w2.as_deref() } else { Some(w1.as_str()) };
                    let Some(dir) = dir else { continue };
                    let past = self.lex.past.contains(dir);
                    if !past && !self.lex.future.contains(dir) {
                        continue;
                    }
                    let end = if week { end } else { self.word_end_after(e) };
                    // "minggu lalu" is "last week": not resolved, and its
                    // "lalu"/"kemarin" is no "yesterday" either.
                    consumed = end;
                    if !capital || (wd == 7 && self.sentence_start(s)) {
                        continue;
                    }
                    let pub_wd = i64::from(weekday(p.y, p.m, p.d.unwrap_or(1)));
                    let wd = i64::from(wd);
                    let target = if week {
                        // Monday of the publication week, one week off.
                        base - (pub_wd - 1) + if past { -7 } else { 7 } + (wd - 1)
                    } else if past {
                        base - (pub_wd - wd).rem_euclid(7).max(1) - if pub_wd == wd { 6 } else { 0 }
                    } else {
                        base + (wd - pub_wd).rem_euclid(7).max(1) + if pub_wd == wd { 6 } else { 0 }
                    };
                    let (y, m, d) = civil_from_days(target);
                    let mut c = Cand::new(s..end, Some(d), m, Some(y));
                    c.year_stated = false;
                    c.anchor = Some(anchor.clone());
                    found.push(c);
                    consumed = end;
                }
                RelWord::Month(m) => {
                    if !capital {
                        continue;
                    }
                    let Some((_, w1, _)) = self.two_words_after(e) else {
                        continue;
                    };
                    let past = self.lex.past.contains(&*w1);
                    if !past && !self.lex.future.contains(&*w1) {
                        continue;
                    }
                    let y = if past {
                        if m <= p.m { p.y } else { p.y - 1 }
                    } else if m >= p.m {
                        p.y
                    } else {
                        p.y + 1
                    };
                    let end = self.word_end_after(e);
                    let mut c = Cand::new(s..end, None, m, Some(y));
                    c.year_stated = false;
                    c.anchor = Some(anchor.clone());
                    found.push(c);
                    consumed = end;
                }
            }
        }
        cands.extend(found.into_iter().filter(|c| !self.in_claimed(&c.span)));
    }

    /// The one or two words after `e` (after spaces): (end of the second
    /// word or of the first when there is none, first, second).
    fn two_words_after(&self, e: usize) -> Option<(usize, Word, Option<Word>)> {
        let q = self.skip_ws_right(e);
        if q == e {
            return None;
        }
        let (e1, w1) = self.word_right(q)?;
        let q2 = self.skip_ws_right(e1);
        match self.word_right(q2) {
            Some((e2, w2)) if q2 > e1 => Some((e2, w1, Some(w2))),
            _ => Some((e1, w1, None)),
        }
    }

    /// Does the word after `e` place a date after publication
    /// ("mendatang": `Some(true)`) or before it ("lalu": `Some(false)`)?
    fn tense_after(&self, e: usize) -> Option<bool> {
        let (_, w) = self.word_right(self.skip_ws_right(e))?;
        if self.lex.future.contains(&*w) {
            Some(true)
        } else if self.lex.past.contains(&*w) {
            Some(false)
        } else {
            None
        }
    }

    fn word_end_after(&self, e: usize) -> usize {
        let q = self.skip_ws_right(e);
        self.word_right(q).map_or(e, |(we, _)| we)
    }

    /// Does `s` start a sentence (where "Minggu" may mean "week")?
    fn sentence_start(&self, s: usize) -> bool {
        let q = self.skip_ws_left(s);
        matches!(
            self.char_before(q),
            None | Some('.' | '!' | '?' | '"' | '\u{201c}' | '\n' | ':')
        )
    }
}

// ---------------------------------------------------------------------------
// Years.

/// A year lent to one end of a range or list by the other, which states it.
fn propagate_years(cands: &mut [Cand]) {
    for k in (1..cands.len()).rev() {
        let (a, b) = (&cands[k - 1], &cands[k]);
        if a.link != Link::None
            && a.year.is_none()
            && let (Some(da), Some(db), Some(yb)) = (a.day, b.day, b.year)
        {
            let y = if (a.month, da) > (b.month, db) { yb - 1 } else { yb };
            if valid(y, a.month, da) {
                cands[k - 1].year = Some(y);
            }
        }
    }
    for k in 1..cands.len() {
        let (a, b) = (&cands[k - 1], &cands[k]);
        if a.link != Link::None
            && b.year.is_none()
            && let (Some(da), Some(db), Some(ya)) = (a.day, b.day, a.year)
        {
            let y = if (b.month, db) < (a.month, da) { ya + 1 } else { ya };
            if valid(y, b.month, db) {
                cands[k].year = Some(y);
            }
        }
    }
}

struct Resolved {
    year: i32,
    anchor: String,
    mismatch: bool,
}

/// The year of day `d` of month `m` (stated weekday `wd`, mentioned at
/// byte `pos`) from the publication date or the years the text names.
fn resolve_year(
    d: u32,
    m: u32,
    wd: Option<u8>,
    future: Option<bool>,
    pos: usize,
    published: Option<Published>,
    cues: &[Cue],
) -> Option<Resolved> {
    if let Some(p) = published
        && let Some(pd) = p.d
    {
        let base = days_from_civil(p.y, p.m, pd);
        let near = |ys: &mut dyn Iterator<Item = i32>| ys.min_by_key(|&y| (days_from_civil(y, m, d) - base).abs());
        // "17 Agustus mendatang" is after publication, "6 Agustus lalu" before.
        let side = |y: i32| {
            let diff = days_from_civil(y, m, d) - base;
            match future {
                Some(true) => diff >= 0,
                Some(false) => diff <= 0,
                None => true,
            }
        };
        let sided = (p.y - 1..=p.y + 1).any(|y| valid(y, m, d) && side(y));
        let all = || (p.y - 1..=p.y + 1).filter(move |&y| valid(y, m, d) && (!sided || side(y)));
        let anchor = format!("published {}", iso_day(p.y, p.m, pd));
        if let Some(wd) = wd {
            if let Some(y) = near(&mut all().filter(|&y| weekday(y, m, d) == wd)) {
                return Some(Resolved {
                    year: y,
                    anchor: format!("{anchor}, weekday {}", WEEKDAY_NAMES[wd as usize - 1]),
                    mismatch: false,
                });
            }
            return near(&mut all()).map(|year| Resolved {
                year,
                anchor,
                mismatch: true,
            });
        }
        return near(&mut all()).map(|year| Resolved {
            year,
            anchor,
            mismatch: false,
        });
    }
    let mut cues: Vec<Cue> = cues.to_vec();
    if let Some(p) = published {
        // A month-only publication date is a strong cue.
        cues.push(Cue {
            year: p.y,
            pos,
            strong: true,
        });
    }
    if cues.is_empty() {
        return None;
    }
    let anchor = |y: i32| format!("year {y} named in the text");
    // How often the text names a year (a full date counts twice).
    let weight = |y: i32, within: i32| -> i32 {
        cues.iter()
            .filter(|c| (c.year - y).abs() <= within)
            .map(|c| if c.strong { 2 } else { 1 })
            .sum()
    };
    // Without a weekday: the year the text names most often (full dates
    // count double), then the one named nearest.
    let nearest_in_text = || {
        cues.iter()
            .filter(|c| valid(c.year, m, d))
            .min_by_key(|c| (-weight(c.year, 0), c.pos.abs_diff(pos)))
            .map(|c| c.year)
    };
    if let Some(wd) = wd {
        let lo = cues.iter().map(|c| c.year).min().unwrap_or(2000) - 1;
        let hi = cues.iter().map(|c| c.year).max().unwrap_or(2000) + 1;
        let best = (lo..=hi)
            .filter(|&y| valid(y, m, d) && weekday(y, m, d) == wd)
            .map(|y| {
                let min = cues.iter().map(|c| (c.year - y).abs()).min().unwrap_or(i32::MAX);
                ((min, -weight(y, 1), -y), y)
            })
            .filter(|((min, _, _), _)| *min <= 1)
            .min_by_key(|(k, _)| *k)
            .map(|(_, y)| y);
        if let Some(y) = best {
            // Name the cue that decided: the nearest named year, preferring
            // one from a full date, then the one nearest in the text.
            let cue = cues
                .iter()
                .min_by_key(|c| ((c.year - y).abs(), !c.strong, c.pos.abs_diff(pos)))
                .map_or(y, |c| c.year);
            return Some(Resolved {
                year: y,
                anchor: format!("{}, weekday {}", anchor(cue), WEEKDAY_NAMES[wd as usize - 1]),
                mismatch: false,
            });
        }
        return nearest_in_text().map(|y| Resolved {
            year: y,
            anchor: anchor(y),
            mismatch: true,
        });
    }
    nearest_in_text().map(|y| Resolved {
        year: y,
        anchor: anchor(y),
        mismatch: false,
    })
}

// ---------------------------------------------------------------------------
// Output.

fn value_of(c: &Cand) -> Option<String> {
    let y = c.year?;
    Some(match c.day {
        Some(d) => iso_day(y, c.month, d),
        None => format!("{y:04}-{:02}", c.month),
    })
}

fn assemble(doc: &Doc, cands: &[Cand]) -> Vec<DateRef> {
    let mut by_value: BTreeMap<String, (DateRef, Vec<Range<usize>>)> = BTreeMap::new();
    for (k, c) in cands.iter().enumerate() {
        let Some(value) = value_of(c) else { continue };
        let range_end = (c.link == Link::Range)
            .then(|| cands.get(k + 1).and_then(value_of))
            .flatten()
            .filter(|end| *end > value);
        let inferred = c.anchor.is_some();
        let entry = by_value.entry(value.clone()).or_insert_with(|| {
            (
                DateRef {
                    value,
                    granularity: if c.day.is_some() {
                        Granularity::Day
                    } else {
                        Granularity::Month
                    },
                    inferred,
                    anchor: c.anchor.clone(),
                    range_end: None,
                    mentions: Vec::new(),
                },
                Vec::new(),
            )
        });
        if !inferred {
            entry.0.inferred = false;
            entry.0.anchor = None;
        }
        if entry.0.range_end.is_none() {
            entry.0.range_end = range_end;
        }
        entry.1.push(c.span.clone());
    }
    by_value
        .into_values()
        .map(|(mut date, mut spans)| {
            spans.sort_by_key(|r| (r.start, r.end));
            spans.dedup();
            date.mentions = spans.into_iter().map(|r| doc.mention(r)).collect();
            date
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::doc::Meta;
    use std::collections::HashSet;

    fn run_with(text: &str, published: Option<&str>, claimed: &[Range<usize>]) -> Found {
        let meta = Meta {
            published: published.map(str::to_string),
            ..Meta::default()
        };
        extract(&Doc::new(text.to_string(), meta), claimed)
    }

    fn values(text: &str, published: Option<&str>) -> Vec<String> {
        run_with(text, published, &[])
            .dates
            .into_iter()
            .map(|d| d.value)
            .collect()
    }

    /// (text, publication date, expected values in order).
    #[rustfmt::skip]
    const CASES: &[(&str, Option<&str>, &[&str])] = &[
        // day + month name + year
        ("Pemilihan digelar pada 27 November 2024 mendatang.", None, &["2024-11-27"]),
        ("pada 27 Nov 2024 di TPS", None, &["2024-11-27"]),
        ("pada 27 Nov. 2024 di TPS", None, &["2024-11-27"]),
        ("pada 27 Nopember 2024 di TPS", None, &["2024-11-27"]),
        ("tanggal 27 bulan November 2024", None, &["2024-11-27"]),
        ("pada 3 Pebruari 2021", None, &["2021-02-03"]),
        ("pada 3 Februari 2021", None, &["2021-02-03"]),
        ("pada 1 Januari 2020", None, &["2020-01-01"]),
        ("pada 31 Desember 2019", None, &["2019-12-31"]),
        ("pada 10 Maret 2018", None, &["2018-03-10"]),
        ("pada 10 April 2018", None, &["2018-04-10"]),
        ("pada 10 Mei 2018", None, &["2018-05-10"]),
        ("pada 10 Juni 2018", None, &["2018-06-10"]),
        ("pada 10 Juli 2018", None, &["2018-07-10"]),
        ("pada 17 Agustus 1945", None, &["1945-08-17"]),
        ("pada 10 Agt 2018", None, &["2018-08-10"]),
        ("pada 10 September 2018", None, &["2018-09-10"]),
        ("pada 10 Sept 2018", None, &["2018-09-10"]),
        ("pada 10 Okt 2018", None, &["2018-10-10"]),
        ("pada 10 Oktober 2018", None, &["2018-10-10"]),
        ("pada 05 Des 2018", None, &["2018-12-05"]),
        ("pada 27 november 2024", None, &["2024-11-27"]),
        ("Rabu 15 November 2023 di Atambua", None, &["2023-11-15"]),
        ("Rabu, 15 November 2023.", None, &["2023-11-15"]),
        ("pada 22 October 2024", None, &["2024-10-22"]),
        // numeric with a year
        ("Selasa (24/9/2024) pagi.", None, &["2024-09-24"]),
        ("Selasa (24/09/2024).", None, &["2024-09-24"]),
        ("Jum'at (17/11/2023) lalu", None, &["2023-11-17"]),
        ("Jum\u{2019}at (17/11/2023) lalu", None, &["2023-11-17"]),
        ("Senin, 14/10/2024 di kantor", None, &["2024-10-14"]),
        ("Senin 14/10/2024 di kantor", None, &["2024-10-14"]),
        ("acara (18/10/22) itu", None, &["2022-10-18"]),
        ("Selasa (18/10/22) itu", None, &["2022-10-18"]),
        ("tanggal 24-09-2024 ditutup", None, &["2024-09-24"]),
        ("tanggal 24.09.2024 ditutup", None, &["2024-09-24"]),
        ("dibuka 24-09-2024.", None, &["2024-09-24"]),
        ("dokumen 2024-09-24 diteken", None, &["2024-09-24"]),
        ("dokumen 2024-09-24T10:00 diteken", None, &["2024-09-24"]),
        ("dokumen 2024/09/24 diteken", None, &["2024-09-24"]),
        ("Rabu (31/1/2018) dan Kamis (1/2/2018)", None, &["2018-01-31", "2018-02-01"]),
        // day + month without a year: inferred from the text's years
        ("Pilkada Serentak 2024. Ikrar pada Rabu (11/9) di Kuala Kurun.", None, &["2024-09-11"]),
        ("pilkada tahun 2024, kata Sekda, Selasa (6/8).", None, &["2024-08-06"]),
        ("UMK Tahun 2018 ditetapkan, Rabu (22/11).", None, &["2017-11-22"]),
        ("Pilgub Jabar 2018 mendatang. Rapat Senin (10/4).", None, &["2017-04-10"]),
        ("APBD 2016 di Kebumen, Sabtu kemarin (15/10).", None, &["2016-10-15"]),
        ("ditangkap Selasa (29/8) malam, pilkada 2017", None, &["2017-08-29"]),
        ("Senin (22/1) lalu. Jumat (5/1/2018) lalu.", None, &["2018-01-05", "2018-01-22"]),
        ("sejak 26 Agustus, lalu 12 September 2016", None, &["2016-08-26", "2016-09-12"]),
        ("kata dia pada 6 Agustus. Pilkada 2024", None, &["2024-08-06"]),
        ("pada Rabu (11/9) di Kuala Kurun.", None, &[]),
        ("rapat 6 Agustus tanpa tahun", None, &[]),
        // with the publication date as anchor
        ("pada Rabu (11/9) di Kuala Kurun.", Some("2024-11-03"), &["2024-09-11"]),
        ("pada 6 Agustus lalu", Some("2024-11-03T12:33:01"), &["2024-08-06"]),
        ("pada 27 November mendatang", Some("2024-11-03"), &["2024-11-27"]),
        ("pada 17 Agustus mendatang", Some("2024-11-06"), &["2025-08-17"]),
        ("pada 17 Agustus", Some("2024-11-06"), &["2024-08-17"]),
        ("pada 20 Desember lalu", Some("2024-12-10"), &["2023-12-20"]),
        ("pada 20 Desember", Some("2024-12-10"), &["2024-12-20"]),
        // weekday inference across a year boundary
        ("Jumat (29/12) lalu", Some("2024-01-05"), &["2023-12-29"]),
        ("Senin (30/12) nanti", Some("2024-12-20"), &["2024-12-30"]),
        ("Rabu (1/1) nanti", Some("2024-12-20"), &["2025-01-01"]),
        ("pada 20 Desember", Some("2025-01-03"), &["2024-12-20"]),
        ("pada 3 Januari", Some("2024-12-28"), &["2025-01-03"]),
        ("Pilkada 2018 digelar. Jumat (22/12) KPU siap.", None, &["2017-12-22"]),
        ("Pilkada 2018. Senin (1/1) libur.", None, &["2018-01-01"]),
        ("UUD 1945 dan Pilkada 2024, Pilkada 2024. Kamis (11/9) rapat", None, &["2025-09-11"]),
        ("Pilkada 2024 dan Pemilu 2024. Pada 6 Agustus rapat soal UUD 1945", None, &["2024-08-06"]),
        // leap days
        ("pada 29 Februari 2024", None, &["2024-02-29"]),
        ("pada 29/2/2024", None, &["2024-02-29"]),
        ("pada 29 Februari 2023", None, &[]),
        ("pada 29/2/2023", None, &[]),
        ("pada 29 Februari 2000", None, &["2000-02-29"]),
        ("pada 29 Februari 1900", None, &[]),
        ("Kamis (29/2)", Some("2024-03-10"), &["2024-02-29"]),
        // invalid dates
        ("pada 31/9/2024", None, &[]),
        ("pada 31 September 2024", None, &[]),
        ("pada 32 Januari 2024", None, &[]),
        ("pada 0 Januari 2024", None, &[]),
        ("pada 12/13/2024", None, &[]),
        ("pada 9/24/2024", None, &[]),
        ("Rabu (31/4) siang", Some("2024-05-10"), &[]),
        ("pada 2024-02-30", None, &[]),
        // month + year
        ("pada Oktober 2016, DPRD menetapkan", None, &["2016-10"]),
        ("sejak awal Oktober 2020", None, &["2020-10"]),
        ("pada Januari 2017 lalu", None, &["2017-01"]),
        ("bulan November 2023 ini", None, &["2023-11"]),
        ("sejak Nov 2023", None, &["2023-11"]),
        ("periode Januari - Maret 2024", None, &["2024-01", "2024-03"]),
        ("periode Januari hingga Maret 2024", None, &["2024-01", "2024-03"]),
        ("dari November sampai Januari 2024", None, &["2023-11", "2024-01"]),
        // ranges and lists
        ("28 November 2023 sampai 10 Februari 2024", None, &["2023-11-28", "2024-02-10"]),
        ("11-13 Februari 2024", None, &["2024-02-11", "2024-02-13"]),
        ("11 - 13 Februari 2024", None, &["2024-02-11", "2024-02-13"]),
        ("11–13 Februari 2024", None, &["2024-02-11", "2024-02-13"]),
        ("1 s.d. 3 Oktober 2024", None, &["2024-10-01", "2024-10-03"]),
        ("1 s/d 3 Oktober 2024", None, &["2024-10-01", "2024-10-03"]),
        ("tanggal 1 sampai dengan 3 Oktober 2024", None, &["2024-10-01", "2024-10-03"]),
        ("pada 1 s.d. 3 Oktober, Pilkada 2024", None, &["2024-10-01", "2024-10-03"]),
        ("6 dan 7 Agustus 2024", None, &["2024-08-06", "2024-08-07"]),
        ("6, 7, dan 8 Agustus 2024", None, &["2024-08-06", "2024-08-07", "2024-08-08"]),
        ("26 Agustus hingga 12 September 2016", None, &["2016-08-26", "2016-09-12"]),
        ("28 Desember hingga 3 Januari 2024", None, &["2023-12-28", "2024-01-03"]),
        ("Senin (23/9/2024) hingga Rabu (25/9/2024)", None, &["2024-09-23", "2024-09-25"]),
        ("29-31 Februari 2024", None, &[]),
        ("pada 30 November-1 Desember 2024 dan 7 s.d. 8 Desember", None, &["2024-11-30", "2024-12-01", "2024-12-07", "2024-12-08"]),
        ("pada 2 Maret 2020. Sabtu (23/11/2024) dan Oktober 2024; 1 November lalu", None, &["2020-03-02", "2024-10", "2024-11-01", "2024-11-23"]),
        ("pekan ke-12 dan U-23 serta G-20", None, &[]),
        ("Sabtu-Minggu (12-13/10/2024) di GOR", None, &["2024-10-12", "2024-10-13"]),
        ("Sabtu-Minggu (12-13/10) di GOR, Pilkada 2024", None, &["2024-10-12", "2024-10-13"]),
        ("pada (30-31/12) lalu", Some("2025-01-05"), &["2024-12-30", "2024-12-31"]),
        ("skor 12-13/10 poin", None, &[]),
        ("pada 12-13/14/2024", None, &[]),
        ("Senin (30/12) hingga 2 Januari", Some("2024-12-20"), &["2024-12-30", "2025-01-02"]),
        ("pada November 22, 2024 lalu", None, &["2024-11-22"]),
        ("Friday, November 22, 2024", None, &["2024-11-22"]),
        ("pada November 31, 2024", None, &[]),
        // relative forms: only with a publication date
        ("rapat digelar kemarin di Jakarta", Some("2024-11-03"), &["2024-11-02"]),
        ("rapat digelar hari ini di Jakarta", Some("2024-11-03"), &["2024-11-03"]),
        ("rapat digelar besok di Jakarta", Some("2024-11-03"), &["2024-11-04"]),
        ("rapat digelar lusa di Jakarta", Some("2024-11-03"), &["2024-11-05"]),
        ("rapat digelar kemarin lusa", Some("2024-11-03"), &["2024-11-01"]),
        ("rapat digelar Senin lalu", Some("2024-11-03"), &["2024-10-28"]),
        ("rapat digelar Minggu lalu", Some("2024-11-03"), &["2024-10-27"]),
        ("rapat digelar Selasa kemarin", Some("2024-11-06"), &["2024-11-05"]),
        ("rapat digelar Rabu depan", Some("2024-11-06"), &["2024-11-13"]),
        ("rapat digelar Jumat mendatang", Some("2024-11-06"), &["2024-11-08"]),
        ("rapat digelar Senin pekan depan", Some("2024-11-06"), &["2024-11-11"]),
        ("rapat digelar Jumat pekan lalu", Some("2024-11-06"), &["2024-11-01"]),
        ("sejak April lalu", Some("2017-05-23"), &["2017-04"]),
        ("pada Juni mendatang", Some("2017-12-22"), &["2018-06"]),
        ("rapat digelar kemarin di Jakarta", None, &[]),
        ("rapat digelar hari ini", None, &[]),
        ("rapat digelar Senin lalu", None, &[]),
        ("pada pekan depan", Some("2024-11-06"), &[]),
        ("kata dia, Rabu.", Some("2024-11-06"), &[]),
        ("pada tahun kemarin", Some("2024-11-06"), &[]),
        ("dua minggu lalu", Some("2024-11-06"), &[]),
        ("rapat sabtu kemarin", Some("2024-11-06"), &[]),
        ("digelar kemarin (5/11) di Jakarta", Some("2024-11-07"), &["2024-11-05"]),
        ("Pada Selasa (23/8) kemarin", Some("2016-08-25"), &["2016-08-23"]),
        ("Sabtu kemarin (15/10)", Some("2016-10-16"), &["2016-10-15"]),
        // not dates
        ("Pilkada 2024 digelar serentak", None, &[]),
        ("Undang-Undang Nomor 20 tahun 2023 tentang ASN", None, &[]),
        ("Hubungi 0812-3456-7890 atau (021) 555-1234", None, &[]),
        ("skor akhir 2-1 untuk tuan rumah", None, &[]),
        ("versi 1.2.3 dan versi 10.10.2", None, &[]),
        ("didukung 3/4 suara anggota", None, &[]),
        ("pasangan nomor urut 2", None, &[]),
        ("pukul 10.30 WIB", None, &[]),
        ("Rp 3.919.291 dan Rp 1.558.793", None, &[]),
        ("hampir 16 sampai 18 triliun", None, &[]),
        ("UU 10/2016 tentang Pilkada dan UU No. 35/2014", None, &[]),
        ("Keputusan Nomor:561/Kep.1065 - Yangbangsos/2017", None, &[]),
        ("Kecamatan 2x11 Kayu Tanam", None, &[]),
        ("di Jalan 17 Agustus nomor 5", None, &[]),
        ("Universitas 17 Agustus 1945 Surabaya", None, &[]),
        ("masa bakti 2016 - 2021", None, &[]),
        ("laporan MMTR2017 terbit", None, &[]),
        ("sekitar 12/10 dari peserta", None, &[]),
        ("seorang pelajar IY (18), warga", None, &[]),
        ("Desa Maret Jaya", None, &[]),
        ("pada 14 hari kerja", None, &[]),
        ("Pasal 12 huruf a", None, &[]),
        ("Bripka 5 Jan Piter, Pilkada 2024", None, &[]),
        ("Jumat, 5 Jan, Pilkada 2024", None, &["2024-01-05"]),
        ("tgl. 5/6 pukul 10.00, Pilkada 2024", None, &["2024-06-05"]),
        ("pada 5 Jan 2024", None, &["2024-01-05"]),
    ];

    #[test]
    fn table() {
        let mut failures = Vec::new();
        for (text, published, want) in CASES {
            let got = values(text, *published);
            if got != *want {
                failures.push(format!("{text:?} ({published:?}): got {got:?}, want {want:?}"));
            }
        }
        assert!(
            failures.is_empty(),
            "{} failures:\n{}",
            failures.len(),
            failures.join("\n")
        );
        assert!(CASES.len() >= 100);
    }

    #[test]
    fn inferred_dates_name_their_anchor() {
        let f = run_with(
            "Pilkada Serentak 2024. Ikrar pada Rabu (11/9) di Kuala Kurun.",
            None,
            &[],
        );
        let d = &f.dates[0];
        assert_eq!((d.value.as_str(), d.inferred), ("2024-09-11", true));
        assert_eq!(
            d.anchor.as_deref(),
            Some("year 2024 named in the text, weekday Wednesday")
        );
        let f = run_with("UMK Tahun 2018 ditetapkan, Rabu (22/11).", None, &[]);
        assert_eq!(
            f.dates[0].anchor.as_deref(),
            Some("year 2018 named in the text, weekday Wednesday")
        );
        let f = run_with("kata dia pada 6 Agustus. Pilkada 2024", None, &[]);
        assert_eq!(f.dates[0].anchor.as_deref(), Some("year 2024 named in the text"));
        assert_eq!(d.mentions[0].text, "Rabu (11/9)");
        let f = run_with("pada Rabu (11/9) di Kuala Kurun.", Some("2024-11-03T12:33:01"), &[]);
        assert_eq!(
            f.dates[0].anchor.as_deref(),
            Some("published 2024-11-03, weekday Wednesday")
        );
        let f = run_with("pada 6 Agustus lalu", Some("2024-11-03"), &[]);
        assert_eq!(f.dates[0].anchor.as_deref(), Some("published 2024-11-03"));
        let f = run_with("Selasa (24/09/2024).", Some("2024-11-03"), &[]);
        assert_eq!((f.dates[0].inferred, f.dates[0].anchor.as_deref()), (false, None));
        assert_eq!(f.dates[0].granularity, Granularity::Day);
    }

    #[test]
    fn ranges_link_their_ends() {
        let f = run_with("dari 28 November 2023 sampai 10 Februari 2024.", None, &[]);
        let got: Vec<(&str, Option<&str>, &str)> = f
            .dates
            .iter()
            .map(|d| (d.value.as_str(), d.range_end.as_deref(), d.mentions[0].text.as_str()))
            .collect();
        assert_eq!(
            got,
            [
                ("2023-11-28", Some("2024-02-10"), "28 November 2023"),
                ("2024-02-10", None, "10 Februari 2024")
            ]
        );
        let f = run_with("pada 11-13 Februari 2024", None, &[]);
        assert_eq!(f.dates[0].range_end.as_deref(), Some("2024-02-13"));
        assert_eq!(f.dates[0].mentions[0].text, "11");
        assert_eq!(f.dates[1].mentions[0].text, "13 Februari 2024");
        // A list links nothing.
        let f = run_with("pada 6 dan 7 Agustus 2024", None, &[]);
        assert!(f.dates.iter().all(|d| d.range_end.is_none()));
    }

    #[test]
    fn one_date_per_value_with_every_mention() {
        let text = "Rapat Senin (10/4). Kata Sarip, Senin (10/4). Pilgub 2018 mendatang.";
        let f = run_with(text, None, &[]);
        assert_eq!(f.dates.len(), 1);
        let m: Vec<(usize, usize, &str)> = f.dates[0]
            .mentions
            .iter()
            .map(|m| (m.start, m.end, m.text.as_str()))
            .collect();
        assert_eq!(m, [(6, 18, "Senin (10/4)"), (32, 44, "Senin (10/4)")]);
    }

    #[test]
    fn offsets_are_code_points() {
        let f = run_with("“Kata” dia — Selasa (24/9/2024).", None, &[]);
        let m = &f.dates[0].mentions[0];
        assert_eq!((m.start, m.end, m.text.as_str()), (13, 31, "Selasa (24/9/2024)"));
    }

    #[test]
    fn claimed_spans_are_skipped() {
        let text = "diatur dalam Perda Nomor 1 tanggal 2 Januari 2015 dan sejak 2 Januari 2016";
        let law = text.find("Perda").unwrap()..text.find(" dan").unwrap();
        let f = run_with(text, None, std::slice::from_ref(&law));
        let v: Vec<&str> = f.dates.iter().map(|d| d.value.as_str()).collect();
        assert_eq!(v, ["2016-01-02"]);
        // A claimed year is no anchor: "Rabu (11/9)" stays unresolved.
        let text = "UU Nomor 7 Tahun 2017 dan Rabu (11/9)";
        let law = 0..text.find(" dan").unwrap();
        let f = run_with(text, None, std::slice::from_ref(&law));
        assert!(f.dates.is_empty());
        // Nor is an unclaimed "Nomor N Tahun YYYY".
        assert!(values(text, None).is_empty());
    }

    #[test]
    fn weekday_contradicting_a_date_warns() {
        let f = run_with("Senin (24/9/2024) di kantor", None, &[]);
        assert_eq!(f.dates[0].value, "2024-09-24");
        assert_eq!(f.warnings.len(), 1);
        assert_eq!(f.warnings[0].kind, "weekday_mismatch");
        assert!(
            f.warnings[0].message.contains("is a Tuesday, not a Monday"),
            "{}",
            f.warnings[0].message
        );
        let f = run_with("Selasa (24/9/2024) di kantor", None, &[]);
        assert!(f.warnings.is_empty());
        // No year near the anchor matches the weekday: the anchor's year, warned.
        let f = run_with("Pilkada 2024. Sabtu (11/9) ikrar", None, &[]);
        assert_eq!(f.dates[0].value, "2024-09-11");
        assert_eq!(f.warnings[0].kind, "weekday_mismatch");
    }

    #[test]
    fn month_values_have_month_granularity() {
        let f = run_with("sejak awal Oktober 2020", None, &[]);
        assert_eq!(f.dates[0].granularity, Granularity::Month);
        assert_eq!(f.dates[0].mentions[0].text, "Oktober 2020");
        let f = run_with("sejak April lalu", Some("2017-05-23"), &[]);
        assert_eq!(
            (f.dates[0].inferred, f.dates[0].granularity),
            (true, Granularity::Month)
        );
    }

    #[test]
    fn calendar_arithmetic() {
        assert_eq!(days_from_civil(1970, 1, 1), 0);
        assert_eq!(civil_from_days(days_from_civil(2024, 2, 29)), (2024, 2, 29));
        assert_eq!(civil_from_days(days_from_civil(2000, 3, 1) - 1), (2000, 2, 29));
        assert_eq!(weekday(2024, 9, 24), 2);
        assert_eq!(weekday(2023, 11, 15), 3);
        assert_eq!(weekday(2017, 4, 10), 1);
        assert_eq!(weekday(1945, 8, 17), 5);
        for z in -30_000..60_000 {
            let (y, m, d) = civil_from_days(z);
            assert_eq!(days_from_civil(y, m, d), z);
        }
    }

    #[test]
    fn lexicon_covers_every_month_and_weekday() {
        let lex = &*LEXICON;
        let months: HashSet<u32> = lex.months.values().map(|&(m, _)| m).collect();
        assert_eq!(months.len(), 12);
        let weekdays: HashSet<u8> = lex.weekdays.values().copied().collect();
        assert_eq!(weekdays.len(), 7);
        assert_eq!(lex.months.get("nopember"), Some(&(11, false)));
        assert_eq!(lex.months.get("agt"), Some(&(8, true)));
        assert_eq!(lex.weekdays.get("jum'at"), Some(&5));
        assert!(lex.connectors.iter().any(|(f, range)| f == "s.d." && *range));
        assert!(lex.connectors.iter().any(|(f, range)| f == "dan" && !*range));
        for set in [
            &lex.past,
            &lex.future,
            &lex.week,
            &lex.daypart,
            &lex.daycue,
            &lex.monthword,
            &lex.notday,
            &lex.unitnoun,
        ] {
            assert!(!set.is_empty());
        }
    }

    #[test]
    fn published_parses() {
        let p = parse_published("2024-10-14T10:15:00+07:00").unwrap();
        assert_eq!((p.y, p.m, p.d), (2024, 10, Some(14)));
        let p = parse_published("2024-10").unwrap();
        assert_eq!((p.y, p.m, p.d), (2024, 10, None));
        assert!(parse_published("14/10/2024").is_none());
    }
}
