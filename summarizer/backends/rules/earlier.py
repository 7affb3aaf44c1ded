"""Another day's attack, told in a clause of the news: "Israeli forces pounded Gaza on
Sunday, a day after killing 274 Palestinians during a raid on a camp".

The sentence's news is Sunday's strike; the clause recalls an attack of the day
before, and the paragraphs after it often give that attack's toll ("274 were
killed and 698 injured when commandos stormed the camp", "another 40 were
injured in the raid"). Such a toll is the earlier attack's, never the news's:
it is known by the figure the clause told, or by the name the clause gave the
attack ("the raid"), when the news is not called so.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from summarizer.backends.rules.attackers import STRIKE_NOUN
from summarizer.backends.rules.text import Unit, clause
from summarizer.text.numbers import NUMBER, number_value
from summarizer.text.time import MONTH_NAMES, TIME, resolve

_OFFSET = re.compile(r"(?i),\s+(?:(?P<count>a|one|two|three)\s+days?|the\s+day)\s+"
                     r"(?P<side>after|before)\b")
"""A clause, inside the sentence, that sets an event days apart from the sentence's
news: ", a day after killing 274", ", two days before the vote"."""
_DAYS = {"a": 1, "one": 1, "two": 2, "three": 3}
_NOUN = re.compile(rf"(?i)\b{STRIKE_NOUN}")


@dataclass(frozen=True)
class OtherDay:
    """An attack a clause of the news sentence sets `days` from the news's day."""

    days: int
    figures: frozenset[int]
    """The numbers the clause told of it: a toll that repeats one is its toll."""
    nouns: frozenset[str]
    """What the clause called it ("raid"), where the rest of the sentence calls the news
    otherwise: a toll told "in the raid" is its toll."""


def other_day(text: str, unit: Unit) -> OtherDay | None:
    """The earlier (or later) attack a clause of `unit` recalls, if any."""
    found = _OFFSET.search(text, unit.start, unit.end)
    if found is None:
        return None
    start, end = clause(unit, found.end())
    news = text[unit.start:found.start()] + text[end:unit.end]
    told = {_noun(m.group()) for m in _NOUN.finditer(text, start, end)}
    figures = {value for m in NUMBER.finditer(text, start, end)
               if (value := number_value(m)) is not None}
    steps = _DAYS[found.group("count").lower()] if found.group("count") else 1
    return OtherDay(-steps if found.group("side").lower() == "after" else steps,
                    frozenset(figures),
                    frozenset(told - {_noun(m.group()) for m in _NOUN.finditer(news)}))


def names(text: str, start: int, end: int, other: OtherDay) -> bool:
    """Whether text[start:end] tells a toll of `other`: it repeats a figure the clause
    told of it, or names it as the clause did, with "the" ("in the Israeli raid")."""
    figures = {number_value(m) for m in NUMBER.finditer(text, start, end)}
    if figures & other.figures:
        return True
    return any(re.search(rf"(?i)\bthe\s+(?:[\w-]+\s+){{0,2}}?{noun}s?\b", text[start:end])
               for noun in other.nouns)


def day_expression(text: str, day: dt.date, published: dt.date | None) -> str | None:
    """A time expression of the article that names `day` ("on Saturday", "Saturday's"):
    the other attack's date, written as the article writes it."""
    return next((m.group() for m in TIME.finditer(text) if resolve(m.group(), published) == day),
                None)


def _noun(word: str) -> str:
    return word.lower().removesuffix("s")


_NIGHT = re.compile(r"(?i)\b(?:overnight|night|evening|late)\b")
_MORNING = re.compile(r"(?i)\b(?:early|morning|dawn)\b")


def same_attack_day(anchor: str | None, days: int) -> bool:
    """Whether a fact dated `days` after the news attack's day, told by `anchor`, is the
    news attack's: a day either side, but a night ("late Sunday", "overnight") reaches into
    the next day only and a morning ("early Monday") back into the night before only."""
    night = bool(anchor and _NIGHT.search(anchor))
    morning = bool(anchor and _MORNING.search(anchor))
    return days == 0 or (days == 1 and not morning) or (days == -1 and not night)


_ANNIVERSARY = re.compile(r"(?i)\banniversar(?:y|ies)\b|\b(?:a|one|two|three|four|five|\d+)\s+"
                          r"years?\s+on\b(?:\s+from\b|,)")
"""An article that marks an anniversary: "the one-year anniversary of the attack", "two years
on from the raid". Not "two years ago" or "since": news recalls the war's start so."""
_DAY_OF_MONTH = re.compile(rf"\b{MONTH_NAMES}\s+\d|\b\d{{1,2}}(?:st|nd|rd|th)?\s+{MONTH_NAMES}")
_YEAR = re.compile(r"\b(?:19|20)\d\d\b")


def anniversary_date(text: str, when: str | None) -> bool:
    """Whether `when` is the calendar date an anniversary article recalls ("the 7 October
    attack" on the day a year later). Without a year, a day and month resolve to the day of
    publication or just before, so the attack the day marks would pass for the news; news of
    the day is dated "on Monday", "overnight", not by its own day and month."""
    return bool(when and _DAY_OF_MONTH.search(when) and not _YEAR.search(when)
                and _ANNIVERSARY.search(text))
