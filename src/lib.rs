//! warta: Indonesian news articles in, structured JSON records out.

pub mod doc;
pub mod extract;
pub mod record;
