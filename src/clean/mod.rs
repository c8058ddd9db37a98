//! Cleaning: a decoded document in, its body text and metadata out.
//!
//! [`text`] handles plain text (and the `text`/`content` of scraper JSON),
//! [`html`] HTML pages; [`timestamp`] reads publication times for both.

pub mod html;
pub mod text;
pub mod timestamp;
