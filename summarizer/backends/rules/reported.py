"""When a report dates the news it tells.

An article often dates its attack only by its report: "the committee said on
Friday that people had been killed in a missile attack on Rylsk". The strike was
then that day or the night before it, and the report's day is its best date. Not
when the sentence says the attack was earlier, vaguely ("this week", "days ago"):
"the monitor said Wednesday that the toll from a strike this week had risen".
"""

from __future__ import annotations

import re

from summarizer.backends.rules.text import Unit
from summarizer.backends.rules.unit_times import VAGUE_DAY, time_near

_VAGUELY_EARLIER = re.compile(
    r"(?i)\b(?:this|last|past|previous)\s+(?:week|month|weekend)\b"
    rf"|\bearlier\s+(?:this|in\s+the)\s+month\b|\brecent(?:ly)?\b|{VAGUE_DAY}")


def first_report_time(text: str, units: list[Unit], start: int) -> str | None:
    """The time of the first report the article dates after `start`, for news no sentence
    dates: "... more than 50 have been injured," he wrote on Telegram on Friday evening."""
    for unit in units:
        if unit.end <= start or _VAGUELY_EARLIER.search(unit.text):
            continue
        told = time_near(text, unit, unit.start, responses=False)
        if told is not None and time_near(text, unit, unit.start, saying=False) is None:
            return told
    return None


def report_time(text: str, unit: Unit) -> str | None:
    """The time at which `unit` says its news was reported, unless it dates the news
    vaguely before that."""
    if _VAGUELY_EARLIER.search(unit.text):
        return None
    return time_near(text, unit, unit.start, responses=False)


_REACTION = re.compile(r"(?i)\b(?:respond(?:ed|s)?|react(?:ed|s)?|condemn(?:ed|s)?|denounc(?:ed|es)"
                       r"|downplay(?:ed|s|ing)?)\s+(?:to\s+)?(?:the\s+)?[A-Z][\w-]*['\u2019]s\s")
"""A reaction to a side's attack ("Trump on Tuesday responded to Iran's missile strike")."""


def after_reaction(unit: Unit) -> Unit:
    """The part of `unit` after a reaction to the attack it tells (`unit` itself when it
    tells none): a time before the reaction is the reaction's ("Trump on Tuesday
    responded"), one after it the attack's ("condemned Russia's attack on Kyiv overnight")."""
    found = _REACTION.search(unit.text)
    if found is None:
        return unit
    return Unit(unit.start + found.end(), unit.end, unit.text[found.end():], unit.paragraph,
                unit.quote)
