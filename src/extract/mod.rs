//! The extractors: each a pure function of the [`Doc`] (and of what earlier
//! passes found), each in its own module with its data tables under `data/`
//! and its tests beside it.
//!
//! Order matters only where one pass feeds another: laws claim their spans
//! first so that the years inside "Nomor 20 Tahun 2023" are not read as
//! dates; officials link their offices to the regions already found.

pub mod dates;
pub mod laws;
pub mod officials;
pub mod pledges;
pub mod regions;

use std::panic::{AssertUnwindSafe, catch_unwind};

use crate::doc::Doc;
use crate::record::{DateRef, Law, Office, Official, PledgeList, Region, Warning};

/// Everything the extractors found in one document.
#[derive(Debug, Default)]
pub struct Extracted {
    /// Regions, in order of first mention.
    pub regions: Vec<Region>,
    /// Named officials.
    pub officials: Vec<Official>,
    /// Offices named without a person.
    pub offices: Vec<Office>,
    /// Dates.
    pub dates: Vec<DateRef>,
    /// Cited laws.
    pub laws: Vec<Law>,
    /// Pledge and appeal lists.
    pub pledges: Vec<PledgeList>,
    /// Warnings raised by the extractors.
    pub warnings: Vec<Warning>,
}

/// Runs every extractor over `doc`. Cost: linear in the text for each pass.
///
/// # Panics
///
/// When an extractor panics on `doc` (a bug); [`run_many`] turns that into
/// a `None` instead.
pub fn run(doc: &Doc) -> Extracted {
    run_many(&[doc]).pop().flatten().expect("an extractor panicked")
}

/// Runs every extractor over each of `docs`, one extractor at a time over
/// all of them, and returns each document's findings in order, or `None`
/// for a document on which an extractor panicked (a bug; the other
/// documents keep theirs).
///
/// Cost: what [`run`] costs per document, less the cache misses. One
/// extractor over a hundred documents keeps its tables, the lazy DFAs of
/// its regexes (up to 256 KiB each, per thread) and its branch history
/// warm; documents one at a time through all five passes evict each
/// other's, and cost about a sixth more on real articles.
pub fn run_many(docs: &[&Doc]) -> Vec<Option<Extracted>> {
    let mut found: Vec<Option<Extracted>> = docs.iter().map(|_| Some(Extracted::default())).collect();
    let mut claimed = vec![Vec::new(); docs.len()];
    each(docs, &mut found, |i, doc, x| {
        let laws = laws::extract(doc);
        x.laws = laws.laws;
        x.warnings.extend(laws.warnings);
        claimed[i] = laws.claimed;
    });
    each(docs, &mut found, |i, doc, x| {
        let dates = dates::extract(doc, &claimed[i]);
        x.dates = dates.dates;
        x.warnings.extend(dates.warnings);
    });
    each(docs, &mut found, |_, doc, x| x.regions = regions::extract(doc));
    each(docs, &mut found, |_, doc, x| {
        (x.officials, x.offices) = officials::extract(doc, &x.regions);
    });
    each(docs, &mut found, |_, doc, x| {
        let pledges = pledges::extract(doc);
        x.pledges = pledges.lists;
        x.warnings.extend(pledges.warnings);
    });
    found
}

/// Runs `pass` on every document whose earlier passes did not panic; a
/// panic marks the document `None`. Cost: the pass; catching is free
/// until something panics.
fn each(docs: &[&Doc], found: &mut [Option<Extracted>], mut pass: impl FnMut(usize, &Doc, &mut Extracted)) {
    for (i, (doc, slot)) in docs.iter().zip(found.iter_mut()).enumerate() {
        if let Some(x) = slot
            && catch_unwind(AssertUnwindSafe(|| pass(i, doc, x))).is_err()
        {
            *slot = None;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::doc::Meta;

    fn doc(text: &str) -> Doc {
        Doc::new(text.to_string(), Meta::default())
    }

    #[test]
    fn a_panicking_pass_marks_only_its_document() {
        let docs = [doc("satu"), doc("dua"), doc("tiga")];
        let refs: Vec<&Doc> = docs.iter().collect();
        let mut found: Vec<Option<Extracted>> = refs.iter().map(|_| Some(Extracted::default())).collect();
        let mut seen = Vec::new();
        each(&refs, &mut found, |i, d, _| {
            assert_ne!(d.text, "dua", "boom");
            seen.push(i);
        });
        // a later pass skips the failed document
        each(&refs, &mut found, |i, _, _| seen.push(10 + i));
        assert_eq!(seen, [0, 2, 10, 12]);
        assert_eq!(
            found.iter().map(Option::is_some).collect::<Vec<_>>(),
            [true, false, true]
        );
    }

    #[test]
    fn many_documents_at_once_find_what_each_finds_alone() {
        let texts = [
            "Bupati Ketapang Martin Rantan membuka acara di Kecamatan Delta Pawan, Rabu (11/9).",
            "",
            "Sesuai Undang-Undang Nomor 20 Tahun 2023 tentang Aparatur Sipil Negara, Pasal 10.",
            "Pertama, menjaga netralitas. Kedua, tidak memihak. Ketiga, melapor ke Bawaslu.",
        ];
        let docs: Vec<Doc> = texts.iter().map(|t| doc(t)).collect();
        let refs: Vec<&Doc> = docs.iter().collect();
        let many = run_many(&refs);
        assert_eq!(many.len(), texts.len());
        let found = |i: usize| many[i].as_ref().expect("no panic");
        assert_eq!(found(0).officials[0].name, "Martin Rantan");
        assert_eq!(found(0).regions.len(), 2);
        assert_eq!(found(2).laws.len(), 1);
        assert!(found(2).dates.is_empty(), "the law's year is claimed, not a date");
        for (d, m) in docs.iter().zip(many) {
            let alone = run_many(&[d]).pop().flatten().expect("no panic");
            assert_eq!(format!("{:?}", m.expect("no panic")), format!("{alone:?}"));
        }
    }
}
