"""Unit lexicon (quantulum3's data), SI conversion and the retrained classifier."""

from pathlib import Path

import pytest

from checker import units as U
from checker.config import Config


@pytest.mark.parametrize("surface,name", [
    ("km", "kilometre"), ("kilometres", "kilometre"), ("miles", "mile"), ("%", "percentage"),
    ("per cent", "percentage"), ("percentage points", "percentage point"),
    ("km/h", "kilometre per hour"), ("mph", "mile per hour"), ("°C", "degree Celsius"),
    ("hectares", "hectare"), ("acres", "acre"), ("£", "pound sterling"), ("€", "euro"),
    ("US$", "dollar"), ("year-old", "year of age"), ("GB", "gigabyte"),
    ("bps", "basis point"), ("tonnes", "tonne"), ("pound-feet", "pound-foot"),
    ("lb-ft", "pound-foot"), ("bhp", "brake horsepower"), ("Nm", "newton metre"),
])
def test_lookup_surface(surface, name):
    assert name in U.lookup_surface(surface)


def test_lookup_unknown_surface():
    assert U.lookup_surface("drones") == ()


def test_quantulum3_lexicon_is_used():
    # a unit only quantulum3's lexicon knows
    assert U.lookup_surface("furlongs") or U.lookup_surface("nautical miles")


@pytest.mark.parametrize("name,dim,base", [
    ("kilometre", "length", 1000), ("acre", "area", 4046.8564224), ("hour", "time", 3600),
    ("pound-mass", "mass", 0.45359237), ("mile per hour", "speed", 0.44704),
    ("pound-foot", "torque", 1.3558179483), ("metric horsepower", "power", 735.49875),
    ("brake horsepower", "power", 745.69987158),
])
def test_unit_info_si(name, dim, base):
    info = U.unit_info(name)
    assert info.kind == "dimension" and info.dimension == dim
    assert info.to_si(1) == pytest.approx(base)


def test_temperature_offsets():
    assert U.unit_info("degree Celsius").to_si(0) == pytest.approx(273.15)
    assert U.unit_info("degree fahrenheit").to_si(212) == pytest.approx(373.15)


def test_kinds():
    assert U.unit_info("euro").kind == "currency"
    assert U.unit_info("hong kong dollar").kind == "currency"
    assert U.unit_info("percentage").kind == "percentage"
    assert U.unit_info("basis point").kind == "percentage_point"


def test_context_disambiguation():
    assert U.disambiguate(("pound sterling", "pound-mass"), "The baby weighed 7 pounds") == "pound-mass"
    assert U.disambiguate(("pound sterling", "pound-mass"), "He was fined 500 pounds") == "pound sterling"
    assert U.disambiguate(("japanese yen", "chinese yuan"), "Beijing spent ¥5 billion") == "chinese yuan"
    assert U.disambiguate(("second", "second of arc"), "It took 10 seconds") == "second"


def test_train_is_idempotent_and_offline(tmp_path: Path):
    cfg = Config(cache_dir=str(tmp_path))
    path = U.train(cfg)
    assert path.is_file() and path.parent == tmp_path
    mtime = path.stat().st_mtime_ns
    assert U.train(cfg) == path and path.stat().st_mtime_ns == mtime
    import joblib

    obj = joblib.load(path)
    x = obj["tfidf"].transform([U.clean_text("I weigh 80 kilograms and lost weight")])
    assert obj["clf"].predict(x).shape == (1,)


def test_cli_train(tmp_path: Path, monkeypatch, capsys):
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    assert U._main(["--train"]) == 0
    assert "unit classifier" in capsys.readouterr().out
    assert list((tmp_path / "check-consistency").glob("unit-classifier-*.joblib"))


def test_dollars_are_not_widened_by_another_currencys_drift():
    from checker.units import FX_TOLERANCE, in_dollars
    assert in_dollars("dollar", 108e9, 108e9) == (108e9, 108e9)
    lo, hi = in_dollars("swiss franc", 61.2e9, 61.2e9)
    assert lo < 61.2e9 / 0.89 < hi and hi < 108e9
    assert FX_TOLERANCE > 0
