"""Where a sentence about the attack says it took place: "The attack occurred in the early
hours of the morning in Zorindu", "The ADF assault took place on Monday night in the town of
Zorindu", "The attack happened at St. Zorin's church in Okarin".

Reports often open on the toll and a region ("killed 12 in a village in the restive north")
and name the village only in a later sentence whose subject is the attack. That village,
town or site is what the attack struck: the news's target when it has none. A province or a
country said there ("took place in Yobe State") only locates it. So is a town a later
sentence aims the one strike told first at ("A Zorinian air strike on a village killed ten"
... "A jet dropped three bombs on Zorin village"), whoever the lead said struck: a side's
strike told with only an unnamed village names its target only there.
"""

from __future__ import annotations

import re

from summarizer.backends.rules.attack_cues import THE_ATTACK
from summarizer.backends.rules.attack_days import Draft
from summarizer.backends.rules.sites import Sites
from summarizer.backends.rules.text import Unit

_TOOK_PLACE = re.compile(r"(?i)\b(?:took\s+place|occurred|happened)\b")
_IN = re.compile(r"(?i)\b(?:in|at)\s+(?:the\s+(?:[a-z-]+\s+){0,2}?(?:village|town|city)\s+of\s+"
                 r"|(?-i:(?:[A-Z][\w-]*\s+){0,2}[A-Z][\w-]*)['\u2019]s\s+)?$")
"""The words right before the place: "in Zorindu", "at St. Zorin's church", "in the town of
Zorindu", "in South Zorin's Talbir district"; not "near Zorindu", "from Zorindu"."""
_ONE_STRIKE = re.compile(r"(?i)\b(?:(?:air\s*)?strike|attack|assault|bombing|raid)\b")
_STRIKES = re.compile(r"(?i)\b(?:(?:air\s*)?strikes|attacks|assaults|bombings|raids|shelling)\b")
"""A lead that tells one strike ("an air strike on a village", "Zorin airstrike kills five"),
not a day's strikes ("strikes have killed 20 across southern Zorinia")."""
_OTHER_STRIKE = re.compile(r"(?i)\b(?:also|elsewhere|separate(?:ly)?|meanwhile)\b")
"""A sentence that tells another strike than the one told first: these words anywhere in it,
not only the openings of `attack_cues.ASIDE`, since they only keep the first strike's town
from a sentence that may not be about it."""


def where_told(text: str, sites: Sites, unit: Unit) -> str | None:
    """The village, town or site that `unit`, a sentence about the attack already told,
    says it took place in: the first place after the verb, told after 'in' or 'at'; None
    when it says none."""
    if not THE_ATTACK.match(unit.text):
        return None
    verb = _TOOK_PLACE.search(text, unit.start, unit.end)
    if verb is None:
        return None
    first = next(iter(sites.between(verb.end(), unit.end)), None)
    if first is None or not is_town(sites, first.entry.name) or not _IN.search(
            text, max(verb.end(), first.start - 40), first.start):
        return None
    return first.entry.name


def is_town(sites: Sites, name: str) -> bool:
    """Whether `name` is a village, town or site: what an attack struck, where a province
    or a country only locates it."""
    entry = sites.lookup(name)
    return entry is not None and entry.kind in ("city", "site")


def one_strike(draft: Draft, unit: Unit) -> bool:
    """Whether `unit`, told after the sentence that first told `draft`, tells the same one
    strike ("a military air strike on a village killed ten" ... "a jet dropped three bombs on
    Zorin village"), whose town it names; not a day's strikes across a region ("strikes have
    killed 20 across southern Zorinia"), whose towns are some of the places hit, nor another
    strike ("Elsewhere, a drone hit Zorin")."""
    told = draft.evidence.text
    return bool(_ONE_STRIKE.search(told)) and not _STRIKES.search(told) and not (
        _OTHER_STRIKE.search(unit.text))
