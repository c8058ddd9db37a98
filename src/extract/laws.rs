//! Cited laws (issue 4): not implemented yet; finds nothing.

use std::ops::Range;

use crate::doc::Doc;
use crate::record::{Law, Warning};

/// What the laws pass found.
#[derive(Debug, Default)]
pub struct Found {
    /// Cited laws, in order of first mention.
    pub laws: Vec<Law>,
    /// Byte ranges of `doc.text` the citations cover (later passes skip them).
    pub claimed: Vec<Range<usize>>,
    /// Warnings (e.g. a short name resolved without any date).
    pub warnings: Vec<Warning>,
}

/// Finds the laws `doc` cites.
pub fn extract(_doc: &Doc) -> Found {
    Found::default()
}
