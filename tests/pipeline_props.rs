//! Property tests of loading and cleaning: no input panics, every input
//! yields a record, and cleaning only ever removes or re-joins lines.

use proptest::prelude::*;
use warta::load::Hint;
use warta::record::ErrorKind;
use warta::{Options, analyze_bytes, clean};

/// Lines shaped like scraped news: headlines, bylines, furniture, body.
fn newsish_line() -> impl Strategy<Value = String> {
    prop_oneof![
        "[A-Z][a-z]{2,8}( [A-Z][a-z]{2,8}){3,8}",
        "(Penulis|Editor|Baca juga|Reporter) ?: [A-Z][a-z]{3,8} [A-Z][a-z]{3,8}",
        "[A-Z]{4,9}, [a-z]{4,9}\\.com - [A-Z][a-z]{2,8}( [a-z]{2,8}){6,14}\\.",
        "[A-Z][a-z]{2,8}( [a-z]{2,8}){3,20}[.,]( \\([A-Z][a-z]{3,6}\\))?",
        "(Selasa|Rabu), [0-9]{1,2} (Oktober|Nopember) 20[0-9]{2} [0-9]{2}:[0-9]{2} WIB",
        "[0-9]{1,4}|×|Tag|Terpopuler|“[A-Z][a-z]+ – ‘[a-z]+’”",
        "\\PC{0,40}",
    ]
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(300))]

    #[test]
    fn any_bytes_yield_records_without_panic(bytes in proptest::collection::vec(any::<u8>(), 0..600)) {
        for hint in [Hint::Sniff, Hint::Html, Hint::Json, Hint::JsonLines, Hint::Text] {
            let records = analyze_bytes(&bytes, "x", hint, &Options::default());
            prop_assert!(!records.is_empty());
            for r in records {
                prop_assert_ne!(r.error.map(|e| e.kind), Some(ErrorKind::Internal));
            }
        }
    }

    #[test]
    fn cleaning_keeps_only_input_words(lines in proptest::collection::vec(newsish_line(), 0..25), blank in proptest::collection::vec(any::<bool>(), 25)) {
        let mut raw = String::new();
        for (i, l) in lines.iter().enumerate() {
            raw.push_str(l);
            raw.push_str(if blank[i] { "\n\n" } else { "\n" });
        }
        let c = clean::text::clean(&raw, None);
        let words: std::collections::HashSet<&str> = raw.split_whitespace().collect();
        for w in c.text.split_whitespace() {
            prop_assert!(words.contains(w), "{w:?} is not a word of the input");
        }
        prop_assert!(!c.text.contains("\n\n\n"));
        prop_assert_eq!(c.text.trim(), c.text.as_str());
        if let Some(t) = &c.meta.title {
            prop_assert!(!c.text.split("\n\n").any(|p| p == t));
        }
    }

    #[test]
    fn html_of_any_shape_cleans_without_panic(parts in proptest::collection::vec(prop_oneof![
        Just("<p>".to_string()), Just("</p>".to_string()), Just("<div class=\"share\">".to_string()),
        Just("</div>".to_string()), Just("<br>".to_string()), Just("<script>".to_string()),
        Just("<li>".to_string()), Just("<!--".to_string()), Just("-->".to_string()),
        Just("</script>".to_string()), Just("<style>".to_string()), Just("<svg ".to_string()), Just("</svg".to_string()),
        Just("<form>".to_string()), Just("<br><br>".to_string()), Just("<a href=x>".to_string()), Just("</a>".to_string()),
        Just("<div class=\"baca-juga\">".to_string()), Just("<h2>".to_string()), Just("<header>".to_string()),
        Just("Isi berita, panjang, dengan koma, dan titik. ".repeat(3)), Just("é".to_string()),
        Just("<meta property=\"og:title\" content=\"x\">".to_string()),
        Just("<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"datePublished\":\"2024-02-30\"}</script>".to_string()),
        "\\PC{0,30}",
    ], 0..40)) {
        let html = parts.concat();
        let stripped = clean::html::prestrip::prestrip(&html);
        prop_assert!(stripped.len() <= html.len() + html.matches('<').count());
        let c = clean::html::clean(&html);
        prop_assert!(!c.text.contains("\n\n\n"));
        prop_assert_eq!(c.text.trim(), c.text.as_str());
    }
}
