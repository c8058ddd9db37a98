//! Dates (issue 5): not implemented yet; finds nothing.

use std::ops::Range;

use crate::doc::Doc;
use crate::record::{DateRef, Warning};

/// What the dates pass found.
#[derive(Debug, Default)]
pub struct Found {
    /// Dates, sorted by value.
    pub dates: Vec<DateRef>,
    /// Warnings (e.g. a weekday contradicting its date).
    pub warnings: Vec<Warning>,
}

/// Finds the dates `doc` refers to, skipping the byte ranges in `claimed`.
pub fn extract(_doc: &Doc, _claimed: &[Range<usize>]) -> Found {
    Found::default()
}
