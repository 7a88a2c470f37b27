"""The JSON report: ``Report.model_dump(mode="json")``, indented, deterministic.

Its JSON Schema is ``checker/schema/report.schema.json``. A non-finite float (which
no stage should produce) is written as ``null`` rather than as invalid JSON.
"""

from __future__ import annotations

import json
import math
from typing import Any

from ..models import Report


def finite(data: Any) -> Any:
    """``data`` with every NaN or infinite float replaced by ``None``."""
    if isinstance(data, float):
        return data if math.isfinite(data) else None
    if isinstance(data, dict):
        return {k: finite(v) for k, v in data.items()}
    if isinstance(data, list):
        return [finite(v) for v in data]
    return data


def dumps(data: Any) -> str:
    return json.dumps(finite(data), indent=2, ensure_ascii=False, allow_nan=False) + "\n"


def render_json(report: Report) -> str:
    return dumps(report.model_dump(mode="json"))
