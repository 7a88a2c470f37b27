"""check-consistency: which numbers in a set of news reports agree, and which conflict."""

from __future__ import annotations

__version__ = "0.1.0"

__all__ = ["check", "__version__"]


def check(inputs, config=None):  # noqa: ANN001 - re-exported, documented in pipeline
    """Run the whole pipeline; see :func:`checker.pipeline.check`."""
    from .pipeline import check as _check

    return _check(inputs, config)
