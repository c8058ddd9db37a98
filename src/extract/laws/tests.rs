//! Table-driven citation cases: each input and the exact laws parsed from
//! it (id, type, number, year, title, articles), negatives included.

use super::*;
use crate::doc::{Doc, Meta};

fn laws_of(text: &str, published: Option<&str>) -> Found {
    let meta = Meta {
        published: published.map(String::from),
        ..Meta::default()
    };
    extract(&Doc::new(text.to_string(), meta))
}

/// (id, type, number, year, title, articles)
type Want = (
    &'static str,
    &'static str,
    Option<&'static str>,
    Option<i32>,
    Option<&'static str>,
    &'static [&'static str],
);

const CASES: &[(&str, &[Want])] = &[
    // --- the types and their spellings ---
    (
        "diatur dalam Undang-Undang Nomor 20 Tahun 2023 tentang Aparatur Sipil Negara.",
        &[(
            "uu-20-2023",
            "UU",
            Some("20"),
            Some(2023),
            Some("Aparatur Sipil Negara"),
            &[],
        )],
    ),
    (
        "sesuai Undang-undang Nomor 6 tahun 2014 tentang Desa. Hal itu",
        &[("uu-6-2014", "UU", Some("6"), Some(2014), Some("Desa"), &[])],
    ),
    (
        "menurut UNDANG-UNDANG NOMOR 7 TAHUN 2017 TENTANG PEMILIHAN UMUM.",
        &[("uu-7-2017", "UU", Some("7"), Some(2017), Some("PEMILIHAN UMUM"), &[])],
    ),
    (
        "dalam Undang - undang Nomor 35 Tahun 2009 tentang Narkotika dengan ancaman",
        &[("uu-35-2009", "UU", Some("35"), Some(2009), Some("Narkotika"), &[])],
    ),
    (
        "dijerat UU No. 11 Tahun 2008 tentang ITE.",
        &[("uu-11-2008", "UU", Some("11"), Some(2008), Some("ITE"), &[])],
    ),
    (
        "dijerat UU No 11 Tahun 2008.",
        &[(
            "uu-11-2008",
            "UU",
            Some("11"),
            Some(2008),
            Some("Informasi dan Transaksi Elektronik"),
            &[],
        )],
    ),
    (
        "sesuai UU 10/2016 tentang Pilkada.",
        &[("uu-10-2016", "UU", Some("10"), Some(2016), Some("Pilkada"), &[])],
    ),
    (
        "terancam UU 35/14 dan",
        &[(
            "uu-35-2014",
            "UU",
            Some("35"),
            Some(2014),
            Some("Perubahan atas Undang-Undang Nomor 23 Tahun 2002 tentang Perlindungan Anak"),
            &[],
        )],
    ),
    (
        "UU RI No. 23/2004 tentang PKDRT,” jelas",
        &[("uu-23-2004", "UU", Some("23"), Some(2004), Some("PKDRT"), &[])],
    ),
    (
        "Undang-Undang Republik Indonesia Nomor 2 Tahun 2024 tentang Provinsi Daerah Khusus Jakarta.",
        &[(
            "uu-2-2024",
            "UU",
            Some("2"),
            Some(2024),
            Some("Provinsi Daerah Khusus Jakarta"),
            &[],
        )],
    ),
    (
        "UU Nomer 5 Tahun 2014.",
        &[(
            "uu-5-2014",
            "UU",
            Some("5"),
            Some(2014),
            Some("Aparatur Sipil Negara"),
            &[],
        )],
    ),
    (
        "peraturan pemerintah Nomor 94 tahun 2021 tentang disiplin Pegawai Negeri Sipil, dan",
        &[(
            "pp-94-2021",
            "PP",
            Some("94"),
            Some(2021),
            Some("disiplin Pegawai Negeri Sipil"),
            &[],
        )],
    ),
    (
        "Peraturan Pemerintah (PP) Nomor 18 Tahun 2017 tentang Hak Keuangan dan Administratif Pimpinan dan Anggota DPRD. Hal",
        &[(
            "pp-18-2017",
            "PP",
            Some("18"),
            Some(2017),
            Some("Hak Keuangan dan Administratif Pimpinan dan Anggota DPRD"),
            &[],
        )],
    ),
    (
        "lewat PP 94/2021.",
        &[(
            "pp-94-2021",
            "PP",
            Some("94"),
            Some(2021),
            Some("Disiplin Pegawai Negeri Sipil"),
            &[],
        )],
    ),
    (
        "Peraturan Pemerintah Pengganti Undang-Undang Nomor 1 Tahun 2014 tentang Pemilihan Gubernur, Bupati, dan Walikota.",
        &[(
            "perppu-1-2014",
            "Perppu",
            Some("1"),
            Some(2014),
            Some("Pemilihan Gubernur, Bupati, dan Walikota"),
            &[],
        )],
    ),
    (
        "terbit Perppu Nomor 2 Tahun 2022 tentang Cipta Kerja.",
        &[(
            "perppu-2-2022",
            "Perppu",
            Some("2"),
            Some(2022),
            Some("Cipta Kerja"),
            &[],
        )],
    ),
    (
        "Perpu No 1 Tahun 2020 yang",
        &[(
            "perppu-1-2020",
            "Perppu",
            Some("1"),
            Some(2020),
            Some(
                "Kebijakan Keuangan Negara dan Stabilitas Sistem Keuangan untuk Penanganan Pandemi Corona Virus Disease 2019 (COVID-19)",
            ),
            &[],
        )],
    ),
    (
        "Peraturan Presiden Nomor 16 Tahun 2018 tentang Pengadaan Barang/Jasa Pemerintah.",
        &[(
            "perpres-16-2018",
            "Perpres",
            Some("16"),
            Some(2018),
            Some("Pengadaan Barang/Jasa Pemerintah"),
            &[],
        )],
    ),
    (
        "Perpres 12/2021 mengubah",
        &[(
            "perpres-12-2021",
            "Perpres",
            Some("12"),
            Some(2021),
            Some("Perubahan atas Peraturan Presiden Nomor 16 Tahun 2018 tentang Pengadaan Barang/Jasa Pemerintah"),
            &[],
        )],
    ),
    (
        "Keputusan Presiden Nomor 12 Tahun 2024 tentang Pengangkatan",
        &[(
            "keppres-12-2024",
            "Keppres",
            Some("12"),
            Some(2024),
            Some("Pengangkatan"),
            &[],
        )],
    ),
    (
        "Keppres No 3 Tahun 2019.",
        &[("keppres-3-2019", "Keppres", Some("3"), Some(2019), None, &[])],
    ),
    (
        "Instruksi Presiden Nomor 1 Tahun 2022 tentang Percepatan.",
        &[(
            "inpres-1-2022",
            "Inpres",
            Some("1"),
            Some(2022),
            Some("Percepatan"),
            &[],
        )],
    ),
    (
        "Inpres 4/2020.",
        &[("inpres-4-2020", "Inpres", Some("4"), Some(2020), None, &[])],
    ),
    // --- ministerial regulations ---
    (
        "Permendagri Nomor 15 Tahun 2024 tentang Pedoman Penyusunan APBD.",
        &[(
            "permendagri-15-2024",
            "Permen",
            Some("15"),
            Some(2024),
            Some("Pedoman Penyusunan APBD"),
            &[],
        )],
    ),
    (
        "Peraturan Menteri Dalam Negeri (Permendagri) Nomor 77 Tahun 2020 tentang Pedoman Teknis Pengelolaan Keuangan Daerah.",
        &[(
            "permendagri-77-2020",
            "Permen",
            Some("77"),
            Some(2020),
            Some("Pedoman Teknis Pengelolaan Keuangan Daerah"),
            &[],
        )],
    ),
    (
        "PermenPAN-RB Nomor 1 Tahun 2023 tentang Jabatan Fungsional.",
        &[(
            "permenpanrb-1-2023",
            "Permen",
            Some("1"),
            Some(2023),
            Some("Jabatan Fungsional"),
            &[],
        )],
    ),
    (
        "Permenpan RB No 6 Tahun 2024",
        &[("permenpanrb-6-2024", "Permen", Some("6"), Some(2024), None, &[])],
    ),
    (
        "Peraturan Menteri Pendayagunaan Aparatur Negara dan Reformasi Birokrasi Nomor 6 Tahun 2024 tentang Pengadaan.",
        &[(
            "permenpanrb-6-2024",
            "Permen",
            Some("6"),
            Some(2024),
            Some("Pengadaan"),
            &[],
        )],
    ),
    (
        "PMK Nomor 81 Tahun 2024 tentang Ketentuan Perpajakan.",
        &[(
            "pmk-81-2024",
            "Permen",
            Some("81"),
            Some(2024),
            Some("Ketentuan Perpajakan"),
            &[],
        )],
    ),
    (
        "Permen ATR/BPN Nomor 18 Tahun 2021.",
        &[("permenatrbpn-18-2021", "Permen", Some("18"), Some(2021), None, &[])],
    ),
    (
        "Permendikbudristek Nomor 30 Tahun 2021 tentang Pencegahan.",
        &[(
            "permendikbudristek-30-2021",
            "Permen",
            Some("30"),
            Some(2021),
            Some("Pencegahan"),
            &[],
        )],
    ),
    // --- regional rules ---
    (
        "Peraturan Daerah Nomor 1 Tahun 2015 Tentang Perubahan atas Peraturan Daerah Nomor 3 Tahun 2012 Tentang Retribusi Daerah. Biaya",
        &[
            (
                "perda-1-2015",
                "Perda",
                Some("1"),
                Some(2015),
                Some("Perubahan atas Peraturan Daerah Nomor 3 Tahun 2012 Tentang Retribusi Daerah"),
                &[],
            ),
            (
                "perda-3-2012",
                "Perda",
                Some("3"),
                Some(2012),
                Some("Retribusi Daerah"),
                &[],
            ),
        ],
    ),
    (
        "Perda Kabupaten Ketapang Nomor 3 Tahun 2020 tentang Pajak Daerah.",
        &[(
            "perda-61.04-3-2020",
            "Perda",
            Some("3"),
            Some(2020),
            Some("Pajak Daerah"),
            &[],
        )],
    ),
    (
        "Perda DKI No 8 Tahun 2017 tentang ketertiban umum.",
        &[(
            "perda-31-8-2017",
            "Perda",
            Some("8"),
            Some(2017),
            Some("ketertiban umum"),
            &[],
        )],
    ),
    (
        "Perda Perda DKI No 8 Tahun 2017 tentang ketertiban umum.",
        &[(
            "perda-31-8-2017",
            "Perda",
            Some("8"),
            Some(2017),
            Some("ketertiban umum"),
            &[],
        )],
    ),
    (
        "Peraturan Daerah Provinsi DKI Jakarta Nomor 8 Tahun 2007",
        &[("perda-31-8-2007", "Perda", Some("8"), Some(2007), None, &[])],
    ),
    (
        "Perda Kota Bandung Nomor 9 Tahun 2019 tentang Ketertiban.",
        &[(
            "perda-32.73-9-2019",
            "Perda",
            Some("9"),
            Some(2019),
            Some("Ketertiban"),
            &[],
        )],
    ),
    (
        "Perda Kab. Belu Nomor 2 Tahun 2021",
        &[("perda-53.04-2-2021", "Perda", Some("2"), Some(2021), None, &[])],
    ),
    (
        "Qanun Aceh Nomor 6 Tahun 2014 tentang Hukum Jinayat.",
        &[(
            "perda-11-6-2014",
            "Perda",
            Some("6"),
            Some(2014),
            Some("Hukum Jinayat"),
            &[],
        )],
    ),
    (
        "Perdasus Nomor 5 Tahun 2023",
        &[("perda-5-2023", "Perda", Some("5"), Some(2023), None, &[])],
    ),
    (
        "Peraturan Bupati Ketapang Nomor 12 Tahun 2024 tentang Netralitas.",
        &[(
            "perbup-61.04-12-2024",
            "Perkada",
            Some("12"),
            Some(2024),
            Some("Netralitas"),
            &[],
        )],
    ),
    (
        "Perbup Nomor 1 Tahun 2023",
        &[("perbup-1-2023", "Perkada", Some("1"), Some(2023), None, &[])],
    ),
    (
        "Peraturan Wali Kota Kupang Nomor 4 Tahun 2022",
        &[("perwal-53.71-4-2022", "Perkada", Some("4"), Some(2022), None, &[])],
    ),
    (
        "Perwali No 7 Tahun 2020",
        &[("perwal-7-2020", "Perkada", Some("7"), Some(2020), None, &[])],
    ),
    (
        "Pergub DKI Jakarta Nomor 1 Tahun 2024 tentang Pembatasan.",
        &[(
            "pergub-31-1-2024",
            "Perkada",
            Some("1"),
            Some(2024),
            Some("Pembatasan"),
            &[],
        )],
    ),
    (
        "Peraturan Gubernur Kalimantan Barat Nomor 10 Tahun 2021",
        &[("pergub-61-10-2021", "Perkada", Some("10"), Some(2021), None, &[])],
    ),
    // --- election bodies, circulars, joint decrees, decisions ---
    (
        "Peraturan KPU Nomor 12 Tahun 2017 tentang Pendaftaran, Verifikasi, dan Penetapan Partai Politik. Semula",
        &[(
            "pkpu-12-2017",
            "PKPU",
            Some("12"),
            Some(2017),
            Some("Pendaftaran, Verifikasi, dan Penetapan Partai Politik"),
            &[],
        )],
    ),
    (
        "PKPU Nomor 8 Tahun 2024 tentang Pencalonan.",
        &[("pkpu-8-2024", "PKPU", Some("8"), Some(2024), Some("Pencalonan"), &[])],
    ),
    (
        "Peraturan Komisi Pemilihan Umum Nomor 2 Tahun 2024",
        &[(
            "pkpu-2-2024",
            "PKPU",
            Some("2"),
            Some(2024),
            Some(
                "Tahapan dan Jadwal Pemilihan Gubernur dan Wakil Gubernur, Bupati dan Wakil Bupati, serta Wali Kota dan Wakil Wali Kota Tahun 2024",
            ),
            &[],
        )],
    ),
    (
        "Peraturan Bawaslu Nomor 6 Tahun 2018 tentang Pengawasan Netralitas.",
        &[(
            "perbawaslu-6-2018",
            "Perbawaslu",
            Some("6"),
            Some(2018),
            Some("Pengawasan Netralitas"),
            &[],
        )],
    ),
    (
        "Perbawaslu No 9 Tahun 2024",
        &[("perbawaslu-9-2024", "Perbawaslu", Some("9"), Some(2024), None, &[])],
    ),
    (
        "Surat Edaran Menteri Dalam Negeri Nomor 800/1234/SJ tentang Netralitas ASN.",
        &[(
            "se-menteri-dalam-negeri-800-1234-sj",
            "SE",
            Some("800/1234/SJ"),
            None,
            Some("Netralitas ASN"),
            &[],
        )],
    ),
    (
        "SE MenPAN-RB Nomor 1 Tahun 2024",
        &[("se-menpan-rb-1-2024", "SE", Some("1"), Some(2024), None, &[])],
    ),
    (
        "SKB tentang Pedoman Netralitas ASN.",
        &[(
            "skb-pedoman-netralitas-asn",
            "SKB",
            None,
            None,
            Some("Pedoman Netralitas ASN"),
            &[],
        )],
    ),
    (
        "Surat Keputusan Bersama Nomor 2 Tahun 2022 tentang Pedoman.",
        &[("skb-2-2022", "SKB", Some("2"), Some(2022), Some("Pedoman"), &[])],
    ),
    (
        "Putusan MK Nomor 60/PUU-XXII/2024 mengubah",
        &[(
            "putusan-mk-60-puu-xxii-2024",
            "Putusan MK",
            Some("60/PUU-XXII"),
            Some(2024),
            Some("Pengujian Undang-Undang Nomor 10 Tahun 2016 (ambang batas pencalonan kepala daerah)"),
            &[],
        )],
    ),
    (
        "Putusan Mahkamah Konstitusi No. 90/PUU-XXI/2023 tentang batas usia",
        &[(
            "putusan-mk-90-puu-xxi-2023",
            "Putusan MK",
            Some("90/PUU-XXI"),
            Some(2023),
            Some("batas usia"),
            &[],
        )],
    ),
    (
        "putusan Nomor 1/PHPU.PRES-XXII/2024 dibacakan",
        &[(
            "putusan-mk-1-phpu-pres-xxii-2024",
            "Putusan MK",
            Some("1/PHPU.PRES-XXII"),
            Some(2024),
            None,
            &[],
        )],
    ),
    (
        "Keputusan KPU Nomor 360 Tahun 2024 tentang Penetapan.",
        &[(
            "keputusan-kpu-360-2024",
            "Lainnya",
            Some("360"),
            Some(2024),
            Some("Penetapan"),
            &[],
        )],
    ),
    (
        "Keputusan Gubernur Jawa Barat Nomor:561/Kep.1065 - Yangbangsos/2017. Adapun",
        &[(
            "keputusan-gubernur-jawa-barat-561-kep-1065-yangbangsos-2017",
            "Lainnya",
            Some("561/Kep.1065 - Yangbangsos/2017"),
            Some(2017),
            None,
            &[],
        )],
    ),
    (
        "UUD 1945 menjamin",
        &[(
            "uud-1945",
            "UUD",
            None,
            Some(1945),
            Some("Undang-Undang Dasar Negara Republik Indonesia Tahun 1945"),
            &[],
        )],
    ),
    (
        "Undang-Undang Dasar Negara Republik Indonesia Tahun 1945 menjamin",
        &[(
            "uud-1945",
            "UUD",
            None,
            Some(1945),
            Some("Undang-Undang Dasar Negara Republik Indonesia Tahun 1945"),
            &[],
        )],
    ),
    // --- pasal before and after ---
    (
        "dalam Pasal 10 Undang-undang Nomor 20 Tahun 2023 tentang Aparatur Sipil Negara.",
        &[(
            "uu-20-2023",
            "UU",
            Some("20"),
            Some(2023),
            Some("Aparatur Sipil Negara"),
            &["10"],
        )],
    ),
    (
        "dikenai Pasal 12 huruf a dan Pasal 12 huruf b Undang-Undang Nomor 31 Tahun 1999 dan Undang-Undang Nomor 20 Tahun 2001 tentang Pemberantasan Tindak Pidana Korupsi.",
        &[
            (
                "uu-31-1999",
                "UU",
                Some("31"),
                Some(1999),
                Some("Pemberantasan Tindak Pidana Korupsi"),
                &["12 huruf a", "12 huruf b"],
            ),
            (
                "uu-20-2001",
                "UU",
                Some("20"),
                Some(2001),
                Some("Pemberantasan Tindak Pidana Korupsi"),
                &[],
            ),
        ],
    ),
    (
        "berdasarkan Pasal 44 ayat 2 Peraturan Pemerintah Nomor 78 Tahun 2015 tentang Pengupahan.",
        &[(
            "pp-78-2015",
            "PP",
            Some("78"),
            Some(2015),
            Some("Pengupahan"),
            &["44 ayat (2)"],
        )],
    ),
    (
        "dijerat Pasal 114 ayat 1 subsider Pasal 112 ayat 1 subsider Pasal 132 ke - 1 Undang-Undang Nomor 35 Tahun 2009 tentang Narkotika dengan",
        &[(
            "uu-35-2009",
            "UU",
            Some("35"),
            Some(2009),
            Some("Narkotika"),
            &["114 ayat (1)", "112 ayat (1)", "132 ke-1"],
        )],
    ),
    (
        "melanggar Pasal 280 ayat (2) dan (3) UU Nomor 7 Tahun 2017.",
        &[(
            "uu-7-2017",
            "UU",
            Some("7"),
            Some(2017),
            Some("Pemilihan Umum"),
            &["280 ayat (2) dan (3)"],
        )],
    ),
    (
        "sesuai pasal 9 ayat 2 UU Nomor 5 Tahun 2014 dan",
        &[(
            "uu-5-2014",
            "UU",
            Some("5"),
            Some(2014),
            Some("Aparatur Sipil Negara"),
            &["9 ayat (2)"],
        )],
    ),
    (
        "diatur Pasal 11 huruf c dalam UU Nomor 6 Tahun 2014.",
        &[("uu-6-2014", "UU", Some("6"), Some(2014), Some("Desa"), &["11 huruf c"])],
    ),
    (
        "Pasal 27 ayat 3 UU No. 11 Tahun 2008 tentang ITE juncto Pasal 157 KUHP.",
        &[
            (
                "uu-11-2008",
                "UU",
                Some("11"),
                Some(2008),
                Some("ITE"),
                &["27 ayat (3)"],
            ),
            (
                "uu-1-1946",
                "UU",
                Some("1"),
                Some(1946),
                Some("Peraturan Hukum Pidana"),
                &["157"],
            ),
        ],
    ),
    (
        "Perda DKI No 8 Tahun 2017 tentang ketertiban umum. Dalam Pasal 42 (1) disebutkan, setiap orang dilarang. Pasal 43 setiap orang",
        &[(
            "perda-31-8-2017",
            "Perda",
            Some("8"),
            Some(2017),
            Some("ketertiban umum"),
            &["42 ayat (1)", "43"],
        )],
    ),
    (
        "ada di PP Nomor 18 Tahun 2017 tepatnya pada pasal 30.",
        &[(
            "pp-18-2017",
            "PP",
            Some("18"),
            Some(2017),
            Some("Hak Keuangan dan Administratif Pimpinan dan Anggota Dewan Perwakilan Rakyat Daerah"),
            &["30"],
        )],
    ),
    (
        "Ps 81 UU No. 35/2014 Jo Ps 46 UU RI No. 23/2004 tentang PKDRT.",
        &[
            (
                "uu-35-2014",
                "UU",
                Some("35"),
                Some(2014),
                Some("Perubahan atas Undang-Undang Nomor 23 Tahun 2002 tentang Perlindungan Anak"),
                &["81"],
            ),
            ("uu-23-2004", "UU", Some("23"), Some(2004), Some("PKDRT"), &["46"]),
        ],
    ),
    (
        "Pasal 76D UU 35/2014.",
        &[(
            "uu-35-2014",
            "UU",
            Some("35"),
            Some(2014),
            Some("Perubahan atas Undang-Undang Nomor 23 Tahun 2002 tentang Perlindungan Anak"),
            &["76D"],
        )],
    ),
    (
        "Pasal 33 UUD 1945 mengatur",
        &[(
            "uud-1945",
            "UUD",
            None,
            Some(1945),
            Some("Undang-Undang Dasar Negara Republik Indonesia Tahun 1945"),
            &["33"],
        )],
    ),
    // --- juncto and amendment chains ---
    (
        "UU Nomor 11 Tahun 2008 sebagaimana telah diubah dengan UU Nomor 19 Tahun 2016 tentang Perubahan atas UU Nomor 11 Tahun 2008.",
        &[
            (
                "uu-11-2008",
                "UU",
                Some("11"),
                Some(2008),
                Some("Informasi dan Transaksi Elektronik"),
                &[],
            ),
            (
                "uu-19-2016",
                "UU",
                Some("19"),
                Some(2016),
                Some("Perubahan atas UU Nomor 11 Tahun 2008"),
                &[],
            ),
        ],
    ),
    (
        "UU Nomor 31 Tahun 1999 jo. UU Nomor 20 Tahun 2001",
        &[
            (
                "uu-31-1999",
                "UU",
                Some("31"),
                Some(1999),
                Some("Pemberantasan Tindak Pidana Korupsi"),
                &[],
            ),
            (
                "uu-20-2001",
                "UU",
                Some("20"),
                Some(2001),
                Some("Perubahan atas Undang-Undang Nomor 31 Tahun 1999 tentang Pemberantasan Tindak Pidana Korupsi"),
                &[],
            ),
        ],
    ),
    (
        "Undang-Undang Nomor 20 tahun 2023 tentang Aparatur Sipil Negara dan Peraturan Pemerintah Nomor 94 Tahun 2021 tentang Disiplin PNS.",
        &[
            (
                "uu-20-2023",
                "UU",
                Some("20"),
                Some(2023),
                Some("Aparatur Sipil Negara"),
                &[],
            ),
            ("pp-94-2021", "PP", Some("94"), Some(2021), Some("Disiplin PNS"), &[]),
        ],
    ),
    // --- a later bare number joins the full citation ---
    (
        "PP Nomor 18 Tahun 2017 jadi soal. PP 18 itu baru.",
        &[(
            "pp-18-2017",
            "PP",
            Some("18"),
            Some(2017),
            Some("Hak Keuangan dan Administratif Pimpinan dan Anggota Dewan Perwakilan Rakyat Daerah"),
            &[],
        )],
    ),
    // --- a citation without issuer joins the one with ---
    (
        "Perda DKI No 8 Tahun 2017 tentang ketertiban umum. Perda Nomor 8 Tahun 2017 itu tegas.",
        &[(
            "perda-31-8-2017",
            "Perda",
            Some("8"),
            Some(2017),
            Some("ketertiban umum"),
            &[],
        )],
    ),
    (
        "Peraturan Menteri Nomor 15 Tahun 2024 dan Permendagri Nomor 15 Tahun 2024",
        &[("permendagri-15-2024", "Permen", Some("15"), Some(2024), None, &[])],
    ),
    // --- short names ---
    (
        "netralitas diatur dalam UU ASN pada 2024.",
        &[(
            "uu-20-2023",
            "UU",
            Some("20"),
            Some(2023),
            Some("Aparatur Sipil Negara"),
            &[],
        )],
    ),
    (
        "netralitas diatur dalam UU ASN pada 2019.",
        &[(
            "uu-5-2014",
            "UU",
            Some("5"),
            Some(2014),
            Some("Aparatur Sipil Negara"),
            &[],
        )],
    ),
    (
        "Pasal 71 ayat (1) UU Pilkada melarang pada 2024.",
        &[(
            "uu-10-2016",
            "UU",
            Some("10"),
            Some(2016),
            Some(
                "Perubahan Kedua atas Undang-Undang Nomor 1 Tahun 2015 tentang Penetapan Peraturan Pemerintah Pengganti Undang-Undang Nomor 1 Tahun 2014 tentang Pemilihan Gubernur, Bupati, dan Walikota menjadi Undang-Undang",
            ),
            &["71 ayat (1)"],
        )],
    ),
    (
        "Pasal 280 ayat (2) dan (3) UU Pemilu, kata dia pada 2023.",
        &[(
            "uu-7-2017",
            "UU",
            Some("7"),
            Some(2017),
            Some("Pemilihan Umum"),
            &["280 ayat (2) dan (3)"],
        )],
    ),
    (
        "UU Desa 2018 ",
        &[("uu-6-2014", "UU", Some("6"), Some(2014), Some("Desa"), &[])],
    ),
    (
        "melanggar UU ITE (2020)",
        &[(
            "uu-11-2008",
            "UU",
            Some("11"),
            Some(2008),
            Some("Informasi dan Transaksi Elektronik"),
            &[],
        )],
    ),
    (
        "revisi UU Pemda 2015",
        &[(
            "uu-23-2014",
            "UU",
            Some("23"),
            Some(2014),
            Some("Pemerintahan Daerah"),
            &[],
        )],
    ),
    (
        "UU Pemda 2010",
        &[(
            "uu-32-2004",
            "UU",
            Some("32"),
            Some(2004),
            Some("Pemerintahan Daerah"),
            &[],
        )],
    ),
    (
        "UU Tipikor 2020",
        &[(
            "uu-31-1999",
            "UU",
            Some("31"),
            Some(1999),
            Some("Pemberantasan Tindak Pidana Korupsi"),
            &[],
        )],
    ),
    (
        "Undang-Undang tentang Desa 2016",
        &[("uu-6-2014", "UU", Some("6"), Some(2014), Some("Desa"), &[])],
    ),
    (
        "PP Disiplin PNS 2022",
        &[(
            "pp-94-2021",
            "PP",
            Some("94"),
            Some(2021),
            Some("Disiplin Pegawai Negeri Sipil"),
            &[],
        )],
    ),
    (
        "UU Cipta Kerja 2024",
        &[(
            "uu-6-2023",
            "UU",
            Some("6"),
            Some(2023),
            Some(
                "Penetapan Peraturan Pemerintah Pengganti Undang-Undang Nomor 2 Tahun 2022 tentang Cipta Kerja menjadi Undang-Undang",
            ),
            &[],
        )],
    ),
    (
        "KUHAP 2020",
        &[(
            "uu-8-1981",
            "UU",
            Some("8"),
            Some(1981),
            Some("Hukum Acara Pidana"),
            &[],
        )],
    ),
    (
        "UU Nomor 5 Tahun 2014 tentang ASN. Kini UU ASN",
        &[("uu-5-2014", "UU", Some("5"), Some(2014), Some("ASN"), &[])],
    ),
    (
        "Tersangka terancam Pasal UU Perlindungan terhadap anak dan KDRT (seksual) 76 D UU 35/14 Jo. Ps 81 UU No. 35/2014 Jo Ps 46 UU RI No. 23/2004 tentang PKDRT.",
        &[
            (
                "uu-35-2014",
                "UU",
                Some("35"),
                Some(2014),
                Some("Perubahan atas Undang-Undang Nomor 23 Tahun 2002 tentang Perlindungan Anak"),
                &["76D", "81"],
            ),
            ("uu-23-2004", "UU", Some("23"), Some(2004), Some("PKDRT"), &["46"]),
        ],
    ),
    (
        "dikenakan pasal pembunuhan berencana 340 KUHP pada 2018",
        &[(
            "uu-1-1946",
            "UU",
            Some("1"),
            Some(1946),
            Some("Peraturan Hukum Pidana"),
            &["340"],
        )],
    ),
    (
        "pasal itu. Sebanyak 12 UU Nomor 7 Tahun 2017",
        &[("uu-7-2017", "UU", Some("7"), Some(2017), Some("Pemilihan Umum"), &[])],
    ),
    // --- glosses and short names with numbers ---
    (
        "UU Nomor 1 Tahun 2023 tentang Kitab Undang-Undang Hukum Pidana (KUHP) berlaku",
        &[(
            "uu-1-2023",
            "UU",
            Some("1"),
            Some(2023),
            Some("Kitab Undang-Undang Hukum Pidana"),
            &[],
        )],
    ),
    (
        "UU Pemilu Nomor 7 Tahun 2017 mengatur",
        &[("uu-7-2017", "UU", Some("7"), Some(2017), Some("Pemilihan Umum"), &[])],
    ),
    (
        "Pasal 71 ayat (1) Undang-Undang Nomor 10 Tahun 2016 tentang Pemilihan Gubernur, Bupati, dan Walikota menegaskan",
        &[(
            "uu-10-2016",
            "UU",
            Some("10"),
            Some(2016),
            Some("Pemilihan Gubernur, Bupati, dan Walikota"),
            &["71 ayat (1)"],
        )],
    ),
    (
        "Surat Edaran (SE) Menteri PANRB Nomor 1 Tahun 2024 tentang Netralitas.",
        &[(
            "se-menteri-panrb-1-2024",
            "SE",
            Some("1"),
            Some(2024),
            Some("Netralitas"),
            &[],
        )],
    ),
    (
        "SKB 5 Menteri tentang Netralitas ASN dalam Pemilu.",
        &[(
            "skb-netralitas-asn-dalam-pemilu",
            "SKB",
            None,
            None,
            Some("Netralitas ASN dalam Pemilu"),
            &[],
        )],
    ),
    (
        "Keputusan Bupati Ketapang Nomor 100/BKPSDM-A/2024 tentang Penetapan",
        &[(
            "keputusan-bupati-ketapang-100-bkpsdm-a-2024",
            "Lainnya",
            Some("100/BKPSDM-A/2024"),
            Some(2024),
            Some("Penetapan"),
            &[],
        )],
    ),
    (
        "putusan Mahkamah Konstitusi (MK) Nomor 70/PUU-XXII/2024 soal usia",
        &[(
            "putusan-mk-70-puu-xxii-2024",
            "Putusan MK",
            Some("70/PUU-XXII"),
            Some(2024),
            Some("Pengujian Undang-Undang Nomor 10 Tahun 2016 (batas usia calon kepala daerah)"),
            &[],
        )],
    ),
    (
        "undang-undang nomor 23 tahun 2014 tentang pemerintahan daerah yang",
        &[(
            "uu-23-2014",
            "UU",
            Some("23"),
            Some(2014),
            Some("pemerintahan daerah"),
            &[],
        )],
    ),
    (
        "Pasal 28E ayat (3) UUD 1945",
        &[(
            "uud-1945",
            "UUD",
            None,
            Some(1945),
            Some("Undang-Undang Dasar Negara Republik Indonesia Tahun 1945"),
            &["28E ayat (3)"],
        )],
    ),
    (
        "Peraturan Pemerintah Nomor 53 Tahun 2010, Peraturan Badan Pengawas Pemilihan Umum Nomor 6 Tahun 2018 dan Nomor 28 Tahun 2018.",
        &[
            (
                "pp-53-2010",
                "PP",
                Some("53"),
                Some(2010),
                Some("Disiplin Pegawai Negeri Sipil"),
                &[],
            ),
            ("perbawaslu-6-2018", "Perbawaslu", Some("6"), Some(2018), None, &[]),
            ("perbawaslu-28-2018", "Perbawaslu", Some("28"), Some(2018), None, &[]),
        ],
    ),
    (
        "PP 42 /2004 yang dijabarkan",
        &[("pp-42-2004", "PP", Some("42"), Some(2004), None, &[])],
    ),
    (
        "dalam Surat Edaran Menteri Pendayagunaan Aparatur Negara dan Reformasi Birokrasi Nomor B/71/M.SM.00.00/2017 tentang Pelaksanaan Netralitas bagi ASN pada Penyelenggaraan Pilkada Serentak tahun 2018, Pemilihan Legislatif tahun 2019, dan Pemilihan Presiden dan Wakil Presiden tahun 2019 tanggal 17 Desember 2017",
        &[(
            "se-menteri-pendayagunaan-aparatur-negara-dan-reformasi-birokrasi-b-71-m-sm-00-00-2017",
            "SE",
            Some("B/71/M.SM.00.00/2017"),
            Some(2017),
            Some(
                "Pelaksanaan Netralitas bagi ASN pada Penyelenggaraan Pilkada Serentak tahun 2018, Pemilihan Legislatif tahun 2019, dan Pemilihan Presiden dan Wakil Presiden tahun 2019",
            ),
            &[],
        )],
    ),
    (
        "pada pasal 11 huruf C PP Nomor 42 tahun 2004 tentang Pembinaan Jiwa Korps dan Kode Etik Pegawai Negeri Sipil dimana ASN",
        &[(
            "pp-42-2004",
            "PP",
            Some("42"),
            Some(2004),
            Some("Pembinaan Jiwa Korps dan Kode Etik Pegawai Negeri Sipil"),
            &["11 huruf c"],
        )],
    ),
    (
        "Undang-undang Nomor 10 tahun 2016 tentang Pemilihan Kepala Daerah (Pilkada).",
        &[(
            "uu-10-2016",
            "UU",
            Some("10"),
            Some(2016),
            Some("Pemilihan Kepala Daerah"),
            &[],
        )],
    ),
    (
        "Pasal 280 UU Pemilu memuat larangan. Meliputi dasar negara maupun UUD 1945, menghina.",
        &[
            (
                "uu-7-2017",
                "UU",
                Some("7"),
                Some(2017),
                Some("Pemilihan Umum"),
                &["280"],
            ),
            (
                "uud-1945",
                "UUD",
                None,
                Some(1945),
                Some("Undang-Undang Dasar Negara Republik Indonesia Tahun 1945"),
                &[],
            ),
        ],
    ),
    (
        "UU Nomor 23 Tahun 2014. Pasal 76 ayat (1) huruf i dan j mengatur larangan itu.",
        &[(
            "uu-23-2014",
            "UU",
            Some("23"),
            Some(2014),
            Some("Pemerintahan Daerah"),
            &["76 ayat (1) huruf i dan j"],
        )],
    ),
    (
        "MK dalam Putusan Nomor 90/PUU-XXI/2023 mengabulkan. Putusan MK 90 itu memicu kontroversi.",
        &[(
            "putusan-mk-90-puu-xxi-2023",
            "Putusan MK",
            Some("90/PUU-XXI"),
            Some(2023),
            Some(
                "Pengujian Undang-Undang Nomor 7 Tahun 2017 tentang Pemilihan Umum (batas usia calon presiden dan wakil presiden)",
            ),
            &[],
        )],
    ),
    (
        "UU RI Nomor 17 Tahun 2016 tentang Penetapan Perppu Nomor 1 Tahun 2016 tentang Perubahan Kedua atas UU Nomor 23 Tahun 2002 tentang Perlindungan Anak menjadi Undang-Undang.",
        &[
            (
                "uu-17-2016",
                "UU",
                Some("17"),
                Some(2016),
                Some(
                    "Penetapan Perppu Nomor 1 Tahun 2016 tentang Perubahan Kedua atas UU Nomor 23 Tahun 2002 tentang Perlindungan Anak",
                ),
                &[],
            ),
            (
                "perppu-1-2016",
                "Perppu",
                Some("1"),
                Some(2016),
                Some("Perubahan Kedua atas UU Nomor 23 Tahun 2002 tentang Perlindungan Anak"),
                &[],
            ),
            (
                "uu-23-2002",
                "UU",
                Some("23"),
                Some(2002),
                Some("Perlindungan Anak"),
                &[],
            ),
        ],
    ),
    (
        "Keputusan Menteri Dalam Negeri (Kepmendagri) Nomor 100.1.1-6117 Tahun 2022 tentang Pemberian Kode.",
        &[(
            "keputusan-menteri-dalam-negeri-100-1-1-6117-2022",
            "Lainnya",
            Some("100.1.1-6117"),
            Some(2022),
            Some("Pemberian Kode"),
            &[],
        )],
    ),
    (
        "Keputusan Bersama Menteri PANRB, Mendagri, Kepala BKN, Ketua KASN, dan Ketua Bawaslu Nomor 2 Tahun 2022 tentang Pedoman.",
        &[(
            "skb-menteri-panrb-mendagri-kepala-bkn-ketua-kasn-dan-ketua-bawaslu-2-2022",
            "SKB",
            Some("2"),
            Some(2022),
            Some("Pedoman"),
            &[],
        )],
    ),
    (
        "Peraturan Kapolri Nomor 7 Tahun 2022 tentang Kode Etik Profesi.",
        &[(
            "peraturan-kapolri-7-2022",
            "Lainnya",
            Some("7"),
            Some(2022),
            Some("Kode Etik Profesi"),
            &[],
        )],
    ),
    (
        "pada 2024 pelaku dijerat pasal 340 KUHPidana tentang pembunuhan berencana",
        &[(
            "uu-1-1946",
            "UU",
            Some("1"),
            Some(1946),
            Some("Peraturan Hukum Pidana"),
            &["340"],
        )],
    ),
    (
        "Ia juga dijerat UU Nomor 11 Tahun 2008. Penyidik menambahkan Pasal 5 Perkap tentang kode etik.",
        &[(
            "uu-11-2008",
            "UU",
            Some("11"),
            Some(2008),
            Some("Informasi dan Transaksi Elektronik"),
            &[],
        )],
    ),
    (
        "PP Nomor 94 Tahun 2021 dan UU Nomor 5 Tahun 2014 berlaku.\n\nMenurut Pasal 5 PP tersebut, PNS dilarang.",
        &[
            (
                "pp-94-2021",
                "PP",
                Some("94"),
                Some(2021),
                Some("Disiplin Pegawai Negeri Sipil"),
                &["5"],
            ),
            (
                "uu-5-2014",
                "UU",
                Some("5"),
                Some(2014),
                Some("Aparatur Sipil Negara"),
                &[],
            ),
        ],
    ),
    (
        "Revisi UU Penyiaran dibahas DPR.",
        &[("uu-penyiaran", "UU", None, None, Some("Penyiaran"), &[])],
    ),
    (
        "Pasal 50 UU Perampasan Aset, kata dia.",
        &[("uu-perampasan-aset", "UU", None, None, Some("Perampasan Aset"), &["50"])],
    ),
    (
        "diatur Undang-Undang tentang Penyiaran.",
        &[("uu-penyiaran", "UU", None, None, Some("Penyiaran"), &[])],
    ),
    ("UU Perlindungan terhadap anak dan KDRT", &[]),
    ("UU Ketua DPRD 2 orang", &[]),
    ("menurut UU Bupati Martin menegaskan", &[]),
    ("sesuai UU. Bupati Martin", &[]),
    (
        "dijerat Pasal 2 ayat (1) jo Pasal 18 UU Tipikor jo Pasal 55 ayat (1) ke-1 KUHP pada 2019.",
        &[
            (
                "uu-31-1999",
                "UU",
                Some("31"),
                Some(1999),
                Some("Pemberantasan Tindak Pidana Korupsi"),
                &["2 ayat (1)", "18"],
            ),
            (
                "uu-1-1946",
                "UU",
                Some("1"),
                Some(1946),
                Some("Peraturan Hukum Pidana"),
                &["55 ayat (1) ke-1"],
            ),
        ],
    ),
    (
        "disangka melanggar Pasal 12 huruf a atau huruf b atau Pasal 11 UU No 31 tahun 1999 sebagaimana diubah dengan UU No 20 tahun 2001.",
        &[
            (
                "uu-31-1999",
                "UU",
                Some("31"),
                Some(1999),
                Some("Pemberantasan Tindak Pidana Korupsi"),
                &["12 huruf a atau b", "11"],
            ),
            (
                "uu-20-2001",
                "UU",
                Some("20"),
                Some(2001),
                Some("Perubahan atas Undang-Undang Nomor 31 Tahun 1999 tentang Pemberantasan Tindak Pidana Korupsi"),
                &[],
            ),
        ],
    ),
    (
        "dijerat Pasal 45A ayat (2) juncto Pasal 28 ayat (2) Undang-Undang Nomor 19 Tahun 2016 tentang Perubahan atas Undang-Undang Nomor 11 Tahun 2008 tentang Informasi dan Transaksi Elektronik.",
        &[
            (
                "uu-19-2016",
                "UU",
                Some("19"),
                Some(2016),
                Some("Perubahan atas Undang-Undang Nomor 11 Tahun 2008 tentang Informasi dan Transaksi Elektronik"),
                &["45A ayat (2)", "28 ayat (2)"],
            ),
            (
                "uu-11-2008",
                "UU",
                Some("11"),
                Some(2008),
                Some("Informasi dan Transaksi Elektronik"),
                &[],
            ),
        ],
    ),
    (
        "dijerat Pasal 114 ayat (2) Undang-Undang RI Nomor 35 Tahun 2009 tentang Narkotika.",
        &[(
            "uu-35-2009",
            "UU",
            Some("35"),
            Some(2009),
            Some("Narkotika"),
            &["114 ayat (2)"],
        )],
    ),
    (
        "Pelaku dijerat Pasal 81 Undang-undang Perlindungan Anak pada 2010.",
        &[(
            "uu-23-2002",
            "UU",
            Some("23"),
            Some(2002),
            Some("Perlindungan Anak"),
            &["81"],
        )],
    ),
    (
        "Pasal 340 subsider Pasal 338 KUHP pada 2018.",
        &[(
            "uu-1-1946",
            "UU",
            Some("1"),
            Some(1946),
            Some("Peraturan Hukum Pidana"),
            &["340", "338"],
        )],
    ),
    (
        "sesuai Surat Edaran Menteri PANRB tentang Netralitas ASN, kata dia.",
        &[(
            "se-menteri-panrb-netralitas-asn",
            "SE",
            None,
            None,
            Some("Netralitas ASN"),
            &[],
        )],
    ),
    ("Surat Edaran tentang libur", &[]),
    (
        "UU Nomor 7 Tahun 2017 tentang Pemilu Selasa (6/8/2024) lalu.",
        &[("uu-7-2017", "UU", Some("7"), Some(2017), Some("Pemilu"), &[])],
    ),
    (
        "UU Nomor 7 Tahun 2017 tentang Pemilu 27 November 2024 lalu.",
        &[("uu-7-2017", "UU", Some("7"), Some(2017), Some("Pemilu"), &[])],
    ),
    (
        "PKPU Nomor 2 Tahun 2024 tentang Tahapan Pilkada Serentak 2024 diubah.",
        &[(
            "pkpu-2-2024",
            "PKPU",
            Some("2"),
            Some(2024),
            Some("Tahapan Pilkada Serentak 2024"),
            &[],
        )],
    ),
    // --- negatives ---
    ("PP Muhammadiyah menggelar rapat", &[]),
    ("putusan nomor 12/Pid.B/2024/PN Ktp dibacakan", &[]),
    ("Pasal 33 menyebutkan hal itu", &[]),
    ("surat suara nomor 2 dicoblos", &[]),
    ("pasangan nomor urut 2 unggul", &[]),
    ("hubungi nomor telepon 0812", &[]),
    ("Nomor 1 (satu) adalah", &[]),
    ("pada tahun 2024 nanti", &[]),
    ("Pasalnya masih ada tujuh TPS", &[]),
    ("pasal-pasalnya itu item-item", &[]),
    ("pasal karet itu", &[]),
    ("sesuai dengan Peraturan Daerah (Perda) yang dimiliki Pemprov DKI.", &[]),
    ("di PKPU sebelumnya, verifikasi", &[]),
    ("putusan MK tersebut sudah final", &[]),
    ("RUU Penyiaran dibahas", &[]),
    (
        "berdasarkan Rancangan Undang-Undang Kitab Undang-Undang Hukum Pidana yang dibahas DPR",
        &[],
    ),
    (
        "DPRD membahas rancangan Peraturan Daerah Nomor 5 Tahun 2024 tentang Pajak",
        &[],
    ),
    (
        "Rancangan Undang-Undang tentang Perubahan atas Undang-Undang Nomor 7 Tahun 2017 tentang Pemilihan Umum",
        &[("uu-7-2017", "UU", Some("7"), Some(2017), Some("Pemilihan Umum"), &[])],
    ),
    ("UU yang baru", &[]),
    ("Surat Keputusan KPU Kabupaten Intan Jaya tentang penetapan hasil", &[]),
    ("Budi Santoso, SE menjabat", &[]),
    ("PMK menyerang ternak", &[]),
    ("perdagangan dan perdamaian", &[]),
    ("peraturan tersebut dan keputusan itu", &[]),
    ("SKB di kecamatan itu", &[]),
    ("PP 2024 nanti", &[]),
];

/// An owned [`Want`], for comparison.
type Got = (String, String, Option<String>, Option<i32>, Option<String>, Vec<String>);

#[test]
fn citation_table() {
    let mut failures = Vec::new();
    for (input, want) in CASES {
        let f = laws_of(input, None);
        let got: Vec<Got> = f
            .laws
            .iter()
            .map(|l| {
                (
                    l.id.clone(),
                    l.kind.clone(),
                    l.number.clone(),
                    l.year,
                    l.title.clone(),
                    l.articles.clone(),
                )
            })
            .collect();
        let want: Vec<Got> = want
            .iter()
            .map(|w| {
                (
                    w.0.to_string(),
                    w.1.to_string(),
                    w.2.map(String::from),
                    w.3,
                    w.4.map(String::from),
                    w.5.iter().map(|s| s.to_string()).collect(),
                )
            })
            .collect();
        if got != want {
            failures.push(format!("{input:?}\n   got  {got:?}\n   want {want:?}"));
        }
    }
    assert!(CASES.len() >= 80, "{} cases", CASES.len());
    assert!(
        failures.is_empty(),
        "{} of {} cases fail:\n{}",
        failures.len(),
        CASES.len(),
        failures.join("\n")
    );
}

#[test]
fn short_names_resolve_by_publication_date_and_keep_the_name() {
    let f = laws_of("Netralitas diatur dalam UU ASN.", Some("2023-06-01T08:00:00"));
    assert_eq!(f.laws.len(), 1);
    let l = &f.laws[0];
    assert_eq!(l.id, "uu-5-2014");
    assert_eq!(l.short_name.as_deref(), Some("UU ASN"));
    assert_eq!(l.resolved.as_deref(), Some("short_name"));
    assert!(f.warnings.is_empty());
    let f = laws_of("Netralitas diatur dalam UU ASN.", Some("2024-11-03"));
    assert_eq!(f.laws[0].id, "uu-20-2023");
}

#[test]
fn a_short_name_without_any_date_warns() {
    let f = laws_of("Netralitas diatur dalam UU ASN.", None);
    assert_eq!(f.laws[0].id, "uu-20-2023");
    assert_eq!(f.warnings.len(), 1);
    assert_eq!(f.warnings[0].kind, "law_resolved_without_date");
}

#[test]
fn a_numbered_citation_in_the_article_wins_over_dates() {
    let f = laws_of(
        "UU Nomor 5 Tahun 2014 tentang ASN dulu. Pada 2024 UU ASN masih dikutip.",
        None,
    );
    assert_eq!(f.laws.len(), 1);
    let l = &f.laws[0];
    assert_eq!(l.id, "uu-5-2014");
    assert_eq!(l.resolved, None);
    assert_eq!(l.short_name.as_deref(), Some("UU ASN"));
    let texts: Vec<&str> = l.mentions.iter().map(|m| m.text.as_str()).collect();
    assert_eq!(texts, ["UU Nomor 5 Tahun 2014 tentang ASN", "UU ASN"]);
}

#[test]
fn a_title_naming_another_law_warns_but_stays_as_written() {
    let f = laws_of("UU Nomor 10 tahun 2023 tentang ASN mengatur", None);
    assert_eq!(f.laws[0].id, "uu-10-2023");
    assert_eq!(f.laws[0].title.as_deref(), Some("ASN"));
    assert_eq!(f.warnings.len(), 1);
    assert_eq!(f.warnings[0].kind, "law_title_mismatch");
    let f = laws_of("UU Nomor 20 tahun 2023 tentang Narkotika", None);
    assert_eq!(f.warnings[0].kind, "law_title_mismatch");
    let f = laws_of("UU Nomor 20 tahun 2023 tentang ASN", None);
    assert!(f.warnings.is_empty());
}

#[test]
fn mentions_are_code_point_offsets_and_claims_cover_the_citation() {
    let text = "“Menurut” Undang-Undang Nomor 20 Tahun 2023 tentang Aparatur Sipil Negara, ASN netral. UU Nomor 20 Tahun 2023 lagi.";
    let f = laws_of(text, None);
    assert_eq!(f.laws.len(), 1);
    let l = &f.laws[0];
    assert_eq!(
        l.text,
        "Undang-Undang Nomor 20 Tahun 2023 tentang Aparatur Sipil Negara"
    );
    assert_eq!(l.mentions.len(), 2);
    let m = &l.mentions[0];
    assert_eq!((m.start, m.end), (10, 10 + l.text.chars().count()));
    let chars: Vec<char> = text.chars().collect();
    for m in &l.mentions {
        assert_eq!(chars[m.start..m.end].iter().collect::<String>(), m.text);
    }
    let claimed: Vec<&str> = f.claimed.iter().map(|r| &text[r.clone()]).collect();
    assert_eq!(claimed, [l.text.as_str(), "UU Nomor 20 Tahun 2023"]);
}

#[test]
fn nested_citations_claim_one_merged_span() {
    let text = "Peraturan Daerah Nomor 1 Tahun 2015 Tentang Perubahan atas Peraturan Daerah Nomor 3 Tahun 2012 Tentang Retribusi Daerah.";
    let f = laws_of(text, None);
    assert_eq!(f.laws.len(), 2);
    assert_eq!(f.claimed, vec![0..text.len() - 1]);
}

#[test]
fn ids_join_spellings() {
    for (a, b) in [
        ("UU No. 7/2017", "Undang-Undang Nomor 7 Tahun 2017 tentang Pemilu"),
        (
            "Perda DKI No 8 Tahun 2017",
            "Peraturan Daerah Provinsi DKI Jakarta Nomor 8 Tahun 2017",
        ),
        (
            "Permendagri No 15 Tahun 2024",
            "Peraturan Menteri Dalam Negeri Nomor 15 Tahun 2024",
        ),
        (
            "Putusan MK 60/PUU-XXII/2024",
            "putusan Mahkamah Konstitusi Nomor 60/PUU-XXII/2024",
        ),
    ] {
        let x = laws_of(a, None);
        let y = laws_of(b, None);
        assert_eq!(x.laws[0].id, y.laws[0].id, "{a} / {b}");
    }
}

#[test]
fn law_ids() {
    assert_eq!(law_id("UU", None, None, Some("20"), Some(2023)), "uu-20-2023");
    // Issuer codes come from the gazetteer; an issuer it cannot place
    // uniquely (Kabupaten and Kota Bandung both exist) keeps its slug.
    assert_eq!(
        law_id("Perda", None, Some("Kalbar"), Some("3"), Some(2020)),
        "perda-61-3-2020"
    );
    assert_eq!(
        law_id("Perda", None, Some("Bandung"), Some("3"), Some(2020)),
        "perda-bandung-3-2020"
    );
    assert_eq!(
        law_id("Perkada", Some("Perwal"), Some("Bandung"), Some("3"), Some(2020)),
        "perwal-32.73-3-2020"
    );
    assert_eq!(
        law_id("Perda", None, Some("Negeri Antah"), Some("3"), Some(2020)),
        "perda-negeri-antah-3-2020"
    );
    assert_eq!(
        law_id("Permen", Some("Permendagri"), None, Some("15"), Some(2024)),
        "permendagri-15-2024"
    );
    assert_eq!(
        law_id("Perda", None, Some("Kabupaten Ketapang"), Some("3"), Some(2020)),
        "perda-61.04-3-2020"
    );
    assert_eq!(
        law_id("Perda", None, Some("Kota Bandung"), Some("3"), Some(2020)),
        "perda-32.73-3-2020"
    );
    assert_eq!(
        law_id("Perda", None, Some("Pemkot Bandung"), Some("3"), Some(2020)),
        "perda-32.73-3-2020"
    );
    assert_eq!(
        law_id("Perda", None, Some("Pemprov DKI"), Some("8"), Some(2017)),
        "perda-31-8-2017"
    );
    assert_eq!(
        law_id("Perkada", Some("Perbup"), Some("Ketapang"), Some("1"), Some(2024)),
        "perbup-61.04-1-2024"
    );
    assert_eq!(
        law_id("Putusan MK", None, None, Some("60/PUU-XXII"), Some(2024)),
        "putusan-mk-60-puu-xxii-2024"
    );
    assert_eq!(law_id("UUD", None, None, None, Some(1945)), "uud-1945");
    assert_eq!(
        law_id("SE", None, Some("Mendagri"), Some("800/12/2024"), Some(2024)),
        "se-mendagri-800-12-2024"
    );
}

#[test]
fn civil_dates() {
    assert_eq!(civil_from_days(0), (1970, 1, 1));
    assert_eq!(civil_from_days(19_723), (2024, 1, 1));
    assert_eq!(civil_from_days(20_088), (2024, 12, 31));
}

#[test]
fn a_date_after_a_title_is_not_claimed() {
    for (text, claimed) in [
        (
            "UU Nomor 7 Tahun 2017 tentang Pemilu 27 November 2024 lalu.",
            "UU Nomor 7 Tahun 2017 tentang Pemilu",
        ),
        (
            "Perda DKI No 8 Tahun 2017 tentang Ketertiban Senin (6/8/2024).",
            "Perda DKI No 8 Tahun 2017 tentang Ketertiban",
        ),
        ("UU 10/2016 tentang Pilkada, Rabu (11/9).", "UU 10/2016 tentang Pilkada"),
    ] {
        let f = laws_of(text, None);
        let got: Vec<&str> = f.claimed.iter().map(|r| &text[r.clone()]).collect();
        assert_eq!(got, [claimed], "{text}");
    }
}
