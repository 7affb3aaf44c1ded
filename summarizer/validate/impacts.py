"""Impacts: a weapon count read from the weapons that struck, in an article that counts
more of that weapon.

'Nine missiles and 21 attack drones struck 11 locations', 'twelve drones hit the power
plant', 'five missiles reached their targets': the number that got through, not the
number launched, where the article writes a larger count of the same weapon ('Russia
launched 52 missiles and 410 drones'; '380 drones were downed'). one_impact.py says it
of one weapon; this is its plural. Not a passive ('the city was hit by 20 missiles'),
which tells the attack as the target had it, nor a count the article writes no larger
number of ('twenty drones struck the port' alone may be the whole attack), nor a larger
count of another time ('30,000 drones since the war began').
"""

from __future__ import annotations

import re

from summarizer.text.numbers import Mention
from summarizer.validate import lexicon as lx
from summarizer.validate.one_impact import DESCRIBING, numbers_of
from summarizer.validate.scope import BACKGROUND, Check

_STRUCK = (r"(?:\s+(?:and|as well as)(?:\s+[\w'\u2019-]+){1,4}?)?\s+(?:(?:also|all|then)\s+)?"
           r"(?:struck|hit|landed|slammed|smashed|reached)\b")
"""What the weapons did at their targets, right after their noun or after a second count
joined to it ('nine missiles and 21 attack drones struck')."""


def some_impacts(article: str, kind: str) -> Check:
    """A weapon count above one whose clause tells those weapons striking, where `article`
    writes a larger count of `kind` outside a sentence of another time (module docstring)."""
    own = lx.WEAPON.get(kind, lx.ANY_WEAPON)
    struck = re.compile(f"{DESCRIBING}(?:{own.pattern})[\\w-]*{_STRUCK}", re.IGNORECASE)

    def check(text: str, clause: tuple[int, int], mention: Mention) -> str | None:
        if mention.value is None or mention.value < 2 \
                or struck.match(text, mention.end, lx.sentence_at(text, mention.start)[1]) is None:
            return None
        larger = next((n for n, at in numbers_of(article, kind) if n > mention.value
                       and not BACKGROUND.search(article, *lx.sentence_at(article, at))), None)
        if larger is None:
            return None
        return (f"there it counts the weapons that struck, and the article counts {larger} "
                "of them")
    return check
