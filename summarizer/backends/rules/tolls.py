"""Casualty tolls: how many were killed or injured, as a sentence states it.

A toll is read from one sentence at a time: the number a casualty word counts
("killed 12", "12 people were wounded"), or, when the clause that mentions
casualties gives no number at all, that there were some ("there are
fatalities"). Which attack a toll belongs to is the attack reader's business;
this module says only what the sentence states, and leaves out what it does not
state as this event's toll: history, threats, another day's strike, a range or a
list of groups that gives no one figure.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Literal

from summarizer.backends.rules.text import Unit, clause, is_background
from summarizer.models import Qualifier
from summarizer.text.modality import unreal
from summarizer.text.numbers import NUMBER, TENS, UNITS, number_value, qualifier_before

CasualtyKind = Literal["killed", "injured"]

OTHER_DAY = re.compile(r"(?i)\b(?:(?:a|one|two|three|\d+)\s+days?|the\s+day)\s+(?:after|before)\b")
"""A clause about another day's event: "pounded Gaza on Sunday, a day after killing 274"."""

_QUALIFIER = r"(?:at\s+least\s+|more\s+than\s+|over\s+|about\s+|nearly\s+|some\s+|around\s+)?"
_CASUALTY_WORDS: dict[CasualtyKind, tuple[str, str, str]] = {
    "killed": (r"killed|killing|kills|claimed\s+the\s+lives\s+of"
               r"|death\s+toll\b[^.]{0,160}?\b(?:risen|rose|climbed|increased|reached|stood|stands)"
               r"(?:\s+(?:to|at))?", r"killed|dead|died",
               r"fatalities|killed|dead|deaths|died|death\s+toll"),
    "injured": (r"injured|injuring|injures|wounded|wounding|wounds", r"injured|wounded|hurt",
                r"injuries|injured|wounded|hurt"),
}
"""Per kind: the words a number follows ("killed 12"), the words that follow a number
("12 were wounded"), and the words that say there were casualties without a number."""
_CASUALTY = {
    kind: (re.compile(rf"(?i)\b(?:{before})\s+{_QUALIFIER}(?=\S)"),
           re.compile(rf"(?i)^\s+(?:[\w-]+\s+){{0,2}}?(?:(?:were|was|have\s+been|had\s+been|are)\s+)?"
                      rf"(?:{after})\b"),
           re.compile(rf"(?i)\b(?:{reported})\b"))
    for kind, (before, after, reported) in _CASUALTY_WORDS.items()
}
_PART = re.compile(r"(?i)(?:\b(?:\d[\d,]*|" + "|".join(UNITS) + "|" + "|".join(TENS)
                   + r")(?:\s+(?:to|or)\s+|\s*[-\u2013]\s*)"
                   r"|\b(?:\d[\d,]*|" + "|".join(UNITS) + "|" + "|".join(TENS)
                   + r")\s+(?:(?!(?:were|was|are|is|have|has|had|been|killed|dead|died|injured"
                   r"|wounded|hurt)\b)[\w-]+\s+){1,3}and\s+(?:over\s+|more\s+than\s+)?)$")
"""A number that ends a range ("five to seven", "5-7") or a list of counted groups
("five adults and one child", "23 soldiers and over 200 militants")."""
ANY_CASUALTY = re.compile(
    r"(?i)\b(?:" + "|".join(w for words in _CASUALTY_WORDS.values() for w in words) + ")")
"""Any casualty word at all: most sentences have none and skip the number scans."""


@dataclass(frozen=True)
class Toll:
    """One kind of casualty a sentence reports: `count` is None when it gives no number."""

    kind: CasualtyKind
    count: int | None
    qualifier: Qualifier | None
    position: int
    """Where the number (or the casualty word) is in the article: it dates the toll."""


def tolls(text: str, unit: Unit) -> list[Toll]:
    """The killed and the injured that `unit` reports as news, at most one of each."""
    if not ANY_CASUALTY.search(unit.text):
        return []
    found: list[Toll] = []
    for kind, (before, after, reported) in _CASUALTY.items():
        number = _number(text, unit, before, after)
        mention = reported.search(unit.text)
        if number is None and mention is None:
            continue
        position = number.start() if number else unit.start + (mention.start() if mention else 0)
        start, end = clause(unit, position)
        if is_background(text, unit, position) or unreal(text, start, end) or OTHER_DAY.search(
                text, start, end):
            continue
        if number is None and NUMBER.search(text, start, end):
            continue  # its number may be one this reader cannot tie to the word
        found.append(Toll(kind, number_value(number) if number else None,
                          qualifier_before(text, number.start()) if number else None, position))
    return found


def _number(text: str, unit: Unit, before: re.Pattern[str],
            after: re.Pattern[str]) -> re.Match[str] | None:
    """The number a casualty word counts ("killed 12", "12 people were killed"), unless
    it ends a range ("five to seven") or a list ("five adults and one child"): the
    article then gives no one figure for the toll."""
    numbers = [n for lead in before.finditer(text, unit.start, unit.end)
               if (n := NUMBER.match(text, lead.end()))]
    numbers += [n for n in NUMBER.finditer(text, unit.start, unit.end)
                if after.match(text[n.end():unit.end])]
    return next((n for n in numbers if number_value(n) is not None
                 and not _PART.search(text, max(unit.start, n.start() - 60), n.start())), None)
