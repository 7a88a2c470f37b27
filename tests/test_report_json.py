"""JSON report: the model dump, indented and deterministic."""

from __future__ import annotations

import json
import os
import sys

sys.path.insert(0, os.path.dirname(__file__))
from report_sample import make_report  # noqa: E402

from checker.config import Config  # noqa: E402
from checker.models import Report  # noqa: E402
from checker.report import render  # noqa: E402


def test_json_is_the_model_dump():
    report = make_report()
    out = render(report, "json", Config())
    assert out.startswith('{\n  "schema_version": 1,')
    data = json.loads(out)
    assert data == report.model_dump(mode="json")
    assert "text" not in data["articles"][0]  # article text is not in the report
    assert Report.model_validate(data).relations == report.relations
    assert render(make_report(), "json", Config()) == out


def test_non_finite_floats_stay_valid_json():
    report = make_report()
    report.relations[0].score = float("nan")
    for fmt in ("json", "sarif"):
        out = render(report, fmt, Config())
        json.loads(out)
        assert "NaN" not in out
