"""The reference chain library: shipped data, loader checks, name resolution and chain matching."""

import csv
import doctest
import os
import re
import textwrap

import networkx as nx
import pytest

from chainatlas.exceptions import InputError, NotFoundError
from chainatlas.ontology import library as libmod
from chainatlas.ontology.library import GBT_LEVELS, Library, RefChain, chain_files, gbt_table, load_library
from chainatlas.ontology.names import normalise_name
from conftest import ROOT, corpus_file

REFERENCE_CSV = os.path.normpath(os.path.join(ROOT, "..", "shared", "reference", "gbt4754_2017.csv"))

# Stage words of the provincial circular chains (煤-电-冶-化-材): each regional chain maps them to its own link,
# so across the library they are deliberately ambiguous.
REGIONAL_STAGE_WORDS = {"冶", "化", "材", "电", "化工", "冶炼", "冶金", "有色冶金"}


@pytest.fixture(scope="module")
def lib():
    return load_library()


# ---------------------------------------------------------------- the shipped data


def test_every_shipped_file_loads_and_is_named_by_its_id(lib):
    files = chain_files()
    assert len(files) >= 40
    assert sorted(lib.chains) == sorted(os.path.splitext(os.path.basename(f))[0] for f in files)
    for c in lib:
        assert c.source.endswith(c.id + ".toml")
        assert c.name.endswith(("产业链", "循环经济产业链"))


def test_default_library_is_cached(lib):
    assert load_library() is lib


def test_gbt_table_has_every_level_and_no_remarks():
    table = gbt_table()
    levels = [level for level, _ in table.values()]
    assert {lvl: levels.count(lvl) for lvl in GBT_LEVELS} == {1: 20, 2: 97, 3: 274, 4: 1381}
    assert table["3825"] == (4, "光伏设备及元器件制造")
    assert table["2710"] == (4, "化学药品原料药制造")
    assert table["3741"] == (4, "飞机制造")  # listed with the group's code in the source
    assert all(len(c) == 4 and c.isdigit() for c, (lvl, _) in table.items() if lvl == 4)
    path = os.path.join(ROOT, "ontology", "data", "gbt4754_2017.tsv")
    text = open(path, encoding="utf-8").read()
    rows = [line.split("\t") for line in text.splitlines() if line and not line.startswith("#")]
    assert {len(r) for r in rows} == {3}
    if os.path.exists(REFERENCE_CSV):  # the remark column (the standard's sentences) must not be shipped
        with open(REFERENCE_CSV, encoding="utf-8") as f:
            remarks = [r["remark"].strip() for r in csv.DictReader(f) if len(r["remark"].strip()) >= 8]
        assert len(remarks) > 500
        assert not [r for r in remarks if r in text]


def test_every_code_is_a_level_4_class_with_its_name(lib):
    table = gbt_table()
    coded = 0
    for c in lib:
        for link in c:
            if link.gbt:
                coded += 1
                assert table[link.gbt] == (4, link.gbt_name), (c.id, link.name)
            else:
                assert link.gbt_name == ""
    assert coded >= 500


def test_every_empty_code_says_why_in_a_comment():
    for path in chain_files():
        lines = open(path, encoding="utf-8").read().splitlines()
        for i, line in enumerate(lines):
            if re.fullmatch(r'gbt\s*=\s*""', line.strip()):
                assert lines[i - 1].lstrip().startswith("#"), f"{path}:{i + 1}: gbt = \"\" without a reason"


def test_every_chain_is_a_connected_dag_of_three_links_or_more(lib):
    # 配套 links are not exempt: each feeds the links it supplies
    for c in lib:
        g = c.to_networkx()
        assert len(g) >= 3, c.id
        assert nx.is_directed_acyclic_graph(g), c.id
        assert nx.is_weakly_connected(g), (c.id, [sorted(x) for x in nx.weakly_connected_components(g)])
        assert set(g.edges) == set(c.feeds())


def test_one_link_name_has_one_code_across_chains(lib):
    codes = {}
    for c in lib:
        for link in c:
            codes.setdefault(link.name, set()).add(link.gbt)
    assert {n: v for n, v in codes.items() if len(v) > 1} == {}


def test_synonyms_name_one_link_across_the_library(lib):
    names = {normalise_name(link.name) for c in lib for link in c}
    meaning = {}
    for c in lib:
        for link in c:
            for s in link.synonyms:
                meaning.setdefault(normalise_name(s), set()).add(link.name)
    clashes = {s: v for s, v in meaning.items() if len(v) > 1 and s not in names and s not in REGIONAL_STAGE_WORDS}
    assert clashes == {}
    # a link's name wins over another chain's synonym
    for c in lib:
        for link in c:
            assert lib.canonical_link(link.name) == link.name


# the rows of the synonym table the gap query used before the library (ontology/data/synonyms.tsv, retired)
OLD_SYNONYM_TABLE = {
    "绿氢": ["制氢", "电解水制氢", "氢气", "绿电制氢", "可再生能源制氢"],
    "拉晶切片": ["硅片", "单晶硅片", "切片"],
    "工业硅": ["金属硅"],
    "光伏组件": ["组件", "光伏电池组件"],
    "绿色甲醇": ["绿醇"],
    "加氢": ["加氢站", "加氢机"],
    "储氢": ["储氢罐", "储氢瓶", "高压储氢瓶"],
    "燃料电池": ["氢燃料电池", "燃料电池电堆"],
    "电解槽": ["电解水制氢设备", "电解制氢装备"],
}


@pytest.mark.parametrize("name", OLD_SYNONYM_TABLE)
def test_the_old_synonym_table_is_folded_in(lib, name):
    canon = lib.canonical_link(name)
    assert canon is not None
    assert [lib.canonical_link(o) for o in OLD_SYNONYM_TABLE[name]] == [canon] * len(OLD_SYNONYM_TABLE[name])


# the chains the issue lists: (lookup name, id, a path that must run downstream in it)
ISSUE_CHAINS = [
    ("光伏", "silicon-pv", ["工业硅", "多晶硅", "单晶硅", "硅片", "电池片", "光伏组件"]),
    ("煤制烯烃", "coal-olefins", ["煤炭", "甲醇", "烯烃", "化工新材料"]),
    ("甲醛产业链", "methanol-derivatives", ["甲醇", "甲醛", "精细化学品"]),
    ("煤制化肥产业链", "coal-ammonia", ["煤炭", "合成氨", "尿素", "精细化学品"]),
    ("氢能", "hydrogen", ["绿电", "绿氢", "储氢", "运氢", "加氢", "燃料电池汽车"]),
    ("氢氨醇一体化产业链", "green-hydrogen-chemicals", ["绿电", "绿氢", "绿色甲醇"]),
    ("铝", "aluminium", ["氧化铝", "电解铝", "铝合金", "铝型材", "铝深加工制品"]),
    ("铜", "copper", ["铜精矿", "阳极铜", "电解铜", "铜杆", "电线电缆"]),
    ("镍钴", "nickel-cobalt", ["镍矿", "硫酸镍", "三元前驱体", "正极材料", "锂离子电池", "电池包", "废旧电池回收"]),
    ("锂", "lithium", ["锂辉石", "碳酸锂", "氯化锂", "金属锂"]),
    ("新能源电池产业链", "lithium-battery", ["正极材料", "锂离子电池", "电池包", "新能源汽车", "废旧电池回收"]),
    ("石化", "petrochemical", ["原油", "原油加工", "石脑油", "乙烯", "聚烯烃"]),
    ("PX产业链", "px-polyester", ["对二甲苯", "精对苯二甲酸", "聚酯", "涤纶"]),
    ("中医药", "tcm", ["中药材", "中药材初加工", "中药饮片", "中成药"]),
    ("原料药产业链", "chem-pharma", ["基础化工原料", "医药中间体", "原料药", "化学药品制剂"]),
    ("风电装备", "wind-power", ["齿轮箱", "机舱", "风电整机", "风电场建设", "风力发电"]),
    ("光热发电", "solar-thermal", ["超白玻璃", "反射镜", "定日镜", "光热发电"]),
    ("玉米种子产业链", "seed-corn", ["育种", "亲本繁育", "制种", "种子加工", "种子销售"]),
    ("乳业", "dairy", ["饲草", "奶牛养殖", "生鲜乳", "乳粉"]),
    ("肉牛", "beef-cattle", ["饲草", "肉牛养殖", "肉牛屠宰", "肉制品"]),
    ("马铃薯", "potato", ["脱毒种薯", "马铃薯", "马铃薯淀粉", "变性淀粉"]),
    ("钢铁", "steel", ["铁矿石", "烧结矿", "生铁", "粗钢", "钢材", "钢结构"]),
    ("不锈钢", "stainless-steel", ["铬矿", "铬铁", "不锈钢", "不锈钢材", "不锈钢制品"]),
    ("再生资源", "renewable-resources", ["废旧物资回收", "废塑料", "再生塑料", "塑料制品"]),
    ("资源综合利用产业链", "industrial-solid-waste", ["火电", "粉煤灰", "粉煤灰建材"]),
    ("玄武岩纤维", "basalt-fiber", ["玄武岩", "玄武岩连续纤维", "玄武岩纤维制品", "玄武岩纤维复合材料"]),
    ("铁合金", "ferroalloy", ["硅石", "硅铁", "硅系复合合金", "粗钢"]),
    ("硅系新材料产业链", "silicon-materials", ["工业硅", "有机硅单体", "有机硅中间体", "硅橡胶"]),
    ("储能", "energy-storage", ["锂离子电池", "储能系统", "电化学储能电站", "电网"]),
    ("碳基材料产业链", "carbon-materials", ["煤炭", "焦炭", "煤焦油", "针状焦", "石墨电极"]),
    ("农机装备", "agri-machinery", ["钢材", "铸锻件", "内燃机", "拖拉机", "农机作业服务"]),
    # the seven 千亿级 chains of the provincial plan (corpus document 003)
    ("庆阳石油（天然气）化工、煤电化冶材循环经济产业链", "qingyang-circular", ["煤炭", "合成气", "甲醇", "烯烃", "聚烯烃"]),
    ("白银煤电化冶材循环经济产业链", "baiyin-circular", ["煤炭", "火电", "电解铜", "硫酸"]),
    ("平凉煤电化冶循环经济产业链", "pingliang-circular", ["煤炭", "合成气", "甲醇", "烯烃", "聚烯烃", "塑料制品"]),
    ("嘉峪关冶金新材料循环经济产业链", "jiayuguan-circular", ["煤炭", "焦炭", "生铁", "粗钢", "钢材", "装备制造"]),
    ("金昌煤电冶化材循环经济产业链", "jinchang-circular", ["镍矿", "高冰镍", "硫酸", "硫酸镍", "三元前驱体", "正极材料"]),
    ("酒泉新能源和新能源装备制造产业链", "jiuquan-new-energy", ["机舱", "风电整机", "风力发电", "电网"]),
    ("兰州石油化工及合成材料循环经济产业链", "lanzhou-petrochemical", ["原油", "原油加工", "石脑油", "芳烃", "对二甲苯"]),
]


@pytest.mark.parametrize("lookup,cid,path", ISSUE_CHAINS, ids=[c for _, c, _ in ISSUE_CHAINS])
def test_the_issue_chains_are_there(lib, lookup, cid, path):
    c = lib.chain(lookup)
    assert c.id == cid
    assert c.industry and c.name
    for up, down in zip(path, path[1:]):
        assert up in c.links and down in c.links, (up, down)
        assert down in c.downstream(up), f"{up} is not upstream of {down} in {cid}"


def test_structure_the_issue_names(lib):
    pv = lib.chain("silicon-pv")
    assert "光伏玻璃" in pv.links["光伏组件"].inputs and pv.links["光伏玻璃"].segment == "配套"
    assert {link.segment for link in pv if link.name.startswith("光伏设备")} == {"配套"}
    for cid in ("hydrogen", "green-hydrogen-chemicals"):
        c = lib.chain(cid)
        assert set(c.links["绿色甲醇"].inputs) == {"绿氢", "二氧化碳"}
        assert "绿氢" in c.links["绿氨"].inputs
    st = lib.chain("stainless-steel")
    assert {"镍铁", "铬铁"} <= st.upstream("不锈钢")
    cu = lib.chain("copper")
    assert {"铜杆", "铜管", "铜箔", "铜板带", "电线电缆", "铜合金"} <= cu.downstream("电解铜")
    wind = lib.chain("wind-power")
    assert {"叶片", "塔筒", "机舱", "齿轮箱", "发电机"} <= wind.upstream("风电整机")


# ---------------------------------------------------------------- queries on one chain


def test_positions_are_longest_paths(lib):
    pv = lib.chain("silicon-pv")
    pos = pv.positions()
    assert pos["硅石"] == 0 and pos["工业硅"] == 1 and pos["硅片"] == 4
    assert pos["光伏发电"] == max(pos.values())
    for c in lib:
        pos = c.positions()
        assert list(pos) == list(c.links)
        assert all(pos[b] > pos[a] for a, b in c.feeds())
        assert all(pos[s] == 0 for s in c.sources())
        assert all(any(pos[i] == pos[link.name] - 1 for i in link.inputs) for link in c if link.inputs)


def test_upstream_downstream_sources_sinks(lib):
    pv = lib.chain("silicon-pv")
    assert pv.upstream("硅片") == {"硅石", "工业硅", "多晶硅", "单晶硅", "光伏设备"}
    assert pv.upstream("拉晶切片") == pv.upstream("硅片")  # names resolve
    assert "光伏发电" in pv.downstream("工业硅")
    assert pv.downstream("光伏发电") == set()
    assert pv.sources()[0] == "硅石" and pv.sinks() == ["光伏发电"]
    with pytest.raises(NotFoundError, match="玉米"):
        pv.upstream("玉米")


def test_to_networkx_carries_the_link_data(lib):
    g = lib.chain("hydrogen").to_networkx()
    assert g.graph["id"] == "hydrogen"
    node = g.nodes["绿氢"]
    assert node["gbt"] == "2619" and node["segment"] == "上游" and node["position"] == 2
    assert "电解水制氢" in node["synonyms"]
    assert g.has_edge("绿电", "绿氢") and g.has_edge("二氧化碳", "绿色甲醇")


@pytest.mark.parametrize("name,canon", [
    ("多晶硅", "多晶硅"),
    ("高纯多晶硅", "多晶硅"),           # containment
    ("拉晶切片", "硅片"),               # synonym
    ("单晶硅片", "硅片"),
    ("N型单晶硅片", "硅片"),            # the longest contained synonym
    ("单晶硅棒", "单晶硅"),
    ("拉晶", "单晶硅"),
    ("金属硅", "工业硅"),
    ("工業硅", "工业硅"),               # traditional script
    (" 多晶 硅 ", "多晶硅"),            # white space
    ("TOPCon电池", "电池片"),
    ("topcon电池", "电池片"),           # case
    ("光伏电站", "光伏发电"),
    ("玉米", None),
    ("", None),
])
def test_resolve_link_on_the_pv_chain(lib, name, canon):
    assert lib.chain("silicon-pv").resolve_link(name) == canon


def test_resolve_link_reads_made_from_and_parentheses(lib):
    g = lib.chain("green-hydrogen-chemicals")
    assert g.resolve_link("绿电制绿氢") == "绿氢"
    assert g.resolve_link("绿氢制绿氨") == "绿氨"
    assert g.resolve_link("绿氢+二氧化碳制甲醇") == "绿色甲醇"  # B of "A制B", not the longer 二氧化碳
    j = lib.chain("jiayuguan-circular")
    assert j.resolve_link("煤（炭）") == "煤炭"
    assert j.resolve_link("煤(炭)") == "煤炭"
    assert j.resolve_link("发电（火电、光电）") == "火电"
    assert j.resolve_link("冶金（黑色冶金、有色冶金）") == "粗钢"
    assert lib.chain("tcm").resolve_link("中药饮片加工") == "中药饮片"


# ---------------------------------------------------------------- queries on the library


def test_chain_lookup(lib):
    assert lib.chain("silicon-pv") is lib.chain("光伏产业链") is lib.chain("晶硅光伏产业链") is lib.chain("光伏")
    assert "光伏" in lib and "量子计算" not in lib
    with pytest.raises(NotFoundError, match="光伏产业链"):  # close names are listed
        lib.chain("光伙产业链")
    with pytest.raises(NotFoundError, match="量子计算"):
        lib.chain("量子计算")
    with pytest.raises(NotFoundError, match="ambiguous"):
        lib.chain("循环经济")


def test_canonical_link_and_chains_with_link(lib):
    assert lib.canonical_link("拉晶切片") == "硅片"
    assert lib.canonical_link("甲醇") == "甲醇"                   # a name beats green methanol's synonym
    assert lib.canonical_link("绿氢+二氧化碳制甲醇") == "绿色甲醇"  # ... unless the inputs say otherwise
    assert lib.canonical_link("煤制甲醇") == "甲醇"
    assert lib.canonical_link("光伏风力发电") == "风力发电"        # the longest contained name
    assert lib.canonical_link("化工") is None                     # regional stage word: ambiguous
    assert lib.canonical_link("人工智能") is None
    ids = [c.id for c in lib.chains_with_link("甲醇")]
    assert {"coal-olefins", "methanol-derivatives"} <= set(ids)
    assert "green-hydrogen-chemicals" not in ids
    assert [c.id for c in lib.chains_with_link("多晶硅")] == ["silicon-materials", "silicon-pv"]
    assert lib.chains_with_link("量子计算") == []


@pytest.mark.parametrize("steps,cid,mapping", [
    (["工业硅", "多晶硅", "拉晶切片"], "silicon-pv", {"工业硅": "工业硅", "多晶硅": "多晶硅", "拉晶切片": "硅片"}),
    (["煤", "甲醇", "烯烃", "化工新材料"], "coal-olefins", {"煤": "煤炭", "甲醇": "甲醇", "烯烃": "烯烃",
                                                  "化工新材料": "化工新材料"}),
    (["煤制甲醇", "烯烃", "化工新材料"], "coal-olefins", {"煤制甲醇": "甲醇", "烯烃": "烯烃", "化工新材料": "化工新材料"}),
    (["煤制甲醇", "甲醛", "精细化工产品"], "methanol-derivatives", {"煤制甲醇": "甲醇", "甲醛": "甲醛",
                                                         "精细化工产品": "精细化学品"}),
    (["煤制合成氨", "尿素", "精细化学品"], "coal-ammonia", {"煤制合成氨": "合成氨", "尿素": "尿素",
                                                "精细化学品": "精细化学品"}),
    (["绿电制绿氢", "绿氢制绿氨", "绿氢+二氧化碳制甲醇"], "green-hydrogen-chemicals",
     {"绿电制绿氢": "绿氢", "绿氢制绿氨": "绿氨", "绿氢+二氧化碳制甲醇": "绿色甲醇"}),
    (["绿电", "绿氢", "绿氨", "二氧化碳", "甲醇"], "green-hydrogen-chemicals",
     {"绿电": "绿电", "绿氢": "绿氢", "绿氨": "绿氨", "二氧化碳": "二氧化碳", "甲醇": "绿色甲醇"}),
    (["制", "储", "运", "加", "用"], "hydrogen", {"制": "绿氢", "储": "储氢", "运": "运氢", "加": "加氢",
                                              "用": "燃料电池汽车"}),
    (["中药材种植", "中药饮片加工", "中成药制造"], "tcm", None),
    (["基础化工原料", "医药中间体", "化学原料药", "化学制剂"], "chem-pharma", None),
    (["对二甲苯", "对苯二甲酸", "聚对苯二甲酸乙二醇酯"], "px-polyester", None),
    (["电解铝", "铝合金及铝加工材", "铝深加工制品"], "aluminium", None),
    # the provincial circular chains as the plan writes them
    (["煤炭", "发电", "化工", "冶炼", "新材料及型材加工"], "baiyin-circular", None),
    (["煤炭", "电力", "化工"], "pingliang-circular", None),
    (["煤（炭）", "发电（火电、光电）", "冶金（黑色冶金、有色冶金）", "精深加工", "装备制造"], "jiayuguan-circular", None),
    (["煤（煤炭分质利用）", "电（火电、光电）", "冶（有色冶金及深加工）", "化（化工）",
      "材（有色金属新材料、化工材料、绿色建材）"], "jinchang-circular", None),
])
def test_match_chain(lib, steps, cid, mapping):
    chain, resolved = lib.match_chain(steps)
    assert chain.id == cid
    assert set(resolved) <= set(steps) and set(resolved.values()) <= set(chain.links)
    if mapping is not None:
        assert resolved == mapping


def test_match_chain_needs_two_resolved_steps_or_a_name(lib):
    assert lib.match_chain(["数据标注", "人工智能", "算力"]) is None
    assert lib.match_chain(["新能源开发", "高载能产业", "下游产品延伸"]) is None
    assert lib.match_chain(["多晶硅", "人工智能"]) is None
    assert lib.match_chain([]) is None
    one, resolved = lib.match_chain(["拉晶切片"])  # a one-step chain needs its one step
    assert one.id == "silicon-pv" and resolved == {"拉晶切片": "硅片"}
    # ties go to the smaller chain; a name settles it
    assert lib.match_chain(["工业硅", "多晶硅"])[0].id == "silicon-materials"
    assert lib.match_chain(["工业硅", "多晶硅"], name="光伏产业链")[0].id == "silicon-pv"
    named, resolved = lib.match_chain(["氢能产业链"])
    assert named.id == "hydrogen" and resolved == {}


def test_match_chain_on_the_corpus_chains(lib):
    """Chains the extractor reads from the plans find their reference chain."""
    from chainatlas.loaders import load_file

    found = {}
    for prefix in ("000", "001", "002"):
        for steps in load_file(corpus_file(prefix))[0].to_json()["chains"]:
            m = lib.match_chain(steps)
            found[tuple(steps)] = m[0].id if m else None
    ids = set(found.values())
    assert {"silicon-pv", "green-hydrogen-chemicals", "coal-olefins", "methanol-derivatives", "coal-ammonia",
            "tcm", "chem-pharma"} <= ids


# ---------------------------------------------------------------- loading other files


GOOD = """\
id = "{id}"
name = "测试产业链"
industry = "测试"

[[links]]
name = "甲"
segment = "上游"
gbt = "0610"

[[links]]
name = "乙"
segment = "中游"
inputs = ["甲"]
synonyms = ["乙二"]
gbt = "2522"

[[links]]
name = "丙"
segment = "下游"
inputs = ["乙"]
gbt = ""
"""


def _write(tmp_path, text, stem="test-chain"):
    p = tmp_path / f"{stem}.toml"
    p.write_text(textwrap.dedent(text), encoding="utf-8")
    return p


def test_load_extra_files(tmp_path):
    p = _write(tmp_path, GOOD.format(id="test-chain"))
    only = load_library([p], shipped=False)
    assert list(only.chains) == ["test-chain"]
    c = only.chain("测试")
    assert c.positions() == {"甲": 0, "乙": 1, "丙": 2}
    assert c.links["乙"].gbt_name == "煤制合成气生产" and c.links["丙"].gbt_name == ""
    both = load_library(tmp_path)  # a directory, with the shipped chains
    assert "test-chain" in both.chains and "silicon-pv" in both.chains
    assert load_library(None, shipped=False).chains == {}


BAD = [
    ("unknown segment", GOOD.replace('segment = "中游"', 'segment = "中段"'), ["中段", "'乙'"]),
    ("input not a link", GOOD.replace('inputs = ["甲"]', 'inputs = ["丁"]'), ["丁", "'乙'"]),
    ("cycle", GOOD.replace('name = "甲"\nsegment = "上游"', 'name = "甲"\nsegment = "上游"\ninputs = ["丙"]'),
     ["cycle", "甲", "丙"]),
    ("duplicate link", GOOD.replace('name = "丙"', 'name = "甲"'), ["duplicate", "甲"]),
    ("synonym of two links", GOOD.replace('gbt = ""', 'synonyms = ["乙二"]\ngbt = ""'), ["乙二", "'乙'"]),
    ("synonym is another link", GOOD.replace('gbt = ""', 'synonyms = ["甲"]\ngbt = ""'), ["甲", "'丙'"]),
    ("code not in the table", GOOD.replace('"2522"', '"9999"'), ["9999"]),
    ("code not a class", GOOD.replace('"2522"', '"252"'), ["252", "小类"]),
    ("section letter", GOOD.replace('"2522"', '"C"'), ["'C'", "门类"]),
    ("missing top key", GOOD.replace('industry = "测试"\n', ""), ["missing", "industry"]),
    ("missing link key", GOOD.replace('segment = "中游"\n', ""), ["missing", "segment", "'乙'"]),
    ("unknown key", GOOD.replace('synonyms = ["乙二"]', 'synonym = ["乙二"]'), ["unknown key", "synonym"]),
    ("not a list", GOOD.replace('inputs = ["甲"]', 'inputs = "甲"'), ["inputs", "'甲'"]),
    ("id differs", GOOD.replace('id = "{id}"', 'id = "other"'), ["other", "test-chain"]),
    ("no links", 'id = "{id}"\nname = "测试产业链"\nindustry = "测试"\nlinks = []\n', ["links"]),
    ("bad toml", GOOD.replace('gbt = "0610"', 'gbt = 0610"'), ["TOML"]),
]


@pytest.mark.parametrize("text,needles", [(t, n) for _, t, n in BAD], ids=[b[0] for b in BAD])
def test_bad_files_name_the_file_and_the_value(tmp_path, text, needles):
    p = _write(tmp_path, text.replace("{id}", "test-chain"))
    with pytest.raises(InputError) as e:
        load_library([p], shipped=False)
    msg = str(e.value)
    assert "\n" not in msg
    assert str(p) in msg and e.value.source == str(p)
    for needle in needles:
        assert needle in msg


def test_a_file_that_clashes_with_the_shipped_library(tmp_path):
    p = _write(tmp_path, GOOD.format(id="silicon-pv"), stem="silicon-pv")
    with pytest.raises(InputError, match="silicon-pv"):
        load_library([p])
    p = _write(tmp_path, GOOD.format(id="other-pv").replace('"测试产业链"', '"光伏产业链"'), stem="other-pv")
    with pytest.raises(InputError, match="光伏产业链"):
        load_library([p])
    with pytest.raises(InputError, match="cannot read"):
        load_library([tmp_path / "missing.toml"], shipped=False)


def test_library_object():
    c = RefChain("x", "某产业链", {})
    assert len(Library([c])) == 1 and Library([]).match_chain(["甲", "乙"]) is None


def test_module_examples_run():
    res = doctest.testmod(libmod, optionflags=doctest.ELLIPSIS)
    assert res.failed == 0 and res.attempted >= 15
