//! The record: one JSON object per input document (schema 1).
//!
//! These types *are* the wire format. Field order here is key order in the
//! JSON, `warta schema` derives the JSON Schema from them, and
//! `docs/record.schema.json` is a committed copy kept current by a test, so
//! every change to this file shows up in review.
//!
//! Stability: adding an optional field keeps `schema: 1`; renaming, removing
//! or retyping a field bumps [`SCHEMA_VERSION`].
//!
//! Offsets: every `start`/`end` is a Unicode code-point offset into the
//! record's `text` (the cleaned body), so `text[start:end]` in Python is the
//! mention. They stay valid with `--no-text`, which only omits the string.

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

/// Version of the record layout; see the module docs for when it changes.
pub const SCHEMA_VERSION: u32 = 1;

/// One output line: everything warta found in one document.
#[derive(Serialize, Deserialize, JsonSchema, Clone, Debug, PartialEq, Default)]
pub struct Record {
    /// Always [`SCHEMA_VERSION`].
    pub schema: u32,
    /// SHA-256 of the document's bytes (hex); null when nothing could be read.
    pub id: Option<String>,
    /// Where the document came from.
    pub source: Source,
    /// `article`, or `index` for home and index pages; null on error.
    pub page_type: Option<PageType>,
    /// ISO 639-1 code guessed from the text (`id`, `en`), or null when unsure.
    pub language: Option<String>,
    /// Headline, as the document states it; never part of `text`.
    pub title: Option<String>,
    /// Publication or site name ("insidepontianak.com", "POS-KUPANG.COM").
    pub outlet: Option<String>,
    /// Canonical URL when the document gives one.
    pub url: Option<String>,
    /// Publication time in the most precise ISO form stated, with the offset
    /// only when the source gives one ("2024-11-03T12:33:01",
    /// "2024-10-14T10:15:00+07:00", "2024-11-03").
    pub published: Option<String>,
    /// Last-modified time, same form as `published`.
    pub modified: Option<String>,
    /// Writers named in a byline ("Penulis: …", "(Fauzi)").
    pub authors: Vec<String>,
    /// Editors named in a byline ("Editor: …").
    pub editors: Vec<String>,
    /// Place of the dateline ("KETAPANG" of "KETAPANG, insidepontianak.com -").
    pub dateline: Option<String>,
    /// Administrative regions the body names.
    pub regions: Vec<Region>,
    /// Named people holding an office.
    pub officials: Vec<Official>,
    /// Offices named without a person ("Kapolres Ketapang").
    pub offices: Vec<Office>,
    /// Calendar dates the body refers to.
    pub dates: Vec<DateRef>,
    /// Regulations the body cites.
    pub laws: Vec<Law>,
    /// Enumerated pledges and appeals.
    pub pledges: Vec<PledgeList>,
    /// The cleaned body all offsets refer to; null with `--no-text` or on error.
    pub text: Option<String>,
    /// Things a user should know that did not stop processing.
    pub warnings: Vec<Warning>,
    /// Why the document could not be processed; null on success.
    pub error: Option<ErrorInfo>,
}

/// Provenance of a record.
#[derive(Serialize, Deserialize, JsonSchema, Clone, Debug, PartialEq, Default)]
pub struct Source {
    /// The path as given or as found by the walk; `-` for standard input.
    pub path: String,
    /// How the document was read.
    pub format: Format,
    /// Size of the document in bytes (for a JSON object, of its own text).
    pub bytes: u64,
    /// For scraper JSON: 1-based position of the object (line of a JSONL
    /// file, element of an array).
    pub line: Option<u64>,
    /// For scraper JSON: the object's `id` field, as a string.
    pub id: Option<String>,
}

/// The format a document was read as.
#[derive(Serialize, Deserialize, JsonSchema, Clone, Copy, Debug, PartialEq, Eq, Default)]
#[serde(rename_all = "lowercase")]
pub enum Format {
    /// Plain text.
    Text,
    /// An HTML page.
    Html,
    /// An object of scraper JSON (object, array or JSON lines).
    Json,
    /// Not determined (the file could not be read).
    #[default]
    Unknown,
}

/// What kind of page a document is.
#[derive(Serialize, Deserialize, JsonSchema, Clone, Copy, Debug, PartialEq, Eq)]
#[serde(rename_all = "lowercase")]
pub enum PageType {
    /// A single article.
    Article,
    /// A home, section or index page listing many articles.
    Index,
}

/// One place in `text` where something is mentioned.
#[derive(Serialize, Deserialize, JsonSchema, Clone, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub struct Mention {
    /// Code-point offset of the first character.
    pub start: usize,
    /// Code-point offset just past the last character.
    pub end: usize,
    /// The mention as written (`text[start..end]`).
    pub text: String,
}

/// Level of an administrative region.
#[derive(Serialize, Deserialize, JsonSchema, Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[serde(rename_all = "lowercase")]
pub enum RegionLevel {
    /// Province.
    Provinsi,
    /// Regency.
    Kabupaten,
    /// City.
    Kota,
    /// District (also "distrik" in Papua).
    Kecamatan,
    /// Village or urban village (desa, kelurahan, nagari, gampong, kampung).
    Desa,
}

/// An administrative region named in the body.
#[derive(Serialize, Deserialize, JsonSchema, Clone, Debug, PartialEq)]
pub struct Region {
    /// Official gazetteer name without its level word ("Ketapang").
    pub name: String,
    /// Administrative level.
    pub level: RegionLevel,
    /// Kemendagri code ("61", "61.04", "61.04.01", "61.04.01.2001").
    pub code: String,
    /// Province name, for levels below provinsi.
    pub province: Option<String>,
    /// Kabupaten/kota name, for kecamatan and desa.
    pub regency: Option<String>,
    /// True for the region the article is mainly about.
    pub primary: bool,
    /// Every mention, in text order.
    pub mentions: Vec<Mention>,
}

/// A named person holding an office.
#[derive(Serialize, Deserialize, JsonSchema, Clone, Debug, PartialEq)]
pub struct Official {
    /// Fullest form of the name the article gives, without degrees or honorifics.
    pub name: String,
    /// Canonical office ("Bupati", "Sekretaris Daerah", "Ketua Bawaslu").
    pub role: String,
    /// The office as first written ("Sekda Belu").
    pub role_text: String,
    /// Body the office belongs to where stated (KPU, Bawaslu, DPRD, a party).
    pub organization: Option<String>,
    /// Region the office belongs to.
    pub region: Option<String>,
    /// Kemendagri code of `region`.
    pub region_code: Option<String>,
    /// Titles and ranks written before or after the name ("Dr.", "H.", "AKBP").
    pub honorifics: Vec<String>,
    /// Academic degrees written after the name ("S.Sos.", "M.Si.").
    pub degrees: Vec<String>,
    /// Every mention of the person, short forms included.
    pub mentions: Vec<Mention>,
}

/// An office named without a person.
#[derive(Serialize, Deserialize, JsonSchema, Clone, Debug, PartialEq)]
pub struct Office {
    /// Canonical office.
    pub role: String,
    /// The office as first written.
    pub role_text: String,
    /// Body the office belongs to where stated.
    pub organization: Option<String>,
    /// Region the office belongs to.
    pub region: Option<String>,
    /// Kemendagri code of `region`.
    pub region_code: Option<String>,
    /// Every mention.
    pub mentions: Vec<Mention>,
}

/// Precision of a date value.
#[derive(Serialize, Deserialize, JsonSchema, Clone, Copy, Debug, PartialEq, Eq)]
#[serde(rename_all = "lowercase")]
pub enum Granularity {
    /// `YYYY-MM-DD`.
    Day,
    /// `YYYY-MM`.
    Month,
}

/// A calendar date the body refers to.
#[derive(Serialize, Deserialize, JsonSchema, Clone, Debug, PartialEq)]
pub struct DateRef {
    /// ISO value: `YYYY-MM-DD` or `YYYY-MM`.
    pub value: String,
    /// Precision of `value`.
    pub granularity: Granularity,
    /// True when the year (or the whole date, for relative forms) was inferred.
    pub inferred: bool,
    /// What an inferred date was anchored on ("published 2024-11-03",
    /// "year 2018 named in the text, weekday Wednesday"); null when not
    /// inferred.
    pub anchor: Option<String>,
    /// For the first end of a range ("28 November 2023 sampai 10 Februari
    /// 2024"), the `value` of its last end, which is listed as a date of its
    /// own; null for a date that starts no range.
    pub range_end: Option<String>,
    /// Every mention.
    pub mentions: Vec<Mention>,
}

/// A cited regulation.
#[derive(Serialize, Deserialize, JsonSchema, Clone, Debug, PartialEq)]
pub struct Law {
    /// Canonical identity that joins across articles ("uu-20-2023").
    pub id: String,
    /// Type code: UUD, UU, Perppu, PP, Perpres, Keppres, Inpres, Permen, Perda,
    /// Perkada, PKPU, Perbawaslu, SE, SKB, Putusan MK, Lainnya.
    #[serde(rename = "type")]
    pub kind: String,
    /// The specific form as written in full ("Undang-Undang", "Permendagri").
    pub form: String,
    /// Number as a string ("20", "60/PUU-XXII"); null when cited by subject.
    pub number: Option<String>,
    /// Year of enactment.
    pub year: Option<i32>,
    /// Title ("Aparatur Sipil Negara"), from the citation or the registry.
    pub title: Option<String>,
    /// Issuing ministry or region where stated.
    pub issuer: Option<String>,
    /// Short name as written ("UU ASN") when the law was cited by one.
    pub short_name: Option<String>,
    /// How number and year were found when not written: `short_name`.
    pub resolved: Option<String>,
    /// The citation as first written.
    pub text: String,
    /// Pasal cited with the law ("10", "71 ayat (1)").
    pub articles: Vec<String>,
    /// Every mention.
    pub mentions: Vec<Mention>,
}

/// Kind of an enumerated list.
#[derive(Serialize, Deserialize, JsonSchema, Clone, Copy, Debug, PartialEq, Eq)]
#[serde(rename_all = "lowercase")]
pub enum PledgeKind {
    /// The points of an ikrar, deklarasi, pakta integritas, sumpah or janji.
    Pledge,
    /// An official's numbered messages, instructions or warnings.
    Appeal,
}

/// An enumerated list of commitments.
#[derive(Serialize, Deserialize, JsonSchema, Clone, Debug, PartialEq)]
pub struct PledgeList {
    /// Pledge or appeal.
    pub kind: PledgeKind,
    /// Size the article announces ("empat poin"), if any.
    pub declared: Option<u32>,
    /// The points in order.
    pub points: Vec<PledgePoint>,
}

/// One point of a pledge list.
#[derive(Serialize, Deserialize, JsonSchema, Clone, Debug, PartialEq)]
pub struct PledgePoint {
    /// Ordinal (1-based).
    pub n: u32,
    /// The point's words without its marker.
    pub text: String,
    /// Code-point offset of `text` in the body.
    pub start: usize,
    /// Code-point offset just past `text`.
    pub end: usize,
    /// Recurring themes the point touches.
    pub topics: Vec<String>,
}

/// Something a user should know that did not stop processing.
#[derive(Serialize, Deserialize, JsonSchema, Clone, Debug, PartialEq, Eq)]
pub struct Warning {
    /// Machine-readable kind (`encoding_fallback`, `empty_document`,
    /// `no_documents`, `declared_count_mismatch`, …).
    pub kind: String,
    /// Human-readable detail.
    pub message: String,
}

impl Warning {
    /// A warning of `kind` with `message`.
    pub fn new(kind: &str, message: impl Into<String>) -> Warning {
        Warning {
            kind: kind.to_string(),
            message: message.into(),
        }
    }
}

/// Why a document could not be processed.
#[derive(Serialize, Deserialize, JsonSchema, Clone, Debug, PartialEq, Eq)]
pub struct ErrorInfo {
    /// The documented kind.
    pub kind: ErrorKind,
    /// Human-readable detail (the OS error, the JSON parser's message, …).
    pub message: String,
}

/// The documented kinds of document failure.
#[derive(Serialize, Deserialize, JsonSchema, Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[serde(rename_all = "snake_case")]
pub enum ErrorKind {
    /// The path does not exist (or vanished before it was read).
    NotFound,
    /// The path exists but could not be read as a regular file (a directory,
    /// a FIFO, a device, a permission error).
    Unreadable,
    /// The bytes are not text (NUL bytes, control characters).
    Binary,
    /// Larger than `--max-bytes`.
    TooLarge,
    /// Text whose encoding could not be decoded.
    BadEncoding,
    /// A `.json`/`.jsonl` file or line that does not parse, or an object
    /// without a `text`, `content` or `html` field.
    BadJson,
    /// A symbolic link loop met while following links.
    SymlinkLoop,
    /// A bug: processing panicked. Please report it with the input.
    Internal,
}

impl ErrorKind {
    /// The kind as written in the record (`not_found`, …).
    pub fn as_str(self) -> &'static str {
        match self {
            ErrorKind::NotFound => "not_found",
            ErrorKind::Unreadable => "unreadable",
            ErrorKind::Binary => "binary",
            ErrorKind::TooLarge => "too_large",
            ErrorKind::BadEncoding => "bad_encoding",
            ErrorKind::BadJson => "bad_json",
            ErrorKind::SymlinkLoop => "symlink_loop",
            ErrorKind::Internal => "internal",
        }
    }
}

impl Record {
    /// An empty record for `source`, ready to be filled.
    pub fn new(source: Source) -> Record {
        Record {
            schema: SCHEMA_VERSION,
            source,
            ..Record::default()
        }
    }

    /// An error record: all lists empty, `error` set.
    pub fn failed(source: Source, id: Option<String>, kind: ErrorKind, message: impl Into<String>) -> Record {
        Record {
            schema: SCHEMA_VERSION,
            id,
            source,
            error: Some(ErrorInfo {
                kind,
                message: message.into(),
            }),
            ..Record::default()
        }
    }
}
