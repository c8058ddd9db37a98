//! Runs one stage over a folder of text articles `REPS` times, for
//! instruction counts of that stage alone (a development aid):
//! `one_stage STAGE DIR [REPS]`, STAGE one of clean_text, lang, regions,
//! officials (with the regions pass's output computed in the set-up), laws,
//! dates, pledges, e.g.
//! `valgrind --tool=callgrind --toggle-collect='*run_lang*'
//! target/profiling/examples/one_stage lang target/bench/mem2k`. Each stage
//! runs in its own `run_*` function so that `--toggle-collect` can isolate it
//! from the set-up (reading, cleaning, the gazetteer build).
use std::path::Path;
use warta::doc::Doc;

mod common;

#[inline(never)]
fn run_clean(texts: &[String]) {
    for t in texts {
        std::hint::black_box(warta::clean::text::clean(t, None));
    }
}
#[inline(never)]
fn run_lang(docs: &[Doc]) {
    for d in docs {
        std::hint::black_box(warta::lang::detect(&d.text));
    }
}
#[inline(never)]
fn run_regions(docs: &[Doc]) {
    for d in docs {
        std::hint::black_box(warta::extract::regions::extract(d));
    }
}
#[inline(never)]
fn run_officials(docs: &[Doc], regions: &[Vec<warta::record::Region>]) {
    for (d, r) in docs.iter().zip(regions) {
        std::hint::black_box(warta::extract::officials::extract(d, r));
    }
}

#[inline(never)]
fn run_laws(docs: &[Doc]) {
    for d in docs {
        std::hint::black_box(warta::extract::laws::extract(d));
    }
}
#[inline(never)]
fn run_dates(docs: &[Doc]) {
    for d in docs {
        std::hint::black_box(warta::extract::dates::extract(d, &[]));
    }
}
#[inline(never)]
fn run_pledges(docs: &[Doc]) {
    for d in docs {
        std::hint::black_box(warta::extract::pledges::extract(d));
    }
}

fn main() {
    let a: Vec<String> = std::env::args().collect();
    let stage = a[1].clone();
    let reps: usize = a.get(3).map_or(1, |r| r.parse().unwrap());
    let raw = common::read_folder(Path::new(&a[2]));
    let texts: Vec<String> = raw.iter().map(|r| String::from_utf8_lossy(r).into_owned()).collect();
    let cleaned: Vec<_> = texts.iter().map(|t| warta::clean::text::clean(t, None)).collect();
    let docs: Vec<Doc> = cleaned
        .iter()
        .map(|c| Doc::new(c.text.clone(), c.meta.clone()))
        .collect();
    // Tables built on first use are start-up, not a cost per article.
    for d in &docs {
        match stage.as_str() {
            "regions" => drop(warta::extract::regions::extract(d)),
            "laws" => drop(warta::extract::laws::extract(d)),
            "dates" => drop(warta::extract::dates::extract(d, &[])),
            "pledges" => drop(warta::extract::pledges::extract(d)),
            _ => break,
        }
    }
    let regions: Vec<_> = if stage == "officials" {
        docs.iter().map(warta::extract::regions::extract).collect()
    } else {
        Vec::new()
    };
    if stage == "officials" {
        warta::extract::officials::warm_up();
    }
    let t = std::time::Instant::now();
    for _ in 0..reps {
        match stage.as_str() {
            "clean_text" => run_clean(&texts),
            "lang" => run_lang(&docs),
            "regions" => run_regions(&docs),
            "officials" => run_officials(&docs, &regions),
            "laws" => run_laws(&docs),
            "dates" => run_dates(&docs),
            "pledges" => run_pledges(&docs),
            _ => panic!("stage"),
        }
    }
    eprintln!(
        "{stage}: {:.2} µs/article",
        t.elapsed().as_secs_f64() * 1e6 / (reps * texts.len()) as f64
    );
}
