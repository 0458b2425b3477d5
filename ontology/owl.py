"""The ontology itself as OWL/RDFS, built with rdflib.

Examples
--------
>>> from chainatlas.ontology import ontology_graph, serialize_ontology
>>> g = ontology_graph()
>>> len(g) > 100
True
>>> "owl:ObjectProperty" in serialize_ontology(format="turtle")
True
"""

from rdflib import OWL, RDF, RDFS, XSD, Graph, Literal, URIRef

from chainatlas.exceptions import UnknownTermError
from chainatlas.ontology.vocab import CA, NAMESPACE, ROLES, SEGMENTS, STAGES, Kind, Rel

__all__ = ["ontology_graph", "serialize_ontology", "RDF_FORMATS"]

# name the user types -> rdflib serializer name
RDF_FORMATS = {
    "turtle": "turtle",
    "ttl": "turtle",
    "xml": "xml",
    "rdfxml": "xml",
    "nt": "nt",
    "ntriples": "nt",
    "json-ld": "json-ld",
    "jsonld": "json-ld",
    "n3": "n3",
}

_DATATYPES = {
    "position": XSD.integer,
    "year": XSD.gYear,
    "capacity": XSD.decimal,
    "investment": XSD.decimal,
    "value": XSD.decimal,
    "confidence": XSD.decimal,
    "start": XSD.integer,
    "end": XSD.integer,
}


def ontology_graph() -> Graph:
    """Return the ontology as an rdflib :class:`~rdflib.Graph` (OWL classes and properties)."""
    g = Graph()
    g.bind("ca", NAMESPACE)
    g.bind("owl", OWL)
    onto = URIRef(NAMESPACE.rstrip("#"))
    g.add((onto, RDF.type, OWL.Ontology))
    g.add((onto, RDFS.label, Literal("ChainAtlas industry-chain ontology", lang="en")))
    g.add((onto, RDFS.label, Literal("产业链知识图谱本体", lang="zh")))
    for k in Kind:
        c = CA[k.value]
        g.add((c, RDF.type, OWL.Class))
        g.add((c, RDFS.label, Literal(k.en, lang="en")))
        g.add((c, RDFS.label, Literal(k.zh, lang="zh")))
        g.add((c, RDFS.comment, Literal(k.description, lang="en")))
    g.add((CA.Evidence, RDF.type, OWL.Class))
    g.add((CA.Evidence, RDFS.label, Literal("Evidence", lang="en")))
    g.add((CA.Evidence, RDFS.label, Literal("证据", lang="zh")))
    props = set()
    for r in Rel:
        p = CA[r.value]
        g.add((p, RDF.type, OWL.ObjectProperty))
        g.add((p, RDFS.label, Literal(r.en, lang="en")))
        g.add((p, RDFS.label, Literal(r.zh, lang="zh")))
        if r.spec.description:
            g.add((p, RDFS.comment, Literal(r.spec.description, lang="en")))
        for d in r.domain:
            g.add((p, RDFS.domain, CA[d]))
        for rg in r.range:
            g.add((p, RDFS.range, CA[rg]))
        props.update(r.properties)
    for name in sorted(props | {"name", "alias", "evidence", "confidence", "sourceDocument",
                                 "start", "end", "sentence", "stage", "phase", "investment",
                                 "year", "metric", "value", "unit", "target_kind", "level", "adcode",
                                 "title", "format", "full_name", "group", "links", "steps", "unresolved",
                                 "resolved", "reason", "en", "gbt_name"}):
        p = CA[name]
        kind = OWL.ObjectProperty if name in ("evidence", "sourceDocument") else OWL.DatatypeProperty
        g.add((p, RDF.type, kind))
        g.add((p, RDFS.label, Literal(name, lang="en")))
        if name in _DATATYPES:
            g.add((p, RDFS.range, _DATATYPES[name]))
    for name, values in (("segment", SEGMENTS), ("stage", STAGES), ("roles", ROLES)):
        g.add((CA[name], RDFS.comment, Literal("one of: " + "、".join(values), lang="zh")))
    return g


def serialize_ontology(format="turtle") -> str:
    """Serialise the ontology; `format` is one of :data:`RDF_FORMATS`."""
    try:
        fmt = RDF_FORMATS[format]
    except KeyError:
        raise UnknownTermError(
            f"unknown RDF format {format!r}; choose one of {', '.join(sorted(RDF_FORMATS))}"
        ) from None
    return ontology_graph().serialize(format=fmt)
