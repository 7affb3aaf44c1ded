"""Ordinals: 'a second missile', 'a third drone': one of a series, not its number.

A count of one read from the 'a' or 'one' before an ordinal counts nothing: the ordinal
places that weapon in a sequence of several ('a second missile hit the school', 'a third
drone crashed'), and the attack's number is the sequence's, told elsewhere or not at all.
The number reader itself reads no one from an ordinal's bomb ('the first bomb blast':
`numbers.ONE_EXPLOSIVE`): a one there is a figure its evidence does not state at all.
"""

from __future__ import annotations

import re

from summarizer.text.numbers import Mention

_ORDINAL = re.compile(r"\s+(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|"
                      r"tenth|next|final)\b", re.IGNORECASE)
"""The words that place one of several in order; not 'last' or 'latest', which news also
writes of a single event ('the latest attack')."""


def one_in_order(text: str, clause: tuple[int, int], mention: Mention) -> str | None:
    """A one read from the word before an ordinal ('a second missile')."""
    if mention.value != 1 or not _ORDINAL.match(text, mention.end, clause[1]):
        return None
    return f'there "{mention.text}" places one weapon in a series, not how many there were'
