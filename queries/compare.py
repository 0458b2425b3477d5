"""Compare regions on one chain, find who complements whom, and read plan targets.

:func:`compare_regions` rates the same chain in several regions or parks and
gives the regions × links matrix of ratings, each region's completeness (the
share of links that are not 空白) and, for a focal scope,
:meth:`RegionComparison.complementarity`: which of the other regions has
something at each of the focal scope's gaps.

:func:`plan_targets` lists the figures plans set for industries (产值、营收…)
by year, telling expected (预计) from goal (力争/目标) and actual values, each
with the document it comes from.

Examples
--------
>>> from chainatlas.graph import Store, ingest_extraction
>>> from chainatlas.loaders import extract_text
>>> st = Store(":memory:")
>>> _ = ingest_extraction(st, extract_text("甘州区形成“工业硅—多晶硅”的产业链。", doc_id="a"), {"id": "a"})
>>> c = compare_regions(st, "工业硅—多晶硅", ["甘州区"], library=False)
>>> c.matrix()
{'甘州区': {'工业硅': '空白', '多晶硅': '空白'}}
"""

from dataclasses import dataclass, field

from chainatlas.graph.store import in_snapshot
from chainatlas.ontology.vocab import Kind, Rel
from chainatlas.queries.analysis import analyse_chain
from chainatlas.queries.resolve import resolve_chain, resolve_scope

__all__ = ["RegionComparison", "compare_regions", "sub_regions", "sibling_regions", "plan_targets",
           "plan_targets_frame"]


@dataclass
class RegionComparison:
    """One chain rated in several scopes."""

    chain: str
    links: list
    analyses: dict = field(default_factory=dict)  # scope name -> ChainAnalysis

    def matrix(self):
        """``{scope: {link: rating}}``."""
        return {s: {r.name: r.rating for r in a.links} for s, a in self.analyses.items()}

    def completeness(self):
        """``{scope: share of links not 空白}``."""
        return {s: round(a.completeness, 3) for s, a in self.analyses.items()}

    def complementarity(self, scope):
        """For each gap of `scope`: the other scopes that have something at that link.

        Returns
        -------
        list of dict
            ``{"link", "gap_kind", "priority", "covered_by": [(scope, rating), …]}``,
            most urgent gap first; ``covered_by`` is strongest first.
        """
        mine = self.analyses[scope]
        order = {"优势": 0, "潜力": 1, "薄弱": 2}
        out = []
        for r in mine.gaps:
            cover = []
            for other, a in self.analyses.items():
                if other == scope:
                    continue
                theirs = next((x for x in a.links if x.link_id == r.link_id), None)
                if theirs is not None and theirs.rating != "空白" and theirs.rating != r.rating:
                    cover.append((other, theirs.rating))
            cover.sort(key=lambda t: (order[t[1]], t[0]))
            out.append({"link": r.name, "gap_kind": r.gap_kind, "priority": r.priority, "covered_by": cover})
        return out

    def to_frame(self):
        """The matrix as a DataFrame: scopes as rows, links as columns, plus a completeness column."""
        import pandas as pd

        df = pd.DataFrame.from_dict(self.matrix(), orient="index")
        df = df.reindex(columns=self.links)
        df["完整度"] = pd.Series(self.completeness())
        return df

    def as_dict(self):
        return {"chain": self.chain, "links": self.links, "matrix": self.matrix(),
                "completeness": self.completeness()}


def sub_regions(store, region):
    """Ids of the regions directly PART_OF `region` (a name or id), by name."""
    rid = region if store.has_node(region) else resolve_scope(store, region)
    return sorted((e["src"] for e in store.edges_of(rid, "in", [Rel.PART_OF])
                   if e["src"].startswith(Kind.REGION.value + ":")), key=lambda i: store.node(i)["name"])


def sibling_regions(store, scope):
    """The scope's siblings: regions PART_OF the same parent region (the scope excluded)."""
    sid = scope if store.has_node(scope) else resolve_scope(store, scope)
    out = []
    for e in store.edges_of(sid, "out", [Rel.PART_OF, Rel.LOCATED_IN]):
        if e["dst"].startswith(Kind.REGION.value + ":"):
            out.extend(r for r in sub_regions(store, e["dst"]) if r != sid and r not in out)
    return out


@in_snapshot
def compare_regions(store, chain, scopes, *, library=True):
    """Rate `chain` in every scope of `scopes` (names or ids of regions or parks).

    Returns
    -------
    RegionComparison
    """
    chain_id = chain if store.has_node(chain) else resolve_chain(store, chain)
    analyses = {}
    links = []
    for s in scopes:
        a = analyse_chain(store, chain_id, s, library=library)
        analyses[a.scope] = a
        for r in a.links:
            if r.name not in links:
                links.append(r.name)
    return RegionComparison(store.node(chain_id)["name"], links, analyses)


def plan_targets(store, *, scope=None, industry=None):
    """The plan figures (Target nodes) as rows, by industry then year.

    Parameters
    ----------
    scope : str, optional
        Only targets for this region or park (or anything inside it).
    industry : str, optional
        Only targets whose industry name contains this.

    Returns
    -------
    list of dict
        ``industry, metric, year, value, unit, kind`` (actual / expected /
        goal), ``place`` and ``sources`` (document and sentence).
    """
    from chainatlas.queries.gaps import scope_places

    places = None
    if scope:
        sid = scope if store.has_node(scope) else resolve_scope(store, scope)
        places = scope_places(store, sid)
    rows = []
    for n in store.nodes(Kind.TARGET):
        p = n["props"]
        ind = p.get("industry") or ""
        if industry and industry not in ind:
            continue
        where = [e["dst"] for e in store.edges_of(n["id"], "out", [Rel.TARGET_IN])]
        if places is not None and not any(w in places for w in where):
            continue
        ev = store.evidence(node_id=n["id"])
        rows.append({
            "industry": ind, "metric": p.get("metric"), "year": p.get("year"), "value": p.get("value"),
            "unit": p.get("unit"), "kind": p.get("target_kind"),
            "place": store.node(where[0])["name"] if where else None,
            "sources": [{"document": e["doc_title"] or e["doc_id"], "sentence": e["sentence"]} for e in ev],
        })
    rows.sort(key=lambda r: (r["industry"], r["metric"] or "", str(r["year"]), r["kind"] or ""))
    return rows


def plan_targets_frame(store, **kwargs):
    """:func:`plan_targets` as a DataFrame pivoted to (industry, metric, kind) × year."""
    import pandas as pd

    rows = plan_targets(store, **kwargs)
    if not rows:
        return pd.DataFrame()
    df = pd.DataFrame(rows)
    return df.pivot_table(index=["industry", "metric", "unit", "kind"], columns="year", values="value",
                          aggfunc="first")
