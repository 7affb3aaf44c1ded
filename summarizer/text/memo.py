"""A cache for pure functions of a text that keeps short texts only.

Names, evidence spans and clauses repeat: the checks of one article read the
same evidence for several facts, and every article of a batch names the same
parties. Keyed once, they cost a dictionary lookup. A long text (a whole
article) is read once per article by its caller and is not worth keeping alive
in a process that reads thousands of them.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import lru_cache, wraps
from typing import TypeVar

T = TypeVar("T")

SHORT_TEXT_CHARS = 2_000
"""Longer than any evidence span a check reads twice; shorter than an article."""


def short_texts(function: Callable[[str], T]) -> Callable[[str], T]:
    """`function`, its results for texts up to `SHORT_TEXT_CHARS` kept (at most 16,384
    of them, least recently used dropped). The results are shared: return only
    immutable values."""
    cached = lru_cache(maxsize=1 << 14)(function)

    @wraps(function)
    def call(text: str) -> T:
        return cached(text) if len(text) <= SHORT_TEXT_CHARS else function(text)

    return call
