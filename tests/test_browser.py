"""The HTML report in a real headless Chromium (marked ``browser``).

Skips with a reason when /usr/bin/chromium or /usr/bin/chromedriver (or selenium) is
missing. Saves a screenshot to ``test-artifacts/report.png``.
"""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path

import pytest

sys.path.insert(0, os.path.dirname(__file__))
from report_sample import make_report  # noqa: E402

from checker.config import Config  # noqa: E402
from checker.report import render  # noqa: E402

pytestmark = pytest.mark.browser

ROOT = Path(__file__).resolve().parents[1]
ARTIFACTS = ROOT / "test-artifacts"
CHROMIUM = os.environ.get("CHECK_CONSISTENCY_CHROMIUM", "/usr/bin/chromium")
CHROMEDRIVER = os.environ.get("CHECK_CONSISTENCY_CHROMEDRIVER", "/usr/bin/chromedriver")

FLAGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--disable-dev-shm-usage",
    "--window-size=1200,1300",
    "--force-device-scale-factor=1",
]


def _missing() -> str | None:
    for path in (CHROMIUM, CHROMEDRIVER):
        if not (os.path.isfile(path) and os.access(path, os.X_OK)):
            return f"{path} not installed (apt-get install chromium chromium-driver)"
    try:
        import selenium  # noqa: F401
    except ImportError:
        return "selenium not installed (pip install selenium)"
    return None


def make_driver(profile_dir):
    """A headless Chromium driven by Selenium, with a fresh profile in ``profile_dir``."""
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    opts = webdriver.ChromeOptions()
    opts.binary_location = CHROMIUM
    for flag in FLAGS:
        opts.add_argument(flag)
    opts.add_argument(f"--user-data-dir={profile_dir}")
    opts.set_capability("goog:loggingPrefs", {"browser": "ALL"})
    drv = webdriver.Chrome(service=Service(executable_path=CHROMEDRIVER), options=opts)
    drv.set_page_load_timeout(30)
    return drv


@pytest.fixture(scope="module")
def driver(tmp_path_factory):
    reason = _missing()
    if reason:
        pytest.skip(reason)
    drv = make_driver(tmp_path_factory.mktemp("chromium-profile"))
    try:
        yield drv
    finally:
        drv.quit()


@pytest.fixture(scope="module")
def page(driver, tmp_path_factory):
    report = make_report()
    html_path = tmp_path_factory.mktemp("html") / "report.html"
    html_path.write_text(render(report, "html", Config()), encoding="utf-8")
    driver.get(html_path.as_uri())
    return driver, report


def _errors(driver) -> list[dict]:
    return [e for e in driver.get_log("browser") if e.get("level") in ("SEVERE", "ERROR")]


def test_page_loads_without_console_errors(page):
    driver, _ = page
    assert driver.title.startswith("check-consistency")
    assert _errors(driver) == []
    # the inline script ran (it rewrites the counter), so the CSP hash is right
    shown = driver.find_element("id", "shown").text
    assert shown.startswith("showing ")


def test_conflict_count_matches_json(page):
    driver, report = page
    data = json.loads(render(report, "json", Config()))
    expected = sum(1 for r in data["relations"] if r["verdict"] == "conflict")
    assert expected == data["stats"]["conflict"] == 2
    assert int(driver.find_element("id", "count-conflict").text) == expected


def test_script_in_article_is_text(page):
    driver, _ = page
    text = driver.find_element("tag name", "body").text
    assert "<script>alert('pwned')</script>" in text
    # no alert was opened and only our own script element exists
    assert len(driver.find_elements("tag name", "script")) == 1
    assert driver.execute_script("return typeof window.pwned") == "undefined"


def test_filter_click(page):
    driver, _ = page
    facts = driver.find_elements("css selector", "section.fact")
    assert len(facts) == 4
    driver.find_element("css selector", "button[data-filter=conflict]").click()
    visible = [f for f in facts if f.is_displayed()]
    assert [f.get_attribute("data-fact") for f in visible] == ["f-drones"]
    assert driver.find_element("id", "orphans").is_displayed()  # a conflict in no fact
    driver.find_element("css selector", "button[data-filter=agree]").click()
    visible = sorted(f.get_attribute("data-fact") for f in facts if f.is_displayed())
    assert visible == ["f-missiles", "f-power"]
    assert not driver.find_element("id", "orphans").is_displayed()
    pressed = driver.find_element("css selector", "button[aria-pressed=true]")
    assert pressed.get_attribute("data-filter") == "agree"
    driver.find_element("css selector", "button[data-filter=all]").click()
    assert all(f.is_displayed() for f in facts)
    assert _errors(driver) == []


def test_screenshot(page):
    """``report.png``: the first screen, as in the README; ``report-full.png``: all of it."""
    driver, _ = page
    ARTIFACTS.mkdir(exist_ok=True)
    driver.execute_script("window.scrollTo(0, 0)")
    out = ARTIFACTS / "report.png"
    assert driver.save_screenshot(str(out))
    assert out.stat().st_size > 10_000
    height = driver.execute_script("return document.documentElement.scrollHeight")
    driver.set_window_size(1200, min(max(int(height) + 150, 800), 8000))
    full = ARTIFACTS / "report-full.png"
    assert driver.save_screenshot(str(full))
    assert full.stat().st_size > out.stat().st_size
