//! The parallel run: inputs in, one JSON line per document out, in input
//! order whatever the number of jobs.
//!
//! Inputs are taken in chunks of [`CHUNK_PER_JOB`] inputs per job. A chunk
//! is cut into one batch per job, and each batch is one rayon task: a
//! worker analyses it stage by stage (every document of the batch is
//! cleaned, then every one goes through the first extractor, and so on)
//! and serialises its records to JSON lines. The batches are written in
//! order, each as soon as it and those before it are done. Memory is
//! bounded by a few chunks, however large the corpus: nothing collects all
//! records.
//!
//! Why batches of a thousand: on 20,000 real articles at `--jobs 1`, user
//! time fell by a fifth from chunks of 128 analysed one document at a
//! time (min 1.16 s, median 1.52 s over 12 interleaved runs) to batches of
//! 1,024 analysed stage by stage (0.92 s, 1.17 s); 512 gave about half the
//! gain. Both halves count: larger chunks alone (one document at a time)
//! saved about a tenth, the stage order the rest: one stage over many
//! documents keeps its tables, regex caches and branch history warm (see
//! [`crate::extract::run_many`]). The price is memory, about 8 MB of peak
//! RSS per 1,000 documents of a batch, hence no larger.

use std::collections::{BTreeMap, VecDeque};
use std::io;
use std::panic::{AssertUnwindSafe, catch_unwind};
use std::time::{Duration, Instant};

use rayon::prelude::*;

use crate::load::{self, Failure, Outcome};
use crate::record::{ErrorKind, Record};
use crate::sink::Sink;
use crate::source::Input;
use crate::{Options, analyze_outcomes, panic_failure};

/// Inputs per job in one chunk: one batch of [`BATCH_DOCS`].
pub const CHUNK_PER_JOB: usize = BATCH_DOCS;

/// Inputs a worker analyses together, stage by stage (see the module
/// docs for the measurement behind the size).
pub const BATCH_DOCS: usize = 1024;

/// Bytes of loaded bodies a batch holds before it cleans them: a batch of
/// 1,024 news texts holds about 2 MB, one of saved HTML pages would hold
/// a hundred times that.
const BATCH_BYTES: usize = 4 << 20;

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

/// Processes `inputs` with `jobs` threads, writing records to `out` in
/// input order; `progress` is called after each chunk with the documents
/// done so far. Errors only when `out` cannot be written.
///
/// A walker thread pulls `inputs` (directory reads, `--stdin-paths` lines)
/// into a bounded channel, so the next chunk is ready when the workers
/// finish one: the walk costs a few microseconds a file, which on the main
/// thread between chunks left every worker idle meanwhile.
pub fn run(
    inputs: impl Iterator<Item = Input> + Send,
    jobs: usize,
    options: &Options,
    out: &mut dyn Sink,
    progress: &mut dyn FnMut(&Summary),
) -> io::Result<Summary> {
    let chunk_len = CHUNK_PER_JOB * jobs.max(1);
    std::thread::scope(|scope| {
        let (tx, rx) = std::sync::mpsc::sync_channel::<Input>(2 * chunk_len);
        std::thread::Builder::new()
            .name("warta-walk".into())
            .spawn_scoped(scope, move || {
                for input in inputs {
                    if tx.send(input).is_err() {
                        break; // the run stopped (output error)
                    }
                }
            })
            .map_err(io::Error::other)?;
        let next_chunk = |_: &mut Summary| {
            let chunk: Vec<Input> = rx.iter().take(chunk_len).collect();
            (!chunk.is_empty()).then_some(chunk)
        };
        let work = |batch| analyze_batch(batch, |input| load_input(input, options), BATCH_BYTES, options);
        let weight = |input: &Input| match input {
            Input::File { path, .. } => load::work_estimate(path),
            Input::Failed { .. } => 1,
        };
        let summary = run_chunks(next_chunk, work, weight, jobs, false, out, progress);
        drop(rx); // unblocks the walker if the run ended early
        summary
    })
}

/// Filter mode (`--stdin-jsonl`): each line of `reader` is a scraper JSON
/// object; one record per non-blank line comes out, in order, flushed as
/// soon as it is written, so warta can sit inside a pipe (Spark's
/// `RDD.pipe`, Hadoop Streaming, GNU parallel) that writes a line and waits.
///
/// A reader thread feeds the lines through a channel; a chunk is the first
/// line waited for plus whatever has already arrived (up to
/// [`CHUNK_PER_JOB`] per job), so a slow producer gets each answer at once
/// and a fast one gets parallel throughput. Records name the stream
/// `display` in `source.path` and the line number in `source.line`.
pub fn run_jsonl<R: io::BufRead + Send + 'static>(
    reader: R,
    display: &str,
    jobs: usize,
    options: &Options,
    out: &mut dyn Sink,
    progress: &mut dyn FnMut(&Summary),
) -> io::Result<Summary> {
    let (tx, rx) = std::sync::mpsc::sync_channel::<(u64, Vec<u8>)>(4 * CHUNK_PER_JOB * jobs.max(1));
    let feeder = std::thread::spawn(move || -> io::Result<()> {
        for (i, line) in reader.split(b'\n').enumerate() {
            let line = line?;
            if line.iter().all(u8::is_ascii_whitespace) {
                continue;
            }
            if tx.send((i as u64 + 1, line)).is_err() {
                break;
            }
        }
        Ok(())
    });
    let chunk_len = CHUNK_PER_JOB * jobs.max(1);
    let next_chunk = |_: &mut Summary| {
        let first = rx.recv().ok()?;
        let mut chunk = vec![first];
        while chunk.len() < chunk_len {
            match rx.try_recv() {
                Ok(line) => chunk.push(line),
                Err(_) => break,
            }
        }
        Some(chunk)
    };
    let load = |(n, bytes): (u64, Vec<u8>)| match std::str::from_utf8(&bytes) {
        Ok(line) => [crate::json_line_outcome(line, display, n)],
        Err(e) => [Outcome::Failed(Failure {
            source: crate::record::Source {
                path: display.to_string(),
                format: crate::record::Format::Json,
                bytes: bytes.len() as u64,
                line: Some(n),
                id: None,
            },
            id: None,
            kind: ErrorKind::BadJson,
            message: format!("line {n} is not UTF-8: {e}"),
        })],
    };
    let work = |batch| analyze_batch(batch, load, BATCH_BYTES, options);
    let weight = |(_, bytes): &(u64, Vec<u8>)| load::work_of_len(bytes.len());
    let summary = run_chunks(next_chunk, work, weight, jobs, true, out, progress)?;
    feeder
        .join()
        .map_err(|_| io::Error::other("the stdin reader panicked"))??;
    Ok(summary)
}

/// The engine of [`run`] and [`run_jsonl`]: takes chunks from `next_chunk`
/// until it returns `None`, runs `work` on batches of a chunk's items in
/// parallel (see [`batches`] for `weight`; each item's records serialised
/// on the worker), and writes them in order.
///
/// With `flush` (a filter answering a producer that may wait for each
/// answer), a chunk is written and flushed before the next is asked for.
/// Otherwise the batches are pipelined: each is its own task, and two
/// chunks' worth are queued ahead of the writer, so a worker done with one
/// batch takes the next rather than idling until the other finishes its
/// own (a barrier at each chunk's end had left the two workers of `--jobs
/// 2` idle for about 9% of a text run). A batch is its own task rather
/// than a half of a chunk's parallel iterator because a worker waiting in
/// rayon's join for the other half steals queued work meanwhile, and only
/// answers once that is done: with batches of a thousand documents the
/// writer then waited a whole batch, and `--jobs 2` fell to 1.64x
/// `--jobs 1` in `benches/e2e`.
fn run_chunks<T: Send>(
    mut next_chunk: impl FnMut(&mut Summary) -> Option<Vec<T>>,
    work: impl Fn(Vec<T>) -> Vec<Record> + Sync,
    weight: impl Fn(&T) -> usize,
    jobs: usize,
    flush: bool,
    out: &mut dyn Sink,
    progress: &mut dyn FnMut(&Summary),
) -> io::Result<Summary> {
    let started = Instant::now();
    let pool = rayon::ThreadPoolBuilder::new()
        .num_threads(jobs.max(1))
        .thread_name(|i| format!("warta-{i}"))
        .build()
        .map_err(io::Error::other)?;
    if jobs > 1 {
        // Start-up overlap: the two largest tables (the gazetteer, ~60% of a
        // one-file run's instructions, and the officials lexicon, ~10%) are
        // built by two workers while the first documents are read and
        // cleaned, rather than one after the other inside the first
        // document's extraction while the other workers wait on them.
        pool.spawn(|| {
            crate::extract::regions::gazetteer::gazetteer();
        });
        pool.spawn(crate::extract::officials::warm_up);
    }
    let whole = out.takes_records();
    let mut summary = Summary::default();
    let mut written = |done: Chunk, summary: &mut Summary, out: &mut dyn Sink| -> io::Result<()> {
        write_chunk(done, whole, summary, out)?;
        if flush {
            out.flush()?;
        }
        summary.elapsed = started.elapsed();
        progress(summary);
        Ok(())
    };
    if flush {
        while let Some(chunk) = next_chunk(&mut summary) {
            let batches = batches(chunk, jobs, &weight);
            let done = pool.install(|| analyze_chunk(batches, &work, whole));
            written(done, &mut summary, out)?;
        }
    } else {
        pool.in_place_scope(|scope| -> io::Result<()> {
            // Each batch is its own task with its own answer, written in
            // order as soon as it and those before it are done.
            let mut in_flight = VecDeque::new();
            let mut more = true;
            loop {
                // Two chunks' batches queued, so a worker done with one
                // batch always finds another.
                while more && in_flight.len() < 2 * jobs.max(1) {
                    match next_chunk(&mut summary) {
                        Some(chunk) => {
                            for batch in batches(chunk, jobs, &weight) {
                                let (tx, rx) = std::sync::mpsc::sync_channel(1);
                                let work = &work;
                                scope.spawn(move |_| {
                                    // The receiver is gone only when the run
                                    // stopped on an output error; the batch
                                    // is then dropped.
                                    let _ = tx.send(analyze_batch_lines(batch, work, whole));
                                });
                                in_flight.push_back(rx);
                            }
                        }
                        None => more = false,
                    }
                }
                let Some(rx) = in_flight.pop_front() else {
                    return Ok(());
                };
                let done = rx
                    .recv()
                    .map_err(|_| io::Error::other("a worker panicked outside a document"))?;
                written(vec![done], &mut summary, out)?;
            }
        })?;
    }
    out.finish()?;
    summary.elapsed = started.elapsed();
    Ok(summary)
}

/// A chunk's results, batch by batch in input order.
type Chunk = Vec<Done>;

/// One batch's results: its JSON lines (empty when the sink takes whole
/// records), the counts the summary needs, and its records when the sink
/// takes whole records (else empty, so that a chunk's memory is its lines).
struct Done {
    lines: Vec<u8>,
    tally: Summary,
    records: Vec<Record>,
}

/// Runs `work` on a chunk's `batches` in parallel on the current pool,
/// each batch's records serialised on its worker unless `whole` records
/// are kept.
fn analyze_chunk<T: Send>(batches: Vec<Vec<T>>, work: &(impl Fn(Vec<T>) -> Vec<Record> + Sync), whole: bool) -> Chunk {
    batches
        .into_par_iter()
        .map(|batch| analyze_batch_lines(batch, work, whole))
        .collect()
}

/// Cuts `chunk` into batches of at most [`BATCH_DOCS`] units of work
/// (`weight` of an item: 1 for a news text), and into at least one per job
/// when the chunk is short, so that every worker gets one. A batch of
/// HTML pages is thus a few dozen pages, and the workers share a chunk of
/// them evenly.
pub fn batches<T>(chunk: Vec<T>, jobs: usize, weight: impl Fn(&T) -> usize) -> Vec<Vec<T>> {
    let total: usize = chunk.iter().map(&weight).sum();
    let target = total.div_ceil(jobs.max(1)).clamp(1, BATCH_DOCS);
    let (mut batches, mut batch, mut work) = (Vec::new(), Vec::new(), 0);
    for item in chunk {
        work += weight(&item);
        batch.push(item);
        if work >= target {
            batches.push(std::mem::take(&mut batch));
            work = 0;
        }
    }
    if !batch.is_empty() {
        batches.push(batch);
    }
    batches
}

/// Runs `work` on one batch and serialises its records to JSON lines
/// (unless `whole` records are kept), counting them for the summary.
fn analyze_batch_lines<T>(batch: Vec<T>, work: &impl Fn(Vec<T>) -> Vec<Record>, whole: bool) -> Done {
    let records = work(batch);
    // The lines' buffer is sized once: grown by doubling, its reallocations
    // and copies took ~0.5% of a text run. A record without its text is
    // rarely over 640 bytes of JSON, and escaping adds a byte per line
    // break to the text.
    let estimate = if whole {
        0
    } else {
        records
            .iter()
            .map(|r| 640 + r.text.as_ref().map_or(0, |t| t.len() + t.len() / 8))
            .sum()
    };
    let mut done = Done {
        lines: Vec::with_capacity(estimate),
        tally: Summary::default(),
        records: Vec::new(),
    };
    for r in records {
        done.tally.documents += 1;
        done.tally.bytes += r.source.bytes;
        if let Some(e) = &r.error {
            *done.tally.errors.entry(e.kind).or_default() += 1;
        }
        if whole {
            done.records.push(r);
        } else {
            serde_json::to_writer(&mut done.lines, &r).expect("records serialise");
            done.lines.push(b'\n');
        }
    }
    done
}

/// Analyses a batch of inputs together, stage by stage (see
/// [`analyze_outcomes`]): `load` reads each into its load outcomes (one
/// per document, or one failure). Returns their records, in input order.
/// Loaded bodies are handed on whenever they pass `bytes` (the pipeline
/// passes [`BATCH_BYTES`]), so that a batch of large pages does not hold
/// them all at once.
fn analyze_batch<T, O: IntoIterator<Item = Outcome>>(
    items: Vec<T>,
    load: impl Fn(T) -> O,
    bytes: usize,
    options: &Options,
) -> Vec<Record> {
    let mut records = Vec::with_capacity(items.len());
    let (mut pending, mut pending_bytes) = (Vec::with_capacity(items.len()), 0);
    for item in items {
        for outcome in load(item) {
            pending_bytes += outcome.body_len();
            pending.push(outcome);
        }
        if pending_bytes >= bytes {
            records.extend(analyze_outcomes(std::mem::take(&mut pending), options));
            pending_bytes = 0;
        }
    }
    records.extend(analyze_outcomes(pending, options));
    records
}

/// Counts a chunk's records into `summary` and writes them to `out`.
fn write_chunk(done: Chunk, whole: bool, summary: &mut Summary, out: &mut dyn Sink) -> io::Result<()> {
    let mut records = Vec::new();
    for d in done {
        summary.documents += d.tally.documents;
        summary.bytes += d.tally.bytes;
        for (kind, n) in d.tally.errors {
            *summary.errors.entry(kind).or_default() += n;
        }
        if whole {
            records.extend(d.records);
        } else {
            out.lines(&d.lines)?;
        }
    }
    if whole {
        out.records(records)?;
    }
    Ok(())
}

/// Loads one walked input; a panic while reading becomes its `internal`
/// failure.
fn load_input(input: Input, options: &Options) -> Vec<Outcome> {
    match input {
        Input::File {
            path, display, listed, ..
        } => catch_unwind(AssertUnwindSafe(|| {
            if listed {
                load::load_listed_file(&path, &display, options.max_bytes)
            } else {
                load::load_path(&path, &display, options.max_bytes)
            }
        }))
        .unwrap_or_else(|payload| vec![Outcome::Failed(panic_failure(&display, payload))]),
        Input::Failed { display, kind, message } => vec![Outcome::Failed(Failure::of_input(&display, kind, message))],
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::sink::JsonLines;

    /// Batches are cut by work, not by count, and every job gets one.
    #[test]
    fn batches_share_the_work_of_a_chunk() {
        let sizes = |chunk: Vec<usize>, jobs| -> Vec<Vec<usize>> { batches(chunk, jobs, |w| *w) };
        // texts weigh 1, pages 32: two even shares of 99
        assert_eq!(sizes(vec![1, 1, 32, 1, 32, 32], 2), [vec![1, 1, 32, 1, 32], vec![32]]);
        assert_eq!(sizes(vec![1; 5], 2), [vec![1; 3], vec![1; 2]]);
        // never more than BATCH_DOCS units in a batch of texts
        let lens: Vec<usize> = sizes(vec![1; 3000], 1).iter().map(Vec::len).collect();
        assert_eq!(lens, [BATCH_DOCS, BATCH_DOCS, 3000 - 2 * BATCH_DOCS]);
        // a page is a few dozen to a batch
        let lens: Vec<usize> = sizes(vec![32; 100], 1).iter().map(Vec::len).collect();
        assert_eq!(lens, [32, 32, 32, 4]);
        assert!(sizes(Vec::new(), 2).is_empty());
    }

    /// A batch gives every input the records it gets alone, in input order:
    /// across hand-overs of its loaded bodies, with a failure and a JSON
    /// file of two documents among them.
    #[test]
    fn a_batch_gives_each_input_the_records_it_gets_alone() {
        use crate::load::Hint;
        // each of these passes the 100 bytes given as the hand-over size
        let big = "Bupati Ketapang Martin Rantan meninjau banjir di Pontianak. ".repeat(2);
        let json = r#"[{"title": "Satu", "text": "Gubernur Kalbar hadir."}, {"text": "Warga Sambas berkumpul."}]"#;
        let items: Vec<(&str, String, Hint)> = vec![
            (
                "a.txt",
                "Camat Delta Pawan membuka rapat, Rabu (11/9).".into(),
                Hint::Text,
            ),
            ("big1.txt", big.clone(), Hint::Text),
            ("failed", String::new(), Hint::Text),
            ("b.json", json.into(), Hint::Json),
            ("big2.txt", big.clone(), Hint::Text),
            ("big3.txt", big, Hint::Text),
            (
                "c.html",
                "<html><body><p>Wali Kota Pontianak hadir.</p></body></html>".into(),
                Hint::Html,
            ),
        ];
        let load = |(name, body, hint): (&str, String, Hint)| {
            if name == "failed" {
                return vec![Outcome::Failed(Failure::of_input(
                    name,
                    ErrorKind::Unreadable,
                    "test".into(),
                ))];
            }
            load::load_bytes(body.as_bytes(), name, hint)
        };
        let options = Options::default();
        let batch = analyze_batch(items.clone(), load, 100, &options);
        let alone: Vec<Record> = items
            .into_iter()
            .flat_map(|item| analyze_outcomes(load(item), &options))
            .collect();
        let paths: Vec<&str> = batch.iter().map(|r| r.source.path.as_str()).collect();
        assert_eq!(
            paths,
            [
                "a.txt", "big1.txt", "failed", "b.json", "b.json", "big2.txt", "big3.txt", "c.html"
            ]
        );
        assert_eq!(batch[2].error.as_ref().map(|e| e.kind), Some(ErrorKind::Unreadable));
        assert_eq!(batch[3].title.as_deref(), Some("Satu"));
        assert_eq!(batch, alone);
    }

    /// Inputs over several chunks, written in order and counted, whatever
    /// the number of jobs, with a failed input among them.
    #[test]
    fn pipelined_chunks_come_out_in_input_order() {
        let dir = tempfile::tempdir().expect("temp dir");
        let n = 2 * CHUNK_PER_JOB * 2 + 37; // a little over two chunks of --jobs 2
        let mut inputs = Vec::new();
        for i in 0..n {
            let path = dir.path().join(format!("{i:04}.txt"));
            std::fs::write(&path, format!("Berita nomor {i} dari Pontianak.")).expect("write");
            let display = path.display().to_string();
            inputs.push(if i == 300 {
                Input::Failed {
                    display,
                    kind: ErrorKind::Unreadable,
                    message: "test".into(),
                }
            } else {
                Input::File {
                    path,
                    display,
                    named: false,
                    listed: true,
                }
            });
        }
        for jobs in [1, 2] {
            let inputs = inputs.iter().cloned();
            let mut out = JsonLines(Vec::new());
            let mut seen = Vec::new();
            let summary = run(inputs, jobs, &Options::default(), &mut out, &mut |s| {
                seen.push(s.documents)
            })
            .expect("in-memory output");
            let lines: Vec<serde_json::Value> = out
                .0
                .split(|&b| b == b'\n')
                .filter(|l| !l.is_empty())
                .map(|l| serde_json::from_slice(l).expect("a JSON line"))
                .collect();
            assert_eq!(lines.len(), n, "jobs {jobs}");
            for (i, line) in lines.iter().enumerate() {
                let path = line["source"]["path"].as_str().expect("a path");
                assert!(
                    path.ends_with(&format!("{i:04}.txt")),
                    "jobs {jobs}: line {i} is {path}"
                );
                assert_eq!(line["error"].is_object(), i == 300, "jobs {jobs}: line {i}");
            }
            assert_eq!(summary.documents, n as u64);
            assert_eq!(summary.errors.get(&ErrorKind::Unreadable), Some(&1));
            // four full batches, then the last 37 inputs as one batch per job
            let b = BATCH_DOCS as u64;
            let want: &[u64] = if jobs == 1 {
                &[b, 2 * b, 3 * b, 4 * b, 4 * b + 37]
            } else {
                &[b, 2 * b, 3 * b, 4 * b, 4 * b + 19, 4 * b + 37]
            };
            assert_eq!(seen, want, "jobs {jobs}: progress after each batch");
        }
    }
}
