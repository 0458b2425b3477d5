"""The chain map in a real headless Chromium with networking disabled."""

import os
import shutil
import tempfile

import pytest

from chainatlas.queries import gap_report
from chainatlas.viz import write_chain_map

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
DRIVER = shutil.which("chromedriver")
REQUIRED = os.environ.get("CHAINATLAS_REQUIRE_BROWSER") == "1"

pytestmark = pytest.mark.browser


@pytest.fixture(scope="module")
def browser():
    if not (CHROMIUM and DRIVER):
        if REQUIRED:
            pytest.fail("chromium and chromedriver are required (CHAINATLAS_REQUIRE_BROWSER=1)")
        pytest.skip("chromium / chromedriver not installed")
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    opts = webdriver.ChromeOptions()
    opts.binary_location = CHROMIUM
    profile = tempfile.mkdtemp(prefix="chainatlas-chrome-")
    for a in ("--headless=new", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking",
              "--disable-component-update", "--disable-sync", "--disable-quic", f"--user-data-dir={profile}",
              "--window-size=1400,800",
              # networking off: every request would go to a proxy that does not exist
              "--proxy-server=http://127.0.0.1:9", "--proxy-bypass-list=<-loopback>"):
        opts.add_argument(a)
    opts.set_capability("goog:loggingPrefs", {"browser": "ALL", "performance": "ALL"})
    drv = webdriver.Chrome(service=Service(DRIVER), options=opts)
    yield drv
    drv.quit()
    shutil.rmtree(profile, ignore_errors=True)


def _requests(drv):
    import json

    urls = []
    for entry in drv.get_log("performance"):
        msg = json.loads(entry["message"])["message"]
        if msg.get("method") == "Network.requestWillBeSent":
            urls.append(msg["params"]["request"]["url"])
    return urls


def _open(browser, path):
    from selenium.webdriver.support.ui import WebDriverWait

    browser.get("file://" + str(path))
    WebDriverWait(browser, 20).until(lambda d: d.execute_script("return !!(window.chainatlas && window.chainatlas.drawn)"))


def test_map_draws_the_whole_graph_offline(browser, corpus_store, tmp_path, artifacts):
    path = tmp_path / "hydrogen.html"
    write_chain_map(corpus_store, "绿电制绿氢", "甘州区", path)
    report = gap_report(corpus_store, "绿电制绿氢", "甘州区")
    _open(browser, path)
    drawn_nodes = browser.execute_script("return window.chainatlas.network.body.nodeIndices.length")
    drawn_edges = browser.execute_script("return window.chainatlas.network.body.edgeIndices.length")
    satellites = {("E", e) for r in report.rows for e in r.enterprises} | {("P", p["name"]) for r in report.rows
                                                                          for p in r.projects}
    sat_edges = sum(len(r.enterprises) + len(r.projects) for r in report.rows)
    # the chain's own steps say which feeds it has, independently of how the map finds them
    from chainatlas.loaders import parse_chain

    feeds = parse_chain(corpus_store.node(report.chain_id)["props"]["steps"])["feeds"]
    assert drawn_nodes == len(report.rows) + len(satellites)
    assert drawn_edges == len(feeds) + sat_edges
    legend = browser.find_elements("css selector", "#legend .legend-item")
    assert [e.text for e in legend][:5] == ["已有", "在建", "谋划/签约", "招引", "缺失"]
    # a real click on a link shows its evidence sentences
    from selenium.webdriver.common.action_chains import ActionChains

    target = next(r for r in report.rows if r.evidence)
    pos = browser.execute_script(
        "var n = window.chainatlas.network; var p = n.getPosition(arguments[0]); return n.canvasToDOM(p);",
        target.link_id)
    canvas = browser.find_element("css selector", "#network canvas")
    rect = browser.execute_script("return arguments[0].getBoundingClientRect();", canvas)
    ActionChains(browser).move_to_element_with_offset(
        canvas, int(pos["x"] - rect["width"] / 2), int(pos["y"] - rect["height"] / 2)).click().perform()
    panel = browser.find_element("id", "evidence").text
    assert target.name in panel
    assert target.evidence[0]["sentence"][:20] in panel
    browser.save_screenshot(os.path.join(artifacts, "hydrogen-map.png"))
    errors = [m for m in browser.get_log("browser") if m["level"] == "SEVERE"]
    assert errors == []
    outside = [u for u in _requests(browser) if u.startswith(("http:", "https:", "ws:", "wss:", "ftp:"))]
    assert outside == []


def test_names_are_shown_as_text_not_html(browser, store, tmp_path):
    from chainatlas.graph import ingest_extraction
    from chainatlas.loaders import extract_rows, extract_text

    ingest_extraction(store, extract_text("甘州区形成“工业硅—多晶硅”的产业链。", doc_id="p"), {"id": "p"})
    rows = [["企业名称", "所在地", "主营产品"], ["<img src=x onerror=alert(1)>", "甘肃省张掖市甘州区", "多晶硅"]]
    ingest_extraction(store, extract_rows(rows, doc_id="evil.csv"), {"id": "evil.csv"})
    path = tmp_path / "evil.html"
    write_chain_map(store, "工业硅", "甘州区", path)
    _open(browser, path)
    assert browser.find_elements("css selector", "img") == []
    labels = browser.execute_script("return window.chainatlas.nodes.get().map(function(n){return n.label;})")
    assert "<img src=x onerror=alert(1)>" in labels
    browser.execute_script("window.chainatlas.show('Enterprise:<img src=x onerror=alert(1)>')")
    assert "<img src=x onerror=alert(1)>" in browser.find_element("id", "evidence").text
    assert browser.find_elements("css selector", "#evidence img") == []
