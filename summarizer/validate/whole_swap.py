"""Whole swap: a number of people who 'were exchanged' counts both sides' people.

'The two men were exchanged in Ankara', '230 prisoners were swapped on Friday': the
passive exchange verb has the people of both releases for its subject, so its number is
the swap's whole, not what one side freed, unless the sentence says each side's share
('were exchanged each', '95 for 95', 'as many'). So has the active verb whose subject names
both sides ('Russia and Ukraine have swapped more than 300 prisoners'), and a number of
people 'from both sides'.
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
_BOTH_SWAPPED = re.compile(r"\b[A-Z][\w'\u2019-]+\s+and\s+[A-Z][\w'\u2019-]+\s+(?:have\s+|had\s+)?"
                          r"(?:swapped|exchanged|traded)\s+(?:[\w-]+\s+){0,2}$")
"""Both sides named as the subject ('Russia and Ukraine have swapped more than 300'); not
'the two sides swapped 140', which outlets also write of each side's number."""
_FROM_BOTH = re.compile(r"(?:\s+[\w'\u2019-]+){0,3}?\s+(?:from|of)\s+both\s+sides\b",
                        re.IGNORECASE)


def whole_swap(text: str, clause: tuple[int, int], mention: Mention) -> str | None:
    """A number whose people 'were exchanged': both sides' people (module docstring)."""
    lo, hi = sentence_at(text, mention.start)
    if lx.EACH.search(text, lo, hi) or _AGAINST.search(text, lo, hi):
        return None
    found = _EXCHANGED.match(text, mention.end, clause[1]) \
        or _FROM_BOTH.match(text, mention.end, clause[1])
    if found is not None:
        return f'there it counts both sides\' people ("{mention.text}{found.group(0)}")'
    swapped = _BOTH_SWAPPED.search(text, max(lo, mention.start - 80), mention.start)
    if swapped is None:
        return None
    return f'there it counts both sides\' people ("{swapped.group(0)}{mention.text}")'
