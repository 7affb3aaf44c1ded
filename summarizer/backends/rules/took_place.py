"""Where a sentence about the attack says it took place: "The attack occurred in the early
hours of the morning in Zorindu", "The ADF assault took place on Monday night in the town of
Zorindu", "The attack happened at St. Zorin's church in Okarin".

Reports often open on the toll and a region ("killed 12 in a village in the restive north")
and name the village only in a later sentence whose subject is the attack. That village,
town or site is what the attack struck: the news's target when it has none. A province or a
country said there ("took place in Yobe State") only locates it.
"""

from __future__ import annotations

import re

from summarizer.backends.rules.attack_cues import THE_ATTACK
from summarizer.backends.rules.sites import Sites
from summarizer.backends.rules.text import Unit

_TOOK_PLACE = re.compile(r"(?i)\b(?:took\s+place|occurred|happened)\b")
_IN = re.compile(r"(?i)\b(?:in|at)\s+(?:the\s+(?:[a-z-]+\s+){0,2}?(?:village|town|city)\s+of\s+)?$")
"""The words right before the place: "in Zorindu", "at St. Zorin's church", "in the town of
Zorindu"; not "near Zorindu", "from Zorindu"."""


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
    if first is None or first.entry.kind not in ("city", "site") or not _IN.search(
            text, max(verb.end(), first.start - 40), first.start):
        return None
    return first.entry.name
