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


def _investment(store, enterprise_id):
    total = 0.0
    for e in store.edges_of(enterprise_id, "in", [Rel.UNDERTAKEN_BY]):
        total += store.node(e["src"])["props"].get("investment") or 0.0
    return total


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
    out = []
    for ent, ops in found.items():
        locs = [e["dst"] for e in store.edges_of(ent, "out", [Rel.LOCATED_IN])]
        if any(p in places for p in locs):
            continue
        node = store.node(ent)
        score = 0.0
        reasons = []
        exact = any(dst == row.link_id for _, dst in ops)
        products = sorted({store.node(dst)["name"] for _, dst in ops})
        if exact:
            score += 3
            reasons.append(f"经营该环节({row.name})")
        else:
            score += 2
            reasons.append(f"经营相近产品({'、'.join(products)})")
        other = {e["dst"] for e in store.edges_of(ent, "out", [Rel.OPERATES])}
        near = sorted((other & set(adjacent)) - matches - {row.link_id})
        if near:
            score += min(2, len(near))
            for lid in near[:2]:
                reasons.append(f"同时经营{a.graph.nodes[lid]['name']}, 与本地已有的{'、'.join(adjacent[lid])}相邻")
        code = enterprise_region(store, ent, cache)
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
        for e in store.edges_of(ent, "out", [Rel.OPERATES]):
            roles.update(e["props"].get("roles") or ())
        best = max(roles, key=lambda r: ROLE_POINTS.get(r, 0), default=None)
        if best and ROLE_POINTS.get(best):
            score += ROLE_POINTS[best]
            reasons.append(f"{best}企业")
        inv = _investment(store, ent)
        if inv >= 10:
            score += 1
            reasons.append(f"项目总投资{inv:g}亿元")
        elif inv >= 1:
            score += 0.5
            reasons.append(f"项目总投资{inv:g}亿元")
        evs = store.edge_evidence_many([eid for eid, _ in ops])
        conf = max((e["confidence"] for v in evs.values() for e in v), default=0.5)
        if conf < 1:
            reasons.append(f"证据置信度{conf:.2f}")
        evidence = [{"document": e["doc_title"] or e["doc_id"], "sentence": e["sentence"],
                     "confidence": e["confidence"]} for v in evs.values() for e in v][:3]
        out.append(Candidate(ent, node["name"], row.name, round(score * conf, 2), reasons, region_name,
                             sorted(roles), products, evidence))
    out.sort(key=lambda c: (-c.score, c.name))
    return out[:limit] if limit else out


def _name(idx, code):
    r = idx.by_code.get(code)
    return r.name if r else code


def targets_for_gaps(store, chain, scope, *, limit=5, analysis=None):
    """``[(LinkAnalysis, [Candidate, …]), …]`` for every gap of the chain in the scope, most urgent first."""
    a = analysis or analyse_chain(store, chain, scope)
    return [(r, rank_targets(store, a.chain_id, a.scope_id, r.name, limit=limit, analysis=a)) for r in a.gaps]
