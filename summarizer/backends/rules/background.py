"""History and background: whether a figure or a time belongs to earlier events, not the news.

An article tells its event among others: the war's running toll ("a war that has killed
20,000"), last year's attack, the record a strike is measured against ("the largest since
the war began"), a closing reminder of earlier news. This lexicon and the test that reads a
figure's clause with it are kept apart from `text`, which cuts the article into sentences
and clauses, because what counts as history is a list of words that grows with every
corpus, while the cutting does not.
"""

from __future__ import annotations

import re

from summarizer.backends.rules.text import Unit, clause, per_sentence
from summarizer.text.openings import opened
from summarizer.text.time import MONTH_NAMES, WEEKDAY_NAMES

_ABOUT = (r"(?:(?:for|over|in|between|against|with|across|of|on)(?:\s+[\w'\u2019-]+){1,5}?"
          r"\s+)?")
"""What a war is about, between its noun and its toll: "years of fighting for control of the
country have killed"."""
BACKGROUND = opened(re.compile(
    r"(?i)\b(?:since\s+(?:the\s+(?:start|beginning|outbreak)|\d{4}|February"
    r"|(?:[\w'\u2019-]+\s+){0,4}?(?:war|invasion|conflict|offensive|onslaught|hostilities)\b)"
    r"|previous(?:ly)?|prior|earlier\s+(?:this|last|in\s+the)\s+(?:year|month|week)"
    r"|last\s+(?:year|month|week|weekend|summer|winter|spring|autumn|" + WEEKDAY_NAMES + "|"
    + MONTH_NAMES + r")\b"
    r"|(?:in|since|during)\s+(?:the\s+)?(?:19|20)\d\d"
    r"|since\s+(?:[\w'\u2019-]+\s+){1,4}?(?:killed|attacked|stormed|struck|bombed|invaded"
    r"|rampaged|carried\s+out)"
    r"|in\s+(?:(?:early|mid|late)[\s-])?" + MONTH_NAMES + r"(?!\s+\d)"
    r"|(?:throughout|during|over\s+the\s+course\s+of)\s+the\s+war|the\s+war\s+began"
    r"|\d+\s+years?\s+ago|this\s+(?:year|month)|recent(?:ly)?(?!\s+hours)|anniversar(?:y|ies)"
    r"|since\s+(?:[\w'\u2019-]+\s+){0,8}?(?:on\s+)?(?:" + WEEKDAY_NAMES + "|" + MONTH_NAMES
    + r"\s+\d+|\d{1,2}\s+" + MONTH_NAMES + r")|in\s+(?:(?:early|mid|late)[\s-])?" + MONTH_NAMES
    + r"\s+(?:19|20)\d\d"
    r"|(?:war|conflict|fighting|campaign|onslaught|insurgency)\s*(?:effort\s*)?,?\s+(?:that|which)\s+"
    r"(?:according\s+to\s+[^,.;]{1,60}?\s+)?(?:has|have|had)\s+(?:killed|left)"
    r"|(?:war|conflict|fighting|onslaught|insurgency|hostilities)\s+" + _ABOUT
    + r"(?:has|have|had)\s+(?:so\s+far\s+)?(?:killed|left|claimed)|since\s+then"
    r"|ongoing\s+(?:[\w-]+\s+){1,2}?(?:has|have|had)\s+(?:so\s+far\s+)?(?:killed|left|claimed)"
    r"|(?:killed|injured|wounded)\s+(?:in|during)\s+(?:[\w'\u2019-]+\s+){0,2}?"
    r"(?:war|offensive|onslaught|insurgency)\b"
    r"|(?:toll|tally)\s+(?:from|of|in)\s+(?:[\w'\u2019-]+\s+){0,2}?"
    r"(?:war|offensive|onslaught|insurgency)\b(?!['\u2019]s)"
    r"|(?:over|in|during)\s+the\s+(?:past|last)\s+(?:[\w-]+\s+)?(?:hours|days|weeks|months|year|years))\b"
))
"""History and running totals: "since the war began", "since Israel's retaliatory offensive",
"since Hamas's attack on October 7", "its death toll since October 2023",
"a war that has killed", "the onslaught, which according to the ministry has killed", "the
war has killed", "fighting over the region has killed", "the ongoing exchanges have claimed",
"killed in Israel's offensive", "88,481 injured in Israel's war", "the toll from Israel's
offensive" (not "the toll from the offensive's opening strike"), "since then", "since
gunmen killed", "since Russian troops invaded", "since Hamas carried out", "during the 2006 war",
"over the past 24 hours" (a day's toll of many strikes), "over the past year", another week's
or day's news ("earlier this week", "last Friday", "last November", "in early August 2023"), and
a period's tally ("this year", "more than 1,000 drones this month")."""
_COMPARED = opened(re.compile(
    r"(?i)\b(?:largest|biggest|heaviest|deadliest|worst|greatest|highest"
    r"|most|first|only)\b(?:\s+[\w'\u2019-]+){0,7}?\s+"
    r"(?P<history>since\b(?:[^,;:.\n]|\.(?=\s+\d))*"
    r"(?:,\s+when\b(?:[^,;:.\n]|\.(?=\s+\d))*)?)"))
"""A superlative that measures the event against history ("the largest exchange since the war
began", "the first swap since May", "the largest since July, when Russia fired 700 drones",
"the deadliest terror strike in Jammu and Kashmir since the 2019 Pulwama attack"):
the history is the yardstick, with what happened then, and the event is this one."""
_MEASURED = opened(re.compile(
    r"(?i)\b(?:largest|biggest|heaviest|deadliest|bloodiest|worst|greatest)\b"
    r"(?:\s+[\w'\u2019-]+){0,4}?\s+(?:in\s+)?(?:recent(?:ly)?|this\s+(?:year|month))\b"
    r"(?:\s+(?:years|months|weeks|memory|times)\b)?"))
"""A superlative measured against a recent span ("one of the deadliest recent attacks", "the
worst strike this year", "the bloodiest attack in recent years"): the span is the yardstick,
not the time of what the sentence tells, which is this event."""
_WAR_ASIDE = re.compile(r"(?i)\b(?:war|conflict|hostilities|insurgency|onslaught)\s*,"
                        r"[^,;.\n]{1,100},\s*(?:has|have|had)\s+(?:so\s+far\s+)?(?:killed|left|claimed)\b")
"""A war told with an aside between it and its toll ("The conflict, which has been raging for
more than a year, has claimed over 14,000 lives"): the toll's clause names no war, the sentence
does."""
_RECORD = re.compile(r"(?i)\brecord\b")
_NEWS_TIME = re.compile(r"(?i)\b(?:overnight|today|yesterday|last\s+night|this\s+morning|on\s+"
                        + WEEKDAY_NAMES + r")\b")
_LEAD_WORDS = 8
"""A sentence-opening clause this short ("In a record attack on Dec. 29,") dates the rest."""
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


@per_sentence
def _asides(text: str, start: int, end: int) -> tuple[tuple[int, ...], tuple[tuple[int, int], ...]]:
    """Where the war asides (`_WAR_ASIDE`) of text[start:end] end, and where each superlative's
    yardstick (`_COMPARED`) starts and its comparison ends: every figure of a clause asks,
    and the clause is read once."""
    return (tuple(m.end() for m in _WAR_ASIDE.finditer(text, start, end)),
            tuple((m.start("history"), m.end()) for m in _COMPARED.finditer(text, start, end)))


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
    war_asides, comparisons = _asides(text, unit.start, end)
    if any(aside_end > start for aside_end in war_asides):
        return True  # "the conflict, now in its third year, has claimed 10,000 lives"
    if any(history <= position < compared_end for history, compared_end in comparisons):
        return True  # the yardstick: "the first release since its Oct. 7 attack on Israel",
        # and what happened then, in a clause of its own: "since July, when ... 700 drones"
    quoted_on = _QUOTED_ON.match(text, unit.end) if end == unit.end else None
    if _historic(text[start:end] + (" " + quoted_on.group(1) if quoted_on else "")):
        return True
    lead_start, lead_end = clause(unit, unit.start)
    lead = text[lead_start:lead_end]
    return lead_end < position and len(lead.split()) <= _LEAD_WORDS and _historic(lead)


def recalled(text: str, start: int, end: int) -> list[re.Match[str]]:
    """The words of text[start:end] that recall history (`BACKGROUND`), outside a superlative
    that only compares the event with it (`_COMPARED`)."""
    compared = [(m.start(), m.end()) for found in (_COMPARED, _MEASURED)
                for m in found.finditer(text, start, end)]
    return [m for m in BACKGROUND.finditer(text, start, end)
            if not any(a <= m.start() < b for a, b in compared)]


def compared(text: str, start: int, end: int, position: int) -> bool:
    """Whether `position` is inside a superlative's comparison in text[start:end]."""
    return any(m.start() <= position < m.end() for m in _COMPARED.finditer(text, start, end))


@per_sentence
def _historic(words: str) -> bool:
    return bool(recalled(words, 0, len(words))) or bool(
        _RECORD.search(words) and not _NEWS_TIME.search(words))
