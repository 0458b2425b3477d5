"""The closed vocabulary of ChainAtlas: node kinds, relations and their labels.

Everything stored in the graph uses these terms and nothing else.  Looking up
a term that does not exist raises :class:`~chainatlas.UnknownTermError`, both
here and through the RDF namespace :class:`CA` (an rdflib
``DefinedNamespace``).

Examples
--------
>>> from chainatlas.ontology import Kind, Rel, kind, rel
>>> Kind.LINK.zh, Kind.LINK.en
('环节', 'Link')
>>> rel("FEEDS").domain
('Link',)
>>> kind("Enterprize")
Traceback (most recent call last):
...
chainatlas.exceptions.UnknownTermError: unknown node kind 'Enterprize'; known kinds: Region, Park, Industry, Chain, Link, Enterprise, Project, Department, Target, Document
"""

from dataclasses import dataclass
from enum import Enum

from rdflib import URIRef
from rdflib.namespace import DefinedNamespace, Namespace

from chainatlas.exceptions import UnknownTermError

__all__ = [
    "NAMESPACE",
    "CA",
    "Kind",
    "Rel",
    "RelationSpec",
    "SEGMENTS",
    "STAGES",
    "ROLES",
    "TARGET_KINDS",
    "kind",
    "rel",
    "segment",
    "stage",
    "role",
]

NAMESPACE = "https://w3id.org/chainatlas/ontology#"


class Kind(str, Enum):
    """Node kinds.  The value is the label used in Neo4j and RDF."""

    REGION = "Region"
    PARK = "Park"
    INDUSTRY = "Industry"
    CHAIN = "Chain"
    LINK = "Link"
    ENTERPRISE = "Enterprise"
    PROJECT = "Project"
    DEPARTMENT = "Department"
    TARGET = "Target"
    DOCUMENT = "Document"

    @property
    def zh(self):
        return _KIND_LABELS[self.value][0]

    @property
    def en(self):
        return self.value

    @property
    def description(self):
        return _KIND_LABELS[self.value][1]

    def __str__(self):
        return self.value


_KIND_LABELS = {
    "Region": ("行政区", "An administrative region: province, prefecture-level city or county-level unit."),
    "Park": ("园区", "An industrial park, development zone or sub-park of a zone (一区多园)."),
    "Industry": ("产业", "An industry as a plan names it, e.g. one of its leading industries."),
    "Chain": ("产业链", "An industry chain: an ordered set of links from upstream to downstream."),
    "Link": ("环节", "A product, process or stage of one or more chains."),
    "Enterprise": ("企业", "A firm, under its legal name or short name."),
    "Project": ("项目", "An investment project: by an enterprise, at a place, producing links."),
    "Department": ("部门", "A government department or unit that leads or is responsible for a task."),
    "Target": ("目标", "A planned or expected indicator of an industry in a region for a year."),
    "Document": ("文件", "A source document or list that facts were read from."),
}


@dataclass(frozen=True)
class RelationSpec:
    """One relation of the ontology."""

    name: str
    zh: str
    en: str
    domain: tuple
    range: tuple
    properties: tuple = ()
    description: str = ""


class Rel(str, Enum):
    """Relation types.  The value is the relationship type used in Neo4j and RDF."""

    PART_OF = "PART_OF"
    LOCATED_IN = "LOCATED_IN"
    BELONGS_TO = "BELONGS_TO"
    HAS_LINK = "HAS_LINK"
    FEEDS = "FEEDS"
    OPERATES = "OPERATES"
    UNDERTAKEN_BY = "UNDERTAKEN_BY"
    BUILDS = "BUILDS"
    RESPONSIBLE_FOR = "RESPONSIBLE_FOR"
    TARGET_OF = "TARGET_OF"
    TARGET_IN = "TARGET_IN"
    WANTS = "WANTS"
    ISSUED_BY = "ISSUED_BY"
    MATCHES = "MATCHES"

    @property
    def spec(self) -> RelationSpec:
        return _RELATIONS[self.value]

    @property
    def zh(self):
        return self.spec.zh

    @property
    def en(self):
        return self.spec.en

    @property
    def domain(self):
        return self.spec.domain

    @property
    def range(self):
        return self.spec.range

    @property
    def properties(self):
        return self.spec.properties

    def __str__(self):
        return self.value


def _spec(name, zh, en, domain, range_, properties=(), description=""):
    return RelationSpec(name, zh, en, tuple(domain), tuple(range_), tuple(properties), description)


_RELATIONS = {
    s.name: s
    for s in [
        _spec("PART_OF", "隶属", "part of", ["Region", "Park"], ["Region", "Park"],
              description="A region inside a larger region; a sub-park inside a park (一区多园)."),
        _spec("LOCATED_IN", "位于", "located in", ["Park", "Enterprise", "Project"], ["Region", "Park"]),
        _spec("BELONGS_TO", "属于", "belongs to", ["Chain"], ["Industry"]),
        _spec("HAS_LINK", "包含环节", "has link", ["Chain"], ["Link"], ["segment", "position", "step"],
              description="A chain's link, with its segment (上游/中游/下游/配套) and position."),
        _spec("FEEDS", "供给", "feeds", ["Link"], ["Link"], ["chains"],
              description="Upstream link to downstream link; a step may have several inputs."),
        _spec("OPERATES", "经营", "operates", ["Enterprise"], ["Link"], ["roles"],
              description="An enterprise makes the product or runs the process of a link."),
        _spec("UNDERTAKEN_BY", "建设单位", "undertaken by", ["Project"], ["Enterprise"]),
        _spec("BUILDS", "建设", "builds", ["Project"], ["Link"],
              ["capacity", "unit", "capacity_basis", "product"],
              description="A project produces (or will produce) a link's product."),
        _spec("RESPONSIBLE_FOR", "负责", "responsible for", ["Department", "Park"],
              ["Industry", "Chain", "Project", "Target", "Park", "Document"], ["role", "task"],
              description="A department leads (牵头) or is responsible (责任) for a task about the object."),
        _spec("TARGET_OF", "指标产业", "target of", ["Target"], ["Industry"]),
        _spec("TARGET_IN", "指标地区", "target in", ["Target"], ["Region", "Park"]),
        _spec("WANTS", "招引", "wants", ["Region", "Park"], ["Link"], ["industry"],
              description="A plan for the region or park says it will recruit firms or projects at the link."),
        _spec("ISSUED_BY", "发布", "issued by", ["Document"], ["Region", "Park", "Department"]),
        _spec("MATCHES", "对应参考链", "matches", ["Chain"], ["Chain"], ["matched_links"],
              description="A chain a plan writes corresponds to a chain of the reference library."),
    ]
}

assert set(_RELATIONS) == {r.value for r in Rel}

SEGMENTS = ("上游", "中游", "下游", "配套")
STAGES = ("谋划", "签约", "开工", "在建", "竣工", "投产")
ROLES = ("链主", "龙头", "规上", "专精特新", "小巨人", "骨干")
TARGET_KINDS = ("actual", "expected", "goal")


def kind(name) -> Kind:
    """Return the node kind called `name` (English label or Chinese label).

    Raises
    ------
    UnknownTermError
        If there is no such kind.
    """
    if isinstance(name, Kind):
        return name
    for k in Kind:
        if name in (k.value, k.zh, k.name):
            return k
    raise UnknownTermError(
        f"unknown node kind {name!r}; known kinds: {', '.join(k.value for k in Kind)}"
    )


def rel(name) -> Rel:
    """Return the relation called `name`.

    Raises
    ------
    UnknownTermError
        If there is no such relation.
    """
    if isinstance(name, Rel):
        return name
    try:
        return Rel(name)
    except ValueError:
        raise UnknownTermError(
            f"unknown relation {name!r}; known relations: {', '.join(r.value for r in Rel)}"
        ) from None


def _closed(value, allowed, what):
    if value not in allowed:
        raise UnknownTermError(f"unknown {what} {value!r}; expected one of {', '.join(allowed)}")
    return value


def segment(value):
    """Check a chain segment (上游/中游/下游/配套)."""
    return _closed(value, SEGMENTS, "segment")


def stage(value):
    """Check a project stage (谋划/签约/开工/在建/竣工/投产)."""
    return _closed(value, STAGES, "project stage")


def role(value):
    """Check an enterprise role (链主/龙头/规上/专精特新/小巨人/骨干)."""
    return _closed(value, ROLES, "enterprise role")


class CA(DefinedNamespace):
    """The ChainAtlas RDF namespace: a closed vocabulary (a misspelt term raises).

    >>> CA.Link
    rdflib.term.URIRef('https://w3id.org/chainatlas/ontology#Link')
    """

    _NS = Namespace(NAMESPACE)
    _fail = True

    # node kinds
    Region: URIRef
    Park: URIRef
    Industry: URIRef
    Chain: URIRef
    Link: URIRef
    Enterprise: URIRef
    Project: URIRef
    Department: URIRef
    Target: URIRef
    Document: URIRef
    Evidence: URIRef
    # relations
    PART_OF: URIRef
    LOCATED_IN: URIRef
    BELONGS_TO: URIRef
    HAS_LINK: URIRef
    FEEDS: URIRef
    OPERATES: URIRef
    UNDERTAKEN_BY: URIRef
    BUILDS: URIRef
    RESPONSIBLE_FOR: URIRef
    TARGET_OF: URIRef
    TARGET_IN: URIRef
    WANTS: URIRef
    ISSUED_BY: URIRef
    MATCHES: URIRef
    # properties
    name: URIRef
    alias: URIRef
    level: URIRef
    adcode: URIRef
    segment: URIRef
    position: URIRef
    step: URIRef
    chain: URIRef
    chains: URIRef
    roles: URIRef
    capacity: URIRef
    unit: URIRef
    capacity_basis: URIRef
    product: URIRef
    phase: URIRef
    investment: URIRef
    stage: URIRef
    year: URIRef
    metric: URIRef
    value: URIRef
    target_kind: URIRef
    role: URIRef
    task: URIRef
    industry: URIRef
    evidence: URIRef
    confidence: URIRef
    sourceDocument: URIRef
    start: URIRef
    end: URIRef
    sentence: URIRef
    alternatives: URIRef
    # node properties the loaders write (used by the RDF export)
    title: URIRef
    format: URIRef
    full_name: URIRef
    group: URIRef
    links: URIRef
    steps: URIRef
    unresolved: URIRef
    resolved: URIRef
    reason: URIRef
    en: URIRef
    gbt_name: URIRef
    matched_links: URIRef
    gbt: URIRef
    reference: URIRef
