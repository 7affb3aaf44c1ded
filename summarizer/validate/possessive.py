"""Possessives: whose people a number counts when a pronoun says it ('248 of its soldiers').

A side's own report of a swap names its people by a pronoun: 'Moscow said 248 of its
soldiers had come home', 'Kyiv says 230 of their servicemen were freed'. The number counts
the people of the side the pronoun stands for, whatever the nouns after it say (a
'soldier' is anyone's): the last side the sentence names before the number. A release
by that side does not free its own people, and a total returned to another side does not
count them. This holds in an even swap as in any other: a pronoun, unlike a number, is
not shared by both sides' releases. A pronoun after words naming both sides ('the two
sides freed 100 of their prisoners each', 'Russia and Ukraine each said ...') says
nothing of one side.
"""

from __future__ import annotations

import re

from summarizer.text.numbers import Mention
from summarizer.validate.lexicon import SIDES, sentence_at
from summarizer.validate.scope import Check
from summarizer.validate.sides import known_sides, people_forms

_OF_ITS = re.compile(r"\s+of\s+(?:its|their)\b", re.IGNORECASE)
_LOOK_BACK = 12
"""At most this many words before the number are read for the pronoun's side: a speaker
named farther back ('Russia said ... while Ukraine said 230 of its') is another clause's."""


def owner(text: str, mention: Mention) -> frozenset[str] | None:
    """The spellings of the side whose people `mention` counts by a pronoun ('248 of its
    soldiers'), or None: no pronoun, no side before it, or both sides."""
    if not _OF_ITS.match(text, mention.end):
        return None
    words = text[sentence_at(text, mention.start)[0]:mention.start].split()[-_LOOK_BACK:]
    for n in range(1, len(words) + 1):
        last = " ".join(words[-n:])
        found = known_sides(last)
        if found:
            return found[0] if len(found) == 1 and not SIDES.search(last) else None
    return None


def own_by_pronoun(side: str) -> Check:
    """A release by `side` whose number a pronoun says counts `side`'s own people."""
    forms = people_forms(side)

    def check(text: str, clause: tuple[int, int], mention: Mention) -> str | None:
        whose = owner(text, mention)
        if whose is None or not whose & forms:
            return None
        return f"there it counts {side}'s own people ({_quoted(text, mention)}), whom " \
               f"{side} got back"
    return check


def others_by_pronoun(side: str) -> Check:
    """A total returned to `side` whose number a pronoun says counts another side's
    people."""
    forms = people_forms(side)

    def check(text: str, clause: tuple[int, int], mention: Mention) -> str | None:
        whose = owner(text, mention)
        if whose is None or whose & forms:
            return None
        return f"there it counts another side's people ({_quoted(text, mention)}), not " \
               f"{side}'s"
    return check


def _quoted(text: str, mention: Mention) -> str:
    """The number and its pronoun, as the reader finds them ('"248 of its"')."""
    found = _OF_ITS.match(text, mention.end)
    return f'"{text[mention.start:found.end() if found else mention.end]}"'
