//! Sinks: where the pipeline's records go, in input order.
//!
//! [`JsonLines`] is the default and the fast path: workers serialise each
//! document's records to JSON lines in parallel, and the sink only copies
//! bytes. `ParquetSink` (cargo feature `parquet`) takes the records
//! themselves, one chunk at a time, and writes each chunk as an Arrow record
//! batch (row group) of a Parquet file whose columns mirror the record:
//! nested lists are `list<struct>` columns, enums are strings.
//!
//! Memory: a sink holds at most one chunk of the pipeline (a few hundred
//! records), whatever the size of the run.

use std::io::{self, Write};

use crate::record::Record;

/// A destination for records, fed in input order.
pub trait Sink {
    /// True when the sink wants whole records ([`Sink::records`]); false
    /// when workers serialise them to JSON lines for [`Sink::lines`].
    fn takes_records(&self) -> bool {
        false
    }
    /// Writes JSON lines serialised by the workers.
    fn lines(&mut self, bytes: &[u8]) -> io::Result<()>;
    /// Writes one chunk of whole records (only when [`Sink::takes_records`]).
    fn records(&mut self, records: Vec<Record>) -> io::Result<()> {
        let _ = records;
        Err(io::Error::other("this sink takes JSON lines"))
    }
    /// Pushes buffered output to the destination (filter mode calls it
    /// after every chunk).
    fn flush(&mut self) -> io::Result<()>;
    /// Ends the output (a Parquet footer); called once, after the last chunk.
    fn finish(&mut self) -> io::Result<()> {
        self.flush()
    }
}

/// JSON Lines: one record per line, as `serde_json` writes it.
pub struct JsonLines<W: Write>(pub W);

impl<W: Write> Sink for JsonLines<W> {
    fn lines(&mut self, bytes: &[u8]) -> io::Result<()> {
        self.0.write_all(bytes)
    }
    fn flush(&mut self) -> io::Result<()> {
        self.0.flush()
    }
}

#[cfg(feature = "parquet")]
pub use parquet_sink::ParquetSink;

#[cfg(feature = "parquet")]
mod parquet_sink {
    use std::io::{self, Write};

    use arrow_schema::FieldRef;
    use parquet::arrow::ArrowWriter;
    use serde_arrow::schema::{SchemaLike, TracingOptions};

    use super::Sink;
    use crate::record::Record;

    /// Parquet: each chunk of records becomes one row group.
    pub struct ParquetSink<W: Write + Send> {
        fields: Vec<FieldRef>,
        writer: Option<ArrowWriter<W>>,
    }

    impl<W: Write + Send> ParquetSink<W> {
        /// A Parquet writer on `out`, its schema traced from the record
        /// type (so it is the same for every run, even an empty one).
        pub fn new(out: W) -> io::Result<ParquetSink<W>> {
            let fields = Vec::<FieldRef>::from_type::<Record>(
                TracingOptions::default()
                    .enums_without_data_as_strings(true)
                    .allow_null_fields(true),
            )
            .map_err(io::Error::other)?;
            let schema = std::sync::Arc::new(arrow_schema::Schema::new(fields.clone()));
            let writer = ArrowWriter::try_new(out, schema, None).map_err(io::Error::other)?;
            Ok(ParquetSink {
                fields,
                writer: Some(writer),
            })
        }
    }

    impl<W: Write + Send> Sink for ParquetSink<W> {
        fn takes_records(&self) -> bool {
            true
        }
        fn lines(&mut self, _: &[u8]) -> io::Result<()> {
            Err(io::Error::other("the Parquet sink takes records"))
        }
        fn records(&mut self, records: Vec<Record>) -> io::Result<()> {
            if records.is_empty() {
                return Ok(());
            }
            let batch = serde_arrow::to_record_batch(&self.fields, &records).map_err(io::Error::other)?;
            let writer = self
                .writer
                .as_mut()
                .ok_or_else(|| io::Error::other("Parquet file already closed"))?;
            writer.write(&batch).map_err(io::Error::other)
        }
        fn flush(&mut self) -> io::Result<()> {
            match self.writer.as_mut() {
                Some(w) => w.flush().map_err(io::Error::other),
                None => Ok(()),
            }
        }
        fn finish(&mut self) -> io::Result<()> {
            if let Some(w) = self.writer.take() {
                w.close().map_err(io::Error::other)?;
            }
            Ok(())
        }
    }
}
