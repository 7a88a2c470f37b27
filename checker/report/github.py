"""GitHub Actions workflow commands: annotations on the articles' lines.

Conflicts become ``::error``, updates ``::warning``, relations already in the
baseline and skipped articles ``::notice``. GitHub shows at most 10 annotations of
each kind per step, so at most that many are printed and a final plain line says how
many were left out (the step summary and the other formats have them all).
"""

from __future__ import annotations

from ..config import Config
from ..models import Claim, Relation, Report
from ._view import (
    View,
    build,
    clean,
    fact_title,
    relation_sentence,
    repo_path,
    summary_sentence,
)

LIMIT_PER_KIND = 10
KINDS = ("error", "warning", "notice")


def escape_data(text: str) -> str:
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def escape_property(text: str) -> str:
    return escape_data(text).replace(":", "%3A").replace(",", "%2C")


def command(kind: str, message: str, **props: object) -> str:
    """``::kind k=v,...::message`` with GitHub's escaping (``None`` values dropped)."""
    parts = [f"{k}={escape_property(str(v))}" for k, v in props.items() if v is not None]
    head = f"::{kind}" + (" " + ",".join(parts) if parts else "")
    return f"{head}::{escape_data(message)}"


def _claim_props(claim: Claim | None, view: View) -> dict[str, object]:
    if claim is None:
        return {}
    art = view.articles.get(claim.article)
    path = claim.location.path or (art.path if art else None)
    if not path:
        return {}
    props: dict[str, object] = {
        "file": repo_path(path).replace("\\", "/"),
        "line": max(claim.location.line, 1),
        "col": max(claim.location.column, 1),
    }
    if claim.text and "\n" not in claim.text:
        props["endColumn"] = props["col"] + len(claim.text)  # type: ignore[operator]
    return props


def _message(view: View, rel: Relation, title: str | None) -> str:
    lines = [relation_sentence(view, rel)]
    if title:
        lines[0] += f" ({title})"
    for cid in (rel.a, rel.b):
        claim = view.claims.get(cid)
        if claim is not None:
            lines.append(f"{view.source_of(cid)}: “{clean(claim.sentence)}”")
    if rel.reason:
        lines.append(clean(rel.reason))
    if rel.baseline == "known":
        lines.append("Known: listed in the baseline file.")
    return "\n".join(lines)


def annotations(report: Report, cfg: Config | None = None) -> list[tuple[str, str]]:
    """Every annotation as ``(kind, line)``, most important first, before capping."""
    view = build(report)
    out: list[tuple[str, str]] = []
    ordered = [(r, fact_title(fv) or None) for fv in view.facts
               for r in fv.relations]
    for rel in view.orphans:
        claim = view.claims.get(rel.a) or view.claims.get(rel.b)
        ordered.append((rel, claim.concept if claim is not None and claim.concept else None))
    for rel, title in ordered:
        if rel.verdict not in ("conflict", "update"):
            continue
        if rel.baseline == "known":
            kind = "notice"
        else:
            kind = "error" if rel.verdict == "conflict" else "warning"
        word = "Conflicting numbers" if rel.verdict == "conflict" else "Updated number"
        if rel.baseline == "known":
            word = f"Known {rel.verdict} (baseline)"
        head = f"{word}: {clean(title)}" if title else word
        claim = view.claims.get(rel.a) or view.claims.get(rel.b)
        out.append((kind, command(kind, _message(view, rel, None), **_claim_props(claim, view),
                                  title=head[:200])))
    for art in view.skipped:
        out.append(("notice", command(
            "notice",
            f"Article skipped: {clean(art.reason) or 'no reason given'}",
            file=repo_path(art.path or art.id).replace("\\", "/"),
            title="check-consistency skipped an article",
        )))
    if report.stale_baseline:
        out.append(("notice", command(
            "notice",
            f"{len(report.stale_baseline)} baseline entries match nothing any more: "
            + ", ".join(report.stale_baseline)
            + "\nRewrite the baseline with --write-baseline to drop them.",
            title="Stale baseline entries",
        )))
    return out


def render_github(report: Report, cfg: Config | None = None) -> str:
    shown: dict[str, int] = {k: 0 for k in KINDS}
    left: dict[str, int] = {k: 0 for k in KINDS}
    lines: list[str] = []
    for kind, line in annotations(report, cfg):
        if shown[kind] < LIMIT_PER_KIND:
            shown[kind] += 1
            lines.append(line)
        else:
            left[kind] += 1
    if any(left.values()):
        parts = [f"{n} {k}{'s' if n != 1 else ''}" for k, n in left.items() if n]
        lines.append(
            "check-consistency: " + ", ".join(parts) + " left out of the annotations "
            f"(GitHub shows at most {LIMIT_PER_KIND} of each kind per step); "
            "the step summary and the other report formats list them all."
        )
    lines.append("check-consistency: " + summary_sentence(build(report).counts))
    return "\n".join(lines) + "\n"
