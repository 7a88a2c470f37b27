"""JUnit XML for Jenkins, GitLab and other CI test-report viewers.

Suite ``facts``: one test case per fact; a conflict inside the fact is a
``<failure>`` (an update too under ``--fail-on update``). Conflicts that belong to
no fact get a test case each, so none is lost. Relations already in the baseline
do not fail; they are listed in the case's ``<system-out>``. Suite ``articles``
has one skipped test case per article that could not be read.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET

from ..config import Config
from ..models import Relation, Report
from ._view import (
    FactView,
    View,
    build,
    fact_title,
    relation_sentence,
    repo_path,
    value_label,
)

# XML 1.0 forbids most control characters even as character references
_XML_BAD = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


def x(text: object) -> str:
    return _XML_BAD.sub("\N{REPLACEMENT CHARACTER}", "" if text is None else str(text))


def _fails(rel: Relation, cfg: Config | None) -> bool:
    if rel.baseline == "known":
        return False
    if rel.verdict == "conflict":
        return True
    return rel.verdict == "update" and getattr(cfg, "fail_on", "conflict") == "update"


def _describe(view: View, rel: Relation) -> str:
    lines = [f"{rel.verdict}: {relation_sentence(view, rel)}"]
    for cid in (rel.a, rel.b):
        claim = view.claims.get(cid)
        if claim is None:
            continue
        loc = claim.location
        lines.append(
            f"  {view.source_of(cid)} ({loc.path or claim.article}:{loc.line}:{loc.column}): "
            f"{claim.sentence.strip()}"
        )
    if rel.reason:
        lines.append(f"  reason: {rel.reason}")
    if rel.baseline:
        lines.append(f"  baseline: {rel.baseline}")
    return "\n".join(lines)


def _case(suite: ET.Element, view: View, name: str, classname: str,
          rels: list[Relation], cfg: Config | None, file: str | None, line: int | None
          ) -> tuple[int, int]:
    case = ET.SubElement(suite, "testcase", name=x(name), classname=x(classname), time="0")
    if file:
        case.set("file", x(repo_path(file)))
    if line:
        case.set("line", str(line))
    failing = [r for r in rels if _fails(r, cfg)]
    if failing:
        first = failing[0]
        kind = "conflict" if any(r.verdict == "conflict" for r in failing) else "update"
        failure = ET.SubElement(
            case, "failure", message=x(f"{kind}: {relation_sentence(view, first)}"), type=kind
        )
        failure.text = x("\n\n".join(_describe(view, r) for r in failing))
    others = [r for r in rels if r not in failing]
    if others:
        out = ET.SubElement(case, "system-out")
        out.text = x("\n\n".join(_describe(view, r) for r in others))
    return 1, 1 if failing else 0


def _fact_case(suite: ET.Element, view: View, fv: FactView, cfg: Config | None) -> tuple[int, int]:
    first = fv.claims[0] if fv.claims else None
    values = ", ".join(
        f"{view.source_of(c.id)} {value_label(c)}" for c in fv.claims
    )
    name = f"{fact_title(fv)} [{fv.fact.id}]"
    tests, fails = _case(
        suite, view, name, "check-consistency.facts", fv.relations, cfg,
        first.location.path if first else None, first.location.line if first else None,
    )
    case = suite[-1]
    props = ET.SubElement(case, "properties")
    ET.SubElement(props, "property", name="status", value=fv.fact.status)
    ET.SubElement(props, "property", name="values", value=x(values))
    # keep <properties> first, as the JUnit schema orders them
    case.remove(props)
    case.insert(0, props)
    return tests, fails


def build_junit(report: Report, cfg: Config | None = None) -> ET.Element:
    view = build(report)
    root = ET.Element("testsuites", name="check-consistency")
    facts = ET.SubElement(root, "testsuite", name="facts")
    tests = fails = 0
    for fv in view.facts:
        t, f = _fact_case(facts, view, fv, cfg)
        tests, fails = tests + t, fails + f
    for rel in view.orphans:
        if rel.verdict == "agree":
            continue
        a = view.claims.get(rel.a)
        name = f"{relation_sentence(view, rel)} (in no fact)"
        t, f = _case(facts, view, name, "check-consistency.relations", [rel], cfg,
                     a.location.path if a else None, a.location.line if a else None)
        tests, fails = tests + t, fails + f
    for key, val in (("tests", tests), ("failures", fails), ("errors", 0), ("skipped", 0),
                     ("time", "0")):
        facts.set(key, str(val))

    arts = ET.SubElement(root, "testsuite", name="articles")
    n_skipped = 0
    for art in report.articles:
        case = ET.SubElement(arts, "testcase", name=x(art.path or art.id),
                             classname="check-consistency.articles", time="0")
        if art.status == "skipped":
            ET.SubElement(case, "skipped", message=x(art.reason or "skipped"))
            n_skipped += 1
    for key, val in (("tests", len(report.articles)), ("failures", 0), ("errors", 0),
                     ("skipped", n_skipped), ("time", "0")):
        arts.set(key, str(val))
    root.set("tests", str(tests + len(report.articles)))
    root.set("failures", str(fails))
    root.set("errors", "0")
    root.set("skipped", str(n_skipped))
    root.set("time", "0")
    return root


def render_junit(report: Report, cfg: Config | None = None) -> str:
    root = build_junit(report, cfg)
    ET.indent(root, space="  ")
    body = ET.tostring(root, encoding="unicode")
    return '<?xml version="1.0" encoding="UTF-8"?>\n' + body + "\n"
