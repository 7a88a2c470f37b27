"""Stage 4: index claim vectors in FAISS and take candidate pairs across articles.

Vectors are L2-normalized, so inner product is cosine similarity (``IndexFlatIP``: exact
search; article sets are small enough that an approximate index would only cost recall).
Each claim asks for its ``top_k`` nearest neighbours; a pair is a candidate when the two claims
come from different articles and their similarity reaches ``min_similarity``.
"""

from __future__ import annotations

import numpy as np
from pydantic import BaseModel

from .config import Config
from .models import Claim


class Candidate(BaseModel):
    a: str
    b: str
    similarity: float


def build_index(vectors: np.ndarray):
    import faiss

    index = faiss.IndexFlatIP(int(vectors.shape[1]))
    if len(vectors):
        index.add(np.ascontiguousarray(vectors, dtype=np.float32))
    return index


def candidates(claims: list[Claim], vectors: np.ndarray, cfg: Config) -> list[Candidate]:
    """Cross-article candidate pairs, each once (``a`` < ``b`` by claim order), sorted."""
    n = len(claims)
    if n < 2:
        return []
    index = build_index(vectors)
    k = min(n, cfg.top_k + 1)
    sims, idx = index.search(np.ascontiguousarray(vectors, dtype=np.float32), k)
    best: dict[tuple[int, int], float] = {}
    for i in range(n):
        for sim, j in zip(sims[i], idx[i]):
            if j < 0 or j == i or claims[i].article == claims[int(j)].article:
                continue
            if sim < cfg.min_similarity:
                continue
            key = (min(i, int(j)), max(i, int(j)))
            best[key] = max(best.get(key, -1.0), float(sim))
    return [
        Candidate(a=claims[i].id, b=claims[j].id, similarity=round(s, 6))
        for (i, j), s in sorted(best.items())
    ]
