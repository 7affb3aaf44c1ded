"""Two attacks in one sentence: a strike and the other side's reply.

"Ukraine attacked Moscow overnight, while Russia launched 40 drones at Kyiv";
"rockets were launched from Lebanon, and in response the IDF struck sites in
Lebanon". Each part names its own attacker, target and toll, so the attack reader
reads each part of such a sentence as if it stood alone. A reply the sentence does
not attribute ("..., prompting heavy retaliatory strikes") is the reporting side's.
"""

from __future__ import annotations

import re
from itertools import pairwise

from summarizer.backends.rules.sites import Sites
from summarizer.backends.rules.text import Unit, sentence_end, trim
from summarizer.text.openings import opened

_REPLY = opened(re.compile(
    r"(?i)(?:,\s*|;\s*|\s+)(?=(?:and\s+)?(?:in\s+(?:response|retaliation)\b"
    r"(?!\s+(?:to|for)\b)|while\b|whereas\b|meanwhile\b(?!,)|prompting\b|triggering\b"
    r"|(?:just\s+|only\s+|several\s+|some\s+)?(?:hours|minutes)\s+after\b))"
    r"|;\s+"))
"""Where a reply or a second side's strike begins; "in response to" the strike it answers
names the cause, which is the earlier attack, not a reply; "meanwhile" set off by commas
after a side ("Hezbollah, meanwhile, said it fired") is inside its clause; "hours after"
begins the day's other strike ("..., hours after Ukrainian drones hit Belgorod")."""


GOES_ON = re.compile(r"(?i)(?:and\s+)?(?:while|whereas)\b")
"""A part that may only go on with the sentence's own event ("..., while five were hurt")."""


def reply_parts(text: str, unit: Unit) -> list[Unit]:
    """The parts of `unit` that each may tell one side's attack; the unit itself when it
    has no such break."""
    cuts = [unit.start, *(unit.start + m.end() for m in _REPLY.finditer(unit.text)), unit.end]
    parts = []
    for begin, finish in pairwise(cuts):
        start, end = trim(text, begin, finish)
        if start < end:
            parts.append(Unit(start, end, text[start:end], unit.paragraph, unit.quote))
    return parts


_RETALIATION = re.compile(r"(?i)\b(?:retaliat\w+|in\s+response|reprisal)\b")


_REPLY_ENDS = re.compile(r"\s*,?\s*in\s+(?:response|retaliation)\W*$")
"""The words that close a sentence whose strike was a reply ("... early Sunday in
retaliation."), cut off its part by `reply_parts`."""


def is_reply(text: str, start: int, end: int) -> bool:
    """Whether the part text[start:end] tells its strike as a reply ("In response, ...",
    "retaliatory strikes", "... in retaliation"): the attack it answers is another."""
    return _RETALIATION.search(text, start, end) is not None or _REPLY_ENDS.match(
        text, end, sentence_end(text, end)) is not None


_SPEAKER = re.compile(r"(?:['\u2019]s)?(?:\s+[\w-]+){0,4}?\s+(?:said|says|claimed|stated)\b")


def retaliator(text: str, unit: Unit, part: Unit, places: Sites) -> str | None:
    """Who made an unnamed reply ("..., prompting heavy retaliatory strikes"): the side
    whose report the sentence is ("Pakistan's military said ..."), as a side reports its
    own reply without naming itself."""
    if part.start == unit.start or not _RETALIATION.search(part.text):
        return None
    for mention in places.between(unit.start, part.start):
        if mention.entry.party and _SPEAKER.match(text, mention.end, part.start):
            return mention.entry.name
    return None
