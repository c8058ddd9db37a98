//! Where one thread's time goes, stage by stage, on a folder of real text
//! articles, and what the whole analysis costs one document at a time and
//! in the pipeline's batches (a development aid; `benches/e2e` and the
//! criterion benches are the measurement): `cargo run --release --example
//! stage_profile -- target/bench/mem2k`.
//!
//! Every file is read into memory first, so the figures are CPU time per
//! article with no file-system cost; each stage runs once to warm its tables.

use std::path::Path;
use std::time::Instant;
use warta::doc::Doc;
use warta::extract;
use warta::load::{self, Hint};

mod common;

fn main() {
    let dir = std::env::args().nth(1).unwrap_or_else(|| "corpus".into());
    let raw = common::read_folder(Path::new(&dir));
    let n = raw.len() as f64;
    let mb: f64 = raw.iter().map(|r| r.len()).sum::<usize>() as f64 / 1e6;
    println!("{} files, {mb:.1} MB", raw.len());
    let texts: Vec<String> = raw.iter().map(|r| String::from_utf8_lossy(r).into_owned()).collect();
    let cleaned: Vec<_> = texts.iter().map(|t| warta::clean::text::clean(t, None)).collect();
    let docs: Vec<Doc> = cleaned
        .iter()
        .map(|c| Doc::new(c.text.clone(), c.meta.clone()))
        .collect();
    let mut total = 0.0;
    let mut time = |name: &str, f: &mut dyn FnMut(usize)| {
        // Warm on every article, not a few: a table built on first use by a
        // rare case (the regions gazetteer, on the first Perda the
        // laws pass meets) is a one-off per process, not a cost per article.
        for i in 0..raw.len() {
            f(i);
        }
        let t = Instant::now();
        for i in 0..raw.len() {
            f(i);
        }
        let us = t.elapsed().as_secs_f64() * 1e6 / n;
        total += us;
        println!("{name:14} {us:8.2} µs/article");
    };
    time("load", &mut |i| {
        std::hint::black_box(load::load_bytes(&raw[i], "x.txt", Hint::Text));
    });
    time("clean_text", &mut |i| {
        std::hint::black_box(warta::clean::text::clean(&texts[i], None));
    });
    time("lang", &mut |i| {
        std::hint::black_box(warta::lang::detect(&docs[i].text));
    });
    time("doc", &mut |i| {
        std::hint::black_box(Doc::new(cleaned[i].text.clone(), cleaned[i].meta.clone()));
    });
    time("laws", &mut |i| {
        std::hint::black_box(extract::laws::extract(&docs[i]));
    });
    time("dates", &mut |i| {
        std::hint::black_box(extract::dates::extract(&docs[i], &[]));
    });
    time("regions", &mut |i| {
        std::hint::black_box(extract::regions::extract(&docs[i]));
    });
    let regions: Vec<_> = docs.iter().map(extract::regions::extract).collect();
    time("officials", &mut |i| {
        std::hint::black_box(extract::officials::extract(&docs[i], &regions[i]));
    });
    time("pledges", &mut |i| {
        std::hint::black_box(extract::pledges::extract(&docs[i]));
    });
    let options = warta::Options {
        keep_text: false,
        ..Default::default()
    };
    let records: Vec<_> = raw
        .iter()
        .flat_map(|r| warta::analyze_bytes(r, "x.txt", Hint::Text, &options))
        .collect();
    let mut buf = Vec::new();
    time("serialize", &mut |i| {
        buf.clear();
        serde_json::to_writer(&mut buf, &records[i]).expect("serialise");
        std::hint::black_box(&buf);
    });
    println!("{:14} {total:8.2} µs/article (sum)", "total");
    let t = Instant::now();
    for r in &raw {
        std::hint::black_box(warta::analyze_bytes(r, "x.txt", Hint::Text, &options));
    }
    let us = t.elapsed().as_secs_f64() * 1e6 / n;
    println!(
        "{:14} {us:8.2} µs/article, {:.1} MB/s (one document at a time)",
        "analyze_bytes",
        mb / (us * n / 1e6)
    );
    // What the pipeline does: batches, each stage over the whole batch.
    let t = Instant::now();
    for batch in raw.chunks(warta::pipeline::BATCH_DOCS) {
        let outcomes = batch
            .iter()
            .flat_map(|r| load::load_bytes(r, "x.txt", Hint::Text))
            .collect();
        std::hint::black_box(warta::analyze_outcomes(outcomes, &options));
    }
    let us = t.elapsed().as_secs_f64() * 1e6 / n;
    println!(
        "{:14} {us:8.2} µs/article, {:.1} MB/s (batches of {}, stage by stage)",
        "batched",
        mb / (us * n / 1e6),
        warta::pipeline::BATCH_DOCS
    );
}
