//! Property tests of the laws pass: no input panics, each law is listed
//! once, every mention lies
//! inside the text on character boundaries (offsets are code points), and
//! every claimed span is a valid, sorted, disjoint byte range that covers
//! each mention.

use proptest::prelude::*;
use warta::doc::{Doc, Meta};
use warta::extract::laws;

/// Fragments shaped like law citations, near misses and noise, joined into
/// sentences.
fn fragment() -> impl Strategy<Value = String> {
    prop_oneof![
        "(Undang-Undang|Undang-undang|UU|UU RI|Peraturan Pemerintah|PP|Perppu|Perpres|Keppres|Inpres|Permendagri|PermenPAN-RB|Perda|Perda Kabupaten Ketapang|Qanun Aceh|Perbup|Pergub DKI|PKPU|Peraturan KPU|Perbawaslu|SE|Surat Edaran Mendagri|SKB|Putusan MK|Keputusan KPU|UUD|KUHP) (Nomor|No\\.|No|nomor)? ?[0-9]{1,4}(/[0-9]{2,4}|/PUU-[XVI]{1,5}/20[0-9]{2})?( (Tahun|tahun) (19|20)[0-9]{2})?( tentang [A-Za-z]{2,10}( (dan|dalam|atas) [A-Z][a-z]{2,8}){0,3})?[.,]?",
        "(Pasal|pasal|Ps\\.?) [0-9]{1,3}[A-Z]?( ayat \\(?[0-9]\\)?)?( huruf [a-e])?( (dan|juncto|jo\\.|subsider) (Pasal|pasal) [0-9]{1,3})?",
        "(UU|Undang-Undang) (ASN|Pemilu|Pilkada|Desa|ITE|Pemda|Tipikor|KPK|Cipta Kerja)",
        "(nomor urut|nomor telepon|Nomor|tahun|Pasalnya|pasal-pasal) [0-9]{1,4}( \\(satu\\))?",
        "[A-Z][a-z]{2,8}( [a-z]{2,8}){0,8}[.,]?",
        "[“”’—–é…]{1,3}",
        "\\PC{0,30}",
    ]
}

fn check(text: &str, published: Option<String>) -> Result<(), TestCaseError> {
    let doc = Doc::new(
        text.to_string(),
        Meta {
            published,
            ..Meta::default()
        },
    );
    let found = laws::extract(&doc);
    let chars: Vec<char> = doc.text.chars().collect();
    for law in &found.laws {
        prop_assert!(!law.mentions.is_empty());
        prop_assert!(!law.id.is_empty());
        for m in &law.mentions {
            prop_assert!(m.start < m.end && m.end <= chars.len(), "{m:?}");
            let s: String = chars[m.start..m.end].iter().collect();
            prop_assert_eq!(&s, &m.text);
        }
        prop_assert_eq!(&law.text, &law.mentions[0].text);
    }
    // each law once
    let mut ids: Vec<&str> = found.laws.iter().map(|l| l.id.as_str()).collect();
    ids.sort();
    let n = ids.len();
    ids.dedup();
    prop_assert_eq!(ids.len(), n, "a law listed twice");
    let mut prev_end = 0;
    for (i, r) in found.claimed.iter().enumerate() {
        prop_assert!(r.start < r.end && r.end <= doc.text.len());
        prop_assert!(doc.text.is_char_boundary(r.start) && doc.text.is_char_boundary(r.end));
        prop_assert!(i == 0 || r.start > prev_end, "claimed spans overlap");
        prev_end = r.end;
    }
    // every mention is claimed
    for law in &found.laws {
        for m in &law.mentions {
            let covered = found
                .claimed
                .iter()
                .any(|r| doc.char_offset(r.start) <= m.start && m.end <= doc.char_offset(r.end));
            prop_assert!(covered, "{:?} not claimed", m.text);
        }
    }
    Ok(())
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(1000))]

    #[test]
    fn citation_shaped_text_never_panics(frags in proptest::collection::vec(fragment(), 0..16), seps in proptest::collection::vec(prop_oneof![Just(" "), Just(". "), Just("\n\n"), Just(", "), Just(" dan ")], 16), dated in any::<bool>()) {
        let mut text = String::new();
        for (f, s) in frags.iter().zip(&seps) {
            text.push_str(f);
            text.push_str(s);
        }
        check(&text, dated.then(|| "2024-11-03T12:33:01".to_string()))?;
    }

    #[test]
    fn any_text_never_panics(text in "\\PC{0,400}") {
        check(&text, None)?;
    }

    #[test]
    fn any_bytes_as_lossy_text_never_panics(bytes in proptest::collection::vec(any::<u8>(), 0..400)) {
        check(&String::from_utf8_lossy(&bytes), None)?;
    }
}
