"""GitHub-flavoured Markdown for pull-request comments and ``$GITHUB_STEP_SUMMARY``.

A summary table, then every conflict with both sources, their values and the
sentences they come from, then updates; agreements, skipped articles and stale
baseline entries are folded into ``<details>`` blocks. Article text is escaped so it
cannot break the table, open HTML tags or mention people.
"""

from __future__ import annotations

import re

from ..config import Config
from ..models import Relation, Report
from ._view import (
    View,
    build,
    clean,
    date_label,
    fact_title,
    sentence_parts,
    summary_sentence,
    value_label,
)

# GitHub caps comments at 65,536 characters and step summaries at 1 MiB
MAX_BLOCKS = 50
MAX_ROWS = 200

_MD_SPECIAL = re.compile(r"([\\`*_\[\]|~])")
_MD_LEAD = re.compile(r"^(\s*)([#>+=-]|\d+[.)])")


def md(text: str | None, *, strip: bool = True) -> str:
    """Escape inline Markdown and HTML in one line of text."""
    text = clean(text, strip=strip)
    text = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    text = _MD_SPECIAL.sub(r"\\\1", text)
    text = _MD_LEAD.sub(lambda m: m.group(1) + "\\" + m.group(2), text)
    # keep "@user" and "#123" from turning into mentions and links
    return text.replace("@", "@\u200b")


def code(text: str | None) -> str:
    """An inline code span (no escapes work inside one, so backticks are replaced)."""
    return "`" + (clean(text).replace("`", "'") or " ") + "`"


def _cell(text: str | None) -> str:
    return md(text).replace("\\|", "&#124;") or " "


def _quote(view: View, cid: str) -> str:
    claim = view.claims.get(cid)
    if claim is None:
        return f"- {code(cid)} (claim not in report)"
    art = view.articles.get(claim.article)
    before, mid, after = sentence_parts(claim)
    sentence = md(before, strip=False) + (f"**{md(mid)}**" if mid else "") + md(
        after, strip=False
    )
    sentence = sentence.strip()
    src = view.source_of(cid)
    date = date_label(art)
    meta = [x for x in (date, claim.attribution and f"according to {claim.attribution}") if x]
    where = f"{claim.location.path or claim.article}:{claim.location.line}"
    return (
        f"- **{md(src)}**: {md(value_label(claim, pretty=True))}"
        + (f" ({md(', '.join(meta))})" if meta else "")
        + f" — “{sentence}” <sub>{md(where)}</sub>"
    )


def _relation_block(view: View, rel: Relation, title: str) -> list[str]:
    tag = ""
    if rel.baseline == "known":
        tag = " _(known, in baseline)_"
    elif rel.baseline == "new":
        tag = " **(new)**"
    lines = [f"**{md(title)}**{tag}", "", _quote(view, rel.a), _quote(view, rel.b)]
    if rel.reason:
        lines += ["", f"> {md(rel.reason)}"]
    lines.append("")
    return lines


def _fact_of(view: View, rel: Relation, titles: dict[int, str]) -> str:
    if id(rel) in titles:
        return titles[id(rel)]
    a = view.claims.get(rel.a)
    concept = a.concept if a and a.concept else ""
    return f"{concept} (in no fact)" if concept else "relation in no fact"


def render_markdown(report: Report, cfg: Config | None = None) -> str:
    view = build(report)
    c = view.counts
    rels = [r for fv in view.facts for r in fv.relations] + view.orphans
    titles = {id(r): fact_title(fv) for fv in view.facts for r in fv.relations}
    conflicts = [r for r in rels if r.verdict == "conflict"]
    updates = [r for r in rels if r.verdict == "update"]
    agrees = [r for r in rels if r.verdict == "agree"]

    icon = "❌" if c.conflict else "⚠️" if c.update else "✅"
    head = f"## {icon} check-consistency: "
    if c.conflict:
        head += f"{c.conflict} conflict{'s' if c.conflict != 1 else ''}"
    elif c.update:
        head += f"no conflicts, {c.update} update{'s' if c.update != 1 else ''}"
    else:
        head += "all numbers agree"
    out = [
        head,
        "",
        "| Articles | Skipped | Claims | Facts | Conflicts | Updates | Agreements |",
        "|---:|---:|---:|---:|---:|---:|---:|",
        f"| {c.ok} | {c.skipped} | {c.claims} | {c.facts} | {c.conflict} | {c.update} "
        f"| {c.agree} |",
        "",
    ]
    if c.baseline:
        out += [f"Baseline: **{c.new} new**, {c.known} known"
                + (f", {c.stale} stale" if c.stale else "") + ".", ""]
    for heading, rels_ in (("Conflicts", conflicts), ("Updates", updates)):
        if not rels_:
            continue
        out += [f"### {heading}", ""]
        for rel in rels_[:MAX_BLOCKS]:
            out += _relation_block(view, rel, _fact_of(view, rel, titles))
        if len(rels_) > MAX_BLOCKS:
            out += [f"_… and {len(rels_) - MAX_BLOCKS} more {heading.lower()}; see the full "
                    "report (--format html or json)._", ""]
    if agrees:
        out += [
            "<details><summary>Agreements ({})</summary>".format(len(agrees)),
            "",
            "| Fact | Source | Value | Source | Value |",
            "|---|---|---|---|---|",
        ]
        for rel in agrees[:MAX_ROWS]:
            a, b = view.claims.get(rel.a), view.claims.get(rel.b)
            out.append(
                f"| {_cell(_fact_of(view, rel, titles))} | {_cell(view.source_of(rel.a))} "
                f"| {_cell(value_label(a, pretty=True) if a else rel.a)} "
                f"| {_cell(view.source_of(rel.b))} "
                f"| {_cell(value_label(b, pretty=True) if b else rel.b)} |"
            )
        if len(agrees) > MAX_ROWS:
            out += ["", f"_… and {len(agrees) - MAX_ROWS} more._"]
        out += ["", "</details>", ""]
    if view.skipped:
        out += [f"<details><summary>Skipped articles ({len(view.skipped)})</summary>", ""]
        for art in view.skipped:
            out.append(f"- {code(art.path or art.id)}: {md(art.reason or 'no reason given')}")
        out += ["", "</details>", ""]
    if report.stale_baseline:
        out += [
            f"<details><summary>Stale baseline entries ({len(report.stale_baseline)})"
            "</summary>",
            "",
            "These match nothing any more; rewrite the baseline with `--write-baseline`.",
            "",
        ]
        out += [f"- `{fp}`" for fp in report.stale_baseline]
        out += ["", "</details>", ""]
    out.append(f"<sub>{md(summary_sentence(c))}</sub>")
    return "\n".join(out) + "\n"
