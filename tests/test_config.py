import pytest

from checker.config import Config, build_config
from checker.errors import ConfigError


def test_precedence_cli_env_file_default(tmp_path):
    (tmp_path / "pyproject.toml").write_text(
        '[tool.check-consistency]\nfail-on = "update"\ntop_k = 5\ninputs = ["arts"]\n'
    )
    cfg = build_config({}, environ={}, cwd=tmp_path)
    assert cfg.fail_on == "update" and cfg.top_k == 5
    assert cfg.inputs == (str(tmp_path / "arts"),)
    cfg = build_config({}, environ={"CHECK_CONSISTENCY_TOP_K": "7"}, cwd=tmp_path)
    assert cfg.top_k == 7 and cfg.fail_on == "update"
    cfg = build_config({"top_k": 9, "fail_on": None},
                       environ={"CHECK_CONSISTENCY_TOP_K": "7"}, cwd=tmp_path)
    assert cfg.top_k == 9 and cfg.fail_on == "update"


def test_defaults_without_pyproject(tmp_path):
    assert build_config({}, environ={}, cwd=tmp_path) == Config()


def test_frozen():
    with pytest.raises(Exception):
        Config().top_k = 3  # type: ignore[misc]


def test_unknown_key_is_an_error(tmp_path):
    (tmp_path / "pyproject.toml").write_text("[tool.check-consistency]\nfail_onn = 1\n")
    with pytest.raises(ConfigError, match="unknown key 'fail_onn'"):
        build_config({}, environ={}, cwd=tmp_path)
    (tmp_path / "pyproject.toml").write_text("[tool.check-consistency]\n")
    with pytest.raises(ConfigError, match="unknown environment variable"):
        build_config({}, environ={"CHECK_CONSISTENCY_NOPE": "1"}, cwd=tmp_path)


def test_invalid_value_is_an_error(tmp_path):
    with pytest.raises(ConfigError, match="fail_on"):
        build_config({"fail_on": "sometimes"}, environ={}, cwd=tmp_path)


def test_explicit_config_file(tmp_path):
    f = tmp_path / "cc.toml"
    f.write_text("format = 'json'\n")
    assert build_config({}, config_file=str(f), environ={}).format == "json"
    with pytest.raises(ConfigError, match="not found"):
        build_config({}, config_file=str(tmp_path / "missing.toml"), environ={})


def test_bool_env(tmp_path):
    assert build_config({}, environ={"CHECK_CONSISTENCY_CACHE": "no"}, cwd=tmp_path).cache is False
    with pytest.raises(ConfigError):
        build_config({}, environ={"CHECK_CONSISTENCY_CACHE": "maybe"}, cwd=tmp_path)
