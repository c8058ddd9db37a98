use super::*;
use crate::doc::{Doc, Meta};

fn run(text: &str) -> Found {
    extract(&Doc::new(text.to_string(), Meta::default()))
}

#[test]
fn smoke() {
    let f = run("Berikut isi ikrar:\n\nPertama, menjaga netralitas.\n\nKedua, menolak politik uang.");
    assert_eq!(f.lists.len(), 1);
}
