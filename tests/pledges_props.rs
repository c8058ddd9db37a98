//! Property tests of the pledges pass: no input panics, every point's
//! offsets are code points that slice the body to the point's text, and
//! every list numbers its points 1, 2, 3 … in text order.

use proptest::prelude::*;
use warta::doc::{Doc, Meta};
use warta::extract::pledges;

/// Fragments shaped like the places lists live in: ordinals, continuation
/// words, markers, cues, quotes, wide characters and paragraph breaks.
fn fragment() -> impl Strategy<Value = String> {
    prop_oneof![
        Just("Pertama, ".to_string()),
        Just("pertama ".to_string()),
        Just("Kedua, ".to_string()),
        Just("kedua ".to_string()),
        Just("Poin ketiga, ".to_string()),
        Just("dan yang keempat adalah ".to_string()),
        Just("Selanjutnya, ".to_string()),
        Just("Terakhir, ".to_string()),
        Just("1. ".to_string()),
        Just("2) ".to_string()),
        Just("(3) ".to_string()),
        Just("a. ".to_string()),
        Just("b) ".to_string()),
        Just("- ".to_string()),
        Just("• ".to_string()),
        Just("\n".to_string()),
        Just("\n\n".to_string()),
        Just(": ".to_string()),
        Just("; ".to_string()),
        Just(". ".to_string()),
        Just("\"".to_string()),
        Just("“".to_string()),
        Just("”".to_string()),
        Just(" (cr23)".to_string()),
        Just("Berikut ikrar netralitas ASN".to_string()),
        Just("Bupati menyampaikan empat poin pesan".to_string()),
        Just("daftar pemenang".to_string()),
        Just("lanjut Sarip, ".to_string()),
        "[a-z]{1,9}( [a-z]{1,9}){0,6}",
        "[A-Z][a-z]{2,8}",
        "\\PC{0,12}",
    ]
}

fn article() -> impl Strategy<Value = String> {
    proptest::collection::vec(fragment(), 0..60).prop_map(|v| v.concat())
}

fn check(text: &str) -> Result<(), TestCaseError> {
    let doc = Doc::new(text.to_string(), Meta::default());
    let found = pledges::extract(&doc);
    let chars = doc.text.chars().count();
    for list in &found.lists {
        prop_assert!(list.points.len() >= 2);
        let mut prev_end = 0;
        for (i, p) in list.points.iter().enumerate() {
            prop_assert_eq!(p.n, i as u32 + 1, "ordinals strictly increasing from 1");
            prop_assert!(p.start < p.end && p.end <= chars, "offsets inside the text: {:?}", p);
            prop_assert!(p.start >= prev_end, "points in order, not overlapping: {:?}", p);
            let slice: String = doc.text.chars().skip(p.start).take(p.end - p.start).collect();
            prop_assert_eq!(&slice, &p.text);
            prop_assert_eq!(p.text.trim(), p.text.as_str());
            prev_end = p.end;
        }
    }
    for w in &found.warnings {
        prop_assert_eq!(w.kind.as_str(), "declared_count_mismatch");
    }
    Ok(())
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(1000))]

    #[test]
    fn newsish_text_gives_valid_points(text in article()) {
        check(&text)?;
    }

    #[test]
    fn any_text_gives_valid_points(text in "\\PC{0,400}") {
        check(&text)?;
    }

    #[test]
    fn cleaned_text_gives_valid_points(text in article()) {
        // Through the whole pipeline: the record's points slice its text.
        let record = warta::analyze_text(&text);
        let body = record.text.clone().unwrap_or_default();
        for list in &record.pledges {
            for (i, p) in list.points.iter().enumerate() {
                prop_assert_eq!(p.n, i as u32 + 1);
                let slice: String = body.chars().skip(p.start).take(p.end - p.start).collect();
                prop_assert_eq!(&slice, &p.text);
            }
        }
    }
}
