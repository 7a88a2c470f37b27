"""Regenerate checker/schema/report.schema.json from the pydantic models."""

from checker.schema import SCHEMA_FILE, report_schema_text

if __name__ == "__main__":
    SCHEMA_FILE.write_text(report_schema_text(), encoding="utf-8")
    print(f"wrote {SCHEMA_FILE}")
