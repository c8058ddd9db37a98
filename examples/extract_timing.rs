//! Rough per-extractor timing over `corpus/` (a development aid; the
//! criterion benches are the measurement): `cargo run --release --example
//! extract_timing`.

use std::time::Instant;
use warta::doc::Doc;
use warta::extract;

fn main() {
    let mut docs = Vec::new();
    for e in std::fs::read_dir("corpus").expect("run from the repository root") {
        let p = e.expect("entry").path();
        if p.extension().is_some_and(|x| x == "txt") {
            let c = warta::clean::text::clean(&std::fs::read_to_string(&p).expect("utf-8"), None);
            docs.push(Doc::new(c.text, c.meta));
        }
    }
    let bytes: usize = docs.iter().map(|d| d.text.len()).sum();
    let rounds = 200;
    let time = |name: &str, f: &dyn Fn(&Doc)| {
        for d in &docs {
            f(d);
        }
        let t = Instant::now();
        for _ in 0..rounds {
            for d in &docs {
                f(d);
            }
        }
        let secs = t.elapsed().as_secs_f64();
        println!("{name:10} {:8.1} MB/s", (bytes * rounds) as f64 / secs / 1e6);
    };
    time("laws", &|d| drop(std::hint::black_box(extract::laws::extract(d))));
    time("dates", &|d| {
        drop(std::hint::black_box(extract::dates::extract(d, &[])))
    });
    time("regions", &|d| drop(std::hint::black_box(extract::regions::extract(d))));
    time("pledges", &|d| drop(std::hint::black_box(extract::pledges::extract(d))));
    let fresh = |d: &Doc| Doc::new(d.text.clone(), d.meta.clone());
    time("pledges*", &|d| {
        drop(std::hint::black_box(extract::pledges::extract(&fresh(d))))
    });
    time("all", &|d| drop(std::hint::black_box(extract::run(d))));
}
