"""Shared, format-independent views of a :class:`~checker.models.Report`.

Every renderer groups and orders the same way: facts with a conflict first, then
evolving facts, then consistent ones; relations that belong to no fact are listed
after the facts. Counts shown by any format come from :func:`counts`, so that the
numbers agree between the table, the HTML page and the JSON report.
"""

from __future__ import annotations

import math
import os
import re
from dataclasses import dataclass, field

from ..config import Config
from ..models import Article, Claim, Fact, Relation, Report

STATUS_ORDER = {"conflict": 0, "evolving": 1, "consistent": 2}
VERDICT_ORDER = {"conflict": 0, "update": 1, "agree": 2}
STATUS_LABEL = {"conflict": "conflict", "evolving": "evolving", "consistent": "consistent"}

_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\u2028\u2029]")
_SPACE = re.compile(r"\s+")

QUALIFIER_TEXT = {
    "=": "",
    "~": "~",
    ">": ">",
    ">=": ">=",
    "<": "<",
    "<=": "<=",
    "up": "+",
    "down": "-",
}


def clean(text: str | None, *, oneline: bool = True, strip: bool = True) -> str:
    """Text safe for a terminal or a one-line cell: no control characters (ANSI escapes
    from an article cannot reach the terminal), whitespace collapsed when ``oneline``."""
    if not text:
        return ""
    if oneline:
        text = _SPACE.sub(" ", text)
        if strip:
            text = text.strip()
    return _CONTROL.sub("\N{REPLACEMENT CHARACTER}", text)


def repo_path(path: str) -> str:
    """``path`` relative to the working directory when it lies below it (CI annotations
    and code scanning need repository-relative paths), else unchanged."""
    if not path or not os.path.isabs(path):
        return path
    try:
        rel = os.path.relpath(path, os.getcwd())
    except ValueError:  # another drive on Windows
        return path
    return path if rel.startswith("..") else rel.replace(os.sep, "/")


def fmt_number(value: float | None) -> str:
    if value is None or (isinstance(value, float) and not math.isfinite(value)):
        return "?"
    if float(value).is_integer() and abs(value) < 1e15:
        return f"{int(value):,}"
    text = f"{value:,.6f}".rstrip("0").rstrip(".")
    return text


def unit_label(claim: Claim) -> str:
    if claim.unit_kind == "percentage":
        return "%"
    if claim.unit_kind == "percentage_point":
        return " pp"
    unit = claim.unit or claim.counted or ""
    return f" {unit}" if unit else ""


PRETTY_QUALIFIER = {">=": "≥", "<=": "≤"}


def value_label(claim: Claim, *, pretty: bool = False) -> str:
    """The normalized value as a short label, e.g. ``>=500 drone`` or ``40%``
    (``≥500 drone`` with ``pretty``)."""
    if claim.low is not None and claim.high is not None and claim.low != claim.high and (
        claim.qualifier == "="
    ):
        number = f"{fmt_number(claim.low)}-{fmt_number(claim.high)}"
    else:
        number = fmt_number(claim.value)
    qual = QUALIFIER_TEXT.get(claim.qualifier, "")
    if pretty:
        qual = PRETTY_QUALIFIER.get(qual, qual)
    return f"{qual}{number}{unit_label(claim)}"


def highlight_span(claim: Claim) -> tuple[int, int] | None:
    """Offsets of the claim's number inside ``claim.sentence``, or ``None`` if they
    do not fit in it."""
    s = claim.start - claim.sentence_start
    e = claim.end - claim.sentence_start
    if 0 <= s < e <= len(claim.sentence):
        return s, e
    return None


def sentence_parts(claim: Claim) -> tuple[str, str, str]:
    """``(before, number, after)`` of the claim's sentence."""
    span = highlight_span(claim)
    if span is None:
        return claim.sentence, "", ""
    s, e = span
    return claim.sentence[:s], claim.sentence[s:e], claim.sentence[e:]


def snippet_parts(claim: Claim, width: int) -> tuple[str, str, str]:
    """A one-line window of the sentence around the number, at most ``width`` chars,
    as ``(before, number, after)``."""
    before, mid, after = (
        _SPACE.sub(" ", clean(p, oneline=False)) for p in sentence_parts(claim)
    )
    before = before.lstrip()
    after = after.rstrip()
    if len(before) + len(mid) + len(after) <= width:
        return before, mid, after
    if width <= 1:
        return (before + mid + after)[:width], "", ""
    if not mid:
        return before[: width - 1] + "…", "", ""
    room = width - len(mid)
    if room <= 2:
        return "", mid[:width], ""
    left = min(len(before), max(room // 3, room - len(after)))
    right = room - left
    lead = before[len(before) - left:] if left else ""
    tail = after[:right]
    if left < len(before) and lead:
        # drop the cut word, keep whole words after an ellipsis
        cut = lead.find(" ", 1)
        lead = "…" + (lead[cut + 1:] if 0 < cut < len(lead) - 1 else lead[1:])
    if right < len(after) and tail:
        cut = tail.rfind(" ", 0, len(tail) - 1)
        tail = (tail[:cut] if cut > 0 else tail[:-1]) + "…"
    return lead, mid, tail


def snippet(claim: Claim, width: int) -> str:
    return "".join(snippet_parts(claim, width))


def source_label(article: Article | None, fallback: str = "?") -> str:
    if article is None:
        return fallback
    return clean(article.source or article.id)


def date_label(article: Article | None) -> str:
    if article is None or article.published is None:
        return ""
    return article.published.date().isoformat()


@dataclass
class FactView:
    fact: Fact
    claims: list[Claim]
    relations: list[Relation]

    @property
    def verdicts(self) -> set[str]:
        return {r.verdict for r in self.relations}


@dataclass
class Counts:
    articles: int = 0
    ok: int = 0
    skipped: int = 0
    claims: int = 0
    facts: int = 0
    relations: int = 0
    conflict: int = 0
    update: int = 0
    agree: int = 0
    new: int = 0
    known: int = 0
    baseline: bool = False
    stale: int = 0


@dataclass
class View:
    report: Report
    articles: dict[str, Article]
    claims: dict[str, Claim]
    facts: list[FactView]
    orphans: list[Relation]
    skipped: list[Article]
    counts: Counts
    claim_fact: dict[str, str] = field(default_factory=dict)

    def article_of(self, claim: Claim) -> Article | None:
        return self.articles.get(claim.article)

    def source_of(self, claim_id: str) -> str:
        claim = self.claims.get(claim_id)
        if claim is None:
            return claim_id
        return source_label(self.articles.get(claim.article), claim.article)


def relation_key(rel: Relation) -> tuple:
    return (VERDICT_ORDER.get(rel.verdict, 9), rel.a, rel.b)


def baseline_applied(report: Report) -> bool:
    return bool(report.stale_baseline) or any(r.baseline is not None for r in report.relations)


def counts(report: Report) -> Counts:
    c = Counts()
    c.articles = len(report.articles)
    c.skipped = sum(1 for a in report.articles if a.status == "skipped")
    c.ok = c.articles - c.skipped
    c.claims = len(report.claims)
    c.facts = len(report.facts)
    c.relations = len(report.relations)
    for rel in report.relations:
        if rel.verdict == "conflict":
            c.conflict += 1
        elif rel.verdict == "update":
            c.update += 1
        elif rel.verdict == "agree":
            c.agree += 1
        if rel.verdict in ("conflict", "update"):
            if rel.baseline == "known":
                c.known += 1
            else:
                c.new += 1
    c.baseline = baseline_applied(report)
    c.stale = len(report.stale_baseline)
    return c


def build(report: Report) -> View:
    articles = {a.id: a for a in report.articles}
    claims = {c.id: c for c in report.claims}
    fact_ids = {f.id for f in report.facts}
    claim_fact: dict[str, str] = {}
    for fact in report.facts:
        for cid in fact.claims:
            claim_fact.setdefault(cid, fact.id)
    by_fact: dict[str, list[Relation]] = {f.id: [] for f in report.facts}
    orphans: list[Relation] = []
    for rel in report.relations:
        fid = rel.fact
        if fid is None or fid not in fact_ids:
            fa, fb = claim_fact.get(rel.a), claim_fact.get(rel.b)
            fid = fa if fa is not None and fa == fb else None
        if fid is None:
            orphans.append(rel)
        else:
            by_fact[fid].append(rel)
    views = []
    for fact in report.facts:
        fclaims = [claims[cid] for cid in fact.claims if cid in claims]
        fclaims.sort(key=lambda c: _claim_order(c, articles))
        views.append(FactView(fact, fclaims, sorted(by_fact[fact.id], key=relation_key)))

    def fact_key(fv: FactView) -> tuple:
        has_conflict = "conflict" in fv.verdicts or fv.fact.status == "conflict"
        has_update = "update" in fv.verdicts or fv.fact.status == "evolving"
        rank = 0 if has_conflict else 1 if has_update else 2
        return (rank, STATUS_ORDER.get(fv.fact.status, 9), fv.fact.id)

    views.sort(key=fact_key)
    orphans.sort(key=relation_key)
    skipped = [a for a in report.articles if a.status == "skipped"]
    return View(report, articles, claims, views, orphans, skipped, counts(report), claim_fact)


def _claim_order(claim: Claim, articles: dict[str, Article]) -> tuple:
    art = articles.get(claim.article)
    published = art.published.isoformat() if art is not None and art.published else "~"
    return (published, claim.article, claim.start)


def failing_verdicts(cfg: Config | None) -> set[str]:
    fail_on = getattr(cfg, "fail_on", "conflict") if cfg is not None else "conflict"
    if fail_on == "never":
        return set()
    if fail_on == "update":
        return {"conflict", "update"}
    return {"conflict"}


def is_failure(rel: Relation, cfg: Config | None) -> bool:
    """Whether ``rel`` makes the run fail under ``cfg.fail_on`` (known baseline
    entries never do)."""
    return rel.verdict in failing_verdicts(cfg) and rel.baseline != "known"


def summary_sentence(c: Counts) -> str:
    def n(k: int, word: str, plural: str | None = None) -> str:
        return f"{k} {word if k == 1 else (plural or word + 's')}"

    parts = [
        f"{n(c.articles, 'article')}" + (f" ({c.skipped} skipped)" if c.skipped else ""),
        n(c.claims, "claim"),
        n(c.facts, "fact"),
        n(c.conflict, "conflict"),
        n(c.update, "update"),
        n(c.agree, "agreement"),
    ]
    text = ", ".join(parts)
    if c.baseline:
        text += f"; baseline: {c.new} new, {c.known} known"
        if c.stale:
            text += f", {c.stale} stale"
    return text


def relation_sentence(view: View, rel: Relation, *, pretty: bool = False) -> str:
    """``Wire Service: 539 drone vs Daily Planet: 550 drone``."""
    parts = []
    for cid in (rel.a, rel.b):
        claim = view.claims.get(cid)
        if claim is None:
            parts.append(cid)
        else:
            parts.append(f"{view.source_of(cid)}: {value_label(claim, pretty=pretty)}")
    return " vs ".join(parts)


TITLE_MAX = 90


def fact_heading(fact: Fact) -> str:
    """A short title of a fact: its summary when short, else the summary's lead
    clause (before the first ': '), else its concept, else the cut summary."""
    summary = clean(fact.summary)
    if summary and len(summary) <= TITLE_MAX:
        return summary
    head = summary.split(": ", 1)[0] if ": " in summary else ""
    if head and len(head) <= TITLE_MAX:
        return head
    if fact.concept:
        return clean(fact.concept)[:TITLE_MAX]
    if summary:
        return summary[: TITLE_MAX - 1] + "…"
    return clean(fact.id)


def fact_title(fv: FactView) -> str:
    return fact_heading(fv.fact)
