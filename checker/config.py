"""One frozen configuration object, built once and passed down.

Precedence: command-line options > environment (``CHECK_CONSISTENCY_<KEY>``) >
``[tool.check-consistency]`` in ``pyproject.toml`` (or the file given with ``--config``)
> defaults. Keys are written with dashes or underscores; unknown keys are an error.
"""

from __future__ import annotations

import os
import tomllib
from pathlib import Path
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError

from .errors import ConfigError

ENV_PREFIX = "CHECK_CONSISTENCY_"

Format = Literal["table", "json", "markdown", "html", "sarif", "junit", "github"]
FailOn = Literal["conflict", "update", "never"]


class Config(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")

    inputs: tuple[str, ...] = ()
    format: Format | None = Field(None, description="output format; default table on a TTY")
    output: str | None = None
    fail_on: FailOn = "conflict"
    baseline: str | None = None
    write_baseline: str | None = None

    model: str | None = Field(None, description="local sentence-transformers model directory")
    verify_model: bool = True
    batch_size: int = 64
    cache_dir: str | None = None
    cache: bool = True

    # matching
    top_k: int = 24
    min_similarity: float = 0.3
    max_event_gap_days: int = 3

    # JSONL field names
    text_field: str = "text"
    id_field: str = "id"
    title_field: str = "title"
    source_field: str = "source"
    published_field: str = "published"
    url_field: str = "url"

    progress: bool | None = None
    color: bool | None = None

    def cache_path(self) -> Path:
        if self.cache_dir:
            return Path(self.cache_dir)
        base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
        return Path(base) / "check-consistency"


FIELDS = set(Config.model_fields)


def _norm_key(key: str) -> str:
    return key.replace("-", "_").lower()


def _coerce_env(key: str, raw: str) -> Any:
    field = Config.model_fields[key]
    ann = str(field.annotation)
    if key == "inputs":
        return tuple(p for p in raw.split(os.pathsep) if p)
    if "bool" in ann:
        low = raw.strip().lower()
        if low in {"1", "true", "yes", "on"}:
            return True
        if low in {"0", "false", "no", "off"}:
            return False
        raise ConfigError(f"{ENV_PREFIX}{key.upper()}={raw!r} is not a boolean")
    return raw


def read_file_settings(path: Path, *, required: bool) -> dict[str, Any]:
    """Settings from ``[tool.check-consistency]`` of a TOML file."""
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        if required:
            raise ConfigError(f"config file not found: {path}") from None
        return {}
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
        raise ConfigError(f"cannot read config {path}: {exc}") from None
    table = data.get("tool", {}).get("check-consistency")
    if table is None:
        # a dedicated file may hold the keys at top level
        table = {} if path.name == "pyproject.toml" else data
    out: dict[str, Any] = {}
    for key, value in table.items():
        k = _norm_key(key)
        if k not in FIELDS:
            raise ConfigError(f"unknown key {key!r} in [tool.check-consistency] of {path}")
        if k == "inputs":
            value = tuple(value) if isinstance(value, list) else (value,)
            value = tuple(str((path.parent / v)) if not Path(v).is_absolute() else v for v in value)
        out[k] = value
    return out


def env_settings(environ: dict[str, str] | None = None) -> dict[str, Any]:
    environ = dict(os.environ if environ is None else environ)
    out: dict[str, Any] = {}
    for name, raw in environ.items():
        if not name.startswith(ENV_PREFIX):
            continue
        k = _norm_key(name[len(ENV_PREFIX):])
        if k not in FIELDS:
            raise ConfigError(f"unknown environment variable {name}")
        out[k] = _coerce_env(k, raw)
    return out


def find_pyproject(start: Path) -> Path | None:
    for d in [start, *start.parents]:
        p = d / "pyproject.toml"
        if p.is_file():
            return p
    return None


def build_config(
    cli: dict[str, Any] | None = None,
    *,
    config_file: str | None = None,
    environ: dict[str, str] | None = None,
    cwd: Path | None = None,
) -> Config:
    """Merge the four layers into one frozen :class:`Config`."""
    settings: dict[str, Any] = {}
    if config_file:
        settings.update(read_file_settings(Path(config_file), required=True))
    else:
        pp = find_pyproject(cwd or Path.cwd())
        if pp is not None:
            settings.update(read_file_settings(pp, required=False))
    settings.update(env_settings(environ))
    for key, value in (cli or {}).items():
        if value is None or value == ():
            continue
        settings[_norm_key(key)] = value
    try:
        return Config(**settings)
    except ValidationError as exc:
        err = exc.errors()[0]
        loc = ".".join(str(x) for x in err["loc"])
        raise ConfigError(f"invalid setting {loc}: {err['msg']}") from None
