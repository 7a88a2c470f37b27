"""The whole pipeline as one plain function: ``check(inputs, config) -> Report``."""

from __future__ import annotations

from typing import Iterable

from . import __version__
from .config import Config
from .models import Article, Claim, Report, Stats


def extract_claims(articles: list[Article], cfg: Config) -> list[Claim]:
    """Extraction and context annotation of every readable article."""
    from . import context, extract
    from .report import Progress

    ok = [a for a in articles if a.status == "ok"]
    out: list[Claim] = []
    chunk = 32  # articles per extraction batch: big enough for spaCy, small for the bar
    with Progress(len(ok), "reading articles", cfg.progress) as bar:
        for i in range(0, len(ok), chunk):
            part = ok[i: i + chunk]
            by_article: dict[str, list[Claim]] = {}
            for c in extract.extract(part, cfg):
                by_article.setdefault(c.article, []).append(c)
            for a in part:
                if a.id in by_article:
                    out.extend(context.annotate(a, by_article[a.id]))
            bar.advance(len(part))
    return context.link_events(ok, out)


def noun_similarity(claims: list[Claim], cfg: Config):
    """Cosine similarity of counted nouns ("quake" vs "earthquake"), embedded once."""
    import numpy as np

    from . import embed, match

    keys = sorted({" and ".join(sorted(match.counted_key(c))) for c in claims
                   if c.unit_kind == "count"} - {""})
    vecs = dict(zip(keys, embed.encode(keys, cfg))) if keys else {}

    def sim(x: str, y: str) -> float:
        if x not in vecs or y not in vecs:
            return 0.0
        return float(np.dot(vecs[x], vecs[y]))

    return sim


def relate(claims: list[Claim], articles: list[Article], cfg: Config):
    """Embedding, FAISS candidates, verdicts and facts."""
    from . import embed, facts, index, match

    if len({c.article for c in claims}) < 2:
        return [], [], match.totals(claims, articles, cfg)
    vectors = embed.embed(claims, cfg)
    concept_vectors = embed.encode([match.concept_text(c) for c in claims], cfg)
    cands = index.candidates(claims, vectors, cfg)
    relations = match.match(claims, cands, articles, cfg, concept_vectors,
                            noun_similarity(claims, cfg))
    fact_list, relations = facts.group(claims, relations, articles)
    return fact_list, relations, match.totals(claims, articles, cfg)


def check(inputs: Iterable[Article | str], config: Config | None = None) -> Report:
    """Read ``inputs`` (paths, ``-``, or :class:`Article` objects) and build the report."""
    from . import baseline
    from .ingest import ingest

    cfg = config or Config()
    articles = ingest(inputs, cfg)
    claims = extract_claims(articles, cfg)
    fact_list, relations, total_checks = relate(claims, articles, cfg)
    report = Report(
        version=__version__,
        articles=articles,
        claims=claims,
        relations=relations,
        facts=fact_list,
        totals=total_checks,
    )
    report.relations = [
        r.model_copy(update={"fingerprint": baseline.fingerprint(r, report)}) for r in relations
    ]
    if cfg.baseline:
        report = baseline.apply_baseline(report, cfg.baseline)
    report.stats = Stats(
        articles=len(articles),
        skipped=sum(a.status == "skipped" for a in articles),
        claims=len(claims),
        relations=len(report.relations),
        agree=sum(r.verdict == "agree" for r in report.relations),
        conflict=sum(r.verdict == "conflict" for r in report.relations),
        update=sum(r.verdict == "update" for r in report.relations),
        facts=len(report.facts),
    )
    return report
