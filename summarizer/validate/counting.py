"""Which numbers of a text count something: not those that measure, order, date, time or
price ('46-year-old', '3rd', 'in 2022', '7 a.m.', '$6 billion'), an age beside a name, nor a
number that is part of a name or of a larger one ('Kh-59/69', the 6 of '6 billion').

The support check and the checks beside it read only the numbers that count, so every one
of them asks here, and the misassignment benchmark asks the same.
"""

from __future__ import annotations

import re

from summarizer.text.numbers import Mention, mentions
from summarizer.text.time import WEEKDAYS
from summarizer.validate import lexicon as lx

TIME_UNIT = r"(?:year|month|week|day|hour|minute)"
_LENGTH_UNIT = r"(?:km|kilomet|mile|metre|meter)"
"""The units a number measures in rather than counts, for digits (`COUNTS_NOTHING`) and for
number words (`SPELLED_MEASURE`) alike; not_people.py reads `TIME_UNIT` as a noun a few
words on ('15 long months')."""
_HALF = r"(?:\s+and\s+a\s+half)?"
"""'two and a half years': a span, as 'two years' is."""
COUNTS_NOTHING = re.compile(rf"\d+{_HALF}(?:-|\s)?(?:{TIME_UNIT}|yr|{_LENGTH_UNIT}|percent|per cent"
                            r"|%|st\b|nd\b|rd\b|th\b)|\d+\s*(?:[ap]\.m\b|[ap]m\b|gmt\b|utc\b)",
                            re.IGNORECASE)
"""A number that measures or orders ('46-year-old', '3rd', '50%', '10 km'), or tells the
time of day ('shortly after 7 a.m.', '(1130 GMT)'), not counts."""

SPELLED_MEASURE = re.compile(rf"{_HALF}[-\s]{TIME_UNIT}s?\b|-{_LENGTH_UNIT}"
                             r"|\s+of\s+(?:the\s+)?(?:\w+est|most)\b"
                             r"|-(?:half|halves|thirds?|quarters?|fifths?|tenths?)\b",
                             re.IGNORECASE)
"""A spelled number that measures, as COUNTS_NOTHING's digits do: an age ('seven-year-old'),
a span ('the four-day truce', 'in some four months'), a share ('one-third'); or ranks ('one
of the largest')."""

_MONTHS = (r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|"
           r"sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\b")
MONTH_BEFORE = re.compile(rf"\b{_MONTHS}\.?$", re.IGNORECASE)
MONTH_AFTER = re.compile(rf"\s*(?:of\s+)?{_MONTHS}", re.IGNORECASE)
"""A day of a month: 'October 7', 'Aug. 21', '7 October'; not '7 separate strikes', nor a
day after a month further back ('On April 19... 246 soldiers')."""


YEAR = re.compile(r"(?:19|20)\d\d")
"""A number that may be a year ('2022'): `counts_nothing` takes it as one after a word of
time, elsewhere.py wherever it stands."""
_YEAR_BEFORE = re.compile(r"(?:\b(?:in|since|until|till|by|from|during|before|after|early|late|"
                          r"mid|spring|summer|autumn|fall|winter)[\s-]+|\d(?:st|nd|rd|th)?,?\s+)$",
                          re.IGNORECASE)
"""A year, which counts nothing: after a word of time ('in 2022', 'since 1980', 'late 2020')
or a day of a month ('October 7, 2023'); '2000 prisoners' stays a count."""
_YEAR_NOUN = re.compile(r"\s+(?:(?-i:[A-Z])[\w'\u2019.-]*\s+){0,3}(?:war|invasion|conflict|coup|"
                        r"revolution|uprising|election|ceasefire|truce|deal|agreement|accord|"
                        rf"offensive|earthquake|massacre|{lx.EVENT_NOUN})\b", re.IGNORECASE)
"""A year naming an event by the one noun after it ('the 2006 war'), or after the event's
name ('the 2019 Pulwama attack', 'the 2002 Hebrew University bombing'): a count takes a
plural."""
_NAMED_BY = re.compile(r"\b(?:the|to|of|at|in|on|under|near|from|by|into|toward|towards)\s+"
                       r"[\u2018\u201c'\"]?[A-Z][a-z]+\s+$")
_NOT_NAMED_BY = re.compile(rf"\b(?:{'|'.join(WEEKDAYS)}|{_MONTHS}|\w+ly|about|some|around|over|"
                           r"another|all|under|almost)\s+$", re.IGNORECASE)
_NAMED_AFTER = re.compile(r"\s+(?:(?-i:[A-Z])|(?:[a-z-]+\s+)?(?!(?:was|has|its|this|thus|plus|"
                          r"across|towards)\b)[a-z][a-z-]*[a-rt-z]s\b)")
"""A number that a capitalised word names something by ('the Tower 22 outpost', 'to Terminal
3', 'under Part 2 of Article 438'): after a word that opens a noun phrase, not a sentence's
first word ('Some 20 drones') nor an elided verb's subject ('and Israel 33'); not a day or month
('Friday 22 November'), a word of how many ('Nearly 30'), nor a number of a noun after it
('all of Ukraine 250 strike drones', with a stop left out) or a headline's ('Russia Launches
40 Drones')."""
_MONEY_AFTER = re.compile(r"\s+(?:rubles?|roubles?|dollars?|euros?|pounds|hryvnias?|shekels?|"
                          r"rupees?|dinars?|riyals?|dirhams?|yuan|yen|naira|lira)\b", re.I)
"""A sum of money named after its number ('1.5 million rubles', '200 dollars')."""


_AGE_BEFORE = re.compile(r"[A-Z][\w'\u2019-]+,\s*\(?$"
                         r"|[A-Z][\w'\u2019-]+\s+[A-Z][\w'\u2019-]+\s+\($")
_AGE_AFTER = re.compile(r"\)?,|\)|\s+[\u2013\u2014]\s")
_AGED = re.compile(r"\baged\s+$|\b(?:rang\w*|aged)\s+(?:in\s+age\s+)?(?:from|between)\s+"
                   r"(?:\d+\s+(?:to|and)\s+)?$", re.IGNORECASE)
"""An age in apposition to a name: 'Trevor Reed, 30, was swapped', 'Emily Damari, (28)',
'Doron Steinbrecher (31)', 'and Noa Levi, 24 \u2013 are in hospital'; or told as one: 'also
aged 29', 'the women ranged from 18 to 67'."""


_SCALE_AFTER = re.compile(r"\s*(?:thousand|million|billion|trillion|bn|mn)\b")
_JOINED_BEFORE = re.compile(r"[\w][-/]$|:$")
_JOINED_AFTER = re.compile(r"[:/]\d|\w")
"""A number's scale word after it ('6 billion'); a name or time it is part of ('Kh-59/69',
'10:30'). Compiled once: every number of every evidence is tested."""


def counts_nothing(text: str, mention: Mention) -> bool:
    """A measure, an ordinal, an age, a date, a time, a sum of money ('$6 billion', '1.5 million
    rubles'), part of a name ('Kh-59/69') or of a larger number (the 6 of '6 billion')."""
    before = text[max(0, mention.start - lx.NEARBY):mention.start]
    after = text[mention.end:mention.end + lx.NEARBY]
    digits = mention.text[:1].isdigit()
    if digits and COUNTS_NOTHING.match(text, mention.start):
        return True
    if not digits and SPELLED_MEASURE.match(after):
        return True  # 'a seven-year-old girl', 'the four-day truce'
    if digits and before[-1:].isalpha():
        return True  # 'F35 jets', 'Su34'
    if digits and _NAMED_BY.search(before) and not _NOT_NAMED_BY.search(before) \
            and not _NAMED_AFTER.match(after):
        return True  # 'Tower 22', 'Article 438'
    if before.rstrip()[-1:] in {"$", "\u20ac", "\u00a3"} or _MONEY_AFTER.match(after) or (
            mention.value is not None and mention.value < 1000 and _SCALE_AFTER.match(after)):
        return True
    if digits and (_JOINED_BEFORE.search(before[-3:]) or _JOINED_AFTER.match(after)):
        return True
    if mention.text.isdigit() and int(mention.text) < 120 and (_AGED.search(before) or (
            _AGE_BEFORE.search(before) and _AGE_AFTER.match(after))):
        return True  # 'Trevor Reed, 30, was swapped'
    if YEAR.fullmatch(mention.text) and (_YEAR_BEFORE.search(before)
                                         or _YEAR_NOUN.match(after)):
        return True  # 'since October 7, 2023', 'captured in late 2020', 'the 2006 war'
    return bool(digits and (MONTH_BEFORE.search(before[-12:].rstrip())
                            or MONTH_AFTER.match(after)))


def counts(text: str) -> list[Mention]:
    """The numbers of `text` that count something (`counts_nothing` tells those that do
    not)."""
    return [m for m in mentions(text) if m.value is not None and not counts_nothing(text, m)]
