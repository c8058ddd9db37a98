//! warta: Indonesian news articles in, structured JSON records out.
//!
//! The pipeline, one stage per module:
//!
//! ```text
//! source ──► load ──► clean ──► doc ──► extract ──► record ──► sink
//! ```
//!
//! - [`source`] walks files and folders (sorted, deterministic);
//! - [`load`] reads bytes, decodes them and splits scraper JSON;
//! - [`clean`] turns text or HTML into the article body and its metadata;
//! - [`doc`] holds the body with paragraph, sentence and offset helpers;
//! - [`extract`] runs the extractors (regions, officials, dates, laws,
//!   pledges);
//! - [`record`] is the output format (schema 1);
//! - [`pipeline`] runs it all in parallel and writes records in input order
//!   to a [`sink`] (JSON Lines, or Parquet with the `parquet` feature);
//! - [`stats`] summarises a run's records (`warta stats`).
//!
//! For a single document, call [`analyze_text`] or [`analyze_html`]:
//!
//! ```
//! let record = warta::analyze_text("Judul Berita Ini Cukup Panjang\n\nJAKARTA - Isi berita yang cukup panjang untuk dibaca orang.");
//! assert_eq!(record.title.as_deref(), Some("Judul Berita Ini Cukup Panjang"));
//! assert_eq!(record.dateline.as_deref(), Some("JAKARTA"));
//! ```

mod bitset;
pub mod clean;
pub mod doc;
pub mod extract;
mod inline_list;
pub mod lang;
pub mod load;
pub mod pipeline;
pub mod re;
pub mod record;
pub mod sink;
pub mod source;
pub mod stats;
mod swar;

use std::panic::{AssertUnwindSafe, catch_unwind};
use std::path::Path;

use doc::{Doc, Meta};
use load::{Body, Failure, Loaded, Outcome};
use record::{ErrorKind, Format, PageType, Record, Source, Warning};

/// Choices that shape every record.
#[derive(Clone, Debug)]
pub struct Options {
    /// Keep the cleaned body in `text` (offsets refer to it either way).
    pub keep_text: bool,
    /// Files larger than this are `too_large` error records.
    pub max_bytes: u64,
}

impl Default for Options {
    fn default() -> Options {
        Options {
            keep_text: true,
            max_bytes: 32 << 20,
        }
    }
}

/// Analyses a plain-text article. Cost: cleaning plus every extractor, each
/// linear in the text.
pub fn analyze_text(text: &str) -> Record {
    analyze_bytes(text.as_bytes(), "-", load::Hint::Text, &Options::default())
        .pop()
        .expect("one document")
}

/// Analyses an HTML page. Cost: dominated by parsing the page.
pub fn analyze_html(html: &str) -> Record {
    analyze_bytes(html.as_bytes(), "-", load::Hint::Html, &Options::default())
        .pop()
        .expect("one document")
}

/// Analyses one document held in memory, plain text or HTML, with what is
/// known about it from elsewhere (`given`: a title, a URL, a publication
/// date that anchors year-less dates), as the Python binding calls it.
/// `display` names it in `source.path`. Never panics.
pub fn analyze_document(body: &str, html: bool, given: load::Given, display: &str, options: &Options) -> Record {
    guarded(display, || {
        analyze_outcomes(vec![document_outcome(body, html, given, display)], options)
    })
    .pop()
    .expect("one record")
}

/// A document held in memory (as [`analyze_document`] takes it) as a load
/// outcome, so that many can go to [`analyze_outcomes`] together. Cost: a
/// copy of `body` and its SHA-256.
pub fn document_outcome(body: &str, html: bool, given: load::Given, display: &str) -> Outcome {
    Outcome::Doc(Loaded {
        source: Source {
            path: display.to_string(),
            format: if html { Format::Html } else { Format::Text },
            bytes: body.len() as u64,
            line: None,
            id: None,
        },
        id: load::sha256_hex(body.as_bytes()),
        body: if html {
            Body::Html(body.to_string())
        } else {
            Body::Text(body.to_string())
        },
        given,
        warnings: Vec::new(),
    })
}

/// The `line`-th line of a JSON-lines stream named `display` (a scraper
/// JSON object) as a load outcome, so that many can go to
/// [`analyze_outcomes`] together; a panic while reading it becomes its
/// `internal` failure. Cost: parsing the line.
pub fn json_line_outcome(raw: &str, display: &str, line: u64) -> Outcome {
    catch_unwind(AssertUnwindSafe(|| load::load_json_line(raw, display, line)))
        .unwrap_or_else(|payload| Outcome::Failed(panic_failure(display, payload)))
}

/// Analyses the bytes of one input (which may hold several JSON documents),
/// named `display` in the records.
pub fn analyze_bytes(bytes: &[u8], display: &str, hint: load::Hint, options: &Options) -> Vec<Record> {
    guarded(display, || {
        analyze_outcomes(load::load_bytes(bytes, display, hint), options)
    })
}

/// Analyses the file at `path`, named `display` in the records. Never
/// panics and never returns an empty list: failures are error records.
pub fn analyze_path(path: &Path, display: &str, options: &Options) -> Vec<Record> {
    guarded(display, || {
        analyze_outcomes(load::load_path(path, display, options.max_bytes), options)
    })
}

/// Analyses one line of a JSON-lines stream (a scraper JSON object), the
/// `line`-th of the stream named `display`. Never panics: failures are
/// error records.
pub fn analyze_json_line(raw: &str, display: &str, line: u64, options: &Options) -> Record {
    guarded(display, || {
        analyze_outcomes(vec![json_line_outcome(raw, display, line)], options)
    })
    .pop()
    .expect("one record")
}

/// Runs `f`, turning a panic into one `internal` error record.
fn guarded(display: &str, f: impl FnOnce() -> Vec<Record>) -> Vec<Record> {
    catch_unwind(AssertUnwindSafe(f)).unwrap_or_else(|payload| vec![failed(panic_failure(display, payload))])
}

/// The `internal` failure of an input named `display` whose reading
/// panicked with `payload`.
pub(crate) fn panic_failure(display: &str, payload: Box<dyn std::any::Any + Send>) -> Failure {
    let message = payload
        .downcast_ref::<&str>()
        .map(|s| s.to_string())
        .or_else(|| payload.downcast_ref::<String>().cloned())
        .unwrap_or_else(|| "unknown panic".into());
    Failure::of_input(display, ErrorKind::Internal, format!("{DOCUMENT_PANIC}: {message}"))
}

/// The error record of a failure.
fn failed(f: Failure) -> Record {
    Record::failed(f.source, f.id, f.kind, f.message)
}

/// The message of a document's `internal` error record when a stage
/// panicked on it (an input's adds the panic's own message).
const DOCUMENT_PANIC: &str = "panic while processing (a bug, please report it)";

/// The `internal` error record of a document (`source`, `id`) on which a
/// stage panicked.
fn document_panic(source: Source, id: String) -> Record {
    Record::failed(source, Some(id), ErrorKind::Internal, DOCUMENT_PANIC)
}

/// Turns load outcomes into their records, one each and in order. The
/// documents among them are analysed together, one stage at a time over
/// all of them: cleaning, then each extractor (see [`extract::run_many`]
/// for why that order is cheaper). A document on which a stage panics
/// becomes an `internal` error record; the others are unaffected.
///
/// Cost: cleaning and every extractor per document; the loaded bodies are
/// all held until the batch is cleaned, so callers bound a batch's bytes.
pub fn analyze_outcomes(outcomes: Vec<Outcome>, options: &Options) -> Vec<Record> {
    // Each outcome cleaned, or its record when it has nothing to extract.
    let cleaned: Vec<Result<Cleaned, Box<Record>>> = outcomes
        .into_iter()
        .map(|outcome| match outcome {
            Outcome::Doc(loaded) => Cleaned::new(loaded),
            Outcome::Failed(f) => Err(Box::new(failed(f))),
            Outcome::Empty(source, message) => {
                let mut r = Record::new(source);
                r.warnings.push(Warning::new("no_documents", message));
                Err(Box::new(r))
            }
        })
        .collect();
    let docs: Vec<&Doc> = cleaned.iter().filter_map(|c| c.as_ref().ok()).map(|c| &c.doc).collect();
    let mut found = extract::run_many(&docs).into_iter();
    drop(docs);
    cleaned
        .into_iter()
        .map(|c| match c {
            Ok(c) => match found.next().expect("one finding per document") {
                Some(found) => c.into_record(found, options),
                None => document_panic(c.source, c.id),
            },
            Err(record) => *record,
        })
        .collect()
}

/// A document past the first stage: cleaned, its language told, ready
/// for the extractors.
struct Cleaned {
    source: Source,
    id: String,
    warnings: Vec<Warning>,
    page_type: PageType,
    language: Option<String>,
    doc: Doc,
}

impl Cleaned {
    /// Cleans `loaded`'s body and applies what was given beside it; a panic
    /// becomes the document's `internal` error record.
    fn new(loaded: Loaded) -> Result<Cleaned, Box<Record>> {
        let Loaded {
            source,
            id,
            body,
            given,
            mut warnings,
        } = loaded;
        let front = catch_unwind(AssertUnwindSafe(|| {
            let (text, mut meta, page_type) = match body {
                Body::Text(t) => {
                    let c = clean::text::clean(&t, given.title.as_deref());
                    (c.text, c.meta, PageType::Article)
                }
                Body::Html(h) => {
                    let c = clean::html::clean(&h);
                    (c.text, c.meta, c.page_type)
                }
            };
            apply_given(&mut meta, given, &mut warnings);
            if text.is_empty() {
                warnings.push(Warning::new("empty_document", "no article text found"));
            }
            let language = lang::detect(&text).map(str::to_string);
            (Doc::new(text, meta), page_type, language)
        }));
        match front {
            Ok((doc, page_type, language)) => Ok(Cleaned {
                source,
                id,
                warnings,
                page_type,
                language,
                doc,
            }),
            Err(_) => Err(Box::new(document_panic(source, id))),
        }
    }

    /// The document's record, with what the extractors `found`.
    fn into_record(self, found: extract::Extracted, options: &Options) -> Record {
        let Cleaned {
            source,
            id,
            mut warnings,
            page_type,
            language,
            doc,
        } = self;
        warnings.extend(found.warnings);
        let Doc { text, meta, .. } = doc;
        Record {
            schema: record::SCHEMA_VERSION,
            id: Some(id),
            source,
            page_type: Some(page_type),
            language,
            title: meta.title,
            outlet: meta.outlet,
            url: meta.url,
            published: meta.published,
            modified: meta.modified,
            authors: meta.authors,
            editors: meta.editors,
            dateline: meta.dateline,
            regions: found.regions,
            officials: found.officials,
            offices: found.offices,
            dates: found.dates,
            laws: found.laws,
            pledges: found.pledges,
            text: options.keep_text.then_some(text),
            warnings,
            error: None,
        }
    }
}

/// Scraper JSON's own `title`, `url` and `date` win over what the body says.
fn apply_given(meta: &mut Meta, given: load::Given, warnings: &mut Vec<Warning>) {
    if let Some(t) = given.title {
        meta.title = Some(clean::text::collapse(&t));
    }
    if given.url.is_some() {
        meta.url = given.url;
    }
    if let Some(d) = given.date {
        match clean::timestamp::parse(&d) {
            Some(iso) => meta.published = Some(iso),
            None => warnings.push(Warning::new(
                "unparsed_date",
                format!("the date field {d:?} is not a date warta can read"),
            )),
        }
    }
}

/// The format a record reports for a document that failed before sniffing.
pub fn unknown_source(display: &str) -> Source {
    Source {
        path: display.to_string(),
        format: Format::Unknown,
        ..Source::default()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_panic_becomes_one_internal_error_record() {
        let records = guarded("x.txt", || panic!("boom"));
        assert_eq!(records.len(), 1);
        let e = records[0].error.as_ref().unwrap();
        assert_eq!(e.kind, ErrorKind::Internal);
        assert!(e.message.ends_with("boom"), "{}", e.message);
        assert_eq!(records[0].source.path, "x.txt");
    }
}
