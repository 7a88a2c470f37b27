"""The data model of check-consistency.

Every stage is a function from these models to these models. The JSON report is
``Report.model_dump(mode="json")``; its JSON Schema (``checker/schema/report.schema.json``)
is generated from :class:`Report` by ``scripts/gen_schema.py`` and a test keeps the
shipped file in sync.

Versioning: ``SCHEMA_VERSION`` is bumped on any incompatible change of the report
(a field removed, renamed or retyped). Adding optional fields is compatible.
"""

from __future__ import annotations

import datetime as dt
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

SCHEMA_VERSION = 1

Qualifier = Literal["=", "~", ">", ">=", "<", "<=", "up", "down"]
Verdict = Literal["agree", "conflict", "update"]
FactStatus = Literal["consistent", "conflict", "evolving"]
UnitKind = Literal[
    "count", "currency", "percentage", "percentage_point", "dimension", "dimensionless"
]


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid")


class Location(_Model):
    """Where a claim stands in the file it was read from (1-based line and column).

    For an HTML file the location is in the extracted main text, for a JSONL record
    ``line`` is the record's line in the file and ``column`` the offset inside ``text``
    plus one.
    """

    path: str | None = None
    line: int = 1
    column: int = 1


class Article(_Model):
    """One article as read. ``text`` is what offsets of its claims refer to."""

    id: str
    source: str | None = None
    published: dt.datetime | None = None
    title: str | None = None
    url: str | None = None
    path: str | None = Field(None, description="file the article was read from")
    line: int = Field(1, description="1-based line of the record (JSONL) or 1")
    body_line: int = Field(
        1, description="1-based line in the file where `text` starts (after front matter)"
    )
    format: Literal["text", "markdown", "html", "jsonl", "stdin"] = "text"
    status: Literal["ok", "skipped"] = "ok"
    reason: str | None = None
    text: str = Field("", exclude=True, description="the article text; not in the report")


class TimeRef(_Model):
    """The event time of a claim, resolved against the publication date when possible."""

    text: str = Field(description="the time expression as written, e.g. 'overnight into Friday'")
    start: dt.date | None = None
    end: dt.date | None = None
    weekday: int | None = Field(None, description="0=Monday … 6=Sunday when the text names one")
    source: Literal["sentence", "context", "article", "published"] = "sentence"


class Quantity(_Model):
    """One quantity mention found in a text (the extractor's raw output)."""

    start: int
    end: int
    text: str
    value: float
    low: float | None = None
    high: float | None = None
    qualifier: Qualifier = Field(
        "=", description="the bound or approximation the text states ('more than' is '>'), or "
        "'up'/'down' for the size of a change named by a verb ('rose 6%'); a change named by a "
        "noun ('a 6% rise') keeps '=' and has its direction in `direction`")
    direction: Literal["up", "down"] | None = Field(
        None, description="the direction of a change this number measures, named by a verb "
        "('rose 6%', 'rose more than 6%') or a noun ('a 6% rise'); None for a level")
    fraction: bool = Field(
        False, description="a share written as a fraction of a whole: 'two-thirds', 'a quarter "
        "of', 'one in five'")
    unit: str = Field("", description="normalized unit name; for counts the counted noun")
    unit_kind: UnitKind = "dimensionless"
    dimension: str | None = Field(None, description="physical dimension, e.g. 'length'")
    si_value: float | None = Field(None, description="value in the dimension's base unit")
    si_low: float | None = None
    si_high: float | None = None
    counted: str | None = Field(None, description="lemma of the counted noun, if any")
    concept: str = ""
    predicate: str | None = Field(None, description="lemma of the governing verb")
    negated: bool = False
    approximate: bool = False
    precision: float | None = Field(
        None, description="the step of the stated precision, e.g. 100 for '500', 0.01 for '94.93'"
    )


class Claim(Quantity):
    id: str
    article: str
    sentence: str
    sentence_start: int
    time: TimeRef | None = None
    place: str | None = None
    attribution: str | None = None
    event: str | None = Field(None, description="a named event, e.g. 'Hurricane Helene'")
    location: Location = Field(default_factory=Location)


class Relation(_Model):
    a: str
    b: str
    verdict: Verdict
    score: float
    reason: str
    fact: str | None = None
    fingerprint: str = Field("", description="stable id of this relation for baselines")
    baseline: Literal["new", "known"] | None = Field(
        None, description="with --baseline: whether this relation was already in the baseline"
    )


class TotalCheck(_Model):
    """A reported total compared with the sum of its reported parts."""

    total: str = Field(description="claim id of the total, e.g. '550 drones and missiles'")
    parts: list[str] = Field(description="claim ids of the parts, e.g. '539 drones', '11 missiles'")
    sum: float
    verdict: Literal["agree", "conflict"]
    reason: str


class Fact(_Model):
    id: str
    claims: list[str]
    status: FactStatus
    summary: str
    concept: str = ""
    unit: str = ""


class Stats(_Model):
    articles: int = 0
    skipped: int = 0
    claims: int = 0
    relations: int = 0
    agree: int = 0
    conflict: int = 0
    update: int = 0
    facts: int = 0


class Report(_Model):
    schema_version: int = SCHEMA_VERSION
    tool: str = "check-consistency"
    version: str = ""
    articles: list[Article] = Field(default_factory=list)
    claims: list[Claim] = Field(default_factory=list)
    relations: list[Relation] = Field(default_factory=list)
    facts: list[Fact] = Field(default_factory=list)
    totals: list[TotalCheck] = Field(default_factory=list)
    stats: Stats = Field(default_factory=Stats)
    stale_baseline: list[str] = Field(
        default_factory=list,
        description="baseline fingerprints that no longer match any relation",
    )

    def claim(self, claim_id: str) -> Claim:
        return self._claims_by_id()[claim_id]

    def article(self, article_id: str) -> Article:
        return {a.id: a for a in self.articles}[article_id]

    def _claims_by_id(self) -> dict[str, Claim]:
        return {c.id: c for c in self.claims}
