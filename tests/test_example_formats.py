"""Every output format on the bundled example article set, from the real pipeline.

SARIF is validated against the official 2.1.0 schema, the JSON report against the shipped
report schema, JUnit parsed as XML, the GitHub commands checked line by line, and the HTML page
opened in headless Chromium (skipped with a reason when the browser is absent) with a
screenshot saved to ``test-artifacts/example-report.png``.
"""

from __future__ import annotations

import json
import os
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import jsonschema
import pytest

sys.path.insert(0, os.path.dirname(__file__))

import checker  # noqa: E402
from checker.config import Config  # noqa: E402
from checker.report import exit_code, render  # noqa: E402
from checker.schema import SCHEMA_FILE  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
EXAMPLE = ROOT / "fixtures" / "sets" / "kyiv-drones-2025-07"
SARIF_SCHEMA = ROOT / "checker" / "schema" / "sarif-2.1.0.json"
CFG = Config(progress=False)


@pytest.fixture(scope="module")
def report():
    return checker.check([str(EXAMPLE)], CFG)


def test_example_has_every_verdict_kind(report):
    verdicts = {r.verdict for r in report.relations}
    assert {"agree", "conflict"} <= verdicts
    assert exit_code(report, CFG) == 1
    assert exit_code(report, CFG.model_copy(update={"fail_on": "never"})) == 0


def test_json_validates_against_shipped_schema(report):
    data = json.loads(render(report, "json", CFG))
    jsonschema.validate(data, json.loads(SCHEMA_FILE.read_text()))
    assert data["stats"]["conflict"] == sum(r["verdict"] == "conflict" for r in data["relations"])


def test_sarif_validates_and_locates_conflicts(report):
    data = json.loads(render(report, "sarif", CFG))
    jsonschema.validate(data, json.loads(SARIF_SCHEMA.read_text()))
    results = data["runs"][0]["results"]
    conflicts = [r for r in report.relations if r.verdict == "conflict"]
    assert len([r for r in results if r["ruleId"] == "CC-CONFLICT"]) == len(conflicts)
    for res in results:
        loc = res["locations"][0]["physicalLocation"]
        assert loc["artifactLocation"]["uri"].endswith(".md")
        assert loc["region"]["startLine"] >= 1
        assert res["partialFingerprints"]


def test_junit_is_xml_with_failures_for_conflicts(report):
    root = ET.fromstring(render(report, "junit", CFG))
    failures = root.findall(".//failure")
    assert len(failures) == sum(f.status == "conflict" for f in report.facts)
    facts = [s for s in root.findall("testsuite") if s.get("name") == "facts"][0]
    assert len(facts.findall("testcase")) == len(report.facts)


def test_github_commands(report):
    lines = render(report, "github", CFG).splitlines()
    errors = [ln for ln in lines if ln.startswith("::error ")]
    assert errors and all("file=" in ln and ",line=" in ln for ln in errors)


def test_markdown_and_table(report):
    md = render(report, "markdown", CFG)
    assert "conflict" in md.lower() and "|" in md
    table = render(report, "table", CFG)
    assert max(len(ln) for ln in table.splitlines()) <= 100


def test_html_in_chromium(report, tmp_path):
    from test_browser import _errors, _missing, make_driver

    reason = _missing()
    if reason:
        pytest.skip(reason)
    drv = make_driver(tmp_path / "profile")
    try:
        page = tmp_path / "report.html"
        page.write_text(render(report, "html", CFG), encoding="utf-8")
        drv.get(page.as_uri())
        assert _errors(drv) == []
        shown = int(drv.find_element("id", "count-conflict").text)
        assert shown == report.stats.conflict
        drv.find_element("css selector", "button[data-filter=conflict]").click()
        visible = [f for f in drv.find_elements("css selector", "section.fact")
                   if f.is_displayed()]
        assert len(visible) == sum(f.status == "conflict" for f in report.facts)
        drv.find_element("css selector", "button[data-filter=all]").click()
        out = ROOT / "test-artifacts"
        out.mkdir(exist_ok=True)
        assert drv.save_screenshot(str(out / "example-report.png"))
    finally:
        drv.quit()
