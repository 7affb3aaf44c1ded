"""The news attack named by its noun alone: "Tuesday's raid", "the attack took place ...".

An article often opens with the toll and a vague place ("gunmen killed at least 30
villagers in northern Nigeria") and dates the attack only in a later sentence that
names neither side nor target, only the attack itself: "The attack took place in the
village on Saturday evening", "Details of Tuesday's raid were sparse". That time is the
news attack's, when no sentence has dated it yet.
"""

from __future__ import annotations

import re

from summarizer.backends.rules.attackers import STRIKE_NOUN
from summarizer.backends.rules.text import Unit
from summarizer.text.time import TIME, WEEKDAY_NAMES

_THE = re.compile(rf"(?i)\b(?:the|this)\s+(?:deadly\s+)?{STRIKE_NOUN}\b")
_DAYS = re.compile(rf"(?i)\b{WEEKDAY_NAMES}(?=['\u2019]s\s+(?:[\w-]+\s+)?{STRIKE_NOUN}\b)")
"""An attack named by its day: "Sunday's deadly raid", even where a speech verb comes
before it ("officials, who confirmed early Wednesday's attack")."""


def named_news(unit: Unit) -> tuple[int, str | None] | None:
    """Where `unit` names the news attack by its noun alone, and the day it names it by
    (None when it names it "the attack": the sentence's own time then dates it)."""
    day = _DAYS.search(unit.text)
    if day is not None:
        when = next((m.group() for m in TIME.finditer(unit.text) if m.end() == day.end()), None)
        return unit.start + day.start(), when
    the = _THE.search(unit.text)
    return (unit.start + the.start(), None) if the else None
