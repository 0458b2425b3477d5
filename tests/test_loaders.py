import re

import pytest

from chainatlas import InputError
from chainatlas.loaders import decode_text, extract_rows, extract_text, load_file, parse_chain, parse_project_item
from chainatlas.loaders.normalize import clean_text

from conftest import corpus_file


@pytest.fixture(scope="module")
def extracted():
    out = {}
    for p in ("000", "001", "002", "003", "004"):
        x, _ = load_file(corpus_file(p))
        out[p] = x
    return out


def chain_links(x):
    return [c["links"] for c in x.chains]


def test_huating_coal_chemical_chains(extracted):
    links = chain_links(extracted["001"])
    assert ["煤", "甲醇", "烯烃", "化工新材料"] in links
    assert ["煤", "甲醇", "甲醛", "精细化工产品"] in links
    assert ["煤", "合成氨", "尿素", "精细化学品"] in links
    assert extracted["001"].scope["region"] == "华亭市"


def test_ganzhou_green_hydrogen_chain_with_two_inputs(extracted):
    x = extracted["000"]
    c = next(c for c in x.chains if "绿氢" in c["links"])
    assert c["links"] == ["绿电", "绿氢", "绿氨", "二氧化碳", "甲醇"]
    assert ["绿氢", "甲醇"] in c["feeds"] and ["二氧化碳", "甲醇"] in c["feeds"]
    assert x.scope["region"] == "甘州区"


def test_ganzhou_attraction_list(extracted):
    wanted = {w["link"] for w in extracted["000"].wanted_links if w["industry"] == "硅系新材料"}
    assert wanted == {"多晶硅", "单晶硅", "拉晶切片", "光伏玻璃"}


def test_hexi_silicon_enterprise_and_projects(extracted):
    x = extracted["000"]
    assert "河西硅业" in {e["name"] for e in x.enterprises}
    p = next(p for p in x.projects if p["name"].startswith("河西硅业"))
    assert p["enterprise"] == "河西硅业" and p["phase"] == "二期"
    assert p["products"][0] == {"name": "硅系新材料", "capacity": 20.0, "unit": "万吨", "basis": None}


def test_ganzhou_targets_expected_and_goal(extracted):
    t = {(t["industry"], t["year"], t["kind"]): t["value"] for t in extracted["000"].targets}
    assert t[("综合能源", 2024, "expected")] == 56.0
    assert t[("综合能源", 2025, "goal")] == 60.0


def test_departments_with_roles(extracted):
    d = extracted["001"].departments
    assert {"牵头", "责任"} <= {x["role"] for x in d}
    assert any(x["name"] == "华亭市工信局" for x in d)
    d0 = extracted["000"].departments
    assert any(x["name"] == "甘州区工信局" and x["as_written"] == "区工信局" for x in d0)


def test_traditional_article_is_simplified_without_pinyin(extracted):
    x = extracted["002"]
    assert "張" not in x.text and "經" not in x.text
    assert not re.search(r"\((?:jīng|qū|chǎn|yè)\)", x.text)
    names = {p["name"] for p in x.parks}
    assert "张掖经开区" in names
    assert ["工业硅", "多晶硅", "拉晶切片"] in chain_links(x)
    assert {"河西硅业", "巨龙铁合金"} <= {e["name"] for e in x.enterprises}
    for e in x.enterprises:
        assert not re.search(r"[a-zāáǎàēéěèīíǐìōóǒòūúǔù]{2}", e["name"]), e["name"]


def test_province_plan_parenthesised_alternatives(extracted):
    x = extracted["003"]
    c = next(c for c in x.chains if c["steps"][0].startswith("煤(炭)"))
    assert c["links"] == ["煤", "发电", "冶金", "精深加工", "装备制造"]
    assert c["alternatives"]["发电"] == ["火电", "光电"]
    assert x.scope["region"] == "甘肃省"
    # 兰(州)-白(银) is a pair of places, not a chain
    assert not any(c["links"][0] in ("兰", "兰州") for c in x.chains)


def test_anonymised_city_is_flagged_not_guessed(extracted):
    x = extracted["004"]
    assert "region" not in x.scope and x.scope["unresolved"] == "xx市"
    assert "此处隐藏" not in x.text


def test_page_break_inside_a_word_is_joined():
    t = clean_text("紧盯项目开工率、固定资产投资完成率等关键指标，持续推进招商引资到位率、固\n\n定资产投资完成率。")
    assert "固定资产" in t


def test_parse_chain_multi_input():
    c = parse_chain(["绿电制绿氢", "绿氢制绿氨", "绿氢+二氧化碳制甲醇"])
    assert c["segment"] == {"绿电": "上游", "绿氢": "中游", "绿氨": "下游", "二氧化碳": "配套", "甲醇": "下游"}


@pytest.mark.parametrize("item,ent,products", [
    ("河西硅业20万吨硅系新材料综合利用二期", "河西硅业", ["硅系新材料"]),
    ("大弓农化2000吨仲丁灵原药9000吨化工中间体", "大弓农化", ["仲丁灵原药", "化工中间体"]),
    ("神农珍稀菇业日产4万袋食用菌自动化生产线", "神农珍稀菇业", ["食用菌"]),
    ("陇酒酒业年产固态发酵白酒800吨生产线及1.5万吨晒醋", "陇酒酒业", ["固态发酵白酒", "晒醋"]),
    ("纳塔新材料万吨级碳纤维", "纳塔新材料", ["碳纤维"]),
])
def test_project_items(item, ent, products):
    p = parse_project_item(item)
    assert p["enterprise"] == ent
    assert [x["name"] for x in p["products"]] == products


def test_place_lists_are_not_chains():
    x = extract_text("推进铜鼓-宜丰-奉新-高安一体化发展。", doc_id="t")
    assert x.chains == []


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "gbk", "gb18030"])
def test_text_encodings_are_detected(tmp_path, encoding):
    text = "甘州区围绕硅系新材料产业，全力招引多晶硅、单晶硅等上下游企业。" * 5
    f = tmp_path / "plan.txt"
    f.write_bytes(text.encode(encoding))
    x, _ = load_file(f)
    assert {w["link"] for w in x.wanted_links} == {"多晶硅", "单晶硅"}


@pytest.mark.parametrize("name,data,msg", [
    ("empty.txt", b"", "empty"),
    ("blank.txt", b"  \n\n ", "empty"),
    ("bin.txt", b"\x00\x01\x02binary" * 10, "binary"),
    ("plan.doc", "甘州区".encode(), "unsupported file type .doc"),
])
def test_bad_files_give_one_line_errors(tmp_path, name, data, msg):
    f = tmp_path / name
    f.write_bytes(data)
    with pytest.raises(InputError) as e:
        load_file(f)
    assert msg in str(e.value) and name in str(e.value) and "\n" not in str(e.value)


def test_missing_file(tmp_path):
    with pytest.raises(InputError, match="no such file"):
        load_file(tmp_path / "nope.txt")


def test_table_rows_with_problems_are_reported_and_good_rows_kept():
    rows = [["项目名称", "建设单位", "建设内容及规模", "总投资（亿元）", "建设地点", "建设阶段", "年度"],
            ["甲项目", "某公司", "年产5万吨多晶硅", "12.5", "张掖经开区", "在建", "2025"],
            ["乙项目", "某公司", "年产1万吨单晶硅", "约十亿", "甘州区", "签约", "2025"],
            ["", "某公司", "", "", "", "", ""],
            ["丁项目", "某公司", "建设加氢站2座", "3", "甘州区", "谋划", "明年"]]
    x = extract_rows(rows, doc_id="list.csv")
    assert [p["name"] for p in x.projects] == ["甲项目"]
    p = x.projects[0]
    assert p["products"][0]["name"] == "多晶硅" and p["products"][0]["capacity"] == 5.0
    assert p["investment"] == 12.5 and p["stage"] == "在建" and p["year"] == 2025
    assert x.problems == [
        "list.csv, row 3: 总投资 '约十亿' is not a number",
        "list.csv, row 4: empty 项目名称",
        "list.csv, row 5: 年度 '明年' is not a year",
    ]


def test_table_without_a_name_column():
    with pytest.raises(InputError, match="row 1"):
        extract_rows([["甲", "乙"], ["1", "2"]], doc_id="x.csv")


def test_decode_gb18030_only_characters():
    assert decode_text("甘州区 𠀀".encode("gb18030")) == "甘州区 𠀀"


# ------------------------------------------------------------------ extraction of the corpus (facts, by kind)
def test_province_plan_chains_in_every_form(extracted):
    got = {tuple(c["steps"]): c["form"] for c in extracted["003"].chains}
    assert got[("毛条", "毛纱", "毛线", "毛衫")] == "list"
    assert got[("甲醇", "烯烃")] == "prose" and got[("煤", "化肥")] == "prose"
    assert ("煤(合成气)", "乙二醇") in got
    alts = next(c["alternatives"] for c in extracted["003"].chains if c["steps"][0].startswith("煤(煤炭分质利用)"))
    assert alts["冶"] == ["有色冶金及深加工"]


def test_hydrogen_chain_enumerated_in_the_news_article(extracted):
    assert ["制", "储", "运", "加", "用"] in [c["steps"] for c in extracted["002"].chains]


def test_firms_named_only_in_lists_and_projects(extracted):
    names = {e["name"] for e in extracted["002"].enterprises}
    assert {"大弓农化", "三益化工", "启福生物", "中国天楹", "东方自控", "兰标生物", "捷安物流"} <= names
    assert "中船" not in names  # 中船风电 is one firm's name
    forms = [{e["name"], *e.get("aliases", ())} for e in extracted["003"].enterprises]
    assert any({"酒钢集团", "酒泉钢铁集团公司"} <= f for f in forms)  # an abbreviation is the same firm
    assert {"中国中车集团", "中国中车股份公司"} <= {e["name"] for e in extracted["003"].enterprises}


def test_projects_with_owner_products_and_stage(extracted):
    p = {x["name"]: x for x in extracted["002"].projects}
    assert p["黑河水电17万吨硅系新材料"]["enterprise"] == "黑河水电"
    assert p["宏泽海槿电解制氢装备制造基地"]["stage"] == "投产"
    p1 = {x["name"]: x for x in extracted["001"].projects}
    assert p1["年产20万吨聚丙烯高值化产业园"]["products"][0]["capacity"] == 20.0


def test_coordinated_parks_of_the_province_plan(extracted):
    names = {p["name"] for p in extracted["003"].parks}
    assert {"泾川工业集中区", "灵台工业集中区", "崇信工业集中区", "西峰工业集中区", "兰州新区综合保税区"} <= names
    assert not names & {"张掖市开发区", "白银市6个工业集中区", "军民结合产业示范园区"}


def test_report_figures_of_named_chains_are_expected_targets(extracted):
    t = {(x["subject"], x["metric"], x["value"]): x["kind"] for x in extracted["004"].targets}
    assert t[("有色金属新材料产业链", "产值", 248.0)] == "expected"
    assert {i["name"] for i in extracted["004"].industries} >= {"有色金属新材料", "数字经济"}


def test_appendix_target_table(extracted):
    t = {(x["metric"], x["year"], x["value"]): x["kind"] for x in extracted["000"].targets}
    assert t[("产值亿元以上工业企业", 2024, 35.0)] == "expected"
    assert t[("产值亿元以上工业企业", 2025, 38.0)] == "goal"
    assert not any(x["year"] in (2021, 2022, 2023) for x in extracted["000"].targets)  # achieved columns
