//! Officials (issue 6): who holds which office, named so that a dataset can
//! join on it.
//!
//! # The problem
//!
//! Indonesian news names its officials in a handful of shapes, and no public
//! NER model has an office type. "Bupati Ketapang Martin Rantan", "Ketua
//! sementara DPRD Kabupaten Gunung Mas, Kalimantan Tengah, Herbert Y Asin",
//! "Budianto Anggota Bawaslu Ketapang", "Yudhi Tri H, Ketua Komisi A DPRD
//! Kabupaten Kebumen", "Kasat Reskrim Polres Jakarta Selatan AKBP Eko Hadi
//! Santoso": an office head, an optional unit or body, an optional region,
//! then (or before) a name, with titles, ranks and degrees around it. Later
//! the same person comes back short: "Bupati Martin", "Herbert", "Sekda".
//!
//! # How the pass reads a document
//!
//! 1. **Tokens** (module `tokens`): words (inner dots kept: "S.Sos"), punctuation
//!    and paragraph breaks, with byte spans.
//! 2. **The document's own region names.** The regions pass's mentions come
//!    first (among regions of one name, the one of the office's level:
//!    "Bupati Ketapang" is the kabupaten, not the kecamatan). Besides them
//!    the pass learns the capitalised words after level cues ("Kabupaten
//!    Ketapang", "Pemkab Gumas", "Desa Sukamaju") and the dateline, and knows
//!    the provinces, their short forms and foreign countries
//!    (`data/officials_places.tsv`, `national` in `data/officials_words.tsv`).
//!    That is how "Ketapang" in "Bupati Ketapang Martin Rantan" is a region
//!    and "Martin Rantan" a name. A run learned right after an office
//!    ("Sekda Kabupaten Katingan Pransang,") may end in the holder's name, so
//!    only its first word is learned, as a weak guess that a following
//!    "…, NAME" may widen ("Kabupaten Gunung Mas, Herbert").
//! 3. **Offices** (`data/officials_offices.tsv`, about 500 forms with a
//!    canonical role, a level and a kind): at every word the longest form
//!    is matched, prefixes combining ("Plt" + "Kepala Dinas" = "Pelaksana
//!    Tugas Kepala Dinas"). An office right after "calon", "mantan",
//!    "Kantor", "Pemilihan", "Istri", "Piala" … is nobody's office. A
//!    lowercase head counts only for titles with a name after them ("anggota
//!    Bapemperda DPRD DKI Jakarta Bestari Barus"), never for "bupati".
//! 4. **The office's tail**: lowercase modifiers ("sementara"), unit words
//!    and acronyms ("Komisi A DPRD", "Humas dan Umum Ditjen Imigrasi"),
//!    nominalisations ("Pembentukan", "Kesehatan"), roman numerals ("Bidang
//!    III"), parenthesised short forms ("(Sekda)", "(PUPR)"), a body closed
//!    by its short form ("Nahdlatul Ulama (PBNU)"), an office after a bare
//!    title ("Juru Bicara Presiden"), "dari Fraksi Partai Golkar", regions,
//!    "RI". Then the name: `OFFICE …, NAME`; a rank or title marking its
//!    start ("… Polres Cilacap AKP Sumanto"); otherwise the name a run of
//!    capitalised words ends with, the words before it being the unit
//!    ("Direktur Eksekutif Indikator Politik Indonesia Burhanuddin
//!    Muhtadi"); several names after a plural cue ("dua Anggota DPRD …
//!    Dian Lestari dan Hartono"); paired offices ("Bupati dan Wakil Bupati
//!    X, A dan B"). The role is the canonical head plus the unit words as
//!    written; `role_text` is the office as written, region included.
//! 5. **Names before an office** for offices left without one: `NAME
//!    OFFICE`, `NAME, OFFICE`, `NAME (OFFICE`, `NAME selaku/merupakan
//!    OFFICE`. A lone word opening a sentence right before an office
//!    ("Kemarin Bupati …") is not taken.
//! 6. **Names** take capitalised words, initials ("Y", "M. Febriadi"),
//!    particles ("bin"), a two-letter tail ("Mahfud MD"), leading titles and
//!    ranks with their corps (to `honorifics`: "Dr.", "AKBP", "Letkol Laut
//!    (P)") and trailing degrees (to `degrees`: "S.Sos.", "M.Si"). Capitalised
//!    non-names ("Forkopimda", "Korpri", weekdays, "Pemkab"), office words,
//!    unit words (as first word) and strong regions end or refuse a name. A
//!    one-word name must not occur in lowercase elsewhere in the document,
//!    nor be a parenthesised short form ("(Dirjen Otda)").
//! 7. **People**: candidates with the same name tokens (initials ignored),
//!    or one contained in the other, are one person with the fullest name.
//!    A one-word name after an office ("Bupati Martin") joins the person it
//!    is part of, or the one holder of that office ("Presiden Jokowi" after
//!    "Presiden Joko Widodo"); after a territorial office with no region,
//!    in a document where the regions pass found nothing, it is read as the
//!    region. Then every later occurrence of a person's name (or a longer
//!    form of it: "Zumi Zola Zulkifli") or of one of its words becomes a
//!    mention, and a bare office ("Sekda", "lanjut Bupati") held by exactly
//!    one person is that person's mention. Bylined journalists and names
//!    credited after "Penulis", "Editor", "Foto" … are dropped.
//! 8. **Offices without a person** ("Kapolres Ketapang", "Ketua KPU") are
//!    grouped by role and region.
//!
//! # Cost
//!
//! Linear in the text: one byte-level pass for the words an office form
//! starts with (module `first_words`), one tokenisation (skipped when that
//! pass finds none), office forms tried at those words only, short bounded
//! look-arounds at each office, and a mention scan whose cost is tokens ×
//! people found (a handful). Tables are parsed once (`lexicon::LEXICON`),
//! never per document.

mod first_words;
mod lexicon;
mod tokens;

use std::borrow::Cow;
use std::cell::{Cell, OnceCell};
use std::ops::Range;

use crate::doc::Doc;
use crate::inline_list::InlineList;
use crate::record::{Mention, Office, Official, Region, RegionLevel};
use lexicon::{FastMap as HashMap, FastSet as HashSet, FormKind, LEXICON, Lexicon, PhraseSet, has_bare};
use tokens::{Kind, Tok, tokenize};

/// Builds this pass's tables (the lexicon and its first-word automaton) now
/// instead of on the first document, so that a caller with an idle thread
/// can overlap their cost with other start-up work. Cost: that build, once
/// per process; nothing after.
pub fn warm_up() {
    first_words::warm_up();
}

/// Finds named officials and unnamed offices in `doc`, linking offices to
/// `regions` (the regions pass's output; may be empty).
///
/// Returns the officials in order of first mention, each once with all its
/// mentions, and the offices named without a person. Cost: linear in the
/// text (see the module docs).
pub fn extract(doc: &Doc, regions: &[Region]) -> (Vec<Official>, Vec<Office>) {
    // every official and office hangs on an office form, so a text with no
    // form's first word yields nothing (about 40% of news articles)
    let mut starts = Vec::new();
    let exact = first_words::office_word_starts(&doc.text, &mut starts);
    if exact && starts.is_empty() {
        return (Vec::new(), Vec::new());
    }
    with_context(doc, regions, |cx| cx.run(exact.then_some(&starts)))
}

/// Runs `f` on the context of `doc` and its regions-pass `regions`. Cost:
/// a lowercased copy of the text and its tokenization.
fn with_context<R>(doc: &Doc, regions: &[Region], f: impl FnOnce(&Cx) -> R) -> R {
    // ASCII words' lowercase forms are slices of this copy, other words'
    // of the side buffer (see `tokens`)
    let lowered = doc.text.to_ascii_lowercase();
    let mut side = String::new();
    f(&Cx::new(doc, regions, &lowered, &mut side))
}

/// Number of office forms in the lexicon (at least 150).
pub fn office_form_count() -> usize {
    LEXICON.form_count
}

#[derive(Clone, Debug, PartialEq)]
struct RegionInfo {
    name: String,
    code: Option<String>,
}

/// An office form matched in the text. Borrowed from the lexicon (no
/// allocation: most matches only answer "is there an office here?") but
/// for the role of a prefixed office ("Pelaksana Tugas Kepala Dinas").
#[derive(Clone, Debug)]
struct OfficeSpec {
    role: Cow<'static, str>,
    level: &'static str,
    kind: FormKind,
    org: Option<&'static str>,
}

#[derive(Clone, Debug)]
struct NameParse {
    /// First token (honorifics included).
    start: usize,
    /// Token just past the name and its degrees.
    end: usize,
    /// Tokens of the name proper (initials and particles included).
    toks: NameToks,
    honorifics: Vec<String>,
    degrees: Vec<String>,
}

/// Most words a name proper takes.
const NAME_WORDS: usize = 6;

/// The token indices of a name proper (held inline: a name is parsed and
/// keyed at many words and most parses are dropped).
type NameToks = InlineList<usize, NAME_WORDS>;

/// A name's word keys (see `Cx::key_of`).
type NameKey<'a> = InlineList<&'a str, NAME_WORDS>;

#[derive(Clone, Debug)]
struct Hit {
    start: usize,
    head_end: usize,
    spec: OfficeSpec,
    cap: bool,
    not_holder: bool,
    /// The canonical role: the office's own (borrowed from the lexicon)
    /// when nothing was added to it, as most hits are.
    role: Cow<'static, str>,
    text_end: usize,
    region: Option<RegionInfo>,
    org: Option<String>,
    names: Vec<NameParse>,
    /// One word after a territorial office with no region: a short name or
    /// the region, decided once the people are known.
    guess: bool,
    bare: bool,
    /// After "para", "dua" …: several holders.
    plural: bool,
}

/// An office without a person being collected: role, region,
/// organisation, role as first written, mention spans.
type OfficeAcc = (String, Option<RegionInfo>, Option<String>, String, Vec<Range<usize>>);

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum Unit {
    None,
    Acronym,
    OrgWord,
    Region,
    Paren,
    Other,
}

struct Person<'a> {
    /// The name's word keys (see `key_of`).
    key: NameKey<'a>,
    name: String,
    name_len: usize,
    hit: usize,
    honorifics: Vec<String>,
    degrees: Vec<String>,
    mentions: Vec<Range<usize>>,
    first: usize,
}

struct Cx<'a> {
    doc: &'a Doc,
    text: &'a str,
    toks: Vec<Tok<'a>>,
    lx: &'static Lexicon,
    regions: &'a [Region],
    /// Regions-pass mentions as (start token, token past the mention,
    /// region index), by start token (see `regions_from`).
    region_starts: Vec<(usize, usize, usize)>,
    cue_phrases: PhraseSet,
    /// Words written in lowercase somewhere in the text (slices of it),
    /// built on first use: only a one-word name candidate asks, and most
    /// documents have none, so most never pay for the set.
    lower_words: OnceCell<HashSet<&'a str>>,
    /// Questions answered so far by scanning the tokens instead (see
    /// `written_lowercase`).
    lower_scans: Cell<u32>,
    /// Words of parenthesised short forms after a long form ("(Dirjen Otda)").
    abbrevs: HashSet<&'a str>,
    /// `name_word`'s answers so far, a byte per token.
    name_words: Vec<Cell<u8>>,
}

/// Strength of a learned region phrase: `SOLID` as written after a cue,
/// `WEAK` the first word of a run that may end in a name.
const SOLID: usize = 1;
const WEAK: usize = 2;

const DIRECTIONS: &[&str] = &["utara", "selatan", "barat", "timur", "tengah", "pusat", "daya", "raya"];
/// Heads that name a unit after them ("Kepala Seksi Haji", "Ketua Komisi").
const UNIT_HEADS: &[&str] = &[
    "Dinas",
    "Badan",
    "Biro",
    "Bagian",
    "Bidang",
    "Seksi",
    "Kantor",
    "Satuan",
    "Unit",
    "Divisi",
    "Pusat",
    "Kepala",
    "Ketua",
    "Direktur",
    "Sekretaris",
    "Koordinator",
    "Komandan",
    "Deputi",
];
const ROMAN: &[&str] = &["i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x", "xi", "xii"];
const LETTER_AFTER: &[&str] = &[
    "komisi", "bidang", "seksi", "bagian", "sub", "subbag", "unit", "pos", "fraksi",
];

impl<'a> Cx<'a> {
    fn new(doc: &'a Doc, regions: &'a [Region], lowered: &'a str, side: &'a mut String) -> Cx<'a> {
        let text = doc.text.as_str();
        let toks = tokenize(text, lowered, side);
        let lx = &*LEXICON;
        // regions-pass mentions by start token. Token starts and ends rise
        // with the text, so each mention's first and last token are found by
        // binary search on their char offsets: a few probes per mention, not
        // an offset per word
        let mut region_starts = Vec::new();
        for (ri, r) in regions.iter().enumerate() {
            for m in &r.mentions {
                let a = toks.partition_point(|t| doc.char_offset(t.start) < m.start);
                let b = toks.partition_point(|t| doc.char_offset(t.end) < m.end);
                if let (Some(ta), Some(tb)) = (toks.get(a), toks.get(b))
                    && ta.is_word()
                    && tb.is_word()
                    && doc.char_offset(ta.start) == m.start
                    && doc.char_offset(tb.end) == m.end
                    && b >= a
                {
                    region_starts.push((a, b + 1, ri));
                }
            }
        }
        // (stable: the mentions of one start keep their order)
        region_starts.sort_by_key(|m| m.0);
        let mut abbrevs = HashSet::default();
        // an opening parenthesis is a token of its own, and rare: found in
        // the bytes (a vector search) and its token by binary search,
        // instead of a test of every token (7.9M of the stage's 208M
        // instructions on mem2k)
        for p in memchr::memchr_iter(b'(', text.as_bytes()) {
            let i = toks.partition_point(|t| t.start < p);
            debug_assert!(toks[i].start == p && toks[i].is('('));
            if i > 0 && toks[i - 1].is_word() && toks[i - 1].cap {
                let close = (i + 1..(i + 6).min(toks.len())).find(|&k| toks[k].is(')'));
                if let Some(c) = close
                    && (i + 1..c).all(|k| toks[k].is_word() && toks[k].cap)
                {
                    abbrevs.extend((i + 1..c).map(|k| toks[k].lower));
                }
            }
        }
        let mut cx = Cx {
            doc,
            text,
            toks,
            lx,
            regions,
            region_starts,
            cue_phrases: PhraseSet::default(),
            lower_words: OnceCell::new(),
            lower_scans: Cell::new(0),
            name_words: Vec::new(),
            abbrevs,
        };
        cx.learn_cues();
        // after `learn_cues`: an answer depends on the learned region names
        cx.name_words = vec![Cell::new(0); cx.toks.len()];
        cx
    }

    fn word(&self, i: usize) -> Option<&Tok<'a>> {
        self.toks.get(i).filter(|t| t.is_word())
    }

    fn tok_text(&self, i: usize) -> &str {
        let t = &self.toks[i];
        &self.text[t.start..t.end]
    }

    fn span_text(&self, a: usize, b: usize) -> &str {
        if b <= a {
            return "";
        }
        &self.text[self.toks[a].start..self.toks[b - 1].end]
    }

    fn is_punct(&self, i: usize, c: char) -> bool {
        self.toks.get(i).is_some_and(|t| t.is(c))
    }

    /// Region names this document itself gives after level cues. A run
    /// right after an office ("Sekda Kabupaten Katingan Pransang") may end
    /// in the holder's name, so only its first word is learned (weakly).
    fn learn_cues(&mut self) {
        let mut found: HashMap<Vec<String>, usize> = HashMap::default();
        let n = self.toks.len();
        // a cue learns only a capitalised word right after it or after its
        // period: so each such word (one in five) looks back for a cue word
        // `i`, the others cost one field test (in the order of the cues, as
        // a word has at most one cue before it)
        for first in 1..n {
            let w = &self.toks[first];
            if !(w.is_word() && w.cap && !w.acronym) {
                continue;
            }
            let i = if self.toks[first - 1].is_word() {
                first - 1
            } else if first >= 2 && self.toks[first - 1].is('.') && self.toks[first - 2].is_word() {
                first - 2
            } else {
                continue;
            };
            if !self.lx.cues.contains(self.toks[i].lower) {
                continue;
            }
            let mut k = first;
            let mut keys = Vec::new();
            while let Some(w) = self.word(k) {
                if !w.cap || w.acronym || keys.len() >= 3 {
                    break;
                }
                let dir = DIRECTIONS.contains(&w.lower);
                if ((keys.is_empty() || !dir) && self.lx.nonnames.contains(w.lower))
                    || has_bare(&self.lx.honorifics, w.lower)
                    || self.lx.forms.longest(&self.toks, k).is_some()
                {
                    break;
                }
                keys.push(w.lower.to_string());
                k += 1;
            }
            if keys.is_empty() {
                continue;
            }
            if keys.len() > 1 && self.after_office(i) {
                keys.truncate(1);
                found.entry(keys).or_insert(WEAK);
            } else {
                found.insert(keys, SOLID);
            }
        }
        if let Some(d) = &self.doc.meta.dateline {
            let keys = lexicon::phrase_keys(d);
            if !keys.is_empty() && keys.len() <= 3 {
                found.insert(keys, SOLID);
            }
        }
        for (keys, strength) in found {
            self.cue_phrases.add_keys(keys, strength);
        }
    }

    /// Is token `i` inside an office phrase ("Ketua KPU Kabupaten …")?
    fn after_office(&self, i: usize) -> bool {
        let mut b = i;
        while b > 0 && b + 8 > i {
            b -= 1;
            let t = &self.toks[b];
            let inside = (t.is_word() && (t.cap || self.lx.modifiers.contains(t.lower))) || t.is('(') || t.is(')');
            if !inside {
                return false;
            }
            if self.lx.forms.longest(&self.toks, b).is_some() {
                return true;
            }
        }
        false
    }

    fn region_info_named(&self, name: &str, code: Option<String>) -> RegionInfo {
        let low = name.to_lowercase();
        let found = self.regions.iter().find(|r| lower_is(&r.name, &low));
        RegionInfo {
            name: found.map_or_else(|| name.to_string(), |r| r.name.clone()),
            code: found.map(|r| r.code.clone()).or(code),
        }
    }

    /// A region starting at token `j`: (token past it, region).
    /// `level` is the office's level ("kabupaten", "any", …): among regions
    /// of one name the one of that level (or of the level word written) wins,
    /// else the highest.
    fn region_at(&self, j: usize, level: &str) -> Option<(usize, RegionInfo, bool)> {
        let t = self.word(j)?;
        if !t.cap {
            return None;
        }
        let (k, has_level) = match self.lx.levels.longest(&self.toks, j) {
            Some((e, _)) => (if self.is_punct(e, '.') { e + 1 } else { e }, true),
            None => (j, false),
        };
        let want = if has_level { t.lower } else { level };
        let want = match want {
            "provinsi" | "prov" => Some(RegionLevel::Provinsi),
            "kabupaten" | "kab" => Some(RegionLevel::Kabupaten),
            "kota" => Some(RegionLevel::Kota),
            "kecamatan" | "kec" | "distrik" => Some(RegionLevel::Kecamatan),
            "desa" | "kelurahan" | "kel" | "nagari" | "gampong" => Some(RegionLevel::Desa),
            _ => None,
        };
        for s in [j, k] {
            let best = self
                .regions_from(s)
                .iter()
                .filter(|m| m.1 > k)
                .min_by_key(|&&(_, e, ri)| {
                    let lv = self.regions[ri].level;
                    (std::cmp::Reverse(e), Some(lv) != want, lv)
                });
            if let Some(&(_, e, ri)) = best {
                let r = &self.regions[ri];
                return Some((
                    e,
                    RegionInfo {
                        name: r.name.clone(),
                        code: Some(r.code.clone()),
                    },
                    false,
                ));
            }
        }
        let tk = self.word(k)?;
        if !tk.cap {
            return None;
        }
        if let Some((e, pi)) = self.lx.place_forms.longest(&self.toks, k) {
            let mut e2 = e;
            while self.word(e2).is_some_and(|w| w.cap && DIRECTIONS.contains(&w.lower)) {
                e2 += 1;
            }
            let p = &self.lx.places[pi];
            let info = if e2 > e {
                self.region_info_named(self.span_text(k, e2), None)
            } else {
                self.region_info_named(&p.name, Some(p.code.clone()))
            };
            return Some((e2, info, false));
        }
        if self.lx.nonnames.contains(tk.lower) || self.lx.forms.longest(&self.toks, k).is_some() {
            return None;
        }
        if let Some((e, strength)) = self.cue_phrases.longest(&self.toks, k) {
            return Some((e, self.region_info_named(self.span_text(k, e), None), strength == WEAK));
        }
        if has_level && !tk.acronym && !has_bare(&self.lx.honorifics, tk.lower) {
            return Some((k + 1, self.region_info_named(self.tok_text(k), None), true));
        }
        None
    }

    /// The office form at token `i` (prefixes combined): (token past it, office).
    fn office_at(&self, i: usize) -> Option<(usize, OfficeSpec)> {
        for (e, p) in self.lx.forms.each_at(&self.toks, i) {
            let o = &self.lx.offices[p];
            if o.kind == FormKind::Prefix {
                let mut e1 = e;
                if self.is_punct(e1, '.') {
                    e1 += 1;
                }
                if let Some((e2, inner)) = self.office_at(e1) {
                    return Some((
                        e2,
                        OfficeSpec {
                            role: Cow::Owned(format!("{} {}", o.role, inner.role)),
                            level: inner.level,
                            kind: inner.kind,
                            org: inner.org,
                        },
                    ));
                }
                continue;
            }
            return Some((
                e,
                OfficeSpec {
                    role: Cow::Borrowed(o.role.as_str()),
                    level: o.level.as_str(),
                    kind: o.kind,
                    org: o.org.as_deref(),
                },
            ));
        }
        None
    }

    fn is_honorific_at(&self, i: usize) -> bool {
        let Some(t) = self.word(i) else { return false };
        if !has_bare(&self.lx.honorifics, t.lower) {
            return false;
        }
        // "dr." is written in lowercase; other titles are capitalised
        let dotted_lower = self.is_punct(i + 1, '.') && matches!(t.lower, "dr" | "drg" | "drh" | "ir");
        if !t.cap && !dotted_lower {
            return false;
        }
        // a title is followed by its period, by the name or by a corps mark "(P)"
        self.is_punct(i + 1, '.') || self.is_punct(i + 1, '(') || self.word(i + 1).is_some_and(|n| n.cap)
    }

    fn is_initial(&self, i: usize) -> bool {
        self.word(i)
            .is_some_and(|t| t.cap && t.lower.chars().count() == 1 && t.lower.chars().all(char::is_alphabetic))
    }

    fn nominalisation(t: &Tok) -> bool {
        let l = &t.lower;
        l.chars().count() >= 7 && (l.starts_with("pe") || l.starts_with("ke")) && l.ends_with("an")
    }

    /// Can the word at `i` be part of a person's name (`first`: its first
    /// word)? Remembered per token: a run of capitalised words is parsed
    /// as a name from each of its words in turn (`last_name_in_run`), so
    /// the same words are asked again and again, and an answer costs a
    /// dozen table lookups. Cost after the first ask: one byte load.
    fn name_word(&self, i: usize, first: bool) -> bool {
        // (no memo past the tokens, nor before it is made: see `new`)
        let Some(memo) = self.name_words.get(i) else {
            return self.judge_name_word(i, first);
        };
        // bit 0 (1 if `first`): known; bit 2 (3): the answer
        let known = 1u8 << (2 * u8::from(first));
        let m = memo.get();
        if m & known != 0 {
            return m & (known << 1) != 0;
        }
        let yes = self.judge_name_word(i, first);
        memo.set(m | known | if yes { known << 1 } else { 0 });
        yes
    }

    /// `name_word` worked out.
    fn judge_name_word(&self, i: usize, first: bool) -> bool {
        let Some(t) = self.word(i) else { return false };
        if !t.cap || t.acronym || !t.lower.chars().next().is_some_and(char::is_alphabetic) {
            return false;
        }
        if self.lx.nonnames.contains(t.lower) || self.lx.journalists.contains(t.lower) {
            return false;
        }
        // "Sambungnya", "Menurutnya": a word with the -nya clitic is no name
        if t.lower.ends_with("nya") && t.lower.chars().count() >= 7 {
            return false;
        }
        if self.lx.forms.longest(&self.toks, i).is_some() {
            return false;
        }
        if first
            && (self.lx.orgwords.longest(&self.toks, i).is_some()
                || self.lx.orgs.contains(t.lower)
                || self.lx.parties.longest(&self.toks, i).is_some()
                || Self::nominalisation(t))
        {
            return false;
        }
        if self.strong_region_at(i)
            || self.lx.place_forms.longest(&self.toks, i).is_some()
            || self.cue_phrases.longest(&self.toks, i).is_some()
        {
            return false;
        }
        true
    }

    /// Does a regions-pass mention start at token `i` that no name can be?
    /// Kabupaten, kota and provinsi always; a kecamatan or desa (names like
    /// "Rahmat" or "Harapan") only right after its level word.
    fn strong_region_at(&self, i: usize) -> bool {
        let cands = self.regions_from(i);
        if cands.is_empty() {
            return false;
        }
        let cued = i > 0 && self.lx.levels.longest(&self.toks, i - 1).is_some();
        cands
            .iter()
            .any(|&(_, _, ri)| cued || self.regions[ri].level <= RegionLevel::Kota)
    }

    /// The regions-pass mentions starting at token `i`, in the order the
    /// regions pass gave them. Cost: two binary searches (a document has a
    /// few dozen mentions; a map of lists cost allocations per start).
    fn regions_from(&self, i: usize) -> &[(usize, usize, usize)] {
        let all = &self.region_starts;
        let a = all.partition_point(|m| m.0 < i);
        let b = a + all[a..].partition_point(|m| m.0 == i);
        &all[a..b]
    }

    /// A person's name starting at token `i`.
    fn parse_name(&self, i: usize) -> Option<NameParse> {
        let mut j = i;
        let mut honorifics = Vec::new();
        while honorifics.len() < 5 {
            let after_rank = !honorifics.is_empty()
                && self.word(j).is_some_and(|t| {
                    matches!(t.lower, "tni" | "pol" | "polri") && self.word(j + 1).is_some_and(|n| n.cap)
                });
            if !after_rank && !self.is_honorific_at(j) {
                break;
            }
            let mut h = self.tok_text(j).to_string();
            j += 1;
            if self.is_punct(j, '.') {
                h.push('.');
                j += 1;
            }
            // a corps mark: "Letkol Laut (P)"
            if self.is_punct(j, '(')
                && self.word(j + 1).is_some_and(|t| t.cap && t.lower.chars().count() <= 3)
                && self.is_punct(j + 2, ')')
            {
                h.push_str(&format!(" ({})", self.tok_text(j + 1)));
                j += 3;
            }
            honorifics.push(h);
        }
        let mut toks = NameToks::default();
        let mut real = 0;
        while toks.len() < NAME_WORDS {
            let initial_first = toks.is_empty() && {
                let n = if self.is_punct(j + 1, '.') { j + 2 } else { j + 1 };
                self.name_word(n, true) && !self.is_initial(n)
            };
            if self.is_initial(j) && (!toks.is_empty() || initial_first) {
                toks.push(j);
                j += 1;
                if self.is_punct(j, '.') && self.word(j + 1).is_some_and(|t| t.cap) {
                    j += 1;
                }
                continue;
            }
            if let Some(t) = self.word(j)
                && !t.cap
                && !toks.is_empty()
                && self.lx.particles.contains(t.lower)
                && self.name_word(j + 1, false)
            {
                toks.push(j);
                j += 1;
                continue;
            }
            if real > 0
                && let Some(t) = self.word(j)
                && t.acronym
                && t.lower.chars().count() == 2
                && !self.lx.orgs.contains(t.lower)
                && !self.lx.degrees.contains(t.lower)
                && !self.lx.nonnames.contains(t.lower)
                && self.lx.national.longest(&self.toks, j).is_none()
                && self.lx.place_forms.longest(&self.toks, j).is_none()
                && self.office_at(j).is_none()
            {
                // "Mahfud MD"
                toks.push(j);
                j += 1;
                continue;
            }
            if self.name_word(j, toks.is_empty()) && !self.is_initial(j) {
                toks.push(j);
                real += 1;
                j += 1;
                continue;
            }
            break;
        }
        if real == 0 {
            return None;
        }
        // trailing degrees: "Herbert Y Asin, S.H., M.Si."
        let mut degrees = Vec::new();
        loop {
            let comma = self.is_punct(j, ',');
            let k = if comma { j + 1 } else { j };
            let Some(t) = self.word(k) else { break };
            let word = self.tok_text(k);
            let dotted = word.contains('.') || self.is_punct(k + 1, '.');
            let uppers = word.chars().filter(|c| c.is_uppercase()).count();
            if !(has_bare(&self.lx.degrees, t.lower) && (dotted || comma || uppers >= 2)) {
                break;
            }
            let mut d = word.to_string();
            j = k + 1;
            if self.is_punct(j, '.') {
                d.push('.');
                j += 1;
            }
            degrees.push(d);
        }
        Some(NameParse {
            start: i,
            end: j,
            toks,
            honorifics,
            degrees,
        })
    }

    /// A unit word or phrase at `j` (`prev` is the unit before): its length and kind.
    fn unit_at(&self, j: usize, prev: Unit) -> Option<(usize, Unit)> {
        let t = self.word(j)?;
        if !t.cap || self.is_honorific_at(j) {
            return None;
        }
        if matches!(t.lower, "pt" | "cv" | "ud") {
            // a company: "PT Osma Grup"
            let mut e = j + 1;
            while e < j + 6 && self.word(e).is_some_and(|w| w.cap) && self.office_at(e).is_none() {
                e += 1;
            }
            return Some((e - j, Unit::OrgWord));
        }
        if t.lower == "partai" {
            // "Partai Islam, Damai, dan Aman (Idaman)": through the short form
            let mut k = j + 1;
            let mut listed = false;
            while k < j + 12 {
                match self.toks.get(k) {
                    Some(w) if w.is_word() && (w.cap || w.lower == "dan") => {
                        listed |= w.lower == "dan";
                        k += 1
                    }
                    Some(p) if p.is(',') => {
                        listed = true;
                        k += 1
                    }
                    Some(p) if p.is('(') => {
                        if listed && let Some(close) = self.paren_group(k) {
                            return Some((close + 1 - j, Unit::Paren));
                        }
                        break;
                    }
                    _ => break,
                }
            }
        }
        if matches!(prev, Unit::OrgWord | Unit::Acronym | Unit::None)
            && self.tok_text(j).chars().all(|c| c.is_uppercase())
            && ROMAN.contains(&t.lower)
        {
            return Some((1, Unit::Other));
        }
        if let Some((e, _)) = self.lx.parties.longest(&self.toks, j) {
            return Some((e - j, Unit::Acronym));
        }
        if let Some((e, _)) = self.lx.orgwords.longest(&self.toks, j) {
            return Some((e - j, Unit::OrgWord));
        }
        if t.acronym || self.lx.orgs.contains(t.lower) {
            return Some((1, Unit::Acronym));
        }
        if Self::nominalisation(t) {
            return Some((1, Unit::OrgWord));
        }
        if j > 0 && self.is_initial(j) && self.word(j - 1).is_some_and(|p| LETTER_AFTER.contains(&p.lower)) {
            return Some((1, Unit::Other));
        }
        None
    }

    /// A parenthesised short form at `j` ("(Sekda)", "(PUPR)"): its closing token.
    fn paren_group(&self, j: usize) -> Option<usize> {
        if !self.is_punct(j, '(') {
            return None;
        }
        for k in j + 1..(j + 10).min(self.toks.len()) {
            let t = &self.toks[k];
            if t.is(')') {
                return (k > j + 1).then_some(k);
            }
            let ok = (t.is_word() && (t.cap || t.lower == "dan")) || t.is(',') || t.is('-') || t.is('/');
            if !ok {
                return None;
            }
        }
        None
    }

    /// Is the name at token `i` a credit ("Penulis: Fauzi", "Foto: Budi")?
    fn journalist_before(&self, i: usize) -> bool {
        let mut k = i;
        while k > 0 {
            k -= 1;
            let t = &self.toks[k];
            match t.kind {
                Kind::Break => return false,
                Kind::Word => return self.lx.journalists.contains(t.lower),
                Kind::Punct(_) => {}
            }
        }
        false
    }

    /// Reads the office at token `i` with everything that follows it.
    fn read_hit(&self, i: usize, end: usize, spec: OfficeSpec) -> Hit {
        let prev = (i > 0).then(|| self.word(i - 1)).flatten();
        let not_holder = prev.is_some_and(|p| self.lx.notholders.contains(p.lower));
        let plural_cue = prev.is_some_and(|p| self.lx.plurals.contains(p.lower));
        let plural = plural_cue || spec.role.starts_with("Anggota");
        let mut hit = Hit {
            start: i,
            head_end: end,
            cap: self.toks[i].cap,
            not_holder,
            // set once the unit words are known
            role: Cow::Borrowed(""),
            text_end: end,
            region: None,
            org: spec.org.map(str::to_string),
            names: Vec::new(),
            guess: false,
            bare: true,
            plural: plural_cue,
            spec,
        };
        let level = hit.spec.level;
        // tokens of the first region and whether it is a guess
        let mut region_span = (0, 0, false);
        let mut parts: Vec<usize> = Vec::new();
        let mut party: Option<String> = None;
        let mut j = end;
        while self
            .word(j)
            .is_some_and(|t| !t.cap && self.lx.modifiers.contains(t.lower))
        {
            parts.push(j);
            j += 1;
        }
        let mut last = Unit::None;
        loop {
            if let Some(close) = self.paren_group(j) {
                j = close + 1;
                hit.text_end = j;
                last = Unit::Paren;
                continue;
            }
            // a unit name that holds a region's name ("Polda Metro Jaya")
            if let Some((e, _)) = self.lx.orgwords.longest(&self.toks, j)
                && e >= j + 2
                && self.region_at(j, level).is_none_or(|(re, _, _)| re < e)
            {
                parts.extend(j..e);
                j = e;
                hit.text_end = j;
                last = Unit::OrgWord;
                continue;
            }
            if let Some((e, info, weak)) = self.region_at(j, level) {
                if hit.region.is_none() {
                    hit.region = Some(info);
                    region_span = (j, e, weak);
                }
                j = e;
                hit.text_end = j;
                last = Unit::Region;
                // "Gunung Mas, Kalimantan Tengah, …"
                if self.is_punct(j, ',')
                    && let Some((e2, _, _)) = self.region_at(j + 1, level)
                    && self.lx.place_forms.longest(&self.toks, j + 1).is_some()
                {
                    j = e2;
                    hit.text_end = j;
                }
                continue;
            }
            if let Some((e, _)) = self.lx.national.longest(&self.toks, j)
                && self.toks[j].cap
            {
                j = e;
                hit.text_end = j;
                last = Unit::Region;
                continue;
            }
            if hit.spec.kind == FormKind::Title
                && parts.is_empty()
                && last == Unit::None
                && j == hit.head_end
                && let Some((e, _)) = self.office_at(j)
            {
                // "Juru Bicara Presiden", "Staf Ahli Bupati": the office is the unit
                parts.extend(j..e);
                j = e;
                hit.text_end = j;
                last = Unit::OrgWord;
                continue;
            }
            if let Some((len, kind)) = self.unit_at(j, last) {
                if party.is_none() && t_is(self, j, "partai") && kind != Unit::Paren {
                    // "Partai Kebangkitan Bangsa (PKB)": the party as written
                    let mut e = j + 1;
                    while self.word(e).is_some_and(|t| t.cap) && self.region_at(e, level).is_none() {
                        e += 1;
                    }
                    if e > j + 1 {
                        party = Some(self.span_text(j, e).to_string());
                    }
                }
                if party.is_none() {
                    if kind == Unit::Paren {
                        // "Partai … (Idaman)"
                        let close = j + len - 1;
                        party = Some(format!("Partai {}", self.span_text(close - 1, close)));
                    } else if let Some((e, _)) = self.lx.parties.longest(&self.toks, j) {
                        party = Some(self.span_text(j, e).to_string());
                    }
                }
                if kind == Unit::Other && hit.spec.kind == FormKind::Territorial {
                    // "Pangdam XII": the unit number stays out of the role
                } else if kind == Unit::Paren {
                    // keep the long name in the role, not the parenthesis
                    let close = j + len - 1;
                    let open = (j..close).rfind(|&k| self.is_punct(k, '(')).unwrap_or(close);
                    parts.extend(j..open);
                } else {
                    parts.extend(j..j + len);
                }
                j += len;
                hit.text_end = j;
                last = kind;
                continue;
            }
            if self
                .word(j)
                .is_some_and(|t| t.lower.chars().all(|c| c.is_ascii_digit()))
            {
                j += 1;
                hit.text_end = j;
                last = Unit::Other;
                // "Dandim 1204/Sanggau", "Danrem 121/Abw"
                if self.is_punct(j, '/') && self.word(j + 1).is_some_and(|t| t.cap) {
                    j += 1;
                }
                continue;
            }
            if self.word(j).is_some_and(|t| t.lower == "dari" || t.lower == "untuk")
                && self.word(j + 1).is_some_and(|t| {
                    matches!(t.lower, "fraksi" | "partai" | "dapil")
                        || self.lx.parties.longest(&self.toks, j + 1).is_some()
                        || self.lx.national.longest(&self.toks, j + 1).is_some()
                })
            {
                // "Anggota DPRD Kalbar dari Partai NasDem, …": in the text, not the role
                let mut e = j + 1;
                while let Some((len, _)) = self.unit_at(e, Unit::OrgWord).or_else(|| {
                    self.lx
                        .national
                        .longest(&self.toks, e)
                        .map(|(ne, _)| (ne - e, Unit::Region))
                }) {
                    if party.is_none()
                        && let Some((pe, _)) = self.lx.parties.longest(&self.toks, e)
                    {
                        party = Some(self.span_text(e, pe).to_string());
                    }
                    e += len;
                }
                while self
                    .word(e)
                    .is_some_and(|t| t.acronym || t.lower.chars().all(|c| c.is_ascii_digit()))
                {
                    e += 1;
                }
                j = e;
                hit.text_end = j;
                last = Unit::Acronym;
                continue;
            }
            let connector =
                self.is_punct(j, ',') || self.is_punct(j, '&') || self.word(j).is_some_and(|t| t.lower == "dan");
            if connector
                && matches!(last, Unit::OrgWord | Unit::Acronym)
                && self.region_at(j + 1, level).is_none()
                && self.office_at(j + 1).is_none()
                && self.unit_at(j + 1, last).is_some()
            {
                parts.push(j);
                j += 1;
                continue;
            }
            // "Pengurus Besar Nahdlatul Ulama (PBNU) Said Aqil Siradj": a run
            // closed by its short form is the body's name
            if self.word(j).is_some_and(|t| t.cap) {
                let mut r = j;
                while r < j + 6 && self.word(r).is_some_and(|t| t.cap) && self.office_at(r).is_none() {
                    r += 1;
                }
                let initials: String = (j..r).filter_map(|k| self.toks[k].lower.chars().next()).collect();
                if r > j
                    && let Some(close) = self.paren_group(r)
                    && (r + 1..close).all(|k| self.toks[k].acronym)
                    // "Agus Harimurti Yudhoyono (AHY)" is a person's initials
                    && !(close == r + 2 && self.toks[r + 1].lower == initials)
                {
                    parts.extend(j..r);
                    j = close + 1;
                    hit.text_end = j;
                    last = Unit::Paren;
                    continue;
                }
            }
            break;
        }
        // the name
        let territorial = hit.spec.kind == FormKind::Territorial;
        // "Kepala Dinas Kesehatan, yakni Budi Santoso": a full name only
        let mut k = j;
        if self.is_punct(k, ',') {
            k += 1;
        }
        let namely = self.word(k).is_some_and(|t| t.lower == "yakni" || t.lower == "yaitu");
        if namely {
            if let Some(np) = self.parse_name(k + 1)
                && (np.toks.len() > 1 || !np.honorifics.is_empty())
            {
                hit.names.push(np);
            }
        } else if self.is_punct(j, ',') {
            if let Some(np) = self.parse_name(j + 1) {
                hit.names.push(np);
            }
        } else if self.word(j).is_some_and(|t| t.cap) {
            let mut r = j;
            while r < j + 8 && (self.word(r).is_some_and(|t| t.cap) || (self.is_punct(r, '.') && r > j)) {
                r += 1;
            }
            let weak_region = last == Unit::Region && region_span.2 && region_span.1 == j;
            if let Some(h) = (j..r).find(|&x| self.is_honorific_at(x))
                && !self.is_initial(h)
            {
                // "… Polres Cilacap AKP Sumanto": the rank starts the name
                if h > j {
                    if weak_region {
                        let info = self.region_info_named(self.span_text(self.skip_level(region_span.0), h), None);
                        hit.region = Some(info);
                    } else if territorial && hit.region.is_none() && last == Unit::None {
                        hit.region = Some(self.region_info_named(self.span_text(j, h), None));
                    } else if !territorial {
                        parts.extend((j..h).filter(|&x| self.toks[x].is_word()));
                    }
                    hit.text_end = h;
                }
                if let Some(np) = self.parse_name(h) {
                    hit.names.push(np);
                }
            } else if (hit.region.is_none() || weak_region)
                && matches!(last, Unit::None | Unit::OrgWord | Unit::Region)
                && self.is_punct(r, ',')
                && let Some(np) = self.parse_name(self.skip_places(r + 1))
                && !self.word(np.end).is_some_and(|t| t.cap)
            {
                // "Bupati Padang Pariaman, Ali Mukhni", "Ketua Aliansi … Pahae, Lamsiang Sitompul"
                // a region closing the run: "Kepala Bagian Prokopim Setda Ketapang, Hery"
                let tail_region = (j + 1..r).find_map(|x| match self.region_at(x, level) {
                    Some((e, info, _)) if e == r => Some((x, info)),
                    _ => None,
                });
                if weak_region {
                    hit.region = Some(self.region_info_named(self.span_text(self.skip_level(region_span.0), r), None));
                } else if territorial && last == Unit::None {
                    hit.region = Some(self.region_info_named(self.span_text(j, r), None));
                } else if let Some((x, info)) = tail_region {
                    parts.extend(j..x);
                    hit.region = Some(info);
                } else {
                    parts.extend(j..r);
                }
                hit.text_end = r;
                hit.names.push(np);
            } else if let Some((s0, np)) = self.last_name_in_run(j) {
                // "Direktur Eksekutif Indikator Politik Indonesia Burhanuddin Muhtadi":
                // the words before the name are the unit
                if s0 > j {
                    parts.extend(j..s0);
                    hit.text_end = s0;
                }
                let bare_office = territorial
                    && hit.region.is_none()
                    && parts.is_empty()
                    && matches!(last, Unit::None | Unit::Paren)
                    && hit.spec.level != "nasional";
                if bare_office && np.honorifics.is_empty() && np.toks.len() >= 3 {
                    // "Wali Kota Tegal Nur Sholeh" with Tegal unknown: the first word is the region
                    hit.region = Some(self.region_info_named(self.tok_text(j), None));
                    hit.text_end = j + 1;
                    if let Some(np2) = self.parse_name(j + 1) {
                        hit.names.push(np2);
                    }
                } else {
                    hit.guess = bare_office && np.honorifics.is_empty() && np.toks.len() == 1;
                    hit.names.push(np);
                }
            }
        }
        // "Kepala Seksi Haji": a head that needs a unit takes the one word as its unit
        let unit_head = hit
            .spec
            .role
            .rsplit(' ')
            .next()
            .is_some_and(|w| UNIT_HEADS.contains(&w));
        if unit_head
            && parts.is_empty()
            && hit.region.is_none()
            && hit.text_end == hit.head_end
            && hit.names.len() == 1
            && hit.names[0].toks.len() == 1
            && hit.names[0].honorifics.is_empty()
            && hit.names[0].start == hit.head_end
        {
            let np = hit.names.pop().unwrap_or_else(|| unreachable!());
            parts.push(np.toks[0]);
            hit.text_end = np.end;
        }
        // several names after a plural cue: "dua Anggota DPRD … Dian Lestari dan Hartono"
        if plural && !hit.names.is_empty() {
            loop {
                let e = hit.names.last().map_or(0, |n| n.end);
                let mut k = e;
                if self.is_punct(k, ',') {
                    k += 1;
                }
                if self.word(k).is_some_and(|t| t.lower == "dan") {
                    k += 1;
                }
                if k == e || hit.names.len() > 8 {
                    break;
                }
                match self.parse_name(k) {
                    Some(np) => hit.names.push(np),
                    None => break,
                }
            }
        }
        // the canonical role: head, modifiers and unit words, as written
        hit.role = if parts.is_empty() {
            hit.spec.role.clone()
        } else {
            let mut role = hit.spec.role.to_string();
            for &p in &parts {
                if self.toks[p].is(',') {
                    role.push(',');
                } else {
                    role.push(' ');
                    role.push_str(self.tok_text(p));
                }
            }
            Cow::Owned(role)
        };
        hit.bare = parts.is_empty() && hit.region.is_none() && hit.text_end == hit.head_end;
        if let Some(p) = party {
            hit.org = Some(p);
        } else if hit.org.is_none() {
            hit.org = parts
                .iter()
                .find(|&&p| self.toks[p].is_word() && self.lx.orgs.contains(self.toks[p].lower))
                .map(|&p| self.tok_text(p).to_string());
        }
        hit
    }

    /// The name a run of capitalised words starting at `j` ends with: the
    /// parse reaching furthest, and of those the longest. A run stops at an
    /// office word, so the next office's holder is never taken.
    fn last_name_in_run(&self, j: usize) -> Option<(usize, NameParse)> {
        let mut r = j;
        while r < j + 10 {
            let word_ok = self
                .word(r)
                .is_some_and(|t| t.cap && (r == j || self.lx.forms.longest(&self.toks, r).is_none()));
            let dot_ok = r > j && self.is_punct(r, '.') && (self.is_initial(r - 1) || self.is_honorific_at(r - 1));
            // "Ketua Panitia Pelaksana Liga 1 Budi Santoso": a number inside the unit
            let number_ok = r > j
                && self
                    .word(r)
                    .is_some_and(|t| t.lower.chars().all(|c| c.is_ascii_digit()))
                && self.word(r + 1).is_some_and(|t| t.cap);
            if !(word_ok || dot_ok || number_ok) {
                break;
            }
            r += 1;
        }
        let mut best: Option<(usize, NameParse)> = None;
        for s0 in j..r.max(j + 1) {
            if let Some(np) = self.parse_name(s0) {
                let reach = np.toks.last().copied().unwrap_or(s0);
                if best
                    .as_ref()
                    .is_none_or(|(_, b)| reach > b.toks.last().copied().unwrap_or(0))
                {
                    best = Some((s0, np));
                }
            }
        }
        best
    }

    /// Does the word at token `start` open its sentence?
    fn opens_sentence(&self, start: usize) -> bool {
        for t in self.toks[..start].iter().rev() {
            match t.kind {
                Kind::Word => return false,
                Kind::Break => return true,
                Kind::Punct('.' | '!' | '?' | ':') => return true,
                Kind::Punct(',' | ';' | '(' | ')') => return false,
                Kind::Punct(_) => {}
            }
        }
        true
    }

    /// Past a level word ("Kabupaten", "Kab.") at `j`.
    fn skip_level(&self, j: usize) -> usize {
        match self.lx.levels.longest(&self.toks, j) {
            Some((e, _)) if self.is_punct(e, '.') => e + 1,
            Some((e, _)) => e,
            None => j,
        }
    }

    /// Past any "Kalimantan Tengah," province continuations starting at `k`.
    fn skip_places(&self, mut k: usize) -> usize {
        while let Some((e, _)) = self.lx.place_forms.longest(&self.toks, k) {
            if !self.is_punct(e, ',') {
                break;
            }
            k = e + 1;
        }
        k
    }

    /// A name ending just before token `e` (for `NAME, OFFICE` and kin).
    fn name_before(&self, e: usize) -> Option<NameParse> {
        let lo = e.saturating_sub(10);
        for b in lo..e {
            let Some(t) = self.word(b) else { continue };
            if !t.cap {
                continue;
            }
            if b > 0 && self.word(b - 1).is_some_and(|p| p.cap) && self.name_word(b - 1, true) {
                continue;
            }
            if let Some(np) = self.parse_name(b)
                && np.end == e
            {
                return Some(np);
            }
        }
        None
    }

    /// The lowercase forms of a name's words but its initials: what two
    /// names of one person share. Borrowed from the tokens (a name is
    /// keyed many times, mostly to be compared and dropped). Cost: no
    /// allocation.
    fn key_of(&self, np: &NameParse) -> NameKey<'a> {
        let mut key = NameKey::default();
        for &t in np.toks.iter().filter(|&&t| !self.is_initial(t) && self.toks[t].cap) {
            key.push(self.toks[t].lower);
        }
        key
    }

    fn name_span(&self, np: &NameParse) -> Range<usize> {
        let a = *np.toks.first().unwrap_or(&np.start);
        let b = *np.toks.last().unwrap_or(&np.start);
        self.toks[a].start..self.toks[b].end
    }

    /// Is `word` written in lowercase somewhere in the text: a word token,
    /// not capitalised, opening with a letter, whose text is `word` and
    /// its own lowercase form? The first few questions of a document are
    /// answered by a scan of the tokens (cheaper than a set of every
    /// word, and most documents ask once or twice); after that the set is
    /// built and probed.
    fn written_lowercase(&self, word: &str) -> bool {
        const SCANS: u32 = 4;
        if self.lower_words.get().is_none() && self.lower_scans.get() < SCANS {
            self.lower_scans.set(self.lower_scans.get() + 1);
            let text = self.text;
            return word.chars().next().is_some_and(char::is_alphabetic)
                && self.toks.iter().any(|t| {
                    t.end - t.start == word.len()
                        && t.is_word()
                        && !t.cap
                        && &text[t.start..t.end] == word
                        && t.lower == word
                });
        }
        self.lower_words().contains(word)
    }

    /// The words written in lowercase somewhere in the text (see `lower_words`).
    fn lower_words(&self) -> &HashSet<&'a str> {
        self.lower_words.get_or_init(|| {
            let text = self.text;
            let mut set = HashSet::default();
            for t in &self.toks {
                let word = &text[t.start..t.end];
                if t.is_word() && !t.cap && t.lower.chars().next().is_some_and(char::is_alphabetic) && t.lower == word {
                    set.insert(word);
                }
            }
            set
        })
    }

    fn single_ok(&self, np: &NameParse) -> bool {
        let first = np
            .toks
            .iter()
            .copied()
            .find(|&k| !self.is_initial(k))
            .unwrap_or(np.start);
        let t = &self.toks[first];
        t.lower.chars().count() >= 3 && !self.written_lowercase(t.lower) && !self.abbrevs.contains(t.lower)
    }

    /// The first token from `i` on that may start an office: with `starts`
    /// (byte offsets of the words that may, see
    /// `first_words::office_word_starts`) the first token at or after the
    /// next of them, else `i` itself. Cost: two binary searches.
    fn next_office_word(&self, i: usize, starts: Option<&[usize]>) -> usize {
        let (Some(starts), Some(t)) = (starts, self.toks.get(i)) else {
            return i;
        };
        match starts.get(starts.partition_point(|&s| s < t.start)) {
            Some(&s) => i + self.toks[i..].partition_point(|t| t.start < s),
            None => self.toks.len(),
        }
    }

    /// `starts`: where offices may start (see `next_office_word`); `None`
    /// to try every word.
    fn run(&self, starts: Option<&[usize]>) -> (Vec<Official>, Vec<Office>) {
        let n = self.toks.len();
        // 1. offices and what follows them; the words no office form starts
        // with (nearly all) are passed over by a search
        let mut hits: Vec<Hit> = Vec::new();
        let mut i = self.next_office_word(0, starts);
        while i < n {
            let Some(t) = self.word(i) else {
                i = self.next_office_word(i + 1, starts);
                continue;
            };
            if !t.cap && !self.lx.forms.has_first(t.lower) {
                i = self.next_office_word(i + 1, starts);
                continue;
            }
            let Some((e, spec)) = self.office_at(i) else {
                i = self.next_office_word(i + 1, starts);
                continue;
            };
            let hit = self.read_hit(i, e, spec);
            let mut next = hit.text_end.max(e);
            if let Some(last) = hit.names.last() {
                next = next.max(last.end);
            }
            // a lowercase "bupati Intan Jaya X" is generic; a lowercase "anggota
            // DPRD X" may name, and "Ahmad, ketua RT setempat" (step 2) too
            let mut hit = hit;
            if !hit.cap && hit.spec.kind != FormKind::Title {
                hit.names.clear();
            }
            hits.push(hit);
            i = self.next_office_word(next.max(i + 1), starts);
        }
        // "Bupati dan Wakil Bupati Ketapang, Martin Rantan dan Farhan": pairs
        for k in 1..hits.len() {
            let (a, b) = (&hits[k - 1], &hits[k]);
            let joined = a.names.is_empty()
                && a.bare
                && a.head_end + 1 == b.start
                && t_is(self, a.head_end, "dan")
                && b.names.len() == 1;
            if !joined {
                continue;
            }
            let e = b.names[0].end;
            let second = if t_is(self, e, "dan") {
                self.parse_name(e + 1)
            } else {
                None
            };
            if let Some(np2) = second {
                let np1 = hits[k].names[0].clone();
                let region = hits[k].region.clone();
                hits[k].names = vec![np2];
                hits[k - 1].names = vec![np1];
                if hits[k - 1].region.is_none() {
                    hits[k - 1].region = region;
                }
            }
        }
        // 2. names before offices that have none
        let mut claimed = vec![false; n];
        for h in &hits {
            for c in claimed.iter_mut().take(h.text_end.max(h.head_end)).skip(h.start) {
                *c = true;
            }
            for np in &h.names {
                claimed[np.start..np.end].fill(true);
            }
        }
        let mut before: Vec<(usize, NameParse)> = Vec::new();
        for (hi, h) in hits.iter().enumerate() {
            if !h.names.is_empty() || h.not_holder || h.start == 0 {
                continue;
            }
            let s = h.start;
            let mut ends = Vec::new();
            if h.cap && self.word(s - 1).is_some_and(|t| t.cap) {
                ends.push(s);
            }
            if self.is_punct(s - 1, ',') || (h.cap && self.is_punct(s - 1, '(')) {
                ends.push(s - 1);
            }
            for back in (1..=4).filter(|_| h.cap) {
                if back <= s {
                    for (e, _) in self.lx.links.each_at(&self.toks, s - back) {
                        if e == s {
                            ends.push(s - back);
                            // "Johanes, yang juga Ketua Korpri"
                            if s - back > 0 && self.is_punct(s - back - 1, ',') {
                                ends.push(s - back - 1);
                            }
                        }
                    }
                }
            }
            for e in ends {
                // a lone word opening a sentence right before an office
                // ("Kemarin Bupati …") is no name
                if let Some(np) = self.name_before(e)
                    && !(np.start..np.end).any(|k| claimed[k])
                    && (np.toks.len() > 1
                        || (self.single_ok(&np)
                            && !((e == s || !h.cap) && self.opens_sentence(np.start))
                            // "Surat Edaran Menteri …": a lone word after a capitalised one
                            && !(e == s && np.start > 0 && self.word(np.start - 1).is_some_and(|p| p.cap))))
                {
                    claimed[np.start..np.end].fill(true);
                    before.push((hi, np));
                    break;
                }
            }
        }
        // 3. people
        let mut cands: Vec<(usize, NameParse, bool)> = Vec::new();
        for (hi, h) in hits.iter().enumerate() {
            if h.not_holder {
                continue;
            }
            for np in h.names.iter().filter(|np| !self.journalist_before(np.start)) {
                cands.push((hi, np.clone(), h.guess));
            }
        }
        for (hi, np) in before {
            if !self.journalist_before(np.start) {
                cands.push((hi, np, false));
            }
        }
        cands.sort_by_key(|c| c.1.start);
        let bylined: Vec<Vec<String>> = self
            .doc
            .meta
            .authors
            .iter()
            .chain(&self.doc.meta.editors)
            .map(|a| {
                lexicon::phrase_keys(a)
                    .into_iter()
                    .filter(|k| k.chars().count() > 1)
                    .collect()
            })
            .collect();
        let is_bylined = |key: &[&str]| {
            bylined
                .iter()
                .any(|b| b.iter().map(String::as_str).eq(key.iter().copied()))
        };
        let mut people: Vec<Person> = Vec::new();
        let mut singles: Vec<(usize, NameParse, bool)> = Vec::new();
        let mut used_hits: HashSet<usize> = HashSet::default();
        for (hi, np, guess) in cands {
            let key = self.key_of(&np);
            if key.is_empty() || is_bylined(&key) {
                continue;
            }
            if key.len() == 1 {
                singles.push((hi, np, guess));
                continue;
            }
            used_hits.insert(hi);
            self.add_person(&mut people, &hits, key, &np, hi);
        }
        let mut region_guesses: HashMap<usize, RegionInfo> = HashMap::default();
        let known_regions: HashSet<String> = hits
            .iter()
            .filter_map(|h| h.region.as_ref())
            .map(|r| r.name.to_lowercase())
            .collect();
        for (hi, np, guess) in singles {
            let key = self.key_of(&np);
            let w = &key[0];
            let owners: Vec<usize> = (0..people.len()).filter(|&p| people[p].key.contains(w)).collect();
            let owner = match owners.len() {
                1 => Some(owners[0]),
                0 => None,
                _ => owners
                    .iter()
                    .copied()
                    .find(|&p| hits[people[p].hit].role == hits[hi].role),
            };
            // "Presiden Jokowi" after "Presiden Joko Widodo": the one holder of that office
            let h = &hits[hi];
            let holders: Vec<usize> = (0..people.len())
                .filter(|&p| {
                    let ph = &hits[people[p].hit];
                    ph.role == h.role
                        && !h.role.starts_with("Anggota")
                        && (h.region.is_none() || ph.region.is_none() || ph.region == h.region)
                })
                .collect();
            let is_region = known_regions.contains(*w)
                || self.regions.iter().any(|r| lower_is(&r.name, w))
                || (guess && self.regions.is_empty() && h.spec.level != "nasional");
            if let Some(p) = owner {
                people[p].mentions.push(self.name_span(&np));
                for x in &np.honorifics {
                    if !people[p].honorifics.contains(x) {
                        people[p].honorifics.push(x.clone());
                    }
                }
                for x in &np.degrees {
                    if !people[p].degrees.contains(x) {
                        people[p].degrees.push(x.clone());
                    }
                }
                let ph = &hits[people[p].hit];
                if ph.region.is_none() && hits[hi].region.is_some() && ph.spec.role == hits[hi].spec.role {
                    people[p].hit = hi;
                }
                used_hits.insert(hi);
            } else if !owners.is_empty() {
                used_hits.insert(hi);
            } else if holders.len() == 1 {
                people[holders[0]].mentions.push(self.name_span(&np));
                used_hits.insert(hi);
            } else if is_region {
                // "Anggota KPU Ketapang" where "Bupati Ketapang" named the region
                region_guesses.insert(hi, self.region_info_named(&self.text[self.name_span(&np)], None));
            } else if self.single_ok(&np)
                && !is_bylined(&key)
                && !(hits[hi].start > 0 && self.is_punct(hits[hi].start - 1, '('))
            {
                // (a short form in parentheses, "(Dirjen Otda)", names no one)
                used_hits.insert(hi);
                self.add_person(&mut people, &hits, key, &np, hi);
            }
        }
        // 4. later mentions of each person
        self.scan_mentions(&mut people);
        // bare and repeated offices held by one person
        let mut offices: Vec<OfficeAcc> = Vec::new();
        for (hi, h) in hits.iter().enumerate() {
            if used_hits.contains(&hi) || h.not_holder || !h.cap {
                continue;
            }
            let linkable = !h.plural;
            let region = region_guesses.get(&hi).cloned().or_else(|| h.region.clone());
            // A region guessed from the hit's own name ends the span before
            // that name; a hit whose names a later step dropped has none.
            let last = match h.names.first() {
                Some(np) if region_guesses.contains_key(&hi) => np.toks[0],
                _ => h.text_end.max(h.head_end) - 1,
            };
            let span = self.toks[h.start].start..self.toks[last].end;
            let holders: Vec<usize> = (0..people.len())
                .filter(|&p| {
                    let ph = &hits[people[p].hit];
                    (ph.role == h.role || (h.bare && ph.spec.role == h.spec.role))
                        && (region.is_none() || ph.region.is_none() || ph.region == region)
                })
                .collect();
            if holders.len() == 1 && linkable {
                people[holders[0]].mentions.push(span);
                continue;
            }
            let role_text = self.text[span.clone()].to_string();
            match offices
                .iter_mut()
                .find(|o| o.0 == h.role && (o.1 == region || region.is_none() || o.1.is_none()))
            {
                Some(o) => {
                    if o.1.is_none() {
                        o.1 = region;
                    }
                    o.4.push(span)
                }
                None => offices.push((h.role.to_string(), region, h.org.clone(), role_text, vec![span])),
            }
        }
        // 5. records
        people.sort_by_key(|p| p.first);
        let officials = people
            .into_iter()
            .map(|mut p| {
                let h = &hits[p.hit];
                p.mentions.sort_by_key(|r| (r.start, r.end));
                p.mentions.dedup();
                let role_text = self.span_text(h.start, h.text_end.max(h.head_end)).to_string();
                Official {
                    name: p.name,
                    role: h.role.to_string(),
                    role_text,
                    organization: h.org.clone(),
                    region: h.region.as_ref().map(|r| r.name.clone()),
                    region_code: h.region.as_ref().and_then(|r| r.code.clone()),
                    honorifics: p.honorifics,
                    degrees: p.degrees,
                    mentions: p.mentions.into_iter().map(|r| self.doc.mention(r)).collect(),
                }
            })
            .collect();
        let offices = offices
            .into_iter()
            .map(|(role, region, org, role_text, spans)| Office {
                role,
                role_text,
                organization: org,
                region: region.as_ref().map(|r| r.name.clone()),
                region_code: region.and_then(|r| r.code),
                mentions: spans.into_iter().map(|r| self.doc.mention(r)).collect::<Vec<Mention>>(),
            })
            .collect();
        (officials, offices)
    }

    fn add_person(&self, people: &mut Vec<Person<'a>>, hits: &[Hit], key: NameKey<'a>, np: &NameParse, hi: usize) {
        let span = self.name_span(np);
        let found = people.iter().position(|p| same_person(&p.key, &key));
        let written = np.toks.len();
        match found {
            Some(pi) => {
                let p = &mut people[pi];
                p.mentions.push(span.clone());
                // first met as "Gubernur Sutarmidji", later "Gubernur Kalbar H. Sutarmidji"
                let (old, new) = (&hits[p.hit], &hits[hi]);
                if old.region.is_none() && new.region.is_some() && old.spec.role == new.spec.role {
                    p.hit = hi;
                }
                if key.len() > p.key.len() || (key.len() == p.key.len() && written > p.name_len) {
                    p.key = key;
                    p.name = self.text[span].to_string();
                    p.name_len = written;
                }
                for h in &np.honorifics {
                    if !p.honorifics.contains(h) {
                        p.honorifics.push(h.clone());
                    }
                }
                for d in &np.degrees {
                    if !p.degrees.contains(d) {
                        p.degrees.push(d.clone());
                    }
                }
            }
            None => people.push(Person {
                key,
                name: self.text[span.clone()].to_string(),
                name_len: written,
                hit: hi,
                honorifics: np.honorifics.clone(),
                degrees: np.degrees.clone(),
                first: span.start,
                mentions: vec![span],
            }),
        }
    }

    /// Every later occurrence of a person's name, or of one word of it.
    fn scan_mentions(&self, people: &mut [Person<'a>]) {
        if people.is_empty() {
            return;
        }
        let mut by_word: HashMap<&str, Vec<usize>> = HashMap::default();
        // a bit per length (63 for longer) and per first byte (mod 64) of
        // the name words: most capitalised words miss one, and are turned
        // away without hashing
        let (mut lens, mut firsts) = (0u64, 0u64);
        let bits = |w: &str| {
            (
                1u64 << w.len().min(63),
                1u64 << (w.as_bytes().first().map_or(0, |b| b & 63)),
            )
        };
        for (pi, p) in people.iter().enumerate() {
            for &w in p.key.iter() {
                by_word.entry(w).or_default().push(pi);
                let (l, f) = bits(w);
                lens |= l;
                firsts |= f;
            }
        }
        let may_own = |w: &str| {
            let (l, f) = bits(w);
            lens & l != 0 && firsts & f != 0
        };
        let mut extend: Vec<(usize, NameParse)> = Vec::new();
        let n = self.toks.len();
        let mut i = 0;
        while i < n {
            let Some(t) = self.word(i) else {
                i += 1;
                continue;
            };
            // a capitalised word first (a field test), then the bits, then
            // the hash probe: together they reject almost every word, and
            // the name test before it is far dearer
            let Some(owners) = Some(t)
                .filter(|t| t.cap && may_own(t.lower))
                .and_then(|t| by_word.get(t.lower))
            else {
                i += 1;
                continue;
            };
            if i > 0 && self.name_word(i - 1, false) {
                i += 1;
                continue;
            }
            // the full name (initials optional) or one of its words
            let np = self.parse_name(i);
            let mut done = false;
            if let Some(np) = &np {
                let key = self.key_of(np);
                if key.len() >= 2
                    && let Some(&pi) = owners.iter().find(|&&pi| same_person(&people[pi].key, &key))
                {
                    if key.len() > people[pi].key.len() && key.starts_with(&people[pi].key) {
                        extend.push((pi, np.clone()));
                    }
                    people[pi].mentions.push(self.name_span(np));
                    i = np.end.max(i + 1);
                    done = true;
                }
            }
            if !done {
                // one person owns the word (a person may own it twice)
                let one = owners.iter().all(|&o| o == owners[0]);
                if one && !self.lx.nonnames.contains(t.lower) {
                    let pi = owners[0];
                    let next_cap = self
                        .word(i + 1)
                        .is_some_and(|w| w.cap && !self.lx.nonnames.contains(w.lower));
                    if !next_cap {
                        people[pi].mentions.push(self.toks[i].start..self.toks[i].end);
                    }
                }
                i += 1;
            }
        }
        for (pi, np) in extend {
            let key = self.key_of(&np);
            if key.len() > people[pi].key.len() {
                people[pi].key = key;
                people[pi].name = self.text[self.name_span(&np)].to_string();
                people[pi].name_len = np.toks.len();
            }
        }
    }
}

/// Is `name.to_lowercase() == low`? Without allocating when `name` is
/// ASCII (its lowercase is then its ASCII lowercase).
fn lower_is(name: &str, low: &str) -> bool {
    if name.is_ascii() {
        name.len() == low.len() && name.bytes().zip(low.bytes()).all(|(a, b)| a.to_ascii_lowercase() == b)
    } else {
        name.to_lowercase() == low
    }
}

/// Is token `j` the word `w` (lowercase)?
fn t_is(cx: &Cx, j: usize, w: &str) -> bool {
    cx.word(j).is_some_and(|t| t.lower == w)
}

/// Same person: equal name words, or the shorter (two words or more)
/// contained in the longer.
fn same_person(a: &[&str], b: &[&str]) -> bool {
    if a.is_empty() || b.is_empty() {
        return false;
    }
    if a == b {
        return true;
    }
    let (s, l) = if a.len() <= b.len() { (a, b) } else { (b, a) };
    s.len() >= 2 && l.windows(s.len()).any(|w| w == s)
}

#[cfg(test)]
mod tests;
