"""JUnit XML: one case per fact, failures for conflicts, parseable."""

from __future__ import annotations

import os
import sys
import xml.etree.ElementTree as ET

sys.path.insert(0, os.path.dirname(__file__))
from report_sample import make_report  # noqa: E402

from checker.config import Config  # noqa: E402
from checker.report import render  # noqa: E402


def _parse(report=None, cfg=None) -> ET.Element:
    return ET.fromstring(render(report or make_report(), "junit", cfg or Config()).encode())


def test_junit_structure():
    root = _parse()
    assert root.tag == "testsuites"
    facts = root.find("testsuite[@name='facts']")
    cases = facts.findall("testcase")
    # 4 facts + 1 conflict in no fact
    assert len(cases) == 5 and facts.get("tests") == "5"
    failed = [c for c in cases if c.find("failure") is not None]
    assert len(failed) == 2 == int(facts.get("failures")) == int(root.get("failures"))
    drones = failed[0]
    assert "[f-drones]" in drones.get("name")
    assert drones.get("file") == "news/wire.md" and drones.get("line") == "7"
    failure = drones.find("failure")
    assert failure.get("type") == "conflict"
    assert "539 drone" in failure.get("message") and "550 drone" in failure.get("message")
    assert "2.0% apart" in failure.text
    arts = root.find("testsuite[@name='articles']")
    skipped = [c for c in arts.findall("testcase") if c.find("skipped") is not None]
    assert [c.get("name") for c in skipped] == ["news/broken.html"]


def test_updates_fail_with_fail_on_update():
    root = _parse(cfg=Config(fail_on="update"))
    assert root.get("failures") == "3"


def test_known_conflicts_do_not_fail_and_control_chars_are_dropped():
    report = make_report()
    for rel in report.relations:
        if rel.verdict == "conflict":
            rel.baseline = "known"
    report.claims[0].sentence = "bad \x00\x1b char" + report.claims[0].sentence[14:]
    root = _parse(report)
    assert root.get("failures") == "0"
    text = ET.tostring(root, encoding="unicode")
    assert "baseline: known" in text
