"""Chain maps in a real headless Chromium with networking disabled (the `browser` fixture in conftest).

Helpers here are shared with tests/test_atlas.py.
"""

import json
import os
from pathlib import Path

import pytest

from chainatlas.queries.analysis import RATINGS, analyse_chain
from chainatlas.viz import write_chain_map

pytestmark = pytest.mark.browser

EVIL_IMG = "<img src=x onerror=alert(1)>"
EVIL_SCRIPT = "</script><script>alert(1)</script>"


# ---------------------------------------------------------------------------- helpers
def drain(drv):
    """Forget the logs so far (a fresh browser logs its own chrome:// start page)."""
    drv.get_log("performance")
    drv.get_log("browser")


def requests(drv):
    """URLs the page asked for since the last drain."""
    urls = []
    for entry in drv.get_log("performance"):
        msg = json.loads(entry["message"])["message"]
        if msg.get("method") == "Network.requestWillBeSent":
            urls.append(msg["params"]["request"]["url"])
    return urls


def open_page(drv, path, ready="return !!(window.chainatlas && window.chainatlas.drawn)", timeout=20):
    from selenium.webdriver.support.ui import WebDriverWait

    drain(drv)
    drv.get(Path(path).resolve().as_uri())
    WebDriverWait(drv, timeout).until(lambda d: d.execute_script(ready))


def assert_offline_and_clean(drv):
    """No SEVERE console message, and every request was for a file: or data: URL."""
    errors = [m for m in drv.get_log("browser") if m["level"] == "SEVERE"]
    assert errors == []
    urls = requests(drv)
    assert urls, "the performance log recorded no requests at all"
    assert [u for u in urls if not u.startswith(("file:", "data:"))] == []


def assert_no_alert(drv):
    from selenium.common.exceptions import NoAlertPresentException

    with pytest.raises(NoAlertPresentException):
        drv.switch_to.alert.text  # noqa: B018


def drawn_counts(drv):
    return drv.execute_script("var b = window.chainatlas.network.body; return [b.nodeIndices.length, "
                              "b.edgeIndices.length];")


def expected_counts(a):
    """Nodes and edges the map of analysis `a` must draw: the chain graph plus satellites and their edges."""
    satellites = {e["id"] for r in a.links for e in r.enterprises} | {p["id"] for r in a.links for p in r.projects}
    sat_edges = sum(len({e["id"] for e in r.enterprises}) + len({p["id"] for p in r.projects}) for r in a.links)
    return a.graph.number_of_nodes() + len(satellites), a.graph.number_of_edges() + sat_edges


def click_node(drv, node_id):
    """A real mouse click on the node's drawn position."""
    from selenium.webdriver.common.action_chains import ActionChains

    pos = drv.execute_script("var n = window.chainatlas.network; return n.canvasToDOM(n.getPosition(arguments[0]));",
                             node_id)
    canvas = drv.find_element("css selector", "#network canvas")
    rect = drv.execute_script("return arguments[0].getBoundingClientRect();", canvas)
    assert 0 <= pos["x"] <= rect["width"] and 0 <= pos["y"] <= rect["height"], "node outside the canvas"
    ActionChains(drv).move_to_element_with_offset(
        canvas, int(pos["x"] - rect["width"] / 2), int(pos["y"] - rect["height"] / 2)).click().perform()


def evil_store(store):
    """A store whose chain, link, enterprise and document title are HTML/script payloads."""
    from chainatlas.ontology.mapping import EdgeRecord, NodeRecord
    from chainatlas.ontology.vocab import Kind, Rel

    def ev(sentence):
        return [{"start": 0, "end": 3, "sentence": sentence, "confidence": 0.9}]

    region = NodeRecord(Kind.REGION, "甘州区", {}, ev("甘州区"))
    chain = NodeRecord(Kind.CHAIN, EVIL_SCRIPT, {"steps": f"工业硅—{EVIL_IMG}"}, ev(f"形成“{EVIL_SCRIPT}”的产业链"))
    up = NodeRecord(Kind.LINK, "工业硅", {}, ev("工业硅"))
    down = NodeRecord(Kind.LINK, EVIL_IMG, {}, ev(EVIL_IMG))
    firm = NodeRecord(Kind.ENTERPRISE, EVIL_IMG, {"roles": ["龙头"]}, ev(f"依托{EVIL_IMG}等龙头企业"))
    edges = [
        EdgeRecord(chain.id, Rel.HAS_LINK, up.id, {"position": 0, "segment": "上游", "step": "工业硅"}, ev("链")),
        EdgeRecord(chain.id, Rel.HAS_LINK, down.id, {"position": 1, "segment": "下游", "step": EVIL_IMG}, ev("链")),
        EdgeRecord(up.id, Rel.FEEDS, down.id, {"chains": [EVIL_SCRIPT]}, ev("链")),
        EdgeRecord(firm.id, Rel.LOCATED_IN, region.id, {}, ev(f"{EVIL_IMG}位于甘州区")),
        EdgeRecord(firm.id, Rel.OPERATES, up.id, {}, ev(f"{EVIL_IMG}生产工业硅{EVIL_SCRIPT}")),
    ]
    store.ingest({"id": "evil.txt", "sha256": "1", "title": f"<b>{EVIL_SCRIPT}</b>", "scope": {"region": "甘州区"}},
                 [region, chain, up, down, firm], edges)
    return store, chain.id, firm.id


# ---------------------------------------------------------------------------- tests
def test_map_draws_the_whole_analysis_offline(browser, corpus_store, tmp_path, artifacts):
    path = tmp_path / "hydrogen.html"
    write_chain_map(corpus_store, "绿电制绿氢", "甘州区", path)
    a = analyse_chain(corpus_store, "绿电制绿氢", "甘州区")
    open_page(browser, path)
    n_nodes, n_edges = expected_counts(a)
    assert n_nodes > a.graph.number_of_nodes(), "the corpus gives this chain projects in 甘州区"
    assert drawn_counts(browser) == [n_nodes, n_edges]
    # every chain edge is drawn between the right nodes
    drawn = browser.execute_script("return window.chainatlas.edges.get({filter: function (e) {"
                                   "return e.group === 'feeds'; }}).map(function (e) { return [e.from, e.to]; });")
    assert sorted(map(tuple, drawn)) == sorted(a.graph.edges())
    legend = [e.text for e in browser.find_elements("css selector", "#legend .legend-item")]
    assert legend[:4] == list(RATINGS) and "断点" in legend
    # hover text: rating and counts, projects by stage
    r = next(x for x in a.links if x.projects)
    title = browser.execute_script("return window.chainatlas.nodes.get(arguments[0]).title;", r.link_id)
    assert f"评级: {r.rating}" in title and f"企业 {len(r.enterprises)} · 项目 {len(r.projects)}" in title
    assert (r.projects[0]["stage"] or "阶段未明") in title
    # a real click on a link shows its evidence sentences and their documents
    target = next(x for x in a.links if x.evidence)
    click_node(browser, target.link_id)
    panel = browser.find_element("id", "evidence").text
    assert target.name in panel and target.rating in panel
    assert target.evidence[0]["sentence"][:20] in panel
    assert target.evidence[0]["document"] in panel
    browser.save_screenshot(os.path.join(artifacts, "hydrogen-map.png"))
    # a gap link's panel names its kind and priority
    gap = a.gaps[0]
    browser.execute_script("window.chainatlas.select(arguments[0]);", gap.link_id)
    panel = browser.find_element("id", "evidence").text
    assert gap.gap_kind in panel and f"优先级 {gap.priority}" in panel
    # satellites can be hidden: links move to their compact positions
    links = [r.link_id for r in a.links]
    where = "var n = window.chainatlas.network; return arguments[0].map(function (i) { var p = n.getPosition(i); " \
            "return [p.x, p.y]; });"
    before = browser.execute_script(where, links)
    browser.find_element("id", "satellites").click()
    hidden = browser.execute_script("return window.chainatlas.nodes.get({filter: function (n) {"
                                    "return n.hidden; }}).length;")
    assert hidden == n_nodes - a.graph.number_of_nodes()
    after = browser.execute_script(where, links)
    compact = browser.execute_script("return arguments[0].map(function (i) { return window.chainatlas.data.compact[i]; "
                                     "});", links)
    assert after == compact and after != before
    from selenium.webdriver.common.action_chains import ActionChains

    canvas = browser.find_element("css selector", "#network canvas")
    size = canvas.size  # a corner of the canvas: the hover tooltip of the clicked node goes away
    ActionChains(browser).move_to_element_with_offset(canvas, 8 - size["width"] // 2, 8 - size["height"] // 2).perform()
    browser.save_screenshot(os.path.join(artifacts, "hydrogen-map-no-satellites.png"))
    browser.find_element("id", "satellites").click()
    assert_offline_and_clean(browser)


def test_break_points_have_a_red_border(browser, corpus_store, tmp_path, artifacts):
    from chainatlas.viz.chainmap import BREAK_BORDER

    a = analyse_chain(corpus_store, "煤制甲醇—甲醛—精细化工产品", "甘州区")
    breaks = [r.link_id for r in a.links if r.gap_kind == "断点"]
    assert breaks, "the corpus gives this chain a break point in 甘州区"
    path = tmp_path / "methanol.html"
    write_chain_map(corpus_store, a.chain_id, "甘州区", path, analysis=a)
    open_page(browser, path)
    drawn = browser.execute_script(
        "var b = window.chainatlas.network.body, red = arguments[0]; return b.nodeIndices.filter(function (i) {"
        "return b.nodes[i].options.color.border === red; });", BREAK_BORDER)
    assert sorted(drawn) == sorted(breaks)
    assert drawn_counts(browser) == list(expected_counts(a))
    browser.save_screenshot(os.path.join(artifacts, "methanol-map.png"))
    assert_offline_and_clean(browser)


def test_names_are_shown_as_text_not_html(browser, store, tmp_path, artifacts):
    _, _, firm = evil_store(store)
    path = tmp_path / "evil.html"
    write_chain_map(store, EVIL_SCRIPT, "甘州区", path)
    open_page(browser, path)
    assert_no_alert(browser)
    assert browser.find_elements("css selector", "img") == []
    assert browser.find_element("id", "title").text == f"{EVIL_SCRIPT} · 甘州区"
    names = browser.execute_script("return window.chainatlas.nodes.get().map(function (n) { return n.name; })")
    assert EVIL_IMG in names and names.count(EVIL_IMG) == 2  # the link and the enterprise
    click_node(browser, firm)
    panel = browser.find_element("id", "evidence").text
    assert EVIL_IMG in panel and EVIL_SCRIPT in panel  # the name and the document title, as text
    assert browser.find_elements("css selector", "#evidence img, #evidence b, #evidence script") == []
    browser.save_screenshot(os.path.join(artifacts, "evil-map.png"))
    assert_no_alert(browser)
    assert_offline_and_clean(browser)
