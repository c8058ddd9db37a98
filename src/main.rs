//! The `warta` command: parses arguments, runs the library, maps outcomes to
//! exit codes (0: every input got a record; 1: output not writable;
//! 2: usage error).

use std::io::{self, IsTerminal, Write};
use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Parser, Subcommand};
use warta::sink::{JsonLines, Sink};
use warta::{Options, pipeline, record::Record, source};

/// Indonesian news in, structured JSON records out.
///
/// warta reads scraped news articles (plain text, saved HTML pages, scraper
/// JSON) and writes one JSON record per article: the regions, officials,
/// dates, laws and pledge points it names, each with character offsets into
/// the cleaned text.
#[derive(Parser)]
#[command(name = "warta", version, arg_required_else_help = true)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Extract one JSON record per document from files and folders.
    ///
    /// Folders are walked in sorted order, keeping .txt, .html, .htm,
    /// .xhtml, .json, .jsonl and .ndjson files (also gzipped) and skipping
    /// hidden ones; files named explicitly are always read. Records come out
    /// in input order, one per line; a file that cannot be read yields an
    /// error record and the run goes on.
    Extract(ExtractArgs),
    /// Print the JSON Schema of the record.
    Schema,
    /// Summarise records written by `warta extract`: articles per province,
    /// office and law, error and warning kinds, page types, languages.
    Stats(StatsArgs),
}

#[derive(clap::Args)]
struct StatsArgs {
    /// JSONL files of records; `-` or none reads standard input.
    #[arg(value_name = "FILE")]
    files: Vec<PathBuf>,
    /// Rows shown per table.
    #[arg(long, default_value_t = 20)]
    top: usize,
}

#[derive(clap::Args)]
struct ExtractArgs {
    /// Files and folders to read.
    #[arg(value_name = "PATH")]
    paths: Vec<PathBuf>,
    /// Write records to FILE (atomically: a temporary file renamed when
    /// complete) instead of standard output.
    #[arg(short, long, value_name = "FILE")]
    output: Option<PathBuf>,
    /// Worker threads [default: all cores].
    #[arg(short, long, value_name = "N")]
    jobs: Option<usize>,
    /// Also read paths from standard input, one per line (as `find` prints
    /// them); each names a file.
    #[arg(long, conflicts_with = "stdin_jsonl")]
    stdin_paths: bool,
    /// Filter mode: read documents from standard input as JSON lines (each
    /// an object with `id`, `url`, `title`, `date` and one of `text`,
    /// `content`, `html`) and write one record per line, in order, flushed
    /// as written: for Spark's `RDD.pipe`, Hadoop Streaming, GNU parallel.
    #[arg(long, conflicts_with = "paths")]
    stdin_jsonl: bool,
    /// Leave `text` null in records (offsets still refer to the cleaned text).
    #[arg(long)]
    no_text: bool,
    /// Files larger than this many bytes become `too_large` error records.
    #[arg(long, value_name = "BYTES", default_value_t = 32 << 20)]
    max_bytes: u64,
    /// Follow symbolic links while walking folders (loops become
    /// `symlink_loop` error records).
    #[arg(long)]
    follow_links: bool,
    /// Output format: JSON Lines, or Parquet (a file, with -o; needs a
    /// build with `--features parquet`), nested lists as list<struct>
    /// columns.
    #[arg(long, value_enum, default_value_t = OutputFormat::Jsonl)]
    format: OutputFormat,
    /// No progress bar and no summary line on stderr.
    #[arg(short, long)]
    quiet: bool,
}

/// How records are written.
#[derive(clap::ValueEnum, Clone, Copy, Debug, PartialEq, Eq)]
enum OutputFormat {
    /// One JSON record per line.
    Jsonl,
    /// A Parquet file, one row per record.
    Parquet,
}

/// The allocator of the binary: jemalloc, unless built without the
/// `jemalloc` feature.
///
/// An article costs about 190 allocations (token lists, mention vectors,
/// record strings, serialised lines), and glibc's malloc spent 11-13% of
/// a text run's cycles on them (`_int_malloc`, `malloc_consolidate`,
/// `_int_free`). jemalloc's thread caches serve them in fewer
/// instructions and keep the batch buffers of the two worker threads
/// apart: on the 114,024-file text corpus at `--jobs 2`, wall time
/// 3.89-4.54 s fell to 3.48-3.69 s and system time by a quarter, for
/// 8 MB more peak RSS (about 50 MB; 20,000 files 1.12x of 2,000, the bar
/// being 1.2x). mimalloc, tried before, was as fast but let peak RSS
/// reach 84-117 MB and 1.24x.
#[cfg(all(feature = "jemalloc", not(target_env = "msvc")))]
#[global_allocator]
static ALLOCATOR: tikv_jemallocator::Jemalloc = tikv_jemallocator::Jemalloc;

/// Keeps glibc's malloc from letting peak memory creep with the corpus
/// (builds without the `jemalloc` feature).
///
/// glibc raises its mmap threshold each time a mapped block is freed (up to
/// 32 MiB), after which the pipeline's per-batch buffers (0.2 to 2 MB, a
/// new set per batch of 1,024 documents) come from the heap and fragment
/// it: peak RSS at `--jobs 2` was 35 MB for 2,000 articles and 42-44 MB for
/// 20,000. With the threshold fixed at 256 KiB those buffers stay mapped
/// and go back to the system when freed: 33 and 38 MB. Cost: a few
/// page faults per batch, about 2% more system time.
fn fix_mmap_threshold() {
    #[cfg(all(target_os = "linux", target_env = "gnu", not(feature = "jemalloc")))]
    // SAFETY: mallopt only sets a malloc parameter; it is called before any
    // other thread exists.
    unsafe {
        libc::mallopt(libc::M_MMAP_THRESHOLD, 256 << 10);
    }
}

fn main() -> ExitCode {
    fix_mmap_threshold();
    // A panic inside one document becomes that document's `internal` error
    // record; say so in one line instead of a backtrace per document.
    std::panic::set_hook(Box::new(|info| {
        eprintln!("warta: internal error (a bug, please report it with the input): {info}");
    }));
    let cli = match Cli::try_parse() {
        Ok(cli) => cli,
        Err(e) => {
            let _ = e.print();
            return ExitCode::from(if e.use_stderr() { 2 } else { 0 });
        }
    };
    match cli.command {
        Command::Schema => {
            let schema = schemars::schema_for!(Record);
            println!("{}", serde_json::to_string_pretty(&schema).expect("schema serialises"));
            ExitCode::SUCCESS
        }
        Command::Extract(args) => extract(args),
        Command::Stats(args) => stats(args),
    }
}

fn stats(args: StatsArgs) -> ExitCode {
    let mut stats = warta::stats::Stats::default();
    let files = if args.files.is_empty() {
        vec![PathBuf::from("-")]
    } else {
        args.files
    };
    for f in &files {
        let read = if f.as_os_str() == "-" {
            stats.read(io::stdin().lock())
        } else {
            std::fs::File::open(f).and_then(|file| stats.read(io::BufReader::new(file)))
        };
        if let Err(e) = read {
            eprintln!("warta stats: cannot read {}: {e}", f.display());
            return ExitCode::from(1);
        }
    }
    print!("{}", stats.render(args.top));
    ExitCode::SUCCESS
}

fn extract(args: ExtractArgs) -> ExitCode {
    if args.paths.is_empty() && !args.stdin_paths && !args.stdin_jsonl {
        eprintln!(
            "warta extract: no input; give files or folders, --stdin-paths or --stdin-jsonl (see warta extract --help)"
        );
        return ExitCode::from(2);
    }
    if args.jobs == Some(0) {
        eprintln!("warta extract: --jobs must be at least 1");
        return ExitCode::from(2);
    }
    let jobs = args
        .jobs
        .unwrap_or_else(|| std::thread::available_parallelism().map_or(1, |n| n.get()));
    let options = Options {
        keep_text: !args.no_text,
        max_bytes: args.max_bytes,
    };
    let bar = (!args.quiet && io::stderr().is_terminal()).then(|| {
        let bar = indicatif::ProgressBar::new_spinner();
        bar.set_style(indicatif::ProgressStyle::with_template("{spinner} {msg} [{elapsed}]").expect("valid template"));
        bar
    });
    let mut progress = |s: &pipeline::Summary| {
        if let Some(bar) = &bar {
            let secs = s.elapsed.as_secs_f64().max(1e-9);
            bar.set_message(format!(
                "{} documents, {:.1} MB, {:.0} docs/s",
                s.documents,
                s.bytes as f64 / 1e6,
                s.documents as f64 / secs
            ));
            bar.tick();
        }
    };

    let run = |out: &mut dyn Sink, progress: &mut dyn FnMut(&pipeline::Summary)| {
        if args.stdin_jsonl {
            return pipeline::run_jsonl(io::BufReader::new(io::stdin()), "-", jobs, &options, out, progress);
        }
        let inputs = source::from_args(args.paths.clone(), args.follow_links);
        let stdin: Box<dyn Iterator<Item = source::Input> + Send> = if args.stdin_paths {
            Box::new(source::from_lines(io::BufReader::new(io::stdin()), args.follow_links))
        } else {
            Box::new(std::iter::empty())
        };
        pipeline::run(inputs.chain(stdin), jobs, &options, out, progress)
    };
    let result = match (&args.output, args.format) {
        (None, OutputFormat::Jsonl) => {
            let stdout = io::stdout().lock();
            let mut out = JsonLines(io::BufWriter::with_capacity(1 << 16, stdout));
            run(&mut out, &mut progress)
        }
        (Some(path), OutputFormat::Jsonl) => write_atomically(path, |out| run(&mut JsonLines(out), &mut progress)),
        #[cfg(feature = "parquet")]
        (Some(path), OutputFormat::Parquet) => write_atomically(path, |out| {
            let mut sink = warta::sink::ParquetSink::new(out)?;
            run(&mut sink, &mut progress)
        }),
        #[cfg(feature = "parquet")]
        (None, OutputFormat::Parquet) => {
            eprintln!("warta extract: --format parquet writes a file: give -o FILE");
            return ExitCode::from(2);
        }
        #[cfg(not(feature = "parquet"))]
        (_, OutputFormat::Parquet) => {
            eprintln!(
                "warta extract: this warta was built without Parquet support; build it with `cargo build --release --features parquet`"
            );
            return ExitCode::from(2);
        }
    };
    if let Some(bar) = bar {
        bar.finish_and_clear();
    }
    match result {
        Ok(summary) => {
            if !args.quiet {
                eprintln!("{}", summary.line());
            }
            ExitCode::SUCCESS
        }
        // The reader went away (`warta extract … | head`): not our failure.
        Err(e) if e.kind() == io::ErrorKind::BrokenPipe => ExitCode::SUCCESS,
        Err(e) => {
            let target = args
                .output
                .as_ref()
                .map_or("standard output".to_string(), |p| p.display().to_string());
            eprintln!("warta extract: cannot write {target}: {e}");
            ExitCode::from(1)
        }
    }
}

/// Runs `f` on a temporary file beside `path`, renamed to `path` only when
/// `f` succeeds: an interrupted run never leaves a half file under `path`.
fn write_atomically<T>(
    path: &std::path::Path,
    f: impl FnOnce(&mut (dyn Write + Send)) -> io::Result<T>,
) -> io::Result<T> {
    let dir = match path.parent() {
        Some(d) if !d.as_os_str().is_empty() => d.to_path_buf(),
        _ => PathBuf::from("."),
    };
    let tmp = tempfile::Builder::new()
        .prefix(".warta-")
        .suffix(".tmp")
        .tempfile_in(&dir)?;
    let mut out = io::BufWriter::with_capacity(1 << 16, tmp);
    let value = f(&mut out)?;
    let tmp = out.into_inner().map_err(|e| e.into_error())?;
    // A temporary file is created private (0600); the output is an
    // ordinary file: the mode of the file it replaces, else rw-r--r--.
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let mode = std::fs::metadata(path).map_or(0o644, |m| m.permissions().mode() & 0o777);
        tmp.as_file().set_permissions(std::fs::Permissions::from_mode(mode))?;
    }
    tmp.as_file().sync_all()?;
    tmp.persist(path).map_err(|e| e.error)?;
    Ok(value)
}
