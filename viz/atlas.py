"""The atlas: a static, fully offline site of regions, parks and chain maps.

:func:`write_atlas` writes into one folder::

    index.html            regions, parks and chains, and a search box
    regions/<id>.html     one page per region or park that has chains (see chainatlas.viz.region)
    maps/<id>.html        one chain map per (chain, scope) pair (see chainatlas.viz.chainmap)
    assets/               vis-network (from the pyvis package) and the pages' own scripts and style

Pages refer to the assets by relative paths and read their data from JSON
inlined in the page (browsers refuse ``fetch`` of local files), so the folder
can be copied to a shared drive and opened by double-clicking
``index.html``.  Nothing is loaded from the network.  File names are short
hashes of the store ids (ASCII, the same on every run); the output depends
only on the store, so two builds of one store are byte-identical.

The search box looks through names and aliases of chains (and the reference
chains they match), links, regions, parks, enterprises and projects, and
links each hit to the maps and region pages it appears on.

The atlas is bounded: at most `max_maps` maps, handed out round-robin over
the scopes (every scope's first chain, then every scope's second, ...); the
index and the region pages say which maps were left out.

Examples
--------
>>> import os, tempfile
>>> from chainatlas.graph import Store, ingest_extraction
>>> from chainatlas.loaders import extract_text
>>> st = Store(":memory:")
>>> x = extract_text("甘州区形成“工业硅—多晶硅—拉晶切片”的产业链。", doc_id="p")
>>> _ = ingest_extraction(st, x, {"id": "p", "scope": x.scope})
>>> out = write_atlas(st, os.path.join(tempfile.mkdtemp(), "atlas"), library=False)
>>> [st.node(s)["name"] for s in atlas_scopes(st)]   # the district and the regions it is part of
['甘肃省', '张掖市', '甘州区']
>>> len(out.maps), len(out.regions), out.left_out
(3, 3, [])
>>> sorted(os.listdir(out.directory))
['assets', 'index.html', 'maps', 'regions']
"""

import hashlib
import os
import unicodedata
from dataclasses import dataclass, field

from chainatlas.exceptions import InputError
from chainatlas.ontology.vocab import Kind, Rel
from chainatlas.queries.analysis import analyse_chain, chains_in_scope, reference_chain
from chainatlas.queries.resolve import resolve_scope
from chainatlas.viz.chainmap import chain_map_data, copy_assets, render_page
from chainatlas.viz.region import KIND_ZH, region_data, scope_parents

__all__ = ["Atlas", "write_atlas", "write_region_site", "atlas_scopes", "DEFAULT_MAX_MAPS"]

DEFAULT_MAX_MAPS = 500
#: maps and pages listed per search hit
MAX_TARGETS = 40
_MAP_SCRIPTS = ("vis-network.min.js", "common.js", "chainmap.js")
_MAP_STYLES = ("vis-network.css", "chainatlas.css")
_GENERATOR = '<meta name="generator" content="ChainAtlas">'


@dataclass
class Atlas:
    """What :func:`write_atlas` wrote (paths relative to `directory`)."""

    directory: str
    index: str
    regions: list = field(default_factory=list)
    maps: list = field(default_factory=list)
    left_out: list = field(default_factory=list)  # (chain name, scope name) of maps not written

    def as_dict(self):
        return {"directory": self.directory, "index": self.index, "regions": self.regions, "maps": self.maps,
                "left_out": [list(p) for p in self.left_out]}


def _slug(*ids):
    return "-".join(hashlib.sha1(i.encode("utf-8")).hexdigest()[:10] for i in ids)


def _depth(store, scope_id):
    seen, cur, depth = {scope_id}, scope_id, 0
    while True:
        up = [e["dst"] for e in store.edges_of(cur, "out", [Rel.PART_OF, Rel.LOCATED_IN])
              if e["dst"].split(":", 1)[0] in KIND_ZH and e["dst"] not in seen]
        if not up:
            return depth
        cur = sorted(up)[0]
        seen.add(cur)
        depth += 1


def _order(store, scope_ids):
    """Regions before parks, larger (higher) places first, then by name and id."""
    def key(sid):
        node = store.node(sid)
        return (node["kind"] != Kind.REGION.value, _depth(store, sid), node["name"], sid)

    return sorted(scope_ids, key=key)


def atlas_scopes(store):
    """Ids of every region and park with at least one chain, regions first and top-down."""
    out = [n["id"] for kind in (Kind.REGION, Kind.PARK) for n in store.nodes(kind) if chains_in_scope(store, n["id"])]
    return _order(store, out)


def _key(text):
    return "".join(unicodedata.normalize("NFKC", text).casefold().split())


def _prepare(directory, subs):
    """Make `directory` ready: new, empty, or an earlier atlas (whose pages are removed first)."""
    if os.path.exists(directory) and not os.path.isdir(directory):
        raise InputError("exists and is not a folder", source=directory)
    os.makedirs(directory, exist_ok=True)
    entries = [e for e in os.listdir(directory) if not e.startswith(".")]
    index = os.path.join(directory, "index.html")
    if entries:
        ours = False
        if os.path.isfile(index):
            with open(index, encoding="utf-8", errors="replace") as f:
                ours = _GENERATOR in f.read(4000)
        if not ours:
            raise InputError("the folder is not empty and holds no atlas; choose a new or empty folder",
                             source=directory)
    for sub in subs:
        path = os.path.join(directory, sub)
        os.makedirs(path, exist_ok=True)
        for name in os.listdir(path):
            if name.endswith(".html"):
                os.remove(os.path.join(path, name))


def _write(path, html):
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write(html)


class _Search:
    """The index's search entries, merged by (kind, id)."""

    ORDER = {"产业链": 0, "地区": 1, "园区": 2, "环节": 3, "企业": 4, "项目": 5}

    def __init__(self):
        self.entries = {}

    def add(self, kind, nid, name, keys=(), detail="", target=None):
        e = self.entries.setdefault((kind, nid), {"kind": kind, "name": name, "detail": detail, "keys": [],
                                                  "targets": [], "more": 0})
        for k in (name, *keys):
            k = _key(k or "")
            if k and k not in e["keys"]:
                e["keys"].append(k)
        if target and target not in e["targets"]:
            if len(e["targets"]) < MAX_TARGETS:
                e["targets"].append(target)
            else:
                e["more"] += 1

    def as_list(self):
        return sorted(self.entries.values(), key=lambda e: (self.ORDER[e["kind"]], e["name"]))


def _build(store, directory, scopes, *, max_maps, library, region_root):
    """Write maps, region pages and assets; returns (Atlas, scope rows, chain rows, search)."""
    plan = {sid: chains_in_scope(store, sid) for sid in scopes}
    chosen, left_out = set(), []
    rounds = max((len(c) for c in plan.values()), default=0)
    for i in range(rounds):
        for sid in scopes:
            if i < len(plan[sid]):
                if len(chosen) < max_maps:
                    chosen.add((plan[sid][i], sid))
                else:
                    left_out.append((plan[sid][i], sid))
    _prepare(directory, ("maps",) if region_root else ("maps", "regions"))
    copy_assets(os.path.join(directory, "assets"))
    atlas = Atlas(os.path.abspath(directory), "index.html")
    region_href = {sid: ("index.html" if region_root else f"regions/{_slug(sid)}.html") for sid in scopes}
    search = _Search()
    scope_rows, chain_rows = [], {}
    names = {sid: store.node(sid)["name"] for sid in scopes}
    for sid in scopes:
        analyses = {}
        href = {}
        for cid in plan[sid]:
            a = analyse_chain(store, cid, sid, library=library)
            analyses[cid] = a
            chain = chain_rows.setdefault(cid, {"name": a.chain, "reference": a.reference
                                                if a.reference != a.chain else None, "maps": []})
            ref = reference_chain(store, cid) if library else None
            ref_aliases = [a.reference, *store.aliases(ref)] if ref and ref != cid else []
            if (cid, sid) not in chosen:
                chain["maps"].append({"label": names[sid], "href": None})
                search.add("产业链", cid, a.chain, [*store.aliases(cid), *ref_aliases], "",
                           {"label": f"{names[sid]}（区域页）", "href": region_href[sid]})
                continue
            rel = f"maps/{_slug(sid, cid)}.html"
            href[cid] = "../" + rel
            nav = [{"label": "总览" if not region_root else names[sid], "href": "../index.html"}]
            if not region_root:
                nav.append({"label": names[sid], "href": "../" + region_href[sid]})
            data = chain_map_data(store, cid, sid, analysis=a, nav=nav)
            _write(os.path.join(directory, rel), render_page("chainmap", data, scripts=_MAP_SCRIPTS,
                                                             styles=_MAP_STYLES, assets="../assets"))
            atlas.maps.append(rel)
            chain["maps"].append({"label": names[sid], "href": rel})
            target = {"label": f"{a.chain} · {names[sid]}", "href": rel}
            search.add("产业链", cid, a.chain, [*store.aliases(cid), *ref_aliases], "",
                       {"label": names[sid], "href": rel})
            for r in a.links:
                search.add("环节", r.link_id, r.name, [r.step, *store.aliases(r.link_id)], r.segment, target)
                for e in r.enterprises:
                    search.add("企业", e["id"], e["name"], store.aliases(e["id"]), "", target)
                for p in r.projects:
                    search.add("项目", p["id"], p["name"], store.aliases(p["id"]), p.get("stage") or "", target)
        missing = [store.node(c)["name"] for c in plan[sid] if (c, sid) not in chosen]
        notes = [f"{len(missing)} 条产业链的地图未生成（超出地图上限 {max_maps}）：{'、'.join(missing)}"] if missing else []
        page_nav = [] if region_root else [{"label": "总览", "href": "../index.html"}]
        data = region_data(store, sid, analyses=analyses, href=href.get, nav=page_nav, notes=notes, library=library)
        if region_root:
            for c in data["chains"]:
                c["href"] = c["href"][3:] if c["href"] else None
        page = render_page("region", data, scripts=("common.js", "region.js"),
                           assets="assets" if region_root else "../assets")
        _write(os.path.join(directory, region_href[sid]), page)
        if not region_root:
            atlas.regions.append(region_href[sid])
        kind = KIND_ZH[store.node(sid)["kind"]]
        search.add(kind, sid, names[sid], store.aliases(sid),
                   "、".join(scope_parents(store, sid)), {"label": f"{names[sid]}（{len(plan[sid])} 条产业链）",
                                                          "href": region_href[sid]})
        scope_rows.append({"id": sid, "name": names[sid], "kind": kind, "parents": scope_parents(store, sid),
                           "chains": len(plan[sid]), "maps": sum((c, sid) in chosen for c in plan[sid]),
                           "href": region_href[sid]})
    atlas.left_out = [(store.node(c)["name"], names[s]) for c, s in left_out]
    atlas.maps.sort()
    atlas.regions.sort()
    return atlas, scope_rows, list(chain_rows.values()), search


def write_atlas(store, directory, *, scopes=None, max_maps=DEFAULT_MAX_MAPS, library=True,
                title="ChainAtlas 产业链图集"):
    """Write the offline atlas into `directory` (created if needed); returns an :class:`Atlas`.

    Parameters
    ----------
    store : Store
    directory : str or path
        A new or empty folder, or one holding an earlier atlas (its pages are replaced).
    scopes : list of str, optional
        Regions or parks (names or ids); default: every one with a chain (see :func:`atlas_scopes`).
    max_maps : int
        At most this many chain maps.
    library : bool, default True
        Complete plans' chains with the reference chains they match.
    title : str
        The index's heading.
    """
    if max_maps < 0:
        raise InputError(f"max_maps must be 0 or more, not {max_maps}")
    directory = os.fspath(directory)
    if scopes is None:
        scope_ids = atlas_scopes(store)
    else:
        scope_ids = []
        for s in scopes:
            sid = s if store.has_node(s) else resolve_scope(store, s)
            if sid not in scope_ids:
                scope_ids.append(sid)
    atlas, scope_rows, chain_rows, search = _build(store, directory, scope_ids, max_maps=max_maps, library=library,
                                                   region_root=False)
    notes = []
    if atlas.left_out:
        shown = "；".join(f"{c} · {s}" for c, s in atlas.left_out[:100])
        notes.append(f"{len(atlas.left_out)} 张地图未生成（超出地图上限 {max_maps}，可用 --max-maps 调整）：{shown}"
                     + ("……" if len(atlas.left_out) > 100 else ""))
    if not scope_rows:
        notes.append("库中没有带产业链的地区或园区。")
    data = {"title": title,
            "summary": f"{sum(r['kind'] == '地区' for r in scope_rows)} 个地区 · "
                       f"{sum(r['kind'] == '园区' for r in scope_rows)} 个园区 · {len(chain_rows)} 条产业链 · "
                       f"{len(atlas.maps)} 张地图",
            "notes": notes, "regions": [r for r in scope_rows if r["kind"] == "地区"],
            "parks": [r for r in scope_rows if r["kind"] == "园区"],
            "chains": sorted(chain_rows, key=lambda c: c["name"]), "search": search.as_list()}
    _write(os.path.join(directory, "index.html"), render_page("index", data, scripts=("common.js", "index.js"),
                                                              assets="assets"))
    return atlas


def write_region_site(store, scope, directory, *, max_maps=DEFAULT_MAX_MAPS, library=True):
    """Write one region or park's page as ``index.html`` in `directory`, with its chain maps.

    Returns an :class:`Atlas`; parameters as for :func:`write_atlas`.
    """
    if max_maps < 0:
        raise InputError(f"max_maps must be 0 or more, not {max_maps}")
    sid = scope if store.has_node(scope) else resolve_scope(store, scope)
    atlas, *_ = _build(store, os.fspath(directory), [sid], max_maps=max_maps, library=library, region_root=True)
    return atlas
