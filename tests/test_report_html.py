"""HTML report: self-contained, escaped, complete (browser tests in test_browser.py)."""

from __future__ import annotations

import os
import re
import sys
from html.parser import HTMLParser

sys.path.insert(0, os.path.dirname(__file__))
from report_sample import make_report  # noqa: E402

from checker.config import Config  # noqa: E402
from checker.report import render  # noqa: E402


class _Collect(HTMLParser):
    def __init__(self):
        super().__init__()
        self.tags: list[tuple[str, dict]] = []
        self.text: list[str] = []

    def handle_starttag(self, tag, attrs):
        self.tags.append((tag, dict(attrs)))

    def handle_data(self, data):
        self.text.append(data)


def _page(report=None) -> tuple[str, _Collect]:
    page = render(report or make_report(), "html", Config())
    parser = _Collect()
    parser.feed(page)
    return page, parser


def test_self_contained():
    page, parsed = _page()
    for tag, attrs in parsed.tags:
        assert "src" not in attrs, (tag, attrs)
        if tag == "link":
            raise AssertionError(f"external link element {attrs}")
        href = attrs.get("href")
        if href is not None:
            assert href.startswith(("https://", "http://", "#")), href
    assert "@import" not in page and "url(" not in page
    assert [t for t, _ in parsed.tags].count("script") == 1
    csp = [a["content"] for t, a in parsed.tags if a.get("http-equiv") == "Content-Security-Policy"]
    assert csp and "default-src 'none'" in csp[0] and "script-src 'sha256-" in csp[0]


def test_article_text_is_escaped():
    page, parsed = _page()
    assert "<script>alert(" not in page
    assert "&lt;script&gt;alert(&#x27;pwned&#x27;)&lt;/script&gt;" in page
    assert "<script>alert('pwned')</script>" in "".join(parsed.text)
    assert "<b>after</b>" not in page and "&lt;b&gt;after&lt;/b&gt;" in page
    # a javascript: URL is never linked
    assert "javascript:" not in page


def test_summary_counts():
    page, _ = _page()
    counts = dict(re.findall(r'id="count-(\w+)" data-count="(\d+)"', page))
    assert counts == {"articles": "3", "claims": "10", "facts": "4", "conflict": "2",
                      "update": "1", "agree": "2"}


def test_facts_conflicts_first_with_highlight_and_sources():
    page, _ = _page()
    order = re.findall(r'data-fact="([^"]+)"', page)
    assert order[0] == "f-drones" and order[1] == "f-injured"
    assert set(order) == {"f-drones", "f-injured", "f-missiles", "f-power"}
    assert "Russia launched <mark>539 drones</mark> and 11 missiles" in page
    assert "<mark>At least 23 people</mark> were injured" in page
    for text in ("Wire Service", "Daily Planet", "2025-07-04 09:30 UTC",
                 "the Ukrainian air force", "news/wire.md:7:32",
                 "2.0% apart, both stated exactly"):
        assert text in page, text


def test_chart_orphans_and_skipped():
    page, _ = _page()
    assert page.count('<svg class="chart"') == 4
    assert 'id="orphans"' in page and "places differ, so not merged" in page
    assert 'id="skipped"' in page and "news/broken.html" in page
    assert "binary file (NUL bytes) &lt;not text&gt;" in page


def test_filters_present():
    page, _ = _page()
    for kind in ("all", "conflict", "update", "agree"):
        assert f'data-filter="{kind}"' in page
    sections = re.findall(r'<section class="fact (\w+)"[^>]*data-verdicts="([^"]+)"', page)
    assert ("conflict", "conflict") in sections
    assert ("update", "update") in sections


def test_baseline_and_stale_shown():
    report = make_report()
    report.relations[0].baseline = "known"
    report.relations[4].baseline = "new"
    report.relations[2].baseline = "new"
    report.stale_baseline = ["f" * 32]
    page, _ = _page(report)
    assert 'id="baseline"' in page and "2 new, 1 known, 1 stale entry" in page
    assert '<span class="badge known">known</span>' in page
    assert "f" * 32 in page


def test_empty_report():
    from checker.models import Report

    page = render(Report(), "html", Config())
    assert "No facts" in page and "No article could be read" in page
