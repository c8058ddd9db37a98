"""warta: Indonesian news in, structured records out.

Each function returns the record `warta extract` writes for a document, as
a dict (schema 1: regions, officials, offices, dates, laws, pledges, each
with code-point offsets into ``record["text"]``).

    >>> import warta
    >>> r = warta.analyze("Judul Berita Yang Cukup Panjang\\n\\nKETAPANG - Bupati Ketapang hadir.")
    >>> r["dateline"]
    'KETAPANG'

``analyze_batch`` runs on all cores with the GIL released; ``arrow_batch``
returns a ``pyarrow.RecordBatch`` with a fixed schema (derived from the
record's JSON Schema), for PySpark ``mapInArrow`` and Ray Data.
"""

import json

from . import _warta

__version__ = _warta.__version__
__all__ = ["analyze", "analyze_html", "analyze_batch", "arrow_batch", "arrow_schema", "schema"]


def analyze(text, published=None, title=None, url=None):
    """The record of one plain-text article. ``published`` (ISO date or
    date-time) anchors year-less and relative dates; ``title`` and ``url``
    fill the record's fields as a scraper would."""
    return json.loads(_warta.analyze_json(text, published, title, url))


def analyze_html(html, published=None, url=None):
    """The record of one saved HTML page."""
    return json.loads(_warta.analyze_html_json(html, published, url))


def _item(doc):
    if isinstance(doc, str):
        return (False, doc)
    if isinstance(doc, dict):
        return (True, json.dumps(doc, ensure_ascii=False))
    raise TypeError(f"expected str or dict, got {type(doc).__name__}")


def analyze_batch(docs, jobs=None):
    """Records of many documents, in order, computed in parallel on
    ``jobs`` threads (default: all cores) without holding the GIL. Each
    document is a plain-text string or a scraper JSON dict (``id``,
    ``url``, ``title``, ``date`` and one of ``text``, ``content``,
    ``html``); ``source.line`` is its 1-based position."""
    return [json.loads(r) for r in _warta.analyze_batch_json([_item(d) for d in docs], jobs)]


def schema():
    """The record's JSON Schema (as ``warta schema`` prints it)."""
    return json.loads(_warta.schema_json())


def arrow_schema():
    """The ``pyarrow.Schema`` of :func:`arrow_batch`, derived from the
    record's JSON Schema: objects are structs, arrays lists, enums strings."""
    import pyarrow as pa

    root = schema()
    defs = root.get("$defs", root.get("definitions", {}))

    def resolve(node):
        while "$ref" in node:
            node = defs[node["$ref"].rsplit("/", 1)[-1]]
        return node

    def arrow_type(node):
        node = resolve(node)
        for key in ("anyOf", "oneOf"):
            if key in node:
                options = [o for o in node[key] if resolve(o).get("type") != "null"]
                return arrow_type(options[0]) if options else pa.null()
        t = node.get("type")
        if isinstance(t, list):
            t = next((x for x in t if x != "null"), "null")
        if "enum" in node or t == "string":
            return pa.string()
        if t == "integer":
            return pa.int64()
        if t == "number":
            return pa.float64()
        if t == "boolean":
            return pa.bool_()
        if t == "array":
            return pa.list_(arrow_type(node.get("items", {})))
        if t == "object":
            return pa.struct([pa.field(k, arrow_type(v)) for k, v in node.get("properties", {}).items()])
        return pa.string()

    return pa.schema([pa.field(k, arrow_type(v)) for k, v in root["properties"].items()])


def arrow_batch(docs, jobs=None):
    """The records of ``docs`` (as for :func:`analyze_batch`) as one
    ``pyarrow.RecordBatch`` with the fixed :func:`arrow_schema`."""
    import pyarrow as pa

    return pa.RecordBatch.from_pylist(analyze_batch(docs, jobs), schema=arrow_schema())
