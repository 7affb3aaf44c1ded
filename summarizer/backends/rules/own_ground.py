"""A side's own ground is not where its attack struck.

A report of a war across a border tells both sides' strikes: "Russia launched 145 drones at
Ukraine; Moscow's air defences downed 34 over the capital". A place of the attacker's own
country named beside its attack is where the other side's weapons fell, where the attack
was launched from, or where an official spoke, never a place it hit. Only across a border:
an army striking at home ("an army drone struck a village in Kaduna State") hits its own
country, so a place at home leaves an attack only when the attack reached abroad, or when
the article tells another side's attack on that country.
"""

from __future__ import annotations

from collections.abc import Sequence

from summarizer.backends.rules.attack_days import Draft
from summarizer.backends.rules.sites import Sites


def _home(attacker: str | None, sites: Sites) -> str | None:
    """The country a side fights from: a country's own, or the base a group fights from
    (Hezbollah: Lebanon); none for a group at war inside its country (no base listed)."""
    entry = sites.lookup(attacker) if attacker else None
    if entry is None:
        return None
    return entry.name if entry.kind == "country" else entry.base if entry.kind == "group" else None


def _country(place: str, sites: Sites) -> str | None:
    entry = sites.lookup(place)
    if entry is None:
        return None
    return entry.name if entry.kind == "country" else entry.country


def _countries(draft: Draft, sites: Sites) -> set[str]:
    return {c for p in (*draft.targets, *draft.regions) if (c := _country(p, sites))}


def off_own_ground(drafts: Sequence[Draft], sites: Sites) -> None:
    """Drop from each draft the regions in its attacker's own country, when its attack
    reached another country or another side's attack in the article reached the attacker's."""
    for draft in drafts:
        home = _home(draft.attacker, sites)
        if home is None:
            continue
        abroad = bool(_countries(draft, sites) - {home})
        invaded = any(home in _countries(other, sites) for other in drafts
                      if other is not draft and _home(other.attacker, sites) not in (None, home))
        if abroad or invaded:
            draft.regions = [r for r in draft.regions if _country(r, sites) != home]
