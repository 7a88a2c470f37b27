"""SARIF 2.1.0 for code scanning (GitHub, GitLab, Azure DevOps, IDE viewers).

One rule per verdict kind; one result per conflict (level ``error``) and per update
(level ``note``, or ``warning`` when ``--fail-on update``), placed at the first
claim's file, line and column with the other claim as a related location.
``partialFingerprints`` carry :func:`checker.baseline.fingerprint`, so code scanning
tracks an alert across runs even when the articles are edited elsewhere; with a
baseline applied, ``baselineState`` says ``new`` or ``unchanged``. Skipped articles
become tool notifications.
"""

from __future__ import annotations

from dataclasses import asdict
from pathlib import PurePosixPath, PureWindowsPath
from urllib.parse import quote

from .. import __version__
from ..baseline import fingerprint
from ..config import Config
from ..models import Article, Claim, Relation, Report
from .json_ import dumps
from ._view import View, build, fact_title, failing_verdicts, relation_sentence, repo_path

SARIF_SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json"
INFO_URI = "https://github.com/check-consistency/check-consistency"
FINGERPRINT_KEY = "checkConsistency/v1"

RULES = [
    {
        "id": "CC-CONFLICT",
        "name": "NumberConflict",
        "shortDescription": {"text": "Sources report different numbers for the same fact"},
        "fullDescription": {
            "text": "Two articles state values for the same quantity (same concept, unit, "
            "time and place) that cannot both be true, beyond rounding and stated "
            "precision."
        },
        "help": {
            "text": "Check both sources; correct the wrong figure or record the "
            "disagreement in the baseline (--write-baseline)."
        },
        "defaultConfiguration": {"level": "error"},
        "properties": {"verdict": "conflict"},
    },
    {
        "id": "CC-UPDATE",
        "name": "NumberUpdate",
        "shortDescription": {"text": "A later report revises a number"},
        "fullDescription": {
            "text": "A later article or a later event time gives a new value for a quantity "
            "that can change (a toll that rises, a revised estimate)."
        },
        "help": {"text": "Usually expected as news develops; make sure the newest figure is used."},
        "defaultConfiguration": {"level": "note"},
        "properties": {"verdict": "update"},
    },
    {
        "id": "CC-AGREE",
        "name": "NumberAgreement",
        "shortDescription": {"text": "Sources agree on a number"},
        "fullDescription": {
            "text": "Two articles state compatible values for the same quantity. Reported "
            "for completeness; never produces a result."
        },
        "defaultConfiguration": {"level": "none", "enabled": False},
        "properties": {"verdict": "agree"},
    },
]
RULE_INDEX = {"conflict": 0, "update": 1, "agree": 2}


def artifact_uri(path: str) -> str:
    """A relative path as a URI reference (forward slashes, percent-encoded); an
    absolute path below the working directory made relative, any other as ``file://``."""
    path = repo_path(path)
    if "\\" in path and ":" in path[:3]:
        return PureWindowsPath(path).as_uri()
    posix = path.replace("\\", "/")
    if posix.startswith("/"):
        return PurePosixPath(posix).as_uri()
    if posix.startswith("./"):
        posix = posix[2:]
    return quote(posix, safe="/-._~")


def _claim_path(claim: Claim, article: Article | None) -> str:
    return claim.location.path or (article.path if article else None) or claim.article


def _physical(claim: Claim, article: Article | None) -> dict:
    region: dict = {
        "startLine": max(claim.location.line, 1),
        "startColumn": max(claim.location.column, 1),
    }
    if claim.text and "\n" not in claim.text:
        region["endColumn"] = region["startColumn"] + len(claim.text)
        region["snippet"] = {"text": claim.text}
    return {
        "artifactLocation": {"uri": artifact_uri(_claim_path(claim, article))},
        "region": region,
    }


def _level(rel: Relation, cfg: Config | None) -> str:
    if rel.verdict == "conflict":
        return "error"
    return "warning" if rel.verdict in failing_verdicts(cfg) else "note"


def _message(view: View, rel: Relation, title: str | None) -> str:
    what = "Conflicting numbers" if rel.verdict == "conflict" else "Updated number"
    head = f"{what}: {relation_sentence(view, rel)}"
    if title:
        head += f" ({title})"
    return f"{head}. {rel.reason}".strip() if rel.reason else head + "."


def _result(view: View, rel: Relation, cfg: Config | None, title: str | None) -> dict | None:
    a, b = view.claims.get(rel.a), view.claims.get(rel.b)
    if a is None and b is None:
        return None
    primary, other = (a, b) if a is not None else (b, a)
    fp = rel.fingerprint or fingerprint(rel, view.report)
    result: dict = {
        "ruleId": RULES[RULE_INDEX[rel.verdict]]["id"],
        "ruleIndex": RULE_INDEX[rel.verdict],
        "level": _level(rel, cfg),
        "message": {"text": _message(view, rel, title)},
        "locations": [
            {"physicalLocation": _physical(primary, view.articles.get(primary.article))}
        ],
        "partialFingerprints": {FINGERPRINT_KEY: fp},
        "properties": {
            "verdict": rel.verdict,
            "score": rel.score,
            "claims": [rel.a, rel.b],
            **({"fact": rel.fact} if rel.fact else {}),
        },
    }
    if other is not None:
        src = view.source_of(other.id)
        result["relatedLocations"] = [
            {
                "id": 1,
                "physicalLocation": _physical(other, view.articles.get(other.article)),
                "message": {"text": f"{src}: {other.text or other.value}"},
            }
        ]
    if rel.baseline is not None:
        # known entries stay visible (not suppressed); baselineState tells them apart
        result["baselineState"] = "unchanged" if rel.baseline == "known" else "new"
    return result


def build_sarif(report: Report, cfg: Config | None = None) -> dict:
    view = build(report)
    results = []
    ordered: list[tuple[Relation, str | None]] = []
    for fv in view.facts:
        title = fact_title(fv) or None
        ordered.extend((r, title) for r in fv.relations)
    ordered.extend((r, None) for r in view.orphans)
    for rel, title in ordered:
        if rel.verdict not in ("conflict", "update"):
            continue
        res = _result(view, rel, cfg, title)
        if res is not None:
            results.append(res)
    notifications = [
        {
            "level": "warning",
            "message": {"text": f"skipped {a.path or a.id}: {a.reason or 'no reason given'}"},
            "locations": [
                {"physicalLocation": {"artifactLocation": {"uri": artifact_uri(a.path or a.id)}}}
            ],
            "descriptor": {"id": "CC-SKIPPED"},
        }
        for a in view.skipped
    ]
    invocation: dict = {"executionSuccessful": True}
    if notifications:
        invocation["toolExecutionNotifications"] = notifications
    run: dict = {
        "tool": {
            "driver": {
                "name": "check-consistency",
                "version": __version__,
                "semanticVersion": __version__,
                "informationUri": INFO_URI,
                "rules": RULES,
            }
        },
        "invocations": [invocation],
        "columnKind": "unicodeCodePoints",
        "results": results,
        "properties": {
            "stats": asdict(view.counts),
            **({"staleBaseline": list(report.stale_baseline)} if report.stale_baseline else {}),
        },
    }
    return {"$schema": SARIF_SCHEMA, "version": "2.1.0", "runs": [run]}


def render_sarif(report: Report, cfg: Config | None = None) -> str:
    return dumps(build_sarif(report, cfg))
