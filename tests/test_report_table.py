"""Terminal table: fits in 100 columns, colour only on request, no injected escapes."""

from __future__ import annotations

import os
import re
import sys

sys.path.insert(0, os.path.dirname(__file__))
from report_sample import make_report  # noqa: E402

from checker.config import Config  # noqa: E402
from checker.report import render  # noqa: E402

ANSI = re.compile(r"\x1b\[[0-9;]*m")


def test_plain_table_layout():
    out = render(make_report(), "table", Config())
    assert "\x1b" not in out
    lines = out.splitlines()
    assert max(len(line) for line in lines) <= 100
    assert lines[0].startswith("CONFLICT") and "539 vs 550" in lines[0]
    assert any("Wire Service" in l and "539 drone" in l for l in lines)
    assert any(l.startswith("skipped  news/broken.html: binary file") for l in lines)
    assert "RELATIONS IN NO FACT" in out
    assert lines[-1] == ("3 articles (1 skipped), 10 claims, 4 facts, 2 conflicts, "
                         "1 update, 2 agreements")
    # conflicts before updates before agreements
    assert out.index("CONFLICT") < out.index("EVOLVING") < out.index("AGREE")


def test_color_only_when_asked():
    out = render(make_report(), "table", Config(), color=True)
    assert "\x1b[31;1mCONFLICT\x1b[0m" in out
    plain = ANSI.sub("", out)
    assert plain == render(make_report(), "table", Config())
    assert max(len(line) for line in plain.splitlines()) <= 100


def test_article_cannot_inject_terminal_escapes():
    report = make_report()
    claim = report.claims[0]
    evil = "\x1b]0;owned\x07\x1b[2J"
    claim.sentence = evil + claim.sentence[len(evil):]
    report.articles[0].source = "Wire\x1b[31m Service"
    report.articles[2].reason = "bad\x1b[2Jfile"
    out = render(report, "table", Config())
    assert "\x1b" not in out and "\x07" not in out


def test_long_text_is_cut_to_width():
    report = make_report()
    report.facts[2].summary = "A very long fact summary " * 10
    report.articles[0].source = "An Outlet With An Extremely Long Name Indeed"
    report.relations[0].reason = "because " * 40
    out = render(report, "table", Config())
    assert max(len(line) for line in out.splitlines()) <= 100
