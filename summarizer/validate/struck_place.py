"""Struck place: a target that its attack's evidence does not name, where that evidence
tells the strike at another place.

An attack's evidence is the sentence that reports it, and a reader takes the place it
names after the strike ('a gunmen's attack at Kelora near Brisk', 'the strike on the
village of Mirak', 'a missile hit Tarvos') as where the attack struck. A target that
sentence never names was read from elsewhere in the article: the district whose police
announced a help desk, the town a family had fled, a city named in the headline of
another day. The article names it (support.py asks no more of a target), but not as
struck: the target is unsupported.

Left alone: a place that is the target's wider place or another way to say it (a
country, a group, a demonym, a possessor ('Yemen's port'), one of the attack's own
regions, a place whose name holds the target's or opens as it does, as another
transliteration), a day or a month after 'on' or 'in', and evidence that names no place
after its strike ('the attack on the capital'): then the evidence does not say where it
struck, and the target's naming elsewhere is all there is.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from summarizer.models import Attack
from summarizer.text.gazetteer import load_gazetteer
from summarizer.text.time import CALENDAR_NAMES

_STRUCK = re.compile(
    r"(?:\b(?:struck|hit|targeted|bombed|shelled|raided|attacked|stormed)(?= the\b| [A-Z])"
    r"|\b(?:attack(?:ed|s)?|(?:air ?)?strikes?|struck|raids?|raided|bomb(?:ing|ed)?|blast|"
    r"explo(?:sion|ded)|shell(?:ing|ed)|assault|hit|hitting|target(?:ed|ing)|fell|landed)\b"
    r"[^.;:,]{0,30}?\b(?:at|in|on|near|into))\s+"
    r"(?:the\s+(?:[a-z-]+\s+){0,2}?(?:of\s+)?)?"
    r"(?P<place>(?:al-|el-)?[A-Z][\w'\u2019-]+(?:[ -](?:al-|el-)?[A-Z][\w'\u2019-]+)*)")
"""A strike and the capitalised name after its place's preposition, a few words on, or after
a verb of striking as its object: 'attack at Kelora', 'landed in Tarvos', 'struck the
village of Mirak'. Not across a comma: a place after one ('the attack, in Kelora's
district of Nurin') adds where, not what was struck."""

_NOT_A_PLACE = re.compile(r"['\u2019]s?(?: |$)")
"""A possessive ('Yemen's Ras Isa port', 'Iraq's'): the wider place of what it owns."""
_OPENING = re.compile(r"^(?:al-|el-|the )")
"""An article a name may open with or go without."""


def struck_elsewhere(evidence: str, target: str, attack: Attack,
                     named: Callable[[str, str], bool]) -> str | None:
    """The place `evidence` tells the strike at, where it does not name `target` and that
    place is none of the target's wider places or spellings; else None. `named(name, text)`
    says whether `text` names `name` in any known spelling (support.py's)."""
    if named(target, evidence):
        return None
    gazetteer = load_gazetteer()
    for found in _STRUCK.finditer(evidence):
        place = found.group("place")
        if _NOT_A_PLACE.search(place) or place in CALENDAR_NAMES:
            continue
        entry = gazetteer.lookup(place)
        if entry is not None and (entry.party or entry.demonym):
            continue
        if any(named(place, region) or named(region, place) for region in attack.regions):
            continue
        if named(target, place) or named(place, target) or _spelling(place, target):
            continue
        return place
    return None


def _spelling(place: str, target: str) -> bool:
    """Whether `place` may be another transliteration of `target` ('Dnieper', 'Dnipro'):
    their names open alike."""
    return _OPENING.sub("", place.casefold())[:3] == _OPENING.sub("", target.casefold())[:3]
