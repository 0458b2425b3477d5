"""SHACL shapes for the ontology: what a valid ChainAtlas graph in RDF looks like.

The shapes ship as ``ontology/shapes.ttl`` (load them with
:func:`shapes_graph`).  They are generated from the vocabulary by
:func:`build_shapes`, so that they follow :class:`~chainatlas.ontology.Kind`
and :class:`~chainatlas.ontology.Rel`; after changing the vocabulary,
regenerate the file with ``python -m chainatlas.ontology.shacl >
ontology/shapes.ttl`` (a test checks that it is current).

What they check:

- every node of every kind is an IRI with exactly one non-empty ``ca:name``
  (a string);
- for every relation, its subjects belong to one of its domain kinds and its
  objects to one of its range kinds (``sh:class``, following
  ``Rel.domain`` and ``Rel.range``);
- datatypes of the typed properties (``ca:position`` integer, ``ca:year``
  gYear, ``ca:capacity`` decimal …) and strings for the others;
- closed values: ``ca:segment`` (上游/中游/下游/配套), ``ca:stage``
  (谋划 … 投产), ``ca:roles`` (链主 …), ``ca:target_kind``;
- every reified statement has one subject, predicate and object; every
  evidence resource has one source document and a confidence in [0, 1].

Each constraint carries an ``sh:message`` in words, which
:mod:`chainatlas.graph.validate` prints.

Examples
--------
>>> from rdflib import RDF
>>> g = shapes_graph()
>>> (SHAPES.Link, RDF.type, SH.NodeShape) in g
True
>>> len(list(g.subjects(RDF.type, SH.NodeShape))) > len(Kind) + len(Rel)
True
"""

import functools
import importlib.resources

from rdflib import RDF, XSD, BNode, Graph, Literal, Namespace
from rdflib.collection import Collection

from chainatlas.ontology.owl import _DATATYPES
from chainatlas.ontology.vocab import CA, NAMESPACE, ROLES, SEGMENTS, STAGES, TARGET_KINDS, Kind, Rel

__all__ = ["SH", "SHAPES", "build_shapes", "shapes_graph", "shapes_text", "CLOSED_VALUES", "STRING_PROPERTIES"]

SH = Namespace("http://www.w3.org/ns/shacl#")
#: the shapes' own IRIs (the data's classes and properties stay in CA)
SHAPES = Namespace("https://w3id.org/chainatlas/shapes#")

CLOSED_VALUES = {"segment": SEGMENTS, "stage": STAGES, "roles": ROLES, "target_kind": TARGET_KINDS}
#: properties whose values are plain strings
STRING_PROPERTIES = ("name", "alias", "segment", "stage", "phase", "unit", "metric", "target_kind", "role", "task",
                     "industry", "level", "adcode", "sentence", "alternatives", "chains", "roles", "product",
                     "capacity_basis", "step", "title", "format", "full_name", "group", "links", "steps", "en",
                     "gbt", "gbt_name", "reference", "reason", "matched_links")
_BOOLEAN_PROPERTIES = ("unresolved", "resolved")


def _or_classes(g, kinds):
    items = []
    for k in kinds:
        b = BNode()
        g.add((b, SH["class"], CA[k]))
        items.append(b)
    head = BNode()
    Collection(g, head, items)
    return head


def _kinds_words(kinds):
    return " or ".join(f"{'an' if k[0] in 'AEIOU' else 'a'} {k} ({Kind(k).zh})" for k in kinds)


def build_shapes():
    """The SHACL shapes graph, generated from the vocabulary."""
    g = Graph()
    g.bind("sh", SH)
    g.bind("ca", NAMESPACE)
    g.bind("xsd", XSD)
    g.bind("shape", SHAPES)
    for k in Kind:
        s = SHAPES[k.value]
        g.add((s, RDF.type, SH.NodeShape))
        g.add((s, SH.targetClass, CA[k.value]))
        g.add((s, SH.nodeKind, SH.IRI))
        p = BNode()
        g.add((s, SH.property, p))
        g.add((p, SH.path, CA.name))
        g.add((p, SH.minCount, Literal(1)))
        g.add((p, SH.maxCount, Literal(1)))
        g.add((p, SH.datatype, XSD.string))
        g.add((p, SH.minLength, Literal(1)))
        g.add((p, SH.message, Literal(f"{_kinds_words([k.value])} needs exactly one non-empty name")))
    for r in Rel:
        s = SHAPES[r.value]
        g.add((s, RDF.type, SH.NodeShape))
        g.add((s, SH.targetSubjectsOf, CA[r.value]))
        if len(r.domain) == 1:
            g.add((s, SH["class"], CA[r.domain[0]]))
        else:
            g.add((s, SH["or"], _or_classes(g, r.domain)))
        g.add((s, SH.message, Literal(f"only {_kinds_words(r.domain)} can have {r.value} ({r.zh}, {r.en})")))
        p = BNode()
        g.add((s, SH.property, p))
        g.add((p, SH.path, CA[r.value]))
        g.add((p, SH.nodeKind, SH.IRI))
        if len(r.range) == 1:
            g.add((p, SH["class"], CA[r.range[0]]))
        else:
            g.add((p, SH["or"], _or_classes(g, r.range)))
        g.add((p, SH.message, Literal(f"{r.value} ({r.zh}, {r.en}) must point to {_kinds_words(r.range)}")))
    typed = dict(_DATATYPES)
    typed.update({n: XSD.string for n in STRING_PROPERTIES})
    typed.update({n: XSD.boolean for n in _BOOLEAN_PROPERTIES})
    for name, dt in sorted(typed.items()):
        s = SHAPES[f"value-{name}"]
        g.add((s, RDF.type, SH.NodeShape))
        g.add((s, SH.targetSubjectsOf, CA[name]))
        p = BNode()
        g.add((s, SH.property, p))
        g.add((p, SH.path, CA[name]))
        g.add((p, SH.datatype, dt))
        words = dt.split("#")[-1]
        if name in CLOSED_VALUES:
            head = BNode()
            Collection(g, head, [Literal(v) for v in CLOSED_VALUES[name]])
            g.add((p, SH["in"], head))
            words += ", one of " + "、".join(CLOSED_VALUES[name])
        if name == "confidence":
            g.add((p, SH.minInclusive, Literal(0)))
            g.add((p, SH.maxInclusive, Literal(1)))
            words += " between 0 and 1"
        if name in ("start", "end"):
            g.add((p, SH.minInclusive, Literal(0)))
            words += ", not negative"
        g.add((p, SH.message, Literal(f"{name} must be {words}")))
    s = SHAPES.Statement
    g.add((s, RDF.type, SH.NodeShape))
    g.add((s, SH.targetClass, RDF.Statement))
    for path in (RDF.subject, RDF.predicate, RDF.object):
        p = BNode()
        g.add((s, SH.property, p))
        g.add((p, SH.path, path))
        g.add((p, SH.minCount, Literal(1)))
        g.add((p, SH.maxCount, Literal(1)))
        g.add((p, SH.message, Literal(f"a relationship statement needs exactly one {path.split('#')[-1]}")))
    s = SHAPES.Evidence
    g.add((s, RDF.type, SH.NodeShape))
    g.add((s, SH.targetClass, CA.Evidence))
    p = BNode()
    g.add((s, SH.property, p))
    g.add((p, SH.path, CA.sourceDocument))
    g.add((p, SH.minCount, Literal(1)))
    g.add((p, SH.maxCount, Literal(1)))
    g.add((p, SH["class"], CA.Document))
    g.add((p, SH.message, Literal("evidence needs exactly one source document, a Document (文件)")))
    p = BNode()
    g.add((s, SH.property, p))
    g.add((p, SH.path, CA.sentence))
    g.add((p, SH.maxCount, Literal(1)))
    g.add((p, SH.message, Literal("evidence has at most one sentence")))
    return g


def shapes_text():
    """:func:`build_shapes` as Turtle, with a header; what ``ontology/shapes.ttl`` holds."""
    body = build_shapes().serialize(format="turtle")
    return ("# SHACL shapes of the ChainAtlas ontology, generated from ontology/vocab.py by\n"
            "#   python -m chainatlas.ontology.shacl > ontology/shapes.ttl\n"
            "# Do not edit by hand.\n\n" + body)


@functools.lru_cache(maxsize=1)
def _shapes_ttl():
    return importlib.resources.files("chainatlas.ontology").joinpath("shapes.ttl").read_text("utf-8")


def shapes_graph():
    """The shapes shipped in ``ontology/shapes.ttl`` as an rdflib Graph."""
    return Graph().parse(data=_shapes_ttl(), format="turtle")


if __name__ == "__main__":
    import sys

    sys.stdout.write(shapes_text())
