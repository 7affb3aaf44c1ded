"""The attacker's own losses: "one Israeli officer was killed during the operation",
"Russia's military said an assault team officer was killed".

A side that strikes may lose people doing it. Its dead are a toll of the fighting,
not of its attack, whose toll counts the people it struck: a raid that killed 274
and cost the raiders one officer killed 274, and an attack told with no number of
its own has not killed one because one of its soldiers fell. So too the militants
killed beating off their raid ("four soldiers were martyred and twelve terrorists were
killed"): when no state made the attack, the armed men counted dead are its attackers.
"""

from __future__ import annotations

import re

from summarizer.backends.rules.sites import Sites
from summarizer.backends.rules.text import Unit, clause
from summarizer.backends.rules.unnamed import ARMED_MEN, is_unnamed

_FORCES = re.compile(r"(?i)^(?:\s*[\w-]+){0,3}?\s+(?:soldiers?|officers?|troops|servicem[ae]n"
                     r"|commandos?|personnel|pilots?|reservists?)\b")
"""The victims counted are the forces ("one special forces officer", "two soldiers"), the
noun within a few words of the toll's count."""
_REPORTS_OWN = re.compile(r"(?i)^['\u2019]s\s+(?:military|army|armed\s+forces"
                          r"|defen[cs]e\s+ministry)\s+(?:said|says|confirmed|announced|reported)"
                          r"\s+(?:that\s+)?$")
"""A side's military telling a death: the soldier is its own ("Russia's military said an
officer was killed")."""
_ARMED = re.compile(rf"(?i)^(?:\s*[\w-]+){{0,2}}?\s+(?:{ARMED_MEN}|bombers?|khawarij|khwarij"
                    r"|fighters?|rebels?)\b")
"""The dead counted are armed men ("two militants", "twelve terrorists", "four Khawarij"). More
words than `ARMED_MEN`, which name an attacker no side is named for: the fighters and rebels of
a named group, and Pakistan's name for the Pakistani Taliban, killed fighting off an attack, are
its losses all the same, as is a bomber however he is named."""


def own_losses(text: str, sites: Sites, unit: Unit, position: int,
               attacker: str | None) -> bool:
    """Whether the toll counted at `position` is of `attacker`'s own forces: named by its
    demonym ("one Russian soldier") or reported by its military, or armed men killed in an
    attack no state made (gunmen, a group, or no one named)."""
    if _ARMED.match(text[position:unit.end]) and not _by_state(sites, attacker):
        return True
    forces = _FORCES.match(text[position:unit.end])
    if attacker is None or forces is None:
        return False
    if any(m.entry.name == attacker for m in sites.between(position, position + forces.end())):
        return True
    opening = clause(unit, position)[0]
    return any(m.entry.name == attacker and _REPORTS_OWN.match(text[m.end:position])
               for m in sites.between(opening, position))


def _by_state(sites: Sites, attacker: str | None) -> bool:
    """Whether a state made the attack: its army's strikes kill militants as their victims
    ("retaliatory strikes killed more than 200 militants")."""
    if attacker is None or is_unnamed(attacker):
        return False
    entry = sites.lookup(attacker)
    return entry is None or entry.kind != "group"
