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
from summarizer.validate import lexicon as lx
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
_COMMA = re.compile(r",\s+$")
"""Items of a list joined by a comma alone ('two Kinzhal ballistic missiles, three KN-23
ballistic missiles, ...')."""
_GOES_ON = re.compile(r"(?:\s+(?!(?:over|in|on|at|near|from|to|across|against|by|for|of|with)\b)"
                      r"[\w'\u2019/.-]+){1,4}?\s*(?:,|\band\b|;|$)", re.IGNORECASE)
"""The second item's words up to where the list goes on or ends: a list's item is a noun
phrase, not a clause ('20 drones, 15 drones were shot down' is two sentences spliced) nor
a place ('20 drones, 15 over Kyiv')."""
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
            noun = _AND.search(between) or _commas(between, words[second.end:])
            after = " ".join(words[second.end:].split()[:_NOUN_WORDS])
            if noun and own.search(between[:noun.start()]) and own.search(after):
                return f'there it is one part of a list ("{words[first.start:second.end]}")'
        return None
    return check


def _commas(between: str, rest: str) -> re.Match[str] | None:
    """The comma that joins two items of a list of kinds: the second item a noun phrase
    that ends where the list goes on, and the two named apart ('two Kinzhal ballistic
    missiles, three KN-23 ballistic missiles'), not one noun counted twice ('launched
    20 drones, 15 drones and ...')."""
    comma = _COMMA.search(between)
    item = _GOES_ON.match(rest)
    if comma is None or item is None:
        return None
    first, second = between[:comma.start()], item.group(0)
    if _words(first) == _words(second) or _weapons(first) != _weapons(second):
        return None
    return comma


def _words(item: str) -> str:
    """An item's words, without the plural's 's' and the list's punctuation."""
    return " ".join(w.removesuffix("s") for w in re.findall(r"[\w'\u2019/.-]+", item.casefold())
                    if w != "and")


def _weapons(item: str) -> frozenset[str]:
    """The kinds of weapon an item's words name: 'four Vampire MLRS missiles' are rockets
    as well as missiles, so not of a kind with 'six Tochka-U missiles'."""
    return frozenset(kind for kind, words in lx.WEAPON.items() if words.search(item))
