//! Regions (issue 3): every Indonesian administrative region an article
//! names, with its Kemendagri code, resolved in context.
//!
//! # The problem
//!
//! The gazetteer ([`gazetteer::gazetteer`]) holds 38 provinsi, 514 kabupaten/kota,
//! 7,285 kecamatan and 83,762 desa/kelurahan. Their names collide with each
//! other and with ordinary words: "Ketapang" is a kabupaten in Kalimantan
//! Barat and a kecamatan in Sampang and Lampung Selatan and a dozen desa;
//! "Bandung" is a kabupaten and a kota; "Bangka" is a kabupaten and a
//! kelurahan in Jakarta Selatan; "Baru", "Harapan" and "Jaya" are desa
//! names and everyday words. Matching every name everywhere (one automaton
//! over all 67,794 distinct names) is slow and finds village names like "As"
//! hundreds of thousands of times. So matching is done in two tiers and
//! every match is then resolved against the rest of the article.
//!
//! # Tier 1: one trie of names
//!
//! One byte trie ([`prefix::PrefixTrie`], longest match, ASCII
//! case-insensitive) holds the names of provinsi, kabupaten/kota and
//! kecamatan (four letters or more, no stop words) and the aliases of
//! `data/regions_aliases.tsv` ("Kalbar", "Gumas", "Toba Samosir", "Jaksel").
//! Since a name in the text must start with a capital (or a digit: "2x11
//! Kayu Tanam"), the names are not searched all over the text: a SWAR scan
//! (eight bytes at a time) finds the capitals and digits that start a word,
//! and the trie is searched *anchored* there, a short walk down from its
//! root. (Anchored search is all that is needed, so there is no
//! Aho-Corasick automaton, whose failure transitions cost ~25 ms to build.)
//! Lowercase words, the bulk of any text, cost a byte test each; village
//! names like "As" never produce hits inside other words. A hit
//! counts only when
//!
//! - it ends on a word boundary;
//! - the text has the capitals of the name ("Kapuas" or "KAPUAS", never
//!   "kapuas"; acronyms like "NTT" all in capitals). When the longest hit
//!   fails this, shorter word prefixes of it are tried;
//! - it is not inside a URL, an e-mail address or a domain-like token
//!   ("POS-KUPANG.COM", "prokalteng.co"), nor part of the outlet's name as
//!   the cleaner found it (`doc.meta.outlet`) in the lead, nor of an outlet
//!   or club name built from a region ("Kalteng Pos", "Tribun Jateng",
//!   "Persebaya Surabaya", "Bali United");
//! - it is not preceded by a word that makes it part of another proper name
//!   ("Jalan Medan Merdeka", "Danau Toba", "Pulau Nias", "Kuala Kurun").
//!
//! The cue words of `data/regions_words.tsv` ("Kabupaten", "Kota", "Bupati",
//! "Camat", "Kelurahan", ...) are a hash map: for a capitalised word the
//! one to three words before it are looked up (after a one-load check that
//! the previous word can end a cue at all) when the trie matches the word,
//! or when the previous word's last three bytes may end a kecamatan or desa
//! cue (one bit load; most capitalised words need neither). A cue right before a name (only
//! spaces between) restricts the levels the name may have: "Kota Bandung"
//! is the kota, "Bupati Bandung" the kabupaten, "Gubernur Jambi" the
//! provinsi. A name in a list after a cued name inherits its cue ("Kabupaten
//! Bandung, Bandung Barat, dan Sumedang"). A cue whose levels fit no
//! candidate is ignored ("Balai Kota Jakarta").
//!
//! # Tier 2: name indexes for kecamatan and desa
//!
//! Desa/kelurahan names (and short or common kecamatan names) are looked up
//! in hashed name indexes only for a capitalised word run
//!
//! - right after a kecamatan or desa cue ("Kelurahan Cilacap", "Nagari
//!   Kasang", "Kecamatan 2x11 Kayu Tanam") and the items of a list after it;
//! - right before a comma and a region already matched, when the looked-up
//!   name lies inside that region ("Cikini, Jakarta Pusat");
//! - at the dateline (`doc.meta.dateline`, "Parit Malintang"), accepted when
//!   its kabupaten/kota is named in the article.
//!
//! # Resolution
//!
//! Each match has candidate regions. First the sure anchors are fixed:
//! matches whose candidates (after their cue) are all provinsi or
//! kabupaten/kota. Then every match picks its best eligible candidate,
//! ranked by, in order:
//!
//! 1. a parent named right after it ("Bangka, Mampang Prapatan" is the
//!    kelurahan in Mampang Prapatan, not the kabupaten Bangka);
//! 2. being a region already resolved elsewhere in the article;
//! 3. two or more of its ancestors (provinsi, kabupaten/kota, kecamatan)
//!    named in the article ("Ketapang" in an article on Sampang, Jawa
//!    Timur, is the kecamatan there), unless a higher-level candidate of
//!    the name is resolved elsewhere in the article; an ancestor of the same
//!    name confirms nothing (kecamatan Sintang lies in kabupaten Sintang);
//! 4. the higher level (provinsi over kabupaten/kota over kecamatan over
//!    desa: "Jambi" alone is the provinsi, "Kapuas Hulu" the kabupaten and
//!    not the kecamatan of that name in Kapuas);
//! 5. the number of its ancestors named in the article;
//! 6. for a kabupaten and a kota of one name, the one cued more often in the
//!    article, else the kota (a bare "Kupang" is usually the city);
//! 7. the lower code.
//!
//! A kecamatan is eligible only with a kecamatan cue, its kabupaten/kota in
//! the article, or a parent right after it; a desa only with a desa cue, its
//! kecamatan in the article, a parent right after it, or (at the dateline)
//! its kabupaten/kota in the article. A weak name (an everyday word or a
//! personal or ethnic name: "Batu", "Bima", "Karo") needs a cue, a cued
//! mention of the same region, its province in the article, or a parent
//! after it. The passes repeat until nothing changes (at most four rounds).
//!
//! # Output
//!
//! Each region once, in order of first mention, with every mention. A
//! mention is the name or alias as written, without its cue word
//! ("Ketapang" of "Kabupaten Ketapang"), so a mention's text is always one
//! of the region's names or aliases (compared case-insensitively).
//! `primary` marks one region: the one with the highest weight, counting
//! each mention once, each cued or office-title mention ("Bupati Ketapang")
//! twice more, and the dateline three more; kabupaten/kota before other
//! levels on ties, then the first mentioned.
//!
//! Cost: a byte scan of the text, an anchored trie walk and a one-bit cue
//! test per capitalised word, and work proportional to the number of hits
//! after that (about 200 MB/s on news text, see the `regions` bench). The gazetteer is built once per
//! process (see [`gazetteer::gazetteer`]).

pub mod gazetteer;
pub mod prefix;

use std::borrow::Cow;
use std::collections::HashMap;
use std::ops::Range;

use crate::doc::Doc;
use crate::inline_list::InlineList;
use crate::record::{Mention, Region, RegionLevel};
use crate::swar::in_range;
use gazetteer::{B, C, Cue, D, Gazetteer, Id, K, Levels, NONE, NameIndex, P, bit, gazetteer, norm};

/// Finds the administrative regions `doc` names; see the module docs.
/// Cost: linear in the text plus a small amount per name found.
pub fn extract(doc: &Doc) -> Vec<Region> {
    let g = gazetteer();
    let blocked = outlet(doc, g);
    let mut matches = scan(doc, g, &blocked);
    chain_lookups(doc, g, &blocked, &mut matches);
    dateline_lookup(doc, g, &blocked, &mut matches);
    matches.sort_by_key(|m| (m.span.start, std::cmp::Reverse(m.span.end)));
    matches.dedup_by(|b, a| b.span.start < a.span.end);
    let chosen = resolve(doc, g, &matches);
    build(doc, g, &matches, &chosen)
}

/// How a match was found.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Source {
    /// The tier-1 trie.
    Automaton,
    /// A map lookup after a cue.
    Cue,
    /// A map lookup before ", <region>".
    Chain,
    /// A map lookup at the dateline.
    Dateline,
}

/// A name found in the text, with the regions it may name.
#[derive(Debug, Clone)]
struct Match<'g> {
    span: Range<usize>,
    /// Borrowed from the gazetteer's key for a trie hit (no allocation per
    /// hit), owned for a looked-up name.
    regions: Cow<'g, [Id]>,
    /// Levels of the cue before it (0: none).
    cue: Levels,
    /// Start of the cue, when there is one.
    cue_start: Option<usize>,
    /// The cue is a level word or a region head's title, not an institution.
    cue_strong: bool,
    weak: bool,
    /// The matched text is a stop name.
    stop: bool,
    source: Source,
}

impl Match<'_> {
    /// A match with no cue before it, neither weak nor a stop name (a
    /// tier-2 name confirmed by a parent or by the dateline).
    fn uncued(span: Range<usize>, regions: Vec<Id>, source: Source) -> Self {
        Match {
            span,
            regions: Cow::Owned(regions),
            cue: 0,
            cue_start: None,
            cue_strong: false,
            weak: false,
            stop: false,
            source,
        }
    }
}

/// Kecamatan and desa/kelurahan (tier 2) that `name` may be.
fn tier2_ids(g: &Gazetteer, name: &str) -> Vec<Id> {
    let mut ids = Vec::new();
    for map in [&g.kecamatan, &g.desa] {
        g.lookup_into(map, name, &mut ids);
    }
    ids
}

// ---------------------------------------------------------------------------
// Text helpers

fn char_before(text: &str, i: usize) -> Option<char> {
    text[..i].chars().next_back()
}

fn char_after(text: &str, i: usize) -> Option<char> {
    text[i..].chars().next()
}

fn is_word_char(c: char) -> bool {
    c.is_alphanumeric()
}

fn on_boundaries(text: &str, span: &Range<usize>) -> bool {
    !char_before(text, span.start).is_some_and(is_word_char) && !char_after(text, span.end).is_some_and(is_word_char)
}

/// Whether the text at `span` has every capital `caps` has (or is all capitals).
fn caps_ok(text: &[u8], span: &Range<usize>, caps: &str) -> bool {
    let t = &text[span.clone()];
    t.len() == caps.len()
        && t.iter()
            .zip(caps.bytes())
            .all(|(&a, b)| !b.is_ascii_uppercase() || a.is_ascii_uppercase())
}

/// The word right before byte `i` (skipping spaces), with its start.
fn word_before(text: &str, i: usize) -> Option<(usize, &str)> {
    let lo = window_start(text, i, 64);
    let head = text[lo..i].trim_end_matches([' ', '\t']);
    if head.len() == i - lo && i > 0 {
        return None; // not separated by a space
    }
    let start = head
        .rfind(|c: char| c.is_whitespace() || matches!(c, '(' | '"' | '“' | '\'' | ','))
        .map_or(0, |j| j + head[j..].chars().next().map_or(1, char::len_utf8));
    (start < head.len()).then(|| (lo + start, &head[start..]))
}

/// The char boundary at or after `i - n` (the start of a bounded look-back
/// window, so that work per match stays constant).
fn window_start(text: &str, i: usize, n: usize) -> usize {
    let mut lo = i.saturating_sub(n);
    while !text.is_char_boundary(lo) {
        lo += 1;
    }
    lo
}

/// The word right after byte `i` (skipping spaces).
fn word_after(text: &str, i: usize) -> Option<&str> {
    let tail = text[i..].trim_start_matches([' ', '\t']);
    if tail.len() == text.len() - i {
        return None;
    }
    let end = tail
        .find(|c: char| c.is_whitespace() || matches!(c, ')' | '"' | '”' | ',' | '.' | ';' | ':'))
        .unwrap_or(tail.len());
    (end > 0).then(|| &tail[..end])
}

/// Whether the whitespace-delimited token around `span` is a URL, an e-mail
/// address or a domain name ("POS-KUPANG.COM", "prokalteng.co").
fn in_domain_token(text: &str, span: &Range<usize>) -> bool {
    // The token, within 100 bytes either side (tokens longer than that are
    // cut; this bounds the work per match).
    let lo = window_start(text, span.start, 100);
    let mut hi = (span.end + 100).min(text.len());
    while !text.is_char_boundary(hi) {
        hi -= 1;
    }
    // The common case, a plain word between ASCII spaces: the bytes out to
    // the white space on either side are the token, and a token with no
    // '.', '@' or '/' is none of these. (Any other byte met first, or the
    // window's end, leaves it to the general reading below.)
    let b = text.as_bytes();
    let plain = |c: u8| c.is_ascii() && !c.is_ascii_whitespace() && c != 0x0B && !matches!(c, b'.' | b'@' | b'/');
    let before = b[lo..span.start].iter().rposition(|&c| !plain(c));
    let after = b[span.end..hi].iter().position(|&c| !plain(c));
    if let (Some(s), Some(e)) = (before, after)
        && (b[lo + s].is_ascii_whitespace() || b[lo + s] == 0x0B)
        && (b[span.end + e].is_ascii_whitespace() || b[span.end + e] == 0x0B)
        && !b[span.clone()].iter().any(|c| matches!(c, b'.' | b'@' | b'/'))
    {
        return false;
    }
    let start = text[lo..span.start]
        .char_indices()
        .rev()
        .find(|(_, c)| c.is_whitespace())
        .map_or(lo, |(j, c)| lo + j + c.len_utf8());
    let end = text[span.end..hi]
        .find(char::is_whitespace)
        .map_or(hi, |j| span.end + j);
    let tok = &text[start..end];
    if !tok.contains(['.', '@', '/']) {
        return false;
    }
    if tok.contains('@') || tok.contains("://") || tok.get(..4).is_some_and(|w| w.eq_ignore_ascii_case("www.")) {
        return true;
    }
    const TLDS: &[&str] = &[
        "com", "co", "id", "net", "org", "news", "tv", "info", "my", "web", "go", "ac", "sch", "or", "biz", "online",
        "xyz", "site", "media",
    ];
    let lower = tok.to_ascii_lowercase();
    lower.match_indices('.').any(|(j, _)| {
        let rest = &lower[j + 1..];
        let label: String = rest.chars().take_while(|c| c.is_ascii_alphabetic()).collect();
        j > 0
            && lower.as_bytes()[j - 1].is_ascii_alphanumeric()
            && TLDS.contains(&label.as_str())
            && !rest[label.len()..].starts_with(|c: char| c.is_alphanumeric())
    })
}

/// The outlet's own name as the cleaner found it (`doc.meta.outlet`): no
/// region is matched inside it where it stands in the lead, or anywhere when
/// it looks like a domain or a publication ("Kalteng Pos").
struct Outlet<'a> {
    text: &'a str,
    name: &'a [u8],
    publication: bool,
}

fn outlet<'a>(doc: &'a Doc, g: &Gazetteer) -> Option<Outlet<'a>> {
    let name = doc.meta.outlet.as_deref().map(str::trim).filter(|o| o.len() >= 3)?;
    let publication = name.contains('.')
        || name
            .split_whitespace()
            .any(|w| g.outlet_after.hit(w) || g.outlet_before.hit(w));
    Some(Outlet {
        text: &doc.text,
        name: name.as_bytes(),
        publication,
    })
}

/// Whether `span` overlaps an occurrence of the outlet's name that blocks
/// matching (found case-insensitively near `span` only: O(name²) per call).
fn overlaps(outlet: &Option<Outlet>, span: &Range<usize>) -> bool {
    let Some(o) = outlet else { return false };
    let (tb, n) = (o.text.as_bytes(), o.name.len());
    let lo = span.start.saturating_sub(n - 1);
    let hi = span.end.min(tb.len().saturating_sub(n - 1));
    (lo..hi).any(|i| {
        if !tb[i..i + n].eq_ignore_ascii_case(o.name) {
            return false;
        }
        let before = o.text.get(..i).map_or("", |t| t.trim_end_matches([' ', '\t']));
        let lead = (before.is_empty() || before.ends_with('\n'))
            && o.text
                .get(i + n..)
                .is_some_and(|t| t.trim_start().starts_with([':', '-', '–', '—', ',', '(', '|']));
        o.publication || lead || i < 120
    })
}

/// Whether a name at `span` is part of another proper name or an outlet's.
fn context_blocks(text: &str, g: &Gazetteer, span: &Range<usize>) -> bool {
    if let Some((_, w)) = word_before(text, span.start)
        && (g.before.hit(w) || g.outlet_before.hit(w))
    {
        return true;
    }
    if let Some(w) = word_after(text, span.end)
        && g.outlet_after.hit(w)
    {
        return true;
    }
    in_domain_token(text, span)
}

// ---------------------------------------------------------------------------
// Tier 1

/// Searches the tier-1 trie anchored at each capitalised word start (a word
/// start whose first byte some pattern begins with), and keeps the hits that
/// count; a kecamatan/desa cue before a word triggers the tier-2 lookup.
fn scan<'g>(doc: &Doc, g: &'g Gazetteer, blocked: &Option<Outlet>) -> Vec<Match<'g>> {
    let text = doc.text.as_str();
    let bytes = text.as_bytes();
    let mut out: Vec<Match<'g>> = Vec::new();
    let mut buf = Vec::new();
    let mut i = 0;
    while i < bytes.len() {
        // Next capital or digit (a word may start there).
        let Some(next) = next_capital_or_digit(bytes, i) else {
            break;
        };
        i = next;
        let b = bytes[i];
        let inside_word = i > 0
            && match bytes[i - 1] {
                p if p.is_ascii() => p.is_ascii_alphanumeric(),
                _ => char_before(text, i).is_some_and(is_word_char),
            };
        if inside_word {
            i += 1;
            continue;
        }
        // The cue before the word, read here only when it may open a
        // tier-2 lookup (most capitalised words follow no cue), else below
        // for a trie hit.
        let mut cue = None;
        if may_follow_lookup_cue(g, bytes, i) {
            cue = Some(cue_before(text, g, i, &mut buf));
            if let Some(Some((c, cue_span))) = &cue
                && c.levels & (P | B | K) == 0
                && let Some(end) = cue_lookup(text, g, blocked, c.levels, cue_span.clone(), i, &mut out)
            {
                i = end;
                continue;
            }
        }
        if !g.first_bytes[b as usize] {
            i += 1;
            continue;
        }
        let Some((end, mut key)) = g.names.longest_at(bytes, i) else {
            i += 1;
            continue;
        };
        let mut span = i..end;
        if !(on_boundaries(text, &span) && caps_ok(bytes, &span, &g.keys[key as usize].caps)) {
            // Try shorter word prefixes of the hit ("Bandung barat" -> "Bandung").
            match shorter_prefix(text, g, &span) {
                Some((s, k)) => {
                    span = s;
                    key = k;
                }
                None => {
                    i += 1;
                    continue;
                }
            }
        }
        i = span.end;
        let k = &g.keys[key as usize];
        if overlaps(blocked, &span) || context_blocks(text, g, &span) {
            continue;
        }
        let mut cue_levels = 0;
        let mut cue_start = None;
        let mut cue_strong = false;
        let cue = cue.unwrap_or_else(|| cue_before(text, g, span.start, &mut buf));
        if let Some((c, cs)) = &cue {
            cue_levels = c.levels;
            cue_start = Some(cs.start);
            cue_strong = !c.institution;
        } else if let Some(prev) = out.last()
            && prev.cue != 0
            && prev.span.end <= span.start
            && is_list_separator(&text[prev.span.end..span.start])
        {
            cue_levels = prev.cue;
            cue_strong = prev.cue_strong;
        }
        out.push(Match {
            span,
            regions: Cow::Borrowed(&k.regions),
            cue: cue_levels,
            cue_start,
            cue_strong,
            weak: k.weak,
            stop: k.stop,
            source: Source::Automaton,
        });
    }
    out
}

/// The first index at or after `from` holding an ASCII capital or digit
/// that no ASCII letter or digit precedes (one after another byte may still
/// be inside a word: the caller decides). Eight bytes at a time (SWAR range
/// tests, exact per byte), since word-initial capitals are rare.
fn next_capital_or_digit(bytes: &[u8], from: usize) -> Option<usize> {
    let starts_word = |j: usize| {
        (bytes[j].is_ascii_uppercase() || bytes[j].is_ascii_digit()) && !(j > 0 && bytes[j - 1].is_ascii_alphanumeric())
    };
    let mut i = from;
    while i + 8 <= bytes.len() {
        let mut w = [0u8; 8];
        w.copy_from_slice(&bytes[i..i + 8]);
        let x = u64::from_le_bytes(w);
        let caps = in_range(x, b'A', b'Z') | in_range(x, b'0', b'9');
        if caps != 0 {
            // Not after a letter or digit: the one before the block, or
            // the byte before in it.
            let alnum = caps | in_range(x, b'a', b'z');
            let before = u64::from(i > 0 && bytes[i - 1].is_ascii_alphanumeric()) << 7;
            let starts = caps & !((alnum << 8) | before);
            if starts != 0 {
                return Some(i + starts.trailing_zeros() as usize / 8);
            }
        }
        i += 8;
    }
    (i..bytes.len()).find(|&j| starts_word(j))
}

/// Spaces between a cue and its name.
fn is_cue_space(b: u8) -> bool {
    b == b' ' || b == b'\t'
}

/// The start of the run of cue spaces that ends at byte `end` of `bytes`.
fn skip_cue_spaces_back(bytes: &[u8], mut end: usize) -> usize {
    while end > 0 && is_cue_space(bytes[end - 1]) {
        end -= 1;
    }
    end
}

/// Bytes that end a cue word on the left.
fn is_cue_sep(b: u8) -> bool {
    b.is_ascii_whitespace() || matches!(b, b'(' | b'"' | b'-' | b'/' | b',' | b';' | b':')
}

/// Whether the word before byte `i` (after spaces) may end a cue that opens
/// a tier-2 lookup, by its last three bytes (see
/// [`Gazetteer::lookup_cue_ends`]); when not, [`cue_before`] would find no
/// such cue. Cost: a few byte tests and one bit load.
fn may_follow_lookup_cue(g: &Gazetteer, bytes: &[u8], i: usize) -> bool {
    let end = skip_cue_spaces_back(bytes, i);
    // No space before the word, or a previous word of fewer than two bytes
    // (every cue word has two or more).
    if end == i || end < 2 || is_cue_sep(bytes[end - 1]) || is_cue_sep(bytes[end - 2]) {
        return false;
    }
    let third = if end > 2 && !is_cue_sep(bytes[end - 3]) {
        bytes[end - 3]
    } else {
        0
    };
    let key = gazetteer::word_end_key(third, bytes[end - 2], bytes[end - 1]);
    g.lookup_cue_ends.contains(key)
}

/// The cue written right before byte `i` (one to three words, separated by
/// spaces only), longest first, with its byte range. `buf` is scratch space
/// (the lower-cased words: ASCII, since no cue word has other bytes).
/// Cost: a backward walk over at most three short words; the common case (the
/// previous word ends no cue) is one hash lookup of at most 16 bytes.
fn cue_before(text: &str, g: &Gazetteer, i: usize, buf: &mut Vec<u8>) -> Option<(Cue, Range<usize>)> {
    let bytes = text.as_bytes();
    // Previous word: [start, end).
    let word_back = |end: usize| -> Option<usize> {
        let mut s = end;
        while s > 0 && end - s <= 16 {
            let b = bytes[s - 1];
            if is_cue_sep(b) {
                break;
            }
            if !b.is_ascii() {
                return None; // every cue is ASCII ("“" and the like end here too)
            }
            s -= 1;
        }
        (s < end && end - s <= 16 && (s == 0 || is_cue_sep(bytes[s - 1]))).then_some(s)
    };
    let end = skip_cue_spaces_back(bytes, i);
    if end == i || end == 0 {
        return None;
    }
    let last_end = end;
    let first = word_back(end)?;
    let len = end - first;
    if g.cue_tail_shape[len] & (1 << (bytes[first].to_ascii_lowercase() % 64)) == 0 {
        return None;
    }
    // Lower case: most words before a capital already are.
    let word = &text[first..end];
    let lower = if word.bytes().any(|b| b.is_ascii_uppercase()) {
        buf.clear();
        buf.extend(word.bytes().map(|b| b.to_ascii_lowercase()));
        std::str::from_utf8(buf).ok()?
    } else {
        word
    };
    let &max_words = g.cue_tail_words.get(lower)?;
    let mut starts = [first, 0, 0];
    let mut n = 1;
    let mut s = first;
    while n < max_words.min(3) {
        let e = skip_cue_spaces_back(bytes, s);
        if e == s || e == 0 {
            break;
        }
        match word_back(e) {
            Some(w) => {
                starts[n] = w;
                n += 1;
                s = w;
            }
            None => break,
        }
    }
    for &s in starts[..n].iter().rev() {
        // The words (ASCII), lower case, joined by single spaces; split as
        // `split_whitespace` would split them.
        buf.clear();
        for w in bytes[s..last_end]
            .split(|&b| b.is_ascii_whitespace() || b == 0x0B)
            .filter(|w| !w.is_empty())
        {
            if !buf.is_empty() {
                buf.push(b' ');
            }
            buf.extend(w.iter().map(u8::to_ascii_lowercase));
        }
        if let Some(c) = std::str::from_utf8(buf).ok().and_then(|k| g.cues.get(k)) {
            let span = s..last_end;
            if !c.cased || caps_ok(bytes, &span, c.caps) {
                return Some((*c, span));
            }
        }
    }
    None
}

fn is_list_separator(between: &str) -> bool {
    matches!(
        between.trim(),
        "," | "dan" | ", dan" | "serta" | ", serta" | "atau" | ", atau" | "/" | "&"
    )
}

/// The longest proper word prefix of the hit at `span` that is a key, sits on
/// boundaries and has the key's capitals.
fn shorter_prefix(text: &str, g: &Gazetteer, span: &Range<usize>) -> Option<(Range<usize>, u32)> {
    let hit = &text[span.clone()];
    let mut cuts: Vec<usize> = hit.match_indices(' ').map(|(i, _)| i).collect();
    cuts.reverse();
    for cut in cuts {
        let s = span.start..span.start + cut;
        let &k = g.key_ids.get(&norm(&text[s.clone()]))?;
        if on_boundaries(text, &s) && caps_ok(text.as_bytes(), &s, &g.keys[k as usize].caps) {
            return Some((s, k));
        }
    }
    None
}

// ---------------------------------------------------------------------------
// Tier 2

/// A capitalised word run starting at byte `i` (after spaces): the byte
/// ranges of up to `max` words, stopping at punctuation or a lowercase word
/// (connectors "dan" and "x" are allowed inside).
fn word_run(text: &str, i: usize, max: usize) -> Vec<Range<usize>> {
    let mut words = Vec::new();
    let mut p = i;
    while words.len() < max {
        let rest = &text[p..];
        let skip = rest.len() - rest.trim_start_matches([' ', '\t']).len();
        if skip == 0 && !words.is_empty() {
            break;
        }
        let s = p + skip;
        let len = text[s..]
            .find(|c: char| !(c.is_alphanumeric() || matches!(c, '\'' | '’' | '-')))
            .unwrap_or(text.len() - s);
        if len == 0 {
            break;
        }
        let w = &text[s..s + len];
        let first = w.chars().next().unwrap_or(' ');
        let connector = !words.is_empty() && (w == "dan" || w == "x");
        if !(first.is_uppercase() || first.is_ascii_digit() || connector) {
            break;
        }
        words.push(s..s + len);
        p = s + len;
    }
    while words.last().is_some_and(|w| matches!(&text[w.clone()], "dan" | "x")) {
        words.pop();
    }
    words
}

/// The longest prefix of `words` whose name is in `map`.
fn longest_in(
    g: &Gazetteer,
    text: &str,
    words: &[Range<usize>],
    maps: &[&NameIndex],
) -> Option<(Range<usize>, Vec<Id>)> {
    for n in (1..=words.len()).rev() {
        let span = words[0].start..words[n - 1].end;
        let mut ids = Vec::new();
        for m in maps {
            g.lookup_into(m, &text[span.clone()], &mut ids);
        }
        if !ids.is_empty() {
            return Some((span, ids));
        }
    }
    None
}

/// Looks up the run after a kecamatan/desa cue at `cue_span`, then the items
/// of a list after it. Returns the end of the last match pushed.
fn cue_lookup(
    text: &str,
    g: &Gazetteer,
    blocked: &Option<Outlet>,
    levels: Levels,
    cue_span: Range<usize>,
    at: usize,
    out: &mut Vec<Match>,
) -> Option<usize> {
    let maps: Vec<&NameIndex> = match (levels & C != 0, levels & D != 0) {
        (true, true) => vec![&g.kecamatan, &g.desa],
        (true, false) => vec![&g.kecamatan],
        _ => vec![&g.desa],
    };
    // "Kampung Melayu", "Gampong Drien": the cue word may be part of the name.
    let cue_word = &text[cue_span.clone()];
    let mut found = None;
    if cue_word.chars().next().is_some_and(char::is_uppercase) {
        let words = word_run(text, cue_span.start, 5);
        if words.len() > 1
            && let Some((span, ids)) = longest_in(g, text, &words, &maps)
            && span.end > cue_span.end
        {
            found = Some((span, ids));
        }
    }
    // The reading that reaches further wins ("Gampong Cot Girek" is Cot
    // Girek, not the desa "Gampong Cot"); on a tie, the one with the cue word.
    let words = word_run(text, at, 5);
    if let Some((span, ids)) = longest_in(g, text, &words, &maps)
        && found.as_ref().is_none_or(|(s, _)| span.end > s.end)
    {
        found = Some((span, ids));
    }
    let (mut span, mut ids) = found?;
    let mut end = None;
    loop {
        if overlaps(blocked, &span) || in_domain_token(text, &span) {
            break;
        }
        out.push(Match {
            span: span.clone(),
            regions: Cow::Owned(ids),
            cue: levels,
            cue_start: Some(cue_span.start),
            cue_strong: true,
            weak: false,
            stop: g.is_stop(&norm(&text[span.clone()])),
            source: Source::Cue,
        });
        end = Some(span.end);
        // A list: ", B", " dan C", ", dan D".
        let rest = &text[span.end..];
        let sep = [", dan ", ", serta ", " dan ", " serta ", ", "]
            .iter()
            .find(|s| rest.starts_with(**s));
        let Some(sep) = sep else { break };
        let words = word_run(text, span.end + sep.len(), 5);
        match longest_in(g, text, &words, &maps) {
            Some((s, i)) if !overlaps_tier1(g, text, &s) && !g.is_stop(&norm(&text[s.clone()])) => {
                span = s;
                ids = i;
            }
            _ => break,
        }
    }
    end
}

/// Whether the run at `s` begins with a tier-1 name (left to the trie,
/// which will inherit the list's cue).
fn overlaps_tier1(g: &Gazetteer, text: &str, s: &Range<usize>) -> bool {
    let words = word_run(text, s.start, 5);
    (1..=words.len()).any(|n| {
        let k = norm(&text[words[0].start..words[n - 1].end]);
        g.key_ids.contains_key(&k) || g.cues.contains_key(&k)
    })
}

/// Before ", <match>": a capitalised run whose name is a kecamatan or desa
/// inside one of the match's candidate regions ("Cikini, Jakarta Pusat").
fn chain_lookups(doc: &Doc, g: &Gazetteer, blocked: &Option<Outlet>, matches: &mut Vec<Match>) {
    let text = doc.text.as_str();
    let mut found: Vec<Match> = Vec::new();
    let ends: rustc_hash::FxHashSet<usize> = matches.iter().map(|m| m.span.end).collect();
    for m in matches.iter() {
        let anchor_start = m.cue_start.unwrap_or(m.span.start);
        let lo = window_start(text, anchor_start, 8);
        let head = &text[..lo + text[lo..anchor_start].trim_end().len()];
        let Some(before_comma) = head.strip_suffix(',') else {
            continue;
        };
        let end = before_comma.trim_end().len();
        if end == 0 || ends.contains(&end) {
            continue;
        }
        // Up to four capitalised words ending at `end`.
        let mut starts = Vec::new();
        let mut p = end;
        for _ in 0..4 {
            let lo = window_start(text, p, 40);
            let seg = &text[lo..p];
            let s = lo
                + seg
                    .rfind(|c: char| !(c.is_alphanumeric() || matches!(c, '\'' | '’' | '-')))
                    .map_or(0, |j| j + seg[j..].chars().next().map_or(1, char::len_utf8));
            if s >= p
                || (s == lo && char_before(text, s).is_some_and(is_word_char))
                || !text[s..].starts_with(|c: char| c.is_uppercase() || c.is_ascii_digit())
            {
                break;
            }
            starts.push(s);
            if s == 0 || !text[..s].ends_with(' ') {
                break;
            }
            p = s - 1;
        }
        for &s in starts.iter().rev() {
            let span = s..end;
            if g.is_stop(&norm(&text[span.clone()])) {
                continue;
            }
            let mut ids = tier2_ids(g, &text[span.clone()]);
            ids.retain(|&i| m.regions.iter().any(|&r| g.is_ancestor(r, i)));
            if !ids.is_empty() && !overlaps(blocked, &span) && !context_blocks(text, g, &span) {
                found.push(Match::uncued(span, ids, Source::Chain));
                break;
            }
        }
    }
    matches.extend(found);
}

/// The dateline place, when the trie did not match it, looked up as a
/// kecamatan or desa ("Parit Malintang").
fn dateline_lookup(doc: &Doc, g: &Gazetteer, blocked: &Option<Outlet>, matches: &mut Vec<Match>) {
    let Some(dl) = doc.meta.dateline.as_deref() else {
        return;
    };
    let text = doc.text.as_str();
    let mut cut = text.len().min(200);
    while !text.is_char_boundary(cut) {
        cut -= 1;
    }
    let Some(i) = text[..cut].to_ascii_lowercase().find(&dl.to_ascii_lowercase()) else {
        return;
    };
    if !text.is_char_boundary(i) || !text.is_char_boundary(i + dl.len()) {
        return;
    }
    let span = i..i + dl.len();
    if matches
        .iter()
        .any(|m| m.span.start < span.end && span.start < m.span.end)
        || overlaps(blocked, &span)
    {
        return;
    }
    let k = norm(&text[span.clone()]);
    if g.is_stop(&k) {
        return;
    }
    let ids = tier2_ids(g, &text[span.clone()]);
    if !ids.is_empty() {
        matches.push(Match::uncued(span, ids, Source::Dateline));
    }
}

// ---------------------------------------------------------------------------
// Resolution

fn rank(level: RegionLevel) -> u8 {
    match level {
        RegionLevel::Provinsi => 4,
        RegionLevel::Kabupaten | RegionLevel::Kota => 3,
        RegionLevel::Kecamatan => 2,
        RegionLevel::Desa => 1,
    }
}

/// The candidates of `m` after its cue (all of them when the cue fits none).
/// Cost: a pass over them; a copy only when the cue keeps some but not all.
fn filtered<'a>(g: &Gazetteer, m: &'a Match) -> Cow<'a, [Id]> {
    let fits = |r: &Id| bit(g.entry(*r).level) & m.cue != 0;
    if m.cue == 0 || m.regions.iter().all(fits) || !m.regions.iter().any(fits) {
        return Cow::Borrowed(&m.regions);
    }
    Cow::Owned(m.regions.iter().copied().filter(fits).collect())
}

/// A hasher for entry ids (already well spread): one multiplication.
#[derive(Default, Clone, Copy)]
struct IdHasher(u64);

impl std::hash::Hasher for IdHasher {
    fn finish(&self) -> u64 {
        self.0
    }
    fn write(&mut self, bytes: &[u8]) {
        for &b in bytes {
            self.0 = (self.0.rotate_left(8) ^ u64::from(b)).wrapping_mul(0x9E37_79B9_7F4A_7C15);
        }
    }
    fn write_u32(&mut self, n: u32) {
        self.0 = u64::from(n).wrapping_mul(0x9E37_79B9_7F4A_7C15);
    }
}

/// A map keyed by entry id.
type IdMap<V> = HashMap<Id, V, std::hash::BuildHasherDefault<IdHasher>>;

/// The matches right after one in a comma chain (at most two).
type Adjacent = InlineList<usize, 2>;

/// Ranking of a candidate: adjacent parent, already resolved, two or more
/// ancestors named, level, ancestors named, cued count, kota.
type Score = (bool, bool, bool, u8, u8, usize, bool);

/// The chosen region of each match (NONE: rejected).
fn resolve(doc: &Doc, g: &Gazetteer, matches: &[Match]) -> Vec<Id> {
    let text = doc.text.as_str();
    // A parent right after: the next one or two matches in a comma chain
    // (at most two, so kept inline: no allocation per match).
    let adjacent: Vec<Adjacent> = (0..matches.len())
        .map(|i| {
            let mut out = Adjacent::default();
            let mut cur = i;
            for j in i + 1..matches.len().min(i + 3) {
                let next_start = matches[j].cue_start.unwrap_or(matches[j].span.start);
                if next_start < matches[cur].span.end {
                    continue;
                }
                let between = &text[matches[cur].span.end..next_start];
                if between.trim() != "," {
                    break;
                }
                out.push(j);
                cur = j;
            }
            out
        })
        .collect();
    let cands: Vec<Cow<[Id]>> = matches
        .iter()
        .enumerate()
        .map(|(i, m)| {
            let mut c = filtered(g, m);
            // Desa of the same name when a region follows in a comma chain
            // ("Bangka, Mampang Prapatan": the kelurahan, not the kabupaten).
            if m.source == Source::Automaton && m.cue & (P | B | K | C) == 0 && !adjacent[i].is_empty() {
                g.lookup_into(&g.desa, &text[m.span.clone()], c.to_mut());
            }
            c
        })
        .collect();
    // Regions cued somewhere, and how often.
    let mut cued: IdMap<usize> = IdMap::default();
    for (m, c) in matches.iter().zip(&cands) {
        if m.cue != 0 {
            for &r in c.iter() {
                if bit(g.entry(r).level) & m.cue != 0 {
                    *cued.entry(r).or_default() += 1;
                }
            }
        }
    }
    // Regions vouched for by a level word or a head's title somewhere.
    let mut strong: IdMap<()> = IdMap::default();
    for (m, c) in matches.iter().zip(&cands) {
        if m.cue != 0 && m.cue_strong {
            for &r in c.iter() {
                if bit(g.entry(r).level) & m.cue != 0 {
                    strong.insert(r, ());
                }
            }
        }
    }
    // What the rounds need of each candidate, computed once.
    struct Cand {
        id: Id,
        level: RegionLevel,
        prov: Id,
        reg: Id,
        dis: Id,
        adj: bool,
        cued: usize,
    }
    // All matches' candidates in one vector, match `i`'s at `ranges[i]`
    // (one allocation instead of one per match).
    let mut flat: Vec<Cand> = Vec::with_capacity(cands.iter().map(|c| c.len()).sum());
    let mut ranges: Vec<Range<usize>> = Vec::with_capacity(cands.len());
    for (i, c) in cands.iter().enumerate() {
        let start = flat.len();
        flat.extend(c.iter().map(|&r| {
            Cand {
                id: r,
                level: g.entry(r).level,
                prov: g.province(r),
                reg: g.regency(r),
                dis: g.district(r),
                adj: adjacent[i]
                    .iter()
                    .any(|&j| cands[j].iter().any(|&p| g.is_ancestor(p, r))),
                cued: cued.get(&r).copied().unwrap_or(0),
            }
        }));
        ranges.push(start..flat.len());
    }
    let info = |i: usize| &flat[ranges[i].clone()];
    // Round 0: sure anchors.
    let mut chosen: Vec<Id> = vec![NONE; matches.len()];
    for (i, m) in matches.iter().enumerate() {
        let c = info(i);
        if !c.is_empty() && c.iter().all(|c| rank(c.level) >= 3) && (!m.weak || m.cue_strong) {
            chosen[i] = c
                .iter()
                .min_by_key(|c| {
                    (
                        std::cmp::Reverse(rank(c.level)),
                        std::cmp::Reverse(c.cued),
                        c.level != RegionLevel::Kota,
                        c.id,
                    )
                })
                .map_or(NONE, |c| c.id);
        }
    }
    // The regions chosen in a round, sorted: a region's count is its run
    // (a binary search over a few ids, cheaper than hashing).
    let mut named: Vec<Id> = Vec::with_capacity(matches.len());
    let mut next = vec![NONE; matches.len()];
    for _round in 0..4 {
        named.clear();
        named.extend(chosen.iter().copied().filter(|&r| r != NONE));
        named.sort_unstable();
        for (i, m) in matches.iter().enumerate() {
            // Named by another match (this one's own last choice does not
            // count): `a` at least once more than that, so at `own` past
            // the start of its run.
            let other = |a: Id| {
                let own = usize::from(chosen[i] == a);
                a != NONE && named.get(named.partition_point(|&x| x < a) + own) == Some(&a)
            };
            // A higher-level candidate resolved elsewhere beats ancestor
            // evidence for a lower one ("Bupati Sintang ... Kecamatan Sintang
            // ... SINTANG" is the kabupaten).
            let high_elsewhere = info(i).iter().any(|c| rank(c.level) >= 3 && other(c.id));
            let mut best: Option<(Id, Score)> = None;
            for c in info(i) {
                let r = c.id;
                let eligible = match c.level {
                    RegionLevel::Provinsi | RegionLevel::Kabupaten | RegionLevel::Kota => {
                        !m.weak || strong.contains_key(&r) || c.adj || (c.prov != r && other(c.prov))
                    }
                    RegionLevel::Kecamatan => m.cue & C != 0 || c.adj || (other(c.reg) && !m.stop),
                    RegionLevel::Desa => {
                        m.cue & D != 0
                            || c.adj
                            || m.source == Source::Chain
                            || other(c.dis)
                            || (m.source == Source::Dateline && other(c.reg))
                    }
                };
                if !eligible {
                    continue;
                }
                // Ancestors named in the article confirm a candidate, unless
                // they share its name (the kecamatan Sintang in the kabupaten
                // Sintang is not confirmed by the word "Sintang").
                let name = g.entry(r).name();
                let confirmed = [c.prov, c.reg, c.dis]
                    .iter()
                    .filter(|&&a| a != r && other(a) && !gazetteer::same_name(g.entry(a).name(), name))
                    .count() as u8;
                let score = (
                    c.adj,
                    other(r),
                    confirmed >= 2 && !high_elsewhere,
                    rank(c.level),
                    confirmed,
                    c.cued,
                    c.level == RegionLevel::Kota,
                );
                if best.as_ref().is_none_or(|(_, s)| score > *s) {
                    best = Some((r, score));
                }
            }
            next[i] = best.map_or(NONE, |(r, _)| r);
        }
        if next == chosen {
            break;
        }
        // Every entry of `next` is written each round, so the old
        // choices can be its buffer.
        std::mem::swap(&mut chosen, &mut next);
    }
    chosen
}

// ---------------------------------------------------------------------------
// Output

fn build(doc: &Doc, g: &Gazetteer, matches: &[Match], chosen: &[Id]) -> Vec<Region> {
    let text = doc.text.as_str();
    // The regions in order of first mention, with their mentions and
    // cued-mention counts (one map, from region to place, instead of one
    // per field).
    struct Found {
        id: Id,
        spans: Vec<Range<usize>>,
        cued: usize,
    }
    let mut found: Vec<Found> = Vec::new();
    let mut slot: IdMap<usize> = IdMap::default();
    for (m, &r) in matches.iter().zip(chosen) {
        if r == NONE {
            continue;
        }
        let k = *slot.entry(r).or_insert_with(|| {
            found.push(Found {
                id: r,
                spans: Vec::new(),
                cued: 0,
            });
            found.len() - 1
        });
        found[k].spans.push(m.span.clone());
        if m.cue != 0 {
            found[k].cued += 1;
        }
    }
    // Regions found by a map lookup: their other mentions in the text.
    // (`matches` is sorted and free of overlaps, so overlap is a binary search.)
    let taken = |s: &Range<usize>| {
        let j = matches.partition_point(|o| o.span.end <= s.start);
        j < matches.len() && matches[j].span.start < s.end
    };
    let mut searched: rustc_hash::FxHashSet<(Id, &str)> = rustc_hash::FxHashSet::default();
    for (m, &r) in matches.iter().zip(chosen) {
        if r == NONE || m.source == Source::Automaton {
            continue;
        }
        let name = &text[m.span.clone()];
        // Bounded: each search is a pass over the text.
        if g.is_stop(&norm(name)) || searched.len() >= 64 || !searched.insert((r, name)) {
            continue;
        }
        for i in memchr::memmem::find_iter(text.as_bytes(), name.as_bytes()) {
            let s = i..i + name.len();
            if on_boundaries(text, &s) && !taken(&s) && !context_blocks(text, g, &s) {
                let v = &mut found[slot[&r]].spans;
                if !v.contains(&s) {
                    v.push(s);
                }
            }
        }
    }
    // Primary region.
    let dateline = doc.meta.dateline.as_deref().map(norm);
    // Weight: mentions, plus two per cued or office-title mention, plus
    // three for the dateline (a bureau's "Jakarta" dateline does not outweigh
    // an article full of "Kabupaten Kebumen"); ties go to kabupaten/kota.
    let score = |f: &Found| -> (usize, bool) {
        let e = g.entry(f.id);
        let dl = dateline
            .as_ref()
            .is_some_and(|d| f.spans.iter().any(|s| s.start < 200 && norm(&text[s.clone()]) == *d));
        let weight = f.spans.len() + 2 * f.cued + 3 * usize::from(dl);
        (weight, matches!(e.level, RegionLevel::Kabupaten | RegionLevel::Kota))
    };
    // Ties go to the first mentioned (`max_by_key` would take the last).
    let mut primary = None;
    let mut best = (0, false);
    for (k, f) in found.iter().enumerate() {
        let s = score(f);
        if primary.is_none() || s > best {
            (primary, best) = (Some(k), s);
        }
    }
    found
        .into_iter()
        .enumerate()
        .map(|(k, f)| {
            let (r, mut v) = (f.id, f.spans);
            let e = g.entry(r);
            v.sort_by_key(|s| s.start);
            v.dedup();
            let prov = g.province(r);
            let reg = g.regency(r);
            Region {
                name: e.name().to_string(),
                level: e.level,
                code: e.code().to_string(),
                province: (prov != r).then(|| g.entry(prov).name().to_string()),
                regency: (matches!(e.level, RegionLevel::Kecamatan | RegionLevel::Desa) && reg != NONE)
                    .then(|| g.entry(reg).name().to_string()),
                primary: Some(k) == primary,
                mentions: v.into_iter().map(|s| doc.mention(s)).collect::<Vec<Mention>>(),
            }
        })
        .collect()
}

#[cfg(test)]
mod tests;
