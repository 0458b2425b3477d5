"""Check the store against the ontology's SHACL shapes, and say what is wrong in words.

:func:`validate` exports the store as RDF (:mod:`chainatlas.graph.rdf`),
runs pySHACL with the shapes of :mod:`chainatlas.ontology.shacl` and turns
every validation result into a :class:`Violation`: which node (its kind and
name, or the relationship for a property of a relationship), which property
or relation, the offending value, and the shape's message.

Examples
--------
>>> from chainatlas.graph import Store, ingest_extraction
>>> from chainatlas.loaders import extract_text
>>> st = Store(":memory:")
>>> x = extract_text("甘州区形成“工业硅—多晶硅—拉晶切片”的产业链。", doc_id="p")
>>> _ = ingest_extraction(st, x, {"id": "p"})
>>> report = validate(st)
>>> report.conforms, report.violations
(True, [])
"""

from dataclasses import dataclass

from rdflib import RDF, Literal, URIRef

from chainatlas.graph.rdf import DATA, rdf_graph
from chainatlas.ontology.shacl import SH, shapes_graph
from chainatlas.ontology.vocab import CA, NAMESPACE, Rel

__all__ = ["Violation", "ValidationReport", "validate"]


@dataclass(frozen=True)
class Violation:
    """One SHACL result in words."""

    focus: str      # e.g. "Chain 工业硅—多晶硅" or "relationship 甲 -HAS_LINK-> 乙"
    path: str       # the property or relation, e.g. "HAS_LINK (包含环节)"
    value: str      # the offending value in words, '' when none
    message: str
    severity: str = "Violation"

    def __str__(self):
        where = f"{self.focus}: {self.path}" if self.path else self.focus
        value = f" → {self.value}" if self.value else ""
        return f"{where}{value}: {self.message}"


@dataclass
class ValidationReport:
    """The outcome of :func:`validate`."""

    conforms: bool
    violations: list
    triples: int

    def lines(self):
        return [str(v) for v in self.violations]


def _local(term):
    s = str(term)
    return s[len(NAMESPACE):] if s.startswith(NAMESPACE) else s


def _describe(g, term):
    """A node, statement, evidence resource or literal in words."""
    if isinstance(term, Literal):
        return repr(str(term))
    if not isinstance(term, URIRef):
        return "a blank node"
    name = g.value(term, CA.name)
    kinds = [_local(t) for t in g.objects(term, RDF.type) if str(t).startswith(NAMESPACE)]
    if (term, RDF.type, RDF.Statement) in g:
        s, p, o = g.value(term, RDF.subject), g.value(term, RDF.predicate), g.value(term, RDF.object)
        return f"relationship {g.value(s, CA.name) or s} -{_local(p)}-> {g.value(o, CA.name) or o}"
    if kinds == ["Evidence"]:
        owner = next(g.subjects(CA.evidence, term), None)
        return f"evidence of {_describe(g, owner)}" if owner is not None else "evidence"
    if name is not None:
        return f"{'/'.join(kinds) or 'untyped node'} {name}"
    s = str(term)
    return s[len(str(DATA)):] if s.startswith(str(DATA)) else s


def _path_words(path):
    if path is None:
        return ""
    local = _local(path)
    try:
        r = Rel(local)
        return f"{r.value} ({r.zh})"
    except ValueError:
        return local


def validate(store, *, shapes=None):
    """Validate `store` against the SHACL shapes; return a :class:`ValidationReport`."""
    import pyshacl

    data = rdf_graph(store)
    conforms, results, _ = pyshacl.validate(data, shacl_graph=shapes if shapes is not None else shapes_graph(),
                                            inference="none", advanced=False, allow_warnings=True)
    out = []
    for r in results.subjects(RDF.type, SH.ValidationResult):
        focus = results.value(r, SH.focusNode)
        path = results.value(r, SH.resultPath)
        value = results.value(r, SH.value)
        msg = results.value(r, SH.resultMessage)
        sev = results.value(r, SH.resultSeverity)
        value_words = ""
        if value is not None and value != focus:
            value_words = _describe(data, value)
        out.append(Violation(_describe(data, focus), _path_words(path), value_words, str(msg or "invalid"),
                             _local(sev).split("#")[-1] if sev is not None else "Violation"))
    out.sort(key=lambda v: (v.focus, v.path, v.value, v.message))
    return ValidationReport(bool(conforms), out, len(data))


