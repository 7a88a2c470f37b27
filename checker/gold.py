"""Gold article sets (``fixtures/sets/*``): loading and validation.

The format is documented in ``fixtures/README.md``. Used by the tests and by
``scripts/evaluate.py`` / ``scripts/eval_extraction.py``.
"""

from __future__ import annotations

from pathlib import Path
from typing import Literal

import yaml
from pydantic import BaseModel, ConfigDict

GoldVerdict = Literal["agree", "conflict", "update"]


class GoldClaim(BaseModel):
    model_config = ConfigDict(extra="forbid")

    id: str
    article: str
    span: str
    nth: int = 1
    value: float
    low: float | None = None
    high: float | None = None
    qualifier: str = "="
    unit: str = ""
    concept: str = ""
    start: int = -1
    end: int = -1


class GoldSet(BaseModel):
    name: str
    path: Path
    description: str = ""
    claims: list[GoldClaim]
    pairs: dict[tuple[str, str], GoldVerdict]

    def verdict(self, a: str, b: str) -> str | None:
        return self.pairs.get(tuple(sorted((a, b))))  # type: ignore[arg-type]


class GoldError(ValueError):
    pass


def _find_nth(text: str, span: str, nth: int) -> int:
    pos = -1
    for _ in range(nth):
        pos = text.find(span, pos + 1)
        if pos < 0:
            return -1
    return pos


def load_set(path: Path) -> GoldSet:
    """Read ``gold.yaml`` of a set, locate each span in its article, and validate."""
    from .ingest import read_paths  # local: ingest imports nothing heavy

    path = Path(path)
    raw = yaml.safe_load((path / "gold.yaml").read_text(encoding="utf-8")) or {}
    articles = {a.id: a for a in read_paths([str(path)]) if a.status == "ok"}
    claims: list[GoldClaim] = []
    seen: set[str] = set()
    for item in raw.get("claims") or []:
        c = GoldClaim(**item)
        if c.id in seen:
            raise GoldError(f"{path.name}: duplicate claim id {c.id}")
        seen.add(c.id)
        if c.article not in articles:
            raise GoldError(f"{path.name}: claim {c.id}: no article {c.article}")
        text = articles[c.article].text
        pos = _find_nth(text, c.span, c.nth)
        if pos < 0:
            raise GoldError(f"{path.name}: claim {c.id}: span {c.span!r} (nth={c.nth}) not found")
        c.start, c.end = pos, pos + len(c.span)
        claims.append(c)
    by_id = {c.id: c for c in claims}
    pairs: dict[tuple[str, str], GoldVerdict] = {}
    for item in raw.get("pairs") or []:
        if not (isinstance(item, list) and len(item) == 3):
            raise GoldError(f"{path.name}: pair {item!r} is not [a, b, verdict]")
        a, b, verdict = item
        for x in (a, b):
            if x not in by_id:
                raise GoldError(f"{path.name}: pair {item!r}: unknown claim {x}")
        if by_id[a].article == by_id[b].article:
            raise GoldError(f"{path.name}: pair {item!r} is within one article")
        if verdict not in ("agree", "conflict", "update"):
            raise GoldError(f"{path.name}: pair {item!r}: bad verdict")
        key = tuple(sorted((a, b)))
        if key in pairs:
            raise GoldError(f"{path.name}: pair {item!r} listed twice")
        pairs[key] = verdict  # type: ignore[index]
    return GoldSet(
        name=path.name,
        path=path,
        description=raw.get("description", ""),
        claims=claims,
        pairs=pairs,
    )


def load_all(root: Path) -> list[GoldSet]:
    return [load_set(p) for p in sorted(Path(root).iterdir()) if (p / "gold.yaml").is_file()]
