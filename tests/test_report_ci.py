"""CI integration files: the pre-commit hook and the workflow examples in docs/ci.md."""

from __future__ import annotations

import re
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parents[1]


def test_pre_commit_hook():
    hooks = yaml.safe_load((ROOT / ".pre-commit-hooks.yaml").read_text(encoding="utf-8"))
    (hook,) = hooks
    assert hook["id"] == "check-consistency"
    assert hook["entry"] == "check-consistency"
    assert hook["language"] == "python"
    assert hook["pass_filenames"] is False and hook["always_run"] is True


def test_docs_yaml_examples_parse():
    text = (ROOT / "docs" / "ci.md").read_text(encoding="utf-8")
    blocks = re.findall(r"```yaml\n(.*?)```", text, re.S)
    assert len(blocks) >= 3
    docs = [yaml.safe_load(b) for b in blocks]
    workflow = next(d for d in docs if isinstance(d, dict) and "jobs" in d)
    steps = workflow["jobs"]["check"]["steps"]
    runs = " ".join(s.get("run", "") for s in steps)
    assert "--format github" in runs and "--format sarif" in runs
    assert any(s.get("uses", "").startswith("github/codeql-action/upload-sarif") for s in steps)
    gitlab = next(d for d in docs if isinstance(d, dict) and "consistency" in d)
    assert gitlab["consistency"]["artifacts"]["reports"]["junit"] == "consistency-junit.xml"
