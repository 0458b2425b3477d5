"""The gold annotations (tests/data/gold) and the extraction-quality scorer (bench/extraction.py).

These tests check the gold files themselves and the scorer on handmade cases; they do not assert the
quality bar, which the extractor is still working towards (run ``python bench/extraction.py``).
"""

import glob
import io
import json
import os
from contextlib import redirect_stdout

import pytest

from chainatlas.loaders.normalize import clean_text
from chainatlas.ontology.names import normalise_name

from conftest import CORPUS, ROOT, bench_module

GOLD_DIR = os.path.join(ROOT, "tests", "data", "gold")
GOLD_FILES = sorted(glob.glob(os.path.join(GOLD_DIR, "*.json")))
# the sets of documents written for ChainAtlas (tests/data/<set>/X.txt next to its gold X.json), in the order they
# were written; each was scored once before it was tuned on (tests/data/README.md).  The same checks run on all.
SET_IDS = ["heldout", "blind", "unseen", "final", "sealed", "last", "fresh", "eighth", "ninth", "tenth", "eleventh",
           "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth", "eighteenth", "nineteenth", "twentieth",
           "twentyfirst", "twentysecond", "twentythird", "twentyfourth", "twentyfifth", "twentysixth", "twentyseventh",
           "twentyeighth", "twentyninth", "thirtieth", "thirtyfirst", "thirtysecond", "thirtythird", "thirtyfourth",
           "thirtyfifth", "thirtysixth", "thirtyseventh",
           "thirtyeighth", "thirtyninth", "fortieth", "fortyfirst", "fortysecond", "fortythird", "fortyfourth", "fortyfifth", "fortysixth", "fortyseventh", "fortyeighth", "fortyninth", "fiftieth", "fiftyfirst", "fiftysecond", "fiftythird", "fiftyfourth", "fiftyfifth", "fiftysixth", "fiftyseventh", "fiftyeighth", "fiftyninth", "sixtieth", "sixtyfirst", "sixtysecond", "sixtythird", "sixtyfourth", "sixtyfifth", "sixtysixth", "sixtyseventh", "sixtyeighth", "sixtyninth", "seventieth", "seventyfirst", "seventysecond", "seventythird", "seventyfourth", "seventyfifth", "seventysixth", "seventyseventh", "seventyeighth", "seventyninth", "eightieth", "eightyfirst", "eightysecond", "eightythird", "eightyfourth", "eightyfifth", "eightysixth"]
SET_DIRS = [os.path.join(ROOT, "tests", "data", i) for i in SET_IDS]
# second annotations of documents that have gold (bench/agreement.py): the same rules, the same checks
AGREEMENT_DIR = os.path.join(ROOT, "tests", "data", "agreement")
AGREEMENT_FILES = sorted(glob.glob(os.path.join(AGREEMENT_DIR, "*.json")))
ALL_GOLD_FILES = GOLD_FILES + [p for d in SET_DIRS for p in sorted(glob.glob(os.path.join(d, "*.json")))] + AGREEMENT_FILES
KEYS = ["document", "title", "chains", "enterprises", "parks", "projects", "regions", "departments", "targets",
        "wanted_links", "excluded"]
ROLES = {"链主", "龙头", "规上", "专精特新", "小巨人"}
STAGES = {"谋划", "签约", "开工", "在建", "竣工", "投产"}


ex = bench_module("extraction")


def _gold(path):
    with open(path, encoding="utf-8") as f:
        return json.load(f)


def _ids(paths):
    return [os.path.basename(p)[:3] for p in paths]


def _text_path(path, g):
    """The document a gold file annotates: a corpus file, or the .txt next to a held-out gold file (for a
    second annotation, the .txt of the set whose gold it annotates again)."""
    if os.path.dirname(path) == AGREEMENT_DIR:
        return next((t for t in (os.path.join(d, g["document"] + ".txt") for d in SET_DIRS) if os.path.exists(t)),
                    os.path.join(CORPUS, g["document"] + ".txt"))
    folder = os.path.dirname(path) if os.path.dirname(path) in SET_DIRS else CORPUS
    return os.path.join(folder, g["document"] + ".txt")


def _nonempty_str(x):
    return isinstance(x, str) and x.strip() != ""


def _number(x):
    return isinstance(x, (int, float)) and not isinstance(x, bool)


# ------------------------------------------------------------------------------------------- gold files
def test_one_gold_file_per_corpus_document(corpus_files):
    stems = sorted(os.path.splitext(os.path.basename(p))[0] for p in corpus_files)
    assert [os.path.splitext(os.path.basename(p))[0] for p in GOLD_FILES] == stems
    for path in GOLD_FILES:
        assert _gold(path)["document"] == os.path.splitext(os.path.basename(path))[0]


@pytest.mark.parametrize("folder", SET_DIRS, ids=SET_IDS)
def test_heldout_gold_files_pair_with_documents(folder):
    files = sorted(glob.glob(os.path.join(folder, "*.json")))
    stems = [os.path.splitext(os.path.basename(p))[0] for p in files]
    texts = sorted(os.path.splitext(os.path.basename(p))[0] for p in glob.glob(os.path.join(folder, "*.txt")))
    assert stems and stems == texts
    for path in files:
        assert _gold(path)["document"] == os.path.splitext(os.path.basename(path))[0]


@pytest.mark.parametrize("path", ALL_GOLD_FILES, ids=_ids(ALL_GOLD_FILES))
def test_gold_schema(path):
    g = _gold(path)
    assert list(g) == KEYS, f"{path}: keys must be exactly {KEYS}"
    assert _nonempty_str(g["title"])
    for k in KEYS[2:]:
        assert isinstance(g[k], list), f"{path}: {k} must be a list"

    for c in g["chains"]:
        assert set(c) == {"steps", "alternatives", "form"}, c
        assert len(c["steps"]) >= 2 and all(_nonempty_str(s) for s in c["steps"]), c
        assert c["form"] in {"dash", "list", "prose"}, c
        assert isinstance(c["alternatives"], dict)
        for step, alts in c["alternatives"].items():
            assert step in c["steps"], f"alternative for {step!r}, which is not a step of {c['steps']}"
            assert alts and all(_nonempty_str(a) for a in alts), c
    for e in g["enterprises"]:
        assert set(e) == {"name", "aliases", "roles"}, e
        assert _nonempty_str(e["name"]) and all(_nonempty_str(a) for a in e["aliases"]), e
        assert set(e["roles"]) <= ROLES, e
    for p in g["parks"]:
        assert set(p) - {"written"} == {"name", "aliases", "parent"}, p
        assert _nonempty_str(p["name"]) and all(_nonempty_str(a) for a in p["aliases"]), p
        assert p["parent"] is None or _nonempty_str(p["parent"]), p
        assert "written" not in p or _nonempty_str(p["written"]), p
    for j in g["projects"]:
        assert set(j) == {"name", "aliases", "enterprise", "products", "phase", "stage", "investment"}, j
        assert _nonempty_str(j["name"]) and all(_nonempty_str(a) for a in j["aliases"]), j
        assert j["enterprise"] is None or _nonempty_str(j["enterprise"]), j
        for pr in j["products"]:
            assert set(pr) == {"name", "capacity", "unit"} and _nonempty_str(pr["name"]), j
            assert pr["capacity"] is None or (_number(pr["capacity"]) and pr["capacity"] > 0), j
            assert (pr["capacity"] is None) == (pr["unit"] is None), f"capacity and unit go together: {j}"
        assert j["phase"] is None or _nonempty_str(j["phase"]), j
        assert j["stage"] is None or j["stage"] in STAGES, j
        inv = j["investment"]
        assert inv is None or (set(inv) == {"value", "unit"} and _number(inv["value"]) and _nonempty_str(inv["unit"]))
    for r in g["regions"]:
        assert set(r) == {"name", "aliases"} and _nonempty_str(r["name"]), r
    for d in g["departments"]:
        assert set(d) == {"name", "roles"} and _nonempty_str(d["name"]), d
        assert d["roles"] and set(d["roles"]) <= {"牵头", "责任"}, d
    for t in g["targets"]:
        assert set(t) - {"metric_aliases"} == {"metric", "subject", "year", "value", "unit", "kind"}, t
        assert _nonempty_str(t["metric"]) and _nonempty_str(t["unit"]) and _number(t["value"]), t
        assert t["year"] is None or (isinstance(t["year"], int) and 2000 <= t["year"] <= 2100), t
        assert t["kind"] in {"goal", "expected"}, t
        assert t["subject"] is None or _nonempty_str(t["subject"]), t
    for w in g["wanted_links"]:
        assert set(w) == {"link", "industry"} and _nonempty_str(w["link"]), w
    for x in g["excluded"]:
        assert set(x) == {"kind", "name", "reason"} and x["kind"] in KEYS[2:-1], x
        assert _nonempty_str(x["name"]) and _nonempty_str(x["reason"]), x


@pytest.mark.parametrize("path", ALL_GOLD_FILES, ids=_ids(ALL_GOLD_FILES))
def test_gold_has_no_duplicates(path):
    g = _gold(path)

    def unique(keys, what):
        seen = set()
        for k in keys:
            assert k not in seen, f"{path}: duplicate {what}: {k}"
            seen.add(k)

    unique([tuple(normalise_name(s) for s in c["steps"]) for c in g["chains"]], "chain")
    for kind, nkind in (("enterprises", None), ("parks", "Park"), ("projects", None), ("regions", None)):
        # a name or alias belongs to one item only, or matching would be ambiguous
        unique([normalise_name(n, nkind) for it in g[kind] for n in [it["name"], *it["aliases"]]], kind[:-1])
    unique([normalise_name(d["name"]) for d in g["departments"]], "department")
    unique([normalise_name(w["link"]) for w in g["wanted_links"]], "wanted link")
    unique([(t["metric"], t["subject"], t["year"], float(t["value"]), t["unit"]) for t in g["targets"]], "target")


@pytest.mark.parametrize("path", ALL_GOLD_FILES, ids=_ids(ALL_GOLD_FILES))
def test_gold_names_occur_in_the_cleaned_text(path):
    """A cheap guard against typos: every name the gold records is in the document."""
    g = _gold(path)
    with open(_text_path(path, g), encoding="utf-8-sig") as f:
        text = normalise_name(clean_text(f.read()))
    names = []
    for c in g["chains"]:
        names += c["steps"] + [a for alts in c["alternatives"].values() for a in alts]
    for kind in ("enterprises", "parks", "projects", "regions"):
        for it in g[kind]:
            names += [it.get("written") or it["name"], *it["aliases"]]
    for p in g["parks"]:
        names += [p["parent"]] if p["parent"] else []
    for j in g["projects"]:
        names += ([j["enterprise"]] if j["enterprise"] else []) + [pr["name"] for pr in j["products"]]
    names += [d["name"] for d in g["departments"]] + [w["link"] for w in g["wanted_links"]]
    missing = [n for n in names if normalise_name(n) not in text]
    assert not missing, f"{path}: not in the cleaned text of {g['document']}: {missing}"
    # an excluded item is excluded because the text cannot contain it
    for x in g["excluded"]:
        assert normalise_name(x["name"]) not in text, x


@pytest.mark.parametrize("path", ALL_GOLD_FILES, ids=_ids(ALL_GOLD_FILES))
def test_gold_cross_references(path):
    g = _gold(path)
    enterprise_names = {normalise_name(n) for e in g["enterprises"] for n in [e["name"], *e["aliases"]]}
    for j in g["projects"]:
        if j["enterprise"]:
            assert normalise_name(j["enterprise"]) in enterprise_names, \
                f"{path}: the owner of {j['name']} is not one of the enterprises"
    park_names = {normalise_name(p["name"], "Park") for p in g["parks"]}
    for p in g["parks"]:
        if p["parent"]:
            assert normalise_name(p["parent"], "Park") in park_names, f"{path}: parent of {p['name']} not a park"
            assert normalise_name(p["parent"], "Park") != normalise_name(p["name"], "Park")


# ------------------------------------------------------------------------------------------- the scorer
def _counts(s):
    return s.tp, s.fp, s.fn


@pytest.mark.parametrize("path", ALL_GOLD_FILES, ids=_ids(ALL_GOLD_FILES))
def test_perfect_prediction_scores_one(path):
    g = _gold(path)
    scores = ex.score_document(ex.gold_as_prediction(g), g)
    for kind, s in scores.items():
        assert s.fp == 0 and s.fn == 0, (kind, s.false_positives, s.false_negatives)
        assert (s.precision, s.recall, s.f1) == (1.0, 1.0, 1.0), kind


@pytest.mark.parametrize("path", ALL_GOLD_FILES, ids=_ids(ALL_GOLD_FILES))
def test_empty_prediction_finds_nothing(path):
    g = _gold(path)
    scores = ex.score_document({}, g)
    for kind in ("chains", "enterprises", "parks", "projects"):
        n = len(g[kind])
        assert _counts(scores[kind]) == (0, 0, n)
        assert scores[kind].recall == (0.0 if n else 1.0)
        assert scores[kind].f1 == (0.0 if n else 1.0)


def test_prf_edge_cases():
    assert ex.prf(0, 0, 0) == (1.0, 1.0, 1.0)
    assert ex.prf(0, 2, 0) == (0.0, 0.0, 0.0)
    assert ex.prf(0, 0, 2) == (0.0, 0.0, 0.0)
    p, r, f = ex.prf(2, 1, 3)
    assert (round(p, 4), round(r, 4), round(f, 4)) == (0.6667, 0.4, 0.5)


GOLD = {
    "chains": [{"steps": ["工业硅", "多晶硅", "拉晶切片"], "alternatives": {}, "form": "dash"},
               {"steps": ["煤", "发电", "冶金"], "alternatives": {"煤": ["炭"], "发电": ["火电", "光电"]},
                "form": "dash"}],
    "enterprises": [{"name": "酒泉钢铁集团公司", "aliases": ["酒钢集团"], "roles": []},
                    {"name": "河西硅业", "aliases": [], "roles": ["龙头"]}],
    "parks": [{"name": "张掖经济技术开发区", "aliases": [], "parent": None},
              {"name": "循环经济示范园", "aliases": [], "parent": "张掖经济技术开发区"}],
    "projects": [{"name": "河西硅业20万吨硅系新材料综合利用二期", "aliases": [], "enterprise": "河西硅业",
                  "products": [{"name": "硅系新材料", "capacity": 20, "unit": "万吨"}], "phase": "二期",
                  "stage": None, "investment": None},
                 {"name": "盘道山抽水蓄能电站", "aliases": [], "enterprise": None,
                  "products": [{"name": "抽水蓄能电站", "capacity": None, "unit": None}], "phase": None,
                  "stage": None, "investment": None}],
    "regions": [{"name": "甘州区", "aliases": []}],
    "departments": [{"name": "区工信局", "roles": ["责任"]}],
    "targets": [{"metric": "产值", "subject": "新材料产业", "year": 2025, "value": 25, "unit": "亿元", "kind": "goal"}],
    "wanted_links": [{"link": "多晶硅", "industry": None}],
    "excluded": [{"kind": "projects", "name": "龙源碳中和产业基地", "reason": "garbled"}],
}


def test_one_false_positive_and_one_false_negative():
    pred = {"enterprises": [{"name": "河西硅业"}, {"name": "巨龙铁合金"}]}
    s = ex.score_document(pred, GOLD)["enterprises"]
    assert _counts(s) == (1, 1, 1)
    assert (s.precision, s.recall, s.f1) == (0.5, 0.5, 0.5)
    assert s.false_positives == ["巨龙铁合金"] and s.false_negatives == ["酒泉钢铁集团公司"]


def test_alias_matches_and_a_second_name_of_the_same_enterprise_is_a_false_positive():
    s = ex.score_document({"enterprises": [{"name": "酒钢集团"}]}, GOLD)["enterprises"]
    assert _counts(s) == (1, 0, 1)
    # the gold item matches one extracted item only: its second name does not count twice
    s = ex.score_document({"enterprises": [{"name": "酒钢集团"}, {"name": "酒泉钢铁集团公司"}]}, GOLD)["enterprises"]
    assert _counts(s) == (1, 1, 1)
    assert round(s.precision, 4) == 0.5 and round(s.recall, 4) == 0.5


def test_matching_is_maximal_not_greedy():
    # the first extracted item could take either gold item; a greedy pass that gave it the first
    # would leave the second extracted item unmatched
    gold = {"projects": [{"name": "甲乙丙丁一期", "aliases": [], "enterprise": None, "products": []},
                         {"name": "甲乙丙丁", "aliases": [], "enterprise": None, "products": []}]}
    pred = {"projects": [{"name": "甲乙丙丁"}, {"name": "甲乙丙丁一期项目"}]}
    assert _counts(ex.score_document(pred, gold)["projects"]) == (2, 0, 0)


def test_park_names_compared_with_park_abbreviations_folded():
    pred = {"parks": [{"name": "张掖经开区"}, {"name": "循环经济示范园"}, {"name": "张掖经开区"}]}
    s = ex.score_document(pred, GOLD)["parks"]
    assert _counts(s) == (2, 1, 0)


def test_chains_alternatives_and_written_parentheses():
    pred = {"chains": [["工业硅", "多晶硅", "拉晶切片"], ["煤（炭）", "发电", "冶金"]],
            "chain_details": [{"alternatives": {}}, {"alternatives": {"煤": ["煤炭"], "发电": ["火电"]}}]}
    scores = ex.score_document(pred, GOLD)
    assert _counts(scores["chains"]) == (2, 0, 0)
    # 煤炭 is 煤 completed by its alternative 炭; 光电 was not extracted
    assert _counts(scores["chain_alternatives"]) == (2, 0, 1)
    # a chain of a different length, or with a wrong step, is not the gold chain
    pred = {"chains": [["工业硅", "多晶硅"], ["煤", "火电", "钢铁"]]}
    assert _counts(ex.score_document(pred, GOLD)["chains"]) == (0, 2, 2)
    # a chain made of alternatives matches the chain it belongs to
    assert _counts(ex.score_document({"chains": [["煤炭", "光电", "冶金"]]}, GOLD)["chains"]) == (1, 0, 1)


def test_alternatives_keyed_by_link_are_read_as_the_steps_written_for_it():
    # the extractor keys alternatives by link (镁合金深加工 normalises to 镁合金) and lists the written steps in aliases
    gold = {"chains": [{"steps": ["原镁", "镁合金", "镁合金深加工"], "form": "dash",
                        "alternatives": {"镁合金深加工": ["压铸件", "型材"]}}]}
    pred = {"chains": [["原镁", "镁合金", "镁合金深加工(压铸件、型材)"]],
            "chain_details": [{"alternatives": {"镁合金": ["压铸件", "型材"]},
                               "aliases": {"镁合金": ["镁合金深加工(压铸件、型材)"]}}]}
    assert _counts(ex.score_document(pred, gold)["chain_alternatives"]) == (2, 0, 0)
    # without the aliases the key names no step that has them
    del pred["chain_details"][0]["aliases"]
    assert _counts(ex.score_document(pred, gold)["chain_alternatives"]) == (0, 2, 2)


def test_projects_match_by_name_or_by_enterprise_and_product():
    pred = {"projects": [
        {"name": "20万吨硅系新材料综合利用", "enterprise": "河西硅业", "products": [{"name": "硅系新材料"}]},
        {"name": "盘道山抽水蓄能电站项目", "enterprise": None, "products": []},
    ]}
    assert _counts(ex.score_document(pred, GOLD)["projects"]) == (2, 0, 0)
    # the right enterprise with another product is not the project
    pred = {"projects": [{"name": "工业硅", "enterprise": "河西硅业", "products": [{"name": "工业硅"}]}]}
    assert _counts(ex.score_document(pred, GOLD)["projects"]) == (0, 1, 2)
    # an excluded project is neither right nor wrong
    pred = {"projects": [{"name": "龙源碳中和产业基地", "enterprise": None, "products": []}]}
    assert _counts(ex.score_document(pred, GOLD)["projects"]) == (0, 0, 2)


def test_regions_departments_targets_wanted_links():
    pred = {
        "regions": [{"name": "甘州区", "mention": "甘州"}, {"name": "甘州区", "mention": "甘州区"},
                    {"name": "张掖市", "mention": "张掖"}],
        "departments": [{"name": "甘州区工业和信息化局", "as_written": "区工信局"},
                        {"name": "甘州区工业和信息化局", "as_written": "区工信局"}],
        "targets": [{"metric": "产值", "industry": "新材料", "year": 2025, "value": 25.0, "unit": "亿元"},
                    {"metric": "产值", "industry": "新材料", "year": 2024, "value": 25.0, "unit": "亿元"}],
        "wanted_links": [{"link": "多晶硅"}, {"link": "单晶硅"}],
    }
    scores = ex.score_document(pred, GOLD)
    assert _counts(scores["regions"]) == (1, 1, 0)        # counted once per region
    assert _counts(scores["departments"]) == (1, 0, 0)    # counted once per department
    assert _counts(scores["targets"]) == (1, 1, 0)        # the 2024 figure is another year
    assert _counts(scores["wanted_links"]) == (1, 1, 0)


def test_targets_need_the_same_value_and_unit_and_a_similar_metric():
    base = {"metric": "产值", "industry": "新材料", "year": 2025, "value": 25, "unit": "亿元"}
    for change in ({"value": 26}, {"unit": "万元"}, {"metric": "税收", "industry": None}):
        pred = {"targets": [dict(base, **change)]}
        assert _counts(ex.score_document(pred, GOLD)["targets"]) == (0, 1, 1), change
    pred = {"targets": [dict(base, year=None)]}
    assert _counts(ex.score_document(pred, GOLD)["targets"]) == (1, 0, 0)


def test_micro_average_sums_counts():
    total = ex.Score()
    total.add(ex.Score(tp=3, fp=1, fn=0)).add(ex.Score(tp=1, fp=0, fn=3))
    assert _counts(total) == (4, 1, 3)
    assert round(total.precision, 4) == 0.8 and round(total.recall, 4) == 0.5714


def test_benchmark_runs_on_the_corpus(corpus_files):
    """The script's JSON report has every document and kind; the figures are not asserted (see bar)."""
    buf = io.StringIO()
    with redirect_stdout(buf):
        rc = ex.main(["--no-speed", "--json", "--errors"])
    doc = json.loads(buf.getvalue())
    assert rc in (0, 1)
    assert sorted(doc["documents"]) == sorted(os.path.splitext(os.path.basename(p))[0] for p in corpus_files)
    assert set(doc["micro"]) == set(ex.KINDS)
    for kind, s in doc["micro"].items():
        assert 0.0 <= s["precision"] <= 1.0 and 0.0 <= s["recall"] <= 1.0 and 0.0 <= s["f1"] <= 1.0, kind
    for kind in ("chains", "enterprises", "parks", "projects"):
        # every gold item is either found or missed
        assert doc["micro"][kind]["tp"] + doc["micro"][kind]["fn"] == sum(len(_gold(p)[kind]) for p in GOLD_FILES)
    assert set(doc["bar"]) == set(ex.BAR)
    assert rc == (0 if all(b["pass"] for b in doc["bar"].values()) else 1)


@pytest.mark.parametrize("folder", SET_DIRS, ids=SET_IDS)
def test_benchmark_runs_on_the_heldout_documents(folder):
    """``--gold DIR --corpus DIR`` scores a held-out pair; every gold item is found or missed."""
    files = sorted(glob.glob(os.path.join(folder, "*.json")))
    buf = io.StringIO()
    with redirect_stdout(buf):
        rc = ex.main(["--no-speed", "--json", "--gold", folder, "--corpus", folder])
    doc = json.loads(buf.getvalue())
    assert rc in (0, 1)
    assert sorted(doc["documents"]) == sorted(os.path.splitext(os.path.basename(p))[0] for p in files)
    for kind in ("chains", "enterprises", "parks", "projects"):
        assert doc["micro"][kind]["tp"] + doc["micro"][kind]["fn"] == sum(len(_gold(p)[kind]) for p in files)


def test_scorer_docstring_examples_run():
    import doctest

    res = doctest.testmod(ex, optionflags=doctest.ELLIPSIS)
    assert res.failed == 0 and res.attempted > 0


def test_every_second_annotation_annotates_a_document_with_gold():
    """tests/data/agreement: one file per document that has gold, named and keyed like that gold."""
    ag = bench_module("agreement")
    assert AGREEMENT_FILES
    for path in AGREEMENT_FILES:
        stem = os.path.splitext(os.path.basename(path))[0]
        assert _gold(path)["document"] == stem
        text, gold = ag.find_source(stem)
        assert text == _text_path(path, _gold(path)) and os.path.exists(gold)


def test_agreement_scores_a_second_annotation_against_the_gold(tmp_path):
    ag = bench_module("agreement")
    g = _gold(os.path.join(GOLD_DIR, "000_787b9540822448de.json"))
    second = dict(g, chains=g["chains"][1:], enterprises=g["enterprises"] + [{"name": "并无此司", "aliases": [],
                                                                              "roles": []}])
    (tmp_path / "000_787b9540822448de.json").write_text(json.dumps(second, ensure_ascii=False), encoding="utf-8")
    rows, totals = ag.agreement(str(tmp_path), extractor=False)
    assert [stem for stem, _ in rows] == ["000_787b9540822448de"] and list(totals) == ["B~A"]
    ba = totals["B~A"]
    assert (ba["chains"].tp, ba["chains"].fp, ba["chains"].fn) == (len(g["chains"]) - 1, 0, 1)
    assert (ba["enterprises"].fp, ba["enterprises"].fn) == (1, 0)
    assert (ba["parks"].fp, ba["parks"].fn, ba["projects"].fp, ba["projects"].fn) == (0, 0, 0, 0)
