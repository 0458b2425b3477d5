"""Render a map page to PNG with headless Chromium, for slides and reports.

:func:`render_png` opens the page in headless Chromium (driven by selenium
through chromedriver), waits until the page says its layout has settled
(``window.chainatlas.settled``, set on the first frame drawn with the fixed
layout), fits the map to the window and saves a screenshot of exactly
`width` × `height` CSS pixels.  The evidence panel and navigation are hidden
in the picture (the page's ``#export`` mode); the title, summary and legend
stay.

:func:`chromium` starts the browser the same way the browser tests do:
headless, with a throw-away profile, no background networking and every
request sent to a proxy that does not exist, so nothing leaves the machine.
The browser and its driver are found on ``PATH`` (``chromium`` or
``chromium-browser``, ``chromedriver``) or named by the ``CHAINATLAS_CHROMIUM``
and ``CHAINATLAS_CHROMEDRIVER`` environment variables; selenium never
downloads one.

Examples
--------
>>> import os
>>> os.environ["CHAINATLAS_CHROMIUM"] = "/nonexistent/chromium"
>>> try:
...     find_chromium()
... except ChainAtlasError as e:
...     print(str(e).split(":")[0])
Chromium not found
>>> del os.environ["CHAINATLAS_CHROMIUM"]
"""

import contextlib
import os
import shutil
import struct
import tempfile
import time

from chainatlas.exceptions import ChainAtlasError, InputError

__all__ = ["find_chromium", "chromium", "wait_for_map", "render_png", "png_size", "CHROMIUM_FLAGS"]

#: the flags every headless session gets (networking off: requests go to a dead proxy)
CHROMIUM_FLAGS = ("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--no-first-run",
                  "--no-default-browser-check", "--disable-background-networking", "--disable-component-update",
                  "--disable-sync", "--disable-quic", "--disable-extensions", "--hide-scrollbars",
                  "--proxy-server=http://127.0.0.1:9", "--proxy-bypass-list=<-loopback>")


def find_chromium():
    """``(chromium binary, chromedriver)`` paths; raises :class:`~chainatlas.ChainAtlasError` saying what is missing."""
    binary = os.environ.get("CHAINATLAS_CHROMIUM") or next(
        (p for p in map(shutil.which, ("chromium", "chromium-browser", "google-chrome")) if p), None)
    driver = os.environ.get("CHAINATLAS_CHROMEDRIVER") or shutil.which("chromedriver")
    if not binary or not os.path.isfile(binary):
        raise ChainAtlasError(f"Chromium not found: {binary or 'no chromium on PATH'}; install it (Debian: apt-get "
                              "install chromium chromium-driver) or set CHAINATLAS_CHROMIUM")
    if not driver or not os.path.isfile(driver):
        raise ChainAtlasError(f"chromedriver not found: {driver or 'no chromedriver on PATH'}; install it (Debian: "
                              "apt-get install chromium-driver) or set CHAINATLAS_CHROMEDRIVER")
    return binary, driver


@contextlib.contextmanager
def chromium(width=1400, height=800, *, logs=False):
    """A headless Chromium webdriver (selenium), closed and its profile removed on exit.

    Parameters
    ----------
    width, height : int
        The window size.
    logs : bool
        Record the browser console and the performance (network) log, for tests.
    """
    binary, driver = find_chromium()
    try:
        from selenium import webdriver
        from selenium.common.exceptions import WebDriverException
        from selenium.webdriver.chrome.service import Service
    except ImportError:
        raise ChainAtlasError("PNG export needs selenium: pip install selenium") from None
    opts = webdriver.ChromeOptions()
    opts.binary_location = binary
    profile = tempfile.mkdtemp(prefix="chainatlas-chrome-")
    for a in (*CHROMIUM_FLAGS, f"--user-data-dir={profile}", f"--window-size={width},{height}"):
        opts.add_argument(a)
    if logs:
        opts.set_capability("goog:loggingPrefs", {"browser": "ALL", "performance": "ALL"})
    try:
        drv = webdriver.Chrome(service=Service(driver), options=opts)
    except WebDriverException as e:
        shutil.rmtree(profile, ignore_errors=True)
        raise ChainAtlasError(f"headless Chromium did not start ({binary}, {driver}): "
                              f"{(e.msg or str(e)).splitlines()[0]}") from None
    try:
        # the viewport itself, not the window, gets the requested size
        drv.execute_cdp_cmd("Emulation.setDeviceMetricsOverride",
                            {"width": width, "height": height, "deviceScaleFactor": 1, "mobile": False})
        yield drv
    finally:
        drv.quit()
        shutil.rmtree(profile, ignore_errors=True)


def wait_for_map(drv, timeout=30):
    """Wait until the open page's map has settled; returns the milliseconds from page start to that frame."""
    end = time.monotonic() + timeout
    while time.monotonic() < end:
        got = drv.execute_script("var c = window.chainatlas; return c && c.settled ? c.drawnAt : null;")
        if got is not None:
            return got
        time.sleep(0.02)
    raise ChainAtlasError(f"the map did not finish drawing within {timeout} s")


def png_size(path):
    """``(width, height)`` of a PNG file, read from its header."""
    with open(path, "rb") as f:
        head = f.read(24)
    if head[:8] != b"\x89PNG\r\n\x1a\n":
        raise InputError("not a PNG file", source=str(path))
    return struct.unpack(">II", head[16:24])


def render_png(html_path, png_path, width=1600, height=900, *, timeout=30):
    """Render the map page `html_path` to `png_path` (`width` × `height` pixels); returns `png_path`.

    Raises :class:`~chainatlas.ChainAtlasError` when Chromium, chromedriver or
    selenium is missing, or the page does not settle within `timeout` seconds.
    """
    html_path = os.path.abspath(html_path)
    if not os.path.isfile(html_path):
        raise InputError("no such file", source=html_path)
    from pathlib import Path

    with chromium(width, height) as drv:
        drv.get(Path(html_path).as_uri() + "#export")
        wait_for_map(drv, timeout)
        drv.execute_script("document.body.classList.add('export'); window.chainatlas.refit();")
        # two animation frames: the refit is drawn before the screenshot
        drv.execute_async_script("var done = arguments[0]; requestAnimationFrame(function () { "
                                 "requestAnimationFrame(function () { done(true); }); });")
        data = drv.get_screenshot_as_png()
    with open(png_path, "wb") as f:
        f.write(data)
    return png_path
