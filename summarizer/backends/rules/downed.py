"""What weapons downed tell of an attack: its target, and whether a count is all of it.

Reports count the weapons shot down more often than those launched. The side that
downed them is where the attack was aimed ("the Israeli military said it had
intercepted a missile launched from Yemen"). A count downed is the attack's when it
is all of it; one place's share of a list ("11 over the Moscow region, 23 over the
Bryansk region") and an ally's share ("the US and Britain intercepted more than 100
drones") are not, nor a count told as more than one before ("another 36 drones", "40
other drones"). A count downed out of all of them ("25 missiles of 38 fired") tells all of them;
the weapons listed as that share's parts ("destroyed 50 of the 60 targets, including 45
drones") are parts of the share, not all of their kind.
"""

from __future__ import annotations

import re
from dataclasses import replace

from summarizer.backends.rules.listed_weapons import LIST_OPENER
from summarizer.backends.rules.numbers import Count
from summarizer.backends.rules.places import DOWNED_VERB, OVER
from summarizer.backends.rules.sites import Sites
from summarizer.backends.rules.text import Unit
from summarizer.text.numbers import NUMBER, number_value

_DEFENDED = re.compile(
    r"(?:['\u2019]s)?(?:\s+(?:military|army|[Aa]ir\s+[Ff]orce|air\s+defen[cs]es?"
    r"(?:\s+(?:units|systems|forces))?|forces|[Dd]efen[cs]e\s+[Mm]inistry))?"
    r"(?:\s+(?:said|says|saying))?(?:\s+(?:that\s+)?(?:it|its\s+"
    r"(?:air\s+defen[cs]es?|forces|military)))?(?:\s+(?:had|has|have))?\s+(?:intercepted"
    r"|shot\s+down|downed|repelled|repulsed)\b")
"""A side as the one that downed the weapons or fought the attack off: "the Israeli
military said it had intercepted", "the Ukraine Air Force saying its air defenses had shot
down", "Ukraine's air defence units have repelled"."""
_DOWNERS = r"[A-Z][\w.-]*(?:\s+and\s+(?:the\s+)?[A-Z][\w.-]*)?"
"""The one or two parties that downed weapons: "Israel", "the US and Britain"."""
_DOWNER = re.compile(rf"\b{_DOWNERS}(?:\s+[a-z]+)?\s+"
                     r"(?:intercepted|shot\s+down|downed)\s+(?:[\w-]+\s+){0,2}?$")
"""Who downed the weapons counted next: "the US and Britain intercepted more than"."""
_DOWNED_BY = re.compile(rf"\b{DOWNED_VERB}\s+by\s+(?:the\s+)?{_DOWNERS}")
"""Who downed the weapons counted before, as the passive's agent: "had been intercepted by US
forces", "were shot down by the US and Britain"."""


def defender(text: str, places: Sites, unit: Unit, attacker: str) -> list[str]:
    """The side other than `attacker` that the unit says downed the weapons, as the
    attack's target; none when it names no such side."""
    return [m.entry.name for m in places.between(unit.start, unit.end)
            if m.entry.party and m.entry.name != attacker
            and _DEFENDED.match(text, m.end, unit.end)][:1]


def share_over_place(text: str, places: Sites, unit: Unit, count: Count) -> bool:
    """Whether the count is one place's share of weapons downed: "11 over the Moscow
    region, 23 over the Bryansk region". Weapons downed over the one place the unit
    names ("six missiles over the Belgorod region") are the whole attack's."""
    overs = [m for m in places.between(unit.start, unit.end)
             if OVER.search(text, max(unit.start, m.start - 10), m.start)]
    return len({m.entry.name for m in overs}) > 1 and any(
        count.end < m.start <= count.end + 30 for m in overs)


def third_party_downed(text: str, places: Sites, clause: tuple[int, int], position: int,
                       sides: set[str | None]) -> bool:
    """Whether the weapons counted at `position`, in the clause `clause`, are those a side
    other than `sides` (the attacker and its targets, and a target city's country) downed,
    told before them ("the US and Britain intercepted more than 100 drones") or after them as
    the passive's agent ("three drones were shot down by US warships"): the share one ally
    intercepted, not the launch. The target's own ("Ukraine shot down 24 of 28 drones" aimed
    at Kyiv) are the attack's."""
    start, end = clause
    downer = _DOWNER.search(text, start, position) or _DOWNED_BY.search(text, position, end)
    if downer is None:
        return False
    named = {m.entry.name for m in places.between(downer.start(), downer.end())
             if m.entry.party}
    homes = {entry.country for name in sides if name and (entry := places.lookup(name))}
    return bool(named) and not named & (sides | homes)


_ANOTHER = re.compile(r"(?i)\b(?:another|a\s+further|an\s+additional)\s+(?:(?:about|some|nearly"
                      r"|almost|around|over|more\s+than|close\s+to|up\s+to)\s+)?$")
_OTHER = re.compile(r"(?i)\S+\s+(?:[\w-]+\s+)?(?:other|more|additional|further)\s")
"""A count told as more than one told before: "another 36 drones", "40 other drones", "20 more
missiles"."""
_WEAPONS_AFTER = re.compile(r"(?i)\s+(?:[\w-]+\s+){0,3}?(?:missiles?|drones?|rockets?|UAVs?"
                            r"|shaheds?|unmanned|projectiles?)\b")
_OUT_OF = re.compile(r"\s+(?:out\s+)?of\s+(?:the\s+)?(?=\w)")
_LISTED = re.compile(rf"(?i)(?:,\s*|\s+){LIST_OPENER}[\s:]+"
                     r"(?:[\w-]+(?:\s+|,\s*))*?$")
"""The opening of a list of parts ("..., including 442 drones, 34 cruise missiles and"), up to
the count read: words and commas only, so the list is still going."""
_SHARE_REACH = 160


def added(text: str, count: Count) -> bool:
    """Whether the count adds to weapons the article counted before ("34 drones ... destroyed
    another 36 drones over other regions", "40 surface-to-surface missiles ... Another 320
    UAVs"): a share, never all the attack's weapons. Told first ("Russia launched another 100
    drones overnight"), it is more than another night's, and all of this one's."""
    more = (_ANOTHER.search(text, max(0, count.start - 30), count.start) is not None
            or _OTHER.match(text, count.start, count.end) is not None)
    return more and any(_WEAPONS_AFTER.match(text, number.end())
                        for number in NUMBER.finditer(text, 0, count.start))


def part_of_share(text: str, count: Count) -> bool:
    """Whether the count is listed as a part of a share of the weapons ("destroyed 50 of the
    60 targets, including 45 drones"; "shot down 30 out of 35 missiles and drones, among them
    22 Shaheds"): the parts of those downed, not all of their kind launched."""
    start = max(0, count.start - _SHARE_REACH)
    stop = text.rfind(".", start, count.start)
    start = stop + 1 if stop >= 0 else start
    listed = _LISTED.search(text, start, count.start)
    return listed is not None and any(
        _share(text, number) for number in NUMBER.finditer(text, start, listed.start()))


def _share(text: str, number: re.Match[str]) -> bool:
    """Whether the number is a share told out of a larger one ("50 of the 60")."""
    share, of_all = number_value(number), _whole(text, number.end())
    return share is not None and of_all is not None and share < of_all


def _whole(text: str, end: int) -> int | None:
    """The number a count ending at `end` is told out of ("of the 60", "out of 38"), if any."""
    of = _OUT_OF.match(text, end)
    number = NUMBER.match(text, of.end()) if of else None
    return number_value(number) if number else None


def out_of_all(text: str, count: Count) -> Count:
    """The count of all the weapons when the one told is a share of them: "25 missiles of 38
    fired were shot down" counts 38, as "25 of 38 missiles" does."""
    value = _whole(text, count.end)
    return replace(count, value=value) if value is not None and value > count.value else count
