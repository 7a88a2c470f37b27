"""GitHub workflow commands: escaping, levels, per-step caps."""

from __future__ import annotations

import os
import sys

sys.path.insert(0, os.path.dirname(__file__))
from report_sample import make_report  # noqa: E402

from checker.config import Config  # noqa: E402
from checker.models import Relation  # noqa: E402
from checker.report import render  # noqa: E402
from checker.report.github import command, escape_data, escape_property  # noqa: E402


def test_escaping():
    assert escape_data("50%\r\nnext: a,b") == "50%25%0D%0Anext: a,b"
    assert escape_property("50%\r\nnext: a,b") == "50%25%0D%0Anext%3A a%2Cb"
    line = command("error", "x\ny", file="a,b.md", line=3, col=None, title="T: 1")
    assert line == "::error file=a%2Cb.md,line=3,title=T%3A 1::x%0Ay"


def test_annotations():
    out = render(make_report(), "github", Config())
    lines = out.splitlines()
    errors = [l for l in lines if l.startswith("::error ")]
    warnings = [l for l in lines if l.startswith("::warning ")]
    notices = [l for l in lines if l.startswith("::notice ")]
    assert len(errors) == 2 and len(warnings) == 1 and len(notices) == 1
    assert errors[0].startswith("::error file=news/wire.md,line=7,col=32,endColumn=42,title=")
    assert "Conflicting numbers%3A Drones launched" in errors[0]
    assert "2.0%25 apart" in errors[0]
    assert warnings[0].startswith("::warning file=news/wire.md,line=9,col=1")
    assert "file=news/broken.html" in notices[0]
    # every command is one physical line
    assert all("\n" not in l and "\r" not in l for l in lines)
    assert lines[-1].startswith("check-consistency: 3 articles")


def test_caps_per_step():
    report = make_report()
    extra = []
    for i in range(13):
        extra.append(Relation(a="wire.md#1", b="daily.md#1", verdict="conflict", score=0.5,
                              reason=f"copy {i}"))
    for i in range(11):
        extra.append(Relation(a="wire.md#3", b="daily.md#3", verdict="update", score=0.5,
                              reason=f"copy {i}"))
    report.relations.extend(extra)
    out = render(report, "github", Config())
    lines = out.splitlines()
    assert sum(l.startswith("::error ") for l in lines) == 10
    assert sum(l.startswith("::warning ") for l in lines) == 10
    left = [l for l in lines if "left out" in l]
    assert len(left) == 1 and not left[0].startswith("::")
    assert "5 errors, 2 warnings left out" in left[0]


def test_absolute_paths_below_the_workdir_become_relative(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    report = make_report()
    for claim in report.claims:
        claim.location.path = str(tmp_path / "news" / f"{claim.article}")
    out = render(report, "github", Config())
    assert "file=news/wire.md,line=7" in out
    assert str(tmp_path) not in out
