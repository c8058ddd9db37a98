//! The parallel run: inputs in, one JSON line per document out, in input
//! order whatever the number of jobs.
//!
//! Inputs are taken in chunks; rayon analyses a chunk's files in parallel
//! (each already serialised to its JSON lines) and the chunks are written in
//! order, each while the next is being analysed. Memory is bounded by two
//! chunks of records, however large the corpus: nothing collects all
//! records. A chunk holds [`CHUNK_PER_JOB`] inputs per job.

use std::collections::BTreeMap;
use std::io;
use std::time::{Duration, Instant};

use rayon::prelude::*;

use crate::record::{ErrorKind, Record};
use crate::sink::Sink;
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
        let summary = run_chunks(next_chunk, |input| process(input, options), jobs, false, out, progress);
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
    let work = |(n, bytes): (u64, Vec<u8>)| {
        vec![match std::str::from_utf8(&bytes) {
            Ok(line) => crate::analyze_json_line(line, display, n, options),
            Err(e) => Record::failed(
                crate::record::Source {
                    path: display.to_string(),
                    format: crate::record::Format::Json,
                    bytes: bytes.len() as u64,
                    line: Some(n),
                    id: None,
                },
                None,
                ErrorKind::BadJson,
                format!("line {n} is not UTF-8: {e}"),
            ),
        }]
    };
    let summary = run_chunks(next_chunk, work, jobs, true, out, progress)?;
    feeder
        .join()
        .map_err(|_| io::Error::other("the stdin reader panicked"))??;
    Ok(summary)
}

/// The engine of [`run`] and [`run_jsonl`]: takes chunks from `next_chunk`
/// until it returns `None`, runs `work` on a chunk's items in parallel
/// (each item's records serialised on the worker), and writes them in
/// order.
///
/// With `flush` (a filter answering a producer that may wait for each
/// answer), a chunk is written and flushed before the next is asked for.
/// Otherwise the chunks are pipelined: the next chunk is handed to the pool
/// before the last one is written, so the workers never wait for the writer,
/// and a worker done with its share of one chunk takes items of the next
/// rather than idling until the other finishes the chunk's last file. The
/// barrier at each chunk's end had left the two workers of `--jobs 2` idle
/// for about 9% of a text run. At most two chunks are in flight, so memory
/// stays bounded by chunks.
fn run_chunks<T: Send>(
    mut next_chunk: impl FnMut(&mut Summary) -> Option<Vec<T>>,
    work: impl Fn(T) -> Vec<Record> + Sync,
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
            let done = pool.install(|| analyze_chunk(chunk, &work, whole));
            written(done, &mut summary, out)?;
        }
    } else {
        pool.in_place_scope(|scope| -> io::Result<()> {
            let mut in_flight: Option<std::sync::mpsc::Receiver<Chunk>> = None;
            loop {
                let next = next_chunk(&mut summary).map(|chunk| {
                    let (tx, rx) = std::sync::mpsc::sync_channel(1);
                    let work = &work;
                    scope.spawn(move |_| {
                        // The receiver is gone only when the run stopped on
                        // an output error; the chunk is then dropped.
                        let _ = tx.send(analyze_chunk(chunk, work, whole));
                    });
                    rx
                });
                if let Some(rx) = in_flight.take() {
                    let done = rx
                        .recv()
                        .map_err(|_| io::Error::other("a worker panicked outside a document"))?;
                    written(done, &mut summary, out)?;
                }
                match next {
                    Some(rx) => in_flight = Some(rx),
                    None => return Ok(()),
                }
            }
        })?;
    }
    out.finish()?;
    summary.elapsed = started.elapsed();
    Ok(summary)
}

/// A chunk's results, in input order: each item's JSON lines (empty when
/// the sink takes whole records) and its records (stripped to what the
/// summary needs, unless the sink takes whole records).
type Chunk = Vec<(Vec<u8>, Vec<Record>)>;

/// Runs `work` on `chunk`'s items in parallel on the current pool, each
/// item's records serialised on its worker unless `whole` records are kept.
fn analyze_chunk<T: Send>(chunk: Vec<T>, work: &(impl Fn(T) -> Vec<Record> + Sync), whole: bool) -> Chunk {
    chunk
        .into_par_iter()
        .with_min_len(4)
        .map(|item| {
            let records = work(item);
            if whole {
                return (Vec::new(), records);
            }
            let mut buf = Vec::with_capacity(4096);
            for r in &records {
                serde_json::to_writer(&mut buf, r).expect("records serialise");
                buf.push(b'\n');
            }
            (buf, strip(records))
        })
        .collect()
}

/// Counts a chunk's records into `summary` and writes them to `out`.
fn write_chunk(done: Chunk, whole: bool, summary: &mut Summary, out: &mut dyn Sink) -> io::Result<()> {
    let mut batch = Vec::new();
    for (lines, records) in done {
        for r in &records {
            summary.documents += 1;
            summary.bytes += r.source.bytes;
            if let Some(e) = &r.error {
                *summary.errors.entry(e.kind).or_default() += 1;
            }
        }
        if whole {
            batch.extend(records);
        } else {
            out.lines(&lines)?;
        }
    }
    if whole {
        out.records(batch)?;
    }
    Ok(())
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::sink::JsonLines;

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
            let chunk = (CHUNK_PER_JOB * jobs) as u64;
            let want: Vec<u64> = (1..=n as u64 / chunk).map(|k| k * chunk).chain([n as u64]).collect();
            assert_eq!(seen, want, "jobs {jobs}: progress after each chunk");
        }
    }
}
