"""Gap query: the status of every link of a chain inside a region or park.

A scope is a region or a park together with everything inside it: regions
that are PART_OF it, parks LOCATED_IN any of those, and their sub-parks.

Status of a link, strongest first:

``present``
    an enterprise in the scope operates it, or a project there producing it
    is completed (竣工/投产);
``building``
    a project in the scope producing it is under construction (开工/在建);
``planned``
    a project in the scope producing it is planned or signed (谋划/签约) or
    at an unstated stage;
``wanted``
    nothing in the scope produces it, and a plan for the scope says it will
    recruit it (招引);
``missing``
    nothing in the scope produces it and no plan asks for it.

A product counts for a link when it is the link, when its name contains the
link's name (高纯多晶硅 for 多晶硅), or when it is one of the link's synonyms
in the reference chain library (:mod:`chainatlas.ontology.library`).

Examples
--------
>>> from chainatlas.graph import Store, ingest_extraction
>>> from chainatlas.loaders import extract_text
>>> st = Store(":memory:")
>>> text = ("甘州区形成“工业硅—多晶硅—拉晶切片”的产业链。依托河西硅业等龙头企业。"
...         "加快建设河西硅业20万吨工业硅二期等项目。全力招引多晶硅等上下游企业。")
>>> _ = ingest_extraction(st, extract_text(text, doc_id="p"), {"id": "p"})
>>> r = gap_report(st, "工业硅", "甘州区")
>>> [(row.name, row.status) for row in r.rows]
[('工业硅', 'building'), ('多晶硅', 'wanted'), ('拉晶切片', 'missing')]
>>> r.missing
['多晶硅', '拉晶切片']
"""

import functools
import json
from dataclasses import dataclass, field

from chainatlas.ontology.names import normalise_name
from chainatlas.ontology.vocab import Kind, Rel
from chainatlas.queries.resolve import resolve_chain, resolve_scope

__all__ = ["STATUSES", "LinkStatus", "GapReport", "gap_report", "link_status", "chain_links", "scope_places",
           "synonyms"]

STATUSES = ("present", "building", "planned", "wanted", "missing")
STATUS_ZH = {"present": "已有", "building": "在建", "planned": "谋划/签约", "wanted": "招引", "missing": "缺失"}
_BUILDING = {"开工", "在建"}
_DONE = {"竣工", "投产"}


@functools.lru_cache(maxsize=1)
def synonyms():
    """``{link name: {other names}}`` from the reference chain library's synonyms."""
    from chainatlas.ontology.library import load_library

    out = {}
    for c in load_library():
        for link in c.links.values():
            names = {normalise_name(link.name), *(normalise_name(n) for n in link.synonyms)}
            for n in names:
                out.setdefault(n, set()).update(names - {n})
    return out


@dataclass
class LinkStatus:
    link_id: str
    name: str
    position: int
    segment: str
    status: str
    wanted: bool = False
    enterprises: list = field(default_factory=list)
    projects: list = field(default_factory=list)
    evidence: list = field(default_factory=list)
    enterprise_ids: list = field(default_factory=list)

    @property
    def status_zh(self):
        return STATUS_ZH[self.status]

    def as_dict(self):
        return {"link": self.name, "position": self.position, "segment": self.segment, "status": self.status,
                "status_zh": self.status_zh, "wanted": self.wanted, "enterprises": self.enterprises,
                "projects": [{"name": p["name"], "stage": p["stage"]} for p in self.projects],
                "evidence": self.evidence}


@dataclass
class GapReport:
    chain_id: str
    chain: str
    scope_id: str
    scope: str
    rows: list

    @property
    def missing(self):
        return [r.name for r in self.rows if r.status in ("wanted", "missing")]

    def as_dict(self):
        return {"chain": self.chain, "scope": self.scope, "links": [r.as_dict() for r in self.rows],
                "missing": self.missing}


def scope_places(store, scope_id):
    """Ids of the scope and every region and park inside it."""
    seen = {scope_id}
    todo = [scope_id]
    while todo:
        cur = todo.pop()
        for e in store.edges_of(cur, "in", [Rel.PART_OF, Rel.LOCATED_IN]):
            child = e["src"]
            k = child.split(":", 1)[0]
            if k in (Kind.REGION.value, Kind.PARK.value) and child not in seen:
                seen.add(child)
                todo.append(child)
    return seen


def _matching_links(store, name):
    """Link ids whose product counts for the link called `name`.

    The link itself, its synonyms, Link nodes whose name contains the link's
    name or a synonym of at least two characters (高纯多晶硅 for 多晶硅; not
    when 制 follows: 绿电制氢 makes hydrogen, not power), and Link nodes
    carrying any of these names as an alias.
    """
    key = normalise_name(name)
    names = {key} | synonyms().get(key, set())
    out = {f"Link:{n}" for n in names}
    for n in sorted(names):
        if len(n) < 2:
            continue
        for (lid,) in store.read("SELECT id FROM nodes WHERE kind='Link' AND instr(id, ?) > 0", (n,)):
            i = lid.find(n)
            if "制" not in lid[i + len(n): i + len(n) + 2]:
                out.add(lid)
        for (lid,) in store.read("SELECT node_id FROM aliases WHERE alias=? AND node_id LIKE 'Link:%'", (n,)):
            out.add(lid)
    return out


def chain_links(store, chain_id):
    """``(link id, name, HAS_LINK props)`` of a chain, upstream first."""
    rows = store.read("SELECT e.dst, n.name, e.props FROM edges e JOIN nodes n ON n.id=e.dst "
                      "WHERE e.src=? AND e.rel=?", (chain_id, Rel.HAS_LINK.value))
    out = [(lid, name, json.loads(props)) for lid, name, props in rows]
    out.sort(key=lambda r: (r[2].get("position", 0), r[1]))
    return out


def _short(ev):
    return {"document": ev["doc_title"] or ev["doc_id"], "doc_id": ev["doc_id"], "sentence": ev["sentence"],
            "start": ev["start"], "end": ev["end"], "confidence": ev["confidence"]}


def gap_report(store, chain, scope):
    """The status of each link of `chain` inside `scope`.

    Parameters
    ----------
    store : Store
    chain : str
        A chain's name, part of it, or a link only one chain has.
    scope : str
        A region or park.

    Returns
    -------
    GapReport
    """
    chain_id = chain if store.has_node(chain) else resolve_chain(store, chain)
    scope_id = scope if store.has_node(scope) else resolve_scope(store, scope)
    places = scope_places(store, scope_id)
    rows = [link_status(store, lid, name, places, position=p.get("position", 0), segment=p.get("segment", ""))
            for lid, name, p in chain_links(store, chain_id)]
    rows.sort(key=lambda r: (r.position, r.segment == "配套", r.name))
    chain_name = store.node(chain_id)["name"]
    scope_name = store.node(scope_id)["name"]
    return GapReport(chain_id, chain_name, scope_id, scope_name, rows)


def link_status(store, link_id, name, places, *, position=0, segment=""):
    """The :class:`LinkStatus` of one link inside a set of places (see :func:`scope_places`).

    Besides the names shown in reports, ``enterprise_ids`` and ``projects``
    (with their ids, stages and investments) are filled for the analysis built
    on top of this.
    """
    q = store.read
    row = LinkStatus(link_id, name, position, segment, "missing")
    matches = _matching_links(store, name)
    marks = ",".join("?" * len(matches))
    edge_ids = []
    status = set()
    # enterprises operating it in the scope
    for eid, ent, ename in q(
            f"SELECT e.id, e.src, n.name FROM edges e JOIN nodes n ON n.id=e.src WHERE e.rel=? AND e.dst IN ({marks})",
            (Rel.OPERATES.value, *matches)):
        if _located_in(store, ent, places):
            row.enterprises.append(ename)
            if ent not in row.enterprise_ids:
                row.enterprise_ids.append(ent)
            edge_ids.append(eid)
            status.add("present")
    for eid, proj, pname, pprops in q(
            f"SELECT e.id, e.src, n.name, n.props FROM edges e JOIN nodes n ON n.id=e.src "
            f"WHERE e.rel=? AND e.dst IN ({marks})", (Rel.BUILDS.value, *matches)):
        if not _located_in(store, proj, places):
            continue
        props = json.loads(pprops)
        stage = props.get("stage")
        if not any(x["name"] == pname for x in row.projects):
            row.projects.append({"name": pname, "stage": stage, "id": proj,
                                 "investment": props.get("investment")})
        edge_ids.append(eid)
        status.add("present" if stage in _DONE else "building" if stage in _BUILDING else "planned")
    for eid, place in q(f"SELECT id, src FROM edges WHERE rel=? AND dst IN ({marks})", (Rel.WANTS.value, *matches)):
        if place in places:
            row.wanted = True
            edge_ids.append(eid)
    for s in STATUSES:
        if s in status:
            row.status = s
            break
    else:
        row.status = "wanted" if row.wanted else "missing"
    ev = store.edge_evidence_many(edge_ids)
    seen = set()
    for eid in edge_ids:
        for e in ev.get(eid, ()):
            k = (e["doc_id"], e["sentence"])
            if e["sentence"] and k not in seen:
                seen.add(k)
                row.evidence.append(_short(e))
    row.enterprises = sorted(set(row.enterprises))
    return row


def _located_in(store, nid, places):
    return any(e["dst"] in places for e in store.edges_of(nid, "out", [Rel.LOCATED_IN]))
