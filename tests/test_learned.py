"""The learned filter over the rule candidates (bench/learned_filter.py), an experiment that is not shipped:
extraction does not call it (bench/README.md has the measures and why).

Every sentence here is invented for the test (no document text is copied).
"""

import copy
import json
import math
import os


import pytest

import chainatlas.loaders.text as T

from conftest import ROOT, bench_module


L = bench_module("learned_filter")
WEIGHTS = os.path.join(ROOT, "bench", "learned_filter.json")

# an invented plan: a firm with its full name and a project with owner, size and investment; then a phase
# named bare, and two-character names listed after 招商/产业链 (the shapes of the false positives it learned)
PLAN = ("甘州区2031年重点项目清单\n一、续建项目\n"
        "1.年产5万吨甲乙材料项目,由甲乙精工有限公司建设,总投资12亿元。\n"
        "2.丙丁光伏组件项目一期。\n"
        "围绕产业链招商,引进丙丁、戊己等企业。")


@pytest.fixture
def enabled(monkeypatch):
    """The packaged weights with enterprises and projects switched on at their trained thresholds."""
    model = copy.deepcopy(L.load_model())
    for kind in ("enterprises", "projects"):
        model["kinds"][kind]["threshold"] = model["kinds"][kind]["trained_threshold"]
    monkeypatch.setattr(L, "_MODEL", model)
    return model


def _ev(text, name, conf):
    start = text.index(name)
    return [{"start": start, "end": start + len(name), "sentence": text, "confidence": conf}]


def test_weights_load_and_name_the_shipped_kinds():
    with open(WEIGHTS, encoding="utf-8") as fh:
        doc = json.load(fh)
    assert doc == L.load_model()
    assert sorted(doc["kinds"]) == sorted(L.KINDS)
    for kind, m in doc["kinds"].items():
        assert isinstance(m["bias"], float) and 0.0 <= m["threshold"] < 1.0, kind
        assert m["weights"] and all(isinstance(w, float) for w in m["weights"].values()), kind
    # nothing is switched on (bench/README.md): the trained thresholds are kept for switching it on
    assert L.shipped_kinds() == ()
    assert all(m["threshold"] == 0.0 for m in doc["kinds"].values())
    assert doc["kinds"]["enterprises"]["trained_threshold"] == 0.25
    assert doc["kinds"]["projects"]["trained_threshold"] == 0.35


def test_no_feature_is_a_whole_name_or_a_long_ngram():
    for kind, m in L.load_model()["kinds"].items():
        for f in m["weights"]:
            head, _, tail = f.partition(":")
            if head in ("f1", "l1", "p", "n"):
                assert len(tail) <= 1, f
            elif head in ("f2", "l2"):
                assert len(tail) <= 2, f
            elif head == "w":
                assert tail in L.SENTENCE_WORDS, f


def test_scoring_is_deterministic_and_the_fast_sum_equals_the_features():
    text = "支持甲乙精工有限公司(以下简称甲乙精工)扩能,年产3万吨丙材料项目开工。"
    firm = {"name": "甲乙精工有限公司", "aliases": ["甲乙精工"], "park": None, "region": "张掖市",
            "evidence": _ev(text, "甲乙精工有限公司", 0.8)}
    proj = {"name": "年产3万吨丙材料", "enterprise": "甲乙精工有限公司", "stage": "开工", "investment": None,
            "products": [{"name": "丙材料", "capacity": 3.0}], "evidence": _ev(text, "年产3万吨丙材料", 0.85)}
    model = L.load_model()
    for kind, rec in (("enterprises", firm), ("projects", proj), ("parks", firm)):
        m = model["kinds"][kind]
        full = m["bias"] + sum(m["weights"].get(f, 0.0) for f in L.features(kind, rec, text))
        assert math.isclose(L._logit(kind, rec, text, model), full, abs_tol=1e-12)
        assert math.isclose(L._logit(kind, rec, text, model, {}), full, abs_tol=1e-12)
        assert L.score(kind, rec, text) == L.score(kind, rec, text)
    assert L.features("enterprises", firm, text) == L.features("enterprises", firm, text)


def test_a_false_positive_shape_is_dropped_and_a_clear_item_is_kept(enabled):
    assert L.shipped_kinds() == ("enterprises", "projects")
    text = "围绕产业链下游招商,引进戊己)等配套企业;甲乙精工有限公司(以下简称甲乙精工)年产2万吨丙材料。"
    bare = {"name": "戊己", "aliases": [], "evidence": _ev(text, "戊己", 0.7)}
    full = {"name": "甲乙精工有限公司", "aliases": ["甲乙精工"], "region": "张掖市",
            "evidence": _ev(text, "甲乙精工有限公司", 0.8)}
    assert L.score("enterprises", bare, text) < 0.25 < 0.75 < L.score("enterprises", full, text)
    assert not L.keep("enterprises", bare, text) and L.keep("enterprises", full, text)

    text = "全年开工项目多个。光伏支架一期等推进。建设年产10万吨丙丁新材料及配套工程项目,总投资8亿元。"
    short = {"name": "光伏支架", "enterprise": None, "products": [], "evidence": _ev(text, "光伏支架", 0.55)}
    clear = {"name": "年产10万吨丙丁新材料及配套工程", "enterprise": None, "investment": 8.0,
             "products": [{"name": "丙丁新材料", "capacity": 10.0}],
             "evidence": _ev(text, "年产10万吨丙丁新材料及配套工程", 0.85)}
    assert not L.keep("projects", short, text) and L.keep("projects", clear, text)


def test_kinds_not_switched_on_pass_through(enabled):
    text = "形成甲—乙—丙产业链。"
    chain = {"name": "甲—乙—丙", "steps": ["甲", "乙", "丙"], "form": "dash", "evidence": _ev(text, "甲—乙—丙", 0.1)}
    park = {"name": "甲园", "evidence": _ev(text, "甲", 0.1)}
    assert L.keep("chains", chain, text) and L.keep("parks", park, text)


def test_filter_extraction_drops_what_the_rules_proposed(enabled):
    x = T.extract_text(PLAN, "plan")
    # the rules propose both the bare trade names and the phase alone; extraction keeps them (no hook)
    assert "丙丁" in [r["name"] for r in x.enterprises]
    assert any("一期" in r["name"] for r in x.projects)
    cut = L.load_model()["kinds"]["projects"]["threshold"]
    scored = {r["name"]: L.score("projects", r, x.text) for r in x.projects}
    assert L.filter_extraction(x) is x
    firms = [r["name"] for r in x.enterprises]
    projects = [r["name"] for r in x.projects]
    assert "甲乙精工有限公司" in firms and "丙丁" not in firms
    # (the projects kept are those scored at the threshold or over it: the sized one, and the phase while the weights,
    # trained on names of the time written without 项目 before the phase, score 丙丁光伏组件项目一期 over it)
    assert any(p.startswith("年产5万吨") for p in projects)
    assert projects == [n for n, s in scored.items() if s >= cut], (projects, scored)
    # the evidence format is unchanged by the filter
    for r in x.enterprises + x.projects:
        assert all(set(e) == {"start", "end", "sentence", "confidence"} for e in r["evidence"])


def test_extraction_does_not_call_the_filter():
    assert not hasattr(T, "filter_extraction")


@pytest.mark.parametrize("kind", ["enterprises", "projects"])
def test_filter_extraction_is_idempotent(kind, enabled):
    x = L.filter_extraction(T.extract_text(PLAN, "plan"))
    before = [r["name"] for r in getattr(x, kind)]
    assert L.filter_extraction(x) is x and [r["name"] for r in getattr(x, kind)] == before
