"""warta inside the engines datasets are built with, run for real.

    python -m unittest discover -s python/tests

(a) PySpark (local[2], on the machine's Java) pipes the corpus through
    `warta extract --stdin-jsonl` with RDD.pipe and gets the folder run's
    records; (c) DuckDB reads `warta extract --format parquet` and counts
    the same law ids per article as the JSONL run. WARTA_BIN names the CLI
    (default target/release/warta; Parquet needs `--features parquet`).
"""

import json
import os
import subprocess
import tempfile
import unittest
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
CORPUS = ROOT / "corpus"
BIN = os.environ.get("WARTA_BIN", str(ROOT / "target" / "release" / "warta"))
FIELDS = ["title", "published", "dateline", "text", "regions", "officials", "offices", "dates", "laws", "pledges"]


def folder_run():
    out = subprocess.run([BIN, "extract", "-q", str(CORPUS)], capture_output=True, check=True).stdout
    return [json.loads(line) for line in out.decode().splitlines()]


class PySparkPipe(unittest.TestCase):
    def test_rdd_pipe_gives_the_folder_run_records(self):
        from pyspark.sql import SparkSession

        spark = (SparkSession.builder.master("local[2]").appName("warta-test")
                 .config("spark.ui.enabled", "false").config("spark.driver.host", "127.0.0.1").getOrCreate())
        try:
            lines = [json.dumps({"id": f.name, "text": f.read_text(encoding="utf-8")}, ensure_ascii=False)
                     for f in sorted(CORPUS.glob("*.txt"))]
            piped = spark.sparkContext.parallelize(lines, 2).pipe(f"{BIN} extract -q --stdin-jsonl").collect()
        finally:
            spark.stop()
        records = [json.loads(r) for r in piped]
        expected = folder_run()
        self.assertEqual([r["source"]["id"] for r in records], [Path(r["source"]["path"]).name for r in expected])
        for got, want in zip(records, expected):
            for field in FIELDS:
                self.assertEqual(got[field], want[field], f"{want['source']['path']}: {field}")


class DuckDbParquet(unittest.TestCase):
    def test_parquet_law_ids_per_article_equal_the_jsonl_run(self):
        import duckdb

        with tempfile.TemporaryDirectory() as tmp:
            parquet = Path(tmp) / "corpus.parquet"
            subprocess.run([BIN, "extract", "-q", "--format", "parquet", "-o", str(parquet), str(CORPUS)], check=True)
            rows = duckdb.sql(
                f"select source.path, len(list_transform(laws, lambda l: l.id)), len(dates), title "
                f"from '{parquet}' order by source.path").fetchall()
        expected = [(r["source"]["path"], len([law["id"] for law in r["laws"]]), len(r["dates"]), r["title"])
                    for r in folder_run()]
        self.assertEqual(rows, expected)
        self.assertGreater(sum(r[1] for r in rows), 0, "the corpus cites laws")


if __name__ == "__main__":
    unittest.main()
