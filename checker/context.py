"""Stage 3: the context of a claim — when, where, who says so, and which named event.

:func:`annotate` fills ``time``, ``place``, ``attribution`` and ``event`` of the claims the
extractor produced. It works on two levels:

* the claim's own sentence, through the cached spaCy parse (:func:`checker.nlp.parse`):
  the time expression, place and speaker closest to the claim in the dependency tree win;
* cheap regexes over ``article.text`` for article-level signals: the dateline
  ("KYIV, July 4 (Reuters) -"), the previous sentences of the paragraph, the lead (first two
  sentences of the body), quotations and their speakers. Whole articles are never parsed.

Time resolution rules (see :func:`resolve_time`):

* the reference day is the publication date (``article.published``, else the dateline date
  when its year is known or can be inferred from a full date in the text);
* a bare weekday ("on Friday") is the most recent such day *on or before* the reference
  day, so an article published on a Friday saying "on Friday" means that same day (wire
  copy); "last Friday" is strictly before; a weekday governed by a verb in the future tense
  ("will meet on Friday") is the next such day on or after the reference day;
* "overnight into Friday" / "overnight Friday" / "the night into Friday" is the night ending
  on Friday: start Thursday, end Friday; "Sunday night" is start Sunday, end Monday;
  "overnight" / "last night" alone is the night before the reference day;
* ``weekday`` is the *last* weekday the expression names ("Tuesday and Wednesday" -> 2,
  "overnight into Friday" -> 4) and is set even when no date can be resolved;
* "since ..." is a span (a running total): start is the resolved start when known, end is
  the reference day; "in the past 24 hours" / "over the past week" are spans ending on it;
* dates without a year take the reference year, or the year before when that would put
  them more than 90 days after the reference day.

Choosing the expression: in the claim's sentence the expression closest to the claim in the
parse tree wins; one attached to a reporting verb that is not the claim's own ("..., officials
said on Tuesday") and a bare "overnight" are penalized; the dateline never counts. Else the
nearest expression in the previous sentences of the paragraph (``source="context"``), else the
article's main event time (``"article"``: the first expression of the lead, preferring a lead
sentence that states a number), else the publication date (``"published"``).

Attribution: the speaker of the quotation containing the claim (speaker after or before the
quote, "he"/"she" resolved to the last named speaker before it); else, walking up the parse
from the claim, "according to X", the subject of a reporting verb (say, report, tell,
estimate ...), "citing X", "as reported by X"; documents ("a statement from the ministry")
give their author. Titles are dropped before a person's name.

Place: a place in a locative phrase closest to the claim ("in Kyiv", "in the Kursk region"),
a demonym on a place noun ("15 Ukrainian regions" -> Ukraine), any other place entity, else
the dateline city. Places inside "according to ..." and named events are skipped.

Event: a named storm, fire, dated disaster, sports event, "Operation X" ... in the claim's
sentence (closest in the parse, not one only used for comparison), else the one named event of
the title and lead paragraph. Names are normalized by :func:`normalize_event`;
:func:`same_event` also equates one storm under two designations.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, replace
from functools import lru_cache
from typing import TYPE_CHECKING, Callable

from . import nlp
from . import numbers as num
from .models import Article, Claim, TimeRef

if TYPE_CHECKING:  # pragma: no cover
    from spacy.tokens import Doc, Token

__all__ = [
    "annotate",
    "resolve_time",
    "article_time",
    "published_from_text",
    "find_time_expressions",
    "find_events",
    "normalize_event",
    "same_event",
    "dateline",
    "Dateline",
]

# --------------------------------------------------------------------------------------
# vocabulary

WEEKDAYS = {
    "monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3,
    "friday": 4, "saturday": 5, "sunday": 6,
}
MONTHS = {
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "may": 5, "jun": 6,
    "jul": 7, "aug": 8, "sep": 9, "oct": 10, "nov": 11, "dec": 12,
}
SMALL_NUMBERS = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
    "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
    "several": 3, "a few": 3, "few": 3, "a couple of": 2, "couple of": 2,
}

WD = r"(?:mon|tues|wednes|thurs|fri|satur|sun)day"
PART = r"(?:morning|afternoon|evening|night)"
MONTH = (r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
         r"|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?")
DAY = r"(?:3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)?"
YEAR = r"(?:1[89]\d\d|20\d\d)"
NUMW = (r"(?:\d{1,3}|a\s+couple\s+of|a\s+few|an?|one|two|three|four|five|six|seven|eight"
        r"|nine|ten|eleven|twelve|several)")

# demonyms used as places ("15 Ukrainian regions" -> Ukraine)
DEMONYMS = {
    "ukrainian": "Ukraine", "russian": "Russia", "belarusian": "Belarus", "polish": "Poland",
    "american": "United States", "british": "United Kingdom", "french": "France",
    "german": "Germany", "italian": "Italy", "spanish": "Spain", "portuguese": "Portugal",
    "dutch": "Netherlands", "belgian": "Belgium", "swiss": "Switzerland", "austrian": "Austria",
    "swedish": "Sweden", "norwegian": "Norway", "danish": "Denmark", "finnish": "Finland",
    "romanian": "Romania", "moldovan": "Moldova", "hungarian": "Hungary", "czech": "Czechia",
    "slovak": "Slovakia", "greek": "Greece", "turkish": "Turkey", "syrian": "Syria",
    "israeli": "Israel", "palestinian": "Palestine", "lebanese": "Lebanon",
    "iranian": "Iran", "iraqi": "Iraq", "saudi": "Saudi Arabia", "egyptian": "Egypt",
    "chinese": "China", "japanese": "Japan", "korean": "Korea", "indian": "India",
    "pakistani": "Pakistan", "afghan": "Afghanistan", "bangladeshi": "Bangladesh",
    "vietnamese": "Vietnam", "filipino": "Philippines", "philippine": "Philippines",
    "thai": "Thailand", "indonesian": "Indonesia", "malaysian": "Malaysia",
    "australian": "Australia", "canadian": "Canada", "mexican": "Mexico",
    "brazilian": "Brazil", "argentine": "Argentina", "chilean": "Chile",
    "colombian": "Colombia", "venezuelan": "Venezuela", "peruvian": "Peru",
    "nigerian": "Nigeria", "kenyan": "Kenya", "ethiopian": "Ethiopia",
    "sudanese": "Sudan", "south african": "South Africa", "georgian": "Georgia",
    "armenian": "Armenia", "azerbaijani": "Azerbaijan", "kazakh": "Kazakhstan",
    "serbian": "Serbia", "croatian": "Croatia", "bosnian": "Bosnia", "irish": "Ireland",
    "scottish": "Scotland", "welsh": "Wales", "english": "England", "european": "Europe",
    "african": "Africa", "asian": "Asia", "taiwanese": "Taiwan", "libyan": "Libya",
    "yemeni": "Yemen", "moroccan": "Morocco", "tunisian": "Tunisia", "algerian": "Algeria",
    "nepalese": "Nepal", "burmese": "Myanmar", "cuban": "Cuba", "haitian": "Haiti",
    "catalan": "Catalonia", "sri lankan": "Sri Lanka", "somali": "Somalia",
    "malawian": "Malawi", "ecuadorian": "Ecuador", "jamaican": "Jamaica",
    "jordanian": "Jordan", "qatari": "Qatar", "emirati": "United Arab Emirates",
    "kuwaiti": "Kuwait", "omani": "Oman", "bahraini": "Bahrain", "senegalese": "Senegal",
    "malian": "Mali", "ghanaian": "Ghana", "ugandan": "Uganda", "tanzanian": "Tanzania",
    "rwandan": "Rwanda", "congolese": "Congo", "zimbabwean": "Zimbabwe",
    "mozambican": "Mozambique", "zambian": "Zambia", "cameroonian": "Cameroon",
    "ivorian": "Ivory Coast", "nepali": "Nepal", "singaporean": "Singapore",
    "mongolian": "Mongolia", "uzbek": "Uzbekistan", "tajik": "Tajikistan",
    "bulgarian": "Bulgaria", "slovenian": "Slovenia", "lithuanian": "Lithuania",
    "latvian": "Latvia", "estonian": "Estonia", "icelandic": "Iceland", "cypriot": "Cyprus",
    "albanian": "Albania", "bolivian": "Bolivia", "paraguayan": "Paraguay",
    "uruguayan": "Uruguay", "guatemalan": "Guatemala", "honduran": "Honduras",
    "salvadoran": "El Salvador", "nicaraguan": "Nicaragua", "panamanian": "Panama",
    "briton": "United Kingdom",
}
PLACE_NOUNS = {
    "region", "province", "oblast", "city", "town", "village", "state", "country",
    "district", "county", "municipality", "governorate", "prefecture", "territory",
    "area", "settlement", "community", "capital", "island", "department", "canton",
}
EXPERIENCER_VERBS = {"record", "register", "receive", "see", "experience", "suffer", "log",
                     "get", "lose", "host", "have", "count"}
LOC_PREPS_STRONG = {"in", "across", "throughout", "near", "at", "inside", "around", "outside"}
LOC_PREPS_WEAK = {"on", "over", "into", "within", "from", "to"}  # only with a place entity
PLACE_LABELS = {"GPE", "LOC", "FAC"}

REPORT_LEMMAS = {
    "say", "report", "tell", "estimate", "announce", "state", "claim", "confirm", "add",
    "note", "write", "post", "record", "reveal", "declare", "acknowledge", "emphasise",
    "emphasize", "stress", "insist", "warn", "explain", "tweet", "allege", "assert",
    "disclose", "publish", "tally", "count", "put", "indicate", "update", "quote",
    "measure", "register", "log", "gauge", "rate",
}
#: report verbs that are also verbs of size ("the bridge measures 2 km"): their subject is a
#: source only when they have an object of their own ("the CWA measured the quake at 7.2")
_MEASURING = {"measure", "register", "log", "gauge"}
DOCUMENT_NOUNS = {
    "statement", "report", "data", "figure", "figures", "estimate", "estimates", "document",
    "post", "count", "tally", "update", "survey", "study", "poll", "analysis", "release",
    "record", "records", "filing", "assessment", "briefing", "bulletin", "message",
}
PRONOUNS = {"he", "she", "they", "it", "we", "i", "you", "who", "which", "that", "this"}
INSTITUTION_WORDS = {
    "ministry", "council", "office", "service", "agency", "police", "department",
    "committee", "forces", "force", "army", "command", "administration", "authority",
    "authorities", "organization", "organisation", "government", "court", "commission",
    "bureau", "alliance", "union", "nations", "staff", "guard", "center", "centre",
    "institute", "bank", "fund", "group", "company", "corporation", "party", "parliament",
    "assembly", "senate", "congress", "house", "news", "agency", "network", "times", "post",
    "lab", "laboratory", "university", "site", "survey", "media", "board", "union",
}
TITLES = {
    "president", "prime", "minister", "secretary", "general", "secretary-general",
    "chancellor", "governor", "gov.", "mayor", "senator", "sen.", "rep.", "representative",
    "dr.", "mr.", "mrs.", "ms.", "defence", "defense", "foreign", "interior", "health",
    "finance", "spokesperson", "spokesman", "spokeswoman", "chief", "deputy", "head",
    "commander", "vice", "king", "queen", "pope", "ambassador", "envoy", "strategic",
    "industries", "first", "lady", "former", "acting", "regional", "military", "army",
    "police", "fire", "sheriff", "judge", "justice", "speaker", "leader", "general.",
    "lieutenant", "colonel", "major", "captain", "adviser", "advisor", "director",
    "ceo", "executive", "officer", "chairman", "chairwoman", "chair", "premier", "emir",
    "prince", "sheikh",
    "un", "u.n.", "us", "u.s.", "uk", "eu", "nato", "united", "nations", "state", "white",
}

# --------------------------------------------------------------------------------------
# time expressions


@dataclass(frozen=True)
class _Expr:
    start: int
    end: int
    text: str
    # resolve(ref day or None, future?) -> (start, end, weekday)
    resolve: Callable[[dt.date | None, bool], tuple[dt.date | None, dt.date | None, int | None]]
    span: bool = False  # a running total / period rather than an event day
    weak: bool = False  # a vague cue ("overnight"): used only when nothing better


def _wd(word: str) -> int:
    return WEEKDAYS[re.sub(r"(?:’s|'s)$", "", word.lower())]


def _month(word: str) -> int:
    return MONTHS[word.lower().rstrip(".")[:3]]


def _day(word: str) -> int:
    return int(re.match(r"\d+", word).group(0))  # type: ignore[union-attr]


def _num(word: str) -> int:
    w = re.sub(r"\s+", " ", word.lower().strip())
    if w.isdigit():
        return int(w)
    return SMALL_NUMBERS.get(w, 1)


def _cap(word: str | None) -> bool:
    return bool(word) and word[0].isupper()  # type: ignore[index]


def _on_or_before(ref: dt.date, wd: int) -> dt.date:
    return ref - dt.timedelta(days=(ref.weekday() - wd) % 7)


def _strictly_before(ref: dt.date, wd: int) -> dt.date:
    return ref - dt.timedelta(days=((ref.weekday() - wd) % 7) or 7)


def _on_or_after(ref: dt.date, wd: int) -> dt.date:
    return ref + dt.timedelta(days=(wd - ref.weekday()) % 7)


def _weekday_date(ref: dt.date | None, wd: int, mode: str, future: bool) -> dt.date | None:
    if ref is None:
        return None
    if mode == "last":
        return _strictly_before(ref, wd)
    if mode in ("the previous", "the preceding"):
        # "the march of the previous Sunday": a week before the Sunday the story is about
        return _on_or_before(ref, wd) - dt.timedelta(days=7)
    if mode == "next" or future:
        return _on_or_after(ref, wd)
    return _on_or_before(ref, wd)


def _safe_date(y: int, m: int, d: int) -> dt.date | None:
    try:
        return dt.date(y, m, d)
    except ValueError:
        return None


def _month_end(y: int, m: int) -> dt.date:
    nxt = dt.date(y + (m == 12), m % 12 + 1, 1)
    return nxt - dt.timedelta(days=1)


def _year_for(ref: dt.date | None, m: int, d: int, year: str | None) -> int | None:
    if year:
        return int(year)
    if ref is None:
        return None
    cand = _safe_date(ref.year, m, d if m != 2 or d < 29 else 28)
    if cand is not None and (cand - ref).days > 90:
        return ref.year - 1
    return ref.year


def _shift_months(day: dt.date, months: int) -> dt.date:
    y, m = divmod(day.year * 12 + day.month - 1 - months, 12)
    m += 1
    return dt.date(y, m, min(day.day, _month_end(y, m).day))


Resolved = tuple[dt.date | None, dt.date | None, int | None]
_PATTERNS: list[tuple[re.Pattern[str], Callable[[re.Match[str]], _Expr | None]]] = []


def _pattern(regex: str):
    compiled = re.compile(regex, re.I)

    def deco(fn: Callable[[re.Match[str]], _Expr | None]):
        _PATTERNS.append((compiled, fn))
        return fn

    return deco


def _expr(m: re.Match[str], fn, span: bool = False, weak: bool = False) -> _Expr:
    return _Expr(m.start(), m.end(), m.group(0), fn, span, weak)


#: the full stop of an abbreviated month ("since Nov. 3") does not end a "since" clause
_MONTH_DOT = "(?:" + "|".join(f"(?<={m})" for m in (
    "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec")) + r")\."


@_pattern(r"\bsince\s+(?P<rest>(?:[^,.;:!?()\"“”\n]|" + _MONTH_DOT + r"){1,90})")
def _p_since(m: re.Match[str]) -> _Expr | None:
    raw = m.group("rest")
    if re.search(r"\d[\d.]*-[a-z]+\s*$", raw) and m.string[m.end():m.end() + 1] == ",":
        # "since the 13-storey, 155-unit tower collapsed on June 24": the comma parts two
        # modifiers of one noun, not the clause
        more = re.match(r",\s*[^,.;:!?()\"“”\n]{1,90}", m.string[m.end():])
        if more:
            raw += more.group(0)
    rest = re.split(r"\s+(?:and|but|while|when|which|who|as|after|because|with)\s+",
                    raw)[0].rstrip()
    first = rest.split()[0] if rest.split() else ""
    if not first:
        return None
    allowed = {"the", "its", "their", "his", "her", "our", "this", "last", "early", "late",
               "mid", "then", "a", "an"}
    gerund = first.lower().endswith("ing") and first.islower()
    if not (first.lower() in allowed or first[0].isdigit() or first[0].isupper() or gerund):
        return None
    if first.lower() in PRONOUNS or first in {"I", "He", "She", "They", "We", "It"}:
        return None
    text = m.string[m.start():m.start("rest") + len(rest)]
    period = re.search(r"(?:start|beginning|outset)\s+of\s+(?:the|this)\s+(week|month|year)",
                       rest, re.I)
    inner = None if period else _first_expr(rest)
    # "since October" in a June report: the last October before it
    bare_month = None if period or inner is not None else re.fullmatch(
        r"(?:last\s+)?([A-Z][a-z]{2,8})\.?", rest)
    month = MONTHS.get(bare_month.group(1).lower()[:3]) if bare_month and \
        bare_month.group(1).lower() in _MONTH_WORDS else None
    if gerund and inner is None:
        return None  # "since taking office in January" is a span; "since being cheaper" is not

    def resolve(ref: dt.date | None, future: bool) -> Resolved:
        start: dt.date | None = None
        wd: int | None = None
        if period and ref is not None:
            unit = period.group(1).lower()
            if unit == "week":
                start = ref - dt.timedelta(days=ref.weekday())
            elif unit == "month":
                start = ref.replace(day=1)
            else:
                start = dt.date(ref.year, 1, 1)
        elif inner is not None:
            start, _, wd = inner.resolve(ref, False)
        elif month is not None and ref is not None:
            start = dt.date(ref.year if month <= ref.month else ref.year - 1, month, 1)
        return start, ref, wd

    return _Expr(m.start(), m.start() + len(text), text, resolve, span=True)


@_pattern(
    rf"\b(?:(?:overnight\s+(?:from\s+)?|(?:on\s+)?the\s+night\s+(?:of\s+)?|from\s+|between\s+"
    rf"|on\s+)(?:early\s+|late\s+)?)?(?P<a>{WD})(?:\s+(?:night|evening))?"
    rf"\s*(?:into|to|and|through|till|until|-|–)\s*(?:early\s+|late\s+|on\s+)?(?P<b>{WD})"
    rf"(?:\s+{PART})?")
def _p_wd_range(m: re.Match[str]) -> _Expr | None:
    if not (_cap(m.group("a")) and _cap(m.group("b"))):
        return None
    a, b = _wd(m.group("a")), _wd(m.group("b"))

    def resolve(ref: dt.date | None, future: bool) -> Resolved:
        end = _weekday_date(ref, b, "", future)
        start = None if end is None else end - dt.timedelta(days=(b - a) % 7)
        return start, end, b

    return _expr(m, resolve)


@_pattern(rf"\b(?:overnight|(?:the|late)\s+night)\s+(?:(?:into|to|on|before)\s+)?"
          rf"(?:early\s+)?(?P<b>{WD})(?:’s|'s)?")
def _p_into(m: re.Match[str]) -> _Expr | None:
    if not _cap(m.group("b")):
        return None
    b = _wd(m.group("b"))

    def resolve(ref: dt.date | None, future: bool) -> Resolved:
        end = _weekday_date(ref, b, "", future)
        return (None if end is None else end - dt.timedelta(days=1)), end, b

    return _expr(m, resolve)


@_pattern(rf"\b(?:(?P<a>{WD}),?\s+)?(?:the\s+)?(?P<d>{DAY})(?:\s*(?:-|–|and|to)\s*(?P<d2>{DAY}))?"
          rf"\s+(?:of\s+)?(?P<m>{MONTH})(?:,?\s+(?P<y>{YEAR})|\s+(?P<rel>last|this|next)\s+year)?\b")
def _p_date_dm(m: re.Match[str]) -> _Expr | None:
    return _date_expr(m)


@_pattern(rf"\b(?:on\s+)?(?:(?P<a>{WD}),?\s+)?(?P<m>{MONTH})\s+(?P<d>{DAY})"
          rf"(?:\s*(?:-|–|and|to|through)\s*(?P<d2>{DAY}))?(?:,?\s+(?P<y>{YEAR})|"
          rf"\s+(?P<rel>last|this|next)\s+year)?\b")
def _p_date_md(m: re.Match[str]) -> _Expr | None:
    return _date_expr(m)


def _date_expr(m: re.Match[str]) -> _Expr | None:
    if not _cap(m.group("m")):
        return None
    if m.group("a") and not _cap(m.group("a")):
        return None
    month = _month(m.group("m"))
    d1 = _day(m.group("d"))
    d2 = _day(m.group("d2")) if m.group("d2") else None
    if d2 is not None and d2 < d1:
        d1, d2 = d2, d1  # "3-4 July" written as "4 and 3"? keep ordered
    year = m.group("y")
    wd = _wd(m.group("a")) if m.group("a") else None
    if _safe_date(2024, month, d1) is None:
        return None

    # "on 22 February last year": the year counted from the report's
    shift = {"last": -1, "this": 0, "next": 1}.get((m.group("rel") or "").lower())

    def resolve(ref: dt.date | None, future: bool) -> Resolved:
        y = _year_for(ref, month, d1, year)
        if shift is not None:
            y = ref.year + shift if ref is not None else None
        if y is None:
            return None, None, wd
        start = _safe_date(y, month, d1)
        if future and not year and shift is None and ref is not None and start is not None \
                and start < ref - dt.timedelta(days=7):
            # "the duty will rise by 6.5 cents on Jan. 1" in a November report: the coming one
            y += 1
            start = _safe_date(y, month, d1)
        end = _safe_date(y, month, d2) if d2 else start
        return start, end, wd

    return _expr(m, resolve)


@_pattern(rf"\b(?P<y>{YEAR})-(?P<mo>0[1-9]|1[0-2])-(?P<d>0[1-9]|[12]\d|3[01])\b")
def _p_iso(m: re.Match[str]) -> _Expr | None:
    day = _safe_date(int(m.group("y")), int(m.group("mo")), int(m.group("d")))
    if day is None:
        return None
    return _expr(m, lambda ref, fut: (day, day, None))


@_pattern(rf"\b(?:(?P<mod>in|during|since|until|from|through|throughout|last|this|next|early|late"
          rf"|mid|of|by|before|after)[\s-]+)(?:(?:early|late|mid)[\s-]+)?(?P<m>{MONTH})"
          # ("the morning of April 8" is a day: the day-month pattern reads it)
          # (nor "of Oct. 20, 1987", the month's full stop given back)
          rf"(?!\.?\s+\d{{1,2}}(?:st|nd|rd|th)?\b)"
          rf"(?:\s+(?P<y>{YEAR})|\s+(?:of\s+)?(?P<rel>last|this|next)\s+year)?\b|"
          rf"\b(?P<m2>{MONTH})\s+(?P<y2>{YEAR})\b|"
          # "revenge for June, when Wagner columns ... drove to within some 200km of Moscow"
          rf"\b(?P<m3>{MONTH})(?=,\s+when\b)")
def _p_month(m: re.Match[str]) -> _Expr | None:
    word = m.group("m") or m.group("m2") or m.group("m3")
    if not _cap(word):
        return None
    month = _month(word)
    year = m.group("y") or m.group("y2")
    mod = (m.group("mod") or "").lower()

    rel = (m.group("rel") or "").lower()

    def resolve(ref: dt.date | None, future: bool) -> Resolved:
        if year:
            y = int(year)
        elif ref is None:
            return None, None, None
        elif rel:  # "in May last year"
            y = ref.year + {"last": -1, "this": 0, "next": 1}[rel]
        elif mod == "next" or (future and month > ref.month):
            y = ref.year + (month <= ref.month)
        elif mod == "last":
            y = ref.year - (month >= ref.month)
        else:
            y = ref.year if month <= ref.month else ref.year - 1
        return dt.date(y, month, 1), _month_end(y, month), None

    return _expr(m, resolve)


@_pattern(rf"\b(?:in|during|since|throughout|for|of|until|from)\s+(?:(?:early|late|mid)[\s-]+)?"
          rf"(?P<y>{YEAR})\b(?!\s*(?:%|percent|per\b|people\b|[a-z]+s\b))")
def _p_year(m: re.Match[str]) -> _Expr | None:
    y = int(m.group("y"))
    return _expr(m, lambda ref, fut: (dt.date(y, 1, 1), dt.date(y, 12, 31), None))


#: nouns of events a year can date directly ("the 2002 siege", "the Agadir earthquake of 1960")
EVENT_NOUNS = (r"sieges?|attacks?|bombings?|massacres?|earthquakes?|quakes?|floods?|flooding|"
               r"hurricanes?|storms?|typhoons?|cyclones?|tornado(?:e?s)?|twisters?|blizzards?|"
               r"derechos?|fires?|wildfires?|tsunamis?|eruptions?|implosions?|mutin(?:y|ies)|"
               r"disasters?|crash(?:es)?|explosions?|blasts?|wars?|uprisings?|revolutions?|"
               r"riots?|marches|march|protests?|rall(?:y|ies)|demonstrations?|elections?|"
               r"referendums?|plebiscites?|coups?|games|olympics|"
               r"world\s+cup|final|tour|marathon|race|strike|walkout|crisis|pandemic|outbreak|"
               r"spill|collapse|derailment|shooting|heatwave|drought|famine|recession|"
               r"collisions?|accidents?|stampedes?|crush|landslides?|mudslides?|avalanches?|"
               r"shipwrecks?|sinking")


@_pattern(rf"\b(?:the|a|its|their)\s+(?P<y>{YEAR})(?=\s+(?:[\w'’-]+\s+){{0,3}}?(?:{EVENT_NOUNS})\b)")
def _p_year_event(m: re.Match[str]) -> _Expr | None:
    """"the 2002 Dubrovka theatre siege", "the 2011 disaster": an event named by its year."""
    y = int(m.group("y"))
    return _expr(m, lambda ref, fut: (dt.date(y, 1, 1), dt.date(y, 12, 31), None))


_YEAR_OF_EVENT = re.compile(rf"(?:\b(?:{EVENT_NOUNS})\s+(?:[\w'’-]+\s+){{0,3}}?(?:of|in)\s+"
                            rf"(?:{MONTH}\s+)?{YEAR}\b|"
                            rf"\b{YEAR}\s+(?:[\w'’-]+\s+){{0,3}}?(?:{EVENT_NOUNS})\b)", re.I)


#: what makes "the Monday" a day of an event: "of the pilgrimage", "before the vote" (not "of
#: last week")
_DAY_OF_AN_EVENT = re.compile(r"\s+(?:of|before|after)\s+(?!(?:last|this|next|that|the\s+same)\s+"
                              r"week\b)(?:the|its|their|this|that|[A-Z])", re.I)

#: words that make a weekday the name of a day of the year
_NAMED_DAY_BEFORE = re.compile(r"\b(?:Palm|Easter|Good|Holy|Maundy|Ash|Black|Cyber|Super|Bloody|"
                               r"Whit|Trinity|Low|Shrove)\s*$")


@_pattern(rf"\b(?P<mod>on|last|this|next|early|late|by|until|till|before|after|from|"
          rf"the\s+previous|the\s+preceding)?\s*"
          rf"(?:(?:early|late)\s+)?(?P<a>{WD})(?:’s|'s)?(?:\s+(?P<part>{PART})(?:’s|'s)?)?"
          rf"(?:,?\s+(?:of\s+)?(?P<wk>last|this|next)\s+week\b)?")
def _p_wd(m: re.Match[str]) -> _Expr | None:
    if not _cap(m.group("a")):
        return None
    if not m.group("mod") and _NAMED_DAY_BEFORE.search(m.string[max(0, m.start() - 12):m.start()]):
        return None  # "on Palm Sunday", "Black Friday", "Super Tuesday": a day of the year
    a = _wd(m.group("a"))
    mod = re.sub(r"\s+", " ", (m.group("mod") or "").lower())
    night = (m.group("part") or "").lower() == "night"
    lead = max(0, m.start("a") - 8)
    the = re.search(r"\bthe\s+$", m.string[lead:m.start("a")])
    if mod in ("", "on") and the and _DAY_OF_AN_EVENT.match(m.string, m.end()):
        # "on the Monday of the pilgrimage", "the Sunday before the vote": a day of an event,
        # not of the report's week; the weekday is all it tells
        start = lead + the.start()
        return _Expr(start, m.end(), m.string[start:m.end()], lambda ref, future: (None, None, a))
    text = m.group(0).strip()
    start_off = m.start() + (len(m.group(0)) - len(m.group(0).lstrip()))
    week = {"last": -7, "this": 0, "next": 7}.get((m.group("wk") or "").lower())

    def resolve(ref: dt.date | None, future: bool) -> Resolved:
        if week is not None and ref is not None and mod in ("", "on"):
            # "Tuesday last week", "on Friday of next week": that day of that week
            day = ref - dt.timedelta(days=ref.weekday()) + dt.timedelta(days=week + a)
            return day, (day + dt.timedelta(days=1)) if night else day, a
        day = _weekday_date(ref, a, mod, future)
        if day is None:
            return None, None, a
        return day, (day + dt.timedelta(days=1)) if night else day, a

    return _Expr(start_off, m.end(), text, resolve)


@_pattern(rf"\b(?:(?:earlier|later|early|late)\s+)?(?P<w>yesterday|today|tonight|tomorrow)"
          rf"(?:’s|'s)?(?:\s+(?P<part>{PART}))?\b")
def _p_rel(m: re.Match[str]) -> _Expr | None:
    w = m.group("w").lower()
    offset = {"yesterday": -1, "today": 0, "tonight": 0, "tomorrow": 1}[w]
    night = w == "tonight" or (m.group("part") or "").lower() == "night"

    def resolve(ref: dt.date | None, future: bool) -> Resolved:
        if ref is None:
            return None, None, None
        day = ref + dt.timedelta(days=offset)
        return day, day + dt.timedelta(days=1) if night and w != "yesterday" else day, None

    return _expr(m, resolve)


@_pattern(rf"\b(?:(?:early|late|earlier|later)\s+)?(?P<which>this|last)\s+(?P<part>{PART})\b"
          r"|\bovernight\b")
def _p_thispart(m: re.Match[str]) -> _Expr | None:
    which = (m.group("which") or "").lower()
    part = (m.group("part") or "").lower()
    weak = not which  # bare "overnight"

    def resolve(ref: dt.date | None, future: bool) -> Resolved:
        if ref is None:
            return None, None, None
        if weak or (which == "last" and part in {"night", "evening"}):
            if weak or part == "night":
                return ref - dt.timedelta(days=1), ref, None
            day = ref - dt.timedelta(days=1)
            return day, day, None
        if which == "last":  # "last morning" is odd; treat as yesterday
            day = ref - dt.timedelta(days=1)
            return day, day, None
        return ref, ref + dt.timedelta(days=1) if part == "night" else ref, None

    return _expr(m, resolve, weak=weak)


@_pattern(r"\b(?:(?P<mod>earlier|later|late|early)\s+)?(?P<which>last|this|next|past)\s+"
          r"(?P<unit>week|weekend|month|year)\b|\b(?:over|during|at)\s+the\s+weekend\b")
def _p_period(m: re.Match[str]) -> _Expr | None:
    which = (m.group("which") or "this").lower()
    unit = (m.group("unit") or "weekend").lower()
    mod = (m.group("mod") or "").lower()

    def resolve(ref: dt.date | None, future: bool) -> Resolved:
        if ref is None:
            return None, None, None
        if unit == "weekend":
            sat = ref - dt.timedelta(days=(ref.weekday() - 5) % 7)
            if which == "last" and ref.weekday() >= 5:
                sat -= dt.timedelta(days=7)
            if which == "next":
                sat = ref + dt.timedelta(days=(5 - ref.weekday()) % 7 or 7)
            return sat, sat + dt.timedelta(days=1), None
        if which == "past":
            days = {"week": 7, "month": 30, "year": 365}[unit]
            return ref - dt.timedelta(days=days), ref, None
        step = {"last": -1, "this": 0, "next": 1}[which]
        if unit == "week":
            mon = ref - dt.timedelta(days=ref.weekday()) + dt.timedelta(weeks=step)
            end = mon + dt.timedelta(days=6)
            if step == 0 and (mod == "earlier" or not future):
                end = min(end, ref)
            return mon, end, None
        if unit == "month":
            first = _shift_months(ref.replace(day=1), -step)
            end = _month_end(first.year, first.month)
            if step == 0 and (mod == "earlier" or not future):
                end = min(end, ref)
            return first, end, None
        y = ref.year + step
        end = dt.date(y, 12, 31)
        if step == 0 and (mod == "earlier" or not future):
            end = min(end, ref)
        return dt.date(y, 1, 1), end, None

    return _expr(m, resolve, span=which in {"this", "past"})


@_pattern(rf"\b(?:in|over|during|within|for|from)\s+the\s+(?:past|last|previous)\s+"
          rf"(?:(?P<n>{NUMW})\s+)?(?P<unit>hours?|days?|weeks?|months?|years?)\b")
def _p_past_n(m: re.Match[str]) -> _Expr | None:
    n = _num(m.group("n")) if m.group("n") else 1
    unit = m.group("unit").lower().rstrip("s")

    def resolve(ref: dt.date | None, future: bool) -> Resolved:
        if ref is None:
            return None, None, None
        if unit == "hour":
            return ref - dt.timedelta(days=max(1, -(-n // 24))), ref, None
        if unit == "day":
            return ref - dt.timedelta(days=n), ref, None
        if unit == "week":
            return ref - dt.timedelta(weeks=n), ref, None
        if unit == "month":
            return _shift_months(ref, n), ref, None
        return _shift_months(ref, 12 * n), ref, None

    return _expr(m, resolve, span=True)


@_pattern(r"\b(?:in|over|during|within)\s+(?:the\s+)?(?:recent|(?:past|last)\s+(?:few|several))\s+"
          r"days\b")
def _p_recent(m: re.Match[str]) -> _Expr | None:
    """"in recent days", "over the past few days": the week up to the report. ("In recent
    weeks" is left undated: too loose to set two figures apart.)"""

    def resolve(ref: dt.date | None, future: bool) -> Resolved:
        if ref is None:
            return None, None, None
        return ref - dt.timedelta(days=7), ref, None

    return _expr(m, resolve, span=True)


def _units_before(ref: dt.date, n: int, unit: str) -> dt.date:
    """The day ``n`` days, weeks, months or years before ``ref``."""
    if unit in ("day", "week"):
        return ref - dt.timedelta(days=n if unit == "day" else 7 * n)
    return _shift_months(ref, n * (12 if unit == "year" else 1))


@_pattern(rf"\b(?P<n>{NUMW})\s+(?P<unit>days?|weeks?|months?|years?)\s+(?:ago|earlier)\b")
def _p_ago(m: re.Match[str]) -> _Expr | None:
    n = _num(m.group("n"))
    unit = m.group("unit").lower().rstrip("s")

    def resolve(ref: dt.date | None, future: bool) -> Resolved:
        if ref is None:
            return None, None, None
        day = _units_before(ref, n, unit)
        if unit in ("day", "week"):
            return day, day, None
        if unit == "month":
            # "a month ago" is that day loosely: up to a few weeks before it
            return day - dt.timedelta(days=20), day, None
        # "$4.65 billion a year earlier" in a report of February is the year-ago quarter's,
        # which ended months before that day
        return _shift_months(day, 3), day, None

    return _expr(m, resolve)


@_pattern(rf"\b(?P<n>{NUMW})\s+(?P<unit>weeks?|months?|years?)\s+ago\s+(?:today|this\s+week)\b")
def _p_ago_today(m: re.Match[str]) -> _Expr | None:
    """"A year ago today, Hurricane Maria crossed Puerto Rico": that very day."""
    n = _num(m.group("n"))
    unit = m.group("unit").lower().rstrip("s")

    def resolve(ref: dt.date | None, future: bool) -> Resolved:
        if ref is None:
            return None, None, None
        day = _units_before(ref, n, unit)
        return day, day, None

    return _expr(m, resolve)


def find_time_expressions(text: str) -> list[_Expr]:
    """Every time expression in ``text`` (non-overlapping, earliest and longest first)."""
    return list(_find_cached(text))


@lru_cache(maxsize=20_000)
def _find_cached(text: str) -> tuple[_Expr, ...]:
    found: list[_Expr] = []
    for pattern, build in _PATTERNS:
        for m in pattern.finditer(text):
            e = build(m)
            if e is not None and e.text:
                found.append(e)
    found.sort(key=lambda e: (e.start, -(e.end - e.start)))
    kept: list[_Expr] = []
    for e in found:
        if kept and e.start < kept[-1].end:
            continue
        kept.append(e)
    return tuple(kept)


# "up from 6.29% last week", "fewer than the 12.9 million Corbyn won in 2017", "down 5% from
# the 466,140 it delivered in the same period last year": a time after a comparison marker and
# a number dates that comparison base, not the sentence's own figures
_CHANGE_WORDS = (r"up|down|rise|rises|rose|risen|fall|falls|fell|fallen|increase[sd]?|decrease[sd]?|"
                 r"climb(?:ed|s)?|drop(?:ped|s)?|jump(?:ed|s)?|slip(?:ped|s)?|decline[sd]?|"
                 r"gain(?:ed|s)?|lost|los(?:e|es)|higher|lower|more|less|fewer|grew|grow(?:s|n)?|"
                 r"shr[ai]nk(?:s)?|shrunk")
_BASE_MARKER = re.compile(
    r"\b(?:than|compared\s+(?:with|to)|versus|vs\.?|against|"
    rf"(?:{_CHANGE_WORDS})\b[^,;:()\u2014]{{0,30}}?\bfrom|(?:up|down)\b[^,;:()\u2014]{{0,30}}?\bon|"
    # "fell by more than 17 percentage points, from 57.5% in 2019 to 40.2%"
    rf"(?:{_CHANGE_WORDS})\b[^,;:()\u2014]{{0,50}},\s*from)\b",
    re.I)
_BASE_TIME = re.compile(
    r"\b(?:a|one|the|two|three)?\s*(?:year|month|quarter|week)s?\s+(?:earlier|ago|before)\b|"
    r"\b(?:the\s+)?(?:previous|prior|preceding)\s+(?:year|quarter|month|week)\b", re.I)


#: a share price a premium or a move is measured against, named just before its day
_PRICE_BASE = re.compile(r"\b(?:to|over|above|below|from)\s+(?:[\w.&'’-]+\s+){0,3}?"
                         r"(?:closing|share|stock|undisturbed|unaffected)\s+(?:price|close)\s*$",
                         re.I)


def comparison_base_start(sent: str, e: _Expr) -> int | None:
    """Where the comparison that ``e`` dates begins (an offset in ``sent``), or None when ``e``
    dates the sentence's own figures: "up from 6.29% last week", "fewer than the 12.9 million
    Corbyn won in 2017", "down 5% from the 466,140 delivered in the same period last year".
    A time after a comparison marker and a number in the same clause dates the comparison
    base; a relative base time ("a year earlier") dates one wherever it stands."""
    head = sent[:e.start]
    m = _PRICE_BASE.search(head)
    if m is not None:
        # "a premium of 44% to VMware's closing price on May 20": the day of the price
        return m.start()
    flat = re.sub(r"(?<=\d),(?=\d{3})", "0", head)  # thousands separators are not clause breaks
    for m in _BASE_MARKER.finditer(flat):
        between = flat[m.end():]
        if not between.strip() and m.group(0).lower().split()[-1] in ("than", "with", "to",
                                                                      "versus", "vs", "vs."):
            return m.end() - len(m.group(0).split()[-1])  # "far more than in 2017"
        if re.search(r"[,;:()\u2014]", between) or not re.search(r"\d", between):
            continue
        if m.group(0).lower() == "than" and re.match(
                r"\s*(?:about\s+|some\s+|around\s+)?[$£€¥]?\s*\d", between):
            continue  # "more than 500 drones": a bound on this figure, not a comparison
        return m.end() - len(m.group(0).split()[-1])  # the marker word itself ("from")
    if _BASE_TIME.search(e.text) and e.start > 0:
        # "a year earlier" dates only the figure just before it ("$69.8bn a year earlier"),
        # never "rose 15% from a year earlier to $80.5bn"
        m = re.search(r"(?:[$£€¥]\s?)?\d[\d.,:]*(?:\s*(?:%|(?!(?:from|than|to|by|on|versus|against|"
                      r"compared|with)\b)[a-zA-Z]+)){0,2}\s*(?:in\s+|during\s+|for\s+|"
                      r"over\s+)?(?:the\s+same\s+(?:period|quarter|time)\s+)?$", head)
        if m:
            return m.start()
        clause = re.split(r"[,;:()\u2014]", flat)[-1]
        if not re.search(r"\d|\b(?:from|than|since|compared|versus|vs|against|with)\b", clause,
                         re.I):
            # "In the first round two weeks ago, the president had 49.5%", "A year earlier,
            # revenue was $69.8bn": a time opening its clause, with no figure or comparison
            # before it, dates the clause's figures like any other
            return None
        return e.start
    return None


def _first_expr(text: str) -> _Expr | None:
    exprs = find_time_expressions(text)
    strong = [e for e in exprs if not e.weak]
    return (strong or exprs or [None])[0]


def _to_ref(e: _Expr, ref: dt.date | None, source: str, future: bool = False) -> TimeRef:
    start, end, wd = e.resolve(ref, future)
    if start is not None and end is not None and end < start:
        start, end = end, start
    return TimeRef(text=e.text, start=start, end=end, weekday=wd,
                   source=source)  # type: ignore[arg-type]


def _as_date(value: dt.datetime | dt.date | None) -> dt.date | None:
    if value is None:
        return None
    if isinstance(value, dt.datetime):
        return value.date()
    return value


def resolve_time(expr_text: str, published: dt.datetime | dt.date | None) -> TimeRef | None:
    """Resolve the first time expression in ``expr_text`` against the publication date.

    ``expr_text`` may be a bare expression ("overnight into Friday") or a sentence. Returns
    ``None`` when it contains no time expression. ``source`` is ``"sentence"``.
    """
    e = _first_expr(expr_text)
    if e is None:
        return None
    return _to_ref(e, _as_date(published), "sentence")


# --------------------------------------------------------------------------------------
# dateline, lead, paragraphs


@dataclass(frozen=True)
class Dateline:
    start: int
    end: int
    city: str | None
    month: int | None
    day: int | None
    year: int | None
    weekday: int | None
    agency: str | None


_DATELINE_DATE = re.compile(
    rf"^[ \t]*(?:(?P<city>(?-i:[A-Z][A-Za-z.'’ -]{{1,40}}?))(?:\s*\[[^\]\n]{{1,30}}\])?"
    rf"(?:\s*,\s*(?-i:[A-Z][A-Za-z.]{{1,15}}))?\s*,\s*)?"
    rf"(?:(?P<wd>{WD}),?\s+)?(?P<m>{MONTH})\s+(?P<d>{DAY})(?:,?\s+(?P<y>{YEAR}))?\s*"
    rf"(?:\((?P<agency>[^)\n]{{1,30}})\))?\s*(?:[:—–]|-\s|--)",
    re.M | re.I,
)
_DATELINE_CITY = re.compile(
    r"^[ \t]*(?P<city>[A-Z][A-Z.'’ -]{1,40}?)(?:,\s*[A-Z][A-Za-z. ]{1,30}?)?\s*"
    r"(?:\((?P<agency>[^)\n]{1,30})\))?\s*(?:[:—–]|-\s|--)",
    re.M,
)


def _title_case(city: str) -> str:
    city = city.strip(" ,")
    if city.isupper():
        return re.sub(r"[A-Z]+", lambda m: m.group(0).capitalize(), city)
    return city


def dateline(article: Article) -> Dateline | None:
    """The dateline at the top of the body ("KYIV, July 4 (Reuters) -"), if any."""
    head = article.text[:600]
    m = _DATELINE_DATE.search(head)
    if m and head[: m.start()].count("\n") <= 6:
        if m.group("wd") and not _cap(m.group("wd")):
            m = None
        elif not _cap(m.group("m")):
            m = None
    if m and head[: m.start()].count("\n") <= 6:
        city = m.group("city")
        return Dateline(
            m.start(), m.end(), _title_case(city) if city else None, _month(m.group("m")),
            _day(m.group("d")), int(m.group("y")) if m.group("y") else None,
            _wd(m.group("wd")) if m.group("wd") else None, m.group("agency"))
    m2 = _DATELINE_CITY.search(head)
    if m2 and head[: m2.start()].count("\n") <= 6 and (
            m2.group("agency") or len(m2.group("city").strip()) >= 3):
        city = m2.group("city").strip()
        if city.isupper() and len(city) >= 3:
            return Dateline(m2.start(), m2.end(), _title_case(city), None, None, None, None,
                            m2.group("agency"))
    return None


_FULL_DATE = re.compile(
    rf"\b(?:(?P<m>{MONTH})\s+(?P<d>{DAY}),?\s+(?P<y>{YEAR})|(?P<d2>{DAY})\s+(?:of\s+)?"
    rf"(?P<m2>{MONTH}),?\s+(?P<y2>{YEAR}))\b|\b(?P<y3>{YEAR})-(?P<mo3>0[1-9]|1[0-2])-"
    rf"(?P<d3>0[1-9]|[12]\d|3[01])\b", re.I)


def _infer_year(text: str, month: int, day: int) -> int | None:
    """The year of a dateline without one, from a full date within 60 days of it."""
    best: tuple[int, int] | None = None
    for m in _FULL_DATE.finditer(text):
        if m.group("y3"):
            y, mo, d = int(m.group("y3")), int(m.group("mo3")), int(m.group("d3"))
        else:
            word = m.group("m") or m.group("m2")
            if not _cap(word):
                continue
            y = int(m.group("y") or m.group("y2"))
            mo = _month(word)
            d = _day(m.group("d") or m.group("d2"))
        mentioned = _safe_date(y, mo, d)
        if mentioned is None:
            continue
        for cand_year in (y - 1, y, y + 1):
            cand = _safe_date(cand_year, month, day)
            if cand is None:
                continue
            gap = abs((cand - mentioned).days)
            if gap <= 60 and (best is None or gap < best[0]):
                best = (gap, cand_year)
    return best[1] if best else None


def published_from_text(article: Article) -> dt.datetime | None:
    """The publication date: metadata if present, else the dateline's date.

    A dateline without a year ("New York [US], July 6 (ANI):") gives a date only when the
    year is inferable from a full date near it in the text; otherwise ``None``.
    """
    if article.published is not None:
        return article.published
    dl = dateline(article)
    if dl is None or dl.month is None or dl.day is None:
        return None
    year = dl.year or _infer_year(article.text, dl.month, dl.day)
    if year is None:
        return None
    day = _safe_date(year, dl.month, dl.day)
    return dt.datetime(day.year, day.month, day.day) if day else None


_SENT_SPLIT = re.compile(r"(?<=[.!?])[\"”’)\]]*\s+(?=[\"“‘(\[]?[A-Z0-9])")


def _split(text: str, offset: int = 0) -> list[tuple[int, int]]:
    """Cheap regex sentence spans of ``text`` (offsets shifted by ``offset``)."""
    spans: list[tuple[int, int]] = []
    pos = 0
    for m in _SENT_SPLIT.finditer(text):
        spans.append((offset + pos, offset + m.end()))
        pos = m.end()
    if pos < len(text):
        spans.append((offset + pos, offset + len(text)))
    return [(s, e) for s, e in spans if text[s - offset:e - offset].strip()]


def _is_heading(line: str) -> bool:
    s = line.strip().lstrip("#").strip()
    if not s:
        return True
    words = s.split()
    if len(words) > 25:
        return False
    return not re.search(r"[.!?:;\"”’)]$", s) or len(words) < 3


def _lead(article: Article) -> tuple[list[tuple[int, int]], list[str]]:
    """(first two body sentences as spans, heading lines before the body)."""
    text = article.text
    headings: list[str] = []
    sents: list[tuple[int, int]] = []
    for m in re.finditer(r"[^\n]+", text):
        line = m.group(0)
        if not sents and _is_heading(line):
            if line.strip():
                headings.append(line.strip().lstrip("#").strip())
            continue
        for s, e in _split(line, m.start()):
            sents.append((s, e))
            if len(sents) >= 2:
                return sents, headings
    return sents, headings


# --------------------------------------------------------------------------------------
# article-level cache


@dataclass
class _ArticleInfo:
    ref: dt.date | None
    dateline: Dateline | None
    lead_time: TimeRef | None
    lead_text: str
    title_text: str
    quotes: list[tuple[int, int]]


_ART_CACHE: dict[tuple, _ArticleInfo] = {}


def _info(article: Article) -> _ArticleInfo:
    key = (article.id, article.published, article.title, len(article.text), hash(article.text))
    info = _ART_CACHE.get(key)
    if info is not None:
        return info
    if len(_ART_CACHE) > 2000:
        _ART_CACHE.clear()
    dl = dateline(article)
    ref = _as_date(published_from_text(article))
    if ref is not None and dl is not None and dl.month and dl.day:
        # "TOKYO, Dec 6" on a report stamped 21:15 UTC on Dec 5: the dateline gives the day
        # where the news is, which is the day "on Sunday" is counted from
        local = _safe_date(dl.year or ref.year, dl.month, dl.day)
        if local is not None and abs((local - ref).days) == 1:
            ref = local
    lead_spans, headings = _lead(article)
    lead_exprs: list[tuple[bool, _Expr]] = []
    for s, e in lead_spans:
        sent = article.text[s:e]
        if dl is not None and s < dl.end:
            sent_wo_dl = sent[dl.end - s:]
        else:
            sent_wo_dl = sent
        numeric = nlp.has_number(re.sub(rf"\b{YEAR}\b|\b{DAY}\b(?=\s+{MONTH})", "",
                                        sent_wo_dl, flags=re.I))
        exprs = [ex for ex in find_time_expressions(sent)
                 # the dateline is the publication date, not the event time
                 if not (dl is not None and s + ex.start < dl.end and s + ex.end > dl.start)]
        for ex in _main_clause_exprs(sent, exprs, s, dl):
            if not _dates_something_else(sent, ex):
                lead_exprs.append((numeric, ex))
    # The main event is the quantified one: prefer the first strong expression of a lead
    # sentence that states a number, then any strong one; a bare "overnight" last.
    # A time years before the report ("Intel's $15.3 billion purchase of Mobileye in 2017")
    # is the lead's background, not its news, when the lead names a recent one ("woke up on
    # Wednesday to the biggest deal in its history").
    ranked = sorted(range(len(lead_exprs)),
                    key=lambda k: (lead_exprs[k][1].weak, _long_before(lead_exprs[k][1], ref),
                                   not lead_exprs[k][0], k))
    chosen = lead_exprs[ranked[0]][1] if ranked else None
    lead_time = _to_ref(chosen, ref, "article") if chosen is not None else None
    # events: the title and the lead paragraph (a second paragraph may be about one of
    # several events the lead covers)
    first_para_end = article.text.find("\n", lead_spans[0][0]) if lead_spans else -1
    first_para_end = len(article.text) if first_para_end < 0 else first_para_end
    lead_text = " ".join(article.text[s:e] for s, e in lead_spans if s < first_para_end)
    title_text = " \n".join(x for x in [article.title or "", *headings] if x)
    info = _ArticleInfo(ref, dl, lead_time, lead_text, title_text, _quote_spans(article.text))
    _ART_CACHE[key] = info
    return info


#: how long before the report a time must end to be background rather than news
LONG_BEFORE_DAYS = 400


def _long_before(e: _Expr, ref: dt.date | None) -> bool:
    """The time ends more than about a year before ``ref`` (the publication date)."""
    if ref is None:
        return False
    _, end, _ = e.resolve(ref, False)
    return end is not None and (ref - end).days > LONG_BEFORE_DAYS


def _main_clause_exprs(sent: str, exprs: list[_Expr], offset: int,
                       dl: Dateline | None) -> list[_Expr]:
    """Drop expressions in asides of a lead sentence ("Jacobs, the winner in Tokyo in
    2021, ..."), using the (cached) parse of the sentence."""
    if not exprs:
        return exprs
    # parse without the dateline: "PARIS, Dec 11 (AFP) — The ..." garbles the tree
    cut = max(0, dl.end - offset) if dl is not None and offset < dl.end else 0
    body = sent[cut:]
    lead_ws = len(body) - len(body.lstrip())
    cut += lead_ws
    body = body.strip()
    if not body:
        return exprs
    try:
        doc = nlp.parse(body)
    except Exception:  # no model: keep the regex result
        return exprs
    kept = []
    for e in exprs:
        h = _head_of(_tokens_in(doc, e.start - cut, e.end - cut)) if e.start >= cut else None
        if h is None or not _in_aside(h, h.sent.root):
            kept.append(e)
    return kept


def mentions_day(article: Article, day: dt.date, slack: int = 0) -> bool:
    """Whether the article names a time that holds ``day`` ("last February", "on Feb. 16"),
    or one ending at most ``slack`` days before it: a report written months later that tells
    of that day (or of the story's first day, "Early on Nov. 8, 2018, ... the sparks set off
    the fire", a toll counted from it). Times longer than a month (a year, a season) and
    running spans name no day of the story."""
    return any(s <= day <= e + dt.timedelta(days=slack)
               for s, e in _named_days(article.text or "", _as_date(article.published)))


def names_day(article: Article, day: dt.date) -> bool:
    """Whether the article names ``day`` itself ("on Friday", "March 15"), not only a longer
    time that holds it."""
    return any(s <= day <= e and (e - s).days <= 1
               for s, e in _named_days(article.text or "", _as_date(article.published)))


@lru_cache(maxsize=1024)
def _named_days(text: str, published: dt.date | None) -> tuple[tuple[dt.date, dt.date], ...]:
    out = []
    for e in find_time_expressions(text):
        if e.span or e.weak:
            continue
        start, end, _ = e.resolve(published, False)
        if start is None:
            continue
        end = end or start
        start, end = min(start, end), max(start, end)
        if (end - start).days <= 31:
            out.append((start, end))
    if published is not None:
        # a month said as an attribute ("the February winter storm", "July's floods")
        for m in _MONTH_ATTRIBUTE.finditer(text):
            word = m.group("m") or m.group("m2")
            if not _cap(word) or len(word) < 4 and word != "May":
                continue
            month = _month(word)
            y = published.year - (month > published.month)
            out.append((dt.date(y, month, 1), _month_end(y, month)))
        # "to mark the anniversary of the explosion", "on the fifth anniversary": a report
        # marking an anniversary tells of the day that many years before it
        for m in _ANNIVERSARY.finditer(text):
            word = m.group("n") or m.group("k") or m.group("k2") or "first"
            n = _ANNIVERSARY_YEARS.get(word.lower()) or int(re.sub(r"\D", "", word) or 1)
            if published.year - n >= 1:
                day = _safe_date(published.year - n, published.month,
                                 min(published.day, 28))
                if day is not None:
                    out.append((day - dt.timedelta(days=14), day + dt.timedelta(days=14)))
    return tuple(out)


_ANNIVERSARY_YEARS = {"a": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "ten": 10,
                      "first": 1, "one-year": 1, "second": 2, "two-year": 2, "third": 3,
                      "fourth": 4, "fifth": 5, "five-year": 5, "sixth": 6, "seventh": 7,
                      "eighth": 8, "ninth": 9, "tenth": 10, "10-year": 10, "ten-year": 10}
_ANNIVERSARY = re.compile(
    rf"\b(?:the|an?|its|this|{WD}(?:'s|’s))\s+(?:(?P<n>first|second|third|fourth|fifth|sixth|"
    r"seventh|eighth|ninth|tenth|\d{1,2}(?:st|nd|rd|th)|(?:one|two|five|ten|10)-year)\s+)?"
    r"anniversary\b"
    # "A year after the strongest earthquake ...", "one year on", "two years after the fire"
    r"|\b(?P<k>a|one|two|three|four|five|ten)\s+years?\s+(?:after|on\s+from|since)\s+"
    r"(?:the|its|a|an)\b|\b(?P<k2>a|one|two|three|four|five|ten)\s+years?\s+on\b", re.I)


_MONTH_ATTRIBUTE = re.compile(
    rf"\b(?:the|this|that)\s+(?P<m>{MONTH})(?:'s|’s)?\s+(?=[a-z])|"
    rf"\b(?P<m2>{MONTH})(?:'s|’s)\s+(?=[a-z])", re.I)


def article_time(article: Article) -> TimeRef | None:
    """The article's main event time: the first time expression of the lead (first two
    body sentences, dateline excluded), resolved against the publication date; ``None``
    when the lead names no time."""
    return _info(article).lead_time


# --------------------------------------------------------------------------------------
# parse helpers


def _tokens_in(doc: "Doc", s: int, e: int) -> list["Token"]:
    return [t for t in doc if t.idx < e and t.idx + len(t.text) > s]


def _head_of(tokens: list["Token"]) -> "Token | None":
    if not tokens:
        return None
    ids = {t.i for t in tokens}
    for t in tokens:
        if t.head.i not in ids or t.head.i == t.i:
            return t
    return tokens[0]


def _chain(t: "Token") -> list["Token"]:
    return [t, *t.ancestors]


def _tree_dist(a: "Token", b: "Token") -> int:
    pa, pb = _chain(a), _chain(b)
    ib = {t.i: k for k, t in enumerate(pb)}
    for k, t in enumerate(pa):
        if t.i in ib:
            return k + ib[t.i]
    return 99


_ASIDE_DEPS = {"appos", "relcl", "acl"}


def _in_aside(h: "Token", anchor: "Token", dateline_ids: frozenset[int] = frozenset()
              ) -> bool:
    """True when ``h`` sits in an appositive or relative clause that does not contain the
    claim ("Jacobs, the surprise winner in Tokyo in 2021, was fifth in 9.85")."""
    claim_side = {t.i for t in _chain(anchor)}
    claim_np = {anchor.i}
    if anchor.dep_ in {"nummod", "quantmod", "compound", "amod", "nmod"}:
        claim_np.add(anchor.head.i)  # "the 81.3m that Joe Biden received in 2020"
        noun = anchor.head
        while noun.dep_ in {"nummod", "quantmod", "compound"} and noun.pos_ == "NUM":
            noun = noun.head
        if noun.pos_ in ("NOUN", "PROPN"):
            # the frame the figure's noun is set in ("a $10 billion valuation in a funding
            # round led by Durable Capital in June last year"): the round's time is its own
            claim_np.add(noun.i)
            claim_np.update(g.i for p in noun.children
                            if p.dep_ == "prep" and p.lower_ in _FRAME_PREPS
                            for g in p.children if g.dep_ == "pobj")
    own = _verb_of(anchor)
    for a in _chain(h):
        if a.i in claim_side:
            return False
        if a.dep_ in _ASIDE_DEPS:
            if a.head.i in dateline_ids:  # "WASHINGTON, Jan 6 — Congress ..." misparsed
                continue
            if own is not None and own.dep_ in ("relcl", "acl") and own.head.i == a.head.i \
                    and _is_event_noun(a.head):
                # two clauses on one event's noun: "the earthquake that struck Turkey and
                # Syria in February 2023, which killed more than 55,000 people"
                return False
            if own is not None and a.head.dep_ in ("nsubj", "nsubjpass") and \
                    a.head.head.i == own.i and _is_event_noun(a if a.dep_ == "appos" else a.head):
                # the event the clause's subject is ("the Thomas Fire, which burned 281,893
                # acres in 2017, destroyed 1,063 structures"; "A magnitude 6.8 earthquake in
                # the same region in November 2012 killed at least 26 people", "magnitude"
                # parsed as the subject)
                return False
            # about the claim itself, or a period ("the quarter ended Sept. 28"), or the
            # report that gives the figure ("The federal government's tally issued on Sunday
            # listed 43 dead")
            # ("Kyodo News, in a projection issued around 11 p.m. on Sunday, put the ruling
            # bloc at 216 to 225 seats": the report the clause's verb gives it in)
            return not (a.head.i in claim_np or a.head.lemma_.lower() in _PERIOD_NOUNS or (
                a.head.lemma_.lower() in _REPORT_NOUNS and (
                    a.head.dep_ in ("nsubj", "nsubjpass") and a.head.head.i in claim_side or
                    a.head.dep_ == "pobj" and a.head.head.lower_ == "in" and
                    a.head.head.head.i in claim_side)))
    return False


#: prepositions that set a figure's noun in its frame ("a valuation in a funding round")
_FRAME_PREPS = {"in", "at", "during"}

#: what gives figures: when it was issued is when they held
_REPORT_NOUNS = {"tally", "count", "report", "list", "estimate", "statement", "update",
                 "bulletin", "census", "survey", "assessment", "figure", "data", "toll",
                 "projection"}


def _outside_told_clause(h: "Token", anchor: "Token") -> bool:
    """The claim's clause is told in the past ("the explosion that killed at least 218 people,
    injured some 7,000") while the time belongs to another clause that is not ("families
    will march on Wednesday to mark the anniversary of ..."): the day is that clause's, not
    when the figure happened."""
    own = _verb_of(anchor)
    if own is None or not (own.tag_ == "VBD" or _past_aux(own)):
        return False
    if h.i in {t.i for t in own.subtree} or own.i in {t.i for t in h.subtree}:
        return False  # (or the clause tells of the time: "since 2004, when 333 died")
    v = _verb_of(h)
    if v is None or v.i == own.i:
        return False
    # the claim's clause hangs on the time's phrase: "reverses the first round on Oct. 22,
    # when Massa came first"
    # (or the time's noun phrase holds the claim's clause: "investigating the March 9 bombing
    # of the city's maternity hospital, which killed three people")
    for a in _chain(h):
        if a.i == v.i:
            break
        if a.i == own.head.i or (a.pos_ in ("NOUN", "PROPN") and
                                 own.i in {t.i for t in a.subtree}):
            return False
    return _is_present(h) or any(c.dep_ == "aux" and c.lower_ in {"will", "shall", "'ll", "’ll"}
                                 for c in v.children)


def _in_sequenced_clause(h: "Token", anchor: "Token") -> bool:
    """The claim's clause is set before or after the time's ("More than five weeks after a
    gunman killed 17 people at their school, students ... stood on a stage on Saturday"): the
    time dates the other clause, and the claim's happened at another time."""
    own = _verb_of(anchor)
    if own is None:
        return False
    for v in [own, *own.ancestors]:
        if v.pos_ not in ("VERB", "AUX"):
            continue
        if any(c.dep_ == "mark" and c.lower_ in ("after", "before") for c in v.children) or \
                v.dep_ == "advcl" and any(c.dep_ == "aux" and c.lower_ == "having"
                                          for c in v.children):
            # ("came ashore on Monday ..., having peaked over the Gulf with winds of 175mph":
            # a perfect participle tells what came before the main clause's time)
            return h.i not in {t.i for t in v.subtree}
        if v.dep_ not in ("conj", "xcomp"):
            return False
    return False


def _year_of_compared(tokens: list["Token"], head: "Token", anchor: "Token") -> bool:
    """The year names another thing the figure is set beside ("ranked it alongside the 1935
    Labor Day hurricane", "more than the 2010 earthquake", "surpassing the 2005 record"): it
    dates that thing, not the figure. ``head`` is the time expression's head among
    ``tokens``."""
    claim_side = {t.i for t in _chain(anchor)}
    for y in tokens:
        if not re.fullmatch(r"(?:1[5-9]|20)\d\d", y.text) or \
                y.dep_ not in ("nummod", "compound", "amod", "nmod"):
            continue
        n = y.head
        if n.pos_ not in ("NOUN", "PROPN") or n.lemma_.lower() in _PERIOD_NOUNS or \
                n.i in claim_side:
            continue
        g = n.head
        if n.dep_ == "pobj" and (g.lower_ in _COMPARE_PREPS or g.lower_ in ("with", "to") and
                                 g.head.lemma_.lower() in ("compare", "comparison")):
            return True
        if n.dep_ == "dobj" and g.lemma_.lower() in _COMPARE_VERBS and g.i not in claim_side:
            return True
    # "The deal, worth $95 a share, eclipses Dell's $67bn purchase of EMC in 2016", the year
    # parsed onto the verb: it dates the figure of the thing set beside this one
    v = head.head if head.dep_ == "prep" else None
    if v is not None and v.lemma_.lower() in _COMPARE_VERBS and any(
            c.dep_ in ("nsubj", "nsubjpass") and anchor.i in {t.i for t in c.subtree}
            for c in v.children):
        for o in v.children:
            if o.dep_ == "dobj" and anchor.i not in {t.i for t in o.subtree} and \
                    any(t.like_num or re.match(r"[$£€¥]?\d", t.text) for t in o.subtree):
                return True
    return False


def _year_of_own_noun(anchor: "Token") -> list[_Expr]:
    """A year that modifies the noun whose value the figure gives: "Gemini 11's 1966 mark of
    about 850 miles", "the 2019 record of 38.7C", "its 2022 tally, 303". The noun is the
    figure's own head or one it is the "of" phrase or apposition of."""
    nouns = []
    t = anchor
    for _ in range(4):
        if t.pos_ in ("NOUN", "PROPN"):
            nouns.append(t)
        h = t.head
        if h.i == t.i:
            break
        if t.dep_ == "pobj" and h.lower_ == "of":
            t = h.head
        elif t.dep_ in ("appos", "nummod", "quantmod", "compound") or \
                (t.dep_ == "prep" and t.lower_ == "of"):
            t = h
        else:
            break
    out = []
    for n in [anchor, *nouns]:
        for v in n.children:
            if v.dep_ == "acl" and v.tag_ == "VBN" and v.i > n.i:
                # "the Olympic record of 4:03.84 set by Michael Phelps at the 2008 Beijing
                # Games", "the toll of 256 recorded in 1931": the year of the figure's own
                # making, told in the participle that follows it
                years = [y for pp in v.children if pp.dep_ in ("prep", "agent")
                         for o in pp.children if o.dep_ == "pobj"
                         for y in (o, *o.children) if re.fullmatch(YEAR, y.text) and
                         (y is o or y.dep_ in ("nummod", "compound"))]
                if len(years) == 1:
                    out.append(_year_token_expr(years[0]))
    for n in nouns:
        if n.lemma_.lower() in _PERIOD_NOUNS:
            continue
        for y in n.children:
            if y.dep_ in ("nummod", "compound", "amod", "nmod") and y.i < n.i and \
                    re.fullmatch(YEAR, y.text) and not y.i == anchor.i:
                out.append(_year_token_expr(y))
    return out


def _year_token_expr(y: "Token") -> _Expr:
    """The whole year a year token names, as a time expression at its place in the sentence."""
    year = int(y.text)
    return _Expr(y.idx, y.idx + len(y.text), y.text,
                 lambda ref, fut: (dt.date(year, 1, 1), dt.date(year, 12, 31), None))


#: what sets a figure beside another thing
_COMPARE_PREPS = {"alongside", "like", "unlike", "than", "beside", "besides"}
_COMPARE_VERBS = {"surpass", "exceed", "eclipse", "overtake", "tie", "equal", "match", "rival",
                  "outstrip", "top", "dwarf", "beat", "break", "better"}


def _in_later_clause(h: "Token", anchor: "Token") -> bool:
    """The time sits in a clause of its own coordinated after the claim's ("... more than
    60,000 people marched in Athens, and the anger forced the government to delay elections
    until May"): that clause's subject did something else, later."""
    claim_side = {t.i for t in _chain(anchor)}
    for a in _chain(h):
        if a.i in claim_side:
            return False
        if a.dep_ == "conj" and a.pos_ in ("VERB", "AUX") and a.i > anchor.i and \
                a.head.i in claim_side and any(c.dep_ in ("nsubj", "nsubjpass") for c in a.children):
            return True
    return False


_CLOCK_AFTER = re.compile(r"(?::\d\d)?\s*(?:a\.m\.|p\.m\.|am\b|pm\b|o['’]clock\b)", re.I)


def _dates_other_number(h: "Token", anchor: "Token", e: "_Expr",
                        own: frozenset[int] = frozenset()) -> bool:
    """Whether the time at ``h`` hangs in a phrase that has a number of its own, below the
    point where it meets the claim: "after cutting 12,000 jobs in January 2023", "Dell's $67bn
    purchase ... in 2016" date those figures, not "180,895 employees" or "$95 a share".
    ``own`` are the claim's tokens: its number is never another's ("A magnitude 6.2
    aftershock on Wednesday", parsed with "magnitude" as the head)."""
    claim_side = {t.i for t in _chain(anchor)} | own
    for a in h.ancestors:
        if a.i in claim_side:
            return False
        for t in a.subtree:
            if ((t.like_num or re.match(r"[$£€¥]?\d", t.text)) and t.i != anchor.i
                    and not (e.start <= t.idx < e.end)
                    and not (_ordinal(t) and not _since_span(t.doc.text, e))
                    and not re.fullmatch(r"(?:1[89]|20)\d\d", t.text)
                    # a time of day is no figure: "issued around 11 p.m. on Sunday"
                    and not _CLOCK_AFTER.match(t.doc.text[t.idx + len(t.text):])
                    and t.i not in claim_side
                    and not _RACE_LABEL.match(t.doc.text[t.idx + len(t.text):])):
                return True
    return False


#: the rest of a pair of figures told in one breath, up to the time they share: "1,297
#: dead[ and 5,700 injured ]on Sunday"
_PAIR_REST = re.compile(r"\s*(?:[a-z]+\s+){0,2}and\s+(?:about\s+|some\s+|at\s+least\s+|"
                        r"more\s+than\s+|nearly\s+)?\d[\d,.]*\s*(?:[a-z]+\s+){0,2}")


def _dates_the_pair(sent: str, span: tuple[int, int], e: "_Expr") -> bool:
    """The time closes a pair of figures the claim opens ("Its count had stood at 1,297 dead
    and 5,700 injured on Sunday"): it dates both, not only the nearer."""
    return e.start > span[1] and _PAIR_REST.fullmatch(sent[span[1]:e.start]) is not None


def _ordinal(t: "Token") -> bool:
    """'first', '3rd', 'twenty-second': a rank, not a number of its own ("the 24 seats it
    won in 2010, when it propped up Rutte's first government"), except for the span a rank
    is counted over ("the first official toll since the storm struck")."""
    return t.tag_ in ("JJ", "RB") and bool(re.fullmatch(
        r"\d+(?:st|nd|rd|th)|(?:\w+-)?(?:first|second|third|fourth|fifth|sixth|seventh|eighth|"
        r"ninth|tenth|eleventh|twelfth|\w+teenth|\w+ieth|hundredth|thousandth|millionth)",
        t.lower_))


def _since_span(sent: str, e: "_Expr") -> bool:
    """The time is, or closes, a "since" span ("since the storm struck", "since George W.
    Bush in 2004")."""
    return bool(re.match(r"since\b", e.text, re.I) or
                re.search(r"\bsince\b[^,;:]{0,40}$", sent[:e.start], re.I))


#: a race named by its distance ("in Sunday's 100 metres final", "the 200m title"): a label,
#: not a number of its own
_RACE_LABEL = re.compile(r"^(?:\s|-)?(?:m|metres?|meters?|km|miles?)\s+(?:final|race|heats?|"
                         r"semi-?finals?|title|hurdles|relay|freestyle|backstroke|breaststroke|"
                         r"butterfly|medley|sprint|dash)\b", re.I)


#: what may stand before a time that opens its sentence ("On the night of April 30, ...")
_FRAMING_OPENER = re.compile(r"\W*(?:(?:on|in|at|by|during|early|late|the|night|morning|"
                             r"evening|afternoon|of)\s+){0,5}", re.I)


def _opens_sentence(sent: str, e: "_Expr") -> bool:
    """The time frames the whole sentence from its start ("On 9 June the front said 1.03
    million had marched; police said 240,000"): it dates each of its clauses' figures, not
    only the first clause's."""
    return re.fullmatch(r"\W*(?:(?:on|in|at|by|during|early|late)\s+)?", sent[:e.start],
                        re.I) is not None and \
        re.match(r"\s*,?\s*(?:the\s+|a\s+)?[A-Za-z]", sent[e.end:]) is not None


def _in_when_clause_of(h: "Token", anchor: "Token") -> bool:
    """The time stands in a "when" clause of the claim's own clause ("When Albertsons merged
    with Safeway in 2015 in a deal valued at about $9.2 billion, regulators forced the
    companies to sell 168 stores"): what happened then is dated by it too."""
    v = _verb_of(h)
    own = _verb_of(anchor)
    if v is None or own is None or v.dep_ != "advcl" or not any(
            c.dep_ == "advmod" and c.lower_ == "when" for c in v.children):
        return False
    return v.head.i == own.i or v.head.i in {a.i for a in own.ancestors}


def _dates_event_of_clause(sent: str, e: "_Expr", h: "Token", anchor: "Token") -> bool:
    """The year names the event the claim's clause is about ("The Agadir earthquake of 1960,
    though far weaker at magnitude 5.7, ... killed 12,000"): it dates the clause's figures,
    whatever other number the event's phrase carries."""
    if not _YEAR_OF_EVENT.search(sent[max(0, e.start - 40):e.end + 40]) and not any(
            _is_event_noun(a) for a in _chain(h)[1:]):
        # (the parse may show the event where the words stand too far apart: "A magnitude
        # 6.8 earthquake in the same region in November 2012 killed at least 26 people")
        return False
    verb = _verb_of(anchor)
    for a in _chain(h):
        if a.pos_ in ("NOUN", "PROPN") and a.dep_ in ("nsubj", "nsubjpass") and \
                verb is not None and a.head.i == verb.i:
            return True
    return False


_PERIOD_NOUNS = {"quarter", "period", "year", "month", "week", "season", "half", "day",
                 "term", "session", "window", "stretch", "span", "interval"}


_EVENT_NOUN = re.compile(EVENT_NOUNS, re.I)


def _is_event_noun(t: "Token") -> bool:
    """A noun naming an event ("earthquake", "attack", "election")."""
    return t.pos_ in ("NOUN", "PROPN") and _EVENT_NOUN.fullmatch(t.lower_) is not None


def _verb_of(t: "Token") -> "Token | None":
    """The nearest verb at or above ``t``."""
    for a in _chain(t):
        if a.pos_ in {"VERB", "AUX"}:
            return a
    return None


def _past_aux(v: "Token") -> bool:
    """``v`` has an auxiliary in the past tense ("had been killed", "was burning")."""
    return any(c.dep_ in ("aux", "auxpass") and c.tag_ == "VBD" for c in v.children)


def _is_past(t: "Token") -> bool:
    """The verb governing ``t`` is in a past tense ("burst over the station on April 8",
    "had been killed")."""
    v = _verb_of(t)
    return v is not None and (v.tag_ == "VBD" or _past_aux(v))


#: verbs whose complement is a bare infinitive the parser may take for a present ("the
#: region saw the river rise", "watched the water climb", "made prices jump")
_BARE_INFINITIVE_HEADS = frozenset({"see", "saw", "watch", "hear", "feel", "make", "let",
                                    "help", "have"})


def _is_present(t: "Token") -> bool:
    """The verb governing ``t`` is in the present tense ("starts on Sunday", "are taking aim
    at ... on Friday night"), not a past one or a participle of one."""
    v = _verb_of(t)
    if v is None:
        return False
    if v.tag_ in ("VBZ", "VBP"):
        if v.tag_ == "VBP" and v.dep_ in ("ccomp", "xcomp") and v.head.tag_ == "VBD" and \
                v.head.lemma_.lower() in _BARE_INFINITIVE_HEADS and \
                not any(c.dep_ in ("aux", "mark") for c in v.children):
            return False  # "saw the river rise 40ft": a bare infinitive after a past verb
        return not _past_aux(v)
    return v.tag_ == "VBG" and any(c.dep_ == "aux" and c.tag_ in ("VBZ", "VBP")
                                   for c in v.children)


def _is_current(t: "Token") -> bool:
    """The verb governing ``t`` tells of the time of the report: a present ("108 hostages
    remain in Gaza") or a present passive ("About 120 hostages are still held"). A present
    perfect ("more than 2,000 people have been killed") tells of what the sentences before
    it told."""
    if _is_present(t):
        return True
    v = _verb_of(t)
    return v is not None and v.tag_ == "VBN" and not _past_aux(v) and any(
        c.dep_ == "auxpass" and c.tag_ in ("VBZ", "VBP") for c in v.children) and not any(
        c.dep_ == "aux" for c in v.children)


def _not_after(ref: TimeRef, published: dt.date | None) -> TimeRef:
    """A day and month told of the past ("burst over the station on April 8" in a February
    report) fall in the last year they could, not weeks after the report."""
    if published is None or ref.start is None or (ref.start - published).days <= 1 or \
            re.search(r"\b\d{4}\b", ref.text or "") or span_days(ref) > 1:
        return ref
    start = _safe_date(ref.start.year - 1, ref.start.month, min(ref.start.day, 28)
                       if ref.start.month == 2 else ref.start.day)
    end = start if ref.end == ref.start else (
        _safe_date(ref.end.year - 1, ref.end.month, ref.end.day) if ref.end else None)
    if start is None:
        return ref
    return ref.model_copy(update={"start": start, "end": end or start})


def span_days(ref: TimeRef) -> int:
    """How many days a dated time spans after its first (0 for one day or no date)."""
    return ((ref.end or ref.start) - ref.start).days if ref.start else 0


def _is_future(t: "Token") -> bool:
    for a in _chain(t):
        if a.i != t.i and a.pos_ in {"NOUN", "PROPN"}:
            # "plans further increases of 6.5 cents ... on Jan. 1", "a planned increase on
            # Jan. 1": what is planned is still to come
            return any(any(c.dep_ == "amod" and c.lemma_.lower() in _PLAN_LEMMAS
                           for c in n.children) or
                       (n.dep_ == "dobj" and n.head.lemma_.lower() in _PLAN_LEMMAS and
                        n.head.tag_ in ("VBZ", "VBP"))
                       for n in _chain(a) if n.pos_ in {"NOUN", "PROPN"})
            # ("the reading on Tuesday will be verified": otherwise the day is the reading's)
        if a.pos_ in {"VERB", "AUX"}:
            if a.tag_ == "VBG" and a.lemma_ == "end" and a.dep_ == "acl" or \
                    a.tag_ in ("VBZ", "VBP") and (a.lemma_ in FORECAST_VERBS or
                                                  a.lemma_.lower() in _PLAN_LEMMAS):
                # "revenue of $16 billion in the quarter ending in October", "expects
                # deliveries to resume in March": a period still running or a forecast
                return True
            # ("gusts of up to 70mph could return from Sunday night until Wednesday": a
            # modal tells what may yet come)
            return any(c.dep_ == "aux" and c.lower_ in {"will", "shall", "'ll", "’ll", "could",
                                                        "may", "might", "would"}
                       for c in a.children)
    return False


#: what is planned or scheduled is still to come
_PLAN_LEMMAS = frozenset({"plan", "planned", "schedule", "scheduled", "intend", "propose",
                          "proposed"})

#: verbs that tell what is expected to happen ("the company expects ... in October"); the
#: matcher's expectations start from them
FORECAST_VERBS = frozenset({"expect", "forecast", "project", "anticipate", "predict"})


def _claim_span_in_sentence(claim: Claim) -> tuple[int, int]:
    s = claim.start - claim.sentence_start
    e = claim.end - claim.sentence_start
    sent = claim.sentence
    if 0 <= s < e <= len(sent) and sent[s:e] == claim.text:
        return s, e
    k = sent.find(claim.text) if claim.text else -1
    if k >= 0:
        return k, k + len(claim.text)
    s = max(0, min(s, len(sent)))
    return s, max(s, min(e, len(sent)))


# --------------------------------------------------------------------------------------
# time of a claim


def _sentence_time(claim: Claim, doc: "Doc", anchor: "Token | None", info: _ArticleInfo,
                   span: tuple[int, int]) -> TimeRef | None:
    ref = info.ref
    dl = info.dateline
    exprs = []
    for e in find_time_expressions(claim.sentence):
        if e.span and e.text.lower().startswith("since") and e.start < span[0] < e.end:
            # "the deadliest since the Cloquet fire killed 453 people in 1918": the figure is
            # the earlier event's own, dated by that event's time
            k = e.start + len("since")
            exprs.extend(replace(x, start=x.start + k, end=x.end + k)
                         for x in find_time_expressions(claim.sentence[k:e.end])
                         if not (x.start + k < span[1] and x.end + k > span[0]))
        elif not (e.start < span[1] and e.end > span[0]) or e.span:
            exprs.append(e)
    exprs = [e for e in exprs if not (e.start <= span[0] and e.end >= span[1] and not e.span)]
    # a time that dates a comparison base ("from 6.29% last week") is not this figure's time,
    # unless this figure is that base
    exprs = [e for e in exprs
             if (b := comparison_base_start(claim.sentence, e)) is None or b <= span[0] < e.start]
    # nor is the span a record is set against, on either side of the figure: "1,146 injured
    # during the month, the highest monthly toll since September last year", "closed 3.3%
    # lower, its steepest daily fall since the tariff turmoil of early April, and the banking
    # index lost 5.6%"
    # (a figure after the frame in a clause of the frame's own is that earlier event's: "the
    # deadliest since the 1931 Hawke's Bay earthquake, which killed 258 people")
    exprs = [e for e in exprs if not (_record_frame(claim.sentence, e) and (
        e.start >= span[1] or (e.end <= span[0] and _NEW_CLAUSE.match(
            claim.sentence[e.end:span[0]]))))]
    # a time after a semicolon opens a clause of its own: "155 people remain missing; on
    # Tuesday a deputy minister had said about 2,000"
    exprs = [e for e in exprs if e.start < span[1] or ";" not in claim.sentence[span[1]:e.start]]
    # so does a figure after one: "2:01:25 in London last April, a course record; and then
    # Chicago, where he covered the second half in 59:47" (a time opening the sentence still
    # frames each of its clauses)
    exprs = [e for e in exprs if e.end > span[0] or ";" not in claim.sentence[e.end:span[0]]
             or _FRAMING_OPENER.fullmatch(claim.sentence[:e.start])]
    if dl is not None:  # the dateline is the publication date, not the event time
        s0 = claim.sentence_start
        exprs = [e for e in exprs if not (s0 + e.start < dl.end and s0 + e.end > dl.start)]
    own_years: list[_Expr] = []
    if anchor is not None:
        # (a year of the figure's own noun stands, whatever else the sentence compares)
        own_years = _year_of_own_noun(anchor)
        exprs = [x for x in exprs if not any(x.start < e.end and e.start < x.end
                                             for e in own_years)] + own_years
    if not exprs:
        return None
    mid = (span[0] + span[1]) / 2
    own_verb = _verb_of(anchor) if anchor is not None else None
    if anchor is not None:
        dl_ids: frozenset[int] = frozenset()
        if dl is not None and claim.sentence_start < dl.end:
            dl_ids = frozenset(t.i for t in _tokens_in(doc, dl.start - claim.sentence_start,
                                                       dl.end - claim.sentence_start))
        own = frozenset(t.i for t in _tokens_in(doc, span[0], span[1]))
        kept = []
        for e in exprs:
            toks = _tokens_in(doc, e.start, e.end)
            h = _head_of(toks)
            if h is None or any(e is y for y in own_years) or \
                    _dates_the_pair(claim.sentence, span, e) or not (
                    _in_aside(h, anchor, dl_ids) or _year_of_compared(
                    toks, h, anchor) or _outside_told_clause(
                    h, anchor) or _in_later_clause(h, anchor) or _in_sequenced_clause(
                    h, anchor) or (
                    _dates_other_number(h, anchor, e, own) and not _dates_event_of_clause(
                        claim.sentence, e, h, anchor) and not _opens_sentence(
                        claim.sentence, e) and not _in_when_clause_of(h, anchor))):
                kept.append(e)
        exprs = kept
        if not exprs:
            return None

    def key(e: _Expr) -> tuple[float, float]:
        dist = 50.0
        if anchor is not None:
            h = _head_of(_tokens_in(doc, e.start, e.end))
            if h is not None:
                dist = _tree_dist(anchor, h)
                # "..., officials said on Tuesday": when the report was made, not the event
                v = _verb_of(h.head) if h.head.i != h.i else None
                if v is not None and v.lemma_.lower() in REPORT_LEMMAS and (
                        own_verb is None or v.i != own_verb.i) and not (
                        v.dep_ in ("relcl", "acl") and v.head.i in (anchor.i, (
                            anchor.head.i if anchor.dep_ in ("nummod", "quantmod") else -1))):
                    # ("the 1.03 million it counted at the June 9 protest", "the 40,000 people
                    # the delegation counted at a rally ... on Sept. 24": the count is the
                    # figure's own clause)
                    dist += 2
        # a bare "overnight" loses to a named day unless clearly closer to the claim
        if e.weak:
            dist += 2 if ref is not None else 4
        # a time in the figure's own conjunct beats one as near in another: "12 people in
        # Paris on Friday and 40 in Lyon on Saturday" (40: Saturday)
        between = claim.sentence[min(e.end, span[1]):max(e.start, span[0])]
        if re.search(r"\band\b|[,;]", between):
            dist += 0.5
        return dist, abs((e.start + e.end) / 2 - mid)

    best = min(exprs, key=key)
    future = False
    h = _head_of(_tokens_in(doc, best.start, best.end))
    if h is not None:
        future = _is_future(h)
    if h is not None and not future and _is_present(h) and \
            _BARE_WEEKDAY.fullmatch(best.text.strip()):
        # "the record the organisers are taking aim at on Friday night", "the final starts on
        # Sunday": a weekday of a clause in the present is the one coming
        future = True
    out = _to_ref(best, ref, "sentence", future)
    if best.span and re.match(r"since\b", best.text, re.I) and best.end <= span[0] and \
            re.fullmatch(r"\s*,?\s*(?:when|which|that|in\s+which|where)\b[^;:.!?]*",
                         claim.sentence[best.end:span[0]]) and out.start is not None:
        # "the deadliest attack since March 2, when a drone slammed into an apartment block,
        # killing 12 people", "the worst since the 1995 Kobe earthquake, which killed more
        # than 6,400": the figure is of that day or event, not of the time since
        inner = re.sub(r"^since\s+", "", best.text, flags=re.I)
        first = next(iter(find_time_expressions(inner)), None)
        lo, hi, _ = first.resolve(ref, False) if first is not None else (None, None, None)
        out = TimeRef(text=inner, start=lo or out.start, end=hi or lo or out.start,
                      source="sentence")
    if h is not None and not future and _is_past(h):
        out = _not_after(out, info.ref)
    return out


#: a weekday with nothing to say which one ("on Friday night", "Sunday")
_BARE_WEEKDAY = re.compile(rf"(?:on\s+)?{WD}(?:\s+{PART})?", re.I)


#: a sentence that opens by pointing back at an event ("That quake killed 18 people")
_EVENT_ANAPHOR = re.compile(
    r"^\W*(?:That|This|The)\s+(?:[a-z]+\s+)?(?P<noun>earthquakes?|quakes?|tremors?|storms?|"
    r"hurricanes?|typhoons?|cyclones?|fires?|blazes?|wildfires?|floods?|flooding|attacks?|"
    r"strikes?|bombardments?|eruptions?|explosions?|blasts?|marches|march|protests?|rally)\b")
_ANAPHOR_KIND = {"earthquake": "quake", "tremor": "quake", "hurricane": "storm",
                 "typhoon": "storm", "cyclone": "storm", "blaze": "fire", "wildfire": "fire",
                 "flooding": "flood", "strike": "attack", "bombardment": "attack",
                 "blast": "explosion", "protest": "march", "rally": "march"}


def _kind_word(w: str) -> str:
    w = w.lower()
    w = w[:-2] if w.endswith("ches") else w[:-1] if w.endswith("s") and not w.endswith("ss") else w
    return _ANAPHOR_KIND.get(w, w)


def figure_stretch(sentence: str, a: int, b: int, breaks: "re.Pattern[str] | None" = None
                   ) -> tuple[int, int]:
    """The stretch of ``sentence`` that belongs to the mention at [a, b): from just after the
    number before it to just before the number after it (and, with ``breaks``, within those
    clause breaks), as (start, end) offsets."""
    left, right = sentence[:max(a, 0)], sentence[b:]
    lo = max([x.end() for x in re.finditer(r"\d", left)] +
             ([x.end() for x in breaks.finditer(left)] if breaks else []) + [0])
    hi = min([x.start() for x in re.finditer(r"\d", right)] +
             ([x.start() for x in breaks.finditer(right)] if breaks else []) + [len(right)])
    return lo, b + hi


_EARLIER_EVENT = re.compile(
    r"\bthe\s+(?:earlier|previous|prior|first)\s+(?P<noun>earthquakes?|quakes?|tremors?|"
    r"storms?|hurricanes?|typhoons?|fires?|blazes?|wildfires?|floods?|attacks?|strikes?|"
    r"marches|march|protests?|rally|rallies|demonstrations?)\b", re.I)


def _anaphor_time(article: Article, claim: Claim, info: _ArticleInfo) -> TimeRef | None:
    """The date a recent sentence (this paragraph or the one before) gives the event a claim's
    sentence points back at: "That quake ... killed 18 people" after "the April 3 earthquake"
    (the nearest such date), "their estimate of 240,000 for the earlier march" after
    "Sunday's march ... the June 9 protest" (the earliest). A date counts when it stands right
    before the event's noun or "on"/"of" right after it."""
    m = _EVENT_ANAPHOR.match(claim.sentence)
    earlier = False
    if not m:
        # in the figure's own stretch of the sentence, between its neighbouring numbers
        sent = claim.sentence
        lo, hi = figure_stretch(sent, claim.start - claim.sentence_start,
                                claim.end - claim.sentence_start)
        m = _EARLIER_EVENT.search(sent[lo:hi])
        earlier = m is not None
    if not m:
        return None
    kind = _kind_word(m.group("noun"))
    text = article.text
    s0 = claim.sentence_start
    if not (0 <= s0 <= len(text)):
        return None
    para = text.rfind("\n", 0, s0) + 1
    start = text[:para].rstrip().rfind("\n") + 1  # the paragraph before this one's too
    spans = _split(text[start:s0], start)[-3:]
    found: list[TimeRef] = []
    for s, e in reversed(spans):
        sent = text[s:e]
        exprs = find_time_expressions(sent)
        for w in re.finditer(r"[A-Za-z]+", sent):
            if _kind_word(w.group(0)) != kind:
                continue
            for x in exprs:
                if x.weak:
                    continue
                if (x.end <= w.start() and re.fullmatch(r"\s*(?:'s\s+)?(?:[a-z]+\s+)?",
                                                        sent[x.end:w.start()])) or \
                        (x.start >= w.end() and re.fullmatch(r"\s*(?:of|on)\s+",
                                                             sent[w.end():x.start])):
                    ref = _to_ref(x, info.ref, "context")
                    if ref.start is not None:
                        if not earlier:
                            return ref
                        found.append(ref)
    if earlier and len({r.start for r in found}) > 1:
        return min(found, key=lambda r: r.start)  # type: ignore[arg-type, return-value]
    return None


#: a sentence that opens some time after the one the text just told: "A week later the front
#: reported two million", "Two days later, ...", "The next day ..."
_LATER_OPENING = re.compile(
    r"^\W*(?:(?P<n>a|an|one|two|three|four|five|six|seven|eight|nine|ten|\d{1,2})\s+"
    r"(?P<unit>day|week|month)s?\s+later|(?:on\s+)?the\s+(?:next|following)\s+"
    r"(?P<unit1>day|morning|afternoon|evening|week))\b", re.I)
_LATER_DAYS = {"day": 1, "morning": 1, "afternoon": 1, "evening": 1, "week": 7, "month": 30}


def _later_time(article: Article, claim: Claim, info: _ArticleInfo) -> TimeRef | None:
    """The day of a sentence that opens "A week later" or "The next day": that long after the
    day the sentences before it in its paragraph told of."""
    m = _LATER_OPENING.match(claim.sentence)
    if not m:
        return None
    ctx = _context_time(article, claim, info) or _day_told_before(article, claim, info)
    if ctx is None or ctx.start is None:
        return None
    n = m.group("n") or "a"  # ("the next day": one)
    k = int(n) if n.isdigit() else num.parse_words(n.lower()) or 1  # ("a week": one)
    days = int(k * _LATER_DAYS[(m.group("unit") or m.group("unit1")).lower()])
    day = (ctx.end or ctx.start) + dt.timedelta(days=days)
    if info.ref is not None and day > info.ref:
        return None
    return TimeRef(text=m.group(0).strip(), start=day, end=day, source="sentence")


def _day_told_before(article: Article, claim: Claim, info: _ArticleInfo) -> TimeRef | None:
    """For a sentence that opens its paragraph ("Nine days later, on Palm Sunday, two missiles
    hit the centre of Sumy"), the last day the paragraph before names ("On 4 April an
    Iskander-M ... exploded over a residential street"), if it names one; spans ("since the
    full-scale invasion began in 2022") and comparison bases are no such day."""
    text = article.text
    para_start = text.rfind("\n", 0, claim.sentence_start) + 1
    if text[para_start:claim.sentence_start].strip():
        return None  # not the paragraph's first sentence: _context_time has looked
    prev_end = len(text[:para_start].rstrip())
    prev_start = text.rfind("\n", 0, prev_end) + 1
    for s, e in reversed(_split(text[prev_start:prev_end], prev_start)):
        sent = text[s:e]
        refs = [_not_after(_to_ref(x, info.ref, "context"), info.ref)
                for x in find_time_expressions(sent)
                if not x.weak and not _dates_something_else(sent, x)]
        refs = [r for r in refs if r is not None and r.start is not None and
                (r.end or r.start) - r.start <= dt.timedelta(days=1)]
        if refs:
            return refs[-1]
    return None


#: the units of a span that sets a clause before its sentence's time ("five days after")
_SPAN_UNITS = ("day", "week", "month", "year")


def _sequenced_time(claim: Claim, anchor: "Token | None", base: TimeRef | None,
                    info: _ArticleInfo) -> TimeRef | None:
    """The day of a figure in a clause its sentence sets some time before its own ("The
    attack came five days after a rocket strike on Chasiv Yar killed 48 people", "Two weeks
    after Ian came ashore with 150 mph winds, insurers ..."): that long before ``base``, the
    time of the main clause (a time the sentence names outside the clause, else ``base``,
    the time the sentence inherits). Hedged, "less than three weeks after", it is still about
    that far back; "days after" is a few days."""
    if anchor is None:
        return None
    v = _verb_of(anchor)
    while v is not None:
        mark = next((c for c in v.children if c.dep_ == "mark" and c.lower_ == "after"), None)
        if mark is None:  # "a day after firing its engines to make it hop about 40 cm"
            mark = next((c for c in v.children if c.dep_ == "prep" and c.lower_ == "after"
                         and any(x.dep_ == "pcomp" for x in c.children)), None)
        if mark is not None:
            # ("five days" hangs on "after" or on the verb, by the parse)
            span = next((c for c in (*mark.children, *v.children) if c.dep_ == "npadvmod"
                         and c.i < mark.i and c.lemma_.lower() in _SPAN_UNITS), None)
            if span is None or anchor.i in {t.i for t in span.subtree}:
                return None  # (not the span itself: "five days" is how long between)
            k: float | None = None
            for c in span.children:
                if c.dep_ == "nummod" and c.lower_ not in ("a", "an"):
                    k = float(c.text) if c.text.isdigit() else num.parse_words(c.lower_)
                elif c.dep_ in ("det", "nummod") and c.lower_ in ("a", "an", "one"):
                    # ("Almost a year after": the parse may take the article for a number)
                    k = 1
            if k is None:
                if span.tag_ != "NNS" or any(c.dep_ in ("amod", "nummod") for c in span.children):
                    return None
                k = 3  # "days after", "weeks after": a few
            unit = span.lemma_.lower()
            inner = {t.i for t in v.subtree} | {t.i for t in span.subtree}
            # a time of the clause the "after" clause hangs on
            outer = _verb_of(v.head) if v.head.i != v.i else None
            main = [e for e in find_time_expressions(claim.sentence) if not e.span and
                    outer is not None and (h := _head_of(_tokens_in(
                        anchor.doc, e.start, e.end))) is not None and h.i not in inner and
                    (hv := _verb_of(h)) is not None and hv.i == outer.i]
            if main:
                # "More than five weeks after a gunman killed 17 people ..., students stood
                # on a stage on Saturday"
                base = _not_after(_to_ref(main[0], info.ref, "sentence"), info.ref)
            if base is None or base.start is None:
                return None
            text = claim.sentence[span.left_edge.idx:mark.idx + len(mark.text)]
            end = base.end or base.start
            if unit in ("day", "week"):
                day = end - dt.timedelta(days=int(k * (7 if unit == "week" else 1)))
                return TimeRef(text=text, start=day, end=day, source="sentence")
            # "15 months after Disney first agreed to buy the assets": about then, a
            # fortnight either way ("seven years after fire tore through Grenfell Tower": a
            # season either way)
            months = int(k * (12 if unit == "year" else 1))
            day = _shift_months(end, months)
            slack = dt.timedelta(days=90 if unit == "year" else 15)
            return TimeRef(text=text, start=day - slack, end=min(day + slack, end),
                           source="sentence")
        if v.dep_ not in ("conj", "advcl", "xcomp", "ccomp", "relcl", "acl", "pcomp"):
            return None
        v = _verb_of(v.head) if v.head.i != v.i else None
    return None


#: a founding, a birth or a building just before a date: when a thing began, not the news
_FOUNDED_BEFORE = re.compile(r"\b(?:founded|established|set\s+up|born|built|formed|"
                             r"incorporated|co-?founded)\s*$", re.I)


def _dates_something_else(sent: str, e: _Expr) -> bool:
    """The time dates a comparison base ("up from 6.29% last week") or a founding ("Founded
    in 2012 by Dylan Field ..."), not the figures around it: neither an article's main time
    nor a time the next sentences inherit."""
    # (a relative base time, "two weeks ago", that dates its own clause's figures is still
    # told against the report's day: no main time of the story, no time to inherit)
    # (the span a record is set against, "lost their majority for the first time since
    # returning to power in 2012", frames the record, not the news)
    return comparison_base_start(sent, e) is not None or \
        (e.start > 0 and _BASE_TIME.search(e.text) is not None) or \
        _FOUNDED_BEFORE.search(sent[:e.start]) is not None or _record_frame(sent, e)


#: a clause of its own opening after a span: ", and the banking index lost 5.6%"
_NEW_CLAUSE = re.compile(r"\s*(?:[,;]\s*)?(?:and|but|while|whereas)\s", re.I)


def _record_frame(sent: str, e: _Expr) -> bool:
    """A "since" span a record is set against ("its first cut since March 2020", "the highest
    monthly toll since September last year")."""
    if _RECORDS_BEGAN.search(sent[:e.start]):
        return True  # "the most recorded anywhere since records began in 1949"
    return re.match(r"since\b", e.text, re.I) is not None and \
        _RECORD_BEFORE.search(sent[:e.start]) is not None


#: the start of the records a record is set against: "since records began (in)"
_RECORDS_BEGAN = re.compile(r"\bsince\s+(?:(?:official|national|reliable)\s+)?(?:records|"
                            r"record[- ]keeping|measurements|observations)\s+(?:began|started|"
                            r"were\s+first\s+(?:kept|taken))\s+(?:in\s+)?$", re.I)


#: a first, a last or a superlative just before a "since" span: a record's frame
_RECORD_BEFORE = re.compile(r"\b(?:first|last|only|highest|lowest|biggest|largest|worst|best|"
                            r"most|least|deadliest|strongest|[a-z]{3,}est)\b(?:\s+[\w'’-]+){0,3}"
                            r"\s*$", re.I)


def _context_time(article: Article, claim: Claim, info: _ArticleInfo) -> TimeRef | None:
    text = article.text
    s0 = claim.sentence_start
    if not (0 <= s0 <= len(text)):
        return None
    para_start = text.rfind("\n", 0, s0) + 1
    before = text[para_start:s0]
    if not before.strip():
        return None
    for s, e in reversed(_split(before, para_start)):
        exprs = find_time_expressions(text[s:e])
        dl = info.dateline
        exprs = [x for x in exprs
                 if not (dl is not None and s + x.start < dl.end and s + x.end > dl.start)]
        # "... from $69.8bn a year earlier", "Founded in 2012 by Dylan Field ...", "its first
        # cut since March 2020": no time for what follows
        exprs = [x for x in exprs if not _dates_something_else(text[s:e], x)]
        strong = [x for x in exprs if not x.weak] or exprs
        if strong:
            # a day told in an earlier sentence is past by the time of the report
            refs = [_not_after(_to_ref(x, info.ref, "context"), info.ref)
                    for x in strong]
            days = {(r.start, r.weekday) for r in refs if r is not None}
            if len(days) > 1:
                # the sentence before names two different days ("Sunday's march ... the
                # June 9 protest"): which one this claim belongs to is a guess; leave it
                # to the article's main time
                return None
            return refs[-1]
    return None


# --------------------------------------------------------------------------------------
# place


def _np_text(t: "Token") -> str:
    """A short noun phrase for token ``t``: modifiers, 'of' phrases, coordination."""
    ent = _entity(t)
    if ent is not None and ent.label_ in {"PERSON", "ORG", "GPE", "NORP", "LOC", "FAC"} \
            and ent.root.i == t.i or (ent is not None and ent.label_ == "PERSON"):
        text = ent.text
    else:
        ids = {t.i}
        for c in t.children:
            if c.ent_type_ == "DATE" and c.i < t.i:
                continue  # "On 19 January police counted ...", the date parsed as a modifier
            if c.dep_ in {"compound", "amod", "nmod", "poss", "nummod", "case"} and c.i < t.i:
                ids.update(x.i for x in c.subtree)
            elif c.dep_ == "prep" and c.lower_ == "of" and c.i > t.i:
                ids.update(x.i for x in c.subtree if not _in_clause(x, c))
        lo, hi = min(ids), max(ids)
        text = t.doc[lo:hi + 1].text
    for c in t.children:
        if c.dep_ == "conj" and c.i > t.i:
            cc = [x for x in t.children if x.dep_ == "cc" and t.i < x.i < c.i]
            text = f"{text} {cc[0].text if cc else 'and'} {_np_text(c)}"
            break
    first = t.doc[t.left_edge.i] if t.left_edge.i <= t.i else t
    text = re.sub(r"^(?:the|a|an)\s+", "", text.strip(), flags=re.I)
    text = re.sub(r"\s*(?:’s|'s)$", "", text)
    if first.i == first.sent.start and first.pos_ in {"NOUN", "ADJ", "DET"} and \
            not first.ent_type_ and text[:1].isupper() and not text[1:2].isupper():
        text = text[0].lower() + text[1:]
    return _strip_titles(text)


def _in_clause(x: "Token", top: "Token") -> bool:
    for a in _chain(x):
        if a.i == top.i:
            return False
        if a.dep_ in {"relcl", "acl", "advcl", "ccomp", "appos"}:
            return True
    return False


def _entity(t: "Token"):
    for ent in t.doc.ents:
        if ent.start <= t.i < ent.end:
            return ent
    return None


def _strip_titles(name: str) -> str:
    words = name.split()
    if len(words) < 2:
        return name
    last = words[-1].lower().strip(".,")
    if last in INSTITUTION_WORDS or last in TITLES or not words[-1][:1].isupper():
        return name
    # a person after a title: keep what follows the last title word
    # ("Maui Police Chief John Pelletier" -> "John Pelletier")
    k = 0
    for i, w in enumerate(words[:-1]):
        if w.lower().strip(",") in TITLES:
            k = i + 1
    rest = words[k:]
    if not all(w[:1].isupper() for w in rest):
        return name
    return " ".join(rest)


def _place_text(t: "Token") -> str | None:
    ent = _entity(t)
    if ent is not None and ent.label_ in PLACE_LABELS | {"ORG", "PERSON", "PRODUCT", "NORP"}:
        text = ent.text
    else:
        ids = {t.i}
        for c in t.children:
            if c.dep_ in {"compound", "amod"} and c.i < t.i and (c.pos_ == "PROPN" or
                                                                  c.text[:1].isupper()):
                ids.update(x.i for x in c.subtree)
        text = t.doc[min(ids):max(ids) + 1].text
    text = re.sub(r"^(?:the)\s+", "", text.strip(), flags=re.I)
    text = re.sub(r"(?:’s|'s)$", "", text)
    if text.lower() in DEMONYMS:
        return DEMONYMS[text.lower()]
    return text or None


def _place(doc: "Doc", anchor: "Token | None", exclude: set[int]) -> str | None:
    cands: list[tuple[int, int, str]] = []  # (tier, dist, text)
    for t in doc:
        if t.i in exclude:
            continue
        label = t.ent_type_
        lemma = t.lemma_.lower()
        prep = t.head.lower_ if t.dep_ == "pobj" else ""
        tier = None
        text: str | None = None
        if prep in LOC_PREPS_STRONG or (prep in LOC_PREPS_WEAK and (
                label in PLACE_LABELS or  # "into Florida's Big Bend"
                (t.pos_ == "PROPN" and any(c.ent_type_ in PLACE_LABELS and c.dep_ in
                                           {"poss", "compound"} for c in t.children)))):
            if label in PLACE_LABELS:
                tier, text = 0, _place_text(t)
            elif (t.pos_ == "PROPN" and prep in {"in", "across", "throughout", "near"}
                  and label in {"", "ORG", "PERSON", "PRODUCT", "NORP"}
                  and lemma not in INSTITUTION_WORDS):
                # the small model often tags cities as ORG/PERSON ("across Kyiv")
                tier, text = 1, _place_text(t)
            elif lemma in PLACE_NOUNS and any(
                    c.dep_ in {"compound", "amod"} and (c.pos_ == "PROPN" or c.ent_type_)
                    for c in t.children):
                tier, text = 0, _place_text(t)
        elif lemma in PLACE_NOUNS and t.pos_ == "NOUN":
            for c in t.children:
                if c.dep_ in {"amod", "compound"} and c.i not in exclude and (
                        c.lower_ in DEMONYMS or c.ent_type_ in PLACE_LABELS):
                    tier, text = 1, DEMONYMS.get(c.lower_, c.text)
                    break
        elif label in PLACE_LABELS and (
                t.dep_ not in {"nsubj", "nsubjpass", "poss", "compound", "amod"} or
                # "St. Petersburg recorded 16 inches": a subject that is where it happened
                (t.dep_ == "nsubj" and t.head.lemma_.lower() in EXPERIENCER_VERBS)):
            ent = _entity(t)
            if ent is not None and ent.root.i == t.i:
                tier, text = 2, _place_text(t)
        if tier is not None and text and text.lower() not in {"x", "east", "west"}:
            dist = _tree_dist(anchor, t) if anchor is not None else 50
            cands.append((tier, dist, text))
    if not cands:
        return None
    # locative phrases (tiers 0-1) beat bare mentions (tier 2); among them the closest
    # in the tree wins, an uncertain (mis-tagged) one needing to be clearly closer
    pool = [c for c in cands if c[0] < 2] or cands
    return min(pool, key=lambda c: (c[1] + 2 * c[0], c[0]))[2]


# --------------------------------------------------------------------------------------
# attribution

SPEECH = (r"(?:said|says|say|told|tells|wrote|writes|added|adds|stated|states|noted|notes"
          r"|explained|emphasi[sz]ed|stressed|warned|declared|insisted|announced|posted"
          r"|tweeted|recalled|continued|acknowledged|argued|claimed|reported|estimated"
          r"|confirmed|observed|remarked|replied|responded|asserted)")
NAME = r"[A-Z][\w’'.-]*(?:\s+(?:of\s+(?:the\s+)?)?[A-Z][\w’'.-]*){0,5}"
SPEAKER = (rf"(?:(?:the|a|an)\s+)?(?:{NAME}|[Hh]e|[Ss]he|[Tt]hey|[Ww]e|I"
           r"|(?:[a-z-]+\s+){0,2}(?:spokes(?:man|woman|person)|officials?|police|authorities"
           r"|organi[sz]ers|minister|ministry|governor|mayor|president|agency|army|military"
           r"|witness(?:es)?|residents?|rescuers|doctors|statement))")
_AFTER_QUOTE = [
    re.compile(rf"^\s*,?\s*(?P<sp>{SPEAKER})\s+(?:(?:also|then|later|has|had|further|"
               rf"\w+ly)\s+)*{SPEECH}\b"),
    re.compile(rf"^\s*,?\s*{SPEECH}\s+(?P<sp>{SPEAKER})"),
]
_BEFORE_QUOTE = re.compile(
    rf"(?P<sp>{SPEAKER})\s+(?:(?:also|then|later|has|had|\w+ly)\s+)*{SPEECH}"
    rf"(?:\s+[^,:“\"”]{{1,40}}?)?\s*[,:]?\s*$")
_NAMED_SPEAKER = re.compile(
    rf"(?P<a>{NAME})\s+(?:\w+ly\s+)?(?:{SPEECH}|acknowledged|praised|condemned|called)\b"
    rf"|(?:President|Minister|Secretary[- ]General|Chancellor|Governor|Mayor|Spokes\w+)\s+"
    rf"(?P<b>[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){{0,2}})")
_NOT_NAMES = {"in", "on", "at", "the", "a", "an", "according", "following", "after",
              "he", "she", "they", "it", "we", "i", "this", "that", "but", "and", "as",
              "while", "when", "during", "today", "tomorrow", "yesterday"}


def _quote_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of quoted passages (end after the closing mark); a quote left open
    runs to the end of its paragraph."""
    spans: list[tuple[int, int]] = []
    for para in re.finditer(r"[^\n]+", text):
        p0, ptext = para.start(), para.group(0)
        open_at: int | None = None
        straight_open: int | None = None
        for i, ch in enumerate(ptext):
            if ch == "“":
                if open_at is None:
                    open_at = i
            elif ch == "”":
                if open_at is not None:
                    spans.append((p0 + open_at, p0 + i + 1))
                    open_at = None
            elif ch == '"':
                if straight_open is None:
                    straight_open = i
                else:
                    spans.append((p0 + straight_open, p0 + i + 1))
                    straight_open = None
        for o in (open_at, straight_open):
            if o is not None:
                spans.append((p0 + o, p0 + len(ptext)))
    # quoted words or short phrases ("immediate and unconditional") are not speech
    return sorted((s, e) for s, e in spans if len(text[s:e].split()) >= 6)


def _clean_speaker(sp: str, text: str, pos: int) -> str | None:
    sp = re.sub(r"^(?:the|a|an)\s+", "", sp.strip(), flags=re.I)
    if sp.lower() in {"he", "she"}:
        return _recent_speaker(text, pos)
    if sp.lower() in {"they", "we", "i", "it"}:
        return None
    return _strip_titles(sp) or None


def _recent_speaker(text: str, pos: int) -> str | None:
    """The last named person before ``pos`` (for resolving 'he said')."""
    window_start = max(0, pos - 2000)
    best: tuple[int, str] | None = None
    for m in _NAMED_SPEAKER.finditer(text, window_start, pos):
        name = m.group("a") or m.group("b")
        words = name.split()
        while words and words[0].lower() in _NOT_NAMES:
            words = words[1:]
        if not words:
            continue
        name = " ".join(words)
        if name.split()[-1].lower() in INSTITUTION_WORDS:
            continue
        if best is None or m.end() >= best[0]:
            best = (m.end(), _strip_titles(name))
    return best[1] if best else None


def _quote_attribution(article: Article, claim: Claim, info: _ArticleInfo) -> str | None:
    text = article.text
    pos = claim.start if 0 <= claim.start < len(text) else claim.sentence_start
    for qs, qe in info.quotes:
        if not qs < pos < qe:
            continue
        para_end = text.find("\n", qe)
        para_end = len(text) if para_end < 0 else para_end
        after = text[qe:min(para_end, qe + 200)]
        para_start = text.rfind("\n", 0, qs) + 1
        before = text[max(para_start, qs - 200):qs]
        after_sp = None
        for rx in _AFTER_QUOTE:
            m = rx.search(after)
            if m:
                after_sp = m.group("sp")
                break
        before_m = _BEFORE_QUOTE.search(before)
        if after_sp and after_sp.lower() not in {"he", "she"}:
            return _clean_speaker(after_sp, text, qs)
        if before_m:
            sp = _clean_speaker(before_m.group("sp"), text, qs - len(before) +
                                before_m.start())
            if sp:
                return sp
        if after_sp:
            return _clean_speaker(after_sp, text, qs)
        # multi-paragraph quote: the next paragraph may continue it; look back instead
        return _recent_speaker(text, qs)
    return None


def _subject(v: "Token") -> "Token | None":
    """The speaker of a reporting verb: its active subject, else its 'by' agent."""
    for c in v.children:
        if c.dep_ == "nsubj":
            if c.lower_ in {"which", "who", "that"} and v.dep_ == "relcl":
                return v.head
            return c
    for c in v.children:
        if c.dep_ == "agent":
            objs = [x for x in c.children if x.dep_ == "pobj"]
            if objs:
                return objs[0]
    if any(c.dep_ in {"nsubjpass", "auxpass"} for c in v.children):
        return None  # "damage was recorded": no speaker
    if v.dep_ in {"conj", "xcomp"} and v.head.pos_ in {"VERB", "AUX"}:
        return _subject(v.head)
    return None


def _cited(v: "Token") -> "Token | None":
    """'Citing city officials, X reported ...' -> the cited source."""
    for c in v.children:
        if c.lower_ in {"citing", "quoting"}:
            objs = [x for x in c.children if x.dep_ in {"dobj", "pobj"}]
            if objs:
                return objs[0]
    return None


def _according(tok: "Token") -> "Token | None":
    """pobj of 'according to' under ``tok``."""
    for c in tok.children:
        if c.lower_ == "according" and c.dep_ in {"prep", "advmod", "pcomp"}:
            for to in c.children:
                if to.lower_ == "to":
                    objs = [x for x in to.children if x.dep_ == "pobj"]
                    if objs:
                        return objs[0]
    return None


def _source_np(t: "Token", text: str, pos: int, banned: frozenset[int] = frozenset()
               ) -> str | None:
    """Attribution text for a speaker token (documents yield their author)."""
    if t.i in banned:  # a dateline ("CUPERTINO, California, Oct 31 -") parsed as subject
        return None
    if t.pos_ == "NOUN":  # "the tracking site PowerOutage.us", "its head, Oleh Syniehubov"
        for c in t.children:
            if c.dep_ in {"appos", "compound"} and c.i > t.i and c.pos_ == "PROPN":
                return _np_text(c)
    if (t.lemma_.lower() in DOCUMENT_NOUNS or t.lower_ in DOCUMENT_NOUNS) and not (
            t.pos_ == "PROPN" and (t.ent_type_ == "ORG" or any(
                c.dep_ == "compound" and c.pos_ == "PROPN" for c in t.children))):
        # (not "the U.S. Geological Survey", "the US Geological Survey": an agency's name)
        for c in t.children:
            if c.dep_ == "prep" and c.lower_ in {"from", "by", "of"}:
                objs = [x for x in c.children if x.dep_ == "pobj"]
                if objs:
                    return _source_np(objs[0], text, pos)
        for c in t.children:
            if c.dep_ == "poss":
                return _np_text(c)
        return None
    if t.lower_ in {"he", "she"}:
        return _recent_speaker(text, pos)
    if t.lower_ in PRONOUNS:
        return None
    return _np_text(t) or None


def _is_own_phrase(anchor: "Token", obj: "Token") -> bool:
    """Whether ``obj`` is the figure's own phrase ("registered 40.2C"), not an object the
    figure is said of ("measured the main shock at magnitude 7.2", with "at" attached to the
    object by the parse)."""
    t = anchor
    while t.i != obj.i:
        if t.dep_ == "prep" or t.head.i == t.i:
            return False
        t = t.head
    return True


#: nouns a figure is given as: whose figure it is says who gives it
#: verbs by which a source changes its own figure ("raised its estimate to 8.0")
_REVISING = {"raise", "lower", "revise", "cut", "increase", "reduce", "update", "upgrade",
             "downgrade", "lift", "trim", "boost"}
#: what a source's numbers are called when they "show" something: "data from Cirium showed"
_DATA_NOUNS = {"data", "datum", "figure", "figures", "statistics", "records", "numbers", "tally",
               "count", "estimate", "estimates", "analysis", "survey", "poll", "tracking"}
_FIGURE_NOUNS = {"figure", "estimate", "count", "tally", "toll", "total", "calculation",
                 "projection", "forecast", "reckoning"}
#: verbs by which one holds or gives a figure: "Police gave a far lower estimate of 240,000",
#: "Police stood by their own figure of 240,000"
_FIGURE_VERBS = {"give", "put", "stand", "issue", "offer", "release", "cite", "publish",
                 "provide", "revise", "raise", "lower", "keep", "stick", "maintain", "announce",
                 "have", "produce", "circulate", "quote"}


def _figure_owner(noun: "Token", text: str, pos: int, banned: frozenset[int]
                  ) -> tuple[str | None, set[int]]:
    """Who a figure belongs to: the owner of "the National Disaster Centre's figure of more than
    2,000", the subject of "Police gave a far lower estimate of 240,000"."""
    for c in noun.children:
        if c.dep_ == "poss" and c.lower_ not in PRONOUNS and c.lower_ not in {"its", "their",
                                                                             "his", "her", "our"}:
            name = _source_np(c, text, pos, banned)
            if name and c.pos_ == "PROPN":
                # "The International Organization for Migration's estimate": the parse may
                # keep only the last word of the name as the owner
                m = re.search(r"(?:[A-Z][\w.&’'-]*\s+(?:(?:for|of|on|and)\s+(?:the\s+)?)?)*"
                              r"[A-Z][\w.&-]*$", c.doc.text[:c.idx + len(c.text)])
                if m and m.group(0).endswith(name.split()[-1]) and \
                        len(m.group(0)) > len(name):
                    name = _strip_titles(re.sub(r"^The\s+", "", m.group(0)))
            if name:
                return name, {x.i for x in c.subtree}
    h = noun.head
    if noun.dep_ == "pobj" and h.dep_ == "prep" and h.lower_ in {"by", "to", "with", "on"}:
        h = h.head
    elif noun.dep_ not in {"dobj", "obj"}:
        return None, set()
    if h.pos_ in {"VERB", "AUX"} and h.lemma_.lower() in _FIGURE_VERBS:
        subj = _subject(h)
        if subj is not None:
            name = _source_np(subj, text, pos, banned)
            if name:
                return name, {x.i for x in subj.subtree}
    return None, set()


def _estimate_owner(noun: "Token", text: str, pos: int, banned: frozenset[int]
                    ) -> tuple[str | None, set[int]]:
    """Whose estimate a clause is told by: the owner of "by the archive's estimate", the
    institution of "by police estimates" ("by some estimates" has none)."""
    name, used = _figure_owner(noun, text, pos, banned)
    if name:
        return name, used
    for c in noun.children:
        if c.dep_ == "compound" and c.i < noun.i and (
                c.pos_ == "PROPN" or c.lower_ in INSTITUTION_WORDS | {"organiser", "organisers",
                                                                    "organizer", "organizers"}):
            return _np_text(c), {x.i for x in c.subtree}
    return None, set()


#: a named agent right after a figure: "at 5.7 by the US Geological Survey"
_BY_AGENT_AFTER = re.compile(
    r"^\s*(?:\([^)]*\)\s*)?,?\s+by\s+(?:the\s+)?([A-Z][\w.&’'-]*(?:\s+(?:(?:of|for|and)\s+"
    r"(?:the\s+)?)?[A-Z][\w.&’'-]*){0,7})")
#: capitalised words that open no agent's name (days and months are read as such too)
_NOT_AGENTS = {"The", "A", "An", "Christmas", "Easter", "Noon", "Midnight"}


def _not_agent(word: str) -> bool:
    """A word that cannot open an agent's name: "by Monday", "by the March deadline"."""
    w = word.rstrip(".,")
    return w in _NOT_AGENTS or w == w.capitalize() and (
        w.lower() in WEEKDAYS or re.fullmatch(MONTH, w, re.I) is not None)


_GAPPED_SOURCE = re.compile(r"(?:,\s*and|,|;|\band|\bwhile|\bwhereas)\s+(?:the\s+)?"
                            r"(?P<name>[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,4}|police|"
                            r"organi[sz]ers|officials|authorities|unions?|ministry|government)"
                            r"\s+(?:at\s+)?$")


def _own_according_object(t: "Token") -> "Token | None":
    """The object of this "according to" token's own "to" (the last, if the parse gives
    several)."""
    obj = None
    for to in t.children:
        objs = [x for x in to.children if x.dep_ == "pobj"]
        if to.lower_ == "to" and objs:
            obj = objs[0]
    return obj


def _semicolon_between(doc: "Doc", x: "Token", y: "Token") -> bool:
    """A semicolon stands between the two tokens."""
    lo, hi = sorted((x.i, y.i))
    return any(t.text == ";" for t in doc[lo:hi])


def _parse_attribution(article: Article, claim: Claim, doc: "Doc", anchor: "Token | None",
                       dl: Dateline | None = None) -> tuple[str | None, set[int]]:
    """Attribution from the claim's sentence parse; also the token ids it used."""
    text = article.text
    pos = claim.sentence_start
    banned: frozenset[int] = frozenset()
    if dl is not None and pos < dl.end:
        banned = frozenset(t.i for t in _tokens_in(doc, dl.start - pos, dl.end - pos))
    # "measured at 6.4 by the National Earthquake Monitoring and Research Center and at 5.7
    # by the US Geological Survey": the agent right after the figure gave it
    start, end = _claim_span_in_sentence(claim)
    m = _BY_AGENT_AFTER.match(claim.sentence[end:end + 120])
    if m:
        name = m.group(1)
        if name.endswith(".") and "." not in name.split()[-1][:-1]:
            name = name[:-1]  # the sentence's full stop, not "U.S."
        if not _not_agent(name.split()[0]):
            return _strip_titles(name), set()
    # "Nepal's seismic centre reported 7.6, and the China Earthquake Networks Center 8.1": a
    # bare figure right after a name, its verb left out, is that name's
    gm = _GAPPED_SOURCE.search(claim.sentence[max(0, start - 80):start])
    if gm and re.fullmatch(r"\d[\d,.]*", claim.text or ""):
        name = gm.group("name").strip()
        if not _not_agent(name.split()[0]):
            return _strip_titles(name), set()
    # "80,000 people according to the central government's delegation, half a million
    # according to the party": the "according to" right after the figure is its own
    ma = re.match(r"\s*(?:[A-Za-z-]+\s+){0,2}?(according)\s+to\s+",
                  claim.sentence[end:end + 60])
    acc = next((t for t in doc if t.idx == end + ma.start(1)), None) if ma else None
    obj = _own_according_object(acc) if acc is not None else None
    name = _source_np(obj, text, pos, banned) if obj is not None else None
    if name:
        return name, {x.i for x in obj.subtree}
    if anchor is not None:
        for k, a in enumerate(_chain(anchor)):
            if a.i != anchor.i and _semicolon_between(doc, anchor, a):
                # "The delegation estimated that rally at 80,000 people; the PP put the figure
                # at more than 500,000": a verb past a semicolon is another clause's, however
                # the parse joins them
                continue
            obj = _according(a)
            if obj is not None:
                name = _source_np(obj, text, pos, banned)
                if name:
                    return name, {x.i for x in obj.subtree}
            if 1 <= k <= 3 and a.pos_ == "NOUN" and a.lemma_.lower() in _FIGURE_NOUNS:
                name, used = _figure_owner(a, text, pos, banned)
                if name:
                    return name, used
            if a.pos_ in {"VERB", "AUX"}:
                # "when, by the archive's estimate, about 300,000 people filled central
                # Belgrade", "by police estimates": whose estimate the clause is told by
                for p in a.children:
                    if p.dep_ == "prep" and p.lower_ in {"by", "in"}:
                        for n in p.children:
                            if n.dep_ == "pobj" and n.lemma_.lower() in _FIGURE_NOUNS:
                                name, used = _estimate_owner(n, text, pos, banned)
                                if name:
                                    return name, used
            if k <= 1 and a.pos_ in {"NOUN", "PROPN", "NUM"}:
                # "the 34.8 km reported by the USGS", "a figure given by police"
                for c in a.children:
                    if c.dep_ == "acl" and c.lemma_.lower() in REPORT_LEMMAS | {"give", "provide"}:
                        subj = _subject(c)
                        name = _source_np(subj, text, pos, banned) if subj is not None else None
                        if name:
                            return name, {x.i for x in subj.subtree}
            if a.pos_ in {"VERB", "AUX"} and a.lemma_.lower() in ("show", "suggest"):
                # "data from the aviation analytics firm Cirium showed nearly 1,500 flights
                # cancelled": whose data they are
                subj = _subject(a)
                src = next((n for p in (subj.children if subj is not None else ())
                            if p.dep_ == "prep" and p.lower_ in ("from", "by")
                            for n in p.children if n.dep_ == "pobj"), None) \
                    if subj is not None and subj.lemma_.lower() in _DATA_NOUNS else None
                owner = next((c for c in src.children if c.dep_ == "poss"), None) \
                    if src is not None and src.pos_ == "NOUN" else None
                src = owner or src  # "data from the US Geological Survey's gauge"
                name = _source_np(src, text, pos, banned) if src is not None else None
                if name:
                    return name, {x.i for x in subj.subtree}  # type: ignore[union-attr]
            if a.pos_ in {"VERB", "AUX"} or a.dep_ == "ROOT":
                if a.lemma_.lower() in _MEASURING and not any(
                        c.dep_ in ("dobj", "obj") and not c.like_num and c.pos_ != "NUM" and
                        not _is_own_phrase(anchor, c) for c in a.children):
                    pass  # "the thermometer registered 40.2C": no one measured anything
                elif a.lemma_.lower() in ("record", "register", "log") and any(
                        t.lower_ == "according" for t in doc):
                    pass  # "Turís recorded 185mm ..., according to the state meteorological
                    # agency": where it was recorded; the source is named after "according to"
                elif a.lemma_.lower() in REPORT_LEMMAS | {"cite"} or \
                        a.lower_ in ("rated", "rates"):
                    # ("the National Weather Service has cited a rise of 26ft")
                    # (the small model lemmatizes "rated" as "rat")
                    cited = _cited(a)
                    if cited is not None:
                        name = _source_np(cited, text, pos, banned)
                        if name:
                            return name, {x.i for x in cited.subtree}
                    subj = _subject(a)
                    if subj is None and a.tag_ == "VBG" and a.dep_ in {"advcl", "xcomp", "conj"}:
                        # "Police gave a far lower figure, saying 338,000 ...": the speaker
                        # is the subject of the verb the participle hangs on
                        subj = _subject(a.head)
                    if subj is not None:
                        name = _source_np(subj, text, pos, banned)
                        if name:
                            return name, {x.i for x in subj.subtree}
                elif a.lemma_.lower() in ("give", "assign") or (
                        a.lemma_.lower() in _REVISING and any(
                            c.dep_ in ("dobj", "obj") and c.lemma_.lower() in _FIGURE_NOUNS
                            for c in a.children)):
                    # "The US Geological Survey gives a moment magnitude of 7.8": an agency
                    # giving a figure is its source (a deal "gives" shareholders $54 is not);
                    # so is one revising its own estimate ("The China Earthquake
                    # Administration raised its estimate of the main quake's magnitude to 8.0")
                    subj = _subject(a)
                    if subj is not None and (subj.pos_ == "PROPN" or subj.lemma_.lower() in
                                             INSTITUTION_WORDS):
                        name = _source_np(subj, text, pos, banned)
                        if name:
                            return name, {x.i for x in subj.subtree}
                for c in a.children:  # "..., as reported by X", "..., organisers said, ..."
                    if c.dep_ in {"advcl", "parataxis"} and \
                            c.lemma_.lower() in REPORT_LEMMAS and (
                                any(x.lower_ == "as" for x in c.children) or
                                (c.dep_ == "parataxis" and not any(
                                    x.dep_ in ("dobj", "obj", "ccomp", "xcomp")
                                    for x in c.children))):
                        subj = _subject(c)
                        if subj is not None:
                            name = _source_np(subj, text, pos, banned)
                            if name:
                                return name, {x.i for x in subj.subtree}
    # fallbacks: any 'according to X' / 'as reported by X' in the sentence
    for t in doc:
        if t.lower_ == "according":
            obj = _according(t.head) if t.head.i != t.i else None
            if obj is None:
                obj = _own_according_object(t)
            if obj is not None:
                name = _source_np(obj, text, pos, banned)
                if name:
                    return name, {x.i for x in obj.subtree}
    return None, set()


# --------------------------------------------------------------------------------------
# named events

_EVENT_PATTERNS = [
    (re.compile(r"\b(?P<kind>(?:Super\s+|Severe\s+)?(?:Tropical\s+Storm|Tropical\s+Depression"
                r"|Tropical\s+Cyclone|Post-Tropical\s+Cyclone|Hurricane|Typhoon|Cyclone"
                r"|Superstorm|Storm))\s+(?P<name>[A-Z][a-z]+)\b"), "storm"),
    (re.compile(r"\b(?:the\s+)?(?P<all>(?:[A-Z][\w'’-]+\s+){1,3}(?:Complex\s+)?(?:Fire|Wildfire))"
                r"\b(?!\s+(?:Department|Dept|Service|Chief|Authority|Station|Captain|Marshal"
                r"|Protection|Brigade|Rescue|Agency|Fighters?|Crews?|Commissioner|Commission"
                r"|Commander|Officers?|Inspector|Safety|Prevention|Engineers?|Engines?|Union"
                r"|Association|Academy|Board|District|and\s+Rescue|&))"), "fire"),
    # lower-case "the Palisades fire": only after "the", so "Artillery fire" is no event
    (re.compile(r"\b[Tt]he\s+(?P<all>(?:(?:1[89]|20)\d\d\s+)?(?:[A-Z][\w'’-]+\s+){1,3}"
                r"(?:fire|wildfire|blaze))\b"
                r"(?!\s+(?:department|service|chief|station|crews?|fighters?))"), "fire"),
    (re.compile(r"\b(?:the\s+)?(?P<all>(?:(?:19|20)\d\d\s+)?"
                r"(?:[A-Z][\w'’]+(?:[–-][A-Z][\w'’]+)?"
                r"\s+){0,3}(?:earthquakes?|quake|tsunami|floods?|flooding|eruption|landslide"
                r"|mudslide|heatwave|heat\s+wave|blizzard|tornado(?:es)?|wildfires?))\b"),
     "disaster"),
    (re.compile(r"\b(?:the\s+)?(?P<all>(?:(?:19|20)\d\d\s+)?(?:[A-Z][\w'’.-]+\s+){1,3}"
                r"(?:Marathon|Olympics|Olympic\s+Games|Paralympics|Paralympic\s+Games|Games"
                r"|Grand\s+Prix|World\s+Cup|Cup|Open|Championships?|Tour|Festival|Summit"
                r"|Expo|Bowl|Derby|Regatta)(?:\s+(?:19|20)\d\d)?)\b"), "named"),
    (re.compile(r"\b(?P<all>Super\s+Bowl\s+(?:[LXVI]+|\d+))\b"), "named"),
    (re.compile(r"\b(?P<all>Operation\s+[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,2})\b"), "named"),
    (re.compile(r"\b(?P<all>COP\s?\d{1,2})\b"), "named"),
    (re.compile(r"\b(?P<all>Battle\s+of\s+(?:the\s+)?[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?)"),
     "named"),
    (re.compile(r"\b(?:the\s+)?(?P<all>(?:19|20)\d\d\s+(?:[A-Z][\w'’–-]+\s+){0,2}(?:attacks?"
                r"|bombings?|shootings?|massacre|elections?|census|referendum|riots?|war))\b"),
     "named"),
]
_EVENT_STOP_FIRST = {
    "the", "a", "an", "in", "on", "at", "this", "that", "these", "those", "its", "their",
    "deadly", "powerful", "massive", "strong", "major", "huge", "magnitude", "according",
    "cal", "us", "u.s.", "national", "state", "county", "city", "forest", "fire", "red",
    "after", "before", "since", "during", "following", "last", "latest", "new", "recent",
    "when", "as", "while", "and", "but", "if", "of", "for", "with", "by", "from",
}
_STORM_STOP = {"Center", "Centre", "Season", "Warning", "Watch", "Hunters", "Prediction",
               "Alert", "Surge", "Shelter", "Damage", "Team", "Tracker", "Names", "Name"}


def normalize_event(name: str) -> str:
    """Lower-case, no leading article, plain hyphens, single spaces."""
    s = re.sub(r"[–—]", "-", name.strip())
    s = re.sub(r"\s+", " ", s)
    s = re.sub(r"(?:’s|'s)$", "", s)
    s = re.sub(r"^the\s+", "", s, flags=re.I)
    return s.lower()


def _storm_kind(kind: str) -> str:
    k = kind.lower()
    if "hurricane" in k:
        return "hurricane"
    if "typhoon" in k:
        return "typhoon"
    if "cyclone" in k:
        return "cyclone"
    return "storm"


def find_events(text: str) -> list[tuple[int, int, str]]:
    """Named events in ``text`` as (start, end, normalized name), in text order."""
    return list(_events_cached(text))


_DESCRIBED = re.compile(r"\b[A-Z][\w'’–-]+\s+(?:earthquakes?|quake|tsunami|floods?|flooding"
                        r"|eruption|landslide|wildfires?|fires?|storm|hurricane|typhoon"
                        r"|attacks?|bombing|shooting|election)\b")


def _described_events(text: str) -> int:
    """How many event descriptions ("Myanmar earthquake") the text has beyond names."""
    named = _events_cached(text)
    return sum(1 for m in _DESCRIBED.finditer(text)
               if not any(s <= m.start() < e or s < m.end() <= e for s, e, _ in named))


@lru_cache(maxsize=20_000)
def _events_cached(text: str) -> tuple[tuple[int, int, str], ...]:
    out: list[tuple[int, int, str]] = []
    for rx, kind in _EVENT_PATTERNS:
        for m in rx.finditer(text):
            if kind == "storm":
                if m.group("name") in _STORM_STOP or m.group("name").lower() in WEEKDAYS:
                    continue
                name = f"{_storm_kind(m.group('kind'))} {m.group('name').lower()}"
                out.append((m.start(), m.end(), name))
                continue
            phrase = m.group("all")
            words = phrase.split()
            # drop sentence-initial or generic leading words
            while words and (words[0].lower() in _EVENT_STOP_FIRST or
                             words[0].lower().rstrip("’'s") in WEEKDAYS or
                             re.sub(r"(?:’s|'s)$", "", words[0].lower()) in WEEKDAYS or
                             (words[0][:3].lower() in MONTHS and words[0][:1].isupper() and
                              len(words[0]) <= 9 and words[0].lower().rstrip(".") in
                              _MONTH_WORDS)):
                words = words[1:]
            if words and re.search(r"[’']s$", words[0]) and words[0][:1].isupper() and \
                    re.sub(r"[’']s$", "", words[0]).lower() not in _GROUP_OWNERS:
                # "Spain's World Cup" is the Women's World Cup that Spain won, "California's
                # Park Fire" the Park Fire: a named owner is no part of the event's name
                words = words[1:]
            if kind == "fire" and (len(words) < 2 or words[0].lower() in DEMONYMS):
                continue
            if kind == "disaster":
                head = words[-1] if words else ""
                rest = words[:-1]
                if head.lower() == "wave" and rest and rest[-1].lower() == "heat":
                    rest = rest[:-1]
                # "the 2023 Turkey–Syria earthquake" is a name; "the Myanmar quake" is a
                # description that other outlets word differently ("Mandalay earthquake"),
                # and differing event names block matching: require the year
                has_year = bool(rest) and re.fullmatch(r"(?:19|20)\d\d", rest[0]) is not None
                if not has_year:
                    continue
                if head.lower() == "quake":
                    words[-1] = "earthquake"
            if kind == "named" and len(words) < 2:
                continue
            if not words:
                continue
            start = m.start("all") + phrase.find(words[0])
            out.append((start, m.end("all"), normalize_event(" ".join(words))))
    out.sort()
    dedup: list[tuple[int, int, str]] = []
    for e in out:
        if dedup and e[0] < dedup[-1][1]:
            if e[1] - e[0] > dedup[-1][1] - dedup[-1][0]:
                dedup[-1] = e
            continue
        dedup.append(e)
    return tuple(dedup)


#: owners that are part of an event's name ("the Women's World Cup", "the Men's Open")
_GROUP_OWNERS = {"women", "men", "ladies", "girls", "boys", "children", "veterans", "people",
                 "world", "nation", "nations", "champions"}

_MONTH_WORDS = {"january", "february", "march", "april", "may", "june", "july", "august",
                "september", "october", "november", "december", "jan", "feb", "mar", "apr",
                "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec"}


_KIND_SYNONYMS = {"wildfire": "fire", "blaze": "fire", "bushfire": "fire", "quake": "earthquake",
                  "floods": "flood", "flooding": "flood", "wildfires": "fire", "fires": "fire"}


def _canonical_event(name: str) -> str:
    return " ".join(_KIND_SYNONYMS.get(w, w) for w in name.split())


def same_event(a: str | None, b: str | None) -> bool | None:
    """Whether two normalized event names denote the same event; ``None`` if either is
    missing. Named storms match across designations ("tropical storm helene" was later
    "hurricane helene")."""
    if not a or not b:
        return None
    if a == b or _canonical_event(a) == _canonical_event(b):
        return True  # "the Lahaina fire" / "the Lahaina blaze"
    kinds = {"hurricane", "typhoon", "cyclone", "storm"}
    pa, pb = a.split(), b.split()
    if len(pa) == 2 and len(pb) == 2 and pa[0] in kinds and pb[0] in kinds:
        return pa[1] == pb[1]
    short, long_ = sorted((_canonical_event(a).split(), _canonical_event(b).split()), key=len)
    if len(short) >= 2 and long_[-len(short):] == short and not \
            re.fullmatch(r"(?:19|20)\d\d", long_[-len(short) - 1]):
        # "the Bank of America Chicago Marathon" is the Chicago Marathon with its sponsor's
        # name ("America Chicago Marathon"); a year before the name ("2023 Chicago Marathon")
        # says which one of them, and "Chicago Marathon" alone does not say otherwise
        return True
    return False


#: a named event further than this from the claim in the parse tree (a comparison, an
#: aside) yields to the article's own event
_EVENT_MAX_DIST = 7

#: a relative clause on an event's name, then the verb that goes on with it
_RELATIVE_THEN = re.compile(r",\s*(?:which|that)\s+[^.;:]{3,120},\s*")

#: a figure followed by its parts ("29: 17 in the Eaton fire and 12 in ...", "29, including")
_BREAKDOWN = re.compile(r"\s*(?:[a-z]+\s+){0,2}(?::|—|–|,\s*(?:including|of\s+whom|of\s+which))")

#: a figure that is not a year
_OTHER_FIGURE = re.compile(r"(?<![\w.,])(?!(?:1[89]|20)\d\d\b)\d[\d,.]*\b")

#: what joins an event's name to its own figure in a list of events ("the Palisades fire at
#: 23,448 acres", "the Eaton fire, 14,021 acres", "the Eaton fire: 17")
_LEADS_TO_FIGURE = re.compile(r"\s*(?:at|with|on|[,:(]|[—–-])\s*(?:about|around|nearly|almost|"
                              r"some|roughly|more\s+than|over|at\s+least)?\s*")


def _compared(h: "Token") -> bool:
    """'deadlier than the Palisades fire', 'more than that of Hurricane Katrina', 'compared
    with Hurricane Andrew': the event is only a yardstick."""
    if any(c.lower_ == "than" for c in h.children):
        return True
    t = h
    for _ in range(3):
        if t.head.i == t.i:
            break
        t = t.head
        if t.lower_ in ("than", "versus", "vs", "vs."):
            return True
        if t.lower_ in ("with", "to") and t.head.lower_ in ("compared", "comparison"):
            return True
        if t.pos_ in ("VERB", "AUX"):
            break
    return False


_EVENT_KIND_WORDS = {"fire", "wildfire", "blaze", "earthquake", "quake", "flood", "floods",
                     "storm", "hurricane", "typhoon", "cyclone", "tropical", "depression",
                     "marathon", "olympics", "games", "complex", "tsunami", "eruption",
                     "landslide", "mudslide", "heatwave", "heat", "wave", "blizzard", "tornado",
                     "tornadoes", "flooding", "wildfires", "earthquakes"}


def _short_name_event(sentence: str, article_text: str) -> str | None:
    """The article's named event that a sentence calls by its bare name: "In the Palisades,
    officials counted 5,300 structures" in a story about the Palisades and Eaton fires."""
    return _bare_name_of(sentence, {name for _, _, name in find_events(article_text)})


def link_events(articles: list[Article], claims: list[Claim]) -> list[Claim]:
    """Events named anywhere in the set, found by their bare names: "Helene has killed at
    least 44" is about Hurricane Helene when another report names it. A claim without an
    event takes the one its sentence names by its bare name."""
    names = {c.event for c in claims if c.event}
    alias: dict[str, str] = {}
    for a in articles:
        if a.status == "ok":
            names |= {n for _, _, n in find_events(a.title or "")}
            names |= {n for _, _, n in find_events(a.text)}
            for x, y, said in _aliases(a.text or ""):
                _join(alias, x, y)
                if said:
                    names.add(y)  # "Yolanda packed winds of 235 km/h"
    if not names:
        return claims
    out = []
    for c in claims:
        ev = None
        # a full mention here was already weighed (and left as a yardstick: "the deadliest
        # since the 1960 Hilo tsunami"); only bare names are looked up
        full = {n for _, _, n in find_events(c.sentence)}
        if not c.event:
            ev = _bare_name_of(c.sentence, names - full) if not full else None
        elif not full and not _bare_name_of(c.sentence, {c.event}):
            # "Since Sidr, which killed some 3,500 people in 2007, ..." in a story of Cyclone
            # Remal: a figure in a relative clause on another event's bare name is that
            # event's (not "less than two weeks after Helene battered the coast": a yardstick)
            other = _bare_name_of(c.sentence, names - {c.event})
            if other is not None and _in_clause_of_name(c, other):
                ev = other
        ev = ev or c.event
        if ev in alias:
            ev = _root(alias, ev)
        out.append(c.model_copy(update={"event": ev}) if ev != c.event else c)
    return out


#: a second name given to a storm: "Typhoon Haiyan, known locally as Yolanda", "Haiyan
#: (locally named Yolanda)", "Yolanda, as Haiyan is known in the Philippines"
_ALIAS_AFTER = re.compile(
    r"\s*(?:,|\()\s*(?:(?:also|locally|internationally|officially)\s+)?(?:known|called|named|"
    r"dubbed)\s+(?:(?:locally|internationally)\s+|in\s+(?:the\s+)?[A-Z][\w-]*(?:\s+[A-Z][\w-]*)?"
    r"\s+)?as\s+[\"“']?(?P<alias>[A-Z][a-z]+)\b|"
    r"\s*\(\s*(?:(?:local|international|Philippine|[A-Z][a-z]+n)\s+name:?\s+(?P<alias2>[A-Z][a-z]+)|"
    r"(?P<paren>[A-Z][a-z]+))"
    r"\s*\)")
_ALIAS_BEFORE = re.compile(
    r"\b(?P<alias>[A-Z][a-z]+),?\s+as\s+(?:the\s+)?(?:[A-Z][a-z]+\s+)?(?P<name>[A-Z][a-z]+)\s+is\s+"
    r"(?:also\s+)?(?:known|called|named)\b")


def _aliases(text: str) -> list[tuple[str, str, bool]]:
    """Pairs of names one storm goes by in ``text``, and whether the second is said to be a
    name (a bare "(Carina)" may be a place: it renames only a storm so named)."""
    out = []
    events = find_events(text)
    for _, e, name in events:
        kind, _, own = name.partition(" ")
        if kind not in ("hurricane", "typhoon", "cyclone", "storm") or " " in own:
            continue
        m = _ALIAS_AFTER.match(text, e)
        other = m and (m.group("alias") or m.group("alias2") or m.group("paren"))
        if other and other.lower() != own and other not in _STORM_STOP and \
                other.lower() not in WEEKDAYS and other[:3].lower() not in MONTHS:
            out.append((name, f"{kind} {other.lower()}", m.group("paren") is None))
    for m in _ALIAS_BEFORE.finditer(text):
        for _, _, name in events:
            kind, _, own = name.partition(" ")
            if own == m.group("name").lower() and m.group("alias").lower() != own:
                out.append((name, f"{kind} {m.group('alias').lower()}", True))
                break
    return out


def _root(alias: dict[str, str], name: str) -> str:
    while alias.get(name, name) != name:
        name = alias[name]
    return name


def _join(alias: dict[str, str], x: str, y: str) -> None:
    rx, ry = _root(alias, x), _root(alias, y)
    first, second = sorted((rx, ry))
    alias.setdefault(first, first)
    alias[second] = first


def _bare_name_rx(name: str) -> str | None:
    """The pattern of an event's bare name ("Sidr" of "cyclone sidr"), or None if it has none."""
    words = [w for w in name.split() if w not in _EVENT_KIND_WORDS and not w.isdigit()]
    return r"\b" + r"\s+".join(re.escape(w) for w in words) + r"\b" if words else None


def _in_clause_of_name(c: Claim, name: str) -> bool:
    """The claim's figure is in a relative clause on the event's bare name: "Sidr, which
    killed some 3,500 people"."""
    rx = _bare_name_rx(name)
    k = c.start - c.sentence_start
    return rx is not None and any(
        re.fullmatch(r",\s*(?:which|that|whose)\b(?:[^;:.()—,]|(?<=\d)[,.](?=\d))*",
                     c.sentence[m.end():k])
        for m in re.finditer(rx, c.sentence[:k], re.I))


def _bare_name_of(text: str, names: set[str]) -> str | None:
    found = set()
    for name in names:
        rx = _bare_name_rx(name)
        if rx is None:
            continue
        for m in re.finditer(rx, text, re.I):
            if text[m.start()].isupper():
                found.add(name)
    if len(found) == 1:
        return next(iter(found))
    if len(found) > 1:
        first = next(iter(found))
        if all(same_event(first, n) for n in found):
            return sorted(found)[0]
    return None


def _owned_by_other_number(h: "Token", anchor: "Token") -> bool:
    """Whether the event mention at ``h`` hangs on a noun that another number counts ("the
    61 deaths of the 1960 Hilo tsunami"), below the point where it meets the claim."""
    claim_side = {t.i for t in _chain(anchor)}
    for a in h.ancestors:
        if a.i in claim_side:
            return False
        if any(c.dep_ == "nummod" and c.i != anchor.i and c.like_num for c in a.children):
            return True
    return False


def _of_a_past_year(text: str, start: int, end: int, ref: dt.date | None) -> bool:
    """The event named at ``start:end`` is given a year before the report's, in its clause
    ("The previous record was set in 1978 by Tropical Storm Amelia"): a past event the lead
    recalls, not the story's own."""
    if ref is None:
        return False
    lo = max(text.rfind(x, 0, start) for x in (".", ";", "\n")) + 1
    hi = min([k for k in (text.find(x, end) for x in (".", ";", "\n")) if k >= 0] or [len(text)])
    years = [int(y) for y in re.findall(r"\b(1[89]\d\d|20\d\d)\b", text[lo:hi])]
    return bool(years) and all(y < ref.year for y in years)


def _subject_of_figure(h: "Token", anchor: "Token") -> bool:
    """The event's name is the subject of the figure's own verb ("By comparison, the Thomas
    Fire, which burned 281,893 acres in 2017, destroyed 1,063 structures")."""
    own = _verb_of(anchor)
    return own is not None and any(a.dep_ in ("nsubj", "nsubjpass") and a.head.i == own.i
                                   for a in _chain(h))


#: what an appositive to a name says of it, up to a figure: ", a small blaze that started in
#: the same hills and burned "
_APPOSITIVE_OF = re.compile(r",\s+(?:a|an|the)\s+[^,;()]*?\b(?:that|which)\b[^;()]*$", re.I)


def _event_for(claim: Claim, span: tuple[int, int], info: _ArticleInfo,
               doc: "Doc | None" = None, anchor: "Token | None" = None,
               article_text: str = "") -> str | None:
    events = find_events(claim.sentence)
    near: tuple[float, float, str] | None = None
    if events and anchor is not None:
        def joined(v: "Token | None") -> bool:  # a verb joined to another, with no subject
            return v is not None and v.dep_ == "conj" and not any(
                c.dep_ in ("nsubj", "nsubjpass") for c in v.children)

        v = _verb_of(anchor)
        while joined(v) and v.head.dep_ == "conj":
            v = v.head  # (", killed three people ... and left a million without power")
        if joined(v):
            for es, ee, name in reversed(events):
                if ee <= v.idx and _RELATIVE_THEN.fullmatch(claim.sentence[ee:v.idx]):
                    # "Hurricane Irma, which skirted its north coast two weeks earlier, killed
                    # three people": the verb goes on with the relative clause's subject (the
                    # parser joins it to the main verb)
                    return name
    if len(events) > 1:
        # figures set out event by event ("put the Palisades fire at 23,448 acres and the
        # Eaton fire at 14,021 acres"): each belongs to the name just before it
        before = [e for e in events if e[1] <= span[0]]
        if before and _LEADS_TO_FIGURE.fullmatch(claim.sentence[before[-1][1]:span[0]]):
            return before[-1][2]
    before = [e for e in events if e[1] <= span[0]]
    if before and _APPOSITIVE_OF.match(claim.sentence, before[-1][1], span[0]):
        # "whether the Palisades fire was a rekindling of the Lachman fire, a small blaze that
        # ... burned about 8 acres": the figure of the appositive is the name's it follows
        return before[-1][2]
    if events:
        mid = (span[0] + span[1]) / 2
        scored = []
        for es, ee, name in events:
            dist = 3.0
            if es >= span[1] and _OTHER_FIGURE.search(claim.sentence, span[1], es) and \
                    _BREAKDOWN.match(claim.sentence, span[1]):
                # "The confirmed death toll stands at 29: 17 in the Eaton fire and 12 in the
                # Palisades fire": a name after another figure is that figure's
                continue
            if doc is not None and anchor is not None:
                h = _head_of(_tokens_in(doc, es, ee))
                if h is not None:
                    dist = float(_tree_dist(anchor, h))
                    if _compared(h) and not any(t.i == anchor.i for t in h.subtree):
                        continue  # a yardstick, unless the figure is said of it
                    if _owned_by_other_number(h, anchor):
                        continue  # "surpassing the 61 deaths of the 1960 Hilo tsunami"
                    if not any(t.i == anchor.i for t in h.subtree) and any(
                            t.like_num and not re.fullmatch(r"(?:1[89]|20)\d\d", t.text)
                            for t in h.subtree) and not _subject_of_figure(h, anchor):
                        continue  # "since the 1960 tsunami that killed 61": that number's
            scored.append((dist, abs((es + ee) / 2 - mid), name))
        near = min(scored) if scored else None
        if near is not None and near[0] <= _EVENT_MAX_DIST:
            return near[2]
    if article_text and not events:
        short = _short_name_event(claim.sentence, article_text)
        if short is not None:
            return short
    names = {e[2] for e in find_events(info.title_text)} | \
        {e[2] for e in find_events(info.lead_text)
         if not _of_a_past_year(info.lead_text, e[0], e[1], info.ref)}
    if names and (_described_events(info.title_text) or _described_events(info.lead_text)):
        # the title also describes another event ("Myanmar earthquake toll climbs, India
        # sends relief under Operation Brahma"): the name is not the article's topic
        names = set()
    if len(names) == 1:
        return next(iter(names))
    if len(names) > 1:  # same storm under two designations counts as one
        first = next(iter(names))
        if all(same_event(first, n) for n in names):
            return sorted(names)[0]
    return near[2] if near is not None else None


# --------------------------------------------------------------------------------------
# annotate


#: "there" as a place at the head of a sentence ("Police there said"), not "there were"
THERE_PLACE = re.compile(
    r"^\W*(?:the\s+)?[A-Za-z][\w-]*(?:\s+[a-z][\w-]*)?\s+there\b(?!\s+(?:is|are|was|were|have|"
    r"has|had|will|would|may|might|could|must|should|seems?|seemed|appears?|appeared|remains?|"
    r"remained|exists?|existed|came|comes|being|been|be)\b)")


def told_there(anchor: "Token | None") -> bool:
    """The figure's clause happened "there" ("at least three people were killed there and 81
    were unaccounted for"): at the place the sentence before named."""
    if anchor is None:
        return False
    for a in _chain(anchor)[1:5]:
        if any(c.dep_ == "advmod" and c.lower_ == "there" for c in a.children):
            return True
        if a.pos_ in ("VERB", "AUX") and a.dep_ not in ("conj", "aux", "auxpass"):
            break  # (a clause joined to it shares its "there")
    return False


def _previous_sentence_place(text: str, start: int) -> str | None:
    """The place named by the sentence before ``start`` in its paragraph."""
    para = text.rfind("\n", 0, start) + 1
    spans = _split(text[para:start], para)
    if not spans:
        return None
    doc = nlp.parse(text[spans[-1][0]:spans[-1][1]].strip())
    if doc is None:
        return None
    # (or the place it is about: "Mariupol, a city of about 430,000 people before the war, has
    # been encircled ... City officials say at least 2,400 civilians have been killed there")
    return _place(doc, None, set()) or next(
        (_place_text(e.root) for e in doc.ents if e.label_ in ("GPE", "LOC")), None) or next(
        (t.text for t in doc if t.pos_ == "PROPN" and any(
            c.dep_ == "appos" and c.lemma_.lower() in PLACE_NOUNS for c in t.children)), None)


def annotate(article: Article, claims: list[Claim]) -> list[Claim]:
    """Copies of ``claims`` with ``time``, ``place``, ``attribution`` and ``event`` set."""
    if not claims:
        return []
    info = _info(article)
    nlp.parse_many([c.sentence for c in claims if c.sentence])
    out: list[Claim] = []
    for claim in claims:
        out.append(claim.model_copy(update=_annotate_one(article, claim, info)))
    return out


#: a record's span opened by a dated event the sentence then tells of: "the first fatal crash
#: of a US airline since February 2009, when a Colgan Air turboprop came down ..."
_SINCE_WHEN = re.compile(rf"\bsince\s+(?P<d>(?:(?:early|late|mid)[\s-]+)?(?:{MONTH}\s+)?"
                         rf"(?:{DAY},?\s+)?{YEAR})\s*,\s*when\b", re.I)


def _since_when_time(claim: Claim, info: _ArticleInfo) -> TimeRef | None:
    """The date of a figure in the "when" clause of a "since" span ("since February 2009,
    when a Colgan Air turboprop came down near Buffalo, killing all 49 people on board"): the
    day the span starts from is the day that clause tells of."""
    k = claim.start - claim.sentence_start
    for m in _SINCE_WHEN.finditer(claim.sentence):
        if m.end() <= k and not re.search(r"[;:]|\.\s", claim.sentence[m.end():k]):
            exprs = find_time_expressions("in " + m.group("d"))
            if exprs:
                ref = _not_after(_to_ref(exprs[0], info.ref, "sentence"), info.ref)
                if ref.start is not None:
                    # (its text the date alone: a "since" text would read as a running span)
                    return ref.model_copy(update={"text": m.group("d")})
    return None


def _annotate_one(article: Article, claim: Claim, info: _ArticleInfo) -> dict:
    span = _claim_span_in_sentence(claim)
    doc = nlp.parse(claim.sentence) if claim.sentence else None
    anchor = None
    if doc is not None:
        anchor = _head_of(_tokens_in(doc, span[0], span[1]))

    time: TimeRef | None = _later_time(article, claim, info) or _since_when_time(claim, info)
    if doc is not None and time is None:
        time = _sentence_time(claim, doc, anchor, info, span)
    if time is None:
        time = _anaphor_time(article, claim, info)
    if time is None and not (anchor is not None and _is_current(anchor)):
        # a figure told in the present is the report's, not that of a day the sentences
        # before it named ("In February, commandos freed two hostages ... About 120 hostages
        # are still held in Gaza.")
        time = _context_time(article, claim, info)
    if time is None and info.lead_time is not None:
        time = info.lead_time
    if time is None and info.ref is not None:
        time = TimeRef(text=info.ref.isoformat(), start=info.ref, end=info.ref,
                       source="published")
    if time is not None and time.source != "sentence" and doc is not None:
        # "The attack came five days after a rocket strike ... killed 48 people": the time
        # the sentence would inherit is the main clause's; the figure's clause is earlier
        time = _sequenced_time(claim, anchor, time, info) or time

    attribution = _quote_attribution(article, claim, info)
    used: set[int] = set()
    if doc is not None:
        parsed, used = _parse_attribution(article, claim, doc, anchor, info.dateline)
        if attribution is None:
            attribution = parsed
    if attribution and (re.match(r"\W*\d", attribution) or claim.text in attribution):
        attribution = None  # "With 86.6% of polling stations counted": the figure is no source
    if attribution and re.match(r"\W*(?:the\s+)?(?:(?:death|casualty|official|confirmed|"
                                r"overall|final)\s+)*(?:number|toll|tally|count|total|figure)s?"
                                r"\b", attribution, re.I):
        attribution = None  # "The number of people confirmed dead rose to 64": what is counted

    place = None
    there = False
    if doc is not None:
        exclude = set(used)
        dl = info.dateline
        if dl is not None and claim.sentence_start < dl.end:  # the dateline city is the fallback
            exclude.update(t.i for t in _tokens_in(doc, dl.start - claim.sentence_start,
                                                   dl.end - claim.sentence_start))
        for es, ee, _ in find_events(claim.sentence):  # "the Berlin Marathon" is no place
            exclude.update(t.i for t in _tokens_in(doc, es, ee))
        for t in doc:  # never take places from 'according to X' phrases
            if t.lower_ == "according":
                exclude.update(x.i for x in t.subtree)
        place = _place(doc, anchor, exclude)
        there = place is None and told_there(anchor)
        if place is None and (THERE_PLACE.search(claim.sentence) or there):
            # "Police there put the turnout at 50,000": the place the sentence before named
            place = _previous_sentence_place(article.text, claim.sentence_start)
    if place is None and info.dateline is not None and not there:
        # (not for a figure told "there" of a place that could not be found: the dateline
        # is where the report was written, not that place)
        place = info.dateline.city

    return {
        "time": time,
        "place": place,
        "attribution": attribution or None,
        "event": _event_for(claim, span, info, doc, anchor, article.text),
    }
