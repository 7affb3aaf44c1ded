"""One person a side frees, told by name alone: "Hamas said it had released Edan Alexander",
"the U.S. released Petrov", "Washington freeing German-Russian businessman Arthur Petrov".

A swap of one for one, or a single hostage handed over, is often told with no number and no
noun a count could read (`numbers._one_person` reads "Russian arms dealer Viktor Bout", whose
side is a demonym): the person's name is the object of the side's release verb. That side,
the subject right before the verb (a country, a group, or a capital standing for its
country), frees one person. Only the active voice with the side as its subject is read:
"Marc Fogel has been released" names no one who freed him, and "Israel released Palestinian
prisoners" counts a group, not a person (a name the gazetteer knows, or a day, is no
person's name).
"""

from __future__ import annotations

import re

from summarizer.backends.rules.numbers import Count
from summarizer.backends.rules.person_names import NEXT, TOKEN
from summarizer.text.gazetteer import Gazetteer, Mention
from summarizer.text.time import TIME

_FREES = re.compile(
    rf"(?:\s+{TIME.pattern})?"
    r"\s+(?:said\s+(?:it|they)\s+)?(?:(?:has|have|had|is|are|was|were)\s+)?"
    r"(?:released|freed|releasing|freeing|handed\s+over|set\s+free)\s+"
    r"(?:(?:[A-Z][\w'\u2019.]*-)?[A-Z][\w'\u2019]*\s+[a-z]+\s+)?"
    rf"(?P<name>{TOKEN}(?:{NEXT}){{0,2}})(?![\w'\u2019-])")
"""After the side: the time it acted ("Hamas on Monday released"), its release verb and a
person's name, after at most a demonym and a noun of who the person is ("Colombian businessman
Alex Saab")."""


def freed_by_name(text: str, start: int, end: int, gazetteer: Gazetteer,
                  counted: list[Count]) -> list[Count]:
    """A count of one for each person a side is told to free by name, where `counted` (the
    unit's other counts) has not counted them already ("Colombian businessman Alex Saab")."""
    found: list[Count] = []
    for mention in gazetteer.mentions(text, start, end):
        match = _FREES.match(text, mention.end, end)
        if match is None or not _a_side(mention, gazetteer):
            continue
        name = match.group("name")
        if name.endswith(("'s", "\u2019s")) or any(
                gazetteer.lookup(word) or TIME.fullmatch(word) for word in name.split()):
            continue
        if any(c.start <= match.start("name") <= c.end + 1 for c in counted):
            continue
        found.append(Count(1, match.start("name"), match.end("name"), "person", "people"))
    return found


def _a_side(mention: Mention, gazetteer: Gazetteer) -> bool:
    """A side that can free people: a country or group, or its capital ("Moscow releasing")."""
    entry = mention.entry
    if entry.demonym:
        return False
    if entry.party:
        return True
    country = gazetteer.lookup(entry.country) if entry.country else None
    return country is not None and country.capital == entry.name
