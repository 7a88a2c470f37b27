"""CLI behaviour that needs no model: help, version, schema, usage and config errors."""

import json

from click.testing import CliRunner

from checker import __version__
from checker.cli import main


def run(args, **kw):
    return CliRunner().invoke(main, args, catch_exceptions=False, **kw)


def test_help_and_version():
    r = run(["--help"])
    assert r.exit_code == 0 and "--fail-on" in r.output and "--format" in r.output
    r = run(["--version"])
    assert r.exit_code == 0 and __version__ in r.output


def test_schema_flag_prints_json_schema():
    r = run(["--schema"])
    assert r.exit_code == 0
    assert json.loads(r.output)["$defs"]["Claim"]["properties"]["qualifier"]


def test_no_input_is_usage_error(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    r = run([])
    assert r.exit_code == 2
    assert r.stderr.count("\n") == 1 and "no input" in r.stderr and "Traceback" not in r.stderr


def test_missing_path_exit_2_one_line(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    r = run([str(tmp_path / "missing")])
    assert r.exit_code == 2
    assert r.stderr.startswith("check-consistency: error: CC003:") and r.stderr.count("\n") == 1


def test_bad_config_key_exit_2(tmp_path, monkeypatch):
    (tmp_path / "pyproject.toml").write_text("[tool.check-consistency]\nbogus = 1\n")
    monkeypatch.chdir(tmp_path)
    r = run(["x"])
    assert r.exit_code == 2 and "CC002" in r.stderr and "bogus" in r.stderr


def test_bad_option_value_exit_2():
    r = run(["--format", "pdf", "x"])
    assert r.exit_code == 2


def test_bad_field_spec_exit_2(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    r = run(["--field", "body", "x"])
    assert r.exit_code == 2 and "--field" in r.stderr


def test_model_dir_missing_is_coded_error(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    from checker.config import Config
    from checker.embed import load_model
    from checker.errors import ModelError
    import pytest

    with pytest.raises(ModelError, match="not found"):
        load_model(Config(model=str(tmp_path / "nomodel")))


def test_corrupt_default_model_detected(tmp_path):
    from checker.embed import verify_model_dir
    from checker.errors import ModelError
    import pytest

    (tmp_path / "config.json").write_text("{}")
    (tmp_path / "model.safetensors").write_bytes(b"not the weights")
    with pytest.raises(ModelError, match="sha256"):
        verify_model_dir(tmp_path, expect_sha256="53aa51172d14" + "0" * 52)
    assert len(verify_model_dir(tmp_path, expect_sha256=None)) == 64
