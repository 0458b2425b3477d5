"""Region pages, the offline atlas and PNG export: files on disk, determinism, CLI, and in headless Chromium."""

import doctest
import importlib
import json
import math
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from chainatlas.cli import cli
from chainatlas.exceptions import ChainAtlasError, InputError
from chainatlas.graph import Store
from chainatlas.queries.analysis import analyse_chain, chains_in_scope
from chainatlas.viz.atlas import atlas_scopes, write_atlas
from chainatlas.viz.chainmap import chain_map_data
from chainatlas.viz.region import region_data

from test_browser import (EVIL_IMG, EVIL_SCRIPT, assert_no_alert, assert_offline_and_clean, drawn_counts,
                          evil_store, expected_counts, open_page)

MAP_READY = "return !!(window.chainatlas && window.chainatlas.drawn)"
REGION_READY = "return document.querySelectorAll('#chains tr.chain-row').length > 0"
DATA_RE = re.compile(r'<script type="application/json" id="chainatlas-data">(.*?)</script>', re.S)


def hit_names(drv):
    return [h.find_element("css selector", ".name").text for h in drv.find_elements("css selector", "#results li.hit")]


def page_data(path):
    return json.loads(DATA_RE.search(Path(path).read_text(encoding="utf-8")).group(1))


@pytest.fixture(scope="module")
def atlas_dir(corpus_store, tmp_path_factory):
    out = tmp_path_factory.mktemp("atlas") / "atlas"
    return out, write_atlas(corpus_store, out)


# ---------------------------------------------------------------------------- on disk
@pytest.mark.parametrize("name", ["chainatlas.viz.chainmap", "chainatlas.viz.region", "chainatlas.viz.atlas",
                                  "chainatlas.viz.png"])
def test_docstring_examples_run(name):
    res = doctest.testmod(importlib.import_module(name), optionflags=doctest.ELLIPSIS)
    assert res.failed == 0 and res.attempted > 0


def test_atlas_has_every_scope_chain_and_map(corpus_store, atlas_dir):
    out, atlas = atlas_dir
    scopes = atlas_scopes(corpus_store)
    pairs = [(c, s) for s in scopes for c in chains_in_scope(corpus_store, s)]
    names = {corpus_store.node(s)["name"] for s in scopes}
    assert {"甘州区", "张掖经开区"} <= names
    assert len(atlas.regions) == len(scopes) and len(atlas.maps) == len(pairs) and atlas.left_out == []
    for rel in ["index.html", *atlas.regions, *atlas.maps]:
        assert (out / rel).is_file()
    index = page_data(out / "index.html")
    listed = {r["name"] for r in index["regions"] + index["parks"]}
    assert listed == names
    chains = {c["name"] for c in index["chains"]}
    assert chains == {corpus_store.node(c)["name"] for c, _ in pairs}
    assert sum(1 for c in index["chains"] for m in c["maps"] if m["href"]) == len(pairs)


def test_pages_load_only_relative_local_files(atlas_dir):
    out, atlas = atlas_dir
    for rel in ["index.html", *atlas.regions, *atlas.maps]:
        html = (out / rel).read_text(encoding="utf-8")
        assert not re.search(r"(https?:|//cdn|fetch\(|XMLHttpRequest)", html.split("chainatlas-data")[0])
        refs = re.findall(r'<(?:script src|link rel="stylesheet" href)="([^"]+)"', html)
        assert refs, rel
        for ref in refs:
            assert not ref.startswith(("/", "file:")) and (out / rel).parent.joinpath(ref).resolve().is_file(), ref
    for name in os.listdir(out / "assets"):
        text = (out / "assets" / name).read_text(encoding="utf-8")
        assert "fetch(" not in text or name == "vis-network.min.js"


def test_region_page_matches_the_analyses(corpus_store, atlas_dir):
    out, atlas = atlas_dir
    page = next(p for p in atlas.regions if page_data(out / p)["title"] == "甘州区")
    data = page_data(out / page)
    ids = chains_in_scope(corpus_store, "甘州区")
    assert [c["id"] for c in data["chains"]] == ids
    for row in data["chains"]:
        a = analyse_chain(corpus_store, row["id"], "甘州区")
        assert row["completeness"] == round(a.completeness, 3) and row["counts"] == a.counts()
        assert [g["name"] for g in row["gaps"]] == [r.name for r in a.gaps[:3]]
        mp = page_data((out / page).parent / row["href"])
        assert mp["chain"] == a.chain and mp["scope"] == "甘州区"


def test_search_index_covers_names_and_aliases(corpus_store, atlas_dir):
    out, _ = atlas_dir
    entries = page_data(out / "index.html")["search"]
    kinds = {e["kind"] for e in entries}
    assert {"产业链", "环节", "地区", "园区"} <= kinds
    hydrogen = next(e for e in entries if e["kind"] == "产业链" and e["name"].startswith("绿电制绿氢"))
    a = analyse_chain(corpus_store, "绿电制绿氢", "甘州区")
    # the reference chain's name finds the plan's chain
    assert a.reference and a.reference in hydrogen["keys"]
    assert any(t["label"] == "甘州区" and t["href"].startswith("maps/") for t in hydrogen["targets"])
    for e in entries:
        for t in e["targets"]:
            assert t["href"] is None or (out / t["href"]).is_file()


def test_two_builds_are_byte_identical(corpus_store, tmp_path):
    """Two processes with different hash seeds write the same atlas and the same standalone map."""
    script = ("import sys; from chainatlas.graph import Store; from chainatlas.viz.atlas import write_atlas; "
              "from chainatlas.viz import write_chain_map; st = Store(sys.argv[1], create=False); "
              "write_atlas(st, sys.argv[2], scopes=['甘州区', '张掖经开区']); "
              "write_chain_map(st, '绿电制绿氢', '甘州区', sys.argv[2] + '/standalone.html')")
    trees = []
    for seed in ("1", "2"):
        out = tmp_path / f"build{seed}"
        env = dict(os.environ, PYTHONHASHSEED=seed)
        subprocess.run([sys.executable, "-c", script, str(corpus_store.path), str(out)], check=True, env=env)
        trees.append({p.relative_to(out).as_posix(): p.read_bytes() for p in sorted(out.rglob("*")) if p.is_file()})
    assert len(trees[0]) > 10 and trees[0].keys() == trees[1].keys()
    assert [k for k in trees[0] if trees[0][k] != trees[1][k]] == []


def test_max_maps_bounds_the_atlas_and_says_what_was_left_out(corpus_store, tmp_path):
    atlas = write_atlas(corpus_store, tmp_path / "a", max_maps=3)
    assert len(atlas.maps) == 3 and len(os.listdir(tmp_path / "a" / "maps")) == 3
    scopes = atlas_scopes(corpus_store)
    total = sum(len(chains_in_scope(corpus_store, s)) for s in scopes)
    assert len(atlas.left_out) == total - 3
    # round-robin: the first three scopes get their first chain
    firsts = {(corpus_store.node(chains_in_scope(corpus_store, s)[0])["name"], corpus_store.node(s)["name"])
              for s in scopes[:3]}
    got = {(d["chain"], d["scope"]) for d in (page_data(tmp_path / "a" / m) for m in atlas.maps)}
    assert got == firsts
    index = page_data(tmp_path / "a" / "index.html")
    assert index["notes"] and f"{len(atlas.left_out)} 张地图未生成" in index["notes"][0]
    chain, scope = atlas.left_out[0]
    assert f"{chain} · {scope}" in index["notes"][0]
    # a rebuild with more maps replaces the pages and leaves no stale ones
    again = write_atlas(corpus_store, tmp_path / "a", max_maps=5)
    assert sorted(os.listdir(tmp_path / "a" / "maps")) == sorted(os.path.basename(m) for m in again.maps)


def test_a_folder_that_is_not_an_atlas_is_refused_untouched(corpus_store, tmp_path):
    (tmp_path / "mine").mkdir()
    (tmp_path / "mine" / "notes.txt").write_text("keep me", encoding="utf-8")
    with pytest.raises(InputError, match="not empty"):
        write_atlas(corpus_store, tmp_path / "mine")
    assert os.listdir(tmp_path / "mine") == ["notes.txt"]


def test_map_layout_is_left_to_right_by_chain_position(corpus_store):
    data = chain_map_data(corpus_store, "煤制甲醇—甲醛—精细化工产品", "甘州区")
    a = data["analysis"]
    links = {n["id"]: n for n in data["nodes"] if n["nodetype"] == "link"}
    an = analyse_chain(corpus_store, "煤制甲醇—甲醛—精细化工产品", "甘州区")
    for u, v in an.graph.edges():
        assert links[u]["x"] < links[v]["x"]
    for r in an.links:  # same position, same column
        same = [o for o in an.links if o.position == r.position]
        assert {links[o.link_id]["x"] for o in same} == {links[r.link_id]["x"]}
    # no two nodes' boxes overlap in a column (estimated sizes, with satellites shown)
    cols = {}
    for n in data["nodes"]:
        cols.setdefault(round(n["x"]), []).append(n["y"])
    for ys in cols.values():
        ys.sort()
        assert all(b - a_ >= 20 for a_, b in zip(ys, ys[1:]))
    assert a["completeness"] == round(an.completeness, 3)


def test_region_data_without_chains(store):
    from chainatlas.ontology.mapping import NodeRecord
    from chainatlas.ontology.vocab import Kind

    store.ingest({"id": "r", "sha256": "1"}, [NodeRecord(Kind.REGION, "甘州区", {}, [])], [])
    d = region_data(store, "甘州区")
    assert d["chains"] == [] and "0 条产业链" in d["summary"]


# ---------------------------------------------------------------------------- CLI
def test_cli_atlas_region_map_and_map(corpus_store, tmp_path):
    runner = CliRunner()
    db = str(corpus_store.path)
    r = runner.invoke(cli, ["--db", db, "atlas", "-o", str(tmp_path / "at"), "--scope", "甘州区", "--max-maps", "2"])
    assert r.exit_code == 0, r.output
    assert "2 maps" in r.output and "left out" in r.output
    index = page_data(tmp_path / "at" / "index.html")
    assert [x["name"] for x in index["regions"]] == ["甘州区"] and index["parks"] == []
    r = runner.invoke(cli, ["--db", db, "region-map", "--scope", "张掖经开区", "-o", str(tmp_path / "zy")])
    assert r.exit_code == 0, r.output
    data = page_data(tmp_path / "zy" / "index.html")
    assert data["title"] == "张掖经开区"
    assert len(data["chains"]) == len(chains_in_scope(Store(db, create=False), "张掖经开区"))
    assert all((tmp_path / "zy" / c["href"]).is_file() for c in data["chains"])
    r = runner.invoke(cli, ["--db", db, "map", "--chain", "绿电制绿氢", "--scope", "甘州区"])
    assert r.exit_code != 0 and "--png" in r.output
    r = runner.invoke(cli, ["--db", db, "atlas", "-o", str(tmp_path / "at"), "--scope", "不存在的地方"])
    assert r.exit_code == 1 and r.output.startswith("Error:") and "Traceback" not in r.output


def test_png_export_says_clearly_when_chromium_is_missing(corpus_store, tmp_path, monkeypatch):
    monkeypatch.setenv("CHAINATLAS_CHROMIUM", str(tmp_path / "no-chromium"))
    r = CliRunner().invoke(cli, ["--db", str(corpus_store.path), "map", "--chain", "绿电制绿氢", "--scope", "甘州区",
                                 "--png", str(tmp_path / "m.png")])
    assert r.exit_code == 1 and "Chromium not found" in r.output and "apt-get install chromium" in r.output
    assert not (tmp_path / "m.png").exists()
    from chainatlas.viz.png import render_png

    with pytest.raises(ChainAtlasError, match="Chromium not found"):
        render_png(__file__, tmp_path / "x.png")


# ---------------------------------------------------------------------------- in the browser
@pytest.mark.browser
def test_atlas_index_search_leads_to_the_map(browser, corpus_store, atlas_dir, artifacts):
    out, _ = atlas_dir
    open_page(browser, out / "index.html", ready="return !!(window.chainatlas && window.chainatlas.ready)")
    regions = [e.text for e in browser.find_elements("css selector", "#regions tbody tr td:first-child a")]
    assert "甘州区" in regions
    a = analyse_chain(corpus_store, "绿电制绿氢", "甘州区")
    box = browser.find_element("id", "search")
    box.send_keys("绿电制绿氢")  # the start of the chain's name (and a link's name as the plan writes it)
    hits = browser.find_elements("css selector", "#results li.hit")
    assert a.chain in [h.find_element("css selector", ".name").text for h in hits]
    browser.save_screenshot(os.path.join(artifacts, "atlas-index-search.png"))
    box.clear()
    box.send_keys(a.chain)
    hits = browser.find_elements("css selector", "#results li.hit")
    assert hits[0].find_element("css selector", ".name").text == a.chain
    assert hits[0].get_attribute("data-kind") == "产业链"
    link = next(x for x in hits[0].find_elements("css selector", ".targets a") if x.text == "甘州区")
    assert_offline_and_clean(browser)
    link.click()
    from selenium.webdriver.support.ui import WebDriverWait

    WebDriverWait(browser, 20).until(lambda d: d.execute_script(MAP_READY))
    assert browser.execute_script("return window.chainatlas.data.title") == f"{a.chain} · 甘州区"
    assert drawn_counts(browser) == list(expected_counts(a))
    legend = [e.text for e in browser.find_elements("css selector", "#legend .legend-item")]
    assert legend[:4] == ["优势", "潜力", "薄弱", "空白"] and "断点" in legend
    browser.save_screenshot(os.path.join(artifacts, "atlas-map.png"))
    assert_offline_and_clean(browser)
    # an alias: the reference chain's name finds the plan's chain too
    open_page(browser, out / "index.html", ready="return !!(window.chainatlas && window.chainatlas.ready)")
    browser.find_element("id", "search").send_keys(a.reference)
    found = hit_names(browser)
    assert a.chain in found


@pytest.mark.browser
def test_region_page_in_the_browser(browser, corpus_store, atlas_dir, artifacts):
    out, atlas = atlas_dir
    page = next(p for p in atlas.regions if page_data(out / p)["title"] == "甘州区")
    open_page(browser, out / page, ready=REGION_READY)
    rows = browser.find_elements("css selector", "#chains tr.chain-row")
    ids = chains_in_scope(corpus_store, "甘州区")
    assert [r.get_attribute("data-chain") for r in rows] == ids
    for row, cid in zip(rows, ids):
        a = analyse_chain(corpus_store, cid, "甘州区")
        assert row.find_element("css selector", ".pct").text == f"{math.floor(a.completeness * 100 + 0.5)}%"
        assert len(row.find_elements("css selector", ".strip span")) == len(a.links)
        assert len(row.find_elements("css selector", ".strip span.break")) == sum(r.gap_kind == "断点" for r in a.links)
    legend = [e.text for e in browser.find_elements("css selector", "#legend .legend-item")]
    assert legend[:4] == ["优势", "潜力", "薄弱", "空白"]
    browser.save_screenshot(os.path.join(artifacts, "atlas-region.png"))
    assert_offline_and_clean(browser)
    rows[0].find_element("css selector", "a").click()
    from selenium.webdriver.support.ui import WebDriverWait

    WebDriverWait(browser, 20).until(lambda d: d.execute_script(MAP_READY))
    a = analyse_chain(corpus_store, ids[0], "甘州区")
    assert drawn_counts(browser) == list(expected_counts(a))
    assert_offline_and_clean(browser)


@pytest.mark.browser
def test_atlas_names_are_text(browser, store, tmp_path, artifacts):
    evil_store(store)
    out = tmp_path / "evil-atlas"
    atlas = write_atlas(store, out)
    assert len(atlas.maps) == 1 and len(atlas.regions) == 1
    open_page(browser, out / "index.html", ready="return !!(window.chainatlas && window.chainatlas.ready)")
    assert_no_alert(browser)
    browser.find_element("id", "search").send_keys("<img")
    names = hit_names(browser)
    assert EVIL_IMG in names
    browser.find_element("id", "search").clear()
    browser.find_element("id", "search").send_keys("alert")
    names = hit_names(browser)
    assert EVIL_SCRIPT in names
    assert browser.find_elements("css selector", "img, #results script, #results b") == []
    browser.save_screenshot(os.path.join(artifacts, "evil-atlas-index.png"))
    assert_no_alert(browser)
    assert_offline_and_clean(browser)
    open_page(browser, out / atlas.regions[0], ready=REGION_READY)
    assert_no_alert(browser)
    assert browser.find_element("css selector", "#chains tr.chain-row a").text == EVIL_SCRIPT
    assert browser.find_elements("css selector", "img") == []
    assert_offline_and_clean(browser)
    open_page(browser, out / atlas.maps[0])
    assert_no_alert(browser)
    assert browser.find_element("id", "title").text == f"{EVIL_SCRIPT} · 甘州区"
    assert browser.find_elements("css selector", "img") == []
    assert_offline_and_clean(browser)


@pytest.mark.browser
def test_png_export(browser, corpus_store, tmp_path, artifacts):
    from chainatlas.viz.png import png_size

    png = Path(artifacts) / "hydrogen-export.png"
    r = CliRunner().invoke(cli, ["--db", str(corpus_store.path), "map", "--chain", "绿电制绿氢", "--scope", "甘州区",
                                 "-o", str(tmp_path / "h.html"), "--png", str(png), "--width", "1280",
                                 "--height", "720"])
    assert r.exit_code == 0, r.output
    assert png_size(png) == (1280, 720)
    assert png.stat().st_size > 20000  # a drawn map, not a blank page
