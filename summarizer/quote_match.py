"""Which quotes, across outlets, are one statement: a speaker's quotes that contain
one another, or match closely, are one statement (as `events.py` tells which reports
are one attack, and `stage_days.py` which stages are one round).

Kept apart from `align.py` because the cross-source checks ask the same question of
the claims alignment groups: whether each quote is the statement's fullest one, cut
or not (`same_words`). Like alignment, this is about identity, never about values.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable

from rapidfuzz import fuzz
from rapidfuzz.distance import LCSseq

from summarizer.text.entities import fold

QUOTE_MIN_CHARS = 12
"""Containment only makes two quotes one when the shorter has this many chars."""

QUOTE_SAME_STATEMENT_MIN = 85.0
"""rapidfuzz partial ratio (0-100) at which two differently worded quotes are
renderings of one statement (reported as a variance) rather than two statements."""

QUOTE_VARIANT_MIN_CHARS = 25
"""A variance needs this much text: short phrases resemble each other by chance."""


@functools.lru_cache(maxsize=1024)
def quote_words(text: str) -> str:
    """A quote's words only: case, accents, punctuation and quote marks removed. Kept
    for the quotes seen last: the cross-source checks compare each claim of a statement
    with its fullest quote."""
    return " ".join(re.sub(r"[^\w\s]", " ", fold(text)).split())


def same_words(a: str, b: str) -> bool:
    """One quote is the other, or a cut of it, up to punctuation."""
    return _cut(quote_words(a), quote_words(b))


def _cut(wa: str, wb: str) -> bool:
    short, long = sorted((wa, wb), key=len)
    return short == long or (len(short) >= QUOTE_MIN_CHARS and short in long)


def same_statement(wa: str, wb: str) -> bool:
    """Two quotes of one statement, given as their `quote_words`, possibly worded
    differently (a translation). Words, not quotes: a speaker's quotes are folded once
    each, not once per pair, as more quotes than the cache holds folded them anew."""
    if _cut(wa, wb):
        return True
    shorter = min(len(wa), len(wb))
    if shorter < QUOTE_VARIANT_MIN_CHARS:
        return False
    # partial_ratio scores the shorter quote against windows of the longer, each at most
    # 200 * common / (shorter + common) with `common` the quotes' longest common
    # subsequence: a bound fifty times cheaper, which rejects different statements
    # (every such pair on the seeds) without the alignment. A point of margin for rounding.
    common = LCSseq.similarity(wa, wb)
    if 200 * common / (shorter + common) < QUOTE_SAME_STATEMENT_MIN - 1:
        return False
    return fuzz.partial_ratio(wa, wb) >= QUOTE_SAME_STATEMENT_MIN


def statement_groups(quotes: list[str]) -> list[list[int]]:
    """One speaker's quotes grouped into statements: indexes of `quotes`, each group
    sorted, in order of its first quote. Each quote is folded once (`same_statement`)."""
    return _cluster([quote_words(quote) for quote in quotes], same_statement)


def _cluster(texts: list[str], linked: Callable[[str, str], bool]) -> list[list[int]]:
    """Indexes of `texts` in connected components under `linked`, each sorted, in
    order of their first member."""
    count = len(texts)
    parent = list(range(count))

    def root(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    for i in range(count):
        for j in range(i + 1, count):
            if linked(texts[i], texts[j]):
                parent[root(j)] = root(i)
    groups: dict[int, list[int]] = {}
    for i in range(count):
        groups.setdefault(root(i), []).append(i)
    return list(groups.values())
