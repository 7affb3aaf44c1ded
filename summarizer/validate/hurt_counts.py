"""Hurt counts: a number of people killed or injured, written beside a weapon's noun.

A report of a strike tells its weapons and its toll in one sentence: 'A suicide bomber
blew himself up at the station, killing at least 20 and wounding about 40 others'; 'The
death toll from the rocket's fall rose to 12'; 'missile strikes killed 14 and injured 97
others'. The weapon's noun is then the nearest word to the toll's number after it, and
the casualty word stands before the number, as its verb, where a weapon count's rival
(attack_counts.HURT, read only after the number: 'two people were killed in a drone
attack') is not looked for. The number a casualty verb governs, or the figure a toll
rises or is revised to, counts people hurt, not weapons.
"""

from __future__ import annotations

import re

from summarizer.text.numbers import Mention
from summarizer.validate.lexicon import QUALIFIED

_GOVERNED = re.compile(
    r"\b(?:kill(?:s|ed|ing)?|injur(?:e|es|ed|ing)|wound(?:s|ed|ing)?|hurt(?:ing)?|"
    r"maim(?:s|ed|ing)?|(?:claim\w*|took|tak\w+|cost\w*)\s+the\s+lives\s+of)\s+"
    rf"{QUALIFIED}$", re.IGNORECASE)
"""A casualty verb right before the number ('wounding about 40', 'claimed the lives of at
least 24'): its object, the people hurt."""
_TOLL = re.compile(r"\b(?:death\s+)?toll\b[^.;]{0,140}?\b(?:to|at|reached|hit|passed)\s+"
                   rf"{QUALIFIED}$", re.IGNORECASE)
"""'The death toll from the blasts rose to 35', 'revised the toll down to 84', 'the toll
stands at 12': the figure a toll reaches."""
_REACH = 160
"""How far before the number a toll's word is looked for."""


def hurt(text: str, clause: tuple[int, int], mention: Mention) -> str | None:
    """A weapon count's number that a casualty verb governs, or that a toll reaches."""
    before = text[max(0, mention.start - _REACH):mention.start]
    if _GOVERNED.search(before) or _TOLL.search(before):
        return "there it counts people killed or injured, not weapons"
    return None
