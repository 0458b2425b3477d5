"""The store as RDF, under the ontology's namespace.

Nodes
    IRIs under the data namespace ``https://w3id.org/chainatlas/id/``:
    ``…/id/<Kind>/<key>``, the key being the node id's name part with every
    ASCII character outside ``A-Z a-z 0-9 - . _ ~`` percent-encoded and other
    characters kept (an IRI, RFC 3987: ``…/id/Link/多晶硅``).  Each node has
    ``rdf:type ca:<Kind>``, ``ca:name``, ``ca:alias`` for each alias and one
    triple per property value (a list gives one triple per item).
Relations
    One triple ``<src> ca:<REL> <dst>`` per edge, so that plain SPARQL sees the
    graph as it is.
Properties of relations and evidence: standard reification
    Each edge is also described by an ``rdf:Statement`` (IRI
    ``…/id/statement/<hash>``) with ``rdf:subject``, ``rdf:predicate`` and
    ``rdf:object``; the edge's properties (``ca:segment``, ``ca:position`` of
    HAS_LINK, ``ca:capacity`` of BUILDS …) and its evidence hang off that
    statement.  Evidence is a ``ca:Evidence`` resource per assertion (IRI
    ``…/id/evidence/<hash>``) with ``ca:sourceDocument`` (the Document
    node), ``ca:sentence``, ``ca:start``, ``ca:end`` and ``ca:confidence``,
    linked by ``ca:evidence`` from the node or from the edge's statement.
    Reification rather than RDF-star because it is plain RDF 1.1: every
    format (Turtle, N-Triples, JSON-LD) and every store and SHACL validator
    reads it, and rdflib's parsers have no RDF-star.

Classes and properties come from :class:`~chainatlas.ontology.CA` only; a
property the namespace does not define raises
:class:`~chainatlas.UnknownTermError` naming it, instead of minting a term.
Literals are typed: ``xsd:integer``, ``xsd:decimal`` (capacity, investment,
value, confidence), ``xsd:gYear`` (year), ``xsd:boolean``, else strings.

Examples
--------
>>> from chainatlas.graph import Store, ingest_extraction
>>> from chainatlas.loaders import extract_text
>>> st = Store(":memory:")
>>> x = extract_text("甘州区形成“工业硅—多晶硅—拉晶切片”的产业链。", doc_id="p")
>>> _ = ingest_extraction(st, x, {"id": "p"})
>>> g = rdf_graph(st)
>>> node_iri("Link:多晶硅")
rdflib.term.URIRef('https://w3id.org/chainatlas/id/Link/多晶硅')
>>> (node_iri("Link:多晶硅"), RDF.type, CA.Link) in g
True
>>> len(list(g.subjects(RDF.type, RDF.Statement))) == len(list(st.edges()))
True
>>> "ca:HAS_LINK" in serialize_rdf(st, format="turtle")
True
"""

import hashlib
from urllib.parse import quote

from rdflib import RDF, XSD, Graph, Literal, Namespace

from chainatlas.exceptions import UnknownTermError
from chainatlas.ontology.owl import RDF_FORMATS, _DATATYPES
from chainatlas.ontology.vocab import CA, NAMESPACE, Kind, Rel

__all__ = ["DATA", "node_iri", "statement_iri", "rdf_graph", "serialize_rdf", "export_rdf", "iri_key", "FORMATS"]

DATA = Namespace("https://w3id.org/chainatlas/id/")
FORMATS = ("turtle", "json-ld", "nt")
_SAFE = "-._~"


def iri_key(key):
    """A node key as an IRI path segment: unsafe ASCII percent-encoded, other characters kept."""
    return "".join(c if ord(c) > 127 else quote(c, safe=_SAFE) for c in key)


def node_iri(nid):
    """The IRI of the node with id `nid` (``Kind:key``)."""
    kind, _, key = nid.partition(":")
    return DATA[f"{Kind(kind).value}/{iri_key(key)}"]


def _hash(*parts):
    return hashlib.sha1("\x1f".join("" if p is None else str(p) for p in parts).encode()).hexdigest()[:20]


def statement_iri(src, rel, dst):
    """The IRI of the ``rdf:Statement`` describing the edge ``src -rel-> dst``."""
    return DATA[f"statement/{_hash(src, Rel(rel).value, dst)}"]


def _term(name, owner):
    try:
        return CA[name]
    except (AttributeError, KeyError):
        raise UnknownTermError(f"{owner}: property {name!r} is not in the ChainAtlas namespace (CA); "
                               f"add it to ontology/vocab.py and ontology/owl.py") from None


def _literal(name, value):
    dt = _DATATYPES.get(name)
    if isinstance(value, bool):
        return Literal(value)
    if dt == XSD.gYear and isinstance(value, int):
        return Literal(f"{value:04d}", datatype=XSD.gYear)
    if dt == XSD.decimal and isinstance(value, (int, float)):
        return Literal(repr(float(value)) if isinstance(value, float) else str(value), datatype=XSD.decimal)
    if dt == XSD.integer and isinstance(value, (int, float)):
        return Literal(int(value))
    if isinstance(value, int):
        return Literal(value)
    if isinstance(value, float):
        return Literal(repr(value), datatype=XSD.decimal)
    return Literal(str(value))


def _add_props(g, subject, props, owner):
    for k, v in props.items():
        if v is None or v == "" or v == []:
            continue
        p = _term(k, owner)
        for item in (v if isinstance(v, list) else [v]):
            if item is None or item == "":
                continue
            g.add((subject, p, _literal(k, item)))


def _add_evidence(g, subject, owner_key, rows, doc_iris):
    for i, (doc, start, end, sentence, conf) in enumerate(rows):
        ev = DATA[f"evidence/{_hash(owner_key, doc, start, end, sentence, conf, i)}"]
        g.add((subject, CA.evidence, ev))
        g.add((ev, RDF.type, CA.Evidence))
        g.add((ev, CA.sourceDocument, doc_iris[doc]))
        if sentence:
            g.add((ev, CA.sentence, Literal(sentence)))
        if start is not None:
            g.add((ev, CA.start, Literal(int(start))))
        if end is not None:
            g.add((ev, CA.end, Literal(int(end))))
        if conf is not None:
            g.add((ev, CA.confidence, _literal("confidence", float(conf))))


def rdf_graph(store):
    """The whole store as an rdflib :class:`~rdflib.Graph` (see the module docstring for the layout)."""
    g = Graph()
    g.bind("ca", NAMESPACE)
    g.bind("cad", DATA)
    node_ev, edge_ev = {}, {}
    for node_id, edge_id, doc, start, end, sentence, conf in store.read(
            "SELECT node_id, edge_id, doc_id, start, \"end\", sentence, confidence FROM assertions ORDER BY id"):
        row = (doc, start, end, sentence, conf)
        (node_ev.setdefault(node_id, []) if node_id is not None else edge_ev.setdefault(edge_id, [])).append(row)
    aliases = {}
    for nid, alias in store.read("SELECT DISTINCT node_id, alias FROM aliases"):
        aliases.setdefault(nid, []).append(alias)
    # evidence points at Document nodes; a document without one (none today) still gets a typed resource
    doc_iris = {}
    for d in store.documents():
        iri = node_iri(f"{Kind.DOCUMENT.value}:{d['id']}")
        doc_iris[d["id"]] = iri
        if not store.has_node(f"{Kind.DOCUMENT.value}:{d['id']}"):
            g.add((iri, RDF.type, CA.Document))
            g.add((iri, CA.name, Literal(d["title"] or d["id"])))
    for doc, *_ in (r for rows in (*node_ev.values(), *edge_ev.values()) for r in rows):
        if doc not in doc_iris:
            doc_iris[doc] = node_iri(f"{Kind.DOCUMENT.value}:{doc}")
            g.add((doc_iris[doc], RDF.type, CA.Document))
            g.add((doc_iris[doc], CA.name, Literal(doc)))
    for n in store.nodes():
        s = node_iri(n["id"])
        g.add((s, RDF.type, CA[Kind(n["kind"]).value]))
        g.add((s, CA.name, Literal(n["name"])))
        for a in sorted(aliases.get(n["id"], ())):
            g.add((s, CA.alias, Literal(a)))
        _add_props(g, s, n["props"], n["id"])
        _add_evidence(g, s, n["id"], node_ev.get(n["id"], ()), doc_iris)
    for e in store.edges():
        s, o = node_iri(e["src"]), node_iri(e["dst"])
        p = CA[Rel(e["rel"]).value]
        g.add((s, p, o))
        st = statement_iri(e["src"], e["rel"], e["dst"])
        g.add((st, RDF.type, RDF.Statement))
        g.add((st, RDF.subject, s))
        g.add((st, RDF.predicate, p))
        g.add((st, RDF.object, o))
        owner = f"{e['src']} -{e['rel']}-> {e['dst']}"
        _add_props(g, st, e["props"], owner)
        _add_evidence(g, st, owner, edge_ev.get(e["id"], ()), doc_iris)
    return g


def _format(name):
    try:
        return RDF_FORMATS[name]
    except KeyError:
        raise UnknownTermError(f"unknown RDF format {name!r}; choose one of {', '.join(FORMATS)}") from None


def serialize_rdf(store, format="turtle"):
    """The store as RDF text in `format` (``turtle``, ``json-ld`` or ``nt``; also ``xml``, ``n3``)."""
    return rdf_graph(store).serialize(format=_format(format))


def export_rdf(store, path, format="turtle"):
    """Write the store as RDF to `path`; return the number of triples."""
    g = rdf_graph(store)
    g.serialize(destination=str(path), format=_format(format), encoding="utf-8")
    return len(g)
