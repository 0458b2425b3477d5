"""Review: list the uncertain facts of a store and record a reviewer's decisions.

Every fact (a node, or an edge ``src -REL-> dst``) rests on assertions, one
or more per document, each with a confidence; a fact's confidence is the
highest of them, or 1.0 once a reviewer accepted it.  :func:`review_items`
lists the facts below a threshold and the region names that could not be
resolved (xx市), each under a **review ID** computed from the fact's key
alone (the node id, or source, relation and target), so the ID stays the same
across re-ingests of the same or a changed document.

Decisions live in the store's own ``decisions`` table
(:meth:`Store.decide <chainatlas.graph.Store.decide>`): an accepted fact
leaves the list and counts with confidence 1.0; a rejected fact leaves the
graph at once (a node with its edges) and stays out whenever any document is
ingested again; :func:`undo` brings it back as far as documents still assert
it.

Examples
--------
>>> from chainatlas.graph import Store
>>> from chainatlas.graph.review import review_items, reject, undo, review_id
>>> from chainatlas.ontology.mapping import NodeRecord
>>> from chainatlas.ontology import Kind
>>> st = Store(":memory:")
>>> ev = [{"start": 0, "end": 3, "sentence": "依托某硅业", "confidence": 0.6}]
>>> _ = st.ingest({"id": "d1", "sha256": "1"}, [NodeRecord(Kind.ENTERPRISE, "某硅业", {}, ev)], [])
>>> [(i.id == review_id("Enterprise:某硅业"), i.names, i.confidence) for i in review_items(st)]
[(True, ['某硅业'], 0.6)]
>>> _ = reject(st, review_id("Enterprise:某硅业"), note="not a firm")
>>> st.has_node("Enterprise:某硅业"), review_items(st)
(False, [])
>>> _ = undo(st, review_id("Enterprise:某硅业"))
>>> st.has_node("Enterprise:某硅业")
True
"""

import hashlib
import json
from dataclasses import asdict, dataclass, field

from chainatlas.exceptions import NotFoundError
from chainatlas.ontology.vocab import Kind, Rel, kind as _kind, rel as _rel

__all__ = ["ReviewItem", "review_id", "review_items", "find_fact", "fact_confidence", "accept", "reject", "undo",
           "decisions", "DEFAULT_BELOW", "ID_LENGTH"]

#: Facts below this confidence are listed by default.
DEFAULT_BELOW = 0.8
#: Hex digits of a review ID after its ``n``/``e`` letter (48 bits).
ID_LENGTH = 12
_MIN_PREFIX = 6


def review_id(fact):
    """The review ID of a fact: ``n`` + 12 hex digits for a node id, ``e`` + 12 for ``(src, rel, dst)``.

    >>> review_id("Link:多晶硅")
    'n12fffbdfae30'
    >>> review_id(("Enterprise:河西硅业", "OPERATES", "Link:工业硅"))[0]
    'e'
    """
    if isinstance(fact, str):
        return "n" + hashlib.sha1(fact.encode("utf-8")).hexdigest()[:ID_LENGTH]
    src, r, dst = fact
    key = "\x1f".join((src, Rel(r).value, dst))
    return "e" + hashlib.sha1(key.encode("utf-8")).hexdigest()[:ID_LENGTH]


@dataclass
class ReviewItem:
    """One fact to review.

    Attributes
    ----------
    id : str
        The review ID (:func:`review_id`).
    fact : str or tuple
        The node id, or ``(src, rel, dst)``.
    type : str
        ``"node"`` or ``"edge"``.
    kind : str
        The node's kind, or the edge's relation.
    names : list of str
        The node's name, or the names of source and target.
    confidence : float
        The highest confidence of the fact's assertions.
    doc_id, doc_title, sentence : str
        Where the most confident assertion comes from.
    documents : int
        How many documents assert the fact.
    unresolved : bool
        A region name that could not be resolved (xx市): listed whatever its confidence.
    reason : str or None
        Why a name is unresolved (``anonymised``, ``unknown``).
    """

    id: str
    fact: object
    type: str
    kind: str
    names: list
    confidence: float
    doc_id: str = None
    doc_title: str = None
    sentence: str = None
    documents: int = 0
    unresolved: bool = False
    reason: str = None
    decision: str = None
    note: str = None
    extra: dict = field(default_factory=dict)

    def as_dict(self):
        d = asdict(self)
        d["fact"] = list(self.fact) if isinstance(self.fact, tuple) else self.fact
        d.pop("extra")
        return d


def _kind_filter(kind):
    """``(node kind or None, relation or None)`` from a --kind value (a kind, its Chinese label, or a relation)."""
    if kind is None:
        return None, None
    try:
        return _kind(kind), None
    except Exception:  # not a kind: a relation then, or the error names both
        try:
            return None, _rel(kind)
        except Exception:
            from chainatlas.exceptions import UnknownTermError

            raise UnknownTermError(
                f"--kind {kind!r} is neither a node kind ({', '.join(k.value for k in Kind)}) "
                f"nor a relation ({', '.join(r.value for r in Rel)})") from None


def _best_evidence(store, col, ids):
    """``{fact: (doc_id, title, sentence, documents)}`` from the most confident assertion."""
    out = {}
    ids = list(ids)
    for i in range(0, len(ids), 500):
        chunk = ids[i:i + 500]
        q = ",".join("?" * len(chunk))
        ndocs = dict(store.read(f"SELECT {col}, count(DISTINCT doc_id) FROM assertions WHERE {col} IN ({q})"
                                f" GROUP BY {col}", chunk))
        for fid, doc, title, sent in store.read(
                f"SELECT x.{col}, x.doc_id, d.title, x.sentence FROM ("
                f" SELECT a.{col}, a.doc_id, a.sentence,"
                f" row_number() OVER (PARTITION BY a.{col} ORDER BY coalesce(a.confidence, 0) DESC, a.id) AS rk"
                f" FROM assertions a WHERE a.{col} IN ({q})) x"
                " LEFT JOIN documents d ON d.id = x.doc_id WHERE x.rk = 1", chunk):
            out[fid] = (doc, title, sent, ndocs.get(fid, 0))
    return out


def review_items(store, below=DEFAULT_BELOW, kind=None, limit=None):
    """The facts to review: undecided, confidence below `below`, plus unresolved region names.

    Parameters
    ----------
    store : Store
    below : float
        List facts whose confidence is below this (default 0.8).
    kind : str, optional
        A node kind (Enterprise, 企业, …): its nodes and the edges that touch
        them; or a relation (LOCATED_IN, …): those edges.
    limit : int, optional
        At most this many, least confident first (unresolved names first of all).

    Returns
    -------
    list of ReviewItem
    """
    nkind, rel = _kind_filter(kind)
    decided = {r["fact"] if isinstance(r["fact"], str) else tuple(r["fact"]) for r in store.decisions()}
    items = []
    if rel is None:
        sql = ("SELECT n.id, n.kind, n.name, n.props, max(coalesce(a.confidence, 0)) AS conf FROM nodes n"
               " JOIN assertions a ON a.node_id = n.id")
        params = []
        if nkind is not None:
            sql += " WHERE n.kind = ?"
            params.append(nkind.value)
        sql += (" GROUP BY n.id HAVING conf < ? OR json_extract(n.props, '$.resolved') = 0"
                " OR json_extract(n.props, '$.unresolved') = 1")
        params.append(below)
        for nid, k, name, props, conf in store.read(sql, params):
            if nid in decided:
                continue
            p = json.loads(props)
            unresolved = p.get("resolved") is False or bool(p.get("unresolved"))
            items.append(ReviewItem(review_id(nid), nid, "node", k, [name], conf, unresolved=unresolved,
                                    reason=p.get("reason") if unresolved else None))
    sql = ("SELECT e.id, e.src, e.rel, e.dst, s.name, d.name, max(coalesce(a.confidence, 0)) AS conf FROM edges e"
           " JOIN assertions a ON a.edge_id = e.id JOIN nodes s ON s.id = e.src JOIN nodes d ON d.id = e.dst")
    params = []
    if rel is not None:
        sql += " WHERE e.rel = ?"
        params.append(rel.value)
    elif nkind is not None:
        sql += " WHERE s.kind = ? OR d.kind = ?"
        params += [nkind.value, nkind.value]
    sql += " GROUP BY e.id HAVING conf < ?"
    params.append(below)
    edge_rows = {}
    for eid, src, r, dst, sname, dname, conf in store.read(sql, params):
        if (src, r, dst) in decided:
            continue
        edge_rows[eid] = ReviewItem(review_id((src, r, dst)), (src, r, dst), "edge", r, [sname, dname], conf)
    items.extend(edge_rows.values())
    items.sort(key=lambda i: (not i.unresolved, i.confidence, i.kind, i.id))
    if limit is not None:
        items = items[:limit]
    # where each listed fact comes from: its most confident assertion
    node_ev = _best_evidence(store, "node_id", [i.fact for i in items if i.type == "node"])
    by_edge = {it.fact: eid for eid, it in edge_rows.items()}
    edge_ev = _best_evidence(store, "edge_id", [by_edge[i.fact] for i in items if i.type == "edge"])
    for i in items:
        ev = node_ev.get(i.fact) if i.type == "node" else edge_ev.get(by_edge[i.fact])
        if ev:
            i.doc_id, i.doc_title, i.sentence, i.documents = ev
    return items


def _candidates(store):
    """Every fact a review ID can name: the graph's nodes and edges and every decided fact."""
    for (nid,) in store.read("SELECT id FROM nodes"):
        yield nid
    for src, r, dst in store.read("SELECT src, rel, dst FROM edges"):
        yield (src, r, dst)
    for d in store.decisions():
        yield d["fact"] if isinstance(d["fact"], str) else tuple(d["fact"])


def find_fact(store, rid):
    """The fact a review ID (or a unique prefix of at least 6 characters) names.

    Raises
    ------
    NotFoundError
        No fact, or several, have that ID.
    """
    rid = (rid or "").strip().lower()
    if len(rid) < _MIN_PREFIX or rid[0] not in "ne":
        raise NotFoundError(f"{rid!r} is not a review ID (n… or e…, as 'chainatlas review' lists them)")
    want_node = rid[0] == "n"
    found = set()
    for fact in _candidates(store):
        if isinstance(fact, str) != want_node:
            continue
        if review_id(fact).startswith(rid):
            found.add(fact)
    if not found:
        raise NotFoundError(f"no fact with review ID {rid!r} in {store.path}")
    if len(found) > 1:
        raise NotFoundError(f"review ID {rid!r} names {len(found)} facts; give more of it")
    return found.pop()


def fact_confidence(store, fact):
    """The confidence of a fact: 1.0 if accepted, else the highest of its assertions (None if not in the graph)."""
    d = store.decision(fact)
    if d is not None and d["decision"] == "accept":
        return 1.0
    if isinstance(fact, str):
        row = store.read("SELECT max(confidence), count(*) FROM assertions WHERE node_id = ?", (fact,))[0]
    else:
        row = store.read("SELECT max(a.confidence), count(*) FROM assertions a JOIN edges e ON e.id = a.edge_id"
                         " WHERE e.src = ? AND e.rel = ? AND e.dst = ?", (fact[0], Rel(fact[1]).value, fact[2]))[0]
    return row[0] if row[1] else None


def _describe(fact):
    if isinstance(fact, str):
        return fact
    return f"{fact[0]} -{fact[1]}-> {fact[2]}"


def accept(store, rid, note=None):
    """Accept the fact with review ID `rid`: it leaves the review list and counts with confidence 1.0.

    Returns ``(fact, description)``.
    """
    fact = find_fact(store, rid)
    store.decide(fact, "accept", note)
    return fact, _describe(fact)


def reject(store, rid, note=None):
    """Reject the fact with review ID `rid`: it leaves the graph and stays out on every re-ingest.

    Returns ``(fact, description)``.
    """
    fact = find_fact(store, rid)
    store.decide(fact, "reject", note)
    return fact, _describe(fact)


def undo(store, rid):
    """Remove the decision on the fact with review ID `rid`; a rejected fact comes back.

    Returns ``(fact, description, old decision)``.
    """
    fact = find_fact(store, rid)
    old = store.undecide(fact)
    return fact, _describe(fact), old["decision"]


def decisions(store):
    """Every decision with its review ID: ``[{id, fact, decision, note, decided_at, in_graph}, ...]``."""
    out = []
    for d in store.decisions():
        fact = d["fact"] if isinstance(d["fact"], str) else tuple(d["fact"])
        out.append({"id": review_id(fact), "fact": _describe(fact), **{k: d[k] for k in ("decision", "note",
                                                                                              "decided_at")},
                    "in_graph": store.has_fact(fact)})
    return out
