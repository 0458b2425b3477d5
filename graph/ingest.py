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

import functools
import hashlib

from chainatlas.graph.store import IngestResult
from chainatlas.loaders.files import load_file
from chainatlas.ontology.mapping import EdgeRecord, NodeRecord, map_extraction
from chainatlas.ontology.vocab import Kind, Rel

__all__ = ["ingest_file", "ingest_extraction", "ingest_library", "LIBRARY_DOC_ID"]

#: the document id the reference chain library is stored under
LIBRARY_DOC_ID = "chainatlas:reference-library"


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


def _library_records(library):
    nodes, edges = {}, {}

    def node(kind, name, props, ev, aliases=()):
        rec = NodeRecord(kind, name, props, ev, list(aliases))
        old = nodes.setdefault(rec.id, rec)
        if old is not rec:
            old.evidence.extend(ev)
            old.aliases.extend(a for a in aliases if a not in old.aliases)
            for k, v in props.items():
                old.props.setdefault(k, v)
        return rec.id

    def edge(src, rel, dst, props, ev):
        old = edges.get((src, rel, dst))
        if old is None:
            edges[(src, rel, dst)] = EdgeRecord(src, rel, dst, props, ev)
        else:
            old.evidence.extend(ev)
            if "chains" in props:
                old.props["chains"] = old.props["chains"] + [c for c in props["chains"] if c not in old.props["chains"]]

    for c in library:
        src = f"参考产业链库 {c.id}.toml"
        ev = [{"start": None, "end": None, "sentence": f"{src}: {c.name}", "confidence": 1.0}]
        cid = node(Kind.CHAIN, c.name, {"reference": c.id, "en": c.en, "industry": c.industry}, ev, c.aliases)
        if c.industry:
            edge(cid, Rel.BELONGS_TO, node(Kind.INDUSTRY, c.industry, {}, ev), {}, ev)
        pos = c.positions()
        for link in c.links.values():
            lev = [dict(ev[0], sentence=f"{src}: {c.name} / {link.name}"
                        + (f" (GB/T 4754-2017 {link.gbt} {link.gbt_name})" if link.gbt else ""))]
            lid = node(Kind.LINK, link.name, {"gbt": link.gbt, "gbt_name": link.gbt_name, "en": link.en}, lev,
                       link.synonyms)
            edge(cid, Rel.HAS_LINK, lid, {"segment": link.segment, "position": pos[link.name], "step": link.name},
                 lev)
            for up in link.inputs:
                edge(NodeRecord(Kind.LINK, up).id, Rel.FEEDS, lid, {"chains": [c.name]},
                     [dict(ev[0], sentence=f"{src}: {up} → {link.name}")])
    return list(nodes.values()), list(edges.values())


@functools.lru_cache(maxsize=4)
def _library_hash(files):
    h = hashlib.sha256()
    for f in files:
        with open(f, "rb") as fh:
            h.update(f.encode() + b"\0" + fh.read())
    return h.hexdigest()


def ingest_library(store, library=None):
    """Store the reference chain library as the document :data:`LIBRARY_DOC_ID`.

    Every library chain becomes a Chain node (with its ``reference`` id), its
    links Link nodes (with GB/T 4754-2017 code, synonyms as aliases),
    HAS_LINK and FEEDS edges.  The shipped library is stored again only when
    its files change; :func:`ingest_file` calls this, so a store always
    carries the library its chains were matched against.

    Parameters
    ----------
    store : Store
    library : Library, optional
        Default: the shipped library.

    Returns
    -------
    IngestResult

    Examples
    --------
    >>> from chainatlas.graph import Store
    >>> st = Store(":memory:")
    >>> ingest_library(st).status, ingest_library(st).status
    ('added', 'unchanged')
    >>> st.has_node("Link:多晶硅"), st.node("Chain:光伏产业链")["props"]["reference"]
    (True, 'silicon-pv')
    """
    from chainatlas.ontology.library import chain_files, load_library

    if library is None:
        library = load_library()
        digest = _library_hash(tuple(chain_files()))
    else:
        digest = hashlib.sha256(repr(sorted((c.id, repr(c.as_dict())) for c in library)).encode()).hexdigest()
    if store.document_hash(LIBRARY_DOC_ID) == digest:
        return IngestResult(LIBRARY_DOC_ID, "unchanged", 0, 0)
    nodes, edges = _library_records(library)
    return store.ingest({"id": LIBRARY_DOC_ID, "title": "ChainAtlas 参考产业链库", "format": "library",
                         "sha256": digest, "path": "", "text": ""}, nodes, edges)


def ingest_file(store, path, doc_id=None, mapping=None):
    """Read, extract, map and store one file (and the reference library, when it is new or changed).

    Returns
    -------
    (IngestResult, Extraction)
    """
    x, meta = load_file(path, doc_id=doc_id, mapping=mapping)
    ingest_library(store)
    return ingest_extraction(store, x, meta), x
