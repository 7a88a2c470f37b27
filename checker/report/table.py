"""Terminal table: one block per fact (conflicts first), fits in 100 columns.

ANSI colours only with ``color=True``; every piece of article text is stripped of
control characters so an article cannot inject escape sequences into the terminal.
"""

from __future__ import annotations

import textwrap

from ..config import Config
from ..models import Claim, Relation, Report
from ._view import (
    FactView,
    View,
    build,
    clean,
    date_label,
    fact_title,
    relation_sentence,
    snippet_parts,
    source_label,
    summary_sentence,
    value_label,
)

WIDTH = 100
SOURCE_W, DATE_W, VALUE_W = 18, 10, 16

_COLORS = {
    "conflict": "31;1",
    "update": "33",
    "evolving": "33",
    "agree": "32",
    "consistent": "32",
    "dim": "2",
    "bold": "1",
    "known": "2",
}

_MARK = {"conflict": "x", "update": "~", "agree": "="}
_STATUS = {"conflict": "CONFLICT", "evolving": "EVOLVING", "consistent": "AGREE"}


class _Painter:
    def __init__(self, color: bool):
        self.color = color

    def __call__(self, text: str, style: str) -> str:
        if not self.color or not text or style not in _COLORS:
            return text
        return f"\x1b[{_COLORS[style]}m{text}\x1b[0m"


def _fit(text: str, width: int) -> str:
    text = clean(text)
    if len(text) > width:
        text = text[: max(width - 1, 0)] + "…"
    return text.ljust(width)


def _claim_row(view: View, claim: Claim, paint: _Painter) -> str:
    art = view.articles.get(claim.article)
    snip_w = WIDTH - 2 - SOURCE_W - DATE_W - VALUE_W - 6
    cells = [
        _fit(source_label(art, claim.article), SOURCE_W),
        _fit(date_label(art), DATE_W),
        _fit(value_label(claim), VALUE_W),
    ]
    lead, mid, tail = snippet_parts(claim, snip_w)
    cells.append(lead + paint(mid, "bold") + tail)
    return ("  " + "  ".join(cells)).rstrip()


def _relation_lines(view: View, rel: Relation, paint: _Painter) -> list[str]:
    head = f"  {_MARK.get(rel.verdict, '?')} {rel.verdict:<8} "
    body = relation_sentence(view, rel)
    tag = ""
    if rel.baseline == "known":
        tag = " (known)"
    elif rel.baseline == "new":
        tag = " (new)"
    first = textwrap.wrap(clean(body + tag), WIDTH - len(head)) or [""]
    lines = [paint(head, rel.verdict) + first[0]]
    lines += [" " * len(head) + rest for rest in first[1:]]
    reason = clean(rel.reason)
    if reason:
        indent = " " * len(head)
        for part in textwrap.wrap(reason, WIDTH - len(indent)):
            lines.append(indent + paint(part, "dim"))
    return lines


def _fact_block(view: View, fv: FactView, paint: _Painter) -> list[str]:
    status = fv.fact.status
    if "conflict" in fv.verdicts:
        status = "conflict"
    label = _STATUS.get(status, status.upper())
    tag = f"[{clean(fv.fact.id)}]"
    room = WIDTH - len(label) - len(tag) - 3
    title = fact_title(fv)
    if len(title) > room:
        title = title[: room - 1] + "…"
    head = f"{paint(label, status)}  {paint(title, 'bold')}"
    pad = WIDTH - len(label) - 2 - len(title) - len(tag)
    lines = [head + " " * max(pad, 1) + paint(tag, "dim")]
    for claim in fv.claims:
        lines.append(_claim_row(view, claim, paint))
    for rel in fv.relations:
        lines.extend(_relation_lines(view, rel, paint))
    return lines


def render_table(report: Report, cfg: Config | None = None, *, color: bool = False) -> str:
    view = build(report)
    paint = _Painter(color)
    out: list[str] = []
    for fv in view.facts:
        out.extend(_fact_block(view, fv, paint))
        out.append("")
    if view.orphans:
        out.append(paint("RELATIONS IN NO FACT", "bold"))
        for rel in view.orphans:
            out.extend(_relation_lines(view, rel, paint))
        out.append("")
    for art in view.skipped:
        line = f"skipped  {clean(art.path or art.id)}: {clean(art.reason) or 'no reason given'}"
        out.extend(textwrap.wrap(line, WIDTH, subsequent_indent="         ") or [line])
    if report.stale_baseline:
        line = (
            f"stale baseline entries ({len(report.stale_baseline)}), no longer found: "
            + ", ".join(fp[:12] for fp in report.stale_baseline)
        )
        out.extend(textwrap.wrap(line, WIDTH, subsequent_indent="  "))
    summary = summary_sentence(view.counts)
    style = "conflict" if view.counts.conflict else "update" if view.counts.update else "agree"
    out.append(paint(summary, style) if color else summary)
    return "\n".join(out) + "\n"
