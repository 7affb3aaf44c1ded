"""A side's own ground is not where its attack struck.

A report of a war across a border tells both sides' strikes: "Russia launched 145 drones at
Ukraine; in Moscow's Ramenskoye district, debris from downed drones injured five". A place of
the attacker's own country named beside its attack is where the other side's weapons fell,
where the attack was launched from, or where an official spoke, never a place it hit; a toll
or a weapon told there is the other side's attack's. Only across a border: an army striking at
home ("an army drone struck a village in Kaduna State") hits its own country, so a place at
home leaves an attack only when the attack reached abroad, or when the article tells another
side's attack on that country. A place the article calls occupied or annexed ("Russian-occupied
Donetsk", "annexed Crimea") is held by the other side, whatever country the gazetteer puts it
in: a strike there stays the attack's.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from summarizer.backends.rules.attack_days import Draft
from summarizer.backends.rules.sites import Sites
from summarizer.models import Evidence

_IN = re.compile(r"(?i)\b(?:in|inside|across)\s+$")
"""A country named as where something happened ("killed two people in Russia"), not as a side
("Russia launched") or as whose the next place is ("Russia's Kursk region")."""
_FROM = re.compile(r"(?i)\bfrom\s+(?:the\s+)?(?:[A-Z][\w-]*['\u2019]s\s+)?(?-i:[a-z-]+\s+){0,3}$")
"""A place weapons came from ("fired from Gaza's far-southern city of Rafah"): the attacker's
own launch site, which tells its own attack."""
_SPEAKS = re.compile(r"\s+(?:has\s+|have\s+|had\s+)?(?:said|says|called|calls|claimed|claims|"
                     r"accused|accuses|blamed|blames|denied|denies|described|warned|vowed|"
                     r"announced|insisted|responded)\b")
"""A capital as its government's voice ("which Moscow called retaliation", "Kyiv said"): a side
that speaks, not a place where something happened."""
_HELD = re.compile(r"(?i)\b(?:occupied|annexed|\w+-(?:held|controlled|occupied))\s+(?:the\s+)?$")
"""A place told as held by another side than its country's: "Russian-occupied Donetsk"."""


def home_of(attacker: str | None, sites: Sites) -> str | None:
    """The country a side fights from: a country's own, or the base a group fights from
    (Hezbollah: Lebanon); none for a group at war inside its country (no base listed)."""
    entry = sites.lookup(attacker) if attacker else None
    if entry is None:
        return None
    return entry.name if entry.kind == "country" else entry.base if entry.kind == "group" else None


def country_of(place: str, sites: Sites) -> str | None:
    """The country a place is or lies in; None for a place the gazetteer does not know or
    gives no country."""
    entry = sites.lookup(place)
    if entry is None:
        return None
    return entry.name if entry.kind == "country" else entry.country


def countries_of(draft: Draft, sites: Sites) -> set[str]:
    return {c for p in (*draft.targets, *draft.regions) if (c := country_of(p, sites))}


def held(text: str, sites: Sites) -> set[str]:
    """The places the article calls held by another side (`_HELD`)."""
    return {m.entry.name for m in sites.between(0, len(text))
            if _HELD.search(text, max(0, m.start - 30), m.start)}


def _told_at_home(evidence: Evidence, home: str, text: str, sites: Sites,
                  held: set[str]) -> bool:
    """Whether the sentence a fact was read from places it only in `home`: it names a town or
    region there, or the country as where it happened, and no place elsewhere, held, or that
    the attack was launched from."""
    start, end = evidence.start or 0, evidence.end or 0
    named = [m for m in sites.between(start, end)
             if (m.entry.kind in ("city", "region") and not _SPEAKS.match(text, m.end)) or (
                 m.entry.kind == "country" and not m.entry.demonym
                 and _IN.search(text, max(start, m.start - 10), m.start))]
    countries = {country_of(m.entry.name, sites) for m in named} - {None}
    return countries == {home} and not any(
        m.entry.name in held or _FROM.search(text, max(start, m.start - 60), m.start)
        for m in named)


def off_own_ground(drafts: Sequence[Draft], text: str, sites: Sites) -> None:
    """Drop from each draft the regions in its attacker's own country, and the tolls and
    weapons told only there, when its attack reached another country or another side's
    attack in the article reached the attacker's."""
    held_there = held(text, sites)
    for draft in drafts:
        home = home_of(draft.attacker, sites)
        if home is None:
            continue
        abroad = bool(countries_of(draft, sites) - {home})
        invaded = any(home in countries_of(other, sites) for other in drafts
                      if other is not draft and home_of(other.attacker, sites) not in (None, home))
        if not (abroad or invaded):
            continue
        draft.regions = [r for r in draft.regions
                         if r in held_there or country_of(r, sites) != home]
        draft.casualties = {kind: toll for kind, toll in draft.casualties.items()
                            if not _told_at_home(toll.evidence, home, text, sites, held_there)}
        draft.weapons = {kind: count for kind, count in draft.weapons.items()
                         if not _told_at_home(count.evidence, home, text, sites, held_there)}
