"""Lists: a number that counts one item of a list of counts is not the list's whole.

'13 Israeli and four foreign hostages' counts two groups of the freed, neither of them
all who were freed; 'three Shahed-type drones and two drones of an unknown type' counts
two kinds of the drones launched, neither of them all (scope.py says what else a
clause's number can count beside the fact).
"""

from __future__ import annotations

import itertools
import re

from summarizer.text.numbers import Mention, mentions
from summarizer.validate.counting import counts
from summarizer.validate.scope import Check


def one_part(text: str, clause: tuple[int, int], mention: Mention) -> str | None:
    """The number coordinated with another count of one noun: '13 Israeli and four
    foreign hostages' counts two groups, neither of them the whole."""
    lo, hi = mention.start - clause[0], mention.end - clause[0]
    words = text[clause[0]:clause[1]]
    for other in mentions(words):
        if other.end <= lo:
            between = words[other.end:lo]
        elif other.start >= hi:
            between = words[hi:other.start]
        else:
            continue
        if re.fullmatch(r"\s+(?:[A-Za-z-]+\s+){0,2}and\s+(?:[A-Za-z-]+\s+)?", between) \
                and not re.search(r"\b(?:on|in|at|by|from|each|per)\b", between):
            listed = words[min(other.start, lo):max(other.end, hi)]
            return f'there it is one part of a list ("{listed}")'
    return None


_AND = re.compile(r"\s+(?:and|as well as|plus)\s+(?:\w+\s+)?$", re.IGNORECASE)
_NOUN_WORDS = 4
"""How many words after a number may name what it counts ('two Kh-22 supersonic cruise
missiles')."""


def one_kind(own: re.Pattern[str]) -> Check:
    """A weapon count joined by 'and' to another count of the same weapon ('three
    Shahed-type drones and two drones of an unidentified type', 'four Vampire missiles
    and two Vilkha missiles'): each counts one kind of it, the attack's number of that
    weapon is their sum. Not a count of another weapon ('84 cruise missiles and 24
    drones')."""
    def check(text: str, clause: tuple[int, int], mention: Mention) -> str | None:
        words = text[clause[0]:clause[1]]
        lo, hi = mention.start - clause[0], mention.end - clause[0]
        for first, second in itertools.pairwise(counts(words)):
            if (first.start, first.end) != (lo, hi) and (second.start, second.end) != (lo, hi):
                continue
            between = words[first.end:second.start]
            noun = _AND.search(between)
            after = " ".join(words[second.end:].split()[:_NOUN_WORDS])
            if noun and own.search(between[:noun.start()]) and own.search(after):
                return f'there it is one part of a list ("{words[first.start:second.end]}")'
        return None
    return check
