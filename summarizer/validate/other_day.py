"""Another day's release: a stage's count read from a sentence that dates its release to
another day or month; an attack's count from one that dates its attack to another month,
or to a day two or more days from the attack's (`other_attack_day`).

An article on one day's release recalls the others: the day before ('Twelve more hostages
were released Tuesday' in an article on Monday's stage), a month before ('In June, Ukraine
returned 144 soldiers' in one on September's swap). Each has a number, the release words
and the sides, so it passes every check of its clause; only its day says it is another
stage's. The day is read as the date checks read an event's (event_days.py): in a sentence
about a release, and not a report's, a plan's, a dateline's or an earlier event's day, with
both days of a night ('late Monday'). Only where the article names the stage's own day
for a release somewhere: that the stage is that day's is then the article's word, not
only the extraction's. A month is coarser: one the sentence names for a release is
another stage's wherever the stage's date lies outside it. A sentence that also names the
stage's own day is left alone ('13 on Friday and 11 on Monday'), and so is one with no day
or month of its own: most releases are told without one.
"""

from __future__ import annotations

import datetime as dt
import re

from summarizer.text.numbers import Mention
from summarizer.text.time import MONTH_NAMES, TIME, month_number
from summarizer.validate.event_days import (
    ATTACK,
    STAGE,
    event_day,
    event_days,
    last_weekend,
)
from summarizer.validate.lexicon import HEDGES, sentence_at
from summarizer.validate.scope import Check

_MONTH = re.compile(rf"\b(?i:in|during|back in|earlier in|last)\s+(?P<month>{MONTH_NAMES})"
                    r"(?!\s*\d{1,2}\b)(?:,?\s+(?P<year>\d{4}))?\b")
"""A month told without its day ('In June', 'in March 2023'): the day is not named, but the
month is. Not 'since June', a running total's start."""
_UNDONE = tuple(pattern for why, pattern in HEDGES if why in ("a plan", "a threat"))


def _months(sentence: str) -> set[tuple[int, int | None]]:
    """The (month, year or None) of each month the sentence names without a day."""
    return {(month, int(m.group("year")) if m.group("year") else None)
            for m in _MONTH.finditer(sentence)
            if (month := month_number(m.group("month").rstrip("."))) is not None}


def _within(date: dt.date, months: set[tuple[int, int | None]]) -> bool:
    """Whether `date` lies in one of `months`."""
    return any(month == date.month and year in (None, date.year) for month, year in months)


def _event_days(text: str, sentence: tuple[int, int], published: dt.date | None,
                event: re.Pattern[str]) -> set[dt.date]:
    """Every day `sentence` names for an `event` (event_days.event_day)."""
    return {d for m in TIME.finditer(text, *sentence)
            for d in event_day(text, m, published, event)}


def other_month(date: dt.date | None) -> Check:
    """The check of an attack's count, of the attack of `date`: a sentence about an attack
    that names another month for it, and not its own ('In a strike on the port in March,
    missiles killed five' in an article on an April attack), tells another attack. Only the
    month: an attack's day is the night's, either side of midnight, and its toll is told on
    later days."""
    def check(text: str, clause: tuple[int, int], mention: Mention) -> str | None:
        if date is None:
            return None
        lo, hi = sentence_at(text, mention.start)
        sentence = text[lo:hi]
        months = _months(sentence)
        if not months or _within(date, months) or not ATTACK.search(sentence):
            return None
        return "there it is an attack of another month"
    return check


_WEEKEND_ATTACK = re.compile(r"\b(?:the|this|last|past)\s+weekend(?:['\u2019]s)?\s+"
                             r"(?:[\w-]+\s+){0,2}?(?:attack|strike|raid|assault|bombing)",
                             re.IGNORECASE)
"""An attack named by its weekend ('the weekend rocket attack', 'last weekend's strike'),
which the time grammar does not read: its Saturday and Sunday."""
_COUNTED_FROM = re.compile(
    r"\b(?:(?:a|one|two|three|four|five|six|several|\d+)\s+(?:days?|weeks?)"
    r"|the\s+day)\s+(?:after|before|since|earlier|later)\b", re.IGNORECASE)
"""A sentence that counts days from the day it names ('pounded the city on Sunday, a day
after killing 274'): the event is told by that distance, not by the name."""
_NIGHT = dt.timedelta(days=1)
"""How far an attack's day may lie from the day a sentence names for it: an attack is the
night's, dated either side of midnight, and 'late Sunday' is Monday's news."""


def other_attack_day(date: dt.date | None, published: dt.date | None) -> Check:
    """The check of a count of the attack of `date`, in an article of `published`: a
    sentence about an attack that names its day, and that day is two or more days from
    `date` ('On Thursday night, a strike hit a building, killing 22' against Monday's
    attack; 'blamed for the weekend rocket attack that killed 12' against Tuesday's), tells
    another attack: its toll or weapons are that attack's, whichever backend read them.
    Only where every day the sentence names for an attack is that far: one that also names
    the attack's own day, or the night next to it, is left alone, and so is one that counts
    days from the day it names. A report's, a plan's or an earlier event's day does not
    count (event_days.event_day)."""
    def check(text: str, clause: tuple[int, int], mention: Mention) -> str | None:
        if date is None:
            return None
        lo, hi = sentence_at(text, mention.start)
        sentence = text[lo:hi]
        if not ATTACK.search(sentence) or _COUNTED_FROM.search(sentence):
            return None
        days = _event_days(text, (lo, hi), published, ATTACK)
        if published is not None and _WEEKEND_ATTACK.search(sentence):
            days.update(last_weekend(published))
        if not days or any(abs(d - date) <= _NIGHT for d in days):
            return None
        return "there it is an attack of another day"
    return check


def other_day(date: dt.date | None, article: str, published: dt.date | None) -> Check:
    """The check of a count of the stage of `date`, in `article`, of `published`."""
    named = date is not None and date in event_days(article, published, STAGE, today=True)

    def check(text: str, clause: tuple[int, int], mention: Mention) -> str | None:
        if date is None:
            return None
        lo, hi = sentence_at(text, mention.start)
        sentence = text[lo:hi]
        if not STAGE.search(sentence) or any(p.search(sentence) for p in _UNDONE):
            return None
        days = _event_days(text, (lo, hi), published, STAGE) if named else set()
        months = _months(sentence)
        if date in days or _within(date, months):
            return None
        if days or months:
            return "there it is a release of another day"
        return None
    return check
