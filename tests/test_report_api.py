"""checker.report: format choice, dispatch, exit codes, step summary, progress bar."""

from __future__ import annotations

import io
import os
import sys

import pytest

sys.path.insert(0, os.path.dirname(__file__))
from report_sample import make_report  # noqa: E402

from checker import baseline  # noqa: E402
from checker.config import Config  # noqa: E402
from checker.errors import UsageError  # noqa: E402
from checker.report import (  # noqa: E402
    FORMATS,
    Progress,
    default_format,
    exit_code,
    render,
    write_step_summary,
)


def test_default_format():
    assert default_format(True, {"GITHUB_ACTIONS": "true"}) == "github"
    assert default_format(False, {"GITHUB_ACTIONS": "true"}) == "github"
    assert default_format(True, {}) == "table"
    assert default_format(False, {}) == "json"
    assert default_format(False, {"GITHUB_ACTIONS": "false"}) == "json"


@pytest.mark.parametrize("fmt", FORMATS)
def test_every_format_renders_deterministically(fmt):
    report = make_report()
    first = render(report, fmt, Config())
    assert first.endswith("\n") and len(first) > 200
    assert render(make_report(), fmt, Config()) == first


def test_unknown_format_is_a_usage_error():
    with pytest.raises(UsageError):
        render(make_report(), "pdf", Config())


def test_exit_code_fail_on():
    report = make_report()
    assert exit_code(report, Config()) == 1
    assert exit_code(report, Config(fail_on="never")) == 0
    no_conflicts = report.model_copy(deep=True)
    no_conflicts.relations = [r for r in no_conflicts.relations if r.verdict != "conflict"]
    assert exit_code(no_conflicts, Config(fail_on="conflict")) == 0
    assert exit_code(no_conflicts, Config(fail_on="update")) == 1
    only_agree = report.model_copy(deep=True)
    only_agree.relations = [r for r in only_agree.relations if r.verdict == "agree"]
    assert exit_code(only_agree, Config(fail_on="update")) == 0


def test_exit_code_with_baseline(tmp_path):
    report = make_report()
    path = tmp_path / "baseline.json"
    baseline.write_baseline(report, str(path))
    applied = baseline.apply_baseline(report, str(path))
    assert exit_code(applied, Config()) == 0
    assert exit_code(applied, Config(fail_on="update")) == 0
    # a new conflict on top of the known ones fails again
    changed = make_report()
    changed.claims[5].value = 560.0  # daily.md#1: 550 -> 560 drones
    for rel in changed.relations:
        rel.fingerprint = baseline.fingerprint(rel, changed)
    applied = baseline.apply_baseline(changed, str(path))
    assert exit_code(applied, Config()) == 1
    assert [r.baseline for r in applied.relations if r.verdict == "conflict"] == ["new", "known"]


def test_step_summary_appends(tmp_path):
    target = tmp_path / "summary.md"
    target.write_text("previous step\n", encoding="utf-8")
    write_step_summary(make_report(), {"GITHUB_STEP_SUMMARY": str(target)})
    text = target.read_text(encoding="utf-8")
    assert text.startswith("previous step\n## ")
    assert "2 conflicts" in text


def test_step_summary_unset_does_nothing(tmp_path):
    write_step_summary(make_report(), {})
    assert list(tmp_path.iterdir()) == []


def test_step_summary_unwritable_warns(tmp_path, capsys):
    write_step_summary(make_report(), {"GITHUB_STEP_SUMMARY": str(tmp_path / "no" / "x.md")})
    assert "cannot write step summary" in capsys.readouterr().err


class _TTY(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_progress_hidden_when_not_a_tty(capsys):
    stream = io.StringIO()
    with Progress(10, "embedding", stream=stream) as bar:
        bar.advance(5)
        bar.advance(5)
    assert stream.getvalue() == ""
    # the default stream is stderr, never stdout
    with Progress(3, "x") as bar:
        bar.advance(3)
    assert capsys.readouterr().out == ""


def test_progress_on_a_tty():
    stream = _TTY()
    with Progress(4, "embedding", stream=stream) as bar:
        for _ in range(4):
            bar.advance()
    out = stream.getvalue()
    assert "embedding" in out and "4/4" in out
    assert out.endswith("\r\x1b[K")  # erased when done


def test_progress_disabled_by_config():
    stream = _TTY()
    with Progress(4, "embedding", enabled=False, stream=stream) as bar:
        bar.advance(4)
    assert stream.getvalue() == ""


def test_progress_without_total():
    stream = _TTY()
    with Progress(None, "reading", stream=stream) as bar:
        bar.advance(7)
    assert "reading" in stream.getvalue()
