"""Time expressions: where a text writes one, and which date it means.

`TIME` finds the expressions news uses to date an event ("on Friday", "May 16",
"overnight"); `resolve` turns one into a date against the publication date. One
grammar serves the rules backend, the reference extractions of evaluation and
the pipeline, so what one stage can find the next can resolve.

Models are bad at calendar arithmetic ("on Friday" in an article published on
Saturday is the day before), so the model copies the expression as written and
this module turns it into a date. An expression it cannot read resolves to
None: an empty date is better than a wrong one.
"""

from __future__ import annotations

import datetime as dt
import re
from functools import lru_cache

from summarizer.models import ArticleExtraction

WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
MONTHS = (
    "january", "february", "march", "april", "may", "june",
    "july", "august", "september", "october", "november", "december",
)
CALENDAR_NAMES = frozenset(word.title() for word in (*WEEKDAYS, *MONTHS))
"""The days of the week and the months as a capitalised word: never a person's or a place's
name, nor who said something ("..., said Sunday.")."""
_MONTH_ABBR = {m[:3]: i for i, m in enumerate(MONTHS, start=1)} | {"sept": 9}
MONTH_NAMES = (r"(?:January|February|March|April|May|June|July|August|September|October|November"
               r"|December|Jan\.?|Feb\.?|Mar\.?|Apr\.?|Jun\.?|Jul\.?|Aug\.?|Sept?\.?|Oct\.?"
               r"|Nov\.?|Dec\.?)")
"""A month as news writes it, capitalised, in full or abbreviated: a regex fragment."""
WEEKDAY_NAMES = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
_FILED = (rf"(?:{MONTH_NAMES}\s+\d{{1,2}}(?:,\s+\d{{4}})?"
          rf"|\d{{1,2}}(?:st|nd|rd|th)?\s+{MONTH_NAMES}(?:,?\s+\d{{4}})?)"
          rf"(?:\s*\([A-Z][\w .]{{1,20}}\))?")
_PLACE = (r"[A-Z][\w.\u2019'/\-]*(?:\s+(?:/?[A-Z][\w.\u2019'/\-]*"
          r"|(?:de|da|del|do|dos|du|es|el|al|la|le|upon|am|an|der|di)\b)){0,5}")
"""The place a dateline names: a few capitalised words, with the particles of names ('Rio de
Janeiro', 'Dar es Salaam'), a country after a comma ('KHARKIV, UKRAINE, Apr 4 — '). Never a
clause: 'Bandits killed 20 people in Zurmi on Sunday, 25 May 2025 ...' or 'Russian drones
struck Kyiv on Saturday, May 24 — ...' opens a sentence whose date is the event's."""
DATELINE = re.compile(
    rf"\A(?:\((?:[^()\n]|\([^()\n]{{1,20}}\)){{1,40}}\)\s*)?"
    rf"(?:{_PLACE}(?:\s*[\[(][\w .]+[\])])?,\s*{_FILED}"
    rf"(?:\s*[:\u2013\u2014-]+|\.\s*/[A-Z]+/\.)?"
    rf"|(?:{_PLACE}(?:,\s*{_PLACE})*,?\s+)?{_FILED}\s*[:\u2013\u2014-]+)\s+")
"""The dateline heading a report: the day it was filed, after a place and a comma ('Kursk
[Russia], May 13 : ', 'Jerusalem, Nov 28 ', day first: 'Lagos, 29th January 2024: '), or
followed by a colon or a dash, often with the wire agency ('Aug. 21 (UPI) -- ', 'KYIV, Aug
21 (Reuters) - ', 'May 3 (Reuters) - '), and on a syndicated copy the syndicator before it
('(MENAFN- IANS) Jerusalem, Nov 7 (IANS) ', '(MENAFN- Kuwait News Agency (KUNA)) AMMAN, Oct 5
(KUNA) - '); TASS's 'TEL AVIV, July 28. /TASS/. '.
The day of writing, not of the news: no reader dates an event by it."""
TIME = re.compile(
    r"\b(?=[\dADEFJLMNOSTWYelnoty])(?:"
    rf"\b(?:(?i:(?:early|late)\s+on|(?:the\s+)?early\s+hours\s+of|on|last|this|next"
    rf"|early|late)\s+)?{WEEKDAY_NAMES}"
    rf"(?:\s+(?:morning|afternoon|evening|night))?\b"
    rf"(?:,?\s*[\[(]?(?:{MONTH_NAMES}\s+\d{{1,2}}|\d{{1,2}}\s+{MONTH_NAMES})\b(?:,?\s+\d{{4}}\b)?[\])]?)?"
    rf"|\b(?:(?i:on)\s+)?{MONTH_NAMES}\s+\d{{1,2}}(?:st|nd|rd|th)?\b(?:,?\s+\d{{4}}\b)?"
    rf"|\b(?:(?i:on)\s+)?\d{{1,2}}(?:st|nd|rd|th)?\s+{MONTH_NAMES}(?:\s+\d{{4}})?\b"
    r"|\b(?:(?i:(?:earlier\s+|later\s+)?)(?:today|TODAY)|(?<![A-Za-z] )Today"
    r"|(?i:yesterday|overnight|tonight|last\s+night"
    r"|this\s+(?:morning|afternoon|evening)|tomorrow))\b"
    r")"
)
"""A time expression that can date an event, as written in running text; `resolve`
reads every one it finds. A weekday keeps the end of the day written before it ("early on
Thursday", "late on Saturday", "the early hours of Sunday"), which says which side of a
night it gives. A weekday keeps the date written after it ("on Thursday,
March 7", "Sunday [October 13]"), which dates it where the weekday alone would mean a
later week. A capitalised "Today" after a word is a title's ("India Today", "USA Today"
quoted or credited), not the day of writing. The lookahead is every character one can
start with (a digit, a weekday's, a month's or a relative word's first letter): the
checks search whole articles with it, and it lets a search skip every other word at
once (three times as fast)."""

_RELATIVE = [(re.compile(rf"\b{phrase}\b"), offset) for phrase, offset in {
    "today": 0,
    "this morning": 0,
    "this afternoon": 0,
    "this evening": 0,
    "tonight": 0,
    "yesterday": -1,
    "last night": -1,
    "overnight": -1,
    "the day before": -1,
    "tomorrow": 1,
}.items()]
_ISO = re.compile(r"\b(\d{4})-(\d{2})-(\d{2})\b")
_MONTH_DAY = re.compile(r"\b([a-z]{3,9})\.?\s+(\d{1,2})(?:st|nd|rd|th)?(?:,?\s+(\d{4}))?\b")
_DAY_MONTH = re.compile(
    r"\b(\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?([a-z]{3,9})\.?(?:,?\s+(\d{4}))?\b"
)
_WEEKDAY = re.compile(r"\b(last|next|this)?\s*(" + "|".join(WEEKDAYS) + r")\b")


def month_number(name: str) -> int | None:
    """The month (1 to 12) a month's name or abbreviation ('Sept', 'March') names."""
    name = name.lower()
    if name in MONTHS:
        return MONTHS.index(name) + 1
    return _MONTH_ABBR.get(name)


def _calendar(month: int, day: int, year: int | None, published: dt.date) -> dt.date | None:
    """A month and day without a year is the latest such date not after publication."""
    try:
        if year is not None:
            return dt.date(year, month, day)
        candidate = dt.date(published.year, month, day)
        if candidate > published:
            candidate = dt.date(published.year - 1, month, day)
        return candidate
    except ValueError:
        return None


def _named_day(text: str, date: dt.date | None) -> dt.date | None:
    """The calendar date, unless the weekday written with it names another day ("on
    Friday, March 22" where March 22 is a Saturday): one of the two words is wrong, and
    nothing in them tells which, so the expression dates nothing."""
    weekday = _WEEKDAY.search(text)
    if date is None or weekday is None or WEEKDAYS[date.weekday()] == weekday.group(2):
        return date
    return None


@lru_cache(maxsize=1 << 12)
def resolve(expression: str | None, published: dt.date | None) -> dt.date | None:
    """Resolve `expression` ("on Friday", "May 16", "overnight") to a date.

    Without a publication date only absolute dates (ISO, or with a year) resolve.
    A bare weekday means the most recent such day on or before publication,
    which is how news writes about the past; "next Friday" looks forward. A weekday
    written with a date it does not fall on resolves to None (`_named_day`). Cached:
    the checks ask again for every dated item, and the same words recur.
    """
    if not expression:
        return None
    text = expression.lower().strip()
    iso = _ISO.search(text)
    if iso:
        try:
            return dt.date(int(iso.group(1)), int(iso.group(2)), int(iso.group(3)))
        except ValueError:
            return None
    for pattern, month_group, day_group in ((_MONTH_DAY, 1, 2), (_DAY_MONTH, 2, 1)):
        for found in pattern.finditer(text):
            month = month_number(found.group(month_group))
            if month is None:
                continue
            year = int(found.group(3)) if found.group(3) else None
            if published is None and year is None:
                return None
            return _named_day(text, _calendar(month, int(found.group(day_group)), year,
                                              published or dt.date.min))
    if published is None:
        return None
    for pattern, offset in _RELATIVE:
        if pattern.search(text):
            return published + dt.timedelta(days=offset)
    weekday = _WEEKDAY.search(text)
    if weekday:
        target = WEEKDAYS.index(weekday.group(2))
        back = (published.weekday() - target) % 7
        if weekday.group(1) == "next":
            return published + dt.timedelta(days=(target - published.weekday()) % 7 or 7)
        if weekday.group(1) == "last" and back == 0:
            back = 7
        return published - dt.timedelta(days=back)
    return None


def day_key(when: str, published: dt.date | None) -> str:
    """The key of the day a time names, which groups what an article tells by day: its
    ISO date, or its words folded when it does not resolve ("in the morning"), so two
    sentences writing the same unresolved time still share a day."""
    date = resolve(when, published)
    return date.isoformat() if date else when.lower()


def weekday_name(expression: str | None) -> str | None:
    """The weekday an expression names, if any, so the validator can check it."""
    if not expression:
        return None
    found = _WEEKDAY.search(expression.lower())
    return found.group(2) if found else None


def in_words(expression: str | None, date: dt.date | None, published: dt.date | None) -> bool:
    """Whether a date is what its own words say: a day the article names for the event,
    not one a backend or the merge gave it."""
    return date is not None and expression is not None and resolve(expression, published) == date


def resolve_extraction(
    extraction: ArticleExtraction, published: dt.date | None
) -> ArticleExtraction:
    """Fill every `date`/`as_of` from its expression. Dates a backend already set are
    kept only when there is no expression to resolve: the model's calendar
    arithmetic is never trusted over the text."""
    # A copy by dump and validation: the same values as a deep copy (no model validator
    # changes one) at a third of its cost, and, as grounding's, sharing no object.
    data = type(extraction).model_validate(extraction.model_dump())

    def pick(expression: str | None, current: dt.date | None) -> dt.date | None:
        return resolve(expression, published) if expression else current

    if data.agreement is not None:
        data.agreement.date = pick(data.agreement.date_expression, data.agreement.date)
    for stage in data.stages:
        stage.date = pick(stage.time_expression, stage.date)
    for total in data.cumulative:
        # A running total stated without a time ("697 so far") is as of publication.
        total.as_of = pick(total.as_of_expression, total.as_of) or published
    for attack in data.attacks:
        attack.date = pick(attack.time_expression, attack.date)
    for statement in data.statements:
        statement.date = pick(statement.time_expression, statement.date)
    return data
