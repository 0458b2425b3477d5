"""The synthetic store generator (bench/generate.py) at a small size: reproducible, right counts and shapes, usable."""

import csv
import doctest
import os
import statistics
from collections import Counter

import pytest

from chainatlas.graph import LIBRARY_DOC_ID, Store, ingest_file
from chainatlas.ontology.library import load_library
from chainatlas.ontology.regions import region_index
from chainatlas.ontology.vocab import STAGES
from chainatlas.queries import gap_report
from chainatlas.queries.analysis import analyse_chain, chains_in_scope
from chainatlas.queries.targets import rank_targets

from conftest import bench_module


gen = bench_module("generate")
TINY = gen.Sizes(provinces=1, enterprises=300, projects=40, chains=60, links=900, parks=12)


@pytest.fixture(scope="module")
def ci_store(tmp_path_factory):
    path = tmp_path_factory.mktemp("generated") / "ci.db"
    g = gen.generate(str(path), seed=7, sizes=gen.CI, progress=None)
    st = Store(path, create=False)
    yield g, st
    st.close()


def test_docstring_examples_run():
    res = doctest.testmod(gen, optionflags=doctest.ELLIPSIS)
    assert res.failed == 0 and res.attempted > 0


def _one(st, sql, params=()):
    return st.read(sql, params)[0][0]


def test_same_seed_same_store_other_seed_other_store(tmp_path):
    prints = []
    for name, seed in (("a", 3), ("b", 3), ("c", 4)):
        st = Store(tmp_path / f"{name}.db")
        gen.generate(st, seed=seed, sizes=TINY, progress=None)
        prints.append(st.fingerprint())
        if name == "a":  # generating again into the same store: every document is unchanged (same hashes)
            gen.generate(st, seed=seed, sizes=TINY, progress=None)
            assert st.fingerprint() == prints[0]
        st.close()
    assert prints[0] == prints[1]
    assert prints[0] != prints[2]


def test_counts(ci_store):
    g, st = ci_store
    sizes = gen.CI
    nodes = st.stats()["nodes"]
    assert nodes["Enterprise"] == sizes.enterprises
    assert nodes["Project"] == sizes.projects
    assert nodes["Park"] == sizes.parks
    # Gansu: the province, its prefecture-level units and county-level units of the national table
    idx = region_index()
    gansu = [r for r in idx.by_code.values() if r.adcode[:2] == "62"]
    assert nodes["Region"] == len(gansu)
    lib = load_library()
    refs = [n for n in st.nodes("Chain") if n["props"].get("reference")]
    assert len(refs) == max(sizes.chains, len(lib))
    # the links of the reference chains (library and synthetic) are the links asked for
    ref_links = {r[0] for r in st.read(
        "SELECT DISTINCT e.dst FROM edges e JOIN nodes c ON c.id = e.src WHERE e.rel = 'HAS_LINK'"
        " AND json_extract(c.props, '$.reference') IS NOT NULL")}
    lib_links = {l for c in lib for l in c.links}
    assert len(ref_links) == (sizes.links if sizes.chains > len(lib) else len(lib_links))
    assert g.documents == len(st.documents())
    assert LIBRARY_DOC_ID in {d["id"] for d in st.documents()}


def test_every_fact_has_evidence(ci_store):
    _, st = ci_store
    assert _one(st, "SELECT count(*) FROM nodes n WHERE NOT EXISTS"
                    " (SELECT 1 FROM assertions a WHERE a.node_id = n.id)") == 0
    assert _one(st, "SELECT count(*) FROM edges e WHERE NOT EXISTS"
                    " (SELECT 1 FROM assertions a WHERE a.edge_id = e.id)") == 0
    # list rows are the evidence of the enterprise facts, as the table loader writes them
    ev = st.evidence(node_id=next(st.nodes("Enterprise"))["id"])
    assert ev[0]["sentence"].startswith("第") and "企业名称=" in ev[0]["sentence"]


def test_enterprise_shapes(ci_store):
    _, st = ci_store
    n = gen.CI.enterprises
    located = st.read("SELECT src, count(*), min(dst) FROM edges WHERE rel = 'LOCATED_IN'"
                      " AND src LIKE 'Enterprise:%' GROUP BY src")
    assert len(located) == n and all(c == 1 for _, c, _ in located)
    # where a county has parks, a little under half of its firms sit in one of them
    hosts = {r[0] for r in st.read("SELECT dst FROM edges WHERE rel = 'LOCATED_IN' AND src LIKE 'Park:%'")}
    in_parks = sum(d.startswith("Park:") for _, _, d in located)
    in_hosts = sum(d in hosts for _, _, d in located)
    assert 0.35 < in_parks / (in_parks + in_hosts) < 0.55
    levels = Counter(st.node(d)["props"]["level"] for _, _, d in located if d.startswith("Region:"))
    assert set(levels) <= {"county", "city"} and levels["county"] > 0
    ops = dict(st.read("SELECT src, count(*) FROM edges WHERE rel = 'OPERATES' GROUP BY src"))
    assert len(ops) == n
    per = Counter(ops.values())
    assert per[1] > 0.5 * n and per[1] > per[2] > per[3]  # skewed: most operate one link
    assert max(ops.values()) <= 8
    chain_owners = [e["id"] for e in st.nodes("Enterprise") if "链主" in e["props"].get("roles", ())]
    assert len(chain_owners) <= 0.01 * n
    assert all(ops[e] >= 3 for e in chain_owners)
    # places differ a lot: the busiest tenth of the places holding enterprises has a large share of them
    per_place = sorted(Counter(d for _, _, d in located).values(), reverse=True)
    top = per_place[: max(1, len(per_place) // 10)]
    assert sum(top) > 0.25 * n
    # some firms write a variant of a link's name (高纯多晶硅), which the gap report counts for the link
    assert any(n_["name"].startswith(gen._PRODUCT_PREFIXES) for n_ in st.nodes("Link"))


def test_projects_parks_plans(ci_store):
    _, st = ci_store
    stages = Counter(p["props"]["stage"] for p in st.nodes("Project"))
    assert set(stages) == set(STAGES)
    invest = [p["props"]["investment"] for p in st.nodes("Project")]
    assert min(invest) > 0 and statistics.median(invest) < statistics.mean(invest)  # a long tail
    builds = dict(st.read("SELECT src, count(*) FROM edges WHERE rel = 'BUILDS' GROUP BY src"))
    assert len(builds) == gen.CI.projects
    assert _one(st, "SELECT count(DISTINCT src) FROM edges WHERE rel = 'LOCATED_IN' AND src LIKE 'Project:%'") \
        == gen.CI.projects
    assert _one(st, "SELECT count(*) FROM edges WHERE rel = 'UNDERTAKEN_BY'") > gen.CI.projects // 2
    # sub-parks inside parks, parks inside counties
    sub = st.read("SELECT src, dst FROM edges WHERE rel = 'PART_OF' AND src LIKE 'Park:%'")
    assert sub and all(d.startswith("Park:") for _, d in sub)
    tops = {n["id"] for n in st.nodes("Park")} - {s for s, _ in sub}
    assert {r[0] for r in st.read("SELECT src FROM edges WHERE rel = 'LOCATED_IN' AND src LIKE 'Park:%'")} == tops
    # plans: wanted links, targets per industry, region and year, plan chains matching reference chains
    wants = st.read("SELECT src FROM edges WHERE rel = 'WANTS'")
    assert wants and all(s.startswith(("Region:", "Park:")) for (s,) in wants)
    targets = [t["id"] for t in st.nodes("Target")]
    assert targets
    for rel in ("TARGET_OF", "TARGET_IN"):
        assert _one(st, f"SELECT count(DISTINCT src) FROM edges WHERE rel = '{rel}'") == len(targets)
    assert _one(st, "SELECT count(*) FROM edges WHERE rel = 'MATCHES'") > 0


def test_gap_queries_run_on_it(ci_store):
    _, st = ci_store
    county = st.read("SELECT l.dst, count(*) c FROM edges l WHERE l.rel = 'LOCATED_IN' AND l.dst LIKE 'Region:%'"
                     " GROUP BY l.dst ORDER BY c DESC, l.dst LIMIT 1")[0][0]
    chains = chains_in_scope(st, county)
    assert chains
    reports = [gap_report(st, c, county) for c in chains]
    statuses = Counter(r.status for rep in reports for r in rep.rows)
    assert statuses["present"] > 0 and statuses["missing"] > 0
    present = next(r for rep in reports for r in rep.rows if r.status == "present")
    assert present.enterprises and present.evidence
    ranked = []
    for c in chains:
        a = analyse_chain(st, c, county)
        for gap in a.gaps:
            ranked = rank_targets(st, c, county, gap.name, limit=5, analysis=a)
            if ranked:
                break
        if ranked:
            break
    assert ranked, "no gap of the busiest county has a candidate elsewhere"
    assert [c.score for c in ranked] == sorted((c.score for c in ranked), reverse=True)
    assert all(c.score > 0 and c.reasons for c in ranked)


def test_lists_read_by_the_loader_give_the_same_firms(tmp_path, ci_store):
    """The generated lists are real lists: the table loader finds the same firms and products."""
    _, st = ci_store
    paths = gen.write_lists(tmp_path / "lists", seed=7, sizes=gen.CI)
    ent = next(p for p in paths if os.path.basename(p).startswith("enterprises"))
    with open(ent, encoding="utf-8") as f:
        rows = list(csv.reader(f))
    assert rows[0] == gen.ENTERPRISE_HEADER and len(rows) == gen.CI.enterprises + 1
    part = tmp_path / "part.csv"  # the first 400 rows are enough, and quicker
    with open(part, "w", encoding="utf-8", newline="") as f:
        csv.writer(f).writerows(rows[:401])
    loaded = Store(tmp_path / "loaded.db")
    ingest_file(loaded, part)
    ids = {n["id"] for n in loaded.nodes("Enterprise")}
    assert len(ids) == 400 and ids <= {n["id"] for n in st.nodes("Enterprise")}
    ops = set(loaded.read("SELECT src, dst FROM edges WHERE rel = 'OPERATES'"))
    assert ops == {(s, d) for s, d in st.read("SELECT src, dst FROM edges WHERE rel = 'OPERATES'") if s in ids}
    loaded.close()
