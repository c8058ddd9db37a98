//! Throughput of the regions pass over the five articles of `corpus/`, with
//! the documents cleaned and built outside the timed loop, and the start-up
//! cost: parsing the embedded gazetteer and building its matchers.

use std::hint::black_box;
use std::time::Duration;

mod common;

use criterion::{Criterion, Throughput, criterion_group, criterion_main};
use warta::extract::regions;
use warta::extract::regions::gazetteer::Gazetteer;

fn bench(c: &mut Criterion) {
    let docs = common::corpus_docs();
    let bytes: usize = docs.iter().map(|d| d.text.len()).sum();
    // First use builds the gazetteer; keep that out of the loop.
    black_box(regions::extract(&docs[0]));
    let mut group = c.benchmark_group("regions");
    group.throughput(Throughput::Bytes(bytes as u64));
    group.bench_function("corpus", |b| {
        b.iter(|| {
            for doc in &docs {
                black_box(regions::extract(black_box(doc)));
            }
        })
    });
    group.finish();

    let mut group = c.benchmark_group("regions-startup");
    group.sample_size(10).measurement_time(Duration::from_secs(8));
    group.bench_function("gazetteer-build", |b| b.iter(|| black_box(Gazetteer::build())));
    group.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
