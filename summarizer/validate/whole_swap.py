"""Whole swap: a number of people who 'were exchanged' counts both sides' people.

'The two men were exchanged in Ankara', '230 prisoners were swapped on Friday': the
passive exchange verb has the people of both releases for its subject, so its number is
the swap's whole, not what one side freed, unless the sentence says each side's share
('were exchanged each', '95 for 95', 'as many').
"""

from __future__ import annotations

import re

from summarizer.text.numbers import Mention
from summarizer.validate import lexicon as lx
from summarizer.validate.lexicon import sentence_at

_EXCHANGED = re.compile(r"(?:\s+[\w'\u2019-]+){0,3}?\s+(?:were|was|have been|had been|are|"
                        r"being)\s+(?:\w+ly\s+)?(?:exchanged|swapped|traded)\b", re.IGNORECASE)
_AGAINST = re.compile(r"-for-|\bfor\s+\d", re.IGNORECASE)
"""One side's number told against the other's, even or not ('a 2-for-1 swap', '95 for 95',
'were exchanged for 5 Russians'): the sentence gives each side's share. An even swap's own
words ('each', '1,000-for-1,000') are `lexicon.EACH`."""


def whole_swap(text: str, clause: tuple[int, int], mention: Mention) -> str | None:
    """A number whose people 'were exchanged': both sides' people (module docstring)."""
    found = _EXCHANGED.match(text, mention.end, clause[1])
    lo, hi = sentence_at(text, mention.start)
    if found is None or lx.EACH.search(text, lo, hi) or _AGAINST.search(text, lo, hi):
        return None
    return f'there it counts both sides\' people ("{mention.text}{found.group(0)}")'
