import json

from checker.models import SCHEMA_VERSION, Report
from checker.schema import SCHEMA_FILE, report_schema_text


def test_shipped_schema_is_in_sync_with_models():
    assert SCHEMA_FILE.read_text(encoding="utf-8") == report_schema_text(), (
        "run: python scripts/gen_schema.py"
    )


def test_schema_versioned_and_text_not_in_report():
    schema = json.loads(report_schema_text())
    assert str(SCHEMA_VERSION) in schema["title"]
    assert "text" not in schema["$defs"]["Article"]["properties"]
    assert Report().model_dump(mode="json")["schema_version"] == SCHEMA_VERSION
