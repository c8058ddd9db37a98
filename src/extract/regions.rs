//! Regions (issue 3): not implemented yet; finds nothing.

use crate::doc::Doc;
use crate::record::Region;

/// Finds the administrative regions `doc` names.
pub fn extract(_doc: &Doc) -> Vec<Region> {
    Vec::new()
}
