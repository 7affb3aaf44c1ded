"""Mixed weapons: a number that counts weapons of two kinds together.

'More than 300 drones and missiles were fired', 'the 60 missiles and drones launched
overnight': one number, two nouns joined after it, so it counts both kinds and is no
count of either. The weapon's own noun stands right after the number, as a count of it
would, and only the noun joined to it tells the number is larger than its kind's count.
A number with a number of its own for the other kind ('35 drones and 99 missiles') is
not joined, nor are two words of one kind ('18 cruise and ballistic missiles' is a
number of missiles).
"""

from __future__ import annotations

import re

from summarizer.text.numbers import Mention, mentions
from summarizer.validate.lexicon import NOT_DESCRIBING, arms
from summarizer.validate.scope import Check

_ARMS = arms("drone", "missile", "rocket", "guided bomb", "artillery").pattern
"""The weapons an air attack's night is counted in ('fired' or 'cars' join no count)."""
_JOINED = re.compile(rf"(?:\s+[A-Za-z'\u2019-]+){{0,3}}?\s+(?P<first>{_ARMS})"
                     rf"(?:\s+(?:and|or|&)|,)\s+(?:(?!{NOT_DESCRIBING})[A-Za-z'\u2019-]+\s+)?"
                     rf"(?P<second>{_ARMS})", re.IGNORECASE)
"""A number's weapon noun joined to another one right after it ('300 drones and missiles',
'40 missiles and guided bombs'), not a clause of its own after a comma ('40 drones, while
rockets ...')."""


def mixed(own: re.Pattern[str]) -> Check:
    """A number whose weapon noun is joined to a noun of another kind than `own`."""
    def check(text: str, clause: tuple[int, int], mention: Mention) -> str | None:
        joined = _JOINED.match(text, mention.end, clause[1])
        if joined is None or all(own.fullmatch(joined.group(n)) for n in ("first", "second")) \
                or mentions(text[joined.end("first"):joined.start("second")]):
            return None
        return (f'there it counts weapons of two kinds ("{mention.text}'
                f'{text[mention.end:joined.end()]}")')
    return check
