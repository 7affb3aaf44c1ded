"""Weapons counted as those that got through to a count of places ("six missiles and 29
drones struck 13 sites", "hits by eight missiles were recorded at 12 locations"): the share
that hit, as those downed are a share, never all the weapons launched. An air force's report
tells both; the hits are fewer, and taken for the launch they are a wrong figure."""

from __future__ import annotations

import re

from summarizer.backends.rules.numbers import Count
from summarizer.text.numbers import NUMBER

_PLACES_COUNTED = (rf"(?:{NUMBER.pattern}|several|multiple|dozens\s+of)\s+(?:[\w-]+\s+)?"
                   r"(?:sites|locations|targets|objects|facilities|places)\b")
_STRUCK = re.compile(
    r"(?i)(?:\s*(?:,|and|as\s+well\s+as)\s+(?:[\w-]+\s+){1,4}?)?\s*(?:had\s+|have\s+)?"
    rf"(?:struck|hit|reached)\s+(?:at\s+)?{_PLACES_COUNTED}")
"""The count's weapons, alone or with another count before the verb, striking a count of
places: "six missiles and 29 attack drones struck 13 sites"."""
_HITS_BY = re.compile(r"(?i)\bhits?\s+(?:by|of|from)\s+(?:[\w-]+\s+){0,4}?$")
_RECORDED_AT = re.compile(
    rf"(?i)(?:\s*(?:,|and)\s+(?:[\w-]+\s+){{1,4}}?)?\s*(?:were|was|have\s+been|had\s+been)"
    rf"\s+(?:recorded|registered|reported)\s+(?:at|in)\s+{_PLACES_COUNTED}")
"""The same told as a noun: "hits by eight missiles and 20 drones were recorded at 12
locations"."""
_BEFORE = 60
"""How far before the count "hits by" may stand ("hits by nine cruise missiles")."""
_AFTER = 100
"""How far after the count the verb and the places may run ("and 29 attack drones struck 13
sites")."""


def struck_share(text: str, count: Count) -> bool:
    """Whether the counted weapons are those told to have struck a count of places."""
    if _STRUCK.match(text, count.end, count.end + _AFTER):
        return True
    return bool(_HITS_BY.search(text, max(0, count.start - _BEFORE), count.start)
                and _RECORDED_AT.match(text, count.end, count.end + _AFTER))
