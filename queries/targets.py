"""Ranked attraction targets: enterprises elsewhere that could fill a gap.

For a gap link of a chain in a scope, the candidates are the enterprises
*outside* the scope that operate the link (or a product that counts for it:
the same matching as :func:`~chainatlas.queries.gaps.gap_report`).  Each gets
a score, the sum of

=====================================  ======  ==========================================
component                              points  reason shown
=====================================  ======  ==========================================
operates exactly the link              3       经营该环节
operates a product that counts for it  2       经营相近产品 (高纯多晶硅 for 多晶硅)
also operates a link adjacent to one   1 each  同时经营…, 与本地已有的…相邻
the scope already has                  (≤ 2)
same prefecture-level city             2       同市
same province                          1.5     同省
neighbouring province                  1       邻省 (land border; table in the ontology data)
role: 链主 / 龙头 / 小巨人 or 专精特新  2 / 1.5 / 1 / 0.5 (the highest one)
/ 规上
size: its projects' total investment   1 / 0.5
≥ 10 亿元 / ≥ 1 亿元
=====================================  ======  ==========================================

multiplied by the evidence confidence of its strongest ``OPERATES`` fact
(0-1), so a firm read with certainty from a list outranks one guessed from a
sentence.  Ties are broken by name.  Every candidate carries its reasons in
words.

Examples
--------
>>> from chainatlas.graph import Store
>>> from chainatlas.ontology.mapping import NodeRecord as N, EdgeRecord as E
>>> from chainatlas.ontology.vocab import Kind, Rel
>>> st = Store(":memory:")
>>> ev = [{"start": 0, "end": 0, "sentence": "名录", "confidence": 1.0}]
>>> nodes = [N(Kind.CHAIN, "硅链", {}, ev), N(Kind.LINK, "工业硅", {}, ev), N(Kind.LINK, "多晶硅", {}, ev),
...          N(Kind.REGION, "甘州区", {"adcode": "620702"}, ev), N(Kind.REGION, "西宁市", {"adcode": "630100"}, ev),
...          N(Kind.ENTERPRISE, "甲硅业", {}, ev), N(Kind.ENTERPRISE, "乙晶硅", {"roles": ["链主"]}, ev)]
>>> edges = [E("Chain:硅链", Rel.HAS_LINK, "Link:工业硅", {"position": 0}, ev),
...          E("Chain:硅链", Rel.HAS_LINK, "Link:多晶硅", {"position": 1}, ev),
...          E("Link:工业硅", Rel.FEEDS, "Link:多晶硅", {"chains": ["硅链"]}, ev),
...          E("Enterprise:甲硅业", Rel.OPERATES, "Link:工业硅", {}, ev),
...          E("Enterprise:甲硅业", Rel.LOCATED_IN, "Region:甘州区", {}, ev),
...          E("Enterprise:乙晶硅", Rel.OPERATES, "Link:多晶硅", {}, ev),
...          E("Enterprise:乙晶硅", Rel.LOCATED_IN, "Region:西宁市", {}, ev)]
>>> _ = st.ingest({"id": "d"}, nodes, edges)
>>> [(c.name, c.score) for c in rank_targets(st, "硅链", "甘州区", "多晶硅")]
[('乙晶硅', 6.0)]
>>> rank_targets(st, "硅链", "甘州区", "多晶硅")[0].reasons
['经营该环节(多晶硅)', '邻省(青海省)', '链主企业']
"""

import functools
import importlib.resources
from dataclasses import dataclass, field

from chainatlas.exceptions import NotFoundError
from chainatlas.graph.store import in_snapshot
from chainatlas.ontology.names import normalise_name
from chainatlas.ontology.regions import region_index
from chainatlas.ontology.vocab import Kind, Rel
from chainatlas.queries.analysis import analyse_chain
from chainatlas.queries.gaps import _matching_links, scope_places

__all__ = ["Candidate", "rank_targets", "targets_for_gaps", "enterprise_region", "neighbouring_provinces",
           "ROLE_POINTS"]

ROLE_POINTS = {"链主": 2.0, "龙头": 1.5, "小巨人": 1.0, "专精特新": 1.0, "规上": 0.5, "骨干": 0.5}


@dataclass
class Candidate:
    """One enterprise that could fill a gap, with its score and reasons."""

    enterprise_id: str
    name: str
    link: str
    score: float
    reasons: list = field(default_factory=list)
    region: str | None = None
    roles: list = field(default_factory=list)
    products: list = field(default_factory=list)
    evidence: list = field(default_factory=list)

    def as_dict(self):
        return {"enterprise": self.name, "link": self.link, "score": self.score, "reasons": self.reasons,
                "region": self.region, "roles": self.roles, "products": self.products,
                "evidence": self.evidence}


@functools.lru_cache(maxsize=1)
def neighbouring_provinces():
    """``{two-digit province code: set of neighbouring province codes}``."""
    out = {}
    text = importlib.resources.files("chainatlas.ontology").joinpath("data/province_neighbours.tsv")
    for line in text.read_text("utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        a, b = line.split("\t")[:2]
        out.setdefault(a, set()).add(b)
        out.setdefault(b, set()).add(a)
    return out


def _region_of_place(store, place_id, cache):
    """The adcode of the most specific region a region or park lies in (None if unknown)."""
    if place_id in cache:
        return cache[place_id]
    cache[place_id] = None  # guards against PART_OF cycles
    node = store.node(place_id)
    code = None
    if node["kind"] == Kind.REGION.value:
        code = node["props"].get("adcode")
    else:
        for e in store.edges_of(place_id, "out", [Rel.LOCATED_IN, Rel.PART_OF]):
            code = _region_of_place(store, e["dst"], cache)
            if code:
                break
    cache[place_id] = code
    return code


def enterprise_region(store, enterprise_id, cache=None):
    """The adcode of the region an enterprise is located in, or None."""
    cache = {} if cache is None else cache
    for e in store.edges_of(enterprise_id, "out", [Rel.LOCATED_IN]):
        code = _region_of_place(store, e["dst"], cache)
        if code:
            return code
    return None


def _scope_code(store, scope_id, cache):
    return _region_of_place(store, scope_id, cache)


def _province(code):
    return code[:2] if code else None


def _city(code):
    return code[:4] if code else None


class _Read:
    """``node`` and ``edges_of`` answered from a few batched reads (:meth:`Store.nodes_many`,
    :meth:`Store.edges_of_many`), so that the per-place and per-firm logic runs unchanged on them.

    What was not read ahead is asked of the store, so the answers are always the store's.
    """

    def __init__(self, store):
        self.store = store
        self.nodes = {}
        self.edges = {}  # (id, direction, rels) -> [edge, …]

    def read_nodes(self, nids):
        self.nodes.update(self.store.nodes_many(set(nids) - self.nodes.keys()))

    def read_edges(self, nids, direction, rels):
        rels = tuple(rels)
        nids = [n for n in dict.fromkeys(nids) if (n, direction, rels) not in self.edges]
        got = self.store.edges_of_many(nids, direction, rels)
        for n in nids:
            self.edges[n, direction, rels] = got.get(n, [])
        return got

    def read_places(self, place_ids):
        """The places and, up from each one that is not a region, what it lies in, level by level."""
        rels = (Rel.LOCATED_IN, Rel.PART_OF)
        seen = set()
        todo = set(place_ids)
        while todo:
            seen |= todo
            self.read_nodes(todo)
            up = [p for p in sorted(todo) if p in self.nodes and self.nodes[p]["kind"] != Kind.REGION.value]
            got = self.read_edges(up, "out", rels)
            todo = {e["dst"] for es in got.values() for e in es} - seen

    def node(self, nid):
        got = self.nodes.get(nid)
        return got if got is not None else self.store.node(nid)

    def edges_of(self, nid, direction="out", rels=None):
        got = self.edges.get((nid, direction, tuple(rels or ())))
        return got if got is not None else self.store.edges_of(nid, direction, rels)


@in_snapshot
def rank_targets(store, chain, scope, link, *, limit=None, analysis=None):
    """Rank the enterprises outside `scope` that could fill `link` of `chain`.

    Parameters
    ----------
    store : Store
    chain, scope : str
        As for :func:`~chainatlas.queries.analysis.analyse_chain`.
    link : str
        The gap link's name (canonical or as the plan writes it).
    limit : int, optional
        Keep the best `limit` candidates.
    analysis : ChainAnalysis, optional
        A ready analysis of `chain` in `scope` (saves recomputing it).

    Returns
    -------
    list of Candidate
        Best first.
    """
    a = analysis or analyse_chain(store, chain, scope)
    key = normalise_name(link)
    row = next((r for r in a.links if normalise_name(r.name) == key or normalise_name(r.step) == key), None)
    if row is None:
        raise NotFoundError(f"{link!r} is not a link of {a.chain}; its links: "
                            + ", ".join(r.name for r in a.links))
    places = scope_places(store, a.scope_id)
    cache = {}
    scope_code = _scope_code(store, a.scope_id, cache)
    idx = region_index()
    neighbours = neighbouring_provinces().get(_province(scope_code), set())
    present = {r.link_id for r in a.links if r.rating != "空白"}
    adjacent = {}
    for lid in a.graph.nodes:
        if lid in present:
            continue
        near = [p for p in list(a.graph.predecessors(lid)) + list(a.graph.successors(lid)) if p in present]
        if near:
            adjacent[lid] = [a.graph.nodes[p]["name"] for p in near]
    matches = _matching_links(store, row.name) | _matching_links(store, row.step)
    marks = ",".join("?" * len(matches))
    found = {}
    for eid, src, dst in store.read(
            f"SELECT id, src, dst FROM edges WHERE rel=? AND dst IN ({marks})", (Rel.OPERATES.value, *matches)):
        found.setdefault(src, []).append((eid, dst))
    # every fact of every candidate in a few set-based reads (not a few queries per candidate)
    r = _Read(store)
    r.read_edges(found, "out", [Rel.LOCATED_IN])
    ents = [ent for ent in found if not any(e["dst"] in places for e in r.edges_of(ent, "out", [Rel.LOCATED_IN]))]
    r.read_edges(ents, "out", [Rel.OPERATES])
    r.read_edges(ents, "in", [Rel.UNDERTAKEN_BY])
    r.read_nodes([*ents, *(dst for ent in ents for _, dst in found[ent]),
                  *(e["src"] for ent in ents for e in r.edges_of(ent, "in", [Rel.UNDERTAKEN_BY]))])
    r.read_places(e["dst"] for ent in ents for e in r.edges_of(ent, "out", [Rel.LOCATED_IN]))
    all_evs = store.edge_evidence_many([eid for ent in ents for eid, _ in found[ent]])
    ev_order = {eid: i for i, eid in enumerate(all_evs)}
    out = []
    for ent in ents:
        ops = found[ent]
        node = r.node(ent)
        score = 0.0
        reasons = []
        exact = any(dst == row.link_id for _, dst in ops)
        products = sorted({r.node(dst)["name"] for _, dst in ops})
        if exact:
            score += 3
            reasons.append(f"经营该环节({row.name})")
        else:
            score += 2
            reasons.append(f"经营相近产品({'、'.join(products)})")
        operates = r.edges_of(ent, "out", [Rel.OPERATES])
        other = {e["dst"] for e in operates}
        near = sorted((other & set(adjacent)) - matches - {row.link_id})
        if near:
            score += min(2, len(near))
            for lid in near[:2]:
                reasons.append(f"同时经营{a.graph.nodes[lid]['name']}, 与本地已有的{'、'.join(adjacent[lid])}相邻")
        code = enterprise_region(r, ent, cache)
        region_name = idx.by_code[code].name if code in idx.by_code else None
        if code and scope_code and _city(code) == _city(scope_code) and code[2:4] != "00":
            score += 2
            reasons.append(f"同市({_name(idx, _city(code) + '00')})")
        elif code and scope_code and _province(code) == _province(scope_code):
            score += 1.5
            reasons.append(f"同省({_name(idx, _province(code) + '0000')})")
        elif code and _province(code) in neighbours:
            score += 1
            reasons.append(f"邻省({_name(idx, _province(code) + '0000')})")
        roles = set(node["props"].get("roles") or ())
        for e in operates:
            roles.update(e["props"].get("roles") or ())
        best = max(roles, key=lambda x: ROLE_POINTS.get(x, 0), default=None)
        if best and ROLE_POINTS.get(best):
            score += ROLE_POINTS[best]
            reasons.append(f"{best}企业")
        inv = 0.0
        for e in r.edges_of(ent, "in", [Rel.UNDERTAKEN_BY]):
            inv += r.node(e["src"])["props"].get("investment") or 0.0
        if inv >= 10:
            score += 1
            reasons.append(f"项目总投资{inv:g}亿元")
        elif inv >= 1:
            score += 0.5
            reasons.append(f"项目总投资{inv:g}亿元")
        # the candidate's evidence in the order edge_evidence_many gives it for its edges alone
        evs = [all_evs[eid] for eid in sorted((eid for eid, _ in ops if eid in all_evs), key=ev_order.get)]
        conf = max((e["confidence"] for v in evs for e in v), default=0.5)
        if conf < 1:
            reasons.append(f"证据置信度{conf:.2f}")
        evidence = [{"document": e["doc_title"] or e["doc_id"], "sentence": e["sentence"],
                     "confidence": e["confidence"]} for v in evs for e in v][:3]
        out.append(Candidate(ent, node["name"], row.name, round(score * conf, 2), reasons, region_name,
                             sorted(roles), products, evidence))
    out.sort(key=lambda c: (-c.score, c.name))
    return out[:limit] if limit else out


def _name(idx, code):
    r = idx.by_code.get(code)
    return r.name if r else code


@in_snapshot
def targets_for_gaps(store, chain, scope, *, limit=5, analysis=None):
    """``[(LinkAnalysis, [Candidate, …]), …]`` for every gap of the chain in the scope, most urgent first."""
    a = analysis or analyse_chain(store, chain, scope)
    return [(r, rank_targets(store, a.chain_id, a.scope_id, r.name, limit=limit, analysis=a)) for r in a.gaps]
