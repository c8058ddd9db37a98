//! The officials pass's tables, parsed once from `data/officials_*.tsv`
//! (compiled in with `include_str!`) into [`LEXICON`].
//!
//! Every multi-word entry becomes a [`PhraseSet`]: phrases keyed by their
//! first token, longest first, matched token by token against the text
//! ignoring case (and a period after a short abbreviation: "Pj. Bupati").
//! Building costs well under a millisecond; a lookup costs a hash probe plus
//! a comparison of the few phrases sharing the first word.

use std::collections::{HashMap, HashSet};
use std::sync::LazyLock;

use rustc_hash::FxBuildHasher;

/// A `HashMap` with the Fx hash of rustc (`rustc-hash`): several times
/// faster than SipHash on the short lowercase words this pass looks up, and
/// the keys are not attacker-chosen in a way that matters here (a document
/// can at worst slow its own pass).
pub type FastMap<K, V> = HashMap<K, V, FxBuildHasher>;
/// A `HashSet` with the Fx hash of rustc (see [`FastMap`]).
pub type FastSet<T> = HashSet<T, FxBuildHasher>;

use super::tokens::{Kind, Tok, tokenize};

/// How an office relates to what follows it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FormKind {
    /// A region normally follows ("Bupati Ketapang").
    Territorial,
    /// A unit or body may follow ("Kepala Dinas Kesehatan").
    Title,
    /// Combines with the office after it ("Plt", "Pj", "Wakil").
    Prefix,
}

/// One office form of the lexicon.
#[derive(Clone, Debug)]
pub struct Office {
    /// Canonical role ("Penjabat Bupati").
    pub role: String,
    /// Level of government ("kabupaten", "any", …).
    pub level: String,
    /// Territorial, title or prefix.
    pub kind: FormKind,
    /// Organisation the office belongs to, if the form names one.
    pub org: Option<String>,
}

/// A province form ("Kalbar") with its gazetteer name and code.
#[derive(Clone, Debug)]
pub struct Place {
    /// Gazetteer name ("Kalimantan Barat").
    pub name: String,
    /// Kemendagri code ("61").
    pub code: String,
}

/// A set of lowercase words with the bit filter of [`PhraseSet`] in front
/// of the hash: most words of a text are in none of the lexicon's sets and
/// are turned away by two bit tests, without hashing.
#[derive(Default, Debug)]
pub struct WordSet {
    words: FastSet<String>,
    first_bytes: [u64; 16],
    last_bytes: [u64; 16],
}

impl WordSet {
    /// Adds `word`; true if it was not there.
    pub fn insert(&mut self, word: String) -> bool {
        if let Some((len, first, last)) = key_bits(&word) {
            self.first_bytes[len] |= first;
            self.last_bytes[len] |= last;
        }
        self.words.insert(word)
    }

    /// Is `word` in the set? Two bit tests, then (rarely) one hash probe.
    #[inline]
    pub fn contains(&self, word: &str) -> bool {
        let Some((len, first, last)) = key_bits(word) else {
            return self.words.contains(word);
        };
        self.first_bytes[len] & first != 0 && self.last_bytes[len] & last != 0 && self.words.contains(word)
    }
}

/// One token key of a phrase, with what matching it needs precomputed.
#[derive(Debug)]
struct Key {
    /// Lowercase text of the token.
    text: String,
    /// The character, for a one-character key (a punctuation token matches
    /// only such a key).
    ch: Option<char>,
    /// A period after this word may be skipped ("Pj. Bupati"): a word of at
    /// most four characters, not last, not followed by a "." key.
    dot: bool,
}

/// A phrase of a [`PhraseSet`]: its keys and payload.
#[derive(Debug)]
struct Phrase {
    keys: Vec<Key>,
    payload: usize,
    /// The [`tag`] of the second key (0 for a one-key phrase): most of the
    /// sixty-odd phrases after "ketua" or "kepala" differ from the text
    /// there, and one integer comparison, in the phrase itself, tells.
    second: u64,
}

/// A fingerprint of a token key: its length and first seven bytes. Equal
/// keys have equal tags, so a differing tag rules a match out without a
/// string comparison.
#[inline]
fn tag(key: &str) -> u64 {
    let b = key.as_bytes();
    let mut w = [0u8; 8];
    let n = b.len().min(7);
    w[..n].copy_from_slice(&b[..n]);
    w[7] = b.len().min(255) as u8;
    u64::from_le_bytes(w)
}

/// The [`tag`] of a token's key (see `tok_key`); for a paragraph break, or
/// past the end, a value no key's tag has (no UTF-8 text holds 0xFF bytes).
#[inline]
fn tok_tag(t: Option<&Tok>) -> u64 {
    match t {
        Some(t) if t.is_word() => tag(t.lower),
        Some(Tok {
            kind: Kind::Punct(c), ..
        }) => tag(c.encode_utf8(&mut [0; 4])),
        _ => u64::MAX,
    }
}

/// The tags of the two tokens after `i`: a phrase's second key is matched
/// against the first of them, or the second after a skipped period.
#[inline]
fn next_tags(toks: &[Tok], i: usize) -> (u64, u64) {
    (tok_tag(toks.get(i + 1)), tok_tag(toks.get(i + 2)))
}

/// Phrases keyed by first token, each with a payload index.
#[derive(Default, Debug)]
pub struct PhraseSet {
    by_first: FastMap<String, Vec<Phrase>>,
    /// For each first-key length (15 for 15 and more), a bit per first and
    /// per last byte (mod 64) of the first keys of that length: a word
    /// whose bits are not both set starts no phrase, so most words are
    /// turned away without hashing.
    first_bytes: [u64; 16],
    last_bytes: [u64; 16],
}

/// The length slot and the first and last byte bits of a first key (see
/// `PhraseSet::first_bytes`); `None` for an empty key.
#[inline]
fn key_bits(key: &str) -> Option<(usize, u64, u64)> {
    let b = key.as_bytes();
    let (first, last) = (b.first()?, b.last()?);
    Some((b.len().min(15), 1 << (first & 63), 1 << (last & 63)))
}

fn tok_key(t: &Tok) -> String {
    match t.kind {
        Kind::Word => t.lower.to_string(),
        Kind::Punct(c) => c.to_string(),
        Kind::Break => "\n".to_string(),
    }
}

/// Lowercase keys of the tokens of `phrase`.
pub fn phrase_keys(phrase: &str) -> Vec<String> {
    tokenize(phrase, &phrase.to_ascii_lowercase(), &mut String::new())
        .iter()
        .map(tok_key)
        .collect()
}

impl PhraseSet {
    /// Adds `phrase` with `payload`.
    pub fn add(&mut self, phrase: &str, payload: usize) {
        let keys = phrase_keys(phrase);
        self.add_keys(keys, payload);
    }

    /// Adds a phrase given as lowercase token keys.
    pub fn add_keys(&mut self, keys: Vec<String>, payload: usize) {
        if keys.is_empty() {
            return;
        }
        if let Some((len, first, last)) = key_bits(&keys[0]) {
            self.first_bytes[len] |= first;
            self.last_bytes[len] |= last;
        }
        let v = self.by_first.entry(keys[0].clone()).or_default();
        if !v.iter().any(|p| p.keys.iter().map(|k| &k.text).eq(keys.iter())) {
            let keys: Vec<Key> = (0..keys.len())
                .map(|n| {
                    let mut chars = keys[n].chars();
                    let ch = chars.next().filter(|_| chars.next().is_none());
                    Key {
                        text: keys[n].clone(),
                        ch,
                        dot: n + 1 < keys.len() && keys[n].chars().count() <= 4 && keys[n + 1] != ".",
                    }
                })
                .collect();
            let second = keys.get(1).map_or(0, |k| tag(&k.text));
            v.push(Phrase { keys, payload, second });
            v.sort_by_key(|p| std::cmp::Reverse(p.keys.len()));
        }
    }

    /// Every phrase matching at token `i`, longest first: (end token,
    /// payload). Lazy and allocation-free: one hash probe, then each
    /// candidate phrase compared as the iterator is pulled.
    pub fn each_at<'s>(&'s self, toks: &'s [Tok], i: usize) -> impl Iterator<Item = (usize, usize)> + 's {
        let cands = toks
            .get(i)
            .filter(|t| t.is_word())
            .and_then(|first| self.get(first.lower))
            .map_or(&[][..], Vec::as_slice);
        let next = if cands.is_empty() { (0, 0) } else { next_tags(toks, i) };
        cands
            .iter()
            .filter_map(move |p| match_rest(toks, i, p, next).map(|end| (end, p.payload)))
    }

    /// The longest phrase matching at token `i`: (end token, payload).
    /// Allocation-free: one hash probe and the comparisons.
    pub fn longest(&self, toks: &[Tok], i: usize) -> Option<(usize, usize)> {
        let first = toks.get(i).filter(|t| t.is_word())?;
        let cands = self.get(first.lower)?;
        let next = next_tags(toks, i);
        cands
            .iter()
            .find_map(|p| match_rest(toks, i, p, next).map(|end| (end, p.payload)))
    }

    /// The first keys of the phrases (each once).
    pub fn first_words(&self) -> impl Iterator<Item = &str> {
        self.by_first.keys().map(String::as_str)
    }

    /// True when a phrase of the set starts with the word `lower`.
    pub fn has_first(&self, lower: &str) -> bool {
        self.get(lower).is_some()
    }

    /// The phrases starting with the word `lower`: two bit tests, then (for
    /// the few words that pass) one hash probe.
    #[inline]
    fn get(&self, lower: &str) -> Option<&Vec<Phrase>> {
        let (len, first, last) = key_bits(lower)?;
        if self.first_bytes[len] & first == 0 || self.last_bytes[len] & last == 0 {
            return None;
        }
        self.by_first.get(lower)
    }
}

/// Matches `keys` at token `i`, a word whose lowercase form is the first
/// key (the lookup by first word found the phrase): only the keys after it
/// are compared, which for the sixty-odd phrases after "ketua" or "kepala"
/// saves one string comparison each. Returns the index just past the match.
/// `next`: the tags of the two tokens after `i` (see `next_tags`).
#[inline]
fn match_rest(toks: &[Tok], i: usize, p: &Phrase, next: (u64, u64)) -> Option<usize> {
    let keys = &p.keys;
    let mut j = i + 1;
    // "Pj. Bupati": a period after a short abbreviation inside a phrase
    let dot = keys[0].dot && toks.get(j).is_some_and(|p| p.is('.'));
    if keys.len() > 1 && p.second != if dot { next.1 } else { next.0 } {
        return None;
    }
    if dot {
        j += 1;
    }
    match_keys(toks, j, &keys[1..])
}

/// Matches `keys` at token `i`; returns the index just past the match.
/// A word matches its key's text, a punctuation token a one-character key.
fn match_keys(toks: &[Tok], i: usize, keys: &[Key]) -> Option<usize> {
    let mut j = i;
    for k in keys {
        let t = toks.get(j)?;
        let ok = match t.kind {
            Kind::Word => t.lower == k.text,
            Kind::Punct(c) => k.ch == Some(c),
            Kind::Break => false,
        };
        if !ok {
            return None;
        }
        j += 1;
        // "Pj. Bupati": a period after a short abbreviation inside a phrase
        if k.dot && t.is_word() && toks.get(j).is_some_and(|p| p.is('.')) {
            j += 1;
        }
    }
    Some(j)
}

/// Every table of the pass.
#[derive(Debug)]
pub struct Lexicon {
    /// Office forms; payload indexes `offices`.
    pub forms: PhraseSet,
    /// The offices of `forms`.
    pub offices: Vec<Office>,
    /// Number of office forms read (for the docs and tests).
    pub form_count: usize,
    /// Honorifics and ranks, lowercase without dots.
    pub honorifics: WordSet,
    /// Degrees, lowercase without dots.
    pub degrees: WordSet,
    /// Attribution verbs.
    pub verbs: WordSet,
    /// Linking phrases ("selaku", "yang juga").
    pub links: PhraseSet,
    /// Plural cues before an office.
    pub plurals: WordSet,
    /// Words before an office meaning the person does not hold it.
    pub notholders: WordSet,
    /// Lowercase modifiers inside an office ("sementara").
    pub modifiers: WordSet,
    /// Credits of journalists and photographers.
    pub journalists: WordSet,
    /// The country after an office ("RI").
    pub national: PhraseSet,
    /// Region level words ("Kabupaten").
    pub levels: PhraseSet,
    /// Words a region name follows ("Pemkab").
    pub cues: WordSet,
    /// Parties; payload indexes `party_names`.
    pub parties: PhraseSet,
    /// Party names as written in the table.
    pub party_names: Vec<String>,
    /// Organisations by acronym or short name, lowercase.
    pub orgs: WordSet,
    /// Unit and body words and phrases.
    pub orgwords: PhraseSet,
    /// Capitalised non-names, lowercase.
    pub nonnames: WordSet,
    /// Lowercase particles inside names.
    pub particles: WordSet,
    /// Provinces; payload indexes `places`.
    pub place_forms: PhraseSet,
    /// The provinces of `place_forms`.
    pub places: Vec<Place>,
}

/// Lowercase, dots removed ("S.Sos." -> "ssos").
pub fn bare(s: &str) -> String {
    s.chars().filter(|c| *c != '.').flat_map(char::to_lowercase).collect()
}

/// Is `bare(lower)` in `set`, for a token's lowercase form `lower`? An ASCII
/// form without dots is its own bare form (ASCII lowercasing is
/// idempotent), so the common case allocates nothing.
pub fn has_bare(set: &WordSet, lower: &str) -> bool {
    if lower.is_ascii() && !lower.contains('.') {
        set.contains(lower)
    } else {
        set.contains(&bare(lower))
    }
}

fn rows(src: &str) -> impl Iterator<Item = Vec<&str>> {
    src.lines()
        .filter(|l| !l.trim().is_empty() && !l.starts_with('#'))
        .map(|l| l.split('\t').map(str::trim).collect())
}

fn build() -> Lexicon {
    let mut lx = Lexicon {
        forms: PhraseSet::default(),
        offices: Vec::new(),
        form_count: 0,
        honorifics: WordSet::default(),
        degrees: WordSet::default(),
        verbs: WordSet::default(),
        links: PhraseSet::default(),
        plurals: WordSet::default(),
        notholders: WordSet::default(),
        modifiers: WordSet::default(),
        journalists: WordSet::default(),
        national: PhraseSet::default(),
        levels: PhraseSet::default(),
        cues: WordSet::default(),
        parties: PhraseSet::default(),
        party_names: Vec::new(),
        orgs: WordSet::default(),
        orgwords: PhraseSet::default(),
        nonnames: WordSet::default(),
        particles: WordSet::default(),
        place_forms: PhraseSet::default(),
        places: Vec::new(),
    };
    for r in rows(include_str!("../../../data/officials_offices.tsv")) {
        if r.len() < 4 {
            continue;
        }
        let kind = match r[3] {
            "territorial" => FormKind::Territorial,
            "prefix" => FormKind::Prefix,
            _ => FormKind::Title,
        };
        let org = r.get(4).filter(|s| !s.is_empty()).map(|s| s.to_string());
        lx.offices.push(Office {
            role: r[1].to_string(),
            level: r[2].to_string(),
            kind,
            org,
        });
        lx.forms.add(r[0], lx.offices.len() - 1);
        lx.form_count += 1;
    }
    for r in rows(include_str!("../../../data/officials_words.tsv")) {
        if r.len() < 2 {
            continue;
        }
        let w = r[1];
        let low = w.to_lowercase();
        match r[0] {
            "honorific" => drop(lx.honorifics.insert(bare(w))),
            "degree" => drop(lx.degrees.insert(bare(w))),
            "verb" => drop(lx.verbs.insert(low)),
            "link" => lx.links.add(w, 0),
            "plural" => drop(lx.plurals.insert(low)),
            "notholder" => drop(lx.notholders.insert(low)),
            "modifier" => drop(lx.modifiers.insert(low)),
            "journalist" => drop(lx.journalists.insert(low)),
            "national" => lx.national.add(w, 0),
            "level" => lx.levels.add(w, 0),
            "cue" => drop(lx.cues.insert(low)),
            "party" => {
                lx.party_names.push(w.to_string());
                lx.parties.add(w, lx.party_names.len() - 1);
            }
            "org" => drop(lx.orgs.insert(low)),
            "orgword" => lx.orgwords.add(w, 0),
            "nonname" => drop(lx.nonnames.insert(low)),
            "particle" => drop(lx.particles.insert(low)),
            _ => {}
        }
    }
    for r in rows(include_str!("../../../data/officials_places.tsv")) {
        if r.len() < 3 {
            continue;
        }
        lx.places.push(Place {
            name: r[1].to_string(),
            code: r[2].to_string(),
        });
        lx.place_forms.add(r[0], lx.places.len() - 1);
    }
    lx
}

/// The tables, parsed on first use.
pub static LEXICON: LazyLock<Lexicon> = LazyLock::new(build);

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tables_load() {
        let lx = &*LEXICON;
        assert!(lx.form_count >= 150, "{} forms", lx.form_count);
        assert!(lx.honorifics.contains("akbp") && lx.honorifics.contains("dr"));
        assert!(lx.degrees.contains("ssos") && lx.degrees.contains("msi"));
        assert!(lx.nonnames.contains("forkopimda") && lx.nonnames.contains("korpri"));
        assert_eq!(lx.places.len(), 67);
    }

    #[test]
    fn forms_match_longest_with_abbreviation_dots() {
        let lx = &*LEXICON;
        let cases = [
            ("Pj. Bupati Gunung Mas", 3, "Penjabat Bupati"),
            ("Sekda Belu", 1, "Sekretaris Daerah"),
            ("Wakil Wali Kota Tegal", 3, "Wakil Wali Kota"),
            ("Kapolres Ketapang", 1, "Kepala Kepolisian Resor"),
            ("Ketua KPU Ketapang", 2, "Ketua KPU"),
            ("Menpar pun", 1, "Menteri Pariwisata"),
            ("Plt Sekretaris Daerah Jambi", 3, "Pelaksana Tugas Sekretaris Daerah"),
        ];
        for (text, end, role) in cases {
            let lowered = text.to_ascii_lowercase();
            let mut side = String::new();
            let toks = tokenize(text, &lowered, &mut side);
            let (e, p) = lx.forms.longest(&toks, 0).unwrap();
            assert_eq!((e, lx.offices[p].role.as_str()), (end, role), "{text}");
        }
    }
}
