"""One self-contained HTML page: no external scripts, fonts, styles or images.

Every piece of text that comes from an article (sentences, titles, sources, reasons,
paths) goes through :func:`html.escape`; URLs are linked only for http(s). A
Content-Security-Policy allows nothing but the page's own inline style and the one
inline script (by its hash), so even markup that slipped through could not load or
run anything.
"""

from __future__ import annotations

import base64
import datetime as dt
import hashlib
import html
import math
from urllib.parse import urlsplit

from .. import __version__
from ..config import Config
from ..models import Article, Claim, Relation, Report
from ._view import (
    FactView,
    View,
    build,
    date_label,
    fact_title,
    fmt_number,
    relation_key,
    sentence_parts,
    source_label,
    summary_sentence,
    unit_label,
    value_label,
)

VERDICT_WORD = {"conflict": "Conflict", "update": "Update", "agree": "Agreement"}
STATUS_WORD = {"conflict": "Conflict", "evolving": "Evolving", "consistent": "Consistent"}
STATUS_VERDICT = {"conflict": "conflict", "evolving": "update", "consistent": "agree"}


MONO = ' class="mono"'


def esc(text: object) -> str:
    return html.escape("" if text is None else str(text), quote=True)


CSS = """
:root{--bg:#f6f7f9;--card:#fff;--ink:#1d232b;--mute:#5d6875;--line:#dde2e8;
--red:#c62828;--red-bg:#fdecea;--amber:#b26a00;--amber-bg:#fff4e0;--green:#2e7d32;
--green-bg:#e8f5e9;--blue:#1f5fa8;--mark:#ffe58a}
@media (prefers-color-scheme:dark){:root{--bg:#15181c;--card:#1e2228;--ink:#e6e9ed;
--mute:#9aa5b1;--line:#333a43;--red:#ef6b6b;--red-bg:#3a2022;--amber:#f0a640;
--amber-bg:#3a2e1c;--green:#6cc070;--green-bg:#1f3322;--blue:#7fb0ea;--mark:#6b5a12}}
*{box-sizing:border-box}
[hidden]{display:none!important}
body{margin:0;background:var(--bg);color:var(--ink);
font:15px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,Helvetica,Arial,sans-serif}
main{max-width:1100px;margin:0 auto;padding:24px 20px 48px}
h1{font-size:24px;margin:0 0 2px}
h2{font-size:17px;margin:0}
h3{font-size:16px;margin:28px 0 10px}
.sub{color:var(--mute);margin:0 0 18px}
.cards{display:grid;grid-template-columns:repeat(auto-fit,minmax(120px,1fr));gap:10px;
margin-bottom:18px}
.card{background:var(--card);border:1px solid var(--line);border-radius:10px;padding:10px 14px}
.card .n{display:block;font-size:26px;font-weight:700;line-height:1.2}
.card .l{color:var(--mute);font-size:13px}
.card.conflict .n{color:var(--red)}.card.update .n{color:var(--amber)}
.card.agree .n{color:var(--green)}
.filters{display:flex;flex-wrap:wrap;gap:8px;align-items:center;margin:0 0 16px}
.filters button{font:inherit;font-size:14px;border:1px solid var(--line);background:var(--card);
color:var(--ink);border-radius:999px;padding:4px 14px;cursor:pointer}
.filters button[aria-pressed=true]{background:var(--ink);color:var(--bg);border-color:var(--ink)}
.filters .shown{color:var(--mute);font-size:13px;margin-left:6px}
.fact{background:var(--card);border:1px solid var(--line);border-left:5px solid var(--green);
border-radius:10px;padding:14px 16px;margin:0 0 14px}
.fact.conflict{border-left-color:var(--red)}.fact.update{border-left-color:var(--amber)}
.fact>header{display:flex;gap:10px;align-items:baseline;flex-wrap:wrap;margin-bottom:10px}
.fact .summary{color:var(--mute);font-size:13px;margin:-4px 0 10px}
.fact>header .meta{color:var(--mute);font-size:13px;margin-left:auto}
.badge{display:inline-block;font-size:12px;font-weight:600;border-radius:4px;padding:1px 7px;
text-transform:uppercase;letter-spacing:.03em;background:var(--green-bg);color:var(--green)}
.badge.conflict{background:var(--red-bg);color:var(--red)}
.badge.update{background:var(--amber-bg);color:var(--amber)}
.badge.known{background:transparent;color:var(--mute);border:1px solid var(--line)}
.badge.new{background:var(--red);color:#fff}
.sides{display:grid;grid-template-columns:repeat(auto-fit,minmax(250px,1fr));gap:10px}
.claim{border:1px solid var(--line);border-radius:8px;padding:10px 12px}
.claim.in-conflict{border-color:var(--red)}
.claim .src{display:flex;flex-wrap:wrap;justify-content:space-between;gap:0 8px;font-size:13px;
color:var(--mute)}
.claim .src .when{white-space:nowrap}
.claim .src strong{color:var(--ink);font-size:14px}
.claim .val{font-size:22px;font-weight:700;margin:2px 0 4px}
.claim .val .u{font-size:14px;font-weight:500;color:var(--mute)}
.claim blockquote{margin:0;padding:0;font-size:14px;overflow-wrap:anywhere}
mark{background:var(--mark);color:inherit;border-radius:3px;padding:0 2px;font-weight:600}
.claim dl{display:grid;grid-template-columns:auto 1fr;gap:0 8px;margin:8px 0 0;font-size:12.5px}
.claim dt{color:var(--mute)}.claim dd{margin:0;overflow-wrap:anywhere}
.chart{margin:12px 0 0;max-width:640px}
.chart text{font-size:12px;fill:var(--ink)}.chart .axis{stroke:var(--line)}
.chart .bar{fill:var(--green)}.fact.conflict .chart .bar{fill:var(--red)}
.fact.update .chart .bar{fill:var(--amber)}.fact .chart .bar.other{fill:var(--mute)}
.chart .range{stroke:var(--ink);stroke-width:1.5}
.rels{list-style:none;padding:0;margin:12px 0 0}
.rel{padding:6px 0 6px 10px;border-top:1px dashed var(--line);font-size:14px}
.rel.folded summary{cursor:pointer;color:var(--mute)}
.rel.folded .rels{margin:4px 0 0}
.rel .why{color:var(--mute);margin:2px 0 0}
.rel .score{color:var(--mute);font-size:12px}
table.list{border-collapse:collapse;width:100%;background:var(--card);font-size:14px}
table.list th,table.list td{border:1px solid var(--line);padding:5px 8px;text-align:left;
vertical-align:top;overflow-wrap:anywhere}
table.list th{background:var(--bg)}
.mono{font-family:ui-monospace,SFMono-Regular,Menlo,Consolas,monospace;font-size:12.5px}
footer{color:var(--mute);font-size:12px;margin-top:32px}
.empty{color:var(--mute)}
"""

JS = """
(function () {
  var buttons = Array.prototype.slice.call(document.querySelectorAll("[data-filter]"));
  var items = Array.prototype.slice.call(document.querySelectorAll("[data-verdicts]"));
  var groups = Array.prototype.slice.call(document.querySelectorAll("[data-group]"));
  var shown = document.getElementById("shown");
  function apply(kind) {
    var n = 0;
    items.forEach(function (el) {
      var kinds = " " + el.getAttribute("data-verdicts") + " ";
      var ok = kind === "all" || kinds.indexOf(" " + kind + " ") >= 0;
      el.hidden = !ok;
      if (ok) { n += 1; }
    });
    groups.forEach(function (g) {
      g.hidden = !g.querySelector("[data-verdicts]:not([hidden])");
    });
    buttons.forEach(function (b) {
      b.setAttribute("aria-pressed", b.getAttribute("data-filter") === kind ? "true" : "false");
    });
    if (shown) { shown.textContent = "showing " + n + " of " + items.length; }
  }
  buttons.forEach(function (b) {
    b.addEventListener("click", function () { apply(b.getAttribute("data-filter")); });
  });
  apply("all");
})();
"""


def _csp() -> str:
    digest = base64.b64encode(hashlib.sha256(JS.encode("utf-8")).digest()).decode("ascii")
    return (
        "default-src 'none'; style-src 'unsafe-inline'; img-src data:; "
        f"script-src 'sha256-{digest}'; base-uri 'none'; form-action 'none'"
    )


def _when(article: Article | None) -> str:
    if article is None or article.published is None:
        return ""
    pub = article.published
    if pub.time() == dt.time(0, 0) and pub.tzinfo is None:
        return pub.date().isoformat()
    text = pub.strftime("%Y-%m-%d %H:%M")
    off = pub.utcoffset()
    if off is not None:
        text += " UTC" if off == dt.timedelta(0) else pub.strftime(" %z")
    return text


def _safe_url(url: str | None) -> str | None:
    if not url:
        return None
    try:
        scheme = urlsplit(url.strip()).scheme.lower()
    except ValueError:
        return None
    return url.strip() if scheme in ("http", "https") else None


def _timeref(claim: Claim) -> str:
    t = claim.time
    if t is None:
        return ""
    text = t.text
    if t.start and t.end and t.start != t.end:
        text += f" ({t.start.isoformat()} – {t.end.isoformat()})"
    elif t.start:
        text += f" ({t.start.isoformat()})"
    return text


def _location(claim: Claim, article: Article | None) -> str:
    path = claim.location.path or (article.path if article else None) or claim.article
    return f"{path}:{claim.location.line}:{claim.location.column}"


def _short_path(location: str) -> str:
    """``dir/sub/file.md:3:4`` -> ``file.md:3:4`` (the full path is in a tooltip)."""
    return location.replace("\\", "/").rsplit("/", 1)[-1]


def _claim_card(view: View, claim: Claim, conflicted: set[str]) -> str:
    art = view.articles.get(claim.article)
    before, mid, after = sentence_parts(claim)
    sentence = f"{esc(before)}<mark>{esc(mid)}</mark>{esc(after)}" if mid else esc(before)
    label = value_label(claim, pretty=True)
    unit = unit_label(claim).strip()
    number = label[: len(label) - len(unit_label(claim))] if unit else label
    rows = []
    if claim.text and not mid:
        rows.append(("as written", claim.text))
    when = _timeref(claim)
    if when:
        rows.append(("when", when))
    if claim.place:
        rows.append(("where", claim.place))
    if claim.event:
        rows.append(("event", claim.event))
    rows.append(("according to", claim.attribution or "not attributed"))
    rows.append(("file", _location(claim, art)))
    dl = "".join(
        f'<dt>{esc(k)}</dt><dd class="mono" title="{esc(v)}">{esc(_short_path(v))}</dd>'
        if k == "file" else f"<dt>{esc(k)}</dt><dd>{esc(v)}</dd>"
        for k, v in rows
    )
    src = source_label(art, claim.article)
    url = _safe_url(art.url if art else None)
    src_html = f"<strong>{esc(src)}</strong>"
    if url:
        src_html = f'<a href="{esc(url)}" rel="noopener noreferrer">{src_html}</a>'
    cls = "claim in-conflict" if claim.id in conflicted else "claim"
    return (
        f'<article class="{cls}" data-claim="{esc(claim.id)}">'
        f'<div class="src">{src_html}<span class="when">{esc(_when(art))}</span></div>'
        f'<div class="val">{esc(number)}{"" if unit == "%" else " "}'
        f'<span class="u">{esc(unit)}</span></div>'
        f"<blockquote>{sentence}</blockquote><dl>{dl}</dl></article>"
    )


ChartRow = tuple[Claim, float, float | None, float | None]


def _chart_values(claims: list[Claim]) -> list[ChartRow] | None:
    if len(claims) < 2:
        return None
    units = {(c.unit_kind, c.unit) for c in claims}
    use_si = False
    if len(units) != 1:
        dims = {c.dimension for c in claims}
        if len(dims) == 1 and None not in dims and all(c.si_value is not None for c in claims):
            use_si = True
        else:
            return None
    rows = []
    for c in claims:
        if use_si:
            v, lo, hi = c.si_value, c.si_low, c.si_high
        else:
            v, lo, hi = c.value, c.low, c.high
        if v is None or not math.isfinite(v) or v < 0:
            return None
        rows.append((c, float(v), lo, hi))
    if max(r[1] for r in rows) <= 0:
        return None
    return rows


def _chart(view: View, fv: FactView) -> str:
    rows = _chart_values(fv.claims)
    if rows is None:
        return ""
    conflicted = {c for r in fv.relations if r.verdict == "conflict" for c in (r.a, r.b)}
    top = max(max(v, hi or 0) for _, v, _, hi in rows)
    label_w, bar_w, row_h, value_w = 150, 380, 24, 100
    width = label_w + bar_w + value_w
    height = row_h * len(rows) + 8
    parts = [
        f'<svg class="chart" viewBox="0 0 {width} {height}" width="100%" role="img" '
        f'aria-label="{esc("values per source: " + fv.fact.summary)}">',
        f'<line class="axis" x1="{label_w}" y1="0" x2="{label_w}" y2="{height}"/>',
    ]
    for i, (claim, v, lo, hi) in enumerate(rows):
        y = 4 + i * row_h
        w = max(bar_w * v / top, 1.0)
        bar_cls = "bar" if claim.id in conflicted or not conflicted else "bar other"
        src = source_label(view.articles.get(claim.article), claim.article)
        if len(src) > 22:
            src = src[:21] + "…"
        parts.append(
            f'<text x="{label_w - 8}" y="{y + 15}" text-anchor="end">{esc(src)}</text>'
            f'<rect class="{bar_cls}" x="{label_w}" y="{y + 3}" width="{w:.1f}" '
            f'height="{row_h - 8}" '
            f'rx="2"><title>{esc(src)}: {esc(value_label(claim, pretty=True))}</title></rect>'
        )
        if lo is not None and hi is not None and hi > lo:
            x1 = label_w + bar_w * max(lo, 0) / top
            x2 = label_w + bar_w * hi / top
            ym = y + row_h / 2 - 1
            parts.append(
                f'<line class="range" x1="{x1:.1f}" y1="{ym}" x2="{x2:.1f}" y2="{ym}"/>'
                f'<line class="range" x1="{x1:.1f}" y1="{ym - 5}" x2="{x1:.1f}" y2="{ym + 5}"/>'
                f'<line class="range" x1="{x2:.1f}" y1="{ym - 5}" x2="{x2:.1f}" y2="{ym + 5}"/>'
            )
        end = label_w + max(w, (bar_w * hi / top) if hi else 0)
        label = esc(value_label(claim, pretty=True))
        parts.append(f'<text x="{end + 6:.1f}" y="{y + 15}">{label}</text>')
    parts.append("</svg>")
    return "".join(parts)


def _relation_item(view: View, rel: Relation, *, standalone: bool = False) -> str:
    def side(cid: str) -> str:
        claim = view.claims.get(cid)
        if claim is None:
            return f"<span{MONO}>{esc(cid)}</span>"
        return f"{esc(view.source_of(cid))} <strong>{esc(value_label(claim, pretty=True))}</strong>"

    word = VERDICT_WORD.get(rel.verdict, rel.verdict)
    badges = f'<span class="badge {esc(rel.verdict)}">{esc(word)}</span>'
    if rel.baseline:
        badges += f' <span class="badge {esc(rel.baseline)}">{esc(rel.baseline)}</span>'
    attrs = f' data-verdicts="{esc(rel.verdict)}"' if standalone else ""
    body = (
        f'<li class="rel {esc(rel.verdict)}"{attrs}>{badges} {side(rel.a)} ↔ {side(rel.b)} '
        f'<span class="score">score {rel.score:.2f}</span>'
        f'<div class="why">{esc(rel.reason)}</div>'
    )
    if standalone:
        cards = [view.claims[c] for c in (rel.a, rel.b) if c in view.claims]
        conflicted = {c.id for c in cards} if rel.verdict == "conflict" else set()
        body += '<div class="sides">' + "".join(
            _claim_card(view, c, conflicted) for c in cards
        ) + "</div>"
    return body + "</li>"


def _fact_section(view: View, fv: FactView, index: int) -> str:
    verdicts = set(fv.verdicts)
    verdicts.add(STATUS_VERDICT.get(fv.fact.status, "agree"))
    kind = "conflict" if "conflict" in verdicts else "update" if "update" in verdicts else "agree"
    conflicted = {c for r in fv.relations if r.verdict == "conflict" for c in (r.a, r.b)}
    status = fv.fact.status
    meta = " · ".join(x for x in (fv.fact.concept, fv.fact.unit, f"fact {fv.fact.id}") if x)
    title = fact_title(fv)
    cards = "".join(_claim_card(view, c, conflicted) for c in fv.claims)
    main = [r for r in fv.relations if r.verdict != "agree"]
    agree = [r for r in fv.relations if r.verdict == "agree"]
    rels = "".join(_relation_item(view, r) for r in main)
    if agree and main:
        rels += (
            f'<li class="rel folded"><details><summary>{len(agree)} '
            f"agreement{'s' if len(agree) != 1 else ''} in this fact</summary>"
            f'<ul class="rels">{"".join(_relation_item(view, r) for r in agree)}</ul>'
            "</details></li>"
        )
    else:
        rels += "".join(_relation_item(view, r) for r in agree)
    return (
        f'<section class="fact {kind}" id="fact-{index}" data-fact="{esc(fv.fact.id)}" '
        f'data-verdicts="{esc(" ".join(sorted(verdicts)))}">'
        f'<header><span class="badge {kind}">{esc(STATUS_WORD.get(status, status))}</span>'
        f"<h2>{esc(title)}</h2>"
        f'<span class="meta">{esc(meta)}</span></header>'
        + (f'<p class="summary">{esc(fv.fact.summary)}</p>' if fv.fact.summary != title else "")
        + f'<div class="sides">{cards}</div>{_chart(view, fv)}'
        + (f'<ul class="rels">{rels}</ul>' if rels else "")
        + "</section>"
    )


def _card(n: int, label: str, kind: str = "") -> str:
    return (
        f'<div class="card {kind}"><span class="n" id="count-{esc(kind or label)}" '
        f'data-count="{n}">{n}</span><span class="l">{esc(label)}</span></div>'
    )


def _articles_table(view: View) -> str:
    per_article: dict[str, int] = {}
    for c in view.report.claims:
        per_article[c.article] = per_article.get(c.article, 0) + 1
    rows = []
    for art in view.report.articles:
        if art.status == "skipped":
            continue
        url = _safe_url(art.url)
        title = esc(art.title or "")
        if url:
            title = f'<a href="{esc(url)}" rel="noopener noreferrer">{title or esc(url)}</a>'
        rows.append(
            f"<tr><td>{esc(source_label(art, art.id))}</td><td>{esc(_when(art))}</td>"
            f"<td>{title}</td><td{MONO}>{esc(art.path or art.id)}</td>"
            f"<td>{per_article.get(art.id, 0)}</td></tr>"
        )
    if not rows:
        return '<p class="empty">No article could be read.</p>'
    return (
        '<table class="list"><thead><tr><th>Source</th><th>Published</th><th>Title</th>'
        "<th>File</th><th>Claims</th></tr></thead><tbody>" + "".join(rows) + "</tbody></table>"
    )


def render_html(report: Report, cfg: Config | None = None) -> str:
    view = build(report)
    c = view.counts
    version = report.version or __version__
    sources = sorted({source_label(a, a.id) for a in report.articles if a.status == "ok"})
    dates = sorted(d for d in (date_label(a) for a in report.articles) if d)
    span = ""
    if dates:
        span = f", published {dates[0]}" + (f" to {dates[-1]}" if dates[-1] != dates[0] else "")
    sub = (
        f"{c.ok} article{'s' if c.ok != 1 else ''} from {len(sources)} "
        f"source{'s' if len(sources) != 1 else ''}{span}"
        + (f"; {c.skipped} skipped" if c.skipped else "")
    )
    out = [
        "<!DOCTYPE html>",
        '<html lang="en"><head><meta charset="utf-8">',
        f'<meta http-equiv="Content-Security-Policy" content="{esc(_csp())}">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        '<meta name="referrer" content="no-referrer">',
        f"<title>check-consistency: {c.conflict} conflict{'s' if c.conflict != 1 else ''}"
        f"</title>",
        f"<style>{CSS}</style></head><body><main>",
        "<h1>Do the numbers agree?</h1>",
        f'<p class="sub">{esc(sub)}</p>',
        '<div class="cards" id="summary">',
        _card(c.articles, f"articles, {c.skipped} skipped" if c.skipped else "articles",
              "articles"),
        _card(c.claims, "claims", "claims"),
        _card(c.facts, "facts", "facts"),
        _card(c.conflict, "conflicts", "conflict"),
        _card(c.update, "updates", "update"),
        _card(c.agree, "agreements", "agree"),
        "</div>",
    ]
    if c.baseline:
        out.append(
            f'<p class="sub" id="baseline">Baseline: {c.new} new, {c.known} known'
            + (f", {c.stale} stale entr{'y' if c.stale == 1 else 'ies'}" if c.stale else "")
            + "</p>"
        )
    n_items = len(view.facts) + len(view.orphans)
    out.append(
        '<nav class="filters" aria-label="filter">'
        '<button type="button" data-filter="all" aria-pressed="true">All</button>'
        + "".join(
            f'<button type="button" data-filter="{kind}" aria-pressed="false">{label} ({n})'
            "</button>"
            for kind, label, n in (("conflict", "Conflicts", c.conflict),
                                   ("update", "Updates", c.update),
                                   ("agree", "Agreements", c.agree))
        )
        + f'<span class="shown" id="shown">showing {n_items} of {n_items}</span></nav>'
    )
    out.append('<div id="facts" data-group="facts">')
    for i, fv in enumerate(view.facts, 1):
        out.append(_fact_section(view, fv, i))
    out.append("</div>")
    if not view.facts:
        out.append('<p class="empty">No facts: no two sources reported the same number.</p>')
    if view.orphans:
        out.append(
            '<section id="orphans" data-group="orphans"><h3>Relations in no fact</h3>'
            '<ul class="rels">'
            + "".join(_relation_item(view, r, standalone=True)
                      for r in sorted(view.orphans, key=relation_key))
            + "</ul></section>"
        )
    out.append('<section id="articles"><h3>Articles</h3>' + _articles_table(view) + "</section>")
    if view.skipped:
        rows = "".join(
            f'<tr><td class="mono">{esc(a.path or a.id)}</td>'
            f"<td>{esc(a.reason or 'no reason given')}</td></tr>"
            for a in view.skipped
        )
        out.append(
            '<section id="skipped"><h3>Skipped articles</h3><table class="list"><thead>'
            f"<tr><th>File</th><th>Reason</th></tr></thead><tbody>{rows}</tbody></table></section>"
        )
    if report.stale_baseline:
        items = "".join(f'<li class="mono">{esc(fp)}</li>' for fp in report.stale_baseline)
        out.append(
            '<section id="stale"><h3>Stale baseline entries</h3><p>These entries of the '
            "baseline file match nothing any more; rewrite it with "
            f"<code>--write-baseline</code> to drop them.</p><ul>{items}</ul></section>"
        )
    out.append(
        f"<footer>{esc(summary_sentence(c))}. Generated by check-consistency "
        f"{esc(version)} (report schema {report.schema_version}).</footer>"
    )
    out.append(f"</main><script>{JS}</script></body></html>")
    return "\n".join(out) + "\n"


__all__ = ["render_html", "esc", "fmt_number"]
