//! The parallel run: inputs in, one JSON line per document out, in input
//! order whatever the number of jobs.
//!
//! Inputs are taken in chunks; rayon analyses a chunk's files in parallel
//! (each already serialised to its JSON lines) and the chunk is written in
//! order before the next is taken. Memory is bounded by one chunk of records,
//! however large the corpus: nothing collects all records. A chunk holds
//! [`CHUNK_PER_JOB`] inputs per job, so that the wait for a chunk's slowest
//! file is small next to the chunk's work.

use std::collections::BTreeMap;
use std::io::{self, Write};
use std::time::{Duration, Instant};

use rayon::prelude::*;

use crate::record::{ErrorKind, Record};
use crate::source::Input;
use crate::{Options, analyze_path, unknown_source};

/// Inputs per job in one chunk.
pub const CHUNK_PER_JOB: usize = 128;

/// What a run did, for the closing summary.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Summary {
    /// Records written.
    pub documents: u64,
    /// Error records by kind.
    pub errors: BTreeMap<ErrorKind, u64>,
    /// Bytes of input read.
    pub bytes: u64,
    /// Wall time of the run.
    pub elapsed: Duration,
}

impl Summary {
    /// One line for stderr: documents, errors by kind, MB read, seconds, MB/s.
    pub fn line(&self) -> String {
        let secs = self.elapsed.as_secs_f64();
        let mb = self.bytes as f64 / 1e6;
        let errors: u64 = self.errors.values().sum();
        let kinds: Vec<String> = self.errors.iter().map(|(k, n)| format!("{} {n}", k.as_str())).collect();
        let detail = if kinds.is_empty() {
            String::new()
        } else {
            format!(": {}", kinds.join(", "))
        };
        format!(
            "warta: {} documents, {errors} errors{detail}; {mb:.2} MB read in {secs:.2} s ({:.1} MB/s, {:.0} documents/s)",
            self.documents,
            if secs > 0.0 { mb / secs } else { 0.0 },
            if secs > 0.0 { self.documents as f64 / secs } else { 0.0 },
        )
    }
}

/// Processes `inputs` with `jobs` threads, writing JSON lines to `out` in
/// input order; `progress` is called after each chunk with the documents
/// done so far. Errors only when `out` cannot be written.
pub fn run(
    inputs: impl Iterator<Item = Input>,
    jobs: usize,
    options: &Options,
    out: &mut dyn Write,
    progress: &mut dyn FnMut(&Summary),
) -> io::Result<Summary> {
    let started = Instant::now();
    let pool = rayon::ThreadPoolBuilder::new()
        .num_threads(jobs.max(1))
        .thread_name(|i| format!("warta-{i}"))
        .build()
        .map_err(io::Error::other)?;
    let mut summary = Summary::default();
    let mut inputs = inputs.peekable();
    let chunk_len = CHUNK_PER_JOB * jobs.max(1);
    while inputs.peek().is_some() {
        let chunk: Vec<Input> = inputs.by_ref().take(chunk_len).collect();
        let done: Vec<(Vec<u8>, Vec<Record>)> = pool.install(|| {
            chunk
                .into_par_iter()
                .with_min_len(4)
                .map(|input| {
                    let records = process(input, options);
                    let mut buf = Vec::with_capacity(4096);
                    for r in &records {
                        serde_json::to_writer(&mut buf, r).expect("records serialise");
                        buf.push(b'\n');
                    }
                    (buf, strip(records))
                })
                .collect()
        });
        for (lines, records) in done {
            out.write_all(&lines)?;
            for r in records {
                summary.documents += 1;
                summary.bytes += r.source.bytes;
                if let Some(e) = &r.error {
                    *summary.errors.entry(e.kind).or_default() += 1;
                }
            }
        }
        summary.elapsed = started.elapsed();
        progress(&summary);
    }
    out.flush()?;
    summary.elapsed = started.elapsed();
    Ok(summary)
}

/// Keeps only what the summary needs of a record, so the chunk's memory is
/// its serialised lines and little else.
fn strip(records: Vec<Record>) -> Vec<Record> {
    records
        .into_iter()
        .map(|r| Record {
            source: r.source,
            error: r.error,
            ..Record::default()
        })
        .collect()
}

fn process(input: Input, options: &Options) -> Vec<Record> {
    match input {
        Input::File { path, display, .. } => analyze_path(&path, &display, options),
        Input::Failed { display, kind, message } => vec![Record::failed(unknown_source(&display), None, kind, message)],
    }
}
