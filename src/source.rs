//! Sources: which files to read, in a deterministic order.
//!
//! A folder is walked depth-first with entries sorted by file name, so the
//! order of records never depends on the file system. Walking keeps files
//! with article extensions (`.txt`, `.html`, `.htm`, `.xhtml`, `.json`,
//! `.jsonl`, `.ndjson`, each also with `.gz`) and skips hidden files and
//! folders. Symbolic links are not followed unless asked; when they are, a
//! loop becomes a `symlink_loop` error record. A path named explicitly (an
//! argument or a `--stdin-paths` line) is always read, whatever its name.
//!
//! Walking is lazy: one folder's listing at a time is held in memory.

use std::io::BufRead;
use std::path::{Path, PathBuf};

use walkdir::WalkDir;

use crate::record::ErrorKind;

/// One input: a file to read, or a walk error to report as a record.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Input {
    /// A file to read; `display` is the path as records show it.
    File {
        /// Path to open.
        path: PathBuf,
        /// Path as written in `source.path`.
        display: String,
        /// True for an explicit `--stdin-paths` line: a folder there is an
        /// error, not something to walk.
        named: bool,
        /// True when a folder's listing said this is a regular file (the
        /// entry type `getdents` gives, no `stat`): the loader then skips
        /// its own `fstat` (see [`crate::load::load_listed_file`]).
        listed: bool,
    },
    /// Something found while walking that cannot be read.
    Failed {
        /// Path as written in `source.path`.
        display: String,
        /// The documented kind.
        kind: ErrorKind,
        /// Detail.
        message: String,
    },
}

/// Extensions of article files, as walked from folders.
const ARTICLE_EXTENSIONS: &[&str] = &["txt", "html", "htm", "xhtml", "json", "jsonl", "ndjson"];

/// True when a walked file's name says it holds articles.
pub fn is_article_file(path: &Path) -> bool {
    // compared without case and without a lowercased copy: this runs once
    // per walked file, on the walker thread
    fn ext(p: &Path) -> &str {
        p.extension().and_then(|e| e.to_str()).unwrap_or_default()
    }
    let listed = |e: &str| ARTICLE_EXTENSIONS.iter().any(|a| a.eq_ignore_ascii_case(e));
    match ext(path) {
        e if e.eq_ignore_ascii_case("gz") => listed(ext(&path.with_extension(""))),
        e => listed(e),
    }
}

fn is_hidden(entry: &walkdir::DirEntry) -> bool {
    entry.depth() > 0 && entry.file_name().to_str().is_some_and(|n| n.starts_with('.'))
}

/// The inputs named by command-line `paths`: folders walked, files as given.
pub fn from_args(paths: Vec<PathBuf>, follow_links: bool) -> impl Iterator<Item = Input> + Send + use<> {
    paths.into_iter().flat_map(move |p| expand(p, follow_links, false))
}

/// The inputs named by lines of `reader` (`--stdin-paths`), read lazily.
/// Each line names a file; a folder named there is an `unreadable` record.
pub fn from_lines<R: BufRead + Send + 'static>(reader: R, follow_links: bool) -> impl Iterator<Item = Input> + Send {
    reader
        .split(b'\n')
        .map_while(Result::ok)
        .filter_map(|mut line| {
            if line.last() == Some(&b'\r') {
                line.pop();
            }
            (!line.is_empty()).then(|| path_from_bytes(line))
        })
        .flat_map(move |p| expand(p, follow_links, true))
}

#[cfg(unix)]
fn path_from_bytes(bytes: Vec<u8>) -> PathBuf {
    use std::os::unix::ffi::OsStringExt;
    PathBuf::from(std::ffi::OsString::from_vec(bytes))
}

#[cfg(not(unix))]
fn path_from_bytes(bytes: Vec<u8>) -> PathBuf {
    PathBuf::from(String::from_utf8_lossy(&bytes).into_owned())
}

/// A path's bytes as the OS spells them.
fn path_bytes(path: &Path) -> &[u8] {
    path.as_os_str().as_encoded_bytes()
}

fn expand(path: PathBuf, follow_links: bool, named: bool) -> Box<dyn Iterator<Item = Input> + Send> {
    let display = path.display().to_string();
    if named || !path.is_dir() {
        return Box::new(std::iter::once(Input::File {
            path,
            display,
            named,
            listed: false,
        }));
    }
    let walk = WalkDir::new(&path)
        .follow_links(follow_links)
        // By file name, compared as the whole paths' bytes: siblings share
        // their parent's path up to the last separator, so the order is the
        // same, and `file_name()`, which parses the path from the back, is
        // not called twice per comparison (in a folder of 10,000 files that
        // was ~25 parses per file, 1.4% of a run).
        .sort_by(|a, b| path_bytes(a.path()).cmp(path_bytes(b.path())))
        .into_iter()
        .filter_entry(|e| !is_hidden(e));
    Box::new(walk.filter_map(|entry| match entry {
        Ok(e) if e.file_type().is_file() && is_article_file(e.path()) => Some(Input::File {
            display: e.path().display().to_string(),
            path: e.into_path(),
            named: false,
            listed: true,
        }),
        Ok(_) => None,
        Err(err) => {
            let display = err.path().map_or_else(String::new, |p| p.display().to_string());
            let kind = if err.loop_ancestor().is_some() {
                ErrorKind::SymlinkLoop
            } else {
                err.io_error().map_or(ErrorKind::Unreadable, crate::load::io_error_kind)
            };
            Some(Input::Failed {
                display,
                kind,
                message: err.to_string(),
            })
        }
    }))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn article_extensions() {
        for (name, want) in [
            ("a.txt", true),
            ("a.HTML", true),
            ("a.jsonl.gz", true),
            ("a.TXT.GZ", true),
            ("a.json", true),
            ("a.gz", false),
            ("a.png", false),
            ("README", false),
        ] {
            assert_eq!(is_article_file(Path::new(name)), want, "{name}");
        }
    }

    /// The paths, relative to a fresh folder, that walking it yields once
    /// `files` (relative paths, folders created as needed) are written.
    fn walked(files: &[&str]) -> Vec<String> {
        let dir = tempfile::tempdir().unwrap();
        let root = dir.path();
        for f in files {
            let p = root.join(f);
            std::fs::create_dir_all(p.parent().unwrap()).unwrap();
            std::fs::write(p, "x").unwrap();
        }
        from_args(vec![root.to_path_buf()], false)
            .map(|i| match i {
                Input::File { path, .. } => path.strip_prefix(root).unwrap().display().to_string(),
                Input::Failed { .. } => "failed".into(),
            })
            .collect()
    }

    #[test]
    fn walks_sorted_skipping_hidden_and_foreign_files() {
        let got = walked(&[
            "b.txt",
            "a.html",
            ".hidden.txt",
            "c.png",
            "sub/z.json",
            ".git/x.txt",
            "sub/a.txt",
        ]);
        assert_eq!(got, ["a.html", "b.txt", "sub/a.txt", "sub/z.json"]);
    }

    #[test]
    fn walk_order_is_byte_order_of_file_names() {
        let got = walked(&[
            "sub.txt",
            "sub-b.txt",
            "Sub.txt",
            "sub/a.txt",
            "\u{e4}.txt",
            "a10.txt",
            "a9.txt",
        ]);
        // A folder's files come right after its name, before longer
        // names it is a prefix of; capitals before lower case; digits by
        // byte, not by number.
        assert_eq!(
            got,
            [
                "Sub.txt",
                "a10.txt",
                "a9.txt",
                "sub/a.txt",
                "sub-b.txt",
                "sub.txt",
                "\u{e4}.txt"
            ]
        );
    }

    #[test]
    fn stdin_lines_name_files() {
        let lines = std::io::Cursor::new(b"a.txt\r\n\nb/c.html\n".to_vec());
        let got: Vec<Input> = from_lines(lines, false).collect();
        assert_eq!(
            got,
            [
                Input::File {
                    path: "a.txt".into(),
                    display: "a.txt".into(),
                    named: true,
                    listed: false
                },
                Input::File {
                    path: "b/c.html".into(),
                    display: "b/c.html".into(),
                    named: true,
                    listed: false
                },
            ]
        );
    }
}
