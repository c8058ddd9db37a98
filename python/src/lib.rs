//! `warta._warta`: the compiled half of the Python package.
//!
//! Thin on purpose: every function takes strings, runs the same library
//! code as the CLI, and returns each record as its JSON line (the exact
//! bytes `warta extract` writes). The pure-Python half (`warta/__init__.py`)
//! turns those into dicts and Arrow batches, so the binding has one wire
//! format to keep right, the record's.
//!
//! Batches run on a rayon pool of `jobs` threads with the GIL released;
//! results keep the input order.

use pyo3::exceptions::PyValueError;
use pyo3::prelude::*;
use rayon::prelude::*;
use warta::Options;
use warta::load::Given;

/// One record as JSON.
fn to_json(record: &warta::record::Record) -> String {
    serde_json::to_string(record).expect("records serialise")
}

/// Analyses one plain-text article; `published` (ISO date or date-time)
/// anchors year-less and relative dates.
#[pyfunction]
#[pyo3(signature = (text, published=None, title=None, url=None))]
fn analyze_json(
    py: Python<'_>,
    text: &str,
    published: Option<String>,
    title: Option<String>,
    url: Option<String>,
) -> String {
    let given = Given {
        title,
        url,
        date: published,
    };
    py.detach(|| to_json(&warta::analyze_document(text, false, given, "-", &Options::default())))
}

/// Analyses one HTML page.
#[pyfunction]
#[pyo3(signature = (html, published=None, url=None))]
fn analyze_html_json(py: Python<'_>, html: &str, published: Option<String>, url: Option<String>) -> String {
    let given = Given {
        title: None,
        url,
        date: published,
    };
    py.detach(|| to_json(&warta::analyze_document(html, true, given, "-", &Options::default())))
}

/// Analyses many documents in parallel. Each item is `(is_json, s)`: a
/// plain-text article, or a scraper JSON object (`id`, `url`, `title`,
/// `date`, one of `text`/`content`/`html`) serialised as `s`.
#[pyfunction]
#[pyo3(signature = (items, jobs=None))]
fn analyze_batch_json(py: Python<'_>, items: Vec<(bool, String)>, jobs: Option<usize>) -> PyResult<Vec<String>> {
    let jobs = jobs.unwrap_or_else(|| std::thread::available_parallelism().map_or(1, |n| n.get()));
    if jobs == 0 {
        return Err(PyValueError::new_err("jobs must be at least 1"));
    }
    let pool = rayon::ThreadPoolBuilder::new()
        .num_threads(jobs)
        .build()
        .map_err(|e| PyValueError::new_err(e.to_string()))?;
    let options = Options::default();
    // Batches cut by work as the CLI's pipeline cuts them, each analysed
    // stage by stage; items keep their line numbers for JSON errors.
    let numbered: Vec<(u64, bool, String)> = items
        .into_iter()
        .enumerate()
        .map(|(i, (is_json, s))| (i as u64 + 1, is_json, s))
        .collect();
    let batches = warta::pipeline::batches(numbered, jobs, |(_, _, s)| warta::load::work_of_len(s.len()));
    Ok(py.detach(|| {
        pool.install(|| {
            let done: Vec<Vec<String>> = batches
                .into_par_iter()
                .map(|batch| {
                    let outcomes = batch
                        .iter()
                        .map(|(line, is_json, s)| {
                            if *is_json {
                                warta::json_line_outcome(s, "-", *line)
                            } else {
                                warta::document_outcome(s, false, Given::default(), "-")
                            }
                        })
                        .collect();
                    warta::analyze_outcomes(outcomes, &options)
                        .iter()
                        .map(to_json)
                        .collect()
                })
                .collect();
            done.into_iter().flatten().collect()
        })
    }))
}

/// The record's JSON Schema, as `warta schema` prints it.
#[pyfunction]
fn schema_json() -> String {
    serde_json::to_string(&schemars::schema_for!(warta::record::Record)).expect("schema serialises")
}

/// The compiled module.
#[pymodule]
fn _warta(m: &Bound<'_, PyModule>) -> PyResult<()> {
    m.add_function(wrap_pyfunction!(analyze_json, m)?)?;
    m.add_function(wrap_pyfunction!(analyze_html_json, m)?)?;
    m.add_function(wrap_pyfunction!(analyze_batch_json, m)?)?;
    m.add_function(wrap_pyfunction!(schema_json, m)?)?;
    m.add("__version__", env!("CARGO_PKG_VERSION"))?;
    Ok(())
}
