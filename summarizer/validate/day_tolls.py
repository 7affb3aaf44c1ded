"""Day tolls: a toll of every attack over a span of hours is not one attack's.

Health ministries and armies report a day's tally of many attacks ('Over the past 24
hours, at least 283 people had been killed and 814 injured during Israeli attacks in the
Gaza Strip'; 'in the last day, Russian strikes killed 5 across the region'), beside the
toll of the one attack the article is about, with the same casualty words. The span and
the plural attacks say whose toll it is: the day's, of all of them.
"""

from __future__ import annotations

import re

from summarizer.text.numbers import Mention
from summarizer.validate.lexicon import sentence_at

_SPAN = re.compile(r"\b(?:over|in|during|within)\s+(?:the\s+)?(?:past|last|previous)\s+"
                   r"(?:(?:24|48|72|twenty-four|forty-eight)\s+hours|day|two days|three days)\b",
                   re.IGNORECASE)
_MANY = re.compile(r"\b(?:attacks|strikes|airstrikes|air strikes|raids|bombardments|shelling "
                   r"across|hostilities)\b", re.IGNORECASE)


def day_toll(text: str, clause: tuple[int, int], mention: Mention) -> str | None:
    """Why a toll is a span's tally of many attacks, or None."""
    lo, hi = sentence_at(text, mention.start)
    span = _SPAN.search(text, lo, hi)
    if span is None or _MANY.search(text, lo, hi) is None:
        return None
    return f'there it is the toll of every attack "{span.group(0)}", not of one'
