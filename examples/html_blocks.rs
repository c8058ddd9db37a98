//! Shows how the HTML cleaner cut a page into blocks and which it kept:
//! `cargo run --release --example html_blocks -- page.html`.
//!
//! Each line: `+` kept or `-` dropped, `N` when under chrome, the block's
//! kind, characters, link density, and its first 100 characters.

fn main() {
    let Some(path) = std::env::args().nth(1) else {
        eprintln!("usage: html_blocks PAGE.html");
        std::process::exit(2);
    };
    let bytes = std::fs::read(&path).expect("readable page");
    let html = String::from_utf8_lossy(&bytes);
    let dom = scraper::Html::parse_document(&warta::clean::html::prestrip::prestrip(&html));
    let found = warta::clean::html::main_text::extract(&dom);
    for (i, b) in found.blocks.iter().enumerate() {
        let kept = if found.main.contains(&i) { '+' } else { '-' };
        let noisy = if b.noisy { 'N' } else { ' ' };
        let head: String = b.text.chars().take(100).collect();
        println!(
            "{kept}{noisy} {:?} {:5} {:.2} {head}",
            b.kind,
            b.chars,
            b.link_density()
        );
    }
}
