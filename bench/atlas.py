"""Benchmark: a 2,000-node chain map in headless Chromium, and the atlas of the corpus.

Run:  .venv/bin/python bench/atlas.py [--links 200] [--satellites 1800] [--runs 3]

What it measures
----------------
1. A synthetic chain in one scope: ``--links`` links in 10 columns (each feeds
   two links of the next column) and ``--satellites`` enterprises and projects
   (two enterprises for every project) spread over the links, written to a
   real store and drawn through the real pipeline (analyse_chain -> chain map).
   Printed: store-to-HTML time; then, in headless Chromium (the tests' flags,
   networking off), for each run: the time from navigation start to the first
   frame drawn (``window.chainatlas.drawnAt``; the layout is computed in
   Python and physics is off, so that frame is the settled layout and the map
   is usable), the wall time from ``driver.get`` until the page reports it,
   and the cost of one full redraw (what every pan or zoom pays, mean of 10).
   For comparison it then turns vis-network's physics on for the same nodes
   and times ``stabilize()`` (vis's default 1000 iterations).
2. The atlas of the five corpus documents: ingest time, and the time to write
   every region/park page and every chain map, with counts and size.
"""

import argparse
import atexit
import glob
import os
import shutil
import statistics
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
CORPUS = os.path.normpath(os.path.join(ROOT, "..", "shared", "corpus"))
#: seconds the physics comparison may run
PHYSICS_CAP = 60


def _tmp():
    """A scratch folder removed when the benchmark exits."""
    d = tempfile.mkdtemp(prefix="chainatlas-bench-")
    atexit.register(shutil.rmtree, d, True)
    return d


def synthetic_store(path, n_links, n_satellites, columns=10):
    """A store with one chain of `n_links` links and `n_satellites` enterprises/projects in region 基准区."""
    from chainatlas.graph import Store
    from chainatlas.ontology.mapping import EdgeRecord, NodeRecord
    from chainatlas.ontology.vocab import Kind, Rel

    def ev(s):
        return [{"start": 0, "end": len(s), "sentence": s, "confidence": 0.8}]

    chain_name = "基准链"
    region = NodeRecord(Kind.REGION, "基准区", {}, ev("基准区"))
    chain = NodeRecord(Kind.CHAIN, chain_name, {}, ev("基准链"))
    per_col = -(-n_links // columns)
    links = [NodeRecord(Kind.LINK, f"环节{c:02d}-{i:03d}", {}, ev(f"环节{c:02d}-{i:03d}"))
             for c in range(columns) for i in range(per_col)][:n_links]
    nodes, edges = [region, chain, *links], []
    for k, ln in enumerate(links):
        col = k // per_col
        edges.append(EdgeRecord(chain.id, Rel.HAS_LINK, ln.id, {"position": col, "segment": "中游", "step": ln.name},
                                ev("基准链")))
        nxt = [j for j in range((col + 1) * per_col, min((col + 2) * per_col, len(links)))]
        if nxt:
            i = k % per_col
            for j in {nxt[i % len(nxt)], nxt[(i + 1) % len(nxt)]}:
                edges.append(EdgeRecord(ln.id, Rel.FEEDS, links[j].id, {"chains": [chain_name]}, ev("基准链")))
    stages = ["在建", "投产", "谋划", "签约"]
    for s in range(n_satellites):
        ln = links[s % len(links)]
        if s % 3 == 2:
            p = NodeRecord(Kind.PROJECT, f"基准项目{s:05d}", {"stage": stages[s % 4], "investment": s % 7 + 1},
                           ev(f"推进基准项目{s:05d}"))
            nodes.append(p)
            edges += [EdgeRecord(p.id, Rel.BUILDS, ln.id, {}, ev(f"基准项目{s:05d}生产{ln.name}")),
                      EdgeRecord(p.id, Rel.LOCATED_IN, region.id, {}, ev(f"基准项目{s:05d}位于基准区"))]
        else:
            e = NodeRecord(Kind.ENTERPRISE, f"基准企业{s:05d}", {}, ev(f"基准企业{s:05d}"))
            nodes.append(e)
            edges += [EdgeRecord(e.id, Rel.OPERATES, ln.id, {}, ev(f"基准企业{s:05d}生产{ln.name}")),
                      EdgeRecord(e.id, Rel.LOCATED_IN, region.id, {}, ev(f"基准企业{s:05d}位于基准区"))]
    st = Store(path, create=True)
    st.ingest({"id": "bench", "sha256": "bench", "title": "基准", "scope": {"region": "基准区"}}, nodes, edges)
    return st, chain.id, region.id


def bench_map(n_links, n_satellites, runs):
    from chainatlas.queries.analysis import analyse_chain
    from chainatlas.viz import write_chain_map
    from chainatlas.viz.png import chromium, wait_for_map

    tmp = _tmp()
    st, chain, region = synthetic_store(os.path.join(tmp, "bench.db"), n_links, n_satellites)
    t = time.perf_counter()
    a = analyse_chain(st, chain, region)
    t_an = time.perf_counter() - t
    path = os.path.join(tmp, "map.html")
    t = time.perf_counter()
    write_chain_map(st, chain, region, path, analysis=a)
    t_html = time.perf_counter() - t
    print(f"synthetic map: {a.graph.number_of_nodes()} links, {a.graph.number_of_edges()} chain edges; "
          f"analyse_chain {t_an:.2f} s, page {t_html:.2f} s ({os.path.getsize(path) / 1e6:.1f} MB, "
          "vis-network inlined)")
    from pathlib import Path

    settle, wall, redraw = [], [], []
    with chromium(1600, 900) as drv:
        for i in range(runs):
            drv.get("about:blank")
            t = time.perf_counter()
            drv.get(Path(path).as_uri())
            ms = wait_for_map(drv, timeout=120)
            wall.append(time.perf_counter() - t)
            settle.append(ms / 1000)
            n_nodes, n_edges = drv.execute_script(
                "var b = window.chainatlas.network.body; return [b.nodeIndices.length, b.edgeIndices.length];")
            redraw.append(drv.execute_script(
                "var r = window.chainatlas.network.renderer, t = performance.now();"
                "for (var i = 0; i < 10; i++) { r._redraw(); } return (performance.now() - t) / 10;"))
        print(f"drawn: {n_nodes} nodes, {n_edges} edges (physics off, positions from Python)")
        print(f"navigation start -> first (settled) frame: median {statistics.median(settle):.2f} s "
              f"(runs: {', '.join(f'{x:.2f}' for x in settle)})")
        print(f"driver.get -> page reports settled: median {statistics.median(wall):.2f} s")
        print(f"one full redraw (pan/zoom): median {statistics.median(redraw):.0f} ms")
        drv.execute_script(
            "var n = window.chainatlas.network, s = window.physicsBench = {t0: performance.now(), it: 0, done: null};"
            "n.on('stabilizationProgress', function (p) { s.it = p.iterations; s.at = performance.now(); });"
            "n.once('stabilizationIterationsDone', function () { s.done = performance.now() - s.t0; });"
            "n.setOptions({physics: {enabled: true, stabilization: {enabled: true, iterations: 1000}}});"
            "n.stabilize(1000);")
        end = time.monotonic() + PHYSICS_CAP
        state = {}
        while time.monotonic() < end:
            state = drv.execute_script("return window.physicsBench;")
            if state["done"] is not None:
                break
            time.sleep(0.5)
        if state.get("done") is not None:
            print(f"for comparison, vis-network physics on the same nodes: stabilize(1000) took "
                  f"{state['done'] / 1000:.1f} s")
        else:
            rate = state["it"] / ((state.get("at", state["t0"]) - state["t0"]) / 1000 or 1)
            print(f"for comparison, vis-network physics on the same nodes: stabilize(1000) unfinished after "
                  f"{PHYSICS_CAP} s ({state['it']} iterations, {rate:.1f}/s, about {1000 / max(rate, 1e-9):.0f} s "
                  "for all 1000)")
    return n_nodes


def bench_atlas():
    from chainatlas.graph import Store, ingest_file
    from chainatlas.viz.atlas import write_atlas

    files = sorted(glob.glob(os.path.join(CORPUS, "*.txt")))
    if not files:
        print(f"corpus not found in {CORPUS}; atlas benchmark skipped")
        return
    tmp = _tmp()
    st = Store(os.path.join(tmp, "corpus.db"), create=True)
    t = time.perf_counter()
    for f in files:
        ingest_file(st, f)
    t_ingest = time.perf_counter() - t
    out = os.path.join(tmp, "atlas")
    t = time.perf_counter()
    a = write_atlas(st, out)
    t_atlas = time.perf_counter() - t
    size = sum(os.path.getsize(os.path.join(d, f)) for d, _, fs in os.walk(out) for f in fs)
    print(f"corpus atlas: ingest of {len(files)} documents {t_ingest:.1f} s; write_atlas {t_atlas:.1f} s for "
          f"{len(a.regions)} region/park pages and {len(a.maps)} maps "
          f"({t_atlas / max(1, len(a.maps)) * 1000:.0f} ms a map), {size / 1e6:.1f} MB on disk")


def main(argv=None):
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--links", type=int, default=200)
    p.add_argument("--satellites", type=int, default=1800)
    p.add_argument("--runs", type=int, default=3)
    args = p.parse_args(argv)
    print(f"python {sys.version.split()[0]}, {os.cpu_count()} cpus")
    bench_map(args.links, args.satellites, args.runs)
    bench_atlas()


if __name__ == "__main__":
    main()
