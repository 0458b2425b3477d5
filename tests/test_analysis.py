"""Ratings, gap kinds, priorities, target ranking and region comparison on hand-built graphs."""

import pytest

from chainatlas.exceptions import NotFoundError
from chainatlas.ontology.mapping import EdgeRecord as E
from chainatlas.ontology.mapping import NodeRecord as N
from chainatlas.ontology.vocab import Kind, Rel
from chainatlas.queries.analysis import analyse_chain, chains_in_scope, rate_link
from chainatlas.queries.compare import compare_regions, plan_targets, sibling_regions
from chainatlas.queries.targets import rank_targets


def ev(conf=1.0):
    return [{"start": 0, "end": 0, "sentence": "手工构造", "confidence": conf}]


REGIONS = {  # name: (adcode, parent)
    "甘肃省": ("620000", None), "张掖市": ("620700", "甘肃省"), "甘州区": ("620702", "张掖市"),
    "临泽县": ("620723", "张掖市"), "兰州市": ("620100", "甘肃省"), "青海省": ("630000", None),
    "西宁市": ("630100", "青海省"), "广东省": ("440000", None), "广州市": ("440100", "广东省"),
}


def build(store, inside_middle=True):
    """Chain 原料→中间→产品→成品→终端, side branch 辅料→成品, 配套 设备 (no edges)."""
    nodes = [N(Kind.CHAIN, "测试链", {}, ev())]
    edges = []
    for name, (code, parent) in REGIONS.items():
        nodes.append(N(Kind.REGION, name, {"adcode": code}, ev()))
        if parent:
            edges.append(E(f"Region:{name}", Rel.PART_OF, f"Region:{parent}", {}, ev()))
    links = [("原料", "上游"), ("中间", "中游"), ("产品", "中游"), ("成品", "下游"), ("终端", "下游"),
             ("辅料", "上游"), ("设备", "配套")]
    for i, (name, seg) in enumerate(links):
        nodes.append(N(Kind.LINK, name, {}, ev()))
        edges.append(E("Chain:测试链", Rel.HAS_LINK, f"Link:{name}", {"segment": seg, "position": i}, ev()))
    for a, b in [("原料", "中间"), ("中间", "产品"), ("产品", "成品"), ("成品", "终端"), ("辅料", "成品")]:
        edges.append(E(f"Link:{a}", Rel.FEEDS, f"Link:{b}", {"chains": ["测试链"]}, ev()))
    nodes.append(N(Kind.LINK, "高纯中间", {}, ev()))

    def firm(name, where, ops, roles=(), conf=1.0):
        n = N(Kind.ENTERPRISE, name, {"roles": list(roles)}, ev(conf))
        nodes.append(n)
        edges.append(E(n.id, Rel.LOCATED_IN, f"Region:{where}", {}, ev(conf)))
        for op in ops:
            edges.append(E(n.id, Rel.OPERATES, f"Link:{op}", {}, ev(conf)))

    # inside the scope (甘州区)
    firm("龙头原料", "甘州区", ["原料"], roles=["龙头"])
    firm("小产品", "甘州区", ["产品"])
    for i in "甲乙丙":
        firm(f"设备{i}", "甘州区", ["设备"])
    nodes.append(N(Kind.PROJECT, "成品项目", {"stage": "在建", "investment": 2.0}, ev()))
    edges.append(E("Project:成品项目", Rel.LOCATED_IN, "Region:甘州区", {}, ev()))
    edges.append(E("Project:成品项目", Rel.BUILDS, "Link:成品", {}, ev()))
    edges.append(E("Region:甘州区", Rel.WANTS, "Link:终端", {}, ev()))
    # outside: candidates for the 断点 中间
    firm("临泽中间", "临泽县", ["中间"])                       # same city: 3 + 2 = 5
    firm("广州中间", "广州市", ["中间"], roles=["链主"])         # far, chain leader: 3 + 2 = 5
    firm("西宁高纯", "西宁市", ["高纯中间"])                     # neighbour province, near product: 2 + 1 = 3
    firm("兰州两环", "兰州市", ["中间", "终端"])                  # same province + adjacent 终端: 3 + 1 + 1.5 = 5.5
    firm("临泽存疑", "临泽县", ["中间"], conf=0.5)               # same city but uncertain: (3 + 2) * 0.5 = 2.5
    if inside_middle:
        firm("甘州中间", "甘州区", ["高纯中间"])                  # inside the scope: a weak 中间, not a candidate
    store.ingest({"id": "hand"}, nodes, edges)
    return store


@pytest.fixture
def hand(store):
    return build(store)


def by_name(a):
    return {r.name: r for r in a.links}


def test_rating_rules():
    assert rate_link([{"roles": ["链主"]}], [])[0] == "优势"
    assert rate_link([{"roles": []}] * 3, [])[0] == "优势"
    assert rate_link([], [{"stage": "投产", "investment": 12}])[0] == "优势"  # a large completed project
    assert rate_link([], [{"stage": "投产", "investment": 2}])[0] == "薄弱"
    assert rate_link([{"roles": ["规上"]}] * 2, [])[0] == "薄弱"
    assert rate_link([{"roles": []}], [{"stage": "签约"}])[0] == "潜力"
    assert rate_link([], [{"stage": None}])[0] == "潜力"
    assert rate_link([], [])[0] == "空白"
    assert rate_link([], [{"stage": "投产", "investment": 12}], large_project_yi=20)[0] == "薄弱"


def test_ratings_and_gap_kinds(hand):
    a = analyse_chain(hand, "测试链", "甘州区", library=False)
    rows = by_name(a)
    assert {k: (r.rating, r.gap_kind) for k, r in rows.items()} == {
        "原料": ("优势", None),
        "中间": ("薄弱", "强链"),   # 甘州中间 makes 高纯中间, which counts for 中间
        "产品": ("薄弱", "强链"),
        "成品": ("潜力", None),
        "终端": ("空白", "延链"),
        "辅料": ("空白", "补链"),
        "设备": ("优势", None),
    }
    assert rows["终端"].wanted and rows["终端"].priority == 1      # 延链 2, wanted by the plan -> 1
    assert rows["辅料"].priority == 2 and rows["产品"].priority == 3
    assert [r.name for r in a.gaps] == ["终端", "辅料", "中间", "产品"]
    assert a.completeness == pytest.approx(5 / 7)
    assert rows["成品"].inputs == ["产品", "辅料"] or sorted(rows["成品"].inputs) == ["产品", "辅料"]


def test_break_point_is_the_most_urgent(store):
    build(store, inside_middle=False)
    a = analyse_chain(store, "测试链", "甘州区", library=False)
    rows = by_name(a)
    # nothing at 中间, present 原料 upstream and 产品 downstream
    assert (rows["中间"].rating, rows["中间"].gap_kind, rows["中间"].priority) == ("空白", "断点", 1)
    assert [(g.name, g.priority) for g in a.gaps][:2] == [("中间", 1), ("终端", 1)]


def test_target_ranking_scores_and_reasons(store):
    st = build(store, inside_middle=False)
    cands = rank_targets(st, "测试链", "甘州区", "中间")
    got = [(c.name, c.score) for c in cands]
    assert got == [("兰州两环", 5.5), ("临泽中间", 5.0), ("广州中间", 5.0), ("西宁高纯", 3.0), ("临泽存疑", 2.5)]
    reasons = {c.name: c.reasons for c in cands}
    assert reasons["兰州两环"] == ["经营该环节(中间)", "同时经营终端, 与本地已有的成品相邻", "同省(甘肃省)"]
    assert reasons["临泽中间"] == ["经营该环节(中间)", "同市(张掖市)"]
    assert reasons["广州中间"] == ["经营该环节(中间)", "链主企业"]
    assert reasons["西宁高纯"] == ["经营相近产品(高纯中间)", "邻省(青海省)"]
    assert reasons["临泽存疑"][-1] == "证据置信度0.50"
    assert [c.name for c in rank_targets(st, "测试链", "甘州区", "中间", limit=2)] == ["兰州两环", "临泽中间"]
    with pytest.raises(NotFoundError, match="not a link of 测试链"):
        rank_targets(st, "测试链", "甘州区", "不存在")


def test_region_comparison_and_complementarity(hand):
    assert sibling_regions(hand, "甘州区") == ["Region:临泽县"]
    c = compare_regions(hand, "测试链", ["甘州区", "临泽县", "兰州市"], library=False)
    m = c.matrix()
    assert m["临泽县"]["中间"] == "薄弱" and m["临泽县"]["原料"] == "空白"
    assert m["兰州市"]["终端"] == "薄弱"
    assert c.completeness()["甘州区"] == pytest.approx(round(5 / 7, 3))
    comp = {g["link"]: g["covered_by"] for g in c.complementarity("甘州区")}
    assert comp["终端"] == [("兰州市", "薄弱")]
    assert comp["辅料"] == []
    df = c.to_frame()
    assert list(df.index) == ["甘州区", "临泽县", "兰州市"] and df.loc["兰州市", "终端"] == "薄弱"


def test_chains_in_scope(hand):
    assert chains_in_scope(hand, "甘州区") == ["Chain:测试链"]
    assert chains_in_scope(hand, "广东省") == ["Chain:测试链"]  # 广州中间 operates one of its links
    assert chains_in_scope(hand, "青海省") == []  # 高纯中间 is not a link of the chain itself


def test_plan_targets_from_a_document(store):
    from chainatlas.graph import ingest_extraction
    from chainatlas.loaders import extract_text

    text = ("甘州区推进新能源产业发展。到2025年,新能源产业产值预计达到50亿元。"
            "到2026年,新能源产业产值力争达到60亿元。")
    x = extract_text(text, doc_id="t")
    ingest_extraction(store, x, {"id": "t", "scope": x.scope})
    rows = plan_targets(store, scope="甘州区")
    assert rows, x.targets
    kinds = {(r["year"], r["value"], r["kind"]) for r in rows}
    assert (2025, 50.0, "expected") in kinds and (2026, 60.0, "goal") in kinds
    assert all(r["sources"] and r["sources"][0]["sentence"] for r in rows)
    assert plan_targets(store, industry="农业") == []
