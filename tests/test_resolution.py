"""Entity resolution: firms, parks and regions under one key however they are written."""

import doctest
import os

import pytest

from chainatlas.graph import Store, ingest_extraction, ingest_file
from chainatlas.loaders import extract_rows, extract_text
from chainatlas.ontology import Kind, node_id
from chainatlas.ontology.mapping import map_extraction
from chainatlas.ontology.regions import is_anonymised, region_index, short_name
from chainatlas.ontology.resolution import (
    document_redirects, enterprise_key, park_key, parse_enterprise_name,
)

from conftest import EXAMPLES, corpus_file


def test_module_examples_run():
    import chainatlas.ontology.regions
    import chainatlas.ontology.resolution

    for mod in (chainatlas.ontology.resolution, chainatlas.ontology.regions):
        res = doctest.testmod(mod, optionflags=doctest.ELLIPSIS)
        assert res.failed == 0 and res.attempted > 5


# ---------------------------------------------------------------------------- enterprises
@pytest.mark.parametrize("written", [
    "河西硅业", "甘肃河西硅业有限责任公司", "河西硅业公司", "河西硅业集团", "河西硅业有限公司",
    "甘肃省张掖市甘州区河西硅业有限责任公司", "张掖河西硅业股份有限公司", "河西硅业（集团）有限责任公司",
    "甘肃 河西硅业 有限责任公司", "甘肅河西硅業有限責任公司",
])
def test_forms_of_one_firm_share_a_key(written):
    assert node_id(Kind.ENTERPRISE, written) == "Enterprise:河西硅业"


@pytest.mark.parametrize("a,b", [
    ("亚洲硅业（青海）股份有限公司", "亚洲硅业"),            # registration region in parentheses
    ("中国石化销售股份有限公司甘肃张掖分公司", "中国石化销售有限公司"),  # a branch and its region
    ("信义光能控股有限公司", "信义光能"),
    ("甘肃省敦煌种业集团股份有限公司", "敦煌种业"),              # a county's short name inside its province
    ("华亭煤业集团有限责任公司", "华亭煤业"),
    ("张掖市电投", "张掖电投有限公司"),                          # the kept prefix is written short
])
def test_same_firm(a, b):
    assert enterprise_key(a) == enterprise_key(b)


@pytest.mark.parametrize("a,b", [
    ("甘肃电投", "张掖电投"),          # two-character core: the region prefix stays (the guard)
    ("酒泉钢铁集团公司", "钢铁"),
    ("株洲中车", "中国中车集团"),
    ("河西硅业", "河西制药"),
    ("甘肃陇原", "陇原"),
    ("张掖电力", "张掖电厂"),
])
def test_different_firms_stay_apart(a, b):
    assert enterprise_key(a) != enterprise_key(b)


def test_guard_rule():
    p = parse_enterprise_name("甘肃电投")
    assert (p.regions, p.core, p.key, p.guarded) == (("甘肃",), "电投", "甘肃电投", True)
    p = parse_enterprise_name("张掖巨龙铁合金有限责任公司")
    assert (p.core, p.key, p.guarded) == ("巨龙铁合金", "巨龙铁合金", False)
    # a firm named only by a place keeps it: 金川 is a district and a group
    assert enterprise_key("金川集团股份有限公司") == "金川"
    assert enterprise_key("公司") == "公司"


def test_county_short_names_and_foreign_regions_are_part_of_the_name():
    # 永泰 is a county's short name, 锂金属 is not a firm: nothing is stripped
    assert enterprise_key("永泰锂金属") == "永泰锂金属"
    # 黑河 is a city in another province than 甘肃: it is the firm's trade name here
    assert enterprise_key("甘肃黑河水电实业投资有限责任公司") == "黑河水电实业投资"
    assert enterprise_key("黑河水电") == "黑河水电"  # guarded: 水电 alone is no firm


def test_document_redirects_merge_prefixed_and_bare_forms_of_one_document():
    assert document_redirects(["张掖凯烁", "凯烁", "甘肃电投", "河西硅业"]) == {"张掖凯烁": "凯烁"}
    assert document_redirects(["张掖凯烁"]) == {}
    x = extract_rows([["企业名称", "所在地", "主营产品"], ["张掖凯烁", "甘肃省张掖市甘州区", "绿氢"],
                      ["凯烁", "甘肃省张掖市甘州区", "电解槽"]], doc_id="t.csv")
    nodes, edges = map_extraction(x)
    firms = [n for n in nodes if n.kind is Kind.ENTERPRISE]
    assert [n.id for n in firms] == ["Enterprise:凯烁"]
    assert "张掖凯烁" in firms[0].aliases
    assert {e.dst for e in edges if e.src == "Enterprise:凯烁" and e.rel.value == "OPERATES"} >= {"Link:电解槽"}


def _ingest_rows(store, rows, doc_id):
    return ingest_extraction(store, extract_rows(rows, doc_id=doc_id), {"id": doc_id, "sha256": doc_id})


def test_corpus_and_enterprise_list_meet_on_one_node(store):
    ingest_file(store, corpus_file("000"))
    ingest_file(store, os.path.join(EXAMPLES, "enterprises.csv"))
    nid = "Enterprise:河西硅业"
    docs = {os.path.basename(e["doc_id"]) for e in store.evidence(node_id=nid)}
    assert os.path.basename(corpus_file("000")) in docs and "enterprises.csv" in docs
    assert "甘肃河西硅业有限责任公司" in store.aliases(nid)
    for written in ("河西硅业", "甘肃河西硅业有限责任公司", "河西硅业公司", "甘肃省河西硅业集团"):
        assert store.find(written, Kind.ENTERPRISE) == [nid], written
    assert not [n for n in store.nodes(Kind.ENTERPRISE) if n["name"] == "甘肃河西硅业有限责任公司"
                and n["id"] != nid]


def test_legal_name_alone_lands_on_the_short_name_node(store):
    """A list without a 简称 column, ingested after a plan that uses the short name."""
    ingest_extraction(store, extract_text("甘州区发展工业硅。依托河西硅业、黑河水电等龙头企业。", doc_id="plan"), {"id": "plan"})
    _ingest_rows(store, [["企业名称", "所在地", "主营产品"], ["甘肃河西硅业有限责任公司", "甘肃省张掖市甘州区", "工业硅"]],
                 "list.csv")
    nid = "Enterprise:河西硅业"
    assert {e["doc_id"] for e in store.evidence(node_id=nid)} == {"plan", "list.csv"}
    assert "甘肃河西硅业有限责任公司" in store.aliases(nid)
    assert [e["dst"] for e in store.edges_of(nid, "out", ["OPERATES"])] == ["Link:工业硅"]


def test_short_name_column_maps_legal_name_to_it(store):
    _ingest_rows(store, [["企业名称", "简称", "所在地"], ["张掖中顾新能源科技有限公司", "中顾", "甘肃省张掖市甘州区"]],
                 "list.csv")
    assert store.has_node("Enterprise:中顾")
    aliases = store.aliases("Enterprise:中顾")
    assert "张掖中顾新能源科技有限公司" in aliases and "中顾新能源科技" in aliases
    assert store.find("张掖中顾新能源科技有限公司", Kind.ENTERPRISE) == ["Enterprise:中顾"]
    assert store.node("Enterprise:中顾")["props"]["full_name"] == "张掖中顾新能源科技有限公司"


def test_every_form_as_written_is_kept(store):
    ingest_extraction(store, extract_text("依托河西硅业公司发展。引进甘肃河西硅业有限责任公司等企业。", doc_id="a"),
                      {"id": "a"})
    ingest_extraction(store, extract_text("支持河西硅业集团等龙头企业。", doc_id="b"), {"id": "b"})
    nid = "Enterprise:河西硅业"
    assert store.has_node(nid)
    written = set(store.aliases(nid)) | {store.node(nid)["name"]}
    assert {"甘肃河西硅业有限责任公司", "河西硅业集团"} <= written
    for w in written:
        assert store.find(w, Kind.ENTERPRISE) == [nid]


# ---------------------------------------------------------------------------- parks
@pytest.mark.parametrize("forms", [
    ("张掖经开区", "张掖经济技术开发区", "张掖市经开区", "张掖市经济技术开发区", "甘肃省张掖市经济技术开发区",
     "甘肃张掖经开区", "張掖經濟技術開發區"),
    ("兰州高新区", "兰州高新技术产业开发区", "兰州市高新技术开发区"),
    ("华亭工业园", "华亭工业园区", "华亭市工业园区", "平凉市华亭工业园区", "平凉华亭工业园"),
    ("酒泉循环经济产业园", "酒泉循环经济产业园区", "酒泉市循环经济产业园"),
    ("临夏经开区", "临夏回族自治州经济开发区", "临夏州经开区"),
])
def test_park_forms_share_a_key(forms):
    assert len({node_id(Kind.PARK, f) for f in forms}) == 1, [node_id(Kind.PARK, f) for f in forms]


@pytest.mark.parametrize("a,b", [
    ("张掖经开区", "酒泉经开区"),
    ("张掖开发区", "张掖经开区"),          # 开发区 is not folded: it may be another park
    ("张掖经开区", "张掖经开区循环经济示范园"),
    ("兰州高新区", "兰州经开区"),
])
def test_different_parks_stay_apart(a, b):
    assert node_id(Kind.PARK, a) != node_id(Kind.PARK, b)


def test_park_names_that_are_not_a_region_chain_are_kept():
    assert park_key("酒泉嘉峪关两地开发区") == "酒泉嘉峪关两地开发区"
    assert park_key("经开区") == "经开区"
    assert park_key("xx零碳特色产业园") == "xx零碳特色产业园"


def test_park_found_by_every_form(store):
    ingest_extraction(store, extract_text("依托张掖经济技术开发区发展。", doc_id="a"), {"id": "a"})
    ingest_extraction(store, extract_text("张掖市经开区引进企业。张掖经开区建成园区。", doc_id="b"), {"id": "b"})
    pid = node_id(Kind.PARK, "张掖经开区")
    assert {e["doc_id"] for e in store.evidence(node_id=pid)} >= {"a"}
    for f in ("张掖经济技术开发区", "张掖经开区", "张掖市经开区"):
        assert store.find(f, Kind.PARK) == [pid]


# ---------------------------------------------------------------------------- regions
@pytest.mark.parametrize("a,b", [
    ("甘州区", "甘州"), ("张掖市", "张掖"), ("甘肃省", "甘肃"), ("华亭市", "华亭"),
    ("临夏回族自治州", "临夏"), ("肃南裕固族自治县", "肃南"), ("宁夏回族自治区", "宁夏"),
    ("积石山保安族东乡族撒拉族自治县", "积石山"),
])
def test_region_with_and_without_suffix(a, b):
    idx = region_index()
    ra, rb = idx.resolve(a), idx.resolve(b)
    assert ra is not None and rb is not None and ra.adcode == rb.adcode


def test_region_parents_come_from_the_table():
    idx = region_index()
    r = idx.resolve("肃南")
    assert r.adcode == "620721" and [a.name for a in idx.ancestors(r)] == ["张掖市", "甘肃省"]
    assert [a.name for a in idx.ancestors(idx.resolve("华亭"))] == ["平凉市", "甘肃省"]
    assert short_name("莫力达瓦达斡尔族自治旗") == "莫力达瓦"


def test_ambiguous_region_needs_context():
    idx = region_index()
    assert idx.resolve("城关区") is None and idx.classify("城关区") == "ambiguous"
    gansu = idx.resolve("甘肃").adcode
    assert idx.resolve("城关区", {gansu}).adcode == "620102"
    assert idx.classify("城关区", {gansu}) == "resolved"


@pytest.mark.parametrize("name", ["xx市", "XX县", "××区", "某市", "ｘｘ市", "**省", "某自治县"])
def test_anonymised_names_never_resolve(name):
    import unicodedata

    name = unicodedata.normalize("NFKC", name)
    idx = region_index()
    assert is_anonymised(name)
    assert idx.resolve(name) is None and idx.classify(name) == "anonymised"


def test_unknown_names_are_not_anonymised():
    idx = region_index()
    assert not is_anonymised("张掖市") and idx.classify("火星市") == "unknown"


def test_anonymised_scope_is_kept_flagged_and_per_document(store):
    r, x = ingest_file(store, corpus_file("004"))
    assert x.scope.get("unresolved") == "xx市"
    found = store.find("xx市", Kind.REGION)
    assert len(found) == 1
    node = store.node(found[0])
    assert node["name"] == "xx市" and node["props"]["resolved"] is False
    assert node["props"]["reason"] == "anonymised"
    doc_node = node_id(Kind.DOCUMENT, x.doc_id)
    assert [e["dst"] for e in store.edges_of(doc_node, "out", ["ISSUED_BY"])] == found
    # another anonymised document's xx市 is not taken for the same city
    ingest_extraction(store, extract_text("xx市推进工业发展。全市依托某某集团。", doc_id="other"), {"id": "other"})
    assert len(store.find("xx市", Kind.REGION)) == 2
    # firms of an anonymised document stand in its own (unresolved) place
    located = {e["dst"] for n in store.nodes(Kind.ENTERPRISE) for e in store.edges_of(n["id"], "out", ["LOCATED_IN"])}
    assert found[0] in located


def test_ids_are_computed_without_a_store():
    """The same text mapped twice, independently, gives the same ids."""
    text = "甘州区依托甘肃河西硅业有限责任公司、张掖经济技术开发区发展工业硅。"
    a = {n.id for n in map_extraction(extract_text(text, doc_id="a"))[0]}
    b = {n.id for n in map_extraction(extract_text(text, doc_id="a"))[0]}
    assert a == b


def test_reopened_store_finds_aliases(tmp_path):
    p = tmp_path / "s.db"
    st = Store(p)
    _ingest_rows(st, [["企业名称", "简称", "所在地"], ["甘肃河西硅业有限责任公司", "河西硅业", "甘肃省张掖市甘州区"]],
                 "list.csv")
    st.close()
    st = Store(p, create=False)
    assert st.find("甘肃河西硅业有限责任公司") == ["Enterprise:河西硅业"]


def test_ambiguous_region_mention_is_kept_flagged(store):
    x = extract_text("城关区推进工业发展,依托河西硅业等企业。", doc_id="amb")
    assert [r["resolved"] for r in x.regions if r["name"] == "城关区"] == [False]
    ingest_extraction(store, x, {"id": "amb"})
    found = store.find("城关区", Kind.REGION)
    assert len(found) == 1
    node = store.node(found[0])
    assert node["name"] == "城关区" and node["props"]["resolved"] is False
    assert node["props"]["reason"] == "ambiguous"
    # with the province named, the same name resolves to its own node
    ingest_extraction(store, extract_text("甘肃省兰州市城关区推进工业发展。", doc_id="lz"), {"id": "lz"})
    assert store.node("Region:城关区")["props"]["adcode"] == "620102"
