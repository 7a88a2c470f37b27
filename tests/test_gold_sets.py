"""Every gold article set under fixtures/ loads and validates (spans found, pairs known)."""

from pathlib import Path

import pytest

from checker.gold import load_set

ROOT = Path(__file__).resolve().parent.parent / "fixtures"
SETS = sorted(p for d in ("sets", "heldout", "heldout2", "heldout3")
              for p in (ROOT / d).glob("*") if (p / "gold.yaml").exists())


def test_there_are_at_least_fifteen_fixture_sets():
    assert len([p for p in SETS if p.parent.name == "sets"]) >= 15


@pytest.mark.parametrize("path", SETS, ids=lambda p: f"{p.parent.name}/{p.name}")
def test_gold_set_loads(path):
    gold = load_set(path)
    assert gold.claims
    ids = {c.id for c in gold.claims}
    for a, b in gold.pairs:
        assert a in ids and b in ids
