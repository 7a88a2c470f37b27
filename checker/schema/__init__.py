"""The JSON Schema of the report, generated from :class:`checker.models.Report`.

The shipped copy is ``report.schema.json`` beside this file; ``scripts/gen_schema.py``
regenerates it and a test keeps it in sync with the models.
"""

from __future__ import annotations

import json
from pathlib import Path

SCHEMA_FILE = Path(__file__).with_name("report.schema.json")
SCHEMA_ID = "https://github.com/check-consistency/check-consistency/schema/report.schema.json"


def report_schema() -> dict:
    from ..models import SCHEMA_VERSION, Report

    schema = Report.model_json_schema(mode="serialization")
    schema = {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": SCHEMA_ID,
        **schema,
        "title": f"check-consistency report, schema version {SCHEMA_VERSION}",
    }
    return schema


def report_schema_text() -> str:
    return json.dumps(report_schema(), indent=2, sort_keys=False) + "\n"
