"""An interactive map of one chain in one scope, as a single offline HTML file.

Links are laid out left to right, upstream to downstream (a hierarchical
layout whose levels are the links' positions in the chain, so the picture is
the same on every run), coloured by their status in the scope, with a
legend.  Enterprises and projects hang off their links and can be hidden.
Clicking a node shows the sentences and documents behind it.

The page needs nothing from the network: vis-network's script and style (the
copies that ship inside the ``pyvis`` package) are inlined, and a Content
Security Policy forbids every other load.  Names from documents are data:
they travel as JSON and are shown with ``textContent``, never as HTML.

Examples
--------
>>> from chainatlas.graph import Store, ingest_extraction
>>> from chainatlas.loaders import extract_text
>>> st = Store(":memory:")
>>> _ = ingest_extraction(st, extract_text("甘州区形成“工业硅—多晶硅”的产业链。", doc_id="p"), {"id": "p"})
>>> html = chain_map_html(st, "工业硅", "甘州区")
>>> "<script src" in html, "<link" in html, "vis.Network" in html
(False, False, True)
"""

import importlib.resources
import json
import os

import networkx as nx

from chainatlas.queries.gaps import STATUS_ZH, gap_report

__all__ = ["STATUS_COLORS", "chain_map_html", "write_chain_map", "chain_map_data"]

STATUS_COLORS = {
    "present": "#2e9e5b",
    "building": "#2f7fd1",
    "planned": "#9cc3ef",
    "wanted": "#f39c12",
    "missing": "#c9c9c9",
}
SATELLITE_COLORS = {"Enterprise": "#7d5ba6", "Project": "#5d6d7e"}


def _vis_assets():
    import pyvis

    base = os.path.join(os.path.dirname(pyvis.__file__), "lib", "vis-9.1.2")
    with open(os.path.join(base, "vis-network.min.js"), encoding="utf-8") as f:
        js = f.read()
    with open(os.path.join(base, "vis-network.css"), encoding="utf-8") as f:
        css = f.read()
    return js, css


def _chain_feeds(store, report):
    """The chain's FEEDS edges as ``(upstream id, downstream id)`` pairs."""
    ids = {r.link_id for r in report.rows}
    return [(e["src"], e["dst"]) for lid in ids for e in store.edges_of(lid, "out", ["FEEDS"])
            if e["dst"] in ids and report.chain in e["props"].get("chains", [report.chain])]


def _levels(report, feeds):
    """Column of each link: its longest-path depth in the chain's FEEDS graph (networkx)."""
    g = nx.DiGraph()
    g.add_nodes_from(r.link_id for r in report.rows)
    g.add_edges_from(feeds)
    if not nx.is_directed_acyclic_graph(g):
        return {r.link_id: r.position for r in report.rows}
    level = {}
    for n in nx.topological_sort(g):
        level[n] = max((level[p] + 1 for p in g.predecessors(n)), default=0)
    return level


def chain_map_data(store, chain, scope):
    """Nodes, edges, options, legend and evidence for the page, as plain data."""
    from pyvis.network import Network

    report = gap_report(store, chain, scope)
    feeds = _chain_feeds(store, report)
    level = _levels(report, feeds)
    net = Network(directed=True, cdn_resources="remote", layout=None)
    evidence = {}
    for r in report.rows:
        color = STATUS_COLORS[r.status]
        border = "#c0392b" if r.wanted else "#333333"
        title = (f"{r.name}\n状态: {STATUS_ZH[r.status]}{'（规划招引）' if r.wanted else ''}\n段: {r.segment}\n"
                 f"企业: {len(r.enterprises)}  项目: {len(r.projects)}")
        net.add_node(r.link_id, label=r.name, title=title, color={"background": color, "border": border},
                     borderWidth=3 if r.wanted else 1, shape="box", level=level.get(r.link_id, r.position) * 2,
                     nodetype="link", font={"size": 16}, status=r.status, margin=10)
        evidence[r.link_id] = {
            "title": f"{r.name} · {STATUS_ZH[r.status]}",
            "summary": "；".join(filter(None, [
                ("企业：" + "、".join(r.enterprises)) if r.enterprises else "",
                ("项目：" + "、".join(f"{p['name']}（{p['stage'] or '阶段未明'}）" for p in r.projects))
                if r.projects else "",
                "规划明确招引该环节" if r.wanted else ""])),
            "items": r.evidence,
        }
    for src, dst in feeds:
        net.add_edge(src, dst, arrows="to", color="#555555", width=2, group="feeds")
    for r in report.rows:
        lvl = level.get(r.link_id, r.position) * 2 + 1
        for name in r.enterprises:
            sid = f"Enterprise:{name}"
            if sid not in evidence:
                net.add_node(sid, label=name, title=f"企业: {name}", shape="ellipse", level=lvl,
                             color=SATELLITE_COLORS["Enterprise"], font={"color": "#ffffff"}, nodetype="satellite")
                evidence[sid] = {"title": f"企业 · {name}", "summary": "",
                                 "items": [ev for ev in r.evidence if name in (ev["sentence"] or "")]}
            net.add_edge(sid, r.link_id, dashes=True, color="#7d5ba6", group="satellite", arrows="")
        for p in r.projects:
            sid = f"Project:{p['name']}"
            if sid not in evidence:
                net.add_node(sid, label=p["name"], title=f"项目: {p['name']}\n阶段: {p['stage'] or '未明'}",
                             shape="box", level=lvl, color=SATELLITE_COLORS["Project"], font={"color": "#ffffff"},
                             nodetype="satellite")
                evidence[sid] = {"title": f"项目 · {p['name']}", "summary": f"阶段：{p['stage'] or '未明'}",
                                 "items": [ev for ev in r.evidence if p["name"] in (ev["sentence"] or "")]
                                 or r.evidence[:3]}
            net.add_edge(sid, r.link_id, dashes=True, color="#5d6d7e", group="satellite", arrows="")
    options = {
        "layout": {"hierarchical": {"enabled": True, "direction": "LR", "sortMethod": "directed",
                                    "levelSeparation": 170, "nodeSpacing": 70, "shakeTowards": "roots"}},
        "physics": {"enabled": False},
        "interaction": {"hover": True, "navigationButtons": False, "tooltipDelay": 150},
        "edges": {"smooth": {"type": "cubicBezier", "forceDirection": "horizontal"}},
    }
    legend = [{"status": s, "label": STATUS_ZH[s], "color": c} for s, c in STATUS_COLORS.items()]
    legend.append({"status": "wanted-border", "label": "规划招引", "color": "#ffffff", "border": "#c0392b"})
    legend.append({"status": "enterprise", "label": "企业", "color": SATELLITE_COLORS["Enterprise"]})
    legend.append({"status": "project", "label": "项目", "color": SATELLITE_COLORS["Project"]})
    nodes, edges, _, _, _, _ = net.get_network_data()
    return {"title": f"{report.chain} · {report.scope}", "nodes": nodes, "edges": edges, "options": options,
            "legend": legend, "evidence": evidence, "report": report.as_dict()}


def chain_map_html(store, chain, scope):
    """The map page of `chain` in `scope` as one self-contained HTML string."""
    data = chain_map_data(store, chain, scope)
    js, css = _vis_assets()
    template = importlib.resources.files("chainatlas.viz").joinpath("templates/chainmap.html").read_text("utf-8")
    payload = json.dumps(data, ensure_ascii=False).replace("<", "\\u003c").replace(">", "\\u003e")
    payload = payload.replace("&", "\\u0026")
    html = template.replace("__VIS_CSS__", css).replace("__TITLE__", "ChainAtlas")
    html = html.replace("__DATA__", payload)
    # the script last: it may contain any of the markers above
    return html.replace("__VIS_JS__", js.replace("</script", "<\\/script"))


def write_chain_map(store, chain, scope, path):
    """Write the map page to `path`; returns the path."""
    html = chain_map_html(store, chain, scope)
    with open(path, "w", encoding="utf-8") as f:
        f.write(html)
    return path
