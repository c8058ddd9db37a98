//! The pledge tables, parsed once: `data/pledges_lexicon.tsv` (ordinals,
//! continuation words, prefixes, cues, numerals) and
//! `data/pledges_topics.tsv` (topic keywords).
//!
//! Both are compiled into the binary with `include_str!` and parsed on first
//! use behind a [`LazyLock`]; after that every lookup is a hash probe or an
//! Aho-Corasick scan, never a per-document build.

use std::collections::{HashMap, HashSet};
use std::sync::LazyLock;

use aho_corasick::{AhoCorasick, AhoCorasickBuilder, MatchKind};

const LEXICON_TSV: &str = include_str!("../../../data/pledges_lexicon.tsv");
const TOPICS_TSV: &str = include_str!("../../../data/pledges_topics.tsv");

/// What a word found by the marker automaton is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Marker {
    /// An ordinal word with its value ("ketiga" = 3).
    Ordinal(u32),
    /// A continuation word; `true` when it closes the list ("terakhir").
    Continuation { last: bool },
}

/// A class of cue phrase: what a sentence near a list says the list is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Cue {
    /// An ikrar, deklarasi, pakta integritas, sumpah or janji.
    Pledge,
    /// An official's messages, instructions or warnings.
    Appeal,
    /// A list that commits no one (winners, agenda, law structure).
    Other,
}

/// The parsed lexicon.
pub struct Lexicon {
    /// Finds ordinal and continuation words (ASCII case-insensitive); the
    /// pattern index is the index into `markers`.
    pub marker_finder: AhoCorasick,
    /// What each marker pattern means.
    pub markers: Vec<Marker>,
    /// Nouns that may precede an ordinal ("poin", "butir").
    pub prefixes: HashSet<String>,
    /// Words that may precede a (prefixed) ordinal ("dan", "yang").
    pub connectives: HashSet<String>,
    /// Words after which a list starts ("yakni", "yaitu").
    pub openers: HashSet<String>,
    /// Words between a marker and the point's words ("adalah").
    pub leads: HashSet<String>,
    /// Verbs of an interjected speech tag ("lanjut", "kata").
    pub speech: HashSet<String>,
    /// Reporting verbs that make a continuation word a discourse marker.
    pub reporting: HashSet<String>,
    /// Cardinal numerals, as word sequences, with their values.
    pub numbers: Vec<(Vec<String>, u32)>,
    /// Nouns an announced size counts ("poin", "butir").
    pub counts: HashSet<String>,
    /// Cue phrases (word sequences) with their class.
    pub cues: Vec<(Vec<String>, Cue)>,
    /// Words that open an unmarked list item ("tidak", "siap", "kami").
    pub item_start: HashSet<String>,
    /// Verb prefixes that open an unmarked list item ("me", "ber").
    pub item_prefixes: Vec<String>,
    /// Words with those prefixes that are not verbs ("menurut", "terkait").
    pub not_item_start: HashSet<String>,
    /// First words of points that cite a regulation ("uu", "pasal").
    pub not_point_start: HashSet<String>,
    /// Indices into `cues` by the cue's first word.
    pub cue_index: HashMap<String, Vec<usize>>,
}

/// The topic table: an automaton over every keyword.
pub struct Topics {
    /// Leftmost-longest, ASCII case-insensitive automaton over the keywords.
    pub finder: AhoCorasick,
    /// Per pattern: (index into `names`, is a stem).
    pub patterns: Vec<(usize, bool)>,
    /// Topic names in table order.
    pub names: Vec<String>,
}

/// The lexicon, parsed on first use (well under a millisecond).
pub static LEXICON: LazyLock<Lexicon> = LazyLock::new(|| parse_lexicon(LEXICON_TSV));

/// The topic table, parsed on first use.
pub static TOPICS: LazyLock<Topics> = LazyLock::new(|| parse_topics(TOPICS_TSV));

fn rows(tsv: &str) -> impl Iterator<Item = Vec<&str>> {
    tsv.lines()
        .map(str::trim_end)
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
        .map(|l| l.split('\t').collect())
}

fn words(phrase: &str) -> Vec<String> {
    phrase.split_whitespace().map(str::to_lowercase).collect()
}

fn parse_lexicon(tsv: &str) -> Lexicon {
    let mut marker_words = Vec::new();
    let mut markers = Vec::new();
    let mut lex = Lexicon {
        marker_finder: AhoCorasick::new(["x"]).expect("trivial automaton"),
        markers: Vec::new(),
        prefixes: HashSet::new(),
        connectives: HashSet::new(),
        leads: HashSet::new(),
        openers: HashSet::new(),
        speech: HashSet::new(),
        reporting: HashSet::new(),
        numbers: Vec::new(),
        counts: HashSet::new(),
        cues: Vec::new(),
        cue_index: HashMap::new(),
        item_start: HashSet::new(),
        item_prefixes: Vec::new(),
        not_item_start: HashSet::new(),
        not_point_start: HashSet::new(),
    };
    for row in rows(tsv) {
        let (class, word, value) = (
            row[0],
            row.get(1).copied().unwrap_or(""),
            row.get(2).copied().unwrap_or(""),
        );
        let word_lc = word.to_lowercase();
        match class {
            "ordinal" => {
                marker_words.push(word_lc);
                markers.push(Marker::Ordinal(value.parse().expect("ordinal value")));
            }
            "continuation" => {
                marker_words.push(word_lc);
                markers.push(Marker::Continuation { last: value == "last" });
            }
            "prefix" => {
                lex.prefixes.insert(word_lc);
            }
            "connective" => {
                lex.connectives.insert(word_lc);
            }
            "opener" => {
                lex.openers.insert(word_lc);
            }
            "lead" => {
                lex.leads.insert(word_lc);
            }
            "speech" => {
                lex.speech.insert(word_lc);
            }
            "reporting" => {
                lex.reporting.insert(word_lc);
            }
            "number" => lex.numbers.push((words(word), value.parse().expect("number value"))),
            "count" => {
                lex.counts.insert(word_lc);
            }
            "pledge" => lex.cues.push((words(word), Cue::Pledge)),
            "appeal" => lex.cues.push((words(word), Cue::Appeal)),
            "other" => lex.cues.push((words(word), Cue::Other)),
            "item" => match word_lc.strip_suffix('*') {
                Some(prefix) => lex.item_prefixes.push(prefix.to_string()),
                None => {
                    lex.item_start.insert(word_lc);
                }
            },
            "legal" => {
                lex.not_point_start.insert(word_lc);
            }
            "not_item" => {
                lex.not_item_start.insert(word_lc);
            }
            _ => panic!("pledges_lexicon.tsv: unknown class {class:?}"),
        }
    }
    // Longest numerals first, so "dua belas" wins over "dua".
    lex.numbers.sort_by_key(|(w, _)| std::cmp::Reverse(w.len()));
    lex.marker_finder = AhoCorasickBuilder::new()
        .ascii_case_insensitive(true)
        .match_kind(MatchKind::LeftmostLongest)
        .build(&marker_words)
        .expect("marker automaton");
    lex.markers = markers;
    for (i, (w, _)) in lex.cues.iter().enumerate() {
        lex.cue_index.entry(w[0].clone()).or_default().push(i);
    }
    lex
}

fn parse_topics(tsv: &str) -> Topics {
    let mut names: Vec<String> = Vec::new();
    let mut index: HashMap<String, usize> = HashMap::new();
    let mut keywords = Vec::new();
    let mut patterns = Vec::new();
    for row in rows(tsv) {
        let (topic, kw) = (row[0], row.get(1).copied().unwrap_or("").to_lowercase());
        let i = *index.entry(topic.to_string()).or_insert_with(|| {
            names.push(topic.to_string());
            names.len() - 1
        });
        let stem = kw.ends_with('*');
        keywords.push(kw.trim_end_matches('*').to_string());
        patterns.push((i, stem));
    }
    Topics {
        finder: AhoCorasickBuilder::new()
            .ascii_case_insensitive(true)
            .match_kind(MatchKind::LeftmostLongest)
            .build(&keywords)
            .expect("topic automaton"),
        patterns,
        names,
    }
}

/// `word` lowercased with a trailing "nya" removed when at least four letters
/// remain ("arahannya" -> "arahan"). Cost: one allocation.
pub fn base(word: &str) -> String {
    let lc = word.to_lowercase();
    match lc.strip_suffix("nya") {
        Some(stem) if stem.chars().count() >= 4 => stem.to_string(),
        _ => lc,
    }
}

impl Topics {
    /// The topics `text` touches, in table order, each once. Cost: one
    /// automaton scan of `text`.
    pub fn of(&self, text: &str) -> Vec<String> {
        let mut hit = vec![false; self.names.len()];
        let bytes = text.as_bytes();
        for m in self.finder.find_iter(text) {
            let (topic, stem) = self.patterns[m.pattern().as_usize()];
            let before_ok = m.start() == 0 || !is_word_byte(text, m.start(), true);
            let after_ok = stem || m.end() == bytes.len() || !is_word_byte(text, m.end(), false);
            if before_ok && after_ok {
                hit[topic] = true;
            }
        }
        self.names
            .iter()
            .zip(hit)
            .filter(|(_, h)| *h)
            .map(|(n, _)| n.clone())
            .collect()
    }
}

/// Whether the char just before (`before`) or at byte `i` of `text` is a
/// word character (alphanumeric).
pub fn is_word_byte(text: &str, i: usize, before: bool) -> bool {
    let c = if before {
        text[..i].chars().next_back()
    } else {
        text[i..].chars().next()
    };
    c.is_some_and(char::is_alphanumeric)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tables_parse() {
        let lex = &*LEXICON;
        assert_eq!(lex.markers.len(), 15);
        assert!(lex.prefixes.contains("butir"));
        assert_eq!(lex.numbers[0].0.len(), 2, "multi-word numerals first");
        assert!(
            lex.cues
                .iter()
                .any(|(w, c)| w == &["pakta", "integritas"] && *c == Cue::Pledge)
        );
        assert_eq!(TOPICS.names.len(), 4);
    }

    #[test]
    fn topics_match_words_and_stems() {
        let t = &*TOPICS;
        assert_eq!(t.of("menjaga Netralitas ASN"), ["neutrality"]);
        assert_eq!(t.of("menolak politik uang, hoaks"), ["social_media", "money_politics"]);
        assert!(t.of("sarana umum").is_empty(), "sara is a whole word");
        assert!(t.of("").is_empty());
    }

    #[test]
    fn base_strips_nya() {
        assert_eq!(base("Arahannya"), "arahan");
        assert_eq!(base("dianya"), "dianya");
        assert_eq!(base("pesan"), "pesan");
    }
}
