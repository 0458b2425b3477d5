"""An interactive map of one chain in one scope, as an offline HTML page.

The map draws the chain analysed by :func:`~chainatlas.queries.analysis.analyse_chain`:
links left to right, upstream to downstream (columns are the positions in
``analysis.graph``), each coloured by its rating (优势/潜力/薄弱/空白); a
break point (断点) has a thick red border, a link the plan wants (招引) an
orange one, and a link only the reference chain supplies (the plan does not
write it) a dashed one.  Enterprises and projects hang under their links and
can be hidden.  Hovering a node shows its counts; clicking it shows its gap
kind, priority, neighbours and the sentences and documents behind it.

Positions are computed here, in Python, with no randomness: columns by chain
position, rows ordered by the barycentre of their upstream links, each link
as close as it can get to the links feeding it.  vis-network draws them with
physics off, so two builds of one store are byte-identical and a map of
thousands of nodes is usable as soon as it is drawn.

A page needs nothing from the network.  A standalone page inlines
vis-network's script and style (the copies inside the ``pyvis`` package) and
its own; an atlas page refers to copies in the atlas's ``assets`` folder by
relative paths, which browsers load over ``file://``.  A Content Security
Policy forbids every other load, and inline scripts run only when their
SHA-256 is listed in it.  Names from documents are data: they travel as JSON
in a ``<script type="application/json">`` block and are shown with
``textContent``, never as HTML.

Examples
--------
>>> from chainatlas.graph import Store, ingest_extraction
>>> from chainatlas.loaders import extract_text
>>> st = Store(":memory:")
>>> _ = ingest_extraction(st, extract_text("甘州区形成“工业硅—多晶硅”的产业链。", doc_id="p"), {"id": "p"})
>>> data = chain_map_data(st, "工业硅", "甘州区")
>>> [(n["name"], n["rating"], n["gap_kind"], n["priority"]) for n in data["nodes"]]
[('工业硅', '空白', '补链', 2), ('多晶硅', '空白', '补链', 2)]
>>> [(e["from"], e["to"]) for e in data["edges"]]
[('Link:工业硅', 'Link:多晶硅')]
>>> html = chain_map_html(st, "工业硅", "甘州区")
>>> "<script src" in html, "<link" in html, "vis.Network" in html, "unsafe-inline'; style" in html
(False, False, True, False)
"""

import base64
import hashlib
import importlib.resources
import json
import math
import os
import re
import unicodedata

from chainatlas.queries.analysis import RATINGS, analyse_chain

__all__ = ["RATING_COLORS", "BREAK_BORDER", "WANTED_BORDER", "SATELLITE_COLORS", "chain_map_data",
           "chain_map_html", "write_chain_map", "layout_chain", "render_page", "vis_assets", "copy_assets", "percent"]

RATING_COLORS = {"优势": "#2e9e5b", "潜力": "#4a8fd8", "薄弱": "#f2b705", "空白": "#dedede"}
_RATING_FONT = {"优势": "#ffffff", "潜力": "#ffffff", "薄弱": "#222222", "空白": "#222222"}
_RATING_NOTE = {"优势": "有链主/龙头或 3 家以上", "潜力": "有在建/签约/谋划项目", "薄弱": "仅一两家、无龙头",
                "空白": "无企业、无项目"}
BORDER = "#4d4d4d"
BREAK_BORDER = "#d62728"
WANTED_BORDER = "#e8710a"
SATELLITE_COLORS = {"Enterprise": "#7d5ba6", "Project": "#566573"}
GAP_NOTE = {"断点": "上下游都有、本环节空白", "补链": "空白环节（上游、支线或全链空白）", "延链": "下游延伸方向的空白",
            "强链": "薄弱环节"}

# layout (vis-network canvas units); label sizes are estimated from the characters' widths
_COL_GAP = 80
_LINK_FONT = 16
_LINK_MAX_W = 170
_LINK_MARGIN = 10
_SAT_FONT = 12
_SAT_MAX_W = 180
_SAT_MARGIN = 5
_SAT_INDENT = 40
_GAP = 22
_SAT_GAP = 6
_MAX_EVIDENCE = 30
#: maps with more nodes than this draw straight edges (cheaper to draw)
LARGE_MAP = 600

_TEMPLATES = "chainatlas.viz"
_ASSETS = {"vis-network.min.js": "vis", "vis-network.css": "vis", "common.js": "own", "chainmap.js": "own",
           "region.js": "own", "index.js": "own", "chainatlas.css": "own"}


# --------------------------------------------------------------------------- pages and assets
def _template(name):
    return importlib.resources.files(_TEMPLATES).joinpath("templates", name).read_text("utf-8")


def _vis_dir():
    import importlib.util

    # found, not imported: importing pyvis pulls in IPython and jinja (most of a second)
    spec = importlib.util.find_spec("pyvis")
    return os.path.join(spec.submodule_search_locations[0], "lib", "vis-9.1.2")


def vis_assets():
    """vis-network's script and style, as shipped inside the ``pyvis`` package: ``(js, css)``."""
    base = _vis_dir()
    with open(os.path.join(base, "vis-network.min.js"), encoding="utf-8") as f:
        js = f.read()
    with open(os.path.join(base, "vis-network.css"), encoding="utf-8") as f:
        css = f.read()
    return js, css


def _asset_text(name):
    if _ASSETS[name] == "vis":
        with open(os.path.join(_vis_dir(), name), encoding="utf-8") as f:
            return f.read()
    return _template(name)


def copy_assets(directory):
    """Write the scripts and styles every atlas page refers to into `directory`; returns the file names."""
    os.makedirs(directory, exist_ok=True)
    for name in sorted(_ASSETS):
        with open(os.path.join(directory, name), "w", encoding="utf-8", newline="\n") as f:
            f.write(_asset_text(name))
    return sorted(_ASSETS)


def _json_for_html(data):
    """JSON that cannot end the ``<script>`` element it sits in (no ``<``, ``>`` or ``&`` characters)."""
    text = json.dumps(data, ensure_ascii=False, separators=(",", ":"))
    return text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")


def _sha256(text):
    return "'sha256-" + base64.b64encode(hashlib.sha256(text.encode("utf-8")).digest()).decode("ascii") + "'"


def render_page(kind, data, *, scripts, styles=("chainatlas.css",), assets=None):
    """One page of the given `kind` (``chainmap``, ``region`` or ``index``) as an HTML string.

    Parameters
    ----------
    kind : str
        Names the body template (``templates/<kind>.html``) and the body's class.
    data : dict
        The page's data; it travels as JSON and the page's script reads it with ``textContent``.
    scripts, styles : sequence of str
        Asset names (see :func:`copy_assets`), in load order.
    assets : str or None
        None inlines every script and style; a relative path (``"../assets"``) refers to the copies there.

    Examples
    --------
    >>> page = render_page("index", {"x": "</script><b>"}, scripts=["common.js"])
    >>> "</script><b>" in page, "\\\\u003c/script\\\\u003e\\\\u003cb\\\\u003e" in page
    (False, True)
    """
    if assets is None:
        bodies = [_asset_text(s).replace("</script", "<\\/script") for s in scripts]
        script_tags = "\n".join(f"<script>\n{b}\n</script>" for b in bodies)
        style_tags = "\n".join(f"<style>\n{_asset_text(s)}\n</style>" for s in styles)
        csp = ("default-src 'none'; script-src " + " ".join(_sha256(f"\n{b}\n") for b in bodies)
               + "; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'")
    else:
        script_tags = "\n".join(f'<script src="{assets}/{s}"></script>' for s in scripts)
        style_tags = "\n".join(f'<link rel="stylesheet" href="{assets}/{s}">' for s in styles)
        # 'self' and file: cover file:// in Chromium and Firefox; nothing else may load
        csp = ("default-src 'none'; script-src 'self' file:; style-src 'self' file: 'unsafe-inline'; "
               "img-src data:; base-uri 'none'; form-action 'none'")
    parts = {"CSP": csp, "STYLES": style_tags, "KIND": kind, "BODY": _template(f"{kind}.html").rstrip("\n"),
             "DATA": _json_for_html(data), "SCRIPTS": script_tags}
    # one pass, so text put in by one marker is never read as another marker
    return re.sub(r"__(CSP|STYLES|KIND|BODY|DATA|SCRIPTS)__", lambda m: parts[m.group(1)], _template("page.html"))


# --------------------------------------------------------------------------- layout
def _text_width(text, size):
    w = 0.0
    for ch in text:
        w += size if unicodedata.east_asian_width(ch) in "WF" else 0.6 * size
    return w


def _label_height(label, size, max_w, margin):
    label = re.sub(r"</?i>", "", label).replace("&lt;", "<").replace("&amp;", "&")
    lines = sum(max(1, math.ceil(_text_width(part, size) / (max_w - 2 * margin))) for part in label.split("\n"))
    return lines * size * 1.25 + 2 * margin


def _stack(ids, heights, desired):
    """Centre y of each id, in order, no overlaps, each as close to its desired centre as the order allows."""
    ys = []
    bottom = None
    for i in ids:
        h = heights[i]
        want = desired.get(i)
        lowest = h / 2 if bottom is None else bottom + _GAP + h / 2
        y = lowest if want is None or (bottom is not None and want < lowest) else want
        ys.append(y)
        bottom = y + h / 2
    wanted = [(y, desired[i]) for i, y in zip(ids, ys) if desired.get(i) is not None]
    # shift the whole column (keeps the order, keeps the gaps) so it sits as close to its feeders as it can
    shift = -sum(y - w for y, w in wanted) / len(wanted) if wanted else -(ys[0] + ys[-1]) / 2 if ys else 0
    return {i: round(y + shift) for i, y in zip(ids, ys)}


def _label_width(label, size, max_w, margin):
    label = re.sub(r"</?i>", "", label).replace("&lt;", "<").replace("&amp;", "&")
    return min(max_w, max(_text_width(part, size) for part in label.split("\n")) + 2 * margin)


def layout_chain(graph, order, heights, extents=None):
    """Positions of the links of a chain graph: ``{link id: (x, y)}`` (whole canvas units, y grows downwards).

    Parameters
    ----------
    graph : networkx.DiGraph
        Nodes carry ``position`` (the column); edges go upstream to downstream.
    order : list
        The link ids in their default order (ties keep it).
    heights : dict
        ``{link id: height}`` of the block each link takes in its column (its satellites included).
    extents : dict, optional
        ``{link id: (left, right)}``: how far the block reaches left and right of the link's centre;
        columns are spaced so the widest blocks of neighbouring columns keep a gap.  Default: 85 each side.

    Examples
    --------
    >>> import networkx as nx
    >>> g = nx.DiGraph([("a", "c"), ("b", "c")])
    >>> for n, p in {"a": 0, "b": 0, "c": 1}.items():
    ...     g.nodes[n]["position"] = p
    >>> pos = layout_chain(g, ["a", "b", "c"], {"a": 40, "b": 40, "c": 40})
    >>> pos["a"][0] < pos["c"][0], pos["a"][1] < pos["c"][1] < pos["b"][1]
    (True, True)
    """
    columns = {}
    for n in order:
        columns.setdefault(graph.nodes[n]["position"], []).append(n)
    keys = sorted(columns)
    rank = {n: i for col in columns.values() for i, n in enumerate(col)}

    def sweep(cols, neighbours):
        for c in cols:
            ids = columns[c]
            score = {}
            for i, n in enumerate(ids):
                near = [rank[m] for m in neighbours(n) if m in rank]
                score[n] = sum(near) / len(near) if near else rank[n]
            ids.sort(key=lambda n: (score[n], rank[n]))
            for i, n in enumerate(ids):
                rank[n] = i

    # barycentre sweeps: downstream, upstream, downstream (few crossings, no randomness)
    sweep(keys[1:], lambda n: sorted(graph.predecessors(n)))
    sweep(list(reversed(keys[:-1])), lambda n: sorted(graph.successors(n)))
    sweep(keys[1:], lambda n: sorted(graph.predecessors(n)))
    pos = {}
    x = 0.0
    right = None
    for c in keys:
        ids = columns[c]
        ext = [extents[n] if extents else (_LINK_MAX_W / 2, _LINK_MAX_W / 2) for n in ids]
        if right is not None:
            x += right + _COL_GAP + max(e[0] for e in ext)
        right = max(e[1] for e in ext)
        desired = {}
        for n in ids:
            ys = [pos[p][1] for p in graph.predecessors(n) if p in pos]
            if ys:
                desired[n] = sum(ys) / len(ys)
        ys = _stack(ids, heights, desired)
        for n in ids:
            pos[n] = (round(x), ys[n])
    return pos


# --------------------------------------------------------------------------- data
def _evidence_items(rows, limit=_MAX_EVIDENCE):
    items, seen = [], set()
    for e in rows:
        sentence = e.get("sentence")
        doc = e.get("document") or e.get("doc_title") or e.get("doc_id") or ""
        key = (e.get("doc_id"), sentence)
        if not sentence or key in seen:
            continue
        seen.add(key)
        items.append({"sentence": sentence, "document": doc, "file": os.path.basename(e.get("doc_id") or ""),
                      "confidence": e.get("confidence")})
    return items[:limit], max(0, len(items) - limit)


def _stage(p):
    return p.get("stage") or "阶段未明"


def _stage_counts(projects):
    counts = {}
    for p in projects:
        counts[_stage(p)] = counts.get(_stage(p), 0) + 1
    return "、".join(f"{k} {v}" for k, v in counts.items())


def _link_title(r):
    lines = [r.name, f"评级: {r.rating}（{r.reason}）"]
    if r.gap_kind:
        lines.append(f"缺口: {r.gap_kind} · 优先级 {r.priority}" + (" · 规划招引" if r.wanted else ""))
    elif r.wanted:
        lines.append("规划招引")
    lines.append(f"段: {r.segment or '未标'} · {'规划写明' if r.in_plan else '参考链补全'}")
    lines.append(f"企业 {len(r.enterprises)} · 项目 {len(r.projects)}"
                 + (f"（{_stage_counts(r.projects)}）" if r.projects else ""))
    return "\n".join(lines)


def _markup(text):
    """`text` for a label in vis-network's ``multi: "html"`` mode: shown as written, never as a tag."""
    return text.replace("&", "&amp;").replace("<", "&lt;")


def _link_label(r):
    """The link's name, and its gap kind and priority on a smaller second line."""
    if not r.gap_kind:
        return _markup(r.name)
    return f"{_markup(r.name)}\n<i>{r.gap_kind} · P{r.priority}" + (" · 招引" if r.wanted else "") + "</i>"


def _link_node(r):
    if r.gap_kind == "断点":
        border, width = BREAK_BORDER, 5
    elif r.wanted:
        border, width = WANTED_BORDER, 3
    else:
        border, width = BORDER, 1
    color = RATING_COLORS[r.rating]
    return {
        "id": r.link_id, "label": _link_label(r), "name": r.name, "title": _link_title(r), "shape": "box",
        "color": {"background": color, "border": border,
                  "highlight": {"background": color, "border": "#111111"},
                  "hover": {"background": color, "border": "#111111"}},
        "borderWidth": width, "borderWidthSelected": width + 2,
        "shapeProperties": {"borderDashes": False if r.in_plan else [6, 4], "borderRadius": 4},
        "font": {"size": _LINK_FONT, "color": _RATING_FONT[r.rating], "face": "sans-serif", "multi": "html",
                 "ital": {"mod": "", "size": _LINK_FONT - 4, "vadjust": 3, "color": _RATING_FONT[r.rating]}},
        "margin": _LINK_MARGIN, "widthConstraint": {"maximum": _LINK_MAX_W},
        "nodetype": "link", "rating": r.rating, "gap_kind": r.gap_kind, "priority": r.priority,
        "wanted": r.wanted, "in_plan": r.in_plan,
    }


def _badges(r):
    out = [{"text": r.rating, "color": RATING_COLORS[r.rating], "font": _RATING_FONT[r.rating]}]
    if r.gap_kind:
        out.append({"text": f"{r.gap_kind} · 优先级 {r.priority}",
                    "color": "#fde0e0" if r.gap_kind == "断点" else "#eeeeee"})
    if r.wanted:
        out.append({"text": "规划招引", "color": "#fde3c8"})
    out.append({"text": "规划写明" if r.in_plan else "参考链补全", "color": "#f4f4f4"})
    return out


def _link_info(r):
    facts = [["评级", f"{r.rating}（{r.reason}）"]]
    if r.gap_kind:
        facts.append(["缺口", f"{r.gap_kind}：{GAP_NOTE[r.gap_kind]}"])
        facts.append(["优先级", f"{r.priority}（1 最急）" + ("，规划招引提前一级" if r.wanted else "")])
    facts.append(["段", r.segment or "未标"])
    if r.in_plan and r.step and r.step != r.name:
        facts.append(["规划写法", r.step])
    if r.gbt:
        facts.append(["国标行业", r.gbt])
    facts.append(["上游", "、".join(sorted(r.inputs)) or "—"])
    facts.append(["下游", "、".join(sorted(r.outputs)) or "—"])
    lists = []
    if r.enterprises:
        lists.append({"label": "企业", "items": [e["name"] + (f"（{'、'.join(e['roles'])}）" if e.get("roles") else "")
                                                for e in r.enterprises]})
    if r.projects:
        lists.append({"label": "项目", "items": [
            f"{p['name']}（{_stage(p)}" + (f"，{p['investment']} 亿元" if p.get("investment") else "") + "）"
            for p in r.projects]})
    items, more = _evidence_items(r.evidence)
    return {"title": r.name, "kind": "link", "badges": _badges(r), "facts": facts, "lists": lists,
            "items": items, "more": more, "empty": "范围内没有企业、项目或招引句子提到该环节。"}


def _satellite_node(kind, sid, name, title):
    return {"id": sid, "label": name, "name": name, "title": title, "shape": "box",
            "color": {"background": SATELLITE_COLORS[kind], "border": SATELLITE_COLORS[kind],
                      "highlight": {"background": SATELLITE_COLORS[kind], "border": "#111111"},
                      "hover": {"background": SATELLITE_COLORS[kind], "border": "#111111"}},
            "borderWidth": 1, "shapeProperties": {"borderRadius": 12 if kind == "Enterprise" else 2},
            "font": {"size": _SAT_FONT, "color": "#ffffff", "face": "sans-serif"},
            "margin": _SAT_MARGIN, "widthConstraint": {"maximum": _SAT_MAX_W}, "nodetype": kind.lower()}


def _satellites(store, a):
    """Satellite nodes, their edges and panel entries; each placed under the first link it serves."""
    nodes, edges, info, owner = {}, [], {}, {}
    for r in a.links:
        for e in r.enterprises:
            sid = e["id"]
            if sid not in nodes:
                roles = "、".join(e.get("roles") or ())
                nodes[sid] = _satellite_node("Enterprise", sid, e["name"],
                                             f"企业: {e['name']}" + (f"\n角色: {roles}" if roles else ""))
                owner[sid] = r.link_id
                items, more = _evidence_items(store.evidence(node_id=sid))
                info[sid] = {"title": e["name"], "kind": "enterprise",
                             "badges": [{"text": "企业", "color": SATELLITE_COLORS["Enterprise"], "font": "#ffffff"}],
                             "facts": [["角色", roles or "—"]], "lists": [{"label": "环节", "items": []}],
                             "items": items, "more": more}
            info[sid]["lists"][0]["items"].append(r.name)
            edges.append({"from": sid, "to": r.link_id, "group": "satellite", "dashes": True, "arrows": "",
                          "color": {"color": SATELLITE_COLORS["Enterprise"], "opacity": 0.45}, "smooth": False,
                          "width": 1})
        for p in r.projects:
            sid = p["id"]
            if sid not in nodes:
                inv = f"{p['investment']} 亿元" if p.get("investment") else "未明"
                nodes[sid] = _satellite_node("Project", sid, p["name"],
                                             f"项目: {p['name']}\n阶段: {_stage(p)}\n投资: {inv}")
                owner[sid] = r.link_id
                items, more = _evidence_items(store.evidence(node_id=sid))
                info[sid] = {"title": p["name"], "kind": "project",
                             "badges": [{"text": "项目", "color": SATELLITE_COLORS["Project"], "font": "#ffffff"},
                                        {"text": _stage(p), "color": "#eeeeee"}],
                             "facts": [["阶段", _stage(p)], ["投资", inv]], "lists": [{"label": "环节", "items": []}],
                             "items": items, "more": more}
            info[sid]["lists"][0]["items"].append(r.name)
            edges.append({"from": sid, "to": r.link_id, "group": "satellite", "dashes": True, "arrows": "",
                          "color": {"color": SATELLITE_COLORS["Project"], "opacity": 0.45}, "smooth": False,
                          "width": 1})
    return nodes, edges, info, owner


def _legend():
    out = [{"key": k, "label": k, "color": RATING_COLORS[k], "border": BORDER, "title": _RATING_NOTE[k]}
           for k in RATINGS]
    out += [
        {"key": "断点", "label": "断点", "color": "#ffffff", "border": BREAK_BORDER, "width": 3,
         "title": GAP_NOTE["断点"]},
        {"key": "招引", "label": "规划招引", "color": "#ffffff", "border": WANTED_BORDER, "width": 2},
        {"key": "参考链", "label": "参考链补全", "color": "#ffffff", "border": BORDER, "dashed": True, "width": 2,
         "title": "规划未写、由参考产业链补全的环节"},
        {"key": "企业", "label": "企业", "color": SATELLITE_COLORS["Enterprise"], "radius": 7},
        {"key": "项目", "label": "项目", "color": SATELLITE_COLORS["Project"]},
    ]
    return out


def percent(share):
    """A share (0-1) as a whole percentage, halves rounded up: ``percent(0.125) == "13%"``."""
    return f"{math.floor(share * 100 + 0.5)}%"


def _summary(a, n_enterprises, n_projects):
    counts = a.counts()
    text = (f"完整度 {percent(a.completeness)} · " + " · ".join(f"{k} {v}" for k, v in counts.items())
            + f" · 企业 {n_enterprises} · 项目 {n_projects}"
            + (f" · 参考链：{a.reference}" if a.reference and a.reference != a.chain else ""))
    return {"text": text, "completeness": round(a.completeness, 3), "counts": counts,
            "gaps": [{"id": r.link_id, "name": r.name, "gap_kind": r.gap_kind, "priority": r.priority,
                      "wanted": r.wanted} for r in a.gaps]}


def chain_map_data(store, chain, scope, *, analysis=None, library=True, nav=()):
    """Nodes, edges, positions, options, legend and panel entries of a map, as plain data.

    Parameters
    ----------
    store : Store
    chain, scope : str
        As for :func:`~chainatlas.queries.analysis.analyse_chain`.
    analysis : ChainAnalysis, optional
        An analysis already made of `chain` in `scope` (the atlas reuses its own).
    library : bool, default True
        Complete a plan's chain with the links of the reference chain it matches.
    nav : sequence of dict
        ``{"label", "href"}`` links shown in the header (relative paths).

    Returns
    -------
    dict
        ``nodes`` (links first, then enterprises and projects), ``edges`` (the chain's edges with
        ``group="feeds"``, then satellite edges), ``compact`` (link positions when satellites are hidden),
        ``options``, ``legend``, ``evidence`` (panel entry per node id), ``summary``, ``analysis``.
    """
    a = analysis if analysis is not None else analyse_chain(store, chain, scope, library=library)
    g = a.graph
    order = [r.link_id for r in a.links]
    sat_nodes, sat_edges, sat_info, owner = _satellites(store, a)
    under = {lid: [] for lid in order}
    for sid in sat_nodes:
        under[owner[sid]].append(sid)
    link_nodes = {r.link_id: _link_node(r) for r in a.links}
    link_h = {lid: _label_height(n["label"], _LINK_FONT, _LINK_MAX_W, _LINK_MARGIN) for lid, n in link_nodes.items()}
    sat_h = {sid: _label_height(n["label"], _SAT_FONT, _SAT_MAX_W, _SAT_MARGIN) for sid, n in sat_nodes.items()}
    block = {lid: link_h[lid] + sum(_SAT_GAP + sat_h[s] for s in under[lid]) for lid in order}
    link_w = {lid: _label_width(n["label"], _LINK_FONT, _LINK_MAX_W, _LINK_MARGIN) for lid, n in link_nodes.items()}
    sat_w = {sid: _label_width(n["label"], _SAT_FONT, _SAT_MAX_W, _SAT_MARGIN) for sid, n in sat_nodes.items()}
    only = {lid: (link_w[lid] / 2, link_w[lid] / 2) for lid in order}
    reach = {lid: (link_w[lid] / 2, max([link_w[lid] / 2] + [_SAT_INDENT + sat_w[s] / 2 for s in under[lid]]))
             for lid in order}
    pos = layout_chain(g, order, block, reach)
    compact = layout_chain(g, order, link_h, only)
    nodes = []
    for lid in order:
        x, top = pos[lid][0], pos[lid][1] - block[lid] / 2
        node = dict(link_nodes[lid], x=x, y=round(top + link_h[lid] / 2))
        nodes.append(node)
        y = top + link_h[lid]
        for sid in under[lid]:
            y += _SAT_GAP + sat_h[sid]
            nodes.append(dict(sat_nodes[sid], x=x + _SAT_INDENT, y=round(y - sat_h[sid] / 2)))
    rank = {lid: i for i, lid in enumerate(order)}
    feeds = sorted(g.edges(), key=lambda e: (rank[e[0]], rank[e[1]]))
    large = len(nodes) > LARGE_MAP
    edges = [{"from": u, "to": v, "group": "feeds", "arrows": "to", "width": 2, "color": {"color": "#555555"},
              "smooth": False if large else {"type": "cubicBezier", "forceDirection": "horizontal", "roundness": 0.45}}
             for u, v in feeds]
    edges += sat_edges
    evidence = {r.link_id: _link_info(r) for r in a.links}
    evidence.update(sat_info)
    options = {
        "layout": {"hierarchical": {"enabled": False}, "improvedLayout": False, "randomSeed": 1},
        "physics": {"enabled": False},
        "interaction": {"hover": True, "tooltipDelay": 150, "hideEdgesOnDrag": large, "navigationButtons": False,
                        "keyboard": False},
        "nodes": {"fixed": False},
        "edges": {"selectionWidth": 2},
    }
    return {"title": f"{a.chain} · {a.scope}", "chain": a.chain, "scope": a.scope, "nav": list(nav),
            "nodes": nodes, "edges": edges, "compact": {lid: list(p) for lid, p in compact.items()},
            "options": options, "legend": _legend(), "evidence": evidence,
            "summary": _summary(a, sum(n["nodetype"] == "enterprise" for n in nodes),
                                sum(n["nodetype"] == "project" for n in nodes)),
            "analysis": {"chain": a.chain, "scope": a.scope, "reference": a.reference,
                         "completeness": round(a.completeness, 3), "ratings": a.counts()}}


def chain_map_html(store, chain, scope, *, analysis=None, library=True, nav=(), assets=None):
    """The map page of `chain` in `scope` as an HTML string.

    With ``assets=None`` (the default) the page is self-contained; with a
    relative path (``"../assets"``) it refers to the files :func:`copy_assets`
    writes there.  Other parameters as for :func:`chain_map_data`.
    """
    data = chain_map_data(store, chain, scope, analysis=analysis, library=library, nav=nav)
    return render_page("chainmap", data, scripts=("vis-network.min.js", "common.js", "chainmap.js"),
                       styles=("vis-network.css", "chainatlas.css"), assets=assets)


def write_chain_map(store, chain, scope, path, **options):
    """Write the map page of `chain` in `scope` to `path`; returns `path`.

    `options` are those of :func:`chain_map_html`.
    """
    html = chain_map_html(store, chain, scope, **options)
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write(html)
    return path
