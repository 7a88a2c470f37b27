"""Hand-built claims for matcher tests (no models needed)."""

from __future__ import annotations

import datetime as dt

from checker.models import Article, Claim, TimeRef

_n = 0


def claim(article: str, value: float, unit: str = "drone", *, kind: str = "count",
          qualifier: str = "=", low=None, high=None, predicate: str | None = "launch",
          concept: str | None = None, time: TimeRef | None = None, dimension=None,
          si=None, precision=None, event=None, attribution=None, text=None,
          direction=None, fraction=False) -> Claim:
    global _n
    _n += 1
    sentence = text or f"Russia {predicate or 'had'} {value:g} {unit}s."
    return Claim(
        id=f"{article}:q{_n}", article=article, start=0, end=len(sentence), text=sentence,
        value=value, low=low, high=high, qualifier=qualifier, unit=unit, unit_kind=kind,
        counted=unit if kind == "count" else None, concept=concept or f"{unit}s {predicate}",
        predicate=predicate, sentence=sentence, sentence_start=0, time=time,
        dimension=dimension, si_value=si, precision=precision, event=event,
        attribution=attribution, fraction=fraction,
        direction=direction if direction is not None else (
            qualifier if qualifier in ("up", "down") else None),
    )


def article(aid: str, published: str | None = "2025-07-04T09:00:00", source: str | None = None):
    return Article(id=aid, source=source or aid.upper(),
                   published=dt.datetime.fromisoformat(published) if published else None)


def day(s: str, text: str = "on that day", source: str = "sentence") -> TimeRef:
    d = dt.date.fromisoformat(s)
    return TimeRef(text=text, start=d, end=d, weekday=d.weekday(), source=source)
