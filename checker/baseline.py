"""Baselines: accept today's conflicts and report only new ones.

``--write-baseline FILE`` records the fingerprint of every conflict and update of a
report; ``--baseline FILE`` then marks each such relation ``known`` or ``new`` and lists
baseline entries that match nothing any more (``Report.stale_baseline``) so the file
can be cleaned.

A fingerprint identifies a relation by what it is about, not where it is: the two
claims' article ids, units, counted nouns (or concepts) and values, in either order.
Claim ids and character offsets are left out on purpose, so that editing an unrelated
paragraph of an article does not turn a known conflict into a new one.

File format (JSON, UTF-8, entries sorted by fingerprint)::

    {"version": 1, "tool": "check-consistency",
     "entries": [{"fingerprint": "…", "verdict": "conflict",
                  "articles": ["a.md", "b.md"], "values": ["539 drone", "550 drone"]}]}
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import tempfile
from pathlib import Path
from typing import Any

from .errors import BaselineError
from .models import Claim, Relation, Report

BASELINE_VERSION = 1
FINGERPRINT_VERSION = 1
RECORDED = ("conflict", "update")

_SPACE = re.compile(r"\s+")


def _norm(text: str | None) -> str:
    return _SPACE.sub(" ", (text or "").strip().lower())


def _num(value: float | None) -> str:
    if value is None:
        return ""
    value = float(value)
    if value == 0:
        return "0"
    return format(value, ".12g")


def _claim_key(claim: Claim | None, claim_id: str) -> list[str]:
    if claim is None:  # dangling id: fall back to the id itself
        return ["?", claim_id, "", "", ""]
    return [
        claim.article,
        _norm(claim.unit),
        _norm(claim.counted or claim.concept),
        _num(claim.value),
        claim.qualifier,
    ]


_INDEX: tuple[list, int, dict[str, Claim]] | None = None


def _claims_index(report: Report, *ids: str) -> dict[str, Claim]:
    """``{claim id: claim}`` of ``report``, reused across calls on the same report (the
    pipeline fingerprints every relation; rebuilding the map each time is quadratic)."""
    global _INDEX
    cached = _INDEX
    if cached is not None and cached[0] is report.claims and cached[1] == len(report.claims):
        index = cached[2]
        if all(i in index and index[i].id == i for i in ids):
            return index
    index = {c.id: c for c in report.claims}
    _INDEX = (report.claims, len(report.claims), index)
    return index


def fingerprint(rel: Relation, report: Report) -> str:
    """A stable, order-independent id of ``rel`` (32 hex digits)."""
    claims = _claims_index(report, rel.a, rel.b)
    keys = sorted(
        (_claim_key(claims.get(rel.a), rel.a), _claim_key(claims.get(rel.b), rel.b))
    )
    payload = json.dumps([FINGERPRINT_VERSION, keys], separators=(",", ":"), ensure_ascii=False)
    return hashlib.sha256(payload.encode("utf-8")).hexdigest()[:32]


def _fp(rel: Relation, report: Report) -> str:
    return rel.fingerprint or fingerprint(rel, report)


def _value_text(claim: Claim | None) -> str:
    if claim is None:
        return "?"
    from .report._view import value_label

    return value_label(claim)


def baseline_entries(report: Report) -> list[dict[str, Any]]:
    claims = {c.id: c for c in report.claims}
    entries: dict[str, dict[str, Any]] = {}
    for rel in report.relations:
        if rel.verdict not in RECORDED:
            continue
        fp = _fp(rel, report)
        if fp in entries:
            continue
        pair = sorted(
            [(claims[c].article if c in claims else "?", _value_text(claims.get(c)))
             for c in (rel.a, rel.b)]
        )
        entries[fp] = {
            "fingerprint": fp,
            "verdict": rel.verdict,
            "articles": [p[0] for p in pair],
            "values": [p[1] for p in pair],
        }
    return [entries[k] for k in sorted(entries)]


def write_baseline(report: Report, path: str) -> None:
    """Write the conflicts and updates of ``report`` to ``path`` (atomically)."""
    data = {
        "version": BASELINE_VERSION,
        "tool": "check-consistency",
        "entries": baseline_entries(report),
    }
    text = json.dumps(data, indent=2, ensure_ascii=False, sort_keys=True) + "\n"
    target = Path(path)
    try:
        if target.parent and not target.parent.exists():
            target.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=".baseline-", dir=str(target.parent or "."))
        try:
            with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as fh:
                fh.write(text)
            os.replace(tmp, target)
        except BaseException:
            try:
                os.unlink(tmp)
            except OSError:
                pass
            raise
    except OSError as exc:
        raise BaselineError(f"cannot write baseline {path}: {exc.strerror or exc}") from None


def read_baseline(path: str) -> list[str]:
    """The fingerprints recorded in a baseline file, in file order."""
    try:
        raw = Path(path).read_text(encoding="utf-8")
    except FileNotFoundError:
        raise BaselineError(f"baseline file not found: {path}") from None
    except (OSError, UnicodeDecodeError) as exc:
        raise BaselineError(f"cannot read baseline {path}: {exc}") from None
    try:
        data = json.loads(raw)
    except json.JSONDecodeError as exc:
        raise BaselineError(f"baseline {path} is not valid JSON: {exc}") from None
    if not isinstance(data, dict) or "entries" not in data:
        raise BaselineError(f"baseline {path} is not a check-consistency baseline")
    version = data.get("version")
    if version != BASELINE_VERSION:
        raise BaselineError(
            f"baseline {path} has version {version!r}; this tool reads version "
            f"{BASELINE_VERSION} (rewrite it with --write-baseline)"
        )
    entries = data["entries"]
    if not isinstance(entries, list):
        raise BaselineError(f"baseline {path}: 'entries' must be a list")
    out: list[str] = []
    for i, entry in enumerate(entries):
        fp = entry.get("fingerprint") if isinstance(entry, dict) else entry
        if not isinstance(fp, str) or not fp:
            raise BaselineError(f"baseline {path}: entry {i} has no fingerprint")
        out.append(fp)
    return out


def apply_baseline(report: Report, path: str) -> Report:
    """A copy of ``report`` with ``baseline`` set on every conflict and update
    (``known`` if its fingerprint is in the file, else ``new``) and the file's
    unmatched fingerprints in ``stale_baseline``."""
    known = read_baseline(path)
    known_set = set(known)
    out = report.model_copy(deep=True)
    seen: set[str] = set()
    for rel in out.relations:
        if not rel.fingerprint:
            rel.fingerprint = fingerprint(rel, out)
        if rel.verdict not in RECORDED:
            rel.baseline = None
            continue
        if rel.fingerprint in known_set:
            rel.baseline = "known"
            seen.add(rel.fingerprint)
        else:
            rel.baseline = "new"
    stale: list[str] = []
    for fp in known:
        if fp not in seen and fp not in stale:
            stale.append(fp)
    out.stale_baseline = sorted(stale)
    return out
