//! A byte-level pass that cuts what can never matter to the cleaner out of a
//! page before the HTML parser sees it.
//!
//! Parsing dominates the cost of an HTML page, and most of a news page's
//! bytes are never read by the cleaner: `<script>` code, `<style>` sheets,
//! inline `<svg>` icons, comments, and (two thirds of what is left, measured
//! on the ScrapingHub and Indonesian pages) tag attributes: `srcset`,
//! `data-*`, `onclick`, tracking parameters, the `href` of every link.
//! Tokenising them, interning their names and allocating their values only
//! to ignore them is waste, so this pass removes them first:
//!
//! - `<!-- … -->` comments (an unterminated one runs to the end, as in a
//!   browser);
//! - `<script>`, `<style>`, `<svg>`, `<noscript>` and `<template>` elements
//!   with their content, up to the matching close tag, except
//!   `<script type="application/ld+json">`, which carries the JSON-LD
//!   metadata the cleaner reads and is kept as it is;
//! - every attribute of a start tag that neither the cleaner nor the tree
//!   builder reads on that element: class, id, role and itemprop on the
//!   elements it scores, the hiding attributes (`style` only when it can
//!   hide), names and `content` on `<meta>`, `rel` and a canonical `href`
//!   on `<link>`, `datetime` on `<time>`, `type` on `<input>`, nothing on
//!   the elements it skips; formatting elements (`a`, `b`, …), whose
//!   attributes the tree builder compares, keep all of
//!   [`KEPT_ATTRIBUTES`];
//! - white space in text beyond one space per run (every reader of the text
//!   collapses it; line breaks and indentation between tags are a third of
//!   a page's text and leave the tokenizer's fast path).
//!
//! Inside a raw-text element (`script`, `style`) the HTML parser ignores
//! everything up to the close tag, so cutting up to it is exactly what the
//! parser would have done; the text of `<title>`, `<textarea>` and the other
//! raw-text elements is copied untouched, since a `<` there is text. `svg`,
//! `noscript` and `template` are not nested in practice; a nested one ends
//! the cut at its first close tag, which leaves at most some stray markup
//! for the parser to skip. Attributes are split the way the HTML tokenizer
//! splits them (quoted values may hold `>`); a tag left unterminated at the
//! end of the page is copied as it is. Every cut starts and ends on an ASCII
//! byte, so the output stays valid UTF-8.
//!
//! Cost: one `memchr` scan for `<` over the page, a look at each tag's
//! attributes and at each byte of text, and one copy of what is kept; a
//! page with nothing to cut is returned borrowed.

use std::borrow::Cow;

use memchr::memchr;
use memchr::memmem;

/// Elements cut out with their content.
const CUT_ELEMENTS: &[&str] = &["script", "style", "svg", "noscript", "template"];
/// Elements whose content the parser reads as text: copied as they are.
const TEXT_ELEMENTS: &[&str] = &["title", "textarea", "xmp", "iframe", "noembed", "noframes"];
/// Attributes the cleaner may read on some element (metadata, class/id
/// evidence, hidden elements, JSON-LD and charset declarations): what
/// formatting elements keep. Other elements keep only what is read on them
/// (see `keep_attribute`).
pub const KEPT_ATTRIBUTES: &[&str] = &[
    "class",
    "id",
    "role",
    "itemprop",
    "property",
    "name",
    "content",
    "datetime",
    "rel",
    "type",
    "hidden",
    "aria-hidden",
    "charset",
    "http-equiv",
];

/// The page `html` without its comments, scripts (JSON-LD kept), styles,
/// inline SVG, `noscript` and `template` elements, the attributes nobody
/// reads, and the `<head>`'s unread `<meta>` and `<link>` elements.
pub fn prestrip(html: &str) -> Cow<'_, str> {
    strip(html, true)
}

/// [`prestrip`] for a fragment parsed in a `<body>` (it has no `<head>`).
pub fn prestrip_fragment(html: &str) -> Cow<'_, str> {
    strip(html, false)
}

fn strip(html: &str, document: bool) -> Cow<'_, str> {
    let bytes = html.as_bytes();
    let mut out = Output {
        html,
        buf: None,
        kept_to: 0,
        attributes: Vec::new(),
        in_head: document,
    };
    let mut at = 0;
    // Where the text being scanned starts, when it is known to be text the
    // tokenizer reads in its data state (after a tag it splits the same way).
    let mut text_from = Some(0);
    while let Some(lt) = memchr(b'<', &bytes[at..]).map(|i| i + at) {
        if let Some(from) = text_from {
            // Text in the head ends it (the parser opens the body).
            if out.in_head {
                out.in_head = bytes[from..lt].iter().all(|&b| is_html_space(b));
            }
            collapse_spaces(bytes, from, lt, &mut out);
        }
        let rest = &bytes[lt + 1..];
        (at, text_from) = match rest.first() {
            Some(b'!') if rest.starts_with(b"!--") => {
                let body = lt + 4;
                let end = if bytes[body..].starts_with(b">") {
                    body + 1 // "<!-->": an empty comment
                } else if bytes[body..].starts_with(b"->") {
                    body + 2
                } else {
                    memmem::find(&bytes[body..], b"-->").map_or(bytes.len(), |i| body + i + 3)
                };
                out.cut(lt, end);
                (end, Some(end))
            }
            Some(c) if c.is_ascii_alphabetic() => start_tag(bytes, lt, &mut out),
            Some(b'/') if rest.get(1).is_some_and(u8::is_ascii_alphabetic) => {
                // An end tag, left as it is: found only to know where the
                // text after it starts.
                let mut attributes = std::mem::take(&mut out.attributes);
                let tag = Tag::scan(bytes, lt + 1, &mut attributes);
                out.attributes = attributes;
                let Some(tag) = tag else { break };
                out.in_head = out.in_head && is_head_end_tag(&bytes[lt + 2..tag.name_end]);
                (tag.end, Some(tag.end))
            }
            // Doctypes and bogus comments end at the first `>`, and are left
            // to the parser (so is CDATA, which only SVG and MathML have).
            Some(b'!' | b'/' | b'?') => match memchr(b'>', rest) {
                Some(i) => (lt + 2 + i, Some(lt + 2 + i)),
                None => break,
            },
            // A stray `<` is text, as is what follows it.
            _ => (lt + 1, Some(lt + 1)),
        };
    }
    out.finish()
}

/// Deals with the start tag at `lt`; returns where scanning goes on, and
/// whether text in the data state starts there.
fn start_tag(bytes: &[u8], lt: usize, out: &mut Output<'_>) -> (usize, Option<usize>) {
    let mut attributes = std::mem::take(&mut out.attributes);
    let tag = Tag::scan(bytes, lt, &mut attributes);
    // An unterminated tag: the rest of the page is copied as it is.
    let next = tag.map_or((bytes.len(), None), |tag| tag_done(bytes, lt, &tag, &attributes, out));
    out.attributes = attributes;
    next
}

/// Deals with a scanned start tag; returns where scanning goes on, and
/// whether text in the data state starts there.
fn tag_done(
    bytes: &[u8],
    lt: usize,
    tag: &Tag,
    attributes: &[Attribute],
    out: &mut Output<'_>,
) -> (usize, Option<usize>) {
    let name = &bytes[lt + 1..tag.name_end];
    if let Some(i) = CUT_ELEMENTS
        .iter()
        .position(|e| name.eq_ignore_ascii_case(e.as_bytes()))
    {
        let close = close_tag(bytes, tag.end, CUT_ELEMENTS[i]);
        if i == 0 && is_json_ld(bytes, attributes) {
            return (close.start, None); // kept whole; its close tag is an end tag
        }
        out.cut(lt, close.end);
        return (close.end, Some(close.end));
    }
    if out.in_head {
        let reads = Reads::of(name);
        if reads == Reads::Meta && !is_read_meta(bytes, attributes)
            || reads == Reads::Link && !may_be_canonical(bytes, attributes)
        {
            out.cut(lt, tag.end);
            return (tag.end, Some(tag.end));
        }
        out.in_head = is_head_start_tag(name);
    }
    out.rewrite(bytes, tag, attributes, name);
    match TEXT_ELEMENTS.iter().find(|e| name.eq_ignore_ascii_case(e.as_bytes())) {
        Some(e) => (close_tag(bytes, tag.end, e).start, None),
        None => (tag.end, Some(tag.end)),
    }
}

/// Start tags the parser puts in the `<head>` (or ignores there): any
/// other one opens the body. (`script`, `style`, `noscript` and `template`
/// are cut or kept whole before this is asked.)
fn is_head_start_tag(name: &[u8]) -> bool {
    [
        "html", "head", "title", "meta", "link", "base", "basefont", "bgsound", "noframes",
    ]
    .iter()
    .any(|t| name.eq_ignore_ascii_case(t.as_bytes()))
}

/// End tags met in a `<head>` that leave it open for `<meta>` and
/// `<link>` (`</head>` does close it, but what follows goes in it still).
/// Any other end tag is taken to end the head, though most are ignored
/// there.
fn is_head_end_tag(name: &[u8]) -> bool {
    ["head", "title", "script", "style", "noframes"]
        .iter()
        .any(|t| name.eq_ignore_ascii_case(t.as_bytes()))
}

/// True when a `<meta>` may carry one of the names the cleaner reads
/// ([`super::READ_META`]) in `property`, `name` or `itemprop` (a value
/// with a character reference may spell one, so it counts too).
fn is_read_meta(bytes: &[u8], attributes: &[Attribute]) -> bool {
    attributes.iter().any(|&(s, ne, e)| {
        let name = &bytes[s..ne];
        (name.eq_ignore_ascii_case(b"property")
            || name.eq_ignore_ascii_case(b"name")
            || name.eq_ignore_ascii_case(b"itemprop"))
            && {
                let value = attribute_value(&bytes[ne..e]);
                value.contains(&b'&')
                    || super::READ_META
                        .iter()
                        .flat_map(|keys| keys.iter())
                        .any(|k| value.eq_ignore_ascii_case(k.as_bytes()))
            }
    })
}

/// An attribute's value from what follows its name (`="v"`, `='v'`, `=v`,
/// or nothing).
fn attribute_value(after_name: &[u8]) -> &[u8] {
    let v = after_name.trim_ascii_start();
    let Some(v) = v.strip_prefix(b"=") else { return b"" };
    let v = v.trim_ascii_start();
    match v.first() {
        Some(&q @ (b'"' | b'\'')) => v[1..].strip_suffix(&[q]).unwrap_or(&v[1..]),
        _ => v,
    }
}

/// HTML white space (what the tokenizer and `split_whitespace` both count
/// as white space).
fn is_html_space(b: u8) -> bool {
    matches!(b, b' ' | b'\t' | b'\n' | b'\r' | b'\x0c')
}

/// Writes each run of white space in the text `bytes[from..to]` that is not
/// a single space as one space. Every reader of the tree's text collapses
/// white space (`text::collapse`) or counts only what is not white space,
/// so this changes no result; it spares the tokenizer the line breaks and
/// indentation between tags, which leave its fast path for text (a third
/// of the text on the pages measured is such white space).
fn collapse_spaces(bytes: &[u8], from: usize, to: usize, out: &mut Output<'_>) {
    let mut i = from;
    while i < to {
        if !is_html_space(bytes[i]) {
            i += 1;
            continue;
        }
        let start = i;
        while i < to && is_html_space(bytes[i]) {
            i += 1;
        }
        if i - start > 1 || bytes[start] != b' ' {
            out.cut(start, i);
        }
    }
}

/// An attribute's start, the end of its name, and its end.
type Attribute = (usize, usize, usize);

/// A start tag as the tokenizer splits it (its attributes apart).
struct Tag {
    /// End of the tag name.
    name_end: usize,
    /// A `/` right before the closing `>`.
    self_closing: bool,
    /// Just past the closing `>`.
    end: usize,
}

fn is_space(b: u8) -> bool {
    matches!(b, b' ' | b'\t' | b'\n' | b'\r' | b'\x0c')
}

impl Tag {
    /// The start tag at `lt` (`bytes[lt] == b'<'`, a letter next), its
    /// attributes put in `attributes`; `None` when it runs to the end of
    /// the page.
    fn scan(bytes: &[u8], lt: usize, attributes: &mut Vec<Attribute>) -> Option<Tag> {
        let n = bytes.len();
        let mut i = lt + 1;
        while i < n && !is_space(bytes[i]) && bytes[i] != b'/' && bytes[i] != b'>' {
            i += 1;
        }
        let name_end = i;
        attributes.clear();
        let mut self_closing = false;
        loop {
            while i < n && (is_space(bytes[i]) || bytes[i] == b'/') {
                self_closing = bytes[i] == b'/';
                i += 1;
            }
            match bytes.get(i)? {
                b'>' => {
                    return Some(Tag {
                        name_end,
                        self_closing,
                        end: i + 1,
                    });
                }
                _ => self_closing = false,
            }
            // An attribute name: its first character may be '='.
            let start = i;
            i += 1;
            while i < n && !is_space(bytes[i]) && !matches!(bytes[i], b'/' | b'>' | b'=') {
                i += 1;
            }
            let attr_name_end = i;
            let mut j = i;
            while j < n && is_space(bytes[j]) {
                j += 1;
            }
            if bytes.get(j) == Some(&b'=') {
                j += 1;
                while j < n && is_space(bytes[j]) {
                    j += 1;
                }
                match *bytes.get(j)? {
                    q @ (b'"' | b'\'') => j += 1 + memchr(q, &bytes[j + 1..])? + 1,
                    _ => {
                        while j < n && !is_space(bytes[j]) && bytes[j] != b'>' {
                            j += 1;
                        }
                    }
                }
                i = j;
            }
            attributes.push((start, attr_name_end, i));
        }
    }
}

/// True for the attributes of `<script type="application/ld+json">`.
fn is_json_ld(bytes: &[u8], attributes: &[Attribute]) -> bool {
    attributes.iter().any(|&(s, ne, e)| {
        bytes[s..ne].eq_ignore_ascii_case(b"type") && memmem::find(&bytes[ne..e], b"ld+json").is_some()
    })
}

/// What is read of an element's attributes, by the cleaner or by the tree
/// builder; decides which attributes [`keep_attribute`] keeps.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Reads {
    /// Formatting elements (`a`, `b`, `i`, …): the tree builder compares
    /// their attributes (the "Noah's Ark" clause), so they keep every
    /// [`KEPT_ATTRIBUTES`] attribute whether read or not.
    Formatting,
    /// Elements the cleaner never enters or looks at (`iframe`, `button`,
    /// `select`, …: its skipped tags); an `<input>` keeps `type`, which
    /// the tree builder reads in tables.
    Skipped { input: bool },
    /// Empty elements that are never a block's container nor anyone's
    /// ancestor (`br`, `hr`, `img`): only whether they are hidden counts.
    Empty,
    /// `<meta>`: its name (`property`, `name`, `itemprop`) and `content`.
    Meta,
    /// `<link>`: `rel`, and `href` when it may be the canonical link.
    Link,
    /// `<time>`: `datetime`, and what any element keeps.
    Time,
    /// Any other element: class, id, role and itemprop (chrome and content
    /// evidence) and whether it is hidden.
    Other,
}

impl Reads {
    fn of(element: &[u8]) -> Reads {
        let mut lower = [0u8; 8];
        let Some(lower) = lower.get_mut(..element.len()) else {
            return Reads::Other;
        };
        lower.copy_from_slice(element);
        lower.make_ascii_lowercase();
        match &*lower {
            b"a" | b"b" | b"big" | b"code" | b"em" | b"font" | b"i" | b"nobr" | b"s" | b"small" | b"strike"
            | b"strong" | b"tt" | b"u" => Reads::Formatting,
            b"input" => Reads::Skipped { input: true },
            b"noscript" | b"iframe" | b"button" | b"select" | b"template" | b"head" | b"object" | b"embed"
            | b"canvas" | b"video" | b"audio" | b"map" | b"textarea" | b"option" | b"dialog" => {
                Reads::Skipped { input: false }
            }
            b"br" | b"hr" | b"img" => Reads::Empty,
            b"meta" => Reads::Meta,
            b"link" => Reads::Link,
            b"time" => Reads::Time,
            _ => Reads::Other,
        }
    }
}

/// Whether attribute `attr` (whole span) named `name` is read on an element
/// that [`Reads`] `reads`; `canonical` says whether a `<link>` may be the
/// canonical one.
fn keep_attribute(reads: Reads, canonical: bool, name: &[u8], attr: &[u8]) -> bool {
    // The name in lower case, compared once by `match`; no name read is
    // longer than 12 bytes.
    let mut lower = [0u8; 12];
    let Some(lower) = lower.get_mut(..name.len()) else {
        return false;
    };
    lower.copy_from_slice(name);
    lower.make_ascii_lowercase();
    let name = &*lower;
    // `style` matters only when it hides the element.
    let hides = || match name {
        b"hidden" | b"aria-hidden" => true,
        b"style" => {
            let lower = attr.to_ascii_lowercase();
            memmem::find(&lower, b"none").is_some() || memmem::find(&lower, b"hidden").is_some()
        }
        _ => false,
    };
    let evidence = matches!(name, b"class" | b"id" | b"role" | b"itemprop");
    match reads {
        Reads::Formatting => KEPT_ATTRIBUTES.iter().any(|k| name == k.as_bytes()) || hides(),
        Reads::Skipped { input } => input && name == b"type",
        Reads::Empty => hides(),
        Reads::Meta => matches!(name, b"property" | b"name" | b"itemprop" | b"content") || hides(),
        Reads::Link => name == b"rel" || canonical && name == b"href" || evidence || hides(),
        Reads::Time => name == b"datetime" || evidence || hides(),
        Reads::Other => evidence || hides(),
    }
}

/// True when one of a `<link>`'s `rel` attributes may say `canonical`
/// (a character reference may spell it, so one with `&` may too).
fn may_be_canonical(bytes: &[u8], attributes: &[Attribute]) -> bool {
    attributes.iter().any(|&(s, ne, e)| {
        bytes[s..ne].eq_ignore_ascii_case(b"rel") && {
            let value = bytes[ne..e].to_ascii_lowercase();
            memmem::find(&value, b"canonical").is_some() || value.contains(&b'&')
        }
    })
}

/// The span of the first `</name` close tag at or after `from`, through its
/// `>`; an element never closed runs to the end.
fn close_tag(bytes: &[u8], from: usize, name: &str) -> std::ops::Range<usize> {
    let mut at = from;
    while let Some(i) = memmem::find(&bytes[at..], b"</").map(|i| i + at) {
        let after = i + 2 + name.len();
        if bytes.len() >= after && bytes[i + 2..after].eq_ignore_ascii_case(name.as_bytes()) {
            let end = memchr(b'>', &bytes[after..]).map_or(bytes.len(), |j| after + j + 1);
            return i..end;
        }
        at = i + 2;
    }
    bytes.len()..bytes.len()
}

/// The page being rebuilt: `html[..kept_to]` has been dealt with.
struct Output<'a> {
    html: &'a str,
    buf: Option<String>,
    kept_to: usize,
    /// The current tag's attributes (one allocation for the whole page).
    attributes: Vec<Attribute>,
    /// True while the parser is surely still in the `<head>` (or before
    /// it): a `<meta>` or `<link>` there is in no block of the body.
    in_head: bool,
}

impl<'a> Output<'a> {
    fn buf(&mut self, upto: usize) -> &mut String {
        let html = self.html;
        let buf = self.buf.get_or_insert_with(|| String::with_capacity(html.len() / 2));
        buf.push_str(&html[self.kept_to..upto]);
        buf
    }

    /// Drops `start..end`, leaving a space so the words either side stay apart.
    fn cut(&mut self, start: usize, end: usize) {
        self.buf(start).push(' ');
        self.kept_to = end;
    }

    /// Writes `tag` with only the attributes the cleaner reads;
    /// leaves it alone when it keeps them all.
    fn rewrite(&mut self, bytes: &[u8], tag: &Tag, attributes: &[Attribute], name: &[u8]) {
        let reads = Reads::of(name);
        let canonical = reads == Reads::Link && may_be_canonical(bytes, attributes);
        let keep = |&&(s, ne, e): &&Attribute| keep_attribute(reads, canonical, &bytes[s..ne], &bytes[s..e]);
        if attributes.iter().all(|a| keep(&a)) {
            return;
        }
        let html = self.html;
        let buf = self.buf(tag.name_end);
        for &(s, _, e) in attributes.iter().filter(keep) {
            buf.push(' ');
            buf.push_str(&html[s..e]);
        }
        buf.push_str(if tag.self_closing { "/>" } else { ">" });
        self.kept_to = tag.end;
    }

    fn finish(self) -> Cow<'a, str> {
        match self.buf {
            None => Cow::Borrowed(self.html),
            Some(mut buf) => {
                buf.push_str(&self.html[self.kept_to..]);
                Cow::Owned(buf)
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::{prestrip, prestrip_fragment};

    #[test]
    fn cuts_code_styles_icons_and_comments() {
        let page = "<p>a</p><SCRIPT src=x>var s = '<p>no</p>';</script ><p>b</p><style>p{}</style>\
                    <svg viewBox='0 0 1 1'><path d='M0'/></svg><!-- <p>c</p> --><noscript><img></noscript><p>d</p>";
        assert_eq!(prestrip(page), "<p>a</p> <p>b</p>    <p>d</p>");
    }

    #[test]
    fn keeps_json_ld_and_lookalike_tags() {
        let page = r#"<script type="application/ld+json">{"@type":"NewsArticle","x":"<!-- <b>"}</script><scripts>x</scripts><svgx>y</svgx>"#;
        assert_eq!(prestrip(page), page);
    }

    #[test]
    fn unterminated_elements_run_to_the_end() {
        assert_eq!(prestrip("<p>a</p><!-- open"), "<p>a</p> ");
        assert_eq!(prestrip("<p>a</p><script>var x"), "<p>a</p> ");
        assert_eq!(prestrip("<p>é</p><script"), "<p>é</p><script");
        assert_eq!(prestrip("<p>é</p><a href=\"x"), "<p>é</p><a href=\"x");
        assert_eq!(prestrip("<p>a<!-->b<!--->c</p>"), "<p>a b c</p>");
    }

    #[test]
    fn drops_the_attributes_nobody_reads() {
        let page =
            r#"<div class="content" data-x='a>b' onclick=go() id=main><a href="/x" title="t">x</a><img src=i.jpg/>"#;
        assert_eq!(prestrip(page), r#"<div class="content" id=main><a>x</a><img>"#);
        let head = r#"<meta property="og:title" content="Judul" data-z=1><link rel=canonical href="https://a.id/b">"#;
        assert_eq!(
            prestrip(head),
            r#"<meta property="og:title" content="Judul"><link rel=canonical href="https://a.id/b">"#
        );
        let hidden = r#"<p style="color:red">a</p><p style="display: none">b</p>"#;
        assert_eq!(prestrip(hidden), r#"<p>a</p><p style="display: none">b</p>"#);
        let by_element = r#"<p><link rel=stylesheet href=a.css id=s><iframe name="x" class=y></iframe><input type=hidden name=a><img class=x hidden><span content=x name=y class=z><time datetime=2024 name=t><b name=x class=y>"#;
        assert_eq!(
            prestrip(by_element),
            r#"<p><link rel=stylesheet id=s><iframe></iframe><input type=hidden><img hidden><span class=z><time datetime=2024><b name=x class=y>"#
        );
    }

    #[test]
    fn text_elements_are_copied_as_they_are() {
        let page = r#"<title>A <b x=1> B</title><p x=1>c</p>"#;
        assert_eq!(prestrip(page), r#"<title>A <b x=1> B</title><p>c</p>"#);
    }

    #[test]
    fn white_space_in_text_becomes_one_space() {
        let page = "<div>\n\t<p>a  b\r\nc</p>\n</div > d\n<!DOCTYPE  x>\n <title> t \n</title>\n\n<pre>\n x</pre>";
        assert_eq!(
            prestrip(page),
            "<div> <p>a b c</p> </div > d <!DOCTYPE  x> <title> t \n</title> <pre> x</pre>"
        );
    }

    #[test]
    fn the_heads_unread_meta_and_link_elements_go() {
        let page = r#"<!DOCTYPE html><html><head><meta charset=utf-8><title>T</title><meta name=viewport content=x><meta property="og:title" content=J><link rel=stylesheet href=a.css><link rel="Canonical" href=c><script type="application/ld+json">{}</script><meta name="&#97;uthor" content=A></head><body><meta name=viewport><link rel=icon></body>"#;
        assert_eq!(
            prestrip(page),
            r#"<!DOCTYPE html><html><head> <title>T</title> <meta property="og:title" content=J> <link rel="Canonical" href=c><script type="application/ld+json">{}</script><meta name="&#97;uthor" content=A></head><body><meta name=viewport><link rel=icon></body>"#
        );
        // Text or a body element ends the head.
        let body_first = "<html><p>a</p><meta name=viewport><link rel=icon>";
        assert_eq!(prestrip(body_first), body_first);
        let text_first = "x<meta name=viewport>";
        assert_eq!(prestrip(text_first), text_first);
        assert_eq!(prestrip_fragment("<meta name=viewport>"), "<meta name=viewport>");
    }

    #[test]
    fn kept_attribute_names_fit_the_name_buffer() {
        assert!(
            super::KEPT_ATTRIBUTES
                .iter()
                .all(|k| k.len() <= 12 && *k == k.to_ascii_lowercase())
        );
    }

    #[test]
    fn a_page_without_cuts_is_borrowed() {
        assert!(matches!(
            prestrip("<p class=x>Isi berita.</p>"),
            std::borrow::Cow::Borrowed(_)
        ));
    }
}
