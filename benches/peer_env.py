"""The Python peer's environment, shared by `benches/e2e` and
`benches/html_quality`: a virtual environment under `target/bench/venv`
holding the pinned peer packages.

Both scripts compare warta with the same pinned tools, so they install
them in one place: trafilatura 2.3.1 (with lxml_html_clean, which its lxml
needs) and dateparser 1.5.0 (the version trafilatura's htmldate accepts).
"""

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BENCH = ROOT / "target" / "bench"
PACKAGES = ["trafilatura==2.3.1", "lxml_html_clean", "dateparser==1.5.0"]
# Exits 0 only when every package imports at its pinned version.
_CHECK = ("import trafilatura, lxml_html_clean, dateparser, sys; "
          "sys.exit(trafilatura.__version__ != '2.3.1' or dateparser.__version__ != '1.5.0')")


def peer_python():
    """The venv's interpreter, after creating the venv and installing the
    pinned packages when they are missing or at other versions."""
    venv = BENCH / "venv"
    py = venv / "bin" / "python"
    if not py.exists():
        BENCH.mkdir(parents=True, exist_ok=True)
        subprocess.run([sys.executable, "-m", "venv", str(venv)], check=True)
    if subprocess.run([str(py), "-c", _CHECK], capture_output=True).returncode != 0:
        subprocess.run([str(py), "-m", "pip", "install", "-q", *PACKAGES], check=True)
    return py
