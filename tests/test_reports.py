"""The Cypher report library: static checks of every file, and differential tests against the Python queries.

The differential tests push a store into the session's ArcadeDB engine (the `arcade` fixture, real Bolt
driver) and compare each report with the Python computation on the corpus graph and on small random graphs
built by a seeded generator.
"""

import random
import re

import pytest

from chainatlas.exceptions import InputError, NotFoundError
from chainatlas.graph import Store
from chainatlas.graph.bolt import push
from chainatlas.ontology import ROLES, SEGMENTS, STAGES, Kind, Rel
from chainatlas.ontology.mapping import EdgeRecord, NodeRecord
from chainatlas.queries import STATUSES, gap_report, scope_places, synonyms
from chainatlas.queries.analysis import GAP_KINDS, RATINGS, analyse_chain
from chainatlas.queries.gaps import _matching_links
from chainatlas.queries.reports import parse_report, report, reports, run_report

# ------------------------------------------------------------------------------------------ static checks
_STRINGS = re.compile(r"'(?:[^'\\]|\\.)*'|\"(?:[^\"\\]|\\.)*\"")
_CLAUSE = re.compile(r"\b(MATCH|OPTIONAL|WITH|RETURN|UNWIND|CALL|ORDER|UNION|LIMIT|SKIP)\b|[{}]")


def _code(rep):
    return re.sub(r"//[^\n]*", "", rep.query)


def _labels_and_types(code):
    code = _STRINGS.sub("''", code)
    types = set()
    for seg in re.findall(r"\[[^\[\]]*\]", code):
        for m in re.finditer(r":`?([A-Za-z_]\w*)`?((?:\|`?[A-Za-z_]\w*`?)*)", seg):
            types.add(m.group(1))
            types.update(t.strip("`") for t in m.group(2).split("|") if t)
    without_rels = re.sub(r"\[[^\[\]]*\]", "[]", code)
    labels = set(re.findall(r"(?<=[\w)])\s*:`?([A-Za-z_]\w*)", without_rels))
    labels |= set(re.findall(r"\(\s*\w*\s*:`?([A-Za-z_]\w*)", without_rels))
    return labels, types


def _where_clauses(code):
    """The text of each WHERE: up to the next clause at its own nesting level, or its closing bracket."""
    out = []
    for m in re.finditer(r"\bWHERE\b", code):
        depth, i = 0, m.end()
        while i < len(code):
            ch = code[i]
            if ch in "([{":
                depth += 1
            elif ch in ")]}":
                depth -= 1
                if depth < 0:
                    break
            elif depth == 0 and _CLAUSE.match(code, i) and code[i - 1] in " \n":
                break
            i += 1
        out.append(code[m.end():i])
    return out


@pytest.mark.parametrize("rep", reports(), ids=lambda r: r.name)
def test_report_uses_only_ontology_labels_and_types(rep):
    labels, types = _labels_and_types(_code(rep))
    assert labels <= {k.value for k in Kind}, f"{rep.name}: labels not in the ontology: {labels}"
    assert types <= {r.value for r in Rel}, f"{rep.name}: relationship types not in the ontology: {types}"


@pytest.mark.parametrize("rep", reports(), ids=lambda r: r.name)
def test_report_values_are_parameters(rep):
    code = _code(rep)
    wheres = _where_clauses(code)
    assert wheres, f"{rep.name} has no WHERE clause"
    for w in wheres:
        assert not _STRINGS.search(w), f"{rep.name}: literal string in WHERE: {w.strip()[:80]}"
    # no literal inside a pattern's property map either, and the only literals are output labels
    labels = set(STATUSES) | set(RATINGS) | set(GAP_KINDS) | {""}
    literals = {s[1:-1] for s in _STRINGS.findall(code)}
    assert literals <= labels, f"{rep.name}: literal values {literals - labels}"
    used = set(re.findall(r"\$(\w+)", code))
    declared = {p.name for p in rep.params}
    assert used == declared, f"{rep.name}: used {sorted(used)} but declared {sorted(declared)}"


@pytest.mark.parametrize("rep", reports(), ids=lambda r: r.name)
def test_report_header_is_complete(rep):
    assert rep.title and len(rep.description) > 40
    for p in rep.params:
        assert p.description and (p.example or not p.required)
    assert rep.example_params().keys() == {p.name for p in rep.params}


def test_the_checks_catch_what_they_look_for():
    bad = parse_report("// title: t\n// description: d\nMATCH (n:Firm)-[:OWNS]->(m) WHERE n.name = 'x' RETURN n",
                       "bad")
    labels, types = _labels_and_types(_code(bad))
    assert labels == {"Firm"} and types == {"OWNS"}
    assert any(_STRINGS.search(w) for w in _where_clauses(_code(bad)))
    gaps = _labels_and_types(_code(report("gaps")))
    assert gaps == ({"Chain", "Region", "Park", "Link"}, {"PART_OF", "LOCATED_IN", "HAS_LINK", "OPERATES", "BUILDS",
                                                         "WANTS"})


def test_library_has_the_reports_the_issue_asks_for():
    names = {r.name for r in reports()}
    assert {"gaps", "compare", "pipeline", "leaders", "plan_targets", "evidence", "link_ratings", "targets"} <= names


def test_header_errors_are_one_line():
    with pytest.raises(InputError, match="line 3"):
        parse_report("// title: t\n// description: d\n// param: x strin 1 — y\nRETURN $x", "r")
    with pytest.raises(InputError, match="must only read"):
        parse_report("// title: t\n// description: d\nMATCH (n) DETACH DELETE n", "r")
    with pytest.raises(InputError, match="title"):
        parse_report("MATCH (n) RETURN n", "r")
    with pytest.raises(NotFoundError, match="known reports: .*gaps"):
        report("gapz")


def test_parameters_are_typed_from_the_header():
    rep = parse_report("// title: t\n// description: d\n// param: year integer 2025 — y\n"
                       "// param: share float = 0.5 — s\n// param: on boolean = false — b\n"
                       "// param: names string[] a,b — n\nRETURN $year, $share, $on, $names", "r")
    assert rep.bind({"year": "2024", "names": "甲, 乙"}) == {"year": 2024, "names": ["甲", "乙"], "share": 0.5,
                                                            "on": False}
    assert rep.bind({"year": 1, "names": ["x"], "on": "yes"})["on"] is True
    with pytest.raises(InputError, match="'20x' is not an integer"):
        rep.bind({"year": "20x", "names": "a"})
    with pytest.raises(InputError, match="missing parameter names"):
        rep.bind({"year": "1"})
    with pytest.raises(InputError, match="no parameter 'yr'"):
        rep.bind({"yr": "1", "names": "a"})


# ------------------------------------------------------------------------------------------ generator
_PLACES = {  # name: (kind, parent, relation to the parent)
    "甲省": ("Region", None, None),
    "乙市": ("Region", "甲省", "PART_OF"),
    "丙市": ("Region", "甲省", "PART_OF"),
    "丁县": ("Region", "乙市", "PART_OF"),
    "戊区": ("Region", "乙市", "PART_OF"),
    "己县": ("Region", "丙市", "PART_OF"),
    "庚园区": ("Park", "丁县", "LOCATED_IN"),
    "辛园区": ("Park", "乙市", "LOCATED_IN"),
    "壬分园": ("Park", "庚园区", "PART_OF"),
    "癸园区": ("Park", "己县", "LOCATED_IN"),
}
_CHARS = "硅氢氨醇电池锂铝碳纤维材料光伏组件"


def _link_pool(rng):
    syn = sorted((k, sorted(v)) for k, v in synonyms().items() if v and len(k) >= 2)
    pool = set()
    for key, others in rng.sample(syn, min(4, len(syn))):
        pool.add(key)
        pool.add(rng.choice(others))
        pool.add("高纯" + key)                 # contains the name: counts
        pool.add(key + "制" + rng.choice("氨醇烯"))  # 制 follows: does not count
    while len(pool) < 22:
        pool.add("".join(rng.sample(_CHARS, rng.randint(2, 3))))
    return sorted(pool)


def random_store(path, seed):
    """A small random store: places, chains, links that contain, alias or are synonyms of each other,
    enterprises, projects at every stage, wants, targets; in two documents."""
    rng = random.Random(seed)
    nodes, edges = {}, []

    def ev(text):
        start = rng.randrange(0, 900)
        return [{"start": start, "end": start + len(text), "sentence": f"第{seed}号文件写到{text}。",
                 "confidence": round(rng.uniform(0.5, 1.0), 2)}]

    def node(kind, name, props=None, aliases=()):
        rec = NodeRecord(Kind(kind), name, dict(props or {}), ev(name), list(aliases))
        nodes.setdefault(rec.id, rec)
        return rec.id

    def edge(src, rel, dst, props=None):
        edges.append(EdgeRecord(src, Rel(rel), dst, dict(props or {}), ev(f"{src}{rel}{dst}")))

    places = {}
    for name, (kind, parent, rel) in _PLACES.items():
        places[name] = node(kind, name)
        if parent:
            edge(places[name], rel, places[parent])
    if rng.random() < 0.5:  # a cycle of parks must not trap either side
        edge(places["庚园区"], "PART_OF", places["壬分园"])
    place_ids = list(places.values())
    pool = _link_pool(rng)
    links = {}
    for name in pool:
        aliases = [rng.choice(pool)] if rng.random() < 0.12 else []
        links[name] = node("Link", name, aliases=aliases)
    chains = []
    for c in range(rng.randint(2, 3)):
        steps = rng.sample(pool, rng.randint(3, 5))
        name = "—".join(steps)
        cid = node("Chain", name)
        chains.append((cid, steps))
        pos = 0
        for i, s in enumerate(steps):
            seg = rng.choice(SEGMENTS)
            if i and rng.random() < 0.25:
                seg = "配套"  # same position as the previous link, listed after it
            else:
                pos = i
            edge(cid, "HAS_LINK", links[s], {"position": pos, "segment": seg if rng.random() < 0.9 else ""})
            if i:  # upstream to downstream, sometimes skipping a step (a branch)
                src = steps[i - 2] if i >= 2 and rng.random() < 0.2 else steps[i - 1]
                edge(links[src], "FEEDS", links[s], {"chains": [name]})
    # a reference chain that the first chain matches: its links include the plan's and a few more
    cid, steps = chains[0]
    extra = rng.sample([x for x in pool if x not in steps], 4)
    ref_steps = extra[:2] + steps + extra[2:]
    ref_name = f"参考链{seed}"
    ref = node("Chain", ref_name, {"reference": f"ref{seed}"})
    for i, s in enumerate(ref_steps):
        edge(ref, "HAS_LINK", links[s], {"position": i, "segment": rng.choice(SEGMENTS + ("",))})
        if i:
            edge(links[ref_steps[i - 1]], "FEEDS", links[s], {"chains": [ref_name]})
    edge(cid, "MATCHES", ref, {"matched_links": steps})
    ents = []
    for i in range(rng.randint(6, 10)):
        roles = rng.sample(ROLES, rng.randint(0, 2))
        eid = node("Enterprise", f"企业{seed}{i}", {"roles": roles})
        ents.append(eid)
        for link in rng.sample(pool, rng.randint(1, 2)):
            edge(eid, "OPERATES", links[link], {"roles": rng.sample(["链主", "龙头"], rng.randint(0, 1))})
        if rng.random() < 0.85:
            edge(eid, "LOCATED_IN", rng.choice(place_ids))
    for i in range(rng.randint(8, 14)):
        stage = rng.choice(STAGES + (None,))
        props = {"stage": stage, "year": rng.choice([2023, 2024, 2025, None]),
                 "investment": rng.choice([None, round(rng.uniform(0.5, 30), 1)])}
        pid = node("Project", f"项目{seed}{i}", {k: v for k, v in props.items() if v is not None})
        edge(pid, "BUILDS", links[rng.choice(pool)], {"product": rng.choice(pool)})
        if rng.random() < 0.85:
            edge(pid, "LOCATED_IN", rng.choice(place_ids))
        if rng.random() < 0.6:
            edge(pid, "UNDERTAKEN_BY", rng.choice(ents))
    for _ in range(rng.randint(3, 6)):
        edge(rng.choice(place_ids), "WANTS", links[rng.choice(pool)])
    for i in range(4):
        ind = node("Industry", rng.choice(["新材料", "新能源", "装备制造"]))
        tid = node("Target", f"指标{seed}{i}", {"metric": "产值", "value": float(rng.randint(5, 90)), "unit": "亿元",
                                             "year": rng.choice([2024, 2025]), "target_kind": "goal"})
        edge(tid, "TARGET_OF", ind)
        edge(tid, "TARGET_IN", rng.choice(place_ids))
    st = Store(path)
    st.ingest({"id": f"gen{seed}-a", "title": f"生成文件{seed}甲", "sha256": f"{seed}a"}, list(nodes.values()), edges)
    again = rng.sample(edges, len(edges) // 3)  # a second document asserts some facts again
    st.ingest({"id": f"gen{seed}-b", "title": f"生成文件{seed}乙", "sha256": f"{seed}b"}, [],
              [EdgeRecord(e.src, e.rel, e.dst, e.props, ev("再次")) for e in again])
    return st


SEEDS = range(4)


@pytest.fixture(scope="module")
def generated(tmp_path_factory):
    d = tmp_path_factory.mktemp("generated")
    stores = [random_store(d / f"g{seed}.db", seed) for seed in SEEDS]
    yield stores
    for st in stores:
        st.close()


# ------------------------------------------------------------------------------------------ differential
def _load(arcade, store):
    push(store, arcade.driver, database=arcade.database)


def _run(arcade, name, **params):
    return run_report(arcade.driver, name, params, database=arcade.database)


def _gap_rows_cypher(rows):
    return [(r["link_id"], r["position"], r["segment"], r["status"], r["wanted"], sorted(r["enterprises"]),
             sorted((p["name"], p["stage"] or "") for p in r["projects"]),
             sorted({(e["doc_id"], e["sentence"]) for e in r["evidence"] if e["sentence"]})) for r in rows]


def _gap_rows_python(rep):
    return [(r.link_id, r.position, r.segment, r.status, r.wanted, sorted(r.enterprises),
             sorted((p["name"], p["stage"] or "") for p in r.projects),
             sorted({(e["doc_id"], e["sentence"]) for e in r.evidence})) for r in rep.rows]


def _places(store):
    return [n["id"] for k in (Kind.REGION, Kind.PARK) for n in store.nodes(k)]


def test_gap_report_equals_python_on_generated_graphs(arcade, generated):
    seen = set()
    compared = 0
    for st in generated:
        _load(arcade, st)
        for chain in st.nodes("Chain"):
            for scope in _places(st):
                py = gap_report(st, chain["id"], scope)
                cy = _run(arcade, "gaps", chain=chain["id"], scope=scope)
                assert _gap_rows_cypher(cy) == _gap_rows_python(py), (st.path, chain["id"], scope)
                seen.update(r.status for r in py.rows)
                compared += 1
    assert seen == set(STATUSES), f"the generated graphs never produce {set(STATUSES) - seen}"
    assert compared >= 60


def test_gap_report_equals_python_on_the_corpus(arcade, corpus_store):
    _load(arcade, corpus_store)
    scopes = [s for s in ("Region:甘州区", "Region:张掖市", "Park:张掖经开区", "Region:华亭市")
              if corpus_store.has_node(s)]
    # the chains the documents write, and the library chains they match
    chains = [c["id"] for c in corpus_store.nodes("Chain") if not c["props"].get("reference")]
    chains += sorted({e["dst"] for e in corpus_store.edges("MATCHES")} if "MATCHES" in Rel.__members__ else ())
    assert len(scopes) >= 3 and len(chains) >= 5
    statuses = set()
    for chain in chains:
        for scope in scopes:
            py = gap_report(corpus_store, chain, scope)
            assert _gap_rows_cypher(_run(arcade, "gaps", chain=chain, scope=scope)) == _gap_rows_python(py), \
                (chain, scope)
            statuses.update(r.status for r in py.rows)
    assert len(statuses) >= 3  # not only 'missing'
    # names work as well as ids
    c = corpus_store.node(chains[0])
    by_name = _run(arcade, "gaps", chain=c["name"], scope="甘州区")
    assert [r["link"] for r in by_name] == [r.name for r in gap_report(corpus_store, chains[0], "Region:甘州区").rows]


def test_region_comparison_equals_gap_reports(arcade, generated):
    for st in generated[:2]:
        _load(arcade, st)
        scopes = _places(st)
        for chain in st.nodes("Chain"):
            rows = _run(arcade, "compare", chain=chain["id"], scopes=scopes)
            expected = []
            for scope in scopes:
                for r in gap_report(st, chain["id"], scope).rows:
                    expected.append((r.position, r.segment == "配套", r.name, scopes.index(scope), r.status,
                                     len(r.enterprises), len(r.projects), r.wanted))
            expected.sort(key=lambda x: x[:4])
            got = [(r["position"], r["segment"] == "配套", r["link"], scopes.index(_id_of(st, r["place"])),
                    r["status"], r["enterprises"], r["projects"], r["wanted"]) for r in rows]
            assert got == expected, chain["id"]


def _id_of(store, name):
    return next(n["id"] for k in (Kind.REGION, Kind.PARK) for n in store.nodes(k) if n["name"] == name)


def _leaders_python(store, roles=("链主", "龙头")):
    out = []
    for c in store.nodes("Chain"):
        found = {}
        for e in store.edges_of(c["id"], "out", [Rel.HAS_LINK]):
            matches = _matching_links(store, store.node(e["dst"])["name"])
            for o in store.edges(Rel.OPERATES):
                if o["dst"] in matches and o["src"].startswith("Enterprise:"):
                    found.setdefault(o["src"], [set(), set()])
                    found[o["src"]][0].add(store.node(e["dst"])["name"])
                    found[o["src"]][1].update(o["props"].get("roles") or ())
            for b in store.edges(Rel.BUILDS):
                if b["dst"] in matches:
                    for u in store.edges_of(b["src"], "out", [Rel.UNDERTAKEN_BY]):
                        found.setdefault(u["dst"], [set(), set()])[0].add(store.node(e["dst"])["name"])
        for eid, (links, op_roles) in found.items():
            node = store.node(eid)
            all_roles = set(node["props"].get("roles") or ()) | op_roles
            mine = [r for r in roles if r in all_roles]
            if mine:
                places = sorted(store.node(x["dst"])["name"] for x in store.edges_of(eid, "out", [Rel.LOCATED_IN]))
                out.append((c["name"], roles.index(mine[0]), node["name"], mine, sorted(links), places))
    return sorted(out)


def test_leaders_equal_python(arcade, generated):
    total = 0
    for st in generated:
        _load(arcade, st)
        rows = _run(arcade, "leaders")
        got = [(r["chain"], ("链主", "龙头").index(r["roles"][0]), r["enterprise"], r["roles"], sorted(r["links"]),
                sorted(r["places"])) for r in rows]
        assert got == _leaders_python(st)
        total += len(rows)
        one = st.nodes("Chain").__next__()
        assert all(r["chain"] == one["name"] for r in _run(arcade, "leaders", chain=one["id"]))
    assert total >= 3


def _pipeline_python(store, scope):
    places = scope_places(store, scope)
    groups = {}
    for p in store.nodes("Project"):
        if any(e["dst"] in places for e in store.edges_of(p["id"], "out", [Rel.LOCATED_IN])):
            key = (p["props"].get("stage"), p["props"].get("year"))
            g = groups.setdefault(key, [0, 0.0, []])
            g[0] += 1
            g[1] += p["props"].get("investment") or 0.0
            g[2].append(p["name"])
    order = {s: i for i, s in enumerate(STAGES)}
    return sorted(((k[0], k[1], n, round(inv, 6), sorted(names)) for k, (n, inv, names) in groups.items()),
                  key=lambda r: (order.get(r[0], len(STAGES)), r[1] is None, r[1] or 0))


def test_pipeline_equals_python(arcade, generated, corpus_store):
    for st, scopes in [(generated[0], ["Region:甲省", "Region:乙市", "Park:庚园区"]),
                       (corpus_store, ["Region:甘州区", "Region:张掖市"])]:
        _load(arcade, st)
        for scope in scopes:
            rows = _run(arcade, "pipeline", scope=scope)
            got = [(r["stage"], r["year"], r["projects"], round(r["investment"], 6), sorted(r["names"]))
                   for r in rows]
            assert got == _pipeline_python(st, scope), scope
            assert got


def test_plan_targets_equal_python(arcade, corpus_store):
    _load(arcade, corpus_store)
    rows = _run(arcade, "plan_targets")
    expected = []
    for t in corpus_store.nodes("Target"):
        ind = [corpus_store.node(e["dst"])["name"] for e in corpus_store.edges_of(t["id"], "out", [Rel.TARGET_OF])]
        where = [corpus_store.node(e["dst"])["name"] for e in corpus_store.edges_of(t["id"], "out", [Rel.TARGET_IN])]
        for w in where or [None]:
            expected.append(((ind or [t["props"].get("industry")])[0], t["props"].get("year"), t["props"]["metric"],
                             t["props"]["value"], w))
    got = [(r["industry"], r["year"], r["metric"], r["value"], r["place"]) for r in rows]
    assert sorted(got, key=repr) == sorted(expected, key=repr) and got
    scoped = _run(arcade, "plan_targets", scope="甘州区")
    assert scoped and {r["place"] for r in scoped} <= {corpus_store.node(p)["name"]
                                                       for p in scope_places(corpus_store, "Region:甘州区")}


def test_evidence_report_lists_every_assertion(arcade, corpus_store):
    _load(arcade, corpus_store)
    nid = "Enterprise:河西硅业" if corpus_store.has_node("Enterprise:河西硅业") else next(
        corpus_store.nodes("Enterprise"))["id"]
    rows = _run(arcade, "evidence", node=nid)
    own = [(r["doc_id"], r["sentence"], r["start"]) for r in rows if r["relationship"] is None]
    assert own == [(e["doc_id"], e["sentence"] or "", -1 if e["start"] is None else e["start"])
                   for e in corpus_store.evidence(node_id=nid)]
    rel_rows = [r for r in rows if r["relationship"] is not None]
    expected = sum(len(corpus_store.evidence(edge_id=e["id"]))
                   for d in ("out", "in") for e in corpus_store.edges_of(nid, d))
    assert len(rel_rows) == expected


def test_reports_run_in_read_transactions(arcade, monkeypatch):
    """run_report goes through session.execute_read (ArcadeDB itself would accept a write there)."""
    from neo4j import Session

    calls = []
    original = Session.execute_read
    monkeypatch.setattr(Session, "execute_read", lambda self, *a, **k: calls.append(1) or original(self, *a, **k))
    monkeypatch.setattr(Session, "execute_write", lambda *a, **k: pytest.fail("a report used a write transaction"))
    _run(arcade, "plan_targets")
    assert calls == [1]


def _ratings_python(store, chain, scope):
    return [(r.link_id, r.position, r.segment, r.in_plan, r.rating, r.wanted, r.gap_kind, r.priority)
            for r in analyse_chain(store, chain, scope).links]


def _ratings_cypher(rows):
    return [(r["link_id"], r["position"], r["segment"], r["in_plan"], r["rating"], r["wanted"], r["gap_kind"],
             r["priority"]) for r in rows]


def test_link_ratings_equal_the_analysis_on_generated_graphs(arcade, generated):
    ratings, kinds = set(), set()
    for st in generated:
        _load(arcade, st)
        for chain in st.nodes("Chain"):
            for scope in ("Region:甲省", "Region:乙市", "Region:丁县", "Park:庚园区", "Park:癸园区"):
                py = _ratings_python(st, chain["id"], scope)
                assert _ratings_cypher(_run(arcade, "link_ratings", chain=chain["id"], scope=scope)) == py, \
                    (st.path, chain["id"], scope)
                ratings.update(r[4] for r in py)
                kinds.update(r[6] for r in py if r[6])
    assert ratings == set(RATINGS) and kinds == set(GAP_KINDS)


def test_link_ratings_equal_the_analysis_on_the_corpus(arcade, corpus_store):
    _load(arcade, corpus_store)
    chains = [c["id"] for c in corpus_store.nodes("Chain") if not c["props"].get("reference")]
    assert len(chains) >= 5
    for chain in chains:
        for scope in ("Region:甘州区", "Park:张掖经开区"):
            assert _ratings_cypher(_run(arcade, "link_ratings", chain=chain, scope=scope)) == \
                _ratings_python(corpus_store, chain, scope), (chain, scope)


# ---------------------------------------------------------------------------- candidate targets
@pytest.fixture(scope="module")
def examples_store(tmp_path_factory):
    """The bundled examples (firms across several provinces) and the 甘州区 plan."""
    import glob
    import os

    from chainatlas.graph import ingest_file
    from conftest import EXAMPLES, corpus_file

    st = Store(tmp_path_factory.mktemp("targets") / "t.db")
    for f in sorted(glob.glob(os.path.join(EXAMPLES, "*.txt")) + glob.glob(os.path.join(EXAMPLES, "*.csv"))) \
            + [corpus_file("000")]:
        ingest_file(st, f)
    return st


def test_targets_report_equals_python_candidates(arcade, examples_store):
    from chainatlas.queries.analysis import analyse_chain
    from chainatlas.queries.targets import ROLE_POINTS, rank_targets

    st = examples_store
    _load(arcade, st)
    a = analyse_chain(st, "光伏", "甘州区")
    gaps = [r for r in a.gaps if r.step == r.name][:6]
    assert any(g.name == "多晶硅" for g in gaps)
    seen = 0
    for g in gaps:
        py = rank_targets(st, a.chain_id, a.scope_id, g.name, analysis=a)
        cy = _run(arcade, "targets", link=g.link_id, scope=a.scope_id, limit=1000)
        assert {r["enterprise_id"] for r in cy} == {c.enterprise_id for c in py}, g.name
        by_id = {r["enterprise_id"]: r for r in cy}
        for c in py:
            r = by_id[c.enterprise_id]
            link_points = 3 if any(x.startswith("经营该环节") for x in c.reasons) else 2
            role_points = max((ROLE_POINTS.get(x, 0) for x in c.roles), default=0)
            assert (r["link_points"], r["role_points"]) == (link_points, role_points), (g.name, c.name)
            assert sorted(r["products"]) == c.products
            seen += 1
    assert seen >= 5  # the examples have several firms outside 甘州区 for the PV gaps
