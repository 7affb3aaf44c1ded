"""Part against whole: one outlet counts part of a release that another counts whole.

Outlets on one exchange day do not always count the same people. One gives '146
prisoners of war' where another gives '146 prisoners of war and 8 civilians'; one
tells the handover at one site ('two Israeli and five Thai hostages') where another
lists everyone freed that day at several sites ('three Israelis and five Thai
nationals'). Those numbers do not disagree: the smaller counts part of what the
larger counts, and the breakdown of the larger says which part. Judged as a
disagreement, a correct figure stood beside an error that sent the reader to check
sources that were both right.

One report of a release is part of another's when its count is smaller, neither
count is qualified, and the other's breakdown holds it: either its count is one of
the categories the other lists, or its count is just the categories it lists and
the other lists each of them too, with at least as many. A count that its list
does not account for says more than its list ('eight freed, among them three
foreigners' against 'nine, including three foreigners and a journalist'): those
two disagree. Its figures then fit the fuller report, which is stated,
with a note naming both; the part stays in the sources. A difference that no
breakdown explains ('13 Israelis and 4 foreigners' against '14 Israelis and 3
foreigners') is still a disagreement.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from summarizer.align import Aligned, Claim
from summarizer.fact_paths import FactPath

Release = tuple[str | None, str | None]
"""A release by its stage's date key and the party that released."""


def _release(key: FactPath) -> Release | None:
    if key.kind == "breakdown" or (key.kind == "release" and key.field == "count"):
        return key.when, key.party
    return None


def _count(claims: Iterable[Claim]) -> int | None:
    """The one unqualified number an article gives, if it gives exactly one."""
    values = {c.value for c in claims}
    value = next(iter(values)) if len(values) == 1 else None
    if isinstance(value, bool) or not isinstance(value, int) \
            or any(c.qualifier is not None for c in claims):
        return None
    return value


def _by_article(claims: Sequence[Claim]) -> dict[str, int]:
    articles = dict.fromkeys(c.article_id for c in claims)
    counted = {a: _count(c for c in claims if c.article_id == a) for a in articles}
    return {a: n for a, n in counted.items() if n is not None}


def _part_of(count: int, items: dict[str, int], whole: int, whole_items: dict[str, int]) -> bool:
    if count >= whole or not whole_items:
        return False
    if not items:
        return count in whole_items.values()
    return sum(items.values()) == count and all(
        whole_items.get(category, -1) >= n for category, n in items.items())


def part_claims(facts: Iterable[Aligned]) -> dict[str, frozenset[str]]:
    """For each release figure (by path), the fact ids of the claims that count only part
    of what another article's report of the same release counts."""
    counts: dict[Release, Aligned] = {}
    breakdowns: dict[Release, list[Aligned]] = {}
    for fact in facts:
        release = _release(fact.key)
        if release is None:
            continue
        if fact.key.kind == "release":
            counts[release] = fact
        else:
            breakdowns.setdefault(release, []).append(fact)
    parts: dict[str, frozenset[str]] = {}
    for release, count in counts.items():
        items = breakdowns.get(release, [])
        totals = _by_article(count.claims)
        listed: dict[str, dict[str, int]] = {a: {} for a in totals}
        for item in items:
            for article, n in _by_article(item.claims).items():
                listed.setdefault(article, {})[str(item.key.category)] = n
        partial = {a for a, n in totals.items()
                   if any(_part_of(n, listed[a], whole, listed[w])
                          for w, whole in totals.items() if w != a)}
        if not partial:
            continue
        for fact in (count, *items):
            most = max((n for a, n in _by_article(fact.claims).items() if a not in partial),
                       default=None)
            if most is None:
                continue
            held = frozenset(c.fact_id for c in fact.claims if c.article_id in partial
                             and isinstance(c.value, int) and c.value < most)
            if held:
                parts[fact.path] = held
    return parts
