"""The country an attack struck: a place of another country is not one of its places hit.

An attack aimed at a town or a site strikes the country that town lies in. A place of another
country that the attack's sentences name as hit tells another event there: the reason given
for it ("in retaliation for the massacres in Gaza", told of a missile on Tel Aviv), the strike
the news came after ("came after an overnight strike in Tehran", told of a strike on Beirut),
or a second attack of the same night ("strikes on targets in Erbil, Iraq, and in Syria's
Idlib"), which is an attack of its own (GOLD_FORMAT.md, "Two attacks on one date"). Either way
it is not a place this attack hit, and joining it would give one attack another's place.

Only an attack whose targets are towns or sites, all in one country, is read so: a country or
a territory targeted whole ("rockets at Israel", "strikes on the Golan Heights") says no more
than where the strike was aimed, and the places hit may lie on either side of a line the
gazetteer draws, as they do for an occupied territory. A place the article calls held by
another side ("annexed Crimea", "Russian-occupied Donetsk": `own_ground.held`) lies where
that side is, whatever country the gazetteer gives it, and a place the gazetteer gives no
country lies nowhere else that anything says: both are kept.
"""

from __future__ import annotations

import re

from summarizer.backends.rules.own_ground import country_of, held
from summarizer.backends.rules.sites import Sites

_ALONGSIDE = re.compile(
    r"(?:,[^.;,]{0,80}(?:,[^.;,]{0,60})?,)?\s+and\s+(?:(?:in|on|at|against)\s+)?(?:the\s+)?"
    r"(?:(?:[\w-]+\s+){0,2}?(?:targets?|sites?|positions?|bases?)\s+(?:in|on|at|near)\s+)?"
    r"(?:the\s+)?(?:[A-Z][\w-]*['\u2019]s\s+"
    r"|(?:[\w-]+\s+){0,2}?(?:province|city|capital|region|town|governorate)\s+of\s+)?")
"""What joins a second place struck to the target, in the words that strike both: "struck
Beirut and Damascus", "strikes on targets in Erbil, in northern Iraq, and in the Syrian
province of Idlib", "fired at Erbil and at positions in Syria's Idlib". Nothing else: a
clause of its own ("..., and debris fell in Moldova") or a reason ("for the massacres in
Gaza") names no place the same words struck."""
_AIMED = frozenset({"city", "site"})
"""The kinds of target that say which country was struck: a town, a named site."""


def _struck_country(targets: list[str], sites: Sites) -> str | None:
    """The one country the attack's targets lie in, when each is a town or a site the
    gazetteer places; None otherwise."""
    entries = [sites.lookup(t) for t in targets]
    if not entries or any(e is None or e.kind not in _AIMED or e.country is None
                          for e in entries):
        return None
    countries = {e.country for e in entries if e is not None}
    return countries.pop() if len(countries) == 1 else None


def in_struck_country(regions: list[str], targets: list[str], sites: Sites,
                      text: str) -> list[str]:
    """The places hit that lie in the country the attack's targets are in (`_struck_country`),
    or that the article calls held by another side; all of them when the targets name no one
    country."""
    country = _struck_country(targets, sites)
    if country is None:
        return regions
    held_there = held(text, sites)
    return [r for r in regions if r in held_there or _lies_in(sites, r, country)]


def _lies_in(sites: Sites, place: str, country: str) -> bool:
    """Whether the place may lie in the country: it is the country, or lies in it, or the
    gazetteer gives it no country."""
    found = country_of(place, sites)
    return found is None or found == country


def struck_alongside(text: str, sentence: tuple[int, int], targets: list[str],
                     refused: list[str], sites: Sites) -> list[str]:
    """The places of another country that the sentence naming the attack strikes in the same
    words as its target (`_ALONGSIDE`): one strike sentence on two countries tells two
    attacks, one on each (GOLD_FORMAT.md, "Two attacks on one date"), so each such place is
    the target of an attack of its own, which the sentence tells no toll or weapon of apart."""
    mentions = sites.between(*sentence)
    aimed = [m for m in mentions if m.entry.name in targets]
    return [m.entry.name for m in mentions if m.entry.name in refused and any(
        a.end <= m.start and _ALONGSIDE.fullmatch(text, a.end, m.start) for a in aimed)]
