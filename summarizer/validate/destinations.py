"""Destinations: the side the people a number counts came to, read after it.

A release is told as often by where the freed arrived as by who freed them ('11 hostages
arrived in Israel', '95 soldiers returned to Ukraine', 'six captives are on their way to
Israel'). The side they came to got them back, so it did not free them: the same
number under that side as releaser is the other side's release read under the wrong
side. The mirror of holders.py (who held them): as there, only a side the package knows
by several names is judged, and a place that is no known side ('arrived at Ben Gurion
airport', 'returned to Ramallah') says nothing.
"""

from __future__ import annotations

import re

from summarizer.text.numbers import Mention
from summarizer.validate.holders import near
from summarizer.validate.scope import Check
from summarizer.validate.sides import known_sides, names_any, spellings

_CAME_TO = re.compile(
    r"\b(?:arrived|arrive|arrives|arriving|returned|returning|crossed|flown|"
    r"on\s+their\s+way|back|home)\s+(?:back\s+|home\s+)?(?:in|to|into)\s+(?:the\s+)?"
    r"(?P<to>[A-Z][\w'\u2019-]*(?:\s+[A-Z][\w'\u2019-]*){0,2})")
"""Where the freed came: 'arrived in Israel', 'returned home to Ukraine', 'on their way to
Israel' (a capitalised name: 'returned to captivity' names no side)."""


def came_to(side: str) -> Check:
    """A release by `side` of people who came to `side`: `side` got them back."""
    forms = spellings(side)
    known = len(forms) > 1

    def check(text: str, clause: tuple[int, int], mention: Mention) -> str | None:
        found = near(_CAME_TO, text, clause, mention) if known else None
        if found is None or len(known_sides(found.group("to"))) != 1 \
                or not names_any(found.group("to"), forms):
            return None
        return f'there they came to {side} ("{found.group(0)}"), who got them back'
    return check
