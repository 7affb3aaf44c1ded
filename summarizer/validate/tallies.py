"""Tallies: a release's number that counts everyone freed so far, or those still held.

Reports of one stage of an exchange keep the score of the whole exchange beside the
day's news: 'since the truce began, 21 hostages have been handed over', 'Monday's handovers
raise the number freed to 44', 'the total number freed now stands at 63', '74 remain
in captivity', 'Hamas still holds 9'. Each clause writes a number of people
with a release word, so it reads as a stage's count, yet it counts a running total
or a remainder, not the people one stage freed. The clause that tells the stage and
then the tally keeps its own figure: 'freed 18 hostages on Sunday, bringing the total
to 50' supports a stage of 18 (the tally is the clause after it) and a total of 50.

Each check reads the number's own clause (stated.py cuts it) and says why the number
is a tally, or None; support.py adds them to what a stage's release must not be, and
the remainder to what a running total must not be.
"""

from __future__ import annotations

import re

from summarizer.text.numbers import Mention
from summarizer.text.time import TIME
from summarizer.validate.lexicon import QUALIFIED, RUNNING

_TALLY = r"(?:number|total|tally|count)"
_SINCE_DONE = re.compile(r"\bsince\b[^.;]*?\b(?:has|have)\b(?!\s+(?:\w+ly\s+)?(?:said|told|stated|"
                         r"announced|reported|confirmed|written|posted)\b)", re.IGNORECASE)
"""'Since its start, 21 hostages have been handed over': a span from a day to now, told
before the verb (lexicon.running reads it told after: 'has released 180 since Friday');
not a report's verb ('the biggest swap since the invasion, 230 were freed, the
headquarters has said')."""
_RAISED = re.compile(
    r"\b(?:bring|brought|rais|take|takes|taking|took|push|lift)\w*\s+(?:the|its|their)\s+"
    rf"(?!daily\b|day\b|day['\u2019]s\b)(?:[\w-]+\s+)?{_TALLY}\b", re.IGNORECASE)
"""'raise the number of hostages freed to 44', 'raising the total to 63': a number added
to, not the day's ('bringing the daily total to eight' is that day's)."""
_STANDS = re.compile(
    rf"\b{_TALLY}\b[^.;]*?\b(?:stands?|stood|reached|rose|risen|climbed|grew|grown|"
    r"increased)\b", re.IGNORECASE)
_SPAN_WORD = re.compile(r"\b(?:total|overall|cumulative|now|so far|to date)\b", re.IGNORECASE)
"""'The total number of hostages freed now stands at 63': a tally that has grown. A
number of one day that reached a figure ('the number freed on Friday reached 24') is
that day's, unless a word of a span says otherwise."""

_STILL_AFTER = re.compile(
    r"(?:\s+(?!(?:who|that|which)\b)[\w'\u2019-]+){0,3}?\s+(?:remain(?:s|ed)?\b(?!\s+of\b)"
    r"|remaining\s+(?:in|captive|behind|held)\b"
    r"|(?:are|is|were|was)\s+still\s+(?:held|in\b|being|captive|detained|imprisoned)"
    r"|still\s+(?:held|in captivity|captive|detained|imprisoned))", re.IGNORECASE)
_STILL_BEFORE = re.compile(
    r"\bstill\s+(?:holds?|holding|held|has|have|keeps?|keeping|detains?|detaining)\s+"
    rf"(?:the\s+(?:bodies|remains)\s+of\s+)?{QUALIFIED}$", re.IGNORECASE)
"""Those not freed: '74 remain in captivity', '70 Israelis are still held', 'Hamas still
holds the bodies of 9'; not 'the remaining 15 hostages were freed' nor 'the 15 remaining
hostages', whom the stage freed."""


def tally(text: str, clause: tuple[int, int], mention: Mention) -> str | None:
    """A number the clause gives as a running total of the exchange, not one stage."""
    before = text[clause[0]:mention.start]
    words = text[clause[0]:clause[1]]
    if _SINCE_DONE.search(words) or _RAISED.search(before):
        return RUNNING
    stands = _STANDS.search(before)
    if stands and (_SPAN_WORD.search(words) or not TIME.search(words)):
        return RUNNING
    return None


def remainder(text: str, clause: tuple[int, int], mention: Mention) -> str | None:
    """A number of people still held, not of people freed."""
    if _STILL_AFTER.match(text, mention.end, clause[1]) \
            or _STILL_BEFORE.search(text, clause[0], mention.start):
        return "there it counts those still held, not those freed"
    return None
