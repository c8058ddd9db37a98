//! The citation grammar: given a position where a trigger word starts
//! ("Undang-Undang", "PP", "Perda", "Pasal", …), parse the citation or pasal
//! chain that begins there, locally, by hand, on bytes.
//!
//! Nothing here scans the document: [`super`] finds trigger words with one
//! Aho-Corasick pass and calls [`citation`] or [`pasal_chain`] at each. A
//! call looks at most a few hundred bytes ahead and never crosses a line
//! break, so the cost of the whole pass is the automaton's scan plus a
//! constant per trigger.
//!
//! ```text
//! citation  := TYPE ["(" ABBR ")"] ["RI" | "Republik Indonesia"] [ISSUER]
//!              ( NUMBER [YEAR] ["tentang" TITLE] | SHORT-NAME | "tentang" TITLE )
//! NUMBER    := ("Nomor" | "No." | "No" | "Nomer") [":"] NUM  |  NUM      NUM := 20 | 20/2023 | 35/14 | 60/PUU-XXII/2024
//! YEAR      := ("Tahun" | "tahun" | "Th.") YYYY                      (or "/YYYY" inside NUM)
//! chain     := PASAL NUM [X] [ayat] [huruf] [angka] [ke-N] ( ("," | dan | atau | juncto | jo. | subsider) PASAL ... )*
//! ```

use super::Kind;
use super::registry::{self, key, squash};

/// A parsed citation. Spans are byte offsets into the text.
#[derive(Debug, Clone, PartialEq)]
pub struct Citation {
    /// Start of the type word.
    pub start: usize,
    /// End of the whole citation, title included.
    pub end: usize,
    /// End of type, issuer, number and year (before " tentang …").
    pub core_end: usize,
    /// Type.
    pub kind: Kind,
    /// Specific form ("Undang-Undang", "Permendagri", "Perbup", "Qanun").
    pub form: String,
    /// Issuer as written ("Kabupaten Ketapang", "DKI", "Gubernur Jawa Barat").
    pub issuer: Option<String>,
    /// Number as written ("20", "60/PUU-XXII").
    pub number: Option<String>,
    /// Year.
    pub year: Option<i32>,
    /// Title as written, without "tentang".
    pub title: Option<String>,
    /// Registry entries a short name ("UU ASN") or a subject ("UU tentang
    /// Desa") may mean; empty for numbered citations.
    pub candidates: Vec<usize>,
}

/// A run of pasal references ("Pasal 12 huruf a dan Pasal 12 huruf b").
#[derive(Debug, Clone, PartialEq)]
pub struct PasalChain {
    /// Start of the first "Pasal".
    pub start: usize,
    /// End of the last reference.
    pub end: usize,
    /// Where a law citation would have to start to own these articles
    /// (after whitespace and "dari"/"dalam"/"pada"/"di").
    pub law_at: usize,
    /// The references, normalised ("9 ayat (2)", "12 huruf a", "132 ke-1").
    pub articles: Vec<String>,
}

struct Cur<'a> {
    t: &'a str,
    b: &'a [u8],
    end: usize,
}

fn is_w(c: u8) -> bool {
    c.is_ascii_alphanumeric()
}

impl<'a> Cur<'a> {
    fn new(t: &'a str, end: usize) -> Cur<'a> {
        Cur {
            t,
            b: t.as_bytes(),
            end,
        }
    }

    /// Skips spaces, tabs and no-break spaces (never a line break).
    fn ws(&self, mut p: usize) -> usize {
        while p < self.end {
            match self.b[p] {
                b' ' | b'\t' | b'\r' => p += 1,
                0xC2 if p + 1 < self.end && self.b[p + 1] == 0xA0 => p += 2,
                _ => break,
            }
        }
        p
    }

    /// End of the alphanumeric word starting at `p`, if one does.
    fn word_end(&self, p: usize) -> Option<usize> {
        if p >= self.end || !is_w(self.b[p]) {
            return None;
        }
        let mut q = p;
        while q < self.end && is_w(self.b[q]) {
            q += 1;
        }
        // a word glued to a non-ASCII letter is not a whole word
        if q < self.end && self.b[q] >= 0x80 && self.t[q..].chars().next().is_some_and(char::is_alphanumeric) {
            return None;
        }
        Some(q)
    }

    fn word(&self, p: usize) -> Option<(&'a str, usize)> {
        self.word_end(p).map(|q| (&self.t[p..q], q))
    }

    /// The word at `p` if it equals `w` (ASCII case-insensitive).
    fn kw(&self, p: usize, w: &str) -> Option<usize> {
        let (s, q) = self.word(p)?;
        s.eq_ignore_ascii_case(w).then_some(q)
    }

    /// After whitespace, the word equal to one of `ws`.
    fn kw_any(&self, p: usize, ws: &[&str]) -> Option<usize> {
        let p = self.ws(p);
        ws.iter().find_map(|w| self.kw(p, w))
    }

    fn byte(&self, p: usize) -> Option<u8> {
        (p < self.end).then(|| self.b[p])
    }

    /// Digits at `p`: (value, end), at most `max` of them.
    fn digits(&self, p: usize, max: usize) -> Option<(u32, usize)> {
        let mut q = p;
        while q < self.end && self.b[q].is_ascii_digit() {
            q += 1;
        }
        if q == p || q - p > max {
            return None;
        }
        Some((self.t[p..q].parse().ok()?, q))
    }

    /// Up to 8 words from `p` separated by spaces or hyphens: their spans
    /// (no allocation).
    fn words(&self, mut p: usize, n: usize) -> Words {
        let mut out = Words {
            spans: [(0, 0); 8],
            len: 0,
        };
        while out.len < n.min(8) {
            let Some(q) = self.word_end(p) else { break };
            out.spans[out.len] = (p, q);
            out.len += 1;
            let mut r = self.ws(q);
            if self.byte(r) == Some(b'-') {
                r = self.ws(r + 1);
            } else if r == q {
                break; // glued punctuation
            }
            p = r;
        }
        out
    }
}

/// Word spans found by [`Cur::words`].
struct Words {
    spans: [(usize, usize); 8],
    len: usize,
}

impl Words {
    fn as_slice(&self) -> &[(usize, usize)] {
        &self.spans[..self.len]
    }

    /// Do the words start with `want` (lower case), compared without case?
    fn starts_with(&self, t: &str, want: &[&str]) -> bool {
        want.len() <= self.len
            && want
                .iter()
                .zip(self.as_slice())
                .all(|(w, &(a, b))| t[a..b].eq_ignore_ascii_case(w))
    }
}

/// Type phrases, longest first within each family: lower-cased words, type,
/// form, and whether the first word must be written in capitals.
const PHRASES: &[(&[&str], Kind, &str, bool)] = &[
    (&["undang", "undang", "dasar"], Kind::Uud, "Undang-Undang Dasar", false),
    (&["uud"], Kind::Uud, "Undang-Undang Dasar", true),
    (
        &["peraturan", "pemerintah", "pengganti", "undang", "undang"],
        Kind::Perppu,
        "Peraturan Pemerintah Pengganti Undang-Undang",
        false,
    ),
    (&["perppu"], Kind::Perppu, "Perppu", false),
    (&["perpu"], Kind::Perppu, "Perppu", false),
    (&["undang", "undang"], Kind::Uu, "Undang-Undang", false),
    (&["uu"], Kind::Uu, "Undang-Undang", true),
    (&["peraturan", "pemerintah"], Kind::Pp, "Peraturan Pemerintah", false),
    (&["pp"], Kind::Pp, "Peraturan Pemerintah", true),
    (&["peraturan", "presiden"], Kind::Perpres, "Peraturan Presiden", false),
    (&["perpres"], Kind::Perpres, "Peraturan Presiden", false),
    (&["keputusan", "presiden"], Kind::Keppres, "Keputusan Presiden", false),
    (&["keppres"], Kind::Keppres, "Keputusan Presiden", false),
    (&["kepres"], Kind::Keppres, "Keputusan Presiden", false),
    (&["instruksi", "presiden"], Kind::Inpres, "Instruksi Presiden", false),
    (&["inpres"], Kind::Inpres, "Instruksi Presiden", false),
    (&["peraturan", "menteri"], Kind::Permen, "Peraturan Menteri", false),
    (&["peraturan", "daerah"], Kind::Perda, "Peraturan Daerah", false),
    (&["perda"], Kind::Perda, "Peraturan Daerah", false),
    (&["perdasi"], Kind::Perda, "Perdasi", false),
    (&["perdasus"], Kind::Perda, "Perdasus", false),
    (&["qanun"], Kind::Perda, "Qanun", false),
    (&["peraturan", "bupati"], Kind::Perkada, "Perbup", false),
    (&["perbup"], Kind::Perkada, "Perbup", false),
    (&["peraturan", "wali", "kota"], Kind::Perkada, "Perwal", false),
    (&["peraturan", "walikota"], Kind::Perkada, "Perwal", false),
    (&["perwal"], Kind::Perkada, "Perwal", false),
    (&["perwali"], Kind::Perkada, "Perwal", false),
    (&["perwako"], Kind::Perkada, "Perwal", false),
    (&["perwalkot"], Kind::Perkada, "Perwal", false),
    (&["peraturan", "gubernur"], Kind::Perkada, "Pergub", false),
    (&["pergub"], Kind::Perkada, "Pergub", false),
    (
        &["peraturan", "komisi", "pemilihan", "umum"],
        Kind::Pkpu,
        "Peraturan KPU",
        false,
    ),
    (&["peraturan", "kpu"], Kind::Pkpu, "Peraturan KPU", false),
    (&["pkpu"], Kind::Pkpu, "Peraturan KPU", false),
    (
        &["peraturan", "badan", "pengawas", "pemilihan", "umum"],
        Kind::Perbawaslu,
        "Peraturan Bawaslu",
        false,
    ),
    (&["peraturan", "bawaslu"], Kind::Perbawaslu, "Peraturan Bawaslu", false),
    (&["perbawaslu"], Kind::Perbawaslu, "Peraturan Bawaslu", false),
    (&["surat", "edaran"], Kind::Se, "Surat Edaran", false),
    (&["se"], Kind::Se, "Surat Edaran", true),
    (
        &["surat", "keputusan", "bersama"],
        Kind::Skb,
        "Surat Keputusan Bersama",
        false,
    ),
    (&["keputusan", "bersama"], Kind::Skb, "Surat Keputusan Bersama", false),
    (&["skb"], Kind::Skb, "Surat Keputusan Bersama", true),
    (
        &["putusan", "mahkamah", "konstitusi"],
        Kind::PutusanMk,
        "Putusan Mahkamah Konstitusi",
        false,
    ),
    (
        &["putusan", "mk"],
        Kind::PutusanMk,
        "Putusan Mahkamah Konstitusi",
        false,
    ),
    (&["putusan"], Kind::PutusanMk, "Putusan Mahkamah Konstitusi", false),
    (&["peraturan", "kapolri"], Kind::Lainnya, "Peraturan Kapolri", false),
    (
        &["peraturan", "kepala", "kepolisian", "negara"],
        Kind::Lainnya,
        "Peraturan Kapolri",
        false,
    ),
    (&["peraturan", "polri"], Kind::Lainnya, "Peraturan Polri", false),
    (
        &["peraturan", "kepolisian", "negara"],
        Kind::Lainnya,
        "Peraturan Polri",
        false,
    ),
    (&["perpol"], Kind::Lainnya, "Peraturan Polri", false),
    (
        &["peraturan", "mahkamah", "agung"],
        Kind::Lainnya,
        "Peraturan Mahkamah Agung",
        false,
    ),
    (
        &["peraturan", "jaksa", "agung"],
        Kind::Lainnya,
        "Peraturan Jaksa Agung",
        false,
    ),
    (&["peraturan", "dkpp"], Kind::Lainnya, "Peraturan DKPP", false),
    (&["peraturan", "bkn"], Kind::Lainnya, "Peraturan BKN", false),
    (
        &["peraturan", "badan", "kepegawaian", "negara"],
        Kind::Lainnya,
        "Peraturan BKN",
        false,
    ),
    (&["peraturan", "lkpp"], Kind::Lainnya, "Peraturan LKPP", false),
    (&["peraturan", "ojk"], Kind::Lainnya, "Peraturan OJK", false),
    (
        &["peraturan", "bank", "indonesia"],
        Kind::Lainnya,
        "Peraturan Bank Indonesia",
        false,
    ),
    (&["surat", "keputusan"], Kind::Lainnya, "Surat Keputusan", false),
    (&["keputusan"], Kind::Lainnya, "Keputusan", false),
    (&["sk"], Kind::Lainnya, "Surat Keputusan", true),
    (&["kuhp"], Kind::Uu, "Kitab Undang-Undang", true),
    (&["kuhap"], Kind::Uu, "Kitab Undang-Undang", true),
    (&["kuhpidana"], Kind::Uu, "Kitab Undang-Undang", false),
    (&["uupa"], Kind::Uu, "Undang-Undang", true),
];

const NUMBER_WORDS: &[&str] = &["nomor", "no", "nomer", "nmr"];
const YEAR_WORDS: &[&str] = &["tahun", "thn", "th"];
const LEVEL_WORDS: &[&str] = &["provinsi", "propinsi", "prov", "kabupaten", "kab", "kota", "kotamadya"];

/// Words that end a title written in lower case, and (compared without
/// case) words no title contains.
const TITLE_STOP: &[&str] = &[
    "yang",
    "juncto",
    "junto",
    "jo",
    "jis",
    "pasal",
    "ps",
    "ayat",
    "huruf",
    "subsider",
    "subsidair",
    "sebagaimana",
    "bahwa",
    "ini",
    "itu",
    "tersebut",
    "telah",
    "akan",
    "sudah",
    "yakni",
    "yaitu",
    "adalah",
    "merupakan",
    "kata",
    "ujar",
    "jelas",
    "tegas",
    "ucap",
    "tutur",
    "menurut",
    "agar",
    "karena",
    "maka",
    "namun",
    "tetapi",
    "sehingga",
    "sesuai",
    "diatur",
    "mengatur",
    "berlaku",
    "menyatakan",
    "disebutkan",
    "menyebutkan",
    "tertuang",
    "tercantum",
    "diubah",
    "dicabut",
    "pun",
    "juga",
    "lalu",
    "kemudian",
    "dengan",
    "hingga",
    "sampai",
    "serta",
    "bersama",
    "nomor",
];

/// Lower-case words a capitalised title may contain between its words.
const TITLE_JOINERS: &[&str] = &[
    "dan", "atau", "serta", "dalam", "terhadap", "atas", "di", "ke", "dari", "untuk", "bagi", "pada", "tentang",
    "antara", "oleh", "sebagai", "dengan", "mengenai", "tahun", "nomor",
];

/// Words after which a citation inside a title belongs to the title
/// ("Perubahan atas Peraturan Daerah Nomor 3 …") rather than starting a new
/// one ("… dan Peraturan Pemerintah Nomor 94 …").
const TITLE_NESTS_AFTER: &[&str] = &["atas", "penetapan", "pelaksanaan", "pencabutan"];

fn starts_upper(s: &str) -> bool {
    s.as_bytes()
        .first()
        .is_some_and(|c| c.is_ascii_uppercase() || c.is_ascii_digit())
}

fn all_upper(s: &str) -> bool {
    s.bytes().all(|c| !c.is_ascii_lowercase())
}

/// The type phrase at `p`: (kind, form, end, first word).
fn type_phrase(c: &Cur, p: usize) -> Option<(Kind, String, usize, &'static str)> {
    let ws = c.words(p, 5);
    let &(a0, b0) = ws.as_slice().first()?;
    let w0 = &c.t[a0..b0];
    // ministerial regulations written short: "Permendagri", "PermenPAN-RB", "Permen ESDM", "PMK"
    if (w0.len() >= 6 && w0[..6].eq_ignore_ascii_case("permen")) || matches!(w0, "PMK" | "PMA") {
        return permen_short(c, p);
    }
    for (words, kind, form, upper) in PHRASES {
        if ws.starts_with(c.t, words) {
            if *upper && !all_upper(w0) {
                continue;
            }
            let end = ws.spans[words.len() - 1].1;
            return Some((*kind, form.to_string(), end, words[0]));
        }
    }
    None
}

/// "Permendagri", "Permen PAN-RB", "PMK": the ministry form by alias.
fn permen_short(c: &Cur, p: usize) -> Option<(Kind, String, usize, &'static str)> {
    let r = registry::get();
    // up to three chunks joined by spaces, hyphens or slashes
    let mut chunks = Vec::new();
    let mut q = p;
    while chunks.len() < 3 {
        let Some(e) = c.word_end(q) else { break };
        chunks.push((q, e));
        let mut n = e;
        if matches!(c.byte(n), Some(b'-' | b'/')) {
            n += 1;
        } else {
            n = c.ws(n);
            if n == e {
                break;
            }
        }
        q = n;
    }
    let mut best = None;
    let mut acc = String::new();
    for &(a, e) in &chunks {
        acc.push_str(&squash(&c.t[a..e]));
        if let Some(m) = r.ministry_by_alias(&acc) {
            best = Some((m.form.clone(), e));
        }
    }
    if let Some((form, e)) = best {
        return Some((Kind::Permen, form, e, "permen"));
    }
    let (w, e) = c.word(p)?;
    if w.len() > 6 && w.to_ascii_lowercase().starts_with("permen") {
        // an unlisted ministry's short form, kept as written
        return Some((Kind::Permen, w.to_string(), e, "permen"));
    }
    if w.eq_ignore_ascii_case("permen") {
        return Some((Kind::Permen, "Peraturan Menteri".to_string(), e, "permen"));
    }
    None
}

/// After "Peraturan Menteri": the ministry ("Dalam Negeri", "PANRB").
fn ministry_after(c: &Cur, p: usize) -> Option<(String, usize)> {
    let r = registry::get();
    let ws = c.words(c.ws(p), 8);
    for (words, i) in &r.ministry_names {
        let want: Vec<&str> = words.iter().map(String::as_str).collect();
        if ws.starts_with(c.t, &want) {
            return Some((r.ministries[*i].form.clone(), ws.spans[words.len() - 1].1));
        }
    }
    // "Peraturan Menteri PANRB": the alias of "Permen" + the next words
    let mut acc = String::from("permen");
    let mut best = None;
    for &(a, e) in ws.as_slice().iter().take(3) {
        acc.push_str(&squash(&c.t[a..e]));
        if let Some(m) = r.ministry_by_alias(&acc) {
            best = Some((m.form.clone(), e));
        }
    }
    best
}

/// Skips "(PP)", "(Perda)": a short parenthetical without digits.
fn skip_paren(c: &Cur, p: usize) -> usize {
    let q = c.ws(p);
    if c.byte(q) != Some(b'(') {
        return p;
    }
    let mut r = q + 1;
    while r < c.end && r - q < 24 {
        match c.b[r] {
            b')' => return r + 1,
            b'0'..=b'9' | b'(' => return p,
            _ => r += 1,
        }
    }
    p
}

/// Issuing region after a Perda/Perkada type: ("Kabupaten Ketapang", end).
fn region_issuer(c: &Cur, p: usize) -> Option<(String, usize)> {
    let mut q = c.ws(p);
    let start = q;
    let mut end = None;
    if let Some((w, e)) = c.word(q)
        && LEVEL_WORDS.iter().any(|l| w.eq_ignore_ascii_case(l))
        && starts_upper(w)
    {
        let mut e2 = e;
        if c.byte(e2) == Some(b'.') {
            e2 += 1;
        }
        end = Some(e2);
        q = c.ws(e2);
    }
    let mut n = 0;
    while n < 4 {
        let Some((w, e)) = c.word(q) else { break };
        if !starts_upper(w)
            || w.as_bytes()[0].is_ascii_digit()
            || NUMBER_WORDS.iter().chain(YEAR_WORDS).any(|k| w.eq_ignore_ascii_case(k))
            || w.eq_ignore_ascii_case("tentang")
        {
            break;
        }
        end = Some(e);
        n += 1;
        q = c.ws(e);
    }
    let e = end?;
    if n == 0 {
        return None; // a level word alone names no region
    }
    Some((c.t[start..e].to_string(), e))
}

/// Issuer words before a number ("Gubernur Jawa Barat", "Mendagri", "3 Menteri").
fn free_issuer(c: &Cur, p: usize) -> Option<(String, usize)> {
    let start = c.ws(p);
    let mut q = start;
    let mut end = None;
    let mut n = 0;
    while n < 12 {
        let Some((w, e)) = c.word(q) else { break };
        if NUMBER_WORDS.iter().any(|k| w.eq_ignore_ascii_case(k)) || w.eq_ignore_ascii_case("tentang") {
            break;
        }
        let ok = starts_upper(w) || w == "dan";
        if !ok {
            break;
        }
        end = Some(e);
        n += 1;
        q = e;
        if matches!(c.byte(q), Some(b'-' | b'/')) && c.word_end(q + 1).is_some() {
            q += 1;
        } else {
            q = c.ws(q);
            // "Menteri PANRB, Mendagri, dan Kepala BKN"
            if c.byte(q) == Some(b',')
                && let Some((w2, _)) = c.word(c.ws(q + 1))
                && (starts_upper(w2) || w2 == "dan")
                && !NUMBER_WORDS.iter().any(|k| w2.eq_ignore_ascii_case(k))
            {
                q = c.ws(q + 1);
            }
        }
    }
    let e = end?;
    let s = c.t[start..e].trim_end_matches(" dan").to_string();
    Some((s, e))
}

struct Num {
    number: String,
    year: Option<i32>,
    end: usize,
}

fn two_digit_year(v: u32) -> i32 {
    if v <= 40 { 2000 + v as i32 } else { 1900 + v as i32 }
}

fn is_year(v: u32) -> bool {
    (1900..=2099).contains(&v)
}

/// "Nomor 20", "No. 20", "20/2023", "Nomor 60/PUU-XXII/2024" at `p`.
fn number(c: &Cur, p: usize, kind: Kind) -> Option<Num> {
    let mut q = c.ws(p);
    let mut keyword = false;
    if let Some(e) = NUMBER_WORDS.iter().find_map(|w| c.kw(q, w)) {
        keyword = true;
        q = e;
        if c.byte(q) == Some(b'.') {
            q += 1;
        }
        q = c.ws(q);
        if c.byte(q) == Some(b':') {
            q = c.ws(q + 1);
        }
    }
    let compound = matches!(kind, Kind::PutusanMk | Kind::Se | Kind::Skb | Kind::Lainnya);
    if compound {
        return compound_number(c, q, kind, keyword);
    }
    let (v, e) = c.digits(q, 4)?;
    if c.word_end(q) != Some(e) && !matches!(c.byte(e), Some(b'/')) {
        // "20a", "2x": not a number
        if c.word_end(q).is_some() {
            return None;
        }
    }
    // "20/2023", "42 /2004", "42 / 2004"
    let slash = c.ws(e);
    if c.byte(slash) == Some(b'/')
        && let ys = c.ws(slash + 1)
        && let Some((y, ye)) = c.digits(ys, 4)
        && c.word_end(ys) == Some(ye)
        && (ye - ys == 4 || slash == e && ys == e + 1)
    {
        let year = match ye - ys {
            4 if is_year(y) => y as i32,
            2 => two_digit_year(y),
            _ => return None,
        };
        return Some(Num {
            number: v.to_string(),
            year: Some(year),
            end: ye,
        });
    }
    if !keyword && (v == 0 || v > 999) {
        return None;
    }
    if v == 0 {
        return None;
    }
    Some(Num {
        number: v.to_string(),
        year: None,
        end: e,
    })
}

/// Numbers with letters and slashes: decisions, circulars, decrees.
fn compound_number(c: &Cur, p: usize, kind: Kind, keyword: bool) -> Option<Num> {
    // segments of letters, digits and inner dots, joined by "/" or "-"
    let seg = |q: usize| -> Option<usize> {
        let mut r = q;
        while r < c.end && (is_w(c.b[r]) || (c.b[r] == b'.' && r + 1 < c.end && is_w(c.b[r + 1]) && r > q)) {
            r += 1;
        }
        (r > q).then_some(r)
    };
    let first = seg(p)?;
    if !c.b[p].is_ascii_digit() && !keyword {
        return None;
    }
    if !keyword && kind != Kind::PutusanMk {
        return None;
    }
    let mut segs = vec![(p, first)];
    let mut q = first;
    loop {
        let r = c.ws(q);
        let Some(sep) = c.byte(r) else { break };
        if sep != b'/' && sep != b'-' {
            break;
        }
        let s = c.ws(r + 1);
        // spaces around a separator only inside a number that already has one
        if (r > q || s > r + 1) && segs.len() < 2 {
            break;
        }
        let Some(e) = seg(s) else { break };
        segs.push((s, e));
        q = e;
    }
    let (ls, le) = *segs.last()?;
    let last = &c.t[ls..le];
    let year = (segs.len() > 1 && last.len() == 4)
        .then(|| last.parse::<u32>().ok())
        .flatten()
        .filter(|&y| is_year(y))
        .map(|y| y as i32);
    let whole = &c.t[p..le];
    if kind == Kind::PutusanMk {
        let up = whole.to_ascii_uppercase();
        if !(up.contains("PUU") || up.contains("PHP") || up.contains("SKLN")) && segs.len() > 1 {
            return None;
        }
        if segs.len() == 1 {
            let (v, e) = c.digits(p, 4)?;
            if e != first {
                return None;
            }
            return Some(Num {
                number: v.to_string(),
                year: None,
                end: first,
            });
        }
        let number = match year {
            Some(_) => c.t[p..segs[segs.len() - 2].1].to_string(),
            None => whole.to_string(),
        };
        return Some(Num { number, year, end: le });
    }
    if segs.len() == 1 && !c.b[p].is_ascii_digit() {
        return None;
    }
    Some(Num {
        number: whole.to_string(),
        year,
        end: le,
    })
}

/// "Tahun 2023", "tahun 2023", "Th. 2023" at `p`.
fn year(c: &Cur, p: usize) -> Option<(i32, usize)> {
    let mut q = c.kw_any(p, YEAR_WORDS)?;
    if c.byte(q) == Some(b'.') {
        q += 1;
    }
    let q = c.ws(q);
    let (v, e) = c.digits(q, 4)?;
    (e - q == 4 && is_year(v) && c.word_end(q) == Some(e)).then_some((v as i32, e))
}

/// After "UUD"/"Undang-Undang Dasar": "Negara Republik Indonesia Tahun 1945", "NRI 1945", "45".
fn uud_tail(c: &Cur, p: usize) -> usize {
    let mut end = p;
    let mut q = p;
    for _ in 0..6 {
        let r = c.ws(q);
        let Some((w, e)) = c.word(r) else { break };
        let l = w.to_ascii_lowercase();
        if matches!(l.as_str(), "negara" | "republik" | "indonesia" | "nri" | "ri" | "tahun") {
            q = e;
            continue;
        }
        if w == "1945" || w == "45" {
            end = e;
        }
        break;
    }
    end
}

/// The citation starting at `p` (a trigger word), if any. `line_end`
/// bounds the look-ahead; `with_title` parses a "tentang …" title.
pub fn citation(t: &str, p: usize, line_end: usize, with_title: bool) -> Option<Citation> {
    // every type phrase starts with one of these letters
    if !matches!(
        t.as_bytes().get(p),
        Some(b'u' | b'U' | b'p' | b'P' | b'k' | b'K' | b'i' | b'I' | b'q' | b'Q' | b's' | b'S')
    ) {
        return None;
    }
    let c = Cur::new(t, line_end);
    let (kind, mut form, mut q, w0) = type_phrase(&c, p)?;
    let mut issuer = None;
    if matches!(w0, "kuhp" | "kuhap" | "kuhpidana" | "uupa") {
        let k = key(&t[p..q]);
        let cands = registry::get().by_short("UU", &k).to_vec();
        if cands.is_empty() {
            return None;
        }
        return Some(Citation {
            start: p,
            end: q,
            core_end: q,
            kind,
            form: "Undang-Undang".into(),
            issuer: None,
            number: None,
            year: None,
            title: None,
            candidates: cands,
        });
    }
    if kind == Kind::Uud {
        let e = uud_tail(&c, q).max(q);
        return Some(Citation {
            start: p,
            end: e,
            core_end: e,
            kind,
            form,
            issuer: None,
            number: None,
            year: Some(1945),
            title: None,
            candidates: Vec::new(),
        });
    }
    // "Perda Perda DKI": a doubled type word
    if let Some((w, e)) = c.word(c.ws(q))
        && w.eq_ignore_ascii_case(&t[p..q])
    {
        q = e;
    }
    q = skip_paren(&c, q);
    if matches!(
        kind,
        Kind::Uu | Kind::Pp | Kind::Perppu | Kind::Perpres | Kind::Keppres | Kind::Inpres
    ) {
        if let Some(e) = c.kw(c.ws(q), "RI") {
            q = e;
        } else if let Some(e) = c.kw(c.ws(q), "Republik")
            && let Some(e2) = c.kw(c.ws(e), "Indonesia")
        {
            q = e2;
        }
    }
    match kind {
        Kind::Permen if form == "Peraturan Menteri" => {
            if let Some((f, e)) = ministry_after(&c, q) {
                form = f;
                q = skip_paren(&c, e);
            } else if let Some((s, e)) = free_issuer(&c, q) {
                issuer = Some(s);
                q = e;
            }
        }
        Kind::Permen => q = skip_paren(&c, q),
        Kind::Perda | Kind::Perkada => {
            if let Some((s, e)) = region_issuer(&c, q) {
                issuer = Some(s);
                q = skip_paren(&c, e);
            }
        }
        Kind::Se | Kind::Lainnya | Kind::Skb => {
            if let Some((s, e)) = free_issuer(&c, q) {
                issuer = Some(s);
                q = skip_paren(&c, e);
            }
        }
        _ => {}
    }
    let num = number(&c, q, kind);
    let (mut number_s, mut yr, mut core_end) = match num {
        Some(n) => (Some(n.number), n.year, n.end),
        None => (None, None, q),
    };
    if number_s.is_some()
        && yr.is_none()
        && let Some((y, e)) = year(&c, core_end)
    {
        yr = Some(y);
        core_end = e;
    }
    let mut candidates = Vec::new();
    let mut subject = None;
    if number_s.is_none() {
        match kind {
            Kind::Skb => {
                // an unnumbered SKB needs a year or a title to be a citation
                if let Some((y, e)) = year(&c, core_end) {
                    yr = Some(y);
                    core_end = e;
                }
            }
            // "Surat Edaran Menteri PANRB tentang Netralitas ASN": an issuer and a subject
            Kind::Se if issuer.is_some() && c.kw_any(core_end, &["tentang"]).is_some() => {}
            Kind::Se | Kind::Lainnya | Kind::PutusanMk | Kind::Permen | Kind::Perda | Kind::Perkada => return None,
            _ => {
                // a short name: "UU ASN", "PP Disiplin PNS"
                if let Some((cands, e)) = short_name(&c, core_end, kind) {
                    // "UU Pemilu Nomor 7 Tahun 2017": the number wins
                    if let Some(n) = number(&c, e, kind) {
                        let y = n.year.map(|y| (y, n.end)).or_else(|| year(&c, n.end));
                        if let Some((y, ye)) = y {
                            number_s = Some(n.number);
                            yr = Some(y);
                            core_end = ye;
                        }
                    }
                    if number_s.is_none() {
                        candidates = cands;
                        core_end = e;
                    }
                } else if c.kw_any(core_end, &["tentang"]).is_none() {
                    // "UU Penyiaran": a law named by an unregistered subject
                    if kind != Kind::Uu {
                        return None;
                    }
                    subject = Some(unknown_subject(&c, core_end)?);
                }
            }
        }
    }
    let mut end = core_end;
    let mut title = None;
    if candidates.is_empty()
        && (with_title || number_s.is_none())
        && let Some(e) = c.kw_any(core_end, &["tentang"])
        && let Some((ts, te)) = title_at(&c, c.ws(e))
    {
        title = Some(t[ts..te].to_string());
        end = te;
    }
    if number_s.is_none() && candidates.is_empty() {
        match kind {
            Kind::Skb if yr.is_some() || title.is_some() => {}
            Kind::Se if title.is_some() => {}
            Kind::Se => return None,
            Kind::Skb => return None,
            _ if subject.is_some() => {
                let (ss, se) = subject?;
                title = Some(t[ss..se].to_string());
                end = se;
            }
            _ => {
                // "UU tentang Desa": the subject (its longest leading words
                // that are) a registry title or short name
                let (ts, _) = c.word(c.ws(c.kw_any(core_end, &["tentang"])?))?;
                let ts = ts.as_ptr() as usize - t.as_ptr() as usize;
                match short_name(&c, ts.saturating_sub(1).max(core_end), kind) {
                    Some((cands, e)) => {
                        candidates = cands;
                        title = Some(t[ts..e].to_string());
                        end = e;
                    }
                    // "UU tentang Penyiaran": an unregistered subject, capitalised and short
                    None if kind == Kind::Uu => {
                        let (ss, se) = unknown_subject(&c, ts.saturating_sub(1).max(core_end))?;
                        title = Some(t[ss..se].to_string());
                        end = se;
                    }
                    None => return None,
                }
            }
        }
    }
    Some(Citation {
        start: p,
        end,
        core_end,
        kind,
        form,
        issuer,
        number: number_s,
        year: yr,
        title,
        candidates,
    })
}

/// After citation `prev`: "dan Nomor 28 Tahun 2018", a second law of the
/// same type and issuer ("Peraturan Bawaslu Nomor 6 Tahun 2018 dan Nomor
/// 28 Tahun 2018"). Only a keyword number with a year qualifies.
pub fn continuation(t: &str, prev: &Citation, line_end: usize) -> Option<Citation> {
    let c = Cur::new(t, line_end);
    prev.year?;
    let mut q = c.ws(prev.end);
    if c.byte(q) == Some(b',') {
        q = c.ws(q + 1);
    }
    if let Some(e) = c.kw_any(q, &["dan", "serta", "atau"]) {
        q = c.ws(e);
    } else if q == c.ws(prev.end) {
        return None;
    }
    NUMBER_WORDS.iter().find_map(|w| c.kw(q, w))?;
    let n = number(&c, q, prev.kind)?;
    let (y, core_end) = match n.year {
        Some(y) => (y, n.end),
        None => year(&c, n.end)?,
    };
    let mut end = core_end;
    let mut title = None;
    if let Some(e) = c.kw_any(core_end, &["tentang"])
        && let Some((ts, te)) = title_at(&c, c.ws(e))
    {
        title = Some(t[ts..te].to_string());
        end = te;
    }
    Some(Citation {
        start: q,
        end,
        core_end,
        kind: prev.kind,
        form: prev.form.clone(),
        issuer: prev.issuer.clone(),
        number: Some(n.number),
        year: Some(y),
        title,
        candidates: Vec::new(),
    })
}

/// Words that never name a law's subject after "UU".
const SUBJECT_NOT: &[&str] = &[
    "nomor",
    "no",
    "nomer",
    "tahun",
    "dasar",
    "ri",
    "republik",
    "indonesia",
    "ini",
    "itu",
    "tersebut",
    "baru",
    "lama",
    "yang",
    "dan",
    "atau",
    "pasal",
    "tentang",
    "sebagai",
    "soal",
    "terkait",
    "telah",
    "tidak",
    "juga",
    "harus",
    "akan",
    "sudah",
    "belum",
    "hasil",
    "revisi",
    "perubahan",
    "lainnya",
    "sendiri",
    "terbaru",
    "khusus",
    "nasional",
    "negara",
    "daerah",
    "kita",
    "kami",
    "mereka",
    "dia",
    "ia",
    "saat",
    "sejak",
    "secara",
    "agar",
    "untuk",
    "bagi",
    "dalam",
    // offices and bodies start a clause, not a law's name
    "presiden",
    "wakil",
    "menteri",
    "gubernur",
    "bupati",
    "wali",
    "walikota",
    "camat",
    "lurah",
    "kepala",
    "ketua",
    "anggota",
    "sekda",
    "kapolres",
    "kapolda",
    "dpr",
    "dprd",
    "kpu",
    "bawaslu",
    "pemerintah",
    "pemkab",
    "pemprov",
    "pemkot",
    "mahkamah",
];

/// After "UU": a law named by its subject, 1 to 4 capitalised words
/// ("UU Penyiaran", "UU Perampasan Aset") that are not continued by a
/// lower-case joiner ("UU Perlindungan terhadap anak" is a description,
/// not a name) or a number.
fn unknown_subject(c: &Cur, p: usize) -> Option<(usize, usize)> {
    let start = c.ws(p);
    if start == p {
        return None;
    }
    let mut q = start;
    let mut end = None;
    let mut n = 0;
    while n < 4 {
        let Some((w, e)) = c.word(q) else { break };
        let lw = w.to_ascii_lowercase();
        if !starts_upper(w) || w.as_bytes()[0].is_ascii_digit() || SUBJECT_NOT.contains(&lw.as_str()) {
            break;
        }
        end = Some(e);
        n += 1;
        if matches!(c.byte(e), Some(b'-' | b'/')) && c.word_end(e + 1).is_some() {
            q = e + 1;
            continue;
        }
        q = c.ws(e);
        if q == e {
            break;
        }
    }
    let e = end?;
    if let Some((w, _)) = c.word(c.ws(e))
        && (w.as_bytes()[0].is_ascii_digit()
            || !starts_upper(w) && TITLE_JOINERS.contains(&w.to_ascii_lowercase().as_str()))
    {
        return None;
    }
    Some((start, e))
}

/// A registry short name of type `kind` at `p`: (entries, end).
fn short_name(c: &Cur, p: usize, kind: Kind) -> Option<(Vec<usize>, usize)> {
    let r = registry::get();
    let start = c.ws(p);
    if start == p && start < c.end {
        return None;
    }
    let mut ends = Vec::new();
    let mut q = start;
    while ends.len() < r.max_short_words {
        let Some(e) = c.word_end(q) else { break };
        ends.push(e);
        let n = if matches!(c.byte(e), Some(b'-' | b'/')) {
            e + 1
        } else {
            c.ws(e)
        };
        if n == e {
            break;
        }
        q = n;
    }
    let mut buf = Vec::new();
    for &e in ends.iter().rev() {
        let k = registry::key_into(&c.t[start..e], &mut buf);
        let v = r.by_short(kind.code(), k);
        if !v.is_empty() {
            return Some((v.to_vec(), e));
        }
    }
    None
}

/// Weekdays and months end a title: what follows is a date.
const TITLE_DATE_WORDS: &[&str] = &[
    "senin",
    "selasa",
    "rabu",
    "kamis",
    "jumat",
    "sabtu",
    "minggu",
    "januari",
    "februari",
    "maret",
    "april",
    "mei",
    "juni",
    "juli",
    "agustus",
    "september",
    "oktober",
    "november",
    "nopember",
    "desember",
];

/// Words that end a title whatever their case.
const TITLE_HARD_STOP: &[&str] = &[
    "jo",
    "juncto",
    "junto",
    "jis",
    "pasal",
    "ps",
    "ayat",
    "huruf",
    "subsider",
    "subsidair",
];

/// Does a numbered (or short-named) citation start at `q`?
fn citation_starts(c: &Cur, q: usize) -> bool {
    citation(c.t, q, c.end, false).is_some_and(|x| x.number.is_some() || !x.candidates.is_empty())
}

/// The title starting at `p` (after "tentang"): its byte span.
///
/// A title whose first word is capitalised runs over capitalised words and
/// the joiners between them ("Penghapusan Kekerasan dalam Rumah Tangga"),
/// over commas that open an enumeration closed by "dan"/"serta"
/// ("Pendaftaran, Verifikasi, dan Penetapan"), and over a citation nested
/// after "atas"; it ends at punctuation, at a lower-case word that is not a
/// joiner, or before a joiner that opens a new citation. A title written in
/// lower case ("pemilihan umum") runs to punctuation or a stop word, ten
/// words at most.
fn title_at(c: &Cur, p: usize) -> Option<(usize, usize)> {
    let (w0, _) = c.word(p)?;
    let l0 = w0.to_ascii_lowercase();
    if TITLE_STOP.contains(&l0.as_str()) || TITLE_HARD_STOP.contains(&l0.as_str()) {
        return None;
    }
    let capital = starts_upper(w0);
    let limit = if capital { 30 } else { 10 };
    let mut end = p; // end of the last word kept
    let mut q = p;
    let mut words = 0;
    let mut prev = String::new();
    let mut glue = false;
    while words < limit {
        q = c.ws(q);
        let Some(b) = c.byte(q) else { break };
        if b == b',' {
            if capital && comma_continues(c, q + 1) {
                q += 1;
                continue;
            }
            break;
        }
        if (b == b'/' || b == b'-') && q == end && c.word_end(q + 1).is_some() {
            // "Barang/Jasa", "Perundang-undangan"
            q += 1;
            glue = true;
            continue;
        }
        if b == b'.' && q == end && prev == "no" {
            q += 1;
            end = q;
            continue;
        }
        let Some((w, e)) = c.word(q) else { break };
        let lw = w.to_ascii_lowercase();
        if TITLE_HARD_STOP.contains(&lw.as_str()) || TITLE_DATE_WORDS.contains(&lw.as_str()) {
            break;
        }
        // a number in a title is a year or follows "Nomor": "27 November
        // 2024" or "6/8" after a title is a date, which stays unclaimed
        if w.as_bytes()[0].is_ascii_digit()
            && !(w.len() == 4 && w.bytes().all(|b| b.is_ascii_digit()) && c.byte(e) != Some(b'/'))
            && !matches!(prev.as_str(), "nomor" | "no" | "ke" | "angka")
        {
            break;
        }
        if words > 0 && !TITLE_NESTS_AFTER.contains(&prev.as_str()) && citation_starts(c, q) {
            break;
        }
        let glued = std::mem::take(&mut glue); // after "/" or "-"
        if capital {
            if starts_upper(w) || glued {
                end = e;
            } else if !(TITLE_JOINERS.contains(&lw.as_str()) && joiner_ok(c, e)) {
                break;
            }
        } else {
            if TITLE_STOP.contains(&lw.as_str()) && lw != "serta" {
                break;
            }
            if !matches!(lw.as_str(), "dan" | "atau" | "serta") {
                end = e;
            }
        }
        prev = lw;
        words += 1;
        q = e;
    }
    (end > p).then_some((p, end))
}

/// After a joiner word ending at `e`: is the next word capitalised (or a number)?
fn joiner_ok(c: &Cur, e: usize) -> bool {
    let q = c.ws(e);
    if let Some((w, _)) = c.word(q) {
        return starts_upper(w);
    }
    false
}

/// After a comma in a capitalised title: does an enumeration of capitalised
/// words closed by "dan"/"serta"/"atau" follow ("Pendaftaran, Verifikasi, dan Penetapan")?
fn comma_continues(c: &Cur, p: usize) -> bool {
    let mut q = p;
    for _ in 0..12 {
        q = c.ws(q);
        match c.byte(q) {
            Some(b',') => {
                q += 1;
                continue;
            }
            Some(b'/' | b'-') => {
                q += 1;
                continue;
            }
            _ => {}
        }
        let Some((w, e)) = c.word(q) else { return false };
        let lw = w.to_ascii_lowercase();
        if matches!(lw.as_str(), "dan" | "serta" | "atau") {
            return joiner_ok(c, e) && citation(c.t, c.ws(e), c.end, false).is_none_or(|x| x.number.is_none());
        }
        if !starts_upper(w) && !TITLE_JOINERS.contains(&lw.as_str()) {
            return false;
        }
        if TITLE_STOP.contains(&lw.as_str()) {
            return false;
        }
        q = e;
    }
    false
}

const PASAL_WORDS: &[&str] = &["pasal", "ps", "psl"];

/// The type of the type phrase at `p`, if one starts there ("UU
/// tersebut" → UU).
pub fn type_at(t: &str, p: usize) -> Option<Kind> {
    type_phrase(&Cur::new(t, t.len()), p).map(|x| x.0)
}

/// Is the word at `p` "Pasal" (or "Ps.", "Psl.")?
pub fn is_pasal_word(t: &str, p: usize) -> bool {
    let c = Cur::new(t, t.len());
    PASAL_WORDS.iter().any(|w| c.kw(p, w).is_some())
}

/// One reference after its "Pasal" word: normalised text and end.
fn pasal_ref(c: &Cur, p: usize) -> Option<(String, usize)> {
    let mut q = PASAL_WORDS.iter().find_map(|w| c.kw(p, w))?;
    if c.byte(q) == Some(b'.') {
        q += 1;
    }
    let q0 = c.ws(q);
    let (n, mut e) = c.digits(q0, 4)?;
    let mut out = n.to_string();
    // "27A", "76 D"
    if let Some(b) = c.byte(e)
        && b.is_ascii_uppercase()
        && c.word_end(q0) == Some(e + 1)
    {
        out.push(b as char);
        e += 1;
    } else if c.word_end(q0) != Some(e) {
        return None;
    } else {
        let s = c.ws(e);
        if s > e
            && let Some(b) = c.byte(s)
            && b.is_ascii_uppercase()
            && c.word_end(s) == Some(s + 1)
            && c.byte(s + 1) != Some(b'.')
        {
            out.push(b as char);
            e = s + 1;
        }
    }
    let mut end = e;
    loop {
        let s = c.ws(end);
        // "ayat (2)", "ayat 2", "(1)"
        let ayat_kw = c.kw(s, "ayat");
        let a0 = ayat_kw.map_or(s, |k| c.ws(k));
        if let Some((v, ae)) = paren_or_digits(c, a0, ayat_kw.is_some()) {
            out.push_str(&format!(" ayat ({v})"));
            end = ae;
            // "ayat (2) dan (3)"
            while let Some(k) = c.kw_any(end, &["dan", "atau"]).or_else(|| {
                let s2 = c.ws(end);
                (c.byte(s2) == Some(b',')).then_some(s2 + 1)
            }) {
                let k0 = c.ws(k);
                let Some((v2, e2)) = paren_or_digits(c, k0, false) else {
                    break;
                };
                let conj = c.t[end..k].trim();
                if conj == "," {
                    out.push_str(&format!(", ({v2})"));
                } else {
                    out.push_str(&format!(" {} ({v2})", conj.to_ascii_lowercase()));
                }
                end = e2;
            }
            continue;
        }
        if let Some(k) = c.kw(s, "huruf") {
            let h = c.ws(k);
            if let Some((w, he)) = c.word(h)
                && w.len() == 1
                && w.as_bytes()[0].is_ascii_alphabetic()
            {
                out.push_str(&format!(" huruf {}", w.to_ascii_lowercase()));
                end = he;
                // "huruf i dan j", "huruf a, b, dan c"
                loop {
                    let mut k2 = c.ws(end);
                    let comma = c.byte(k2) == Some(b',');
                    if comma {
                        k2 = c.ws(k2 + 1);
                    }
                    let conj = c.kw_any(k2, &["dan", "atau"]);
                    let mut k3 = conj.map_or(k2, |e| c.ws(e));
                    // "huruf a atau huruf b"
                    if let Some(h) = c.kw(k3, "huruf") {
                        k3 = c.ws(h);
                    }
                    if !comma && conj.is_none() {
                        break;
                    }
                    match c.word(k3) {
                        Some((x, xe))
                            if x.len() == 1 && x.as_bytes()[0].is_ascii_lowercase() && c.byte(xe) != Some(b'.') =>
                        {
                            let sep = match conj {
                                Some(e) => format!("{} ", c.t[c.ws(k2)..e].to_ascii_lowercase()),
                                None => String::new(),
                            };
                            out.push_str(&format!("{}{sep}{x}", if comma { ", " } else { " " }));
                            end = xe;
                        }
                        _ => break,
                    }
                }
                continue;
            }
        }
        if let Some(k) = c.kw(s, "angka") {
            let h = c.ws(k);
            if let Some((v, he)) = c.digits(h, 3) {
                out.push_str(&format!(" angka {v}"));
                end = he;
                continue;
            }
        }
        if let Some(k) = c.kw(s, "ke") {
            let mut h = c.ws(k);
            if c.byte(h) == Some(b'-') {
                h = c.ws(h + 1);
            }
            if let Some((v, he)) = c.digits(h, 2) {
                out.push_str(&format!(" ke-{v}"));
                end = he;
                continue;
            }
        }
        if c.byte(s) == Some(b'-')
            && let Some(k) = c.kw(s + 1, "ke")
            && let Some((v, he)) = c.digits(c.ws(if c.byte(k) == Some(b'-') { k + 1 } else { k }), 2)
        {
            out.push_str(&format!(" ke-{v}"));
            end = he;
            continue;
        }
        break;
    }
    Some((out, end))
}

/// "(2)" or, when `bare` is allowed, "2": the digits and the end.
fn paren_or_digits(c: &Cur, p: usize, bare: bool) -> Option<(u32, usize)> {
    if c.byte(p) == Some(b'(') {
        let (v, e) = c.digits(c.ws(p + 1), 3)?;
        let e = c.ws(e);
        return (c.byte(e) == Some(b')')).then_some((v, e + 1));
    }
    if bare {
        let (v, e) = c.digits(p, 3)?;
        return (c.word_end(p) == Some(e)).then_some((v, e));
    }
    None
}

/// The chain of pasal references starting at `p` ("Pasal …"), if any.
pub fn pasal_chain(t: &str, p: usize, line_end: usize) -> Option<PasalChain> {
    let c = Cur::new(t, line_end);
    let (first, mut end) = pasal_ref(&c, p)?;
    let mut articles = vec![first];
    loop {
        let s = c.ws(end);
        let mut k = s;
        if c.byte(k) == Some(b',') {
            k += 1;
        }
        let k1 = c.ws(k);
        let k2 = [
            "dan",
            "atau",
            "serta",
            "juncto",
            "junto",
            "jo",
            "subsider",
            "subsidair",
            "dan/atau",
        ]
        .iter()
        .find_map(|w| c.kw(k1, w))
        .map(|e| if c.byte(e) == Some(b'.') { e + 1 } else { e });
        let k2 = match k2 {
            Some(e) if c.t[k1..e].eq_ignore_ascii_case("dan") && c.byte(e) == Some(b'/') => {
                c.kw(e + 1, "atau").unwrap_or(e)
            }
            Some(e) => e,
            None if k > s => k,
            None => break,
        };
        let r = c.ws(k2);
        match pasal_ref(&c, r) {
            Some((a, e)) => {
                articles.push(a);
                end = e;
            }
            None => break,
        }
    }
    let mut law_at = c.ws(end);
    for _ in 0..2 {
        if let Some(e) = c.kw_any(law_at, &["dari", "dalam", "pada", "di"]) {
            law_at = c.ws(e);
        }
    }
    Some(PasalChain {
        start: p,
        end,
        law_at,
        articles,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn cite(s: &str) -> Option<Citation> {
        citation(s, 0, s.len(), true)
    }

    #[test]
    fn title_modes() {
        let c = cite("UU Nomor 7 tahun 2017 tentang pemilihan umum,” jelas").unwrap();
        assert_eq!(c.title.as_deref(), Some("pemilihan umum"));
        let c = cite("PKPU Nomor 12 Tahun 2017 tentang Pendaftaran, Verifikasi, dan Penetapan Partai Politik. Semula")
            .unwrap();
        assert_eq!(
            c.title.as_deref(),
            Some("Pendaftaran, Verifikasi, dan Penetapan Partai Politik")
        );
    }
}
