//! Publication timestamps: a line (or attribute) that is only a date and
//! time, as news pages print them under a headline, to ISO 8601 in the most
//! precise form stated.
//!
//! "2024-11-03 12:33:01" → "2024-11-03T12:33:01";
//! "Senin, 14 Okt 2024 10:15 WIB" → "2024-10-14T10:15:00+07:00";
//! "14/10/2024" → "2024-10-14". No time-zone conversion: an offset appears
//! only when the source states one (WIB, WITA, WIT, or a numeric offset).

use std::sync::LazyLock;

use regex::Regex;

/// Month number of an Indonesian or English month name or abbreviation
/// ("Okt", "Nopember", "Agustus", "Aug"), case-insensitive.
pub fn month_number(name: &str) -> Option<u32> {
    let n = name.trim_end_matches('.').to_lowercase();
    let m = match n.as_str() {
        "januari" | "january" | "jan" => 1,
        "februari" | "pebruari" | "february" | "feb" | "peb" => 2,
        "maret" | "march" | "mar" => 3,
        "april" | "apr" => 4,
        "mei" | "may" => 5,
        "juni" | "june" | "jun" => 6,
        "juli" | "july" | "jul" => 7,
        "agustus" | "august" | "agu" | "agt" | "ags" | "aug" => 8,
        "september" | "sep" | "sept" => 9,
        "oktober" | "october" | "okt" | "oct" => 10,
        "november" | "nopember" | "nov" | "nop" => 11,
        "desember" | "december" | "des" | "dec" => 12,
        _ => return None,
    };
    Some(m)
}

const WEEKDAY: &str = r"(?:senin|selasa|rabu|kamis|jum'?at|jumat|sabtu|minggu|ahad|monday|tuesday|wednesday|thursday|friday|saturday|sunday|sen|sel|rab|kam|jum|sab|min|mon|tue|wed|thu|fri|sat|sun)";
const MONTH: &str = r"(?:januari|februari|pebruari|maret|april|mei|juni|juli|agustus|september|oktober|november|nopember|desember|january|february|march|may|june|july|august|october|december|jan|feb|peb|mar|apr|jun|jul|agu|agt|ags|aug|sept|sep|okt|oct|nov|nop|des|dec)\.?";

/// Words that introduce a timestamp line ("Diterbitkan: …").
const LEAD: &str = r"(?:(?:diterbitkan|dipublikasikan|diposting|dipublish|terbit|published|posted|tanggal|waktu|update|updated|diperbarui|diupdate)\s*(?:pada|on)?\s*:?\s*)?";

/// The time after a date: "10:15", "pukul 10.15 WIB", ", 13:01:52 +07:00".
const TIME: &str = r"(?:\s*[,|\-–/]?\s*(?:pukul\s+|jam\s+)?([0-9]{1,2})[:.]([0-9]{2})(?:[:.]([0-9]{2}))?(?:\.[0-9]+)?\s*(Z|WIB|WITA|WIT|[+-][0-9]{2}:?[0-9]{2})?)?";

/// The four date shapes, each with captures (year-or-day, month, day-or-year,
/// hour, minute, second, zone) as [`parse`] reads them.
fn iso() -> String {
    r"([0-9]{4})-([0-9]{2})-([0-9]{2})(?:[T ]([0-9]{2}):([0-9]{2})(?::([0-9]{2}))?(?:\.[0-9]+)?\s*(Z|[+-][0-9]{2}:?[0-9]{2}|WIB|WITA|WIT)?)?"
        .to_string()
}
fn named() -> String {
    format!(r"(?:{WEEKDAY},?\s+)?([0-9]{{1,2}})\s+({MONTH})\s+([0-9]{{4}}){TIME}")
}
fn named_en() -> String {
    format!(r"(?:{WEEKDAY},?\s+)?({MONTH})\s+([0-9]{{1,2}}),?\s+([0-9]{{4}}){TIME}")
}
fn numeric() -> String {
    format!(r"(?:{WEEKDAY},?\s+)?([0-9]{{1,2}})[/.-]([0-9]{{1,2}})[/.-]([0-9]{{4}}){TIME}")
}

/// A shape as a whole line (after an optional lead word) or, for
/// [`find`], anywhere after a non-word character.
fn whole(shape: String) -> Regex {
    crate::re::regex(&format!(r"(?i)^{LEAD}{shape}$"))
}
fn inside(shape: String) -> Regex {
    // ASCII word edges: a Unicode `\w` here would blow up the lazy DFA.
    crate::re::regex(&format!(r"(?i)(?:^|[^0-9A-Za-z_]){shape}(?:$|[^0-9A-Za-z_])"))
}

static ISO: LazyLock<Regex> = LazyLock::new(|| whole(iso()));
static NAMED: LazyLock<Regex> = LazyLock::new(|| whole(named()));
static NAMED_EN: LazyLock<Regex> = LazyLock::new(|| whole(named_en()));
static NUMERIC: LazyLock<Regex> = LazyLock::new(|| whole(numeric()));
static ISO_IN: LazyLock<Regex> = LazyLock::new(|| inside(iso()));
static NAMED_IN: LazyLock<Regex> = LazyLock::new(|| inside(named()));
static NAMED_EN_IN: LazyLock<Regex> = LazyLock::new(|| inside(named_en()));
static NUMERIC_IN: LazyLock<Regex> = LazyLock::new(|| inside(numeric()));

/// Finds a date (and time) anywhere in a short line, as a page prints its
/// publication time among other words ("Kompas.com - 23/02/2016, 16:52
/// WIB", "Oleh Rizal | Senin, 14 Okt 2024 10:15 WIB"). Cost: up to four
/// regex searches; lines over 160 bytes are not searched.
pub fn find(s: &str) -> Option<String> {
    if s.len() > 160 || !s.bytes().any(|b| b.is_ascii_digit()) {
        return None;
    }
    read(s, [&ISO_IN, &NAMED_IN, &NAMED_EN_IN, &NUMERIC_IN])
}

/// Parses `s` when it is nothing but a date (and optionally a time); see the
/// module docs. Cost: up to four anchored regex matches on a short line.
pub fn parse(s: &str) -> Option<String> {
    let s = s.trim().trim_end_matches('.');
    // Every shape holds a four-digit year: lines without one (most short
    // lines with a digit) skip the four regexes.
    if s.len() > 80 || !has_four_digits(s.as_bytes()) {
        return None;
    }
    read(s, [&ISO, &NAMED, &NAMED_EN, &NUMERIC])
}

/// Whether `bytes` holds four ASCII digits in a row.
fn has_four_digits(bytes: &[u8]) -> bool {
    let mut run = 0;
    for b in bytes {
        run = if b.is_ascii_digit() { run + 1 } else { 0 };
        if run == 4 {
            return true;
        }
    }
    false
}

/// Tries the four shapes, in [`parse`]'s order, and builds the first match.
fn read(s: &str, [iso, named, named_en, numeric]: [&Regex; 4]) -> Option<String> {
    let num = |c: &regex::Captures, i: usize| c.get(i).map(|m| m.as_str().parse::<u32>().unwrap_or(99));
    let zone = |c: &regex::Captures| c.get(7).map(|m| m.as_str().to_string());
    if let Some(c) = iso.captures(s) {
        return build(
            num(&c, 1)?,
            num(&c, 2)?,
            num(&c, 3)?,
            num(&c, 4),
            num(&c, 5),
            num(&c, 6),
            zone(&c).as_deref(),
        );
    }
    if let Some(c) = named.captures(s) {
        let month = month_number(&c[2])?;
        return build(
            num(&c, 3)?,
            month,
            num(&c, 1)?,
            num(&c, 4),
            num(&c, 5),
            num(&c, 6),
            zone(&c).as_deref(),
        );
    }
    if let Some(c) = named_en.captures(s) {
        let month = month_number(&c[1])?;
        return build(
            num(&c, 3)?,
            month,
            num(&c, 2)?,
            num(&c, 4),
            num(&c, 5),
            num(&c, 6),
            zone(&c).as_deref(),
        );
    }
    if let Some(c) = numeric.captures(s) {
        return build(
            num(&c, 3)?,
            num(&c, 2)?,
            num(&c, 1)?,
            num(&c, 4),
            num(&c, 5),
            num(&c, 6),
            zone(&c).as_deref(),
        );
    }
    None
}

/// Days in `month` of `year` (proleptic Gregorian).
pub fn days_in_month(year: u32, month: u32) -> u32 {
    match month {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if (year.is_multiple_of(4) && !year.is_multiple_of(100)) || year.is_multiple_of(400) => 29,
        2 => 28,
        _ => 0,
    }
}

fn build(
    year: u32,
    month: u32,
    day: u32,
    hour: Option<u32>,
    minute: Option<u32>,
    second: Option<u32>,
    zone: Option<&str>,
) -> Option<String> {
    if !(1900..=2100).contains(&year) || day == 0 || day > days_in_month(year, month) {
        return None;
    }
    let date = format!("{year:04}-{month:02}-{day:02}");
    let (Some(h), Some(m)) = (hour, minute) else {
        return Some(date);
    };
    let s = second.unwrap_or(0);
    if h > 23 || m > 59 || s > 59 {
        return Some(date);
    }
    let offset = match zone.map(str::to_ascii_uppercase).as_deref() {
        None => String::new(),
        Some("WIB") => "+07:00".into(),
        Some("WITA") => "+08:00".into(),
        Some("WIT") => "+09:00".into(),
        Some("Z") => "Z".into(),
        Some(z) => {
            let digits: String = z.chars().filter(char::is_ascii_digit).collect();
            format!("{}{}:{}", &z[..1], &digits[..2], &digits[2..])
        }
    };
    Some(format!("{date}T{h:02}:{m:02}:{s:02}{offset}"))
}

#[cfg(test)]
mod tests {
    use super::parse;

    #[test]
    fn timestamp_lines() {
        let cases: &[(&str, Option<&str>)] = &[
            ("2024-11-03 12:33:01", Some("2024-11-03T12:33:01")),
            ("2024-11-03T12:33:01+0700", Some("2024-11-03T12:33:01+07:00")),
            ("2024-10-14T03:15:00Z", Some("2024-10-14T03:15:00Z")),
            ("2024-11-03", Some("2024-11-03")),
            ("Senin, 14 Okt 2024 10:15 WIB", Some("2024-10-14T10:15:00+07:00")),
            (
                "Minggu, 3 November 2024 | 12:33 WITA",
                Some("2024-11-03T12:33:00+08:00"),
            ),
            (
                "Jum'at, 17 Nopember 2023 - 09.05 WIT",
                Some("2023-11-17T09:05:00+09:00"),
            ),
            ("14 Oktober 2024", Some("2024-10-14")),
            ("Diterbitkan: 14/10/2024, 10:15", Some("2024-10-14T10:15:00")),
            ("Kamis, 29 Februari 2024", Some("2024-02-29")),
            ("Friday, November 22, 2024", Some("2024-11-22")),
            ("Kamis, 29 Februari 2023", None),
            ("31/9/2024", None),
            ("Pilkada 2024", None),
            ("Nomor 20 tahun 2023", None),
            ("12:33", None),
            ("Bupati hadir pada 14 Oktober 2024 di Ketapang", None),
        ];
        for (input, want) in cases {
            assert_eq!(parse(input).as_deref(), *want, "{input}");
        }
    }
}
