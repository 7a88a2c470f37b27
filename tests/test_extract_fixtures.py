"""Run the gold regression cases of fixtures/extraction/ (spaCy loaded once per module)."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from checker.extract import extract_quantities

HERE = Path(__file__).resolve().parents[1] / "fixtures" / "extraction"
CASES = yaml.safe_load((HERE / "cases.yaml").read_text(encoding="utf-8"))["cases"]
QCASES = yaml.safe_load((HERE / "quantulum3_kept.yaml").read_text(encoding="utf-8"))["cases"]
FIELDS = ("value", "low", "high", "qualifier", "unit", "unit_kind", "dimension", "si_value",
          "counted", "predicate", "direction", "fraction")


@pytest.mark.parametrize("case", CASES, ids=[c["text"][:40] for c in CASES])
def test_news_case(case):
    got = extract_quantities(case["text"])
    assert [q.text for q in got] == [e["text"] for e in case["expect"]]
    for q, e in zip(got, case["expect"]):
        for f in FIELDS:
            if f in e:
                want, have = e[f], getattr(q, f)
                if isinstance(want, (int, float)) and not isinstance(want, bool):
                    assert have == pytest.approx(want, rel=1e-6), (q.text, f)
                else:
                    assert have == want, (q.text, f)


@pytest.mark.parametrize("case", QCASES, ids=[c["text"][:40] for c in QCASES])
def test_quantulum3_case(case):
    got = extract_quantities(case["text"])
    assert len(got) == len(case["quantities"])
    for q, e in zip(got, case["quantities"]):
        if e.get("unit") in ("cent", "penny"):  # we report cents in dollars
            e = {**e, "value": e["value"] * 0.01}
        assert q.value == pytest.approx(e["value"], rel=1e-5) or (
            q.low is not None and q.low <= e["value"] <= q.high)
