//! Property tests of the regions pass: no input panics, every mention lies
//! inside the text on char boundaries with code-point offsets, and every
//! mention's text is one of its region's names or aliases (mentions never
//! include the cue word).

use proptest::prelude::*;
use warta::doc::{Doc, Meta};
use warta::extract::regions::{extract, gazetteer::gazetteer};

/// Tokens shaped like Indonesian news around place names.
fn token() -> impl Strategy<Value = String> {
    prop_oneof![
        3 => prop::sample::select(vec![
            "Kabupaten", "Kab.", "Kota", "Kota Administrasi", "Provinsi", "Pemkab", "Pemkot", "Pemprov",
            "Bupati", "Wali Kota", "Gubernur", "Camat", "Kecamatan", "Kec.", "Distrik", "Desa",
            "Kelurahan", "Kel.", "Nagari", "Gampong", "Kampung", "Lurah", "Polres", "DPRD", "KPU",
            "Jalan", "Pulau", "Danau", "Tribun", "Pos", "dan", ",", ".", "-", "(", ")", "\n\n",
        ]).prop_map(str::to_string),
        4 => prop::sample::select(vec![
            "Ketapang", "KETAPANG", "Kapuas", "Kapuas Hulu", "Bandung", "Bandung Barat", "Kupang",
            "Tangerang", "Tangerang Selatan", "Jakarta", "DKI", "Jakarta Pusat", "Jaksel", "Kalbar",
            "Kalteng", "Gumas", "Gunung Mas", "NTT", "Jawa Tengah", "Jateng", "Bangka", "Mampang Prapatan",
            "Cikini", "Sidanegara", "Cilacap", "Cilacap Tengah", "Kasang", "2x11 Kayu Tanam",
            "Parit Malintang", "Sukamaju", "Harapan Jaya", "Toba Samosir", "Batu", "Bima", "Metro",
            "Jambi", "Gorontalo", "Sepang", "Kurun", "Mihing Raya", "Kota Atambua", "Kampung Melayu",
            "insidepontianak.com", "POS-KUPANG.COM", "Kalteng Pos", "humas@kalbar.go.id",
            "https://jateng.tribunnews.com/x", "Sampang", "Padang", "Pekanbaru",
        ]).prop_map(str::to_string),
        2 => "[a-z]{1,9}",
        1 => "[A-Z][a-z]{1,9}",
        1 => "\\PC{1,6}",
        1 => "[“”—–é’ñ]{1,2}",
    ]
}

fn text() -> impl Strategy<Value = String> {
    prop::collection::vec((token(), prop::sample::select(vec![" ", "", ", ", "  ", "\n"])), 0..40)
        .prop_map(|v| v.into_iter().map(|(t, s)| t + s).collect())
}

fn meta() -> impl Strategy<Value = Meta> {
    (
        prop::option::of(prop::sample::select(vec![
            "KETAPANG",
            "Jakarta",
            "Parit Malintang",
            "ATAMBUA",
            "é",
        ])),
        prop::option::of(prop::sample::select(vec![
            "POS-KUPANG.COM",
            "Kalteng Pos",
            "Bawaslu Ketapang",
            "x",
        ])),
    )
        .prop_map(|(d, o)| Meta {
            dateline: d.map(str::to_string),
            outlet: o.map(str::to_string),
            ..Meta::default()
        })
}

fn check(text: &str, meta: Meta) -> Result<(), TestCaseError> {
    let doc = Doc::new(text.to_string(), meta);
    let regions = extract(&doc);
    let g = gazetteer();
    let chars = text.chars().count();
    let mut codes = std::collections::HashSet::new();
    let mut primaries = 0;
    for r in &regions {
        prop_assert!(codes.insert(r.code.clone()), "region {} twice", r.code);
        prop_assert!(!r.mentions.is_empty());
        primaries += usize::from(r.primary);
        let e = g.by_code(&r.code).expect("a gazetteer code");
        prop_assert_eq!(e.name(), r.name.as_str());
        prop_assert_eq!(e.level, r.level);
        for m in &r.mentions {
            prop_assert!(m.start < m.end && m.end <= chars, "{:?} outside {} chars", m, chars);
            let s: String = text.chars().skip(m.start).take(m.end - m.start).collect();
            prop_assert_eq!(&s, &m.text);
            prop_assert!(
                g.is_name_of(&m.text, &r.code),
                "{:?} is no name of {} {}",
                m.text,
                r.code,
                r.name
            );
        }
    }
    prop_assert!(primaries == usize::from(!regions.is_empty()));
    Ok(())
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(1000))]

    #[test]
    fn newsish_text(t in text(), m in meta()) {
        check(&t, m)?;
    }

    #[test]
    fn any_text(t in "\\PC{0,300}", m in meta()) {
        check(&t, m)?;
    }
}
