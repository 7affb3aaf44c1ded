"""Freed parts: a number that counts one group of the people a release freed.

After the day's number, a report of a release tells who was among them, and each group's
number stands beside the release words as the whole did: 'Of the prisoners released, 41
were arrested in the West Bank', 'Among those freed by Kyiv were seven marines', 'two
women were freed in the morning and six others at night', 'as well as 10 foreign
fighters'. Each counts a group of the freed, not all of them, so it is no stage's release
and no running total. subsets.py reads the groups named after the number ('were among
those freed', 'of the freed'), listed.py a list joined by 'and' alone; these are the
shapes they leave: the group named before the number, the rest called 'others', and a
number added by 'as well as' or 'plus'.
"""

from __future__ import annotations

import re

from summarizer.text.numbers import Mention
from summarizer.validate.lexicon import QUALIFIED, counts, sentence_at

_LEADING = re.compile(
    r"^\W*(?:of|among)\s+(?:the|those|these)\s+(?:[\w'\u2019-]+\s+){0,4}?"
    r"(?:releas\w*|freed|handed over|returned|repatriated)(?:[\s,]+[\w'\u2019-]+){0,4}?"
    r"(?:,\s*|\s+(?:were|was|are|is)\s+)"
    rf"{QUALIFIED}$", re.IGNORECASE)
"""The group named before its number, opening its sentence: 'Of the prisoners released, 41
were', 'Among those freed by Kyiv were seven'; not 'As part of the release, 90 soldiers', nor
'Among those exchanged were 95 Ukrainians', one side's whole release in a swap."""
_OTHERS = re.compile(r"(?:\s+[\w'\u2019-]+)?\s+others\b", re.IGNORECASE)
"""'six others returned': the rest beside a group told before."""
_ADDED = re.compile(r"(?:\bas\s+well\s+as|,\s+plus)\s+$", re.IGNORECASE)
"""Before a number added to another count of its sentence: '188 marines, as well as 10
foreign fighters', '13 Israelis, plus four Thais'."""


def freed_part(text: str, clause: tuple[int, int], mention: Mention) -> str | None:
    """A number that counts one group of those a release freed (module docstring)."""
    lo, hi = sentence_at(text, mention.start)
    if _LEADING.search(text[lo:mention.start]) or _OTHERS.match(text, mention.end, hi):
        return "there it counts one group of those freed, not all of them"
    if _ADDED.search(text, lo, mention.start) and counts(text[lo:mention.start]):
        return "there it counts one group of those freed, not all of them"
    return None
