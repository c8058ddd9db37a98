//! Property tests of the dates pass: on any input it does not panic, every
//! mention is the text at its code-point offsets, every value is a real
//! calendar date, values are sorted and unique, and nothing is taken from a
//! claimed span.

use std::ops::Range;

use proptest::prelude::*;
use warta::doc::{Doc, Meta};
use warta::extract::dates;

/// Pieces that exercise the grammar: date words, separators, numbers, and
/// characters wider than one byte.
const PIECES: &[&str] = &[
    "Senin",
    "Selasa",
    "Rabu",
    "Kamis",
    "Jumat",
    "Jum'at",
    "Jum’at",
    "Sabtu",
    "Minggu",
    "kemarin",
    "hari ini",
    "besok",
    "lusa",
    "lalu",
    "depan",
    "pekan",
    "mendatang",
    "pagi",
    "malam",
    "tanggal",
    "bulan",
    "Januari",
    "Februari",
    "Pebruari",
    "Maret",
    "April",
    "Mei",
    "Juni",
    "Juli",
    "Agustus",
    "September",
    "Oktober",
    "November",
    "Nopember",
    "Desember",
    "Nov",
    "Nov.",
    "Okt",
    "Des",
    "s.d.",
    "s/d",
    "sampai",
    "hingga",
    "dan",
    ",",
    "-",
    "–",
    "(",
    ")",
    "/",
    ".",
    ":",
    "Nomor",
    "Tahun",
    "Jalan",
    "2024",
    "2023",
    "1999",
    "2099",
    "1900",
    "29",
    "31",
    "30",
    "1",
    "2",
    "9",
    "11",
    "12",
    "13",
    "0",
    "00",
    "99",
    "24/9/2024",
    "11/9",
    "29/2",
    "31/9",
    "18/10/22",
    "2024-09-24",
    "24.09.2024",
    "24-09-2024",
    "3/4",
    "10.30",
    "Rp 3.919.291",
    "0812-3456-7890",
    "—",
    "“",
    "”",
    "é",
    "ñ",
    "日本",
    "🙂",
    "\u{a0}",
    " ",
    " ",
    " ",
    "\n",
    "\n\n",
    "x",
];

fn text_strategy() -> impl Strategy<Value = String> {
    prop_oneof![
        prop::collection::vec(prop::sample::select(PIECES), 0..40).prop_map(|v| {
            // Join mostly with spaces, sometimes glued.
            let mut s = String::new();
            for (i, p) in v.iter().enumerate() {
                if i % 3 != 2 {
                    s.push(' ');
                }
                s.push_str(p);
            }
            s
        }),
        "\\PC{0,200}",
        "[0-9/.\\- ()A-Za-z]{0,120}",
    ]
}

fn published_strategy() -> impl Strategy<Value = Option<String>> {
    prop_oneof![
        Just(None),
        Just(Some("2024-11-03T12:33:01".to_string())),
        Just(Some("2024-01-01".to_string())),
        Just(Some("2024-02-29".to_string())),
        Just(Some("2023-12-31".to_string())),
        Just(Some("2024-10".to_string())),
        Just(Some("1900-01-01".to_string())),
        Just(Some("2099-12-31".to_string())),
        "\\PC{0,20}".prop_map(Some),
        (1800i32..2200, 0u32..14, 0u32..33).prop_map(|(y, m, d)| Some(format!("{y:04}-{m:02}-{d:02}"))),
    ]
}

fn real_date(value: &str) -> bool {
    let parts: Vec<&str> = value.split('-').collect();
    let num =
        |s: &str, n: usize| (s.len() == n && s.bytes().all(|b| b.is_ascii_digit())).then(|| s.parse::<u32>().unwrap());
    match parts.as_slice() {
        [y, m] => num(y, 4).is_some() && num(m, 2).is_some_and(|m| (1..=12).contains(&m)),
        [y, m, d] => {
            let (Some(y), Some(m), Some(d)) = (num(y, 4), num(m, 2), num(d, 2)) else {
                return false;
            };
            let leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
            let days = match m {
                1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
                4 | 6 | 9 | 11 => 30,
                2 if leap => 29,
                2 => 28,
                _ => return false,
            };
            d >= 1 && d <= days
        }
        _ => false,
    }
}

/// Snaps random byte ranges to char boundaries of `text`.
fn claimed_in(text: &str, raw: &[(usize, usize)]) -> Vec<Range<usize>> {
    let snap = |mut i: usize| {
        i = i.min(text.len());
        while !text.is_char_boundary(i) {
            i -= 1;
        }
        i
    };
    raw.iter()
        .map(|&(a, len)| {
            let s = snap(a);
            s..snap(s + len).max(s)
        })
        .collect()
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(2000))]

    #[test]
    fn dates_pass_is_total_and_exact(
        text in text_strategy(),
        published in published_strategy(),
        raw_claims in prop::collection::vec((0usize..400, 0usize..40), 0..3),
    ) {
        let claimed = claimed_in(&text, &raw_claims);
        let meta = Meta { published, ..Meta::default() };
        let doc = Doc::new(text.clone(), meta);
        let found = dates::extract(&doc, &claimed);
        let chars: Vec<char> = doc.text.chars().collect();
        let char_claims: Vec<Range<usize>> =
            claimed.iter().filter(|r| r.start < r.end).map(|r| doc.char_offset(r.start)..doc.char_offset(r.end)).collect();
        let values: Vec<&str> = found.dates.iter().map(|d| d.value.as_str()).collect();
        let mut sorted = values.clone();
        sorted.sort();
        sorted.dedup();
        prop_assert_eq!(&sorted, &values, "values sorted and unique");
        for d in &found.dates {
            prop_assert!(real_date(&d.value), "not a calendar date: {}", d.value);
            prop_assert!(!d.mentions.is_empty());
            prop_assert_eq!(d.inferred, d.anchor.is_some());
            if let Some(end) = &d.range_end {
                prop_assert!(real_date(end) && end.as_str() > d.value.as_str());
                prop_assert!(values.contains(&end.as_str()), "range end {} is a date of its own", end);
            }
            for m in &d.mentions {
                prop_assert!(m.start < m.end && m.end <= chars.len());
                let s: String = chars[m.start..m.end].iter().collect();
                prop_assert_eq!(&s, &m.text);
                prop_assert_eq!(doc.text.chars().skip(m.start).take(m.end - m.start).collect::<String>(), m.text.clone());
                for c in &char_claims {
                    prop_assert!(!(c.start < m.end && m.start < c.end), "mention {:?} overlaps claimed {:?}", m, c);
                }
            }
        }
    }
}

const MONTHS: [&str; 12] = [
    "Januari",
    "Februari",
    "Maret",
    "April",
    "Mei",
    "Juni",
    "Juli",
    "Agustus",
    "September",
    "Oktober",
    "November",
    "Desember",
];
const WEEKDAYS: [&str; 7] = ["Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu", "Minggu"];
const FILLER: &[&str] = &[
    "kata",
    "Bupati",
    "di",
    "Kantor",
    "“Saya”",
    "—",
    "pada",
    "rapat",
    "ASN",
    "é",
    "Ketapang,",
];

/// ISO weekday index 0 = Monday (Sakamoto's method).
fn weekday_index(y: i32, m: u32, d: u32) -> usize {
    let t = [0, 3, 2, 5, 0, 3, 5, 1, 4, 6, 2, 4];
    let y = if m < 3 { y - 1 } else { y };
    let sunday0 = (y + y / 4 - y / 100 + y / 400 + t[m as usize - 1] + d as i32).rem_euclid(7);
    ((sunday0 + 6) % 7) as usize
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(1000))]

    #[test]
    fn a_stated_date_is_found_exactly(
        y in 1900i32..2100,
        m in 1u32..13,
        d in 1u32..32,
        form in 0usize..5,
        before in prop::collection::vec(prop::sample::select(FILLER), 0..6),
        after in prop::collection::vec(prop::sample::select(FILLER), 0..6),
    ) {
        let leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
        let days = match m { 1 | 3 | 5 | 7 | 8 | 10 | 12 => 31, 4 | 6 | 9 | 11 => 30, 2 if leap => 29, _ => 28 };
        let written = match form {
            0 => format!("{d} {} {y}", MONTHS[m as usize - 1]),
            1 => format!("{d}/{m}/{y}"),
            2 => format!("{y}-{m:02}-{d:02}"),
            3 => format!("{} ({d}/{m}/{y})", WEEKDAYS[if d <= days { weekday_index(y, m, d) } else { 0 }]),
            _ => format!("{}, {d:02}.{m:02}.{y}", WEEKDAYS[if d <= days { weekday_index(y, m, d) } else { 0 }]),
        };
        let text = format!("{} {written} {}.", before.join(" "), after.join(" "));
        let found = dates::extract(&Doc::new(text.clone(), Meta::default()), &[]);
        let want = format!("{y:04}-{m:02}-{d:02}");
        if d <= days {
            prop_assert_eq!(found.dates.len(), 1, "{}", text);
            prop_assert_eq!(&found.dates[0].value, &want);
            prop_assert!(!found.dates[0].inferred);
            prop_assert_eq!(&found.dates[0].mentions[0].text, &written);
            prop_assert!(found.warnings.is_empty(), "{:?}", found.warnings);
        } else {
            prop_assert!(found.dates.is_empty(), "invalid {} gave {:?}", written, found.dates);
        }
    }
}
