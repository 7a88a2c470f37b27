"""Stage 4: index claim vectors in FAISS and take candidate pairs across articles.

Vectors are L2-normalized, so inner product is cosine similarity (``IndexFlatIP``: exact
search; article sets are small enough that an approximate index would only cost recall).
Each claim asks for its ``top_k`` nearest neighbours; a pair is a candidate when the two claims
come from different articles and their similarity reaches ``min_similarity``.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

import numpy as np
from pydantic import BaseModel

from .config import Config
from .models import Claim


class Candidate(BaseModel):
    a: str
    b: str
    similarity: float


def build_index(vectors: np.ndarray):
    import faiss

    index = faiss.IndexFlatIP(int(vectors.shape[1]))
    if len(vectors):
        index.add(np.ascontiguousarray(vectors, dtype=np.float32))
    return index


def candidates(claims: list[Claim], vectors: np.ndarray, cfg: Config) -> list[Candidate]:
    """Cross-article candidate pairs, each once (``a`` < ``b`` by claim order), sorted."""
    n = len(claims)
    if n < 2:
        return []
    index = build_index(vectors)
    k = min(n, cfg.top_k + 1)
    sims, idx = index.search(np.ascontiguousarray(vectors, dtype=np.float32), k)
    best: dict[tuple[int, int], float] = {}
    for i in range(n):
        for sim, j in zip(sims[i], idx[i]):
            if j < 0 or j == i or claims[i].article == claims[int(j)].article:
                continue
            if sim < cfg.min_similarity:
                continue
            key = (min(i, int(j)), max(i, int(j)))
            best[key] = max(best.get(key, -1.0), float(sim))
    vecs = np.ascontiguousarray(vectors, dtype=np.float32)

    def add(pairs: list[tuple[int, int]]) -> None:
        for i, j in pairs:
            key = (min(i, j), max(i, j))
            if key not in best:
                best[key] = float(np.dot(vecs[i], vecs[j]))

    add(same_figure_pairs(claims) + same_value_pairs(claims) + same_measure_pairs(claims) +
        same_role_pairs(claims))
    add(conversion_pairs(claims, list(best)))  # (after the others: it extends their pairs)
    return [
        Candidate(a=claims[i].id, b=claims[j].id, similarity=round(s, 6))
        for (i, j), s in sorted(best.items())
    ]


def _within_2pc(x: float, y: float) -> bool:
    """Two values within 2 % of each other: one figure, rounded or converted."""
    return abs(x - y) <= 0.02 * max(abs(x), abs(y))


#: at most this many same-figure partners per claim (a set of many similar reports)
MAX_SAME_FIGURE = 8


def _cross_article_pairs(claims: list[Claim], groups: Iterable[list[int]],
                         near: Callable[[int, int], bool] | None = None) -> list[tuple[int, int]]:
    """Pairs of claims of one group from different articles, at most ``MAX_SAME_FIGURE``
    partners per claim; with ``near``, a group is ordered and a claim's partners end at the
    first that is not near it."""
    out: list[tuple[int, int]] = []
    for items in groups:
        for k, i in enumerate(items):
            found = 0
            for j in items[k + 1:]:
                if near is not None and not near(i, j):
                    break
                if claims[i].article != claims[j].article:
                    out.append((i, j))
                    found += 1
                    if found >= MAX_SAME_FIGURE:
                        break
    return out


def same_figure_pairs(claims: list[Claim]) -> list[tuple[int, int]]:
    """Cross-article pairs that state one precise figure, in one unit or converted ("377
    seconds" twice; "33.7 km" and "about 21 miles"), whatever their wording: the embedding of
    a thin sentence may miss them, and such a figure is rarely a coincidence."""
    from .match import significant_digits

    value: dict[int, float] = {}
    groups: dict[tuple[str, str], list[int]] = {}
    for i, c in enumerate(claims):
        if c.unit_kind == "dimensionless" and not c.unit:
            continue
        v = c.si_value if c.si_value is not None else c.value
        if v == 0 or significant_digits(c) < 3 and c.si_value is None:
            continue
        value[i] = float(v)
        key = (c.unit_kind, c.dimension or (c.unit if c.unit_kind != "count" else ""))
        groups.setdefault(key, []).append(i)

    def near(i: int, j: int) -> bool:
        return _within_2pc(value[i], value[j])

    ordered = (sorted(items, key=lambda i: (value[i], i)) for items in groups.values())
    return _cross_article_pairs(claims, ordered, near)


def same_value_pairs(claims: list[Claim]) -> list[tuple[int, int]]:
    """Cross-article pairs that state one two-digit figure of one kind, unit and bound ("27
    dead" / "27 people were killed", "$11 billion" twice): fewer digits than a precise figure
    has, but the same number of the same thing is worth a look whatever the wording."""
    from .match import significant_digits

    groups: dict[tuple, list[int]] = {}
    for i, c in enumerate(claims):
        if c.unit_kind == "dimensionless" or not c.unit or significant_digits(c) != 2 or \
                abs(c.value) < 10:
            continue  # (three or more digits: same_figure_pairs)
        key = (c.unit_kind, c.dimension or c.unit, c.value, c.qualifier)
        groups.setdefault(key, []).append(i)
    return _cross_article_pairs(claims, groups.values())


def same_measure_pairs(claims: list[Claim]) -> list[tuple[int, int]]:
    """Cross-article pairs of physical measurements that say what they measure in the same
    words ("at a depth of about 22 miles" / "a focal depth of 15.5 km"): a thin sentence's
    embedding may miss them, and the matcher still checks event, time and source."""
    from .match import LOCAL_MEASURES, measure_of

    groups: dict[tuple[str, str], list[int]] = {}
    for i, c in enumerate(claims):
        m = measure_of(c)
        m = "magnitude" if m == "mainshock" else m  # the main shock is the quake's size
        if m and m not in LOCAL_MEASURES:
            groups.setdefault((c.dimension or "", m), []).append(i)
    return _cross_article_pairs(claims, groups.values())


def same_role_pairs(claims: list[Claim]) -> list[tuple[int, int]]:
    """Cross-article pairs of counts of one casualty role and thing ("at least 77 people were
    killed" / "the government's tally rose to 525 on Wednesday"): an evolving toll is told in
    words that share little but its role, and the matcher still checks event, time and source.
    A claim's partners are the nearest in value above it."""
    from .match import EVOLVING, PERSON_ROLES, role_of

    groups: dict[tuple[str, str], list[int]] = {}
    for i, c in enumerate(claims):
        r = role_of(c)  # None for anything but counts and bare numbers
        if r in EVOLVING:
            # "23 were injured" counts the people that "23 people were injured" does
            thing = "person" if r in PERSON_ROLES and c.unit in (None, "", "person") else c.unit
            groups.setdefault((r, thing or ""), []).append(i)
    ordered = (sorted(items, key=lambda i: (claims[i].value, i)) for items in groups.values())
    return _cross_article_pairs(claims, ordered)


def conversion_pairs(claims: list[Claim], pairs: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """A candidate's partner told again in other units in its own sentence ("5.35 trillion
    yen ($34.4 billion)", "226 km/h (140 mph)") is a candidate too when the two state one
    figure ("¥5.35tn"): one quantity in two units, though the embedding may rank only one of
    them near."""
    from .match import _conversion_of

    by_sentence: dict[tuple[str, int], list[int]] = {}
    for i, c in enumerate(claims):
        if c.unit_kind in ("dimension", "currency"):
            by_sentence.setdefault((c.article, c.sentence_start), []).append(i)
    conv: dict[int, list[int]] = {}
    for items in by_sentence.values():
        for i in items:
            for j in items:
                if i != j and _conversion_of(claims[i], claims[j]):
                    conv.setdefault(i, []).append(j)
    out: list[tuple[int, int]] = []
    for i, j in pairs:
        x, y = claims[i], claims[j]
        if x.unit != y.unit or not _within_2pc(x.value, y.value):
            continue  # (only the same figure's conversions are the same quantity's)
        out += [(k, j) for k in conv.get(i, ()) if claims[k].article != claims[j].article]
        out += [(i, k) for k in conv.get(j, ()) if claims[k].article != claims[i].article]
    return out
