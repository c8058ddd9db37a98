"""The Python binding against the CLI: same records for the bundled corpus.

    python -m unittest discover -s python/tests     (after maturin develop)

WARTA_BIN names the CLI binary to compare with (default:
target/release/warta, built by `cargo build --release`).
"""

import json
import os
import subprocess
import unittest
from pathlib import Path

import warta

ROOT = Path(__file__).resolve().parents[2]
CORPUS = ROOT / "corpus"
BIN = os.environ.get("WARTA_BIN", str(ROOT / "target" / "release" / "warta"))


def cli_records():
    out = subprocess.run([BIN, "extract", "-q", str(CORPUS)], capture_output=True, check=True).stdout
    return [json.loads(line) for line in out.decode().splitlines()]


def without_source(record):
    return {k: v for k, v in record.items() if k != "source"}


class BindingMatchesCli(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.cli = cli_records()
        cls.files = sorted(CORPUS.glob("*.txt"))
        cls.texts = [f.read_text(encoding="utf-8") for f in cls.files]

    def test_analyze_gives_the_cli_record_for_every_corpus_file(self):
        self.assertEqual(len(self.cli), 5)
        for text, cli in zip(self.texts, self.cli):
            self.assertEqual(without_source(warta.analyze(text)), without_source(cli))

    def test_batch_keeps_order_and_matches_one_by_one(self):
        batch = warta.analyze_batch(self.texts, jobs=2)
        self.assertEqual([without_source(r) for r in batch], [without_source(r) for r in self.cli])
        self.assertEqual([r["source"]["format"] for r in batch], ["text"] * 5)

    def test_batch_takes_scraper_dicts(self):
        docs = [{"id": "a1", "title": "Judul Dari Scraper", "date": "2024-11-03", "text": self.texts[0]},
                {"id": 2, "html": "<p>Isi halaman yang cukup panjang untuk dibaca.</p>"}]
        a, b = warta.analyze_batch(docs)
        self.assertEqual((a["source"]["id"], a["source"]["line"], a["title"], a["published"]),
                         ("a1", 1, "Judul Dari Scraper", "2024-11-03"))
        self.assertEqual((b["source"]["id"], b["source"]["line"], b["text"]),
                         ("2", 2, "Isi halaman yang cukup panjang untuk dibaca."))
        with self.assertRaises(TypeError):
            warta.analyze_batch([42])
        with self.assertRaises(ValueError):
            warta.analyze_batch(["x"], jobs=0)

    def test_published_anchors_year_less_dates(self):
        r = warta.analyze("Judul Berita Yang Cukup Panjang\n\nKETAPANG - Bupati hadir pada Rabu (11/9) di kantor.",
                          published="2024-09-12")
        self.assertEqual(r["published"], "2024-09-12")
        self.assertEqual([d["value"] for d in r["dates"]], ["2024-09-11"])

    def test_analyze_html(self):
        r = warta.analyze_html("<html><head><title>Banjir - Suara Kalbar</title></head><body>"
                               "<p>SAMBAS - Banjir merendam tiga desa sejak Senin pagi, kata warga.</p></body></html>")
        self.assertEqual(r["source"]["format"], "html")
        self.assertEqual(r["text"], "SAMBAS - Banjir merendam tiga desa sejak Senin pagi, kata warga.")

    def test_arrow_batch_has_the_fixed_schema_and_the_records(self):
        import pyarrow as pa

        batch = warta.arrow_batch(self.texts)
        self.assertIsInstance(batch, pa.RecordBatch)
        self.assertEqual(batch.schema, warta.arrow_schema())
        self.assertEqual(batch.num_rows, 5)
        self.assertEqual(batch.column("title").to_pylist(), [r["title"] for r in self.cli])
        laws = [[law["id"] for law in row] for row in batch.column("laws").to_pylist()]
        self.assertEqual(laws, [[law["id"] for law in r["laws"]] for r in self.cli])
        # An empty batch still has every column.
        self.assertEqual(warta.arrow_batch([]).schema, warta.arrow_schema())


if __name__ == "__main__":
    unittest.main()
