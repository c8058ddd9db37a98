//! Officials (issue 6): not implemented yet; finds nothing.

use crate::doc::Doc;
use crate::record::{Office, Official, Region};

/// Finds named officials and unnamed offices in `doc`, linking offices to
/// `regions`.
pub fn extract(_doc: &Doc, _regions: &[Region]) -> (Vec<Official>, Vec<Office>) {
    (Vec::new(), Vec::new())
}
