"""The embedded graph store: one SQLite file, transactional, with evidence.

Nodes and edges exist because some document asserts them.  Every assertion
row names its document, the character span and sentence it came from and a
confidence; a node or edge lives as long as one assertion does.  Ingesting a
document replaces that document's assertions in one transaction, so

- ingesting the same document twice changes nothing (its hash is recorded);
- a new version of a document replaces its facts and keeps everyone else's;
- a failure rolls the whole ingest back.

The default file is ``./chainatlas.db``; ``CHAINATLAS_DB`` or an explicit
path override it.  Writes touch only the rows of one document, never the
whole file, and readers can keep reading while an ingest runs (WAL mode).

Examples
--------
>>> from chainatlas.graph import Store
>>> from chainatlas.ontology.mapping import NodeRecord
>>> from chainatlas.ontology import Kind
>>> st = Store(":memory:")
>>> ev = [{"start": 0, "end": 3, "sentence": "多晶硅", "confidence": 0.9}]
>>> st.ingest({"id": "d1", "sha256": "x"}, [NodeRecord(Kind.LINK, "多晶硅", {}, ev)], [])
IngestResult(doc_id='d1', status='added', nodes=1, edges=0)
>>> st.node("Link:多晶硅")["name"]
'多晶硅'
"""

import json
import os
import sqlite3
import threading
from collections import namedtuple
from datetime import datetime, timezone

from chainatlas.exceptions import NotFoundError, StoreError
from chainatlas.ontology.names import normalise_name
from chainatlas.ontology.vocab import Kind, Rel, kind as _kind

__all__ = ["Store", "IngestResult", "default_db_path", "open_store"]

SCHEMA_VERSION = 1

_SCHEMA = """
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT);
CREATE TABLE IF NOT EXISTS documents (
    id TEXT PRIMARY KEY, path TEXT, title TEXT, sha256 TEXT, format TEXT,
    ingested_at TEXT, text TEXT, scope TEXT
);
CREATE TABLE IF NOT EXISTS nodes (
    id TEXT PRIMARY KEY, kind TEXT NOT NULL, name TEXT NOT NULL, props TEXT NOT NULL DEFAULT '{}'
);
CREATE INDEX IF NOT EXISTS nodes_kind ON nodes(kind);
CREATE TABLE IF NOT EXISTS edges (
    id INTEGER PRIMARY KEY, src TEXT NOT NULL, rel TEXT NOT NULL, dst TEXT NOT NULL,
    props TEXT NOT NULL DEFAULT '{}', UNIQUE (src, rel, dst)
);
CREATE INDEX IF NOT EXISTS edges_dst ON edges(dst, rel);
CREATE TABLE IF NOT EXISTS assertions (
    id INTEGER PRIMARY KEY, doc_id TEXT NOT NULL, node_id TEXT, edge_id INTEGER, props TEXT,
    start INTEGER, "end" INTEGER, sentence TEXT, confidence REAL
);
CREATE INDEX IF NOT EXISTS assertions_doc ON assertions(doc_id);
CREATE INDEX IF NOT EXISTS assertions_node ON assertions(node_id);
CREATE INDEX IF NOT EXISTS assertions_edge ON assertions(edge_id);
CREATE TABLE IF NOT EXISTS aliases (
    node_id TEXT NOT NULL, alias TEXT NOT NULL, doc_id TEXT NOT NULL, PRIMARY KEY (node_id, alias, doc_id)
);
CREATE INDEX IF NOT EXISTS aliases_alias ON aliases(alias);
"""

IngestResult = namedtuple("IngestResult", "doc_id status nodes edges")


def default_db_path():
    """``$CHAINATLAS_DB`` or ``./chainatlas.db``."""
    return os.environ.get("CHAINATLAS_DB") or "chainatlas.db"


def _merge_props(rows):
    out = {}
    for raw in rows:
        if not raw:
            continue
        for k, v in json.loads(raw).items():
            if v is None or v == [] or v == "":
                continue
            if isinstance(v, list) and isinstance(out.get(k), list):
                out[k] = out[k] + [x for x in v if x not in out[k]]
            else:
                out[k] = v
    return out


class Store:
    """A ChainAtlas graph in one SQLite file.

    Parameters
    ----------
    path : str or os.PathLike, optional
        The database file; ``":memory:"`` for a throw-away store.  Defaults
        to :func:`default_db_path`.
    create : bool
        Create the file if it does not exist (default True).  With False a
        missing file raises :class:`~chainatlas.StoreError`.
    """

    def __init__(self, path=None, *, create=True):
        self.path = str(path or default_db_path())
        if self.path != ":memory:" and not create and not os.path.exists(self.path):
            raise StoreError(f"{self.path}: no such store; ingest documents first (chainatlas ingest FILE)")
        try:
            self._conn = sqlite3.connect(self.path, isolation_level=None, check_same_thread=False, timeout=30)
            self._conn.execute("PRAGMA journal_mode=WAL")
            self._conn.execute("PRAGMA synchronous=NORMAL")
            self._conn.executescript(_SCHEMA)
            cur = self._conn.execute("SELECT value FROM meta WHERE key='schema'")
            row = cur.fetchone()
            if row is None:
                self._conn.execute("INSERT OR IGNORE INTO meta VALUES ('schema', ?)", (str(SCHEMA_VERSION),))
            elif int(row[0]) != SCHEMA_VERSION:
                raise StoreError(f"{self.path}: store schema {row[0]} is not {SCHEMA_VERSION}")
        except sqlite3.DatabaseError as e:
            raise StoreError(f"{self.path}: cannot open store: {e}") from None
        self._lock = threading.RLock()

    # ------------------------------------------------------------------ lifecycle
    def close(self):
        self._conn.close()

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()

    def __repr__(self):
        return f"Store({self.path!r})"

    def _q(self, sql, params=()):
        return self._conn.execute(sql, params)

    # ------------------------------------------------------------------ writing
    def document_hash(self, doc_id):
        row = self._q("SELECT sha256 FROM documents WHERE id=?", (doc_id,)).fetchone()
        return row[0] if row else None

    def ingest(self, document, nodes, edges):
        """Replace one document's facts with `nodes` and `edges`, atomically.

        Parameters
        ----------
        document : dict
            ``id`` (required), ``sha256``, ``path``, ``title``, ``format``,
            ``text``, ``scope``.
        nodes : iterable of NodeRecord
        edges : iterable of EdgeRecord

        Returns
        -------
        IngestResult
            ``status`` is ``added``, ``replaced`` or ``unchanged``.
        """
        doc_id = document["id"]
        sha = document.get("sha256")
        nodes = list(nodes)
        edges = list(edges)
        with self._lock:
            old = self.document_hash(doc_id)
            if old is not None and sha is not None and old == sha:
                return IngestResult(doc_id, "unchanged", 0, 0)
            c = self._conn
            try:
                c.execute("BEGIN IMMEDIATE")
                touched_nodes = {r[0] for r in c.execute(
                    "SELECT DISTINCT node_id FROM assertions WHERE doc_id=? AND node_id IS NOT NULL", (doc_id,))}
                touched_edges = {r[0] for r in c.execute(
                    "SELECT DISTINCT edge_id FROM assertions WHERE doc_id=? AND edge_id IS NOT NULL", (doc_id,))}
                c.execute("DELETE FROM assertions WHERE doc_id=?", (doc_id,))
                c.execute("DELETE FROM aliases WHERE doc_id=?", (doc_id,))
                c.execute(
                    "INSERT OR REPLACE INTO documents (id, path, title, sha256, format, ingested_at, text, scope)"
                    " VALUES (?,?,?,?,?,?,?,?)",
                    (doc_id, document.get("path"), document.get("title"), sha, document.get("format"),
                     datetime.now(timezone.utc).isoformat(timespec="seconds"), document.get("text"),
                     json.dumps(document.get("scope") or {}, ensure_ascii=False)),
                )
                self._write(doc_id, nodes, edges, touched_nodes, touched_edges)
                c.execute("COMMIT")
            except BaseException:
                if c.in_transaction:
                    c.execute("ROLLBACK")
                raise
        return IngestResult(doc_id, "replaced" if old is not None else "added", len(nodes), len(edges))

    def _write(self, doc_id, nodes, edges, touched_nodes, touched_edges):
        c = self._conn
        ids = set()
        node_rows, assert_rows, alias_rows = [], [], []
        for n in nodes:
            nid = n.id
            ids.add(nid)
            node_rows.append((nid, _kind(n.kind).value, n.name))
            props = json.dumps(n.props, ensure_ascii=False) if n.props else None
            evs = n.evidence or [{"start": None, "end": None, "sentence": None, "confidence": 1.0}]
            for i, ev in enumerate(evs):
                assert_rows.append((doc_id, nid, None, props if i == 0 else None, ev.get("start"), ev.get("end"),
                                    ev.get("sentence"), ev.get("confidence")))
            for a in n.aliases:
                if a and normalise_name(a, n.kind) != nid.split(":", 1)[1]:
                    alias_rows.append((nid, normalise_name(a, n.kind), doc_id))
        c.executemany("INSERT OR IGNORE INTO nodes (id, kind, name) VALUES (?,?,?)", node_rows)
        c.executemany("INSERT INTO assertions (doc_id, node_id, edge_id, props, start, \"end\", sentence, confidence)"
                      " VALUES (?,?,?,?,?,?,?,?)", assert_rows)
        c.executemany("INSERT OR IGNORE INTO aliases VALUES (?,?,?)", alias_rows)
        edge_ids = set()
        assert_rows = []
        for e in edges:
            for end in (e.src, e.dst):
                if end not in ids and c.execute("SELECT 1 FROM nodes WHERE id=?", (end,)).fetchone() is None:
                    raise StoreError(f"edge {e.src} -{Rel(e.rel).value}-> {e.dst}: unknown node {end}")
            rel = Rel(e.rel).value
            c.execute("INSERT OR IGNORE INTO edges (src, rel, dst) VALUES (?,?,?)", (e.src, rel, e.dst))
            eid = c.execute("SELECT id FROM edges WHERE src=? AND rel=? AND dst=?", (e.src, rel, e.dst)).fetchone()[0]
            edge_ids.add(eid)
            props = json.dumps(e.props, ensure_ascii=False) if e.props else None
            evs = e.evidence or [{"start": None, "end": None, "sentence": None, "confidence": 1.0}]
            for i, ev in enumerate(evs):
                assert_rows.append((doc_id, None, eid, props if i == 0 else None, ev.get("start"), ev.get("end"),
                                    ev.get("sentence"), ev.get("confidence")))
        c.executemany("INSERT INTO assertions (doc_id, node_id, edge_id, props, start, \"end\", sentence, confidence)"
                      " VALUES (?,?,?,?,?,?,?,?)", assert_rows)
        self._refresh(ids | touched_nodes, edge_ids | touched_edges)

    def _refresh(self, node_ids, edge_ids):
        """Drop what no assertion supports any more; recompute merged props and display names."""
        c = self._conn
        for nid in node_ids:
            rows = c.execute("SELECT props FROM assertions WHERE node_id=? ORDER BY id", (nid,)).fetchall()
            if not rows:
                c.execute("DELETE FROM nodes WHERE id=?", (nid,))
                for (eid,) in c.execute("SELECT id FROM edges WHERE src=? OR dst=?", (nid, nid)).fetchall():
                    c.execute("DELETE FROM assertions WHERE edge_id=?", (eid,))
                    c.execute("DELETE FROM edges WHERE id=?", (eid,))
                c.execute("DELETE FROM aliases WHERE node_id=?", (nid,))
            else:
                c.execute("UPDATE nodes SET props=? WHERE id=?",
                          (json.dumps(_merge_props(r[0] for r in rows), ensure_ascii=False), nid))
        for eid in edge_ids:
            rows = c.execute("SELECT props FROM assertions WHERE edge_id=? ORDER BY id", (eid,)).fetchall()
            if not rows:
                c.execute("DELETE FROM edges WHERE id=?", (eid,))
            else:
                c.execute("UPDATE edges SET props=? WHERE id=?",
                          (json.dumps(_merge_props(r[0] for r in rows), ensure_ascii=False), eid))

    def remove_document(self, doc_id):
        """Remove a document and every fact only it asserted."""
        if not self._q("SELECT 1 FROM documents WHERE id=?", (doc_id,)).fetchone():
            raise NotFoundError(f"no document {doc_id!r} in {self.path}")
        self.ingest({"id": doc_id, "sha256": None}, [], [])
        with self._lock:
            self._q("DELETE FROM documents WHERE id=?", (doc_id,))

    # ------------------------------------------------------------------ reading
    @staticmethod
    def _node_row(row):
        nid, k, name, props = row
        return {"id": nid, "kind": k, "name": name, "props": json.loads(props)}

    def node(self, nid):
        """The node with id `nid` as a dict, or raise :class:`~chainatlas.NotFoundError`."""
        row = self._q("SELECT id, kind, name, props FROM nodes WHERE id=?", (nid,)).fetchone()
        if row is None:
            raise NotFoundError(f"no node {nid!r}")
        return self._node_row(row)

    def has_node(self, nid):
        return self._q("SELECT 1 FROM nodes WHERE id=?", (nid,)).fetchone() is not None

    def nodes(self, kind=None):
        """Iterate over nodes (of one kind)."""
        if kind is None:
            cur = self._q("SELECT id, kind, name, props FROM nodes ORDER BY id")
        else:
            cur = self._q("SELECT id, kind, name, props FROM nodes WHERE kind=? ORDER BY id", (_kind(kind).value,))
        for row in cur:
            yield self._node_row(row)

    def edges(self, rel=None):
        """Iterate over edges as dicts with ``id, src, rel, dst, props``."""
        sql = "SELECT id, src, rel, dst, props FROM edges"
        params = ()
        if rel is not None:
            sql += " WHERE rel=?"
            params = (Rel(rel).value,)
        for eid, s, r, d, p in self._q(sql + " ORDER BY id", params):
            yield {"id": eid, "src": s, "rel": r, "dst": d, "props": json.loads(p)}

    def edges_of(self, nid, direction="out", rels=None):
        """Edges leaving (``direction="out"``) or entering (``"in"``) node `nid`, optionally of some relations."""
        col, other = {"out": ("src", "dst"), "in": ("dst", "src")}[direction]
        sql = f"SELECT id, src, rel, dst, props FROM edges WHERE {col}=?"
        params = [nid]
        if rels:
            rels = [Rel(r).value for r in rels]
            sql += f" AND rel IN ({','.join('?' * len(rels))})"
            params += rels
        return [{"id": i, "src": s, "rel": r, "dst": d, "props": json.loads(p)}
                for i, s, r, d, p in self._q(sql + f" ORDER BY rel, {other}", params)]

    def read(self, sql, params=()):
        """Run a read-only SQL query (SELECT or WITH) and return its rows.

        The query modules use this for the joins they need; writes go through :meth:`ingest` only.
        """
        if not sql.lstrip().upper().startswith(("SELECT", "WITH")):
            raise StoreError("Store.read runs SELECT queries only")
        return self._q(sql, params).fetchall()

    def aliases(self, nid):
        return sorted({r[0] for r in self._q("SELECT alias FROM aliases WHERE node_id=?", (nid,))})

    def find(self, name, kind=None):
        """Node ids matching `name`: exact id, exact name, alias, then substring.

        Returns the best non-empty tier as a sorted list.
        """
        kinds = [_kind(kind)] if kind is not None else list(Kind)
        exact, alias, sub = set(), set(), set()
        for k in kinds:
            key = normalise_name(name, k)
            nid = f"{k.value}:{key}"
            if self.has_node(nid):
                exact.add(nid)
            for (aid,) in self._q("SELECT DISTINCT node_id FROM aliases WHERE alias=? AND node_id LIKE ?",
                                  (key, k.value + ":%")):
                alias.add(aid)
            if not exact and not alias:
                for (sid,) in self._q("SELECT id FROM nodes WHERE kind=? AND instr(id, ?) > 0 LIMIT 50",
                                      (k.value, key)):
                    sub.add(sid)
        for tier in (exact, alias, sub):
            if tier:
                return sorted(tier)
        return []

    def evidence(self, node_id=None, edge_id=None):
        """The assertions behind a node or an edge, with their documents' titles."""
        if node_id is not None:
            where, param = "a.node_id=?", node_id
        else:
            where, param = "a.edge_id=?", edge_id
        rows = self._q(
            "SELECT a.doc_id, d.title, a.start, a.\"end\", a.sentence, a.confidence FROM assertions a "
            f"LEFT JOIN documents d ON d.id=a.doc_id WHERE {where} ORDER BY a.id", (param,))
        return [{"doc_id": r[0], "doc_title": r[1], "start": r[2], "end": r[3], "sentence": r[4],
                 "confidence": r[5]} for r in rows]

    def edge_evidence_many(self, edge_ids):
        """Evidence for many edges at once: ``{edge_id: [evidence, ...]}``."""
        out = {}
        ids = list(edge_ids)
        for i in range(0, len(ids), 500):
            chunk = ids[i:i + 500]
            q = ",".join("?" * len(chunk))
            for eid, doc, title, s, e, sent, conf in self._q(
                    "SELECT a.edge_id, a.doc_id, d.title, a.start, a.\"end\", a.sentence, a.confidence "
                    f"FROM assertions a LEFT JOIN documents d ON d.id=a.doc_id WHERE a.edge_id IN ({q}) "
                    "ORDER BY a.id", chunk):
                out.setdefault(eid, []).append({"doc_id": doc, "doc_title": title, "start": s, "end": e,
                                                "sentence": sent, "confidence": conf})
        return out

    def documents(self):
        return [{"id": r[0], "path": r[1], "title": r[2], "sha256": r[3], "format": r[4], "ingested_at": r[5],
                 "scope": json.loads(r[6] or "{}")}
                for r in self._q("SELECT id, path, title, sha256, format, ingested_at, scope FROM documents ORDER BY id")]

    def document_text(self, doc_id):
        row = self._q("SELECT text FROM documents WHERE id=?", (doc_id,)).fetchone()
        return row[0] if row else None

    def stats(self):
        """Counts of documents, nodes per kind, edges per relation and assertions."""
        out = {"documents": self._q("SELECT count(*) FROM documents").fetchone()[0]}
        out["nodes"] = {k: n for k, n in self._q("SELECT kind, count(*) FROM nodes GROUP BY kind ORDER BY kind")}
        out["edges"] = {r: n for r, n in self._q("SELECT rel, count(*) FROM edges GROUP BY rel ORDER BY rel")}
        out["assertions"] = self._q("SELECT count(*) FROM assertions").fetchone()[0]
        return out

    def fingerprint(self):
        """A comparable snapshot of every node, edge, alias and assertion (for tests and checks)."""
        return (
            sorted(self._q("SELECT id, kind, name, props FROM nodes")),
            sorted(self._q("SELECT src, rel, dst, props FROM edges")),
            sorted(self._q("SELECT node_id, alias, doc_id FROM aliases")),
            sorted(self._q("SELECT a.doc_id, coalesce(a.node_id, e.src || '|' || e.rel || '|' || e.dst), a.props,"
                           " a.start, a.\"end\", a.sentence, a.confidence FROM assertions a"
                           " LEFT JOIN edges e ON e.id = a.edge_id"), key=repr),
            sorted(self._q("SELECT id, sha256 FROM documents")),
        )

    def to_networkx(self):
        """The whole graph as a :class:`networkx.MultiDiGraph`.

        Nodes carry ``kind``, ``name`` and their props; edges are keyed by
        relation type and carry ``rel``, ``edge_id`` and their props.
        """
        import networkx as nx

        g = nx.MultiDiGraph()
        for nid, k, name, props in self._q("SELECT id, kind, name, props FROM nodes"):
            g.add_node(nid, kind=k, name=name, **json.loads(props))
        for eid, s, r, d, p in self._q("SELECT id, src, rel, dst, props FROM edges"):
            g.add_edge(s, d, key=r, rel=r, edge_id=eid, **json.loads(p))
        return g


def open_store(path=None, *, create=False):
    """Open an existing store (by default :func:`default_db_path`)."""
    return Store(path, create=create)
