"""Command line: parse options, call :func:`checker.check`, render, set the exit code.

Exit codes: 0 no relation at or above ``--fail-on``; 1 there are; 2 usage, config, input or
runtime error (one line on stderr, no traceback; ``--debug`` shows it).
"""

from __future__ import annotations

import os
import sys
from typing import Any

import click

from . import __version__
from .errors import CheckError, UsageError

FORMATS = ("table", "json", "markdown", "html", "sarif", "junit", "github")


def _fail(message: str) -> None:
    click.echo(f"check-consistency: error: {message}", err=True)
    sys.exit(2)


@click.command(context_settings={"help_option_names": ["-h", "--help"], "max_content_width": 100})
@click.argument("paths", nargs=-1, metavar="[PATH]...")
@click.option("-f", "--format", "fmt", type=click.Choice(FORMATS),
              help="Output format (default: github in GitHub Actions, table on a terminal, "
                   "else json).")
@click.option("-o", "--output", type=click.Path(dir_okay=False), help="Write the report here.")
@click.option("--fail-on", type=click.Choice(["conflict", "update", "never"]),
              help="Exit 1 when relations of this kind (or worse) are found [conflict].")
@click.option("--baseline", type=click.Path(dir_okay=False),
              help="Report only conflicts not recorded in this baseline file.")
@click.option("--write-baseline", type=click.Path(dir_okay=False),
              help="Record today's conflicts and updates in this baseline file.")
@click.option("--config", "config_file", type=click.Path(dir_okay=False),
              help="Read settings from this TOML file instead of pyproject.toml.")
@click.option("--model", type=click.Path(file_okay=False),
              help="Local sentence-transformers model directory (default: bundled MiniLM).")
@click.option("--top-k", type=click.IntRange(1, 1000), help="FAISS neighbours per claim.")
@click.option("--min-similarity", type=click.FloatRange(-1, 1),
              help="Lowest cosine similarity of a candidate pair.")
@click.option("--field", "fields", multiple=True, metavar="NAME=KEY",
              help="JSONL field name, e.g. --field text=body --field published=date.")
@click.option("--cache/--no-cache", default=None, help="Cache embeddings on disk [cache].")
@click.option("--progress/--no-progress", default=None, help="Progress bar on stderr (TTY).")
@click.option("--color/--no-color", default=None, help="Colour the table (default: on a TTY).")
@click.option("--debug", is_flag=True, help="Show tracebacks of errors.")
@click.option("--schema", is_flag=True, help="Print the JSON Schema of the report and exit.")
@click.version_option(__version__, prog_name="check-consistency")
def main(paths: tuple[str, ...], fmt: str | None, output: str | None, fail_on: str | None,
         baseline: str | None, write_baseline: str | None, config_file: str | None,
         model: str | None, top_k: int | None, min_similarity: float | None,
         fields: tuple[str, ...], cache: bool | None, progress: bool | None,
         color: bool | None, debug: bool, schema: bool) -> None:
    """Check which numbers in a set of news articles agree and which conflict.

    PATH is a file (.txt, .md with front matter, .html, .jsonl), a directory (read
    recursively), a glob, or - for standard input. Without PATH, the `inputs` of
    [tool.check-consistency] in pyproject.toml are read.
    """
    if schema:
        from .schema import report_schema_text

        click.echo(report_schema_text())
        return
    cli: dict[str, Any] = {
        "inputs": tuple(paths), "format": fmt, "output": output, "fail_on": fail_on,
        "baseline": baseline, "write_baseline": write_baseline, "model": model,
        "top_k": top_k, "min_similarity": min_similarity, "cache": cache,
        "progress": progress, "color": color,
    }
    try:
        for spec in fields:
            name, sep, key = spec.partition("=")
            if not sep or name not in {"text", "id", "title", "source", "published", "url"}:
                raise UsageError(f"--field takes NAME=KEY with NAME one of text, id, title, "
                                 f"source, published, url (got {spec!r})")
            cli[f"{name}_field"] = key
        code = run(cli, config_file)
    except CheckError as exc:
        if debug:
            raise
        _fail(str(exc))
    except KeyboardInterrupt:
        _fail("interrupted")
    except Exception as exc:  # noqa: BLE001 - one line, not a traceback
        if debug:
            raise
        _fail(f"CC999: internal error: {type(exc).__name__}: {exc} (rerun with --debug)")
    sys.exit(code)


def run(cli: dict[str, Any], config_file: str | None) -> int:
    """Build the config, run the check, write outputs; return the exit code."""
    from . import report as rep
    from .baseline import write_baseline
    from .config import build_config
    from .pipeline import check

    cfg = build_config(cli, config_file=config_file)
    if not cfg.inputs:
        raise UsageError("no input: give PATH arguments or `inputs` in [tool.check-consistency]"
                         " (see --help)")
    result = check(list(cfg.inputs), cfg)
    fmt = cfg.format or rep.default_format(sys.stdout.isatty(), os.environ)
    color = cfg.color if cfg.color is not None else (
        cfg.output is None and sys.stdout.isatty() and "NO_COLOR" not in os.environ)
    text = rep.render(result, fmt, cfg, color=bool(color))
    if cfg.output:
        try:
            with open(cfg.output, "w", encoding="utf-8") as fh:
                fh.write(text)
        except OSError as exc:
            raise UsageError(f"cannot write {cfg.output}: {exc.strerror or exc}") from None
    else:
        click.echo(text, nl=not text.endswith("\n"))
    if fmt == "github":
        rep.write_step_summary(result, os.environ)
    if cfg.write_baseline:
        write_baseline(result, cfg.write_baseline)
    return rep.exit_code(result, cfg)


if __name__ == "__main__":  # pragma: no cover
    main()
