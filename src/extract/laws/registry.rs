//! The registry of well-known regulations (`data/laws.tsv`) and of
//! ministerial regulation forms (`data/laws_ministries.tsv`), parsed once on
//! first use.
//!
//! The registry answers three questions for the grammar and the resolver:
//! which law a short name ("UU ASN") means at a date, what a numbered law's
//! official title is, and which `Permen…` form a ministry's regulation
//! takes. Lookups are hash-map probes on lower-cased keys; building the
//! tables costs well under a millisecond, once per process.

use std::collections::HashMap;
use std::sync::LazyLock;

/// One regulation of `data/laws.tsv`.
#[derive(Debug, Clone)]
pub struct Entry {
    /// Type code ("UU", "PP", "Putusan MK").
    pub kind: String,
    /// Number as promulgated.
    pub number: String,
    /// Year of enactment.
    pub year: i32,
    /// Date of enactment as (y, m, d); 1 January of `year` when unknown.
    pub enacted: (i32, u32, u32),
    /// Date it takes effect, when later than `enacted`.
    pub in_force: Option<(i32, u32, u32)>,
    /// Official title.
    pub title: String,
    /// Short names, as written in the file.
    pub short: Vec<String>,
    /// The law's canonical id ("uu-20-2023").
    pub id: String,
}

impl Entry {
    /// The date from which a short name means this law.
    pub fn effective(&self) -> (i32, u32, u32) {
        self.in_force.unwrap_or(self.enacted)
    }
}

/// A ministry's regulation form.
#[derive(Debug, Clone)]
pub struct Ministry {
    /// Canonical form ("Permendagri").
    pub form: String,
    /// Ministry name as written after "Peraturan Menteri" ("Dalam Negeri").
    pub name: String,
}

/// The parsed tables.
#[derive(Debug)]
pub struct Registry {
    /// Every entry, in file order.
    pub entries: Vec<Entry>,
    by_id: HashMap<String, usize>,
    /// Type code → lower-cased short name or title → entry indices; nested
    /// so that a lookup borrows its `&str` keys instead of building an
    /// owned pair of strings.
    by_short: HashMap<String, HashMap<String, Vec<usize>>>,
    /// Longest short name, in words.
    pub max_short_words: usize,
    /// Ministries, in file order.
    pub ministries: Vec<Ministry>,
    /// Normalised alias ("permendagri") → ministry index.
    ministry_alias: HashMap<String, usize>,
    /// Lower-cased ministry names, as word lists, longest first.
    pub ministry_names: Vec<(Vec<String>, usize)>,
}

static REGISTRY: LazyLock<Registry> = LazyLock::new(|| {
    Registry::parse(
        include_str!("../../../data/laws.tsv"),
        include_str!("../../../data/laws_ministries.tsv"),
    )
});

/// The registry, built on first call (well under a millisecond).
pub fn get() -> &'static Registry {
    &REGISTRY
}

fn parse_date(s: &str) -> Option<(i32, u32, u32)> {
    let mut it = s.trim().split('-');
    let y = it.next()?.parse().ok()?;
    let m = it.next()?.parse().ok()?;
    let d = it.next()?.parse().ok()?;
    Some((y, m, d))
}

/// Lower-cased key of a short name or title: words of letters and digits
/// joined by single spaces ("Barang/Jasa" → "barang jasa"), the cleaner's
/// [`crate::clean::text::normalize`].
pub fn key(s: &str) -> String {
    crate::clean::text::normalize(s)
}

/// [`key`] written into `buf` (cleared first), for a caller that tries
/// many keys: no allocation once `buf` is large enough.
pub fn key_into<'b>(s: &str, buf: &'b mut Vec<u8>) -> &'b str {
    buf.clear();
    crate::clean::text::normalize_into(s, buf);
    std::str::from_utf8(buf).expect("UTF-8 in, UTF-8 out")
}

/// Lower-cased letters and digits only ("PermenPAN-RB" → "permenpanrb").
pub fn squash(s: &str) -> String {
    s.chars()
        .filter(|c| c.is_alphanumeric())
        .flat_map(char::to_lowercase)
        .collect()
}

impl Registry {
    fn parse(laws: &str, ministries: &str) -> Registry {
        let mut entries = Vec::new();
        for line in laws.lines() {
            if line.starts_with('#') || line.trim().is_empty() {
                continue;
            }
            let f: Vec<&str> = line.split('\t').collect();
            assert!(f.len() >= 7, "data/laws.tsv: bad row {line:?}");
            let year: i32 = f[2].parse().expect("data/laws.tsv: year");
            let kind = f[0].to_string();
            let number = f[1].to_string();
            let id = super::law_id(&kind, None, None, Some(&number), Some(year));
            entries.push(Entry {
                enacted: parse_date(f[3]).unwrap_or((year, 1, 1)),
                in_force: parse_date(f[4]),
                title: f[5].to_string(),
                short: f[6]
                    .split(';')
                    .map(str::trim)
                    .filter(|s| !s.is_empty())
                    .map(String::from)
                    .collect(),
                kind,
                number,
                year,
                id,
            });
        }
        let mut by_id = HashMap::new();
        let mut by_short: HashMap<String, HashMap<String, Vec<usize>>> = HashMap::new();
        let mut max_short_words = 1;
        for (i, e) in entries.iter().enumerate() {
            by_id.insert(e.id.clone(), i);
            for s in e.short.iter().chain(std::iter::once(&e.title)) {
                let k = key(s);
                max_short_words = max_short_words.max(k.split(' ').count());
                let v = by_short.entry(e.kind.clone()).or_default().entry(k).or_default();
                if !v.contains(&i) {
                    v.push(i);
                }
            }
        }
        let mut mins = Vec::new();
        let mut ministry_alias = HashMap::new();
        let mut ministry_names = Vec::new();
        for line in ministries.lines() {
            if line.starts_with('#') || line.trim().is_empty() {
                continue;
            }
            let f: Vec<&str> = line.split('\t').collect();
            assert!(f.len() >= 3, "data/laws_ministries.tsv: bad row {line:?}");
            let i = mins.len();
            mins.push(Ministry {
                form: f[0].to_string(),
                name: f[1].to_string(),
            });
            ministry_alias.insert(squash(f[0]), i);
            for a in f[2].split(';') {
                ministry_alias.insert(squash(a), i);
            }
            let words: Vec<String> = key(f[1]).split(' ').map(String::from).collect();
            ministry_names.push((words, i));
        }
        ministry_names.sort_by_key(|m| std::cmp::Reverse(m.0.len()));
        Registry {
            entries,
            by_id,
            by_short,
            max_short_words,
            ministries: mins,
            ministry_alias,
            ministry_names,
        }
    }

    /// The entry with canonical id `id`. Cost: one hash probe.
    pub fn by_id(&self, id: &str) -> Option<&Entry> {
        self.by_id.get(id).map(|&i| &self.entries[i])
    }

    /// Entries of type `kind` whose short name or title has key `k`
    /// (see [`key`]). Cost: two hash probes (kind, then key), no allocation.
    pub fn by_short(&self, kind: &str, k: &str) -> &[usize] {
        self.by_short
            .get(kind)
            .and_then(|by_key| by_key.get(k))
            .map_or(&[], Vec::as_slice)
    }

    /// The ministry name of a form ("Permendagri" → "Dalam Negeri").
    pub fn ministry_of_form(&self, form: &str) -> Option<&str> {
        self.ministries.iter().find(|m| m.form == form).map(|m| m.name.as_str())
    }

    /// The ministry whose short form squashes to `s` ("permendagri").
    pub fn ministry_by_alias(&self, s: &str) -> Option<&Ministry> {
        self.ministry_alias.get(s).map(|&i| &self.ministries[i])
    }

    /// Which of `candidates` (entry indices) a short name means at `anchor`
    /// (y, m, d): the one most recently in force on that day, or the
    /// earliest when the anchor precedes them all; with no anchor, the one
    /// in force `today`.
    pub fn resolve(&self, candidates: &[usize], anchor: (i32, u32, u32)) -> Option<&Entry> {
        let mut best: Option<&Entry> = None;
        for &i in candidates {
            let e = &self.entries[i];
            if e.effective() <= anchor && best.is_none_or(|b| e.effective() > b.effective()) {
                best = Some(e);
            }
        }
        best.or_else(|| {
            candidates
                .iter()
                .map(|&i| &self.entries[i])
                .min_by_key(|e| e.effective())
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn registry_has_the_well_known_laws() {
        let r = get();
        assert!(r.entries.len() >= 60, "{}", r.entries.len());
        assert_eq!(r.by_id("uu-20-2023").unwrap().title, "Aparatur Sipil Negara");
        assert_eq!(r.by_id("uud-1945").unwrap().year, 1945);
        assert_eq!(r.by_id("putusan-mk-60-puu-xxii-2024").unwrap().number, "60/PUU-XXII");
        // every id is unique
        let mut ids: Vec<&str> = r.entries.iter().map(|e| e.id.as_str()).collect();
        ids.sort();
        let n = ids.len();
        ids.dedup();
        assert_eq!(ids.len(), n);
    }

    #[test]
    fn short_names_resolve_by_date() {
        let r = get();
        let asn = r.by_short("UU", "asn");
        assert_eq!(r.resolve(asn, (2020, 5, 1)).unwrap().id, "uu-5-2014");
        assert_eq!(r.resolve(asn, (2023, 10, 30)).unwrap().id, "uu-5-2014");
        assert_eq!(r.resolve(asn, (2023, 10, 31)).unwrap().id, "uu-20-2023");
        assert_eq!(r.resolve(asn, (2010, 1, 1)).unwrap().id, "uu-5-2014");
        let kuhp = r.by_short("UU", "kuhp");
        assert_eq!(r.resolve(kuhp, (2024, 6, 1)).unwrap().id, "uu-1-1946");
        assert_eq!(r.resolve(kuhp, (2026, 1, 2)).unwrap().id, "uu-1-2023");
        let pilkada = r.by_short("UU", "pilkada");
        assert_eq!(r.resolve(pilkada, (2015, 6, 1)).unwrap().id, "uu-8-2015");
        assert_eq!(r.resolve(pilkada, (2024, 6, 1)).unwrap().id, "uu-10-2016");
    }

    #[test]
    fn ministries_by_alias() {
        let r = get();
        assert_eq!(r.ministry_by_alias("permenpanrb").unwrap().form, "PermenPANRB");
        assert_eq!(
            r.ministry_by_alias(&squash("Permen ATR/BPN")).unwrap().form,
            "Permen ATR/BPN"
        );
        assert!(r.ministry_by_alias("permenx").is_none());
    }

    #[test]
    fn keys_fold_case_and_punctuation() {
        assert_eq!(key("Pengadaan Barang/Jasa"), "pengadaan barang jasa");
        assert_eq!(squash("PermenPAN-RB"), "permenpanrb");
        // the buffer is cleared, not appended to
        let mut buf = b"stale".to_vec();
        assert_eq!(key_into("Pengadaan Barang/Jasa", &mut buf), "pengadaan barang jasa");
        assert_eq!(key_into("UU  Desa", &mut buf), "uu desa");
    }
}
