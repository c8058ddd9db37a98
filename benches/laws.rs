//! Throughput of the laws pass over the bundled `corpus/` articles,
//! single-threaded. The documents are cleaned and built outside the timed
//! loop; the registry and trigger automaton are warmed up before it.

use criterion::{Criterion, Throughput, criterion_group, criterion_main};
use std::hint::black_box;
use warta::doc::Doc;
use warta::extract::laws;

fn docs() -> Vec<Doc> {
    let mut paths: Vec<_> = std::fs::read_dir(concat!(env!("CARGO_MANIFEST_DIR"), "/corpus"))
        .expect("corpus/")
        .map(|e| e.expect("entry").path())
        .filter(|p| p.extension().is_some_and(|e| e == "txt"))
        .collect();
    paths.sort();
    paths
        .iter()
        .map(|p| {
            let raw = std::fs::read_to_string(p).expect("utf-8 corpus file");
            let c = warta::clean::text::clean(&raw, None);
            Doc::new(c.text, c.meta)
        })
        .collect()
}

fn bench(c: &mut Criterion) {
    let docs = docs();
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
