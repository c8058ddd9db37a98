//! Where an HTML page's time goes (a development aid): prestrip, parse,
//! main text, whole clean, whole record. `cargo run --release --example
//! html_timing -- PAGES_DIR`.

use std::time::Instant;

fn main() {
    let dir = std::env::args().nth(1).expect("a folder of .html pages");
    let pages: Vec<String> = std::fs::read_dir(dir)
        .expect("readable folder")
        .filter_map(|e| e.ok())
        .filter(|e| e.path().extension().is_some_and(|x| x == "html"))
        .map(|e| String::from_utf8_lossy(&std::fs::read(e.path()).expect("readable page")).into_owned())
        .collect();
    let n = pages.len() as f64;
    let time = |name: &str, f: &dyn Fn(&str)| {
        for p in pages.iter().take(3) {
            f(p);
        }
        let t = Instant::now();
        for p in &pages {
            f(p);
        }
        println!("{name:12} {:7.3} ms/page", t.elapsed().as_secs_f64() * 1e3 / n);
    };
    use warta::clean::html::{main_text, prestrip::prestrip};
    time("prestrip", &|p| drop(std::hint::black_box(prestrip(p))));
    time("parse", &|p| {
        drop(std::hint::black_box(scraper::Html::parse_document(&prestrip(p))))
    });
    time("parse_raw", &|p| {
        drop(std::hint::black_box(scraper::Html::parse_document(p)))
    });
    time("main_text", &|p| {
        let dom = scraper::Html::parse_document(&prestrip(p));
        drop(std::hint::black_box(main_text::extract(&dom)));
    });
    time("clean", &|p| drop(std::hint::black_box(warta::clean::html::clean(p))));
    time("record", &|p| drop(std::hint::black_box(warta::analyze_html(p))));
}
