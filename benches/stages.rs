//! Throughput of the pipeline's stages other than the extractors (which
//! have a bench each): loading (hash, decode, sniff), cleaning plain text,
//! cleaning HTML, building the `Doc`, all extractors together, and
//! serialising records. Single-threaded; inputs are read before timing and
//! every lazily built table is warmed up first.
//!
//! Text: the five `corpus/` articles. HTML: a page made of the corpus
//! texts with the furniture of a news site around them, so the bench needs
//! nothing outside the repository.

mod common;

use criterion::{Criterion, Throughput, criterion_group, criterion_main};
use std::hint::black_box;
use warta::doc::Doc;
use warta::load::{self, Hint};
use warta::{Options, analyze_bytes};

fn page(text: &str) -> String {
    let mut html = String::from(
        "<!DOCTYPE html><html><head><title>Berita - Contoh</title><script>var a = 1;</script>\
         <style>p{color:red}</style></head><body><nav><ul><li><a href=\"/\">Beranda</a></li>\
         <li><a href=\"/n\">Nasional</a></li></ul></nav><div class=\"share\">Bagikan</div><article>",
    );
    for p in text.split("\n\n") {
        html.push_str("<p>");
        html.push_str(p);
        html.push_str("</p>");
    }
    html.push_str(
        "</article><aside><h3>Terpopuler</h3><ul><li><a href=\"/x\">Berita lain</a></li></ul></aside></body></html>",
    );
    html
}

fn bench(c: &mut Criterion) {
    let texts = common::corpus_texts();
    let pages: Vec<String> = texts.iter().map(|t| page(t)).collect();
    let text_bytes: u64 = texts.iter().map(|t| t.len() as u64).sum();
    let page_bytes: u64 = pages.iter().map(|t| t.len() as u64).sum();
    let options = Options::default();
    let records: Vec<_> = texts
        .iter()
        .flat_map(|t| analyze_bytes(t.as_bytes(), "x.txt", Hint::Text, &options))
        .collect();
    let docs: Vec<Doc> = texts
        .iter()
        .map(|t| {
            let c = warta::clean::text::clean(t, None);
            Doc::new(c.text, c.meta)
        })
        .collect();
    for (t, p) in texts.iter().zip(&pages) {
        black_box(warta::clean::html::clean(p));
        black_box(load::load_bytes(t.as_bytes(), "x.txt", Hint::Sniff));
    }
    for d in &docs {
        black_box(warta::extract::run(d));
    }

    let mut g = c.benchmark_group("stages");
    g.throughput(Throughput::Bytes(text_bytes));
    g.bench_function("load", |b| {
        b.iter(|| {
            for t in &texts {
                black_box(load::load_bytes(black_box(t.as_bytes()), "x.txt", Hint::Sniff));
            }
        })
    });
    g.bench_function("clean_text", |b| {
        b.iter(|| {
            for t in &texts {
                black_box(warta::clean::text::clean(black_box(t), None));
            }
        })
    });
    g.bench_function("doc", |b| {
        b.iter(|| {
            for d in &docs {
                black_box(Doc::new(d.text.clone(), d.meta.clone()));
            }
        })
    });
    g.bench_function("extract_all", |b| {
        b.iter(|| {
            for d in &docs {
                black_box(warta::extract::run(black_box(d)));
            }
        })
    });
    g.bench_function("serialise", |b| {
        b.iter(|| {
            let mut buf = Vec::with_capacity(1 << 16);
            for r in &records {
                serde_json::to_writer(&mut buf, black_box(r)).expect("serialises");
            }
            black_box(buf)
        })
    });
    g.bench_function("whole_text_document", |b| {
        b.iter(|| {
            for t in &texts {
                black_box(analyze_bytes(black_box(t.as_bytes()), "x.txt", Hint::Text, &options));
            }
        })
    });
    g.throughput(Throughput::Bytes(page_bytes));
    g.bench_function("clean_html", |b| {
        b.iter(|| {
            for p in &pages {
                black_box(warta::clean::html::clean(black_box(p)));
            }
        })
    });
    g.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
