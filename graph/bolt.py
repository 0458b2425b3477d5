"""Push the store into Neo4j (or any Bolt server) and read the pushed graph back.

:func:`push` mirrors the store into a graph database with the official
``neo4j`` driver:

1. uniqueness constraints on ``id`` for every node label (the Neo4j 5 form
   ``CREATE CONSTRAINT … IF NOT EXISTS FOR (n:Kind) REQUIRE n.id IS UNIQUE``;
   servers that reject it get the older ``ON … ASSERT`` forms, and a server
   that accepts none is used without constraints, which the result says),
   and indexes on ``name`` and on the push marker;
2. nodes, MERGEd by ``id`` in ``UNWIND $rows`` batches, each batch in one
   managed write transaction (``session.execute_write``);
3. relationships, MERGEd by (source, type, target) the same way;
4. deletion of what a previous push wrote and the store no longer has:
   nodes and relationships whose ``chainatlas_push`` marker differs from
   this push's.  Data without the marker (a user's own) is never touched.

Pushing an unchanged store twice changes nothing; pushing after a re-ingest
updates what changed and removes what was dropped.  The layout of nodes,
relationships and evidence is that of :mod:`chainatlas.graph.propgraph`;
the statements are in :mod:`chainatlas.graph.cypher_statements`.

Examples
--------
Pushing needs a Bolt server; :mod:`chainatlas.graph.arcade` starts a local
one.  Batching works without a server:

>>> [len(b) for b in batches(list(range(7)), 3)]
[3, 3, 1]
"""

import time
from dataclasses import dataclass, field

from chainatlas.exceptions import ChainAtlasError, StoreError
from chainatlas.graph import cypher_statements as cs
from chainatlas.graph.propgraph import property_graph
from chainatlas.ontology.vocab import Kind, Rel

__all__ = ["PushResult", "push", "connect", "batches", "pushed_counts", "ensure_schema"]

DEFAULT_BATCH = 500
BOLT_SCHEMES = ("bolt", "bolt+s", "bolt+ssc", "neo4j", "neo4j+s", "neo4j+ssc")


@dataclass
class PushResult:
    """What a push did.

    Attributes
    ----------
    nodes, relationships : int
        Rows written (MERGEd).
    deleted_nodes, deleted_relationships : int
        Stale rows removed.
    constraints : str
        ``"neo4j5"``, ``"legacy"`` (an older syntax) or ``"none"`` (the server accepts no uniqueness constraint).
    seconds : float
        Wall time of the whole push.
    digest : str
        The push marker written on every node and relationship.
    notes : list of str
        What was adapted to the server, in words.
    """

    nodes: int = 0
    relationships: int = 0
    deleted_nodes: int = 0
    deleted_relationships: int = 0
    constraints: str = "none"
    seconds: float = 0.0
    digest: str = ""
    notes: list = field(default_factory=list)

    @property
    def rows_per_second(self):
        return (self.nodes + self.relationships) / self.seconds if self.seconds else 0.0


def batches(rows, size):
    """Split `rows` into lists of at most `size`."""
    for i in range(0, len(rows), size):
        yield rows[i:i + size]


def connect(uri, user="neo4j", password=None, *, database=None):
    """Open a driver to `uri` and check that it answers; a clear :class:`~chainatlas.StoreError` if not."""
    from neo4j import GraphDatabase
    from neo4j.exceptions import AuthError, Neo4jError, ServiceUnavailable

    scheme = uri.split("://", 1)[0].lower() if "://" in uri else ""
    if scheme not in BOLT_SCHEMES:
        raise StoreError(f"{uri}: not a Bolt URI; expected bolt://host:7687 or neo4j://host:7687 "
                         f"(schemes: {', '.join(BOLT_SCHEMES)})")
    try:
        driver = GraphDatabase.driver(uri, auth=(user, password or ""))
    except ValueError as e:
        raise StoreError(f"{uri}: not a Bolt URI ({e})") from None
    try:
        driver.verify_connectivity()
        with driver.session(database=database) as s:
            s.run("RETURN 1").consume()
    except AuthError:
        driver.close()
        raise StoreError(f"{uri}: authentication failed for user {user!r} (password from NEO4J_PASSWORD "
                         f"or the prompt)") from None
    except (ServiceUnavailable, OSError) as e:
        driver.close()
        raise StoreError(f"{uri}: cannot connect: {e}") from None
    except Neo4jError as e:
        driver.close()
        raise StoreError(f"{uri}: {e.message or e}") from None
    return driver


def _delete_stale(session, stmt, digest, batch_size):
    """Run a delete-stale statement in batches until a batch deletes fewer than `batch_size`; the total deleted."""
    total = 0
    while True:
        n = _write(session, stmt, push=digest, limit=batch_size)["deleted"]
        total += n
        if n < batch_size:
            return total


def _write(session, statement, **params):
    def work(tx):
        return tx.run(statement, **params).single()

    return session.execute_write(work)


_FORMS = ("neo4j5", "legacy", "legacy")


def ensure_schema(driver, *, database=None):
    """Create the uniqueness constraints and indexes; return ``(constraint form, notes)``.

    The form is ``"neo4j5"``, ``"legacy"`` (``CREATE CONSTRAINT … ASSERT``) or ``"none"``.
    """
    from neo4j.exceptions import Neo4jError

    def attempt(session, stmt):
        try:
            _write(session, stmt)
            return True
        except Neo4jError as e:
            return "AlreadyExists" in (e.code or "")

    chosen, notes = None, []
    with driver.session(database=database) as s:
        for k in Kind:
            stmts = cs.constraint_statements(k)
            candidates = range(len(stmts)) if chosen is None else [chosen]
            ok = next((i for i in candidates if attempt(s, stmts[i])), None)
            if ok is None and chosen is None:
                notes.append("the server accepts no uniqueness constraint; pushed without one")
                break
            if ok is None:
                notes.append(f"no uniqueness constraint on {k.value}.id")
            chosen = ok if chosen is None else chosen
        for k in Kind:
            for stmt in cs.index_statements(k):
                if not attempt(s, stmt):
                    notes.append(f"index not created: {stmt.split(' IF ')[0]}")
    form = "none" if chosen is None else _FORMS[chosen]
    if form == "legacy":
        notes.append("the server rejects the Neo4j 5 constraint syntax; used CREATE CONSTRAINT … ASSERT")
    return form, notes


def push(store, driver, *, database=None, batch_size=DEFAULT_BATCH, progress=None, graph=None):
    """Mirror `store` into the Bolt server behind `driver`.

    Parameters
    ----------
    store : Store
    driver : neo4j.Driver
        From :func:`connect` (or ``neo4j.GraphDatabase.driver``).
    database : str, optional
        The database to write to (the server's default when omitted).
    batch_size : int
        Rows per ``UNWIND`` batch and transaction.
    progress : callable, optional
        Called as ``progress(rows)`` after each batch, e.g. a progress bar's ``update``.
    graph : PropertyGraph, optional
        The store's property graph, when already computed.

    Returns
    -------
    PushResult
    """
    from neo4j.exceptions import Neo4jError

    if batch_size < 1:
        raise ChainAtlasError(f"batch size must be at least 1, not {batch_size}")
    t0 = time.perf_counter()
    pg = graph or property_graph(store)
    res = PushResult(digest=pg.digest)
    res.constraints, res.notes = ensure_schema(driver, database=database)
    tick = progress or (lambda n: None)
    try:
        with driver.session(database=database) as s:
            by_label = {}
            for n in pg.nodes:
                by_label.setdefault(n.label, []).append({"id": n.id, "props": n.props})
            for label, rows in by_label.items():
                stmt = cs.merge_nodes(label)
                for b in batches(rows, batch_size):
                    res.nodes += _write(s, stmt, rows=b)["written"]
                    tick(len(b))
            by_type = {}
            for r in pg.rels:
                by_type.setdefault((r.type, r.src_label, r.dst_label), []).append(
                    {"src": r.src, "dst": r.dst, "props": r.props})
            for (typ, sl, dl), rows in by_type.items():
                stmt = cs.merge_relationships(typ, sl, dl)
                for b in batches(rows, batch_size):
                    res.relationships += _write(s, stmt, rows=b)["written"]
                    tick(len(b))
            res.deleted_relationships += sum(_delete_stale(s, cs.delete_stale_relationships(r), pg.digest,
                                                           batch_size) for r in Rel)
            res.deleted_nodes += sum(_delete_stale(s, cs.delete_stale_nodes(k), pg.digest, batch_size)
                                     for k in Kind)
    except Neo4jError as e:
        raise StoreError(f"push failed: {e.message or e}") from None
    if res.nodes != len(pg.nodes) or res.relationships != len(pg.rels):
        raise StoreError(f"push wrote {res.nodes} of {len(pg.nodes)} nodes and {res.relationships} of "
                         f"{len(pg.rels)} relationships; the server lost some rows")
    res.seconds = time.perf_counter() - t0
    return res


def pushed_counts(driver, *, database=None):
    """``{"nodes": {label: n}, "relationships": {type: n}}`` of what ChainAtlas wrote (non-zero counts only)."""
    out = {"nodes": {}, "relationships": {}}

    def work(tx, stmt):
        return tx.run(stmt).single()["n"]

    with driver.session(database=database) as s:
        for k in Kind:
            n = s.execute_read(work, cs.count_nodes(k))
            if n:
                out["nodes"][k.value] = n
        for r in Rel:
            n = s.execute_read(work, cs.count_relationships(r))
            if n:
                out["relationships"][r.value] = n
    return out
