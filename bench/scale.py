"""Province and nation scale: ingest, memory, gap queries, Cypher comparison, exports, atlas.

Prints one table: figure, measured value, target, pass/MISS and the ratio
measured/target (for a "≥" target: target/measured), so that a ratio above 1
is how many times the target is missed.  Nothing here is a timed test.

Figures
-------
- **ingest**: the five corpus plans (text: read, extract, map, store) in MB
  per CPU-second, i.e. per core; generated enterprise lists as ``.csv`` and
  ``.xlsx`` in rows per second and MB per CPU-second (`--list-rows`), each
  into a fresh store holding only the reference library.
- **store open, graph build, memory** at the big store (`--db`, generated
  with `--generate`): in a fresh process, open the store and run one gap
  report (peak RSS), then build the whole networkx view
  (:meth:`Store.to_networkx`, peak RSS).
- **gap report**: one chain × one scope (the busiest county, its city, its
  province; the chain with most firms in the county), cold (a store object
  just opened, process caches warm) and warm (the same store object again);
  one region × all its chains (:func:`chains_in_scope`, then a gap report for
  each); target ranking for one gap (:func:`rank_targets`, the analysis
  included).
- **Cypher**: the same gap reports through ``queries/cypher/gaps.cypher`` on
  the local ArcadeDB engine (Bolt) in the same run, against a store small
  enough to push (`--cypher-enterprises`); the ratio Cypher time / Python
  time, and the push's rows per second.
- **exports**: neo4j-admin CSV of the big store (rows/s, peak RSS, in a
  fresh process); the offline atlas of the busiest city.

Timings are medians of `--repeat` runs (``time.perf_counter``); the load
average of the machine is printed, since other processes share the cores.

Usage::

    python bench/scale.py --db /tmp/nation.db --generate          # generate the 1 M store first (~40 min)
    python bench/scale.py --db /tmp/nation.db                     # every figure on an existing store
    python bench/scale.py --db /tmp/ci.db --generate --size ci --cypher-enterprises 2000 --list-rows 2000
    python bench/scale.py --db /tmp/nation.db --only queries      # parts: ingest, memory, queries, cypher, exports
"""

import argparse
import glob
import json
import os
import platform
import resource
import shutil
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import datetime, timezone

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
CORPUS = os.path.normpath(os.path.join(ROOT, "..", "shared", "corpus"))
sys.path.insert(0, HERE)

import generate as gen  # noqa: E402  (bench/generate.py)

from chainatlas.graph import Store, ingest_file, ingest_library  # noqa: E402

PARTS = ("ingest", "memory", "queries", "cypher", "exports")
GB = 2 ** 30
MB = 10 ** 6


class Table:
    def __init__(self):
        self.rows = []

    def add(self, figure, value, unit, target=None, op=None, note=""):
        """`op` is "<=" or ">=" (the target's direction); value None means not measured."""
        status, ratio = "", ""
        if target is not None and value is not None:
            ok = value <= target if op == "<=" else value >= target
            status = "pass" if ok else "MISS"
            r = value / target if op == "<=" else (target / value if value else float("inf"))
            ratio = f"{r:.2f}"
        self.rows.append({"figure": figure, "value": value, "unit": unit, "target": target, "op": op,
                          "status": status, "ratio": ratio, "note": note})
        print(f"  {figure}: {_fmt(value)} {unit} {status} {note}".rstrip(), flush=True)

    def print(self):
        head = ("figure", "measured", "target", "pass/MISS", "ratio")
        lines = [(r["figure"], f"{_fmt(r['value'])} {r['unit']}".strip(),
                  f"{r['op']} {_fmt(r['target'])} {r['unit']}" if r["target"] is not None else "—",
                  r["status"] or "—", r["ratio"] or "—") for r in self.rows]
        widths = [max(_width(x) for x in col) for col in zip(head, *lines)]
        for i, line in enumerate([head] + lines):
            print("  ".join(_pad(x, w) for x, w in zip(line, widths)).rstrip())
            if i == 0:
                print("  ".join("-" * w for w in widths))


def _width(s):
    import unicodedata

    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in s)


def _pad(s, w):
    return s + " " * (w - _width(s))


def _fmt(v):
    if v is None:
        return "n/a"
    if isinstance(v, float):
        return f"{v:,.3g}" if abs(v) < 100 else f"{v:,.0f}"
    return f"{v:,}"


_CPU = {}


def _median(f, repeat):
    """Median wall time of `repeat` calls and the last result; the median CPU time goes to ``_CPU['last']``."""
    times, cpu, out = [], [], None
    for _ in range(repeat):
        t, c = time.perf_counter(), time.process_time()
        out = f()
        times.append(time.perf_counter() - t)
        cpu.append(time.process_time() - c)
    _CPU["last"] = statistics.median(cpu)
    return statistics.median(times), out


def _cpu_ms():
    return f"CPU {_CPU['last'] * 1000:.1f} ms"


def _load():
    return " ".join(f"{x:.1f}" for x in os.getloadavg())


def machine():
    try:
        with open("/proc/cpuinfo") as f:
            cpu = next((line.split(":", 1)[1].strip() for line in f if line.startswith("model name")), "")
    except OSError:
        cpu = platform.processor()
    try:
        with open("/proc/meminfo") as f:
            mem = int(f.readline().split()[1]) * 1024
    except (OSError, ValueError, IndexError):
        mem = 0
    return {"date": datetime.now(timezone.utc).strftime("%Y-%m-%d %H:%M UTC"), "cpu": cpu,
            "cores": os.cpu_count(), "memory_gb": round(mem / GB, 1), "python": platform.python_version(),
            "sqlite": sqlite3.sqlite_version, "load_average": _load()}


# ---------------------------------------------------------------- ingest


def child_ingest(db, *files):
    """In a fresh process (no warm name caches): store the library, then time ingesting `files`.

    One-time start-up work (the national region index, the script converter, the library) is done first
    on a one-line plan and a one-row list in a scratch store, so the figure is the steady rate.
    """
    from chainatlas.graph import ingest_extraction
    from chainatlas.loaders import extract_rows, extract_text

    scratch = Store(":memory:")
    ingest_library(scratch)
    ingest_extraction(scratch, extract_text("张掖市甘州区形成“工业硅—多晶硅”的产业链。", doc_id="w"), {"id": "w"})
    ingest_extraction(scratch, extract_rows([gen.ENTERPRISE_HEADER, ["甘肃预热科技有限公司", "", "", "甘肃省兰州市城关区",
                                                                     "多晶硅", "", ""]], doc_id="r"), {"id": "r"})
    scratch.close()
    st = Store(db)
    ingest_library(st)
    c, w = time.process_time(), time.perf_counter()
    for f in files:
        ingest_file(st, f)
    out = {"cpu": time.process_time() - c, "wall": time.perf_counter() - w,
           "firms": st.stats()["nodes"].get("Enterprise", 0)}
    st.close()
    print(json.dumps(out))


def _ingest_rounds(tmp, name, files, rounds):
    runs = []
    for r in range(rounds):
        db = os.path.join(tmp, f"{name}{r}.db")
        runs.append(_child("ingest", db, *files))
        for f in (db, db + "-wal", db + "-shm"):
            if os.path.exists(f):
                os.remove(f)
    return (statistics.median(x["cpu"] for x in runs), statistics.median(x["wall"] for x in runs),
            runs[-1]["firms"])


def bench_ingest(table, args, tmp):
    files = sorted(glob.glob(os.path.join(CORPUS, "*.txt")))
    if files:
        size = sum(os.path.getsize(f) for f in files)
        cpu, wall, _ = _ingest_rounds(tmp, "text", files, args.repeat)
        table.add("ingest text (corpus plans), per core", size / MB / cpu, "MB/s", 2.0, ">=",
                  f"{len(files)} files, {size / MB:.2f} MB; wall {size / MB / wall:.2f} MB/s")
    else:
        table.add("ingest text (corpus plans), per core", None, "MB/s", 2.0, ">=", f"no corpus in {CORPUS}")
    sizes = gen.Sizes(provinces=1, enterprises=args.list_rows, projects=max(1, args.list_rows // 20),
                      chains=args.chains, links=args.links, parks=40)
    for fmt in ("csv", "xlsx"):
        paths = gen.write_lists(os.path.join(tmp, f"lists-{fmt}"), seed=args.seed, sizes=sizes, fmt=fmt)
        ent = next(p for p in paths if os.path.basename(p).startswith("enterprises"))
        size = os.path.getsize(ent)
        cpu, wall, n = _ingest_rounds(tmp, f"list-{fmt}", [ent], max(1, args.repeat // 2))
        table.add(f"ingest enterprise list .{fmt}", args.list_rows / wall, "rows/s", None, None,
                  f"{args.list_rows:,} rows, {n:,} firms stored; {args.list_rows / cpu:,.0f} rows per CPU-s")
        table.add(f"ingest enterprise list .{fmt}, per core", size / MB / cpu, "MB/s", 2.0, ">=",
                  f"{size / MB:.1f} MB file")


# ---------------------------------------------------------------- the big store: what to ask


def _top_chain(st, county):
    return st.read(
        "SELECT h.src, count(*) n FROM edges l JOIN edges o ON o.src = l.src AND o.rel = 'OPERATES'"
        " JOIN edges h ON h.dst = o.dst AND h.rel = 'HAS_LINK' JOIN nodes c ON c.id = h.src"
        " WHERE l.rel = 'LOCATED_IN' AND (l.dst = ? OR l.dst IN (SELECT src FROM edges WHERE rel = 'LOCATED_IN'"
        " AND dst = ?)) AND json_extract(c.props, '$.reference') IS NOT NULL GROUP BY h.src ORDER BY n DESC, h.src"
        " LIMIT 1", (county, county))[0][0]


def pick_scopes(st):
    """The busiest county (by firms located in it or in its parks), its city and province, and its top chain;
    also the county of median size with its top chain (``typical``: ``(county, chain, firms)``)."""
    rows = st.read(
        "SELECT coalesce(p.dst, l.dst) AS place, count(*) AS n FROM edges l"
        " LEFT JOIN edges p ON p.src = l.dst AND p.rel = 'LOCATED_IN' AND l.dst LIKE 'Park:%'"
        " WHERE l.rel = 'LOCATED_IN' AND l.src LIKE 'Enterprise:%' GROUP BY place ORDER BY n DESC, place")
    counties = [(p, n) for p, n in rows if p.startswith("Region:") and
                json.loads(st.read("SELECT props FROM nodes WHERE id = ?", (p,))[0][0]).get("level") == "county"]
    county = counties[0][0]
    mid, mid_n = counties[len(counties) // 2]
    up = [county]
    while True:
        parent = st.read("SELECT dst FROM edges WHERE src = ? AND rel = 'PART_OF' ORDER BY dst", (up[-1],))
        if not parent:
            break
        up.append(parent[0][0])
    city = up[1] if len(up) > 2 else None
    province = up[-1] if len(up) > 1 else None
    return _top_chain(st, county), {"county": county, "city": city, "province": province,
                                    "typical": (mid, _top_chain(st, mid), mid_n)}


# ---------------------------------------------------------------- memory (a fresh process)


def child_memory(db, chain, scope):
    from chainatlas.queries import gap_report

    out = {}
    t = time.perf_counter()
    st = Store(db, create=False)
    st.has_node(scope)
    out["open_s"] = time.perf_counter() - t
    t = time.perf_counter()
    st.stats()
    out["stats_s"] = time.perf_counter() - t
    t = time.perf_counter()
    gap_report(st, chain, scope)
    out["first_gap_s"] = time.perf_counter() - t
    out["rss_after_gap"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024
    t = time.perf_counter()
    g = st.to_networkx()
    out["graph_s"] = time.perf_counter() - t
    out["graph_nodes"], out["graph_edges"] = g.number_of_nodes(), g.number_of_edges()
    out["rss_after_graph"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024
    print(json.dumps(out))


def child_export(db, directory):
    from chainatlas.graph.neo4j_csv import export_neo4j_csv

    st = Store(db, create=False)
    t = time.perf_counter()
    ex = export_neo4j_csv(st, directory)
    secs = time.perf_counter() - t
    size = sum(os.path.getsize(p) for p in ex.node_files + ex.relationship_files)
    print(json.dumps({"seconds": secs, "nodes": ex.nodes, "relationships": ex.relationships, "bytes": size,
                      "rss": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024}))


def _child(*args):
    out = subprocess.run([sys.executable, os.path.abspath(__file__), "--child", *args], capture_output=True,
                         text=True)
    if out.returncode != 0:
        raise RuntimeError(f"child {args[0]} failed: {out.stderr.strip()[-2000:]}")
    return json.loads(out.stdout.strip().splitlines()[-1])


def bench_memory(table, args, chain, scopes):
    m = _child("memory", args.db, chain, scopes["county"])
    table.add("store open (fresh process)", m["open_s"] * 1000, "ms")
    table.add("store stats (counts every row)", m["stats_s"], "s")
    table.add("first gap report in it (cold)", m["first_gap_s"] * 1000, "ms")
    table.add("peak RSS: open + gap report", m["rss_after_gap"] / GB, "GB", 2.0, "<=")
    table.add("graph build (Store.to_networkx)", m["graph_s"], "s", None, None,
              f"{m['graph_nodes']:,} nodes, {m['graph_edges']:,} edges")
    table.add("peak RSS: open + graph build", m["rss_after_graph"] / GB, "GB", 2.0, "<=")


# ---------------------------------------------------------------- gap queries


def bench_queries(table, args, chain, scopes):
    from chainatlas.queries import gap_report
    from chainatlas.queries.analysis import analyse_chain, chains_in_scope
    from chainatlas.queries.targets import rank_targets

    warm = Store(args.db, create=False)
    gap_report(warm, chain, scopes["county"])  # process-wide caches (library, synonyms)
    typical, typical_chain, typical_n = scopes["typical"]
    for level in ("typical county", "county", "city", "province"):
        scope = typical if level == "typical county" else scopes[level]
        if scope is None:
            continue
        chain_ = typical_chain if level == "typical county" else chain

        def cold():
            st = Store(args.db, create=False)
            try:
                return gap_report(st, chain_, scope)
            finally:
                st.close()

        t_cold, rep = _median(cold, args.repeat)
        cpu_cold = _cpu_ms()
        t_warm, _ = _median(lambda: gap_report(warm, chain_, scope), args.repeat)
        cpu_warm = _cpu_ms()
        firms = sum(len(r.enterprises) for r in rep.rows)
        what = f"{rep.chain} × {rep.scope}: {len(rep.rows)} links, {firms:,} firm entries"
        if level == "typical county":
            what += f" (the median county: {typical_n:,} firms located)"
        table.add(f"gap report 1 chain × {level}, cold", t_cold * 1000, "ms", 20, "<=", f"{cpu_cold}; {what}")
        table.add(f"gap report 1 chain × {level}, warm", t_warm * 1000, "ms", 20, "<=", cpu_warm)
    for level in ("city", "province"):
        scope = scopes[level]
        if scope is None:
            continue
        st = Store(args.db, create=False)
        t, c = time.perf_counter(), time.process_time()
        chains = chains_in_scope(st, scope)
        t_list = time.perf_counter() - t
        reports = [gap_report(st, ch, scope) for ch in chains]
        t_cold, c_cold = time.perf_counter() - t, time.process_time() - c
        t, c = time.perf_counter(), time.process_time()
        chains = chains_in_scope(st, scope)
        reports = [gap_report(st, ch, scope) for ch in chains]
        t_warm, c_warm = time.perf_counter() - t, time.process_time() - c
        st.close()
        links = sum(len(r.rows) for r in reports)
        firms = sum(len(x.enterprises) for r in reports for x in r.rows)
        table.add(f"gap reports 1 {level} × all its chains, cold", t_cold, "s", 1.0, "<=",
                  f"CPU {c_cold:.2f} s; {len(chains)} chains, {links:,} links, {firms:,} firm entries; "
                  f"listing the chains {t_list:.2f} s")
        table.add(f"gap reports 1 {level} × all its chains, warm", t_warm, "s", 1.0, "<=", f"CPU {c_warm:.2f} s")
    table.add("peak RSS of this process after the gap reports", resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
              * 1024 / GB, "GB", 2.0, "<=", "queries' caches included (up to 4 scopes)")
    # target ranking: the first chain of the typical county with a blank link (补链/断点/延链)
    st = Store(args.db, create=False)
    found = None
    for c in [typical_chain] + chains_in_scope(st, typical):
        gaps = [r for r in analyse_chain(st, c, typical).gaps if r.gap_kind in ("断点", "补链", "延链")]
        if gaps:
            found = (c, gaps[0])
            break
    st.close()
    if found is None:
        table.add("target ranking for one gap", None, "s", note="no blank link in the typical county")
        return
    c, gap = found
    t, ranked = _median(lambda: rank_targets(Store(args.db, create=False), c, typical, gap.name, limit=10),
                        max(1, args.repeat // 2))
    table.add("target ranking for one gap (analysis included)", t, "s", None, None,
              f"{gap.name} in {typical.split(':', 1)[1]}: {len(ranked)} best candidates shown")


# ---------------------------------------------------------------- Cypher on the local engine


def bench_cypher(table, args, tmp):
    from chainatlas.graph.arcade import LocalEngine, arcadedb_available
    from chainatlas.queries import gap_report
    from chainatlas.queries.reports import run_report

    if not arcadedb_available():
        table.add("Cypher gap report (local ArcadeDB)", None, "ms", note="arcadedb-embedded is not installed")
        return
    db = os.path.join(tmp, "cypher.db")
    sizes = gen.Sizes(provinces=1, enterprises=args.cypher_enterprises,
                      projects=max(1, args.cypher_enterprises // 20), chains=args.chains, links=args.links,
                      parks=max(10, args.cypher_enterprises // 400))
    g = gen.generate(db, seed=args.seed, sizes=sizes, progress=None)
    st = Store(db, create=False)
    chain, scopes = pick_scopes(st)
    print(f"  cypher store: {sizes.enterprises:,} firms, {sum(g.counts['nodes'].values()):,} nodes, "
          f"{sum(g.counts['edges'].values()):,} edges; pushing to the local engine …", flush=True)
    with LocalEngine(heap=args.heap) as engine:
        table.add("local engine start", engine.stats["start_seconds"], "s")
        res = engine.load(st)
        table.add("Bolt push to the local engine", res.rows_per_second, "rows/s", None, None,
                  f"{res.nodes + res.relationships:,} rows in {res.seconds:.0f} s")
        for level in ("county", "city", "province"):
            scope = scopes[level]
            if scope is None:
                continue
            py_rep = gap_report(st, chain, scope)
            rows = run_report(engine.driver, "gaps", {"chain": chain, "scope": scope}, database=engine.database)
            same = [(r["link_id"], r["status"]) for r in rows] == [(r.link_id, r.status) for r in py_rep.rows]
            t_cy_first = _median(lambda: run_report(engine.driver, "gaps", {"chain": chain, "scope": scope},
                                                    database=engine.database), 1)[0]
            t_cy, _ = _median(lambda: run_report(engine.driver, "gaps", {"chain": chain, "scope": scope},
                                                 database=engine.database), args.repeat)

            def cold():
                s2 = Store(db, create=False)
                try:
                    return gap_report(s2, chain, scope)
                finally:
                    s2.close()

            t_py_cold, _ = _median(cold, args.repeat)
            t_py, _ = _median(lambda: gap_report(st, chain, scope), args.repeat)
            note = f"Cypher {t_cy * 1000:.0f} ms (next-to-first {t_cy_first * 1000:.0f} ms), Python warm " \
                   f"{t_py * 1000:.1f} ms, cold {t_py_cold * 1000:.1f} ms" + ("" if same else "; RESULTS DIFFER")
            table.add(f"Cypher ÷ Python gap report, {level} (cold Python)", t_cy / t_py_cold, "×", 10, ">=", note)
            table.add(f"Cypher ÷ Python gap report, {level} (warm Python)", t_cy / t_py, "×", 10, ">=")
    st.close()


# ---------------------------------------------------------------- exports and atlas


def bench_exports(table, args, chain, scopes, tmp):
    out = os.path.join(tmp, "neo4j-csv")
    e = _child("export", args.db, out)
    rows = e["nodes"] + e["relationships"]
    table.add("neo4j-admin CSV export", rows / e["seconds"], "rows/s", None, None,
              f"{rows:,} rows, {e['bytes'] / MB:,.0f} MB in {e['seconds']:.0f} s")
    table.add("peak RSS: neo4j-admin CSV export", e["rss"] / GB, "GB", 2.0, "<=")
    shutil.rmtree(out, ignore_errors=True)
    from chainatlas.viz.atlas import write_atlas

    if scopes.get("city"):
        st = Store(args.db, create=False)
        t = time.perf_counter()
        atlas = write_atlas(st, os.path.join(tmp, "atlas"), scopes=[scopes["city"]])
        secs = time.perf_counter() - t
        st.close()
        table.add("atlas of the busiest city", secs, "s", None, None,
                  f"{len(atlas.regions)} region/park pages, {len(atlas.maps)} chain maps"
                  + (f", {len(atlas.left_out)} left out (map limit)" if atlas.left_out else ""))


# ---------------------------------------------------------------- main


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0],
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--db", help="the big store (generated with --generate)")
    ap.add_argument("--generate", action="store_true", help="generate --db first (replaces the file)")
    ap.add_argument("--size", choices=sorted(gen.SIZES), default="nation")
    ap.add_argument("--seed", type=int, default=0)
    for f in gen.Sizes.__dataclass_fields__:
        ap.add_argument(f"--{f}", type=int, help=f"generator size: {f} (default: the preset's)")
    ap.add_argument("--list-rows", type=int, default=20000, help="rows of the generated list ingested")
    ap.add_argument("--cypher-enterprises", type=int, default=10000,
                    help="firms of the store pushed to the local engine for the Cypher comparison")
    ap.add_argument("--heap", default="2g", help="Java heap of the local engine")
    ap.add_argument("--repeat", type=int, default=5)
    ap.add_argument("--only", help=f"comma-separated parts: {', '.join(PARTS)}")
    ap.add_argument("--json", metavar="FILE", help="also write the figures as JSON")
    ap.add_argument("--child", nargs="+", help=argparse.SUPPRESS)
    args = ap.parse_args(argv)
    if args.child:
        {"memory": child_memory, "export": child_export, "ingest": child_ingest}[args.child[0]](*args.child[1:])
        return 0
    preset = gen.SIZES[args.size]
    for f in gen.Sizes.__dataclass_fields__:
        if getattr(args, f) is None:
            setattr(args, f, getattr(preset, f))
    sizes = gen.Sizes(**{f: getattr(args, f) for f in gen.Sizes.__dataclass_fields__})
    parts = set(args.only.split(",")) if args.only else set(PARTS)
    info = machine()
    print(f"machine: {info['cpu']}, {info['cores']} cores, {info['memory_gb']} GB; Python {info['python']}, "
          f"SQLite {info['sqlite']}; {info['date']}; load average {info['load_average']}")
    table = Table()
    tmp = tempfile.mkdtemp(prefix="chainatlas-scale-")
    try:
        if args.generate:
            for f in (args.db, args.db + "-wal", args.db + "-shm"):
                if os.path.exists(f):
                    os.remove(f)
            print(f"generating {args.db}: {sizes}", flush=True)
            g = gen.generate(args.db, seed=args.seed, sizes=sizes, progress=None)
            table.add("generate the store", g.seconds["total"], "s", None, None,
                      f"{sizes.enterprises:,} firms, {g.documents} documents, {g.bytes / GB:.2f} GB")
        if "ingest" in parts:
            print("ingest …", flush=True)
            bench_ingest(table, args, tmp)
        if args.db and parts & {"memory", "queries", "exports"}:
            st = Store(args.db, create=False)
            stats = st.stats()
            chain, scopes = pick_scopes(st)
            st.close()
            size = sum(os.path.getsize(p) for p in (args.db, args.db + "-wal") if os.path.exists(p))
            print(f"store {args.db}: {stats['nodes'].get('Enterprise', 0):,} firms, "
                  f"{sum(stats['nodes'].values()):,} nodes, {sum(stats['edges'].values()):,} edges, "
                  f"{stats['assertions']:,} assertions, {size / GB:.2f} GB; chain {chain}, scopes {scopes}",
                  flush=True)
            if "memory" in parts:
                print("memory …", flush=True)
                bench_memory(table, args, chain, scopes)
            if "queries" in parts:
                print("queries …", flush=True)
                bench_queries(table, args, chain, scopes)
            if "exports" in parts:
                print("exports …", flush=True)
                bench_exports(table, args, chain, scopes, tmp)
        if "cypher" in parts:
            print("cypher …", flush=True)
            bench_cypher(table, args, tmp)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    print()
    print(f"load average at the end: {_load()}")
    table.print()
    if args.json:
        with open(args.json, "w", encoding="utf-8") as f:
            json.dump({"machine": info, "sizes": vars(sizes), "rows": table.rows}, f, ensure_ascii=False, indent=1)
    return 0


if __name__ == "__main__":
    sys.exit(main())
