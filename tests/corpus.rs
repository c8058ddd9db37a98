//! The bundled corpus: what a careful reader finds around each seed's body
//! (the `meta` of its gold file), and that the body is clean.

use std::path::Path;

use warta::{Options, analyze_path, clean::text::is_furniture, record::Record};

fn record(name: &str) -> Record {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("corpus").join(name);
    let mut records = analyze_path(&path, name, &Options::default());
    assert_eq!(records.len(), 1);
    let r = records.pop().unwrap();
    assert_eq!(r.error, None, "{name}");
    r
}

struct Expected {
    file: &'static str,
    title: &'static str,
    outlet: Option<&'static str>,
    dateline: Option<&'static str>,
    authors: &'static [&'static str],
    editors: &'static [&'static str],
    published: Option<&'static str>,
}

const SEEDS: &[Expected] = &[
    Expected {
        file: "000_6039dd481e791ffd.txt",
        title: "Pimpin Apel Gabungan, Bupati Martin Rantan Ingatkan Netralitas ASN",
        outlet: Some("insidepontianak.com"),
        dateline: Some("KETAPANG"),
        authors: &["Fauzi"],
        editors: &[],
        published: Some("2024-11-03T12:33:01"),
    },
    Expected {
        file: "001_ee8387888911ce5b.txt",
        title: "Bupati Ketapang Pimpin Deklarasi Netralitas ASN dan Kepala Desa : Tolak Intimidasi dan Politik Uang",
        outlet: Some("Bawaslu Ketapang"),
        dateline: None,
        authors: &["Dede Hadhori"],
        editors: &["Dede Hadhori"],
        published: None,
    },
    Expected {
        file: "002_133b9e6840cbeb87.txt",
        title: "DPRD Gunung Mas Apresiasi Komitmen Pemkab dalam Menjaga Netralitas ASN di Pilkada Serentak 2024",
        outlet: Some("Betang.id"),
        dateline: None,
        authors: &["Edo Wahyudi"],
        editors: &[],
        published: None,
    },
    Expected {
        file: "003_717d31a962b43602.txt",
        title: "NTT Memilih, Pemda Belu Sosialisasi Netralitas ASN, Wabup Aloysius: Sadar Tugas dan Tanggungjawab",
        outlet: Some("POS-KUPANG.COM"),
        dateline: Some("ATAMBUA"),
        authors: &["Agustinus Tanggur"],
        editors: &["Rosalina Woso"],
        published: None,
    },
    Expected {
        file: "004_69e4b941b536bd41.txt",
        title: "Netralitas ASN Salah Satu Kunci Utama Mewujudkan Pilkada yang Adil, Jujur dan Demokratis",
        outlet: Some("PROKALTENG.CO"),
        dateline: Some("KASONGAN"),
        authors: &[],
        editors: &[],
        published: None,
    },
];

#[test]
fn seed_metadata_matches_the_gold_meta() {
    for e in SEEDS {
        let r = record(e.file);
        assert_eq!(r.title.as_deref(), Some(e.title), "{} title", e.file);
        assert_eq!(r.outlet.as_deref(), e.outlet, "{} outlet", e.file);
        assert_eq!(r.dateline.as_deref(), e.dateline, "{} dateline", e.file);
        assert_eq!(r.authors, e.authors, "{} authors", e.file);
        assert_eq!(r.editors, e.editors, "{} editors", e.file);
        assert_eq!(r.published.as_deref(), e.published, "{} published", e.file);
        assert_eq!(r.language.as_deref(), Some("id"), "{} language", e.file);
    }
}

/// Lines of the seeds that are page furniture, bylines, widgets or headlines.
const NOT_BODY: &[&str] = &[
    "Lompat ke isi utama",
    "Leave a comment",
    "Sebarkan artikel ini",
    "Avatar of Edo Wahyudi",
    "Penulis dan Foto : Dede Hadhori",
    "Editor : Dede Hadhori",
    "Penulis: Agustinus Tanggur",
    "Laporan Reporter POS-KUPANG.COM",
    "Baca juga",
    "Baca Juga",
    "Ikuti Berita POS-KUPANG.COM Lainnya di GOOGLE NEWS",
    "Isi komentar sepenuhnya",
    "Terpopuler",
    "Artikel Terbaru",
    "32.7 C",
    "Friday, November 22, 2024",
    "2024-11-03 12:33:01",
    "Foto Deklarasi",
];

#[test]
fn no_furniture_survives_in_any_text() {
    for e in SEEDS {
        let r = record(e.file);
        let text = r.text.unwrap();
        for line in NOT_BODY {
            assert!(!text.contains(line), "{}: {line:?} survived", e.file);
        }
        for para in text.split("\n\n") {
            assert!(!is_furniture(para), "{}: furniture paragraph {para:?}", e.file);
            assert_ne!(para, e.title, "{}: the headline is not body text", e.file);
            assert!(para.split_whitespace().count() > 4, "{}: stray label {para:?}", e.file);
        }
    }
}

#[test]
fn the_body_duplicated_in_004_appears_once() {
    let text = record("004_69e4b941b536bd41.txt").text.unwrap();
    assert_eq!(
        text.matches("Peringatan ini ditegaskan Sekda Kabupaten Katingan Pransang")
            .count(),
        1
    );
    assert_eq!(
        text.matches("mendengarkan program dari masing-masing pasangan calon")
            .count(),
        1
    );
    assert_eq!(text.split("\n\n").count(), 6);
}

#[test]
fn body_paragraphs_are_kept_whole() {
    // The first and last body paragraphs of each seed, as written.
    let ends: &[(&str, &str, &str)] = &[
        (
            "000_6039dd481e791ffd.txt",
            "KETAPANG, insidepontianak.com - Bupati Ketapang",
            "timpalnya. (Fauzi)",
        ),
        (
            "001_ee8387888911ce5b.txt",
            "Foto bersama Deklarasi Netralitas",
            "yang bersih, jujur, dan demokratis.",
        ),
        (
            "002_133b9e6840cbeb87.txt",
            "Betang.id – Ketua sementara DPRD",
            "yang berkualitas di Kabupaten Gunung Mas.",
        ),
        (
            "003_717d31a962b43602.txt",
            "POS-KUPANG.COM, ATAMBUA - Dalam upaya",
            "dalam bentuk apapun. (cr23)",
        ),
        (
            "004_69e4b941b536bd41.txt",
            "KASONGAN, PROKALTENG.CO – Dalam menghadapi",
            "pasangan calon.(eri/art/kpg)",
        ),
    ];
    for (file, first, last) in ends {
        let text = record(file).text.unwrap();
        assert!(text.starts_with(first), "{file}: starts {:?}", &text[..60]);
        assert!(text.ends_with(last), "{file}: ends {:?}", &text[text.len() - 60..]);
    }
}
