//! A byte-level pass that cuts what can never be article text out of a page
//! before the HTML parser sees it.
//!
//! Parsing dominates the cost of an HTML page, and on news sites half or
//! more of a page's bytes are `<script>` code, `<style>` sheets, inline
//! `<svg>` icons and comments. Tokenising and building tree nodes for them
//! only to skip them later is waste, so this pass removes them first:
//!
//! - `<!-- … -->` comments (an unterminated one runs to the end, as in a
//!   browser);
//! - `<script>`, `<style>`, `<svg>`, `<noscript>` and `<template>` elements
//!   with their content, up to the matching close tag, except
//!   `<script type="application/ld+json">`, which carries the JSON-LD
//!   metadata the cleaner reads.
//!
//! Inside a raw-text element (`script`, `style`) the HTML parser ignores
//! everything up to the close tag, so cutting up to it is exactly what the
//! parser would have done. `svg`, `noscript` and `template` are not nested
//! in practice; a nested one ends the cut at its first close tag, which
//! leaves at most some stray markup for the parser to skip. Every cut starts
//! and ends on an ASCII `<` or `>`, so the output stays valid UTF-8.
//!
//! Cost: one Aho-Corasick scan of the page and one copy of what is kept;
//! a page with nothing to cut is returned borrowed.

use std::borrow::Cow;
use std::sync::LazyLock;

use aho_corasick::{AhoCorasick, AhoCorasickBuilder, Input, MatchKind};

/// Openers, in the order of [`CLOSERS`]; the comment opener is last.
const OPENERS: &[&str] = &["<script", "<style", "<svg", "<noscript", "<template", "<!--"];
/// Close tags matching each opener.
const CLOSERS: &[&str] = &["</script", "</style", "</svg", "</noscript", "</template", "-->"];

static OPEN: LazyLock<AhoCorasick> = LazyLock::new(|| automaton(OPENERS));
/// One automaton per closer, so each search finds only its own close tag.
static CLOSE: LazyLock<Vec<AhoCorasick>> = LazyLock::new(|| CLOSERS.iter().map(|c| automaton(&[c])).collect());

fn automaton(patterns: &[&str]) -> AhoCorasick {
    AhoCorasickBuilder::new()
        .ascii_case_insensitive(true)
        .match_kind(MatchKind::LeftmostFirst)
        .build(patterns)
        .expect("static patterns build")
}

/// `html` without its comments, scripts (JSON-LD kept), styles, inline SVG,
/// `noscript` and `template` elements.
pub fn prestrip(html: &str) -> Cow<'_, str> {
    let bytes = html.as_bytes();
    let mut out: Option<String> = None;
    let mut kept_to = 0; // html[..kept_to] has been dealt with
    let mut at = 0;
    while let Some(m) = OPEN.find(Input::new(bytes).range(at..)) {
        let (start, which) = (m.start(), m.pattern().as_usize());
        let is_comment = which == OPENERS.len() - 1;
        // "<scripts" or "<svgfoo" are other tags: the name must end here.
        if !is_comment
            && !matches!(
                bytes.get(m.end()),
                None | Some(b' ' | b'\t' | b'\n' | b'\r' | b'\x0c' | b'>' | b'/')
            )
        {
            at = m.end();
            continue;
        }
        let open_end = if is_comment {
            m.end()
        } else {
            memchr_from(bytes, b'>', m.end()).map_or(bytes.len(), |i| i + 1)
        };
        if which == 0 && is_json_ld(&html[m.end()..open_end]) {
            at = open_end;
            continue;
        }
        let end = match CLOSE[which].find(Input::new(bytes).range(open_end..)) {
            Some(c) if is_comment => c.end(),
            Some(c) => memchr_from(bytes, b'>', c.end()).map_or(bytes.len(), |i| i + 1),
            None => bytes.len(),
        };
        let buf = out.get_or_insert_with(|| String::with_capacity(html.len() / 2));
        buf.push_str(&html[kept_to..start]);
        // A space keeps the words on either side of the cut apart.
        buf.push(' ');
        kept_to = end;
        at = end;
    }
    match out {
        None => Cow::Borrowed(html),
        Some(mut buf) => {
            buf.push_str(&html[kept_to..]);
            Cow::Owned(buf)
        }
    }
}

fn memchr_from(bytes: &[u8], needle: u8, from: usize) -> Option<usize> {
    bytes.get(from..)?.iter().position(|&b| b == needle).map(|i| i + from)
}

/// True for the attributes of a `<script type="application/ld+json">` tag.
fn is_json_ld(attrs: &str) -> bool {
    attrs.len() < 300 && attrs.to_ascii_lowercase().contains("ld+json")
}

#[cfg(test)]
mod tests {
    use super::prestrip;

    #[test]
    fn cuts_code_styles_icons_and_comments() {
        let page = "<p>a</p><SCRIPT src=x>var s = '<p>no</p>';</script ><p>b</p><style>p{}</style>\
                    <svg viewBox='0 0 1 1'><path d='M0'/></svg><!-- <p>c</p> --><noscript><img></noscript><p>d</p>";
        assert_eq!(prestrip(page), "<p>a</p> <p>b</p>    <p>d</p>");
    }

    #[test]
    fn keeps_json_ld_and_lookalike_tags() {
        let page =
            r#"<script type="application/ld+json">{"@type":"NewsArticle"}</script><scripts>x</scripts><svgx>y</svgx>"#;
        assert_eq!(prestrip(page), page);
    }

    #[test]
    fn unterminated_elements_run_to_the_end() {
        assert_eq!(prestrip("<p>a</p><!-- open"), "<p>a</p> ");
        assert_eq!(prestrip("<p>a</p><script>var x"), "<p>a</p> ");
        assert_eq!(prestrip("<p>é</p><script"), "<p>é</p> ");
    }

    #[test]
    fn a_page_without_cuts_is_borrowed() {
        assert!(matches!(prestrip("<p>Isi berita.</p>"), std::borrow::Cow::Borrowed(_)));
    }
}
