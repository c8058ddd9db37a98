//! `warta stats`: the shape of a run at a glance.
//!
//! Reads JSONL records (the output of `warta extract`) and counts, per
//! article: provinces named (a region below provinsi counts for its
//! province), offices (officials' and unnamed offices' canonical roles),
//! laws (by canonical id), error kinds, warning kinds, page types and
//! languages. Each thing counts once per article, so "Jawa Tengah 120" means
//! 120 articles name it. Records are read as plain JSON, so a file written
//! by another schema-1 version of warta reads the same.
//!
//! Cost: one pass over the input; memory is the distinct keys, not the
//! records.

use std::collections::{BTreeMap, BTreeSet};
use std::io::BufRead;

use serde_json::Value;

/// Counts over a set of records.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Stats {
    /// Records read.
    pub records: u64,
    /// Lines that were not JSON objects.
    pub unreadable_lines: u64,
    /// Articles per province.
    pub provinces: BTreeMap<String, u64>,
    /// Articles per canonical office.
    pub offices: BTreeMap<String, u64>,
    /// Articles per law id.
    pub laws: BTreeMap<String, u64>,
    /// Records per error kind.
    pub errors: BTreeMap<String, u64>,
    /// Records per warning kind.
    pub warnings: BTreeMap<String, u64>,
    /// Records per page type.
    pub page_types: BTreeMap<String, u64>,
    /// Records per language (`-` when unknown).
    pub languages: BTreeMap<String, u64>,
}

impl Stats {
    /// Adds the records of `reader`, one JSON object per line.
    pub fn read(&mut self, reader: impl BufRead) -> std::io::Result<()> {
        for line in reader.lines() {
            let line = line?;
            if line.trim().is_empty() {
                continue;
            }
            match serde_json::from_str::<Value>(&line) {
                Ok(record @ Value::Object(_)) => self.add(&record),
                _ => self.unreadable_lines += 1,
            }
        }
        Ok(())
    }

    /// Adds one record.
    pub fn add(&mut self, r: &Value) {
        self.records += 1;
        let str_of = |v: &Value| v.as_str().map(str::to_string);
        let items = |key: &str| r[key].as_array().cloned().unwrap_or_default();
        let once = |map: &mut BTreeMap<String, u64>, keys: BTreeSet<String>| {
            for k in keys {
                *map.entry(k).or_default() += 1;
            }
        };
        let provinces: BTreeSet<String> = items("regions")
            .iter()
            .filter_map(|g| {
                if g["level"] == "provinsi" {
                    str_of(&g["name"])
                } else {
                    str_of(&g["province"])
                }
            })
            .collect();
        once(&mut self.provinces, provinces);
        let offices: BTreeSet<String> = items("officials")
            .iter()
            .chain(items("offices").iter())
            .filter_map(|o| str_of(&o["role"]))
            .collect();
        once(&mut self.offices, offices);
        let laws: BTreeSet<String> = items("laws").iter().filter_map(|l| str_of(&l["id"])).collect();
        once(&mut self.laws, laws);
        let warnings: BTreeSet<String> = items("warnings").iter().filter_map(|w| str_of(&w["kind"])).collect();
        once(&mut self.warnings, warnings);
        if let Some(kind) = str_of(&r["error"]["kind"]) {
            *self.errors.entry(kind).or_default() += 1;
        }
        if let Some(t) = str_of(&r["page_type"]) {
            *self.page_types.entry(t).or_default() += 1;
        }
        let lang = str_of(&r["language"]).unwrap_or_else(|| "-".into());
        *self.languages.entry(lang).or_default() += 1;
    }

    /// The counts as aligned text tables, largest first, each cut to `top`
    /// rows (with a line saying how many more there are).
    pub fn render(&self, top: usize) -> String {
        let mut out = format!("{} records", self.records);
        if self.unreadable_lines > 0 {
            out.push_str(&format!(", {} lines that are not records", self.unreadable_lines));
        }
        out.push('\n');
        for (title, map) in [
            ("provinces (articles)", &self.provinces),
            ("offices (articles)", &self.offices),
            ("laws (articles)", &self.laws),
            ("errors", &self.errors),
            ("warnings (records)", &self.warnings),
            ("page types", &self.page_types),
            ("languages", &self.languages),
        ] {
            out.push_str(&format!("\n{title}\n"));
            if map.is_empty() {
                out.push_str("  (none)\n");
                continue;
            }
            let mut rows: Vec<(&String, &u64)> = map.iter().collect();
            rows.sort_by(|a, b| b.1.cmp(a.1).then_with(|| a.0.cmp(b.0)));
            let width = rows.iter().take(top).map(|(k, _)| k.chars().count()).max().unwrap_or(0);
            for (k, n) in rows.iter().take(top) {
                out.push_str(&format!("  {k:width$}  {n:>8}\n"));
            }
            if rows.len() > top {
                out.push_str(&format!("  … {} more\n", rows.len() - top));
            }
        }
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn counts_each_thing_once_per_article() {
        let lines = [
            r#"{"regions":[{"name":"Ketapang","level":"kabupaten","province":"Kalimantan Barat"},{"name":"Kalimantan Barat","level":"provinsi","province":null}],"officials":[{"role":"Bupati"},{"role":"Bupati"}],"offices":[{"role":"Kapolres"}],"laws":[{"id":"uu-20-2023"}],"warnings":[],"error":null,"page_type":"article","language":"id"}"#,
            r#"{"regions":[],"officials":[],"offices":[],"laws":[{"id":"uu-20-2023"},{"id":"pp-94-2021"}],"warnings":[{"kind":"encoding_fallback"}],"error":null,"page_type":"article","language":null}"#,
            r#"{"regions":[],"officials":[],"offices":[],"laws":[],"warnings":[],"error":{"kind":"binary"},"page_type":null,"language":null}"#,
            "not json",
        ];
        let mut s = Stats::default();
        s.read(std::io::Cursor::new(lines.join("\n"))).unwrap();
        assert_eq!(s.records, 3);
        assert_eq!(s.unreadable_lines, 1);
        assert_eq!(s.provinces, BTreeMap::from([("Kalimantan Barat".to_string(), 1)]));
        assert_eq!(
            s.offices,
            BTreeMap::from([("Bupati".to_string(), 1), ("Kapolres".to_string(), 1)])
        );
        assert_eq!(
            s.laws,
            BTreeMap::from([("pp-94-2021".to_string(), 1), ("uu-20-2023".to_string(), 2)])
        );
        assert_eq!(s.errors, BTreeMap::from([("binary".to_string(), 1)]));
        assert_eq!(
            s.languages,
            BTreeMap::from([("-".to_string(), 2), ("id".to_string(), 1)])
        );
        let table = s.render(1);
        assert!(
            table.starts_with("3 records, 1 lines that are not records\n"),
            "{table}"
        );
        assert!(
            table.contains("\nlaws (articles)\n  uu-20-2023         2\n  … 1 more\n"),
            "{table}"
        );
    }
}
