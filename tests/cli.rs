//! The `warta` binary end to end: outputs, ordering, exit codes, and the
//! documented outcome of every kind of bad input.

use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};

use serde_json::Value;

fn warta() -> Command {
    Command::new(env!("CARGO_BIN_EXE_warta"))
}

fn corpus() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("corpus")
}

fn run(args: &[&str]) -> Output {
    warta().args(args).output().expect("warta runs")
}

fn records(out: &[u8]) -> Vec<Value> {
    std::str::from_utf8(out)
        .unwrap()
        .lines()
        .map(|l| serde_json::from_str(l).expect("each line is JSON"))
        .collect()
}

/// (file name, `source.line`, error kind, warning kinds) of one record.
type Outcome<'a> = (String, Option<u64>, Option<&'a str>, Vec<&'a str>);

fn error_kind(r: &Value) -> Option<&str> {
    r["error"]["kind"].as_str()
}

#[test]
fn extract_corpus_prints_five_records_in_order() {
    let out = run(&["extract", corpus().to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(0));
    let recs = records(&out.stdout);
    let names: Vec<&str> = recs
        .iter()
        .map(|r| r["source"]["path"].as_str().unwrap().rsplit('/').next().unwrap())
        .collect();
    assert_eq!(
        names,
        [
            "000_6039dd481e791ffd.txt",
            "001_ee8387888911ce5b.txt",
            "002_133b9e6840cbeb87.txt",
            "003_717d31a962b43602.txt",
            "004_69e4b941b536bd41.txt"
        ]
    );
    for r in &recs {
        assert_eq!(r["schema"], 1);
        assert_eq!(r["error"], Value::Null);
        assert_eq!(r["id"].as_str().unwrap().len(), 64);
    }
    let summary = String::from_utf8(out.stderr).unwrap();
    assert!(summary.starts_with("warta: 5 documents, 0 errors;"), "{summary}");
}

#[test]
fn record_keys_come_in_schema_order() {
    let out = run(&[
        "extract",
        "--no-text",
        corpus().join("000_6039dd481e791ffd.txt").to_str().unwrap(),
    ]);
    let line = String::from_utf8(out.stdout).unwrap();
    let order = top_level_keys(line.trim());
    assert_eq!(
        order,
        [
            "schema",
            "id",
            "source",
            "page_type",
            "language",
            "title",
            "outlet",
            "url",
            "published",
            "modified",
            "authors",
            "editors",
            "dateline",
            "regions",
            "officials",
            "offices",
            "dates",
            "laws",
            "pledges",
            "text",
            "warnings",
            "error"
        ]
    );
    let v: Value = serde_json::from_str(line.trim()).unwrap();
    assert_eq!(v["text"], Value::Null);
}

/// The keys of a JSON object's top level, in the order written (nested
/// objects' keys, such as a mention's `text`, are skipped).
fn top_level_keys(json: &str) -> Vec<String> {
    let (mut depth, mut in_string, mut escaped) = (0usize, false, false);
    let (mut keys, mut current, mut expect_key) = (Vec::new(), String::new(), false);
    for c in json.chars() {
        if in_string {
            if escaped {
                escaped = false;
            } else if c == '\\' {
                escaped = true;
            } else if c == '"' {
                in_string = false;
                if expect_key {
                    keys.push(std::mem::take(&mut current));
                    expect_key = false;
                }
            } else if expect_key {
                current.push(c);
            }
            continue;
        }
        match c {
            '"' => {
                in_string = true;
                expect_key = depth == 1 && expect_key;
            }
            '{' | '[' => depth += 1,
            '}' | ']' => depth -= 1,
            _ => {}
        }
        if depth == 1 && (c == '{' || c == ',') {
            expect_key = true;
        }
    }
    keys
}

#[test]
fn jobs_do_not_change_the_output() {
    let c = corpus();
    let one = run(&["extract", "-q", "--jobs", "1", c.to_str().unwrap()]);
    let two = run(&["extract", "-q", "--jobs", "2", c.to_str().unwrap()]);
    assert_eq!(one.stdout, two.stdout);

    // 2,000 generated files across nested folders, written out of order.
    let dir = tempfile::tempdir().unwrap();
    let seeds: Vec<String> = std::fs::read_dir(&c)
        .unwrap()
        .filter_map(|e| e.ok())
        .filter(|e| e.path().extension().is_some_and(|x| x == "txt"))
        .map(|e| std::fs::read_to_string(e.path()).unwrap())
        .collect();
    for i in (0..2000).rev() {
        let sub = dir.path().join(format!("d{}", i % 7));
        std::fs::create_dir_all(&sub).unwrap();
        let body = format!("{}\n\nTambahan nomor {i}.", seeds[i % seeds.len()]);
        std::fs::write(sub.join(format!("f{i:05}.txt")), body).unwrap();
    }
    let p = dir.path().to_str().unwrap();
    let one = run(&["extract", "-q", "--jobs", "1", p]);
    let two = run(&["extract", "-q", "--jobs", "2", p]);
    assert_eq!(one.status.code(), Some(0));
    assert_eq!(records(&one.stdout).len(), 2000);
    assert!(one.stdout == two.stdout, "--jobs 1 and --jobs 2 differ on 2,000 files");
}

#[test]
fn output_file_is_written_atomically_and_failures_exit_1() {
    let dir = tempfile::tempdir().unwrap();
    let target = dir.path().join("out.jsonl");
    let out = run(&[
        "extract",
        "-q",
        "-o",
        target.to_str().unwrap(),
        corpus().to_str().unwrap(),
    ]);
    assert_eq!(out.status.code(), Some(0));
    assert!(out.stdout.is_empty());
    assert_eq!(records(&std::fs::read(&target).unwrap()).len(), 5);
    let leftovers: Vec<_> = std::fs::read_dir(dir.path()).unwrap().collect();
    assert_eq!(leftovers.len(), 1, "no temporary file left behind");
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let mode = std::fs::metadata(&target).unwrap().permissions().mode() & 0o777;
        assert_eq!(mode, 0o644, "an ordinary file, not the temporary file's 0600");
    }

    let missing = dir.path().join("no/such/dir/out.jsonl");
    let out = run(&[
        "extract",
        "-q",
        "-o",
        missing.to_str().unwrap(),
        corpus().to_str().unwrap(),
    ]);
    assert_eq!(out.status.code(), Some(1));
    assert!(String::from_utf8(out.stderr).unwrap().contains("cannot write"));
}

#[test]
fn usage_errors_exit_2() {
    assert_eq!(run(&[]).status.code(), Some(2));
    assert_eq!(run(&["extract"]).status.code(), Some(2));
    assert_eq!(run(&["extract", "--jobs", "0", "corpus"]).status.code(), Some(2));
    assert_eq!(run(&["frobnicate"]).status.code(), Some(2));
    assert_eq!(run(&["--help"]).status.code(), Some(0));
    assert_eq!(run(&["stats", "/no/such/records.jsonl"]).status.code(), Some(1));
}

#[test]
fn schema_subcommand_matches_the_committed_schema() {
    let out = run(&["schema"]);
    assert_eq!(out.status.code(), Some(0));
    let printed: Value = serde_json::from_slice(&out.stdout).unwrap();
    let committed: Value = serde_json::from_str(
        &std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("docs/record.schema.json")).unwrap(),
    )
    .unwrap();
    assert!(
        printed == committed,
        "docs/record.schema.json is stale: run `cargo run -- schema > docs/record.schema.json`"
    );
}

/// Writes one file of each kind of bad input next to a good one.
fn bad_inputs(dir: &Path) {
    let w = |name: &str, bytes: &[u8]| std::fs::write(dir.join(name), bytes).unwrap();
    w(
        "00_good.txt",
        "Judul Berita Yang Cukup Panjang\n\nJAKARTA - Isi berita yang cukup panjang untuk dibaca.".as_bytes(),
    );
    w("01_binary.txt", b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR\0\0\0\x10");
    let mut bad_utf8 = "Bupati – “Martin” hadir di Ketapang. ".as_bytes().to_vec();
    bad_utf8.extend_from_slice(b"\xff\xfe rusak");
    w("02_invalid_utf8.txt", &bad_utf8);
    w("03_cp1252.txt", b"Judul Berita Caf\xe9 Yang Panjang\n\nJAKARTA - Kafe \x93Kopi\x94 di Jakarta ramai dikunjungi warga setiap hari.");
    let mut utf16 = vec![0xFF, 0xFE];
    for u in "Judul Berita Yang Cukup Panjang\n\nKETAPANG - Bupati hadir dan memimpin apel gabungan di halaman kantor."
        .encode_utf16()
    {
        utf16.extend_from_slice(&u.to_le_bytes());
    }
    w("04_utf16.txt", &utf16);
    w("05_empty.txt", b"");
    w("06_oversized.txt", &vec![b'a'; 5000]);
    w("07_broken.json", b"{\"text\": \"tidak selesai");
    w(
        "08_lines.jsonl",
        b"{\"id\": \"a1\", \"text\": \"Isi pertama.\"}\nnot json\n{\"id\": 2, \"content\": \"Isi kedua.\"}\n",
    );
    w("09_empty_array.json", b"[]");
}

#[test]
fn every_bad_input_gets_its_documented_record() {
    let dir = tempfile::tempdir().unwrap();
    bad_inputs(dir.path());
    let missing = dir.path().join("10_missing.txt");
    let out = run(&[
        "extract",
        "-q",
        "--max-bytes",
        "4096",
        dir.path().to_str().unwrap(),
        missing.to_str().unwrap(),
    ]);
    assert_eq!(out.status.code(), Some(0));
    let recs = records(&out.stdout);
    let got: Vec<Outcome> = recs
        .iter()
        .map(|r| {
            let name = r["source"]["path"]
                .as_str()
                .unwrap()
                .rsplit('/')
                .next()
                .unwrap()
                .to_string();
            let warnings = r["warnings"]
                .as_array()
                .unwrap()
                .iter()
                .map(|w| w["kind"].as_str().unwrap())
                .collect();
            (name, r["source"]["line"].as_u64(), error_kind(r), warnings)
        })
        .collect();
    let want: Vec<Outcome> = vec![
        ("00_good.txt".into(), None, None, vec![]),
        ("01_binary.txt".into(), None, Some("binary"), vec![]),
        ("02_invalid_utf8.txt".into(), None, None, vec!["encoding_fallback"]),
        ("03_cp1252.txt".into(), None, None, vec!["encoding_fallback"]),
        ("04_utf16.txt".into(), None, None, vec![]),
        ("05_empty.txt".into(), None, None, vec!["empty_document"]),
        ("06_oversized.txt".into(), None, Some("too_large"), vec![]),
        ("07_broken.json".into(), Some(1), Some("bad_json"), vec![]),
        ("08_lines.jsonl".into(), Some(1), None, vec![]),
        ("08_lines.jsonl".into(), Some(2), Some("bad_json"), vec![]),
        ("08_lines.jsonl".into(), Some(3), None, vec![]),
        ("09_empty_array.json".into(), None, None, vec!["no_documents"]),
        ("10_missing.txt".into(), None, Some("not_found"), vec![]),
    ];
    assert_eq!(got, want);

    let by_name = |n: &str| {
        recs.iter()
            .find(|r| r["source"]["path"].as_str().unwrap().ends_with(n))
            .unwrap()
    };
    assert_eq!(
        by_name("03_cp1252.txt")["text"],
        "JAKARTA - Kafe “Kopi” di Jakarta ramai dikunjungi warga setiap hari."
    );
    assert_eq!(by_name("03_cp1252.txt")["title"], "Judul Berita Café Yang Panjang");
    assert_eq!(by_name("04_utf16.txt")["dateline"], "KETAPANG");
    assert!(
        by_name("02_invalid_utf8.txt")["text"]
            .as_str()
            .unwrap()
            .contains('\u{FFFD}')
    );
    assert_eq!(recs[8]["source"]["id"], "a1");
    assert_eq!(recs[10]["source"]["id"], "2");
    assert_eq!(recs[10]["text"], "Isi kedua.");
    for r in &recs {
        if error_kind(r).is_some() {
            assert_eq!(r["regions"], serde_json::json!([]));
            assert_eq!(r["text"], Value::Null);
        }
    }
    let summary =
        String::from_utf8(run(&["extract", "--max-bytes", "4096", dir.path().to_str().unwrap()]).stderr).unwrap();
    assert!(
        summary.contains("4 errors: binary 1, too_large 1, bad_json 2"),
        "{summary}"
    );
}

#[cfg(unix)]
#[test]
fn stdin_paths_fifos_directories_and_symlink_loops() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    std::fs::write(d.join("a.txt"), "Isi berita pertama yang cukup panjang.").unwrap();
    std::fs::create_dir(d.join("folder.txt")).unwrap();
    let fifo = d.join("pipe.txt");
    assert!(Command::new("mkfifo").arg(&fifo).status().unwrap().success());

    // Named on standard input: a file, a missing file, a folder, a FIFO.
    let list = format!(
        "{}\n{}\n{}\n{}\n",
        d.join("a.txt").display(),
        d.join("gone.txt").display(),
        d.join("folder.txt").display(),
        fifo.display()
    );
    let mut child = warta()
        .args(["extract", "-q", "--stdin-paths"])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .spawn()
        .unwrap();
    use std::io::Write;
    child.stdin.take().unwrap().write_all(list.as_bytes()).unwrap();
    let out = child.wait_with_output().unwrap();
    assert_eq!(out.status.code(), Some(0));
    let kinds: Vec<Option<String>> = records(&out.stdout)
        .iter()
        .map(|r| error_kind(r).map(str::to_string))
        .collect();
    assert_eq!(
        kinds,
        [
            None,
            Some("not_found".into()),
            Some("unreadable".into()),
            Some("unreadable".into())
        ]
    );

    // A symlink loop under --follow-links, beside a good file.
    let tree = tempfile::tempdir().unwrap();
    let t = tree.path();
    std::fs::create_dir(t.join("sub")).unwrap();
    std::fs::write(t.join("sub/b.txt"), "Isi berita kedua yang cukup panjang.").unwrap();
    std::os::unix::fs::symlink(t, t.join("sub/loop")).unwrap();
    let out = run(&["extract", "-q", "--follow-links", t.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(0));
    let recs = records(&out.stdout);
    let kinds: Vec<Option<&str>> = recs.iter().map(error_kind).collect();
    assert_eq!(kinds, [None, Some("symlink_loop")]);
    assert!(recs[1]["source"]["path"].as_str().unwrap().ends_with("sub/loop"));

    // Without --follow-links the link is not followed at all.
    let out = run(&["extract", "-q", t.to_str().unwrap()]);
    assert_eq!(records(&out.stdout).len(), 1);
}

#[test]
fn html_and_scraper_json_inputs() {
    let dir = tempfile::tempdir().unwrap();
    let page = r#"<html><head><title>Banjir Rendam Sambas - Suara Kalbar</title><meta property="og:site_name" content="Suara Kalbar"><meta property="article:published_time" content="2024-10-14T10:15:00+07:00"></head><body><nav>Beranda</nav><h1>Banjir Rendam Sambas</h1><p>SAMBAS - Banjir merendam tiga desa di Kabupaten Sambas sejak Senin pagi.</p><footer>Hak cipta</footer></body></html>"#;
    std::fs::write(dir.path().join("a.html"), page).unwrap();
    let arr = serde_json::json!([
        {"id": "x1", "url": "https://contoh.id/1", "title": "Judul Dari Scraper", "date": "2024-11-03 12:33:01", "text": "Isi berita dari scraper."},
        {"id": "x2", "html": page}
    ]);
    std::fs::write(dir.path().join("b.json"), arr.to_string()).unwrap();
    let out = run(&["extract", "-q", dir.path().to_str().unwrap()]);
    let recs = records(&out.stdout);
    assert_eq!(recs.len(), 3);
    assert_eq!(recs[0]["source"]["format"], "html");
    assert_eq!(recs[0]["title"], "Banjir Rendam Sambas");
    assert_eq!(recs[0]["outlet"], "Suara Kalbar");
    assert_eq!(recs[0]["published"], "2024-10-14T10:15:00+07:00");
    assert_eq!(
        recs[0]["text"],
        "SAMBAS - Banjir merendam tiga desa di Kabupaten Sambas sejak Senin pagi."
    );
    assert_eq!(recs[1]["source"]["format"], "json");
    assert_eq!(recs[1]["source"]["id"], "x1");
    assert_eq!(recs[1]["source"]["line"], 1);
    assert_eq!(recs[1]["title"], "Judul Dari Scraper");
    assert_eq!(recs[1]["url"], "https://contoh.id/1");
    assert_eq!(recs[1]["published"], "2024-11-03T12:33:01");
    assert_eq!(recs[1]["text"], "Isi berita dari scraper.");
    assert_eq!(recs[2]["source"]["line"], 2);
    assert_eq!(recs[2]["text"], recs[0]["text"]);
    assert_ne!(recs[1]["id"], recs[2]["id"]);
}

#[test]
fn gzipped_files_are_read_and_broken_gzip_is_an_error_record() {
    use std::io::Write;
    let dir = tempfile::tempdir().unwrap();
    let mut gz = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::default());
    gz.write_all(
        b"{\"id\": \"g1\", \"text\": \"Isi berita terkompresi.\"}\n{\"id\": \"g2\", \"text\": \"Isi kedua.\"}\n",
    )
    .unwrap();
    std::fs::write(dir.path().join("a.jsonl.gz"), gz.finish().unwrap()).unwrap();
    std::fs::write(dir.path().join("b.txt.gz"), b"not gzip at all").unwrap();
    let out = run(&["extract", "-q", dir.path().to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(0));
    let recs = records(&out.stdout);
    assert_eq!(recs.len(), 3);
    assert_eq!(recs[0]["source"]["id"], "g1");
    assert_eq!(recs[0]["text"], "Isi berita terkompresi.");
    assert_eq!(recs[1]["source"]["id"], "g2");
    assert_eq!(error_kind(&recs[2]), Some("unreadable"));
}

#[test]
fn stdin_jsonl_filters_documents_in_order_and_answers_each_line_at_once() {
    use std::io::{BufRead, BufReader, Write};
    let mut child = warta()
        .args(["extract", "-q", "--stdin-jsonl"])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .spawn()
        .unwrap();
    let mut stdin = child.stdin.take().unwrap();
    let mut stdout = BufReader::new(child.stdout.take().unwrap());
    // One line in, one record out, before the next line is written: the
    // way a pipe that waits for each answer drives it.
    let mut answers = Vec::new();
    for line in [
        r#"{"id": "a1", "title": "Judul Pertama", "date": "2024-11-03 12:33:01", "text": "KETAPANG - Isi berita pertama yang cukup panjang untuk dibaca."}"#,
        "not json",
        r#"{"id": 7, "html": "<p>Isi halaman yang cukup panjang untuk dibaca orang.</p>"}"#,
    ] {
        writeln!(stdin, "{line}").unwrap();
        stdin.flush().unwrap();
        let mut answer = String::new();
        stdout.read_line(&mut answer).unwrap();
        answers.push(serde_json::from_str::<Value>(&answer).unwrap());
    }
    drop(stdin);
    assert_eq!(child.wait().unwrap().code(), Some(0));
    let got: Vec<(Value, Value, Option<&str>)> = answers
        .iter()
        .map(|r| (r["source"]["id"].clone(), r["source"]["line"].clone(), error_kind(r)))
        .collect();
    assert_eq!(
        got,
        [
            (Value::from("a1"), Value::from(1), None),
            (Value::Null, Value::from(2), Some("bad_json")),
            (Value::from("7"), Value::from(3), None),
        ]
    );
    assert_eq!(answers[0]["title"], "Judul Pertama");
    assert_eq!(answers[0]["published"], "2024-11-03T12:33:01");
    assert_eq!(answers[0]["dateline"], "KETAPANG");
    assert_eq!(answers[2]["text"], "Isi halaman yang cukup panjang untuk dibaca orang.");
    assert_eq!(answers[0]["source"]["path"], "-");
}

#[test]
fn stdin_jsonl_gives_the_folder_run_s_records_for_the_same_texts() {
    let c = corpus();
    let folder = records(&run(&["extract", "-q", c.to_str().unwrap()]).stdout);
    let mut input = String::new();
    for name in ["000_6039dd481e791ffd.txt", "003_717d31a962b43602.txt"] {
        let text = std::fs::read_to_string(c.join(name)).unwrap();
        input.push_str(&serde_json::json!({ "id": name, "text": text }).to_string());
        input.push('\n');
    }
    let mut child = warta()
        .args(["extract", "-q", "--stdin-jsonl", "--jobs", "2"])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .spawn()
        .unwrap();
    use std::io::Write;
    child.stdin.take().unwrap().write_all(input.as_bytes()).unwrap();
    let piped = records(&child.wait_with_output().unwrap().stdout);
    for (p, f) in piped.iter().zip([&folder[0], &folder[3]]) {
        // `id` hashes the bytes read (here the JSON line), and `source`
        // says where they came from: everything else is the same.
        for key in [
            "title",
            "published",
            "dateline",
            "text",
            "regions",
            "officials",
            "dates",
            "laws",
            "pledges",
        ] {
            assert_eq!(p[key], f[key], "{key}");
        }
    }
}

#[test]
fn stats_summarises_a_run() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("r.jsonl");
    run(&["extract", "-q", "-o", out.to_str().unwrap(), corpus().to_str().unwrap()]);
    let printed = String::from_utf8(run(&["stats", out.to_str().unwrap()]).stdout).unwrap();
    assert!(printed.starts_with("5 records\n"), "{printed}");
    assert!(printed.contains("\npage types\n  article         5\n"), "{printed}");
}
