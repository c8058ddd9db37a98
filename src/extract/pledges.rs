//! Pledge points (issue 7): not implemented yet; finds nothing.

use crate::doc::Doc;
use crate::record::{PledgeList, Warning};

/// What the pledges pass found.
#[derive(Debug, Default)]
pub struct Found {
    /// Pledge and appeal lists, in text order.
    pub lists: Vec<PledgeList>,
    /// Warnings (`declared_count_mismatch`).
    pub warnings: Vec<Warning>,
}

/// Finds enumerated pledges and appeals in `doc`.
pub fn extract(_doc: &Doc) -> Found {
    Found::default()
}
