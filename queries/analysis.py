"""Gap analysis for investment attraction: link ratings, gap kinds and priorities.

This builds on :func:`~chainatlas.queries.gaps.gap_report` (which enterprises
and projects sit at each link inside a scope) and adds what an attraction
team needs: how strong each link is, which kind of gap a missing link is, and
how urgent it is.

The chain analysed
------------------
A chain a plan writes lists a few steps ("工业硅—多晶硅—拉晶切片").  When it
``MATCHES`` a chain of the reference library (see
:mod:`chainatlas.ontology.library`), the analysis covers the library chain's
links and edges together with the plan's own steps, so the links the plan
does not mention are assessed too.  A plan chain with no library match is
analysed as written; a library chain can be analysed directly.

Rating rule (per link × scope)
------------------------------
Counted inside the scope (the region or park and everything in it):

* ``n`` - enterprises operating the link plus completed (竣工/投产) projects
  producing it;
* ``leaders`` - those enterprises whose roles include 链主 or 龙头, plus
  completed projects with an investment of at least
  :data:`LARGE_PROJECT_YI` 亿元;
* ``pipeline`` - projects under construction (开工/在建), signed or planned
  (签约/谋划, or no stage stated).

Then, first rule that applies:

``优势`` (advantage)
    ``leaders >= 1`` or ``n >= 3``;
``潜力`` (potential)
    ``pipeline >= 1`` - capacity is coming;
``薄弱`` (weak)
    ``n >= 1`` - present, but one or two firms without a leader and nothing
    in the pipeline;
``空白`` (blank)
    nothing at all.

Gap kinds
---------
On the chain's graph (upstream -> downstream), with *present* meaning any
rating but 空白:

``断点`` (break point)
    a 空白 link with present links both upstream and downstream of it;
``延链`` (extend the chain)
    a 空白 link downstream of a present link, with nothing present downstream
    of it;
``补链`` (fill the chain)
    any other 空白 link: upstream of what is present, on a side branch, or in
    a chain where nothing is present yet;
``强链`` (strengthen the chain)
    a 薄弱 link.

Priority (1 is the most urgent): 断点 1, 延链 and 补链 2, 强链 3; a link the
plan itself says it wants (a ``WANTS`` edge in the scope, 招引) moves up one
level (to at least 1).

Examples
--------
>>> from chainatlas.graph import Store, ingest_extraction
>>> from chainatlas.loaders import extract_text
>>> st = Store(":memory:")
>>> text = ("甘州区形成“工业硅—多晶硅—拉晶切片”的产业链。依托河西硅业等龙头企业。"
...         "全力招引多晶硅等上下游企业。")
>>> _ = ingest_extraction(st, extract_text(text, doc_id="p"), {"id": "p"})
>>> a = analyse_chain(st, "工业硅—多晶硅", "甘州区", library=False)
>>> [(r.name, r.step, r.rating, r.gap_kind, r.priority) for r in a.links]
[('工业硅', '工业硅', '空白', '补链', 2), ('多晶硅', '多晶硅', '空白', '补链', 1), ('硅片', '拉晶切片', '空白', '补链', 2)]
"""

from dataclasses import dataclass, field

import networkx as nx

from chainatlas.exceptions import NotFoundError
from chainatlas.graph.store import in_snapshot
from chainatlas.ontology.vocab import Kind, Rel
from chainatlas.queries.gaps import chain_links, link_status, scope_places
from chainatlas.queries.resolve import resolve_chain, resolve_scope

__all__ = [
    "RATINGS",
    "GAP_KINDS",
    "LARGE_PROJECT_YI",
    "LinkAnalysis",
    "ChainAnalysis",
    "analyse_chain",
    "chain_graph",
    "rate_link",
    "reference_chain",
    "chains_in_scope",
]

RATINGS = ("优势", "潜力", "薄弱", "空白")
RATING_EN = {"优势": "advantage", "潜力": "potential", "薄弱": "weak", "空白": "blank"}
GAP_KINDS = ("断点", "补链", "延链", "强链")
GAP_KIND_EN = {"断点": "break point", "补链": "fill", "延链": "extend", "强链": "strengthen"}
LEADER_ROLES = frozenset({"链主", "龙头"})
#: a completed project at least this large (亿元) counts like a leading firm
LARGE_PROJECT_YI = 10.0
_DONE = {"竣工", "投产"}
_BUILDING = {"开工", "在建"}
_BASE_PRIORITY = {"断点": 1, "延链": 2, "补链": 2, "强链": 3}


@dataclass
class LinkAnalysis:
    """One link of a chain inside a scope."""

    link_id: str
    name: str
    step: str
    segment: str
    position: int
    status: str
    rating: str
    reason: str
    gap_kind: str | None = None
    priority: int | None = None
    wanted: bool = False
    in_plan: bool = False
    gbt: str = ""
    inputs: list = field(default_factory=list)
    outputs: list = field(default_factory=list)
    enterprises: list = field(default_factory=list)
    projects: list = field(default_factory=list)
    evidence: list = field(default_factory=list)

    def as_dict(self):
        return {
            "link": self.name, "step": self.step, "segment": self.segment, "position": self.position,
            "status": self.status, "rating": self.rating, "rating_en": RATING_EN[self.rating],
            "reason": self.reason, "gap_kind": self.gap_kind,
            "gap_kind_en": GAP_KIND_EN.get(self.gap_kind), "priority": self.priority, "wanted": self.wanted,
            "in_plan": self.in_plan, "gbt": self.gbt, "inputs": self.inputs, "outputs": self.outputs,
            "enterprises": self.enterprises, "projects": self.projects, "evidence": self.evidence,
        }


@dataclass
class ChainAnalysis:
    """Every link of one chain rated inside one scope, upstream first."""

    chain_id: str
    chain: str
    scope_id: str
    scope: str
    reference: str | None
    links: list
    graph: nx.DiGraph = field(repr=False, default=None)

    @property
    def gaps(self):
        """Links with a gap kind, most urgent first."""
        rows = [r for r in self.links if r.gap_kind]
        return sorted(rows, key=lambda r: (r.priority, r.position, r.name))

    @property
    def completeness(self):
        """Share of the chain's links that are not 空白 (0.0 - 1.0)."""
        if not self.links:
            return 0.0
        return sum(r.rating != "空白" for r in self.links) / len(self.links)

    def counts(self):
        """``{rating: number of links}`` in :data:`RATINGS` order."""
        return {k: sum(r.rating == k for r in self.links) for k in RATINGS}

    def as_dict(self):
        return {"chain": self.chain, "scope": self.scope, "reference": self.reference,
                "completeness": round(self.completeness, 3), "ratings": self.counts(),
                "links": [r.as_dict() for r in self.links],
                "gaps": [{"link": r.name, "gap_kind": r.gap_kind, "priority": r.priority} for r in self.gaps]}

    def to_frame(self):
        """The links as a pandas DataFrame (one row a link)."""
        import pandas as pd

        rows = []
        for r in self.links:
            d = r.as_dict()
            d["enterprises"] = "、".join(e["name"] for e in r.enterprises)
            d["projects"] = "、".join(p["name"] for p in r.projects)
            d["inputs"] = "、".join(r.inputs)
            d["outputs"] = "、".join(r.outputs)
            d["evidence"] = len(r.evidence)
            rows.append(d)
        return pd.DataFrame(rows, columns=list(LinkAnalysis("", "", "", "", 0, "", "空白", "").as_dict()))


def rate_link(enterprises, projects, *, large_project_yi=LARGE_PROJECT_YI):
    """Rate one link from what sits at it inside a scope.

    Parameters
    ----------
    enterprises : list of dict
        Each with ``roles`` (a list of 链主/龙头/规上/...).
    projects : list of dict
        Each with ``stage`` and ``investment`` (亿元, may be None).

    Returns
    -------
    (rating, reason) : (str, str)
        One of :data:`RATINGS` and the rule that gave it, in words.

    Examples
    --------
    >>> rate_link([{"roles": ["龙头"]}], [])
    ('优势', '1 家链主/龙头')
    >>> rate_link([], [{"stage": "在建", "investment": 3}])
    ('潜力', '1 个在建/签约/谋划项目')
    >>> rate_link([{"roles": []}], [])
    ('薄弱', '1 家企业或已投产项目, 无链主/龙头')
    >>> rate_link([], [])
    ('空白', '无企业, 无项目')
    """
    done = [p for p in projects if p.get("stage") in _DONE]
    pipeline = [p for p in projects if p.get("stage") not in _DONE]
    leaders = sum(1 for e in enterprises if LEADER_ROLES & set(e.get("roles") or ()))
    leaders += sum(1 for p in done if (p.get("investment") or 0) >= large_project_yi)
    n = len(enterprises) + len(done)
    if leaders >= 1:
        return "优势", f"{leaders} 家链主/龙头"
    if n >= 3:
        return "优势", f"{n} 家企业或已投产项目"
    if pipeline:
        return "潜力", f"{len(pipeline)} 个在建/签约/谋划项目"
    if n >= 1:
        return "薄弱", f"{n} 家企业或已投产项目, 无链主/龙头"
    return "空白", "无企业, 无项目"


def reference_chain(store, chain_id):
    """The id of the library chain `chain_id` MATCHES, itself if it is one, else None."""
    props = store.node(chain_id)["props"]
    if props.get("reference"):
        return chain_id
    for e in store.edges_of(chain_id, "out", [Rel.MATCHES]):
        return e["dst"]
    return None


def _feeds(store, chain_id, link_ids):
    name = store.node(chain_id)["name"]
    out = []
    for lid in link_ids:
        for e in store.edges_of(lid, "out", [Rel.FEEDS]):
            if e["dst"] in link_ids and name in (e["props"].get("chains") or ()):
                out.append((lid, e["dst"]))
    return out


def chain_graph(store, chain_id, *, library=True):
    """The chain's links and edges as a DiGraph (with its reference chain when `library`).

    Nodes carry ``name``, ``step`` (as the plan writes it), ``segment``,
    ``position``, ``in_plan`` and ``gbt``; positions are recomputed as the
    longest path from the sources so plan steps and library links interleave.
    """
    g = nx.DiGraph()
    chains = [chain_id]
    ref = reference_chain(store, chain_id) if library else None
    if ref and ref != chain_id:
        chains.insert(0, ref)  # the library's segments win over a plan's guess from step order
    for cid in chains:
        rows = chain_links(store, cid)
        for lid, name, p in rows:
            node = store.node(lid)
            if lid not in g:
                g.add_node(lid, name=name, step=p.get("step") or name, segment=p.get("segment", ""),
                           in_plan=False, gbt=node["props"].get("gbt", ""))
            if cid == chain_id and not store.node(cid)["props"].get("reference"):
                g.nodes[lid]["in_plan"] = True
                g.nodes[lid]["step"] = p.get("step") or g.nodes[lid]["step"]
                if p.get("segment") and not g.nodes[lid]["segment"]:
                    g.nodes[lid]["segment"] = p["segment"]
        g.add_edges_from(_feeds(store, cid, {r[0] for r in rows}))
    # a plan's order may contradict the library's; keep the graph acyclic by dropping plan edges that close a cycle
    while not nx.is_directed_acyclic_graph(g):
        cycle = nx.find_cycle(g)
        g.remove_edge(*cycle[-1][:2])
    for lid in nx.topological_sort(g):
        preds = list(g.predecessors(lid))
        g.nodes[lid]["position"] = 1 + max(g.nodes[p]["position"] for p in preds) if preds else 0
    return g


@in_snapshot
def analyse_chain(store, chain, scope, *, library=True, large_project_yi=LARGE_PROJECT_YI):
    """Rate every link of `chain` inside `scope` and classify its gaps.

    Parameters
    ----------
    store : Store
    chain : str
        A chain's id, name, part of its name, or a link only one chain has.
    scope : str
        A region or park (its sub-regions and parks are included).
    library : bool, default True
        Include the links of the reference chain the plan's chain matches.
    large_project_yi : float
        See :func:`rate_link`.

    Returns
    -------
    ChainAnalysis
    """
    chain_id = chain if store.has_node(chain) else resolve_chain(store, chain)
    scope_id = scope if store.has_node(scope) else resolve_scope(store, scope)
    if not chain_id.startswith(Kind.CHAIN.value + ":"):
        raise NotFoundError(f"{chain!r} is not a chain")
    places = scope_places(store, scope_id)
    g = chain_graph(store, chain_id, library=library)
    rows = {}
    for lid, data in g.nodes(data=True):
        st = link_status(store, lid, data["name"], places, position=data["position"], segment=data["segment"])
        ents = []
        for eid in st.enterprise_ids:
            node = store.node(eid)
            roles = set(node["props"].get("roles") or ())
            for e in store.edges_of(eid, "out", [Rel.OPERATES]):
                roles.update(e["props"].get("roles") or ())
            ents.append({"id": eid, "name": node["name"], "roles": sorted(roles)})
        rating, reason = rate_link(ents, st.projects, large_project_yi=large_project_yi)
        rows[lid] = LinkAnalysis(
            lid, data["name"], data["step"], data["segment"], data["position"], st.status, rating, reason,
            wanted=st.wanted, in_plan=data["in_plan"], gbt=data.get("gbt") or "",
            inputs=[g.nodes[p]["name"] for p in g.predecessors(lid)],
            outputs=[g.nodes[s]["name"] for s in g.successors(lid)],
            enterprises=ents, projects=st.projects, evidence=st.evidence)
    present = {lid for lid, r in rows.items() if r.rating != "空白"}
    for lid, r in rows.items():
        if r.rating == "薄弱":
            r.gap_kind = "强链"
        elif r.rating == "空白":
            up = nx.ancestors(g, lid) & present
            down = nx.descendants(g, lid) & present
            r.gap_kind = "断点" if up and down else "延链" if up else "补链"
        if r.gap_kind:
            r.priority = _BASE_PRIORITY[r.gap_kind] - (1 if r.wanted else 0)
            r.priority = max(1, r.priority)
    links = sorted(rows.values(), key=lambda r: (r.position, r.segment == "配套", r.name))
    ref = reference_chain(store, chain_id) if library else None
    return ChainAnalysis(chain_id, store.node(chain_id)["name"], scope_id, store.node(scope_id)["name"],
                         store.node(ref)["name"] if ref else None, links, g)



@in_snapshot
def chains_in_scope(store, scope):
    """Ids of the chains that concern `scope`, plan chains first.

    A chain concerns a scope when a document about the scope (or a place in
    it) writes it, or when an enterprise or project in the scope sits at one
    of its links.  A library chain that a listed plan chain already matches
    is left out (the plan chain's analysis covers it).
    """
    scope_id = scope if store.has_node(scope) else resolve_scope(store, scope)
    places = scope_places(store, scope_id)
    names = {store.node(p)["name"] for p in places}
    plan = []
    for d in store.documents():
        sc = d["scope"] or {}
        if sc.get("region") in names or sc.get("park") in names:
            for (cid,) in store.read("SELECT DISTINCT node_id FROM assertions WHERE doc_id=? AND node_id LIKE ?",
                                     (d["id"], Kind.CHAIN.value + ":%")):
                if cid not in plan and not store.node(cid)["props"].get("reference"):
                    plan.append(cid)
    marks = ",".join("?" * len(places))
    present = [cid for (cid,) in store.read(
        "SELECT DISTINCT h.src FROM edges h JOIN edges o ON o.dst=h.dst AND o.rel IN (?, ?) "
        f"JOIN edges l ON l.src=o.src AND l.rel=? WHERE h.rel=? AND l.dst IN ({marks}) ORDER BY h.src",
        (Rel.OPERATES.value, Rel.BUILDS.value, Rel.LOCATED_IN.value, Rel.HAS_LINK.value, *places))]
    covered = {reference_chain(store, c) for c in plan}
    out = list(plan)
    for cid in present:
        if cid in out or cid in covered:
            continue
        ref = reference_chain(store, cid)
        if ref and ref != cid and (ref in covered or ref in out):
            continue
        out.append(cid)
    return out
