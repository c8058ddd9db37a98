//! Regions (issue 3): every Indonesian administrative region an article
//! names, with its Kemendagri code, resolved in context.
//!
//! # The problem
//!
//! The gazetteer ([`gazetteer`]) holds 38 provinsi, 514 kabupaten/kota,
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
//! # Tier 1: one automaton
//!
//! One Aho-Corasick automaton (leftmost-longest, ASCII case-insensitive, a
//! DFA) holds the names of provinsi, kabupaten/kota and kecamatan (four
//! letters or more, no stop words), the aliases of
//! `data/regions_aliases.tsv` ("Kalbar", "Gumas", "Toba Samosir", "Jaksel")
//! and the cue words of `data/regions_words.tsv` ("Kabupaten", "Kota",
//! "Bupati", "Camat", "Kelurahan", ...). A hit counts only when
//!
//! - it sits on word boundaries (so "insidepontianak" has no "Pontianak");
//! - the text has the capitals of the name ("Kapuas" or "KAPUAS", never
//!   "kapuas"; acronyms like "NTT" all in capitals). When the longest hit
//!   fails this, shorter prefixes of it are tried;
//! - it is not inside a URL, an e-mail address or a domain-like token
//!   ("POS-KUPANG.COM", "prokalteng.co"), nor part of the outlet's name as
//!   the cleaner found it (`doc.meta.outlet`) in the lead, nor of an outlet
//!   name built from a region ("Kalteng Pos", "Tribun Jateng");
//! - it is not preceded by a word that makes it part of another proper name
//!   ("Jalan Medan Merdeka", "Danau Toba", "Pulau Nias", "Kuala Kurun").
//!
//! A cue written right before a name (only spaces between) restricts the
//! levels the name may have: "Kota Bandung" is the kota, "Bupati Bandung"
//! the kabupaten, "Gubernur Jambi" the provinsi. A name in a list after a
//! cued name inherits its cue ("Kecamatan Sepang, Mihing Raya, dan Kurun").
//! A cue whose levels fit no candidate is ignored ("Balai Kota Jakarta").
//!
//! # Tier 2: hash maps for kecamatan and desa
//!
//! Desa/kelurahan names (and short or common kecamatan names) are looked up
//! in hash maps only for a capitalised word run
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
//!    Timur, is the kecamatan there);
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
//! `primary` marks one region: the dateline's if the dateline names one,
//! else the one with the most office-title and cued mentions plus mentions,
//! kabupaten/kota before provinsi on ties.
//!
//! Cost: one automaton pass over the text plus work proportional to the
//! number of hits; no allocation per byte. The gazetteer is built once per
//! process (see [`gazetteer::gazetteer`]).

pub mod gazetteer;

use std::collections::HashMap;
use std::ops::Range;

use aho_corasick::Input;

use crate::doc::Doc;
use crate::record::{Mention, Region, RegionLevel};
use gazetteer::{B, C, Cue, D, Gazetteer, Id, K, Levels, NONE, P, bit, gazetteer, norm};

/// Finds the administrative regions `doc` names; see the module docs.
/// Cost: linear in the text plus a small amount per name found.
pub fn extract(doc: &Doc) -> Vec<Region> {
    let g = gazetteer();
    let blocked = blocked_spans(doc, g);
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
    /// The automaton.
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
struct Match {
    span: Range<usize>,
    regions: Vec<Id>,
    /// Levels of the cue before it (0: none).
    cue: Levels,
    /// Start of the cue, when there is one.
    cue_start: Option<usize>,
    weak: bool,
    source: Source,
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
    let start = text[lo..span.start]
        .char_indices()
        .rev()
        .find(|(_, c)| c.is_whitespace())
        .map_or(lo, |(j, c)| lo + j + c.len_utf8());
    let end = text[span.end..hi]
        .find(char::is_whitespace)
        .map_or(hi, |j| span.end + j);
    let tok = &text[start..end];
    if tok.contains('@') || tok.contains("://") || tok.to_ascii_lowercase().starts_with("www.") {
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

/// Byte ranges no region may be matched in: the outlet's own name where the
/// cleaner saw it (in the lead, or anywhere when it looks like a domain or
/// publication), found case-insensitively.
fn blocked_spans(doc: &Doc, g: &Gazetteer) -> Vec<Range<usize>> {
    let mut out = Vec::new();
    let Some(outlet) = doc.meta.outlet.as_deref().map(str::trim).filter(|o| o.len() >= 3) else {
        return out;
    };
    let publication = outlet.contains('.')
        || outlet
            .split_whitespace()
            .any(|w| g.outlet_after.contains(&w) || g.outlet_before.contains(&w));
    let lower_text = doc.text.to_ascii_lowercase();
    let lower = outlet.to_ascii_lowercase();
    for (i, _) in lower_text.match_indices(&lower) {
        let span = i..i + lower.len();
        if !doc.text.is_char_boundary(span.start) || !doc.text.is_char_boundary(span.end) {
            continue;
        }
        let para_start = doc.text[..i].rfind("\n\n").map_or(0, |j| j + 2);
        let lead = doc.text[para_start..i].trim().is_empty()
            && doc.text[span.end..]
                .trim_start()
                .starts_with([':', '-', '–', '—', ',', '(', '|']);
        if publication || lead || i < 120 {
            out.push(span);
        }
    }
    out
}

fn overlaps(blocked: &[Range<usize>], span: &Range<usize>) -> bool {
    blocked.iter().any(|b| b.start < span.end && span.start < b.end)
}

/// Whether a name at `span` is part of another proper name or an outlet's.
fn context_blocks(text: &str, g: &Gazetteer, span: &Range<usize>) -> bool {
    if let Some((_, w)) = word_before(text, span.start) {
        if g.before.contains(&w) || g.outlet_before.contains(&w) {
            return true;
        }
        // "Pos Kupang" written in capitals: "POS KUPANG".
        let up = w.to_ascii_uppercase();
        if w == up && g.outlet_before.iter().any(|o| o.to_ascii_uppercase() == up) && w.len() > 1 {
            return true;
        }
    }
    if let Some(w) = word_after(text, span.end)
        && (g.outlet_after.contains(&w)
            || (w.len() > 2
                && w.chars().all(|c| c.is_ascii_uppercase())
                && g.outlet_after
                    .iter()
                    .any(|o| o.to_ascii_uppercase() == w && o.len() > 2)))
    {
        return true;
    }
    in_domain_token(text, span)
}

// ---------------------------------------------------------------------------
// Tier 1

/// Runs the automaton over the text and keeps the hits that count; cue
/// words trigger tier-2 lookups for kecamatan and desa.
fn scan(doc: &Doc, g: &Gazetteer, blocked: &[Range<usize>]) -> Vec<Match> {
    let text = doc.text.as_str();
    let bytes = text.as_bytes();
    let mut out: Vec<Match> = Vec::new();
    let mut last_cue: Option<(Cue, Range<usize>)> = None;
    let mut pos = 0;
    while pos < text.len() {
        let Some(m) = g.automaton.find(Input::new(text).span(pos..text.len())) else {
            break;
        };
        let mut span = m.start()..m.end();
        let mut key = m.pattern().as_u32();
        if !(on_boundaries(text, &span) && caps_ok(bytes, &span, &g.keys[key as usize].caps)) {
            // Try shorter word prefixes of the hit ("Bandung barat" -> "Bandung").
            match shorter_prefix(text, g, &span) {
                Some((s, k)) => {
                    span = s;
                    key = k;
                }
                None => {
                    pos = m.start() + 1;
                    continue;
                }
            }
        }
        pos = span.end;
        let k = &g.keys[key as usize];
        if let Some(cue) = k.cue
            && k.regions.is_empty()
        {
            if cue.cased && !caps_ok(bytes, &span, &k.caps) {
                continue;
            }
            if cue.levels & (C | D) != 0 && cue.levels & (P | B | K) == 0 {
                // Tier 2 after a kecamatan/desa cue.
                let found = cue_lookup(text, g, blocked, cue.levels, span.clone(), &mut out);
                if let Some(end) = found {
                    pos = end;
                    last_cue = None;
                    continue;
                }
            }
            last_cue = Some((cue, span));
            continue;
        }
        if overlaps(blocked, &span) || context_blocks(text, g, &span) {
            last_cue = None;
            continue;
        }
        let mut cue_levels = 0;
        let mut cue_start = None;
        if let Some((cue, cs)) = &last_cue
            && text[cs.end..span.start].trim().is_empty()
        {
            cue_levels = cue.levels;
            cue_start = Some(cs.start);
        } else if let Some(prev) = out.last()
            && prev.cue != 0
            && is_list_separator(&text[prev.span.end..span.start])
        {
            cue_levels = prev.cue;
        }
        last_cue = None;
        out.push(Match {
            span,
            regions: k.regions.clone(),
            cue: cue_levels,
            cue_start,
            weak: k.weak,
            source: Source::Automaton,
        });
    }
    out
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
    text: &str,
    words: &[Range<usize>],
    maps: &[&HashMap<String, Vec<Id>>],
) -> Option<(Range<usize>, Vec<Id>)> {
    for n in (1..=words.len()).rev() {
        let span = words[0].start..words[n - 1].end;
        let k = norm(&text[span.clone()]);
        let mut ids = Vec::new();
        for m in maps {
            if let Some(v) = m.get(&k) {
                ids.extend_from_slice(v);
            }
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
    blocked: &[Range<usize>],
    levels: Levels,
    cue_span: Range<usize>,
    out: &mut Vec<Match>,
) -> Option<usize> {
    let maps: Vec<&HashMap<String, Vec<Id>>> = match (levels & C != 0, levels & D != 0) {
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
            && let Some((span, ids)) = longest_in(text, &words, &maps)
            && span.end > cue_span.end
        {
            found = Some((span, ids));
        }
    }
    if found.is_none() {
        let words = word_run(text, cue_span.end, 5);
        if words.first().is_some_and(|w| w.start > cue_span.end) {
            found = longest_in(text, &words, &maps);
        }
    }
    let (mut span, mut ids) = found?;
    let mut end = None;
    loop {
        if overlaps(blocked, &span) || in_domain_token(text, &span) {
            break;
        }
        out.push(Match {
            span: span.clone(),
            regions: ids,
            cue: levels,
            cue_start: Some(cue_span.start),
            weak: false,
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
        match longest_in(text, &words, &maps) {
            Some((s, i)) if !overlaps_tier1(g, text, &s) && !g.is_stop(&norm(&text[s.clone()])) => {
                span = s;
                ids = i;
            }
            _ => break,
        }
    }
    end
}

/// Whether the run at `s` begins with a tier-1 name (left to the automaton,
/// which will inherit the list's cue).
fn overlaps_tier1(g: &Gazetteer, text: &str, s: &Range<usize>) -> bool {
    let words = word_run(text, s.start, 5);
    (1..=words.len()).any(|n| {
        let k = norm(&text[words[0].start..words[n - 1].end]);
        g.key_ids.get(&k).is_some_and(|&id| {
            let key = &g.keys[id as usize];
            !key.regions.is_empty() || key.cue.is_some()
        })
    })
}

/// Before ", <match>": a capitalised run whose name is a kecamatan or desa
/// inside one of the match's candidate regions ("Cikini, Jakarta Pusat").
fn chain_lookups(doc: &Doc, g: &Gazetteer, blocked: &[Range<usize>], matches: &mut Vec<Match>) {
    let text = doc.text.as_str();
    let mut found: Vec<Match> = Vec::new();
    let ends: std::collections::HashSet<usize> = matches.iter().map(|m| m.span.end).collect();
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
            let k = norm(&text[span.clone()]);
            let mut ids: Vec<Id> = Vec::new();
            for map in [&g.kecamatan, &g.desa] {
                if let Some(v) = map.get(&k) {
                    ids.extend(v.iter().filter(|&&i| m.regions.iter().any(|&r| g.is_ancestor(r, i))));
                }
            }
            if !ids.is_empty() && !overlaps(blocked, &span) && !context_blocks(text, g, &span) {
                found.push(Match {
                    span,
                    regions: ids,
                    cue: 0,
                    cue_start: None,
                    weak: false,
                    source: Source::Chain,
                });
                break;
            }
        }
    }
    matches.extend(found);
}

/// The dateline place, when the automaton did not match it, looked up as a
/// kecamatan or desa ("Parit Malintang").
fn dateline_lookup(doc: &Doc, g: &Gazetteer, blocked: &[Range<usize>], matches: &mut Vec<Match>) {
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
    let mut ids = Vec::new();
    for map in [&g.kecamatan, &g.desa] {
        if let Some(v) = map.get(&k) {
            ids.extend_from_slice(v);
        }
    }
    if !ids.is_empty() {
        matches.push(Match {
            span,
            regions: ids,
            cue: 0,
            cue_start: None,
            weak: false,
            source: Source::Dateline,
        });
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
fn filtered(g: &Gazetteer, m: &Match) -> Vec<Id> {
    if m.cue != 0 {
        let f: Vec<Id> = m
            .regions
            .iter()
            .copied()
            .filter(|&r| bit(g.entry(r).level) & m.cue != 0)
            .collect();
        if !f.is_empty() {
            return f;
        }
    }
    m.regions.clone()
}

/// Ranking of a candidate: adjacent parent, already resolved, two or more
/// ancestors named, level, ancestors named, cued count, kota.
type Score = (bool, bool, bool, u8, u8, usize, bool);

/// The chosen region of each match (NONE: rejected).
fn resolve(doc: &Doc, g: &Gazetteer, matches: &[Match]) -> Vec<Id> {
    let text = doc.text.as_str();
    let cands: Vec<Vec<Id>> = matches
        .iter()
        .map(|m| {
            let mut c = filtered(g, m);
            // Desa of the same name, for "Bangka, Mampang Prapatan".
            if m.source == Source::Automaton
                && m.cue & (P | B | K | C) == 0
                && let Some(v) = g.desa.get(&norm(&text[m.span.clone()]))
            {
                c.extend_from_slice(v);
            }
            c
        })
        .collect();
    // A parent right after: the next one or two matches in a comma chain.
    let adjacent: Vec<Vec<usize>> = (0..matches.len())
        .map(|i| {
            let mut out = Vec::new();
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
    // Regions cued somewhere, and how often.
    let mut cued: HashMap<Id, usize> = HashMap::new();
    for (m, c) in matches.iter().zip(&cands) {
        if m.cue != 0 {
            for &r in c {
                if bit(g.entry(r).level) & m.cue != 0 {
                    *cued.entry(r).or_default() += 1;
                }
            }
        }
    }
    // Round 0: sure anchors.
    let mut chosen: Vec<Id> = vec![NONE; matches.len()];
    for (i, m) in matches.iter().enumerate() {
        let c = &cands[i];
        if c.iter().all(|&r| rank(g.entry(r).level) >= 3) && !(m.weak && m.cue == 0) {
            let mut best = c.clone();
            best.sort_by_key(|&r| {
                let e = g.entry(r);
                (
                    std::cmp::Reverse(rank(e.level)),
                    std::cmp::Reverse(cued.get(&r).copied().unwrap_or(0)),
                    e.level != RegionLevel::Kota,
                    r,
                )
            });
            if let Some(&b) = best.first() {
                chosen[i] = b;
            }
        }
    }
    for _round in 0..4 {
        let mut counts: HashMap<Id, usize> = HashMap::new();
        for &r in chosen.iter().filter(|&&r| r != NONE) {
            *counts.entry(r).or_default() += 1;
        }
        let mut next = vec![NONE; matches.len()];
        for (i, m) in matches.iter().enumerate() {
            // Named by another match (this one's own last choice does not count).
            let other = |a: Id| counts.get(&a).copied().unwrap_or(0) > usize::from(chosen[i] == a);
            let adj_parent = |r: Id| {
                adjacent[i]
                    .iter()
                    .any(|&j| cands[j].iter().any(|&p| g.is_ancestor(p, r)))
            };
            let mut best: Option<(Id, Score)> = None;
            for &r in &cands[i] {
                let e = g.entry(r);
                let adj = adj_parent(r);
                let prov = g.province(r);
                let reg = g.regency(r);
                let dis = g.district(r);
                let eligible = match e.level {
                    RegionLevel::Provinsi | RegionLevel::Kabupaten | RegionLevel::Kota => {
                        !m.weak
                            || m.cue & bit(e.level) != 0
                            || cued.contains_key(&r)
                            || adj
                            || (prov != r && other(prov))
                    }
                    RegionLevel::Kecamatan => {
                        m.cue & C != 0 || adj || (other(reg) && !g.is_stop(&norm(&text[m.span.clone()])))
                    }
                    RegionLevel::Desa => {
                        m.cue & D != 0
                            || adj
                            || m.source == Source::Chain
                            || other(dis)
                            || (m.source == Source::Dateline && other(reg))
                    }
                };
                if !eligible {
                    continue;
                }
                let confirmed = [prov, reg, dis]
                    .iter()
                    .filter(|&&a| a != NONE && a != r && other(a))
                    .count() as u8;
                let score = (
                    adj,
                    other(r),
                    confirmed >= 2,
                    rank(e.level),
                    confirmed,
                    cued.get(&r).copied().unwrap_or(0),
                    e.level == RegionLevel::Kota,
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
        chosen = next;
    }
    chosen
}

// ---------------------------------------------------------------------------
// Output

fn build(doc: &Doc, g: &Gazetteer, matches: &[Match], chosen: &[Id]) -> Vec<Region> {
    let text = doc.text.as_str();
    let mut order: Vec<Id> = Vec::new();
    let mut spans: HashMap<Id, Vec<Range<usize>>> = HashMap::new();
    let mut cued: HashMap<Id, usize> = HashMap::new();
    for (m, &r) in matches.iter().zip(chosen) {
        if r == NONE {
            continue;
        }
        if !spans.contains_key(&r) {
            order.push(r);
        }
        spans.entry(r).or_default().push(m.span.clone());
        if m.cue != 0 {
            *cued.entry(r).or_default() += 1;
        }
    }
    // Regions found by a map lookup: their other mentions in the text.
    // (`matches` is sorted and free of overlaps, so overlap is a binary search.)
    let taken = |s: &Range<usize>| {
        let j = matches.partition_point(|o| o.span.end <= s.start);
        j < matches.len() && matches[j].span.start < s.end
    };
    let mut searched: std::collections::HashSet<(Id, &str)> = std::collections::HashSet::new();
    for (m, &r) in matches.iter().zip(chosen) {
        if r == NONE || m.source == Source::Automaton {
            continue;
        }
        let name = &text[m.span.clone()];
        if g.is_stop(&norm(name)) || !searched.insert((r, name)) {
            continue;
        }
        for (i, _) in text.match_indices(name) {
            let s = i..i + name.len();
            if on_boundaries(text, &s) && !taken(&s) && !context_blocks(text, g, &s) {
                let v = spans.entry(r).or_default();
                if !v.contains(&s) {
                    v.push(s);
                }
            }
        }
    }
    // Primary region.
    let dateline = doc.meta.dateline.as_deref().map(norm);
    let score = |r: Id| -> (bool, usize, bool) {
        let e = g.entry(r);
        let dl = dateline
            .as_ref()
            .is_some_and(|d| spans[&r].iter().any(|s| s.start < 200 && norm(&text[s.clone()]) == *d));
        let weight = spans[&r].len() + 2 * cued.get(&r).copied().unwrap_or(0);
        (
            dl,
            weight,
            matches!(e.level, RegionLevel::Kabupaten | RegionLevel::Kota),
        )
    };
    let best = order.iter().map(|&r| score(r)).max();
    // Ties go to the first mentioned.
    let primary = best.and_then(|s| order.iter().copied().find(|&r| score(r) == s));
    order
        .into_iter()
        .map(|r| {
            let e = g.entry(r);
            let mut v = spans.remove(&r).unwrap_or_default();
            v.sort_by_key(|s| s.start);
            v.dedup();
            let prov = g.province(r);
            let reg = g.regency(r);
            Region {
                name: e.name.to_string(),
                level: e.level,
                code: e.code.to_string(),
                province: (prov != r).then(|| g.entry(prov).name.to_string()),
                regency: (matches!(e.level, RegionLevel::Kecamatan | RegionLevel::Desa) && reg != NONE)
                    .then(|| g.entry(reg).name.to_string()),
                primary: Some(r) == primary,
                mentions: v.into_iter().map(|s| doc.mention(s)).collect::<Vec<Mention>>(),
            }
        })
        .collect()
}

#[cfg(test)]
mod tests;
