"""Sentences, quotations, clauses and time expressions, with exact offsets.

Every later step works on `Unit`s: a sentence, or the part of it inside or
outside one quotation, so a time written in the narrative ("Zelensky said on
Saturday") never dates an event inside the quote, and vice versa. Offsets index
`Article.text`, so evidence is a plain slice and always grounds exactly.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from summarizer.backends.rules.freed import FREED
from summarizer.backends.rules.marks import Quote
from summarizer.models import Evidence, MatchKind
from summarizer.text.lines import line_end, line_start, paragraphs
from summarizer.text.numbers import QUALIFIER_WORDS
from summarizer.text.time import DATELINE, MONTH_NAMES, TIME, WEEKDAY_NAMES

_FUTURE_TIME = re.compile(r"(?i)\b(?:tomorrow|next)\b")
_FUTURE_CLAUSE = re.compile(
    r"(?i)\b(?:will|would|expected|expects?|continue[sd]?|plans?|planned|scheduled|set to"
    r"|upcoming)\b"
)
_DONE = re.compile(rf"(?i)\s*\b{FREED}\b")
"""A release told done: a time after it, or right before it ("on Friday swapped"), is its
time, whatever future the clause goes on to tell."""
_ABOUT = (r"(?:(?:for|over|in|between|against|with|across|of|on)(?:\s+[\w'\u2019-]+){1,5}?"
          r"\s+)?")
"""What a war is about, between its noun and its toll: "years of fighting for control of the
country have killed"."""
BACKGROUND = re.compile(
    r"(?i)\b(?:since\s+(?:the\s+(?:start|beginning|outbreak)|\d{4}|February"
    r"|(?:[\w'\u2019-]+\s+){0,4}?(?:war|invasion|conflict|offensive|onslaught|hostilities)\b)"
    r"|previous(?:ly)?|prior|earlier\s+(?:this|last|in\s+the)\s+(?:year|month|week)"
    r"|last\s+(?:year|month|week|weekend|summer|winter|spring|autumn|" + WEEKDAY_NAMES + "|"
    + MONTH_NAMES + r")\b"
    r"|(?:in|since|during)\s+(?:the\s+)?(?:19|20)\d\d"
    r"|since\s+(?:[\w'\u2019-]+\s+){1,4}?(?:killed|attacked|stormed|struck|bombed)"
    r"|in\s+(?:(?:early|mid|late)[\s-])?" + MONTH_NAMES + r"(?!\s+\d)"
    r"|(?:throughout|during|over\s+the\s+course\s+of)\s+the\s+war|the\s+war\s+began"
    r"|\d+\s+years?\s+ago|this\s+year|recent(?:ly)?(?!\s+hours)|anniversar(?:y|ies)"
    r"|since\s+(?:[\w'\u2019-]+\s+){0,8}?(?:on\s+)?(?:" + WEEKDAY_NAMES + "|" + MONTH_NAMES
    + r"\s+\d+|\d{1,2}\s+" + MONTH_NAMES + r")|in\s+" + MONTH_NAMES + r"\s+(?:19|20)\d\d"
    r"|(?:war|conflict|fighting|campaign|onslaught|insurgency)\s*(?:effort\s*)?,?\s+(?:that|which)\s+"
    r"(?:according\s+to\s+[^,.;]{1,60}?\s+)?(?:has|have|had)\s+(?:killed|left)"
    r"|(?:war|conflict|fighting|onslaught|insurgency|hostilities)\s+" + _ABOUT
    + r"(?:has|have|had)\s+(?:so\s+far\s+)?(?:killed|left|claimed)|since\s+then"
    r"|ongoing\s+(?:[\w-]+\s+){1,2}?(?:has|have|had)\s+(?:so\s+far\s+)?(?:killed|left|claimed)"
    r"|killed\s+(?:in|during)\s+(?:[\w'\u2019-]+\s+){0,2}?(?:war|offensive|onslaught|insurgency)\b"
    r"|(?:over|in|during)\s+the\s+(?:past|last)\s+(?:[\w-]+\s+)?(?:hours|days|weeks|months|year|years))\b"
)
"""History and running totals: "since the war began", "since Israel's retaliatory offensive",
"since Hamas's attack on October 7", "its death toll since October 2023",
"a war that has killed", "the onslaught, which according to the ministry has killed", "the
war has killed", "fighting over the region has killed", "the ongoing exchanges have claimed",
"killed in Israel's offensive", "since then", "since gunmen killed", "during the 2006 war",
"over the past 24 hours" (a day's toll of many strikes), "over the past year", another week's
or day's news ("earlier this week", "last Friday", "last November")."""
_COMPARED = re.compile(r"(?i)\b(?:largest|biggest|heaviest|deadliest|worst|greatest|highest"
                       r"|most|first|only)\b(?:\s+[\w'\u2019-]+){0,4}?\s+"
                       r"(?P<history>since\b(?:[^,;:.\n]|\.(?=\s+\d))*)")
"""A superlative that measures the event against history ("the largest exchange since the war
began", "the first swap since May"): the history is the yardstick, the event is this one."""
_BOUND = re.compile(r"(?i)\b(?:since|before|until)\b")
"""A time after "since" or "before" bounds a period ("since the truce began on Friday"):
it does not date the event the clause reports."""
_SAID = r"said|says|told|announced|reported|stated|confirmed"
"""The verbs that report what was said, which every reading of a report's time knows."""
_SAYING = re.compile(rf"(?i)\b(?:{_SAID}|claimed|issued"
                     r"|clarified|explained|noted|insisted|disclosed|acknowledged"
                     r"|updated?s?|wrote|posted|added|according\s+to)(?:\s+(?!(?:that|were|was|is|are|been"
                     r"|ha[sd]|have|killed|died|wounded|injured|launched|fired|struck|hit)\b)"
                     r"[A-Za-z'\u2019.-]+){0,5}?\s*$")
"""A speech verb just before a time: the time is when it was said ("said on Monday")."""
TOLL_ROSE = r"rose|risen|climbed|increased|jumped|reached"
"""The verbs by which a toll rises ("the death toll rose to 42"): a regex fragment."""
_COUNTED = re.compile(rf"(?i)\b(?:{TOLL_ROSE})\s+(?:to\s+)?"
                      rf"(?:(?:{QUALIFIER_WORDS})\s+)?\d[\d,]*(?:\s+(?:dead|deaths|people))?\s*$")
"""A toll's rise just before a time: "the death toll rose to at least 42 on Monday" dates the
count, neither the attack nor a report that would stand for its day."""
_SAID_AFTER = re.compile(rf"(?i)\s+(?:{_SAID}|revised"
                         r"|clarified|explained|noted|insisted|disclosed|acknowledged"
                         r"|updated|raised|lowered|corrected)\b|(?:,\s+(?:[\w-]+\s+){1,3}?|\s+)"
                         r"(?:gave|provided|issued)\s+(?:an?\s+)?(?:update|statement)\b")
"""A speech or revision verb just after a time: "the governor on Sunday said", "the minister on
Thursday revised the toll", "On Thursday, officials provided an update on the bombings": the
time is the report's too. Not "struck Kyiv on Friday, officials said": that time is the strike's."""
_OPENS = re.compile(r"(?i)\W*(?:(?:however|but|and|meanwhile|later|then|also|yet),?\s+)?")
"""What may stand before a time that opens a sentence: "However, on Friday, ..."."""
_SAID_AFTER_OPENING = re.compile(
    r"(?i),\s+(?:(?!(?:that|who|which|and|but|as|when|after|was|were|had|has|is|are)\b)"
    rf"[\w'\u2019.-]+\s+){{1,6}}?(?:{_SAID})\b")
"""A speech verb after the subject of a sentence that a time opens: "On Friday, a military
spokesman said the village was hit" dates the report. Only where the time opens the sentence:
in "struck Kyiv on Friday, officials said" the time is the strike's."""
_RESTATED = re.compile(r",\s*|\s*\(")
"""What stands between a time and the same day restated ("said Saturday, Aug. 3, 2024, that",
"reported this Sunday, January 15, that", "on Tuesday (Dec 5)"): the second is the first's,
a report's time when the first is one."""
_RECORD = re.compile(r"(?i)\brecord\b")
_NEWS_TIME = re.compile(r"(?i)\b(?:overnight|today|yesterday|last\s+night|this\s+morning|on\s+"
                        + WEEKDAY_NAMES + r")\b")
_LEAD_WORDS = 8
"""A sentence-opening clause this short ("In a record attack on Dec. 29,") dates the rest."""
_CLAUSE_BREAK = re.compile(r",\s|;\s|:\s|\s[\u2013—-]\s|[()]")
_DATE_ASIDE = re.compile(r"\((?:" + MONTH_NAMES + r"\s+\d{1,2}|\d{1,2}\s+" + MONTH_NAMES
                         + r"|" + WEEKDAY_NAMES + r")(?:,?\s+\d{4})?\)")
_SENTENCE_END = re.compile(
    r"[.!?][”\"'\u2019\u00bb\u201c)]*\s+(?=[“\"'\u2018\u201e\u00ab(]?[A-Z0-9])")
_ABBREVIATIONS = frozenset((
    "Mr", "Mrs", "Ms", "Dr", "St", "Gen", "Lt", "Col", "Sgt", "Gov", "Sen", "Rep", "Prof", "Jr",
    "Sr", "No", "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov",
    "Dec", "U.S", "U.K", "U.N", "Maj", "Capt", "Adm", "Rev", "Supt", "vs",
))
ABBREVIATION_DOT = "\u2024"
"""What `mask_abbreviations` writes for an abbreviation's full stop: a one-dot leader."""
_ABBREVIATED = re.compile(r"\b(?:[A-Z]|" + "|".join(
    re.escape(a) for a in sorted(_ABBREVIATIONS, key=len, reverse=True)) + r")\.")


def mask_abbreviations(text: str) -> str:
    """The text with the full stop of each abbreviation ("Gov.", "Lt. Col.", "U.S.") replaced
    by a one-dot leader at the same offset: patterns that read a full stop as the end of a
    sentence or of a name then read through "Col. Yuriy Ihnat", and every span stays valid
    in the original text."""
    return _ABBREVIATED.sub(lambda m: m.group().replace(".", ABBREVIATION_DOT), text)


@dataclass(frozen=True)
class Unit:
    """A sentence, or the part of one inside (`quote` is its index) or outside a quotation."""

    start: int
    end: int
    text: str
    paragraph: int
    quote: int | None


def _sentences(text: str, start: int, end: int) -> list[tuple[int, int]]:
    spans: list[tuple[int, int]] = []
    begin = start
    for found in _SENTENCE_END.finditer(text, start, end):
        before = text[max(begin, found.start() - 12):found.start()].split()
        word = before[-1] if before else ""
        if word.rstrip(".") in _ABBREVIATIONS or (len(word) == 1 and word.isupper()):
            continue
        spans.append((begin, found.start() + 1))
        begin = found.end()
    spans.append((begin, end))
    return spans


def split_units(text: str, quotes: list[Quote]) -> list[Unit]:
    """Cut paragraphs into sentences, and sentences at quotation marks."""
    units: list[Unit] = []
    for number, (first, last) in enumerate(paragraphs(text)):
        if number == 0:
            dateline = DATELINE.match(text)
            first = dateline.end() if dateline else first
        for start, end in _sentences(text, first, last):
            cursor = start
            for index, quote in enumerate(quotes):
                if quote.end < start or quote.start >= end:
                    continue
                _add_unit(units, text, cursor, quote.start, number, None)
                _add_unit(units, text, max(quote.start + 1, start), min(quote.end, end), number,
                          index)
                cursor = min(quote.end + 1, end)
            _add_unit(units, text, cursor, end, number, None)
    return units


def _add_unit(units: list[Unit], text: str, start: int, end: int, paragraph: int,
              quote: int | None) -> None:
    start, end = trim(text, start, end)
    if any(c.isalnum() for c in text[start:end]):
        units.append(Unit(start, end, text[start:end], paragraph, quote))


def trim(text: str, start: int, end: int) -> tuple[int, int]:
    """Drop surrounding spaces and the dangling comma a quotation ends with ("home,")."""
    while start < end and text[start] in " \t,":
        start += 1
    while end > start and text[end - 1] in " \t,:":
        end -= 1
    return start, end


def evidence(text: str, start: int, end: int) -> Evidence:
    start, end = trim(text, start, end)
    return Evidence(text=text[start:end], start=start, end=end, match=MatchKind.exact)


@lru_cache(maxsize=4096)
def _breaks(words: str) -> tuple[tuple[int, int], ...]:
    """Clause breaks of a unit's text, cached: every figure of a sentence asks again. Brackets
    around a date only ("on Saturday (April 19) the 20 hostages") break nothing."""
    dates = {i for m in _DATE_ASIDE.finditer(words) for i in (m.start(), m.end() - 1)}
    return tuple((m.start(), m.end()) for m in _CLAUSE_BREAK.finditer(words)
                 if m.start() not in dates)


def clause(unit: Unit, position: int) -> tuple[int, int]:
    """Bounds of the comma/semicolon clause of `unit` around the absolute `position`."""
    start, end = unit.start, unit.end
    for cut_start, cut_end in _breaks(unit.text):
        if unit.start + cut_start < position:
            start = unit.start + cut_end
        else:
            end = unit.start + cut_start
            break
    return start, end


def clause_opening(text: str, sentence: int, start: int) -> int:
    """Where the clause that runs into `start` opens, from its sentence's start: a quotation
    cuts a sentence into units but not the clause around it ("warned that targets could
    include strikes on 'command posts' in Kharkiv" is one threat)."""
    breaks = [m.end() for m in _CLAUSE_BREAK.finditer(text, sentence, start)]
    return breaks[-1] if breaks else sentence


_QUOTED_ON = re.compile(r"\s*(?:\u201c[^\u201d\n]{1,200}\u201d|\"[^\"\n]{1,200}\")"
                        r"([^.;:,\n]{0,120})")
"""A quotation inside a clause, and the clause's words after it: the unit ends at the
quotation, the clause does not ('six attacks on "energy sites" over the last 24 hours')."""


_INCLUDING = re.compile(r"(?i)including\b")
_WITH_OTHERS = re.compile(r"(?i)(?:with|and)\s+(?:[\d,]+|another)\s+(?:[\w-]+\s+)?others\b")
"""A clause that goes on with the rest of the count before it ("with 8,603 others injured")."""
_REMINDER = re.compile(r"(?i)\s*(?:as\s+a\s+reminder|(?:let\s+us\s+|we\s+)?recall(?:\s+that)?"
                       r"|as\s+(?:was\s+)?(?:previously\s+|earlier\s+)?reported"
                       r"(?:\s+(?:earlier|previously|before))?\s*,)[\s,]")
"""A paragraph that reminds the reader of earlier news ("As a reminder, on Friday, May 23, the
first stage was carried out", "Recall that ...", "As reported earlier, ..."): outlets close a
report with what already happened; every sentence of it is history. Not "as reported by":
that names the source of the news."""
_RELATIVE = re.compile(r"(?i)(?:which|that)\b")
"""A clause that opens with a relative pronoun tells of the noun before the comma."""


def _counted_before(text: str, unit: Unit, comma: int) -> bool:
    """Whether the count a "with ... others" clause goes on with, the clause before it (past
    an "including ..." aside), is history."""
    start = clause(unit, comma)[0]
    if _INCLUDING.match(text, start) and start - 2 > unit.start:
        start = clause(unit, start - 2)[0]
    return is_background(text, unit, start)


def is_background(text: str, unit: Unit, position: int) -> bool:
    """Whether the figure at `position` belongs to history, not to this event: its clause
    (which may go on after a quotation) says "since 2022", "last year", "previous", or the
    sentence opens that way ("Last year, ..."), or its paragraph reminds of earlier news ("As a
    reminder, ..."). "Record" counts only without a news time ("a record 728 drones
    overnight")."""
    if _REMINDER.match(text, text.rfind("\n", 0, unit.start) + 1):
        return True
    start, end = clause(unit, position)
    comma = text.rfind(",", unit.start, start)
    if comma > unit.start and not text[comma + 1:start].strip() and _RELATIVE.match(text, start):
        start = clause(unit, comma)[0]  # "the war, which has killed": the war's clause
    if comma > unit.start and not text[comma + 1:start].strip() and _WITH_OTHERS.match(
            text, start) and _counted_before(text, unit, comma):
        return True  # "the war has claimed 1,673 lives, with 8,603 others injured"
    if any(m.start("history") <= position < m.end()
           for m in _COMPARED.finditer(text, start, end)):
        return True  # the yardstick: "the first release since its Oct. 7 attack on Israel"
    quoted_on = _QUOTED_ON.match(text, unit.end) if end == unit.end else None
    if _historic(text[start:end] + (" " + quoted_on.group(1) if quoted_on else "")):
        return True
    lead_start, lead_end = clause(unit, unit.start)
    lead = text[lead_start:lead_end]
    return lead_end < position and len(lead.split()) <= _LEAD_WORDS and _historic(lead)


def recalled(text: str, start: int, end: int) -> list[re.Match[str]]:
    """The words of text[start:end] that recall history (`BACKGROUND`), outside a superlative
    that only compares the event with it (`_COMPARED`)."""
    compared = [(m.start(), m.end()) for m in _COMPARED.finditer(text, start, end)]
    return [m for m in BACKGROUND.finditer(text, start, end)
            if not any(a <= m.start() < b for a, b in compared)]


def compared(text: str, start: int, end: int, position: int) -> bool:
    """Whether `position` is inside a superlative's comparison in text[start:end]."""
    return any(m.start() <= position < m.end() for m in _COMPARED.finditer(text, start, end))


@lru_cache(maxsize=4096)
def _historic(words: str) -> bool:
    return bool(recalled(words, 0, len(words))) or bool(
        _RECORD.search(words) and not _NEWS_TIME.search(words))


def time_closest(text: str, start: int, end: int, position: int) -> str | None:
    """The past or present time expression in text[start:end] closest to `position`."""
    found = [m for m in TIME.finditer(text, start, end) if not _FUTURE_TIME.search(m.group())]
    if not found:
        return None
    return min(found, key=lambda m: min(abs(m.start() - position), abs(m.end() - position))).group()


def time_near(text: str, unit: Unit, position: int, *, saying: bool = True) -> str | None:
    """The time expression that dates the fact at `position`: the nearest one in its clause,
    else in its unit, skipping futures ("continue on Sunday") and background clauses.
    `saying=False` also skips the time of a report ("officials said on Monday"): when
    a toll is told is not when the strike was."""
    best: tuple[int, int, str] | None = None
    own = clause(unit, position)
    for offset, expression, told in _usable_times(unit.text):
        if told and not saying:
            continue
        start = unit.start + offset
        rank = (0 if clause(unit, start) == own else 1, abs(start - position), expression)
        if best is None or rank[:2] < best[:2]:
            best = rank
    return best[2] if best else None


HELD = (r"(?:held|taken|kidnapped|abducted|seized|captured|detained|jailed|imprisoned"
        r"|arrested)")
"""How people came to be held, told of them: the one list for how long they were held
(`CAPTIVE`), where what they are ends (`parts`) and who held them ("detained by Abu Sayyaf",
`releasers`)."""
CAPTIVE = re.compile(rf"(?i)\b(?:hold|holds|holding|captiv\w*|{HELD})\b")
"""Words of people held or taken: a time they lead to tells how long, or since when, the
people were held ("held since October 7", "captured last month", "hostages it seized last
month", "jailed since 2022"), not the news's history."""


def _recalls_history(words: str, time: re.Match[str], start: int, end: int) -> bool:
    """Whether words[start:end] recalls history (`recalled`) other than when people were
    taken past `time` ("freed on Tuesday 17 soldiers captured last month"): Tuesday still
    dates the release."""
    recalls = recalled(words, start, end)
    return bool(recalls) and not all(CAPTIVE.search(words, time.end(), m.start()) for m in recalls)


@lru_cache(maxsize=4096)
def _usable_times(words: str) -> tuple[tuple[int, str, bool], ...]:
    """Offsets and text of the time expressions of a unit that can date a fact in it, and
    whether each dates a report rather than what it reports."""
    unit = Unit(0, len(words), words, 0, None)
    usable: list[tuple[int, str, bool]] = []
    before: tuple[int, bool] | None = None  # where the last usable time ended, and its `told`
    for found in TIME.finditer(words):
        if before is not None and _RESTATED.fullmatch(words, before[0], found.start()):
            usable.append((found.start(), found.group(), before[1]))  # "said Saturday, Aug. 3"
            before = (found.end(), before[1])
            continue
        before = None
        start, end = clause(unit, found.start())
        future = _FUTURE_CLAUSE.search(words, start, end)
        if future and future.start() > found.end() and (_DONE.search(words, start, found.start())
                                                         or _DONE.match(words, found.end())):
            future = None  # "swapped 390 each on Friday and will swap more": Friday's is done
        if not (_FUTURE_TIME.search(found.group()) or future
                or _recalls_history(words, found, start, end)
                or _BOUND.search(words, start, found.start())
                or _COUNTED.search(words, start, found.start())):
            told = (_SAYING.search(words, start, found.start()) is not None
                    or _SAID_AFTER.match(words, found.end()) is not None
                    or (_OPENS.fullmatch(words, 0, found.start()) is not None
                        and _SAID_AFTER_OPENING.match(words, found.end()) is not None))
            usable.append((found.start(), found.group(), told))
            before = (found.end(), told)
    return tuple(usable)


def clear_caches() -> None:
    """Forget cached per-sentence work, so a benchmark that repeats the same articles
    measures cold extraction as a batch of distinct articles would see it."""
    for cached in (_breaks, _historic, _usable_times):
        cached.cache_clear()


_ANY_SENTENCE_END = re.compile(r"[.!?][\"\u201d\u2019)]*\s+(?=\S)")
"""A sentence's end before any next word, small letters too: what `sentence_start` and
`sentence_end` look for within one line."""


def sentence_start(text: str, unit: Unit, position: int) -> int:
    """Where the sentence around `position` starts: a quotation ("Shahed") cuts a sentence
    into units, and the words that make it about an attack may be in an earlier one. A word
    at `position` that opens a sentence is in that sentence: the end before it looks ahead
    to it, so the search runs one past `position`."""
    line = line_start(text, unit.start)
    ends = [m.end() for m in _ANY_SENTENCE_END.finditer(text, line, position + 1)]
    return ends[-1] if ends else line


def sentence_end(text: str, position: int) -> int:
    """Where the sentence around `position` ends, on its line: what a quotation cut off
    ("Hamas said it had launched a “large rocket barrage” at Tel Aviv") is still in it."""
    end = line_end(text, position)
    stop = _ANY_SENTENCE_END.search(text, position, end)
    return stop.start() if stop else end
