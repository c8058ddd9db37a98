"""The Python peer's environment, shared by `benches/e2e` and
`benches/html_quality`: a virtual environment under `target/bench/venv`
holding the pinned peer packages.

Both scripts compare warta with the same pinned tools, so they install
them in one place: trafilatura (with lxml_html_clean, which its lxml needs)
and dateparser, at the versions of `PINS` (dateparser's being the one
trafilatura's htmldate accepts).
"""

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BENCH = ROOT / "target" / "bench"
# The pinned versions, stated once: the install list and the check below
# are both built from them.
PINS = {"trafilatura": "2.3.1", "dateparser": "1.5.0"}
PACKAGES = [f"{name}=={version}" for name, version in PINS.items()] + ["lxml_html_clean"]
# Exits 0 only when every package imports at its pinned version.
_CHECK = ("import importlib, lxml_html_clean, sys; "
          f"sys.exit(any(importlib.import_module(n).__version__ != v for n, v in {PINS!r}.items()))")


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
