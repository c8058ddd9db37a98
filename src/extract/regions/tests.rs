//! Table-driven tests: sentences written for these tests, with the exact
//! regions (name, level, code) a careful reader finds, in order of first
//! mention. Every expected code is checked against the gazetteer too.

use super::*;
use crate::doc::{Doc, Meta};

/// (name, level: p b k c d, code)
type Want = &'static [(&'static str, &'static str, &'static str)];

fn level_letter(l: RegionLevel) -> &'static str {
    match l {
        RegionLevel::Provinsi => "p",
        RegionLevel::Kabupaten => "b",
        RegionLevel::Kota => "k",
        RegionLevel::Kecamatan => "c",
        RegionLevel::Desa => "d",
    }
}

fn run_meta(text: &str, meta: Meta) -> Vec<Region> {
    extract(&Doc::new(text.to_string(), meta))
}

fn run(text: &str) -> Vec<Region> {
    run_meta(text, Meta::default())
}

fn got(regions: &[Region]) -> Vec<(String, &'static str, String)> {
    regions
        .iter()
        .map(|r| (r.name.clone(), level_letter(r.level), r.code.clone()))
        .collect()
}

fn want(w: Want) -> Vec<(String, &'static str, String)> {
    w.iter().map(|&(n, l, c)| (n.to_string(), l, c.to_string())).collect()
}

/// One sentence per province (all 38), each with a region below it.
const PROVINCES: &[(&str, Want)] = &[
    (
        "Gubernur Aceh meninjau banjir di Kabupaten Aceh Utara.",
        &[("Aceh", "p", "11"), ("Aceh Utara", "b", "11.08")],
    ),
    (
        "Polda Sumut menangkap dua orang di Kota Medan.",
        &[("Sumatera Utara", "p", "12"), ("Medan", "k", "12.71")],
    ),
    (
        "Wakil Gubernur Sumbar meresmikan jalan di Kabupaten Agam.",
        &[("Sumatera Barat", "p", "13"), ("Agam", "b", "13.06")],
    ),
    (
        "Kabut asap kembali menyelimuti Pekanbaru, Riau, pada Senin pagi.",
        &[("Pekanbaru", "k", "14.71"), ("Riau", "p", "14")],
    ),
    ("DPRD Provinsi Jambi mengesahkan RAPBD 2025.", &[("Jambi", "p", "15")]),
    (
        "Pemprov Sumsel menyiapkan bantuan untuk warga Ogan Komering Ilir.",
        &[("Sumatera Selatan", "p", "16"), ("Ogan Komering Ilir", "b", "16.02")],
    ),
    (
        "Wali Kota Bengkulu membuka festival Tabot bersama Gubernur Bengkulu.",
        &[("Bengkulu", "k", "17.71"), ("Bengkulu", "p", "17")],
    ),
    (
        "Bupati Lampung Selatan menghadiri rapat di Bandar Lampung, Provinsi Lampung.",
        &[
            ("Lampung Selatan", "b", "18.01"),
            ("Bandar Lampung", "k", "18.71"),
            ("Lampung", "p", "18"),
        ],
    ),
    (
        "Harga timah di Bangka Belitung turun, kata Gubernur Babel.",
        &[("Kepulauan Bangka Belitung", "p", "19")],
    ),
    (
        "Kapal itu berlabuh di Batam, Kepulauan Riau.",
        &[("Batam", "k", "21.71"), ("Kepulauan Riau", "p", "21")],
    ),
    (
        "Banjir merendam Jakarta Utara dan Jakarta Timur, DKI Jakarta.",
        &[
            ("Jakarta Utara", "k", "31.72"),
            ("Jakarta Timur", "k", "31.75"),
            ("DKI Jakarta", "p", "31"),
        ],
    ),
    (
        "Pemprov Jabar mencatat UMK tertinggi di Kabupaten Karawang.",
        &[("Jawa Barat", "p", "32"), ("Karawang", "b", "32.15")],
    ),
    (
        "Tim KPK bergerak ke Kabupaten Kebumen, Jawa Tengah.",
        &[("Kebumen", "b", "33.05"), ("Jawa Tengah", "p", "33")],
    ),
    (
        "Wisatawan memadati Malioboro di Kota Yogyakarta, DIY.",
        &[("Yogyakarta", "k", "34.71"), ("Daerah Istimewa Yogyakarta", "p", "34")],
    ),
    (
        "Gubernur Jatim meninjau lokasi banjir di Bojonegoro.",
        &[("Jawa Timur", "p", "35"), ("Bojonegoro", "b", "35.22")],
    ),
    (
        "KPU Banten menetapkan hasil pemilihan di Kota Tangerang Selatan.",
        &[("Banten", "p", "36"), ("Tangerang Selatan", "k", "36.74")],
    ),
    (
        "Turis asing ditangkap di Kuta, Kabupaten Badung, Bali.",
        &[("Kuta", "c", "51.03.01"), ("Badung", "b", "51.03"), ("Bali", "p", "51")],
    ),
    (
        "Gempa mengguncang Lombok Utara, NTB, Minggu malam.",
        &[("Lombok Utara", "b", "52.08"), ("Nusa Tenggara Barat", "p", "52")],
    ),
    (
        "Bupati Belu dan Wali Kota Kupang hadir dalam rapat di NTT.",
        &[
            ("Belu", "b", "53.04"),
            ("Kupang", "k", "53.71"),
            ("Nusa Tenggara Timur", "p", "53"),
        ],
    ),
    (
        "Kapolda Kalbar meninjau perbatasan di Kabupaten Sanggau.",
        &[("Kalimantan Barat", "p", "61"), ("Sanggau", "b", "61.03")],
    ),
    (
        "Pemkab Gumas menggelar ikrar netralitas di Kuala Kurun, Kalimantan Tengah.",
        &[("Gunung Mas", "b", "62.10"), ("Kalimantan Tengah", "p", "62")],
    ),
    (
        "Banjir melanda Kabupaten Banjar, Kalimantan Selatan.",
        &[("Banjar", "b", "63.03"), ("Kalimantan Selatan", "p", "63")],
    ),
    (
        "Ibu kota negara dibangun di Penajam Paser Utara, Kaltim.",
        &[("Penajam Paser Utara", "b", "64.09"), ("Kalimantan Timur", "p", "64")],
    ),
    (
        "Gubernur Kaltara berkunjung ke Nunukan.",
        &[("Kalimantan Utara", "p", "65"), ("Nunukan", "b", "65.03")],
    ),
    (
        "Wisata bahari di Kota Manado, Sulawesi Utara, kembali dibuka.",
        &[("Manado", "k", "71.71"), ("Sulawesi Utara", "p", "71")],
    ),
    (
        "Gempa dan tsunami melanda Palu dan Donggala, Sulawesi Tengah.",
        &[
            ("Palu", "k", "72.71"),
            ("Donggala", "b", "72.03"),
            ("Sulawesi Tengah", "p", "72"),
        ],
    ),
    (
        "Pemkot Makassar dan Pemprov Sulsel menandatangani kerja sama.",
        &[("Makassar", "k", "73.71"), ("Sulawesi Selatan", "p", "73")],
    ),
    (
        "Kapolda Sultra memimpin apel di Kendari.",
        &[("Sulawesi Tenggara", "p", "74"), ("Kendari", "k", "74.71")],
    ),
    (
        "Gubernur Gorontalo menyerahkan bantuan kepada Pemkab Boalemo.",
        &[("Gorontalo", "p", "75"), ("Boalemo", "b", "75.02")],
    ),
    (
        "Gempa merusak rumah warga di Mamuju, Sulawesi Barat.",
        &[("Mamuju", "b", "76.02"), ("Sulawesi Barat", "p", "76")],
    ),
    (
        "Kerusuhan di Kota Ambon, Maluku, berhasil diredam.",
        &[("Ambon", "k", "81.71"), ("Maluku", "p", "81")],
    ),
    (
        "Bupati Halmahera Selatan dilantik oleh Gubernur Maluku Utara.",
        &[("Halmahera Selatan", "b", "82.04"), ("Maluku Utara", "p", "82")],
    ),
    (
        "KPU Kabupaten Jayapura dan KPU Papua menggelar rapat pleno.",
        &[("Jayapura", "b", "91.03"), ("Papua", "p", "91")],
    ),
    (
        "Bupati Manokwari menyambut tamu dari Papua Barat.",
        &[("Manokwari", "b", "92.02"), ("Papua Barat", "p", "92")],
    ),
    (
        "Pemprov Papua Selatan berkantor sementara di Merauke.",
        &[("Papua Selatan", "p", "93"), ("Merauke", "b", "93.01")],
    ),
    (
        "Kontak tembak terjadi di Kabupaten Intan Jaya, Papua Tengah.",
        &[("Intan Jaya", "b", "94.07"), ("Papua Tengah", "p", "94")],
    ),
    (
        "Wamena, ibu kota Papua Pegunungan, berada di Kabupaten Jayawijaya.",
        &[
            ("Wamena", "c", "95.01.01"),
            ("Papua Pegunungan", "p", "95"),
            ("Jayawijaya", "b", "95.01"),
        ],
    ),
    (
        "Pemkot Sorong dan Pemprov Papua Barat Daya membahas tapal batas.",
        &[("Sorong", "k", "96.71"), ("Papua Barat Daya", "p", "96")],
    ),
];

/// Ambiguous names, levels, cues, aliases, lists, chains and non-regions.
const CASES: &[(&str, Want)] = &[
    // Ketapang: a kabupaten in Kalimantan Barat, kecamatan in Sampang and Lampung Selatan.
    (
        "Bupati Ketapang Martin Rantan memimpin apel.",
        &[("Ketapang", "b", "61.04")],
    ),
    (
        "Deklarasi digelar se-Kabupaten Ketapang.",
        &[("Ketapang", "b", "61.04")],
    ),
    ("Pilkada Ketapang 2024 berjalan damai.", &[("Ketapang", "b", "61.04")]),
    (
        "Dandim 1203/Ketapang ikut menandatangani.",
        &[("Ketapang", "b", "61.04")],
    ),
    (
        "Warga Kecamatan Ketapang, Kabupaten Sampang, Jawa Timur, mengungsi.",
        &[
            ("Ketapang", "c", "35.27.12"),
            ("Sampang", "b", "35.27"),
            ("Jawa Timur", "p", "35"),
        ],
    ),
    (
        "Banjir di Ketapang, Sampang, merendam ratusan rumah.",
        &[("Ketapang", "c", "35.27.12"), ("Sampang", "b", "35.27")],
    ),
    (
        "Warga Ketapang mengungsi setelah banjir melanda Kabupaten Sampang, Jawa Timur.",
        &[
            ("Ketapang", "c", "35.27.12"),
            ("Sampang", "b", "35.27"),
            ("Jawa Timur", "p", "35"),
        ],
    ),
    (
        "SINTANG - Bupati Sintang meninjau Kecamatan Sintang. BPBD Sintang siaga.",
        &[("Sintang", "b", "61.05"), ("Sintang", "c", "61.05.01")],
    ),
    (
        "Polisi menangkap pelaku di Desa Sukamulia, Kecamatan Sukamulia, Lombok Timur.",
        &[
            ("Sukamulia", "d", "52.03.06.2005"),
            ("Sukamulia", "c", "52.03.06"),
            ("Lombok Timur", "b", "52.03"),
        ],
    ),
    (
        "Kapolres Lombok Timur menyebut pelaku beraksi di Masbagik, Aikmel dan Selong.",
        &[
            ("Lombok Timur", "b", "52.03"),
            ("Masbagik", "c", "52.03.05"),
            ("Aikmel", "c", "52.03.09"),
            ("Selong", "c", "52.03.07"),
        ],
    ),
    // Kapuas vs Kapuas Hulu.
    (
        "Banjir di Kapuas Hulu lebih parah daripada di Kapuas.",
        &[("Kapuas Hulu", "b", "61.06"), ("Kapuas", "b", "62.03")],
    ),
    ("Sungai Kapuas meluap lagi.", &[]),
    // Kabupaten vs Kota Bandung.
    (
        "Kabupaten Bandung dan Kota Bandung sama-sama menaikkan UMK.",
        &[("Bandung", "b", "32.04"), ("Bandung", "k", "32.73")],
    ),
    (
        "Wali Kota Bandung bertemu Bupati Bandung.",
        &[("Bandung", "k", "32.73"), ("Bandung", "b", "32.04")],
    ),
    (
        "UMK Kabupaten Bandung, Bandung Barat, dan Sumedang naik.",
        &[
            ("Bandung", "b", "32.04"),
            ("Bandung Barat", "b", "32.17"),
            ("Sumedang", "b", "32.11"),
        ],
    ),
    (
        "Kota Bogor, Kabupaten Bogor, dan Depok menyiapkan posko.",
        &[
            ("Bogor", "k", "32.71"),
            ("Bogor", "b", "32.01"),
            ("Depok", "k", "32.76"),
        ],
    ),
    // Kupang vs Kota Kupang.
    (
        "Pemkab Kupang dan Pemkot Kupang berbagi air bersih.",
        &[("Kupang", "b", "53.01"), ("Kupang", "k", "53.71")],
    ),
    (
        "Warga Kota Kupang mengeluh. Di Kupang, hujan belum turun.",
        &[("Kupang", "k", "53.71")],
    ),
    (
        "Bupati Kupang meninjau sawah. Petani Kupang gagal panen.",
        &[("Kupang", "b", "53.01")],
    ),
    (
        "KUPANG - Hujan deras mengguyur sejak pagi.",
        &[("Kupang", "k", "53.71")],
    ),
    // Tangerang vs Tangerang Selatan.
    (
        "Kota Tangerang dan Tangerang Selatan berbatasan dengan Kabupaten Tangerang.",
        &[
            ("Tangerang", "k", "36.71"),
            ("Tangerang Selatan", "k", "36.74"),
            ("Tangerang", "b", "36.03"),
        ],
    ),
    (
        "Polres Tangsel menangkap pelaku di Pamulang.",
        &[("Tangerang Selatan", "k", "36.74"), ("Pamulang", "c", "36.74.06")],
    ),
    // Provinsi vs kota of one name.
    (
        "Provinsi Jambi dan Kota Jambi merayakan HUT.",
        &[("Jambi", "p", "15"), ("Jambi", "k", "15.71")],
    ),
    ("Gubernur Jambi Zumi Zola diperiksa KPK.", &[("Jambi", "p", "15")]),
    (
        "Kota Gorontalo dan Kabupaten Gorontalo bersaing.",
        &[("Gorontalo", "k", "75.71"), ("Gorontalo", "b", "75.01")],
    ),
    // Bangka: a kabupaten, and a kelurahan in Mampang Prapatan.
    (
        "Timah dari Bangka dikirim ke Jakarta.",
        &[("Bangka", "b", "19.01"), ("DKI Jakarta", "p", "31")],
    ),
    (
        "Kejadian di kawasan Bangka, Mampang Prapatan, Jakarta Selatan.",
        &[
            ("Bangka", "d", "31.74.03.1002"),
            ("Mampang Prapatan", "c", "31.74.03"),
            ("Jakarta Selatan", "k", "31.74"),
        ],
    ),
    // Kecamatan: with a cue, with a parent, and not without either.
    (
        "Camat Mampang Prapatan melapor ke Wali Kota Jakarta Selatan.",
        &[("Mampang Prapatan", "c", "31.74.03"), ("Jakarta Selatan", "k", "31.74")],
    ),
    (
        "Kecamatan Sepang, Mihing Raya, dan Kurun berada di Kabupaten Gunung Mas.",
        &[
            ("Sepang", "c", "62.10.01"),
            ("Mihing Raya", "c", "62.10.07"),
            ("Kurun", "c", "62.10.02"),
            ("Gunung Mas", "b", "62.10"),
        ],
    ),
    (
        "Warga Cilandak dan Tebet, Jakarta Selatan, mengeluhkan banjir.",
        &[
            ("Cilandak", "c", "31.74.06"),
            ("Tebet", "c", "31.74.01"),
            ("Jakarta Selatan", "k", "31.74"),
        ],
    ),
    ("Cilandak ramai pengunjung akhir pekan.", &[]),
    ("Camat Cilandak meninjau lokasi.", &[("Cilandak", "c", "31.74.06")]),
    (
        "Jokowi berada di Balige, Toba Samosir, Minggu.",
        &[("Balige", "c", "12.12.01"), ("Toba", "b", "12.12")],
    ),
    (
        "Warga Kec. Bakongan, Kab. Aceh Selatan, menerima bantuan.",
        &[("Bakongan", "c", "11.01.01"), ("Aceh Selatan", "b", "11.01")],
    ),
    (
        "Camat Kota Atambua membuka acara.",
        &[("Kota Atambua", "c", "53.04.12")],
    ),
    ("Distrik Wamena sepi.", &[("Wamena", "c", "95.01.01")]),
    // Desa/kelurahan: after a cue, before its parent, with a list.
    (
        "Warga Kelurahan Sidanegara, Kecamatan Cilacap Tengah, Kabupaten Cilacap ditangkap.",
        &[
            ("Sidanegara", "d", "33.01.22.1003"),
            ("Cilacap Tengah", "c", "33.01.22"),
            ("Cilacap", "b", "33.01"),
        ],
    ),
    (
        "Proyek tol dimulai di Nagari Kasang, Kecamatan Batang Anai, Kabupaten Padang Pariaman.",
        &[
            ("Kasang", "d", "13.05.02.2002"),
            ("Batang Anai", "c", "13.05.02"),
            ("Padang Pariaman", "b", "13.05"),
        ],
    ),
    (
        "Kawasan terpadu dibangun di Kecamatan 2x11 Kayu Tanam, Padang Pariaman.",
        &[
            ("2 x 11 Kayu Tanam", "c", "13.05.15"),
            ("Padang Pariaman", "b", "13.05"),
        ],
    ),
    (
        "Rapat digelar di Warung Daun, Cikini, Jakarta Pusat.",
        &[("Cikini", "d", "31.71.06.1003"), ("Jakarta Pusat", "k", "31.71")],
    ),
    (
        "Lurah Cikini dan Camat Menteng hadir.",
        &[("Cikini", "d", "31.71.06.1003"), ("Menteng", "c", "31.71.06")],
    ),
    (
        "Kantor Kel. Cikini, Kec. Menteng dicat ulang.",
        &[("Cikini", "d", "31.71.06.1003"), ("Menteng", "c", "31.71.06")],
    ),
    (
        "Banjir di Kelurahan Kampung Melayu, Jakarta Timur, surut.",
        &[
            ("Kampung Melayu", "d", "31.75.03.1001"),
            ("Jakarta Timur", "k", "31.75"),
        ],
    ),
    (
        "Warga Gampong Ujong Padang, Kecamatan Bakongan, Aceh Selatan, bergotong royong.",
        &[
            ("Ujong Padang", "d", "11.01.01.2003"),
            ("Bakongan", "c", "11.01.01"),
            ("Aceh Selatan", "b", "11.01"),
        ],
    ),
    (
        "Kepala Desa Sukamaju, Kecamatan Lempuing Jaya, Kabupaten Ogan Komering Ilir, dilantik.",
        &[
            ("Sukamaju", "d", "16.02.22.2008"),
            ("Lempuing Jaya", "c", "16.02.22"),
            ("Ogan Komering Ilir", "b", "16.02"),
        ],
    ),
    (
        "Banjir merendam Gampong Cot Girek di Aceh Utara.",
        &[("Cot Girek", "d", "11.08.17.2001"), ("Aceh Utara", "b", "11.08")],
    ),
    (
        "Kebakaran di Kelurahan Cempaka Putih Timur, Kecamatan Cempaka Putih, Jakarta Pusat.",
        &[
            ("Cempaka Putih Timur", "d", "31.71.05.1001"),
            ("Cempaka Putih", "c", "31.71.05"),
            ("Jakarta Pusat", "k", "31.71"),
        ],
    ),
    (
        "Kontak tembak terjadi di Distrik Sugapa, Kabupaten Intan Jaya. Warga Kampung Bilogai mengungsi.",
        &[
            ("Sugapa", "c", "94.07.01"),
            ("Intan Jaya", "b", "94.07"),
            ("Bilogai", "d", "94.07.01.2006"),
        ],
    ),
    // A desa named like a common word is no region without a cue.
    ("Harapan warga Sukamaju akhirnya terwujud.", &[]),
    ("Harapan itu baru saja disampaikan Bupati.", &[]),
    ("Warga Baru, Jakarta Pusat, antre.", &[("Jakarta Pusat", "k", "31.71")]),
    // Weak names: everyday words, personal names.
    ("Batu itu menimpa rumah warga.", &[]),
    ("Wali Kota Batu meresmikan taman.", &[("Batu", "k", "35.79")]),
    ("Bima datang terlambat ke rapat.", &[]),
    (
        "Bupati Bima menghadiri rapat di Kota Bima.",
        &[("Bima", "b", "52.06"), ("Bima", "k", "52.72")],
    ),
    ("Polda Metro Jaya menangkap pelaku.", &[]),
    ("Metro TV melaporkan langsung.", &[]),
    (
        "Kapolres Metro Jakarta Selatan menangkap pelaku.",
        &[("Jakarta Selatan", "k", "31.74")],
    ),
    (
        "Kota Metro, Lampung, meraih Adipura.",
        &[("Metro", "k", "18.72"), ("Lampung", "p", "18")],
    ),
    ("Ia makan nasi Padang di warung.", &[]),
    ("Rumah makan Padang dan warung Tegal ramai.", &[]),
    (
        "Gempa terasa hingga Padang dan Bukittinggi.",
        &[("Padang", "k", "13.71"), ("Bukittinggi", "k", "13.75")],
    ),
    (
        "Tol Padang-Pekanbaru melintasi Sumatera Barat, kata Gubernur Sumbar.",
        &[
            ("Padang", "k", "13.71"),
            ("Pekanbaru", "k", "14.71"),
            ("Sumatera Barat", "p", "13"),
        ],
    ),
    // Aliases and short names.
    (
        "Gubernur Kalbar, Kalteng, dan Kaltim bertemu di Balikpapan.",
        &[
            ("Kalimantan Barat", "p", "61"),
            ("Kalimantan Tengah", "p", "62"),
            ("Kalimantan Timur", "p", "64"),
            ("Balikpapan", "k", "64.71"),
        ],
    ),
    (
        "Jaksel, Jakpus, dan Jaktim dilanda banjir.",
        &[
            ("Jakarta Selatan", "k", "31.74"),
            ("Jakarta Pusat", "k", "31.71"),
            ("Jakarta Timur", "k", "31.75"),
        ],
    ),
    (
        "Pemkab Kukar dan Pemkab Kotim menandatangani MoU.",
        &[
            ("Kutai Kartanegara", "b", "64.02"),
            ("Kotawaringin Timur", "b", "62.02"),
        ],
    ),
    (
        "Bupati Minut menghadiri rapat di Sulut.",
        &[("Minahasa Utara", "b", "71.06"), ("Sulawesi Utara", "p", "71")],
    ),
    (
        "Pemprov DKI dan Pemprov Jateng bekerja sama.",
        &[("DKI Jakarta", "p", "31"), ("Jawa Tengah", "p", "33")],
    ),
    (
        "NTT dan NTB rawan kekeringan.",
        &[("Nusa Tenggara Timur", "p", "53"), ("Nusa Tenggara Barat", "p", "52")],
    ),
    (
        "Pemerintah Daerah Khusus Ibukota Jakarta menggelar rapat.",
        &[("DKI Jakarta", "p", "31")],
    ),
    (
        "Kantor Kota Administrasi Jakarta Barat pindah.",
        &[("Jakarta Barat", "k", "31.73")],
    ),
    (
        "Wisata Kepulauan Seribu ramai dikunjungi.",
        &[("Kepulauan Seribu", "b", "31.01")],
    ),
    ("Wali Kota Solo menyambut tamu.", &[("Surakarta", "k", "33.72")]),
    (
        "Bupati Maluku Tenggara Barat dilantik.",
        &[("Kepulauan Tanimbar", "b", "81.03")],
    ),
    ("Pemkab Mamuju Utara berganti nama.", &[("Pasangkayu", "b", "76.01")]),
    (
        "Penerbangan Pangkalpinang ke Palangka Raya dibuka.",
        &[("Pangkal Pinang", "k", "19.71"), ("Palangkaraya", "k", "62.71")],
    ),
    ("Pemkot Bau-Bau menata pantai.", &[("Bau Bau", "k", "74.72")]),
    ("Kabupaten Toli-Toli menyiapkan lahan.", &[("Toli-Toli", "b", "72.04")]),
    (
        "Kabupaten Pangkajene dan Kepulauan (Pangkep) menggelar festival.",
        &[("Pangkajene dan Kepulauan", "b", "73.10")],
    ),
    (
        "Warga Tanjungpinang menyambut Imlek.",
        &[("Tanjung Pinang", "k", "21.72")],
    ),
    (
        "Kab. Sleman dan Kab. Bantul siaga.",
        &[("Sleman", "b", "34.04"), ("Bantul", "b", "34.02")],
    ),
    (
        "Kabupaten Kotawaringin Barat menambah posko.",
        &[("Kotawaringin Barat", "b", "62.01")],
    ),
    (
        "Ketua DPRD Kabupaten Gunung Mas mengapresiasi Pemkab Gumas.",
        &[("Gunung Mas", "b", "62.10")],
    ),
    ("Kapolres Sintang memimpin apel.", &[("Sintang", "b", "61.05")]),
    (
        "Upah Minimum Kabupaten/Kota se-Jawa Barat ditetapkan.",
        &[("Jawa Barat", "p", "32")],
    ),
    (
        "Sandiaga berkantor di Balai Kota Jakarta.",
        &[("DKI Jakarta", "p", "31")],
    ),
    (
        "Jakarta's governor visited Bandung.",
        &[("DKI Jakarta", "p", "31"), ("Bandung", "k", "32.73")],
    ),
    ("Turis memadati Yogyakarta saat libur.", &[("Yogyakarta", "k", "34.71")]),
    // Not regions: streets, lakes, islands, clubs, universities, lowercase words.
    (
        "Jalan Medan Merdeka di Jakarta Pusat ditutup.",
        &[("Jakarta Pusat", "k", "31.71")],
    ),
    ("Wisatawan menikmati Danau Toba dari Parapat.", &[]),
    ("Pulau Nias dilanda gempa.", &[]),
    ("Persib Bandung menang atas Semen Padang.", &[]),
    ("Persebaya Surabaya menjamu PSM Makassar, lalu Bali United.", &[]),
    ("Penumpang turun di Stasiun Gambir.", &[]),
    ("Delegasi Papua Nugini tiba di Jayapura.", &[("Jayapura", "k", "91.71")]),
    ("Mahasiswa Universitas Sumatera Utara berunjuk rasa.", &[]),
    ("di kota itu, ketapang tumbuh subur.", &[]),
    ("Harga jeruk kalbar naik.", &[]),
    // Outlets, URLs, e-mail.
    (
        "POS-KUPANG.COM, ATAMBUA - Sosialisasi digelar Pemerintah Kabupaten Belu.",
        &[("Belu", "b", "53.04")],
    ),
    (
        "KETAPANG, insidepontianak.com - Bupati Ketapang hadir.",
        &[("Ketapang", "b", "61.04")],
    ),
    (
        "Peringatan ini ditegaskan kepada Kalteng Pos (Grup prokalteng.co), Selasa.",
        &[],
    ),
    ("Berita ini dikutip dari Tribun Jateng dan Radar Bogor.", &[]),
    (
        "Lihat www.jatengprov.go.id atau kirim surel ke humas@kalbarprov.go.id.",
        &[],
    ),
    ("Baca di https://kaltim.tribunnews.com/berita/samarinda hari ini.", &[]),
];

fn check_table(table: &[(&str, Want)]) {
    let g = gazetteer();
    let mut failures = Vec::new();
    for &(text, w) in table {
        for &(name, level, code) in w {
            let e = g.by_code(code).unwrap_or_else(|| panic!("no code {code} ({text})"));
            assert_eq!(
                (e.name(), level_letter(e.level)),
                (name, level),
                "code {code} in the data"
            );
        }
        let regions = run(text);
        if got(&regions) != want(w) {
            failures.push(format!("{text}\n   got  {:?}\n   want {:?}", got(&regions), want(w)));
        }
    }
    assert!(
        failures.is_empty(),
        "{} failures:\n{}",
        failures.len(),
        failures.join("\n")
    );
}

#[test]
fn all_38_provinces() {
    assert_eq!(PROVINCES.len(), 38);
    let mut codes: Vec<&str> = PROVINCES
        .iter()
        .flat_map(|(_, w)| w.iter().filter(|r| r.1 == "p").map(|r| r.2))
        .collect();
    codes.sort();
    codes.dedup();
    assert_eq!(codes.len(), 38, "every province once");
    check_table(PROVINCES);
}

#[test]
fn ambiguous_names_cues_aliases_and_non_regions() {
    check_table(CASES);
}

#[test]
fn mentions_are_code_point_offsets_without_cue_words() {
    let text = "“Saya” kata Bupati Ketapang — di Kabupaten Ketapang, Kalbar.";
    let r = run(text);
    assert_eq!(r.len(), 2);
    let m: Vec<(usize, usize, &str)> = r[0]
        .mentions
        .iter()
        .map(|m| (m.start, m.end, m.text.as_str()))
        .collect();
    assert_eq!(m, [(19, 27, "Ketapang"), (43, 51, "Ketapang")]);
    for m in r.iter().flat_map(|r| &r.mentions) {
        let s: String = text.chars().skip(m.start).take(m.end - m.start).collect();
        assert_eq!(s, m.text);
    }
    assert_eq!(r[1].mentions[0].text, "Kalbar");
}

#[test]
fn province_and_regency_fields() {
    let r = run("Warga Kelurahan Sidanegara, Kecamatan Cilacap Tengah, Kabupaten Cilacap, Jawa Tengah.");
    let f: Vec<(&str, Option<&str>, Option<&str>)> = r
        .iter()
        .map(|r| (r.name.as_str(), r.province.as_deref(), r.regency.as_deref()))
        .collect();
    assert_eq!(
        f,
        [
            ("Sidanegara", Some("Jawa Tengah"), Some("Cilacap")),
            ("Cilacap Tengah", Some("Jawa Tengah"), Some("Cilacap")),
            ("Cilacap", Some("Jawa Tengah"), None),
            ("Jawa Tengah", None, None),
        ]
    );
    let r = run("Kantor Wali Kota Jakarta Pusat.");
    assert_eq!(r[0].province.as_deref(), Some("DKI Jakarta"));
}

#[test]
fn primary_region() {
    // The dateline counts.
    let meta = Meta {
        dateline: Some("KASONGAN".into()),
        ..Meta::default()
    };
    let r = run_meta(
        "KASONGAN - Sekda Kabupaten Katingan Pransang, kepada Kalteng Pos.",
        meta,
    );
    assert_eq!(got(&r), want(&[("Katingan", "b", "62.06")]));
    assert!(r[0].primary);
    let meta = Meta {
        dateline: Some("Jakarta".into()),
        ..Meta::default()
    };
    let r = run_meta(
        "Jakarta - Bupati Kebumen ditangkap KPK di Kebumen, Jawa Tengah. Kebumen berduka.",
        meta,
    );
    let p: Vec<(&str, bool)> = r.iter().map(|r| (r.name.as_str(), r.primary)).collect();
    // A bureau's dateline does not outweigh the region the article is about.
    assert_eq!(p, [("DKI Jakarta", false), ("Kebumen", true), ("Jawa Tengah", false)]);
    let meta = Meta {
        dateline: Some("KETAPANG".into()),
        ..Meta::default()
    };
    let r = run_meta("KETAPANG - Kapolda Kalbar meninjau apel.", meta);
    let p: Vec<(&str, bool)> = r.iter().map(|r| (r.name.as_str(), r.primary)).collect();
    assert_eq!(p, [("Ketapang", true), ("Kalimantan Barat", false)]);
    // Without a dateline: office titles and mentions.
    let r = run("Gubernur Kalteng memuji Bupati Gunung Mas. Pemkab Gumas siap.");
    let p: Vec<(&str, bool)> = r.iter().map(|r| (r.name.as_str(), r.primary)).collect();
    assert_eq!(p, [("Kalimantan Tengah", false), ("Gunung Mas", true)]);
    assert!(run("Tidak ada wilayah di sini.").is_empty());
}

#[test]
fn outlet_from_meta_is_no_mention() {
    let meta = Meta {
        outlet: Some("Bawaslu Ketapang".into()),
        ..Meta::default()
    };
    let r = run_meta("Bawaslu Ketapang : Menjelang Pilkada, Bupati Ketapang hadir.", meta);
    assert_eq!(got(&r), want(&[("Ketapang", "b", "61.04")]));
    assert_eq!(r[0].mentions.len(), 1);
    let meta = Meta {
        outlet: Some("Pos Kupang".into()),
        ..Meta::default()
    };
    assert!(run_meta("Dilansir Pos Kupang, warga antre air.", meta).is_empty());
}

#[test]
fn dateline_desa_needs_its_regency() {
    let meta = Meta {
        dateline: Some("Parit Malintang".into()),
        ..Meta::default()
    };
    let text = "Parit Malintang (ANTARA News) - Bupati Padang Pariaman meninjau tol di Parit Malintang.";
    let r = run_meta(text, meta.clone());
    assert_eq!(
        got(&r),
        want(&[
            ("Parit Malintang", "d", "13.05.17.2004"),
            ("Padang Pariaman", "b", "13.05")
        ])
    );
    assert_eq!(r[0].mentions.len(), 2);
    assert!(run_meta("Parit Malintang (ANTARA News) - Tol dibangun.", meta).is_empty());
}

#[test]
fn capital_scan_finds_every_word_initial_capital_and_digit() {
    let cases: &[(&str, usize, Option<usize>)] = &[
        ("", 0, None),
        ("abc", 0, None),
        ("abcdefghijklmnopqrstuvwxyz", 0, None),
        ("abcdefghijklmnopqrstuvwxyZ", 0, None),
        ("abcdefghijklmnopqrstuvwxy Z", 0, Some(26)),
        ("abcdefgh9", 0, None),
        ("abcdefg-9", 0, Some(8)),
        ("A", 0, Some(0)),
        ("xA", 1, None),
        ("x A", 1, Some(2)),
        ("Abcdefghijk", 1, None),
        ("ABCDEFGHIJ KL", 1, Some(11)),
        ("éééééééé@[`{Z", 0, Some(20)),
        ("éZ", 0, Some(2)),
        ("ééééééééé", 0, None),
        ("aaaaaaa/:0", 0, Some(9)),
    ];
    for &(text, from, want) in cases {
        assert_eq!(
            next_capital_or_digit(text.as_bytes(), from),
            want,
            "{text:?} from {from}"
        );
    }
    // Against the definition, on every start of strings of mixed bytes.
    let alphabet = b"aZ0 9Az.\xc3\xa9@[`{/:";
    let mut seed = 0x2545_f491_4f6c_dd1du64;
    for len in 0..40 {
        for _ in 0..50 {
            let text: Vec<u8> = (0..len)
                .map(|_| {
                    seed ^= seed << 13;
                    seed ^= seed >> 7;
                    seed ^= seed << 17;
                    alphabet[(seed % alphabet.len() as u64) as usize]
                })
                .collect();
            for from in 0..=len {
                let want = (from..len).find(|&j| {
                    (text[j].is_ascii_uppercase() || text[j].is_ascii_digit())
                        && !(j > 0 && text[j - 1].is_ascii_alphanumeric())
                });
                assert_eq!(next_capital_or_digit(&text, from), want, "{text:?} from {from}");
            }
        }
    }
}

#[test]
fn lookup_cue_filter_passes_kecamatan_and_desa_cues_only() {
    let g = gazetteer();
    let cases: &[(&str, bool)] = &[
        ("Kelurahan Cikini", true),
        ("di kelurahan \t Cikini", true),
        ("Desa Sukamaju", true),
        ("DS. Sukamaju", true),
        ("Kecamatan Menteng", true),
        ("dan Cikini", false),
        ("Kabupaten Bogor", false),
        ("Kelurahan,Cikini", false),
        ("Kelurahan Cikini", true),
        ("x Cikini", false),
        (" Cikini", false),
        ("Cikini", false),
    ];
    for &(text, want) in cases {
        let i = text.rfind(' ').map_or(0, |j| j + 1);
        assert_eq!(may_follow_lookup_cue(g, text.as_bytes(), i), want, "{text:?}");
    }
    // Never a false negative: wherever the filter says no, `cue_before`
    // finds no cue that opens a lookup.
    let words = [
        "Kelurahan",
        "kelurahan",
        "KECAMATAN",
        "Desa",
        "desa",
        "Ds.",
        "Kel.",
        "kec",
        "Kec",
        "Kota",
        "Kabupaten",
        "Kepala",
        "Lurah",
        "Camat",
        "dan",
        "di",
        "x",
        "Pn",
        "ke",
        "Nagari",
        "Gampong",
        "Sukamaju",
        "Bandung",
    ];
    let seps = [" ", "  ", "\t", ", ", "-", " (", "\n", ""];
    let mut seed = 0x9e37_79b9_7f4a_7c15u64;
    let mut next = |n: usize| {
        seed ^= seed << 13;
        seed ^= seed >> 7;
        seed ^= seed << 17;
        (seed % n as u64) as usize
    };
    let mut buf = Vec::new();
    for _ in 0..3000 {
        let mut text = String::new();
        for _ in 0..1 + next(5) {
            text.push_str(words[next(words.len())]);
            text.push_str(seps[next(seps.len())]);
        }
        text.push_str("Sukamaju");
        let b = text.as_bytes();
        for i in 0..=b.len() {
            if text.is_char_boundary(i) && !may_follow_lookup_cue(g, b, i) {
                let cue = cue_before(&text, g, i, &mut buf);
                assert!(
                    cue.as_ref().is_none_or(|(c, _)| c.levels & (P | B | K) != 0),
                    "{text:?} at {i}: {cue:?}"
                );
            }
        }
    }
}
