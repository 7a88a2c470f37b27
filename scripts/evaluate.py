"""Verdict evaluation on the gold fixture sets (``fixtures/sets/*``).

For the pipeline and for a naive peer (quantulum3 values + masked-sentence embeddings + a FAISS
similarity threshold + value equality) it prints precision, recall and F1 of ``conflict``,
``agree`` and ``update`` verdicts over cross-article claim pairs, per set and overall, and the
number of relations found on the seed articles (which are about different events: must be 0).

Predicted claims are mapped to gold claims by overlapping character spans in the same article;
a predicted relation whose claims map to no gold pair counts as a false positive.

    python scripts/evaluate.py                # table
    python scripts/evaluate.py --json         # numbers as JSON
    python scripts/evaluate.py --gate         # exit 1 when below the pinned floors
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
os.environ.setdefault("HF_HUB_OFFLINE", "1")

from checker.config import Config  # noqa: E402
from checker.gold import GoldSet, load_all  # noqa: E402
from checker.models import Claim, Relation  # noqa: E402

VERDICTS = ("conflict", "agree", "update")
#: floors for --gate (pipeline, overall micro F1); pinned a little under what main reaches
FLOORS = {"conflict": 0.90, "agree": 0.92, "update": 0.82}
SEEDS = ROOT.parent / "shared" / "seeds"


def map_claims(pred: list[Claim], gold: GoldSet) -> dict[str, str]:
    """Predicted claim id -> gold claim id, one-to-one by largest span overlap."""
    options: list[tuple[int, str, str]] = []
    for p in pred:
        for g in gold.claims:
            if g.article != p.article:
                continue
            ov = min(p.end, g.end) - max(p.start, g.start)
            if ov > 0:
                options.append((ov, p.id, g.id))
    options.sort(key=lambda x: (-x[0], x[1], x[2]))
    out: dict[str, str] = {}
    used: set[str] = set()
    for _, pid, gid in options:
        if pid in out or gid in used:
            continue
        out[pid] = gid
        used.add(gid)
    return out


def score_set(pred_claims: list[Claim], relations: list[Relation], gold: GoldSet) -> dict:
    mapping = map_claims(pred_claims, gold)
    counts = {v: {"tp": 0, "fp": 0, "fn": 0} for v in VERDICTS}
    predicted: dict[tuple[str, str], str] = {}
    for r in relations:
        ga, gb = mapping.get(r.a), mapping.get(r.b)
        if ga is None or gb is None or ga == gb:
            counts[r.verdict]["fp"] += 1
            continue
        key = tuple(sorted((ga, gb)))
        if key in predicted:  # two predicted claims mapped to the same gold pair
            counts[r.verdict]["fp"] += 1
            continue
        predicted[key] = r.verdict
    for key, v in predicted.items():
        g = gold.pairs.get(key)  # type: ignore[arg-type]
        if g == v:
            counts[v]["tp"] += 1
        else:
            counts[v]["fp"] += 1
    for key, g in gold.pairs.items():
        if predicted.get(key) != g:
            counts[g]["fn"] += 1
    recall_claims = len(set(mapping.values())) / max(1, len(gold.claims))
    return {"counts": counts, "claim_recall": recall_claims,
            "claims": len(pred_claims), "relations": len(relations)}


def prf(c: dict) -> tuple[float, float, float]:
    tp, fp, fn = c["tp"], c["fp"], c["fn"]
    p = tp / (tp + fp) if tp + fp else (1.0 if fn == 0 else 0.0)
    r = tp / (tp + fn) if tp + fn else (1.0 if fp == 0 else 0.0)
    f = 2 * p * r / (p + r) if p + r else 0.0
    return p, r, f


# ------------------------------------------------------------------------------------------
# the two systems


def run_pipeline(paths: list[str], cfg: Config) -> tuple[list[Claim], list[Relation]]:
    from checker.pipeline import check

    rep = check(paths, cfg)
    return rep.claims, rep.relations


def run_naive(paths: list[str], cfg: Config, threshold: float = 0.8
              ) -> tuple[list[Claim], list[Relation]]:
    """quantulum3 values, masked-sentence embeddings, FAISS threshold, value equality."""
    from checker import embed, index, nlp
    from checker.ingest import ingest
    import warnings

    from quantulum3 import parser as q3

    # quantulum3's shipped classifier was pickled with an older scikit-learn: the naive peer
    # uses quantulum3 as it comes, warnings and all, but they are not this report's business
    warnings.filterwarnings("ignore", module="sklearn")

    def parse(sentence: str) -> list:
        try:
            return q3.parse(sentence)
        except Exception:  # quantulum3's classifier can fail on some sentences: no claims
            return []

    articles = [a for a in ingest(paths, cfg) if a.status == "ok"]
    claims: list[Claim] = []
    for art in articles:
        n = 0
        for s, e in nlp.split_sentences(art.text):
            sent = art.text[s:e]
            for q in parse(sent):
                n += 1
                a0, a1 = q.span
                claims.append(Claim(
                    id=f"{art.id}:n{n}", article=art.id, start=s + a0, end=s + a1,
                    text=q.surface, value=float(q.value), unit=q.unit.name,
                    sentence=sent, sentence_start=s,
                ))
    if len({c.article for c in claims}) < 2:
        return claims, []
    texts = [c.sentence[: c.start - c.sentence_start] + embed.MASK
             + c.sentence[c.end - c.sentence_start:] for c in claims]
    vecs = embed.encode(texts, cfg)
    cands = index.candidates(claims, vecs, cfg.model_copy(update={"min_similarity": threshold}))
    by_id = {c.id: c for c in claims}
    rels = []
    for cand in cands:
        a, b = by_id[cand.a], by_id[cand.b]
        if a.unit != b.unit:
            continue
        verdict = "agree" if abs(a.value - b.value) <= 1e-9 * max(1, abs(a.value)) else "conflict"
        rels.append(Relation(a=a.id, b=b.id, verdict=verdict, score=cand.similarity,
                             reason="naive"))
    return claims, rels


# ------------------------------------------------------------------------------------------


def evaluate(system: str, sets: list[GoldSet], cfg: Config) -> dict:
    runner = run_pipeline if system == "pipeline" else run_naive
    per_set = {}
    total = {v: {"tp": 0, "fp": 0, "fn": 0} for v in VERDICTS}
    for gs in sets:
        claims, rels = runner([str(gs.path)], cfg)
        res = score_set(claims, rels, gs)
        per_set[gs.name] = res
        for v in VERDICTS:
            for k in ("tp", "fp", "fn"):
                total[v][k] += res["counts"][v][k]
    seeds = None
    if SEEDS.is_dir():
        _, rels = runner([str(SEEDS)], cfg)
        seeds = len(rels)
    return {"per_set": per_set, "total": total, "seed_relations": seeds}


def explain(gs: GoldSet, cfg: Config, only_errors: bool = True, verdict: str | None = None,
            sentences: bool = False) -> None:
    """Print, for each gold pair and each wrong prediction, what the matcher saw and decided."""
    from checker import embed, match
    from checker.pipeline import check, noun_similarity

    rep = check([str(gs.path)], cfg)
    articles, claims = rep.articles, rep.claims
    nouns = noun_similarity(claims, cfg)
    vec = embed.embed(claims, cfg)
    cvec = embed.encode([match.concept_text(c) for c in claims], cfg)
    pos = {c.id: i for i, c in enumerate(claims)}
    arts = {a.id: a for a in articles}
    mapping = map_claims(claims, gs)
    back = {g: p for p, g in mapping.items()}
    gold_by_id = {g.id: g for g in gs.claims}
    predicted = {}
    for r in rep.relations:
        ga, gb = mapping.get(r.a), mapping.get(r.b)
        predicted[tuple(sorted((ga or r.a, gb or r.b)))] = (r.verdict, r.a, r.b)
    keys = set(gs.pairs) | set(predicted)
    for key in sorted(keys):
        gold_v = gs.pairs.get(key)
        pred_v = predicted.get(key, (None,))[0]
        if only_errors and gold_v == pred_v:
            continue
        if verdict and verdict not in (gold_v, pred_v):
            continue
        ids = [back.get(k, k) for k in key]
        if any(i not in pos for i in ids):
            print(f"{gold_v or '-':8} {pred_v or '-':8} {key}: claim not extracted")
            continue
        a, b = (claims[pos[i]] for i in ids)
        sim = float(vec[pos[a.id]] @ vec[pos[b.id]])
        csim = float(cvec[pos[a.id]] @ cvec[pos[b.id]])
        _, why = match.decide(a, b, sim, csim, arts, cfg, nouns)
        cand = "" if sim >= cfg.min_similarity else " [not a candidate]"
        print(f"{gold_v or '-':8} {pred_v or '-':8} sim={sim:.2f} csim={csim:.2f}{cand} {why}")
        for c in (a, b):
            g = gold_by_id.get(mapping.get(c.id, ""))
            t = c.time
            print(f"    {c.id:22} {match.fmt_value(c):28} kind={c.unit_kind} key="
                  f"{'/'.join(sorted(match.counted_key(c)))} role={match.role_of(c)} "
                  f"concept={c.concept!r} time={t and (t.text, str(t.start), t.weekday, t.source)}"
                  f" gold={g and g.concept!r}")
            if sentences:
                print(f"        | {' '.join(c.sentence.split())[:300]}")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--fixtures", default=str(ROOT / "fixtures" / "sets"))
    ap.add_argument("--json", action="store_true", help="print the numbers as JSON")
    ap.add_argument("--gate", action="store_true", help="exit 1 below the floors")
    ap.add_argument("--no-peer", action="store_true", help="skip the naive peer")
    ap.add_argument("--set", action="append", help="only these set names")
    ap.add_argument("--explain", metavar="SET", action="append",
                    help="show the matcher's view of SET's errors ('all' for every set)")
    ap.add_argument("--verdict", help="with --explain: only errors involving this verdict")
    ap.add_argument("--sentences", action="store_true",
                    help="with --explain: print each claim's sentence")
    args = ap.parse_args()
    if args.explain:
        for gs in load_all(Path(args.fixtures)):
            if gs.name in args.explain or "all" in args.explain:
                print(f"=== {gs.name}")
                explain(gs, Config(progress=False), verdict=args.verdict,
                        sentences=args.sentences)
        return 0

    sets = load_all(Path(args.fixtures))
    if args.set:
        sets = [s for s in sets if s.name in args.set]
    cfg = Config(progress=False)
    t0 = time.perf_counter()
    results = {"pipeline": evaluate("pipeline", sets, cfg)}
    t_pipe = time.perf_counter() - t0
    if not args.no_peer:
        results["naive"] = evaluate("naive", sets, cfg)
    elapsed = time.perf_counter() - t0
    summary = {
        sysname: {v: dict(zip(("p", "r", "f1"), map(lambda x: round(x, 4), prf(r["total"][v]))))
                  for v in VERDICTS} | {"seed_relations": r["seed_relations"]}
        for sysname, r in results.items()
    }
    if args.json:
        print(json.dumps({"summary": summary, "results": results, "sets": len(sets),
                          "seconds": round(elapsed, 1)}, indent=2, default=str))
    else:
        print(f"{len(sets)} gold sets, {sum(len(s.pairs) for s in sets)} gold pairs, "
              f"{sum(len(s.claims) for s in sets)} gold claims")
        print()
        print(f"{'set':34} {'claims':>6} {'recall':>6}  " + "  ".join(
            f"{v + ' F1':>11}" for v in VERDICTS) + "   (pipeline | naive)")
        for gs in sets:
            row = []
            for v in VERDICTS:
                cells = []
                for sysname in results:
                    c = results[sysname]["per_set"][gs.name]["counts"][v]
                    cells.append("  - " if c["tp"] + c["fp"] + c["fn"] == 0
                                 else f"{prf(c)[2]:.2f}")
                row.append(" | ".join(cells).rjust(11))
            ps = results["pipeline"]["per_set"][gs.name]
            print(f"{gs.name:34} {ps['claims']:>6} {ps['claim_recall']:>6.2f}  " + "  ".join(row))
        print()
        print(f"{'system':10} " + " ".join(f"{v + ' P/R/F1':>22}" for v in VERDICTS)
              + "  seed relations")
        for sysname, s in summary.items():
            print(f"{sysname:10} " + " ".join(
                f"{s[v]['p']:.3f}/{s[v]['r']:.3f}/{s[v]['f1']:.3f}".rjust(22) for v in VERDICTS)
                + f"  {s['seed_relations']}")
        print(f"\npipeline {t_pipe:.1f} s, total {elapsed:.1f} s")
    if args.gate:
        bad = []
        for v, floor in FLOORS.items():
            f1 = summary["pipeline"][v]["f1"]
            if f1 < floor:
                bad.append(f"{v} F1 {f1:.3f} < {floor}")
        if summary["pipeline"]["seed_relations"]:
            bad.append(f"{summary['pipeline']['seed_relations']} relations across the seeds")
        if bad:
            print("GATE FAILED: " + "; ".join(bad), file=sys.stderr)
            return 1
        print("gate passed")
    return 0


if __name__ == "__main__":
    sys.exit(main())
