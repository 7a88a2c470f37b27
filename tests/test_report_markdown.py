"""Markdown for pull-request comments and step summaries."""

from __future__ import annotations

import os
import sys

sys.path.insert(0, os.path.dirname(__file__))
from report_sample import make_report  # noqa: E402

from checker.config import Config  # noqa: E402
from checker.report import render  # noqa: E402
from checker.report.markdown import md  # noqa: E402


def test_markdown_sections():
    out = render(make_report(), "markdown", Config())
    assert out.startswith("## ❌ check-consistency: 2 conflicts")
    assert "| 2 | 1 | 10 | 4 | 2 | 1 | 2 |" in out
    conflicts = out[out.index("### Conflicts"):out.index("### Updates")]
    assert "**Wire Service**: 539 drone" in conflicts
    assert "**Daily Planet**: 550 drone" in conflicts
    assert "Russia launched **539 drones** and 11 missiles" in conflicts
    assert "people killed (in no fact)" in conflicts
    assert "<details><summary>Agreements (2)</summary>" in out
    assert "<details><summary>Skipped articles (1)</summary>" in out
    # agreements are folded away, not among the conflicts
    assert "**Wire Service**: 11 missile" not in conflicts


def test_markdown_escapes_article_text():
    out = render(make_report(), "markdown", Config())
    assert "<script>" not in out
    assert md("a | b *c* <b>x</b> @team") == "a \\| b \\*c\\* &lt;b&gt;x&lt;/b&gt; @\u200bteam"
    assert md("# heading") == "\\# heading"
    assert md("- item") == "\\- item"


def test_markup_in_a_conflicting_sentence_is_escaped():
    report = make_report()
    claim = report.claims[0]
    claim.sentence = claim.sentence.replace("KYIV", "<img src=x onerror=alert(1)>")
    claim.sentence_start -= len("<img src=x onerror=alert(1)>") - len("KYIV")
    out = render(report, "markdown", Config())
    assert "<img" not in out and "&lt;img src=x onerror=alert(1)&gt;" in out
    assert "Russia launched **539 drones**" in out


def test_long_reports_are_capped():
    from checker.models import Relation
    from checker.report.markdown import MAX_BLOCKS

    report = make_report()
    report.relations += [
        Relation(a="wire.md#1", b="daily.md#1", verdict="conflict", score=0.5, reason=str(i))
        for i in range(MAX_BLOCKS + 5)
    ]
    out = render(report, "markdown", Config())
    assert "… and 7 more conflicts" in out


def test_all_agree_headline():
    report = make_report()
    report.relations = [r for r in report.relations if r.verdict == "agree"]
    out = render(report, "markdown", Config())
    assert out.startswith("## ✅ check-consistency: all numbers agree")
