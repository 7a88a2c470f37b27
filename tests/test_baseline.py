"""checker.baseline: stable fingerprints, writing, applying, stale entries, errors."""

from __future__ import annotations

import json
import os
import sys

import pytest

sys.path.insert(0, os.path.dirname(__file__))
from report_sample import make_report  # noqa: E402

from checker import baseline  # noqa: E402
from checker.errors import BaselineError  # noqa: E402
from checker.models import Relation  # noqa: E402


def test_fingerprint_is_order_independent_and_stable():
    report = make_report()
    rel = report.relations[0]
    swapped = Relation(a=rel.b, b=rel.a, verdict=rel.verdict, score=0.1, reason="other")
    assert baseline.fingerprint(rel, report) == baseline.fingerprint(swapped, report)
    assert len(baseline.fingerprint(rel, report)) == 32
    fps = [baseline.fingerprint(r, report) for r in report.relations]
    assert len(set(fps)) == len(fps)


def test_fingerprint_ignores_ids_and_offsets():
    report = make_report()
    before = [baseline.fingerprint(r, report) for r in report.relations]
    # an unrelated paragraph added at the top shifts every offset and line,
    # and a new extractor numbers the claims differently
    shifted = make_report()
    mapping = {}
    for i, claim in enumerate(shifted.claims):
        mapping[claim.id] = f"{claim.article}#c{i + 100}"
        claim.id = mapping[claim.id]
        claim.start += 120
        claim.end += 120
        claim.sentence_start += 120
        claim.location.line += 3
    for rel in shifted.relations:
        rel.a, rel.b = mapping[rel.a], mapping[rel.b]
    after = [baseline.fingerprint(r, shifted) for r in shifted.relations]
    assert before == after


def test_fingerprint_changes_with_value():
    report = make_report()
    fp = baseline.fingerprint(report.relations[0], report)
    report.claims[0].value = 540.0
    assert baseline.fingerprint(report.relations[0], report) != fp


def test_write_baseline_format(tmp_path):
    report = make_report()
    path = tmp_path / "sub" / "baseline.json"
    baseline.write_baseline(report, str(path))
    data = json.loads(path.read_text(encoding="utf-8"))
    assert data["version"] == 1
    fps = [e["fingerprint"] for e in data["entries"]]
    assert fps == sorted(fps)
    # conflicts and updates only
    expected = {r.fingerprint for r in report.relations if r.verdict in ("conflict", "update")}
    assert set(fps) == expected and len(fps) == 3
    assert {e["verdict"] for e in data["entries"]} == {"conflict", "update"}
    # deterministic bytes
    first = path.read_bytes()
    baseline.write_baseline(make_report(), str(path))
    assert path.read_bytes() == first


def test_apply_marks_known_new_and_stale(tmp_path):
    path = tmp_path / "baseline.json"
    baseline.write_baseline(make_report(), str(path))
    data = json.loads(path.read_text(encoding="utf-8"))
    data["entries"].append({"fingerprint": "0" * 32, "verdict": "conflict"})
    path.write_text(json.dumps(data), encoding="utf-8")

    changed = make_report()
    changed.claims[5].value = 560.0  # the drones conflict is now a different one
    for rel in changed.relations:
        rel.fingerprint = baseline.fingerprint(rel, changed)
    applied = baseline.apply_baseline(changed, str(path))
    states = {(r.a, r.verdict): r.baseline for r in applied.relations}
    assert states[("wire.md#1", "conflict")] == "new"
    assert states[("wire.md#4", "conflict")] == "known"
    assert states[("wire.md#3", "update")] == "known"
    assert states[("wire.md#2", "agree")] is None
    old_drones = make_report().relations[0].fingerprint
    assert applied.stale_baseline == sorted(["0" * 32, old_drones])
    # the input report is left alone
    assert all(r.baseline is None for r in changed.relations)


def test_apply_accepts_plain_fingerprint_list(tmp_path):
    report = make_report()
    path = tmp_path / "b.json"
    fps = [r.fingerprint for r in report.relations if r.verdict == "conflict"]
    path.write_text(json.dumps({"version": 1, "entries": fps}), encoding="utf-8")
    applied = baseline.apply_baseline(report, str(path))
    assert {r.baseline for r in applied.relations if r.verdict == "conflict"} == {"known"}
    assert [r.baseline for r in applied.relations if r.verdict == "update"] == ["new"]


@pytest.mark.parametrize(
    "content",
    [
        None,  # missing file
        "not json",
        "[1, 2]",
        '{"version": 2, "entries": []}',
        '{"version": 1, "entries": {}}',
        '{"version": 1, "entries": [{"verdict": "conflict"}]}',
        '{"version": 1}',
    ],
)
def test_invalid_baseline_is_a_coded_error(tmp_path, content):
    path = tmp_path / "baseline.json"
    if content is not None:
        path.write_text(content, encoding="utf-8")
    with pytest.raises(BaselineError) as info:
        baseline.apply_baseline(make_report(), str(path))
    assert info.value.code == "CC005"
    assert str(path) in info.value.message


def test_unwritable_baseline_is_a_coded_error(tmp_path):
    blocker = tmp_path / "file"
    blocker.write_text("x", encoding="utf-8")
    with pytest.raises(BaselineError):
        baseline.write_baseline(make_report(), str(blocker / "baseline.json"))


def test_reports_show_known_entries(tmp_path):
    from checker.config import Config
    from checker.report import render

    path = tmp_path / "baseline.json"
    report = make_report()
    baseline.write_baseline(report, str(path))
    applied = baseline.apply_baseline(report, str(path))
    table = render(applied, "table", Config())
    assert "(known)" in table and "baseline: 0 new, 3 known" in table
    md = render(applied, "markdown", Config())
    assert "known, in baseline" in md
    gh = render(applied, "github", Config())
    assert "::error" not in gh and gh.count("::notice") == 4  # 3 known + 1 skipped article
