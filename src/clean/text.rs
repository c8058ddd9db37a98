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

use std::collections::HashSet;
use std::sync::LazyLock;

use regex::{Regex, RegexSet};

use crate::re::regex;

use super::timestamp;
use crate::doc::Meta;

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

struct Para {
    text: String,
    role: Role,
}

/// Cleans plain text; `given_title` (from scraper JSON) overrides the
/// headline search. Cost: linear in the text, one regex-set match per line.
pub fn clean(raw: &str, given_title: Option<&str>) -> Cleaned {
    let mut meta = Meta::default();
    let mut paras: Vec<Para> = paragraphs(raw)
        .into_iter()
        .map(|text| Para { text, role: Role::Keep })
        .collect();

    // 1. furniture and bylines
    for p in &mut paras {
        if is_furniture(&p.text) || take_byline(&p.text, &mut meta) {
            p.role = Role::Drop;
        }
    }

    // 2. headline
    let title_at = match given_title {
        Some(t) => {
            meta.title = Some(collapse(t));
            None
        }
        // The headline stands above the body: the search stops at the first
        // paragraph that reads like body text.
        None => paras
            .iter()
            .enumerate()
            .filter(|(_, p)| p.role == Role::Keep)
            .take_while(|(_, p)| !looks_like_body(&p.text))
            .find(|(_, p)| looks_like_title(&p.text))
            .map(|(i, _)| i),
    };
    if let Some(t) = title_at {
        meta.title = Some(paras[t].text.clone());
        for p in &mut paras[..=t] {
            p.role = Role::Drop;
        }
    }

    // 3. the zone between headline and body
    let body_from = title_at.map_or(0, |t| t + 1);
    let lead_at = paras[body_from..]
        .iter()
        .enumerate()
        .filter(|(_, p)| p.role == Role::Keep)
        .take(4)
        .find_map(|(i, p)| read_lead(&p.text).map(|lead| (body_from + i, lead)));
    let header_end = lead_at.as_ref().map_or((body_from + 3).min(paras.len()), |(i, _)| *i);
    let title_key = meta.title.as_deref().map(normalize);
    // Each paragraph's comparison key, computed once: the teaser and repeat
    // checks below compare every paragraph with many others.
    let keys: Vec<String> = paras.iter().map(|p| normalize(&p.text)).collect();
    for i in body_from..header_end {
        if paras[i].role == Role::Drop {
            continue;
        }
        let key = &keys[i];
        if title_at.is_some()
            && meta.published.is_none()
            && let Some(ts) = timestamp::parse(&paras[i].text)
        {
            meta.published = Some(ts);
            paras[i].role = Role::Drop;
            continue;
        }
        let repeats_title = title_key.as_deref() == Some(key.as_str());
        let teaser = words_upto(key, 8) >= 8
            && paras[i + 1..]
                .iter()
                .zip(&keys[i + 1..])
                .any(|(q, q_key)| q.role == Role::Keep && q_key != key && q_key.contains(key.as_str()));
        // Between headline and body, a short label is an image label or a
        // rubric ("Foto Deklarasi"), not a paragraph.
        if repeats_title || teaser || (lead_at.is_some() && is_short_label(&paras[i].text)) {
            paras[i].role = Role::Drop;
        }
    }
    if let Some((_, lead)) = lead_at {
        meta.dateline = lead.place;
        if meta.outlet.is_none() {
            meta.outlet = lead.outlet;
        }
    }

    // 5. trailing rubric lines, repeats
    for p in paras.iter_mut().rev() {
        if p.role == Role::Drop {
            continue;
        }
        if is_short_label(&p.text) {
            p.role = Role::Drop;
        } else {
            break;
        }
    }
    let mut seen = HashSet::new();
    for (p, key) in paras.iter_mut().zip(&keys) {
        if p.role == Role::Keep && (!seen.insert(key.as_str()) || title_key.as_deref() == Some(key.as_str())) {
            p.role = Role::Drop;
        }
    }

    let kept: Vec<&str> = paras
        .iter()
        .filter(|p| p.role == Role::Keep)
        .map(|p| p.text.as_str())
        .collect();
    if let Some(last) = kept.last()
        && let Some(c) = CREDIT.captures(last)
    {
        let name = c[1].to_string();
        if !HOUSE_CODES.contains(&name.as_str()) && !meta.authors.contains(&name) {
            meta.authors.push(name);
        }
    }
    Cleaned {
        text: kept.join("\n\n"),
        meta,
    }
}

/// Splits raw text into paragraphs: every non-blank line, except in
/// hard-wrapped text (short lines, many of which continue a sentence on the
/// next line), where a line that breaks mid-sentence is joined to the next.
fn paragraphs(raw: &str) -> Vec<String> {
    let lines: Vec<&str> = raw
        .split(['\n', '\r'])
        .map(|l| l.trim_matches(|c: char| c.is_whitespace() || c == '\u{feff}'))
        .collect();
    let breaks_mid_sentence = |a: &str, b: &str| {
        !a.is_empty()
            && !a.ends_with(['.', '!', '?', ':', '"', '”', '’', ')', ';'])
            && b.chars().next().is_some_and(char::is_lowercase)
    };
    let nonblank = lines.iter().filter(|l| !l.is_empty()).count();
    let continued = lines.windows(2).filter(|w| breaks_mid_sentence(w[0], w[1])).count();
    let wrapped = nonblank >= 6 && continued * 3 >= nonblank && lines.iter().all(|l| l.chars().count() <= 100);
    let mut out: Vec<String> = Vec::new();
    let mut prev = "";
    for line in lines {
        if line.is_empty() {
            prev = "";
            continue;
        }
        match out.last_mut() {
            Some(last) if wrapped && breaks_mid_sentence(prev, line) => {
                last.push(' ');
                last.push_str(&collapse(line));
            }
            _ => out.push(collapse(line)),
        }
        prev = line;
    }
    out
}

/// Collapses runs of white space (tabs, NBSP) into one space.
pub fn collapse(s: &str) -> String {
    if s.is_ascii()
        && !s
            .as_bytes()
            .windows(2)
            .any(|w| w[0].is_ascii_whitespace() && w[1].is_ascii_whitespace())
    {
        // Already single-spaced ASCII: only the ends and odd spaces change.
        let t = s.trim_ascii();
        if !t.bytes().any(|b| b.is_ascii_whitespace() && b != b' ') {
            return t.to_string();
        }
    }
    let mut out = String::with_capacity(s.len());
    for w in s.split_whitespace() {
        if !out.is_empty() {
            out.push(' ');
        }
        out.push_str(w);
    }
    out
}

/// Lower case, letters and digits only, single spaces: for comparing lines.
pub fn normalize(s: &str) -> String {
    if s.is_ascii() {
        // The common case, byte by byte.
        let mut out = Vec::with_capacity(s.len());
        let mut gap = false;
        for b in s.bytes() {
            if b.is_ascii_alphanumeric() {
                if gap && !out.is_empty() {
                    out.push(b' ');
                }
                gap = false;
                out.push(b.to_ascii_lowercase());
            } else {
                gap = true;
            }
        }
        return String::from_utf8(out).expect("ASCII in, ASCII out");
    }
    let mut out = String::with_capacity(s.len());
    for w in s.split(|c: char| !c.is_alphanumeric()).filter(|w| !w.is_empty()) {
        if !out.is_empty() {
            out.push(' ');
        }
        out.extend(w.chars().flat_map(char::to_lowercase));
    }
    out
}

/// Words in `s`, counted up to `cap + 1`: callers compare with small
/// bounds, and body paragraphs are long.
fn words_upto(s: &str, cap: usize) -> usize {
    s.split_whitespace().take(cap + 1).count()
}

fn word_count(s: &str) -> usize {
    words_upto(s, usize::MAX - 1)
}

/// A furniture line: a pattern of `data/furniture.txt`, or no letter or digit at all.
pub fn is_furniture(line: &str) -> bool {
    !line.chars().any(char::is_alphanumeric) || FURNITURE.is_match(line.trim())
}

/// A short label line: at most four words and no sentence punctuation
/// ("Tag", "Berita", "NTT Memilih", "Foto Deklarasi").
fn is_short_label(line: &str) -> bool {
    words_upto(line, 4) <= 4 && !line.ends_with(['.', '!', '?', '"', '”', ')'])
}

/// A headline: 4 to 30 words, one sentence not ending in a period, not
/// starting in lower case, not a timestamp.
fn looks_like_title(line: &str) -> bool {
    let words = word_count(line);
    (4..=30).contains(&words)
        && line.len() <= 300
        && !line.ends_with(['.', ','])
        && !line.chars().next().is_some_and(char::is_lowercase)
        && !SENTENCE_BREAK.is_match(line)
        && timestamp::parse(line).is_none()
}

/// Body text: a dateline-led paragraph, a long one, or a full sentence of
/// ten words or more.
fn looks_like_body(line: &str) -> bool {
    let words = word_count(line);
    words > 30 || (words >= 10 && line.ends_with(['.', '"', '”'])) || read_lead(line).is_some()
}

/// A sentence end inside a line: ". " before a capital (initials excepted).
static SENTENCE_BREAK: LazyLock<Regex> = LazyLock::new(|| regex(r"\p{Ll}{2}[.!?]\s+\p{Lu}"));

/// Parses a byline line into `meta`; true when the line was one.
fn take_byline(line: &str, meta: &mut Meta) -> bool {
    if let Some(c) = REPORTER_LINE.captures(line) {
        push_names(&c[1], &mut meta.authors);
        return true;
    }
    if let Some(c) = AVATAR_LINE.captures(line)
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

    #[test]
    fn repeated_paragraphs_keep_the_first() {
        let c = clean(
            "Judul Berita Yang Cukup Panjang\n\nSatu dua tiga.\n\nEmpat lima.\n\nSatu  dua tiga.",
            None,
        );
        assert_eq!(c.text, "Satu dua tiga.\n\nEmpat lima.");
    }
}
