"""Stage 2: find quantitative claims (numbers with their unit, bound and counted thing).

Two layers:

1. A surface scanner (regular expressions over the characters) finds number mentions:
   digits with separators, fractions, number words, scale words (``million``, ``bn``),
   currency symbols and codes before the number, unit surfaces after it (the lexicon of
   :mod:`checker.units`), hyphenated forms (``30-storey``, ``7.9-magnitude``), ranges
   (``between 5 and 6``, ``10-12``, ``5 to 7 per cent``), bounds (``more than``, ``up to``) and
   clock durations (``2:00:35``).  It drops what is not a quantity: dates, years, times of
   day, ordinals, codes and names (``F-16``, ``COVID-19``, ``G7``, ``Category 3``), phone
   numbers, list markers and sports scores.
2. The spaCy dependency parse of the sentence then gives what the number counts (the noun
   it modifies, ``201 of them`` -> the thing of the previous clause), the governing verb
   (``predicate``), changes (``rose 6%`` is up, ``to $94.93 billion`` is a level), negation
   and a short concept phrase.

Only :func:`extract_quantities` and :func:`extract` are public.
"""

from __future__ import annotations

import contextvars
import functools
import math
import re
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from . import nlp as _nlp
from . import numbers as num
from . import units as U
from .config import Config
from .models import Article, Claim, Location, Quantity

if TYPE_CHECKING:  # pragma: no cover
    from spacy.tokens import Doc, Token

# ---------------------------------------------------------------------------------------
# lexical tables

MONTHS = (
    r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|"
    r"Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?"
)
_MONTH_BEFORE = re.compile(MONTHS + r"\s*$")
_MONTH_AFTER = re.compile(r"^(?:st|nd|rd|th)?\s*(?:of\s+)?" + MONTHS + r"(?![a-z])")

_W_UNITS = "|".join(sorted(num.UNITS_WORDS, key=len, reverse=True))
_W_TENS = "|".join(num.TENS_WORDS)
_W_SCALE = "hundred|thousand|million|billion|trillion"
_W_ATOM = rf"(?:(?:{_W_TENS})(?:-(?:{_W_UNITS}))?|{_W_UNITS}|{_W_SCALE})"
_DENOMS = {"half": 2, "third": 3, "quarter": 4, "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8,
           "ninth": 9, "tenth": 10, "fourth": 4, "hundredth": 100, "thousandth": 1000, "millionth": 1e6}
#: how many parts a fraction word counts: "three", "fourteen", "twenty-five" (hundredths)
_W_DIGITS = "|".join(w for w, v in num.UNITS_WORDS.items() if 1 <= v <= 9)
_W_PARTS = (rf"(?:(?:{_W_TENS})(?:-(?:{_W_DIGITS}))?|"
            + "|".join(sorted((w for w, v in num.UNITS_WORDS.items() if v >= 1), key=len,
                              reverse=True)) + ")")
_FRACTION_WORDS = (rf"(?:(?:a|an|{_W_PARTS})[\s-]+)?"
                   r"(?:halfs?|halves|thirds?|quarters?|fifths?|sixths?|sevenths?|eighths?|ninths?|"
                   r"tenths?|fourths?|hundredths?|thousandths?|millionths?)")
#: what a vague crowd does when it is the subject: "tens of thousands marched in Cologne"
_VAGUE_ACT = (r"\s+(?:more\s+)?(?:were|have|had|are|remain\w*|took|fled|died|gathered|marched|"
              r"joined|rallied|protested|turned|came|lined|filled|poured|flocked|massed|"
              r"attended|demonstrated|packed)\b")
WORD_NUMBER = re.compile(
    rf"(?<![\w-]){_W_PARTS}[\s-]+(?:halfs?|halves|thirds?|"
    rf"quarters?|fourths?|fifths?|sixths?|sevenths?|eighths?|ninths?|tenths?|hundredths?|thousandths?|"
    rf"millionths?)(?![\w])|"
    rf"(?<![\w-])(?:(?:a|an)\s+(?=(?:{_W_SCALE}|dozen)\b))?"
    rf"{_W_ATOM}(?:(?:\s+|\s+and\s+(?={_W_ATOM}\b))(?:{_W_SCALE}|dozen|{_W_ATOM}))*"
    rf"(?:\s+and\s+a\s+half)?(?![\w])"
    rf"|(?<![\w-])(?:a\s+)?half[\s-]+(?:an?\s+)?(?:dozen|hundred|thousand|million|billion|trillion)(?![\w-])"
    rf"|(?<![\w-])(?:a\s+)?(?:dozen|half)(?![\w-])"
    rf"|(?<![\w-])(?:several|a\s+few|a\s+couple\s+of|many)\s+(?:hundred|thousand|million|billion)"
    rf"(?:\s+(?:thousand|million))?(?![\w-])"
    rf"|(?<![\w-])(?:tens|dozens|hundreds)\s+of\s+(?:thousands|millions|billions)(?![\w-])"
    rf"|(?<![\w-])(?:dozens|hundreds|thousands|millions|billions|scores)(?=\s+of\b|{_VAGUE_ACT}|"
    rf"\s+more\s+(?:people|children|[a-z]+s)\b)"
    rf"|(?:(?<=\bin\sthe\s)|(?<=\binto\sthe\s))(?:dozens|hundreds|thousands|millions)(?![\w-])"
    rf"|(?<![\w-])a\s+handful(?=\s+of\b)"
    rf"|(?<![\w-])(?:a[\s-]+)?(?:half|thirds?|quarters?|fifths?|tenths?)(?=\s+of\b)"

    rf"|(?<![\w-])(?:[Nn]o\s+one|[Nn]obody|[Nn]one(?=\s+of\b))(?![\w-])"
    rf"|(?<![\w-])(?:two|three|four|five|six|seven|eight|nine|ten|twenty|hundred|thousand)fold(?![\w])",
    re.I,
)
# "one in five adults", "one out of three Germans", "2 in 10", odds of "1 in 2,700": a proportion
# of a whole
_PROPORTION = re.compile(
    rf"(?<![\w.,-])(one|two|three|four|five|six|seven|eight|nine|\d{{1,3}})\s+(?:in|out\s+of)\s+"
    rf"(?:every\s+)?(two|three|four|five|six|seven|eight|nine|ten|\d{{1,3}}(?:,\d{{3}})+|\d{{1,4}})"
    rf"(?![\w-]|[.,]\d|\s*%)"
    r"(?!\s+(?:second|minute|hour|day|week|month|year|decade|century|time|game|match|start|"
    r"attempt|try|tries|round|race|season|innings|inning|shot|appearance)s?\b)",
    re.I)
DIGIT_NUMBER = re.compile(r"(?<![\d.,])(?<![\d][.,])" + num.DIGITS + r"(?![\d])")

SCALE_AFTER = re.compile(
    r"^(?:\s?(?:million|billion|trillion|thousand|hundred|mn|mln|mil|bn|bln|tn|trn|crore|lakh)"
    r"(?![a-z])|(?:m|k|b|K|M|B|T)(?![a-zA-Z0-9²³]))"
)
SCALE_SPACED = re.compile(r"^\s(?:m|k|M|K)(?![\w])")

# bounds written before a number (longest first in the alternation)
PRE_QUALIFIERS: list[tuple[str, str]] = [
    ("more than", ">"), ("greater than", ">"), ("over", ">"), ("above", ">"),
    ("in excess of", ">"), ("upwards of", ">"), ("upward of", ">"), ("exceeding", ">"),
    ("north of", ">"), ("over than", ">"), ("higher than", ">"), ("beyond", ">"),
    ("at least", ">="), ("no fewer than", ">="), ("no less than", ">="), ("not less than", ">="),
    ("a minimum of", ">="), ("minimum of", ">="), ("as many as", "<="), ("as much as", "<="),
    ("up to", "<="), ("at most", "<="), ("no more than", "<="), ("not more than", "<="),
    ("a maximum of", "<="), ("maximum of", "<="), ("as high as", "<="), ("as tall as", "<="),
    ("as deep as", "<="), ("as long as", "<="), ("as far as", "<="), ("as large as", "<="),
    ("as big as", "<="), ("as heavy as", "<="), ("as fast as", "<="), ("as low as", ">="),
    ("as little as", ">="), ("as few as", ">="),
    ("less than", "<"), ("fewer than", "<"), ("under", "<"), ("below", "<"),
    ("just under", "<"), ("just below", "<"), ("lower than", "<"), ("shy of", "<"),
    ("short of", "<"), ("under the age of", "<"), ("below the age of", "<"),
    ("over the age of", ">"), ("above the age of", ">"),
    ("about", "~"), ("around", "~"), ("roughly", "~"), ("approximately", "~"), ("approx.", "~"),
    ("some", "~"), ("nearly", "~"), ("almost", "~"), ("close to", "~"), ("an estimated", "~"),
    ("estimated", "~"), ("circa", "~"), ("c.", "~"), ("ca.", "~"), ("just over", ">"),
    ("nigh on", "~"), ("topping", ">"), ("exceed", ">"), ("exceeds", ">"), ("exceeded", ">"),
    ("surpassing", ">"), ("surpassed", ">"), ("tops", ">"), ("topped", ">"), ("an approximate", "~"), ("a little over", ">"), ("a little under", "<"),
    ("slightly more than", ">"), ("slightly less than", "<"), ("well over", ">"),
    ("just shy of", "<"), ("the better part of", "~"), ("near", "~"), ("some of", "~"),
    ("or so", "~"), ("~", "~"), (">", ">"), ("<", "<"), ("≥", ">="), ("≤", "<="),
    ("past", ">"), ("within", "<="),
]
PRE_QUALIFIERS.sort(key=lambda x: len(x[0]), reverse=True)
_PRE_Q = re.compile(
    r"(?:^|(?<=[\s(\"“]))(" + "|".join(re.escape(q) for q, _ in PRE_QUALIFIERS) + r")\s*$",
    re.I,
)
_PRE_Q_MAP = {q: v for q, v in PRE_QUALIFIERS}
_PRE_Q_WORDS = {w for q, _ in PRE_QUALIFIERS for w in q.split()} | set(U.currency_symbols())
POST_QUALIFIERS = [
    (re.compile(r"^\s*(?:\+|-plus\b|\s?plus\b)"), ">="),
    (re.compile(r"^\s+or\s+(?:more|higher|greater|above|over)\b"), ">="),
    (re.compile(r"^\s+or\s+(?:less|fewer|lower|below|under)\b"), "<="),
    (re.compile(r"^\s+(?:or\s+so|odd|-odd)\b"), "~"),
    (re.compile(r"^-odd\b"), "~"),
]

UP_VERBS = {
    "rise", "increase", "gain", "climb", "jump", "surge", "grow", "advance", "soar", "rally",
    "spike", "rocket", "boost", "raise", "add", "expand", "improve", "accelerate", "up",
    "double", "triple", "skyrocket", "balloon", "swell", "widen", "lift", "hike", "top",
    "outpace", "edge", "inch", "firm", "strengthen", "appreciate", "mount", "escalate",
}
DOWN_VERBS = {
    "fall", "drop", "decline", "decrease", "slide", "slip", "lose", "plunge", "tumble", "sink",
    "shrink", "slump", "dip", "cut", "reduce", "lower", "plummet", "crash", "shed", "ease",
    "contract", "weaken", "retreat", "narrow", "down", "halve", "trim", "slash", "sag",
    "depreciate", "crater", "collapse", "dive", "erode", "fade", "drag",
}
UP_NOUNS = {"increase", "rise", "gain", "jump", "growth", "surge", "hike", "boost",
            "climb", "uptick", "spike", "improvement", "expansion", "rally", "upswing"}
DOWN_NOUNS = {"decrease", "fall", "drop", "decline", "loss", "cut", "reduction", "slump",
              "plunge", "dip", "contraction", "slide", "downturn", "shrinkage", "slowdown"}

# words that make a preceding capitalised word a label ("Category 3", "Section 427")
LABEL_WORDS = {
    "category", "section", "row", "level", "no", "no.", "number", "route", "article", "chapter",
    "flight", "room", "game", "week", "stage", "phase", "class", "grade", "type", "gate",
    "platform", "terminal", "seat", "lane", "district", "ward", "unit", "block", "lot",
    "bus", "train", "apollo", "version", "v", "windows", "iphone", "galaxy", "model", "series",
    "channel", "station", "highway", "interstate", "i", "us", "sr", "cr", "hr", "bill", "rule",
    "title", "amendment", "act", "paragraph", "clause", "item", "appendix", "table", "figure",
    "fig", "fig.", "page", "p.", "pp.", "vol", "vol.", "volume", "issue", "episode", "season",
    "part", "verse", "psalm", "mark", "acts", "matthew", "luke", "john", "covid", "sars",
    "fortune", "s&p", "ftse", "nasdaq", "dax", "cac", "nikkei", "euro", "formula", "g",
    "top", "pac", "big", "ufc", "wwe", "fifa", "pes", "madden", "nba", "mlb", "nhl", "nfl",
    "world", "cup", "liga", "a.d.", "ad", "bc", "b.c.", "iso", "asx", "stoxx", "sp", "p",
    "dow", "iphone", "watch", "pixel", "planet", "xbox", "playstation", "ps", "windows", "league", "division", "region", "zone", "sector", "area", "hall",
    "tier", "wave", "day", "match", "round", "heat", "leg", "tower", "building", "floor",
    "suite", "apt", "apartment", "box", "po", "street", "avenue", "road", "st", "ave",
}
TIME_SUFFIX = re.compile(
    r"^\s*(?:a\.?\s?m\b\.?|p\.?\s?m\b\.?|am\b|pm\b|o'clock|o’clock|GMT|UTC|BST|EDT|EST|PDT|PST|"
    r"CET|CEST|IST|JST|hrs\s+(?:GMT|local)|local\s+time|h\b(?=\s*(?:GMT|UTC|local)))",
)
SCORE_CONTEXT = re.compile(
    r"\b(win|won|wins|beat|beats|defeat|defeated|victory|lose|lost|loss|draw|drew|score|"
    r"scored|scoreline|aggregate|lead|led|trail|trailed|edged|thrashed|routed|tie|tied|"
    r"game|match|set|sets|final|series|record)\b", re.I)

PRONOUNS_THINGS = {"them", "these", "those", "it", "which", "whom"}
NUMBER_DET_WORDS = {"a", "an", "the"}
SUPERLATIVE = re.compile(r"^\s+of\s+(?:the|its|their|his|her|our|my|your|[A-Z][\w.&-]*['’]s)\s+"
                         r"(?:(?:world|country|nation|city|state|region|industry|league|game|sport)"
                         r"['’]s\s+)?(?:\w+est|most|best|"
                         r"worst|biggest|largest|few|first|last|only|main|top|key)\b", re.I)
CONTENT_POS = {"NOUN", "PROPN", "VERB", "ADJ", "NUM"}
CLOCK_UNITS = {"hour", "minute", "second", "millisecond"}
TIME_UNITS = {"second", "minute", "hour", "day", "week", "month", "year", "millisecond",
              "decade", "century", "fortnight"}
_LEMMA_FIX = {"people": "person", "persons": "person", "children": "child", "men": "man",
              "women": "woman", "feet": "foot", "teeth": "tooth", "mice": "mouse",
              "geese": "goose", "data": "data", "media": "media", "police": "police",
              "staff": "staff", "personnel": "personnel", "news": "news", "series": "series",
              "species": "species", "aircraft": "aircraft"}


def singular(word: str) -> str:
    """The singular of an English noun, lower-cased ("people" -> "person", "cities" -> "city")."""
    w = word.lower().strip()
    if w in _LEMMA_FIX:
        return _LEMMA_FIX[w]
    if len(w) > 4 and w.endswith("ies"):
        return w[:-3] + "y"
    if len(w) > 4 and w.endswith("men"):
        return w[:-3] + "man"
    if len(w) > 5 and w.endswith("uses"):
        return w[:-2]
    if len(w) > 4 and re.search(r"(ss|sh|ch|x|z)es$", w):
        return w[:-2]
    if len(w) > 3 and w.endswith("s") and not w.endswith(("ss", "us", "is")):
        return w[:-1]
    if len(w) > 4 and w.endswith("is") and w[:-1] in _demonyms():
        return w[:-1]  # "Israelis", "Pakistanis", "Somalis"
    return w


@functools.lru_cache(maxsize=1)
def _demonyms() -> frozenset[str]:
    from .context import DEMONYMS

    return frozenset(DEMONYMS)


_singular = singular

# ---------------------------------------------------------------------------------------
# surface scanning


@dataclass
class _M:
    """A number mention being built (offsets into the text)."""

    start: int
    end: int
    core_start: int
    core_end: int
    value: float
    precision: float
    is_word: bool = False
    scale: float = 1.0
    low: float | None = None
    high: float | None = None
    qualifier: str = "="
    unit_names: tuple[str, ...] = ()
    unit_surface: str = ""
    per: str | None = None  # compound denominator ("day", "barrel", "capita")
    currency_prefix: str | None = None
    counted_hint: str | None = None  # noun from a hyphenated form ("30-storey")
    vague: bool = False
    fraction: bool = False
    duration_seconds: float | None = None
    drop: bool = False
    extra_core: list[tuple[int, int]] = field(default_factory=list)


def _prev_words(text: str, pos: int, n: int = 4) -> str:
    seg = text[max(0, pos - 60):pos]
    return seg


def _is_label_context(text: str, start: int) -> bool:
    """'Section 427', 'Category 3', 'F-16', 'COVID-19', 'G7', 'A320'."""
    before = text[max(0, start - 30):start]
    if re.search(r"\bmagnitude[-‐]$", before, re.I):
        return False  # "a magnitude-7.6 quake": a measure, not a code like F-16
    if re.search(r"[A-Za-z][-‐]?$", before) and not re.search(r"(?:^|[\s(])(?:US|[A-Z]{1,2}\$|"
                                                          r"Rs\.?|RM|R)$", before) and \
            not re.search(r"\b(?:now|then|once|nearly|almost|about|around|roughly|some|over|"
                          r"under)[-‐]$", before, re.I):
        # glued to letters: F-16, G7, COVID-19, A320, (but not US$ or Rs)
        if not re.search(r"\b(?:" + "|".join(re.escape(c) for c in U.currency_symbols()
                                             if c.isalpha()) + r")[-\s]?$", before) or \
                re.search(r"\bSh-$", before):  # ("the Sh-5 road" is a road's name)
            return True
    m = re.search(r"([A-Za-z&.]+)\s+$", before)
    if m:
        w = m.group(1)
        wl = w.lower().rstrip(".") if w != "No." else "no."
        if wl in LABEL_WORDS and (w[0].isupper() or w.isupper()):
            return True
        if wl in ("category", "section", "row", "chapter", "article", "grade", "phase", "stage",
                  "no.", "number", "route", "flight", "room", "gate", "platform", "terminal",
                  "tier", "paragraph", "clause", "page", "pp.", "p.", "fig.", "figure", "exit"):
            return True
        if w in ("No.", "no.", "No", "#", "Nos.", "nr.", "Nr."):
            return True
    if re.search(r"#\s*$", before) or re.search(r"\b(?:COVID|Covid|covid|SARS|MERS|H\dN)\s?[-‐]\s?$",
                                                 before):
        return True
    return False


_A_UNIT = re.compile(
    r"\b(?:under|over|more\s+than|less\s+than|nearly|almost|just\s+over|well\s+over|"
    r"just\s+under|at\s+least|about|around|roughly|approximately|close\s+to|within|barely|"
    r"scarcely)\s+(an?)\s+"
    r"(?=(?:hour|day|week|fortnight|month|minute|second|year|decade|"
    r"century|mile|kilometre|kilometer|metre|meter|foot|inch|tonne|ton|centimetre|centimeter|"
    r"millimetre|millimeter|kilogram|kilo|litre|liter|gallon|yard|acre|hectare)\b)"
    # how long something goes on: "will work for a fortnight", "lasted a month"
    r"|\b(?:for|lasts?|lasted|lasting)\s+(an?)\s+(?=(?:fortnight|month|week)\b(?!\s+(?:or|of)\b))",
    re.I)


# "cut spending by more than a fifth": a fraction as the size of a change
_BY_FRACTION = re.compile(
    r"\bby\s+(?:(?:more|less|nearly|almost|about|around|roughly|over|under|just|some)\s+"
    r"(?:than\s+)?)?((?:a|an|one)[\s-]+(?:third|quarter|fifth|sixth|seventh|eighth|ninth|tenth))"
    r"(?![\w-])", re.I)


# "a premium of almost a third", "the stock surged more than a fifth": a bounded fraction
# ("a quarter" alone is as often three months)
_BOUND_FRACTION = re.compile(
    r"\b(?:more\s+than|less\s+than|nearly|almost|about|around|roughly|over|under|"
    r"just\s+over|just\s+under|some|close\s+to)\s+((?:a|an)[\s-]+(?:third|fifth|sixth|seventh|"
    r"eighth|ninth|tenth))(?![\w-])", re.I)


def _scan(text: str) -> list[_M]:
    """All number mentions of the text, before syntax."""
    cands: list[_M] = []
    taken: list[tuple[int, int]] = []

    for m in _PROPORTION.finditer(text):
        x = num.parse_words(m.group(1)) if m.group(1).isalpha() else float(m.group(1))
        y = num.parse_words(m.group(2)) if m.group(2).isalpha() else \
            float(m.group(2).replace(",", ""))
        if x is None or not y or not 0 < x < y or (
                not m.group(2).isalpha() and "," not in m.group(2) and y > 12 and
                math.log10(y) != int(math.log10(y))):
            continue  # "1 in 5", "1 in 100", "1 in 2,700", not "scored 5 in 2019"
        mm = _M(m.start(), m.end(), m.start(), m.end(), x / y, 1.0, is_word=True, fraction=True)
        cands.append(mm)
        taken.append((m.start(), m.end()))
    for m in DIGIT_NUMBER.finditer(text):
        s, e = m.start(), m.end()
        if any(a <= s < b for a, b in taken):
            continue
        raw = m.group(0)
        v = num.parse_digits(raw)
        if v is None:
            continue
        cands.append(_M(s, e, s, e, v, num.precision_of(raw)))
        taken.append((s, e))
    for m in WORD_NUMBER.finditer(text):
        s, e = m.start(), m.end()
        if any(a < e and s < b for a, b in taken):
            continue
        raw = m.group(0)
        low = raw.lower()
        vague = False
        is_fraction = False
        if re.fullmatch(r"no\s+one|nobody|none", low):
            v = 0.0
        elif low.endswith("fold"):
            v = num.parse_words(low[:-4])
        elif low in num.VAGUE_PLURALS or re.fullmatch(r"\w+\s+of\s+\w+", low):
            parts = low.split()
            v = num.VAGUE_PLURALS[parts[0]]
            if len(parts) == 3:
                v *= num.VAGUE_PLURALS[parts[2]]
            vague = True
        elif low == "a handful":
            v = 5.0
            vague = True
        elif re.match(r"(?:several|a\s+few|a\s+couple\s+of|many)\s", low):
            # "several thousand protesters": a vague multiple of the scale, never exactly 1,000
            head, rest = re.match(r"(several|a\s+few|a\s+couple\s+of|many)\s+(.*)", low).groups()
            f = num.parse_words(rest) or 1.0
            lo, hi = {"several": (3, 9), "many": (2, 9)}.get(head, (2, 5) if "few" in head else (2, 3))
            mm = _M(s, e, s, e, lo * f, f, is_word=True, vague=True)
            mm.low, mm.high = lo * f, hi * f
            cands.append(mm)
            continue
        elif re.fullmatch(_FRACTION_WORDS, low):
            parts = re.split(r"[\s-]+", low)
            n = (1 if parts[0] in ("a", "an") else num.parse_words(" ".join(parts[:-1])) or 1) \
                if len(parts) > 1 else 1
            d = _DENOMS[parts[-1].rstrip("s") if parts[-1] != "halves" else "half"]
            v = n / d
            is_fraction = True
        else:
            v = num.parse_words(re.sub(r"^an?\s+(?=half)", "", raw, flags=re.I))
        if v is None:
            continue
        prec = num.precision_of(str(int(v))) if v == int(v) and v >= 1 else 1.0
        mm = _M(s, e, s, e, v, prec, is_word=True, vague=vague, fraction=is_fraction)
        if low.endswith("fold"):
            mm.unit_names, mm.unit_surface = ("count",), raw  # "sixfold": a multiplier
        if vague:
            # "dozens", "hundreds": a vague amount, never a precise figure. The range carries
            # the vagueness ("thousands of" = 1,000-10,000, as NewsQuant annotates it), so the
            # bound stays "="; ``approximate`` still marks it imprecise for the matcher.
            if low != "a handful":
                mm.low, mm.high = v, v * 10
            else:
                mm.qualifier = "~"
        cands.append(mm)
    for m in list(_BY_FRACTION.finditer(text)) + list(_BOUND_FRACTION.finditer(text)):
        s, e = m.start(1), m.end(1)
        if any(a < e and s < b for a, b in taken) or any(c.start < e and s < c.end for c in cands):
            continue
        low = re.sub(r"^(?:a|an|one)[\s-]+", "", m.group(1).lower())
        cands.append(_M(s, e, e - len(low), e, 1 / _DENOMS[low], 1.0, is_word=True, fraction=True))
    for m in _A_UNIT.finditer(text):
        k = 1 if m.group(1) else 2
        s, e = m.start(k), m.end(k)
        if k == 2 and re.search(r"\d", text[max(0, s - 40):s]):
            continue  # "54GB of data for a month": the period of the figure before, not one
        if any(a < e and s < b for a, b in taken):
            continue
        cands.append(_M(s, e, s, e, 1.0, 1.0, is_word=True))
    cands.sort(key=lambda c: c.start)
    return cands


#: a number naming a kind of vehicle: "an 18-wheeler", "a two-seater", "three-wheeler drivers"
_VEHICLE_KIND = re.compile(r"^[-‐](?:wheelers?|seaters?)\b")
#: a debt's term naming the debt: "the 10-year Treasury note", "the two-year yield", "a 30-year
#: mortgage rate" (a kind of loan, not a length of time anything took)
_TENOR = re.compile(r"^[-‐](?:year|month|week)\s+(?:(?:US|U\.S\.|German|Japanese|government|"
                    r"benchmark|fixed|Treasury|treasury)\s+)?(?:Treasury|Treasuries|notes?|bonds?|"
                    r"yields?|gilts?|bunds?|bills?|mortgages?|paper|debt\s+yield)\b")

_TEMP_CUE = re.compile(r"\b(?:temperatures?|degrees?|heat|cold|warm|high|highs|low|lows|"
                       r"thermometer|weather|fever|celsius|fahrenheit|freez\w*|boil\w*)\b|°|"
                       # "about 85 C (185 F)": one temperature in both scales
                       r"\d\s?C\s*\(\s*[-−–]?[\d.,]+\s?F\b|\d\s?F\s*\(\s*[-−–]?[\d.,]+\s?C\b",
                       re.I)


def _unit_after(text: str, pos: int) -> tuple[tuple[str, ...], str, int]:
    """Longest unit surface starting at ``pos`` (allowing one space, or a hyphen)."""
    m = re.match(r"[ \u00a0]?", text[pos:])
    p = pos + (m.end() if m else 0)
    seg = text[p:p + 40]
    # candidate surfaces: 1..4 words, also symbol-only chunks like km/h, °C, m²
    toks = re.findall(r"[^\s,;:()\"“”/]+|/", seg)
    best: tuple[tuple[str, ...], str, int] = ((), "", pos)
    for k in range(min(4, len(toks)), 0, -1):
        mm = re.match(r"\s*".join(re.escape(t) for t in toks[:k]), seg)
        if not mm:
            continue
        surface = mm.group(0)
        # "the 45km-wide crater", "the 2.6km-long bridge": the unit glued to its extent
        ext = re.match(r"([^\W\d_]+)[-‐](?:wide|long|deep|tall|high|thick|across)$", surface)
        for cand in (surface, surface.rstrip("."), surface.rstrip("-‐"),
                     ext.group(1) if ext else "",
                     # "4.75%-5%", "3km-5km": a unit before a range's dash
                     re.sub(r"[-‐–]\d.*$", "", surface) if k == 1 else ""):
            if not cand:
                continue
            names = U.lookup_surface(cand)
            if names:
                # a one-letter symbol must be glued to the number or be a known upper-case
                if len(cand) <= 2 and p != pos and cand in ("m", "s", "h", "t", "g", "l", "in",
                                                             "a", "b", "k", "st",
                                                             "c", "f", "ha", "yd", "pc", "pp",
                                                             "C", "F", "K", "L", "W", "V", "mb",
                                                             "bp", "hr", "ft", "oz", "lb", "min",
                                                             "sec", "nm", "ms", "cl", "yr"):
                    spaced_ok = cand in ("ft", "oz", "lb", "min", "nm", "yr", "hr", "sec", "km") or (
                        cand == "in" and re.match(r"^\s*(?:thick|long|wide|tall|high|deep|across|"
                                                  r"in\s+diameter|of\s+(?:rain|snow))\b",
                                                  text[p + 2:p + 20])) or (
                        cand == "L" and re.match(r"^\s*(?:of|bottles?|tanks?)\b", text[p + 1:p + 14])) or (
                        cand in ("C", "F") and not text[p + 1:p + 2].isalpha() and _TEMP_CUE.search(text)) or (
                        cand in ("m", "cm", "mm") and (re.match(
                            r"^\s*(?:deep|tall|high|long|wide|away|above|below|thick|across|"
                            r"in\s+(?:diameter|length|height|depth|width)|of\s+(?:the|its|their|a|an)|"
                            r"final|race|sprint|dash|hurdles|freestyle|butterfly|backstroke|"
                            r"breaststroke|relay|medley)\b|^\s*\(\s*[\d.,]+\s*(?:ft|feet|foot|yards?|"
                            r"yd|in|inches)\b", text[p + len(cand):p + len(cand) + 20])
                            or re.search(r"\b(?:depth|height|altitude|elevation|distance|length|width|"
                                         r"radius|diameter)\s+of\s+(?:\w+\s+)?[\d.,]+$",
                                         text[max(0, pos - 60):pos])))
                    if not spaced_ok:
                        continue
                end = p + len(cand)
                if end < len(text) and (text[end].isalnum()) and not cand.endswith(("%", "$")):
                    continue
                return names, cand, end
    return best


#: lengths a depth or a height is told in ("12,500 feet down", "two miles up")
_DEPTH_UNITS = {"feet", "foot", "ft", "metres", "meters", "metre", "meter", "m", "miles", "mile",
                "km", "kilometres", "kilometers", "yards", "fathoms"}


def _after_a_depth(tok: "Token") -> bool:
    """``tok`` ("down", "up") closes a depth or a height: "12,500 feet down"."""
    doc = tok.doc
    return tok.i > 1 and doc[tok.i - 1].lower_ in _DEPTH_UNITS and doc[tok.i - 2].like_num


_PER = re.compile(
    r"^(?:\s*/\s*|\s+per\s+|\s+a\s+|\s+an\s+|\s+each\s+|\s+every\s+|-a-|\s+per-|\s+a-)"
    r"((?:square\s+|cubic\s+|sq\.?\s+)?[A-Za-z]+)(?![\w])", re.I)
_PER_OK = {"day", "week", "month", "year", "hour", "minute", "second", "night", "annum",
           "capita", "head", "share", "barrel", "person", "gallon", "litre", "liter", "kilogram",
           "kg", "pound", "tonne", "ton", "ounce", "unit", "game", "match", "season", "mile",
           "kilometre", "kilometer", "km", "hr", "h", "s", "sec", "min", "yr", "mo", "wk",
           "household", "resident", "patient", "student", "employee", "worker", "serving",
           "ticket", "visit", "trip", "word", "click", "square", "acre", "hectare", "session",
           "meal", "dose", "shift", "quarter", "cent", "kwh", "mwh", "megawatt", "watt",
           "passenger", "room", "seat", "vehicle", "car", "load", "lap", "round", "inning",
           "innings", "point", "bag", "box", "case", "bottle", "can", "pack", "piece", "item",
           "century", "decade", "fortnight", "gram", "ounce", "metre", "meter", "foot",
           "square foot", "square metre", "square meter", "square mile", "square kilometre",
           "sq ft", "sq. ft", "sq m", "cubic metre", "cubic meter", "cubic foot", "mile"}


def _per_name(word: str) -> str:
    w = word.lower()
    if " " in w:
        parts = re.sub(r"\bsq\b\.?", "square", w).split()
        return " ".join(parts[:-1] + [_per_name(parts[-1])])
    abbrev = {"hr": "hour", "h": "hour", "s": "second", "m": "metre", "ft": "foot", "mi": "mile", "sec": "second", "min": "minute",
              "yr": "year", "mo": "month", "wk": "week", "kg": "kilogram", "km": "kilometre",
              "annum": "year", "liter": "litre", "kilometer": "kilometre", "kwh": "kilowatt hour",
              "mwh": "megawatt hour"}
    if w in abbrev:
        return abbrev[w]
    return _singular(w)


_CUR_RE: "re.Pattern[str] | None" = None


def _currency_re() -> "re.Pattern[str]":
    global _CUR_RE
    if _CUR_RE is None:
        _CUR_RE = re.compile("(" + "|".join(re.escape(x) for x in U.currency_symbols()) + r")\s?$")
    return _CUR_RE


_LENGTH_CUE = re.compile(
    r"\b(?:depth|height|altitude|elevation|tall|long|deep|wide|high|length|distance|radius|"
    r"diameter|span|sprint|dash|hurdles|relay|swim|dive|jump|throw|metres?|meters?|km|"
    r"kilometres?|kilometers?|feet|ft|miles?|sea\s+level)\b", re.I)
_MILLION_FIGURE = re.compile(
    r"\d(?:\s?(?:million|billion|trillion|mn|mln|bn|bln)\b|[mM]\s+(?!(?:tall|long|high|deep|wide|"
    r"away|above|below|from|in|of|sprint|race|hurdles|relay|per)\b)[a-z]+s\b)|"
    r"[$£€¥]\s?\d[\d.,]*\s?[mM]\b", re.I)


def _million_context(text: str, start: int, end: int) -> bool:
    """Whether a bare "74.2m" at the end of a clause is a million: the same sentence gives
    other figures in millions ("77.3m votes", "$5bn") and nothing speaks of a length."""
    left = text[max(0, start - 160):start]
    left = left[max(left.rfind(". "), left.rfind("\n")) + 1:]
    right = text[end:end + 160]
    stop = re.search(r"\.\s|\n", right)
    right = right[:stop.start()] if stop else right
    if _LENGTH_CUE.search(left[-40:]):
        return False
    return bool(_MILLION_FIGURE.search(left) or _MILLION_FIGURE.search(right))


#: what makes a temperature negative after its figure: "280 degrees below zero Fahrenheit"
_BELOW_ZERO = re.compile(r"^\s*below\s+zero\b(?:\s+(Fahrenheit|Celsius|F|C)\b)?")


def _extend(text: str, c: _M) -> None:
    """Scale, currency, unit, hyphenated noun and bounds around one mention."""
    e = c.end
    # currency before: "$5", "US$ 5", "£5", "Rs 500", "USD 5", "5 dollars" handled later
    neg_after_symbol = c.start > 1 and text[c.start - 1] == "-" and not text[c.start - 2].isalnum() \
        and not text[c.start - 2].isspace() and text[c.start - 2] != "%"
    if neg_after_symbol:
        c.value = -c.value
        c.start -= 1
    before = text[max(0, c.start - 8):c.start]
    cm = _currency_re().search(before)
    if cm:
        sym = cm.group(1)
        sstart = c.start - len(cm.group(0))
        ok = True
        if sym in ("PS", "Y=") and not before.endswith(sym):
            ok = False
        if sym[0].isalpha() and sstart > 0 and (text[sstart - 1].isalnum() or
                                                 (sym in ("RM", "R$", "Rs", "Rs.") and text[sstart - 1] == "$")):
            ok = False  # a code glued to a longer word ("BARS 5")
        if ok:
            c.currency_prefix = sym
            c.start = sstart
    # a minus sign / the word minus; "sub-7" is a bound, "+2%" a sign
    if re.search(r"\bsub[-‐]$", text[max(0, c.start - 5):c.start], re.I):
        c.qualifier = "<"
        c.start -= 4
    elif c.start > 0 and text[c.start - 1] == "+" and (c.start < 2 or not text[c.start - 2].isalnum()):
        c.start -= 1
    elif re.search(r"\bplus\s+or\s+minus\s$|±\s?$", text[max(0, c.start - 15):c.start], re.I):
        pass  # "revenue of $32.5 billion, plus or minus 2%": a tolerance, not a negative
    elif re.search(r"\bminus[-‐ ]$", text[max(0, c.start - 7):c.start], re.I):
        c.value = -c.value
        c.start -= 6
    elif c.start > 0 and text[c.start - 1] in "-\u2212" and (
            c.start < 2 or not (text[c.start - 2].isalnum() or text[c.start - 2] == "%")):
        # (not "a range of 4.75%-5%": a dash between two shares)
        if not (c.start >= 2 and text[c.start - 2].isdigit()):
            c.value = -c.value
            c.start -= 1
    # scale words
    if not c.vague:
        rest = text[e:e + 20]
        sm = SCALE_AFTER.match(rest)
        if sm:
            word = sm.group(0).strip()
            factor = num.scale_of(word)
            ok = True
            if word in ("m", "M", "k", "K", "b", "B"):
                # "5m" = million only for money or before "of"/a noun not a length context
                after = text[e + len(sm.group(0)):e + len(sm.group(0)) + 20]
                if c.currency_prefix is None:
                    if word in ("m", "M"):
                        if re.match(r"^\s*(?:tall|long|high|deep|wide|away|above|below|in\b|"
                                    r"from|sprint|race|hurdles|freestyle|butterfly|"
                                    r"backstroke|breaststroke|relay|-|/|per\b|\(\s*\d|"
                                    # "the men's 1500m final", "the 400m world record"
                                    r"(?:semi-?)?finals?\b|heats?\b|title\b|champion|"
                                    r"(?:world|olympic|national|european)\s+(?:record|title)|"
                                    r"gold\b|silver\b|bronze\b|medal|"
                                    r"radius|of\s+(?:water|snow|rain|track|road|coastline|"
                                    r"height|altitude|depth))", after):
                            ok = False
                        elif c.value in _RACE_DISTANCES and re.match(
                                r"^\s*(?:record|podium|mark)\b", after):
                            ok = False  # "lowered the 1500m record", "the 1500m podium"
                        elif re.match(r"^\s*(?:[.,;:)!?]|$)", after):
                            # "his 2020 total of 74.2m": a million when the sentence counts in
                            # millions elsewhere ("Trump's 77.3m votes ..."), metres otherwise
                            # ("at a depth of 10m.")
                            ok = _million_context(text, c.start, e + len(sm.group(0)))
                    elif word == "K" and not re.match(r"^\s*(?:races?|runs?|runners?|walks?)\b",
                                                      after, re.I):
                        # "salaries of 50K", "10K steps": thousands, unless a temperature in kelvin
                        ok = not re.search(r"\b(?:kelvin|temperature|absolute\s+zero|cryogenic|"
                                           r"degrees?)\b", text, re.I)
                    elif word in ("b", "B", "K", "T"):
                        # "8B people": a scale before a counted plural noun only
                        ok = bool(re.match(r"^\s*(?:people|persons|[a-z]{3,}s)\b", after))
            if ok and factor:
                if num.is_number_word(word) and c.is_word and word.lower() in num.SCALE_WORDS:
                    ok = False  # already part of the word run
            if ok and factor:
                c.scale = factor
                e += len(sm.group(0))
                sm2 = re.match(r"^\s(?:thousand|million|billion|trillion)\b", text[e:e + 12])
                if sm2 and factor == 100 or sm2 and factor == 1e3:
                    c.scale *= num.SCALE_WORDS[sm2.group(0).strip()]
                    e += len(sm2.group(0))
        elif c.currency_prefix and SCALE_SPACED.match(rest):
            c.scale = 1e6 if rest[1] in "mM" else 1e3
            e += 2
        elif re.match(r"^\s(?:B|M|K|bn|mn)\s+(?:people|persons|[a-z]{3,}s)\b", rest):
            # "about 8 B people", "3 M users": a spaced scale letter before a counted noun
            w = rest.split()[0]
            c.scale = num.scale_of(w) or 1.0
            e += 1 + len(w)
    # "one and a half million" style scale after a word number
    c.end = e
    # "850,000-plus net acres", "10,000+ fans": at least the figure, then the noun
    pm = re.match(r"^(?:[-‐]plus\b|\+(?![\d(]))", text[e:e + 6], re.I)
    if pm and not c.currency_prefix:
        c.qualifier = ">="
        c.low = c.value * c.scale if c.low is None else c.low
        e += pm.end()
        c.end = e
    # a rate written as one hyphenated word: "a 52,000 barrel-a-day refinery", "50-cent-a-gallon"
    rm = re.match(r"^[-‐ ]?([A-Za-z]+)[-‐](?:a|an|per)[-‐]([A-Za-z]+)(?![\w-])", text[e:e + 40])
    if rm and rm.group(2).lower() in _PER_OK:
        names = U.lookup_surface(rm.group(1)) or U.lookup_surface(rm.group(1).lower())
        if names:
            c.unit_names, c.unit_surface = names, rm.group(1)
            c.per = _per_name(rm.group(2))
            c.end = e + rm.end()
            return
    # suspended hyphen: "7- or 8-inch screens", "four-, five- and six-cylinder engines": the
    # number shares the unit or noun of the last member of the series
    sm_ = re.match(r"^[-‐](?:\s*,\s*(?:(?:and|or)\s+)?|\s+(?:and|or|to)\s+)"
                   r"(?:[\w.]+[-‐](?:\s*,\s*(?:(?:and|or)\s+)?|\s+(?:and|or|to)\s+))*"
                   r"[\w.]+[-‐]([A-Za-z]+)(?![\w-])", text[e:e + 80])
    if sm_:
        word = sm_.group(1)
        names = U.lookup_surface(word) or U.lookup_surface(word.lower())
        if names:
            c.unit_names, c.unit_surface = names, word
        elif len(word) > 2 and word.isalpha():
            c.counted_hint, c.unit_surface = _singular(word), word
        c.end = e + 1
        return
    # hyphenated noun/unit: 30-storey, 7.9-magnitude, five-year, 40-year-old, 9-liter
    hm = re.match(r"^[-‐–](?!\d)([A-Za-z]+(?:[-‐][A-Za-z]+)?)", text[e:e + 30])
    if hm and not (text[e:e + 4].lower() == "-odd"):
        word = hm.group(1)
        wl = word.lower().replace("‐", "-")
        if wl in ("year-old", "years-old", "month-old", "week-old", "day-old"):
            c.unit_names = (U.EXTRA_SURFACES[wl],)
            c.unit_surface = word
            c.end = e + hm.end()
            return
        first = wl.split("-")[0]
        names = U.lookup_surface(first) or U.lookup_surface(word)
        if first in ("plus", "odd"):
            names = ()
        if c.is_word and wl in ("time", "off", "way", "sided", "stop", "size", "liner", "shot",
                                "on-one", "man", "party", "horse"):
            c.drop = True
            return
        if names:
            c.unit_names = names
            c.unit_surface = first
            c.end = e + 1 + len(first)
            # five-year-old: -old after
            if re.match(r"^[-‐\s]old\b", text[c.end:c.end + 5]) and first in TIME_UNITS | {"years", "months"}:
                c.unit_names = (_singular(first) + " of age",)
                c.end += 4
        elif first.isalpha() and len(first) > 2 and first not in ("and", "to", "or", "point"):
            c.counted_hint = _singular(first)
            c.unit_surface = first
            c.end = e + 1 + len(first)
        return
    if re.search(r"\bmagnitude(?:\s+of)?[\s-]$", text[max(0, c.start - 14):c.start], re.I) and \
            c.value < 10:
        c.unit_names = ("magnitude",)
        c.unit_surface = "magnitude"
        c.start = text.lower().rfind("magnitude", 0, c.start)
        return
    if c.fraction:
        # "a quarter of an hour"; "half an hour", "less than half an inch"
        fm = re.match(r"^\s+of\s+an?\s+", text[e:e + 12]) or (
            re.match(r"^\s+an?\s+", text[e:e + 6])
            if text[c.core_start:e].lower().endswith("half") else None)
        if fm:
            names, surface, uend = _unit_after(text, e + fm.end())
            if names:
                c.unit_names, c.unit_surface, c.end = names, surface, uend
                return
    if 0 < c.value < 1 and not c.fraction:
        # "by 0.005 of a second", "0.3 of a mile": a decimal part of one unit
        fm = re.match(r"^\s+of\s+an?\s+", text[e:e + 12])
        if fm:
            names, surface, uend = _unit_after(text, e + fm.end())
            if names and names != ("count",):
                c.unit_names, c.unit_surface, c.end = names, surface, uend
                return
    lm = re.match(r"^\s?[lL]\s?/\s?(?:m²|m2|sq\.?\s?m)(?![\w²])", text[e:e + 12])
    if lm:  # "180 l/m²" of rain: a depth (1 l/m² = 1 mm)
        c.unit_names, c.unit_surface = ("litre per square metre",), lm.group(0).strip()
        c.end = e + lm.end()
        return
    # unit word or symbol after
    names, surface, uend = _unit_after(text, e)
    if surface:
        # "p" after a number is pence in news ("50p"), not pint
        if surface == "p":
            names = ("penny",)
        if surface == "K" and names == ("kelvin",) and not re.search(
                r"\b(?:kelvin|temperature|absolute\s+zero|cryogenic|degrees?)\b", text, re.I):
            names = ()  # "a 5K race", "10K steps": not kelvin outside a physics context
        if surface == "PS":
            # after the number "PS" is an engine's metric horsepower ("224 kW / 300 PS"); the
            # transliterated pound sign comes before it ("PS500")
            names = ("metric horsepower",)
        # "6.5 times earnings", "orbited more than 3,200 times": a multiplier or a frequency
        if names == ("count",) and (surface.lower() == "time" or surface[:1].isupper()) and not re.match(
                r"^\s*(?:a|an|per|each|every|more|less|as|higher|lower|bigger|greater|"
                r"larger|smaller|faster|the|over)\b", text[uend:uend + 12], re.I):
            names = ()
        if names:
            if c.currency_prefix and U.unit_info(names[0]).kind != "currency" and \
                    names[0] not in ("percentage",):
                names = ()
        if names:
            c.unit_names = names
            c.unit_surface = surface
            c.end = uend
    # "about 280 degrees below zero Fahrenheit", "15 below zero": a temperature under zero
    bz = _BELOW_ZERO.match(text[c.end:c.end + 40])
    if bz and (not c.unit_names or c.unit_names[0].startswith("degree")) and \
            not c.currency_prefix and c.value > 0:
        c.value = -c.value
        scale = (bz.group(1) or "").lower()
        c.unit_names = ("degree fahrenheit",) if scale.startswith("f") else \
            ("degree celsius",) if scale.startswith("c") else (c.unit_names or ("degree",))
        c.unit_surface = c.unit_surface or "degrees"
        c.end += bz.end()
        return
    # rainfall in litres per square metre is a depth: 1 l/m² is 1 mm, so the unit is a length
    # ("419 litres of rain per square metre" compares with "about 500 mm of rain")
    if c.unit_names and c.unit_names[0] == "litre":
        lm = re.match(r"^(?:\s+of\s+(?:rain(?:fall|water)?|precipitation|water|snow\s*melt)(?:\s+\w+ed)?)?"
                      r"(?:\s*/\s*|\s+(?:per|a|an|each|every|for\s+every)\s+)"
                      r"(?:square\s+met(?:re|er)|sq\.?\s?m|m²|m2)(?![\w²])", text[c.end:c.end + 60], re.I)
        if lm:
            c.unit_names = ("litre per square metre",)
            c.end += lm.end()
            return
    # a compound unit written with a slash: "10 kV/cm", "5 mg/kg", "3 m/s²"
    sl = re.match(r"^/([A-Za-zµμ]+[23²³]?)(?![\w/])", text[c.end:c.end + 12])
    if sl and c.unit_names and not c.currency_prefix and \
            U.unit_info(c.unit_names[0]).kind == "dimension":
        dn = U.lookup_surface(sl.group(1))
        if dn and U.unit_info(dn[0]).kind == "dimension":
            c.per = dn[0]
            c.end += sl.end()
            return
    # "1.3 million barrels of oil equivalent per day": what the barrels hold, then the rate
    if c.unit_names and c.unit_names[0] == "barrel":
        om = re.match(r"^\s+of\s+(?:crude\s+)?oil(?:[-\s]equivalent)?(?=\s+(?:per|a|each)\s+day\b)",
                      text[c.end:c.end + 40], re.I)
        if om:
            c.end += om.end()
    # compound: per day, a barrel, /h
    pm = _PER.match(text[c.end:c.end + 30])
    if pm and (c.unit_names or c.currency_prefix or True):
        w = re.sub(r"\s+", " ", pm.group(1))
        wl = w.lower()
        wl_s = " ".join(_singular(x) for x in wl.split())
        # ("a day after the storm" is a time, not a rate, unless a measure precedes it:
        # "600,000 barrels a day after a third vessel came online")
        rate_unit = c.currency_prefix or (c.unit_names and U.unit_info(c.unit_names[0]).dimension
                                          not in ("time", None))
        after_words = "ago|earlier|later" if rate_unit else "ago|earlier|later|before|after"
        if (wl in _PER_OK or wl_s in _PER_OK) and not re.match(
                rf"^\s+an?\s+\w+\s+(?:{after_words})\b", text[c.end:c.end + 40], re.I):
            if c.unit_names or c.currency_prefix or c.unit_surface or "/" in pm.group(0) or \
                    "per" in pm.group(0).lower():
                c.per = _per_name(w)
                c.end += pm.end()
    elif not c.per and (c.currency_prefix or c.unit_names):
        # "$25bn (£19bn) of Treasuries a month", "600,000 barrels of oil a day": the rate's
        # period after the thing it is of (the mention keeps its own end)
        om = _PER_OF.match(text[c.end:c.end + 60])
        if om:
            c.per = om.group(1).lower()


#: a period a rate is told per, after an "of" phrase naming what it is of
_PER_OF = re.compile(r"^\)?\s*(?:\([^()]{1,30}\)\s*)?\s+of\s+(?:[A-Za-z-]+\s+){1,2}?"
                     r"(?:a|an|per|each|every)\s+(day|week|month|year|quarter)\b(?!\s+(?:ago|"
                     r"earlier|later|before|after)\b)", re.I)


def _qualify(text: str, c: _M, line_start: int) -> None:
    """Bounds written before/after the mention (changes come from syntax later)."""
    before = text[line_start:c.start]
    m = _PRE_Q.search(before)
    if m:
        q = m.group(1).lower()
        qual = _PRE_Q_MAP.get(q)
        if qual:
            if q == "some" and re.search(r"\bof\s*$", before):
                qual = None
            if q in ("over", "under", "above", "below") and re.search(
                    r"\b(?:from|to|of|by)\s+(?:over|under)\s*$", before, re.I):
                qual = None
            if q == "over" and re.search(
                    r"\b(?:hand(?:s|ed|ing)?|turn(?:s|ed|ing)?|sign(?:s|ed|ing)?)\s+over\s*$",
                    before, re.I):
                qual = None  # "handed over 528 aircraft": a phrasal verb, not a bound
            if q == "over" and re.search(
                    r"\b(?:complaints?|disputes?|rows?|fights?|battles?|debates?|anger|outrage|"
                    r"concerns?|fears?|worries|tensions?|charges?|lawsuits?|suits?|protests?|"
                    r"clashes|quarrels?|feud|standoff|investigations?|inquir(?:y|ies)|probes?)\s+"
                    r"over\s*$", before, re.I):
                qual = None  # "homicide complaints over five deaths": about them, not above
            if q == "near" and not re.search(r"\b(?:near|nearly)\s*$", before, re.I):
                qual = None
            if q == "past" and not re.search(
                    r"\b(?:(?:surg|climb|jump|soar|ris|push|mov|shot|sho?ot|edg|crept|creep|"
                    r"race|rac|sail|blast|power|zoom|vault|leap|go|went|gone)\w*|topped|"
                    r"well|just|already|now)\s+past\s*$", before, re.I):
                qual = None  # "surged past $2.5tn", not "the past 10 years"
            if q == "within" and re.search(
                    r"\b(?:to|came|come|comes|coming|got|get|gets|getting|swam|ran|drew|pulled|"
                    r"crept|edged|moved?|still)\s+within\s*$", before, re.I):
                qual = "~"  # "got to within 200 km of Moscow": how close it came, not a limit
        if qual:
            c.qualifier = qual
            c.start = line_start + m.start(1)
    after = text[c.end:c.end + 20]
    for rx, qual in POST_QUALIFIERS:
        mm = rx.match(after)
        if mm:
            c.qualifier = qual
            c.end += mm.end()
            break


def _drop_reason(text: str, c: _M, sent_start: int) -> str | None:
    """Why a digit mention is not a quantity (None: keep it)."""
    s, e = c.core_start, c.core_end
    raw = text[s:e]
    before = text[max(sent_start, s - 40):s]
    after = text[e:e + 40]
    if c.is_word:
        return None
    # ordinals 1st 2nd 3rd 4th
    if re.match(r"^(?:st|nd|rd|th)\b", after, re.I):
        return "ordinal"
    if re.match(r"^(?:\s*[-‐–]\s*(?:to\s+)?\d{1,3}|\s+to\s+\d{1,3})?[-‐](?:year|month|week)s?[-‐]olds\b",
                after, re.I):
        return "age group"  # "73 percent of 18- to 24-year-olds", "among 18-24-year-olds"
    if re.search(r"\b(?:half|quarter|five|ten|twenty|twenty-five)\s+(?:past|to)\s*$", before, re.I) \
            and re.fullmatch(r"0?[1-9]|1[0-2]", raw) and not re.match(
                r"\s*(?:[a-z]*illions?\b|bn\b|%|per\s*cent|percent)", after, re.I) and \
            not re.search(r"\b(?:the|first|second|third|fourth|fiscal|financial|last|this|each|"
                          r"every|that)\s+quarter\s+to\s*$", before, re.I):
        # "half past 2" (not "profit fell in the third quarter to 2.86 billion euros": the
        # period and where the figure went)
        return "time of day"
    # times of day and clock times
    if re.match(r"^:\d\d(?::\d\d)?", after) or re.search(r"\d:$", before):
        return "clock"
    if TIME_SUFFIX.match(after) and not c.currency_prefix and c.value < 2400:
        return "time of day"
    # dates: July 6, 6 July, Jan. 16, 2022
    if _MONTH_BEFORE.search(before[-12:]) or (re.search(MONTHS + r"\s+\d{1,2},\s*$", before[-20:])
                                               and re.fullmatch(r"\d{4}", raw)):
        return "date"  # "June 29", "June 29, 2024" (not "on June 29, 141 reached Nice")
    if _MONTH_AFTER.match(after) and c.value <= 31:
        return "date"
    if re.search(MONTHS + r"\s+\d{1,2}\s*[-–]\s*$", before[-16:]) and c.value <= 31:
        return "date"
    # numeric dates 12/03/2020, 2020-03-12
    if re.match(r"^[/.-]\d{1,2}[/.-]\d{2,4}", after) or re.search(r"\d{1,4}[/.-]\d{1,2}[/.-]$", before):
        return "date"
    if re.fullmatch(r"\d{1,2}/\d{1,2}", raw) and re.match(r"^/\d{2,4}\b", after):
        return "date"
    if re.fullmatch(r"\d{1,2}", raw) and re.search(r"\b\d{4}[-/.]$", before):
        return "date"  # 2019-09-01, ISO timestamps
    # years
    rng = re.match(r"^\s*[-–]\s*(\d{3,})\b", after)
    if re.fullmatch(r"1[5-9]\d\d|20\d\d|21\d\d", raw) and not c.currency_prefix and \
            not c.unit_names and c.scale == 1 and not (
            rng and not re.fullmatch(r"1[5-9]\d\d|20\d\d|21\d\d", rng.group(1))):
        if not re.match(r"^\s*(?:%|per\s*cent|percent|[a-zA-Z]+s\b(?<!'s)(?<!s's)|"
                        r"people|million|billion|thousand)", after) or \
                re.search(r"\b(?:in|since|by|from|until|till|of|after|before|during|to|and|"
                          r"through|between|early|late|mid|summer|winter|spring|autumn|fall|"
                          r"year|season|class|fiscal|FY)\s*$", before, re.I) or \
                re.match(r"^\s*(?:season|census|budget|election|elections|world|olympics|"
                         r"games|campaign|model|edition|vintage|levels?|figures?|report|"
                         r"film|movie|album|version|study|survey|crisis|war|law|act)\b",
                         after, re.I) or \
                c.value % 100 and re.search(r"(?:^|\b(?:the|its|their|his|her|our|this|that)"
                                            r"|['’]s)\s*$", before, re.I):
            # ("the 2025 sales forecast", "Apple's 2024 revenue": a count this size is
            # written "2,025")
            if re.search(r"\b(?:average|total|sum|maximum|minimum|tally|estimated|estimate|"
                         r"score|rating|count)\s+(?:of\s+)?$", before, re.I):
                pass  # "car prices will go up by an average of 1500": an amount, not a year
            # a plural noun after ("2000 people") keeps a round number as a count
            elif not re.match(r"^\s*(?:people|persons|[a-z]+s)\b", after) or c.value % 100 or re.search(
                    r"\b(?:in|since|by|from|until|of|after|before|during)\s*$", before, re.I):
                return "year"
    if re.fullmatch(r"(?:1[5-9]|20)\d0s", raw + after[:1]):
        return "decade"
    if re.match(r"^s\b", after) and re.fullmatch(r"\d{2,4}", raw):
        return "decade"
    if re.match(r"^'s\b", after) and re.fullmatch(r"\d{2,4}", raw):
        return "decade"
    if re.search(r"['’]$", before) and re.fullmatch(r"\d\d", raw):
        return "year"
    if _VEHICLE_KIND.match(after):
        return "label"  # "an 18-wheeler", "a two-seater": a kind of vehicle, not a count
    if _TENOR.match(after):
        return "label"  # "the 10-year Treasury note": the debt's name
    # labels and codes
    if _is_label_context(text, c.core_start if not c.currency_prefix else c.start) and \
            not re.search(r"(?:\bsub|\bminus)[-‐]$", before, re.I):
        if not c.currency_prefix:
            return "label"
    # glued to letters after (4G, 3D, 5th, A380 handled above) unless a unit/scale
    if re.match(r"^[A-Za-z]", after) and not c.unit_names and c.scale == 1 and not c.currency_prefix:
        if not re.match(r"^(?:s\b|x\b)", after):
            return "code"
    # phone numbers and ids: 555-1234, +44 20 7946 0958, (212) 555-1234
    if re.match(r"^[-.\s]\d{3,4}[-.\s]\d{3,4}", after) or re.search(r"\(\d{3}\)\s?$", before) \
            or (re.fullmatch(r"\d{3}", raw) and re.match(r"^-\d{4}\b", after)) \
            or (re.fullmatch(r"\d{4}", raw) and re.search(r"\b\d{3}-$", before)):
        return "phone"
    if re.fullmatch(r"0\d{3,}", raw):
        return "code"
    # list markers: "1." or "2)" at line start
    line_before = text[text.rfind("\n", 0, s) + 1:s]
    if not line_before.strip() and re.match(r"^[.)]\s", after):
        return "list marker"
    # scores 2-2, 3-1
    if re.match(r"^[-–]\d{1,2}\b", after) and re.fullmatch(r"\d{1,2}", raw) and \
            SCORE_CONTEXT.search(text[max(sent_start, s - 80):e + 60]):
        return "score"
    if re.search(r"\d{1,2}[-–]$", before) and re.fullmatch(r"\d{1,2}", raw) and \
            SCORE_CONTEXT.search(text[max(sent_start, s - 80):e + 60]):
        return "score"
    # street addresses: 575 Wilbraham Road
    if re.match(r"^\s*(?:ZIP|zip|Zip|postcode|postal\s+code|area\s+code)\b", after):
        return "code"
    if re.match(r"^(?:[-–]\d+)?\s+(?:[A-Z][a-z]+\s+){1,3}(?:Road|Rd|Street|St|Avenue|Ave|Lane|Drive|Dr|Boulevard|"
                r"Blvd|Way|Place|Court|Square|Terrace|Crescent|Highway)\b", after):
        return "address"
    if re.search(r"[A-Za-z0-9.][+/]$", before) and not c.currency_prefix:
        return "code"
    # version numbers 1.2.3, IP addresses
    if re.match(r"^\.\d+\.\d", after):
        return "version"
    # & (quantulum3 misreads it) never reaches here; "ago": a time, not a claim
    return None


_RANGE_SEP = re.compile(r"^(?:[-‐]\s+)?\s*(?:-|–|—|to|through|and|or)\s*", re.I)


def _merge_ranges(text: str, ms: list[_M]) -> list[_M]:
    out: list[_M] = []
    i = 0
    while i < len(ms):
        a = ms[i]
        if i + 1 < len(ms):
            b = ms[i + 1]
            gap = text[a.end:b.start]
            sep = _RANGE_SEP.fullmatch(gap + " ") or _RANGE_SEP.fullmatch(gap)
            pre = text[max(0, a.start - 16):a.start].lower()
            pre = text[max(0, a.start - 30):a.start].lower()
            _q = (r"(?:\s+(?:about|around|roughly|some|nearly|almost|approximately|just|over|under|"
                  r"up\s+to))?\s*$")
            between = re.search(r"\bbetween" + _q, pre)
            frm = re.search(r"\bfrom" + _q, pre)
            g = re.sub(r"^[-‐]\s+", "", gap.strip().lower())
            is_range = False
            # "from $36,040 at 10.45pm last night to $34,935", "from 21 mpg combined to 23",
            # "narrowed to 138,285 lots from 212,577 lots": the two ends of one movement
            if not sep and not a.drop and not b.drop and b.qualifier == "=" and len(gap) <= 40:
                rev = re.fullmatch(r"\s+([A-Za-z]+)\s+from\s+", gap)
                if frm and re.search(r"\S\s+(?:up\s+)?to\s+$", gap) and \
                        len(re.findall(r"[A-Za-z$.]+", gap)) <= 6 and not re.search(
                            r"[,;:()\[\]!?]|\b(?:and|or|but|while|from|then|to)\b|\.\s+[A-Z]",
                            re.sub(r"\s+(?:up\s+)?to\s+$", "", gap)):
                    sep, g = True, "to"
                elif rev and re.search(r"\bto\s*$", pre) and re.match(
                        r"\s+" + re.escape(rev.group(1)) + r"\b", text[b.end:b.end + 30]):
                    sep, g, frm = True, "from", True
            if sep and not a.drop and not b.drop:
                if g == "and":
                    is_range = bool(between)
                elif g == "from":
                    is_range = True
                elif g in ("to", "through"):
                    # "from X to Y" and "X to Y per cent" are ranges; after a change verb
                    # "rose 6% to $94.93 billion" is a change and a level
                    # (a level after "to" is no change: "the sales forecast was cut to €30
                    # billion to €35 billion" is the range it was cut to)
                    is_range = bool(frm) or not _change_before(text, a.start) or not (
                        a.unit_names or a.currency_prefix or a.counted_hint) or \
                        bool(re.search(r"\bto" + _q, pre))
                elif g == "or":
                    # "three or four years", "two or three days"
                    is_range = not (a.unit_names or a.currency_prefix or b.currency_prefix) and \
                        a.scale == 1 and b.scale == 1 and a.value < b.value <= 2 * a.value + 1 \
                        and a.is_word == b.is_word
                elif g in ("-", "–", "—"):
                    is_range = gap.strip() == g and (gap == g or len(gap) <= 3)
                # compatible units
                ka, kb = _kind_of(a), _kind_of(b)
                if ka and kb and ka != kb:
                    is_range = False
                if ka and not kb and ka != "currency" and a.unit_surface and not b.unit_surface \
                        and not (frm and not re.match(
                            r"[a-z]|\s+(?!(?:for|by|in|on|at|last|this|a|an|the|per|over|after|"
                            r"before|during|since|when|while|and|or|but|as|with|from)\b)[a-z]",
                            text[b.end:b.end + 20])):
                    is_range = False
                if (a.value * a.scale) > (b.value * b.scale) and not (a.scale == 1 and b.scale > 1) \
                        and not frm:
                    is_range = False
                if b.qualifier != "=" and g != "and":
                    is_range = False
                if a.fraction != b.fraction:
                    is_range = False  # "grew by a third to 1,200 shops": a change and a level
            if is_range:
                if a.is_word and b.is_word and a.value < b.value:
                    lastw = text[b.core_start:b.core_end].lower().split()[-1]
                    f = num.SCALE_WORDS.get(lastw)
                    if f and a.value < f and len(text[a.core_start:a.core_end].split()) == 1:
                        a.value *= f
                        a.precision = f
                if a.scale == 1 and b.scale > 1 and a.value < b.value * 1000 and not a.unit_names \
                        and a.value * b.scale <= b.value * b.scale:
                    a.scale = b.scale
                    a.precision = min(a.precision, b.precision)
                if not a.unit_names and b.unit_names:
                    a.unit_names, a.unit_surface = b.unit_names, b.unit_surface
                if b.per and not a.per:
                    a.per = b.per
                if b.currency_prefix and not a.currency_prefix:
                    a.currency_prefix = b.currency_prefix
                if b.counted_hint and not a.counted_hint:
                    a.counted_hint = b.counted_hint
                a.low = min(a.value * a.scale, b.value * b.scale)
                a.high = max(a.value * a.scale, b.value * b.scale)
                a.precision = min(a.precision, b.precision)
                a.extra_core.append((b.core_start, b.core_end))
                a.end = b.end
                if between or frm:
                    kw = "between" if between else "from"
                    pos = text.lower().rfind(kw, max(0, a.start - 16), a.start)
                    if pos >= 0:
                        # "from about 14-18 mpg", "between roughly 5 and 6": the hedge of the
                        # whole range
                        hedge = re.search(r"\b(about|around|roughly|some|nearly|almost|"
                                          r"approximately)\s*$", text[pos:a.start], re.I)
                        if hedge and a.qualifier == "=" and pos < a.start:
                            a.qualifier = "~"
                        a.start = min(a.start, pos)
                out.append(a)
                i += 2
                continue
        out.append(a)
        i += 1
    return out


_IRREGULAR = {"rose": "rise", "risen": "rise", "fell": "fall", "fallen": "fall", "grew": "grow",
              "grown": "grow", "lost": "lose", "sank": "sink", "sunk": "sink", "shrank": "shrink",
              "shrunk": "shrink", "slid": "slide", "cut": "cut", "shed": "shed", "dove": "dive",
              "upped": "up"}


def _verb_base(w: str) -> str:
    w = w.lower()
    if w in _IRREGULAR:
        return _IRREGULAR[w]
    for suf, rep in (("ied", "y"), ("ies", "y"), ("ing", ""), ("ed", ""), ("es", ""), ("s", ""),
                     ("d", "")):
        if w.endswith(suf) and len(w) - len(suf) >= 2:
            stem = w[: -len(suf)] + rep
            for cand in (stem, stem + "e", stem[:-1] if len(stem) > 3 and stem[-1] == stem[-2] else stem):
                if cand in UP_VERBS or cand in DOWN_VERBS:
                    return cand
    return w


def _kind_of(c: _M) -> str | None:
    if c.currency_prefix:
        return "currency"
    if c.unit_names:
        return U.unit_info(c.unit_names[0]).kind + ":" + (U.unit_info(c.unit_names[0]).dimension or "")
    return None


def _change_before(text: str, pos: int) -> bool:
    seg = text[max(0, pos - 40):pos].lower()
    words = re.findall(r"[a-z]+", seg)[-4:]
    return any(_verb_base(w) in UP_VERBS | DOWN_VERBS and w not in ("up", "down", "top") for w in words)


def _merge_durations(text: str, ms: list[_M]) -> list[_M]:
    """'2 hours and 35 seconds' -> one duration; clock '2:00:35' handled in the scan."""
    out: list[_M] = []
    last_unit: dict[int, str] = {}  # the smallest unit merged so far ("2 hours 4 minutes")
    for c in ms:
        if out:
            a = out[-1]
            if a.unit_names and c.unit_names and a.unit_names[0] in CLOCK_UNITS and \
                    c.unit_names[0] in CLOCK_UNITS and re.fullmatch(r",?\s*(?:and\s+)?|\s+", text[a.end:c.start]) \
                    and U.SI[last_unit.get(id(a), a.unit_names[0])][1] > U.SI[c.unit_names[0]][1] \
                    and a.low is None:
                last_unit[id(a)] = c.unit_names[0]
                sa = a.duration_seconds if a.duration_seconds is not None else a.value * a.scale * U.SI[a.unit_names[0]][1]
                a.duration_seconds = sa + c.value * c.scale * U.SI[c.unit_names[0]][1]
                a.end = c.end
                a.extra_core.append((c.core_start, c.core_end))
                a.precision = c.precision * U.SI[c.unit_names[0]][1] / U.SI[a.unit_names[0]][1]
                a.unit_names = ("second",) if False else a.unit_names
                continue
        out.append(c)
    return out


_CLOCK_DURATION = re.compile(r"(?<![\d:T])(\d{1,3}):([0-5]\d)(?::([0-5]\d))?(?:\.(\d+))?(?![\d:])")
_SPLIT_CONTEXT = re.compile(r"\b(?:in|time|times|split|clocked|finished|ran|run|record|lap|half|"
                            r"margin|winning|won|PB|best|of)\s+(?:a\s+|an?\s+)?$", re.I)


def _clock_durations(text: str, sent_start: int) -> list[_M]:
    out = []
    for m in _CLOCK_DURATION.finditer(text):
        after = text[m.end():m.end() + 12]
        if TIME_SUFFIX.match(after):
            continue
        if m.group(3) is None:
            # m:ss only when it cannot be a time of day or the context says so
            # (hundredths are never on a clock: "Kerr (3:27.79)", "Farah's 3:28.81")
            if not (int(m.group(1)) > 24 or m.group(4) or
                    _SPLIT_CONTEXT.search(text[max(0, m.start() - 20):m.start()])):
                continue
            if TIME_SUFFIX.match(after) or re.match(r"^\s*(?:a\.?m\b|p\.?m\b|h\b)", after, re.I):
                continue
            mi_, se_ = int(m.group(1)), int(m.group(2))
            secs = mi_ * 60 + se_ + (float("0." + m.group(4)) if m.group(4) else 0.0)
            c = _M(m.start(), m.end(), m.start(), m.end(), secs, 10 ** -len(m.group(4)) if m.group(4) else 1.0)
            c.unit_names = ("second",)
            c.unit_surface = m.group(0)
            c.duration_seconds = secs
            out.append(c)
            continue
        h, mi, se = int(m.group(1)), int(m.group(2)), int(m.group(3))
        frac = float("0." + m.group(4)) if m.group(4) else 0.0
        secs = h * 3600 + mi * 60 + se + frac
        c = _M(m.start(), m.end(), m.start(), m.end(), secs, 10 ** -len(m.group(4)) if m.group(4) else 1.0)
        c.unit_names = ("second",)
        c.unit_surface = m.group(0)
        c.duration_seconds = secs
        out.append(c)
    return out


# ---------------------------------------------------------------------------------------
# syntax


def _tok_at(doc: "Doc", char: int) -> "Token | None":
    for t in doc:
        if t.idx <= char < t.idx + len(t.text):
            return t
        if t.idx > char:
            return t
    return None


def _governing_verb(tok: "Token") -> "Token | None":
    t = tok
    seen = []
    for _ in range(8):
        if t.pos_ in ("VERB", "AUX") and t.dep_ not in ("amod",):
            if t.lemma_.lower() == "accord":
                # "13 people drowned in rivers ..., according to a tally", parsed with
                # "according" as the verb and "drowned" as a modifier of "people"
                for n in seen:
                    for ch in n.children:
                        if ch.dep_ == "acl" and ch.pos_ == "VERB" and ch.i == n.i + 1 and \
                                ch.tag_ in ("VBD", "VBN"):
                            return ch
            return t
        if t.pos_ in ("NOUN", "PROPN") and t.dep_ in ("dobj", "pobj") and not (
                t.dep_ == "pobj" and t.head.lower_ in ("from", "to", "by", "at")) and \
                (v := _participle_after(t)) is not None:
            # (not "climbed from 21 mpg combined to 23": the figure of a change)
            # "the army knew of 'fewer than 100' Palestinians killed in the fighting": the
            # participle right after the counted noun says what befell it
            return v
        if t.dep_ in ("nsubj", "nsubjpass") and t.head.i > t.i and (v := _object_left_open(t)):
            return v
        seen.append(t)
        if t.head is t:
            return None
        t = t.head
    return None


def _participle_after(n: "Token") -> "Token | None":
    """A past participle modifying ``n`` right after it, with words of its own ("Palestinians
    killed in the fighting", "drones launched overnight"); not a bare one that labels the
    figure ("21 mpg combined")."""
    for ch in n.children:
        if ch.dep_ == "acl" and ch.pos_ == "VERB" and ch.tag_ in ("VBN", "VBD") and \
                ch.i == n.i + 1 and any(g.dep_ in ("prep", "agent", "advmod", "npadvmod")
                                        for g in ch.children):
            return ch
    return None


def _object_left_open(n: "Token") -> "Token | None":
    """The verb right before a noun phrase parsed as the subject of a later verb, when that
    verb takes no object of its own: "hammered the island after killing at least five people in
    the Abacos, where it ripped off roofs, overturned cars" (parsed with "people" as the
    subject of "overturned"); "said 30 people died" is left alone, its verb governs "died"."""
    k = n.left_edge.i - 1
    if k < 0:
        return None
    v = n.doc[k]
    if v.pos_ != "VERB" or v.tag_ not in ("VBG", "VBD", "VBN", "VB") or \
            any(ch.dep_ in ("dobj", "ccomp", "xcomp", "attr", "oprd") for ch in v.children) or \
            v.i == n.head.i or v.i in {a.i for a in n.head.ancestors}:
        return None
    return v


def _predicate(verb: "Token | None") -> str | None:
    if verb is None:
        return None
    if verb.pos_ == "AUX" and verb.lemma_ == "be":
        return "be"
    parts = [verb.lemma_.lower()]
    for ch in verb.children:
        if ch.dep_ == "prt" or (ch.dep_ == "advmod" and ch.i == verb.i + 1 and
                                ch.lower_ in ("down", "up", "off", "out", "back", "away")):
            parts.append(ch.text.lower())
    return " ".join(parts)


def _noun_phrase(tok: "Token", limit: int = 4) -> list["Token"]:
    """The content words of a noun's phrase: compounds/adjectives before it and the noun."""
    words = [t for t in tok.lefts if t.dep_ in ("compound", "amod", "nmod", "poss")
             and t.pos_ in ("NOUN", "PROPN", "ADJ") and not t.like_num]
    words = words[-(limit - 1):] + [tok]
    # a number that is part of a name: "S&P 500", "Nasdaq 100"
    if tok.pos_ == "PROPN" and tok.i + 1 < len(tok.doc) and tok.doc[tok.i + 1].like_num and \
            tok.doc[tok.i + 1].head.i == tok.i:
        words.append(tok.doc[tok.i + 1])
    return words


#: a month's name: "May 2023" is a date, not a name with a number ("Apollo 11")
_MONTH_WORD = re.compile(MONTHS)
#: a day of a month: "October 5", "Oct. 5th", "5 October"
_DAY_OF_MONTH = re.compile(r"\b" + MONTHS + r"\s+\d{1,2}(?:st|nd|rd|th)?\b|"
                           r"\b\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?" + MONTHS + r"(?![a-z])")


def _in_a_date(t: "Token") -> bool:
    """A month's name beside a day or year ("on 14 June 2023"), not "the March for Our Lives"."""
    doc = t.doc
    return bool(_MONTH_WORD.fullmatch(t.text)) and t.text[:1].isupper() and (
        t.i + 1 < len(doc) and doc[t.i + 1].like_num or t.i > 0 and doc[t.i - 1].like_num)


def _unit_of_a_figure(t: "Token") -> bool:
    """The unit of a figure, parsed as a noun of its own ("The 1,025kg (2,260lb) rover entered
    the atmosphere", with "kg" as the subject): it tells what measures, not what is measured."""
    return any(ch.dep_ == "nummod" and ch.like_num for ch in t.children) and \
        bool(U.lookup_surface(t.text))


#: days named from the speaker's now, which spaCy may tag as nouns after a figure
_DEICTIC_DAYS = {"today", "tonight", "yesterday", "tomorrow"}


#: nouns that name the span a range of figures covers, not what is counted ("the 100 to 300
#: spectrum", "the 50-100 bracket")
_SPAN_NOUNS = frozenset({"spectrum", "bracket", "band", "range"})


def _counted_noun(doc: "Doc", c: _M, tok: "Token", text_offset: int) -> tuple["Token | None", str | None]:
    """The noun a bare count counts (token and unit string, e.g. 'missile and drone')."""
    # "201 of them", "one of the students", "dozens of vehicles", "35m of its devices"
    nxt = doc.text[c.end - text_offset:c.end - text_offset + 40]
    of = re.match(r"^\s+of\s+(?:the\s+|its\s+|their\s+|his\s+|her\s+|our\s+|my\s+|your\s+|"
                  r"these\s+|those\s+|"
                  r"this\s+|that\s+|all\s+)?", nxt, re.I)
    if of:
        t = _tok_at(doc, c.end - text_offset + of.end())
        if t is not None:
            if t.lower_ in PRONOUNS_THINGS:
                # "84 people were wounded, 10 of them children": the part names its own noun
                part = re.match(r"^\s*(?:were\s+|are\s+|being\s+)?([a-z]+)\b(?!\s+(?:of|in|on|at|"
                                r"from|who|which|that|and|or)\b)",
                                doc.text[t.idx + len(t.text):t.idx + len(t.text) + 30])
                if t.lower_ in ("them", "whom") and part and part.group(1) in _PART_NOUNS:
                    return None, singular(part.group(1))
                return None, "@them"
            if t.lower_ in _PEOPLE_ADJ:
                return None, "person"
            # the head of the noun phrase: the last noun of the nominal run after "of"
            h = None
            for u in doc[t.i:min(len(doc), t.i + 7)]:
                if u.pos_ in ("NOUN", "PROPN"):
                    h = u
                elif u.pos_ in ("ADJ", "CCONJ", "DET", "NUM") or u.tag_ in ("POS", "VBN") or \
                        u.text in ("-", "'s", "’s"):
                    # ("Eleven of the derailed cars": a participle before the noun)
                    continue
                else:
                    break
            if h is not None:
                return h, _unit_of_noun(h)
    # "a 12 page document", "a 3 cylinder engine": a singular noun between number and head
    after_i = tok.i + 1
    while after_i < len(doc) and doc[after_i].like_num:
        after_i += 1
    if after_i + 1 < len(doc) and c.value != 1 and doc[after_i].tag_ == "NN" and \
            doc[after_i + 1].tag_ == "NN" and doc[after_i].idx - (c.end - text_offset) <= 1 and \
            not (tok.dep_ == "nummod" and tok.head.tag_ == "NNS" and tok.head.i > after_i):
        # (not "the five vinyl chloride cars": the number counts the plural noun it modifies)
        u = doc[after_i]
        return u, (u.lemma_.lower() or u.lower_)
    # the number modifies a noun (nummod), possibly through quantmod/compound
    t = tok
    for _ in range(4):
        if t.head.i > t.i and t.head.idx < c.end - text_offset and t.head.idx >= c.start - text_offset:
            t = t.head  # a scale token of the mention itself: "77.3m votes" (77.3 / m / votes)
            continue
        if t.dep_ in ("nummod", "quantmod", "compound", "amod", "nmod", "npadvmod", "appos") \
                and t.head.pos_ in ("NOUN", "PROPN") and t.head.i > t.i:
            h = t.head
            if h.lower_ in _DEICTIC_DAYS:
                break  # "home to roughly 1.3 million today": a time, not the counted thing
            if h.lemma_.lower() in _SPAN_NOUNS:
                break  # "at the lower end of the 100 to 300 spectrum": the span, not a thing
            return h, _unit_of_noun(h)
        if t.dep_ in ("quantmod", "compound", "nummod") and t.head.pos_ == "NUM":
            t = t.head
            continue
        break
    # a noun right after the mention ("killing one person", spaCy errors aside)
    t2 = _tok_at(doc, c.end - text_offset + (len(nxt) - len(nxt.lstrip())))
    if t2 is not None and t2.idx >= c.end - text_offset and t2.pos_ in ("NOUN",) and t2.tag_ in ("NNS", "NN") \
            and t2.idx - (c.end - text_offset) <= 1 and t2.lower_ not in _DEICTIC_DAYS and \
            t2.lemma_.lower() not in _SPAN_NOUNS:
        return t2, _unit_of_noun(t2)
    # "~2,300 active, working employees": adjectives (and their commas) that modify the
    # plural noun right after them, however the parser attached the number
    if t2 is not None and t2.idx >= c.end - text_offset and t2.idx - (c.end - text_offset) <= 1 \
            and t2.pos_ == "ADJ":
        def modifier(x) -> bool:
            return x.pos_ in ("ADJ", "PUNCT", "CCONJ") or x.tag_ in ("VBG", "VBN")

        for u in doc[t2.i + 1:t2.i + 5]:
            if u.pos_ == "NOUN" and u.tag_ == "NNS":
                below = {y.i for y in u.subtree}
                if all(x.i in below and modifier(x) for x in doc[t2.i:u.i]):
                    return u, _unit_of_noun(u)
                break
            if not modifier(u):
                break
    # "the 13 American dead", "60 Afghan wounded": a nationality, then the casualties
    if re.match(r"^\s+[A-Z][a-z]+(?:an|ish|ese|i|ch)\s+(?:dead|wounded|injured|missing)\b(?!\s+"
                r"(?:of|from|in)\s+the\s+(?:water|sea|river|rubble)\b)", nxt):
        return None, "person"
    # "301.6 million paid memberships", "2 million paying members": a participle the parser
    # read as a verb, then the plural noun it modifies
    if t2 is not None and t2.idx >= c.end - text_offset and t2.idx - (c.end - text_offset) <= 1 \
            and t2.tag_ in ("VBN", "VBG", "VBD") and t2.i + 1 < len(doc):
        t3 = doc[t2.i + 1]
        if t3.pos_ == "NOUN" and t3.tag_ == "NNS" and t3.idx == t2.idx + len(t2.text) + 1:
            return t3, _unit_of_noun(t3)
    return None, None


def _unit_of_noun(h: "Token") -> str:
    comps = [t for t in h.lefts if t.dep_ == "compound" and t.pos_ == "NOUN" and
             not t.like_num and t.i == h.i - 1]
    if h.text.lower() in _LEMMA_FIX:
        base = _LEMMA_FIX[h.text.lower()]
    elif h.pos_ == "NOUN" and h.lemma_ and (h.lemma_.lower() != h.lower_ or h.tag_ == "NN"):
        base = h.lemma_.lower()
    else:
        base = _singular(h.text) if h.tag_ in ("NNS", "NNPS") else h.text.lower()
    if h.pos_ == "PROPN" and h.tag_ != "NNPS":
        base = h.text.lower()
    doc = h.doc
    if h.i + 2 < len(doc) and doc[h.i + 1].text == "-" and not h.whitespace_ and \
            not doc[h.i + 1].whitespace_ and doc[h.i + 2].pos_ == "NOUN" and \
            doc[h.i + 2].tag_ in ("NNS", "NN") and h.pos_ in ("NOUN", "ADJ", "X") and \
            not h.like_num and not (h.i + 3 < len(doc) and doc[h.i + 3].pos_ == "NOUN"):
        # "about 1,000 counter-protesters", "30 co-workers", parsed with the prefix as the
        # noun: the whole word (not "three anti-tank missiles": a word before the noun)
        last = doc[h.i + 2]
        base = f"{h.lower_}-{_singular(last.text) if last.tag_ == 'NNS' else last.lower_}"
    name = base  # the head noun: "Ukrainian regions", "attack drones" -> region, drone
    conj = [t for t in h.children if t.dep_ == "conj" and t.pos_ in ("NOUN",) and
            t.i <= h.i + 3 and h.tag_ in ("NNS", "NNPS") and t.tag_ in ("NNS", "NNPS") and
            not any(ch.dep_ in ("det", "poss", "nummod", "quantmod", "prep", "compound", "amod")
                    or ch.like_num for ch in t.children) and not _gapped_figure_after(t)]
    if conj:
        cj = conj[0]
        cb = _singular(cj.text) if cj.tag_ in ("NNS", "NNPS") else cj.lemma_.lower()
        name = f"{name} and {cb}"
    return name


def _gapped_figure_after(t: "Token") -> bool:
    """``t`` opens a clause whose verb is left out, with a figure of its own: "police put it
    at 350,000 people and organisers at more than a million"."""
    doc = t.doc
    nxt = doc[t.i + 1] if t.i + 1 < len(doc) else None
    if nxt is None or nxt.pos_ != "ADP":
        return False
    return any(x.like_num for x in doc[t.i + 2:min(len(doc), t.i + 6)])


def _actor_of_other_clause(t: "Token", verb: "Token | None") -> bool:
    """``t`` (or the noun it is conjoined to) is the subject or object of a verb other than
    ``verb``: "where commanders and Western instructors had gathered", not "air defences
    shot down 201 of them" nor "took to the streets"."""
    h = t
    while h.dep_ == "conj" and h.head.i != h.i:
        h = h.head
    if h.dep_ not in ("nsubj", "nsubjpass", "dobj"):
        return False
    return verb is None or h.head.i != verb.i


def _object_of_counted(t: "Token", counted: str | None) -> bool:
    """``t`` is the object of what the last count's own noun did ("About 50 cars left the
    rails, and five of them ..."): "them" is still the cars, not the rails."""
    if t.dep_ != "dobj" or not counted:
        return False
    return any(ch.dep_ in ("nsubj", "nsubjpass") and ch.lemma_.lower() == counted.split()[-1]
               for ch in t.head.children)


#: plural nouns "them" does not count: times, amounts and the reports themselves
_NOT_THEM = {"year", "month", "week", "day", "hour", "minute", "percent", "report", "official",
             "authority", "figure", "estimate", "number", "count"}

#: plural nouns that name a part of a count of people ("10 of them children")
_PART_NOUNS = {"children", "women", "men", "minors", "teenagers", "babies", "infants",
               "foreigners", "civilians", "soldiers", "servicemen", "police", "officers",
               "journalists", "students", "pupils", "tourists", "firefighters", "rescuers",
               "girls", "boys", "elderly", "pensioners", "migrants", "refugees", "workers"}

_PEOPLE_ADJ = {"injured", "dead", "wounded", "missing", "killed", "deceased", "victims", "sick",
               "infected", "displaced", "homeless", "elderly", "unemployed", "poor"}
# verbs whose bare-number subject or object is people: "23 were injured", "killing 26"
HUMAN_VERBS = {"kill", "die", "injure", "wound", "hurt", "evacuate", "rescue", "arrest", "detain",
               "march", "protest", "attend", "displace", "miss", "survive", "flee", "drown",
               "hospitalize", "hospitalise", "treat", "strike", "demonstrate", "gather", "rally",
               "perish", "murder", "shoot", "stab", "abduct", "kidnap", "employ", "hire", "lay"}
PEOPLE_GROUPS = {"toll", "crowd", "attendance", "turnout", "audience", "casualty", "death",
                 "headcount", "protester", "demonstrator", "marcher", "participant"}


def _person_by_context(doc: "Doc", tok: "Token", verb: "Token | None") -> bool:
    """A bare number that counts people: '23 were injured', 'killing 26', 'toll rose to 732'."""
    t = tok
    while t.dep_ in ("quantmod", "compound", "nummod", "advmod") and t.head.pos_ == "NUM" and t.head is not t:
        t = t.head
    if verb is not None:
        lem = verb.lemma_.lower()
        if lem in HUMAN_VERBS and t.dep_ in ("nsubj", "nsubjpass", "dobj", "conj", "appos") \
                and t.head.i == verb.i:
            return True
        subj = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
        if subj and subj[0].lemma_.lower() in PEOPLE_GROUPS and t.i > verb.i:
            return True
        # "police put the crowd at 338,000", "organisers estimated turnout at 2 million"
        objs = [c for c in verb.children if c.dep_ in ("dobj", "obj") and c.i < t.i]
        if objs and objs[0].lemma_.lower() in PEOPLE_GROUPS and t.i > verb.i:
            return True
    if t.dep_ == "pobj" and t.head.lower_ == "of" and t.head.head.lemma_.lower() in PEOPLE_GROUPS:
        return True
    return False


_SUBUNITS = {"cent": ("dollar", 0.01), "penny": ("pound sterling", 0.01),
             "euro cent": ("euro", 0.01)}

#: adjectives that name people when used as nouns: "the number of dead", "the injured"
_PEOPLE_ADJ_NOUNS = {"dead", "injured", "wounded", "missing", "displaced", "homeless",
                     "unemployed", "elderly", "sick"}

# generic nouns for people: counted as "person" (the noun itself stays in ``counted``)
PERSON_NOUNS = {
    "person", "people", "man", "woman", "child", "adult", "resident", "individual", "other",
    "civilian", "citizen", "inhabitant", "marcher", "protester", "protestor", "demonstrator",
    "participant", "spectator", "death", "victim", "casualty", "fatality", "body", "soul",
    "life", "passenger", "pedestrian", "attendee", "voter", "refugee", "migrant", "evacuee",
    "survivor", "boy", "girl", "kid", "baby", "infant", "teenager", "youngster", "elderly",
    "visitor", "tourist", "resident", "local", "villager", "occupant", "customer",
}


def _is_rate_unit(c: _M) -> bool:
    """Percentages, points and fractions: 'lost 190 points' is a change, 'lost 500 jobs' a
    count."""
    if c.fraction:
        return True  # "cut spending by a fifth", "lost half its value"
    if not c.unit_names or c.currency_prefix:
        return False
    n = c.unit_names[0]
    return U.unit_info(n).kind in ("percentage", "percentage_point") or n == "point"


_LEVEL_VERBS = {"be", "end", "close", "finish", "trade", "open", "remain", "stay", "trend", "move",
                "tick", "edge", "inch", "come", "go", "sit", "settle", "last", "was", "were", "is",
                "are", "been"}


# things whose price moves: their losses in money are changes of a level
_PRICED = {"share", "stock", "price", "index", "future", "contract", "currency", "dollar", "euro",
           "pound", "yen", "yuan", "gold", "silver", "oil", "crude", "bitcoin", "ether", "bond",
           "yield", "rate", "value", "valuation", "cap", "capitalisation", "capitalization"}


def _change_of(doc: "Doc", c: _M, tok: "Token", offset: int) -> tuple[str, bool] | None:
    """('up'|'down', named_by_noun) when the number is the amount of a change, None when it
    is a level. A change named by a verb ("rose 6%") or an adverb ("up 6%") has
    ``named_by_noun`` False; "a 6% rise" or "a drop of 3%" has it True."""
    before = doc.text[max(0, c.start - offset - 30):c.start - offset].lower()
    mention = doc.text[c.start - offset:c.end - offset]
    if re.search(r"\w[-‐][A-Za-z]+$", mention) and re.match(r"^\s+[a-z]", doc.text[c.end - offset:]):
        return None  # "collapsing the 1.6-mile span": a measure modifying a noun
    if re.search(r"\bplus\s+or\s+minus\s*$|±\s*$", before):
        return None  # a tolerance: "plus or minus 2%"
    if re.search(r"\b(?:among\s+(?:them|whom)|including|of\s+whom|of\s+them)\s*$", before):
        return None  # "has risen to 12 dead, among them two children": a part of a level
    if re.search(r"\b(?:instead\s+of|rather\s+than|compared\s+(?:with|to)|versus|vs\.?|"
                 r"against)\s+(?:(?:the|a|an|its|their|his|her)\s+)?$", before):
        return None  # "doubling it to 256GB instead of the 128GB": the other level compared
    # a level: "to $94.93 billion", "at 27,349", "from X"
    if re.search(r"\b(?:to|at|from|of|reach(?:ed|ing)?|hit|totall?ing|total)\s*$", before):
        if re.search(r"\b(?:to|at|from|reach(?:ed|ing)?|hit|totall?ing|total)\s*$", before):
            return None
    prev = tok.nbor(-1) if tok.i > 0 else None
    while prev is not None and prev.i > 0 and (prev.like_num is False and prev.lower_ in
                                               _PRE_Q_WORDS) and not (
            prev.lower_ in ("up", "down") and prev.nbor(1).lower_ != "to"):
        prev = prev.nbor(-1)
    if prev is not None and prev.lower_ in ("up", "down") and prev.i > 0:
        pv = doc[prev.i - 1]
        if pv.pos_ == "VERB" and _verb_base(pv.text) not in _LEVEL_VERBS and pv.lemma_ not in _LEVEL_VERBS:
            prev = None  # "gave up 517 yards", "shot down 201"
        elif _after_a_depth(prev):
            prev = None  # "lies 12,500 feet down some 370 miles": how deep, and then how far
    if prev is not None and (prev.dep_ != "prt" or prev.lower_ in ("up", "down")):
        if re.search(r"\b(?:up|higher|plus)\s*$", before):
            return "up", False
        if re.search(r"\b(?:down|lower|off|minus)\s*$", before):
            return "down", False
    # the number (or the noun of its unit) as the measure of a change verb:
    # "rose 6%", "fell 3 points", "increased by 18 degrees", "cut 500 jobs" is not a change
    t = tok
    for _ in range(3):
        if t.dep_ in ("nummod", "quantmod", "compound", "nmod") and t.head.i > t.i and \
                t.head.pos_ in ("NOUN", "PROPN", "NUM", "SYM", "X"):
            t = t.head
        else:
            break
    if c.counted_hint is None and (c.unit_names or c.currency_prefix) is None:
        pass
    h = t.head
    if t.dep_ == "pobj" and h.lower_ == "by" and h.head is not h:
        t, h = h, h.head
    elif t.dep_ == "pobj":
        # "a drop of 3%", "an increase of 2 points": the amount of a change noun
        if h.lower_ == "of" and h.head is not h and h.head.lemma_.lower() in UP_NOUNS | DOWN_NOUNS \
                and h.head.i < h.i and _is_rate_unit(c):
            return ("up" if h.head.lemma_.lower() in UP_NOUNS else "down"), True
        return None
    # "a 6% increase", "a 4.8% decline": the number modifies a change noun
    if t.i != tok.i and t.lemma_.lower() in UP_NOUNS | DOWN_NOUNS and _is_rate_unit(c):
        return ("up" if t.lemma_.lower() in UP_NOUNS else "down"), True
    if t.i + 1 < len(doc) and t.head.i > t.i and t.head.lemma_.lower() in UP_NOUNS | DOWN_NOUNS and \
            t.head.i <= t.i + 2 and _is_rate_unit(c):
        return ("up" if t.head.lemma_.lower() in UP_NOUNS else "down"), True
    if t.dep_ == "conj" and h.pos_ in ("VERB", "AUX") and _level_before(h, t):
        return None  # "the toll climbed to 1,941 on 17 August and 2,189 on 18 August"
    if t.dep_ in ("dobj", "npadvmod", "advmod", "obj", "attr", "oprd", "prep", "nmod", "dep", "agent",
                  "acomp", "conj", "appos", "xcomp", "ccomp", "nsubj") and h.i < t.i:
        lem = _verb_base(h.text) if h.pos_ == "VERB" else h.lemma_.lower()
        if h.pos_ == "VERB" and h.lower_.startswith(("down", "up")):
            return None  # "downed 268 drones" (shot down), "upped" is rare
        if lem in ("edge", "beat", "top", "outpace") and any(
                ch.dep_ in ("dobj", "obj") and ch.pos_ in ("PROPN", "PRON") for ch in h.children):
            return None  # "edging Thompson by 0.005 seconds": beating someone, not a change
        if h.pos_ == "VERB" and t.lower_ == "by" and lem not in UP_VERBS | DOWN_VERBS:
            # "revised upward by Y=40 billion", "marked down by 2 points": the adverb names
            # the direction of a verb that has none
            for ch in h.children:
                if ch.dep_ in ("advmod", "prt") and ch.i < t.i:
                    if ch.lower_ in ("up", "upward", "upwards", "higher"):
                        return "up", False
                    if ch.lower_ in ("down", "downward", "downwards", "lower"):
                        return "down", False
        if h.pos_ == "ADV" and lem in ("up", "down") and _after_a_depth(h):
            return None  # "which lies 12,500 feet down some 370 miles": how deep, then how far
        if h.pos_ in ("VERB", "AUX") or (h.pos_ == "ADV" and lem in ("up", "down")):
            # "added 15 sen to RM2.70", "cut the forecast by $1bn to $10bn": an amount in a unit
            # followed by the level it moved to is the size of a move
            moved_to = bool((c.unit_names or c.currency_prefix) and re.match(
                r"\s*,?\s*to\s+\S{0,4}\d", doc.text[c.end - offset:c.end - offset + 20]))
            if lem in UP_VERBS and lem not in ("add", "raise", "boost", "top") or \
                    (lem in ("add", "raise", "boost") and (c.unit_names or c.currency_prefix)
                     and (_is_rate_unit(c) or moved_to)):
                return "up", False
            if lem in DOWN_VERBS and lem not in ("cut", "lose", "shed", "reduce", "slash", "trim") or \
                    (lem in ("cut", "lose", "shed", "reduce", "slash", "trim") and
                     (_is_rate_unit(c) or moved_to or (c.unit_names and not c.currency_prefix and U.unit_info(
                         c.unit_names[0]).kind == "dimension") or (
                         (c.currency_prefix or (c.unit_names and U.unit_info(
                             c.unit_names[0]).kind == "currency")) and
                         any(sb.lemma_.lower() in _PRICED for sb in _subject_of(h))))):
                # "the shares lost $1.20", "cut rates by 0.25 points", "Greenland loses 286
                # gigatonnes of ice a year": a move; "Boeing lost $23 million", "reduce costs
                # by $10 billion": an amount of money lost or saved
                return "down", False
    return None


def _level_before(verb: "Token", t: "Token") -> bool:
    """The verb a figure is coordinated with has already reached a level ("climbed to 1,941
    ... and 2,189", "rose to $15 in May and $18 in June"), and no size of a change: the
    figure after "and" is a level too, its "to" left out."""
    def numeric(x: "Token") -> bool:
        return x.like_num or any(ch.isdigit() for ch in x.text) or any(
            g.like_num for g in x.children)
    before = [ch for ch in verb.children if ch.i < t.i]
    if any(ch.dep_ in ("npadvmod", "dobj", "obj", "advmod") and numeric(ch) for ch in before):
        return False  # "rose 5% to $10bn in May and 7% in June": sizes of changes
    return any(ch.dep_ == "prep" and ch.lower_ in ("to", "at") and any(
        g.dep_ == "pobj" and numeric(g) for g in ch.children) for ch in before)


_MORE_COMPARATIVES = {"higher", "more", "slower", "longer", "later", "bigger", "larger",
                      "heavier", "taller", "deeper", "wider", "warmer", "hotter", "dearer"}
_COMPARATIVES = ("quicker|faster|slower|longer|shorter|earlier|later|bigger|smaller|larger|"
                 "heavier|lighter|cheaper|dearer|taller|deeper|shallower|wider|warmer|colder|"
                 "hotter|cooler")


def _change_of_syntax_free(text: str, c: _M, kind: str) -> tuple[str, bool] | None:
    """A signed percentage ("FTSE -0.6%", "+2.1 pc") is a change; so is a rate before a change
    noun ("a 6% increase year over year", "a sharp 3 percent drop")."""
    m = re.match(r"^\s+(?:[a-z]+\s+)?(fewer|less|lower|higher|more|" + _COMPARATIVES +
                 r")\s+than\s+(?:in|last|the|a|its|their|his|her|at|on|(?:19|20)\d\d)\b",
                 text[c.end:c.end + 40])
    if m and kind not in ("percentage", "percentage_point") and not _is_rate_unit(c) and \
            not re.search(r"\b(?:than|of|at|to)\s*$", text[max(0, c.start - 12):c.start]):
        # "63 fewer than in 2019", "more than a minute quicker than his previous best": a
        # difference, named by a comparative as a noun would name it (a level figure with its
        # direction)
        return ("up" if m.group(1) in _MORE_COMPARATIVES else "down"), True
    if kind in ("percentage", "percentage_point") or _is_rate_unit(c):
        m = re.match(r"^\s+(lower|higher|down|up)\s+(?:than|from|on)\b", text[c.end:c.end + 20])
        if m:  # "3% higher than": an adverb of the level, as a verb would say it
            return ("up" if m.group(1) in ("higher", "up") else "down"), False
        m = re.match(r"^[\s-]+(?:(?:year-on-year|year-over-year|annual|yearly|monthly|quarterly|"
                     r"weekly|daily)\s+)?([a-z]+)\b", text[c.end:c.end + 40])
        if m and re.search(r"\b(?:an?|the|its|their|his|her)\s+(?:\w+\s+)?$",
                           text[max(0, c.start - 30):c.start], re.I):
            w = _singular(m.group(1))
            if w in UP_NOUNS:
                return "up", True
            if w in DOWN_NOUNS:
                return "down", True
    if kind in ("percentage", "percentage_point") and c.start < len(text) and \
            text[c.start] in "+-\u2212" and c.low is None:
        return ("up" if text[c.start] == "+" else "down"), False
    return None


_FOR_RATIO = re.compile(r"\b(\d+|[a-z]+)-for-(\d+|[a-z]+)\b", re.I)


def _for_ratios(text: str, out: list[Quantity]) -> list[Quantity]:
    """"A ten-for-one stock split", "a 3-for-2 split": one ratio (10, 1.5), not a count of
    "fors"."""
    from .numbers import parse_digits, parse_words

    for m in _FOR_RATIO.finditer(text):
        x = parse_digits(m.group(1)) if m.group(1)[0].isdigit() else parse_words(m.group(1).lower())
        y = parse_digits(m.group(2)) if m.group(2)[0].isdigit() else parse_words(m.group(2).lower())
        if not x or not y:
            continue
        out = [q for q in out if q.end <= m.start() or q.start >= m.end()]
        nxt = re.match(r"\s*([A-Za-z]+(?:\s+[A-Za-z]+)?)", text[m.end():m.end() + 30])
        out.append(Quantity(start=m.start(), end=m.end(), text=m.group(0), value=x / y,
                            unit="ratio", unit_kind="dimensionless", precision=0.01,
                            concept=nxt.group(1) if nxt else ""))
    return sorted(out, key=lambda q: q.start)


_AMOUNT_AFTER_FRACTION = re.compile(r"an?\s+(?:hundred|thousand|million|billion|trillion)\b", re.I)


def _fractions_of_amounts(text: str, out: list[Quantity]) -> list[Quantity]:
    """"A third of a billion dollars", "a quarter of a million people": one amount, the
    fraction times the round amount after it (its unit and counted noun)."""
    merged: list[Quantity] = []
    i = 0
    while i < len(out):
        a = out[i]
        b = out[i + 1] if i + 1 < len(out) else None
        if b is not None and a.fraction and re.fullmatch(r"\s+of\s+", text[a.end:b.start]) and \
                _AMOUNT_AFTER_FRACTION.match(b.text):
            f = a.value
            upd = {
                "start": a.start, "text": text[a.start:b.end], "value": f * b.value,
                "low": a.low * b.value if a.low is not None else None,
                "high": a.high * b.value if a.high is not None else None,
                "qualifier": a.qualifier if a.qualifier != "=" else b.qualifier,
                "approximate": a.approximate or b.approximate,
                "precision": b.value / 10,
            }
            if b.si_value is not None:
                upd["si_value"] = f * b.si_value
                upd["si_low"] = f * b.si_value if upd["low"] is not None else None
                upd["si_high"] = f * b.si_value if upd["high"] is not None else None
            merged.append(b.model_copy(update=upd))
            i += 2
            continue
        merged.append(a)
        i += 1
    return merged


def _is_age_apposition(doc: "Doc", tok: "Token") -> bool:
    """'Maddon, 66, has ...': a bare number between commas after a person's name is an age."""
    if tok.i < 2 or tok.i + 1 >= len(doc):
        return False
    k = tok.i - 1
    if doc[k].lower_ in ("then", "now", "aged") and k >= 2:
        k -= 1  # "Eliud Kipchoge, then 34, ran", "the driver, now 61,"
    prev = doc[k - 1]
    return doc[k].text == "," and doc[tok.i + 1].text in (",", ")") and \
        (prev.ent_type_ == "PERSON" or prev.pos_ == "PROPN" and prev.text[:1].isupper() or
         prev.pos_ == "NOUN" and (prev.lemma_.lower() in PERSON_NOUNS | _ROLE_NOUNS or
                                  _LEMMA_FIX.get(prev.lower_) in PERSON_NOUNS))


# people named by their role: "the driver, 43, was ..."
_ROLE_NOUNS = {"driver", "suspect", "mother", "father", "son", "daughter", "wife", "husband",
               "brother", "sister", "officer", "soldier", "student", "teacher", "nurse", "doctor",
               "worker", "owner", "player", "singer", "actor", "actress", "footballer", "author",
               "pilot", "grandmother", "grandfather", "friend", "partner", "defendant", "patient",
               "farmer", "pensioner", "mum", "dad", "businessman", "businesswoman", "neighbour",
               "neighbor", "gunman", "attacker", "climber", "swimmer", "cyclist", "motorcyclist",
               "toddler", "teen", "youth", "pupil", "schoolboy", "schoolgirl", "pedestrian",
               "passenger", "victim", "man", "woman", "boy", "girl", "child", "baby", "infant",
               "grandson", "granddaughter", "niece", "nephew", "cousin", "uncle", "aunt",
               # and by their office: "The former president, 68, spoke"
               "president", "minister", "leader", "governor", "mayor", "senator", "chancellor",
               "premier", "chairman", "chairwoman", "founder", "coach", "manager", "king",
               "queen", "pope", "candidate", "lawmaker", "politician", "executive",
               "spokesman", "spokeswoman", "runner", "athlete", "champion"}
_AGE_BEFORE = re.compile(
    r"(?:\bturn(?:s|ed|ing)?|\bas\s+(?:young|old)\s+as|\blife\s+expectancy\b[^.;\d]{0,40}?|"
    r"\b(?:the\s+)?(?:oldest|youngest)(?:\s+(?:victim|survivor|person|patient|player|member|"
    r"competitor|candidate|winner|one|child|resident|passenger)s?)?(?:\s+(?:was|is|being|were))?|"
    r"\b(?:he|she|who|i)\s+(?:is|was|'s|’s|will\s+be|would\s+be|'ll\s+be|had\s+been|has\s+been)"
    r"(?:\s+(?:only|just|now|still|already))?)"
    r"\s+(?:about|around|nearly|almost|just|only|roughly|over|under)?\s*$", re.I)
_AGE_AFTER = re.compile(r"^\s*(?:[,.;:)!?]|$|(?:by|in|on|when|next|this|last|at|and|but|or|"
                        r"before|after|years?|were|was|are|is|have|has|had|will|would|can|"
                        r"could|who|died)\b)", re.I)


def _is_age_by_context(text: str, c: _M) -> bool:
    """'she turned 40', 'he will be 35 by then', 'who is 62', 'as young as 12',
    'life expectancy is around 73': a bare whole number that is someone's age."""
    before = text[max(0, c.start - 60):c.start]
    if re.search(r"\blife\s+expectancy\b[^.;\d]{0,40}?\b(?:is|was|of|at|to|reached|rose|fell|"
                 r"stands?|stood)\s+(?:about\s+|around\s+|nearly\s+|almost\s+|just\s+|only\s+)?$",
                 before, re.I) and not re.match(r"^\s*(?:%|per\s*cent|percent|months?|days?|weeks?)\b",
                                               text[c.end:c.end + 12], re.I):
        return True
    if re.search(r"(?:^|[.!?]\s+|\n)\s*At\s+$", before) and re.match(
            r"^,\s+(?:he|she|they|[A-Z][a-z]+)\b", text[c.end:c.end + 20]) and 10 <= c.value <= 110:
        return True  # "At 24, he already has two Olympic titles"
    return bool(_AGE_BEFORE.search(before) and _AGE_AFTER.match(text[c.end:c.end + 12]))


_INDEX_NAME = re.compile(r"(?:\bs\s?&\s?p|\bs\s?p|\bnasdaq|\bftse|\bnikkei|\bdax|\bcac|\bstoxx|"
                         r"\brussell|\bhang\s+seng|\basx|\bnifty|\bkospi|\bdow\s+jones\s+"
                         r"(?:industrial\s+)?(?:average\s+)?)\s?(?:composite\s+)?$", re.I)
_AIRCRAFT_BEFORE = re.compile(r"\b(?:boeing|airbus\s+a|embraer|bombardier)(?:'?s)?\s+(?:own\s+)?$", re.I)
_STREET_AFTER = re.compile(
    r"^\s+(?:[NSEW]\.?\s+)?(?:(?:\d+(?:st|nd|rd|th)|[A-Z][a-z]+)\s+){1,3}(?:St|Street|Rd|Road|"
    r"Ave|Avenue|Lane|Ln|Drive|Dr|Blvd|Boulevard|Way|Place|Pl|Court|Ct|Terrace|Crescent|Close|"
    r"Square|Sq)\b\.?")


# continental addresses name the street type first: "22 Ave Foch", "10 Rue de Rivoli"
_STREET_TYPE_FIRST = re.compile(
    r"^\s+(?:Ave|Av|Avenue|Rue|Boulevard|Bd|Blvd|Via|Viale|Calle|Avenida|Rua|Piazza|Plaza|Place|"
    r"Straße|Strasse|Quai|Allée|Chaussée)\.?\s+(?:(?:de|du|des|la|le|del|della|di|da|do|dos|"
    r"der|von)\s+)?[A-Z]")


def _c_txt(doc: "Doc", c: _M) -> str:
    return doc.text[c.core_start:c.core_end]


#: "... and the DPP ": a coordinated name that may own a gapped figure
_GAPPED_OWNER = re.compile(r"(?:(?:,\s*|\s)(?:and|or|while|but|whereas)\s+|,\s+)(?:the\s+)?"
                           r"(?:[A-Z][\w'’.&-]*\s+){1,4}$")


def _is_name_number(doc: "Doc", tok: "Token", c: _M) -> bool:
    """'S&P 500', 'iPhone 14 Pro', 'Apple Watch 5', 'Planet 9': a number that is part of a name."""
    if c.low is None and not c.unit_names and not c.is_word and \
            _INDEX_NAME.search(doc.text[max(0, c.core_start - 25):c.core_start]):
        return True  # "the sp 500 was down", "nasdaq 100 futures"
    if c.unit_names or c.currency_prefix or c.counted_hint or c.is_word:
        return False
    before = doc.text[max(0, c.start - 25):c.start]
    after = doc.text[c.end:c.end + 40]
    if c.low is None and _INDEX_NAME.search(before):
        return True
    if re.search(r"[\"“][A-Z][^\"“”]{0,40}\s$", doc.text[max(0, c.start - 45):c.start]) and \
            re.match(r"^[,.;:!?]?[\"”]", after) and c.value == int(c.value) and c.value < 100:
        return True  # '"Inside Out 2"', '"Rocky 4"': the number closes a quoted title
    if _AIRCRAFT_BEFORE.search(before) or re.match(r"^\s*(?:max|dreamliner|neo|jumbo)\b", after,
                                                    re.I) and re.fullmatch(r"7[0-8]7", _c_txt(doc, c)):
        return True  # "Boeing 737", "two new 737 Max jets", "its 787 Dreamliner"
    if re.fullmatch(r"7[0-8]7", _c_txt(doc, c)) and re.search(r"\bBoeing\b", doc.text) and re.match(
            r"^\s*(?:jets?|planes?|aircraft|airliners?|output|production|program(?:me)?|family|"
            r"line|fleet|model|deliveries|crisis|grounding)\b", after, re.I):
        return True  # "Boeing ... to raise 737 output"
    if re.search(r"\b7[0-8]7\s*(?:MAX|Max|max)\s*$", before):
        return True  # "737 MAX 9": a variant
    if (_STREET_AFTER.match(after) or _STREET_TYPE_FIRST.match(after)) and \
            c.value == int(c.value) and c.low is None:
        return True  # "9 E 71st St", "49 Zorro Ranch Road": a street address
    if tok.i == 0:
        return False
    g = _GAPPED_OWNER.search(before)
    if g and re.match(r"^\s*(?:[,.;:(]|$|(?:and|or)\s+(?:the\s+)?[A-Z])", after) and re.search(
            r"\d[\d,.]*\s+[a-z]", doc.text[tok.sent.start_char:c.start - len(g.group(0))]):
        # "the KMT won 52 seats and the DPP 51", "the AfD 152 seats, the SPD 120, the Greens
        # 85 and the Left 64": the name owns a figure whose verb and noun are left out, as
        # the figure before it says (a label, "Apollo 11", is kept out before this)
        return False
    prev = doc[tok.i - 1]
    if "." in tok.text and 0 < c.value < 10 and any(
            m.end() == prev.idx + len(prev.text) for m in _QUAKE_AGENCY.finditer(doc.text)):
        return False  # "..., and the China Earthquake Networks Center 8.1": a rival reading
    if prev.text == "(" and tok.i >= 2 and doc[tok.i - 2].pos_ == "PROPN" and "." not in tok.text and \
            tok.i + 1 < len(doc) and doc[tok.i + 1].text == ")":
        return True  # "Dak Prescott (4)": a shirt number
    if prev.pos_ == "PROPN" or (prev.text[:1].isupper() and prev.pos_ in ("NOUN", "X") and prev.i > 0) \
            or (re.fullmatch(r"[a-z]+[A-Z]\w*", prev.text) is not None) \
            or prev.text in ("&", "/"):
        # the number attaches to the name (compound/nummod/appos) or the name continues after it
        nxt = doc[tok.i + 1] if tok.i + 1 < len(doc) else None
        if tok.head.i == prev.i or tok.head.pos_ == "PROPN" or \
                (nxt is not None and nxt.text[:1].isupper() and nxt.text.isalpha()) or \
                tok.dep_ in ("appos", "npadvmod", "compound", "nummod", "ROOT", "dep", "conj") \
                and tok.head.pos_ in ("PROPN",):
            return True
        if nxt is None or nxt.is_punct or nxt.pos_ in ("VERB", "AUX", "ADP", "CCONJ", "PART"):
            return True
    return False


def _subject_of(verb: "Token") -> list["Token"]:
    """Subject nouns of a verb, climbing through xcomp/advcl/conj and relative clauses."""
    v = verb
    for _ in range(4):
        subs = [ch for ch in v.children if ch.dep_ in ("nsubj", "nsubjpass", "expl") and ch.dep_ != "expl"]
        for sb in subs:
            if sb.lower_ in ("which", "that", "who", "whom") and v.dep_ == "relcl":
                return [v.head]
            if sb.pos_ == "PRON" and v.dep_ == "relcl":
                return [v.head]
            return [sb]
        if v.dep_ == "relcl" or v.dep_ == "acl":
            return [v.head]
        if v.dep_ in ("xcomp", "advcl", "conj", "ccomp", "pcomp") and v.head is not v:
            v = v.head
            if v.pos_ not in ("VERB", "AUX"):
                v = _governing_verb(v) or v
            continue
        break
    return []


def _concept(doc: "Doc", anchor: "Token", counted: "Token | None", verb: "Token | None",
             span: tuple[int, int] | None = None) -> str:
    """A short phrase for what is counted or measured: the noun, its verb, subject, objects."""
    groups: list[list["Token"]] = []
    if counted is not None:
        groups.append(_noun_phrase(counted))
    # the noun the quantity describes ("a 25% duty", "market worth over 2 billion")
    h = anchor
    for _ in range(4):
        if h.head is h:
            break
        prev = h
        h = h.head
        if h.pos_ in ("NOUN", "PROPN") and h is not counted and not (span and span[0] <= h.idx < span[1]):
            groups.append(_noun_phrase(h))
            break
        if h.pos_ in ("VERB", "AUX"):
            break
        del prev
    # "78 per cent of the deal", "275 pound-feet of torque"
    base = counted if counted is not None else anchor
    for t in [base] + [t for t in doc[base.i:min(len(doc), base.i + 4)]]:
        for ch in t.children:
            if ch.dep_ == "prep" and ch.lower_ == "of" and ch.i > base.i:
                for g in ch.children:
                    if g.dep_ == "pobj" and g.pos_ in ("NOUN", "PROPN"):
                        groups.append(_noun_phrase(g))
        if len(groups) > 2:
            break
    if verb is not None:
        got_subject = False
        for sb in _subject_of(verb):
            if _unit_of_a_figure(sb):
                # "The 1,025kg (2,260lb) rover entered ...": the thing measured, not the unit
                sb = next((ch for ch in sb.children if ch.dep_ == "appos" and ch.pos_ in (
                    "NOUN", "PROPN") and not _unit_of_a_figure(ch)), sb)
            if sb.pos_ in ("NOUN", "PROPN"):
                groups.append(_noun_phrase(sb))
                got_subject = True
                # "The target, a moonlet called Dimorphos, is about 560 feet wide": the
                # subject's other name says what is measured
                for ap in sb.children:
                    if ap.dep_ == "appos" and ap.pos_ in ("NOUN", "PROPN") and \
                            not any(t.like_num for t in ap.subtree):
                        groups.append([t for t in ap.subtree if t.pos_ == "PROPN"][:3] or
                                      _noun_phrase(ap))
            else:
                # "Each of Whinstone's buildings", "some of the shares"
                for pp in sb.children:
                    if pp.dep_ == "prep" and pp.lower_ == "of":
                        for g in pp.children:
                            if g.dep_ == "pobj" and g.pos_ in ("NOUN", "PROPN"):
                                groups.append(_noun_phrase(g))
                                got_subject = True
        if not got_subject:
            # parser missed the subject: the last noun before the verb in its sentence
            for t in reversed(doc[verb.sent.start:verb.i]):
                if t.pos_ in ("NOUN", "PROPN") or (t.text[:1].isupper() and t.i > verb.sent.start
                                                   and t.is_alpha):
                    groups.append(_noun_phrase(t) if t.pos_ in ("NOUN", "PROPN") else [t])
                    break
        if verb.lemma_ != "be":
            groups.append([verb] + [ch for ch in verb.children if ch.dep_ == "prt"])
        for ch in verb.children:
            if ch.dep_ in ("dobj", "attr") and ch.i != anchor.i and not ch.like_num and \
                    ch.pos_ in ("NOUN", "PROPN") and ch is not counted:
                groups.append(_noun_phrase(ch))
            elif ch.dep_ == "agent":
                for g in ch.children:
                    if g.dep_ == "pobj":
                        groups.append(_noun_phrase(g))
        for ch in verb.children:
            if ch.dep_ == "prep" and ch.lower_ in ("on", "at", "in", "into", "against", "for",
                                                    "from", "to") and ch.i > anchor.i:
                for g in ch.children:
                    if g.dep_ == "pobj" and g.pos_ in ("NOUN", "PROPN") and not g.like_num:
                        groups.append([ch] + _noun_phrase(g, 2))
                        break
                break
    seen: set[int] = set()
    words: list["Token"] = []
    for grp in groups:
        for t in grp:
            name_num = t.like_num and t.dep_ in ("compound", "nummod", "appos") and t.head.pos_ == "PROPN" \
                and t.i > 0 and doc[t.i - 1].pos_ == "PROPN" and t.head is not anchor \
                and not _MONTH_WORD.fullmatch(t.head.text)
            if t.i in seen or (t.like_num and not name_num) or (t.is_stop and t.dep_ != "prep") or \
                    _in_a_date(t) or \
                    not t.text[:1].isalnum() or (span is not None and span[0] <= t.idx < span[1]):
                continue
            if t.dep_ == "prep" and t is grp[0] and len(grp) == 1:
                continue
            seen.add(t.i)
            words.append(t)
    return " ".join(t.text for t in words[:12])[:120]


# ---------------------------------------------------------------------------------------
# public


_AGE_DECADE = re.compile(r"\bin\s+(?:his|her|their|its|my|your|our)\s+(?:(early|mid|late)[-\s]?)?"
                         r"((?:[1-9]0)|(?:twent|thirt|fort|fift|sixt|sevent|eight|ninet)ie)s\b", re.I)
_DECADE_WORDS = {"twentie": 20, "thirtie": 30, "fortie": 40, "fiftie": 50, "sixtie": 60,
                 "seventie": 70, "eightie": 80, "ninetie": 90}


def _age_decades(text: str) -> list[_M]:
    """'a man in his 40s', 'in her late twenties': an age range (40-49, 27-29)."""
    out = []
    for m in _AGE_DECADE.finditer(text):
        d = m.group(2).lower()
        base = _DECADE_WORDS[d] if d in _DECADE_WORDS else int(d)
        lo, hi = {"early": (0, 3), "mid": (4, 6), "late": (7, 9)}.get((m.group(1) or "").lower(),
                                                                      (0, 9))
        c = _M(m.start(), m.end(), m.start(2), m.end(2), float(base + lo), 1.0)
        c.low, c.high = float(base + lo), float(base + hi)
        c.unit_names, c.unit_surface = ("year of age",), m.group(2)
        out.append(c)
    return out


_TEMP_DECADE = re.compile(
    r"\b(low|lower|mid|high|upper)[-\s]?([1-9]0)s\b(?:\s*(?:°\s*)?(?:degrees?\s+)?"
    r"(Fahrenheit|Celsius|F|C)\b)?", re.I)
_TEMP_UNIT_IN = re.compile(r"\d\s*°?\s*(F|C)\b|\bdegrees?\s+(Fahrenheit|Celsius)\b")


def _temperature_decades(text: str) -> list[_M]:
    """'temperatures in the low 50s Fahrenheit', 'around 67F ... into the mid-70s': a
    temperature range (50-53, 74-76), its scale named or given by another reading of the
    sentence; without either it is no temperature ('in his mid-30s' is an age)."""
    out = []
    for m in _TEMP_DECADE.finditer(text):
        if re.search(r"\b(?:his|her|their|its|my|your|our)\s+$", text[max(0, m.start() - 8):m.start()]):
            continue  # "in her mid-70s": an age
        scale = m.group(3)
        if scale is None:
            other = _TEMP_UNIT_IN.search(text)
            if other is None:
                continue
            scale = other.group(1) or other.group(2)
        unit = "degree fahrenheit" if scale[0] in "Ff" else "degree Celsius"
        base = int(m.group(2))
        lo, hi = {"low": (0, 3), "lower": (0, 3), "mid": (3, 7)}.get(m.group(1).lower(), (7, 9))
        c = _M(m.start(), m.end(), m.start(2), m.end(2), float(base + (lo + hi) / 2), 1.0)
        c.low, c.high = float(base + lo), float(base + hi)
        c.qualifier = "~"
        c.unit_names, c.unit_surface = (unit,), scale
        out.append(c)
    return out


def _mentions(text: str, sent_start: int = 0) -> list[_M]:
    clocks = _clock_durations(text, sent_start) + _age_decades(text) + _temperature_decades(text)
    ms = [c for c in _scan(text) if not any(k.start <= c.start < k.end for k in clocks)]
    keep = []
    for c in ms:
        _extend(text, c)
        if c.drop or _drop_reason(text, c, sent_start):
            continue
        keep.append(c)
    keep = sorted(keep + clocks, key=lambda c: c.start)
    # drop mentions swallowed by a previous one's unit ("5 ft 3 in" keeps both)
    dedup: list[_M] = []
    for c in keep:
        if dedup and c.start < dedup[-1].end and c.core_start < dedup[-1].end:
            continue
        dedup.append(c)
    ms = _merge_ranges(text, dedup)
    ms = _merge_durations(text, ms)
    for c in ms:
        _qualify(text, c, max(0, text.rfind("\n", 0, c.start) + 1))
    return ms


#: states of people a bare number may be followed by: "three dead", "five injured"
_CASUALTY_STATES = r"dead|injured|wounded|missing|hurt|killed"
_CASUALTY_AFTER = re.compile(r"\s+(?:" + _CASUALTY_STATES + r")\b")
#: "... three in Grenada, one in St. Vincent": a part of a count, named by its place
_PLACE_PART_AFTER = re.compile(r"\s+(?:in|on|at|from)\s+(?:the\s+)?[A-Z]")
#: what is said of people with no noun: "Six remain unaccounted for", "Two were pulled alive"
_PEOPLE_PREDICATE = re.compile(
    r"^\s+(?:were|was|are|remain|remained|have\s+been|had\s+been|are\s+still|were\s+still|"
    r"remain\s+still)\s+(?:still\s+)?(?:unaccounted|missing|pulled\s+(?:alive|out)|rescued|"
    r"killed|injured|wounded|hurt|dead|hospitali[sz]ed|evacuated|arrested|detained)\b", re.I)


def _word_number_ok(doc: "Doc", c: _M, tok: "Token", text: str) -> bool:
    """A number word is a quantity only with a unit or a counted noun (not 'one of the best')."""
    low = text[c.core_start:c.core_end].lower()
    after = text[c.core_end:c.core_end + 40]
    if _VEHICLE_KIND.match(after) or _TENOR.match(after):
        return False  # "three-wheeler drivers", "the two-year yield": a kind, not a count
    if low == "one" and re.match(r"^\s+(?:point|time|day|way|side|hand|thing)\b", after) and \
            re.search(r"\b(?:at|one|some|any|the|on|for)\s+$", text[max(0, c.core_start - 8):c.core_start], re.I):
        return False  # "at one point", "at one time", "one day", "on one hand"
    if low == "one" and re.match(r"^\s+(?:count|estimate|measure|account|reckoning|tally|"
                                 r"calculation)\b", after) and \
            re.search(r"\bby\s+$", text[max(0, c.core_start - 8):c.core_start], re.I):
        return False  # "300,000 people by one count": whose count, not a count of counts
    if low == "one" and re.match(r"^\s+day\s+(?:I|we|he|she|they|you|it|this|that|soon|,)(?!\w)", after):
        return False  # "I knew one day I would be ...": some day, not a duration
    if low == "one" and re.match(r"^\s+(?:[a-z][\w-]*\s+){1,2}(?:said|says|told|tells|added|adds|"
                                 r"wrote|writes|noted|notes|explained|recalled|commented|warned|"
                                 r"argued|admitted|conceded)\b", after):
        return False  # "one fund manager said": a source, not a count
    if c.fraction and re.search(r"(?:\b(?:the|a|an|its|their|his|her|our|this|that)\s+other|"
                                r"\b(?:first|second|third|fourth|final|last|opening|closing|latter|"
                                r"former|top|bottom|lower|upper|early|late|back|front|middle))\s+$",
                                text[max(0, c.core_start - 30):c.core_start], re.I):
        return False  # "the second half of the game", "the final third of the pitch": a part
    if c.unit_names or c.currency_prefix or c.counted_hint:
        return True
    if c.vague and re.match(r"^\s+(?:of\s+)?[a-z]", after):
        return True  # "a couple of hundred fans"
    if c.vague and re.fullmatch(r"(?:tens|dozens|hundreds)\s+of\s+\w+", low):
        return True  # "Hundreds of thousands, according to the state government"
    if c.vague and re.search(r"\b(?:in|into)\s+the\s+$", text[max(0, c.core_start - 10):c.core_start]):
        return True  # "the toll could run into the hundreds"
    if c.fraction and _BOUND_FRACTION.search(text[max(0, c.core_start - 30):c.core_end]):
        return True  # "a premium of almost a third"
    before = text[max(0, c.core_start - 160):c.core_start]
    if not c.fraction and (_TOLL_BEFORE.search(before) or _NUMBER_OF_BEFORE.search(before)):
        return True  # "the death toll rose to seven", "the number of dead stands at nine"
    if c.fraction and re.search(
            r"\bby\s+(?:(?:more|less|nearly|almost|about|around|roughly|over|under|just|some)\s+"
            r"(?:than\s+)?)?(?:(?:a|an|one)[\s-]+)?$", text[max(0, c.core_start - 40):c.core_start],
            re.I):
        return True  # "trimmed by more than a fifth"
    if c.fraction and " " in low.replace("-", " ") and not low.startswith("a "):
        return True
    if low in ("half", "a half"):
        return bool(re.match(r"^\s+(?:of|the|a|an|its|their)\b", after)) or bool(
            re.search(r"\bby\s+$", text[max(0, c.core_start - 5):c.core_start]))
    if low in ("one",):
        if SUPERLATIVE.match(after) or re.match(r"^\s+(?:another|day|time|way|point|thing|side|"
                                                  r"of\s+(?:them|us|you|those|these|which|"
                                                  r"whom|its|his|her|their|our))\b", after):
            if not re.match(r"^\s+of\s+(?:them|those|these)\b", after):
                return False
        if re.search(r"\b(?:the|this|that|each|every|any|no|which|only|someone|anyone|"
                     r"every)\s+$", text[max(0, c.core_start - 10):c.core_start], re.I):
            return False
    if re.match(r"^\s+of\b", after):
        return True
    if re.match(r"^\s+(?:" + _CASUALTY_STATES + r"|displaced|homeless)\b", after) \
            and low not in ("one",):
        return True  # "now reports three dead"
    if _PEOPLE_PREDICATE.match(after) and (tok.i == 0 or tok.nbor(-1).lower_ not in ("the", "of")):
        return True  # "Six remain unaccounted for", "Two were pulled alive from the water"
    if tok.dep_ in ("nummod", "quantmod") and tok.head.pos_ in ("NOUN", "PROPN") and tok.head.i > tok.i:
        return True
    nxt = tok.nbor(1) if tok.i + 1 < len(tok.doc) else None
    if nxt is not None and nxt.tag_ == "NNS" and nxt.idx == tok.idx + len(tok) + 1 and \
            low != "one" and tok.i == _tok_at(doc, c.core_end - 1).i:
        # "scored twice in the final and seven goals in the tournament": a number word right
        # before a plural noun counts it, however the parser hangs the two
        return True
    if tok.head.pos_ == "NUM" and tok.head.i != tok.i:
        return True
    if low.startswith(("no one", "nobody", "none")):
        return True
    return False


_MONEY_THING = re.compile(
    r"(?:notes?|coins?|fines?|fees?|tickets?|charges?|bills?|bets?|vouchers?|payments?|"
    r"prizes?|bonus(?:es)?|deals?|contracts?|budgets?|salar(?:y|ies)|wages?|rents?|prices?|"
    r"fares?|loans?|debts?|tax(?:es)?|grants?|subsid(?:y|ies)|investments?|schemes?|"
    r"packages?|funds?|programmes?|programs?|pay|rises?|increases?|cuts?|sales?|"
    r"transfers?|fortunes?|gifts?|donations?|pensions?|allowances?)\b", re.I)


def _weight_adjective(text: str, c: _M) -> bool:
    """'the 2,260-pound rover', 'a 300-pound bomb': a number joined to 'pound' by a hyphen
    in front of a thing is its weight, whatever money the sentence talks of; 'a ten-pound
    note', 'a 50-pound fine', 'a million-pound deal' stay money."""
    if not re.search(r"\d-pound$", text[c.start:c.end], re.I):
        return False
    m = re.match(r"\)?\s+(?:[a-z]+-)?([a-z]+)", text[c.end:c.end + 40], re.I)
    return bool(m) and not _MONEY_THING.match(m.group(1))


def _subject_of_next_clause(noun: "Token", text: str, end: int) -> bool:
    """'the death toll rose to 15 and regional officials said 36,000 people had fled': the
    noun after 'and' opens the next clause (it has a verb of its own), so it is not what the
    number before 'and' counts."""
    doc = noun.doc
    if not re.match(r"\s+and\s+(?:[a-z-]+\s+){0,2}$", text[end:noun.idx]):
        return False
    nxt = doc[noun.i + 1] if noun.i + 1 < len(doc) else None
    return nxt is not None and nxt.tag_ in ("VBD", "VBZ", "VBP", "MD")


def _window(text: str, c: _M, width: int = 80) -> str:
    """Context centred on a mention (padded so the mention sits in the middle)."""
    left = text[max(0, c.start - width):c.start].rjust(width)
    return left + text[c.start:c.end] + text[c.end:c.end + width].ljust(width)


_MEASURE_LEVEL = (r"(?:\b(?:to|at|of|above|past|beyond|reach(?:ed|es|ing)?|hit|hits|exceed(?:ed|s|ing)?|top(?:ped|s|ping)?|"
                  r"pass(?:ed|es|ing)?|surpass(?:ed|es|ing)?|st(?:ood|ands?)|is|was|now|"
                  r"clos(?:e|er|ing)\s+to)\s+)(?:(?:at\s+least|more\s+than|over|nearly|almost|about|"
                  r"around|some|roughly|an\s+estimated|close\s+to)\s+)?$")
_TOLL_BEFORE = re.compile(r"\b((?:death|casualty|fatality|injury|human)\s+)?toll\b(?:[^.;:!?\d]|\d(?:[\d.-]*\d)?[-\s]?(?:magnitude|quake|earthquake|aftershock|tremor)|\.(?=\d)|\d){0,110}?"
                          + _MEASURE_LEVEL, re.I)
_NUMBER_OF_BEFORE = re.compile(r"\b(?:number|count|tally|total|list)\s+of\s+(?:the\s+|confirmed\s+|"
                               r"reported\s+)?([a-z]+)\b[^.;:!?\d]{0,90}?" + _MEASURE_LEVEL, re.I)


#: a body of people sized by the figure: "Twitter's staff of roughly 7,500" (a population is
#: left alone: "a population of 1.3 million" now and "1.4 million residents before the war")
_BODY_OF_BEFORE = re.compile(r"\b(staff|workforce|headcount|payroll)\s+of\s+(?:(?:about|"
                             r"around|some|nearly|almost|roughly|approximately|more\s+than|over|"
                             r"just\s+over|just\s+under|at\s+least|fewer\s+than|less\s+than|"
                             r"under)\s+)?$", re.I)


def _counted_by_measure_noun(text: str, doc: "Doc", c: _M) -> tuple[str | None, str]:
    """A bare number that measures a noun named earlier in its clause: 'the death toll from the
    quake has risen to 2,719' (people; the concept keeps 'death toll'), 'the number of
    structures destroyed ... at 2,207' (structure)."""
    if c.low is not None or c.fraction or c.value < 1:
        return None, ""
    before = text[max(0, c.start - 140):c.start]
    after = text[c.end:c.end + 12]
    if re.match(r"^\s*(?:%|per\s*cent|percent|times|-)", after, re.I):
        return None, ""
    m = _BODY_OF_BEFORE.search(before)
    if m:
        return "employee", ""
    m = _NUMBER_OF_BEFORE.search(before)
    if m:
        t = _tok_at(doc, max(0, c.start - 140) + m.start(1))
        if t is not None and t.lower_ in _PEOPLE_ADJ_NOUNS:
            return "person", ""  # "the number of dead there had risen to 11"
        if t is not None and t.pos_ in ("NOUN", "PROPN") and not t.like_num:
            for _ in range(3):
                # "its count of storm-related deaths": the head of the noun phrase counts
                if t.dep_ in ("compound", "npadvmod", "amod", "nmod") and t.head.i > t.i and \
                        t.head.i - t.i <= 3 and t.head.pos_ in ("NOUN", "ADJ", "VERB"):
                    t = t.head
                else:
                    break
            while t.pos_ != "NOUN" and t.head.i > t.i and t.head.i - t.i <= 2:
                t = t.head
            noun = _unit_of_noun(t)
            return ("person" if noun in PERSON_NOUNS else noun), ""
    m = _TOLL_BEFORE.search(before)
    if m:
        return "person", ((m.group(1) or "").strip().lower() + " toll").strip()
    m = _MOVED_TO_BEFORE.search(before)
    if m:
        # "The surge took Netflix's paid memberships to 301.63 million": the plural the verb
        # carried to the figure
        t = _tok_at(doc, max(0, c.start - 140) + m.start(1))
        if t is not None and t.pos_ == "NOUN" and t.tag_ == "NNS" and t.lower_ not in (
                "prices", "rates", "levels", "yields", "costs", "sales", "revenues", "earnings",
                "profits", "margins", "temperatures", "values", "totals", "figures", "numbers",
                "estimates", "tallies", "stakes", "shares", "holdings", "savings", "losses"):
            noun = _unit_of_noun(t)
            return ("person" if noun in PERSON_NOUNS else noun), ""
    return None, ""


_MOVED_TO_BEFORE = re.compile(
    r"\b(?:took|taking|takes|take|brought|bringing|brings|bring|raised|raising|raises|lifted|"
    r"lifting|lifts|pushed|pushing|pushes|boosted|boosting|boosts)\s+(?:(?:its|their|the|his|"
    r"her|our|total|[A-Z][\w'’.-]*(?:'s|’s)?)\s+){0,3}(?:[a-z][\w-]*\s+){0,2}?([a-z]+s)\s+to\s+"
    r"(?:(?:about|around|some|nearly|almost|roughly|more\s+than|over|just\s+over|at\s+least)\s+)?$")


_QUAKE = re.compile(r"\b(?:earthquakes?|quakes?|tremors?|aftershocks?|temblors?|seismic|"
                    r"seismolog\w*|"
                    r"richter|magnitudes?)\b", re.I)
_QUAKE_AFTER = re.compile(r"^[\s-]*(?:earthquakes?|quakes?|tremors?|aftershocks?|temblors?|"
                          r"shocks?)\b", re.I)
#: an agency that rates earthquakes, by its name: "National Seismological Centre", "US
#: Geological Survey", "China Earthquake Networks Center"
_QUAKE_AGENCY = re.compile(r"\b(?:Seismolog\w*|Geolog\w*|Earthquake|Geophysic\w*|Seismic)\s+"
                           r"(?:[A-Z]\w+\s+){0,2}(?:Centre|Center|Survey|Institute|Agency|"
                           r"Observatory|Network|Service|Bureau)\b")
_MAG_BEFORE = re.compile(r"\b(?:measur(?:ed|ing|es)|register(?:ed|ing|s)|rated|magnitude(?:\s+of)?|"
                         r"magnitude\s+(?:at|to|as)|"
                         r"richter\s+scale\s+(?:reading\s+)?of)\s+(?:at\s+)?(?:about\s+|around\s+|"
                         r"an?\s+(?:preliminary\s+)?|preliminary\s+)?$", re.I)


def _is_magnitude(text: str, c: _M) -> bool:
    """A bare number that is an earthquake's magnitude: 'a 7.5 aftershock', 'it measured 7.5'."""
    if not (0 < c.value < 10) or c.is_word and c.value != int(c.value) or not _QUAKE.search(text):
        return False
    if _QUAKE_AFTER.match(text[c.end:c.end + 20]):
        # "a 7.5 aftershock"; "two earthquakes killed about 9,000" counts them
        return not (c.is_word or re.match(r"^[\s-]*(?:earthquakes|quakes|tremors|aftershocks|"
                                          r"temblors|shocks)\b", text[c.end:c.end + 20], re.I))
    before = text[max(0, c.start - 40):c.start]
    if _MAG_BEFORE.search(before) or re.match(r"\s*(?:on|in)\s+the\s+(?:open-ended\s+)?"
                                              r"Richter\s+scale\b", text[c.end:], re.I):
        return True  # ("measured the main shock at 7.6 on the Richter scale")
    if not c.is_word and c.value != int(c.value) and \
            re.search(r"\b(?:reported|recorded|registered|estimated|gave|gives)\s+$", before) and \
            _QUAKE_AGENCY.search(text):
        return True  # "Nepal's National Seismological Centre reported 7.6"
    # "... put it at 6.4", "measured at 6.4 by the NEMRC and at 5.7 by the USGS", "which
    # measured the first quake at 7.8": a rival agency's reading, in a sentence that rates
    # the quake
    return not c.is_word and c.value != int(c.value) and bool(
        re.search(r"\b(?:put|puts|putting|placed|gave|measured|rated)\s+(?:it|its\s+magnitude|"
                  r"the\s+(?:(?:first|second|third|initial|main|later|earlier|biggest|largest|"
                  r"strongest)\s+)?(?:quake|earthquake|tremor|shock|main\s+shock|aftershock|"
                  r"magnitude))\s+at\s+$|\band\s+at\s+$",
                  before, re.I)) and bool(re.search(r"\b(?:magnitude|measured|rated|registered)\b",
                                                   text, re.I) or _QUAKE_AGENCY.search(text))
    # ("The U.S. Geological Survey ... still puts the quake at 7.9": an agency that rates
    # quakes says what the figure is)


_TEMP_SUBJECT = re.compile(r"\b(?:temperatures?|mercury|thermometers?|highs?|lows?)\b", re.I)
_TEMP_BEFORE = re.compile(r"(?:\b(?:to|at|of|hit|hits|hitting|reach(?:ed|es|ing)?|touch(?:ed|es|ing)?|"
                          r"peak(?:ed|ing)?\s+at|around|about|near|nearly|below|above|"
                          r"highs?|lows?)|\bminus)\s+$", re.I)


def _is_bare_temperature(text: str, c: _M) -> bool:
    """'the mercury dropped to minus 20', 'temperatures hit 41 on Monday': degrees left unsaid."""
    if c.is_word and c.value > 20 or abs(c.value * c.scale) > 140 or c.low is not None:
        return False
    before = text[max(0, c.start - 60):c.start]
    if not _TEMP_SUBJECT.search(before) or not _TEMP_BEFORE.search(before):
        return False
    return bool(re.match(r"^\s*(?:[,.;:)!?]|$|(?:on|in|at|and|or|by|across|for|during|this|"
                         r"last|before|after|while|when|with|are|is|was|were|will|could|"
                         r"may|might)\b)", text[c.end:c.end + 12], re.I))


# a race time given without its unit: "clocked 9.79", "a winning time of 12.5"
_RACE_TIME_BEFORE = re.compile(
    r"(?:\bclock(?:ed|ing|s)|\btimed\s+at|\b(?:winning|personal[- ]best|season'?s?[- ]best|"
    r"record|best|finishing|qualifying)\s+time\s+of|\bin\s+a\s+time\s+of|\bin\s+a\s+"
    r"(?:personal|season|world|national|championship|meeting|course)[- ]?(?:best|record)\s+of)"
    r"\s+(?:just\s+|only\s+)?$", re.I)
_RACE_WORDS = re.compile(
    r"\b(?:sprint\w*|final|race[ds]?|heats?|semi-?finals?|podium|photo[- ]finish|clocked|"
    r"\d+\s?(?:m|metres|meters)|hurdles|relay|marathon|personal\s+best|season'?s\s+best|"
    r"runners?|medal\w*|stopwatch|lap|split|world\s+record|olympic\s+record|finish(?:ed|ing)?\s+"
    r"(?:first|second|third|in))\b", re.I)
# set by ``extract`` for an article about a race, so that "Third went to Kerley in 9.81"
# (no race word in the sentence itself) is read as a time
_RACE_ARTICLE: contextvars.ContextVar[bool] = contextvars.ContextVar("race_article", default=False)
_RACE_TIME_SLOT = re.compile(r"(?:\b(?:in|at|clocked|clocking|ran|run|posted|timed|same|time\s+of|"
                             r"with|of)\s+(?:a\s+|an\s+)?|\(\s*|\b[A-Z][a-z'’]+\s+)$")


def _race_context(text: str) -> bool:
    return len({m.group(0).lower() for m in _RACE_WORDS.finditer(text)}) >= 1


def _is_race_time(text: str, c: _M) -> bool:
    """A bare sprint time in a race report: 'Kerley (9.81)', 'given the same 9.79', 'in 9.81';
    'by five thousandths' (of a second)."""
    if c.low is not None or c.per or c.currency_prefix:
        return False
    raw = text[c.core_start:c.core_end]
    race = _RACE_ARTICLE.get() or _race_context(text)
    if not race:
        return False
    if c.is_word:
        return bool(re.search(r"(?:hundredths?|thousandths?|tenths?)$", raw, re.I))
    if not re.fullmatch(r"\d{1,3}\.\d{2,3}", raw) or not 5 <= c.value < 300:
        return False
    return bool(_RACE_TIME_SLOT.search(text[max(0, c.start - 20):c.start])) and \
        bool(re.match(r"^\s*(?:[,.;:)!?]|$|(?:on|in|at|and|or|by|for|to|behind|ahead|after|"
                      r"before|while|with|was|were|is)\b)", text[c.end:c.end + 12], re.I))


_RACE_DISTANCES = {50, 60, 100, 110, 200, 300, 400, 500, 800, 1000, 1500, 1600, 3000, 5000, 10000}
_EVENT_AFTER = re.compile(
    r"^\s*(?:(?:freestyle|butterfly|backstroke|breaststroke|medley|individual|hurdles|"
    r"steeplechase|relay|sprint|dash|race|final|finals|semi-?finals?|heats?|title|crown|event|"
    r"world\s+record|olympic|gold|silver|bronze|champion\w*)\b|[,.;:)]|$|(?:at|in|on|and|"
    r"for|when|after|before|with|behind|ahead|since|until|by|was|is|has|had|will|as)\b)", re.I)


def _is_event_name(text: str, c: _M, unit: str) -> bool:
    """'the 100 metres', 'the women's 400m hurdles': a race's name, not a distance; 'the
    3-nanometre process', '5nm chips': a chipmaking generation's name, not a size."""
    if unit == "nanometre" and re.match(r"^[\s-]*(?:[A-Za-z]+[\s-]+)?(?:process(?:es)?|nodes?|"
                                        r"chips?|technolog(?:y|ies)|generation|class|family|"
                                        r"manufacturing|production|fabs?)\b",
                                        text[c.end:c.end + 30], re.I):
        return True
    if unit != "metre" or c.value * c.scale not in _RACE_DISTANCES or c.low is not None:
        return False
    after = text[c.end:c.end + 30]
    if re.match(r"^\s*(?:freestyle|butterfly|backstroke|breaststroke|medley|hurdles|steeplechase|"
                r"relay|sprint|dash|final|semi-?final|heats?|race|title|record|mark|gold|silver|"
                r"bronze|medal|podium|champion|crown)\b", after, re.I):
        # "an Olympic 100 metres final", "400m hurdles", "lowered the 1500m record",
        # "the Olympic 1500m podium", "the fastest 1,500m race ever run"
        return True
    before = text[max(0, c.start - 40):c.start]
    if re.search(r"\b(?:champion|medall?ist|specialist|record[- ]holder|finalist)s?\s+(?:at|in|"
                 r"over)\s+$|\d:\d\d(?:\.\d+)?\s+(?:for|over)\s+$|\bstep(?:s|ped|ping)?\s+up"
                 r"\s+to\s+$", text[max(0, c.core_start - 40):c.core_start], re.I):
        # "world champion at 1500 metres", "ran 3:49.11 for 1500 metres", "stepped up to
        # 5000 metres": the race, not a distance measured
        return True
    m = re.search(r"(?:\b(the|an?)|men'?s|women'?s|men’s|women’s|boys'?|girls'?)"
                  r"(?:\s+(?:olympic|world|national|european|commonwealth|indoor|outdoor|"
                  r"men'?s|women'?s|men’s|women’s))*\s+$", before, re.I)
    if not m:
        return False
    if m.group(1) and m.group(1).lower() != "the":
        # "an Olympic 100 metres event": only with an event word after (the others returned
        # above)
        return bool(re.match(r"^\s*event\b", after, re.I))
    return bool(_EVENT_AFTER.match(after))


_ELIDED_LINK = re.compile(r"\b(?:and|or|including|included|includes|while|whereas|but|compared|"
                          r"versus|vs|against|plus|among|of\s+which|of\s+whom|as\s+well\s+as)\b|,",
                          re.I)


_COUNTING_VERB = re.compile(
    r"\b(?:counted|estimated|put\s+(?:it|the\s+\w+(?:\s+\w+)?|turnout|attendance)\s+at|"
    r"claimed|reported|said|tallied|gave|registered|recorded|numbered|"
    r"(?:police|organi[sz]ers|unions?|authorities|officials)\s+(?:said|put|estimated|counted))\s*$",
    re.I)


#: verbs by which someone gives a figure: their subject is who gives it
_GIVING_VERBS = {"put", "say", "give", "estimate", "count", "claim", "report", "place", "cite"}


def _in_subject_of(doc: "Doc", a: Quantity, b: Quantity) -> bool:
    """Figure ``a`` stands in the subject of the verb by which figure ``b`` is given ("The
    organisers ... and five other groups put the figure at 800,000")."""
    if doc is None:
        return False
    ta, tb = _tok_at(doc, a.start), _tok_at(doc, b.start)
    if ta is None or tb is None:
        return False
    verb = tb
    for _ in range(6):
        if verb.pos_ in ("VERB", "AUX") or verb.dep_ == "ROOT":
            break
        verb = verb.head
    if verb.pos_ not in ("VERB", "AUX") or verb.lemma_.lower() not in _GIVING_VERBS:
        return False
    return any(ch.dep_ in ("nsubj", "nsubjpass") and ta.i in {x.i for x in ch.subtree}
               for ch in verb.children)


def _inherit_elided_counts(text: str, doc: "Doc", out: list[Quantity]) -> list[Quantity]:
    """A bare number coordinated with a count counts the same thing:
    'One person was killed and 23 were injured', '1.28 million people ..., including 81,000 in
    Paris', 'put the crowd at 338,000 while organisers said 2 million'."""
    for i in range(1, len(out)):
        a, b = out[i - 1], out[i]
        if b.unit or b.unit_kind != "dimensionless" or a.unit_kind != "count" or not a.unit or \
                " per " in a.unit or b.value < 1 or b.qualifier in ("up", "down"):
            continue
        gap = text[a.end:b.start]
        bare_gap = re.sub(r"\b(?:1[89]|20)\d\d\b", "", gap)
        bare_gap = re.sub(r"\b(?:St|Mt|Ft|Pt|U\.S|U\.K|D\.C)\.", "", bare_gap)  # "St. Vincent"
        # "up from the 51 announced on October 5 and the 52 counted the next morning": a
        # date between them is no figure
        bare_gap = _DAY_OF_MONTH.sub("", bare_gap)
        # "the Socialist Party (PS) with 78": a name's initials in brackets are no figure
        bare_gap = re.sub(r"\(\s*[A-Z][A-Za-z]{0,5}\s*\)", "", bare_gap)
        if re.match(r"\s+of\b", text[a.end:]) and (named := re.search(
                r"\b" + re.escape(a.counted or a.unit) + r"\w*", text[a.start:], re.I)) and \
                named.group(0)[:1].isupper():
            continue  # "the 11 of Freedom and Solidarity (SaS) and the KDH's 12": a party's
            # name is no counted noun to lend
        # "..., while the ministry counted 1.3 million", "700,000 marchers; police counted 81,000"
        counting = _COUNTING_VERB.search(gap) is not None and len(gap) <= 140 and \
            not re.search(r"[.:!?\d()\[\]]", bare_gap)
        # "six people were killed: three in Grenada, one in St. Vincent": parts place by place
        place_part = _PLACE_PART_AFTER.match(text[b.end:b.end + 14]) \
            and len(gap) <= 100 and not re.search(r"[.;!?\d()\[\]]", bare_gap) and \
            re.search(r"(?:[:,]|\band)\s*$", gap)
        if not counting and not place_part and (
                len(gap) > 100 or re.search(r"[.;:!?\d()\[\]]", bare_gap) or
                not _ELIDED_LINK.search(gap)):
            continue
        if b.value == int(b.value) and 1800 <= b.value <= 2100 and "," not in b.text:
            continue  # a year
        if _in_subject_of(doc, a, b):
            # "The organisers, the Palestine Solidarity Campaign and five other groups, put
            # the figure far higher, at 800,000": who gives the figure, not what it counts
            continue
        t = _tok_at(doc, b.end)
        if t is not None and t.idx >= b.end and t.is_alpha and t.pos_ in ("NOUN", "PROPN", "ADJ") \
                and t.idx - b.end <= 1:
            continue  # a noun of its own
        if re.match(r"^\s*(?:%|percent|per\s+cent|times|fold|-|\(\s*(?:[A-Z]{1,3})?[$€£¥₹])",
                    text[b.end:b.end + 10], re.I):
            continue  # a rate, or money restated in brackets: "2,380,000 ($21,972)"
        out[i] = b.model_copy(update={"unit": a.unit, "unit_kind": "count", "counted": a.counted,
                                      "concept": b.concept or a.concept})
    return out


def _others_of_a_kind(text: str, doc: "Doc", out: list[Quantity]) -> list[Quantity]:
    """"the bodies of seven soldiers had been recovered, and the search for 16 others was
    continuing": the others are of the kind just counted (soldiers), not any people."""
    for i, b in enumerate(out):
        if (b.counted or "").lower() not in ("other", "others") or b.unit != "person":
            continue
        prev = next((a for a in reversed(out[:i]) if a.unit_kind == "count" and a.counted and
                     a.counted.lower() not in ("other", "others")), None)
        if prev is None or prev.unit in ("", "person") or \
                re.search(r"[.;!?]", text[prev.end:b.start]):
            continue
        if not any(t.lower_ in ("other", "others") and t.dep_ in ("nsubj", "nsubjpass")
                   for t in doc if b.start <= t.idx <= b.end + 8):
            # (not "Four firefighters were killed and at least 12 others were hurt": others
            # with a fate of their own are any people)
            out[i] = b.model_copy(update={"unit": prev.unit, "counted": prev.counted})
    return out


#: a figure that names no noun of its own but refers back to one: "their own figure of 240,000",
#: "the real figure is closer to 500,000", "an estimate of more than 2,000"
_ANAPHORIC_NOUN_BEFORE = re.compile(
    r"\b(?:figure|estimate|count|tally|toll|total|number|tallies|figures|estimates|counts)"
    r"(?:(?:\s+(?:of|at|was|is|were|are|stood\s+at|stands\s+at|put\s+at|closer\s+to|nearer|"
    r"near|to))+\s+|\s*:\s*)[\"“]?(?:(?:about|around|some|nearly|almost|roughly|approximately|just|over|"
    r"under|more\s+than|fewer\s+than|less\s+than|at\s+least|up\s+to|close\s+to|approaching|"
    r"nearing)\s+)?$"
    # "In Berlin it was 100,000 against 350,000": the count just named, told again
    r"|(?:^|[,;:]\s*|\b(?:in|at|for)\s+[A-Z][\w-]+,?\s+)(?:it|that)\s+(?:was|is|stood\s+at|"
    r"came\s+to)\s+(?:(?:about|around|some|nearly|almost|roughly|just\s+over|just\s+under|"
    r"more\s+than|at\s+least)\s+)?$"
    # "had put the toll at 51 on Thursday evening; the ministry raised it to 52 on Friday":
    # the figure just named, revised
    r"|\b(?:raised|lowered|revised|increased|updated|cut|put|brought|pushed)\s+(?:it|that)\s+"
    r"(?:(?:up|down|back)\s+)?(?:to|at)\s+(?:(?:about|around|some|nearly|almost|roughly|"
    r"more\s+than|at\s+least)\s+)?$", re.I)
#: "up from 12 on Saturday night": the figure's earlier value
_UP_FROM_BEFORE = re.compile(r"\b(?:up|down|rising|falling|climbing|dropping|increasing|"
                             r"decreasing)\s+from\s+(?:(?:about|around|some|nearly|almost|"
                             r"roughly|at\s+least|more\s+than|just)\s+)?(?:an?\s+)?$", re.I)
#: "Prosecutors said some 25,000 more were at risk": more of the same thing
_MORE_AFTER = re.compile(r"^\s+more\b(?!\s+than)(?!\s+[a-z]+(?:s|ies)\b)", re.I)
#: a figure that is the whole object of a report: "police said 240,000", "240,000 according to
#: the police"
_REPORTED_BEFORE = re.compile(r"\b(?:said|says|say|estimated|estimates|counted|put\s+it\s+at|"
                              r"claimed|gave|spoke\s+of|speaks\s+of|talked\s+of)\s+"
                              r"(?:(?:about|around|some|nearly|almost|roughly|"
                              r"more\s+than|over|at\s+least|just\s+over|just\s+under)\s+)?$",
                              re.I)
_REPORTED_AFTER = re.compile(r"^\s*(?:,\s*)?(?:according\s+to\b|\(|[,.;]|$|\s+(?:at|by|on|in|"
                             r"for)\b|\s+that\s+(?:day|night|evening|morning|afternoon)\b)"
                             # "organisers said 80,000 came": the figure is the subject of
                             # a clause of its own
                             r"|^\s+(?:(?:had|have|has|were|was|are|is)\s+)?(?:came|come|took|"
                             r"turned|joined|attended|marched|gathered|died|fled|were|had)\b",
                             re.I)
#: verbs that only report or state a figure: its antecedent's verb says what it counts
_LIGHT_PREDICATES = {"be", "say", "stand", "give", "put", "estimate", "have", "remain",
                     "count", "claim", "cite", "reach", "rise", "put_at", "stand_at"}


def _merged_concept(a: Quantity, b: Quantity) -> str:
    """The antecedent's concept words, then the referring figure's own."""
    words = a.concept.split()
    return " ".join(words + [w for w in b.concept.split() if w not in words])


def _anaphoric_figures(text: str, sents: list[tuple[int, str, list[Quantity]]]
                       ) -> list[tuple[int, str, list[Quantity]]]:
    """A bare figure that refers back to a count of the same paragraph counts its thing:
    "The clashes followed a march that drew just over a million people. Police stood by their
    own figure of 240,000" (people); "said about 16,000 people lived in the zone. Kostin said
    some 25,000 more were at risk" (people). The antecedent is the nearest count before it,
    within two sentences and one paragraph, of a size within ten times its own. The earlier
    value after "up from" ("has risen to 20, ..., up from 12") takes the noun and verb of the
    figure before it in its sentence."""
    flat: list[tuple[int, int, int]] = []  # (sentence index, quantity index, absolute start)
    for si, (s, _sent, qs) in enumerate(sents):
        for qi, q in enumerate(qs):
            flat.append((si, qi, s + q.start))
    for k, (si, qi, abs_start) in enumerate(flat):
        s, sent, qs = sents[si]
        b = qs[qi]
        if qi and _UP_FROM_BEFORE.search(sent[max(0, b.start - 30):b.start]):
            # "has risen to 20, officials said, up from 12 on Saturday night": the earlier
            # value of the figure just given, counting what it counts
            a = qs[qi - 1]
            if a.unit_kind == b.unit_kind and (a.unit == b.unit or not b.unit) and \
                    a.qualifier not in ("up", "down"):
                qs[qi] = b.model_copy(update={"unit": a.unit, "counted": a.counted,
                                              "predicate": a.predicate,
                                              "concept": _merged_concept(a, b)})
            continue
        if b.unit or b.unit_kind != "dimensionless" or b.fraction or b.value < 10 or \
                b.qualifier in ("up", "down"):
            continue
        before, after = sent[max(0, b.start - 60):b.start], sent[b.end:b.end + 40]
        if re.match(r"^\s*(?:%|percent|per\s*cent|times|fold|-)", after):
            continue
        if b.value == int(b.value) and 1800 <= b.value <= 2100 and "," not in b.text:
            continue  # a year
        prev = qs[qi - 1] if qi else None
        # "it was 100,000 against 350,000": set beside a figure just resolved
        beside = prev is not None and prev.unit_kind == "count" and prev.unit and \
            len(sent[prev.end:b.start]) <= 40 and \
            not re.search(r"[.;:!?\d()\[\]]", sent[prev.end:b.start]) and \
            _ELIDED_LINK.search(sent[prev.end:b.start]) is not None and \
            _REPORTED_AFTER.match(after) is not None
        if not (beside or _ANAPHORIC_NOUN_BEFORE.search(before) or _MORE_AFTER.match(after) or
                (_REPORTED_BEFORE.search(before) and _REPORTED_AFTER.match(after))):
            continue
        found = False
        for j in range(k - 1, -1, -1):
            sj, qj, a_start = flat[j]
            if si - sj > 2:
                break
            if "\n\n" in text[a_start:abs_start]:
                break
            a = sents[sj][2][qj]
            if a.unit_kind != "count" or not a.unit or " per " in a.unit or \
                    a.qualifier in ("up", "down") or a.fraction or a.value <= 0:
                continue
            if max(a.value, b.value) / min(a.value, b.value) > 10:
                continue
            pred = b.predicate
            if not pred or pred in _LIGHT_PREDICATES:
                pred = a.predicate
            qs[qi] = b.model_copy(update={"unit": a.unit, "unit_kind": "count",
                                          "counted": a.counted, "concept": _merged_concept(a, b),
                                          "predicate": pred})
            found = True
            break
        if not found:
            # no count to refer back to, but the paragraph tells of a gathering: "the first
            # great unionist rally packed the avenue. The same city police counted 350,000
            # that day, while the organisers claimed 1.1 million"
            # (the two sentences before it in its paragraph and its own up to the figure)
            para = text.rfind("\n\n", 0, abs_start)
            recent = [sents[j][1] for j in range(max(0, si - 2), si) if sents[j][0] > para]
            recent.append(sent[:b.start])
            if b.value >= 1000 and _GATHERING_WORDS.search(" ".join(recent)):
                qs[qi] = b.model_copy(update={"unit": "person", "unit_kind": "count",
                                              "counted": "people"})
    return sents


def _tidy(x: float | None) -> float | None:
    """A scaled value without binary noise: 4.1 * 1e9 is 4100000000, not 4099999999.9999995."""
    return None if x is None else float(f"{x:.12g}")


_GATHERING_WORDS = re.compile(r"\b(?:march(?:es|ed|ers)?|protests?|protesters|rall(?:y|ies)|"
                              r"crowds?|demonstrations?|demonstrators|turnout)\b", re.I)
_CROWD_SOURCE_AFTER = re.compile(r"^\s*,?\s*(?:according\s+to|said|say|says|by)\s+(?:the\s+)?"
                                 r"(?:organi[sz]ers|police|authorities|officials)\b", re.I)
_CROWD_SOURCE_BEFORE = re.compile(r"\b(?:organi[sz]ers|police|authorities)\s+(?:said|say|says|"
                                  r"estimated|put\s+(?:it|the\s+(?:crowd|number|figure))\s+at|"
                                  r"counted|claimed)\s+(?:(?:about|around|some|nearly|almost|"
                                  r"more\s+than|over|at\s+least)\s+)?$", re.I)


def _crowd_estimate(text: str, c: _M) -> bool:
    """A bare figure in a story of a gathering, given as the organisers' or the police's
    estimate: "1.03 million according to the organisers", "police said 240,000"."""
    if c.value * c.scale < 100 or c.fraction or not _GATHERING_WORDS.search(text):
        return False
    return bool(_CROWD_SOURCE_AFTER.match(text[c.end:c.end + 40]) or
                _CROWD_SOURCE_BEFORE.search(text[max(0, c.start - 60):c.start]))


def _worth_parsing(text: str) -> bool:
    return _nlp.has_number(text) or bool(_A_UNIT.search(text)) or bool(_AGE_DECADE.search(text)) \
        or bool(_BY_FRACTION.search(text)) or bool(_BOUND_FRACTION.search(text))


#: "$22 billion in revenue", "$60 million in emergency relief funds": the kind of money
_MONEY_IN = re.compile(
    r"\s+in\s+((?:[a-z]+\s+){0,2}?(?:revenue|revenues|sales|profit|profits|income|earnings|cash|"
    r"funding|funds|aid|investment|investments|losses|debt|fines|damages|bookings|savings|"
    r"costs|spending|dividends|buybacks|bonuses|subsidies|grants|loans|relief))\b")


def _counted_by_another(noun: "Token", tok: "Token", text: str, end: int) -> bool:
    """The noun after a bare figure has a number of its own, in a phrase of its own: "diverted
    41 over three days" counts no days."""
    if noun.i <= tok.i:
        return False
    return any(ch.dep_ == "nummod" and ch.i > tok.i and re.fullmatch(
        r"\s+(?:over|in|during|within|across|after|before|for)\s+(?:the\s+)?"
        r"(?:(?:past|last|next|first)\s+)?", text[end:ch.idx]) is not None
        for ch in noun.children)


def extract_quantities(text: str, doc: "Doc | None" = None) -> list[Quantity]:
    """All quantities of one text (a sentence or more); offsets are into ``text``."""
    if not text or not _worth_parsing(text):
        return []
    ms = _mentions(text)
    if not ms:
        return []
    if doc is None:
        doc = _nlp.parse(text)
    out: list[Quantity] = []
    tentative: set[int] = set()
    prev_counted: str | None = None
    prev_person = False  # the counted noun of "@them" counts people ("Israelis")
    prev_end = 0  # where the last count ended: "them" may name a noun said since
    prev_concept_noun: "Token | None" = None
    for c in ms:
        tok = _tok_at(doc, c.core_start)
        if tok is None:
            continue
        if c.is_word and not _word_number_ok(doc, c, tok, text):
            # "killed 21 people in the Philippines and four on Hainan": kept for now, dropped
            # below unless it takes the count of the quantity before it
            if not (out and (out[-1].unit_kind == "count" or out[-1].start in tentative) and
                    not c.vague and (
                    c.value >= 2 and re.search(
                        r"(?:\band|\bor|\bwhile|\bbut|\bincluding)\s+(?:(?:the\s+)?"
                        r"(?:[A-Z][\w'’.&-]*\s+){1,4})?$", text[out[-1].end:c.start])
                    # "six people were killed: three in Grenada, one in St. Vincent": the
                    # parts of a count, place by place
                    or re.search(r"[:;,]\s*(?:and\s+)?$", text[out[-1].end:c.start]) and
                    _PLACE_PART_AFTER.match(text[c.end:c.end + 12]))):
                # "Reform UK won five seats and the Green Party four": the verb and noun elided
                continue
            tentative.add(c.start)
        if _is_name_number(doc, tok, c):
            continue
        if "ago" == text[c.end:c.end + 5].strip()[:3].lower() and c.unit_names and \
                c.unit_names[0] in TIME_UNITS:
            continue  # "three weeks ago" is a time, not a claim
        # unit
        unit = ""
        toll_words = ""
        info: U.UnitInfo | None = None
        counted_tok = None
        counted: str | None = None
        if c.currency_prefix and not (c.unit_names and U.unit_info(c.unit_names[0]).kind == "currency"):
            names = U.lookup_surface(c.currency_prefix)
            name = U.disambiguate(names, _window(text, c)) if names else "dollar"
            info = U.unit_info(name)
        elif c.unit_names:
            name = U.disambiguate(c.unit_names, _window(text, c))
            if name == "pound sterling" and "pound-mass" in c.unit_names and \
                    _weight_adjective(text, c):
                name = "pound-mass"
            if name in ("degree", "degree angle"):
                # temperature or angle, and Celsius or Fahrenheit: left open
                info = U.UnitInfo("degree", "dimension", None, None)
            else:
                info = U.unit_info(name)
        if info is None and not c.counted_hint and c.value == int(c.value) and 0 < c.value < 130 \
                and (_is_age_apposition(doc, tok) or _is_age_by_context(text, c) or re.search(
                    r"\b(?:aged|ages|age\s+of|(?:retirement|pension|pensionable|voting|drinking|"
                    r"minimum|legal|school-leaving|leaving)\s+age(?:\s+(?:of|at|to|from|is|was|"
                    r"will\s+be|would\s+be))?)\s+(?:between\s+|from\s+|about\s+|around\s+)?$",
                    text[max(0, c.core_start - 20):c.core_start], re.I) or re.search(
                    r"\b(?:retirement|pension|pensionable|voting|drinking|school-leaving)\s+age\b"
                    r"[^.;:\d]{0,30}?\b(?:to|at|of|is|was|be)\s+$", text[max(0, c.start - 60):c.start],
                    re.I)):
            info = U.unit_info("year of age")
        if info is None and not c.counted_hint and not c.vague and not c.per:
            if _is_magnitude(text, c):
                info = U.unit_info("magnitude")
            elif _is_bare_temperature(text, c):
                info = U.UnitInfo("degree", "dimension", None, None)
            elif 1 <= c.value < 100000 and not c.is_word and \
                    _RACE_TIME_BEFORE.search(text[max(0, c.start - 40):c.start]) or \
                    _is_race_time(text, c):
                info = U.unit_info("second")
        if info is not None:
            unit = info.name
            kind = info.kind
            if _is_event_name(text, c, unit):
                continue
        else:
            kind = "dimensionless"
        if c.counted_hint and info is None:
            counted = c.counted_hint
            unit = counted
            kind = "count"
        if info is None and not counted and not c.fraction:
            counted_tok, counted = _counted_noun(doc, c, tok, 0)
            if counted_tok is not None and _subject_of_next_clause(counted_tok, text, c.end):
                counted_tok, counted = None, None
            if counted_tok is not None and _counted_by_another(counted_tok, tok, text, c.end):
                counted_tok, counted = None, None  # "diverted 41 over three days": not days
            whole = _numbered_whole(counted_tok, text)
            if whole is not None:
                # "His pacemakers, 41 runners in all": the pacemakers number 41
                counted_tok, counted = whole, _unit_of_noun(whole)
            if counted is None and _CASUALTY_AFTER.match(text[c.end:c.end + 12]):
                counted = "person"  # "reports three dead"
            them = counted == "@them"
            if them:
                counted = prev_counted
                counted_tok = None
                # "killing 20 people ... where commanders and Western instructors had gathered,
                # and that up to 85 of them had been killed": the plural said since the last
                # count is what "them" counts
                verb = _governing_verb(tok) if prev_end > 0 else None
                since = [t for t in doc if prev_end <= t.idx < c.start and t.pos_ == "NOUN" and
                         t.tag_ in ("NNS", "NNPS") and t.lemma_.lower() not in _NOT_THEM and
                         _actor_of_other_clause(t, verb) and
                         not _object_of_counted(t, prev_counted)] if prev_end > 0 else []
                if since:
                    counted_tok = since[-1]
                    counted = _unit_of_noun(counted_tok)
                    them = False  # not the last count's noun
            if counted is None and (_person_by_context(doc, tok, _governing_verb(tok)) or
                                    _PEOPLE_PREDICATE.match(text[c.end:c.end + 40]) or (
                    re.match(r"^\s+who\b", text[c.end:c.end + 8]) and not c.fraction)):
                counted = "person"  # "... and 95,800 who have been unemployed for longer"
            if counted is None and _crowd_estimate(text, c):
                counted = "person"  # "1.03 million according to the organisers, 240,000
                #                     according to the police"
            if counted is None:
                counted, toll_words = _counted_by_measure_noun(text, doc, c)
            if counted:
                # a people named by their nation counts people: "half a million Israelis"
                unit = "person" if counted in PERSON_NOUNS or counted.endswith(" person") or (
                    counted_tok is not None and counted_tok.ent_type_ == "NORP" and
                    counted_tok.tag_ in ("NNPS", "NNS")) or (them and prev_person) else counted
                kind = "count"
                if counted in ("second", "minute", "hour", "day", "week", "month", "year") and \
                        counted_tok is not None and counted_tok.i > tok.i and \
                        counted_tok.nbor(-1).lower_ not in ("lunar", "martian", "sidereal", "dog"):
                    # "about 14 Earth days", "five working days": a duration, whatever the
                    # word before the unit
                    info = U.unit_info(counted)
                    unit, kind, counted = info.name, info.kind, None
        if low_word := (text[c.core_start:c.core_end].lower()):
            if low_word in ("no one", "nobody", "none") or low_word.startswith("no "):
                v = _governing_verb(tok)
                if low_word in ("no one", "nobody", "none") and not (
                        v is not None and (v.lemma_.lower() in HUMAN_VERBS | {"survive", "hurt"} or
                                           any(ch.lower_ in _PEOPLE_ADJ for ch in v.children))):
                    continue  # "Nobody can ignore this": not a count of casualties
                counted, unit, kind = "person", "person", "count"
        per_share = rate_named = False
        if c.per == "share" and info is not None and info.kind == "currency":
            per_share = True  # "$0.97 per share": the money unit; "per share" goes to the concept
        elif c.per:
            unit = f"{unit or 'count'} per {c.per}"
            if info is not None and info.kind == "currency":
                kind = "currency"
            elif info is not None and info.dimension is not None:
                rate = U.unit_info(unit)
                if rate.factor is not None:  # (a unit of the SI table, so of a dimension)
                    # "10 metres a second" is 10 m/s: a speed, comparable with "36 km/h"
                    info, rate_named = rate, True
        value = c.value * c.scale
        if c.scale != 1:
            value = _tidy(value)
            c.low = _tidy(c.low)
            c.high = _tidy(c.high)
        sub = _SUBUNITS.get(unit)
        if sub is not None and (not c.per or c.per == "share"):
            # "97 cents" is $0.97: one currency unit per currency (so is "65 U.S. cents",
            # whose unit the parse finds only as the counted noun)
            unit, factor = sub
            if kind == "count":
                info, kind, counted = U.unit_info(unit), "currency", None
            c.value, c.precision = c.value * factor, c.precision * factor
            c.low = c.low * factor if c.low is not None else None
            c.high = c.high * factor if c.high is not None else None
            value = c.value * c.scale
        low = c.low
        high = c.high
        if low is not None and high is not None:
            value = low if c.vague else (low + high) / 2
        precision = c.precision * c.scale
        # change / bounds
        verb = _governing_verb(tok)
        qualifier = c.qualifier
        change = _change_of(doc, c, tok, 0) or _change_of_syntax_free(text, c, kind)
        direction = change[0] if change else None
        if change and not change[1] and qualifier not in (">", ">=", "<", "<="):
            qualifier = change[0]  # "rose 6%"; "a 6% rise" stays a level figure of a change
        if qualifier == ">" and unit in TIME_UNITS and re.match(r"over\s(?!the\s+age\b)", text[c.start:c.end]) and \
                not re.search(r"\b(?:for|of|after|than|last(?:ed|ing|s)?|t[ao]ok|tak(?:e|es|ing)|"
                              r"within|in|aged?|is|was|be|been|are|were|spanning|spans?)\s+$",
                              text[max(0, c.start - 20):c.start], re.I):
            qualifier = "="  # "30 inches of rain over three days": a span, not a bound
        if qualifier == ">" and re.match(r"over\s", text[c.start:c.end]) and re.search(
                r"\b(?:played|held|staged|contested|fought|spread|run|raced|ridden)\s+(?:out\s+)?$",
                text[max(0, c.start - 20):c.start], re.I):
            qualifier = "="  # "was played over 64 matches": across them, not more than 64
        if unit == "second" and qualifier == "=" and re.search(
                r"\b(?:broke|break|breaks|breaking|dipped\s+under|ducked\s+under)\s+$",
                text[max(0, c.start - 20):c.start], re.I):
            qualifier = "<"  # "every runner broke 10 seconds"
        approximate = c.qualifier == "~" or c.vague
        if qualifier in (">", ">=") and low is None:
            low, high = value, None
        elif qualifier in ("<", "<=") and high is None:
            low, high = None, value
        if kind == "count" and c.vague and unit and counted_tok is not None:
            # "billions of euros", "millions of pounds": an amount of money, however vague
            names = U.lookup_surface(counted_tok.text.lower()) or U.lookup_surface(unit)
            money = U.unit_info(U.disambiguate(names, _window(text, c))) if names else None
            if money is not None and money.kind == "currency":
                info, unit, kind, counted = money, money.name, "currency", None
        # si values
        dimension = None
        si_value = si_low = si_high = None
        if info is not None and info.dimension is not None and (not c.per or rate_named):
            dimension = info.dimension
            if c.duration_seconds is not None and info.dimension == "time":
                si_value = value = c.duration_seconds
                unit = "second"
                precision = c.precision * U.SI[info.name][1] if not c.unit_surface.count(":") \
                    else c.precision
            else:
                si_value = info.to_si(value)
                si_low = info.to_si(low)
                si_high = info.to_si(high)
        negated = verb is not None and any(ch.dep_ == "neg" for ch in verb.children) and \
            not _noun_conjoined_to(counted_tok or tok, verb) and \
            not (counted_tok is None and _attributive(tok, c.start, c.end)) and \
            not _beside_negation(counted_tok or tok, verb)
        pred = _predicate(verb)
        anchor = counted_tok or tok
        concept = _concept(doc, tok, counted_tok, verb, None if counted_tok is not None else
                           (c.start, c.end))
        if per_share:
            concept = (concept + " per share").strip()
        if kind == "currency":
            m_in = _MONEY_IN.match(text[c.end:c.end + 40])
            if m_in and m_in.group(1).split()[-1].lower() not in concept.lower().split():
                # "brought in roughly $22 billion in revenue": what the money is
                concept = (m_in.group(1) + " " + concept).strip()
        if toll_words and toll_words.split()[-1] not in concept.lower():
            concept = (toll_words + " " + concept).strip()
        if counted and kind == "count":
            prev_counted, prev_person = counted, unit == "person"
            prev_end = c.end
        out.append(Quantity(
            start=c.start, end=c.end, text=text[c.start:c.end], value=value, low=low, high=high,
            qualifier=qualifier, direction=direction, fraction=c.fraction, unit=unit,
            unit_kind=kind, dimension=dimension, si_value=si_value, si_low=si_low, si_high=si_high,
            counted=counted if kind == "count" else None, concept=concept, predicate=pred,
            negated=negated, approximate=approximate, precision=precision,
        ))
        del anchor
    # a conversion or restatement in parentheses or after "or" is about the same thing:
    # "15.5 cm (6.1 inches)", "$US113 trillion ($161 trillion)", "190 points, or 0.6%"
    for i in range(1, len(out)):
        a, b = out[i - 1], out[i]
        if re.fullmatch(r"\s*(?:\(\s*|,?\s*or\s+(?:about\s+|around\s+)?|/\s*)", text[a.end:b.start]):
            upd = {"concept": a.concept or b.concept}
            if b.predicate is None:
                upd["predicate"] = a.predicate
            out[i] = b.model_copy(update=upd)
    # a conversion in brackets restates the bound too: "more than 100 kilometres (60 miles)",
    # "just under 296 hp (224 kW / 300 PS)"
    in_paren = False
    for i in range(1, len(out)):
        a, b = out[i - 1], out[i]
        gap = text[a.end:b.start]
        if re.fullmatch(r"\s*\(\s*(?:(?:about|around|roughly|some|approximately|approx\.|c\.|"
                        r"circa|nearly|almost)\s+)?", gap):
            in_paren = True
        elif not (in_paren and re.fullmatch(r"\s*[/;,]\s*|\s+or\s+", gap)):
            in_paren = False
            continue
        if a.qualifier == "~" and b.qualifier == "=" and b.low is None and b.high is None and \
                a.unit_kind == b.unit_kind and not b.approximate:
            # "some 200 km (125 miles)": the conversion is as rough as the figure (its own
            # words carry no hedge, so its qualifier stays as written)
            out[i] = b.model_copy(update={"approximate": True})
            continue
        if a.qualifier in (">", ">=", "<", "<=") and b.qualifier == "=" and b.low is None and \
                b.high is None and a.unit_kind == b.unit_kind:
            lo, hi = (b.value, None) if a.qualifier in (">", ">=") else (None, b.value)
            upd = {"qualifier": a.qualifier, "low": lo, "high": hi}
            if b.si_value is not None:
                upd.update(si_low=b.si_value if lo is not None else None,
                           si_high=b.si_value if hi is not None else None)
            out[i] = b.model_copy(update=upd)
    # the same change restated: "lost 190 points, or 0.6%", "grew by 125,600 jobs (2.2%)"
    for i in range(1, len(out)):
        a, b = out[i - 1], out[i]
        gap = text[a.end:b.start]
        if a.unit_kind == "count" and a.counted and re.match(r"\s*[A-Za-z]+", gap):
            gap = re.sub(r"^\s*[A-Za-z]+", "", gap)  # "125,600 jobs, or 2.2%"
        if a.direction and b.direction is None and b.qualifier == "=" and re.fullmatch(
                r"\s*(?:,\s*)?(?:or\s+(?:by\s+)?|\(\s*)", gap):
            out[i] = b.model_copy(update={"direction": a.direction, "qualifier": a.qualifier if
                                          a.qualifier in ("up", "down") else b.qualifier})
    # a bare number after a quantity with a unit, in the same construction, shares it:
    # "84.75 cents, while the lowest is 74.07", "1.5 billion shekels ... 280 million of"
    for i in range(1, len(out)):
        a, b = out[i - 1], out[i]
        if b.unit == "" and b.unit_kind == "dimensionless" and a.unit and a.direction is None \
                and (a.unit_kind in ("currency", "percentage", "percentage_point", "dimension") or
                     a.unit == "magnitude") and \
                b.start - a.end <= 60 and not re.search(r"[.;:!?]", text[a.end:b.start]) and \
                (a.unit != "magnitude" or 0 < b.value < 10 and b.value != int(b.value)) and \
                (not re.match(r"^\s*[A-Za-z]", text[b.end:b.end + 3]) or re.match(
                    r"^\s+(?:on|in|at|during|by|last|this|while|when)\s+(?:the\s+)?(?:[A-Z]|"
                    r"(?:day|week|month|year|night|morning|afternoon|evening|weekend|"
                    r"previous|prior|same)\b)", text[b.end:b.end + 30])) and not (
                    a.unit_kind in ("percentage", "percentage_point") and b.value >= 1000
                    and "," in b.text):
            # ("55.65%, against 11,598,720, or 44.35%": a count in thousands is no share)
            info = U.unit_info(a.unit) if " per " not in a.unit else None
            upd = {"unit": a.unit, "unit_kind": a.unit_kind, "dimension": a.dimension}
            if a.unit_kind == "currency" and re.search(r"\d\s*(?:cents?|pence|p|¢)$", a.text) and \
                    "." in b.text and b.value >= 1:
                # "84.75 cents, while the lowest is 74.07": the bare number is in cents too
                f = 0.01
                upd.update(value=b.value * f, low=b.low * f if b.low is not None else None,
                           high=b.high * f if b.high is not None else None,
                           precision=b.precision * f if b.precision is not None else None)
                b = b.model_copy(update={"value": upd["value"], "low": upd["low"],
                                         "high": upd["high"]})
            if info is not None and info.factor is not None:
                upd.update(si_value=info.to_si(b.value), si_low=info.to_si(b.low),
                           si_high=info.to_si(b.high))
            out[i] = b.model_copy(update=upd)
    out = _fractions_of_amounts(text, out)
    out = _for_ratios(text, out)
    out = _inherit_elided_counts(text, doc, out)
    out = _others_of_a_kind(text, doc, out)
    # "It costs about 8 or $9", "6 to $8 a share": the first number is money too
    for i in range(len(out) - 1):
        a, b = out[i], out[i + 1]
        if a.unit == "" and a.unit_kind == "dimensionless" and b.unit_kind == "currency" and \
                re.fullmatch(r"\s*(?:or|to|-|–)\s*", text[a.end:b.start]) and \
                re.match(r"\s*[^\w\s]", text[b.start:b.start + 3]) and a.value <= b.value:
            out[i] = a.model_copy(update={"unit": b.unit, "unit_kind": "currency"})
    # "Trump's 77.3m votes were up about 4% on his 2020 total of 74.2m": a bare figure in
    # millions counts what the sentence's other figure in millions counts
    _SCALED = r"\d\s?(?:m|mn|mln|million|bn|bln|billion|k|thousand)$"
    for i, b in enumerate(out):
        if b.unit or b.unit_kind != "dimensionless" or not re.search(_SCALED, b.text, re.I):
            continue
        sw = re.search(r"(m|mn|mln|million|bn|bln|billion|k|thousand)$", b.text, re.I).group(1).lower()
        for a in reversed(out[:i]):
            if a.unit_kind == "count" and a.unit and " per " not in a.unit and re.search(
                    r"\d\s?" + re.escape(sw) + r"$", a.text, re.I) and \
                    not re.search(r"[.;!?]\s", text[a.end:b.start]):
                out[i] = b.model_copy(update={"unit": a.unit, "unit_kind": "count",
                                              "counted": a.counted})
                break
    out = [q for q in out if q.start not in tentative or q.unit_kind == "count"]
    # a change with its verb elided: "Ross was down 2.3%, Burlington by 2.6%"
    for i in range(1, len(out)):
        a, b = out[i - 1], out[i]
        if a.qualifier in ("up", "down") and b.qualifier == "=" and a.unit_kind == b.unit_kind \
                and re.search(r"(?:,|\band)\s+(?:the\s+)?[A-Z][\w&.'’-]*(?:\s+[A-Z][\w&.'’-]*){0,3}"
                              r"\s+by\s+$", text[a.end:b.start]) and \
                not re.search(r"\b(?:is|was|were|are|be|been|has|had|have)\b",
                              text[a.end:b.start]):
            out[i] = b.model_copy(update={"qualifier": a.qualifier, "direction": a.direction})
    # index levels next to index points: "rose 64.06 points to 4,577.10"
    if any(q.unit == "point" for q in out):
        out = [q.model_copy(update={"unit": "point"}) if q.unit == "" and q.unit_kind ==
               "dimensionless" and q.value >= 100 else q for q in out]
    # "lost more than two-thirds of their value": a fall of that share, in percent
    out = [_value_lost(q, text) for q in out]
    # "It was 101.7 degrees, against 38.7C in 2019": a bare degree takes the sentence's scale
    scale = _degree_scale(out)
    if scale:
        out = [_resolve_degrees(q, text, scale) for q in out]
    return out


_TEMP_WORDS = re.compile(
    r"\b(?:temperatures?|heat(?:wave)?|heat\s+wave|cold(?:er|est)?|cool(?:er|est|ing)?|"
    r"warm(?:er|est|ing)?|hot(?:ter|test)?|highs?|lows?|thermometers?|mercury|weather|fever|"
    r"records?|freez\w*|chill\w*|frost\w*|celsius|fahrenheit)\b", re.I)
_ANGLE_WORDS = re.compile(r"\b(?:angles?|tilt\w*|slopes?|inclin\w*|latitude|longitude|rotat\w*|"
                          r"turn(?:ed|s|ing)?|pitch|launch|arcs?|bank(?:ed|ing)?|compass|bearing|"
                          r"spin|twist\w*|lean\w*|view(?:ing)?|field\s+of)\b", re.I)
_SCALES = ("degree Celsius", "degree fahrenheit")
#: words of warmth, which no temperature under 60 F is called
_WARMTH = re.compile(r"\b(?:heat(?:wave)?|heat\s+wave|warm(?:er|est|th)?|hot(?:ter|test)?|"
                     r"swelter\w*|scorch\w*|bak(?:ing|ed)|sizzl\w*)\b", re.I)


def _degree_scale(qs: list[Quantity], sentence_of: "dict[int, str] | None" = None
                  ) -> str | None:
    """The one temperature scale the quantities state explicitly; with both, the one the
    text writes first, the other only in brackets ("1,800 degrees Fahrenheit (980 degrees
    Celsius)"), when ``sentence_of`` (id of a quantity -> its sentence) is given; else None."""
    found = {q.unit for q in qs if q.unit in _SCALES}
    if len(found) == 2 and sentence_of is not None:
        found = {q.unit for q in qs if q.unit in _SCALES and not re.search(
            r"\(\s*(?:about\s+|some\s+|around\s+|roughly\s+|nearly\s+)?$",
            sentence_of.get(id(q), "")[:q.start])}
    return found.pop() if len(found) == 1 else None


_VALUE_AFTER = re.compile(r"^\s+(?:of\s+)?(?:its|their|the\s+[\w-]+(?:'s|’s)|the)\s+"
                          r"(?:(?:market|stock|share|remaining)\s+)?value\b", re.I)


def _value_lost(q: Quantity, text: str) -> Quantity:
    """A share of a value lost ("the shares lost more than two-thirds of their value", "has
    lost half its value") is a fall of that many percent, comparable with "plunged 60%"."""
    if not q.fraction or q.unit or (q.predicate or "") not in ("lose", "shed", "wipe", "erase") \
            or not _VALUE_AFTER.match(text[q.end:q.end + 60]):
        return q
    def pct(x: float | None) -> float | None:
        return None if x is None else _tidy(x * 100)

    return q.model_copy(update={
        "value": pct(q.value), "low": pct(q.low), "high": pct(q.high), "unit": "percentage",
        "unit_kind": "percentage", "direction": "down", "fraction": False,
        "qualifier": "down" if q.qualifier == "=" else q.qualifier,
        # (a share said in words is a round figure: "half" is about 50%, not 50.0%)
        "precision": 10.0, "approximate": True})


def _numbered_whole(noun, text: str):
    """The noun a counted phrase is set beside as its total ("His pacemakers, 41 runners in
    all": pacemakers), or None."""
    if noun is None or noun.dep_ != "appos" or noun.head.pos_ != "NOUN" or \
            noun.head.tag_ != "NNS":
        return None
    after = text[noun.idx + len(noun.text):noun.idx + len(noun.text) + 20]
    return noun.head if re.match(r"\s+(?:in\s+all|in\s+total|altogether)\b", after, re.I) \
        else None


def _beside_negation(tok: "Token", verb: "Token") -> bool:
    """The figure hangs on the negated verb as its subject or in an adjunct, not as what is
    denied: "two stuck fasteners could not be removed" (there are two), "had not reached for
    the Moon in 47 years" (47 years it was)."""
    t = tok
    for _ in range(6):
        if t.head.i == t.i:
            return False
        if t.head.i == verb.i:
            return t.dep_ in ("nsubj", "nsubjpass", "prep", "npadvmod", "advcl", "advmod")
        t = t.head
    return False


def _attributive(tok: "Token", start: int, end: int) -> bool:
    """The figure (characters ``start:end``) modifies a noun before it: "Chevron's $53
    billion takeover of Hess would not alter the terms". A clause's negation says nothing
    of such an attribute: the takeover is still $53 billion."""
    h = tok
    for _ in range(4):
        if h.head.i == h.i:
            return False
        prev, h = h, h.head
        if start <= h.idx < end:
            continue  # still inside the figure ("53" -> "billion" -> "$")
        if h.pos_ in ("NOUN", "PROPN"):
            return prev.i < h.i and prev.dep_ in ("compound", "nummod", "amod", "nmod",
                                                 "quantmod")
        return False
    return False


def _noun_conjoined_to(tok, verb) -> bool:
    """The verb's "not" is not the figure's: the figure's noun phrase hangs on the verb as a
    conjunct ("It will not be ratified, and his official world record, 2:01:39, remains the
    mark": a clause of its own, misparsed as the verb's), or the figure describes a noun
    ("does not touch her world record of 2:09:56")."""
    for a in [tok, *tok.ancestors]:
        if a.i == verb.i:
            return False
        if a.dep_ == "conj" and a.head.i == verb.i and a.pos_ in ("NOUN", "PROPN"):
            return True
        if a.dep_ == "appos" or (a.dep_ == "pobj" and a.head.dep_ == "prep" and
                                 a.head.head.pos_ in ("NOUN", "PROPN", "PRON")):
            # "does not touch her world record of 2:09:56", "organizers' figure of 800,000
            # has never been backed": the figure describes a noun the verb denies something
            # of; the figure itself is not denied
            return True
    return False


def _resolve_degrees(q: Quantity, sentence: str, scale: str | None) -> Quantity:
    """A bare 'degrees' in a text about temperatures takes the scale the text uses elsewhere:
    'The previous record, 101.7 degrees, ...' in a story giving '104.5 degrees Fahrenheit'."""
    if q.unit != "degree" or q.dimension is not None or \
            not _TEMP_WORDS.search(sentence) or _ANGLE_WORDS.search(sentence):
        return q
    if scale is None and _WARMTH.search(sentence) and 0 < q.value < 130:
        # "in 35-degree heat", "waters as warm as 88 degrees": warmth below 60 degrees can
        # only be Celsius, and 60 degrees or more only Fahrenheit (up to the hottest weather:
        # a heat shield's 3,000 degrees is left open)
        scale = "degree Celsius" if q.value < 60 else "degree fahrenheit"
    return q if scale is None else _in_unit(q, scale)


def _as_rain_depth(q: Quantity) -> Quantity:
    """Bare litres told right after rain in litres per square metre are that depth too:
    "184.6 litres per square metre in one hour, and 771.8 litres over the whole day",
    "... Chiva received 491 litres in eight hours"."""
    return _in_unit(q, "litre per square metre")


def _in_unit(q: Quantity, unit: str) -> Quantity:
    """The quantity read in ``unit`` (its number unchanged): unit, dimension and SI values."""
    info = U.unit_info(unit)
    return q.model_copy(update={"unit": info.name, "dimension": info.dimension,
                                "si_value": info.to_si(q.value), "si_low": info.to_si(q.low),
                                "si_high": info.to_si(q.high)})


def extract(articles: list[Article], cfg: Config) -> list[Claim]:
    """The pipeline stage: claims of every ok article, ids ``<article>:q<n>`` in text order."""
    jobs: list[tuple[Article, int, str]] = []
    for art in articles:
        if art.status != "ok" or not art.text:
            continue
        for s, e in _nlp.split_sentences(art.text):
            sent = art.text[s:e]
            if _worth_parsing(sent):
                jobs.append((art, s, sent))
    docs = _nlp.parse_many([j[2] for j in jobs], batch_size=max(8, cfg.batch_size))
    per_article: dict[int, list[tuple[int, str, list[Quantity]]]] = {}
    race_articles = {art.id for art in articles if art.text and
                     len({m.group(0).lower() for m in _RACE_WORDS.finditer(art.text)}) >= 3}
    for (art, s, sent), doc in zip(jobs, docs):
        token = _RACE_ARTICLE.set(art.id in race_articles)
        try:
            qs = extract_quantities(sent, doc)
        finally:
            _RACE_ARTICLE.reset(token)
        per_article.setdefault(id(art), []).append((s, sent, qs))
    claims: list[Claim] = []
    counters: dict[str, int] = {}
    for art in articles:
        sents = per_article.pop(id(art), [])
        sents = _anaphoric_figures(art.text, sents)
        # a bare "degrees" takes the one temperature scale the article states
        scale = _degree_scale([q for _, _, qs in sents for q in qs],
                              {id(q): sent for _, sent, qs in sents for q in qs})
        currency = _bare_currencies(art.text or "")
        euro = _euro_story(art.text or "")
        rain_at = {k for k, (_, _, qs) in enumerate(sents)
                   if any(q.unit == "litre per square metre" for q in qs)}
        for k, (s, sent, qs) in enumerate(sents):
            for q in qs:
                q = _resolve_degrees(q, sent, scale)
                if q.unit == "litre" and (k in rain_at or k - 1 in rain_at):
                    q = _as_rain_depth(q)
                if q.unit in currency:
                    q = q.model_copy(update={"unit": currency[q.unit]})
                if euro and q.unit and _BARE_CENTS.search(q.text) and \
                        not re.search(r"\$|\bU\.?S\b|\bdollars?\b", q.text):
                    if q.unit == "dollar":
                        q = q.model_copy(update={"unit": "euro"})
                    elif q.unit.startswith("cent per "):
                        q = q.model_copy(update={"unit": "euro " + q.unit})
                _emit(art, s, sent, q, counters, claims)
    return claims


#: a bare "cents" ("a 7.6-cent increase", "3.9 cents a litre")
_BARE_CENTS = re.compile(r"\d[\s-]*cents?\b|¢", re.I)


def _euro_story(text: str) -> bool:
    """The article counts money in euros, not dollars: its bare "cents" are euro cents ("the
    duty on diesel rose by 7.6 cents a litre" in a report from Paris)."""
    euros = len(re.findall(r"\beuros?\b|€|\bEUR\b", text, re.I))
    dollars = len(re.findall(r"\$|\bdollars?\b|\bUSD\b", text, re.I))
    return euros > dollars


#: a currency's bare name, and the countries that may own it
_BARE_CURRENCY_OWNERS = {
    "shilling": (("kenya", "kenyan shilling"), ("uganda", "ugandan shilling"),
                 ("nairobi", "kenyan shilling"), ("kampala", "ugandan shilling"),
                 ("tanzania", "tanzanian shilling")),
    "peso": (("mexico", "mexican peso"), ("philippines", "philippine peso"),
             ("manila", "philippine peso"), ("santiago", "chilean peso"),
             ("bogota", "colombian peso"), ("bogotá", "colombian peso"),
             ("buenos aires", "argentine peso"), ("montevideo", "uruguayan peso"),
             ("filipino", "philippine peso"), ("mexican", "mexican peso"),
             ("chile", "chilean peso"), ("chilean", "chilean peso"),
             ("colombia", "colombian peso"), ("colombian", "colombian peso"),
             ("argentina", "argentine peso"), ("argentine", "argentine peso"),
             ("uruguay", "uruguayan peso"), ("uruguayan", "uruguayan peso")),
}


def _bare_currencies(text: str) -> dict[str, str]:
    """A bare "shillings" or "pesos" in a story about one country that uses it is that
    country's: "346 billion shillings" in a report from Kenya are Kenyan shillings (the
    country the story names most often, when it names one)."""
    out: dict[str, str] = {}
    low = text.lower()
    for bare, owners in _BARE_CURRENCY_OWNERS.items():
        counts: dict[str, int] = {}
        for country, unit in owners:
            n = len(re.findall(rf"\b{country}\b", low))
            if n:
                counts[unit] = counts.get(unit, 0) + n
        if counts:
            best = sorted(counts.items(), key=lambda kv: -kv[1])
            if len(best) == 1 or best[0][1] > best[1][1]:
                out[bare] = best[0][0]
    return out


def _emit(art: Article, s: int, sent: str, q: Quantity, counters: dict[str, int],
          claims: list[Claim]) -> None:
    """The claim of one quantity: its id, offsets and location in the article."""
    n = counters.get(art.id, 0) + 1
    counters[art.id] = n
    start, end = s + q.start, s + q.end
    if art.format == "jsonl":
        loc = Location(path=art.path, line=art.line, column=start + 1)
    else:
        line = art.body_line + art.text.count("\n", 0, start)
        col = start - (art.text.rfind("\n", 0, start) + 1) + 1
        loc = Location(path=art.path, line=line, column=col)
    data = q.model_dump()
    data.update(start=start, end=end)
    claims.append(Claim(**data, id=f"{art.id}:q{n}", article=art.id, sentence=sent,
                        sentence_start=s, location=loc))
