//! Language of a text, from its most frequent function words.
//!
//! Indonesian pages often declare `lang="en"`, so the text decides. The
//! guess counts, over the first 600 words, hits on short lists of function
//! words for Indonesian and English; a language needs at least five hits and
//! twice the other's count, else the answer is `None`. Cost: one pass over
//! at most 600 words (stopping at 40 hits), no allocation.

/// Words read: function words are a third of running text, so a few
/// hundred words give dozens of hits.
const WORDS: usize = 600;

/// Hits after which the counts cannot change the answer much.
const SETTLED: usize = 40;

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

static INDONESIAN_KEYS: std::sync::LazyLock<Vec<u64>> = std::sync::LazyLock::new(|| sorted_keys(INDONESIAN));
static ENGLISH_KEYS: std::sync::LazyLock<Vec<u64>> = std::sync::LazyLock::new(|| sorted_keys(ENGLISH));

/// A word of at most 8 ASCII bytes, lower-cased and packed into an integer
/// (as [`detect`] packs the words it reads), so that a lookup is a binary
/// search over integers.
fn key(word: &str) -> u64 {
    word.bytes()
        .fold(0u64, |k, b| (k << 8) | u64::from(b.to_ascii_lowercase()))
}

fn sorted_keys(words: &[&str]) -> Vec<u64> {
    let mut v: Vec<u64> = words.iter().map(|w| key(w)).collect();
    v.sort_unstable();
    v
}

/// ISO 639-1 code of the language of `text` (`"id"` or `"en"`), or `None`
/// when the text is too short or mixed to tell.
pub fn detect(text: &str) -> Option<&'static str> {
    let (mut id, mut en) = (0usize, 0usize);
    let (indonesian, english) = (&*INDONESIAN_KEYS, &*ENGLISH_KEYS);
    let count = |word_key: Option<u64>, id: &mut usize, en: &mut usize| {
        if let Some(k) = word_key {
            if indonesian.binary_search(&k).is_ok() {
                *id += 1;
            } else if english.binary_search(&k).is_ok() {
                *en += 1;
            }
        }
    };
    // One pass over bytes: a word is a run of letters; a word with a
    // non-ASCII byte or longer than 8 bytes is no function word.
    let (mut words, mut key, mut len, mut ascii) = (0usize, 0u64, 0usize, true);
    for &b in text.as_bytes() {
        if b.is_ascii_alphabetic() || b >= 0x80 {
            ascii &= b < 0x80;
            len += 1;
            if len <= 8 {
                key = (key << 8) | u64::from(b.to_ascii_lowercase());
            }
        } else if len > 0 {
            count((ascii && len <= 8).then_some(key), &mut id, &mut en);
            (key, len, ascii) = (0, 0, true);
            words += 1;
            // Forty function words settle the ratio; most articles get
            // there in their first hundred-odd words.
            if words == WORDS || id + en >= SETTLED {
                break;
            }
        }
    }
    if len > 0 && words < WORDS && id + en < SETTLED {
        count((ascii && len <= 8).then_some(key), &mut id, &mut en);
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
