"""Number parsing: digits, separators, decimal commas, fractions, number words, scale words.

Everything here is pure string work (no spaCy), so it is fast and easy to test.

* :func:`parse_digits` reads one written number such as ``"1,234.5"``, ``"3,5"`` (decimal
  comma), ``"1.234.567"`` (dotted thousands), ``"1/2"``, ``"2 1/2"`` or ``"½"``.
* :func:`parse_words` reads a run of number words: ``"two million"``, ``"twenty-five"``,
  ``"a dozen"``, ``"one and a half"``, ``"half a million"``.
* :func:`scale_of` maps scale words and abbreviations (``million``, ``bn``, ``m``, ``k``) to
  their factor.
* :func:`precision_of` gives the step of the stated precision (100 for ``"500"``, 0.01 for
  ``"94.93"``), multiplied by the scale by the caller.
"""

from __future__ import annotations

import re

UNITS_WORDS = {
    "zero": 0, "nil": 0, "none": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5,
    "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
    "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17,
    "eighteen": 18, "nineteen": 19,
}
TENS_WORDS = {
    "twenty": 20, "thirty": 30, "forty": 40, "fourty": 40, "fifty": 50, "sixty": 60,
    "seventy": 70, "eighty": 80, "ninety": 90,
}
SCALE_WORDS = {
    "hundred": 100.0, "thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12,
    "lakh": 1e5, "crore": 1e7,
}
# abbreviations written right after a number ("5bn", "35m", "$2.5 trillion", "10k")
SCALE_ABBREV = {
    "k": 1e3, "K": 1e3, "thousand": 1e3, "m": 1e6, "M": 1e6, "mn": 1e6, "mln": 1e6, "mil": 1e6,
    "million": 1e6, "b": 1e9, "B": 1e9, "bn": 1e9, "bln": 1e9, "billion": 1e9, "tn": 1e12,
    "trn": 1e12, "trillion": 1e12, "T": 1e12, "crore": 1e7, "lakh": 1e5, "crores": 1e7, "lakhs": 1e5,
    "millions": 1e6, "billions": 1e9, "thousands": 1e3, "hundred": 100.0,
}
# nouns that stand for an amount ("a dozen eggs", "half the revenue")
AMOUNT_NOUNS = {
    "dozen": 12.0, "dozens": 12.0, "score": 20.0, "half": 0.5, "quarter": 0.25,
    "couple": 2.0, "pair": 2.0, "handful": 5.0, "gross": 144.0,
}
# vague plural amounts: "hundreds of", "thousands of" (value = the scale, qualifier ">")
VAGUE_PLURALS = {"dozens": 12.0, "hundreds": 100.0, "thousands": 1e3, "millions": 1e6,
                 "billions": 1e9, "tens": 10.0, "scores": 20.0}

UNICODE_FRACTIONS = {
    "½": 0.5, "⅓": 1 / 3, "⅔": 2 / 3, "¼": 0.25, "¾": 0.75, "⅕": 0.2, "⅖": 0.4, "⅗": 0.6,
    "⅘": 0.8, "⅙": 1 / 6, "⅚": 5 / 6, "⅛": 0.125, "⅜": 0.375, "⅝": 0.625, "⅞": 0.875,
}
_UF = "".join(UNICODE_FRACTIONS)

# A written number with digits. Alternatives are tried in order.
DIGITS = (
    r"(?:\d+(?:\.\d+)?\s?[×x]\s?10\^?[-−]?\d+"   # 2.48×10−5
    r"|\d+(?:\.\d+)?[eE][-+]?\d+(?![\w])"      # 4e14
    r"|\d+\s+\d+/\d+"                          # mixed fraction 2 1/2
    r"|\d+[" + _UF + r"]"                     # 2½
    r"|\d{1,3}(?:,\d{3})+(?:\.\d+)?"          # 1,234,567.89
    r"|\d{1,3}(?:\.\d{3}){2,}(?:,\d+)?"       # 1.234.567 (dotted thousands)
    r"|\d{1,3}(?:[\u00a0\u202f\u2009]\d{3})+(?:[.,]\d+)?"   # 1 234 567 (thin/nb spaces)
    r"|\d+[/⁄]\d+"                             # 1/2, 1⁄32
    r"|\d*\.\d+"                              # 0.5 .5
    r"|\d+,\d{1,2}(?!\d)"                     # 3,5 (decimal comma)
    r"|\d+"
    r"|[" + _UF + r"])"
)
DIGITS_RE = re.compile(DIGITS)

_WORD_TOKENS = set(UNITS_WORDS) | set(TENS_WORDS) | set(SCALE_WORDS)


def parse_digits(text: str) -> float | None:
    """The value of one written number made of digits (see module doc); None if not one."""
    s = text.strip().replace("\u2212", "-").replace("\u2044", "/")
    if not s:
        return None
    sign = 1.0
    if s[0] in "+-":
        sign = -1.0 if s[0] == "-" else 1.0
        s = s[1:]
    m = re.fullmatch(r"(\d+(?:\.\d+)?)\s?[×x]\s?10\^?([-−]?\d+)", s)
    if m:
        return sign * float(m.group(1)) * 10.0 ** int(m.group(2).replace("−", "-"))
    if re.fullmatch(r"\d+(?:\.\d+)?[eE][-+]?\d+", s):
        return sign * float(s)
    m = re.fullmatch(r"(\d+)\s+(\d+)/(\d+)", s)
    if m:
        den = int(m.group(3))
        return sign * (int(m.group(1)) + int(m.group(2)) / den) if den else None
    m = re.fullmatch(r"(\d*)([" + _UF + r"])", s)
    if m:
        return sign * ((int(m.group(1)) if m.group(1) else 0) + UNICODE_FRACTIONS[m.group(2)])
    m = re.fullmatch(r"(\d+)/(\d+)", s)
    if m:
        den = int(m.group(2))
        return sign * int(m.group(1)) / den if den else None
    if re.fullmatch(r"\d{1,3}(?:,\d{3})+(?:\.\d+)?", s):
        return sign * float(s.replace(",", ""))
    if re.fullmatch(r"\d{1,3}(?:\.\d{3}){2,}(?:,\d+)?", s):
        return sign * float(s.replace(".", "").replace(",", "."))
    if re.fullmatch(r"\d{1,3}(?:[\u00a0\u202f\u2009 ]\d{3})+(?:[.,]\d+)?", s):
        return sign * float(re.sub(r"[\u00a0\u202f\u2009 ]", "", s).replace(",", "."))
    if re.fullmatch(r"\d+,\d{1,2}", s):
        return sign * float(s.replace(",", "."))
    if re.fullmatch(r"\d*\.?\d+", s):
        return sign * float(s)
    return None


def precision_of(text: str) -> float:
    """Step of the stated precision of a written number (before any scale word).

    ``"500"`` -> 100, ``"539"`` -> 1, ``"94.93"`` -> 0.01, ``"1,000"`` -> 1000, ``"0"`` -> 1.
    Fractions and words count as exact to 1 (or to the fraction's step).
    """
    s = text.strip().lstrip("+-")
    m = re.fullmatch(r"(\d+(?:\.\d+)?)(?:\s?[×x]\s?10\^?|[eE])([-−+]?\d+)", s)
    if m:
        return precision_of(m.group(1)) * 10.0 ** int(m.group(2).replace("−", "-"))
    if re.fullmatch(r"\d{1,3}(?:\.\d{3}){2,}(?:,\d+)?", s):
        s = s.replace(".", "").replace(",", ".")
    elif re.fullmatch(r"\d+,\d{1,2}", s):
        s = s.replace(",", ".")
    else:
        s = re.sub(r"[,\u00a0\u202f\u2009 ]", "", s)
    if re.fullmatch(r"\d*\.\d+", s):
        return 10.0 ** -len(s.split(".")[1])
    if re.fullmatch(r"\d+", s):
        stripped = s.rstrip("0")
        if not stripped:
            return 1.0
        return 10.0 ** (len(s) - len(stripped))
    return 1.0


def _word_list(text: str) -> list[str]:
    return [w for w in re.split(r"[\s\-]+", text.lower().strip()) if w]


def parse_words(text: str) -> float | None:
    """Value of a run of English number words, e.g. ``"two hundred and fifty thousand"``.

    Accepts ``a``/``an`` as one before a scale or amount noun (``"a million"``,
    ``"a dozen"``), ``half`` (``"half a million"``, ``"one and a half"``) and digits mixed
    with scale words (``"2.5 million"``). Returns None when the words are not a number.
    """
    words = _word_list(text)
    if not words:
        return None
    # "one and a half", "two and a half million"
    half_extra = 0.0
    joined = " ".join(words)
    m = re.search(r"\band an? half\b|\band a quarter\b", joined)
    if m:
        half_extra = 0.25 if "quarter" in m.group(0) else 0.5
        rest = (joined[: m.start()] + joined[m.end():]).split()
        words = rest
    if words and words[0] == "half":
        # half a million / half a dozen
        rest = [w for w in words[1:] if w not in ("a", "an")]
        if not rest:
            return 0.5
        v = parse_words(" ".join(rest))
        return None if v is None else 0.5 * v
    total = 0.0
    current = 0.0
    seen = False
    for i, w in enumerate(words):
        if w in ("a", "an"):
            if i + 1 < len(words) and (words[i + 1] in SCALE_WORDS or words[i + 1] in AMOUNT_NOUNS):
                current += 1
                seen = True
                continue
            return None
        if w == "and":
            continue
        if w in UNITS_WORDS:
            current += UNITS_WORDS[w]
        elif w in TENS_WORDS:
            current += TENS_WORDS[w]
        elif w in AMOUNT_NOUNS and w not in ("half", "quarter"):
            current = (current or 1) * AMOUNT_NOUNS[w]
        elif w in SCALE_WORDS:
            f = SCALE_WORDS[w]
            current = current or 1
            if f == 100:
                current *= 100
            else:
                total += current * f
                current = 0.0
        else:
            v = parse_digits(w)
            if v is None:
                return None
            current += v
        seen = True
    if not seen:
        return None
    value = total + current
    if half_extra:
        # "two and a half million": the half belongs to the leading part
        if total and not current:
            big = max(f for w2, f in SCALE_WORDS.items() if w2 in words)
            value = total + half_extra * big
        else:
            value += half_extra
    return value


def scale_of(word: str) -> float | None:
    """Factor of a scale word or abbreviation (``"bn"`` -> 1e9); None if not one."""
    if word in SCALE_ABBREV:
        return SCALE_ABBREV[word]
    return SCALE_ABBREV.get(word.lower()) if word.lower() in SCALE_WORDS else None


def is_number_word(word: str) -> bool:
    w = word.lower()
    return w in _WORD_TOKENS or w in AMOUNT_NOUNS


def format_value(value: float) -> str:
    """Short human form of a value (``5000000.0`` -> ``"5000000"``, ``0.5`` -> ``"0.5"``)."""
    if value == int(value) and abs(value) < 1e18:
        return str(int(value))
    return f"{value:.10g}"
