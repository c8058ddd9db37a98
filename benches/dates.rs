//! Throughput of the dates pass over the five articles of `corpus/`, with
//! the documents cleaned and built outside the timed loop.

use std::hint::black_box;

mod common;

use criterion::{Criterion, Throughput, criterion_group, criterion_main};
use warta::doc::Doc;
use warta::extract::dates;

fn bench(c: &mut Criterion) {
    let docs = common::corpus_docs();
    let bytes: usize = docs.iter().map(|d| d.text.len()).sum();
    // First use parses the word tables and builds the automaton: start-up
    // cost, reported once and kept out of the loop.
    let t = std::time::Instant::now();
    black_box(dates::extract(&docs[0], &[]));
    eprintln!("dates: first call, tables included: {:?}", t.elapsed());
    let mut group = c.benchmark_group("dates");
    group.throughput(Throughput::Bytes(bytes as u64));
    group.bench_function("corpus", |b| {
        b.iter(|| {
            for doc in &docs {
                black_box(dates::extract(black_box(doc), &[]));
            }
        })
    });
    // The same documents without publication dates: no relative-form pass.
    let unanchored: Vec<Doc> = docs
        .iter()
        .map(|d| {
            let mut meta = d.meta.clone();
            meta.published = None;
            Doc::new(d.text.clone(), meta)
        })
        .collect();
    group.bench_function("corpus_without_published", |b| {
        b.iter(|| {
            for doc in &unanchored {
                black_box(dates::extract(black_box(doc), &[]));
            }
        })
    });
    group.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
