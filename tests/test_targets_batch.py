"""rank_targets reads its candidates' facts in a few set-based queries: the same answers as the per-candidate
reference (the implementation before the batching, kept below), on the corpus, the corpus with the example
lists, a hand-built graph and a small generated store of three provinces, and far fewer SQL statements."""

import os
from dataclasses import asdict

import pytest

from chainatlas.graph import Store, ingest_file
from chainatlas.ontology.names import normalise_name
from chainatlas.ontology.regions import region_index
from chainatlas.ontology.vocab import Rel
from chainatlas.queries.analysis import analyse_chain, chains_in_scope
from chainatlas.queries.gaps import _matching_links, scope_places
from chainatlas.queries.targets import (ROLE_POINTS, Candidate, _city, _name, _province, _scope_code,
                                        enterprise_region, neighbouring_provinces, rank_targets)

from conftest import EXAMPLES, bench_module
from test_analysis import build


# ---------------------------------------------------------------- the reference: rank_targets before batching


def _reference_investment(store, enterprise_id):
    total = 0.0
    for e in store.edges_of(enterprise_id, "in", [Rel.UNDERTAKEN_BY]):
        total += store.node(e["src"])["props"].get("investment") or 0.0
    return total


def reference_rank_targets(store, chain, scope, link, *, limit=None, analysis=None):
    """rank_targets as it was: a few store calls per candidate (the error for an unknown link left out)."""
    a = analysis or analyse_chain(store, chain, scope)
    key = normalise_name(link)
    row = next(r for r in a.links if normalise_name(r.name) == key or normalise_name(r.step) == key)
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
        inv = _reference_investment(store, ent)
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


# ---------------------------------------------------------------- comparing

# every kind of reason, each a term of the score: a store whose cases show them all checks that none is lost
REASONS = ("经营该环节", "经营相近产品", "同时经营", "同市", "同省", "邻省", "企业", "项目总投资", "证据置信度")


def _kind_of(reason):
    return next(k for k in REASONS if reason.startswith(k) or (k == "企业" and reason.endswith(k)))


def compare(st, scopes):
    """Compare both on every gap of every chain of each scope; ``(cases, cases with candidates, reason kinds)``."""
    cases = with_candidates = 0
    kinds = set()
    for scope in scopes:
        for chain in chains_in_scope(st, scope):
            a = analyse_chain(st, chain, scope)
            for gap in a.gaps:
                want = reference_rank_targets(st, chain, scope, gap.name, analysis=a)
                got = rank_targets(st, chain, scope, gap.name, analysis=a)
                assert [asdict(c) for c in got] == [asdict(c) for c in want], (chain, scope, gap.name)
                cases += 1
                if want:
                    with_candidates += 1
                    kinds |= {_kind_of(r) for c in want for r in c.reasons}
                    assert [asdict(c) for c in rank_targets(st, chain, scope, gap.name, limit=3, analysis=a)] \
                        == [asdict(c) for c in want[:3]]
    return cases, with_candidates, kinds


def test_same_as_reference_on_the_corpus(corpus_store):
    """The five plans alone name no enterprise operating a link: every gap has no candidate in both."""
    scopes = [n["id"] for kind in ("Region", "Park") for n in corpus_store.nodes(kind)]
    cases, _, _ = compare(corpus_store, scopes)
    assert cases > 500


@pytest.fixture(scope="module")
def corpus_with_lists(tmp_path_factory, corpus_files):
    st = Store(tmp_path_factory.mktemp("corpus_lists") / "corpus.db")
    for f in [*corpus_files, os.path.join(EXAMPLES, "enterprises.csv"), os.path.join(EXAMPLES, "projects.csv")]:
        ingest_file(st, f)
    yield st
    st.close()


def test_same_as_reference_on_the_corpus_with_the_example_lists(corpus_with_lists):
    st = corpus_with_lists
    scopes = [n["id"] for kind in ("Region", "Park") for n in st.nodes(kind)]
    _, with_candidates, kinds = compare(st, scopes)
    assert with_candidates > 0
    assert {"经营该环节", "同市", "企业", "项目总投资"} <= kinds


def _two_products(st):
    """A firm in Lanzhou operating 中间 and 高纯中间, each from two sentences of its own document (the order and
    the first three of its evidence, from several edges, are compared too)."""
    from chainatlas.ontology.mapping import EdgeRecord as E
    from chainatlas.ontology.mapping import NodeRecord as N
    from chainatlas.ontology.vocab import Kind

    firm = N(Kind.ENTERPRISE, "兰州双料", {"roles": ["规上", "骨干"]}, [])
    for doc, link, conf in (("e1", "中间", 0.8), ("e2", "高纯中间", 0.9)):
        ev = [{"start": 0, "end": 0, "sentence": f"{doc}第{i}句", "confidence": conf} for i in (1, 2)]
        nodes = [N(firm.kind, firm.name, firm.props, ev), N(Kind.LINK, link, {}, ev),
                 N(Kind.REGION, "兰州市", {"adcode": "620100"}, ev)]
        edges = [E(nodes[0].id, Rel.OPERATES, f"Link:{link}", {}, ev),
                 E(nodes[0].id, Rel.LOCATED_IN, "Region:兰州市", {}, ev)]
        st.ingest({"id": doc, "title": doc}, nodes, edges)


def test_same_as_reference_on_the_hand_built_graph():
    for inside_middle in (False, True):
        st = Store(":memory:")
        build(st, inside_middle=inside_middle)
        _two_products(st)
        _, with_candidates, _ = compare(st, ["Region:甘州区", "Region:临泽县", "Region:兰州市"])
        assert with_candidates > 0
        st.close()




@pytest.fixture(scope="module")
def three_provinces(tmp_path_factory):
    """Gansu and two neighbours, small (seconds to build)."""
    gen = bench_module("generate")
    path = tmp_path_factory.mktemp("generated") / "three.db"
    gen.generate(str(path), seed=11, sizes=gen.Sizes(provinces=3, enterprises=1500, projects=300, chains=40,
                                                     links=600, parks=20), progress=None)
    st = Store(path, create=False)
    yield st
    st.close()


def _busiest(st, like, n):
    return [r[0] for r in st.read(
        "SELECT dst, count(*) c FROM edges WHERE rel = 'LOCATED_IN' AND dst LIKE ? GROUP BY dst"
        " ORDER BY c DESC, dst LIMIT ?", (like, n))]


def test_same_as_reference_on_a_generated_store(three_provinces):
    st = three_provinces
    # the busiest county and the busiest park (the place of a firm found through its parks): ~670 gaps
    scopes = _busiest(st, "Region:%", 1) + _busiest(st, "Park:%", 1)
    _, with_candidates, kinds = compare(st, scopes)
    assert with_candidates >= 100, with_candidates
    # every term of the score occurs, so losing one (the investment bonus, the neighbouring province …) fails
    assert kinds == set(REASONS), set(REASONS) - kinds


def test_far_fewer_statements(three_provinces):
    st = three_provinces
    county = _busiest(st, "Region:%", 1)[0]
    chain, gap, a, n = None, None, None, 0
    for c in chains_in_scope(st, county):
        a = analyse_chain(st, c, county)
        for g in a.gaps:
            k = len(reference_rank_targets(st, c, county, g.name, analysis=a))
            if k > n:
                chain, gap, n = c, g, k
    assert n >= 10
    a = analyse_chain(st, chain, county)

    def statements(f):
        count = []
        st._conn.set_trace_callback(count.append)
        try:
            f(st, chain, county, gap.name, analysis=a)
        finally:
            st._conn.set_trace_callback(None)
        return len(count)

    before, after = statements(reference_rank_targets), statements(rank_targets)
    assert before > 5 * n and after < 30, (n, before, after)
