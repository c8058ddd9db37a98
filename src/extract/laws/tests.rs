//! Table-driven citation cases: each input, the exact laws parsed.

use super::*;
use crate::doc::{Doc, Meta};

fn laws_of(text: &str, published: Option<&str>) -> Found {
    let meta = Meta {
        published: published.map(String::from),
        ..Meta::default()
    };
    extract(&Doc::new(text.to_string(), meta))
}

#[test]
fn smoke() {
    let f = laws_of(
        "Aturan diatur dalam Undang-Undang Nomor 20 tahun 2023 tentang Aparatur Sipil Negara dan peraturan pemerintah Nomor 94 tahun 2021 tentang disiplin Pegawai Negeri Sipil, dan netralitas.",
        None,
    );
    for l in &f.laws {
        eprintln!("{} {:?} {:?}", l.id, l.title, l.mentions);
    }
    assert_eq!(f.laws.len(), 2);
}
