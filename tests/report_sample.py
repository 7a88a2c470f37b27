"""A hand-built, realistic :class:`Report` for the renderer and baseline tests.

Two outlets report an overnight drone strike on Kyiv; a third file could not be read.
Claims carry real offsets into the article texts below, so highlighting and
locations can be checked. One sentence holds a ``<script>`` tag (as scraped HTML
sometimes does) and one title holds markup, to test escaping.

Relations: drones 539 vs 550 (conflict), missiles 11 = 11 (agree), injured 23+ then
26 (update), power cut 40% = about 40% (agree), killed 1 vs 2 (conflict, in no fact).
"""

from __future__ import annotations

import datetime as dt

from checker import baseline
from checker.models import (
    Article,
    Claim,
    Fact,
    Location,
    Relation,
    Report,
    Stats,
    TimeRef,
)

WIRE_TEXT = (
    "KYIV, July 4 — Russia launched 539 drones and 11 missiles at Ukraine overnight "
    "into Friday, the Ukrainian air force said.\n"
    "\n"
    "At least 23 people were injured in Kyiv, Mayor Vitali Klitschko said on Telegram.\n"
    "\n"
    "One person was killed in the Sviatoshynskyi district, officials said.\n"
    "\n"
    "Power was cut to 40% of homes in the capital, according to the city administration."
)

DAILY_TEXT = (
    "Russia fired 550 drones and 11 missiles at Ukraine overnight, officials said, "
    "in one of the largest attacks of the war.\n"
    "\n"
    "By Friday evening the number of injured in Kyiv had risen to 26, the mayor said.\n"
    "\n"
    "Two people were killed, according to the regional governor.\n"
    "\n"
    "A widget <script>alert('pwned')</script> on the city site said about 40% of homes "
    "lost power."
)

WIRE_PUB = dt.datetime(2025, 7, 4, 9, 30, tzinfo=dt.timezone.utc)
DAILY_PUB = dt.datetime(2025, 7, 4, 18, 0, tzinfo=dt.timezone.utc)


def _sentence_bounds(text: str, pos: int) -> tuple[int, int]:
    start = text.rfind("\n", 0, pos) + 1
    end = text.find("\n", pos)
    return start, (len(text) if end < 0 else end)


def _claim(
    cid: str,
    article: Article,
    text: str,
    span: str,
    *,
    value: float,
    unit: str,
    unit_kind: str = "count",
    counted: str | None = None,
    concept: str = "",
    qualifier: str = "=",
    low: float | None = None,
    high: float | None = None,
    **extra,
) -> Claim:
    start = text.index(span)
    end = start + len(span)
    s0, s1 = _sentence_bounds(text, start)
    line = article.body_line + text.count("\n", 0, start)
    column = start - (text.rfind("\n", 0, start) + 1) + 1
    return Claim(
        id=cid,
        article=article.id,
        start=start,
        end=end,
        text=span,
        value=value,
        low=low,
        high=high,
        qualifier=qualifier,
        unit=unit,
        unit_kind=unit_kind,
        counted=counted,
        concept=concept,
        sentence=text[s0:s1],
        sentence_start=s0,
        location=Location(path=article.path, line=line, column=column),
        **extra,
    )


def make_articles() -> list[Article]:
    wire = Article(
        id="wire.md",
        source="Wire Service",
        published=WIRE_PUB,
        title="Russia fires more than 500 drones at Ukraine",
        url="https://example.org/wire/kyiv-strike",
        path="news/wire.md",
        body_line=7,
        format="markdown",
        text=WIRE_TEXT,
    )
    daily = Article(
        id="daily.md",
        source="Daily Planet",
        published=DAILY_PUB,
        title="Kyiv counts the cost <b>after</b> record attack",
        url="javascript:alert(1)",
        path="news/daily.md",
        body_line=6,
        format="markdown",
        text=DAILY_TEXT,
    )
    broken = Article(
        id="broken.html",
        path="news/broken.html",
        format="html",
        status="skipped",
        reason="binary file (NUL bytes) <not text>",
    )
    return [wire, daily, broken]


def make_claims(wire: Article, daily: Article) -> list[Claim]:
    overnight = TimeRef(
        text="overnight into Friday", start=dt.date(2025, 7, 3), end=dt.date(2025, 7, 4),
        weekday=4,
    )
    friday_evening = TimeRef(text="By Friday evening", start=dt.date(2025, 7, 4),
                             end=dt.date(2025, 7, 4), weekday=4)
    return [
        _claim("wire.md#1", wire, WIRE_TEXT, "539 drones", value=539, unit="drone",
               counted="drone", concept="drones launched at Ukraine", predicate="launch",
               time=overnight, place="Ukraine", attribution="the Ukrainian air force"),
        _claim("wire.md#2", wire, WIRE_TEXT, "11 missiles", value=11, unit="missile",
               counted="missile", concept="missiles launched at Ukraine", predicate="launch",
               time=overnight, place="Ukraine", attribution="the Ukrainian air force"),
        _claim("wire.md#3", wire, WIRE_TEXT, "At least 23 people", value=23, low=23,
               qualifier=">=", unit="person", counted="person",
               concept="people injured in Kyiv", predicate="injure", place="Kyiv",
               attribution="Mayor Vitali Klitschko"),
        _claim("wire.md#4", wire, WIRE_TEXT, "One person", value=1, unit="person",
               counted="person", concept="people killed", predicate="kill",
               place="Sviatoshynskyi district", attribution="officials"),
        _claim("wire.md#5", wire, WIRE_TEXT, "40%", value=40, unit="percentage",
               unit_kind="percentage", concept="homes without power", predicate="cut",
               place="Kyiv", attribution="the city administration"),
        _claim("daily.md#1", daily, DAILY_TEXT, "550 drones", value=550, unit="drone",
               counted="drone", concept="drones launched at Ukraine", predicate="fire",
               time=TimeRef(text="overnight", start=dt.date(2025, 7, 3),
                            end=dt.date(2025, 7, 4), source="sentence"),
               place="Ukraine", attribution="officials"),
        _claim("daily.md#2", daily, DAILY_TEXT, "11 missiles", value=11, unit="missile",
               counted="missile", concept="missiles launched at Ukraine", predicate="fire",
               place="Ukraine", attribution="officials"),
        _claim("daily.md#3", daily, DAILY_TEXT, "26", value=26, unit="person",
               counted="person", concept="people injured in Kyiv", predicate="rise",
               time=friday_evening, place="Kyiv", attribution="the mayor"),
        _claim("daily.md#4", daily, DAILY_TEXT, "Two people", value=2, unit="person",
               counted="person", concept="people killed", predicate="kill",
               attribution="the regional governor"),
        _claim("daily.md#5", daily, DAILY_TEXT, "about 40%", value=40, low=36, high=44,
               qualifier="~", unit="percentage", unit_kind="percentage",
               concept="homes without power", predicate="lose", approximate=True,
               place="Kyiv"),
    ]


def make_relations() -> list[Relation]:
    return [
        Relation(a="wire.md#1", b="daily.md#1", verdict="conflict", score=0.91, fact="f-drones",
                 reason="539 vs 550 drones for the same night: 2.0% apart, both stated "
                        "exactly"),
        Relation(a="wire.md#2", b="daily.md#2", verdict="agree", score=0.95,
                 fact="f-missiles", reason="same value (11 missiles)"),
        Relation(a="wire.md#3", b="daily.md#3", verdict="update", score=0.83,
                 fact="f-injured",
                 reason="later report (By Friday evening) raises the count from at least "
                        "23 to 26"),
        Relation(a="wire.md#5", b="daily.md#5", verdict="agree", score=0.88, fact="f-power",
                 reason="40% lies within about 40% (36-44%)"),
        Relation(a="wire.md#4", b="daily.md#4", verdict="conflict", score=0.62, fact=None,
                 reason="1 vs 2 people killed; places differ, so not merged into a fact"),
    ]


def make_facts() -> list[Fact]:
    return [
        Fact(id="f-missiles", claims=["wire.md#2", "daily.md#2"], status="consistent",
             summary="Missiles launched at Ukraine overnight: 11",
             concept="missiles launched at Ukraine", unit="missile"),
        Fact(id="f-injured", claims=["wire.md#3", "daily.md#3"], status="evolving",
             summary="People injured in Kyiv: at least 23, later 26",
             concept="people injured in Kyiv", unit="person"),
        Fact(id="f-drones", claims=["wire.md#1", "daily.md#1"], status="conflict",
             summary="Drones launched at Ukraine overnight: 539 vs 550",
             concept="drones launched at Ukraine", unit="drone"),
        Fact(id="f-power", claims=["wire.md#5", "daily.md#5"], status="consistent",
             summary="Homes without power in Kyiv: 40%",
             concept="homes without power", unit="percentage"),
    ]


def make_report() -> Report:
    articles = make_articles()
    claims = make_claims(articles[0], articles[1])
    relations = make_relations()
    report = Report(
        version="0.1.0",
        articles=articles,
        claims=claims,
        relations=relations,
        facts=make_facts(),
        stats=Stats(articles=3, skipped=1, claims=len(claims), relations=len(relations),
                    agree=2, conflict=2, update=1, facts=4),
    )
    for rel in report.relations:
        rel.fingerprint = baseline.fingerprint(rel, report)
    return report


def article_texts() -> dict[str, str]:
    return {"wire.md": WIRE_TEXT, "daily.md": DAILY_TEXT}
