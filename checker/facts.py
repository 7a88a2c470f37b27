"""Group related claims into facts: one quantity of one event, as reported by each source.

Claims joined by relations form a fact (connected components). Its status is ``conflict`` when
any pair in it conflicts, ``evolving`` when it has updates but no conflict, else ``consistent``.
"""

from __future__ import annotations

import hashlib

from collections import Counter

from .match import _plural, _who, counted_key, fmt_value, kind_of, role_of
from .models import Article, Claim, Fact, Relation


ROLE_LABELS = {
    "killed": "killed", "injured": "injured", "missing": "missing", "launched": "launched",
    "intercepted": "shot down", "evacuated": "evacuated", "arrested": "arrested",
    "rescued": "rescued", "destroyed": "destroyed", "damaged": "damaged", "produced": "produced",
    "delivered": "delivered", "won": "won", "lost": "lost", "without_power": "without power",
    "protested": "taking part",
}


def label(claims: list[Claim]) -> str:
    """A short name for what a fact measures: "People killed", "Drones launched"."""
    roles = Counter(r for r in (role_of(c) for c in claims) if r)
    role = ROLE_LABELS.get(roles.most_common(1)[0][0], "") if roles else ""
    counts = [c for c in claims if kind_of(c) == "count"]
    if counts:
        keys = Counter(" and ".join(_plural(n) for n in sorted(counted_key(c))) for c in counts)
        noun = keys.most_common(1)[0][0]
        text = f"{noun} {role}".strip()
    else:
        concepts = sorted((c.concept for c in claims if c.concept), key=lambda x: (len(x), x))
        text = concepts[0] if concepts else (claims[0].unit or "quantity")
        if role and role not in text:
            text = f"{text} ({role})"
    place = Counter(c.place for c in claims if c.place).most_common(1)
    if place and place[0][0].lower() not in text.lower():
        text = f"{text}, {place[0][0]}"
    return text[:1].upper() + text[1:]


def _find(parent: dict[str, str], x: str) -> str:
    while parent[x] != x:
        parent[x] = parent[parent[x]]
        x = parent[x]
    return x


def group(claims: list[Claim], relations: list[Relation], articles: list[Article]
          ) -> tuple[list[Fact], list[Relation]]:
    """Return the facts and the relations with their ``fact`` id filled."""
    order = {c.id: i for i, c in enumerate(claims)}
    by_id = {c.id: c for c in claims}
    arts = {a.id: a for a in articles}
    parent = {c.id: c.id for c in claims}
    for r in relations:
        ra, rb = _find(parent, r.a), _find(parent, r.b)
        if ra != rb:
            if order[ra] < order[rb]:
                parent[rb] = ra
            else:
                parent[ra] = rb
    members: dict[str, list[str]] = {}
    for r in relations:
        for cid in (r.a, r.b):
            members.setdefault(_find(parent, cid), [])
    for cid in parent:
        root = _find(parent, cid)
        if root in members:
            members[root].append(cid)
    facts: list[Fact] = []
    fact_of_root: dict[str, str] = {}
    for root in sorted(members, key=lambda x: order[x]):
        ids = sorted(set(members[root]), key=lambda x: order[x])
        rels = [r for r in relations if _find(parent, r.a) == root]
        verdicts = {r.verdict for r in rels}
        status = "conflict" if "conflict" in verdicts else (
            "evolving" if "update" in verdicts else "consistent")
        fid = "f-" + hashlib.sha1("|".join(ids).encode()).hexdigest()[:10]
        fact_of_root[root] = fid
        first = by_id[ids[0]]
        name = label([by_id[c] for c in ids])
        when = ""
        if first.time and first.time.start:
            end = first.time.end or first.time.start
            when = f", {first.time.start.isoformat()}"
            if end != first.time.start:
                when += f" to {end.isoformat()}"
        elif first.time:
            when = f", {first.time.text}"
        per_source = "; ".join(f"{fmt_value(by_id[c])} ({_who(by_id[c], arts)})" for c in ids)
        facts.append(Fact(id=fid, claims=ids, status=status,  # type: ignore[arg-type]
                          summary=f"{name}{when}: {per_source}: {status}",
                          concept=name, unit=first.unit))
    rank = {"conflict": 0, "evolving": 1, "consistent": 2}
    facts.sort(key=lambda f: (rank[f.status], order[f.claims[0]]))
    new_rel = [r.model_copy(update={"fact": fact_of_root[_find(parent, r.a)]}) for r in relations]
    return facts, new_rel
