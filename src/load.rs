//! Loading: bytes in, decoded documents (or error records) out.
//!
//! One input file becomes one or more [`Loaded`] documents: a text or HTML
//! file is one document; a scraper JSON file (an object, an array of objects
//! or JSON lines) is one document per object. Every failure becomes a
//! [`Failure`] of a documented [`ErrorKind`], never a panic or a silent gap,
//! so that every input yields at least one record.
//!
//! Decoding order: a BOM (UTF-8, UTF-16LE/BE) wins; then valid UTF-8
//! (whatever the page declares: news sites leave stale declarations in
//! their templates); then UTF-8 with a few damaged bytes (replaced, with a
//! warning); then a legacy charset the page declares in a `<meta>`, if the
//! bytes decode cleanly in it; then the legacy encoding `chardetng`
//! detects, decoded by `encoding_rs`. The last two carry an
//! `encoding_fallback` warning.

use std::fs::File;
use std::io::Read;
use std::path::Path;

use serde_json::value::RawValue;
use serde_json::{Map, Value};
use sha2::{Digest, Sha256};

use crate::record::{ErrorKind, Format, Source, Warning};

/// How a document's body is to be cleaned.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Body {
    /// Plain text: furniture lines, bylines and duplicates are cleaned away.
    Text(String),
    /// An HTML page: main text and metadata are extracted from the DOM.
    Html(String),
}

/// Metadata a scraper JSON object states next to its body.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Given {
    /// `title` field.
    pub title: Option<String>,
    /// `url` field.
    pub url: Option<String>,
    /// `date` field, as given.
    pub date: Option<String>,
}

/// A decoded document, ready for cleaning.
#[derive(Clone, Debug)]
pub struct Loaded {
    /// Where it came from.
    pub source: Source,
    /// SHA-256 of its bytes, hex.
    pub id: String,
    /// The decoded body.
    pub body: Body,
    /// Metadata given next to the body (scraper JSON only).
    pub given: Given,
    /// Decoding warnings.
    pub warnings: Vec<Warning>,
}

/// A document that could not be loaded.
#[derive(Clone, Debug)]
pub struct Failure {
    /// Where it came from.
    pub source: Source,
    /// SHA-256 of the bytes, when any were read.
    pub id: Option<String>,
    /// The documented kind.
    pub kind: ErrorKind,
    /// Detail for a human.
    pub message: String,
}

impl Failure {
    /// The failure of an input named `display` of which nothing else is
    /// known (no format, size or id): the walk could not reach it, or
    /// reading it panicked.
    pub fn of_input(display: &str, kind: ErrorKind, message: String) -> Failure {
        Failure {
            source: crate::unknown_source(display),
            id: None,
            kind,
            message,
        }
    }
}

/// What loading one input produced, per document.
#[derive(Clone, Debug)]
pub enum Outcome {
    /// A document to clean and analyse.
    Doc(Loaded),
    /// A document that failed.
    Failed(Failure),
    /// A container (JSON array, JSONL) that held no document at all.
    Empty(Source, String),
}

impl Outcome {
    /// Bytes of the decoded body a document holds (0 for the others).
    pub fn body_len(&self) -> usize {
        match self {
            Outcome::Doc(Loaded {
                body: Body::Text(b) | Body::Html(b),
                ..
            }) => b.len(),
            _ => 0,
        }
    }
}

/// Hex SHA-256 of `bytes` (lowercase). Cost: about 1 ns per byte, and one
/// allocation for the 64 digits (written as bytes: `hex::encode` pushed
/// them as chars one by one, 0.3% of a text run).
pub fn sha256_hex(bytes: &[u8]) -> String {
    const DIGITS: &[u8; 16] = b"0123456789abcdef";
    let mut out = Vec::with_capacity(64);
    for b in Sha256::digest(bytes) {
        out.extend_from_slice(&[DIGITS[usize::from(b >> 4)], DIGITS[usize::from(b & 15)]]);
    }
    String::from_utf8(out).expect("hex digits are ASCII")
}

fn failure(path: &str, format: Format, bytes: u64, id: Option<String>, kind: ErrorKind, message: String) -> Outcome {
    Outcome::Failed(Failure {
        source: Source {
            path: path.to_string(),
            format,
            bytes,
            line: None,
            id: None,
        },
        id,
        kind,
        message,
    })
}

/// Reads and loads the file at `path`, which the record names `display`.
///
/// Reads at most `max_bytes` (a larger file is a `too_large` failure, found
/// from its metadata before any read). Reads nothing that is not a regular
/// file: the path is opened without blocking (`O_NONBLOCK`, so a FIFO with
/// no writer cannot stall the run) and checked with `fstat` on the open
/// descriptor. Cost: open, fstat, two reads (the second finds the end) and
/// close, the least a reader can do without trusting the size it was told;
/// stat-ing the path first would walk it twice.
pub fn load_path(path: &Path, display: &str, max_bytes: u64) -> Vec<Outcome> {
    load_file(path, display, max_bytes, true)
}

/// Like [`load_path`], for a file that a folder's listing showed to be a
/// regular file (the entry type `getdents` returns, which the walk reads
/// without a `stat`): skips the `fstat`, one system call of the five a
/// small file costs (about 1.3% of a run over news texts). A file that is
/// no longer regular when opened still fails cleanly: a folder cannot be
/// read, and a FIFO opened without blocking reads as empty. A file over
/// `max_bytes` is found by reading `max_bytes + 1` bytes, and only then
/// stat-ed, for the size its failure gives. Cost: open, two reads, close,
/// and a copy of the bytes out of the thread's read buffer.
pub fn load_listed_file(path: &Path, display: &str, max_bytes: u64) -> Vec<Outcome> {
    load_file(path, display, max_bytes, false)
}

/// [`load_path`] (`check`: fstat the open file first) and
/// [`load_listed_file`].
fn load_file(path: &Path, display: &str, max_bytes: u64, check: bool) -> Vec<Outcome> {
    let fail = |kind, message: String| vec![failure(display, Format::Unknown, 0, None, kind, message)];
    let file = match open_nonblocking(path) {
        Ok(f) => f,
        Err(e) => return fail(io_error_kind(&e), e.to_string()),
    };
    let too_large = |len: u64| {
        fail(
            ErrorKind::TooLarge,
            format!("{len} bytes, over the limit of {max_bytes} (--max-bytes)"),
        )
    };
    let mut len = None;
    if check {
        let meta = match file.metadata() {
            Ok(m) => m,
            Err(e) => return fail(io_error_kind(&e), e.to_string()),
        };
        if meta.is_dir() {
            return fail(ErrorKind::Unreadable, "is a directory, not a file".into());
        }
        if !meta.is_file() {
            return fail(
                ErrorKind::Unreadable,
                "not a regular file (FIFO, socket or device)".into(),
            );
        }
        if meta.len() > max_bytes {
            return too_large(meta.len());
        }
        len = Some(meta.len());
    }
    let (gz, hint) = name_hint(path);
    let read = read_limited(file, len, gz, max_bytes);
    let bytes = match read {
        Ok(b) => b,
        Err(e) if gz && e.kind() == std::io::ErrorKind::InvalidInput => {
            return fail(ErrorKind::Unreadable, format!("not valid gzip: {e}"));
        }
        Err(e) => return fail(io_error_kind(&e), e.to_string()),
    };
    if bytes.len() as u64 > max_bytes {
        // unchecked, the size is asked for only now, so that the message
        // is the one a checked read gives
        if !check
            && let Ok(meta) = std::fs::metadata(path)
            && meta.len() > max_bytes
        {
            return too_large(meta.len());
        }
        return fail(
            ErrorKind::TooLarge,
            format!("over the limit of {max_bytes} bytes (--max-bytes)"),
        );
    }
    load_vec(bytes, display, hint)
}

/// Opens `path` for reading without blocking on a FIFO or device.
fn open_nonblocking(path: &Path) -> std::io::Result<File> {
    let mut options = std::fs::OpenOptions::new();
    options.read(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        options.custom_flags(libc::O_NONBLOCK);
    }
    options.open(path)
}

/// Reads all of `file` (gunzipped when `gz`), at most `max_bytes + 1` bytes
/// so that the caller can tell an over-long file. `len`, the size from the
/// file's metadata, sizes the buffer; without it a plain file is read into
/// the thread's read buffer and copied out at its exact size.
fn read_limited(file: File, len: Option<u64>, gz: bool, max_bytes: u64) -> std::io::Result<Vec<u8>> {
    if gz {
        let mut buf = Vec::with_capacity(len.unwrap_or(0).min(max_bytes) as usize);
        flate2::read::MultiGzDecoder::new(file)
            .take(max_bytes + 1)
            .read_to_end(&mut buf)?;
        return Ok(buf);
    }
    let Some(len) = len else {
        return READ_BUFFER.with_borrow_mut(|buf| {
            buf.clear();
            buf.reserve(READ_BUFFER_SIZE);
            let bytes = file.take(max_bytes + 1).read_to_end(buf).map(|_| buf.to_vec());
            if buf.capacity() > READ_BUFFER_KEPT {
                *buf = Vec::new();
            }
            bytes
        });
    };
    let mut buf = Vec::with_capacity(len.min(max_bytes) as usize);
    file.take(max_bytes + 1).read_to_end(&mut buf)?;
    Ok(buf)
}

/// Capacity of a thread's read buffer: most news texts and many pages fit
/// in one read of it.
const READ_BUFFER_SIZE: usize = 64 << 10;

/// Largest read buffer a thread keeps after a big file (memory stays flat).
const READ_BUFFER_KEPT: usize = 1 << 20;

thread_local! {
    /// The buffer a file of unknown size is read into (see
    /// [`read_limited`]), kept from file to file.
    static READ_BUFFER: std::cell::RefCell<Vec<u8>> = const { std::cell::RefCell::new(Vec::new()) };
}

/// The work of analysing the file at `path` relative to a news text's,
/// guessed from its name alone (no system call), so that the pipeline can
/// give its workers even shares: [`PAGE_WORK`] for an HTML page or a JSON
/// file, 1 for anything else.
pub fn work_estimate(path: &Path) -> usize {
    match name_hint(path).1 {
        Hint::Html | Hint::Json | Hint::JsonLines => PAGE_WORK,
        Hint::Sniff | Hint::Text => 1,
    }
}

/// A saved news page (about 150 KB, 1.5 ms to parse and analyse) costs
/// some thirty times a news text (2 KB, 50 µs).
pub const PAGE_WORK: usize = 32;

/// The work of analysing a text document of `len` bytes held in memory (a
/// scraper JSON line, say) relative to a 2 KB news text's.
pub fn work_of_len(len: usize) -> usize {
    1 + len / 2048
}

/// Whether `path` names a gzipped file (`.gz`), and the format hint of its
/// name without that `.gz` ("a.html.gz" is HTML). Cost: one look at the
/// file name, no allocation.
fn name_hint(path: &Path) -> (bool, Hint) {
    let name = path.file_name().map_or(&[][..], |n| n.as_encoded_bytes());
    match split_extension(name) {
        Some((stem, ext)) if ext.eq_ignore_ascii_case(b"gz") => (
            true,
            hint_of_extension(split_extension(stem).map_or(&[][..], |(_, e)| e)),
        ),
        Some((_, ext)) => (false, hint_of_extension(ext)),
        None => (false, Hint::Sniff),
    }
}

/// A file name's stem and extension, split as [`Path::extension`] does: at
/// the last dot, unless that dot starts the name.
fn split_extension(name: &[u8]) -> Option<(&[u8], &[u8])> {
    match name.iter().rposition(|&b| b == b'.') {
        Some(dot) if dot > 0 && name != b".." => Some((&name[..dot], &name[dot + 1..])),
        _ => None,
    }
}

/// Maps an I/O error to the documented kind.
pub fn io_error_kind(e: &std::io::Error) -> ErrorKind {
    match e.kind() {
        std::io::ErrorKind::NotFound => ErrorKind::NotFound,
        _ if e.raw_os_error() == Some(40) => ErrorKind::SymlinkLoop, // ELOOP on Linux
        _ => ErrorKind::Unreadable,
    }
}

/// What a file name says about its format.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Hint {
    /// `.txt` and unknown extensions: sniff the content.
    Sniff,
    /// Plain text whatever it looks like.
    Text,
    /// `.html`, `.htm`, `.xhtml`.
    Html,
    /// `.json`: an object, an array, or JSON lines.
    Json,
    /// `.jsonl`, `.ndjson`: JSON lines.
    JsonLines,
}

/// The format hint of an extension, in any case.
fn hint_of_extension(ext: &[u8]) -> Hint {
    let is = |e: &str| ext.eq_ignore_ascii_case(e.as_bytes());
    if is("html") || is("htm") || is("xhtml") {
        Hint::Html
    } else if is("json") {
        Hint::Json
    } else if is("jsonl") || is("ndjson") {
        Hint::JsonLines
    } else {
        Hint::Sniff
    }
}

/// Loads a document from `bytes` already read; `display` names it in records.
pub fn load_bytes(bytes: &[u8], display: &str, hint: Hint) -> Vec<Outcome> {
    load_decoded(bytes.len() as u64, sha256_hex(bytes), decode(bytes), display, hint)
}

/// [`load_bytes`] for bytes the caller gives up: valid UTF-8 becomes the
/// document's text without a copy.
fn load_vec(bytes: Vec<u8>, display: &str, hint: Hint) -> Vec<Outcome> {
    let (size, id) = (bytes.len() as u64, sha256_hex(&bytes));
    load_decoded(size, id, decode_vec(bytes), display, hint)
}

/// The document(s) of `size` bytes with content hash `id`, once decoded.
fn load_decoded(
    size: u64,
    id: String,
    decoded: Result<Decoded, (ErrorKind, String)>,
    display: &str,
    hint: Hint,
) -> Vec<Outcome> {
    let (text, warnings) = match decoded {
        Ok(d) => d,
        Err((kind, message)) => return vec![failure(display, Format::Unknown, size, Some(id), kind, message)],
    };
    let format = match hint {
        Hint::Html => Format::Html,
        Hint::Json | Hint::JsonLines => Format::Json,
        Hint::Sniff => sniff(&text),
        Hint::Text => Format::Text,
    };
    let source = Source {
        path: display.to_string(),
        format,
        bytes: size,
        line: None,
        id: None,
    };
    match format {
        Format::Json => load_json(&text, source, hint == Hint::JsonLines, warnings),
        Format::Html => vec![Outcome::Doc(Loaded {
            source,
            id,
            body: Body::Html(text),
            given: Given::default(),
            warnings,
        })],
        Format::Text | Format::Unknown => vec![Outcome::Doc(Loaded {
            source: Source {
                format: Format::Text,
                ..source
            },
            id,
            body: Body::Text(text),
            given: Given::default(),
            warnings,
        })],
    }
}

/// Guesses the format of decoded content with no telling extension.
fn sniff(text: &str) -> Format {
    let head = text.trim_start();
    // "[VIDEO] Judul…" starts a text article too: JSON only if it parses,
    // as a whole or by its first line.
    if (head.starts_with('{') || head.starts_with('['))
        && (serde_json::from_str::<&RawValue>(head.trim_end()).is_ok()
            || serde_json::from_str::<Map<String, Value>>(head.lines().next().unwrap_or("")).is_ok())
    {
        return Format::Json;
    }
    // every HTML test below needs a leading '<': text skips the copy
    if !head.starts_with('<') {
        return Format::Text;
    }
    // the first 512 characters, lowercased in one copy
    let end = head.char_indices().nth(512).map_or(head.len(), |(i, _)| i);
    let lower = head[..end].to_ascii_lowercase();
    if lower.starts_with("<!doctype html")
        || lower.starts_with("<html")
        || (lower.starts_with('<') && lower.contains("<body"))
    {
        return Format::Html;
    }
    Format::Text
}

type Decoded = (String, Vec<Warning>);

/// Decodes bytes to text; see the module docs for the order of attempts.
pub fn decode(bytes: &[u8]) -> Result<Decoded, (ErrorKind, String)> {
    if let Some(decoded) = decode_bom_or_binary(bytes) {
        return decoded;
    }
    match std::str::from_utf8(bytes) {
        // Valid UTF-8 without NUL or C0 controls (checked above) is text:
        // binary data is practically never valid UTF-8.
        Ok(s) => Ok((s.to_string(), Vec::new())),
        Err(_) => decode_not_utf8(bytes),
    }
}

/// [`decode`] for bytes the caller gives up: the common case, UTF-8 text
/// without a BOM, keeps the buffer as the string instead of copying it.
pub fn decode_vec(bytes: Vec<u8>) -> Result<Decoded, (ErrorKind, String)> {
    if let Some(decoded) = decode_bom_or_binary(&bytes) {
        return decoded;
    }
    match String::from_utf8(bytes) {
        Ok(text) => Ok((text, Vec::new())),
        Err(e) => decode_not_utf8(e.as_bytes()),
    }
}

/// The answer of [`decode`] for bytes with a byte-order mark or that look
/// binary; `None` for the others.
fn decode_bom_or_binary(bytes: &[u8]) -> Option<Result<Decoded, (ErrorKind, String)>> {
    if let Some((encoding, bom_len)) = encoding_rs::Encoding::for_bom(bytes) {
        let body = &bytes[bom_len..];
        if encoding == encoding_rs::UTF_8 {
            return Some(Ok(utf8_lossy(body)));
        }
        return Some(
            match encoding.decode_without_bom_handling_and_without_replacement(body) {
                Some(s) => check_text(s.into_owned(), Vec::new()),
                None => Err((
                    ErrorKind::BadEncoding,
                    format!("malformed {} after its byte-order mark", encoding.name()),
                )),
            },
        );
    }
    if looks_binary(bytes) {
        return Some(Err((
            ErrorKind::Binary,
            "NUL or control bytes: not a text document".into(),
        )));
    }
    None
}

/// The answer of [`decode`] for bytes without a byte-order mark, not
/// binary, and not valid UTF-8: damaged UTF-8, or a legacy encoding.
fn decode_not_utf8(bytes: &[u8]) -> Result<Decoded, (ErrorKind, String)> {
    if mostly_utf8(bytes) {
        return Ok(utf8_lossy(bytes));
    }
    if let Some(encoding) = declared_charset(bytes)
        && let Some(text) = encoding.decode_without_bom_handling_and_without_replacement(bytes)
    {
        let warning = Warning::new(
            "encoding_fallback",
            format!(
                "not UTF-8; decoded as {}, the charset the page declares",
                encoding.name()
            ),
        );
        return check_text(text.into_owned(), vec![warning]);
    }
    let mut detector = chardetng::EncodingDetector::new(chardetng::Iso2022JpDetection::Deny);
    detector.feed(bytes, true);
    let encoding = detector.guess(None, chardetng::Utf8Detection::Allow);
    let (text, _, malformed) = encoding.decode(bytes);
    if malformed {
        return Err((
            ErrorKind::BadEncoding,
            format!("not UTF-8, and not valid {} either", encoding.name()),
        ));
    }
    let warning = Warning::new(
        "encoding_fallback",
        format!(
            "not UTF-8; decoded as {}, the encoding detected from the bytes",
            encoding.name()
        ),
    );
    check_text(text.into_owned(), vec![warning])
}

fn utf8_lossy(bytes: &[u8]) -> Decoded {
    match String::from_utf8_lossy(bytes) {
        std::borrow::Cow::Borrowed(s) => (s.to_string(), Vec::new()),
        std::borrow::Cow::Owned(s) => {
            let bad = s.matches('\u{FFFD}').count();
            let w = Warning::new(
                "encoding_fallback",
                format!("UTF-8 with {bad} invalid byte sequence(s), replaced by U+FFFD"),
            );
            (s, vec![w])
        }
    }
}

/// Text whose decoding yields control characters is binary after all
/// (UTF-16 with a BOM skips the byte-level check).
fn check_text(text: String, warnings: Vec<Warning>) -> Result<Decoded, (ErrorKind, String)> {
    let (mut chars, mut controls) = (0usize, 0usize);
    for c in text.chars().take(65536) {
        chars += 1;
        controls += usize::from(c.is_control() && !matches!(c, '\n' | '\r' | '\t' | '\u{c}'));
    }
    if controls > 0 && controls * 100 > chars {
        return Err((ErrorKind::Binary, "control characters: not a text document".into()));
    }
    Ok((text, warnings))
}

/// The charset an HTML page declares in its first 4 KiB (`<meta
/// charset="…">` or `content="text/html; charset=…"`), when it names a
/// legacy encoding. Only consulted for bytes that are not UTF-8: a page
/// that declares a legacy charset but is valid UTF-8 is UTF-8 (news sites
/// often leave a stale declaration in their template).
fn declared_charset(bytes: &[u8]) -> Option<&'static encoding_rs::Encoding> {
    let head = &bytes[..bytes.len().min(4096)];
    let lower = head.to_ascii_lowercase();
    let at = lower.windows(8).position(|w| w == b"charset=")? + 8;
    let rest = &head[at..];
    let rest = rest
        .strip_prefix(b"\"")
        .or_else(|| rest.strip_prefix(b"'"))
        .unwrap_or(rest);
    let end = rest
        .iter()
        .position(|b| !(b.is_ascii_alphanumeric() || matches!(b, b'-' | b'_' | b':' | b'.')))
        .unwrap_or(rest.len());
    let encoding = encoding_rs::Encoding::for_label(&rest[..end])?;
    (encoding != encoding_rs::UTF_8).then_some(encoding)
}

/// NUL bytes, or more than 1% C0 control bytes, in the first 64 KiB.
fn looks_binary(bytes: &[u8]) -> bool {
    let head = &bytes[..bytes.len().min(65536)];
    // `memchr` is a vector search; `<[u8]>::contains` reads a word at a time
    if memchr::memchr(0, head).is_some() {
        return true;
    }
    controls(head) * 100 > head.len()
}

/// Number of C0 control bytes in `bytes` other than text's own (line feed,
/// carriage return, tab, form feed, escape). Cost: one pass eight bytes at a
/// time; a word holding a byte below 0x20 (a line break, in most words of
/// an HTML page but few of a text's) costs three more range tests, not a
/// look at each of its bytes.
fn controls(bytes: &[u8]) -> usize {
    use crate::swar::in_range;
    let is_control = |b: &u8| *b < 0x20 && !matches!(b, b'\n' | b'\r' | b'\t' | 0x0c | 0x1b);
    let mut words = bytes.chunks_exact(8);
    let mut count = 0;
    for word in &mut words {
        let x = u64::from_le_bytes(word.try_into().expect("eight bytes"));
        let low = in_range(x, 0, 0x1F);
        if low != 0 {
            // Not tab and line feed (0x09-0x0A), form feed and carriage
            // return (0x0C-0x0D) or escape (0x1B).
            let text_own = in_range(x, 0x09, 0x0A) | in_range(x, 0x0C, 0x0D) | in_range(x, 0x1B, 0x1B);
            count += (low & !text_own).count_ones() as usize;
        }
    }
    count + words.remainder().iter().filter(|b| is_control(b)).count()
}

/// True when valid multi-byte UTF-8 sequences outnumber invalid ones: a UTF-8
/// file with a few damaged bytes, not a legacy encoding.
fn mostly_utf8(bytes: &[u8]) -> bool {
    let (mut valid_multi, mut invalid) = (0usize, 0usize);
    for chunk in bytes.utf8_chunks() {
        valid_multi += chunk.valid().chars().filter(|c| !c.is_ascii()).count();
        if !chunk.invalid().is_empty() {
            invalid += 1;
        }
    }
    valid_multi > invalid
}

/// Splits scraper JSON into documents: an object, an array of objects, or
/// JSON lines (also when a `.json` file holds several lines of objects).
fn load_json(text: &str, source: Source, lines_only: bool, warnings: Vec<Warning>) -> Vec<Outcome> {
    let trimmed = text.trim_start_matches('\u{feff}').trim();
    let mut out = Vec::new();
    if !lines_only && trimmed.starts_with('[') {
        match serde_json::from_str::<Vec<&RawValue>>(trimmed) {
            Ok(items) => {
                for (i, raw) in items.iter().enumerate() {
                    out.push(json_document(raw.get(), &source, i as u64 + 1, &warnings));
                }
            }
            Err(e) => out.push(json_failure(
                &source,
                text,
                None,
                format!("not a JSON array of objects: {e}"),
            )),
        }
    } else if !lines_only && serde_json::from_str::<&RawValue>(trimmed).is_ok() {
        out.push(json_document(trimmed, &source, 1, &warnings));
    } else {
        for (i, line) in trimmed.lines().enumerate() {
            let line = line.trim();
            if line.is_empty() {
                continue;
            }
            out.push(json_document(line, &source, i as u64 + 1, &warnings));
        }
    }
    if out.is_empty() {
        out.push(Outcome::Empty(source, "the file holds no JSON document".into()));
    }
    out
}

/// Loads one line of a JSON-lines stream (`--stdin-jsonl`): the object at
/// 1-based `line` of the stream named `display`. A line that is not a JSON
/// object with a body field is a `bad_json` failure.
pub fn load_json_line(raw: &str, display: &str, line: u64) -> Outcome {
    let stream = Source {
        path: display.to_string(),
        format: Format::Json,
        bytes: raw.len() as u64,
        line: Some(line),
        id: None,
    };
    json_document(raw.trim(), &stream, line, &[])
}

fn json_failure(source: &Source, raw: &str, line: Option<u64>, message: String) -> Outcome {
    Outcome::Failed(Failure {
        source: Source {
            format: Format::Json,
            bytes: raw.len() as u64,
            line,
            ..source.clone()
        },
        id: Some(sha256_hex(raw.as_bytes())),
        kind: ErrorKind::BadJson,
        message,
    })
}

/// One scraper JSON object → one document.
fn json_document(raw: &str, file: &Source, line: u64, warnings: &[Warning]) -> Outcome {
    let object: Map<String, Value> = match serde_json::from_str(raw) {
        Ok(Value::Object(o)) => o,
        Ok(_) => return json_failure(file, raw, Some(line), "not a JSON object".into()),
        Err(e) => return json_failure(file, raw, Some(line), format!("invalid JSON: {e}")),
    };
    let string = |key: &str| match object.get(key) {
        Some(Value::String(s)) => Some(s.clone()),
        Some(Value::Number(n)) => Some(n.to_string()),
        _ => None,
    };
    let body = if let Some(t) = string("text").or_else(|| string("content")) {
        Body::Text(t)
    } else if let Some(h) = string("html") {
        Body::Html(h)
    } else {
        return json_failure(
            file,
            raw,
            Some(line),
            "object has no string field text, content or html".into(),
        );
    };
    Outcome::Doc(Loaded {
        source: Source {
            path: file.path.clone(),
            format: Format::Json,
            bytes: raw.len() as u64,
            line: Some(line),
            id: string("id"),
        },
        id: sha256_hex(raw.as_bytes()),
        body,
        given: Given {
            title: string("title"),
            url: string("url"),
            date: string("date"),
        },
        warnings: warnings.to_vec(),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn kinds(out: &[Outcome]) -> Vec<String> {
        out.iter()
            .map(|o| match o {
                Outcome::Doc(d) => format!("doc:{:?}", d.source.format),
                Outcome::Failed(f) => format!("err:{}", f.kind.as_str()),
                Outcome::Empty(..) => "empty".into(),
            })
            .collect()
    }

    /// The FIPS 180-2 test vectors, as lowercase hex.
    #[test]
    fn sha256_hex_gives_the_standard_digests() {
        assert_eq!(
            sha256_hex(b""),
            "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"
        );
        assert_eq!(
            sha256_hex(b"abc"),
            "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"
        );
    }

    /// A file the walk listed loads as the same outcome as one stat-ed
    /// first, at every size around the read buffer's and the limit.
    #[test]
    fn listed_files_load_as_checked_files_do() {
        let dir = tempfile::tempdir().expect("temp dir");
        let limit = (READ_BUFFER_SIZE + 10) as u64;
        let line = "Bupati Ketapang Martin Rantan meresmikan jembatan. ";
        for len in [
            0,
            1,
            2047,
            READ_BUFFER_SIZE - 1,
            READ_BUFFER_SIZE,
            READ_BUFFER_SIZE + 10,
            READ_BUFFER_SIZE + 11,
        ] {
            let path = dir.path().join(format!("{len}.txt"));
            let body: String = line.chars().cycle().take(len).collect();
            std::fs::write(&path, &body).expect("write");
            let checked = load_path(&path, "x.txt", limit);
            let listed = load_listed_file(&path, "x.txt", limit);
            assert_eq!(kinds(&listed), kinds(&checked), "{len}");
            match (&listed[..], &checked[..]) {
                ([Outcome::Doc(a)], [Outcome::Doc(b)]) => {
                    assert_eq!(a.body, b.body, "{len}");
                    assert_eq!(a.source.bytes, len as u64, "{len}");
                }
                ([Outcome::Failed(a)], [Outcome::Failed(b)]) if len as u64 > limit => {
                    assert_eq!(a.kind, ErrorKind::TooLarge);
                    assert_eq!(
                        a.message,
                        format!("{len} bytes, over the limit of {limit} (--max-bytes)")
                    );
                    assert_eq!(b.message, a.message);
                }
                ([Outcome::Empty(..)], [Outcome::Empty(..)]) if len == 0 => {}
                other => panic!("{len}: {other:?}"),
            }
        }
        // a folder where the listing said file: unreadable, never a panic
        assert_eq!(kinds(&load_listed_file(dir.path(), "d", limit)), ["err:unreadable"]);
    }

    #[test]
    fn pages_and_json_files_are_estimated_at_page_work() {
        for (name, work) in [
            ("a.txt", 1),
            ("a.txt.gz", 1),
            ("README", 1),
            ("a.HTML", PAGE_WORK),
            ("a.htm.gz", PAGE_WORK),
            ("a.json", PAGE_WORK),
            ("a.jsonl", PAGE_WORK),
        ] {
            assert_eq!(work_estimate(Path::new(name)), work, "{name}");
        }
        // in memory, by length: a unit per started 2 KB
        assert_eq!([0, 2047, 2048, 150_000].map(work_of_len), [1, 1, 2, 74]);
    }

    #[test]
    fn file_names_give_gzip_and_format_as_path_extension_does() {
        for (name, gz, hint) in [
            ("a.html", false, Hint::Html),
            ("dir.v2/A.HTM", false, Hint::Html),
            ("a.xhtml.gz", true, Hint::Html),
            ("a.JSON.GZ", true, Hint::Json),
            ("a.ndjson", false, Hint::JsonLines),
            ("a.jsonl.gz", true, Hint::JsonLines),
            ("a.txt.gz", true, Hint::Sniff),
            ("a.gz", true, Hint::Sniff),
            (".gz", false, Hint::Sniff),
            (".html", false, Hint::Sniff),
            ("x/.html.gz", true, Hint::Sniff),
            ("a.", false, Hint::Sniff),
            ("README", false, Hint::Sniff),
            ("dir.html/", false, Hint::Html),
            ("..", false, Hint::Sniff),
            ("", false, Hint::Sniff),
        ] {
            assert_eq!(name_hint(Path::new(name)), (gz, hint), "{name}");
            // The same answers as `Path`'s own parsing.
            let p = Path::new(name);
            let std_gz = p.extension().is_some_and(|e| e.eq_ignore_ascii_case("gz"));
            assert_eq!(gz, std_gz, "{name}");
            let inner = if std_gz { p.with_extension("") } else { p.to_path_buf() };
            let std_ext = inner.extension().and_then(|e| e.to_str()).map(str::to_ascii_lowercase);
            let std_hint = match std_ext.as_deref() {
                Some("html" | "htm" | "xhtml") => Hint::Html,
                Some("json") => Hint::Json,
                Some("jsonl" | "ndjson") => Hint::JsonLines,
                _ => Hint::Sniff,
            };
            assert_eq!(hint, std_hint, "{name}");
        }
    }

    #[test]
    fn controls_counts_c0_bytes_but_text_white_space_and_esc() {
        assert_eq!(controls(b""), 0);
        assert_eq!(controls(b"plain text, no controls at all\n\r\t\x0c\x1b"), 0);
        assert_eq!(controls(b"a\x01b\x02cdefghij\x1fk\x7f\xff\x20"), 3);
        // Every position within a word and the remainder, and bytes just
        // above a control, count exactly.
        for at in 0..19 {
            let mut bytes = vec![b'x'; 19];
            bytes[at] = 0x07;
            if at + 1 < 19 {
                bytes[at + 1] = 0x20;
            }
            assert_eq!(controls(&bytes), 1, "control at {at}");
        }
        let all: Vec<u8> = (0..=255).collect();
        assert_eq!(controls(&all), 32 - 5);
    }

    #[test]
    fn decode_vec_agrees_with_decode() {
        let cases: [&[u8]; 7] = [
            b"",
            "kab. Pulang Pisau \u{2013} \u{201c}ok\u{201d}".as_bytes(),
            b"\xEF\xBB\xBFhalo",
            b"\xFF\xFEh\x00a\x00",
            b"Caf\xe9 di Jakarta, r\xe9sum\xe9 \x93kutipan\x94",
            b"binary\x00data",
            b"rusak \xe2\x80 sedikit \xe2\x80\x94 saja \xc3\xa9\xc3\xa9",
        ];
        for bytes in cases {
            assert_eq!(decode_vec(bytes.to_vec()), decode(bytes), "{bytes:?}");
        }
    }

    #[test]
    fn decodes_utf8_with_and_without_bom() {
        assert_eq!(decode(b"\xEF\xBB\xBFhalo").unwrap(), ("halo".to_string(), vec![]));
        assert_eq!(
            decode("kab. Pulang Pisau – “ok”".as_bytes()).unwrap().0,
            "kab. Pulang Pisau – “ok”"
        );
    }

    #[test]
    fn decodes_utf16_with_bom() {
        let mut le = vec![0xFF, 0xFE];
        for u in "Désa".encode_utf16() {
            le.extend_from_slice(&u.to_le_bytes());
        }
        assert_eq!(decode(&le).unwrap().0, "Désa");
        let mut be = vec![0xFE, 0xFF];
        for u in "Désa".encode_utf16() {
            be.extend_from_slice(&u.to_be_bytes());
        }
        assert_eq!(decode(&be).unwrap().0, "Désa");
    }

    #[test]
    fn windows_1252_falls_back_with_a_warning() {
        let (text, warnings) = decode(b"Caf\xe9 di Jakarta, r\xe9sum\xe9 \x93kutipan\x94 dan na\xefve").unwrap();
        assert_eq!(text, "Café di Jakarta, résumé “kutipan” dan naïve");
        assert_eq!(warnings[0].kind, "encoding_fallback");
    }

    #[test]
    fn a_declared_charset_is_used_only_when_the_bytes_are_not_utf8() {
        // Declares Latin-1, is UTF-8 (as many saved Indonesian pages are).
        let page = "<html><head><meta charset=\"iso-8859-1\"></head><body><p>Kafe “Kopi” di Jakarta</p></body></html>";
        let (text, warnings) = decode(page.as_bytes()).unwrap();
        assert_eq!((text.as_str(), warnings.len()), (page, 0));
        // Declares windows-1251 and is: the declaration beats detection.
        let mut cyr = b"<meta http-equiv=\"Content-Type\" content=\"text/html; charset=windows-1251\"><p>".to_vec();
        cyr.extend_from_slice(b"\xcf\xf0\xe8\xe2\xe5\xf2</p>");
        let (text, warnings) = decode(&cyr).unwrap();
        assert!(text.ends_with("<p>Привет</p>"), "{text}");
        assert!(warnings[0].message.contains("windows-1251"), "{:?}", warnings);
        // Declares UTF-8, is windows-1252: detection decides.
        let (text, warnings) =
            decode(b"<meta charset=utf-8><p>Caf\xe9 \x93Kopi\x94 dan r\xe9sum\xe9 na\xefve</p>").unwrap();
        assert_eq!(text, "<meta charset=utf-8><p>Café “Kopi” dan résumé naïve</p>");
        assert!(warnings[0].message.contains("detected"), "{:?}", warnings);
    }

    #[test]
    fn damaged_utf8_is_repaired_not_reinterpreted() {
        let mut bytes = "Bupati – “Martin” ".as_bytes().to_vec();
        bytes.push(0xFF);
        bytes.extend_from_slice("hadir".as_bytes());
        let (text, warnings) = decode(&bytes).unwrap();
        assert_eq!(text, "Bupati – “Martin” \u{FFFD}hadir");
        assert_eq!(warnings.len(), 1);
    }

    #[test]
    fn binary_is_rejected() {
        assert_eq!(
            decode(b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR").unwrap_err().0,
            ErrorKind::Binary
        );
        assert_eq!(decode(&[1, 2, 3, 4, 5, 6, 7, 8]).unwrap_err().0, ErrorKind::Binary);
    }

    #[test]
    fn malformed_utf16_is_bad_encoding() {
        // BOM, then a lone high surrogate.
        assert_eq!(
            decode(&[0xFF, 0xFE, 0x00, 0xD8, 0x41, 0x00]).unwrap_err().0,
            ErrorKind::BadEncoding
        );
    }

    #[test]
    fn json_shapes_split_into_documents() {
        let one = load_bytes(br#"{"id": 7, "title": "T", "text": "isi"}"#, "a.json", Hint::Json);
        assert_eq!(kinds(&one), ["doc:Json"]);
        let Outcome::Doc(d) = &one[0] else { panic!() };
        assert_eq!((d.source.id.as_deref(), d.source.line), (Some("7"), Some(1)));
        assert_eq!(d.given.title.as_deref(), Some("T"));

        let arr = load_bytes(
            br#"[{"text": "a"}, {"html": "<p>b</p>"}, 3, {"x": 1}]"#,
            "a.json",
            Hint::Json,
        );
        assert_eq!(kinds(&arr), ["doc:Json", "doc:Json", "err:bad_json", "err:bad_json"]);

        let lines = load_bytes(
            b"{\"content\": \"a\"}\n{broken\n\n{\"text\": \"c\"}\n",
            "a.jsonl",
            Hint::JsonLines,
        );
        assert_eq!(kinds(&lines), ["doc:Json", "err:bad_json", "doc:Json"]);
        let Outcome::Failed(f) = &lines[1] else { panic!() };
        assert_eq!(f.source.line, Some(2));

        assert_eq!(kinds(&load_bytes(b"[]", "e.json", Hint::Json)), ["empty"]);
        assert_eq!(kinds(&load_bytes(b"[{]", "e.json", Hint::Json)), ["err:bad_json"]);
    }

    #[test]
    fn sniffs_content_without_a_telling_extension() {
        assert_eq!(
            kinds(&load_bytes(
                b"<!DOCTYPE html><html><body><p>x</p>",
                "a.txt",
                Hint::Sniff
            )),
            ["doc:Html"]
        );
        assert_eq!(
            kinds(&load_bytes(b"Judul\n\nIsi berita.", "a.txt", Hint::Sniff)),
            ["doc:Text"]
        );
        assert_eq!(
            kinds(&load_bytes(b"[{\"text\":\"x\"}]", "a", Hint::Sniff)),
            ["doc:Json"]
        );
        assert_eq!(
            kinds(&load_bytes(
                b"[VIDEO] Banjir di Kota Bandung\n\nIsi.",
                "a.txt",
                Hint::Sniff
            )),
            ["doc:Text"]
        );
    }
}
