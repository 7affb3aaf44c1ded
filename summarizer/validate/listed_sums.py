"""Listed sums: a count its evidence gives only as the parts of one list.

'one Kinzhal ballistic missile, four Iskander-M ballistic missiles' launched five
ballistic missiles, and '51 Israeli hostages and 19 hostages from other countries' were
70 hostages, though neither 5 nor 70 is written. A count that adds up the parts its own
evidence lists, each counting the noun of the fact's kind, is derived from what the
article states, not invented: grounding notes it (an info finding) instead of raising
`number_not_in_evidence`.

The reading is narrow on purpose, as a figure let through here is shown unflagged:

- a part is a number, up to `_MODIFIER_WORDS` words naming which ones (no comma, no
  'and', no verb between), then the kind's noun: the weapon type's own words ('ballistic
  missiles'; for a missile of unstated type a 'missile' no type word comes before), or for
  people one noun of people repeated in every part ('hostages' ... 'hostages');
- the parts stand next to each other in one list, joined by a comma, 'and', 'as well as'
  or 'plus' alone, at least two of them, each named apart (not '20 drones, 15 drones', one
  noun counted twice);
- their sum is the count. A sum the evidence lists no parts for stays an error.
"""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass

from pydantic import BaseModel

from summarizer.models import Casualties, CumulativeTotal, Release, WeaponCount
from summarizer.validate import lexicon as lx
from summarizer.validate.counting import counts

_MODIFIER_WORDS = 6
"""How many words between a part's number and its noun may say which ones it counts
('nine Iskander-M or North Korean KN-23 ballistic missiles')."""
_NEXT_WORD = re.compile(r"\s+([\w'\u2019/.-]+)")
"""The next word after whitespace alone: a comma or a dash ends a part's words."""
_JOIN = re.compile(r"\s*,\s*(?:and\s+)?|\s+(?:and|as\s+well\s+as|plus)\s+", re.IGNORECASE)
"""What may stand between two parts of one list: its punctuation and conjunction alone."""
_NOT_MODIFIER = re.compile(r"^(?:and|of|were|was|are|is|had|have|has|been|who|which|that|"
                           r"in|on|at|from|to|by|with|for)$", re.IGNORECASE)
"""Words that end a noun phrase or start a clause: a part's words stop before them."""
_MISSILE_TYPE = re.compile(r"\b(?:cruise|ballistic)\b", re.IGNORECASE)
_PERSONS = re.compile(lx.PEOPLE.pattern + r"|\b(?:hostage|prisoner|captive|detainee|"
                      r"POW|serviceman|servicemen|servicemember)s?\b", re.IGNORECASE)
"""Nouns of people a count of the freed, returned or harmed may be listed in."""


@dataclass(frozen=True)
class Part:
    """One listed count: its value, its words ('four Iskander-M ballistic missiles') and
    where it starts and ends in the evidence."""

    value: int
    words: str
    start: int
    end: int
    modifiers: str
    noun: str


def _noun_of(holder: BaseModel) -> re.Pattern[str] | None:
    """The noun a part of this count must end in; None where no list can give it."""
    if isinstance(holder, WeaponCount):
        if holder.type == "other":
            return None
        return re.compile(r"\b" + holder.type.replace(" ", r"\s+") + r"s?\b", re.IGNORECASE)
    if isinstance(holder, Release | CumulativeTotal | Casualties):
        return _PERSONS
    return None


def _parts(span: str, noun: re.Pattern[str], missile: bool) -> list[Part]:
    """Each number of `span` whose own noun phrase ends in `noun`."""
    found: list[Part] = []
    for mention in counts(span):
        if mention.value is None:
            continue
        modifiers: list[str] = []
        position = mention.end
        while (word := _NEXT_WORD.match(span, position)) is not None:
            head = noun.match(span, word.start(1))
            if head is not None:
                which = " ".join(modifiers)
                if not (missile and _MISSILE_TYPE.search(which)):
                    found.append(Part(mention.value, span[mention.start:head.end()],
                                      mention.start, head.end(), which.casefold(),
                                      head.group(0).casefold().removesuffix("s")))
                break
            if len(modifiers) == _MODIFIER_WORDS or _NOT_MODIFIER.match(word.group(1)):
                break
            modifiers.append(word.group(1))
            position = word.end()
    return found


def listed_sum(span: str, holder: BaseModel, value: int) -> list[Part] | None:
    """The parts of one list in `span` whose counts add up to `value`, each counting the
    noun of `holder`'s kind; None where no such list is there."""
    noun = _noun_of(holder)
    if noun is None:
        return None
    missile = isinstance(holder, WeaponCount) and holder.type == "missile"
    parts = _parts(span, noun, missile)
    runs: list[list[Part]] = []
    for part in parts:
        if runs and _JOIN.fullmatch(span[runs[-1][-1].end:part.start]) \
                and part.noun == runs[-1][-1].noun:
            runs[-1].append(part)
        else:
            runs.append([part])
    for run in runs:
        named_apart = all(a.modifiers != b.modifiers for a, b in itertools.combinations(run, 2))
        if len(run) >= 2 and named_apart and sum(p.value for p in run) == value:
            return run
    return None
