"""Stage 1: read article sets into :class:`~checker.models.Article` models.

Inputs are files, directories (recursive, sorted, dotfiles skipped), globs and ``-``
for standard input. A file that cannot be read or decoded becomes an article with
``status="skipped"`` and its reason; the run goes on.
"""

from __future__ import annotations

import datetime as dt
import glob
import json
import re
import sys
from pathlib import Path
from typing import Any, Iterable

import yaml

from .config import Config
from .errors import InputError
from .models import Article

TEXT_SUFFIXES = {".txt", ".md", ".markdown", ".text"}
HTML_SUFFIXES = {".html", ".htm", ".xhtml"}
JSONL_SUFFIXES = {".jsonl", ".ndjson"}
SUFFIXES = TEXT_SUFFIXES | HTML_SUFFIXES | JSONL_SUFFIXES

_FRONT = re.compile(r"\A(?:\ufeff)?---[ \t]*\r?\n(.*?)\r?\n(?:---|\.\.\.)[ \t]*(?:\r?\n|\Z)", re.S)


def parse_published(value: Any) -> dt.datetime | None:
    """ISO date or datetime (or a date object) to a datetime; ``None`` if absent/invalid."""
    if value is None or value == "":
        return None
    if isinstance(value, dt.datetime):
        return value
    if isinstance(value, dt.date):
        return dt.datetime(value.year, value.month, value.day)
    text = str(value).strip()
    try:
        return dt.datetime.fromisoformat(text.replace("Z", "+00:00"))
    except ValueError:
        pass
    try:
        from dateutil import parser as dparser

        return dparser.parse(text)
    except (ValueError, OverflowError, ImportError):
        return None


def _meta_str(value: Any) -> str | None:
    if value is None:
        return None
    text = str(value).strip()
    return text or None


def _decode(data: bytes) -> str:
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    if b"\x00" in data[:4096]:
        raise UnicodeDecodeError("utf-8", data, 0, 1, "binary file (NUL bytes)")
    return data.decode("utf-8")


def _lenient_front_matter(block: str) -> dict[str, Any]:
    """``key: value`` lines of a front-matter block YAML cannot parse; {} unless every
    non-blank line is one (indented lines continue the value before them)."""
    meta: dict[str, Any] = {}
    key = None
    for line in block.splitlines():
        if not line.strip():
            continue
        m = re.match(r"([A-Za-z_][\w-]*)\s*:\s?(.*)$", line)
        if m and not line[:1].isspace():
            key = m.group(1)
            meta[key] = m.group(2).strip()
        elif key is not None and line[:1].isspace():
            meta[key] = f"{meta[key]} {line.strip()}".strip()
        else:
            return {}
    for k, v in meta.items():
        if len(v) >= 2 and v[0] == v[-1] and v[0] in "\"'" and v[0] not in v[1:-1]:
            meta[k] = v[1:-1]
    return meta


def split_front_matter(raw: str) -> tuple[dict[str, Any], str, int]:
    """Return (metadata, body, 1-based line where the body starts)."""
    m = _FRONT.match(raw)
    if not m:
        return {}, raw, 1
    try:
        meta = yaml.safe_load(m.group(1)) or {}
    except yaml.YAMLError:
        # hand-written front matter is often not valid YAML ('title: "Death at the station":
        # rights group ...'): read it line by line as "key: value" rather than take the
        # whole block for the article's text and lose its date
        meta = _lenient_front_matter(m.group(1))
        if not meta:
            return {}, raw, 1
    if not isinstance(meta, dict):
        return {}, raw, 1
    body = raw[m.end():]
    return meta, body, raw[: m.end()].count("\n") + 1


def _text_article(art_id: str, path: str | None, raw: str, fmt: str) -> Article:
    meta, body, body_line = split_front_matter(raw)
    return Article(
        id=art_id,
        path=path,
        title=_meta_str(meta.get("title")),
        source=_meta_str(meta.get("source")),
        url=_meta_str(meta.get("url")),
        published=parse_published(meta.get("published") or meta.get("date")),
        format=fmt,  # type: ignore[arg-type]
        body_line=body_line,
        text=body,
    )


def _html_article(art_id: str, path: str | None, raw: str) -> Article:
    import trafilatura

    result = trafilatura.bare_extraction(
        raw, include_comments=False, include_tables=False, with_metadata=True
    )
    doc = result.as_dict() if hasattr(result, "as_dict") else result
    if not doc or not (doc.get("text") or "").strip():
        return Article(id=art_id, path=path, format="html", status="skipped",
                       reason="no main text found in HTML")
    return Article(
        id=art_id,
        path=path,
        title=_meta_str(doc.get("title")),
        source=_meta_str(doc.get("sitename")),
        url=_meta_str(doc.get("url")),
        published=parse_published(doc.get("date")),
        format="html",
        text=doc["text"],
    )


def _jsonl_articles(base_id: str, path: str | None, raw: str, cfg: Config) -> list[Article]:
    out: list[Article] = []
    for lineno, line in enumerate(raw.splitlines(), start=1):
        if not line.strip():
            continue
        rec_id = f"{base_id}:{lineno}"
        try:
            rec = json.loads(line)
        except json.JSONDecodeError as exc:
            out.append(Article(id=rec_id, path=path, line=lineno, format="jsonl",
                               status="skipped", reason=f"invalid JSON: {exc.msg}"))
            continue
        if not isinstance(rec, dict) or not isinstance(rec.get(cfg.text_field), str):
            out.append(Article(id=rec_id, path=path, line=lineno, format="jsonl",
                               status="skipped",
                               reason=f"record has no string field {cfg.text_field!r}"))
            continue
        if rec.get(cfg.id_field) not in (None, ""):
            rec_id = str(rec[cfg.id_field])
        out.append(
            Article(
                id=rec_id,
                path=path,
                line=lineno,
                format="jsonl",
                title=_meta_str(rec.get(cfg.title_field)),
                source=_meta_str(rec.get(cfg.source_field)),
                url=_meta_str(rec.get(cfg.url_field)),
                published=parse_published(rec.get(cfg.published_field)),
                text=rec[cfg.text_field],
            )
        )
    return out


def read_text(
    raw: str, *, art_id: str, path: str | None = None, kind: str = "text", cfg: Config | None = None
) -> list[Article]:
    """Turn already-read text into articles; ``kind`` is text, markdown, html or jsonl."""
    cfg = cfg or Config()
    if kind == "jsonl":
        return _jsonl_articles(art_id, path, raw, cfg)
    if kind == "html":
        return [_html_article(art_id, path, raw)]
    return [_text_article(art_id, path, raw, kind)]


def _kind(path: Path) -> str:
    suf = path.suffix.lower()
    if suf in JSONL_SUFFIXES:
        return "jsonl"
    if suf in HTML_SUFFIXES:
        return "html"
    if suf in {".md", ".markdown"}:
        return "markdown"
    return "text"


def read_file(path: Path, art_id: str, cfg: Config) -> list[Article]:
    try:
        raw = _decode(path.read_bytes())
    except UnicodeDecodeError as exc:
        return [Article(id=art_id, path=str(path), status="skipped",
                        reason=f"cannot decode as UTF-8: {exc.reason}")]
    except OSError as exc:
        return [Article(id=art_id, path=str(path), status="skipped",
                        reason=f"cannot read: {exc.strerror or exc}")]
    try:
        return read_text(raw, art_id=art_id, path=str(path), kind=_kind(path), cfg=cfg)
    except Exception as exc:  # a broken file must not stop the run
        return [Article(id=art_id, path=str(path), status="skipped",
                        reason=f"cannot parse: {type(exc).__name__}: {exc}")]


def _walk(directory: Path) -> Iterable[Path]:
    for p in sorted(directory.rglob("*")):
        rel = p.relative_to(directory)
        if any(part.startswith(".") for part in rel.parts):
            continue
        if p.is_file() and p.suffix.lower() in SUFFIXES:
            yield p


def expand(paths: Iterable[str]) -> list[tuple[Path | None, str]]:
    """Expand inputs to (file, article id) pairs; ``(None, "-")`` for stdin."""
    out: list[tuple[Path | None, str]] = []
    for spec in paths:
        if spec == "-":
            out.append((None, "-"))
            continue
        p = Path(spec)
        if p.is_dir():
            out.extend((f, f.relative_to(p).as_posix()) for f in _walk(p))
        elif p.is_file():
            out.append((p, p.name))
        elif glob.has_magic(spec):
            matches = sorted(glob.glob(spec, recursive=True))
            files = [Path(m) for m in matches if Path(m).is_file()]
            if not files:
                raise InputError(f"no files match {spec!r}")
            out.extend((f, f.as_posix()) for f in files)
        else:
            raise InputError(f"no such file or directory: {spec}")
    return out


def read_paths(paths: Iterable[str], cfg: Config | None = None, stdin: Any = None) -> list[Article]:
    """Read every input; duplicate ids get a ``#2``, ``#3`` suffix so ids stay unique."""
    cfg = cfg or Config()
    articles: list[Article] = []
    for path, art_id in expand(paths):
        if path is None:
            stream = stdin if stdin is not None else sys.stdin
            raw = stream.read()
            if isinstance(raw, bytes):
                raw = _decode(raw)
            stripped = raw.lstrip()
            kind = "jsonl" if stripped.startswith("{") else (
                "html" if stripped[:1] == "<" else "text")
            arts = read_text(raw, art_id="-", kind=kind, cfg=cfg)
            articles.extend(a.model_copy(update={"format": "stdin"}) if kind == "text" else a
                            for a in arts)
        else:
            articles.extend(read_file(path, art_id, cfg))
    seen: dict[str, int] = {}
    unique: list[Article] = []
    for a in articles:
        n = seen.get(a.id, 0) + 1
        seen[a.id] = n
        unique.append(a if n == 1 else a.model_copy(update={"id": f"{a.id}#{n}"}))
    return unique


def ingest(articles_or_paths: Iterable[Article | str], cfg: Config | None = None) -> list[Article]:
    """Accept articles, paths, or a mix; return articles (inputs order kept)."""
    items = list(articles_or_paths)
    if all(isinstance(x, Article) for x in items):
        return items  # type: ignore[return-value]
    out: list[Article] = []
    for x in items:
        out.extend([x] if isinstance(x, Article) else read_paths([str(x)], cfg))
    return out
