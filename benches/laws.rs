//! Throughput of the laws pass over the bundled `corpus/` articles,
//! single-threaded. The documents are cleaned and built outside the timed
//! loop; the registry and trigger automaton are warmed up before it.

mod common;

use criterion::{Criterion, Throughput, criterion_group, criterion_main};
use std::hint::black_box;
use warta::extract::laws;

fn bench(c: &mut Criterion) {
    let docs = common::corpus_docs();
    let bytes: usize = docs.iter().map(|d| d.text.len()).sum();
    for d in &docs {
        black_box(laws::extract(d)); // build the registry and automaton
    }
    let mut g = c.benchmark_group("laws");
    g.throughput(Throughput::Bytes(bytes as u64));
    g.bench_function("corpus", |b| {
        b.iter(|| {
            for d in &docs {
                black_box(laws::extract(black_box(d)));
            }
        })
    });
    g.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
