//! Regex construction with a bounded per-thread cache.
//!
//! Every `regex::Regex` runs a lazy DFA whose transition cache grows, per
//! thread, as the text it meets explores new states: by default up to
//! several MiB for each regex and each thread. Over a long run of varied
//! news that cache fills slowly, so a process's memory creeps upwards for
//! tens of thousands of documents before it levels off. warta's patterns are
//! matched against lines and short windows, where a small cache costs
//! little, so every static regex of the crate is built here with
//! [`DFA_CACHE_BYTES`], which keeps memory flat as the corpus grows.
//!
//! Word boundaries: write `(?-u:\b)`, not `\b`, in patterns over news text.
//! The lazy DFA cannot evaluate a Unicode `\b` on non-ASCII text and falls
//! back to the much slower PikeVM, which showed as 4% of a whole HTML run
//! in a profile; the words warta's patterns look for are ASCII.
//!
//! Digits: write `[0-9]`, not `\d`. A Unicode `\d` is some seventy ranges
//! of digits from every script, each compiled to UTF-8 byte sequences per
//! repetition: it doubled the compile time of the timestamp patterns
//! (about 0.5 ms each), paid by every process at start-up, to match digits
//! that `str::parse` would reject anyway.
//!
//! Cost: the same as `Regex::new`; call these once, inside a `LazyLock`.

use regex::{Regex, RegexBuilder, RegexSet, RegexSetBuilder};

/// Capacity of each lazy DFA cache, per regex and per thread.
pub const DFA_CACHE_BYTES: usize = 256 << 10;

/// Capacity of a [`regex_set`]'s lazy DFA cache, per thread: a set of a few
/// dozen patterns needs more states than one regex, and below this its DFA
/// thrashes and falls back to the PikeVM (seen in profiles of HTML runs).
pub const SET_DFA_CACHE_BYTES: usize = 1 << 20;

/// Compiles `pattern` with the crate's cache bound. Panics on an invalid
/// pattern: patterns are the crate's own constants and data files, checked
/// by their tests.
pub fn regex(pattern: &str) -> Regex {
    RegexBuilder::new(pattern)
        .dfa_size_limit(DFA_CACHE_BYTES)
        .build()
        .unwrap_or_else(|e| panic!("invalid built-in pattern {pattern:?}: {e}"))
}

/// Compiles a set of patterns with the crate's cache bound. Panics on an
/// invalid pattern, like [`regex()`].
pub fn regex_set<I, S>(patterns: I) -> RegexSet
where
    I: IntoIterator<Item = S>,
    S: AsRef<str>,
{
    RegexSetBuilder::new(patterns)
        .dfa_size_limit(SET_DFA_CACHE_BYTES)
        .build()
        .unwrap_or_else(|e| panic!("invalid built-in pattern set: {e}"))
}

#[cfg(test)]
mod tests {
    #[test]
    fn builds_and_matches() {
        assert!(super::regex(r"(?i)^baca juga\b").is_match("Baca Juga: berita lain"));
        let set = super::regex_set(["^a$", "^b+$"]);
        assert_eq!(set.matches("bbb").into_iter().collect::<Vec<_>>(), [1]);
    }
}
