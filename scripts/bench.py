"""Wall time and peak memory of whole runs of the CLI.

Runs ``check-consistency`` as a child process (so model loading counts) over
* the two seed articles (``../shared/seeds``), and
* the 590 NewsQuant sentences given as one JSONL article set (one record per sentence),
each once with a cold embedding cache and once warm, and prints seconds and peak RSS.

    python scripts/bench.py [--json]
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
EXE = Path(sys.executable).with_name("check-consistency")


def newsquant_jsonl(dest: Path) -> Path:
    data = json.loads((SHARED / "data" / "NewsQuant.json").read_text(encoding="utf-8"))
    path = dest / "newsquant.jsonl"
    with path.open("w", encoding="utf-8") as fh:
        for i, item in enumerate(data, start=1):
            fh.write(json.dumps({"id": f"nq{i:04d}", "text": item["text"]}) + "\n")
    return path


#: a fresh parent per run, so RUSAGE_CHILDREN's peak is that run's alone
_MEASURE = (
    "import resource, subprocess, sys, time\n"
    "t = time.perf_counter()\n"
    "p = subprocess.run(sys.argv[1:], capture_output=True, text=True)\n"
    "w = time.perf_counter() - t\n"
    "sys.stderr.write(p.stderr)\n"
    "sys.stdout.write(p.stdout)\n"
    "print(f'@@{w} {resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss}', file=sys.stderr)\n"
    "sys.exit(p.returncode)\n"
)


def run(args: list[str], env: dict[str, str]) -> dict:
    proc = subprocess.run(
        [sys.executable, "-c", _MEASURE, str(EXE), *args, "--format", "json", "--no-progress"],
        capture_output=True, text=True, env=env,
    )
    last = proc.stderr.strip().splitlines()[-1]
    wall_s, peak_kb = last[2:].split()
    if proc.returncode not in (0, 1):
        raise SystemExit(f"run failed ({proc.returncode}): {proc.stderr.strip()}")
    rep = json.loads(proc.stdout)
    return {"seconds": round(float(wall_s), 2), "peak_rss_mb": round(int(peak_kb) / 1024, 1),
            "articles": rep["stats"]["articles"], "claims": rep["stats"]["claims"],
            "relations": rep["stats"]["relations"]}


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--json", action="store_true")
    args = ap.parse_args()
    results = {}
    with tempfile.TemporaryDirectory() as tmp:
        env = dict(os.environ, HF_HUB_OFFLINE="1", XDG_CACHE_HOME=str(Path(tmp) / "cache"))
        jsonl = newsquant_jsonl(Path(tmp))
        for name, inputs in (("seeds", [str(SHARED / "seeds")]), ("newsquant", [str(jsonl)])):
            results[f"{name} (cold cache)"] = run(inputs, env)
            results[f"{name} (warm cache)"] = run(inputs, env)
    if args.json:
        print(json.dumps(results, indent=2))
    else:
        print(f"{'run':26} {'seconds':>8} {'peak RSS MB':>12} {'articles':>9} {'claims':>7}"
              f" {'relations':>9}")
        for k, r in results.items():
            print(f"{k:26} {r['seconds']:>8} {r['peak_rss_mb']:>12} {r['articles']:>9}"
                  f" {r['claims']:>7} {r['relations']:>9}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
