//! Main text of a page: which blocks of a parsed page are the article.
//!
//! The approach is the one the well-known extractors share (Readability,
//! and in part trafilatura and jusText), applied to the `scraper` DOM in two
//! walks:
//!
//! 1. **Blocks.** One walk of the tree cuts the visible text into blocks: a
//!    block is a run of text inside one block-level element (its
//!    *container*), broken at block-level children and at `<br>`, so that
//!    `<div>para<br><br>para</div>` sites give paragraphs too. Each block
//!    knows its length, how much of it is link text, and whether it sits
//!    under an element whose class or id marks page chrome (share bars,
//!    related-article lists, comments, ads: the [`NOISE_WORDS`]). Subtrees
//!    that are never text (navigation, forms, `hidden` elements) are not
//!    entered at all.
//! 2. **Scores.** Every block that reads like prose (25 characters or more,
//!    not under chrome) scores `1 + commas + min(length / 100, 3)`, added in
//!    full to its paragraph's parent, half to the grandparent and a falling
//!    share further up (loose text in a `<div>` counts as a paragraph of its
//!    own inside that `<div>`). An element's score starts from its tag and its
//!    class/id evidence (`article`, `content`, `story`, `detail` up;
//!    `comment`, `sidebar`, `related`, `footer` down) and is scaled by
//!    `1 - link density` of its subtree, so link farms lose. The best
//!    element wins; if several strong candidates share an ancestor, that
//!    ancestor wins instead; then the winner's siblings that score well, or
//!    are long low-link paragraphs, are merged in (an article split over
//!    several `<div>`s).
//!
//! The kept blocks are those under the chosen elements that are neither
//! chrome nor mostly links. If that yields almost nothing (a page whose
//! whole body carries a "noisy" class), scoring runs again with the chrome
//! marks ignored. No rule looks at a host name or at a class only one site
//! uses.
//!
//! Cost: one walk of the tree, then one walk up from each block's container
//! to the root (blocks × depth), with hash maps keyed by node. Attributes
//! are read by scanning an element's few attributes by name (scraper's
//! `attr()` interns the name it is asked for on every call), and tag and
//! class words are matched by `match` and a hash set, not by list scans.

use std::sync::LazyLock;

use ego_tree::NodeId;
use rustc_hash::{FxHashMap as HashMap, FxHashSet as HashSet};
use scraper::{ElementRef, Html, Node};

use crate::clean::text;

/// True for tags whose whole subtree is never article text.
fn is_skip_tag(name: &str) -> bool {
    matches!(
        name,
        "script"
            | "style"
            | "noscript"
            | "iframe"
            | "svg"
            | "button"
            | "select"
            | "template"
            | "head"
            | "object"
            | "embed"
            | "canvas"
            | "video"
            | "audio"
            | "map"
            | "textarea"
            | "input"
            | "option"
            | "dialog"
    )
}

/// True for tags of page chrome, treated like a chrome class: their text is
/// not the article unless they hold half the page (ASP.NET sites wrap the
/// whole page in a `<form>`, some themes the whole article in a `<header>`).
fn is_chrome_tag(name: &str) -> bool {
    matches!(name, "nav" | "footer" | "aside" | "form" | "header" | "label" | "menu")
}

/// True for tags that continue the text of their parent.
fn is_inline_tag(name: &str) -> bool {
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
            | "code"
            | "s"
            | "strike"
            | "del"
            | "ins"
            | "big"
            | "tt"
            | "var"
            | "kbd"
            | "samp"
            | "dfn"
            | "bdi"
            | "bdo"
            | "wbr"
            | "img"
            | "picture"
            | "source"
            | "data"
            | "nobr"
    )
}

/// Words of a class or id that mark page chrome. Matched against the
/// attribute's words (split at non-letters), so "share-box" and
/// "comment_list" hit but "shared" does not. Not here on purpose: "hidden"
/// (Bootstrap's `hidden-xs` hides only on phones), "paywall" (saved pages
/// hold the whole text), "more" (`read-more` wraps the rest of a story).
pub const NOISE_WORDS: &[&str] = &[
    "share",
    "sharing",
    "sharer",
    "social",
    "sosmed",
    "comment",
    "comments",
    "komentar",
    "disqus",
    "related",
    "terkait",
    "bacajuga",
    "baca",
    "newsletter",
    "advert",
    "advertisement",
    "ads",
    "ad",
    "iklan",
    "banner",
    "sponsor",
    "sponsored",
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
    "populer",
    "trending",
    "tags",
    "tag",
    "widget",
    "promo",
    "recommendation",
    "recommended",
    "rekomendasi",
    "subscribe",
    "login",
    "cookie",
    "modal",
    "popup",
    "byline",
    "author",
    "outbrain",
    "taboola",
    "masthead",
    "signup",
    "toolbar",
    "pagination",
    "pager",
    "copyright",
    "disclaimer",
    "rating",
    "vote",
    "polling",
    "topik",
    "kanal",
    "terbaru",
    "latest",
];

/// Words of a class or id that mark article content.
const CONTENT_WORDS: &[&str] = &[
    "article",
    "artikel",
    "content",
    "konten",
    "body",
    "entry",
    "main",
    "post",
    "story",
    "text",
    "detail",
    "isi",
    "berita",
    "news",
    "blog",
    "hentry",
    "single",
    "read",
    "reading",
    "page",
    "column",
    "maincontent",
    "articlebody",
    "storybody",
    "postbody",
    "entrycontent",
    "detailtext",
];

/// [`NOISE_WORDS`] and [`CONTENT_WORDS`] in one set: bit [`NOISE`] and
/// bit [`CONTENT`] say which list a word is on.
static WORDS: LazyLock<HashMap<&'static str, u8>> = LazyLock::new(|| {
    let mut words = HashMap::default();
    for w in NOISE_WORDS {
        *words.entry(*w).or_default() |= NOISE;
    }
    for w in CONTENT_WORDS {
        *words.entry(*w).or_default() |= CONTENT;
    }
    words
});
/// A [`NOISE_WORDS`] word.
const NOISE: u8 = 1;
/// A [`CONTENT_WORDS`] word.
const CONTENT: u8 = 2;
/// Longest word on either list: longer words are on neither.
const LONGEST_WORD: usize = 16;

/// What kind of element holds a block.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum BlockKind {
    /// A paragraph, a `<div>` of loose text, or any other container.
    Para,
    /// `<h1>`…`<h6>`.
    Heading,
    /// `<li>`, `<dd>`, `<dt>`.
    Item,
    /// `<blockquote>`.
    Quote,
    /// `<figcaption>`, `<caption>`.
    Caption,
    /// `<pre>`.
    Pre,
    /// `<td>`, `<th>`.
    Cell,
}

impl BlockKind {
    fn of(tag: &str) -> BlockKind {
        match tag {
            "h1" | "h2" | "h3" | "h4" | "h5" | "h6" => BlockKind::Heading,
            "li" | "dd" | "dt" => BlockKind::Item,
            "blockquote" => BlockKind::Quote,
            "figcaption" | "caption" => BlockKind::Caption,
            "pre" => BlockKind::Pre,
            "td" | "th" => BlockKind::Cell,
            _ => BlockKind::Para,
        }
    }
}

/// A run of visible text inside one block-level element.
#[derive(Clone, Debug)]
pub struct Block {
    /// The text, whitespace collapsed.
    pub text: String,
    /// Kind of the containing element.
    pub kind: BlockKind,
    /// Non-space characters.
    pub chars: usize,
    /// Non-space characters inside links.
    pub link_chars: usize,
    /// True under an element whose class or id marks chrome.
    pub noisy: bool,
    /// True for loose text in a `<div>`-like container rather than a
    /// paragraph element: it scores as if wrapped in a `<p>` of its own
    /// inside the container.
    loose: bool,
    container: NodeId,
}

impl Block {
    /// Share of the block's characters that are link text.
    pub fn link_density(&self) -> f32 {
        self.link_chars as f32 / self.chars.max(1) as f32
    }
}

/// The page's blocks in document order, and the subset that is the article.
#[derive(Debug)]
pub struct MainText {
    /// Every block of the page's body, in document order.
    pub blocks: Vec<Block>,
    /// Indices into `blocks` of the article's blocks, in order.
    pub main: Vec<usize>,
}

/// Finds the article's blocks in `dom`. Cost: see the module docs.
pub fn extract(dom: &Html) -> MainText {
    let mut walker = Walker::default();
    let root = dom.root_element();
    walker.walk(root, (root.id(), BlockKind::Para, true), false);
    walker.flush((root.id(), BlockKind::Para, true));
    let mut blocks = walker.blocks;
    let totals = subtree_totals(dom, &blocks);
    mark_noise(dom, &mut blocks, &totals);
    let mut main = choose(dom, &blocks, &totals, true);
    let kept_chars: usize = main.iter().map(|&i| blocks[i].chars).sum();
    if kept_chars < 100 {
        let again = choose(dom, &blocks, &totals, false);
        // Only when ignoring the chrome marks finds much more: a tiny page
        // with a menu keeps its one paragraph and loses the menu.
        if again.iter().map(|&i| blocks[i].chars).sum::<usize>() > 3 * kept_chars {
            main = again;
        }
    }
    MainText { blocks, main }
}

/// Marks the blocks under chrome: an [`is_chrome_tag`] element, or one whose
/// class or id has a [`NOISE_WORDS`] word and no [`CONTENT_WORDS`] word,
/// unless it holds half of the page's text or more (`<body
/// class="has-ads">` is not chrome).
fn mark_noise(dom: &Html, blocks: &mut [Block], totals: &Totals) {
    let page: usize = blocks.iter().map(|b| b.chars).sum();
    let mut noise: HashMap<NodeId, bool> = HashMap::default();
    for b in blocks.iter_mut() {
        let Some(node) = dom.tree.get(b.container) else {
            continue;
        };
        b.noisy = std::iter::once(node).chain(node.ancestors()).any(|anc| {
            *noise.entry(anc.id()).or_insert_with(|| {
                anc.value().as_element().is_some_and(|e| {
                    (is_chrome_tag(e.name()) || word_marks(e) & (NOISE | CONTENT) == NOISE)
                        && totals.get(&anc.id()).map_or(0, |t| t.0) * 2 < page
                })
            })
        });
    }
}

/// (characters, link characters) of the blocks under each element.
type Totals = HashMap<NodeId, (usize, usize)>;

/// Sums every block's characters into its container and all its ancestors.
fn subtree_totals(dom: &Html, blocks: &[Block]) -> Totals {
    let mut totals = Totals::default();
    for b in blocks {
        if let Some(node) = dom.tree.get(b.container) {
            for anc in std::iter::once(node).chain(node.ancestors()) {
                let t = totals.entry(anc.id()).or_default();
                t.0 += b.chars;
                t.1 += b.link_chars;
            }
        }
    }
    totals
}

/// A block's element, its kind, and whether its text would be loose there.
type Container = (NodeId, BlockKind, bool);

#[derive(Default)]
struct Walker {
    blocks: Vec<Block>,
    buf: String,
    link_chars: usize,
}

impl Walker {
    /// Walks `el`'s children; loose text belongs to `container`.
    fn walk(&mut self, el: ElementRef, container: Container, in_link: bool) {
        for child in el.children() {
            match child.value() {
                Node::Text(t) => {
                    self.buf.push_str(t);
                    if in_link {
                        self.link_chars += t.chars().filter(|c| !c.is_whitespace()).count();
                    }
                }
                Node::Element(e) => {
                    let Some(ce) = ElementRef::wrap(child) else { continue };
                    let name = e.name();
                    if is_skip_tag(name) || is_hidden(e) {
                        continue;
                    }
                    if name == "br" || name == "hr" {
                        self.flush(container);
                    } else if is_inline_tag(name) {
                        self.walk(ce, container, in_link || name == "a");
                    } else {
                        self.flush(container);
                        let kind = BlockKind::of(name);
                        let own = (ce.id(), kind, name != "p" && kind == BlockKind::Para);
                        self.walk(ce, own, in_link);
                        self.flush(own);
                    }
                }
                _ => {}
            }
        }
    }

    /// Ends the current block, if it holds any text, as a block of `container`.
    fn flush(&mut self, (container, kind, loose): Container) {
        if self.buf.chars().any(char::is_alphanumeric) {
            let text = text::collapse(&self.buf);
            let chars = text.chars().filter(|c| !c.is_whitespace()).count();
            self.blocks.push(Block {
                text,
                kind,
                chars,
                link_chars: self.link_chars.min(chars),
                noisy: false,
                loose,
                container,
            });
        }
        self.buf.clear();
        self.link_chars = 0;
    }
}

/// The element's attributes as (name, value), those without a namespace
/// or prefix only (what `Element::attr` finds), without interning a name.
fn attributes(e: &scraper::node::Element) -> impl Iterator<Item = (&str, &str)> {
    e.attrs
        .iter()
        .filter(|(k, _)| k.prefix.is_none() && k.ns.is_empty())
        .map(|(k, v)| (&*k.local, &**v))
}

/// The value of attribute `name` (as `Element::attr`, without interning).
pub(super) fn attr<'a>(e: &'a scraper::node::Element, name: &str) -> Option<&'a str> {
    attributes(e).find(|&(k, _)| k == name).map(|(_, v)| v)
}

fn is_hidden(e: &scraper::node::Element) -> bool {
    attributes(e).any(|(k, v)| match k {
        "hidden" => true,
        "aria-hidden" => v == "true",
        "style" => {
            let s = v.to_ascii_lowercase().replace(' ', "");
            s.contains("display:none") || s.contains("visibility:hidden")
        }
        _ => false,
    })
}

/// Which lists ([`NOISE`], [`CONTENT`] bits) the words of the element's
/// class, id, role and itemprop are on.
fn word_marks(e: &scraper::node::Element) -> u8 {
    let mut marks = 0;
    for (k, v) in attributes(e) {
        if !matches!(k, "class" | "id" | "role" | "itemprop") {
            continue;
        }
        for w in v.split(|c: char| !c.is_ascii_alphanumeric()) {
            if w.len() <= LONGEST_WORD {
                let mut lower = [0u8; LONGEST_WORD];
                lower[..w.len()].copy_from_slice(w.as_bytes());
                lower[..w.len()].make_ascii_lowercase();
                let lower = std::str::from_utf8(&lower[..w.len()]).expect("ASCII");
                marks |= WORDS.get(lower).copied().unwrap_or(0);
            }
        }
    }
    marks
}

/// Score an element starts from: its tag and its class/id evidence.
fn base_score(e: &scraper::node::Element) -> f32 {
    let tag = match e.name() {
        "article" | "main" => 10.0,
        "div" | "section" => 5.0,
        "pre" | "td" | "blockquote" => 3.0,
        "address" | "ol" | "ul" | "dl" | "dd" | "dt" | "li" | "form" => -3.0,
        "h1" | "h2" | "h3" | "h4" | "h5" | "h6" | "th" => -5.0,
        _ => 0.0,
    };
    let marks = word_marks(e);
    let mut class = 0.0;
    if marks & CONTENT != 0 {
        class += 25.0;
    }
    if marks & NOISE != 0 {
        class -= 25.0;
    }
    tag + class
}

/// Indices of the blocks that form the article; `respect_noise` false
/// ignores the chrome marks (the fallback).
fn choose(dom: &Html, blocks: &[Block], totals: &Totals, respect_noise: bool) -> Vec<usize> {
    let mut scores: HashMap<NodeId, f32> = HashMap::default();
    for b in blocks {
        let Some(node) = dom.tree.get(b.container) else {
            continue;
        };
        // Paragraphs score; headings, list items and captions only come
        // along with the element their paragraphs choose.
        let prose = matches!(b.kind, BlockKind::Para | BlockKind::Pre | BlockKind::Cell);
        if !prose || b.chars < 25 || (respect_noise && b.noisy) || b.link_density() > 0.5 {
            continue;
        }
        let commas = b.text.matches([',', '،', '、']).count() as f32;
        let content = 1.0 + commas + (b.chars as f32 / 100.0).min(3.0);
        let first = if b.loose { Some(node) } else { node.parent() };
        for (level, anc) in first
            .into_iter()
            .chain(first.into_iter().flat_map(|n| n.ancestors()))
            .take(5)
            .enumerate()
        {
            let Some(e) = anc.value().as_element() else { break };
            let divider = match level {
                0 => 1.0,
                1 => 2.0,
                l => l as f32 * 3.0,
            };
            *scores.entry(anc.id()).or_insert_with(|| base_score(e)) += content / divider;
        }
    }
    let density = |id: NodeId| {
        totals
            .get(&id)
            .map_or(0.0, |&(chars, links)| links as f32 / chars.max(1) as f32)
    };
    let finals: HashMap<NodeId, f32> = scores.iter().map(|(&id, &s)| (id, s * (1.0 - density(id)))).collect();
    // The best candidate, first in document order on a tie.
    let order: HashMap<NodeId, usize> = blocks.iter().enumerate().rev().map(|(i, b)| (b.container, i)).collect();
    let Some((&top_id, &top_score)) = finals.iter().max_by(|a, b| {
        a.1.total_cmp(b.1).then_with(|| {
            let pos = |id: &NodeId| order.get(id).copied().unwrap_or(usize::MAX);
            pos(b.0).cmp(&pos(a.0))
        })
    }) else {
        return fallback(blocks, respect_noise);
    };
    if top_score <= 0.0 {
        return fallback(blocks, respect_noise);
    }
    let mut top = dom.tree.get(top_id).expect("scored nodes are in the tree");
    if std::env::var_os("WARTA_DEBUG_HTML").is_some() {
        let mut v: Vec<_> = finals.iter().collect();
        v.sort_by(|a, b| b.1.total_cmp(a.1));
        for (id, s) in v.iter().take(8) {
            let e = dom.tree.get(**id).unwrap().value().as_element().unwrap();
            eprintln!(
                "{s:8.1} raw {:8.1} ld {:.2} <{} class={:?} id={:?}>",
                scores[id],
                density(**id),
                e.name(),
                attr(e, "class"),
                attr(e, "id")
            );
        }
    }
    // Several strong candidates under one ancestor: the article spans them.
    let strong: Vec<NodeId> = finals
        .iter()
        .filter(|&(&id, &s)| id != top_id && s >= top_score * 0.75)
        .map(|(&id, _)| id)
        .collect();
    if strong.len() >= 3 {
        for anc in top.ancestors() {
            if anc.value().as_element().is_none() {
                break;
            }
            let inside = strong
                .iter()
                .filter(|id| {
                    dom.tree
                        .get(**id)
                        .is_some_and(|n| n.ancestors().any(|a| a.id() == anc.id()))
                })
                .count();
            if inside >= 3 {
                top = anc;
                break;
            }
        }
    }
    let top_score = finals.get(&top.id()).copied().unwrap_or(top_score);
    let mut chosen: HashSet<NodeId> = HashSet::from_iter([top.id()]);
    // An article cut into chunks of one kind (`<div class="article__body">`
    // twice, with an ad block between): the other chunks come along.
    fn signature<'a>(n: ego_tree::NodeRef<'a, Node>) -> Option<(&'a str, Option<&'a str>)> {
        n.value().as_element().map(|e| (e.name(), attr(e, "class")))
    }
    if let Some((tag, Some(class))) = signature(top) {
        for (&id, &s) in &finals {
            if s >= top_score * 0.3
                && let Some(n) = dom.tree.get(id)
                && signature(n) == Some((tag, Some(class)))
                && !n.ancestors().any(|a| a.id() == top.id())
                && !top.ancestors().any(|a| a.id() == id)
            {
                chosen.insert(id);
            }
        }
    }
    if let Some(parent) = top.parent() {
        let threshold = (top_score * 0.2).max(10.0);
        let top_class = top.value().as_element().and_then(|e| attr(e, "class")).unwrap_or("");
        for sib in parent.children() {
            let Some(e) = sib.value().as_element() else { continue };
            if sib.id() == top.id() {
                continue;
            }
            let bonus = if !top_class.is_empty() && attr(e, "class") == Some(top_class) {
                top_score * 0.2
            } else {
                0.0
            };
            let score = finals.get(&sib.id()).copied().unwrap_or(0.0) + bonus;
            let (chars, _) = totals.get(&sib.id()).copied().unwrap_or((0, 0));
            let prose = e.name() == "p" && chars > 80 && density(sib.id()) < 0.25;
            if score >= threshold || prose {
                chosen.insert(sib.id());
            }
        }
    }
    blocks
        .iter()
        .enumerate()
        .filter(|(_, b)| {
            !(respect_noise && b.noisy)
                && b.link_density() <= max_link_density(b.kind)
                && dom.tree.get(b.container).is_some_and(|n| {
                    std::iter::once(n)
                        .chain(n.ancestors())
                        .any(|a| chosen.contains(&a.id()))
                })
        })
        .map(|(i, _)| i)
        .collect()
}

/// Link share above which a kept element's block is a link list, not text:
/// list items and headings that are mostly links are related-article lists.
fn max_link_density(kind: BlockKind) -> f32 {
    match kind {
        BlockKind::Item | BlockKind::Heading => 0.3,
        _ => 0.5,
    }
}

/// No element scored: keep every block that is not chrome or links.
fn fallback(blocks: &[Block], respect_noise: bool) -> Vec<usize> {
    blocks
        .iter()
        .enumerate()
        .filter(|(_, b)| b.link_density() < 0.3 && !(respect_noise && b.noisy))
        .map(|(i, _)| i)
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn main_text(html: &str) -> Vec<String> {
        let dom = Html::parse_document(html);
        let m = extract(&dom);
        m.main.iter().map(|&i| m.blocks[i].text.clone()).collect()
    }

    const PROSE: &str = "Pemerintah kabupaten menggelar rapat koordinasi, membahas persiapan pemilihan, anggaran, dan logistik di kantor bupati pada Senin pagi.";

    #[test]
    fn the_word_lists_fit_the_word_set() {
        for w in NOISE_WORDS.iter().chain(CONTENT_WORDS) {
            assert!(w.len() <= LONGEST_WORD && *w == w.to_ascii_lowercase(), "{w}");
        }
    }

    #[test]
    fn the_densest_container_wins_over_link_lists() {
        let page = format!(
            r#"<body><div class="menu-top"><a href="/">Beranda</a> <a href="/a">Nasional</a></div>
            <div class="content"><p>{PROSE}</p><p>{PROSE} Kedua.</p><p>{PROSE} Ketiga.</p></div>
            <div class="list"><p><a href="/1">Berita lain yang panjang sekali judulnya, sangat panjang</a></p>
            <p><a href="/2">Berita lain yang kedua, juga panjang sekali judulnya</a></p></div></body>"#
        );
        assert_eq!(
            main_text(&page),
            [PROSE.to_string(), format!("{PROSE} Kedua."), format!("{PROSE} Ketiga.")]
        );
    }

    #[test]
    fn br_separated_text_becomes_paragraphs() {
        let page =
            format!(r#"<body><div class="detail-text">{PROSE}<br><br>{PROSE} Dua.<br>{PROSE} Tiga.</div></body>"#);
        assert_eq!(
            main_text(&page),
            [PROSE.to_string(), format!("{PROSE} Dua."), format!("{PROSE} Tiga.")]
        );
    }

    #[test]
    fn related_blocks_share_bars_and_comments_inside_the_article_are_dropped() {
        let page = format!(
            r#"<body><article><p>{PROSE}</p><div class="share-buttons">Bagikan: Facebook Twitter WhatsApp</div>
            <div class="baca-juga"><p>{PROSE} Terkait.</p></div><p>{PROSE} Dua.</p>
            <section id="comments"><p>{PROSE} Komentar.</p></section>
            <p>Baca juga: <a href="/x">Judul berita lain yang cukup panjang untuk dibaca</a></p></article></body>"#
        );
        assert_eq!(main_text(&page), [PROSE.to_string(), format!("{PROSE} Dua.")]);
    }

    #[test]
    fn an_article_split_over_sibling_divs_is_merged() {
        let page = format!(
            r#"<body><div id="wrap"><div class="part">{p}</div><div class="part">{p2}</div></div><div class="sidebar"><p>{PROSE} Samping.</p></div></body>"#,
            p = format!("<p>{PROSE}</p>").repeat(3),
            p2 = format!("<p>{PROSE} Lanjutan.</p>").repeat(2),
        );
        let got = main_text(&page);
        assert_eq!(got.len(), 5, "{got:?}");
        assert!(got.iter().all(|p| !p.ends_with("Samping.")));
    }

    #[test]
    fn a_noisy_class_on_the_whole_body_does_not_empty_the_page() {
        let page = format!(
            r#"<body class="has-ads single"><div class="ads-wrap"><p>{PROSE}</p><p>{PROSE} Dua.</p><p>{PROSE} Tiga.</p></div></body>"#
        );
        assert_eq!(main_text(&page).len(), 3);
    }

    #[test]
    fn hidden_elements_and_small_forms_are_not_text() {
        let page = format!(
            r#"<body><div class="post"><p>{PROSE}</p><p>{PROSE} Dua.</p><p style="display: none">{PROSE} Tersembunyi.</p><form><p>{PROSE} Form.</p></form><p hidden>x</p><p>{PROSE} Tiga.</p></div></body>"#
        );
        assert_eq!(
            main_text(&page),
            [PROSE.to_string(), format!("{PROSE} Dua."), format!("{PROSE} Tiga.")]
        );
    }

    #[test]
    fn a_form_wrapping_the_whole_page_is_not_chrome() {
        let page = format!(
            r#"<body><form id="aspnetForm"><div class="isi"><p>{PROSE}</p><p>{PROSE} Dua.</p></div></form></body>"#
        );
        assert_eq!(main_text(&page), [PROSE.to_string(), format!("{PROSE} Dua.")]);
    }
}
