"""Weapons counted one at a time: "a ballistic missile struck", "a drone hit the mosque".

The gold format counts such a weapon as 1; a number reader never sees it, as
there is no number. It is a launch only when the sentence tells the weapon
struck or was fired, not a part of one ("fragments of a downed drone"), one
shot down among others ("a downed drone"), or one of many ("at least one"), as where the
article tells a barrage or other weapons ("part of a barrage of cruise missiles", "other
rockets hit Tel Aviv"): the one that hit a place is no count of the attack's weapons. Nor
is the one that fired the weapons ("a drone that launched three rockets", "a drone fired
two missiles at a car"): it carried the munitions, which are the count, and came back.
"""

from __future__ import annotations

import re

from summarizer.backends.rules.numbers import Count, weapon_type
from summarizer.backends.rules.text import per_sentence
from summarizer.text.gazetteer import Gazetteer
from summarizer.text.numbers import ONE_EXPLOSIVE, ONE_WEAPON

_NOT_SET_OFF = re.compile(r"(?i)\b(?:plac|plant|defus|found|recover|seiz|discover|dismantl)\w*\s+$")
"""A bomb planted, found or defused ("trying to place an explosive device") struck nothing."""
_NOT_ONE = re.compile(r"(?i)\b(?:(?<!result\s)of|least|than|only|just|with\s+more)\s+$")
"""One of many ("one of the missiles", "at least one", "more than one"), a part of one
("fragments of a drone"); not a cause ("as a result of a missile hitting the building")."""
_CARRIER = re.compile(r"(?i)\s+(?:(?:that|which)\s+)?(?:had\s+)?(?:fired|launched|dropped|firing"
                      r"|launching|dropping)\s+(?:[\w-]+\s+){0,3}?(?:missiles?|rockets?|bombs?"
                      r"|munitions?|shells?|grenades?|projectiles?)\b")
"""The weapon as the one that fired others ("a drone that launched three rockets"); not one
that carried its own charge ("a drone carrying explosives crashed")."""
_AMONG_OTHERS = frozenset({"downed", "intercepted", "destroyed", "shot", "another", "first",
                           "second", "third", "last", "final"})
"""One downed among others, or one an ordinal tells is one of several ("a first missile")."""
_MANY = re.compile(r"(?i)\b(?:barrages?|salvos?|volleys?|waves?\s+of|other\s+(?:[a-z-]+\s+)?"
                   r"(?:missiles|rockets|drones|UAVs))\b")


@per_sentence
def _tells_many(text: str) -> bool:
    """Whether the article tells a barrage or other weapons (`_MANY`): read once per article,
    not once for every sentence that names a weapon."""
    return _MANY.search(text) is not None


def single_weapons(text: str, start: int, end: int, gazetteer: Gazetteer) -> list[Count]:
    """The weapons text[start:end] names one at a time, each a `Count` of 1."""
    found: list[Count] = []
    for one in ([] if _tells_many(text) else ONE_WEAPON.finditer(text, start, end)):
        modifiers = one.group(1).split()
        if _NOT_ONE.search(text, max(start, one.start() - 16), one.start()) or (
                _AMONG_OTHERS & {m.lower() for m in modifiers}) or _CARRIER.match(text, one.end()):
            continue
        weapon = weapon_type(one.group(2).lower(), modifiers)
        nations = tuple(entry.name for m in modifiers
                        if (entry := gazetteer.lookup(m)) and entry.demonym and entry.party)
        if weapon is not None:
            found.append(Count(1, one.start(), one.end(), f"a {one.group(2).lower()}", "weapon",
                               weapon, nations))
    found += [Count(1, bomb.start(), bomb.end(), "a bomb", "weapon", "explosive")
              for bomb in ONE_EXPLOSIVE.finditer(text, start, end)
              if not _NOT_SET_OFF.search(text, max(start, bomb.start() - 24), bomb.start())]
    return found
