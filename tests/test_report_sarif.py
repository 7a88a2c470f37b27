"""SARIF 2.1.0: valid against the official schema, stable fingerprints, locations."""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path

import pytest

sys.path.insert(0, os.path.dirname(__file__))
from report_sample import make_report  # noqa: E402

import checker  # noqa: E402
from checker import baseline  # noqa: E402
from checker.config import Config  # noqa: E402
from checker.report import render  # noqa: E402
from checker.report.sarif import artifact_uri  # noqa: E402

jsonschema = pytest.importorskip("jsonschema")

SCHEMA = Path(checker.__file__).parent / "schema" / "sarif-2.1.0.json"


def _validate(doc: dict) -> None:
    schema = json.loads(SCHEMA.read_text(encoding="utf-8"))
    cls = jsonschema.validators.validator_for(schema)
    cls.check_schema(schema)
    errors = sorted(cls(schema, format_checker=cls.FORMAT_CHECKER).iter_errors(doc), key=str)
    assert not errors, [f"{list(e.path)}: {e.message}" for e in errors[:5]]


def test_sarif_is_valid():
    doc = json.loads(render(make_report(), "sarif", Config()))
    _validate(doc)
    run = doc["runs"][0]
    driver = run["tool"]["driver"]
    assert doc["version"] == "2.1.0"
    assert driver["name"] == "check-consistency" and driver["version"] == checker.__version__
    assert [r["properties"]["verdict"] for r in driver["rules"]] == ["conflict", "update", "agree"]


def test_results_locations_and_fingerprints():
    report = make_report()
    run = json.loads(render(report, "sarif", Config()))["runs"][0]
    results = run["results"]
    assert [(r["ruleId"], r["level"]) for r in results] == [
        ("CC-CONFLICT", "error"), ("CC-UPDATE", "note"), ("CC-CONFLICT", "error")]
    first = results[0]
    loc = first["locations"][0]["physicalLocation"]
    assert loc["artifactLocation"]["uri"] == "news/wire.md"
    assert loc["region"]["startLine"] == 7 and loc["region"]["startColumn"] == 32
    assert loc["region"]["snippet"]["text"] == "539 drones"
    related = first["relatedLocations"][0]["physicalLocation"]
    assert related["artifactLocation"]["uri"] == "news/daily.md"
    assert related["region"]["startLine"] == 6
    fps = [r["partialFingerprints"]["checkConsistency/v1"] for r in results]
    expected = [baseline.fingerprint(report.relations[i], report) for i in (0, 2, 4)]
    assert fps == expected
    notes = run["invocations"][0]["toolExecutionNotifications"]
    assert "news/broken.html" in notes[0]["message"]["text"]


def test_updates_are_warnings_when_they_fail_the_run():
    run = json.loads(render(make_report(), "sarif", Config(fail_on="update")))["runs"][0]
    assert [r["level"] for r in run["results"]] == ["error", "warning", "error"]


def test_baseline_state(tmp_path):
    report = make_report()
    path = tmp_path / "b.json"
    baseline.write_baseline(report, str(path))
    report.claims[0].value = 545.0
    for rel in report.relations:
        rel.fingerprint = baseline.fingerprint(rel, report)
    applied = baseline.apply_baseline(report, str(path))
    doc = json.loads(render(applied, "sarif", Config()))
    _validate(doc)
    states = [r["baselineState"] for r in doc["runs"][0]["results"]]
    assert states == ["new", "unchanged", "unchanged"]
    assert doc["runs"][0]["properties"]["staleBaseline"] == applied.stale_baseline


def test_empty_report_is_valid():
    from checker.models import Report

    _validate(json.loads(render(Report(), "sarif", Config())))


def test_artifact_uri():
    assert artifact_uri("news/a b.md") == "news/a%20b.md"
    assert artifact_uri("./news/x.md") == "news/x.md"
    assert artifact_uri("/data/news/x.md") == "file:///data/news/x.md"
    assert artifact_uri("news\\x.md") == "news/x.md"


def test_absolute_path_below_workdir(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    assert artifact_uri(str(tmp_path / "news" / "x.md")) == "news/x.md"
