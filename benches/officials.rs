//! Throughput of the officials pass over the bundled `corpus/` articles.
//! Docs (cleaning) and the regions pass run outside the timed loop.

mod common;

use criterion::{Criterion, Throughput, criterion_group, criterion_main};
use std::hint::black_box;
use warta::doc::Doc;
use warta::extract::{officials, regions};

fn corpus_with_regions() -> Vec<(Doc, Vec<warta::record::Region>)> {
    common::corpus_docs()
        .into_iter()
        .map(|doc| {
            let regions = regions::extract(&doc);
            (doc, regions)
        })
        .collect()
}

fn bench(c: &mut Criterion) {
    let docs = corpus_with_regions();
    let bytes: usize = docs.iter().map(|(d, _)| d.text.len()).sum();
    // tables are built once, outside the measurement
    let _ = officials::extract(&docs[0].0, &docs[0].1);
    let mut g = c.benchmark_group("officials");
    g.throughput(Throughput::Bytes(bytes as u64));
    g.bench_function("corpus", |b| {
        b.iter(|| {
            for (d, r) in &docs {
                black_box(officials::extract(d, r));
            }
        })
    });
    g.bench_function("corpus_without_regions", |b| {
        b.iter(|| {
            for (d, _) in &docs {
                black_box(officials::extract(d, &[]));
            }
        })
    });
    g.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
