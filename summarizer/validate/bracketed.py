"""Bracketed: a number in brackets after a word is that word's count, not the fact's.

Reports list a whole's parts with each part's number in brackets after its name: a
ministry's regions ('58 UAVs over Belgorod (11 UAVs), Bryansk (8 UAVs), Voronezh (29
UAVs)'), the freed by group ('most of the released are men (225), five women'), or a
person's age ('Karina Ariev (20), ... and Albag (19)'). The fact's own word stands in
the bracket or beside it, so the number reads as the fact's; the word before the bracket
says whose it is. Not where that word is the fact's own ('the dead (20)').
"""

from __future__ import annotations

import re

from summarizer.text.numbers import Mention
from summarizer.validate.scope import Check

_OPENS = re.compile(r"(?P<word>[A-Za-z][\w'\u2019.-]*)\s*\(\s*(?:(?:about|some|around|over|"
                    r"up to|at least|more than|nearly|almost)\s+)?$", re.IGNORECASE)
_CLOSES = re.compile(r"(?:\s*[\w-]+){0,2}\s*\)")
_WINDOW = 40


def bracketed(own: re.Pattern[str]) -> Check:
    """The check of a number in brackets after a word that is not one of `own`."""
    def check(text: str, clause: tuple[int, int], mention: Mention) -> str | None:
        opened = _OPENS.search(text, max(0, mention.start - _WINDOW), mention.start)
        if opened is None or _CLOSES.match(text, mention.end) is None \
                or own.fullmatch(opened.group("word")):
            return None
        return f'there it is the count of "{opened.group("word")}" in brackets, not the whole'
    return check
