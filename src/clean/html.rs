//! HTML cleaning, first pass: the page's main text and metadata.
//!
//! Main text: paragraphs, headings, list items, quotes and captions in
//! document order, skipping whole subtrees that are page chrome by tag (nav,
//! script, style, footer, aside, form…) or by class/id words (share,
//! comment, related, menu, sidebar…). Paragraphs then go through the same
//! furniture filter and de-duplication as plain text.
//!
//! Metadata, most trusted first: JSON-LD `NewsArticle` (or `Article`),
//! Open Graph and article `<meta>`, `<time datetime>`, `<title>`, `<h1>`.

use std::collections::HashSet;
use std::sync::LazyLock;

use scraper::{ElementRef, Html, Node, Selector};
use serde_json::Value;

use super::{text, timestamp};
use crate::doc::Meta;
use crate::record::PageType;

/// Tags whose whole subtree is never article text.
const SKIP_TAGS: &[&str] = &[
    "script", "style", "noscript", "nav", "footer", "aside", "form", "iframe", "svg", "button", "select", "template",
    "head", "header", "object", "embed", "canvas", "video", "audio", "map",
];

/// Words in a class or id that mark chrome. Matched against the parts of the
/// attribute split at non-letters, so "share-box" and "comment_list" hit but
/// "shared" does not.
const SKIP_CLASS_WORDS: &[&str] = &[
    "share",
    "sharing",
    "social",
    "sosmed",
    "comment",
    "comments",
    "komentar",
    "related",
    "terkait",
    "bacajuga",
    "baca",
    "newsletter",
    "advert",
    "ads",
    "ad",
    "iklan",
    "banner",
    "menu",
    "breadcrumb",
    "breadcrumbs",
    "sidebar",
    "footer",
    "nav",
    "navbar",
    "navigation",
    "popular",
    "terpopuler",
    "trending",
    "tags",
    "tag",
    "widget",
    "promo",
    "recommendation",
    "rekomendasi",
    "subscribe",
    "login",
    "cookie",
    "modal",
    "popup",
    "byline",
    "author",
];

/// Tags whose text is one paragraph of the body.
const BLOCK_TAGS: &[&str] = &[
    "p",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "li",
    "blockquote",
    "figcaption",
    "pre",
    "dd",
    "td",
];

/// What the HTML cleaner made of a page.
#[derive(Debug)]
pub struct Cleaned {
    /// The main text: paragraphs joined by blank lines.
    pub text: String,
    /// Metadata found in the page.
    pub meta: Meta,
    /// `index` for pages that list articles rather than being one.
    pub page_type: PageType,
}

static TITLE: LazyLock<Selector> = LazyLock::new(|| Selector::parse("title").unwrap());
static H1: LazyLock<Selector> = LazyLock::new(|| Selector::parse("h1").unwrap());
static META: LazyLock<Selector> = LazyLock::new(|| Selector::parse("meta").unwrap());
static LINK_CANONICAL: LazyLock<Selector> = LazyLock::new(|| Selector::parse("link[rel=canonical]").unwrap());
static TIME: LazyLock<Selector> = LazyLock::new(|| Selector::parse("time[datetime]").unwrap());
static JSON_LD: LazyLock<Selector> =
    LazyLock::new(|| Selector::parse(r#"script[type="application/ld+json"]"#).unwrap());
static BODY: LazyLock<Selector> = LazyLock::new(|| Selector::parse("body").unwrap());

/// Cleans an HTML page. Cost: one parse of the page (the dominant cost)
/// plus one walk of its tree.
pub fn clean(html: &str) -> Cleaned {
    let dom = Html::parse_document(html);
    let mut meta = Meta::default();
    let ld = json_ld_article(&dom);
    let metas = meta_tags(&dom);
    let get = |keys: &[&str]| {
        keys.iter()
            .find_map(|k| metas.iter().find(|(n, _)| n == k).map(|(_, v)| v.clone()))
    };

    meta.title = ld
        .as_ref()
        .and_then(|a| str_field(a, "headline"))
        .or_else(|| get(&["og:title", "twitter:title"]))
        .or_else(|| dom.select(&H1).next().map(|h| element_text(h)))
        .or_else(|| dom.select(&TITLE).next().map(|t| element_text(t)))
        .map(|t| text::collapse(&t))
        .filter(|t| !t.is_empty());
    meta.outlet = get(&["og:site_name", "application-name"]).or_else(|| {
        ld.as_ref()
            .and_then(|a| a.get("publisher"))
            .and_then(|p| str_field(p, "name"))
    });
    meta.url = dom
        .select(&LINK_CANONICAL)
        .next()
        .and_then(|l| l.value().attr("href"))
        .map(str::to_string)
        .or_else(|| get(&["og:url"]));
    let time_attr = dom
        .select(&TIME)
        .next()
        .and_then(|t| t.value().attr("datetime"))
        .map(str::to_string);
    meta.published = ld
        .as_ref()
        .and_then(|a| str_field(a, "datePublished"))
        .or_else(|| {
            get(&[
                "article:published_time",
                "og:published_time",
                "pubdate",
                "publishdate",
                "publish-date",
                "date",
                "dc.date",
                "dc.date.issued",
                "content_publishdate",
            ])
        })
        .or(time_attr)
        .and_then(|t| timestamp::parse(&t));
    meta.modified = ld
        .as_ref()
        .and_then(|a| str_field(a, "dateModified"))
        .or_else(|| get(&["article:modified_time", "og:updated_time"]))
        .and_then(|t| timestamp::parse(&t));
    if let Some(authors) = ld.as_ref().and_then(|a| a.get("author")) {
        for a in authors.as_array().cloned().unwrap_or_else(|| vec![authors.clone()]) {
            if let Some(name) = a.as_str().map(str::to_string).or_else(|| str_field(&a, "name"))
                && !meta.authors.contains(&name)
            {
                meta.authors.push(name);
            }
        }
    }
    if meta.authors.is_empty()
        && let Some(a) = get(&["author", "article:author"]).filter(|a| !a.starts_with("http"))
    {
        meta.authors.push(a);
    }

    let mut paras = Vec::new();
    if let Some(body) = dom.select(&BODY).next() {
        collect_blocks(body, &mut paras);
    }
    let title_key = meta.title.as_deref().map(text::normalize);
    let mut seen = HashSet::new();
    let kept: Vec<String> = paras
        .into_iter()
        .filter(|p| !text::is_furniture(p) && timestamp::parse(p).is_none())
        .filter(|p| {
            let key = text::normalize(p);
            Some(&key) != title_key.as_ref() && seen.insert(key)
        })
        .collect();
    let is_article = ld.is_some()
        || get(&["og:type"]).is_some_and(|t| t == "article")
        || kept.iter().filter(|p| p.split_whitespace().count() >= 25).count() >= 2;
    Cleaned {
        text: kept.join("\n\n"),
        meta,
        page_type: if is_article { PageType::Article } else { PageType::Index },
    }
}

/// `<meta>` name/property → content, lower-cased names, in page order.
fn meta_tags(dom: &Html) -> Vec<(String, String)> {
    dom.select(&META)
        .filter_map(|m| {
            let v = m.value();
            let name = v
                .attr("property")
                .or_else(|| v.attr("name"))
                .or_else(|| v.attr("itemprop"))?;
            let content = v.attr("content")?.trim();
            (!content.is_empty()).then(|| (name.to_ascii_lowercase(), content.to_string()))
        })
        .collect()
}

fn str_field(v: &Value, key: &str) -> Option<String> {
    v.get(key).and_then(Value::as_str).map(str::to_string)
}

/// The first JSON-LD object typed as an article, searching `@graph` too.
fn json_ld_article(dom: &Html) -> Option<Value> {
    fn is_article(v: &Value) -> bool {
        let t = |s: &str| s.ends_with("Article") || s == "BlogPosting";
        match v.get("@type") {
            Some(Value::String(s)) => t(s),
            Some(Value::Array(a)) => a.iter().filter_map(Value::as_str).any(t),
            _ => false,
        }
    }
    fn find(v: Value) -> Option<Value> {
        match v {
            Value::Array(items) => items.into_iter().find_map(find),
            Value::Object(ref o) if o.contains_key("@graph") => find(o["@graph"].clone()),
            o @ Value::Object(_) if is_article(&o) => Some(o),
            _ => None,
        }
    }
    dom.select(&JSON_LD)
        .filter_map(|s| serde_json::from_str::<Value>(&s.text().collect::<String>()).ok())
        .find_map(find)
}

fn is_chrome(e: &ElementRef) -> bool {
    let v = e.value();
    if SKIP_TAGS.contains(&v.name()) {
        return true;
    }
    if v.attr("hidden").is_some() || v.attr("aria-hidden") == Some("true") {
        return true;
    }
    let attrs = [
        v.attr("class").unwrap_or(""),
        v.attr("id").unwrap_or(""),
        v.attr("role").unwrap_or(""),
    ];
    attrs.iter().any(|a| {
        a.split(|c: char| !c.is_ascii_alphabetic())
            .any(|w| SKIP_CLASS_WORDS.iter().any(|s| s.eq_ignore_ascii_case(w)))
    })
}

/// Walks `e` in document order, pushing one paragraph per block element and
/// per run of loose text in a container (text in `<div>`s split by `<br>`).
fn collect_blocks(e: ElementRef, out: &mut Vec<String>) {
    let mut loose = String::new();
    for child in e.children() {
        match child.value() {
            Node::Text(t) => loose.push_str(t),
            Node::Element(el) => {
                let Some(ce) = ElementRef::wrap(child) else { continue };
                if is_chrome(&ce) {
                    continue;
                }
                let name = el.name();
                if name == "br" {
                    push_para(&mut loose, out);
                } else if BLOCK_TAGS.contains(&name) {
                    push_para(&mut loose, out);
                    if name == "li" || name == "td" || name == "blockquote" {
                        // A list item or cell may itself hold paragraphs.
                        let before = out.len();
                        collect_blocks(ce, out);
                        if out.len() > before {
                            continue;
                        }
                    }
                    let mut t = element_text(ce);
                    push_para(&mut t, out);
                } else if is_inline(name) {
                    loose.push_str(&element_text(ce));
                } else {
                    push_para(&mut loose, out);
                    collect_blocks(ce, out);
                }
            }
            _ => {}
        }
    }
    push_para(&mut loose, out);
}

fn is_inline(name: &str) -> bool {
    matches!(
        name,
        "a" | "b"
            | "strong"
            | "i"
            | "em"
            | "span"
            | "u"
            | "small"
            | "sup"
            | "sub"
            | "mark"
            | "abbr"
            | "cite"
            | "q"
            | "time"
            | "font"
    )
}

fn push_para(buf: &mut String, out: &mut Vec<String>) {
    let t = text::collapse(buf);
    if t.chars().any(char::is_alphanumeric) {
        out.push(t);
    }
    buf.clear();
}

/// Text of an element without its chrome subtrees, spaces collapsed.
fn element_text(e: ElementRef) -> String {
    let mut s = String::new();
    fn walk(e: ElementRef, s: &mut String) {
        for child in e.children() {
            match child.value() {
                Node::Text(t) => s.push_str(t),
                Node::Element(el) => {
                    if let Some(ce) = ElementRef::wrap(child)
                        && !is_chrome(&ce)
                    {
                        if el.name() == "br" {
                            s.push(' ');
                        }
                        walk(ce, s);
                    }
                }
                _ => {}
            }
        }
    }
    walk(e, &mut s);
    text::collapse(&s)
}

#[cfg(test)]
mod tests {
    use super::*;

    const PAGE: &str = r#"<!DOCTYPE html><html lang="en"><head>
<title>Banjir Rendam Sambas - Suara Kalbar</title>
<meta property="og:site_name" content="Suara Kalbar">
<meta property="og:title" content="Banjir Rendam Sambas">
<link rel="canonical" href="https://suarakalbar.co.id/banjir">
<script type="application/ld+json">{"@context":"https://schema.org","@graph":[{"@type":"WebSite"},{"@type":"NewsArticle","headline":"Banjir Rendam Tiga Desa di Sambas","datePublished":"2024-10-14T10:15:00+07:00","author":{"@type":"Person","name":"Rizal"}}]}</script>
<style>p{color:red}</style></head><body>
<nav><ul><li>Beranda</li><li>Daerah</li></ul></nav>
<article><h1>Banjir Rendam Tiga Desa di Sambas</h1>
<p>SAMBAS - Banjir merendam <a href="/x">tiga desa</a> di Kabupaten Sambas.</p>
<div class="share-box">Bagikan ke Facebook</div>
<p>Baca juga: Warga Mengungsi</p>
<figure><img src="a.jpg"><figcaption>Warga mengungsi ke masjid.</figcaption></figure>
<div>Teks lepas dalam div<br>baris kedua</div>
<p>SAMBAS - Banjir merendam tiga desa di Kabupaten Sambas.</p>
<div id="comments"><p>Komentar pembaca yang panjang sekali.</p></div>
<script>var x = "<p>bukan teks</p>";</script>
</article><footer><p>Hak cipta Suara Kalbar</p></footer></body></html>"#;

    #[test]
    fn main_text_and_metadata() {
        let c = clean(PAGE);
        assert_eq!(
            c.text,
            "SAMBAS - Banjir merendam tiga desa di Kabupaten Sambas.\n\nWarga mengungsi ke masjid.\n\nTeks lepas dalam div\n\nbaris kedua"
        );
        assert_eq!(c.meta.title.as_deref(), Some("Banjir Rendam Tiga Desa di Sambas"));
        assert_eq!(c.meta.outlet.as_deref(), Some("Suara Kalbar"));
        assert_eq!(c.meta.url.as_deref(), Some("https://suarakalbar.co.id/banjir"));
        assert_eq!(c.meta.published.as_deref(), Some("2024-10-14T10:15:00+07:00"));
        assert_eq!(c.meta.authors, ["Rizal"]);
        assert_eq!(c.page_type, PageType::Article);
    }

    #[test]
    fn meta_tags_and_time_without_json_ld() {
        let c = clean(
            r#"<html><head><title>Judul Saja</title><meta property="article:published_time" content="2023-11-15T09:00:00+08:00"></head><body><p>Isi.</p></body></html>"#,
        );
        assert_eq!(c.meta.title.as_deref(), Some("Judul Saja"));
        assert_eq!(c.meta.published.as_deref(), Some("2023-11-15T09:00:00+08:00"));
        let c = clean(
            r#"<html><body><h1>Judul</h1><time datetime="2023-11-15">15 November 2023</time><p>Isi.</p></body></html>"#,
        );
        assert_eq!(c.meta.published.as_deref(), Some("2023-11-15"));
        assert_eq!(c.text, "Isi.");
        assert_eq!(c.page_type, PageType::Index);
    }
}
