//! Table-driven tests of the pledges pass: every marker style, inline and
//! per-paragraph lists, interruptions, two lists, sizes, and lists that
//! commit no one.

use super::*;
use crate::doc::{Doc, Meta};

fn run(text: &str) -> (Doc, Found) {
    let doc = Doc::new(text.to_string(), Meta::default());
    let found = extract(&doc);
    (doc, found)
}

/// Kind of an expected list: `P` pledge, `A` appeal.
#[derive(Clone, Copy, Debug, PartialEq)]
enum K {
    P,
    A,
}

type List = (K, Option<u32>, &'static [&'static str]);

/// (name, text, expected lists, expected number of mismatch warnings).
const CASES: &[(&str, &str, &[List], usize)] = &[
    // --- ordinal words, one point per paragraph
    (
        "ordinals_per_paragraph",
        "Berikut ikrar netralitas ASN:\n\nPertama, menjaga netralitas.\n\nKedua, menolak politik uang.",
        &[(K::P, None, &["menjaga netralitas.", "menolak politik uang."])],
        0,
    ),
    (
        "ordinals_inline_with_size",
        "Dalam deklarasi itu ada tiga poin. Pertama, menjaga netralitas. Kedua, menghindari konflik kepentingan. Ketiga, menolak politik uang.",
        &[(
            K::P,
            Some(3),
            &[
                "menjaga netralitas.",
                "menghindari konflik kepentingan.",
                "menolak politik uang.",
            ],
        )],
        0,
    ),
    (
        "kesatu",
        "Isi pakta integritas itu jelas. Kesatu, bekerja jujur. Kedua, menolak suap.",
        &[(K::P, None, &["bekerja jujur.", "menolak suap."])],
        0,
    ),
    (
        "poin_prefix",
        "Ikrar itu memuat dua poin. Poin pertama, ASN menjaga netralitas. Poin kedua, ASN menolak politik uang.",
        &[(K::P, Some(2), &["ASN menjaga netralitas.", "ASN menolak politik uang."])],
        0,
    ),
    (
        "butir_prefix",
        "Sumpah pegawai dibacakan bersama. Butir pertama, setia kepada Pancasila. Butir ketiga, menaati peraturan. Butir kedua, bekerja jujur.",
        &[(K::P, None, &["setia kepada Pancasila.", "bekerja jujur."])],
        0,
    ),
    (
        "ikrar_prefix_without_comma",
        "Para kepala desa membacakan ikrar. Ikrar pertama netral dalam pilkada. Ikrar kedua tidak memihak calon tertentu.",
        &[(K::P, None, &["netral dalam pilkada.", "tidak memihak calon tertentu."])],
        0,
    ),
    (
        "five_ordinals",
        "Berikut janji para camat. Pertama, netral. Kedua, jujur. Ketiga, adil. Keempat, melayani. Kelima, tidak memihak.",
        &[(
            K::P,
            None,
            &["netral.", "jujur.", "adil.", "melayani.", "tidak memihak."],
        )],
        0,
    ),
    (
        "numeral_ordinals_behind_prefix",
        "Pesan Kapolres kepada warga. Poin ke-1, jangan golput. Poin ke-2, tolak hoaks. Warga ke-3 desa hadir.",
        &[(K::A, None, &["jangan golput.", "tolak hoaks."])],
        0,
    ),
    (
        "legal_basis_list",
        "Camat harus memahami aturan. Dasar aturannya:\n\n1. UU Nomor 20 Tahun 2023 tentang ASN.\n\n2. PP Nomor 94 Tahun 2021.",
        &[],
        0,
    ),
    (
        "marker_list_far_from_cue",
        "ASN harus netral. Hal itu penting. Semua hadir. Acara meriah.\n\n1. Pembukaan oleh panitia.\n\n2. Pembacaan doa.",
        &[],
        0,
    ),
    (
        "inline_after_yakni",
        "Ia mengatakan ada tiga hal yang harus diperhatikan, yakni pertama, tidak mudah terprovokasi, kedua, tidak melakukan politik uang, dan ketiga, menjaga persatuan.",
        &[(
            K::A,
            Some(3),
            &[
                "tidak mudah terprovokasi",
                "tidak melakukan politik uang",
                "menjaga persatuan.",
            ],
        )],
        0,
    ),
    (
        "winners_with_ordinals",
        "Panitia mengumumkan pemenang lomba. Juara pertama diraih Desa A, juara kedua Desa B, dan ketiga Desa C.",
        &[],
        0,
    ),
    // --- continuation words
    (
        "selanjutnya_continues",
        "Bupati menyampaikan pesan kepada ASN. Pertama, jaga netralitas. Kedua, hindari konflik kepentingan. Selanjutnya, bijak bermedia sosial.",
        &[(
            K::A,
            None,
            &[
                "jaga netralitas.",
                "hindari konflik kepentingan.",
                "bijak bermedia sosial.",
            ],
        )],
        0,
    ),
    (
        "terakhir_closes",
        "Kapolres memberikan arahan. Pertama, jaga kesehatan. Kedua, jaga keluarga. Terakhir, tolak politik uang. Selanjutnya, acara ditutup dengan doa.",
        &[(
            K::A,
            None,
            &["jaga kesehatan.", "jaga keluarga.", "tolak politik uang."],
        )],
        0,
    ),
    (
        "continuation_needs_two_points",
        "Pesan Bupati jelas. Pertama, jaga netralitas. Selanjutnya, rombongan meninjau lokasi.",
        &[],
        0,
    ),
    (
        "continuation_before_reporting_verb",
        "Camat mengingatkan warga. Pertama, jangan golput. Kedua, jangan terprovokasi. Selanjutnya, Camat menyampaikan terima kasih.",
        &[(K::A, None, &["jangan golput.", "jangan terprovokasi."])],
        0,
    ),
    (
        "continuation_without_comma",
        "Camat mengingatkan warga. Pertama, jangan golput. Kedua, jangan terprovokasi. Terakhir mengenai anggaran, semuanya siap.",
        &[(K::A, None, &["jangan golput.", "jangan terprovokasi."])],
        0,
    ),
    (
        "yang_terakhir",
        "Wali Kota berpesan. Pertama, netral. Kedua, profesional. Yang terakhir, jauhi hoaks.",
        &[(K::A, None, &["netral.", "profesional.", "jauhi hoaks."])],
        0,
    ),
    // --- list markers, one per paragraph
    (
        "numbered_dot",
        "Berikut isi ikrar:\n\n1. Menjaga netralitas.\n\n2. Menolak politik uang.",
        &[(K::P, None, &["Menjaga netralitas.", "Menolak politik uang."])],
        0,
    ),
    (
        "numbered_paren",
        "Isi deklarasi:\n\n1) Menjaga netralitas.\n\n2) Menolak politik uang.",
        &[(K::P, None, &["Menjaga netralitas.", "Menolak politik uang."])],
        0,
    ),
    (
        "numbered_both_parens",
        "Pakta integritas berisi:\n\n(1) Bekerja jujur.\n\n(2) Menolak gratifikasi.",
        &[(K::P, None, &["Bekerja jujur.", "Menolak gratifikasi."])],
        0,
    ),
    (
        "lettered_dot",
        "Imbauan Kapolres kepada warga:\n\na. Jangan mudah terprovokasi.\n\nb. Laporkan hoaks.",
        &[(K::A, None, &["Jangan mudah terprovokasi.", "Laporkan hoaks."])],
        0,
    ),
    (
        "lettered_paren",
        "Instruksi Gubernur:\n\na) Tetap netral.\n\nb) Tidak ikut kampanye.",
        &[(K::A, None, &["Tetap netral.", "Tidak ikut kampanye."])],
        0,
    ),
    (
        "lettered_both_parens",
        "Sumpah jabatan itu berbunyi:\n\n(a) Setia kepada negara.\n\n(b) Menjalankan tugas dengan jujur.",
        &[(K::P, None, &["Setia kepada negara.", "Menjalankan tugas dengan jujur."])],
        0,
    ),
    (
        "dash_items",
        "Isi janji kepala desa:\n\n- Netral dalam pilkada.\n\n- Tidak memihak.",
        &[(K::P, None, &["Netral dalam pilkada.", "Tidak memihak."])],
        0,
    ),
    (
        "bullet_items",
        "Isi ikrar:\n\n• Menjaga netralitas.\n\n• Menolak politik uang.\n\n• Bijak bermedia sosial.",
        &[(
            K::P,
            None,
            &["Menjaga netralitas.", "Menolak politik uang.", "Bijak bermedia sosial."],
        )],
        0,
    ),
    (
        "item_is_its_first_sentence",
        "Isi ikrar:\n\n1. Menjaga netralitas. Netralitas itu penting bagi pelayanan.\n\n2. Menolak politik uang.",
        &[(K::P, None, &["Menjaga netralitas.", "Menolak politik uang."])],
        0,
    ),
    (
        "items_as_lines_of_one_paragraph",
        "Isi ikrar:\n1. Netral.\n2. Jujur.",
        &[(K::P, None, &["Netral.", "Jujur."])],
        0,
    ),
    (
        "dash_lines_of_one_paragraph",
        "Isi ikrar:\n- netral\n- jujur",
        &[(K::P, None, &["netral", "jujur"])],
        0,
    ),
    // --- list markers inline
    (
        "inline_numbered",
        "Ikrar tersebut berbunyi: 1. Menjaga netralitas; 2. Menolak politik uang; 3. Tidak menyebarkan hoaks.",
        &[(
            K::P,
            None,
            &["Menjaga netralitas", "Menolak politik uang", "Tidak menyebarkan hoaks."],
        )],
        0,
    ),
    (
        "inline_lettered",
        "Janji kepala desa: a. netral; b. jujur; c. melayani warga.",
        &[(K::P, None, &["netral", "jujur", "melayani warga."])],
        0,
    ),
    (
        "inline_both_parens",
        "Isi pakta integritas: (1) tidak menerima suap; (2) tidak memihak.",
        &[(K::P, None, &["tidak menerima suap", "tidak memihak."])],
        0,
    ),
    (
        "inline_after_yaitu_and_commas",
        "Isi ikrar yaitu 1. menjaga netralitas, 2. menolak politik uang, dan 3. bijak bermedia sosial.",
        &[(
            K::P,
            None,
            &["menjaga netralitas", "menolak politik uang", "bijak bermedia sosial."],
        )],
        0,
    ),
    (
        "trailing_conjunction_trimmed",
        "Isi deklarasi:\n\n1. Menjaga netralitas; dan\n\n2. Menolak politik uang.",
        &[(K::P, None, &["Menjaga netralitas", "Menolak politik uang."])],
        0,
    ),
    // --- unmarked items (HTML list items come out as bare paragraphs)
    (
        "unmarked_items",
        "Berikut isi ikrar netralitas ASN:\n\nMenjaga netralitas dalam pelayanan publik;\n\nMenolak politik uang;\n\nTidak menyebarkan hoaks.\n\nMenurut Bupati, ikrar itu penting.",
        &[(
            K::P,
            None,
            &[
                "Menjaga netralitas dalam pelayanan publik",
                "Menolak politik uang",
                "Tidak menyebarkan hoaks.",
            ],
        )],
        0,
    ),
    (
        "unmarked_items_up_to_declared",
        "Para kepala desa membacakan dua poin ikrar berikut:\n\nBersikap netral.\n\nMenolak suap.\n\nMelanjutkan acara dengan foto bersama.",
        &[(K::P, Some(2), &["Bersikap netral.", "Menolak suap."])],
        0,
    ),
    (
        "unmarked_items_need_a_pledge_cue",
        "Kegiatan itu dihadiri:\n\nBerbagai tokoh masyarakat.\n\nTerlihat pula para camat.",
        &[],
        0,
    ),
    (
        "unmarked_items_need_two",
        "Berikut bunyi ikrar itu:\n\nMenjaga netralitas.\n\n\"Ini penting,\" kata Bupati.",
        &[],
        0,
    ),
    // --- terse and quoted forms
    (
        "terse_inline_ordinals",
        "Bupati berpesan kepada ASN: pertama netral, kedua profesional, ketiga jujur.",
        &[(K::A, None, &["netral", "profesional", "jujur."])],
        0,
    ),
    (
        "connective_dan_yang",
        "Pesan Bupati: pertama, netral; kedua, jujur; dan yang ketiga, profesional.",
        &[(K::A, None, &["netral", "jujur", "profesional."])],
        0,
    ),
    (
        "inline_in_quote",
        "Kapolres mengimbau warga. \"Pertama, jangan terprovokasi, kedua, laporkan hoaks,\" katanya.",
        &[(K::A, None, &["jangan terprovokasi", "laporkan hoaks"])],
        0,
    ),
    (
        "quoted_per_paragraph",
        "Bupati memberikan arahan.\n\n\"Pertama, jaga netralitas. Itu wajib,\" katanya.\n\n“Kedua, hindari konflik kepentingan,” ujarnya.",
        &[(K::A, None, &["jaga netralitas.", "hindari konflik kepentingan"])],
        0,
    ),
    (
        "lowercase_after_comma",
        "Bupati menyampaikan arahan.\n\nDalam tugas sebagai abdi negara, pertama harus melayani semua warga.\n\n\"Kedua, hindari intimidasi,\" katanya.",
        &[(K::A, None, &["harus melayani semua warga.", "hindari intimidasi"])],
        0,
    ),
    (
        "speech_tag_skipped",
        "Tiga poin dihasilkan dalam ikrar. Pertama, menolak suap. Poin kedua, lanjut Sarip, menetapkan panitia.",
        &[(K::P, Some(3), &["menolak suap.", "menetapkan panitia."])],
        1,
    ),
    (
        "lead_word_skipped",
        "Isi ikrar ada dua. Yang pertama adalah menjaga netralitas. Yang kedua adalah menolak politik uang.",
        &[(K::P, None, &["menjaga netralitas.", "menolak politik uang."])],
        0,
    ),
    (
        "reporter_code_trimmed",
        "Berikut ikrar:\n\nPertama, netral.\n\nKedua, jujur. (cr23)",
        &[(K::P, None, &["netral.", "jujur."])],
        0,
    ),
    // --- interruptions, gaps, two lists
    (
        "interrupted_by_quote",
        "Bupati menyampaikan pesan penting.\n\nPertama, jaga netralitas.\n\n\"Ini penting,\" katanya.\n\nKedua, tolak politik uang.",
        &[(K::A, None, &["jaga netralitas.", "tolak politik uang."])],
        0,
    ),
    (
        "gap_too_large",
        "Bupati berpesan.\n\nPertama, jaga netralitas.\n\nA.\n\nB.\n\nC.\n\nD.\n\nE.\n\nKedua, tolak politik uang.",
        &[],
        0,
    ),
    (
        "two_lists_pledge_then_appeal",
        "Berikut ikrar ASN:\n\nPertama, netral.\n\nKedua, profesional.\n\nBupati juga berpesan.\n\nPertama, jaga kesehatan.\n\nKedua, jaga keluarga.",
        &[
            (K::P, None, &["netral.", "profesional."]),
            (K::A, None, &["jaga kesehatan.", "jaga keluarga."]),
        ],
        0,
    ),
    (
        "two_lists_words_and_numbers",
        "Isi deklarasi:\n\n1. Netral.\n\n2. Jujur.\n\nKapolres lalu mengingatkan warga. Pertama, jangan golput. Kedua, jangan terprovokasi.",
        &[
            (K::P, None, &["Netral.", "Jujur."]),
            (K::A, None, &["jangan golput.", "jangan terprovokasi."]),
        ],
        0,
    ),
    // --- kind from the context
    (
        "pledge_cue_beats_appeal_cue",
        "Dalam ikrar tersebut ada dua poin yang harus dijaga. Pertama, netral. Kedua, jujur.",
        &[(K::P, Some(2), &["netral.", "jujur."])],
        0,
    ),
    (
        "nearest_cue_wins",
        "Deklarasi netralitas ditandatangani.\n\nBupati menyampaikan pesan penting.\n\nPertama, jaga netralitas.\n\nKedua, tolak politik uang.",
        &[(K::A, None, &["jaga netralitas.", "tolak politik uang."])],
        0,
    ),
    (
        "appeal_from_points",
        "Dalam kesempatan itu Bupati hadir.\n\nPertama, ASN harus netral.\n\nKedua, ASN jangan memihak.",
        &[(K::A, None, &["ASN harus netral.", "ASN jangan memihak."])],
        0,
    ),
    // --- sizes
    (
        "declared_digits_mismatch",
        "Deklarasi itu memuat 4 butir. Pertama, netral. Kedua, jujur.",
        &[(K::P, Some(4), &["netral.", "jujur."])],
        1,
    ),
    (
        "declared_enam_poin_ikrar",
        "Ada enam poin ikrar yang dibacakan. Pertama, netral. Kedua, jujur. Ketiga, adil. Keempat, bersih. Kelima, melayani. Keenam, setia.",
        &[(
            K::P,
            Some(6),
            &["netral.", "jujur.", "adil.", "bersih.", "melayani.", "setia."],
        )],
        0,
    ),
    (
        "declared_repeated_numeral",
        "Pakta integritas memuat 3 (tiga) poin. Pertama, netral. Kedua, jujur. Ketiga, adil.",
        &[(K::P, Some(3), &["netral.", "jujur.", "adil."])],
        0,
    ),
    (
        "declared_fewer_than_found",
        "Ikrar berisi dua poin. Pertama, netral. Kedua, jujur. Ketiga, adil.",
        &[(K::P, Some(2), &["netral.", "jujur.", "adil."])],
        0,
    ),
    // --- lists that commit no one
    (
        "winners",
        "Berikut daftar pemenang lomba:\n\n1. Desa Sukamaju.\n\n2. Desa Sukajadi.",
        &[],
        0,
    ),
    (
        "agenda",
        "Agenda rapat hari ini:\n\n1. Pembukaan.\n\n2. Sambutan.",
        &[],
        0,
    ),
    (
        "agenda_after_appeal_word",
        "Peserta harus hadir tepat waktu. Berikut susunan acara:\n\n1. Pembukaan.\n\n2. Doa.",
        &[],
        0,
    ),
    (
        "ballot_numbers",
        "Pasangan nomor urut 1 dan nomor urut 2 hadir dalam debat.",
        &[],
        0,
    ),
    (
        "ranking_ordinals",
        "Indonesia menduduki posisi kedua, Malaysia pertama, dan Turki ketiga.",
        &[],
        0,
    ),
    (
        "kedua_means_both",
        "Kapolres mengingatkan warga. Pertama, jangan panik. Kedua tersangka dibawa ke Jakarta.",
        &[],
        0,
    ),
    (
        "pertama_kali",
        "Ini pertama kali ASN berikrar. Kedua, ia hadir.",
        &[],
        0,
    ),
    (
        "readiness_aspects",
        "Ada tiga aspek yang membuat KPU siap.\n\n\"Pertama regulasi, kedua anggaran yang ketiga personil,\" ujar Arief.",
        &[],
        0,
    ),
    (
        "law_items",
        "Dalam Pasal 42 (1) disebutkan, setiap orang dilarang berbuat asusila. (2) Setiap orang dilarang: a. Menjadi penjaja seks; b. Menyuruh orang lain.",
        &[],
        0,
    ),
    (
        "no_cue_no_list",
        "Rapat berlangsung lancar. Pertama, rapat dibuka. Kedua, laporan dibacakan.",
        &[],
        0,
    ),
    ("starts_at_two", "Isi ikrar:\n\n2. Netral.\n\n3. Jujur.", &[], 0),
    (
        "mixed_styles_do_not_join",
        "Isi ikrar:\n\n1. Netral.\n\n2) Jujur.",
        &[],
        0,
    ),
    (
        "adjectival_ordinals",
        "Peletakan batu pertama dilakukan. Untuk tahap kedua, warga diminta sabar.",
        &[],
        0,
    ),
    ("empty", "", &[], 0),
];

#[test]
fn table() {
    let mut failures = Vec::new();
    for (name, text, want, warns) in CASES {
        let (doc, found) = run(text);
        let got: Vec<(K, Option<u32>, Vec<String>)> = found
            .lists
            .iter()
            .map(|l| {
                let k = match l.kind {
                    PledgeKind::Pledge => K::P,
                    PledgeKind::Appeal => K::A,
                };
                (k, l.declared, l.points.iter().map(|p| p.text.clone()).collect())
            })
            .collect();
        let want: Vec<(K, Option<u32>, Vec<String>)> = want
            .iter()
            .map(|(k, d, p)| (*k, *d, p.iter().map(|s| s.to_string()).collect()))
            .collect();
        if got != want {
            failures.push(format!("{name}: got {got:?}\n    want {want:?}"));
        }
        let mismatches = found
            .warnings
            .iter()
            .filter(|w| w.kind == "declared_count_mismatch")
            .count();
        if mismatches != *warns {
            failures.push(format!("{name}: {mismatches} mismatch warnings, want {warns}"));
        }
        for l in &found.lists {
            for (i, p) in l.points.iter().enumerate() {
                let slice: String = doc.text.chars().skip(p.start).take(p.end - p.start).collect();
                if slice != p.text || p.n != i as u32 + 1 {
                    failures.push(format!("{name}: bad point {p:?}"));
                }
            }
        }
    }
    assert!(CASES.len() >= 40);
    assert!(
        failures.is_empty(),
        "{} of {} cases fail:\n{}",
        failures.len(),
        CASES.len(),
        failures.join("\n")
    );
}

#[test]
fn headline_claims_a_list_without_a_nearby_cue() {
    let text = "Acara berlangsung khidmat.\n\nPertama, menjaga netralitas.\n\nKedua, menolak politik uang.";
    let titled = |title: &str| {
        let meta = Meta {
            title: Some(title.to_string()),
            ..Meta::default()
        };
        let doc = Doc::new(text.to_string(), meta);
        extract(&doc).lists.iter().map(|l| l.kind).collect::<Vec<_>>()
    };
    assert_eq!(titled("Ratusan ASN Ikrarkan Netralitas"), [PledgeKind::Pledge]);
    assert_eq!(titled("Acara Berlangsung Khidmat"), Vec::<PledgeKind>::new());
}

#[test]
fn mismatch_warning_says_declared_and_found() {
    let (_, found) = run("Ikrar ini memuat empat poin utama. Pertama, netral. Kedua, jujur. Ketiga, adil.");
    assert_eq!(found.warnings.len(), 1);
    let w = &found.warnings[0];
    assert_eq!(w.kind, "declared_count_mismatch");
    assert!(w.message.contains("4 points declared, 3 found"), "{}", w.message);
}

#[test]
fn topics_by_keyword() {
    let (_, found) = run(
        "Berikut ikrar ASN:\n\nPertama, menjaga netralitas dalam pelayanan publik.\n\nKedua, menghindari konflik kepentingan dan intimidasi.\n\nKetiga, tidak menyebarkan hoaks di media sosial.\n\nKeempat, menolak politik uang dan pemberian hadiah.\n\nKelima, hadir tepat waktu.",
    );
    let topics: Vec<Vec<String>> = found.lists[0].points.iter().map(|p| p.topics.clone()).collect();
    assert_eq!(
        topics,
        vec![
            vec!["neutrality".to_string()],
            vec!["conflict_of_interest".to_string()],
            vec!["social_media".to_string()],
            vec!["money_politics".to_string()],
            vec![],
        ]
    );
}

#[test]
fn offsets_count_code_points() {
    let (doc, found) = run("“Ikrar” ASN — berikut isinya:\n\nPertama, netral—jujur.\n\nKedua, adil.");
    let p = &found.lists[0].points;
    assert_eq!((p[0].start, p[0].end, p[0].text.as_str()), (40, 53, "netral—jujur."));
    assert_eq!(doc.text.chars().skip(p[1].start).take(5).collect::<String>(), "adil.");
}

/// The quick filter must never turn away a text in which [`candidates`]
/// finds a possible list (it may let through texts that hold none).
/// Checks that the kinds it lets through group into the same lists as the
/// candidates of all kinds.
fn filter_keeps(text: &str) -> Result<(), String> {
    let doc = Doc::new(text.to_string(), Meta::default());
    let lists = |cands: Vec<Cand>| {
        let groups = group(&doc, &cands);
        format!(
            "{:?}",
            groups
                .iter()
                .map(|g| g.iter().map(|&i| &cands[i]).collect::<Vec<_>>())
                .collect::<Vec<_>>()
        )
    };
    let all = lists(candidates(&doc, Openers::ALL));
    let kinds = may_open_list(&doc);
    let filtered = if kinds == Openers::default() {
        "[]".to_string()
    } else {
        lists(candidates(&doc, kinds))
    };
    if all != filtered {
        return Err(format!(
            "filter ({kinds:?}) changes the lists of {text:?}:\n{all}\n{filtered}"
        ));
    }
    Ok(())
}

fn kinds(text: &str) -> Openers {
    may_open_list(&Doc::new(text.to_string(), Meta::default()))
}

#[test]
fn filter_keeps_every_table_case() {
    for (_, text, _, _) in CASES {
        filter_keeps(text).unwrap();
    }
}

#[test]
fn filter_flags_each_opener_kind() {
    let words = Openers {
        words: true,
        markers: false,
    };
    for text in [
        "Pertama, netral. Kedua, jujur.",
        "PERTAMA netral, kedua jujur.",
        "Kata dia, kesatu, netral; kedua, jujur.",
        "Poin ke-1, netral. Poin ke-2, jujur.",
        "Poin KE-01: netral. Poin ke-2: jujur.",
        "Poin \u{212A}e-1: netral. Poin ke-2: jujur.",
    ] {
        assert_eq!(kinds(text), words, "{text:?}");
        filter_keeps(text).unwrap();
    }
    let markers = Openers {
        words: false,
        markers: true,
    };
    for text in [
        "1. Netral.\n2. Jujur.",
        "Isi: 01. netral; 02. jujur.",
        "Isi: (1) netral; (2) jujur.",
        "Isi: (01) netral; (02) jujur.",
        "Isi: a. netral; b. jujur.",
        "Isi: (a) netral; (b) jujur.",
        "- netral\n- jujur",
        "Isi:\n\n• netral\n\n• jujur",
        "Isi:\n  · netral\n  · jujur",
        "Isi:\n\t▪ netral\n\t▪ jujur",
    ] {
        assert_eq!(kinds(text), markers, "{text:?}");
        filter_keeps(text).unwrap();
    }
    assert_eq!(kinds("Pertama, netral:\n1. jujur"), Openers::ALL);
    for text in [
        "",
        "Ini pertama kali ASN berikrar.",
        "Kata dia. Lalu mereka pulang.",
        "Skor 2021. Tahun 11. Pasal 1.Ayat",
        "“Kami siap,” katanya.\n\n“Netral,” ujarnya.",
        "- hanya satu\nlalu selesai",
    ] {
        assert_eq!(kinds(text), Openers::default(), "{text:?}");
    }
}

proptest::proptest! {
    #![proptest_config(proptest::prelude::ProptestConfig::with_cases(2000))]

    /// Random texts built from the pieces lists are made of (ordinals,
    /// markers, bullets, blanks, line breaks, punctuation, list words):
    /// whatever [`candidates`] keeps, the filter keeps.
    #[test]
    fn filter_never_drops_a_possible_list(
        pieces in proptest::collection::vec((0usize..PIECES.len(), 0usize..SEPARATORS.len()), 0..40),
    ) {
        let text: String = pieces.iter().flat_map(|&(p, s)| [PIECES[p], SEPARATORS[s]]).collect();
        filter_keeps(&text).map_err(proptest::test_runner::TestCaseError::fail)?;
    }
}

const SEPARATORS: &[&str] = &[
    "", " ", " ", " ", ", ", ". ", ": ", "; ", "\n", "\n\n", "\t", ") ", " - ",
];

const PIECES: &[&str] = &[
    "Pertama",
    "pertama",
    "PERTAMA",
    "kesatu",
    "Kesatu",
    "kedua",
    "Kedua",
    "ketiga",
    "selanjutnya",
    "terakhir",
    "ke-1",
    "KE-01",
    "ke-2",
    "ke-12",
    "\u{212A}e-1",
    "poin",
    "butir",
    "dan",
    "yang",
    "yaitu",
    "antara lain",
    "1",
    "01",
    "2",
    "a",
    "b",
    "(",
    ")",
    ".",
    ",",
    ";",
    ":",
    "-",
    "–",
    "•",
    "·",
    "*",
    "\"",
    "“",
    " ",
    " ",
    " ",
    "\t",
    "\n",
    "\n\n",
    "netral",
    "Jujur",
    "kali",
    "adalah",
    "ASN",
    "x",
];
