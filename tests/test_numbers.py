"""Number parsing without spaCy."""

import pytest

from checker import numbers as num


@pytest.mark.parametrize("text,value", [
    ("1,234", 1234), ("1,234,567.89", 1234567.89), ("3,5", 3.5), ("1.234.567", 1234567),
    ("0.5", 0.5), (".5", 0.5), ("1/2", 0.5), ("2 1/2", 2.5), ("½", 0.5), ("2½", 2.5),
    ("-4", -4), ("1\u00a0234", 1234), ("539", 539),
])
def test_parse_digits(text, value):
    assert num.parse_digits(text) == pytest.approx(value)


def test_parse_digits_rejects_non_numbers():
    assert num.parse_digits("abc") is None
    assert num.parse_digits("") is None
    assert num.parse_digits("1/0") is None


@pytest.mark.parametrize("text,value", [
    ("one", 1), ("twenty-five", 25), ("two million", 2e6), ("a dozen", 12),
    ("two hundred and fifty thousand", 250000), ("half a million", 5e5),
    ("one and a half", 1.5), ("two and a half million", 2.5e6), ("a million", 1e6),
    ("three hundred", 300), ("2.5 million", 2.5e6), ("ninety-nine", 99), ("zero", 0),
])
def test_parse_words(text, value):
    assert num.parse_words(text) == pytest.approx(value)


def test_parse_words_rejects_non_numbers():
    assert num.parse_words("a lot") is None
    assert num.parse_words("several") is None


@pytest.mark.parametrize("text,step", [
    ("500", 100), ("539", 1), ("94.93", 0.01), ("1,000", 1000), ("0", 1), ("3,5", 0.1),
    ("1.234.567", 1), ("2,300", 100),
])
def test_precision(text, step):
    assert num.precision_of(text) == pytest.approx(step)


@pytest.mark.parametrize("word,factor", [
    ("bn", 1e9), ("m", 1e6), ("k", 1e3), ("million", 1e6), ("trillion", 1e12), ("tn", 1e12),
    ("crore", 1e7), ("lakh", 1e5),
])
def test_scale_words(word, factor):
    assert num.scale_of(word) == factor


def test_scale_of_unknown():
    assert num.scale_of("drones") is None


def test_digits_regex_finds_whole_numbers():
    found = [m.group(0) for m in num.DIGITS_RE.finditer("Up 1,234.5 from 2 1/2 and 3,5")]
    assert found == ["1,234.5", "2 1/2", "3,5"]
