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
pub fn run(doc: &Doc) -> Extracted {
    let mut warnings = Vec::new();
    let laws = laws::extract(doc);
    let dates = dates::extract(doc, &laws.claimed);
    let regions = regions::extract(doc);
    let (officials, offices) = officials::extract(doc, &regions);
    let pledges = pledges::extract(doc);
    warnings.extend(laws.warnings);
    warnings.extend(dates.warnings);
    warnings.extend(pledges.warnings);
    Extracted {
        regions,
        officials,
        offices,
        dates: dates.dates,
        laws: laws.laws,
        pledges: pledges.lists,
        warnings,
    }
}
