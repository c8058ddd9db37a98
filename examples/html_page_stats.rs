//! Page-level statistics the cleaner's article/index decision reads:
//! `cargo run --release --example html_page_stats -- PAGE.html...`.

fn main() {
    for path in std::env::args().skip(1) {
        let bytes = std::fs::read(&path).expect("readable page");
        let html = String::from_utf8_lossy(&bytes);
        let dom = scraper::Html::parse_document(&warta::clean::html::prestrip::prestrip(&html));
        let found = warta::clean::html::main_text::extract(&dom);
        let link_headings = found
            .blocks
            .iter()
            .filter(|b| b.kind == warta::clean::html::main_text::BlockKind::Heading && b.link_density() > 0.8)
            .count();
        let link_blocks = found
            .blocks
            .iter()
            .filter(|b| b.link_density() > 0.8 && b.chars > 30)
            .count();
        let main_chars: usize = found.main.iter().map(|&i| found.blocks[i].chars).sum();
        let prose = found
            .main
            .iter()
            .filter(|&&i| found.blocks[i].text.split_whitespace().count() >= 20)
            .count();
        let all: usize = found.blocks.iter().map(|b| b.chars).sum();
        let links: usize = found.blocks.iter().map(|b| b.link_chars).sum();
        let name = std::path::Path::new(&path)
            .file_name()
            .unwrap()
            .to_string_lossy()
            .to_string();
        println!(
            "{name:32} link_headings {link_headings:3} link_blocks {link_blocks:4} main_chars {main_chars:6} prose {prose:3} page_ld {:.2}",
            links as f32 / all.max(1) as f32
        );
    }
}
