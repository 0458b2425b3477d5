"""Ingest: loader -> ontology mapping -> store, one document per transaction.

Examples
--------
>>> from chainatlas.graph import Store, ingest_extraction
>>> from chainatlas.loaders import extract_text
>>> st = Store(":memory:")
>>> x = extract_text("甘州区形成“绿电制绿氢—绿氢制绿氨”的产业链。", doc_id="plan")
>>> ingest_extraction(st, x, {"id": "plan", "sha256": "1"}).status
'added'
>>> ingest_extraction(st, x, {"id": "plan", "sha256": "1"}).status
'unchanged'
"""

from chainatlas.graph.store import IngestResult
from chainatlas.loaders.files import load_file
from chainatlas.ontology.mapping import map_extraction

__all__ = ["ingest_file", "ingest_extraction"]


def ingest_extraction(store, extraction, meta):
    """Map `extraction` onto the ontology and store it as the document `meta['id']`."""
    # the store checks this too; checking first saves mapping a document that has not changed
    if meta.get("sha256") and store.document_hash(meta["id"]) == meta["sha256"]:
        return IngestResult(meta["id"], "unchanged", 0, 0)
    nodes, edges = map_extraction(extraction)
    meta = dict(meta)
    meta.setdefault("title", extraction.title)
    meta.setdefault("text", extraction.text)
    meta.setdefault("scope", extraction.scope)
    return store.ingest(meta, nodes, edges)


def ingest_file(store, path, doc_id=None, mapping=None):
    """Read, extract, map and store one file.

    Returns
    -------
    (IngestResult, Extraction)
    """
    x, meta = load_file(path, doc_id=doc_id, mapping=mapping)
    return ingest_extraction(store, x, meta), x
