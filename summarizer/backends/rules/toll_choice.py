"""The choice between counts: which of the tolls an article gives for one attack is its toll.

A report often gives several figures for the same dead and wounded: a headline's, the
body's, an update, another authority's. Reading what one sentence states is `tolls`'s
business; this module decides, one toll against the one found before it, which stands,
and is kept apart so that the rules of precedence read as one piece.
"""

from __future__ import annotations

import re

from summarizer.backends.rules.tolls import Toll
from summarizer.models import Casualties, Qualifier


def outranks(text: str, toll: Toll, current: Casualties | None) -> bool:
    """Whether `toll` is the attack's toll rather than `current`, the one found before. The
    first count the report gives stands: a larger one told after it with no word of update is
    another authority's ("another monitor put the toll at 22", "villagers said 37 died") or a
    count of something else. A count outranks none and a toll of zero; a larger count outranks
    one told as an update ("rose to 32", "later raised the toll to six") and a headline's (a
    part: "12 children, 26 others hurt"), and a larger lower bound or exact count outranks a
    lower bound (`_tighter_bound`). The same count qualified wins over it bare (a
    headline's "kills 9", the body's "at least nine"), and the body's telling of a headline's
    count takes its place."""
    if current is None:
        return True
    if toll.count is None:
        return False
    headline = from_headline(text, current)
    if current.count is None or (current.count < toll.count and (
            current.count == 0 or toll.updated or headline
            or _tighter_bound(toll, current))):
        return True
    return toll.count == current.count and (
        (toll.qualifier is not None and current.qualifier is None)
        or (headline and toll.qualifier == current.qualifier))


def from_headline(text: str, toll: Casualties) -> bool:
    """Whether the toll was read from a headline, which has no full stop and ends its line:
    its count may be a part ("12 children, 26 others hurt"). The first part of a sentence
    cut before another voice's toll ("The strike killed 21, the governor said, while ...")
    has no full stop either, but the sentence goes on after it on the same line."""
    end = toll.evidence.end
    if _FULL_STOP.search(toll.evidence.text) is not None:
        return False
    if end is None:
        return True
    line_end = text.find("\n", end)
    return not text[end:len(text) if line_end < 0 else line_end].strip()


_LOWER: frozenset[Qualifier | None] = frozenset({"at least", "more than"})
"""Qualifiers of a lower bound ("at least 33", "over 30")."""


def _tighter_bound(toll: Toll, current: Casualties) -> bool:
    """Whether `current` is a lower bound and `toll` a larger lower bound, or an exact count
    where the bound is the reporter's own, told on no one's word (`_TOLD_BY`), not more than
    twice `current` ("killed at least 33", later "killing at least 41"; a lead's "left more
    than 70 people dead", the body's "a security source said that 77 people had been
    killed"): one true toll fits both, and the larger says more of it, as a report rewritten
    while the count rose does, or as a body gives the count its lead rounded down. A bound
    many times the first counts something wider (a war's toll the background filter
    missed). A count told first stays against a larger one told after it, and "about 70" is
    no bound: the larger may be another authority's."""
    if current.qualifier not in _LOWER or current.count is None or toll.count is None:
        return False
    exact = toll.qualifier is None and _TOLD_BY.search(current.evidence.text) is None
    return (toll.qualifier in _LOWER or exact) and toll.count <= 2 * current.count


_TOLD_BY = re.compile(r"(?i)\b(?:said|says|told|tells|reported|reports|according\s+to"
                      r"|announced|confirmed|stated|citing|cited|quoted|quoting)\b")
"""Words that give a toll as someone's: a bound one authority gives keeps its place against
another's count told after it ("at least 30, a spokesman said", then "the group claimed
41"); the reporter's own bound summarises the counts the body gives."""


_FULL_STOP = re.compile(r"[.!?\u2026][\"'\u201d\u2019)]*\s*$")
"""How a sentence of the body ends; a headline has no full stop."""
