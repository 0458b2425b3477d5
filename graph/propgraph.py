"""The store as a labelled property graph: what Neo4j CSV export and Bolt push both write.

One function, :func:`property_graph`, turns a :class:`~chainatlas.graph.Store`
into plain node and relationship rows, so that ``neo4j-admin import`` files
and a push over Bolt give the same graph, property for property.

Nodes
    label: the node's kind (:class:`~chainatlas.ontology.Kind`); properties:
    ``id`` (the store id, e.g. ``Link:多晶硅``), ``name``, the node's own
    properties, ``aliases`` (list of strings) and the evidence.  Link nodes
    also carry ``matching_links``: the ids of the links whose products count
    for this link (the link itself, names containing it, synonyms from the
    ontology's table, aliases; see :mod:`chainatlas.queries.gaps`), so that a
    Cypher gap report can match products exactly as the Python one does.
Relationships
    type: the relation (:class:`~chainatlas.ontology.Rel`); properties: the
    edge's own properties and its evidence.
Evidence
    Property graphs hold no nested maps, so the assertions behind a node or
    relationship are parallel lists, one entry per assertion in store order:
    ``evidence_docs`` (document ids), ``evidence_titles``,
    ``evidence_sentences``, ``evidence_starts``, ``evidence_ends`` and
    ``evidence_confidences``.  A missing sentence or title is ``""``, a
    missing offset or confidence ``-1``.
Marker
    Every node and relationship carries ``chainatlas_push``, a digest of the
    whole exported graph.  A push deletes only nodes and relationships that
    carry a marker different from the current one, so a user's own data
    (no marker) is never touched, and pushing an unchanged store changes
    nothing.

Empty lists and missing values are left out (Neo4j stores no nulls).  Each
property has one type per label (or relationship type): ``boolean``,
``long``, ``double`` or ``string``, or a list of one of them (``string[]``);
integers mixed with floats become ``double``, anything else mixed becomes
``string``.

Examples
--------
>>> from chainatlas.graph import Store
>>> from chainatlas.ontology import Kind, Rel
>>> from chainatlas.ontology.mapping import EdgeRecord, NodeRecord
>>> st = Store(":memory:")
>>> ev = [{"start": 0, "end": 3, "sentence": "甲材料—高纯甲材料", "confidence": 0.9}]
>>> _ = st.ingest({"id": "p", "title": "规划"},
...               [NodeRecord(Kind.LINK, "甲材料", {}, ev), NodeRecord(Kind.LINK, "高纯甲材料", {}, ev)],
...               [EdgeRecord("Link:甲材料", Rel.FEEDS, "Link:高纯甲材料", {"chains": ["甲"]}, ev)])
>>> pg = property_graph(st)
>>> node = pg.node("Link:甲材料")
>>> node.label, node.props["name"], node.props["matching_links"]
('Link', '甲材料', ['Link:甲材料', 'Link:高纯甲材料'])
>>> node.props["evidence_titles"], node.props["evidence_starts"]
(['规划'], [0])
>>> pg.node_types["Link"]["evidence_starts"], pg.rel_types["FEEDS"]["chains"]
('long[]', 'string[]')
>>> [(r.src, r.type, r.dst) for r in pg.rels]
[('Link:甲材料', 'FEEDS', 'Link:高纯甲材料')]
"""

import hashlib
import json
from dataclasses import dataclass, field

from chainatlas.exceptions import StoreError
from chainatlas.ontology.vocab import Kind, Rel

__all__ = ["PGNode", "PGRel", "PropertyGraph", "property_graph", "MARKER", "EVIDENCE_PROPS", "RESERVED"]

MARKER = "chainatlas_push"
EVIDENCE_PROPS = ("evidence_docs", "evidence_titles", "evidence_sentences", "evidence_starts", "evidence_ends",
                  "evidence_confidences")
RESERVED = ("id", "name", "aliases", "matching_links", MARKER, *EVIDENCE_PROPS)


@dataclass
class PGNode:
    """A node: ``id``, ``label`` (a Kind value) and ``props`` (``id`` and ``name`` included)."""

    id: str
    label: str
    props: dict


@dataclass
class PGRel:
    """A relationship between two nodes, with the labels of both ends."""

    src: str
    type: str
    dst: str
    src_label: str
    dst_label: str
    props: dict


@dataclass
class PropertyGraph:
    """Nodes and relationships ready to write, with one type per property.

    Attributes
    ----------
    nodes : list of PGNode
        In id order.
    rels : list of PGRel
        In store order.
    node_types : dict
        ``{label: {property: type}}`` with types like ``string``, ``double``
        or ``string[]`` (the names neo4j-admin import uses).
    rel_types : dict
        ``{relationship type: {property: type}}``.
    digest : str
        A digest of everything above; also the value of the ``chainatlas_push`` marker.
    """

    nodes: list
    rels: list
    node_types: dict
    rel_types: dict
    digest: str
    _index: dict = field(default=None, repr=False)

    def node(self, nid):
        if self._index is None:
            self._index = {n.id: n for n in self.nodes}
        return self._index[nid]

    def counts(self):
        """``{"nodes": n, "relationships": m}``."""
        return {"nodes": len(self.nodes), "relationships": len(self.rels)}


def _scalar_type(v):
    if isinstance(v, bool):
        return "boolean"
    if isinstance(v, int):
        return "long"
    if isinstance(v, float):
        return "double"
    return "string"


def _column_type(values):
    """One type for all values of a property."""
    is_list = any(isinstance(v, (list, tuple)) for v in values)
    elems = [x for v in values for x in (v if isinstance(v, (list, tuple)) else [v])]
    kinds = {_scalar_type(x) for x in elems}
    if kinds <= {"long"} and kinds:
        t = "long"
    elif kinds <= {"long", "double"} and kinds:
        t = "double"
    elif kinds == {"boolean"}:
        t = "boolean"
    else:
        t = "string"
    return t + "[]" if is_list else t


def _coerce_scalar(x, t):
    if t == "double":
        return float(x)
    if t == "string" and not isinstance(x, str):
        return json.dumps(x, ensure_ascii=False) if isinstance(x, (dict, list)) else str(x)
    return x


def _coerce(v, t):
    if t.endswith("[]"):
        base = t[:-2]
        items = v if isinstance(v, (list, tuple)) else [v]
        return [_coerce_scalar(x, base) for x in items]
    return _coerce_scalar(v, t)


def _clean(props, where):
    out = {}
    for k, v in props.items():
        if k in RESERVED:
            raise StoreError(f"{where}: property {k!r} is reserved for the property-graph export")
        if v is None or v == "" or (isinstance(v, (list, tuple)) and not v):
            continue
        if isinstance(v, (list, tuple)):
            v = [x for x in v if x is not None]
            if not v:
                continue
        if isinstance(v, dict):
            v = json.dumps(v, ensure_ascii=False, sort_keys=True)
        out[k] = v
    return out


def _evidence_lists(rows):
    return {
        "evidence_docs": [r[0] for r in rows],
        "evidence_titles": [r[1] or "" for r in rows],
        "evidence_sentences": [r[4] or "" for r in rows],
        "evidence_starts": [-1 if r[2] is None else int(r[2]) for r in rows],
        "evidence_ends": [-1 if r[3] is None else int(r[3]) for r in rows],
        "evidence_confidences": [-1.0 if r[5] is None else float(r[5]) for r in rows],
    }


def _type_columns(items, label_of):
    values = {}
    for it in items:
        cols = values.setdefault(label_of(it), {})
        for k, v in it.props.items():
            cols.setdefault(k, []).append(v)
    types = {}
    for label, cols in values.items():
        types[label] = {k: _column_type(vs) for k, vs in cols.items()}
    for it in items:
        t = types[label_of(it)]
        for k, v in it.props.items():
            it.props[k] = _coerce(v, t[k])
    return types


def property_graph(store):
    """The store as a :class:`PropertyGraph` (see the module docstring for the layout)."""
    from chainatlas.queries.gaps import _matching_links  # the gap report's own product-matching rule

    node_ev, edge_ev = {}, {}
    for node_id, edge_id, doc, title, start, end, sentence, conf in store.read(
            "SELECT a.node_id, a.edge_id, a.doc_id, d.title, a.start, a.\"end\", a.sentence, a.confidence "
            "FROM assertions a LEFT JOIN documents d ON d.id = a.doc_id ORDER BY a.id"):
        row = (doc, title, start, end, sentence, conf)
        if node_id is not None:
            node_ev.setdefault(node_id, []).append(row)
        else:
            edge_ev.setdefault(edge_id, []).append(row)
    aliases = {}
    for nid, alias in store.read("SELECT DISTINCT node_id, alias FROM aliases ORDER BY node_id, alias"):
        aliases.setdefault(nid, []).append(alias)

    nodes = []
    for n in store.nodes():
        props = {"id": n["id"], "name": n["name"]}
        props.update(_clean(n["props"], n["id"]))
        if n["id"] in aliases:
            props["aliases"] = aliases[n["id"]]
        if n["kind"] == Kind.LINK.value:
            props["matching_links"] = sorted(m for m in _matching_links(store, n["name"]) if store.has_node(m))
        if n["id"] in node_ev:
            props.update(_evidence_lists(node_ev[n["id"]]))
        nodes.append(PGNode(n["id"], Kind(n["kind"]).value, props))
    label = {n.id: n.label for n in nodes}

    rels = []
    for e in store.edges():
        props = _clean(e["props"], f"{e['src']} -{e['rel']}-> {e['dst']}")
        if e["id"] in edge_ev:
            props.update(_evidence_lists(edge_ev[e["id"]]))
        rels.append(PGRel(e["src"], Rel(e["rel"]).value, e["dst"], label[e["src"]], label[e["dst"]], props))

    node_types = _type_columns(nodes, lambda n: n.label)
    rel_types = _type_columns(rels, lambda r: r.type)
    h = hashlib.sha256()
    for n in nodes:
        h.update(json.dumps([n.label, n.props], ensure_ascii=False, sort_keys=True).encode())
    for r in rels:
        h.update(json.dumps([r.src, r.type, r.dst, r.props], ensure_ascii=False, sort_keys=True).encode())
    digest = h.hexdigest()[:20]
    for it in (*nodes, *rels):
        it.props[MARKER] = digest
    for types in (*node_types.values(), *rel_types.values()):
        types[MARKER] = "string"
    return PropertyGraph(nodes, rels, node_types, rel_types, digest)
