//! Times the officials pass alone on a folder of text articles (a
//! development aid): `cargo run --release --example officials_only -- DIR [REPS]`.
//! With `OFFICIALS_DUMP=FILE` it writes every article's officials and
//! offices as debug text, for a quick before/after comparison.

use std::path::Path;
use std::time::Instant;
use warta::doc::Doc;
use warta::extract;

mod common;

fn main() {
    let mut args = std::env::args().skip(1);
    let dir = args.next().unwrap_or_else(|| "corpus".into());
    let reps: usize = args.next().map_or(1, |r| r.parse().expect("reps"));
    let raw = common::read_folder(Path::new(&dir));
    let docs: Vec<Doc> = raw
        .iter()
        .map(|r| {
            let c = warta::clean::text::clean(&String::from_utf8_lossy(r), None);
            Doc::new(c.text, c.meta)
        })
        .collect();
    let regions: Vec<_> = docs.iter().map(extract::regions::extract).collect();
    if let Ok(path) = std::env::var("OFFICIALS_DUMP") {
        let mut s = String::new();
        for (d, r) in docs.iter().zip(&regions) {
            s.push_str(&format!("{:?}\n", extract::officials::extract(d, r)));
        }
        std::fs::write(path, s).expect("dump");
    }
    let t = Instant::now();
    for _ in 0..reps {
        for (d, r) in docs.iter().zip(&regions) {
            std::hint::black_box(extract::officials::extract(d, r));
        }
    }
    let us = t.elapsed().as_secs_f64() * 1e6 / (docs.len() * reps) as f64;
    println!("officials {us:.2} µs/article ({} articles x {reps})", docs.len());
}
