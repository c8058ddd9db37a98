//! Throughput of the pledges pass over the bundled `corpus/` articles. The
//! docs are cleaned and built outside the timed loop; the loop runs only
//! `extract::pledges::extract` (`corpus`: sentence split cached in the doc
//! after the first round; `corpus_fresh_docs`: new docs every round, so the
//! split is paid too). Start-up (parsing the tables, building the
//! automaton and regexes) is measured separately by the first call.

use std::hint::black_box;
use std::time::Instant;

mod common;

use criterion::{BatchSize, Criterion, Throughput, criterion_group, criterion_main};
use warta::clean::text::clean;
use warta::doc::Doc;
use warta::extract::pledges;

fn texts() -> Vec<(String, warta::doc::Meta)> {
    common::corpus_texts()
        .iter()
        .map(|raw| {
            let c = clean(raw, None);
            (c.text, c.meta)
        })
        .collect()
}

fn build(texts: &[(String, warta::doc::Meta)]) -> Vec<Doc> {
    texts.iter().map(|(t, m)| Doc::new(t.clone(), m.clone())).collect()
}

fn bench(c: &mut Criterion) {
    let texts = texts();
    let docs = build(&texts);
    let bytes: usize = docs.iter().map(|d| d.text.len()).sum();
    let t = Instant::now();
    let lists: usize = docs.iter().map(|d| pledges::extract(d).lists.len()).sum();
    eprintln!("first pass (with table start-up): {:?}, {lists} lists", t.elapsed());
    let mut g = c.benchmark_group("pledges");
    g.throughput(Throughput::Bytes(bytes as u64));
    g.bench_function("corpus", |b| {
        b.iter(|| {
            for d in &docs {
                black_box(pledges::extract(black_box(d)));
            }
        })
    });
    // Fresh docs each round: the pass also pays for the doc's sentence
    // split, which the warm run above finds cached.
    g.bench_function("corpus_fresh_docs", |b| {
        b.iter_batched(
            || build(&texts),
            |ds| {
                for d in &ds {
                    black_box(pledges::extract(black_box(d)));
                }
            },
            BatchSize::SmallInput,
        )
    });
    g.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
