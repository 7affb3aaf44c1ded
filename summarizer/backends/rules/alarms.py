"""Places where a warning sounded: sirens and air-raid alerts tell where weapons were
coming, or were feared, not where they struck.

A report of a missile attack often says "sirens sounded across central Israel" or "air
raid alerts in the Zorin, Talbir and Mirab regions" beside the one place hit: an alert
covers a whole zone for every launch, so a place named after it is no place hit. Not an
ambulance's siren at the scene ("as sirens wailed in the district"), which names no warning,
and not a place the sentence goes on to say was hit ("sirens sounded in Zorinsk before a
rocket struck Talbir": Talbir; "sirens sounded in Zorinsk as missiles struck the city":
Zorinsk).
"""

from __future__ import annotations

import re

from summarizer.backends.rules.attackers import STRIKE_VERB
from summarizer.backends.rules.text import sentence_end

_ALARM = re.compile(
    r"(?i)\b(?:(?:air[- ]raid|rocket|missile|warning|alert)\s+(?:sirens?|alerts?|alarms?)"
    r"|air[- ]raid\s+warnings?"
    r"|(?:sirens?|alarms?|alerts?)\s+(?:also\s+)?(?:sounded|sounding|went\s+off|rang\s+out"
    r"|blared|were\s+(?:activated|triggered|sounded|heard|issued)|had\s+sounded))\b")
"""A warning of incoming weapons: "air raid sirens", "rocket sirens", "sirens sounded",
"alerts were issued"; not "sirens wailed", which an ambulance's do too."""
_HIT = re.compile(rf"(?i)\b(?:{STRIKE_VERB}|landed|fell|exploded|impact\w*|damag\w*)\b")
"""Words that tell a hit after the warning: the place after them is where it struck."""
_HIT_BACK = re.compile(
    rf"(?i)\b(?:{STRIKE_VERB}|landed\s+in|fell\s+on|exploded\s+in|damag\w*)\s+(?:it\b|the\s+"
    r"(?:[\w-]+\s+)?(?:city|capital|town|village|area|region|port|district)\b)")
"""A hit told after the warning's place that refers back to it: "as missiles struck the city"."""


def alarmed(text: str, start: int, position: int) -> bool:
    """Whether the place at `position` is named, in the clause from `start`, only as where a
    warning sounded: after a siren's or alert's words, with no hit told between them, and
    none told of it after it ("... as missiles struck the capital")."""
    warnings = list(_ALARM.finditer(text, start, position))
    return bool(warnings) and _HIT.search(text, warnings[-1].end(), position) is None and (
        _HIT_BACK.search(text, position, sentence_end(text, position)) is None)
