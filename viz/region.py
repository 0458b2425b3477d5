"""The region view: every chain of a region or park, with its completeness and gaps.

One row a chain of :func:`~chainatlas.queries.analysis.chains_in_scope`:
its completeness as a bar split by rating (优势/潜力/薄弱/空白), a strip of
its links upstream to downstream coloured by rating (断点 outlined in red),
the number of links per rating, the most urgent gaps, and a link to the
chain's map when there is one.

Like the chain map, the page carries its data as JSON and builds its rows
with ``textContent``; it needs nothing from the network.

Examples
--------
>>> from chainatlas.graph import Store, ingest_extraction
>>> from chainatlas.loaders import extract_text
>>> st = Store(":memory:")
>>> x = extract_text("甘州区形成“工业硅—多晶硅—拉晶切片”的产业链。全力招引多晶硅等企业。", doc_id="p")
>>> _ = ingest_extraction(st, x, {"id": "p", "scope": x.scope})
>>> d = region_data(st, "甘州区", library=False)
>>> d["title"], [(c["name"], c["completeness"], c["gaps"][0]["name"]) for c in d["chains"]]
('甘州区', [('工业硅—多晶硅—拉晶切片', 0.0, '多晶硅')])
>>> "<script src" in region_html(st, "甘州区", library=False)
False
"""

from chainatlas.ontology.vocab import Kind, Rel
from chainatlas.queries.analysis import RATINGS, analyse_chain, chains_in_scope
from chainatlas.queries.resolve import resolve_scope
from chainatlas.viz.chainmap import BREAK_BORDER, RATING_COLORS, percent, render_page

__all__ = ["region_data", "region_html", "write_region_page", "scope_parents", "KIND_ZH"]

KIND_ZH = {Kind.REGION.value: "地区", Kind.PARK.value: "园区"}
#: gaps listed per chain on the page
TOP_GAPS = 3


def scope_parents(store, scope_id):
    """Names of the regions and parks `scope_id` is directly PART_OF or LOCATED_IN, sorted."""
    return sorted({store.node(e["dst"])["name"] for e in store.edges_of(scope_id, "out", [Rel.PART_OF, Rel.LOCATED_IN])
                   if e["dst"].split(":", 1)[0] in KIND_ZH})


def _chain_row(a, href):
    return {
        "id": a.chain_id, "name": a.chain, "reference": a.reference if a.reference != a.chain else None,
        "href": href, "completeness": round(a.completeness, 3), "percent": percent(a.completeness),
        "counts": a.counts(), "links": len(a.links),
        "strip": [[r.name, r.rating, r.gap_kind or ""] for r in a.links],
        "gaps": [{"name": r.name, "gap_kind": r.gap_kind, "priority": r.priority, "wanted": r.wanted}
                 for r in a.gaps[:TOP_GAPS]],
        "n_gaps": len(a.gaps),
        "enterprises": len({e["id"] for r in a.links for e in r.enterprises}),
        "projects": len({p["id"] for r in a.links for p in r.projects}),
    }


def region_data(store, scope, *, analyses=None, href=None, nav=(), notes=(), library=True):
    """The region page's data.

    Parameters
    ----------
    store : Store
    scope : str
        A region or park (name or id).
    analyses : dict, optional
        ``{chain id: ChainAnalysis}`` already made for this scope; the others are made here.
    href : callable, optional
        ``href(chain id)`` gives the relative path of the chain's map, or None when it has none.
    nav : sequence of dict
        ``{"label", "href"}`` links for the header.
    notes : sequence of str
        Remarks shown above the table.
    library : bool, default True
        As for :func:`~chainatlas.queries.analysis.analyse_chain`.
    """
    scope_id = scope if store.has_node(scope) else resolve_scope(store, scope)
    node = store.node(scope_id)
    analyses = dict(analyses or {})
    rows = []
    for cid in chains_in_scope(store, scope_id):
        a = analyses.get(cid) or analyse_chain(store, cid, scope_id, library=library)
        rows.append(_chain_row(a, href(cid) if href else None))
    kind = KIND_ZH.get(node["kind"], node["kind"])
    parents = scope_parents(store, scope_id)
    summary = f"{kind}" + (f" · 属于 {'、'.join(parents)}" if parents else "") + f" · {len(rows)} 条产业链"
    if rows:
        summary += f" · 平均完整度 {percent(sum(r['completeness'] for r in rows) / len(rows))}"
    return {"title": node["name"], "scope": {"id": scope_id, "name": node["name"], "kind": kind, "parents": parents},
            "summary": summary, "nav": list(nav), "notes": list(notes), "chains": rows,
            "ratings": list(RATINGS), "colors": RATING_COLORS, "break_border": BREAK_BORDER,
            "legend": [{"key": k, "label": k, "color": RATING_COLORS[k]} for k in RATINGS]
            + [{"key": "断点", "label": "断点", "color": "#ffffff", "border": BREAK_BORDER, "width": 2}]}


def region_html(store, scope, *, assets=None, **options):
    """The region page of `scope` as HTML (self-contained unless `assets` names a relative folder).

    `options` are those of :func:`region_data`.
    """
    return render_page("region", region_data(store, scope, **options), scripts=("common.js", "region.js"),
                       assets=assets)


def write_region_page(store, scope, path, **options):
    """Write the region page of `scope` to `path`; returns `path`."""
    html = region_html(store, scope, **options)
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write(html)
    return path
