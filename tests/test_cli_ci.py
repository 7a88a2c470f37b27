"""The CLI as a CI job runs it: baseline, fail-on threshold, GitHub Actions, pyproject config."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner

from checker.cli import main

ROOT = Path(__file__).resolve().parents[1]
EXAMPLE = ROOT / "fixtures" / "sets" / "kyiv-drones-2025-07"


@pytest.fixture()
def workdir(tmp_path, monkeypatch):
    shutil.copytree(EXAMPLE, tmp_path / "articles", ignore=shutil.ignore_patterns("gold.yaml"))
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("GITHUB_ACTIONS", raising=False)
    monkeypatch.delenv("GITHUB_STEP_SUMMARY", raising=False)
    return tmp_path


def run(args, **kw):
    return CliRunner().invoke(main, args, catch_exceptions=False, **kw)


def test_baseline_accepts_known_conflicts_and_catches_new_ones(workdir):
    first = run(["articles", "-f", "json", "-o", "r.json", "--write-baseline", "base.json"])
    assert first.exit_code == 1, first.stderr
    assert json.loads((workdir / "base.json").read_text())
    again = run(["articles", "-f", "json", "-o", "r2.json", "--baseline", "base.json"])
    assert again.exit_code == 0, again.stderr
    rep = json.loads((workdir / "r2.json").read_text())
    conflicts = [r for r in rep["relations"] if r["verdict"] == "conflict"]
    assert conflicts and all(r["baseline"] == "known" for r in conflicts)
    # a new disagreement: one outlet now reports 11 missiles as 17
    ani = workdir / "articles" / "ani.md"
    ani.write_text(ani.read_text().replace("and 11 missiles", "and 17 missiles"))
    new = run(["articles", "-f", "json", "-o", "r3.json", "--baseline", "base.json"])
    assert new.exit_code == 1
    rep = json.loads((workdir / "r3.json").read_text())
    assert any(r["baseline"] == "new" and r["verdict"] == "conflict" for r in rep["relations"])


def test_fail_on_threshold(workdir):
    assert run(["articles", "-f", "json", "--fail-on", "never"]).exit_code == 0
    assert run(["articles", "-f", "json", "--fail-on", "update"]).exit_code == 1


def test_github_actions_default_format_and_step_summary(workdir, monkeypatch):
    summary = workdir / "summary.md"
    monkeypatch.setenv("GITHUB_ACTIONS", "true")
    monkeypatch.setenv("GITHUB_STEP_SUMMARY", str(summary))
    r = run(["articles"])
    assert r.exit_code == 1
    assert any(ln.startswith("::error file=") for ln in r.stdout.splitlines())
    assert "conflict" in summary.read_text().lower()


def test_pyproject_config_supplies_inputs_and_threshold(workdir):
    (workdir / "pyproject.toml").write_text(
        '[tool.check-consistency]\ninputs = ["articles"]\nfail-on = "never"\nformat = "json"\n'
    )
    r = run([])
    assert r.exit_code == 0, r.stderr
    assert json.loads(r.stdout)["stats"]["articles"] == 4
    # the command line overrides the file
    assert run(["--fail-on", "conflict"]).exit_code == 1
