//! Language of a text, from its most frequent function words.
//!
//! Indonesian pages often declare `lang="en"`, so the text decides. The
//! guess counts, over the first 2,000 words, hits on short lists of function
//! words for Indonesian and English; a language needs at least five hits and
//! twice the other's count, else the answer is `None`. Cost: one pass over
//! at most 2,000 words.

/// Function words of Indonesian (and Malay, which shares them).
const INDONESIAN: &[&str] = &[
    "yang", "dan", "di", "ini", "itu", "dengan", "untuk", "dari", "dalam", "tidak", "akan", "pada", "juga", "ke",
    "karena", "tersebut", "bisa", "ada", "mereka", "kata", "sudah", "saat", "oleh", "menjadi", "bahwa", "atau", "para",
    "kami",
];
/// Function words of English.
const ENGLISH: &[&str] = &[
    "the", "and", "of", "to", "in", "is", "that", "for", "it", "was", "on", "with", "as", "by", "at", "from", "this",
    "be", "are", "have", "has", "which", "were", "their", "an", "not", "but",
];

/// ISO 639-1 code of the language of `text` (`"id"` or `"en"`), or `None`
/// when the text is too short or mixed to tell.
pub fn detect(text: &str) -> Option<&'static str> {
    let (mut id, mut en) = (0usize, 0usize);
    for word in text
        .split(|c: char| !c.is_alphabetic())
        .filter(|w| !w.is_empty())
        .take(2000)
    {
        let w = word.to_lowercase();
        if INDONESIAN.contains(&w.as_str()) {
            id += 1;
        } else if ENGLISH.contains(&w.as_str()) {
            en += 1;
        }
    }
    if id >= 5 && id >= 2 * en {
        Some("id")
    } else if en >= 5 && en >= 2 * id {
        Some("en")
    } else {
        None
    }
}

#[cfg(test)]
mod tests {
    use super::detect;

    #[test]
    fn detects_indonesian_and_english() {
        assert_eq!(
            detect(
                "Bupati Ketapang mengatakan bahwa ASN harus netral dan tidak boleh berpihak pada pasangan calon yang ada di daerah itu."
            ),
            Some("id")
        );
        assert_eq!(
            detect(
                "The regent said that civil servants must stay neutral in the election and not take sides with any of the candidates."
            ),
            Some("en")
        );
        assert_eq!(detect("Jakarta 2024"), None);
    }
}
