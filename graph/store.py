"""The embedded graph store: one SQLite file, transactional, with evidence.

Nodes and edges exist because some document asserts them.  Every assertion
row names its document, the character span and sentence it came from and a
confidence; a node or edge lives as long as one assertion does.  Ingesting a
document replaces that document's assertions in one transaction, so

- ingesting the same document twice changes nothing (its hash is recorded);
- a new version of a document replaces its facts and keeps everyone else's;
- a failure rolls the whole ingest back;
- a reviewer's decision on a fact (:meth:`Store.decide`; see
  :mod:`chainatlas.graph.review`) outlives every re-ingest: a rejected fact
  is never written to ``nodes``/``edges``/``assertions`` again; what
  documents assert about it waits in ``held_assertions`` for an undo.

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

import contextlib
import functools
import json
import os
import sqlite3
import threading
from collections import namedtuple
from datetime import datetime, timezone

from chainatlas.exceptions import NotFoundError, StoreError
from chainatlas.ontology.names import normalise_name, surface_name
from chainatlas.ontology.vocab import Kind, Rel, kind as _kind

__all__ = ["Store", "IngestResult", "default_db_path", "open_store", "in_snapshot"]

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
CREATE INDEX IF NOT EXISTS nodes_kind_id ON nodes(kind, id);
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
CREATE TABLE IF NOT EXISTS decisions (
    fact TEXT PRIMARY KEY, node_id TEXT, src TEXT, rel TEXT, dst TEXT,
    decision TEXT NOT NULL CHECK (decision IN ('accept', 'reject')), note TEXT, decided_at TEXT
);
CREATE TABLE IF NOT EXISTS held_assertions (
    id INTEGER PRIMARY KEY, doc_id TEXT NOT NULL, node_id TEXT, kind TEXT, name TEXT,
    src TEXT, rel TEXT, dst TEXT, props TEXT, start INTEGER, "end" INTEGER, sentence TEXT, confidence REAL
);
CREATE INDEX IF NOT EXISTS held_doc ON held_assertions(doc_id);
CREATE INDEX IF NOT EXISTS held_node ON held_assertions(node_id);
CREATE INDEX IF NOT EXISTS held_src ON held_assertions(src);
CREATE INDEX IF NOT EXISTS held_dst ON held_assertions(dst);
CREATE TABLE IF NOT EXISTS held_aliases (
    node_id TEXT NOT NULL, alias TEXT NOT NULL, doc_id TEXT NOT NULL, PRIMARY KEY (node_id, alias, doc_id)
);
"""

IngestResult = namedtuple("IngestResult", "doc_id status nodes edges")

_NODE_ASSERT = ("INSERT INTO assertions (doc_id, node_id, edge_id, props, start, \"end\", sentence, confidence)"
                " VALUES (?,?,?,?,?,?,?,?)")
_HOLD = ("INSERT INTO held_assertions (doc_id, node_id, kind, name, src, rel, dst, props, start, \"end\", sentence,"
         " confidence) VALUES (?,?,?,?,?,?,?,?,?,?,?,?)")


def _alias_keys(n, nid=None):
    """The aliases of a node record: every form as written, and its key, that differs from the node's key.

    `nid` is the record's id when the caller has it already (computing it can cost a firm-name parse).
    """
    key = (nid or n.id).split(":", 1)[1]
    out = []
    for a in (n.name, *n.aliases):
        if not a:
            continue
        for f in (surface_name(a), normalise_name(a, n.kind)):
            if f and f != key and f not in out:
                out.append(f)
    return out


# a large set of values as one parameter: ``x IN (SELECT value FROM json_each(?))``
_JSON_IN = "(SELECT value FROM json_each(?))"


def _json_list(values):
    return json.dumps(sorted(values) if isinstance(values, (set, frozenset)) else list(values), ensure_ascii=False)


def _fact_key(fact):
    """A decision's key: a node id, or ``src \\x1f rel \\x1f dst`` for an edge."""
    if isinstance(fact, str):
        return fact
    src, r, dst = fact
    return "\x1f".join((src, Rel(r).value, dst))


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


def _merged_json(raws, cache):
    """``json.dumps(_merge_props(raws))``, remembered in `cache` by the rows' props."""
    key = tuple(raws)
    out = cache.get(key)
    if out is None:
        out = cache[key] = json.dumps(_merge_props(raws), ensure_ascii=False)
    return out


def in_snapshot(func):
    """Decorate a query ``func(store, ...)`` so that it reads one consistent state.

    The call runs inside ``store.snapshot()``; snapshots nest, so a caller
    that holds one already (a command, a report of many queries) makes the
    whole report one state.

    Examples
    --------
    >>> @in_snapshot
    ... def documents(store):
    ...     return store.stats()["documents"]
    >>> documents(Store(":memory:"))
    0
    """

    @functools.wraps(func)
    def wrapper(store, *args, **kwargs):
        with store.snapshot():
            return func(store, *args, **kwargs)

    return wrapper


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
            # a page cache of up to 128 MiB (SQLite's default is 2 MiB): the indexes of a national store are GBs,
            # and ingest into them runs about a quarter faster (bench/README.md)
            self._conn.execute("PRAGMA cache_size=-131072")
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
        self._snapshot = None

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
                c.execute("DELETE FROM held_assertions WHERE doc_id=?", (doc_id,))
                c.execute("DELETE FROM held_aliases WHERE doc_id=?", (doc_id,))
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
        nodes, edges = self._hold_rejected(doc_id, nodes, edges)
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
            alias_rows.extend((nid, a, doc_id) for a in _alias_keys(n, nid))
        c.executemany("INSERT OR IGNORE INTO nodes (id, kind, name) VALUES (?,?,?)", node_rows)
        c.executemany("INSERT INTO assertions (doc_id, node_id, edge_id, props, start, \"end\", sentence, confidence)"
                      " VALUES (?,?,?,?,?,?,?,?)", assert_rows)
        c.executemany("INSERT OR IGNORE INTO aliases VALUES (?,?,?)", alias_rows)
        # edges in bulk: check the ends the document does not define, insert, then read every id in one query
        keys = [(e.src, Rel(e.rel).value, e.dst) for e in edges]
        outside = {end for k in keys for end in (k[0], k[2]) if end not in ids}
        if outside:
            known = {r[0] for r in c.execute(f"SELECT id FROM nodes WHERE id IN {_JSON_IN}", (_json_list(outside),))}
            for src, rel, dst in keys:
                for end in (src, dst):
                    if end in outside and end not in known:
                        raise StoreError(f"edge {src} -{rel}-> {dst}: unknown node {end}")
        c.executemany("INSERT OR IGNORE INTO edges (src, rel, dst) VALUES (?,?,?)", keys)
        key_ids = {}
        if keys:
            key_ids = {(s, r, d): i for i, s, r, d in c.execute(
                "SELECT e.id, e.src, e.rel, e.dst FROM json_each(?) j JOIN edges e ON e.src = json_extract(j.value, '$[0]')"
                " AND e.rel = json_extract(j.value, '$[1]') AND e.dst = json_extract(j.value, '$[2]')",
                (json.dumps(keys, ensure_ascii=False),))}
        edge_ids = set()
        assert_rows = []
        for e, k in zip(edges, keys):
            eid = key_ids[k]
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
        """Drop what no assertion supports any more; recompute merged props and display names.

        Set-at-a-time: one query reads the assertions of every node (then of
        every edge), deletions and updates go in bulk, and a row whose merged
        props did not change is not rewritten.
        """
        c = self._conn

        def drop_nodes(g):
            c.execute(f"DELETE FROM assertions WHERE edge_id IN (SELECT id FROM edges WHERE src IN {_JSON_IN}"
                      f" UNION SELECT id FROM edges WHERE dst IN {_JSON_IN})", (g, g))
            c.execute(f"DELETE FROM edges WHERE src IN {_JSON_IN} OR dst IN {_JSON_IN}", (g, g))
            c.execute(f"DELETE FROM aliases WHERE node_id IN {_JSON_IN}", (g,))
            c.execute(f"DELETE FROM nodes WHERE id IN {_JSON_IN}", (g,))

        def drop_edges(g):
            c.execute(f"DELETE FROM edges WHERE id IN {_JSON_IN}", (g,))

        self._refresh_table("nodes", "node_id", list(node_ids), drop_nodes)
        self._refresh_table("edges", "edge_id", list(edge_ids), drop_edges)

    def _refresh_table(self, table, column, ids, drop):
        """Re-merge the props of rows `ids` of `table` (nodes or edges) from their assertions.

        `column` is the assertions' column pointing at the table; `drop` is
        called with the JSON list of the ids no assertion supports any more.
        """
        if not ids:
            return
        c = self._conn
        arr = _json_list(ids)
        rows = {}
        for key, raw in c.execute(f"SELECT {column}, props FROM assertions WHERE {column} IN {_JSON_IN}"
                                  f" ORDER BY {column}, id", (arr,)):
            rows.setdefault(key, []).append(raw)
        gone = [i for i in ids if i not in rows]
        if gone:
            drop(_json_list(gone))
        current = dict(c.execute(f"SELECT id, props FROM {table} WHERE id IN {_JSON_IN}", (arr,)))
        updates = []
        merged = {}  # one document's rows often carry the same props: merge each distinct list once
        for key, raws in rows.items():
            props = _merged_json(raws, merged)
            if current.get(key) != props:
                updates.append((props, key))
        c.executemany(f"UPDATE {table} SET props=? WHERE id=?", updates)

    # ------------------------------------------------------------------ review decisions
    def _rejected(self):
        """The rejected node ids and edge keys ``(src, rel, dst)``."""
        nodes, edges = set(), set()
        for nid, src, r, dst in self._q("SELECT node_id, src, rel, dst FROM decisions WHERE decision='reject'"):
            if nid is not None:
                nodes.add(nid)
            else:
                edges.add((src, r, dst))
        return nodes, edges

    def _hold_rejected(self, doc_id, nodes, edges):
        """Set aside what a document asserts about rejected facts; return the rest to write.

        A rejected node, an edge touching one and a rejected edge are not
        written to ``nodes``/``edges``/``assertions``; their assertions go to
        ``held_assertions`` (and aliases to ``held_aliases``) so that undoing
        the decision can bring them back.
        """
        rej_nodes, rej_edges = self._rejected()
        if not rej_nodes and not rej_edges:
            return nodes, edges
        c = self._conn
        keep_nodes, keep_edges, held, held_alias = [], [], [], []
        for n in nodes:
            nid = n.id
            if nid not in rej_nodes:
                keep_nodes.append(n)
                continue
            props = json.dumps(n.props, ensure_ascii=False) if n.props else None
            for i, ev in enumerate(n.evidence or [{"confidence": 1.0}]):
                held.append((doc_id, nid, _kind(n.kind).value, n.name, None, None, None, props if i == 0 else None,
                             ev.get("start"), ev.get("end"), ev.get("sentence"), ev.get("confidence")))
            held_alias.extend((nid, a, doc_id) for a in _alias_keys(n))
        for e in edges:
            r = Rel(e.rel).value
            if e.src not in rej_nodes and e.dst not in rej_nodes and (e.src, r, e.dst) not in rej_edges:
                keep_edges.append(e)
                continue
            props = json.dumps(e.props, ensure_ascii=False) if e.props else None
            for i, ev in enumerate(e.evidence or [{"confidence": 1.0}]):
                held.append((doc_id, None, None, None, e.src, r, e.dst, props if i == 0 else None,
                             ev.get("start"), ev.get("end"), ev.get("sentence"), ev.get("confidence")))
        c.executemany(_HOLD, held)
        c.executemany("INSERT OR IGNORE INTO held_aliases VALUES (?,?,?)", held_alias)
        return keep_nodes, keep_edges

    def _hold_edges(self, where, params):
        """Move the edges matching `where` (on table ``edges``) and their assertions aside; return their keys."""
        c = self._conn
        rows = c.execute(f"SELECT id, src, rel, dst FROM edges WHERE {where}", params).fetchall()
        for eid, src, r, dst in rows:
            c.execute("INSERT INTO held_assertions (doc_id, src, rel, dst, props, start, \"end\", sentence, confidence)"
                      " SELECT doc_id, ?, ?, ?, props, start, \"end\", sentence, confidence FROM assertions"
                      " WHERE edge_id=? ORDER BY id", (src, r, dst, eid))
            c.execute("DELETE FROM assertions WHERE edge_id=?", (eid,))
            c.execute("DELETE FROM edges WHERE id=?", (eid,))
        return [(s, r, d) for _, s, r, d in rows]

    def _hold_node(self, nid):
        c = self._conn
        c.execute("INSERT INTO held_assertions (doc_id, node_id, kind, name, props, start, \"end\", sentence, confidence)"
                  " SELECT a.doc_id, a.node_id, n.kind, n.name, a.props, a.start, a.\"end\", a.sentence, a.confidence"
                  " FROM assertions a JOIN nodes n ON n.id = a.node_id WHERE a.node_id=? ORDER BY a.id", (nid,))
        c.execute("INSERT OR IGNORE INTO held_aliases SELECT node_id, alias, doc_id FROM aliases WHERE node_id=?", (nid,))
        self._hold_edges("src=? OR dst=?", (nid, nid))
        c.execute("DELETE FROM assertions WHERE node_id=?", (nid,))
        c.execute("DELETE FROM aliases WHERE node_id=?", (nid,))
        c.execute("DELETE FROM nodes WHERE id=?", (nid,))

    def _restore(self, fact):
        """Bring back what was held for `fact` (a node id or an edge key), as far as nothing else is rejected."""
        c = self._conn
        rej_nodes, rej_edges = self._rejected()
        nodes = set()
        if isinstance(fact, str):
            rows = c.execute("SELECT id, doc_id, kind, name, props, start, \"end\", sentence, confidence"
                             " FROM held_assertions WHERE node_id=? ORDER BY id", (fact,)).fetchall()
            if rows:
                c.execute("INSERT OR IGNORE INTO nodes (id, kind, name) VALUES (?,?,?)", (fact, rows[0][2], rows[0][3]))
                c.executemany(_NODE_ASSERT, [(d, fact, None, p, s, e, sent, conf)
                                             for _, d, _, _, p, s, e, sent, conf in rows])
                c.execute("INSERT OR IGNORE INTO aliases SELECT node_id, alias, doc_id FROM held_aliases"
                          " WHERE node_id=?", (fact,))
                c.execute("DELETE FROM held_aliases WHERE node_id=?", (fact,))
                c.execute("DELETE FROM held_assertions WHERE node_id=?", (fact,))
                nodes.add(fact)
            edge_rows = c.execute("SELECT DISTINCT src, rel, dst FROM held_assertions WHERE node_id IS NULL"
                                  " AND (src=? OR dst=?)", (fact, fact)).fetchall()
        else:
            edge_rows = [fact]
        edge_ids = set()
        for src, r, dst in edge_rows:
            if src in rej_nodes or dst in rej_nodes or (src, r, dst) in rej_edges:
                continue
            if not (self.has_node(src) and self.has_node(dst)):
                continue
            held = c.execute("SELECT doc_id, props, start, \"end\", sentence, confidence FROM held_assertions"
                             " WHERE node_id IS NULL AND src=? AND rel=? AND dst=? ORDER BY id", (src, r, dst)).fetchall()
            if not held:
                continue
            c.execute("INSERT OR IGNORE INTO edges (src, rel, dst) VALUES (?,?,?)", (src, r, dst))
            eid = c.execute("SELECT id FROM edges WHERE src=? AND rel=? AND dst=?", (src, r, dst)).fetchone()[0]
            c.executemany(_NODE_ASSERT, [(d, None, eid, p, s, e, sent, conf) for d, p, s, e, sent, conf in held])
            c.execute("DELETE FROM held_assertions WHERE node_id IS NULL AND src=? AND rel=? AND dst=?", (src, r, dst))
            edge_ids.add(eid)
        self._refresh(nodes, edge_ids)

    def _transaction(self, work):
        with self._lock:
            c = self._conn
            try:
                c.execute("BEGIN IMMEDIATE")
                out = work()
                c.execute("COMMIT")
                return out
            except BaseException:
                if c.in_transaction:
                    c.execute("ROLLBACK")
                raise

    def has_fact(self, fact):
        """True when `fact` (a node id or an edge ``(src, rel, dst)``) is in the graph now."""
        if isinstance(fact, str):
            return self.has_node(fact)
        src, r, dst = fact
        return self._q("SELECT 1 FROM edges WHERE src=? AND rel=? AND dst=?", (src, Rel(r).value, dst)).fetchone() \
            is not None

    def decide(self, fact, decision, note=None):
        """Record a reviewer's decision on a fact; it outlives every re-ingest.

        Parameters
        ----------
        fact : str or tuple
            A node id, or an edge as ``(src, rel, dst)``.
        decision : {"accept", "reject"}
            ``accept``: the fact counts with confidence 1.0.  ``reject``: the
            fact leaves the graph at once (a node with its edges) and stays
            out whenever a document asserting it is ingested; what the
            documents assert is kept aside for :meth:`undecide`.
        note : str, optional

        Raises
        ------
        NotFoundError
            The fact is neither in the graph nor decided on before.
        """
        if decision not in ("accept", "reject"):
            raise StoreError(f"decision must be accept or reject, not {decision!r}")
        key = _fact_key(fact)
        edge = None if isinstance(fact, str) else (fact[0], Rel(fact[1]).value, fact[2])
        old = self.decision(fact)
        if old is None and not self.has_fact(fact):
            raise NotFoundError(f"no fact {key.replace(chr(31), ' ')!r} in {self.path}")

        def work():
            c = self._conn
            c.execute("INSERT OR REPLACE INTO decisions (fact, node_id, src, rel, dst, decision, note, decided_at)"
                      " VALUES (?,?,?,?,?,?,?,?)",
                      (key, fact if edge is None else None, *(edge or (None, None, None)), decision, note,
                       datetime.now(timezone.utc).isoformat(timespec="seconds")))
            if decision == "reject" and (old is None or old["decision"] != "reject"):
                if edge is None:
                    self._hold_node(fact)
                else:
                    self._hold_edges("src=? AND rel=? AND dst=?", edge)
            elif decision == "accept" and old is not None and old["decision"] == "reject":
                self._restore(fact if edge is None else edge)

        self._transaction(work)

    def undecide(self, fact):
        """Remove the decision on `fact`; a rejected fact comes back as far as documents still assert it.

        Raises :class:`~chainatlas.NotFoundError` when there is no decision.
        """
        old = self.decision(fact)
        if old is None:
            raise NotFoundError(f"no decision on {_fact_key(fact).replace(chr(31), ' ')!r}")

        def work():
            self._conn.execute("DELETE FROM decisions WHERE fact=?", (_fact_key(fact),))
            if old["decision"] == "reject":
                self._restore(fact if isinstance(fact, str) else (fact[0], Rel(fact[1]).value, fact[2]))

        self._transaction(work)
        return old

    @staticmethod
    def _decision_row(row):
        fact, nid, src, r, dst, decision, note, at = row
        return {"fact": nid if nid is not None else (src, r, dst), "decision": decision, "note": note,
                "decided_at": at}

    def decision(self, fact):
        """The decision on `fact` as ``{fact, decision, note, decided_at}``, or None."""
        row = self._q("SELECT fact, node_id, src, rel, dst, decision, note, decided_at FROM decisions WHERE fact=?",
                      (_fact_key(fact),)).fetchone()
        return self._decision_row(row) if row else None

    def decisions(self):
        """Every decision, oldest first."""
        return [self._decision_row(r) for r in self._q(
            "SELECT fact, node_id, src, rel, dst, decision, note, decided_at FROM decisions ORDER BY decided_at, fact")]

    def held(self, fact):
        """What documents assert about a rejected `fact`, kept aside: ``[{doc_id, sentence, confidence}, ...]``."""
        if isinstance(fact, str):
            rows = self._q("SELECT doc_id, sentence, confidence FROM held_assertions WHERE node_id=? ORDER BY id",
                           (fact,))
        else:
            rows = self._q("SELECT doc_id, sentence, confidence FROM held_assertions WHERE node_id IS NULL"
                           " AND src=? AND rel=? AND dst=? ORDER BY id", (fact[0], Rel(fact[1]).value, fact[2]))
        return [{"doc_id": d, "sentence": s, "confidence": c} for d, s, c in rows]

    def _accepted_nodes(self):
        return {r[0] for r in self._q("SELECT node_id FROM decisions WHERE decision='accept' AND node_id IS NOT NULL")}

    def _accepted_edge_ids(self, edge_ids):
        ids = list(edge_ids)
        out = set()
        for i in range(0, len(ids), 500):
            chunk = ids[i:i + 500]
            out.update(r[0] for r in self._q(
                "SELECT e.id FROM edges e JOIN decisions d ON d.src=e.src AND d.rel=e.rel AND d.dst=e.dst"
                f" WHERE d.decision='accept' AND e.id IN ({','.join('?' * len(chunk))})", chunk))
        return out

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

    def nodes_many(self, nids):
        """Many nodes at once: ``{id: node}`` for those of `nids` that exist, each as :meth:`node` gives it.

        One query however many ids (they travel as one JSON parameter).

        Examples
        --------
        >>> from chainatlas.ontology.mapping import NodeRecord
        >>> st = Store(":memory:")
        >>> ev = [{"start": 0, "end": 3, "sentence": "多晶硅", "confidence": 0.9}]
        >>> _ = st.ingest({"id": "d1"}, [NodeRecord(Kind.LINK, "多晶硅", {}, ev)], [])
        >>> got = st.nodes_many(["Link:多晶硅", "Link:不存在"])
        >>> list(got), got["Link:多晶硅"]["name"]
        (['Link:多晶硅'], '多晶硅')
        """
        ids = list(nids)
        if not ids:
            return {}
        return {row[0]: self._node_row(row) for row in self._q(
            f"SELECT id, kind, name, props FROM nodes WHERE id IN {_JSON_IN} ORDER BY id", (_json_list(ids),))}

    def edges_of_many(self, nids, direction="out", rels=None):
        """:meth:`edges_of` for many nodes at once: ``{nid: [edge, ...]}``.

        Each list is what ``edges_of(nid, direction, rels)`` returns, in its
        order (by relation, then the other end); nodes without such edges are
        left out.  One query however many ids.

        Examples
        --------
        >>> from chainatlas.ontology.mapping import NodeRecord, EdgeRecord
        >>> st = Store(":memory:")
        >>> ev = [{"start": 0, "end": 3, "sentence": "甲公司经营多晶硅", "confidence": 0.9}]
        >>> nodes = [NodeRecord(Kind.ENTERPRISE, "甲公司", {}, ev), NodeRecord(Kind.LINK, "多晶硅", {}, ev),
        ...          NodeRecord(Kind.LINK, "工业硅", {}, ev)]
        >>> edges = [EdgeRecord("Enterprise:甲公司", Rel.OPERATES, "Link:多晶硅", {}, ev),
        ...          EdgeRecord("Enterprise:甲公司", Rel.OPERATES, "Link:工业硅", {}, ev)]
        >>> _ = st.ingest({"id": "d1"}, nodes, edges)
        >>> got = st.edges_of_many(["Enterprise:甲公司", "Link:多晶硅"], "out", [Rel.OPERATES])
        >>> {n: [e["dst"] for e in es] for n, es in got.items()}
        {'Enterprise:甲公司': ['Link:多晶硅', 'Link:工业硅']}
        >>> got["Enterprise:甲公司"] == st.edges_of("Enterprise:甲公司", "out", [Rel.OPERATES])
        True
        """
        col, other = {"out": ("src", "dst"), "in": ("dst", "src")}[direction]
        ids = list(nids)
        out = {}
        if not ids:
            return out
        sql = f"SELECT id, src, rel, dst, props FROM edges WHERE {col} IN {_JSON_IN}"
        params = [_json_list(ids)]
        if rels:
            rels = [Rel(r).value for r in rels]
            sql += f" AND rel IN ({','.join('?' * len(rels))})"
            params += rels
        for i, s, r, d, p in self._q(sql + f" ORDER BY {col}, rel, {other}", params):
            out.setdefault(s if col == "src" else d, []).append(
                {"id": i, "src": s, "rel": r, "dst": d, "props": json.loads(p)})
        return out

    def read(self, sql, params=()):
        """Run a read-only SQL query (SELECT or WITH) and return its rows.

        The query modules use this for the joins they need; writes go through :meth:`ingest` only.
        """
        if not sql.lstrip().upper().startswith(("SELECT", "WITH")):
            raise StoreError("Store.read runs SELECT queries only")
        return self._q(sql, params).fetchall()

    def data_version(self):
        """A value that changes whenever the store's contents may have changed.

        It changes with every write through this store and every commit by
        another connection or process (SQLite's ``PRAGMA data_version``), so
        queries can keep what they computed until it changes.
        """
        return self._q("PRAGMA data_version").fetchone()[0], self._conn.total_changes

    @contextlib.contextmanager
    def snapshot(self):
        """Read a consistent state: every query inside sees the store as it was when the first one ran.

        Another process may ingest meanwhile (the store is in WAL mode, so
        neither waits for the other); without a snapshot, a report made of
        many queries could see part of the store before a commit and part
        after it.  Snapshots nest; writing inside one is an error.

        Examples
        --------
        >>> st = Store(":memory:")
        >>> with st.snapshot():
        ...     st.stats()["documents"]
        0
        """
        with self._lock:
            c = self._conn
            if c.in_transaction:
                yield self
                return
            c.execute("BEGIN")
            self._snapshot = object()
            try:
                yield self
            finally:
                self._snapshot = None
                if c.in_transaction:
                    c.execute("COMMIT")

    @property
    def snapshot_token(self):
        """An object identifying the open :meth:`snapshot`, or None outside one."""
        return self._snapshot

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
            for (aid,) in self._q("SELECT DISTINCT node_id FROM aliases WHERE alias IN (?, ?) AND node_id LIKE ?",
                                  (key, surface_name(name), k.value + ":%")):
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
        """The assertions behind a node or an edge, with their documents' titles.

        A fact a reviewer accepted (:meth:`decide`) reports confidence 1.0.
        """
        if node_id is not None:
            where, param = "a.node_id=?", node_id
            accepted = node_id in self._accepted_nodes()
        else:
            where, param = "a.edge_id=?", edge_id
            accepted = bool(self._accepted_edge_ids([edge_id]))
        rows = self._q(
            "SELECT a.doc_id, d.title, a.start, a.\"end\", a.sentence, a.confidence FROM assertions a "
            f"LEFT JOIN documents d ON d.id=a.doc_id WHERE {where} ORDER BY a.id", (param,))
        return [{"doc_id": r[0], "doc_title": r[1], "start": r[2], "end": r[3], "sentence": r[4],
                 "confidence": 1.0 if accepted else r[5]} for r in rows]

    def edge_evidence_many(self, edge_ids):
        """Evidence for many edges at once: ``{edge_id: [evidence, ...]}`` (accepted edges: confidence 1.0)."""
        out = {}
        ids = list(edge_ids)
        if not ids:
            return out
        accepted = self._accepted_edge_ids(ids)
        titles = {}
        for eid, doc, s, e, sent, conf in self._q(
                "SELECT a.edge_id, a.doc_id, a.start, a.\"end\", a.sentence, a.confidence FROM assertions a"
                f" WHERE a.edge_id IN {_JSON_IN} ORDER BY a.id", (_json_list(ids),)):
            if doc not in titles:
                row = self._q("SELECT title FROM documents WHERE id=?", (doc,)).fetchone()
                titles[doc] = row[0] if row else None
            out.setdefault(eid, []).append({"doc_id": doc, "doc_title": titles[doc], "start": s, "end": e,
                                            "sentence": sent, "confidence": 1.0 if eid in accepted else conf})
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
        with self.snapshot():
            out = {"documents": self._q("SELECT count(*) FROM documents").fetchone()[0]}
            out["nodes"] = {k: n for k, n in self._q("SELECT kind, count(*) FROM nodes GROUP BY kind ORDER BY kind")}
            out["edges"] = {r: n for r, n in self._q("SELECT rel, count(*) FROM edges GROUP BY rel ORDER BY rel")}
            out["assertions"] = self._q("SELECT count(*) FROM assertions").fetchone()[0]
        return out

    def fingerprint(self):
        """A comparable snapshot of every document, node, edge, alias and assertion, review decision and held
        (rejected) fact, for tests and checks that nothing stored was lost or changed."""
        with self.snapshot():
            return (
                sorted(self._q("SELECT id, kind, name, props FROM nodes")),
                sorted(self._q("SELECT src, rel, dst, props FROM edges")),
                sorted(self._q("SELECT node_id, alias, doc_id FROM aliases")),
                sorted(self._q("SELECT a.doc_id, coalesce(a.node_id, e.src || '|' || e.rel || '|' || e.dst), a.props,"
                               " a.start, a.\"end\", a.sentence, a.confidence FROM assertions a"
                               " LEFT JOIN edges e ON e.id = a.edge_id"), key=repr),
                sorted(self._q("SELECT id, sha256 FROM documents")),
                sorted(self._q("SELECT fact, node_id, src, rel, dst, decision, note, decided_at FROM decisions"),
                       key=repr),
                sorted(self._q("SELECT doc_id, node_id, kind, name, src, rel, dst, props, start, \"end\", sentence,"
                               " confidence FROM held_assertions"), key=repr),
                sorted(self._q("SELECT node_id, alias, doc_id FROM held_aliases")),
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
