import pytest
from rdflib import Graph, OWL, RDF

from chainatlas import UnknownTermError
from chainatlas.ontology import CA, Kind, Rel, kind, node_id, rel, segment, serialize_ontology, stage


@pytest.mark.parametrize("bad", ["Enterprize", "link", "Company", ""])
def test_unknown_kind_raises(bad):
    with pytest.raises(UnknownTermError):
        kind(bad)


@pytest.mark.parametrize("bad", ["FEED", "OPERATE", "located_in"])
def test_unknown_relation_raises(bad):
    with pytest.raises(UnknownTermError):
        rel(bad)


def test_closed_values():
    assert segment("上游") == "上游"
    with pytest.raises(UnknownTermError):
        segment("上流")
    with pytest.raises(UnknownTermError):
        stage("施工")


def test_rdf_namespace_is_closed():
    assert str(CA.Link).endswith("#Link")
    with pytest.raises(AttributeError):
        CA.Linq  # noqa: B018


def test_labels_in_both_languages():
    assert Kind.ENTERPRISE.zh == "企业" and Kind.ENTERPRISE.en == "Enterprise"
    assert all(r.zh and r.en for r in Rel)
    assert kind("园区") is Kind.PARK


def test_turtle_parses_and_declares_every_term():
    g = Graph().parse(data=serialize_ontology(format="turtle"), format="turtle")
    classes = {str(s).split("#")[1] for s in g.subjects(RDF.type, OWL.Class)}
    assert {k.value for k in Kind} <= classes
    props = {str(s).split("#")[1] for s in g.subjects(RDF.type, OWL.ObjectProperty)}
    assert {r.value for r in Rel} <= props


def test_unknown_rdf_format():
    with pytest.raises(UnknownTermError):
        serialize_ontology(format="yaml")


@pytest.mark.parametrize("a,b", [
    (("Park", "张掖经济技术开发区"), ("Park", "张掖经开区")),
    (("Park", "張掖經開區"), ("Park", "张掖经开区")),
    (("Link", "多晶 硅"), ("Link", "多晶硅")),
    (("Enterprise", "ＡＢＣ科技"), ("Enterprise", "ABC科技")),
])
def test_stable_ids(a, b):
    assert node_id(*a) == node_id(*b)


def test_ids_differ_by_kind():
    assert node_id("Link", "甲醇") != node_id("Chain", "甲醇")


def test_rdf_namespace_covers_the_vocabulary():
    """CA is written out by hand; every kind, relation and relation property must be in it."""
    names = set(CA.__annotations__)
    assert {k.value for k in Kind} <= names
    assert {r.value for r in Rel} <= names
    assert {p for r in Rel for p in r.properties} <= names
