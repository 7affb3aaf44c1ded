"""Days an article names in words the time grammar (text/time.py, `TIME`) does not read:
a feast ('on Christmas Day'), a day of the month alone ('on the 26th', 'the 26th of
May'), a date in figures ('5/26', '26.05.2025', '2025-05-26'), a weekday cut short or not
capitalised ('on Mon.', 'on monday'), a count back from publication ('the day before
yesterday', 'three nights ago', 'over the past 72 hours'), this month or the last, and
the weekend told without a preposition ('a weekend attack', 'since the weekend').

Loosely read (a date in figures is taken both ways round), so they only ever show that a
date with no words of its own is named; they never move one. The validator keeps its
own words for them, apart from the rules extractor's (issue 19)."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator
from functools import lru_cache

from summarizer.text.numbers import UNITS
from summarizer.text.time import MONTHS, WEEKDAYS, resolve
from summarizer.validate.event_days import last_weekend

_ONE = dt.timedelta(days=1)

_FEASTS = {"christmas eve": (12, 24), "christmas day": (12, 25), "christmas": (12, 25),
           "boxing day": (12, 26), "new year's eve": (12, 31), "new year's day": (1, 1),
           "orthodox christmas eve": (1, 6), "orthodox christmas day": (1, 7),
           "orthodox christmas": (1, 7)}
"""Feasts on one day of the calendar everywhere ('on Christmas Day'); an eve is a night and
names the day after it too."""
_FEAST = re.compile(r"\b(?:orthodox\s+)?christmas(?:\s+(?:eve|day))?\b|\bboxing\s+day\b"
                    r"|\bnew\s+year[\u2019']?s?\s+(?:eve|day)\b", re.IGNORECASE)
_OF_MONTH = re.compile(r"\bthe\s+(\d{1,2})(?:st|nd|rd|th)\b(?:\s+of\s+([A-Za-z]{3,9}))?",
                       re.IGNORECASE)
_FIGURES = re.compile(r"\b(\d{1,2})/(\d{1,2})(?:/(\d{2,4}))?\b|\b(\d{1,2})\.(\d{1,2})\.(\d{4})\b"
                      r"|\b\d{4}-\d{2}-\d{2}\b")
_SHORT_WEEKDAY = re.compile(r"\bon\s+(Mon|Tue|Tues|Wed|Thu|Thur|Thurs|Fri|Sat|Sun)\b\.?")
_ANY_CASE_WEEKDAY = re.compile(
    rf"\b(?:{'|'.join(WEEKDAYS)}|{'|'.join(w.upper() for w in WEEKDAYS)})\b")
"""A weekday in small letters or in capitals, which TIME (capitalised only) does not read."""
_BACK = re.compile(r"\b(?:the\s+day\s+before\s+yesterday|the\s+night\s+before\s+last"
                   r"|(\d+|two|three|four|five|six|seven)\s+(days|nights)\s+ago)\b", re.IGNORECASE)
_HOURS = re.compile(r"\b(?:the\s+(?:past|last|previous)|past)\s+(\d+)\s+hours\b",
                    re.IGNORECASE)
"""'over the past 72 hours'; not 'set to last 30 hours'."""
_MONTH = re.compile(r"\b(this|last)\s+month\b", re.IGNORECASE)
_WEEKEND = re.compile(r"\bweekend\b", re.IGNORECASE)


def unread_days(text: str, published: dt.date | None) -> frozenset[dt.date]:
    """Every day the words above may name, up to publication; none without it."""
    if published is None:
        return frozenset()
    return frozenset(d for d in _read(text, published) if d <= published)


def unread_single_days(text: str, published: dt.date | None) -> frozenset[dt.date]:
    """The days those words name one by one, up to publication: not a span of them (this
    month, the past 72 hours, the weekend), which names no day of its own."""
    if published is None:
        return frozenset()
    return frozenset(d for read in _SINGLE for d in read(text, published) if d <= published)


@lru_cache(maxsize=256)
def _read(text: str, published: dt.date) -> frozenset[dt.date]:
    """Cached: every date of an article asks again of the same text."""
    return frozenset(d for read in (*_SINGLE, _hours, _months)
                     for d in read(text, published)) | frozenset(
        last_weekend(published) if _WEEKEND.search(text) else ())


def _on(month: int, day: int, year: int | None, published: dt.date) -> dt.date | None:
    """The date, or without a year the latest such date up to publication."""
    return resolve(f"{MONTHS[month - 1]} {day}{f' {year}' if year else ''}", published) \
        if 1 <= month <= 12 and 1 <= day <= 31 else None


def _feasts(text: str, published: dt.date) -> Iterator[dt.date]:
    for match in _FEAST.finditer(text):
        name = re.sub(r"\s+", " ", match.group(0).lower().replace("\u2019", "'"))
        name = name.replace("new years", "new year's").replace("new year ", "new year's ")
        month, day = _FEASTS[name]
        found = _on(month, day, None, published)
        if found is not None:
            yield found
            if name.endswith("eve"):
                yield found + _ONE


def _of_month(text: str, published: dt.date) -> Iterator[dt.date]:
    """'the 26th': that day of this month, or of the last if it is still to come."""
    for match in _OF_MONTH.finditer(text):
        day, month = int(match.group(1)), match.group(2)
        if month:
            found = resolve(f"{day} {month}", published)
            if found is not None:
                yield found
            continue
        this = _on(published.month, day, published.year, published)
        last = published.replace(day=1) - _ONE
        yield from (d for d in (this, _on(last.month, day, last.year, published))
                    if d is not None)


def _figures(text: str, published: dt.date) -> Iterator[dt.date]:
    """A date in figures, month first and day first alike."""
    for match in _FIGURES.finditer(text):
        if match.group(0).count("-") == 2:
            found = resolve(match.group(0), published)
            if found is not None:
                yield found
            continue
        first, second, year = (match.group(1), match.group(2), match.group(3)) \
            if match.group(1) else (match.group(4), match.group(5), match.group(6))
        full = None if year is None else int(year) + (2000 if len(year) == 2 else 0)
        for month, day in ((int(first), int(second)), (int(second), int(first))):
            found = _on(month, day, full, published)
            if found is not None:
                yield found


def _weekdays(text: str, published: dt.date) -> Iterator[dt.date]:
    """A weekday cut short after 'on', or in any case: the latest up to publication."""
    for match in [*_SHORT_WEEKDAY.finditer(text), *_ANY_CASE_WEEKDAY.finditer(text)]:
        short = (match.group(1) if match.re is _SHORT_WEEKDAY else match.group(0)).lower()
        name = next(w for w in WEEKDAYS if w.startswith(short[:3]))
        found = resolve(name, published)
        if found is not None:
            yield found


def _back(text: str, published: dt.date) -> Iterator[dt.date]:
    """A count of days or nights back from publication; a night names both its days."""
    for match in _BACK.finditer(text):
        words = match.group(0).lower()
        if match.group(1):
            count = UNITS.get(match.group(1).lower()) or int(match.group(1))
            night = match.group(2).lower() == "nights"
        else:
            count, night = 2, "night" in words
        yield published - count * _ONE
        if night:
            yield published - (count - 1) * _ONE


def _hours(text: str, published: dt.date) -> Iterator[dt.date]:
    """Every day a count of hours back from publication reaches."""
    for match in _HOURS.finditer(text):
        back = -(-int(match.group(1)) // 24)
        yield from (published - n * _ONE for n in range(back + 1))


def _months(text: str, published: dt.date) -> Iterator[dt.date]:
    """Every day of this month up to publication, or of the month before."""
    for match in _MONTH.finditer(text):
        first = published.replace(day=1)
        if match.group(1).lower() == "last":
            first = (first - _ONE).replace(day=1)
        day = first
        while day.month == first.month and day <= published:
            yield day
            day += _ONE


_SINGLE = (_feasts, _of_month, _figures, _weekdays, _back)
"""The readers of words that name one day each (a night two)."""
