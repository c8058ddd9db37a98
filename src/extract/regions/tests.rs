use super::*;
use crate::doc::{Doc, Meta};

fn run(text: &str) -> Vec<Region> {
    extract(&Doc::new(text.to_string(), Meta::default()))
}

#[test]
fn smoke() {
    let r = run("Bupati Ketapang Martin Rantan hadir di Kabupaten Ketapang, Kalimantan Barat.");
    let got: Vec<(&str, RegionLevel, &str)> = r.iter().map(|r| (r.name.as_str(), r.level, r.code.as_str())).collect();
    assert_eq!(
        got,
        [
            ("Ketapang", RegionLevel::Kabupaten, "61.04"),
            ("Kalimantan Barat", RegionLevel::Provinsi, "61")
        ]
    );
}
