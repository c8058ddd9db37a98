//! What every bench reads: the bundled `corpus/` articles, in file order.
//! Each bench crate uses some of these, hence the `dead_code` allowance.
#![allow(dead_code)]

use warta::doc::Doc;

/// The raw texts of `corpus/*.txt`, sorted by file name.
pub fn corpus_texts() -> Vec<String> {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/corpus");
    let mut paths: Vec<_> = std::fs::read_dir(dir)
        .expect("corpus/ exists")
        .map(|e| e.expect("readable entry").path())
        .filter(|p| p.extension().is_some_and(|e| e == "txt"))
        .collect();
    paths.sort();
    paths
        .iter()
        .map(|p| std::fs::read_to_string(p).expect("corpus files are UTF-8"))
        .collect()
}

/// The corpus texts cleaned into `Doc`s, as the pipeline builds them.
pub fn corpus_docs() -> Vec<Doc> {
    corpus_texts()
        .iter()
        .map(|raw| {
            let cleaned = warta::clean::text::clean(raw, None);
            Doc::new(cleaned.text, cleaned.meta)
        })
        .collect()
}
