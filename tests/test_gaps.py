import pytest

from chainatlas import NotFoundError
from chainatlas.graph import ingest_extraction
from chainatlas.loaders import extract_rows, extract_text
from chainatlas.queries import gap_report, resolve_scope, scope_places

PLAN = ("甘州区形成“硅石—工业硅—多晶硅—单晶硅—光伏组件”的产业链。"
        "围绕硅系新材料产业，全力招引单晶硅等上下游企业。")
ENTERPRISES = [["企业名称", "所在园区", "所在地", "主营产品"],
               ["甲硅业有限公司", "张掖经开区循环经济示范园", "甘肃省张掖市甘州区", "工业硅"],
               ["乙组件有限公司", "", "甘肃省酒泉市肃州区", "光伏组件"]]
PROJECTS = [["项目名称", "建设单位", "建设内容及规模", "总投资", "建设地点", "建设阶段", "年度"],
            ["丙多晶硅项目", "丙公司", "年产10万吨高纯多晶硅", "50", "甘州区", "在建", "2025"],
            ["丁硅石项目", "丁公司", "年产30万吨硅石", "2", "甘州区", "投产", "2024"],
            ["戊组件项目", "戊公司", "年产5GW光伏组件", "20", "甘州区", "谋划", "2026"]]


@pytest.fixture
def built(store):
    ingest_extraction(store, extract_text(PLAN, doc_id="plan"), {"id": "plan"})
    ingest_extraction(store, extract_rows(ENTERPRISES, doc_id="ent.csv"), {"id": "ent.csv"})
    ingest_extraction(store, extract_rows(PROJECTS, doc_id="proj.csv"), {"id": "proj.csv"})
    # the sub-park belongs to the 经开区, which a county plan places in 甘州区
    ingest_extraction(store, extract_text("甘州区依托张掖经开区循环经济示范园发展。", doc_id="p2"), {"id": "p2"})
    return store


def test_every_status(built):
    r = gap_report(built, "硅石—工业硅", "甘州区")
    got = {row.name: (row.status, row.wanted) for row in r.rows}
    assert got == {
        "硅石": ("present", False),      # completed project
        "工业硅": ("present", False),    # enterprise in a sub-park of a park in the region
        "多晶硅": ("building", False),   # 高纯多晶硅 counts for 多晶硅
        "单晶硅": ("wanted", True),      # nothing there, the plan recruits it
        "光伏组件": ("planned", False),  # a planned project; the firm in 肃州区 is outside
    }
    assert r.missing == ["单晶硅"]
    assert [row.position for row in r.rows] == [0, 1, 2, 3, 4]


def test_evidence_names_documents(built):
    r = gap_report(built, "硅石—工业硅", "甘州区")
    row = next(x for x in r.rows if x.name == "工业硅")
    assert row.enterprises == ["甲硅业有限公司"]
    assert any(e["doc_id"] == "ent.csv" and "第2行" in e["sentence"] for e in row.evidence)


def test_scope_outside(built):
    r = gap_report(built, "硅石—工业硅", "肃州区")
    got = {row.name: row.status for row in r.rows}
    assert got["光伏组件"] == "present" and got["工业硅"] == "missing"


def test_scope_includes_sub_parks(built):
    places = scope_places(built, resolve_scope(built, "甘州区"))
    assert "Park:张掖经开区循环经济示范园" in places


def test_unknown_chain_and_scope(built):
    with pytest.raises(NotFoundError, match="no chain"):
        gap_report(built, "不存在的链", "甘州区")
    with pytest.raises(NotFoundError, match="no region or park"):
        gap_report(built, "硅石", "火星")


def test_corpus_hydrogen_chain_in_ganzhou(corpus_store):
    r = gap_report(corpus_store, "绿电制绿氢", "甘州区")
    got = {row.name: row for row in r.rows}
    assert set(got) == {"绿电", "绿氢", "绿氨", "二氧化碳", "甲醇"}
    # the named projects sit at their links, with the sentence behind them
    assert "张掖中顾绿氢合成氨" in {p["name"] for p in got["绿氢"].projects}
    assert "龙源绿电氢制甲醇" in {p["name"] for p in got["甲醇"].projects}
    assert got["绿氢"].status in ("present", "building")
    assert all(e["sentence"] for e in got["绿氢"].evidence)
    assert got["二氧化碳"].status == "missing"


def test_corpus_silicon_chain_gaps_wanted_in_ganzhou(corpus_store):
    r = gap_report(corpus_store, "工业硅—多晶硅—拉晶切片", "甘州区")
    got = {row.name: row for row in r.rows}
    # the plan's 拉晶切片 is stored under the library's name for the link, 硅片
    assert got["多晶硅"].status == "wanted" and got["硅片"].status == "wanted"
    assert "拉晶切片" in corpus_store.aliases("Link:硅片")


def test_a_feed_shared_by_two_chains_belongs_to_both(store):
    from chainatlas.loaders import parse_chain
    from chainatlas.ontology.mapping import canonical_link_name
    from chainatlas.viz import chain_map_data

    text = "华亭市形成“煤制甲醇—烯烃—化工新材料”“煤制甲醇—甲醛—精细化工产品”等产业链。"
    ingest_extraction(store, extract_text(text, doc_id="p"), {"id": "p"})
    for chain in ("煤制甲醇—烯烃—化工新材料", "煤制甲醇—甲醛—精细化工产品"):
        steps = store.node(f"Chain:{chain}")["props"]["steps"]
        expected = {(f"Link:{canonical_link_name(a)}", f"Link:{canonical_link_name(b)}")
                    for a, b in parse_chain(steps)["feeds"]}
        drawn = {(e["from"], e["to"]) for e in chain_map_data(store, chain, "华亭市")["edges"]
                 if e.get("group") == "feeds"}
        assert drawn == expected
