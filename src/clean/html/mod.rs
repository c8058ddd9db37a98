//! HTML cleaning: a page in, its main text and metadata out.
//!
//! Three stages, each in its own module:
//!
//! 1. [`prestrip`] cuts scripts, styles, inline SVG and comments out of the
//!    bytes before parsing (they are often half a page, and parsing is the
//!    dominant cost);
//! 2. the `scraper` parser builds the DOM;
//! 3. [`main_text`] cuts the body into blocks and scores them to find the
//!    article (text density, link density, tag and class/id evidence), the
//!    way the well-known extractors do.
//!
//! The kept blocks then go through the same furniture filter and
//! de-duplication as plain text. When the page's JSON-LD states an
//! `articleBody` far longer than what the DOM gave (a page that renders its
//! text by script), that body is used instead.
//!
//! Metadata, most trusted first: JSON-LD `NewsArticle` (or `Article`), Open
//! Graph and article `<meta>`, `<time datetime>`, a date line printed in the
//! page ("Senin, 14 Okt 2024 10:15 WIB"), a date in the URL's path. The
//! title is the page's `<h1>` when `<title>` or `og:title` confirms it, else
//! `og:title` or `<title>` without the site's name.

pub mod main_text;
pub mod prestrip;

use std::collections::HashSet;
use std::sync::LazyLock;

use regex::Regex;
use scraper::{ElementRef, Html};
use serde_json::Value;

use super::{text, timestamp};
use crate::doc::Meta;
use crate::record::PageType;
use main_text::BlockKind;

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

/// A date in a URL's path: `/2016/02/23/` or `/2016-02-23/`.
static URL_DATE: LazyLock<Regex> = LazyLock::new(|| {
    crate::re::regex(r"/((?:19|20)[0-9]{2})[/-](0?[1-9]|1[0-2])[/-](0?[1-9]|[12][0-9]|3[01])(?:[/-]|$)")
});

/// `<meta>` names that carry the publication time, most specific first.
const PUBLISHED_META: &[&str] = &[
    "article:published_time",
    "og:published_time",
    "article:published",
    "datepublished",
    "publishdate",
    "publish-date",
    "publish_date",
    "pubdate",
    "parsely-pub-date",
    "sailthru.date",
    "dc.date.issued",
    "dcterms.created",
    "dc.date",
    "content_publishdate",
    "date",
];

/// The namespace of HTML elements (others are SVG or MathML).
const HTML_NAMESPACE: &str = "http://www.w3.org/1999/xhtml";

/// The elements the metadata is read from, found in one pass over the
/// tree's nodes. Each list is what the CSS selector in its doc would
/// select, in the same (node creation) order.
#[derive(Default)]
struct MetaElements<'a> {
    /// `title`
    title: Option<ElementRef<'a>>,
    /// `h1`
    h1: Vec<ElementRef<'a>>,
    /// `meta`
    meta: Vec<ElementRef<'a>>,
    /// `link[rel=canonical]`
    canonical: Option<ElementRef<'a>>,
    /// `time[datetime]`
    time: Option<ElementRef<'a>>,
    /// `script[type="application/ld+json"]`
    json_ld: Vec<ElementRef<'a>>,
}

impl<'a> MetaElements<'a> {
    /// One pass over `dom`'s nodes in the order `Html::select` visits
    /// them (node creation order, detached roots left out). Attribute values
    /// compare as selectors do: `rel` and `type` without regard to ASCII
    /// case on HTML elements.
    fn find(dom: &'a Html) -> Self {
        let mut found = Self::default();
        for node in dom.tree.nodes() {
            let Some(el) = ElementRef::wrap(node).filter(|el| el.parent().is_some()) else {
                continue;
            };
            let e = el.value();
            let equals = |name: &str, value: &str| {
                main_text::attr(e, name).is_some_and(|v| {
                    if &*e.name.ns == HTML_NAMESPACE {
                        v.eq_ignore_ascii_case(value)
                    } else {
                        v == value
                    }
                })
            };
            match e.name() {
                "title" if found.title.is_none() => found.title = Some(el),
                "h1" => found.h1.push(el),
                "meta" => found.meta.push(el),
                "link" if found.canonical.is_none() && equals("rel", "canonical") => found.canonical = Some(el),
                "time" if found.time.is_none() && main_text::attr(e, "datetime").is_some() => found.time = Some(el),
                "script" if equals("type", "application/ld+json") => found.json_ld.push(el),
                _ => {}
            }
        }
        found
    }
}

/// `<meta>` names of the site's name.
const OUTLET_META: &[&str] = &["og:site_name", "application-name"];
/// `<meta>` names of the headline.
const TITLE_META: &[&str] = &["og:title", "twitter:title"];
/// `<meta>` names of the page's address.
const URL_META: &[&str] = &["og:url"];
/// `<meta>` names of the last modification time.
const MODIFIED_META: &[&str] = &["article:modified_time", "og:updated_time"];
/// `<meta>` names of the author.
const AUTHOR_META: &[&str] = &["author", "article:author"];
/// `<meta>` names of the page's kind.
const TYPE_META: &[&str] = &["og:type"];
/// Every `<meta>` name the cleaner reads (lower case): the prestrip drops
/// the other `<meta>` elements of the `<head>`.
pub(super) const READ_META: &[&[&str]] = &[
    PUBLISHED_META,
    OUTLET_META,
    TITLE_META,
    URL_META,
    MODIFIED_META,
    AUTHOR_META,
    TYPE_META,
];

/// `Html::parse_document`, into a node tree allocated once for one and a
/// half times as many nodes as `page` has `<`: a pre-stripped page has about
/// 1.12 nodes per `<` (each tag opens an element or closes one, and text
/// sits between them), and 1.5 covered all but one of 578 real pages. Grown
/// by doubling from empty, the tree's node vector was reallocated and copied
/// about ten times a page. Cost: one `memchr` count of `<` over the page on
/// top of the parse.
fn parse_document(page: &str) -> Html {
    use html5ever::tendril::TendrilSink;
    let mut html = Html::new_document();
    let tags = memchr::memchr_iter(b'<', page.as_bytes()).count();
    let nodes = tags + tags / 2 + 16;
    html.tree = ego_tree::Tree::with_capacity(scraper::Node::Document, nodes);
    html5ever::driver::parse_document(scraper::HtmlTreeSink::new(html), Default::default()).one(page)
}

/// Cleans an HTML page. Cost: one byte-level pre-pass, one parse of what it
/// keeps (the dominant cost), one walk of the tree for the text and one
/// pass over its nodes for the metadata.
pub fn clean(html: &str) -> Cleaned {
    let dom = parse_document(&prestrip::prestrip(html));
    let found_meta = MetaElements::find(&dom);
    let mut meta = Meta::default();
    let ld = json_ld_article(&found_meta.json_ld);
    let metas = meta_tags(&found_meta.meta);
    let get = |keys: &[&str]| {
        keys.iter()
            .find_map(|k| metas.iter().find(|(n, _)| n == k).map(|(_, v)| v.clone()))
    };

    meta.outlet = get(OUTLET_META).or_else(|| {
        ld.as_ref()
            .and_then(|a| a.get("publisher"))
            .and_then(|p| str_field(p, "name"))
    });
    meta.title = choose_title(
        &found_meta,
        ld.as_ref().and_then(|a| str_field(a, "headline")),
        get(TITLE_META),
        meta.outlet.as_deref(),
    );
    meta.url = found_meta
        .canonical
        .and_then(|l| main_text::attr(l.value(), "href"))
        .map(str::to_string)
        .or_else(|| get(URL_META));
    let time_attr = found_meta
        .time
        .and_then(|t| main_text::attr(t.value(), "datetime"))
        .map(str::to_string);
    meta.published = ld
        .as_ref()
        .and_then(|a| str_field(a, "datePublished"))
        .and_then(|t| timestamp::parse(&t))
        .or_else(|| get(PUBLISHED_META).and_then(|t| timestamp::parse(&t)))
        .or_else(|| time_attr.and_then(|t| timestamp::parse(&t)));
    meta.modified = ld
        .as_ref()
        .and_then(|a| str_field(a, "dateModified"))
        .or_else(|| get(MODIFIED_META))
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
        && let Some(a) = get(AUTHOR_META).filter(|a| !a.starts_with("http"))
    {
        meta.authors.push(a);
    }

    let found = main_text::extract(&dom);
    if meta.published.is_none() {
        meta.published = printed_date(&found);
    }
    if meta.published.is_none() {
        meta.published = meta.url.as_deref().and_then(url_date);
    }
    let title_key = meta.title.as_deref().map(text::normalize);
    let mut seen = HashSet::new();
    let mut kept: Vec<&str> = found.main[..related_section_start(&found)]
        .iter()
        .map(|&i| found.blocks[i].text.as_str())
        .filter(|p| !text::is_furniture(p) && timestamp::parse(p).is_none())
        .filter(|p| {
            let key = text::normalize(p);
            Some(&key) != title_key.as_ref() && seen.insert(key)
        })
        .collect();
    let ld_body = ld.as_ref().and_then(|a| str_field(a, "articleBody"));
    let ld_blocks: Vec<String>;
    let dom_chars: usize = kept.iter().map(|p| p.len()).sum();
    if let Some(body) = ld_body.as_deref().filter(|b| b.len() >= 100 && b.len() > 2 * dom_chars) {
        ld_blocks = if looks_like_markup(body) {
            // Some sites put the body's HTML in the JSON-LD string: its
            // blocks are the paragraphs, its tags and comments no text.
            let fragment = Html::parse_fragment(&prestrip::prestrip_fragment(body));
            main_text::extract(&fragment)
                .blocks
                .into_iter()
                .map(|b| b.text)
                .filter(|p| !p.trim().is_empty())
                .collect()
        } else {
            body.split('\n')
                .map(str::trim)
                .filter(|p| !p.is_empty())
                .map(str::to_string)
                .collect()
        };
        kept = ld_blocks.iter().map(String::as_str).collect();
    }
    let prose = found
        .main
        .iter()
        .map(|&i| &found.blocks[i])
        .filter(|b| b.kind != BlockKind::Heading && b.text.split_whitespace().count() >= 20)
        .count();
    let listing = is_feed(html) || meta.url.as_deref().is_some_and(is_index_url);
    let is_article = !listing && (ld.is_some() || get(TYPE_META).is_some_and(|t| t == "article") || prose >= 2);
    Cleaned {
        text: kept.iter().map(|p| text::collapse(p)).collect::<Vec<_>>().join("\n\n"),
        meta,
        page_type: if is_article { PageType::Article } else { PageType::Index },
    }
}

/// True when a JSON-LD `articleBody` holds HTML tags rather than text.
fn looks_like_markup(body: &str) -> bool {
    body.contains("</") || body.contains("<br") || body.contains("<!--")
}

/// Where a "Berita Lainnya" / "Hot Gossip" teaser section starts among
/// the kept blocks (or their count when there is none). Teaser summaries
/// carry no links, so they survive the link filter; what gives them away is
/// their shape: a section label (a furniture line of at most four words)
/// after at least two paragraphs of article, then only summaries that each
/// follow a headline link in the page. A label in mid-article ("Baca Juga"
/// with its links, then the story goes on) cuts nothing, since the story's
/// paragraphs follow other paragraphs, not links.
fn related_section_start(found: &main_text::MainText) -> usize {
    let words = |i: usize| found.blocks[i].text.split_whitespace().count();
    let after_link = |i: usize| i > 0 && found.blocks[i - 1].link_density() >= 0.8;
    let mut prose_before = 0;
    for (at, &i) in found.main.iter().enumerate() {
        if words(i) >= 20 {
            prose_before += 1;
        } else if prose_before >= 2
            && words(i) <= 4
            && text::is_furniture(&found.blocks[i].text)
            && found.main[at + 1..].iter().all(|&j| words(j) < 8 || after_link(j))
        {
            return at;
        }
    }
    found.main.len()
}

/// The headline. An `<h1>` is the page's own rendering of it, so it wins
/// when `<title>` or `og:title` (which often carry the site's name) contain
/// it; otherwise the JSON-LD headline, `og:title` or `<title>`, with a
/// site-name prefix or suffix cut off; failing all, the first `<h1>`.
fn choose_title(
    found: &MetaElements,
    headline: Option<String>,
    og: Option<String>,
    outlet: Option<&str>,
) -> Option<String> {
    let tag = found.title.map(|t| text::collapse(&t.text().collect::<String>()));
    let stated: Vec<String> = [headline.clone(), og.clone(), tag.clone()]
        .into_iter()
        .flatten()
        .map(|t| text::collapse(&t))
        .filter(|t| !t.is_empty())
        .collect();
    let h1 = found
        .h1
        .iter()
        .map(|h| text::collapse(&h.text().collect::<String>()))
        .find(|h| h.split_whitespace().count() >= 2 && stated.iter().any(|t| t.contains(h.as_str())));
    if h1.is_some() {
        return h1;
    }
    if let Some(h) = headline.map(|t| text::collapse(&t)).filter(|t| !t.is_empty()) {
        return Some(h);
    }
    og.or(tag)
        .map(|t| strip_site_name(&text::collapse(&t), outlet))
        .filter(|t| !t.is_empty())
        .or_else(|| {
            found
                .h1
                .iter()
                .map(|h| text::collapse(&h.text().collect::<String>()))
                .find(|h| !h.is_empty())
        })
}

/// Cuts a site name off a title: "Judul - Kompas.com", "Judul | Republika
/// Online", "KapanLagi.com: Judul". A part is the site's name when it
/// matches the outlet, looks like a host name, or is a short trailing part
/// after a separator.
fn strip_site_name(title: &str, outlet: Option<&str>) -> String {
    let outlet_key = outlet.map(|o| text::normalize(o).replace(' ', ""));
    let is_site = |part: &str| {
        let key = text::normalize(part).replace(' ', "");
        !key.is_empty()
            && (outlet_key
                .as_deref()
                .is_some_and(|o| key.contains(o) || o.contains(key.as_str()))
                || part.contains(".com")
                || part.contains(".co.id")
                || part.contains(".id")
                || part.to_ascii_lowercase().contains(" online"))
    };
    let mut t = title.trim();
    for sep in [" | ", " - ", " – ", " — ", " :: ", " · "] {
        if let Some((head, tail)) = t.rsplit_once(sep)
            && (is_site(tail) || tail.split_whitespace().count() <= 2 && head.split_whitespace().count() >= 4)
        {
            t = head.trim();
        }
    }
    // "KapanLagi.com: Musik - Judul": a leading site name and rubric.
    if let Some((head, tail)) = t.split_once(": ")
        && is_site(head)
    {
        t = tail.trim();
        if let Some((rubric, rest)) = t.split_once(" - ")
            && rubric.split_whitespace().count() <= 2
        {
            t = rest.trim();
        }
    }
    t.to_string()
}

/// A publication time printed in the page: the last short date line above
/// the article's first block, else the first one inside or below it.
fn printed_date(found: &main_text::MainText) -> Option<String> {
    let first = found.main.first().copied().unwrap_or(found.blocks.len());
    let parse = |i: usize| {
        let b = &found.blocks[i];
        (b.chars <= 80).then(|| timestamp::find(&b.text)).flatten()
    };
    (0..first)
        .rev()
        .take(40)
        .find_map(parse)
        .or_else(|| (first..found.blocks.len()).take(60).find_map(parse))
}

/// True for an RSS, Atom or RDF feed saved as a page: a list of articles.
fn is_feed(html: &str) -> bool {
    let mut rest = html.trim_start_matches('\u{feff}').trim_start();
    // Skip the XML declaration, processing instructions and comments.
    while let Some(r) = rest.strip_prefix("<?").or_else(|| rest.strip_prefix("<!--")) {
        let Some(end) = r.find('>') else { return false };
        rest = r[end + 1..].trim_start();
    }
    let head: String = rest.chars().take(8).collect::<String>().to_ascii_lowercase();
    head.starts_with("<rss") || head.starts_with("<feed") || head.starts_with("<rdf:rdf")
}

/// Last path segments of section and index pages on news sites.
const INDEX_SEGMENTS: &[&str] = &[
    "indeks", "index", "terbaru", "terkini", "latest", "arsip", "archive", "kanal", "topik", "tag", "tags", "search",
    "cari", "category", "kategori",
];

/// True for a home page (no path) or a section index URL ("/indeks").
fn is_index_url(url: &str) -> bool {
    let Some(after_scheme) = url.split_once("://").map(|(_, r)| r) else {
        return false;
    };
    let path = after_scheme.find('/').map_or("", |i| &after_scheme[i..]);
    let path = path.split(['?', '#']).next().unwrap_or("").trim_matches('/');
    path.is_empty() || INDEX_SEGMENTS.contains(&path.rsplit('/').next().unwrap_or("").to_ascii_lowercase().as_str())
}

/// The date in a URL's path ("/2016/02/23/…"), day precision.
fn url_date(url: &str) -> Option<String> {
    let c = URL_DATE.captures(url)?;
    timestamp::parse(&format!("{}-{:0>2}-{:0>2}", &c[1], &c[2], &c[3]))
}

/// `<meta>` name/property → content, lower-cased names, in page order.
fn meta_tags(metas: &[ElementRef]) -> Vec<(String, String)> {
    metas
        .iter()
        .filter_map(|m| {
            let v = m.value();
            let attr = |name| main_text::attr(v, name);
            let name = attr("property").or_else(|| attr("name")).or_else(|| attr("itemprop"))?;
            let content = attr("content")?.trim();
            (!content.is_empty()).then(|| (name.to_ascii_lowercase(), content.to_string()))
        })
        .collect()
}

fn str_field(v: &Value, key: &str) -> Option<String> {
    v.get(key).and_then(Value::as_str).map(str::to_string)
}

/// The first JSON-LD object typed as an article, searching `@graph` too.
fn json_ld_article(scripts: &[ElementRef]) -> Option<Value> {
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
    scripts
        .iter()
        .filter_map(|s| serde_json::from_str::<Value>(&s.text().collect::<String>()).ok())
        .find_map(find)
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
    fn presized_parse_builds_the_same_tree_as_scraper() {
        for page in [PAGE, "", "plain text", "<p>a<p>b<table><td>c</table>", "<<<>>>"] {
            let ours = parse_document(page);
            let theirs = Html::parse_document(page);
            assert_eq!(ours.html(), theirs.html(), "{page:?}");
            assert_eq!(ours.tree.nodes().count(), theirs.tree.nodes().count(), "{page:?}");
        }
    }

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
    fn feeds_home_pages_and_section_indexes_are_index_pages() {
        let feed = "<?xml version=\"1.0\"?>\n<?xml-stylesheet href=\"a.xsl\"?><rss version=\"2.0\"><channel><item><title>Judul</title><description>Isi berita yang cukup panjang untuk dibaca orang banyak di mana saja dan kapan saja setiap hari.</description></item></channel></rss>";
        assert_eq!(clean(feed).page_type, PageType::Index);
        let body = "<p>Isi berita yang cukup panjang untuk dibaca orang banyak di mana saja dan kapan saja setiap hari, sungguh.</p>";
        let page = |url: &str| {
            format!(
                r#"<html><head><meta property="og:type" content="article"><meta property="og:url" content="{url}"></head><body>{body}{body}</body></html>"#
            )
        };
        assert_eq!(clean(&page("https://indeks.kompas.com/")).page_type, PageType::Index);
        assert_eq!(clean(&page("https://www.viva.co.id/indeks")).page_type, PageType::Index);
        assert_eq!(
            clean(&page("https://news.example.id/read/2024/10/14/banjir")).page_type,
            PageType::Article
        );
        assert!(!is_index_url("https://example.id/berita/indeks-harga-naik"));
    }

    #[test]
    fn a_trailing_teaser_section_is_cut_but_not_a_mid_article_box() {
        let long = "Isi berita yang cukup panjang untuk dibaca orang banyak di mana saja dan kapan saja setiap hari sepanjang tahun ini.";
        let teaser = "Ringkasan berita lain yang tidak bertaut dengan judulnya sendiri sama sekali.";
        let link = r#"<p><a href="/x">Judul berita lain yang menarik</a></p>"#;
        let body = format!("<p>{long}</p><p>{long} Dua.</p>");
        let teasers = format!("<p>Berita Lainnya</p>{link}<p>{teaser}</p>{link}<p>{teaser} Dua.</p>");
        let page = format!(r#"<html><body><div class="isi">{body}{teasers}</div></body></html>"#);
        assert_eq!(clean(&page).text, format!("{long}\n\n{long} Dua."));
        let boxed = format!(
            r#"<html><body><div class="isi">{body}<p>Baca Juga</p>{link}<p>{teaser}</p><p>{long} Tiga.</p></div></body></html>"#
        );
        assert_eq!(clean(&boxed).text.split("\n\n").count(), 4);
    }

    #[test]
    fn a_json_ld_body_stands_in_for_a_page_rendered_by_script() {
        let body = "Paragraf pertama berita yang cukup panjang untuk dibaca.\nParagraf kedua yang juga cukup panjang, dengan koma.";
        let page = format!(
            r#"<html><head><script type="application/ld+json">{{"@type":"NewsArticle","headline":"Judul","datePublished":"2024-10-14","articleBody":"{}"}}</script></head><body><div id="app"></div></body></html>"#,
            body.replace('\n', "\\n")
        );
        let c = clean(&page);
        assert_eq!(c.text, body.replace('\n', "\n\n"));
        assert_eq!(c.meta.published.as_deref(), Some("2024-10-14"));
        assert_eq!(c.page_type, PageType::Article);
    }

    #[test]
    fn titles_lose_the_site_name() {
        assert_eq!(
            strip_site_name("Merek China Serbu Indonesia, Ini Kata Gaikindo - Kompas.com", None),
            "Merek China Serbu Indonesia, Ini Kata Gaikindo"
        );
        assert_eq!(
            strip_site_name("KPK Periksa Pejabat | Republika Online", None),
            "KPK Periksa Pejabat"
        );
        assert_eq!(
            strip_site_name(
                "KapanLagi.com: Musik - Bikin Gaduh Kota, Rumah Penyanyi Ini Digrebek Polisi",
                None
            ),
            "Bikin Gaduh Kota, Rumah Penyanyi Ini Digrebek Polisi"
        );
        assert_eq!(
            strip_site_name("Banjir Rendam Sambas - Suara Kalbar", Some("Suara Kalbar")),
            "Banjir Rendam Sambas"
        );
        assert_eq!(
            strip_site_name("Jokowi: Kita Harus Kerja Keras - Berita Satu", None),
            "Jokowi: Kita Harus Kerja Keras"
        );
    }

    #[test]
    fn printed_and_url_dates() {
        assert_eq!(
            url_date("https://x.id/read/2016/02/23/16520021/judul").as_deref(),
            Some("2016-02-23")
        );
        assert_eq!(url_date("https://x.id/2016-2-3/judul").as_deref(), Some("2016-02-03"));
        assert_eq!(url_date("https://x.id/read/2016/02/judul"), None);
        let body = "<p>Isi berita yang cukup panjang untuk dibaca orang banyak di mana saja dan kapan saja setiap hari, sungguh.</p>";
        let page = format!(
            "<html><body><div class=\"date\">Selasa, 23 Feb 2016 16:52 WIB</div><div class=\"isi\">{body}{body}</div></body></html>"
        );
        assert_eq!(
            clean(&page).meta.published.as_deref(),
            Some("2016-02-23T16:52:00+07:00")
        );
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
