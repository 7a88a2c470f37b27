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


ALL_SETS = sorted(p.parent for p in ROOT.glob("*/*/gold.yaml"))


@pytest.mark.parametrize("path", ALL_SETS, ids=lambda p: f"{p.parent.name}/{p.name}")
def test_a_perturbed_copy_relates_each_unchanged_claim_to_its_twin(path):
    """A copy with one number changed says everything else its original says, at the same
    moment: each claim it repeats word for word agrees with (or, the changed one, conflicts
    with) its twin, whether or not another article tells that fact."""
    gold = load_set(path)
    articles = sorted({c.article for c in gold.claims})
    for copy in (a for a in articles if "-perturbed" in a):
        original = copy.replace("-perturbed", "")
        oc = [c for c in gold.claims if c.article == original]
        pc = [c for c in gold.claims if c.article == copy]
        if len(oc) != len(pc):
            continue  # a copy of part of an article: its claims are listed their own way
        for o, p in zip(oc, pc):
            if o.span == p.span:
                assert gold.verdict(o.id, p.id) in ("agree", "update"), (o.id, p.id)
