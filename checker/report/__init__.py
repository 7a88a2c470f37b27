"""Stage 7: render a :class:`~checker.models.Report` for people and for CI.

Formats: ``table`` (terminal), ``json`` (the report itself), ``markdown`` (pull
requests, step summaries), ``html`` (one self-contained page), ``sarif`` (code
scanning), ``junit`` (Jenkins, GitLab) and ``github`` (workflow annotations).
"""

from __future__ import annotations

import os
import shutil
import sys
import time
from typing import IO, Mapping

from ..config import Config
from ..errors import UsageError
from ..models import Report
from ._view import is_failure

FORMATS = ("table", "json", "markdown", "html", "sarif", "junit", "github")

__all__ = [
    "FORMATS",
    "Progress",
    "default_format",
    "exit_code",
    "render",
    "write_step_summary",
]


def default_format(stdout_isatty: bool, environ: Mapping[str, str]) -> str:
    """``github`` inside GitHub Actions, else ``table`` on a terminal, else ``json``."""
    if str(environ.get("GITHUB_ACTIONS", "")).lower() == "true":
        return "github"
    return "table" if stdout_isatty else "json"


def render(report: Report, fmt: str, cfg: Config, *, color: bool = False) -> str:
    """The report as text in format ``fmt`` (ends with a newline)."""
    if fmt == "table":
        from .table import render_table

        return render_table(report, cfg, color=color)
    if fmt == "json":
        from .json_ import render_json

        return render_json(report)
    if fmt == "markdown":
        from .markdown import render_markdown

        return render_markdown(report, cfg)
    if fmt == "html":
        from .html import render_html

        return render_html(report, cfg)
    if fmt == "sarif":
        from .sarif import render_sarif

        return render_sarif(report, cfg)
    if fmt == "junit":
        from .junit import render_junit

        return render_junit(report, cfg)
    if fmt == "github":
        from .github import render_github

        return render_github(report, cfg)
    raise UsageError(f"unknown format {fmt!r} (choose from {', '.join(FORMATS)})")


def write_step_summary(report: Report, environ: Mapping[str, str]) -> None:
    """Append the Markdown summary to ``$GITHUB_STEP_SUMMARY`` when it is set.

    A summary that cannot be written is reported on stderr and does not stop the run.
    """
    path = environ.get("GITHUB_STEP_SUMMARY")
    if not path:
        return
    from .markdown import render_markdown

    text = render_markdown(report, None)
    try:
        with open(path, "a", encoding="utf-8", newline="\n") as fh:
            fh.write(text if text.endswith("\n") else text + "\n")
    except OSError as exc:
        print(f"warning: cannot write step summary {path}: {exc}", file=sys.stderr)


def exit_code(report: Report, cfg: Config) -> int:
    """0 when nothing reaches ``cfg.fail_on``, else 1 (known baseline entries never count)."""
    return 1 if any(is_failure(rel, cfg) for rel in report.relations) else 0


class Progress:
    """A one-line progress bar on stderr, shown only when stderr is a terminal.

    ``enabled=False`` turns it off (``--no-progress``); ``None`` and ``True`` show it
    when stderr is a TTY. It never writes to stdout and erases itself when done::

        with Progress(len(texts), "embedding") as bar:
            for batch in batches:
                ...
                bar.advance(len(batch))
    """

    min_interval = 0.1

    def __init__(
        self,
        total: int | None,
        label: str,
        enabled: bool | None = None,
        *,
        stream: IO[str] | None = None,
    ):
        self.total = max(int(total or 0), 0)
        self.label = label
        self.done = 0
        self.stream = stream if stream is not None else sys.stderr
        isatty = getattr(self.stream, "isatty", None)
        tty = bool(isatty()) if callable(isatty) else False
        self.enabled = enabled is not False and tty
        self._last = 0.0
        self._drawn = False

    def __enter__(self) -> "Progress":
        self._draw(force=True)
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    def advance(self, n: int = 1) -> None:
        self.done += n
        self._draw(force=self.total > 0 and self.done >= self.total)

    def line(self) -> str:
        try:
            width = os.get_terminal_size(self.stream.fileno()).columns
        except (AttributeError, OSError, ValueError):
            width = shutil.get_terminal_size((80, 24)).columns
        width = max(width, 20)
        if self.total:
            done = min(self.done, self.total)
            pct = done / self.total
            count = f" {done}/{self.total} {pct:4.0%}"
            bar_w = max(width - len(self.label) - len(count) - 4, 0)
            bar_w = min(bar_w, 40)
            fill = int(round(pct * bar_w))
            bar = f" [{'#' * fill}{'.' * (bar_w - fill)}]" if bar_w >= 5 else ""
            return f"{self.label}{bar}{count}"[: width - 1]
        return f"{self.label} {self.done}"[: width - 1]

    def _draw(self, force: bool = False) -> None:
        if not self.enabled:
            return
        now = time.monotonic()
        if not force and now - self._last < self.min_interval:
            return
        self._last = now
        try:
            self.stream.write("\r\x1b[K" + self.line())
            self.stream.flush()
            self._drawn = True
        except (OSError, ValueError):
            self.enabled = False

    def close(self) -> None:
        if self.enabled and self._drawn:
            try:
                self.stream.write("\r\x1b[K")
                self.stream.flush()
            except (OSError, ValueError):
                pass
        self._drawn = False
