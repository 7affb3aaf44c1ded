"""Which articles speak for one outlet: corroboration counts outlets, not articles.

The same wire text under three ids, or two articles of one outlet, are one voice;
their agreement is no corroboration. Two articles are one outlet when their source
names are the same (case, spacing and a leading 'www.' aside), or when their texts
are near-identical: most word 5-grams of the shorter one are in the longer (a wire
story republished under another headline, or cut short). Being one outlet is
transitive: a copy of a copy is the same voice.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass

SHINGLE_WORDS = 5
SAME_TEXT = 0.8
"""Share of the shorter text's 5-grams found in the longer one above which two texts
are one story: an update by another outlet shares a quote, not four fifths of it."""
COMMON_SHINGLE = 50
"""A 5-gram in more texts than this ('the Ministry of Defence said') is boilerplate and
says nothing about copying; skipping it keeps a big group near-linear."""

_WORD = re.compile(r"\w+")


def source_key(source: str) -> str:
    """A source name as an outlet: 'Reuters', ' reuters ' and 'www.reuters.com' vs
    'reuters.com' are one."""
    return " ".join(source.casefold().split()).removeprefix("www.")


def _shingles(text: str) -> frozenset[tuple[str, ...]]:
    words = _WORD.findall(text.casefold())
    return frozenset(tuple(words[i:i + SHINGLE_WORDS])
                     for i in range(max(1, len(words) - SHINGLE_WORDS + 1)))


def _copies(texts: Mapping[str, str]) -> Iterable[tuple[str, str]]:
    """Pairs of ids whose texts are near-identical; only pairs sharing a 5-gram are
    compared, so distinct texts cost one pass."""
    grams = {i: _shingles(t) for i, t in texts.items() if t.strip()}
    holders: dict[tuple[str, ...], list[str]] = defaultdict(list)
    for article_id, own in grams.items():
        for gram in own:
            holders[gram].append(article_id)
    shared: dict[tuple[str, str], int] = defaultdict(int)
    for ids in holders.values():
        if 1 < len(ids) <= COMMON_SHINGLE:
            for n, first in enumerate(ids):
                for second in ids[n + 1:]:
                    shared[first, second] += 1
    for (first, second), count in shared.items():
        if count >= SAME_TEXT * min(len(grams[first]), len(grams[second])):
            yield first, second


@dataclass(frozen=True)
class OneOutlet:
    """Articles counted as one source, and why."""

    ids: list[str]
    same_source: str | None
    """The source name they share, or None when only their texts are near-identical."""


@dataclass(frozen=True)
class Outlets:
    of: dict[str, str]
    """Each article id's outlet (the first id of its outlet, in the given order)."""
    shared: list[OneOutlet]
    """The outlets that more than one article speaks for."""

    def count(self, article_ids: Iterable[str]) -> int:
        return len({self.of.get(i, i) for i in article_ids})


def outlets(sources: Sequence[tuple[str, str]], texts: Mapping[str, str]) -> Outlets:
    """The outlets of articles given as (id, source name) in a fixed order, with the texts
    known for them (an article without a text is matched by its source name only)."""
    parent = {article_id: article_id for article_id, _ in sources}
    order = {article_id: n for n, (article_id, _) in enumerate(sources)}

    def root(article_id: str) -> str:
        while parent[article_id] != article_id:
            parent[article_id] = parent[parent[article_id]]
            article_id = parent[article_id]
        return article_id

    def join(first: str, second: str) -> None:
        a, b = sorted((root(first), root(second)), key=order.__getitem__)
        parent[b] = a

    named: dict[str, str] = {}
    for article_id, source in sources:
        key = source_key(source)
        if key:
            join(named.setdefault(key, article_id), article_id)
    for first, second in _copies({i: t for i, t in texts.items() if i in parent}):
        join(first, second)
    of = {article_id: root(article_id) for article_id, _ in sources}
    members: dict[str, list[str]] = defaultdict(list)
    for article_id, _ in sources:
        members[of[article_id]].append(article_id)
    names = dict(sources)
    shared = []
    for ids in members.values():
        if len(ids) > 1:
            keys = {source_key(names[i]) for i in ids}
            shared.append(OneOutlet(ids, names[ids[0]] if len(keys) == 1 else None))
    return Outlets(of, shared)
