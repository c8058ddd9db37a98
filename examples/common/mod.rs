//! What the development examples share: reading a folder of articles into
//! memory, so that their timings leave the file system out.

use std::path::Path;

/// Every file below `dir`, read whole, in sorted path order (folders
/// descended depth-first). Panics on an unreadable folder or file: these
/// are development aids run on the bench corpora.
pub fn read_folder(dir: &Path) -> Vec<Vec<u8>> {
    let mut out = Vec::new();
    read_into(dir, &mut out);
    out
}

fn read_into(dir: &Path, out: &mut Vec<Vec<u8>>) {
    let mut entries: Vec<_> = std::fs::read_dir(dir)
        .expect("folder")
        .map(|e| e.expect("entry").path())
        .collect();
    entries.sort();
    for p in entries {
        if p.is_dir() {
            read_into(&p, out);
        } else {
            out.push(std::fs::read(&p).expect("readable"));
        }
    }
}
