"""The whole pipeline with the real models, through the library and the CLI."""

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

import checker
from checker.cli import main
from checker.config import Config

ROOT = Path(__file__).resolve().parents[1]
SEEDS = ROOT.parent / "shared" / "seeds"
KYIV = ROOT / "fixtures" / "sets" / "kyiv-drones-2025-07"
CFG = Config(cache=False, progress=False)


@pytest.fixture(scope="module")
def seeds_report():
    if not SEEDS.is_dir():
        pytest.skip("../shared/seeds not present")
    return checker.check([str(SEEDS)], CFG)


def _find(report, value, unit_word, article_prefix):
    return [c for c in report.claims
            if c.article.startswith(article_prefix) and abs(c.value - value) < 1e-6
            and unit_word in (c.unit + " " + (c.counted or ""))]


@pytest.mark.parametrize(
    "value, unit, prefix, qualifier",
    [
        (500, "drone", "000", ">"),
        (11, "missile", "000", "="),
        (1, "person", "000", "="),
        (23, "", "000", ">="),
        (5e6, "dollar", "000", "="),
        (594, "prisoner", "003", "="),
        (15, "region", "003", "="),
        (236, "missile", "003", "="),
        (201, "", "003", "="),
    ],
)
def test_seed_claims(seeds_report, value, unit, prefix, qualifier):
    found = _find(seeds_report, value, unit, prefix)
    assert found, f"no claim {value} {unit} in {prefix}"
    assert any(c.qualifier == qualifier for c in found), [c.qualifier for c in found]


def test_seed_non_claims_and_no_relations(seeds_report):
    texts = [c.text for c in seeds_report.claims]
    assert not any(t.strip() == "&" for t in texts)
    assert not any("July 6" in t for t in texts)
    assert not any("F-16" in t for t in texts)
    assert seeds_report.relations == []


def test_offsets_point_into_article_text():
    arts = {a.id: a for a in checker.ingest.read_paths([str(KYIV)])}
    rep = checker.check([str(KYIV)], CFG)
    assert rep.claims
    for c in rep.claims:
        assert arts[c.article].text[c.start:c.end] == c.text
        assert arts[c.article].text[c.sentence_start:].startswith(c.sentence)


def test_cli_json_exit_code_and_determinism(tmp_path):
    out1, out2 = tmp_path / "r1.json", tmp_path / "r2.json"
    r = CliRunner().invoke(main, [str(KYIV), "--format", "json", "-o", str(out1), "--no-cache"])
    rep = json.loads(out1.read_text())
    assert rep["schema_version"] == 1
    has_conflict = any(x["verdict"] == "conflict" for x in rep["relations"])
    assert r.exit_code == (1 if has_conflict else 0), r.stderr
    r2 = CliRunner().invoke(main, [str(KYIV), "--format", "json", "-o", str(out2)])
    assert out1.read_text() == out2.read_text()
    never = CliRunner().invoke(main, [str(KYIV), "--format", "json", "--fail-on", "never"])
    assert never.exit_code == 0


def test_unreadable_article_is_reported(tmp_path):
    (tmp_path / "good.md").write_text("Russia launched 539 drones on Friday.\n")
    (tmp_path / "bad.txt").write_bytes(b"\xff\xfe\x00\x00garbage")
    rep = checker.check([str(tmp_path)], CFG)
    bad = [a for a in rep.articles if a.id == "bad.txt"][0]
    assert bad.status == "skipped" and bad.reason
    assert rep.stats.skipped == 1


def test_model_option_takes_a_local_model_directory(tmp_path):
    import shutil

    from checker.embed import default_model_dir, encode

    local = tmp_path / "my-model"
    shutil.copytree(default_model_dir(), local)
    cfg = Config(model=str(local), cache=False, progress=False)
    vec = encode(["drones launched at Ukraine"], cfg)
    ref = encode(["drones launched at Ukraine"], CFG)
    assert vec.shape == ref.shape and float((vec * ref).sum()) > 0.999


def test_unwritable_cache_directory_only_costs_time(tmp_path):
    from checker.embed import encode

    blocker = tmp_path / "not-a-dir"
    blocker.write_text("a file where the cache directory should be")
    cfg = Config(cache_dir=str(blocker / "cache"), progress=False)
    assert encode(["two people were killed"], cfg).shape[0] == 1
