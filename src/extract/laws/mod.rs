//! Cited laws (issue 4): every regulation an article cites, parsed to type,
//! number, year, title and pasal, with a canonical id that joins across
//! articles.
//!
//! # Design
//!
//! The pass has the shape of [eyecite]'s: a cheap literal prefilter finds
//! the few places where a citation can start, a small hand-written grammar
//! parses each of them locally, a registry of well-known laws resolves what
//! the text leaves implicit, and an annotation step turns parses into
//! records with offsets.
//!
//! **Prefilter.** One Aho-Corasick automaton (leftmost-longest, case
//! sensitive, built once) holds every trigger word of every type:
//! "Undang"/"UU", "Peraturan", "PP", "Perpres", "Permen…", "Perda",
//! "Qanun", "Perbup", "PKPU", "Surat Edaran"/"SE", "SKB", "Putusan",
//! "Keputusan", "KUHP", "Pasal"/"Ps" and so on, each long word in its
//! lower, title and upper case forms, and the short abbreviations ("UU",
//! "PP", "SE", "SK") only in capitals, since "uu" or "se" in lower case are
//! fragments of ordinary words. The text is scanned once, whatever the
//! number of types, at memory-scan speed: news carries a handful of
//! triggers per article, so everything after the scan is noise in the
//! profile. A trigger glued to a preceding letter ("RUU", "PUU") is not a
//! trigger.
//!
//! **Grammar** (`grammar.rs`). At a trigger the parser reads words forward,
//! never past the end of the line: a type phrase (longest first:
//! "Peraturan Pemerintah Pengganti Undang-Undang" before "Peraturan
//! Pemerintah"), an optional "(PP)" gloss, "RI", an issuer (a ministry for
//! Permen, a region for Perda and Perkada, free words for SE and
//! keputusan), a number ("Nomor 20", "No. 20", "20/2023", "35/14",
//! "60/PUU-XXII/2024"), a year ("Tahun 2023", "tahun 2023", "/2023") and a
//! "tentang" title whose end is found by the shape of the title rather than
//! by a list of verbs: a capitalised title runs over capitalised words and
//! joiners ("dalam", "dan", "atas"), a lower-case one over at most ten
//! words, and either ends at punctuation, at a stop word ("juncto", "yang",
//! "Pasal") or before a joiner that opens the next citation ("… Aparatur
//! Sipil Negara dan Peraturan Pemerintah Nomor 94 …"). A citation nested in
//! a title after "atas" ("Perubahan atas Peraturan Daerah Nomor 3 Tahun
//! 2012 …") stays in the title and is also a law of its own. Pasal chains
//! ("Pasal 12 huruf a dan Pasal 12 huruf b", "Pasal 280 ayat (2) dan (3)",
//! "Pasal 114 ayat 1 subsider Pasal 112 ayat 1") are parsed the same way.
//!
//! The grammar also reads what follows a citation: "… Nomor 6 Tahun 2018
//! dan Nomor 28 Tahun 2018" is a second law of the same type and issuer,
//! and a short name in parentheses right after a citation ("… tentang Kitab
//! Undang-Undang Hukum Pidana (KUHP)") is a gloss of it, not another law.
//! Inside a title only a numbered citation counts as a law of its own.
//! Types outside GOLD-FORMAT's list that news cites with a number
//! (keputusan, SK, Peraturan Kapolri/Polri, MA, Jaksa Agung, DKPP, BKN,
//! LKPP, OJK, BI) are `Lainnya`; a decree's compound number
//! ("561/Kep.1065 - Yangbangsos/2017") is kept whole, as written.
//!
//! Negatives fall out of the design: "nomor urut 2", "nomor telepon",
//! "Nomor 1 (satu)" and "tahun 2024" have no type word before them, so no
//! trigger; "Pasalnya" and "pasal-pasal" are not a "Pasal" followed by a
//! number; a bare type word with no number, short name or registered
//! subject ("Peraturan Daerah (Perda) yang dimiliki", "di PKPU") yields
//! nothing.
//!
//! **Registry** (`registry.rs`, `data/laws.tsv`). Short names ("UU ASN",
//! "UU Pemilu", "KUHP", "PP Disiplin PNS") and subjects ("UU tentang Desa")
//! resolve to a numbered law. The resolution is time-dependent: "UU ASN"
//! meant UU 5/2014 until UU 20/2023 was enacted on 31 October 2023, and
//! "KUHP" means the 1946 code until the 2023 code takes effect in 2026.
//! The anchor is, in order: a numbered citation of one of the candidates in
//! the same article; the article's publication date; the latest date (or
//! year) the text names; today, with a `law_resolved_without_date`
//! warning. A "UU" followed by one to four capitalised words the registry
//! does not know ("UU Penyiaran") is a law named by its subject: `number`
//! and `year` null, `title` the subject, id `uu-penyiaran`; a description
//! continued by a lower-case joiner ("UU Perlindungan terhadap anak") is
//! not a name. An unnumbered circular with an issuer and a subject ("Surat
//! Edaran Menteri PANRB tentang Netralitas ASN") and an unnumbered SKB with
//! a year or subject are kept the same way. The registry also supplies official titles for citations that
//! give none, and flags a citation whose written title names another law
//! (`law_title_mismatch`: "UU Nomor 10 tahun 2023 tentang ASN"); the
//! citation itself stays as written.
//!
//! **Annotation.** Every law appears once, in order of first mention, with
//! all its mentions (code-point offsets) and the pasal cited with it. A
//! pasal chain belongs to the citation that follows it ("Pasal 10
//! Undang-undang Nomor 20 …", also across "dari", "dalam", "pada"), else to
//! the nearest law cited before it in the same paragraph ("… PP Nomor 18
//! Tahun 2017 tepatnya pada pasal 30"); a chain followed by a type word
//! that is no citation ("Pasal 5 PP tersebut") belongs to the last law of
//! that type, and one followed by another capitalised name ("Pasal 5
//! Perkap") to none. A later bare number ("PP 18", "PP
//! Nomor 18") joins the numbered law of the same type cited in full. The
//! byte ranges of all citations, titles included, are `claimed`, so the
//! dates pass does not read "Tahun 2023" as a date.
//!
//! **Ids.** `uu-20-2023`, `pp-94-2021`, `permendagri-15-2024` (the
//! ministry form's letters), `putusan-mk-60-puu-xxii-2024`, `uud-1945`.
//! Regional rules carry their issuer's Kemendagri code, read from the
//! regions gazetteer (names and aliases, the level from the issuer's level
//! word or the rule's form): `perda-61.04-3-2020` (Kabupaten Ketapang),
//! `perda-32.73-5-2019` (Kota Bandung), `perbup-61.04-1-2024`,
//! `perda-31-8-2017` (DKI Jakarta). An issuer the gazetteer cannot place
//! uniquely keeps a slug of its name without the level word
//! (`perda-bandung-…` when the text does not say Kota or Kabupaten);
//! without an issuer, `perda-8-2017`.
//!
//! **Cost.** One automaton scan of the text (the bench measures the whole
//! pass over `corpus/`), plus a bounded local parse per trigger; the
//! registry and automaton are built once per process.
//!
//! [eyecite]: https://github.com/freelawproject/eyecite

mod grammar;
mod registry;

use super::dates::civil_from_days;
use std::collections::HashMap;
use std::ops::Range;
use std::sync::LazyLock;

use aho_corasick::{AhoCorasick, AhoCorasickBuilder, MatchKind};
use regex::Regex;

use crate::doc::Doc;
use crate::record::{Law, Warning};

use grammar::{Citation, PasalChain};

/// What the laws pass found.
#[derive(Debug, Default)]
pub struct Found {
    /// Cited laws, in order of first mention.
    pub laws: Vec<Law>,
    /// Byte ranges of `doc.text` the citations cover (later passes skip
    /// them), sorted and disjoint.
    pub claimed: Vec<Range<usize>>,
    /// Warnings (e.g. a short name resolved without any date).
    pub warnings: Vec<Warning>,
}

/// Type of a regulation; [`Kind::code`] is the record's `type`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Kind {
    /// Undang-Undang Dasar 1945.
    Uud,
    /// Undang-Undang.
    Uu,
    /// Peraturan Pemerintah Pengganti Undang-Undang.
    Perppu,
    /// Peraturan Pemerintah.
    Pp,
    /// Peraturan Presiden.
    Perpres,
    /// Keputusan Presiden.
    Keppres,
    /// Instruksi Presiden.
    Inpres,
    /// Peraturan Menteri (Permendagri, PermenPANRB, PMK, …).
    Permen,
    /// Peraturan Daerah (also Qanun, Perdasi, Perdasus).
    Perda,
    /// Peraturan kepala daerah: Perbup, Perwal, Pergub.
    Perkada,
    /// Peraturan KPU.
    Pkpu,
    /// Peraturan Bawaslu.
    Perbawaslu,
    /// Surat Edaran.
    Se,
    /// Surat Keputusan Bersama.
    Skb,
    /// Putusan Mahkamah Konstitusi.
    PutusanMk,
    /// Anything else with a number (keputusan, surat keputusan).
    Lainnya,
}

impl Kind {
    /// The type code of GOLD-FORMAT.md ("UU", "Putusan MK"). Cost: none.
    pub fn code(self) -> &'static str {
        match self {
            Kind::Uud => "UUD",
            Kind::Uu => "UU",
            Kind::Perppu => "Perppu",
            Kind::Pp => "PP",
            Kind::Perpres => "Perpres",
            Kind::Keppres => "Keppres",
            Kind::Inpres => "Inpres",
            Kind::Permen => "Permen",
            Kind::Perda => "Perda",
            Kind::Perkada => "Perkada",
            Kind::Pkpu => "PKPU",
            Kind::Perbawaslu => "Perbawaslu",
            Kind::Se => "SE",
            Kind::Skb => "SKB",
            Kind::PutusanMk => "Putusan MK",
            Kind::Lainnya => "Lainnya",
        }
    }
}

/// Lower-case letter-and-digit runs joined by '-' ("60/PUU-XXII" →
/// "60-puu-xxii").
fn slug(s: &str) -> String {
    let mut out = String::new();
    for w in s.split(|c: char| !c.is_alphanumeric()).filter(|w| !w.is_empty()) {
        if !out.is_empty() {
            out.push('-');
        }
        out.extend(w.chars().flat_map(char::to_lowercase));
    }
    out
}

/// Slug of an issuing region without its level word; a city keeps "kota"
/// ("Kabupaten Ketapang" → "ketapang", "Kota Bandung" → "kota-bandung",
/// "DKI" → "dki-jakarta").
fn region_slug(issuer: &str) -> String {
    let s = slug(issuer);
    let mut rest = s.as_str();
    let mut city = false;
    for lvl in [
        "pemerintah-provinsi-",
        "pemerintah-kabupaten-",
        "pemerintah-kota-",
        "pemprov-",
        "pemkab-",
        "pemkot-",
        "provinsi-",
        "propinsi-",
        "prov-",
        "kabupaten-",
        "kab-",
        "kotamadya-",
        "kota-",
    ] {
        if let Some(r) = rest.strip_prefix(lvl) {
            city = lvl.starts_with("kota") || lvl.ends_with("-kota-") || lvl == "pemkot-";
            rest = r;
            break;
        }
    }
    let rest = match rest {
        "dki" | "jakarta" => "dki-jakarta",
        "daerah-khusus-ibukota-jakarta" | "daerah-khusus-ibu-kota-jakarta" => "dki-jakarta",
        r => r,
    };
    if city { format!("kota-{rest}") } else { rest.to_string() }
}

/// The Kemendagri code of a regional rule's issuer ("Kabupaten Ketapang" →
/// `61.04`, "DKI" → `31`, "Kalbar" → `61`), when the gazetteer (names and
/// aliases) gives exactly one region of the levels the issuer's level word,
/// or else the rule's form, allows: a Perbup is a kabupaten's, a Perwal a
/// kota's, a Pergub a province's. Ambiguous or unknown issuers give `None`
/// (the id then keeps the issuer's slug). Cost: one hash lookup; the
/// gazetteer is the regions pass's, built once per process.
fn issuer_code(issuer: &str, form: Option<&str>) -> Option<&'static str> {
    use crate::extract::regions::gazetteer::gazetteer;
    use crate::record::RegionLevel::{Kabupaten, Kota, Provinsi};
    let lower = issuer.to_lowercase();
    let mut name = lower.trim();
    let mut levels = match form.map(str::to_ascii_lowercase).as_deref() {
        Some("perbup") => vec![Kabupaten],
        Some("perwal" | "perwali") => vec![Kota],
        Some("pergub") => vec![Provinsi],
        _ => vec![Provinsi, Kabupaten, Kota],
    };
    for (word, level) in [
        ("pemerintah provinsi ", Provinsi),
        ("pemerintah kabupaten ", Kabupaten),
        ("pemerintah kota ", Kota),
        ("pemprov ", Provinsi),
        ("pemkab ", Kabupaten),
        ("pemkot ", Kota),
        ("provinsi ", Provinsi),
        ("propinsi ", Provinsi),
        ("prov. ", Provinsi),
        ("prov ", Provinsi),
        ("kabupaten ", Kabupaten),
        ("kab. ", Kabupaten),
        ("kab ", Kabupaten),
        ("kotamadya ", Kota),
        ("kota ", Kota),
    ] {
        if let Some(rest) = name.strip_prefix(word) {
            name = rest.trim();
            levels = vec![level];
            break;
        }
    }
    let g = gazetteer();
    let key = g.key_ids.get(name)?;
    let mut codes = g.keys[*key as usize]
        .regions
        .iter()
        .map(|&id| g.entry(id))
        .filter(|e| levels.contains(&e.level))
        .map(|e| e.code());
    match (codes.next(), codes.next()) {
        (Some(code), None) => Some(code),
        _ => None,
    }
}

/// The canonical id of a law from its type code, form, issuer, number and
/// year: `uu-20-2023`, `permendagri-15-2024`, `perda-61.04-3-2020` (a
/// regional rule carries its issuer's Kemendagri code),
/// `putusan-mk-60-puu-xxii-2024`, `uud-1945`. Cost: a few small strings.
pub fn law_id(kind: &str, form: Option<&str>, issuer: Option<&str>, number: Option<&str>, year: Option<i32>) -> String {
    let prefix = match kind {
        "UUD" => return "uud-1945".to_string(),
        "UU" => "uu".to_string(),
        "Perppu" => "perppu".to_string(),
        "PP" => "pp".to_string(),
        "Perpres" => "perpres".to_string(),
        "Keppres" => "keppres".to_string(),
        "Inpres" => "inpres".to_string(),
        "Permen" => form
            .map(registry::squash)
            .filter(|f| f != "peraturanmenteri")
            .unwrap_or_else(|| "permen".to_string()),
        "Perda" => "perda".to_string(),
        "Perkada" => form
            .map(|f| f.to_ascii_lowercase())
            .filter(|f| matches!(f.as_str(), "perbup" | "perwal" | "pergub"))
            .unwrap_or_else(|| "perkada".to_string()),
        "PKPU" => "pkpu".to_string(),
        "Perbawaslu" => "perbawaslu".to_string(),
        "SE" => "se".to_string(),
        "SKB" => "skb".to_string(),
        "Putusan MK" => "putusan-mk".to_string(),
        _ => match form {
            None | Some("Keputusan" | "Surat Keputusan") => "keputusan".to_string(),
            Some(f) => slug(f),
        },
    };
    let mut parts = vec![prefix];
    if let Some(i) = issuer {
        let s = if matches!(kind, "Perda" | "Perkada") {
            issuer_code(i, form).map_or_else(|| region_slug(i), str::to_string)
        } else {
            slug(i)
        };
        if !s.is_empty() {
            parts.push(s);
        }
    }
    let num = number.map(slug).unwrap_or_default();
    if !num.is_empty() {
        parts.push(num.clone());
    }
    if let Some(y) = year {
        let ys = y.to_string();
        if !num.ends_with(&ys) {
            parts.push(ys);
        }
    }
    parts.join("-")
}

/// Trigger words, in lower and title case (and upper case unless rare in
/// capitals).
const TRIGGER_WORDS: &[&str] = &[
    "undang",
    "peraturan",
    "perp",
    "keputusan",
    "permen",
    "perda",
    "pkpu",
    "surat",
    "putusan",
    "pasal",
];
const TRIGGER_WORDS_NOT_UPPER: &[&str] = &[
    "keppres",
    "kepres",
    "inpres",
    "instruksi",
    "qanun",
    "perbup",
    "perwa",
    "pergub",
    "perbawaslu",
];
/// Abbreviations, as written, with the byte that follows them where they
/// are only two letters long: a two-byte pattern would make the
/// automaton's vectorised prefilter report a candidate at every "UU"-like
/// pair, and "UU" or "PP" start a citation only before a space.
const TRIGGER_ABBREVIATIONS: &[&str] = &[
    "UU ", "UU\u{a0}", "UUD", "UUP", "PP ", "PP\u{a0}", "SE ", "SK ", "SKB", "Ps ", "Ps.", "Psl", "PMK", "PMA", "KUH",
];

static TRIGGERS: LazyLock<AhoCorasick> = LazyLock::new(|| {
    let mut pats: Vec<String> = Vec::new();
    for (i, w) in TRIGGER_WORDS.iter().chain(TRIGGER_WORDS_NOT_UPPER).enumerate() {
        pats.push(w.to_string());
        let mut t = w.to_string();
        t[..1].make_ascii_uppercase();
        pats.push(t);
        if i < TRIGGER_WORDS.len() {
            pats.push(w.to_ascii_uppercase());
        }
    }
    pats.extend(TRIGGER_ABBREVIATIONS.iter().map(|s| s.to_string()));
    AhoCorasickBuilder::new()
        .match_kind(MatchKind::LeftmostLongest)
        .build(&pats)
        .expect("trigger automaton")
});

/// Dates and years for the resolution anchor: "27 November 2024",
/// "24/9/2024", "2024".
static DATE_RE: LazyLock<Regex> = LazyLock::new(|| {
    crate::re::regex(
        r"(?-u:\b)(?:([0-9]{1,2})\s+([A-Za-z]{3,9})\.?\s+|([0-9]{1,2})[/-]([0-9]{1,2})[/-])?((?:19|20)[0-9]{2})(?-u:\b)",
    )
});

type Ymd = (i32, u32, u32);

/// The anchor for short-name resolution: published date, else the latest
/// date or year the text names. Cost: one regex scan, only when a short
/// name needs it.
fn anchor(doc: &Doc, skip: &[Range<usize>]) -> Option<(Ymd, String)> {
    if let Some(p) = &doc.meta.published
        && let Some(d) = parse_ymd(p)
    {
        return Some((d, format!("published {}", &p[..10])));
    }
    let mut best_year = None::<i32>;
    let mut best_date = None::<Ymd>;
    for c in DATE_RE.captures_iter(&doc.text) {
        let at = c.get(0).map_or(0, |m| m.start());
        if skip.iter().any(|r| r.start <= at && at < r.end) {
            continue; // "UUD 1945" dates no article
        }
        let Ok(y) = c[5].parse::<i32>() else { continue };
        best_year = Some(best_year.map_or(y, |b| b.max(y)));
        let md = if let (Some(d), Some(m)) = (c.get(1), c.get(2)) {
            crate::clean::timestamp::month_number(m.as_str()).map(|m| (m, d.as_str().parse().unwrap_or(1)))
        } else if let (Some(d), Some(m)) = (c.get(3), c.get(4)) {
            let m: u32 = m.as_str().parse().unwrap_or(0);
            (1..=12).contains(&m).then(|| (m, d.as_str().parse().unwrap_or(1)))
        } else {
            None
        };
        if let Some((m, d)) = md {
            let v = (y, m, d);
            if best_date.is_none_or(|b| v > b) {
                best_date = Some(v);
            }
        }
    }
    let y = best_year?;
    match best_date {
        Some(d) if d.0 == y => Some((d, format!("date {}-{:02}-{:02} named in the text", d.0, d.1, d.2))),
        _ => Some(((y, 12, 31), format!("year {y} named in the text"))),
    }
}

fn parse_ymd(s: &str) -> Option<Ymd> {
    let s = s.get(..10)?;
    let y = s.get(..4)?.parse().ok()?;
    let m = s.get(5..7)?.parse().ok()?;
    let d = s.get(8..10)?.parse().ok()?;
    Some((y, m, d))
}

/// Today's date (UTC), for a short name the article gives no date for.
fn today() -> Ymd {
    let secs = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| d.as_secs());
    civil_from_days((secs / 86_400) as i64)
}

fn is_w(c: u8) -> bool {
    c.is_ascii_alphanumeric()
}

/// Scans `text` once and parses every citation and pasal chain.
fn parse_all(text: &str) -> (Vec<Citation>, Vec<PasalChain>) {
    let b = text.as_bytes();
    let mut cites = Vec::new();
    let mut chains = Vec::new();
    let mut skip = 0;
    let mut numberless_pasal = None;
    for m in TRIGGERS.find_iter(text) {
        let s = m.start();
        if s < skip || (s > 0 && (is_w(b[s - 1]) || !text.is_char_boundary(s))) {
            continue;
        }
        if s > 0 && b[s - 1] >= 0x80 && text[..s].chars().next_back().is_some_and(char::is_alphanumeric) {
            continue;
        }
        let horizon = (s + 800).min(b.len());
        let line_end = b[s..horizon]
            .iter()
            .position(|&c| c == b'\n')
            .map_or(horizon, |i| s + i);
        if grammar::is_pasal_word(text, s) {
            match grammar::pasal_chain(text, s, line_end) {
                Some(ch) => {
                    skip = ch.end;
                    chains.push(ch);
                    numberless_pasal = None;
                }
                None => numberless_pasal = Some(s),
            }
            continue;
        }
        if let Some(mut c) = grammar::citation(text, s, line_end, true) {
            // "Pasal UU Perlindungan Anak (seksual) 76 D UU 35/14": the number
            // of a numberless "Pasal" earlier in the sentence, right before the law
            if let Some(ps) = numberless_pasal.take()
                && let Some(ch) = deferred_pasal(text, ps, c.start)
            {
                chains.push(ch);
            }
            // inside another citation's title only a numbered citation is one
            // ("… tentang Kitab Undang-Undang Hukum Pidana" names no second law)
            if c.number.is_none() && cites.last().is_some_and(|p: &Citation| c.start < p.end) {
                continue;
            }
            // "Rancangan Undang-Undang …", "Rancangan Perda …": a bill cites
            // no law, and neither does its title, except the law it amends
            // ("… tentang Perubahan atas Undang-Undang Nomor 7 Tahun 2017").
            if is_bill(text, c.start) {
                let amends = c.title.as_deref().is_some_and(|t| t.to_lowercase().contains("atas "));
                skip = if amends { c.core_end } else { c.end };
                continue;
            }
            skip = c.core_end;
            // "… Nomor 6 Tahun 2018 dan Nomor 28 Tahun 2018"
            while let Some(next) = grammar::continuation(text, &c, line_end) {
                skip = next.core_end;
                cites.push(std::mem::replace(&mut c, next));
            }
            cites.push(c);
        }
    }
    (cites, chains)
}

/// True when the word before byte `at` makes what follows a bill, not a law
/// ("Rancangan Undang-Undang", "rancangan Peraturan Daerah", "draf Perpres").
fn is_bill(text: &str, at: usize) -> bool {
    let mut words = text[..at]
        .rsplit(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(str::to_ascii_lowercase);
    let bill = |w: &str| matches!(w, "rancangan" | "draf" | "draft");
    match words.next().as_deref() {
        // "rancangan Kitab Undang-Undang Hukum Pidana"
        Some("kitab") => words.next().as_deref().is_some_and(bill),
        Some(w) => bill(w),
        None => false,
    }
}

/// A pasal number written just before the citation at `law`, when a
/// "Pasal" without a number opened the same sentence fragment at `pasal`
/// (at most 160 bytes before, no sentence end between): "76 D" or "76D".
fn deferred_pasal(text: &str, pasal: usize, law: usize) -> Option<PasalChain> {
    let between = text.get(pasal..law)?;
    if between.len() > 160 || between.contains(['.', '!', '?', ';', '\n']) {
        return None;
    }
    let b = text.as_bytes();
    let mut q = law;
    while q > pasal && b[q - 1] == b' ' {
        q -= 1;
    }
    let end = q;
    let mut letter = None;
    if q > pasal && b[q - 1].is_ascii_uppercase() && q >= 2 && !is_w(b[q - 2]) {
        letter = Some(b[q - 1] as char);
        q -= 1;
        while q > pasal && b[q - 1] == b' ' {
            q -= 1;
        }
    }
    let digits_end = q;
    while q > pasal && b[q - 1].is_ascii_digit() {
        q -= 1;
    }
    if q == digits_end || digits_end - q > 3 || (q > 0 && is_w(b[q - 1])) {
        return None;
    }
    let mut article = text[q..digits_end].to_string();
    article.extend(letter);
    Some(PasalChain {
        start: q,
        end,
        law_at: law,
        articles: vec![article],
    })
}

/// For a short-name citation `i` written in parentheses right after
/// another citation, the law of that citation.
fn gloss_of(text: &str, cites: &[Citation], cite_law: &[Option<usize>], i: usize) -> Option<usize> {
    if cites[i].candidates.is_empty() || i == 0 {
        return None;
    }
    let prev = &cites[i - 1];
    let between = text.get(prev.end..cites[i].start)?;
    (between.trim() == "(" && text[cites[i].end..].starts_with(')')).then_some(())?;
    cite_law[i - 1]
}

struct Builder {
    law: Law,
    explicit: bool,
}

fn title_agrees(written: &str, e: &registry::Entry) -> bool {
    let w = registry::key(written);
    let t = registry::key(&e.title);
    if w == t || t.contains(&w) || w.contains(&t) {
        return true;
    }
    if e.short.iter().any(|s| registry::key(s) == w) {
        return true;
    }
    // any shared word of four letters or more
    let tw: Vec<&str> = t.split(' ').filter(|x| x.len() >= 4).collect();
    w.split(' ').any(|x| x.len() >= 4 && tw.contains(&x))
}

/// Finds the laws `doc` cites. Cost: one automaton scan of the text plus a
/// bounded parse per trigger word; see the module docs.
pub fn extract(doc: &Doc) -> Found {
    let text = &doc.text;
    let (cites, chains) = parse_all(text);
    let mut found = Found::default();
    if cites.is_empty() {
        return found;
    }
    let reg = registry::get();
    let mut laws: Vec<Builder> = Vec::new();
    let mut index: HashMap<String, usize> = HashMap::new();
    let mut cite_law: Vec<Option<usize>> = vec![None; cites.len()];
    let mut anchor_cache: Option<Option<(Ymd, String)>> = None;

    // ids of the citations written with number and year
    let explicit_id = |c: &Citation| -> Option<String> {
        match (c.kind, &c.number, c.year) {
            (Kind::Uud, _, _) => Some("uud-1945".to_string()),
            (_, Some(n), Some(y)) => Some(law_id(
                c.kind.code(),
                Some(&c.form),
                c.issuer.as_deref(),
                Some(n),
                Some(y),
            )),
            // circulars and decrees carry their year (if any) inside the number
            (Kind::Se | Kind::Lainnya | Kind::Skb, Some(n), None) if n.contains('/') => {
                Some(law_id(c.kind.code(), Some(&c.form), c.issuer.as_deref(), Some(n), None))
            }
            _ => None,
        }
    };
    // "Perda Nomor 8 Tahun 2017" after "Perda DKI Nomor 8 Tahun 2017" (or a
    // bare "Peraturan Menteri" after "Permendagri"): the one fuller citation
    // of that number and year names the issuer for both
    let generic = |c: &Citation| match c.kind {
        Kind::Perda | Kind::Perkada => c.issuer.is_none(),
        Kind::Permen => c.issuer.is_none() && c.form == "Peraturan Menteri",
        _ => false,
    };
    let explicit_id = |c: &Citation| -> Option<String> {
        let id = explicit_id(c)?;
        if !generic(c) {
            return Some(id);
        }
        let mut fuller: Vec<String> = cites
            .iter()
            .filter(|d| {
                d.kind == c.kind
                    && !generic(d)
                    && d.number == c.number
                    && d.year == c.year
                    && (d.kind != Kind::Perkada || d.form == c.form)
            })
            .filter_map(explicit_id)
            .collect();
        fuller.dedup();
        match &fuller[..] {
            [one] => Some(one.clone()),
            _ => Some(id),
        }
    };
    let explicit_ids: Vec<String> = cites.iter().filter_map(explicit_id).collect();

    let mut pending = Vec::new();
    for (i, c) in cites.iter().enumerate() {
        let mention = doc.mention(c.start..c.end);
        let written = text[c.start..c.end].to_string();
        let (id, law, explicit) = if let Some(id) = explicit_id(c) {
            let entry = reg.by_id(&id);
            let title = c.title.clone().or_else(|| entry.map(|e| e.title.clone()));
            if let (Some(t), Some(e)) = (&c.title, entry)
                && !title_agrees(t, e)
            {
                found.warnings.push(Warning::new(
                    "law_title_mismatch",
                    format!("{written:?}: the registry titles {} {:?}", e.id, e.title),
                ));
            } else if let (Some(t), None) = (&c.title, entry) {
                let others = reg.by_short(c.kind.code(), &registry::key(t));
                if let Some(e) = others.first().map(|&k| &reg.entries[k]) {
                    found.warnings.push(Warning::new(
                        "law_title_mismatch",
                        format!("{written:?}: the registry knows {t:?} as {}", e.id),
                    ));
                }
            }
            let law = Law {
                id: id.clone(),
                kind: c.kind.code().to_string(),
                form: c.form.clone(),
                number: c.number.clone(),
                year: c.year,
                title,
                issuer: c.issuer.clone().or_else(|| {
                    (c.kind == Kind::Permen)
                        .then(|| reg.ministry_of_form(&c.form).map(|m| format!("Menteri {m}")))
                        .flatten()
                }),
                short_name: None,
                resolved: None,
                text: written,
                articles: Vec::new(),
                mentions: vec![mention],
            };
            (id, law, true)
        } else if let Some(k) = gloss_of(text, &cites, &cite_law, i) {
            // "UU Nomor 1 Tahun 2023 tentang … (KUHP)": a gloss of the citation before
            let b = &mut laws[k];
            b.law.mentions.push(mention);
            if b.law.short_name.is_none() {
                b.law.short_name = Some(written);
            }
            cite_law[i] = Some(k);
            continue;
        } else if !c.candidates.is_empty() {
            let ids: Vec<&str> = c.candidates.iter().map(|&k| reg.entries[k].id.as_str()).collect();
            let e = if let Some(local) = explicit_ids.iter().find(|x| ids.contains(&x.as_str())) {
                reg.by_id(local)
            } else {
                let a = anchor_cache.get_or_insert_with(|| {
                    let uud: Vec<Range<usize>> = cites
                        .iter()
                        .filter(|c| c.kind == Kind::Uud)
                        .map(|c| c.start..c.end)
                        .collect();
                    anchor(doc, &uud)
                });
                match a {
                    Some((d, _)) => reg.resolve(&c.candidates, *d),
                    None => {
                        let e = reg.resolve(&c.candidates, today());
                        if let Some(e) = e {
                            found.warnings.push(Warning::new(
                                "law_resolved_without_date",
                                format!(
                                    "{written:?} resolved to {} (in force today): the article states no date",
                                    e.id
                                ),
                            ));
                        }
                        e
                    }
                }
            };
            let Some(e) = e else { continue };
            let law = Law {
                id: e.id.clone(),
                kind: e.kind.clone(),
                form: c.form.clone(),
                number: Some(e.number.clone()),
                year: Some(e.year),
                title: Some(e.title.clone()),
                issuer: None,
                short_name: Some(written.clone()),
                resolved: Some("short_name".to_string()),
                text: written,
                articles: Vec::new(),
                mentions: vec![mention],
            };
            (e.id.clone(), law, false)
        } else if let (Kind::Uu, None, Some(t)) = (c.kind, &c.number, &c.title) {
            // "UU Penyiaran": named by a subject the registry does not know
            let id = format!("uu-{}", slug(t));
            let law = Law {
                id: id.clone(),
                kind: "UU".to_string(),
                form: c.form.clone(),
                number: None,
                year: None,
                title: Some(t.clone()),
                issuer: None,
                short_name: Some(written.clone()),
                resolved: None,
                text: written,
                articles: Vec::new(),
                mentions: vec![mention],
            };
            (id, law, false)
        } else if matches!(c.kind, Kind::Skb | Kind::Se) && c.number.is_none() {
            // unnumbered joint decrees and circulars: by year, else issuer and subject
            let prefix = if c.kind == Kind::Skb { "skb" } else { "se" };
            let id = match (c.year, &c.title) {
                (Some(y), _) => format!("{prefix}-{y}"),
                (None, Some(t)) => match (c.kind, &c.issuer) {
                    (Kind::Se, Some(i)) => format!("{prefix}-{}-{}", slug(i), slug(t)),
                    _ => format!("{prefix}-{}", slug(t)),
                },
                _ => prefix.to_string(),
            };
            let law = Law {
                id: id.clone(),
                kind: c.kind.code().to_string(),
                form: c.form.clone(),
                number: None,
                year: c.year,
                title: c.title.clone(),
                issuer: c.issuer.clone(),
                short_name: None,
                resolved: None,
                text: written,
                articles: Vec::new(),
                mentions: vec![mention],
            };
            (id, law, true)
        } else {
            pending.push(i);
            continue;
        };
        match index.get(&id) {
            Some(&k) => {
                let b = &mut laws[k];
                b.law.mentions.push(law.mentions[0].clone());
                // a fuller later citation completes a generic first one
                if b.law.form == "Peraturan Menteri" {
                    b.law.form = law.form.clone();
                }
                if b.law.issuer.is_none() && explicit {
                    b.law.issuer = law.issuer.clone();
                }
                if explicit && !b.explicit {
                    // a numbered citation beats an earlier short name
                    b.explicit = true;
                    b.law.resolved = None;
                    b.law.issuer = b.law.issuer.take().or(law.issuer);
                    if law.title.is_some() && c.title.is_some() {
                        b.law.title = law.title;
                    }
                } else if b.law.short_name.is_none() && law.short_name.is_some() {
                    b.law.short_name = law.short_name;
                }
                cite_law[i] = Some(k);
            }
            None => {
                index.insert(id, laws.len());
                cite_law[i] = Some(laws.len());
                laws.push(Builder { law, explicit });
            }
        }
    }

    // bare numbers ("PP 18", "PP Nomor 18 yang baru") join the law cited in full
    for &i in &pending {
        let c = &cites[i];
        let Some(n) = &c.number else { continue };
        let issuer = c.issuer.as_deref().map(region_slug);
        let hits: Vec<usize> = laws
            .iter()
            .enumerate()
            .filter(|(_, b)| {
                b.explicit
                    && b.law.kind == c.kind.code()
                    && b.law.number.as_deref().is_some_and(|m| {
                        // "Putusan MK 90" is 90/PUU-XXI
                        m == n
                            || c.kind == Kind::PutusanMk
                                && m.strip_prefix(n.as_str()).is_some_and(|r| r.starts_with('/'))
                    })
                    && (c.kind != Kind::Permen || b.law.form == c.form)
                    && (issuer.is_none() || b.law.issuer.as_deref().map(region_slug) == issuer)
            })
            .map(|(k, _)| k)
            .collect();
        if let [k] = hits[..] {
            laws[k].law.mentions.push(doc.mention(c.start..c.end));
            cite_law[i] = Some(k);
        }
    }

    // pasal chains: the citation right after, else the last law before in the paragraph
    let mut arts: Vec<(usize, usize, Vec<String>)> = Vec::new();
    for ch in &chains {
        let direct = cites.iter().position(|c| c.start == ch.law_at);
        let next_kind = grammar::type_at(text, ch.law_at);
        let next_capital = text.as_bytes().get(ch.law_at).is_some_and(u8::is_ascii_uppercase);
        let owner = direct
            .and_then(|j| cite_law[j])
            .or_else(|| {
                // "Pasal 10 UU tersebut": the last law of that type before
                let kind = next_kind.filter(|_| direct.is_none())?;
                cites
                    .iter()
                    .enumerate()
                    .filter(|(j, c)| c.end <= ch.start && c.kind == kind && cite_law[*j].is_some())
                    .max_by_key(|(_, c)| c.end)
                    .and_then(|(j, _)| cite_law[j])
            })
            .or_else(|| {
                // "Pasal 340 KUHPidana", "Pasal 5 Perkap": some other rule
                if direct.is_some() || next_kind.is_some() || next_capital {
                    return None;
                }
                let para = doc
                    .paragraphs
                    .iter()
                    .find(|p| p.start <= ch.start && ch.start < p.end.max(p.start + 1))?;
                cites
                    .iter()
                    .enumerate()
                    .filter(|(j, c)| c.end <= ch.start && c.start >= para.start && cite_law[*j].is_some())
                    .max_by_key(|(_, c)| c.end)
                    .and_then(|(j, _)| cite_law[j])
            });
        if let Some(k) = owner {
            arts.push((ch.start, k, ch.articles.clone()));
        }
    }
    arts.sort_by_key(|a| a.0);
    for (_, k, list) in arts {
        for a in list {
            if !laws[k].law.articles.contains(&a) {
                laws[k].law.articles.push(a);
            }
        }
    }

    // claimed spans: every citation that became (part of) a law
    let mut spans: Vec<Range<usize>> = cites
        .iter()
        .zip(&cite_law)
        .filter(|(_, l)| l.is_some())
        .map(|(c, _)| c.start..c.end)
        .collect();
    spans.sort_by_key(|r| (r.start, r.end));
    for r in spans {
        match found.claimed.last_mut() {
            Some(last) if r.start <= last.end => last.end = last.end.max(r.end),
            _ => found.claimed.push(r),
        }
    }

    for mut b in laws {
        b.law.mentions.sort();
        b.law.mentions.dedup();
        // the citation as first written, in text order
        b.law.text = b.law.mentions[0].text.clone();
        found.laws.push(b.law);
    }
    found.laws.sort_by_key(|l| l.mentions.first().map_or(0, |m| m.start));
    found
}

#[cfg(test)]
mod tests;
