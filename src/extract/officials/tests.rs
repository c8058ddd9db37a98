//! Table-driven tests of the officials pass: each row is a sentence written
//! for the purpose and the exact officials (name, role, region) expected.

use super::*;
use crate::doc::Meta;

type Want<'a> = &'a [(&'a str, &'a str, Option<&'a str>)];

fn doc(text: &str) -> Doc {
    Doc::new(text.to_string(), Meta::default())
}

/// A hand-built regions-pass result: every occurrence of `name` in `text`.
fn region(text: &str, name: &str, level: RegionLevel, code: &str) -> Region {
    let d = doc(text);
    let mentions = text
        .match_indices(name)
        .map(|(b, m)| d.mention(b..b + m.len()))
        .collect();
    Region {
        name: name.to_string(),
        level,
        code: code.to_string(),
        province: None,
        regency: None,
        primary: false,
        mentions,
    }
}

fn people(text: &str, regions: &[Region]) -> Vec<(String, String, Option<String>)> {
    let (officials, _) = extract(&doc(text), regions);
    officials.into_iter().map(|o| (o.name, o.role, o.region)).collect()
}

fn check(rows: &[(&str, Want)]) {
    let mut failed = Vec::new();
    for (text, want) in rows {
        let got = people(text, &[]);
        let want: Vec<(String, String, Option<String>)> = want
            .iter()
            .map(|(n, r, g)| (n.to_string(), r.to_string(), g.map(str::to_string)))
            .collect();
        if got != want {
            failed.push(format!("{text}\n   want {want:?}\n   got  {got:?}"));
        }
    }
    assert!(failed.is_empty(), "{} failures:\n{}", failed.len(), failed.join("\n"));
}

#[test]
fn office_region_name() {
    check(&[
        (
            "Bupati Ketapang Martin Rantan memimpin apel di Kabupaten Ketapang.",
            &[("Martin Rantan", "Bupati", Some("Ketapang"))],
        ),
        (
            "Wakil Wali Kota Tegal Nur Sholeh membenarkan kabar itu di Kota Tegal.",
            &[("Nur Sholeh", "Wakil Wali Kota", Some("Tegal"))],
        ),
        (
            "Gubernur Jawa Barat Ahmad Heryawan menetapkan UMK.",
            &[("Ahmad Heryawan", "Gubernur", Some("Jawa Barat"))],
        ),
        (
            "Wakil Gubernur Sumbar Nasrul Abit meminta pemilik lahan bersabar.",
            &[("Nasrul Abit", "Wakil Gubernur", Some("Sumatera Barat"))],
        ),
        (
            "Gubernur Jambi Zumi Zola diperiksa penyidik.",
            &[("Zumi Zola", "Gubernur", Some("Jambi"))],
        ),
        (
            "Sekda Purwakarta Fadil Karsoma disebut akan maju di Kabupaten Purwakarta.",
            &[("Fadil Karsoma", "Sekretaris Daerah", Some("Purwakarta"))],
        ),
        (
            "Kapolres Sanggau AKBP Suparno Agus Candra Kusumah memimpin apel di Kabupaten Sanggau.",
            &[(
                "Suparno Agus Candra Kusumah",
                "Kepala Kepolisian Resor",
                Some("Sanggau"),
            )],
        ),
        (
            "Penjabat Bupati Gunung Mas Herson B Aden membuka acara di Kabupaten Gunung Mas.",
            &[("Herson B Aden", "Penjabat Bupati", Some("Gunung Mas"))],
        ),
        (
            "Pj Bupati Sintang Kartiyus meninjau lokasi banjir di Kabupaten Sintang.",
            &[("Kartiyus", "Penjabat Bupati", Some("Sintang"))],
        ),
        (
            "Plt Bupati Cianjur Herman Suherman hadir di Kabupaten Cianjur.",
            &[("Herman Suherman", "Pelaksana Tugas Bupati", Some("Cianjur"))],
        ),
        (
            "Pjs Gubernur Kalbar Dodi Riyadmadji meresmikan gedung baru.",
            &[(
                "Dodi Riyadmadji",
                "Penjabat Sementara Gubernur",
                Some("Kalimantan Barat"),
            )],
        ),
        (
            "Plh Sekda Kabupaten Landak Heri Saman membuka rapat.",
            &[("Heri Saman", "Pelaksana Harian Sekretaris Daerah", Some("Landak"))],
        ),
        (
            "Wabup Kubu Raya Sukiryanto menghadiri pelantikan di Kabupaten Kubu Raya.",
            &[("Sukiryanto", "Wakil Bupati", Some("Kubu Raya"))],
        ),
        (
            "Camat Delta Pawan Ahmad Yani menerima rombongan di Kecamatan Delta Pawan.",
            &[("Ahmad Yani", "Camat", Some("Delta Pawan"))],
        ),
        (
            "Kepala Desa Sungai Awan Kiri Iwan Setiawan menyambut tamu di Desa Sungai Awan Kiri.",
            &[("Iwan Setiawan", "Kepala Desa", Some("Sungai Awan Kiri"))],
        ),
        (
            "Kades Sukamaju Dedi Supriadi menyampaikan laporan di Desa Sukamaju.",
            &[("Dedi Supriadi", "Kepala Desa", Some("Sukamaju"))],
        ),
        (
            "Lurah Mangkukusuman Slamet Riyadi membagikan bantuan di Kelurahan Mangkukusuman.",
            &[("Slamet Riyadi", "Lurah", Some("Mangkukusuman"))],
        ),
        (
            "Kapolda Kalbar Irjen Pol Pipit Rismanto memberikan keterangan.",
            &[("Pipit Rismanto", "Kepala Kepolisian Daerah", Some("Kalimantan Barat"))],
        ),
        (
            "Kajari Belu Alfonsus Loe Mau menerima laporan warga Kabupaten Belu.",
            &[("Alfonsus Loe Mau", "Kepala Kejaksaan Negeri", Some("Belu"))],
        ),
        (
            "Dandim 1203 Ketapang Letkol Inf Jonny Hutagaol meninjau TMMD di Kabupaten Ketapang.",
            &[("Jonny Hutagaol", "Komandan Kodim", Some("Ketapang"))],
        ),
        (
            "Presiden Joko Widodo menghadiri karnaval di Balige.",
            &[("Joko Widodo", "Presiden", None)],
        ),
        (
            "Presiden RI Joko Widodo akan meletakkan batu pertama.",
            &[("Joko Widodo", "Presiden", None)],
        ),
        (
            "Gubernur DKI Jakarta Basuki Tjahaja Purnama alias Ahok menanti janji itu.",
            &[("Basuki Tjahaja Purnama", "Gubernur", Some("DKI Jakarta"))],
        ),
    ]);
}

#[test]
fn office_comma_name() {
    check(&[
        (
            "Ketua sementara DPRD Kabupaten Gunung Mas, Kalimantan Tengah, Herbert Y Asin, memberikan apresiasi.",
            &[("Herbert Y Asin", "Ketua sementara DPRD", Some("Gunung Mas"))],
        ),
        (
            "Penjabat Bupati Gunung Mas, Herson B Aden, menjelaskan ikrar itu di Kabupaten Gunung Mas.",
            &[("Herson B Aden", "Penjabat Bupati", Some("Gunung Mas"))],
        ),
        (
            "Bupati Padang Pariaman, Ali Mukhni mengatakan lahan siap dibebaskan.",
            &[("Ali Mukhni", "Bupati", Some("Padang Pariaman"))],
        ),
        (
            "Ketua Golkar Purwakarta, Sarip Hidayat, menolak berkomentar di Kabupaten Purwakarta.",
            &[("Sarip Hidayat", "Ketua Golkar", Some("Purwakarta"))],
        ),
        (
            "Menteri Pekerjaan Umum dan Perumahan Rakyat (PUPR) RI, Basuki Hadimuljono mengatakan tol siap dibangun.",
            &[(
                "Basuki Hadimuljono",
                "Menteri Pekerjaan Umum dan Perumahan Rakyat",
                None,
            )],
        ),
        (
            "Ketua Aliansi Masyarakat Luat Pahae, Lamsiang Sitompul melaporkan dua akun.",
            &[("Lamsiang Sitompul", "Ketua Aliansi Masyarakat Luat Pahae", None)],
        ),
        (
            "Kegiatan itu dihadiri Wakil Bupati Belu, Dr. Aloysius Haleserens, Sekda Belu, Johanes Prihatin, dan Ketua Bawaslu Kabupaten Belu, Agustinus Bau.",
            &[
                ("Aloysius Haleserens", "Wakil Bupati", Some("Belu")),
                ("Johanes Prihatin", "Sekretaris Daerah", Some("Belu")),
                ("Agustinus Bau", "Ketua Bawaslu", Some("Belu")),
            ],
        ),
        (
            "Deklarasi ditandatangani oleh Bupati Ketapang, Martin Rantan, Kapolres Ketapang, Dandim 1203 Ketapang dan Kajari Ketapang di Kabupaten Ketapang.",
            &[("Martin Rantan", "Bupati", Some("Ketapang"))],
        ),
        (
            "Kepala Dinas Kesehatan Kabupaten Sambas, dr. Fatah Maryunani, mengimbau warga.",
            &[("Fatah Maryunani", "Kepala Dinas Kesehatan", Some("Sambas"))],
        ),
        (
            "Ketua KPU Kota Pontianak, Deni Juhara, memastikan logistik aman.",
            &[("Deni Juhara", "Ketua KPU", Some("Pontianak"))],
        ),
    ]);
}

#[test]
fn name_before_office() {
    check(&[
        (
            "Di sampingnya adalah Budianto Anggota Bawaslu Ketapang yang memakai baju hitam di Kabupaten Ketapang.",
            &[("Budianto", "Anggota Bawaslu", Some("Ketapang"))],
        ),
        (
            "YTH atau Yudhi Tri H, Ketua Komisi A DPRD Kabupaten Kebumen ditetapkan sebagai tersangka.",
            &[("Yudhi Tri H", "Ketua Komisi A DPRD", Some("Kebumen"))],
        ),
        (
            "Hal itu disampaikan Martin Rantan (Bupati Ketapang) kepada wartawan di Kabupaten Ketapang.",
            &[("Martin Rantan", "Bupati", Some("Ketapang"))],
        ),
        (
            "Saifudin merupakan Asisten Daerah Bidang III Provinsi Jambi yang diduga pemberi suap.",
            &[("Saifudin", "Asisten Daerah Bidang III", Some("Jambi"))],
        ),
        (
            "Hadir pula Kepala Dinas Kesehatan Kabupaten Sambas, yakni Fatah Maryunani.",
            &[("Fatah Maryunani", "Kepala Dinas Kesehatan", Some("Sambas"))],
        ),
        (
            "Sekda Belu, Johanes Prihatin hadir. Agustinus Bau, yang juga Ketua Bawaslu Kabupaten Belu, ikut hadir.",
            &[
                ("Johanes Prihatin", "Sekretaris Daerah", Some("Belu")),
                ("Agustinus Bau", "Ketua Bawaslu", Some("Belu")),
            ],
        ),
        (
            "Ahmad Sahroni selaku Ketua Panitia Khusus DPRD Kalbar membuka rapat.",
            &[("Ahmad Sahroni", "Ketua Panitia Khusus DPRD", Some("Kalimantan Barat"))],
        ),
        (
            "\"Kami siap,\" kata Basaria Panjaitan, Wakil Ketua KPK, di Jakarta.",
            &[("Basaria Panjaitan", "Wakil Ketua KPK", None)],
        ),
        (
            "\"Kami ronda tiap malam,\" ujar Ahmad Sulaiman, ketua RT setempat.",
            &[("Ahmad Sulaiman", "Ketua RT", None)],
        ),
        (
            "\"Dana desa cair,\" kata Rudi Hartono, kepala desa setempat.",
            &[("Rudi Hartono", "Kepala Desa", None)],
        ),
        (
            "Menurut Rudi Hartono, Kepala Bappeda Kabupaten Sambas, anggaran sudah siap.",
            &[("Rudi Hartono", "Kepala Bappeda", Some("Sambas"))],
        ),
    ]);
}

#[test]
fn units_and_ranks_before_names() {
    check(&[
        (
            "\"Pelaku sudah kami amankan,\" kata Kasat Reskrim Polres Jakarta Selatan AKBP Eko Hadi Santoso, Minggu.",
            &[(
                "Eko Hadi Santoso",
                "Kepala Satuan Reskrim Polres",
                Some("Jakarta Selatan"),
            )],
        ),
        (
            "\"Pelaku kami tangkap,\" kata Kepala Satresnarkoba Polres Cilacap AKP Sumanto di Kabupaten Cilacap.",
            &[("Sumanto", "Kepala Satresnarkoba Polres", Some("Cilacap"))],
        ),
        (
            "Kepala Dinas Tenaga Kerja dan Transmigrasi Jawa Barat Ferry Sofwan Arief membenarkan hal itu.",
            &[(
                "Ferry Sofwan Arief",
                "Kepala Dinas Tenaga Kerja dan Transmigrasi",
                Some("Jawa Barat"),
            )],
        ),
        (
            "Kepala Bagian Humas dan Umum Ditjen Imigrasi Agung Sampurno membenarkan surat itu.",
            &[("Agung Sampurno", "Kepala Bagian Humas dan Umum Ditjen Imigrasi", None)],
        ),
        (
            "Plt Kepala Dinas Pekerjaan Umum dan Perumahan Rakyat (PUPR) Provinsi Jambi Arfan ditahan.",
            &[(
                "Arfan",
                "Pelaksana Tugas Kepala Dinas Pekerjaan Umum dan Perumahan Rakyat",
                Some("Jambi"),
            )],
        ),
        (
            "Plt Sekretaris Daerah Provinsi Jambi Erwan Malik ikut diperiksa.",
            &[("Erwan Malik", "Pelaksana Tugas Sekretaris Daerah", Some("Jambi"))],
        ),
        (
            "Sekretaris Daerah (Sekda) Kabupaten Kebumen Andi Pandoyo ikut diamankan.",
            &[("Andi Pandoyo", "Sekretaris Daerah", Some("Kebumen"))],
        ),
        (
            "Ketua Dewan Perwakilan Rakyat Daerah (DPRD) DKI Jakarta Prasetio Edi Marsudi datang ke Kemendagri.",
            &[("Prasetio Edi Marsudi", "Ketua DPRD", Some("DKI Jakarta"))],
        ),
        (
            "Sebelumnya, anggota Badan Pembentukan Peraturan Daerah (Bapemperda) DPRD DKI Jakarta Bestari Barus menegaskan hal itu.",
            &[(
                "Bestari Barus",
                "Anggota Badan Pembentukan Peraturan Daerah DPRD",
                Some("DKI Jakarta"),
            )],
        ),
        (
            "Sekretaris Jenderal Partai Islam, Damai, dan Aman (Idaman) Ramadansyah mengingatkan DPR.",
            &[("Ramadansyah", "Sekretaris Jenderal Partai Islam, Damai, dan Aman", None)],
        ),
        (
            "Ketua DPD Golkar Jabar Dedi Mulyadi didukung maju.",
            &[("Dedi Mulyadi", "Ketua DPD Golkar", Some("Jawa Barat"))],
        ),
        (
            "Ketua Majelis Hakim Arief Hidayat membacakan putusan.",
            &[("Arief Hidayat", "Ketua Majelis Hakim", None)],
        ),
        (
            "Juru Bicara KPK Febri Diansyah membenarkan pemeriksaan itu.",
            &[("Febri Diansyah", "Juru Bicara KPK", None)],
        ),
        (
            "Menteri Pariwisata Arief Yahya bersemangat mengejar Malaysia.",
            &[("Arief Yahya", "Menteri Pariwisata", None)],
        ),
        (
            "Ketua KPU Arief Budiman mengaku siap.",
            &[("Arief Budiman", "Ketua KPU", None)],
        ),
        (
            "Ketua Bawaslu RI Rahmat Bagja mengingatkan jajaran.",
            &[("Rahmat Bagja", "Ketua Bawaslu", None)],
        ),
        (
            "Anggota DKPP Ratna Dewi Pettalolo memimpin sidang etik.",
            &[("Ratna Dewi Pettalolo", "Anggota DKPP", None)],
        ),
        (
            "Ketua Badan Pengawas Pemilihan Umum Kabupaten Sambas Budi Rahman membuka rapat.",
            &[("Budi Rahman", "Ketua Bawaslu", Some("Sambas"))],
        ),
        (
            "Wakil Ketua Dewan Perwakilan Rakyat Daerah Kabupaten Sambas Ahmad Sukri hadir.",
            &[("Ahmad Sukri", "Wakil Ketua DPRD", Some("Sambas"))],
        ),
        (
            "\"Pelaku sudah kami tangkap,\" kata Kepala Bidang Humas Polda Metro Jaya Kombes Pol Argo Yuwono.",
            &[("Argo Yuwono", "Kepala Bidang Humas Polda Metro Jaya", None)],
        ),
        (
            "Kapolda Metro Jaya Irjen Pol M Iriawan memimpin langsung.",
            &[("M Iriawan", "Kepala Kepolisian Daerah Metro Jaya", None)],
        ),
        (
            "Ketua KASN Agus Pramusinto meminta ASN netral.",
            &[("Agus Pramusinto", "Ketua KASN", None)],
        ),
        (
            "Ketua Panwascam Delta Pawan Rudi Hartono mengawasi kampanye di Kecamatan Delta Pawan.",
            &[("Rudi Hartono", "Ketua Panwascam", Some("Delta Pawan"))],
        ),
        (
            "Kepala BKPSDM Kabupaten Ketapang Alexander Wilyo memantau ASN.",
            &[("Alexander Wilyo", "Kepala BKPSDM", Some("Ketapang"))],
        ),
        (
            "Kepala Badan Kesbangpol Kabupaten Sanggau Kukuh Triyatmaka menggelar rapat.",
            &[("Kukuh Triyatmaka", "Kepala Badan Kesbangpol", Some("Sanggau"))],
        ),
        (
            "Ketua Pengadilan Negeri Ketapang Rudi Setiawan hadir di Kabupaten Ketapang.",
            &[("Rudi Setiawan", "Ketua Pengadilan Negeri", Some("Ketapang"))],
        ),
        (
            "Danrem 121 Alambhana Wanawai Brigjen TNI Luqman Arief memberi arahan.",
            &[("Luqman Arief", "Komandan Korem", None)],
        ),
        (
            "Pangdam XII Tanjungpura Mayjen TNI Iwan Setiawan meninjau perbatasan.",
            &[("Iwan Setiawan", "Panglima Kodam", None)],
        ),
        (
            "Kajati Kalbar Masyhudi menyampaikan capaian kinerja.",
            &[("Masyhudi", "Kepala Kejaksaan Tinggi", Some("Kalimantan Barat"))],
        ),
        (
            "Dandim 1204/Sanggau Letkol Inf Wisnu Andrianto hadir di Kabupaten Sanggau.",
            &[("Wisnu Andrianto", "Komandan Kodim", Some("Sanggau"))],
        ),
        (
            "Hadir Koordinator Divisi Penanganan Pelanggaran dan Penyelesaian Sengketa Bawaslu Sanggau, Aloysius Melindo, di Kabupaten Sanggau.",
            &[(
                "Aloysius Melindo",
                "Koordinator Divisi Penanganan Pelanggaran dan Penyelesaian Sengketa Bawaslu",
                Some("Sanggau"),
            )],
        ),
        (
            "Danlanal Ketapang Letkol Laut (P) Muhammad Fajar memimpin upacara di Kabupaten Ketapang.",
            &[("Muhammad Fajar", "Komandan Lanal", Some("Ketapang"))],
        ),
        (
            "Ketua Umum Partai Demokrat Agus Harimurti Yudhoyono (AHY) berpidato.",
            &[("Agus Harimurti Yudhoyono", "Ketua Umum Partai Demokrat", None)],
        ),
        (
            "\"Kami siap,\" kata Ketua Komisi Pemilihan Umum (KPU) Kalbar, Ramdan.",
            &[("Ramdan", "Ketua KPU", Some("Kalimantan Barat"))],
        ),
        (
            "Ketua Pengadilan Agama Ketapang, Drs. Mahmud, M.H., menjelaskan perkara di Kabupaten Ketapang.",
            &[("Mahmud", "Ketua Pengadilan Agama", Some("Ketapang"))],
        ),
        (
            "Anggota Bawaslu Kabupaten Ketapang Divisi Penanganan Pelanggaran, Muhammad Iqbal, menerima laporan.",
            &[(
                "Muhammad Iqbal",
                "Anggota Bawaslu Divisi Penanganan Pelanggaran",
                Some("Ketapang"),
            )],
        ),
        (
            "Ketua Umum Pengurus Besar Nahdlatul Ulama (PBNU) Said Aqil Siradj berpesan.",
            &[("Said Aqil Siradj", "Ketua Umum Pengurus Besar Nahdlatul Ulama", None)],
        ),
        (
            "Presiden Amerika Serikat Donald Trump menelepon.",
            &[("Donald Trump", "Presiden", None)],
        ),
        (
            "Duta Besar Indonesia untuk Malaysia Rusdi Kirana mendampingi.",
            &[("Rusdi Kirana", "Duta Besar", None)],
        ),
        (
            "Jaksa Agung HM Prasetyo menyatakan kasus dilanjutkan.",
            &[("Prasetyo", "Jaksa Agung", None)],
        ),
        (
            "Kabag Penum Divisi Humas Polri Kombes Martinus Sitompul membenarkan.",
            &[("Martinus Sitompul", "Kepala Bagian Penum Divisi Humas Polri", None)],
        ),
        (
            "Kepala Lembaga Pemasyarakatan (Lapas) Sukamiskin Dedi Handoko menyiapkan sel.",
            &[("Dedi Handoko", "Kepala Lembaga Pemasyarakatan", Some("Sukamiskin"))],
        ),
        (
            "Kalapas Cipinang Asep Sutandar mengaku siap.",
            &[("Asep Sutandar", "Kepala Lembaga Pemasyarakatan", Some("Cipinang"))],
        ),
        (
            "Jaksa Penuntut Umum (JPU) KPK, Ahmad Burhanudin, menyatakan pikir-pikir.",
            &[("Ahmad Burhanudin", "Jaksa Penuntut Umum KPK", None)],
        ),
        (
            "\"Kami hormati,\" kata Wakil Ketua KPK Laode M Syarif di Gedung KPK.",
            &[("Laode M Syarif", "Wakil Ketua KPK", None)],
        ),
        (
            "Ketua Panitia Pelaksana Liga 1 Budi Santoso menjelaskan jadwal.",
            &[("Budi Santoso", "Ketua Panitia Pelaksana Liga", None)],
        ),
        (
            "Juru Bicara Presiden Johan Budi mengatakan Presiden tidak mencampuri urusan partai.",
            &[("Johan Budi", "Juru Bicara Presiden", None)],
        ),
        (
            "Direktur Eksekutif Indikator Politik Indonesia Burhanuddin Muhtadi menilai peta koalisi belum final.",
            &[(
                "Burhanuddin Muhtadi",
                "Direktur Eksekutif Indikator Politik Indonesia",
                None,
            )],
        ),
        (
            "Panglima TNI Marsekal Hadi Tjahjanto hadir.",
            &[("Hadi Tjahjanto", "Panglima TNI", None)],
        ),
        (
            "Staf Ahli Bupati Bidang Hukum Kabupaten Sambas, Ahmad Dahlan, membacakan sambutan.",
            &[("Ahmad Dahlan", "Staf Ahli Bupati Bidang Hukum", Some("Sambas"))],
        ),
        (
            "Ketua Umum Partai Gerindra Prabowo Subianto menyapa kader.",
            &[("Prabowo Subianto", "Ketua Umum Partai Gerindra", None)],
        ),
        (
            "Ketua DPC PDIP Kabupaten Sambas Sujiwo menyerahkan berkas.",
            &[("Sujiwo", "Ketua DPC PDIP", Some("Sambas"))],
        ),
        (
            "Anggota Komisi II DPR RI dari Fraksi Partai Golkar, Zulfikar Arse Sadikin, menilai aturan itu tepat.",
            &[("Zulfikar Arse Sadikin", "Anggota Komisi II DPR", None)],
        ),
        (
            "Anggota DPRD Kalbar dari Partai NasDem, Heri Mustamin, menolak usulan itu.",
            &[("Heri Mustamin", "Anggota DPRD", Some("Kalimantan Barat"))],
        ),
        (
            "Kepala Bidang Humas Polda Kalbar Kombes Pol Raden Petit Wijaya membenarkan.",
            &[(
                "Raden Petit Wijaya",
                "Kepala Bidang Humas Polda",
                Some("Kalimantan Barat"),
            )],
        ),
        (
            "Ketua RT 05 Kelurahan Sungai Jawi, Ahmad, melapor ke Kelurahan Sungai Jawi.",
            &[("Ahmad", "Ketua RT", Some("Sungai Jawi"))],
        ),
        (
            "Menteri Dalam Negeri (Mendagri) Tito Karnavian menegaskan ASN harus netral.",
            &[("Tito Karnavian", "Menteri Dalam Negeri", None)],
        ),
        (
            "Kapolri Jenderal Pol Listyo Sigit Prabowo meninjau pos pengamanan.",
            &[(
                "Listyo Sigit Prabowo",
                "Kepala Kepolisian Negara Republik Indonesia",
                None,
            )],
        ),
    ]);
}

#[test]
fn several_names_after_a_plural_cue() {
    check(&[
        (
            "Saksi meliputi dua Anggota DPRD Kabupaten Kebumen Dian Lestari dan Hartono, serta pihak swasta.",
            &[
                ("Dian Lestari", "Anggota DPRD", Some("Kebumen")),
                ("Hartono", "Anggota DPRD", Some("Kebumen")),
            ],
        ),
        (
            "Hadir para Anggota Bawaslu Kalbar Faisal Riza, Mursyid Hidayat dan Mu'ammar Khadafi di Pontianak.",
            &[
                ("Faisal Riza", "Anggota Bawaslu", Some("Kalimantan Barat")),
                ("Mursyid Hidayat", "Anggota Bawaslu", Some("Kalimantan Barat")),
                ("Mu'ammar Khadafi", "Anggota Bawaslu", Some("Kalimantan Barat")),
            ],
        ),
    ]);
}

#[test]
fn paired_offices_and_names() {
    check(&[(
        "Bupati dan Wakil Bupati Ketapang, Martin Rantan dan Farhan, menghadiri apel di Kabupaten Ketapang.",
        &[
            ("Martin Rantan", "Bupati", Some("Ketapang")),
            ("Farhan", "Wakil Bupati", Some("Ketapang")),
        ],
    )]);
}

#[test]
fn one_word_names_and_initials() {
    check(&[
        (
            "Peringatan ini ditegaskan Sekda Kabupaten Katingan Pransang, kepada wartawan di Kabupaten Katingan.",
            &[("Pransang", "Sekretaris Daerah", Some("Katingan"))],
        ),
        (
            "Asisten Daerah Bidang III Provinsi Jambi Saifudin ditetapkan tersangka.",
            &[("Saifudin", "Asisten Daerah Bidang III", Some("Jambi"))],
        ),
        (
            "Sekretaris Jenderal Partai Berkarya Badaruddin Andi Picunang hadir.",
            &[("Badaruddin Andi Picunang", "Sekretaris Jenderal Partai Berkarya", None)],
        ),
        (
            "Sementara Sekda Belu, Johanes A Prihatin juga menekankan netralitas di Kabupaten Belu.",
            &[("Johanes A Prihatin", "Sekretaris Daerah", Some("Belu"))],
        ),
        (
            "Ketua sementara DPRD Kabupaten Gunung Mas Herbert Y. Asin memberi apresiasi di Kabupaten Gunung Mas.",
            &[("Herbert Y. Asin", "Ketua sementara DPRD", Some("Gunung Mas"))],
        ),
        (
            "Wakil Ketua KPK Basaria Panjaitan bicara di Jakarta.",
            &[("Basaria Panjaitan", "Wakil Ketua KPK", None)],
        ),
        (
            "Menko Polhukam Mahfud MD mengatakan hal serupa.",
            &[(
                "Mahfud MD",
                "Menteri Koordinator Bidang Politik, Hukum, dan Keamanan",
                None,
            )],
        ),
        (
            "Ketua DPRD Kabupaten Ketapang M. Febriadi membuka sidang.",
            &[("M. Febriadi", "Ketua DPRD", Some("Ketapang"))],
        ),
        (
            "Bupati Sambas H Satono membuka musrenbang di Kabupaten Sambas.",
            &[("Satono", "Bupati", Some("Sambas"))],
        ),
        (
            "Pj Gubernur Kalbar Harisson mengatakan itu.",
            &[("Harisson", "Penjabat Gubernur", Some("Kalimantan Barat"))],
        ),
        (
            "Bhabinkamtibmas Desa Sukamaju Bripka Andi Wijaya mendatangi lokasi.",
            &[("Andi Wijaya", "Bhabinkamtibmas", Some("Sukamaju"))],
        ),
        (
            "Kasatreskrim Polres Ketapang AKP Primastya memastikan kasus ditangani di Kabupaten Ketapang.",
            &[("Primastya", "Kepala Satuan Reserse Kriminal Polres", Some("Ketapang"))],
        ),
        (
            "Kapolsek Muara Pawan, Iptu Suharto, membenarkan kejadian di Kecamatan Muara Pawan.",
            &[("Suharto", "Kepala Kepolisian Sektor", Some("Muara Pawan"))],
        ),
        (
            "Kapolsek Delta Pawan Iptu Ahmad bin Umar memimpin patroli di Kecamatan Delta Pawan.",
            &[("Ahmad bin Umar", "Kepala Kepolisian Sektor", Some("Delta Pawan"))],
        ),
    ]);
}

#[test]
fn photo_captions_name_officials() {
    check(&[(
        "Foto: Bupati Ketapang Martin Rantan (tengah) bersama Kapolres Ketapang AKBP Tommy Ferdian di Kabupaten Ketapang.",
        &[
            ("Martin Rantan", "Bupati", Some("Ketapang")),
            ("Tommy Ferdian", "Kepala Kepolisian Resor", Some("Ketapang")),
        ],
    )]);
}

#[test]
fn journalists_and_capitalised_non_names_are_not_officials() {
    check(&[
        ("Penulis: Fauzi Editor: Dede Hadhori", &[]),
        (
            "Menurut keterangan saksi, Budi Santoso (40), pelaku masuk lewat belakang.",
            &[],
        ),
        ("\"Saya lihat dia bawa tali,\" ujar Budi, warga setempat.", &[]),
        ("Istri Bupati Ketapang, Ani Lestari, hadir di Kabupaten Ketapang.", &[]),
        ("Turnamen Piala Bupati Ketapang 2024 dibuka di Kabupaten Ketapang.", &[]),
        (
            "Semalam. Gubernuran Bupati Ketapang membuka acara di Kabupaten Ketapang.",
            &[],
        ),
        ("Kemarin Bupati Ketapang membuka acara di Kabupaten Ketapang.", &[]),
        (
            "Hal itu diatur dalam Surat Edaran Menteri PANRB Nomor 1 Tahun 2024.",
            &[],
        ),
        ("Pelatih Timnas Indonesia Shin Tae-yong memanggil 28 pemain.", &[]),
        ("Kapten Timnas Asnawi Mangkualam siap memimpin.", &[]),
        (
            "Aturan itu mengacu Surat Bersama Bupati Ketapang di Kabupaten Ketapang.",
            &[],
        ),
        ("Laporan Reporter Tribun Pontianak, Agus Pujianto", &[]),
        ("Foto: Humas Pemkab Ketapang", &[]),
        ("Foto: Fauzi, Ketua KPU", &[]),
        ("Editor: Budi Santoso, Kepala Biro", &[]),
        ("Acara itu dihadiri Forkopimda Belu, Pimpinan OPD dan para Camat.", &[]),
        // A sentence-initial conjunction and "Pak" are no name before an office.
        ("Pembukaan dimulai pukul 19.30 WIB. Dan Pak Wapres menutupnya.", &[]),
        ("Itulah Pak Wapres yang kami tunggu.", &[]),
        (
            "Kapolres Ketapang, Dandim 1203 Ketapang, Danlanal Ketapang hadir di Kabupaten Ketapang.",
            &[],
        ),
        ("Johanes juga menjabat Ketua Korpri Kabupaten Belu.", &[]),
        (
            "Apel digelar di Halaman Kantor Bupati Ketapang, Selasa (24/09/2024).",
            &[],
        ),
        (
            "Deklarasi Netralitas ASN dan Kepala Desa pada Pemilihan Bupati Ketapang Tahun 2024.",
            &[],
        ),
        ("Dedi Mulyadi diusung sebagai Calon Gubernur Jawa Barat.", &[]),
        ("Hakim menjatuhkan vonis kepada mantan Ketua DPR Setya Novanto.", &[]),
        ("Kuasa hukum terdakwa, Maqdir Ismail, akan mengajukan banding.", &[]),
        (
            "Menurut dia, kepala desa harus netral dalam Pilkada, kepala daerah juga.",
            &[],
        ),
        (
            "Sambungnya, staf ahli untuk setiap anggota DPRD sangat dibutuhkan.",
            &[],
        ),
        ("Lanjutnya, Ketua KPU juga hadir.", &[]),
        (
            "\"Saya lihat sendiri,\" kata Budi, warga setempat, kepada wartawan.",
            &[],
        ),
        ("Mantan Bupati Sambas Atbah Romin Suhaili hadir sebagai undangan.", &[]),
        (
            "Penetapan itu tertuang dalam Keputusan Gubernur Jawa Barat Nomor 561 Tahun 2017.",
            &[],
        ),
        (
            "Pasangan calon bupati dan wakil bupati Intan Jaya Natalis Tabuni menggugat.",
            &[],
        ),
        (
            "Ketua KPU Ketapang adalah pihak yang mengundang ke Kabupaten Ketapang.",
            &[],
        ),
        (
            "Bupati Ketapang Martin Rantan hadir. Ketua KPU Ketapang adalah pengundang.",
            &[("Martin Rantan", "Bupati", Some("Ketapang"))],
        ),
        (
            "Dia meminta kejelasan kepada Direktorat Jendral Otonomi Daerah (Dirjen Otda) soal itu.",
            &[],
        ),
        ("Pencarian terhadap Direktur PT Osma Grup terus dilakukan.", &[]),
        ("Ia menambahkan, Kepala Seksi Haji juga hadir.", &[]),
        ("Kepala Bidang Pendataan hadir mewakili.", &[]),
        ("Hal senada disampaikan Kepala BPS Kalbar dalam rilisnya.", &[]),
        ("Menurut Kasat, korban mengalami pencabulan.", &[]),
        ("Tarif itu diatur Peraturan Bupati Ketapang Nomor 12 Tahun 2020.", &[]),
        (
            "Bupati Ketapang hadir bersama Ketua Bawaslu Kabupaten Ketapang di Kabupaten Ketapang.",
            &[],
        ),
    ]);
}

#[test]
fn bylined_people_are_not_officials() {
    let text = "Bupati Ketapang Martin Rantan hadir.\n\nFauzi Ahmad, Anggota KPU Ketapang, juga hadir.";
    let mut d = doc(text);
    d.meta.authors = vec!["Fauzi Ahmad".to_string()];
    let (officials, _) = extract(&d, &[]);
    let names: Vec<&str> = officials.iter().map(|o| o.name.as_str()).collect();
    assert_eq!(names, ["Martin Rantan"]);
}

#[test]
fn honorifics_and_degrees_move_to_their_fields() {
    let rows: &[(&str, &str, &[&str], &[&str])] = &[
        (
            "Wakil Bupati Belu, Dr. Aloysius Haleserens, hadir.",
            "Aloysius Haleserens",
            &["Dr."],
            &[],
        ),
        (
            "Sekda Kabupaten Sambas Drs. H. Fery Madagaskar, M.Si., membuka acara.",
            "Fery Madagaskar",
            &["Drs.", "H."],
            &["M.Si."],
        ),
        (
            "Camat Benua Kayong Hj. Siti Aminah, S.Sos., M.M. memimpin rapat di Kecamatan Benua Kayong.",
            "Siti Aminah",
            &["Hj."],
            &["S.Sos.", "M.M."],
        ),
        (
            "Kepala Dinas Pendidikan Kabupaten Sintang Ir. Lindra Azmar, S.H. menjelaskan.",
            "Lindra Azmar",
            &["Ir."],
            &["S.H."],
        ),
        (
            "Kapolres Ketapang AKBP Tommy Ferdian hadir di Kabupaten Ketapang.",
            "Tommy Ferdian",
            &["AKBP"],
            &[],
        ),
        (
            "Dandim 1207 Pontianak Kolonel Inf Jamaludin memimpin apel.",
            "Jamaludin",
            &["Kolonel", "Inf"],
            &[],
        ),
        (
            "Ketua Bawaslu Kalbar Prof. Dr. Ruhermansyah, SH, MH hadir.",
            "Ruhermansyah",
            &["Prof.", "Dr."],
            &["SH", "MH"],
        ),
    ];
    for (text, name, hon, deg) in rows {
        let (officials, _) = extract(&doc(text), &[]);
        assert_eq!(officials.len(), 1, "{text}: {officials:?}");
        let o = &officials[0];
        assert_eq!(o.name, *name, "{text}");
        assert_eq!(o.honorifics, *hon, "{text}");
        assert_eq!(o.degrees, *deg, "{text}");
    }
}

#[test]
fn short_mentions_link_to_the_full_person() {
    let rows: &[(&str, &str, &[&str])] = &[
        (
            "Bupati Ketapang Martin Rantan membuka apel di Kabupaten Ketapang. \"Jaga netralitas,\" tegas Bupati Martin.",
            "Martin Rantan",
            &["Martin Rantan", "Martin"],
        ),
        (
            "Ketua sementara DPRD Kabupaten Gunung Mas, Herbert Y Asin, memberi apresiasi. Herbert menyatakan dukungan. \"Saya mendukung,\" ungkap Herbert.",
            "Herbert Y Asin",
            &["Herbert Y Asin", "Herbert", "Herbert"],
        ),
        (
            "Sekda Kabupaten Katingan Pransang, mengingatkan ASN. Menurut Sekda, ASN harus netral. \"Jaga jarak,\" kata Pransang.",
            "Pransang",
            &["Pransang", "Sekda", "Pransang"],
        ),
        (
            "Sekda Belu, Johanes Prihatin, hadir di Kabupaten Belu. Sekda Belu, Johanes A Prihatin menekankan netralitas. Johanes juga Ketua Korpri.",
            "Johanes A Prihatin",
            &["Johanes Prihatin", "Johanes A Prihatin", "Johanes"],
        ),
        (
            "Gubernur Jambi Zumi Zola diperiksa. Surat itu atas nama Zumi Zola Zulkifli pekerjaan Gubernur Jambi.",
            "Zumi Zola Zulkifli",
            &["Zumi Zola", "Zumi Zola Zulkifli", "Gubernur Jambi"],
        ),
        (
            "Presiden Joko Widodo hadir. Ada yang menghina Presiden dan masyarakat.",
            "Joko Widodo",
            &["Joko Widodo", "Presiden"],
        ),
        (
            "Menteri Pariwisata Arief Yahya optimistis. Menpar pun memakai idiom perang, kata Arief.",
            "Arief Yahya",
            &["Arief Yahya", "Menpar", "Arief"],
        ),
    ];
    for (text, name, mentions) in rows {
        let (officials, _) = extract(&doc(text), &[]);
        assert_eq!(officials.len(), 1, "{text}: {officials:?}");
        let o = &officials[0];
        assert_eq!(o.name, *name, "{text}");
        let got: Vec<&str> = o.mentions.iter().map(|m| m.text.as_str()).collect();
        assert_eq!(got, *mentions, "{text}");
    }
}

#[test]
fn one_holder_of_an_office_is_one_person() {
    let rows: &[(&str, Want, &[&str])] = &[
        (
            "Presiden Jokowi meresmikan bendungan. Presiden Joko Widodo mengatakan bendungan itu penting.",
            &[("Joko Widodo", "Presiden", None)],
            &["Jokowi", "Joko Widodo"],
        ),
        (
            "Gubernur Sutarmidji mendampingi. Gubernur Kalbar H. Sutarmidji, S.H., M.Hum. menyerahkan bantuan.",
            &[("Sutarmidji", "Gubernur", Some("Kalimantan Barat"))],
            &["Sutarmidji", "Sutarmidji"],
        ),
        (
            "Kepala Desa Sungai Awan Kanan, Usman, menerima bantuan di Desa Sungai Awan Kanan. Para Kepala Desa lain ikut hadir.",
            &[("Usman", "Kepala Desa", Some("Sungai Awan Kanan"))],
            &["Usman"],
        ),
    ];
    for (text, want, mentions) in rows {
        let got = people(text, &[]);
        let want: Vec<(String, String, Option<String>)> = want
            .iter()
            .map(|(n, r, g)| (n.to_string(), r.to_string(), g.map(str::to_string)))
            .collect();
        assert_eq!(got, want, "{text}");
        let (officials, _) = extract(&doc(text), &[]);
        let got: Vec<&str> = officials[0].mentions.iter().map(|m| m.text.as_str()).collect();
        assert_eq!(got, *mentions, "{text}");
    }
}

#[test]
fn two_people_sharing_a_word_stay_apart() {
    let text =
        "Ketua KPU Arief Budiman hadir. Menteri Pariwisata Arief Yahya juga hadir. \"Siap,\" kata Arief Budiman.";
    let got = people(text, &[]);
    assert_eq!(
        got,
        [
            ("Arief Budiman".to_string(), "Ketua KPU".to_string(), None),
            ("Arief Yahya".to_string(), "Menteri Pariwisata".to_string(), None)
        ]
    );
    let (officials, _) = extract(&doc(text), &[]);
    assert_eq!(officials[0].mentions.len(), 2);
    assert_eq!(officials[1].mentions.len(), 1);
}

#[test]
fn offices_without_a_person() {
    let text = "Deklarasi ditandatangani Kapolres Ketapang, Dandim 1203 Ketapang, Ketua KPU Kabupaten Ketapang dan Ketua KPU. Kabupaten Ketapang siap.";
    let (officials, offices) = extract(&doc(text), &[]);
    assert!(officials.is_empty());
    let got: Vec<(&str, &str, Option<&str>, usize)> = offices
        .iter()
        .map(|o| {
            (
                o.role.as_str(),
                o.role_text.as_str(),
                o.region.as_deref(),
                o.mentions.len(),
            )
        })
        .collect();
    assert_eq!(
        got,
        [
            ("Kepala Kepolisian Resor", "Kapolres Ketapang", Some("Ketapang"), 1),
            ("Komandan Kodim", "Dandim 1203 Ketapang", Some("Ketapang"), 1),
            ("Ketua KPU", "Ketua KPU Kabupaten Ketapang", Some("Ketapang"), 2),
        ]
    );
    assert_eq!(offices[2].organization.as_deref(), Some("KPU"));
}

#[test]
fn regions_pass_gives_region_and_code() {
    let text = "Bupati Ketapang Martin Rantan hadir.";
    let regions = [region(text, "Ketapang", RegionLevel::Kabupaten, "61.04")];
    let (officials, _) = extract(&doc(text), &regions);
    assert_eq!(officials.len(), 1);
    assert_eq!(officials[0].name, "Martin Rantan");
    assert_eq!(officials[0].region.as_deref(), Some("Ketapang"));
    assert_eq!(officials[0].region_code.as_deref(), Some("61.04"));
    assert_eq!(officials[0].role_text, "Bupati Ketapang");
    // without the regions pass and without a cue the first word stays ambiguous
    let text2 = "Camat Sungai Melayu Rayak Agus Salim hadir.";
    let regions2 = [region(text2, "Sungai Melayu Rayak", RegionLevel::Kecamatan, "61.04.12")];
    let (officials, _) = extract(&doc(text2), &regions2);
    assert_eq!(officials[0].name, "Agus Salim");
    assert_eq!(officials[0].region.as_deref(), Some("Sungai Melayu Rayak"));
    assert_eq!(officials[0].region_code.as_deref(), Some("61.04.12"));
}

#[test]
fn a_village_name_from_the_regions_pass_does_not_block_a_person() {
    let text = "Kepala Desa Sukamaju, Rahmat Hidayat mengatakan ronda ditingkatkan.";
    let regions = [
        region(text, "Sukamaju", RegionLevel::Desa, "61.04.17.2001"),
        region(text, "Rahmat", RegionLevel::Desa, "12.06.04.2023"),
    ];
    let got = people(text, &regions);
    assert_eq!(
        got,
        [(
            "Rahmat Hidayat".to_string(),
            "Kepala Desa".to_string(),
            Some("Sukamaju".to_string())
        )]
    );
}

#[test]
fn a_region_closing_a_unit_is_the_region() {
    let text = "Kepala Bagian Prokopim Setda Ketapang, Hery Kusnadi, menyampaikan apresiasi.";
    let regions = [region(text, "Ketapang", RegionLevel::Kabupaten, "61.04")];
    let (officials, _) = extract(&doc(text), &regions);
    assert_eq!(officials.len(), 1);
    assert_eq!(officials[0].name, "Hery Kusnadi");
    assert_eq!(officials[0].role, "Kepala Bagian Prokopim Setda");
    assert_eq!(officials[0].region_code.as_deref(), Some("61.04"));
}

#[test]
fn region_of_the_office_level_wins() {
    let text = "Bupati Ketapang Martin Rantan hadir.";
    let regions = [
        region(text, "Ketapang", RegionLevel::Kecamatan, "33.01.05"),
        region(text, "Ketapang", RegionLevel::Kabupaten, "61.04"),
    ];
    let (officials, _) = extract(&doc(text), &regions);
    assert_eq!(officials[0].region_code.as_deref(), Some("61.04"));
}

#[test]
fn organisation_where_stated() {
    let rows: &[(&str, Option<&str>)] = &[
        ("Ketua Bawaslu Kabupaten Belu, Agustinus Bau, hadir.", Some("Bawaslu")),
        (
            "Ketua Komisi A DPRD Kabupaten Kebumen Yudhi Tri Hartanto ditahan.",
            Some("DPRD"),
        ),
        ("Ketua DPD Golkar Jabar Dedi Mulyadi hadir.", Some("Golkar")),
        (
            "Sekretaris Jenderal Partai Islam, Damai, dan Aman (Idaman) Ramadansyah hadir.",
            Some("Partai Idaman"),
        ),
        ("Bupati Ketapang Martin Rantan hadir di Kabupaten Ketapang.", None),
        (
            "Ketua Umum Partai Kebangkitan Bangsa (PKB) Muhaimin Iskandar hadir.",
            Some("Partai Kebangkitan Bangsa"),
        ),
    ];
    for (text, org) in rows {
        let (officials, _) = extract(&doc(text), &[]);
        assert_eq!(officials.len(), 1, "{text}: {officials:?}");
        assert_eq!(officials[0].organization.as_deref(), *org, "{text}");
    }
}

#[test]
fn mentions_are_code_point_offsets() {
    let text = "“Saya siap,” kata Bupati Ketapang Martin Rantan — di Kabupaten Ketapang.";
    let (officials, _) = extract(&doc(text), &[]);
    let m = &officials[0].mentions[0];
    let chars: String = text.chars().skip(m.start).take(m.end - m.start).collect();
    assert_eq!(chars, "Martin Rantan");
    assert_eq!(m.text, "Martin Rantan");
}

#[test]
fn empty_and_odd_inputs() {
    for text in [
        "",
        "\n\n",
        "Bupati",
        "Bupati,",
        "(Sekda",
        "Kepala Dinas dan",
        "AKBP",
        "Ketua ( ) Rudi",
    ] {
        let _ = extract(&doc(text), &[]);
    }
    assert!(office_form_count() >= 150);
}

#[test]
fn a_unit_holding_a_region_name_beats_the_region() {
    let text = "Kapolda Metro Jaya Irjen Pol M Iriawan memimpin langsung.";
    let regions = [region(text, "Metro", RegionLevel::Kota, "18.72")];
    let (officials, _) = extract(&doc(text), &regions);
    assert_eq!(officials.len(), 1);
    assert_eq!(officials[0].name, "M Iriawan");
    assert_eq!(officials[0].role, "Kepala Kepolisian Daerah Metro Jaya");
    assert_eq!(officials[0].region, None);
    assert_eq!(officials[0].honorifics, ["Irjen", "Pol"]);
}

#[test]
fn name_keys_borrow_the_tokens_and_skip_initials() {
    with_context(&doc("Kata Gubernur Herbert Y. Asin, S.H., kemarin."), &[], |cx| {
        let np = cx.parse_name(2).unwrap();
        assert_eq!(&*np.toks, &[2, 3, 5]);
        assert_eq!(np.degrees, ["S.H."]);
        assert_eq!(*cx.key_of(&np), ["herbert", "asin"]);
    });
    assert!(same_person(&["herbert", "asin"], &["herbert", "asin"]));
    assert!(same_person(&["herbert", "asin"], &["herbert", "asin", "putra"]));
    assert!(!same_person(&["asin"], &["herbert", "asin"]));
}

#[test]
fn region_mentions_are_found_by_start_token() {
    let text = "Bupati Ketapang Martin Rantan dan Ketapang";
    let d = doc(text);
    let regions = [region(text, "Ketapang", RegionLevel::Kabupaten, "61.04")];
    with_context(&d, &regions, |cx| {
        assert_eq!(cx.regions_from(1), &[(1, 2, 0)]);
        assert_eq!(cx.regions_from(5), &[(5, 6, 0)]);
        assert!(cx.regions_from(0).is_empty() && cx.regions_from(2).is_empty() && cx.regions_from(6).is_empty());
        assert!(cx.strong_region_at(1) && !cx.strong_region_at(2));
    });
}

#[test]
fn short_forms_are_the_capitalised_words_in_parentheses_after_a_capitalised_word() {
    let d = doc("(Awal) Direktur Jenderal Otonomi Daerah (Dirjen Otda) Akmal (x) budi (Ab) Satu (A B C D E)");
    with_context(&d, &[], |cx| {
        let mut got: Vec<&str> = cx.abbrevs.iter().copied().collect();
        got.sort_unstable();
        assert_eq!(got, ["dirjen", "otda"]);
    });
}

#[test]
fn level_cues_teach_the_capitalised_words_after_them() {
    // Warga Desa Sukamaju dan Kab . Gunung Mas hadir .
    // 0     1    2        3   4   5 6      7   8     9
    with_context(&doc("Warga Desa Sukamaju dan Kab. Gunung Mas hadir."), &[], |cx| {
        assert_eq!(cx.cue_phrases.longest(&cx.toks, 2), Some((3, SOLID)));
        assert_eq!(cx.cue_phrases.longest(&cx.toks, 6), Some((8, SOLID)));
        assert_eq!(cx.cue_phrases.longest(&cx.toks, 0), None);
    });
}
