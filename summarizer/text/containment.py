"""Where places lie: a city the gazetteer puts in a country, a place it does not know that
may lie in one, and the keys that let a merge of thousands of places look up only those
that may be one place. Apart from entities.py, which names things; this says where they are."""

from __future__ import annotations

from collections.abc import Iterable
from functools import cache

from summarizer.text.entities import name_key, place_key
from summarizer.text.gazetteer import load_gazetteer


@cache
def _city_countries() -> dict[str, str]:
    return {place_key(name_key(written)): entry.country
            for written, entry in load_gazetteer().names() if entry.country is not None}


def within(place: str, country: str) -> bool:
    """Whether `place` is a city the gazetteer puts in `country` ('Istanbul' in 'Turkey'):
    one outlet naming the city and another the country do not disagree. `country` is
    a canonical name, as the alias table resolves it."""
    return _city_countries().get(place_key(name_key(place))) == country


@cache
def _place_kinds() -> dict[str, str]:
    return {place_key(name_key(written)): entry.kind
            for written, entry in load_gazetteer().names()}


def may_lie_in(place: str, country: str) -> bool:
    """Whether `place` may be in `country`: the gazetteer puts it there, or `country` is
    one of its countries and `place` none of its names. It knows only the larger places:
    'Tirah' may be in Pakistan, 'Kyiv' is not."""
    kinds = _place_kinds()
    return within(place, country) or (kinds.get(place_key(name_key(country))) == "country"
                                       and place_key(name_key(place)) not in kinds)


def unlocated(places: Iterable[str]) -> bool:
    """Whether the gazetteer knows none of the places ('Binyamina', 'Menashe Regional
    Council'): it cannot tell whether they are one place, or one in another."""
    kinds = _place_kinds()
    return all(place_key(name_key(place)) not in kinds for place in places)


@cache
def place_reach(place: str) -> tuple[frozenset[str], frozenset[str]]:
    """(filed, sought): two places one is, or `within` or `may_lie_in` the other, share a
    key between one's filed and the other's sought keys, so a merge of thousands of
    places looks up the few that may be one place, not all (issue 18)."""
    key = place_key(name_key(place))
    kind, country = _place_kinds().get(key), _city_countries().get(key)
    filed, sought = {f"={place}"}, {f"={place}", f"in:{place}"}
    if country is not None:
        filed.add(f"in:{country}")
        sought.add(f"={country}")
    filed.add("country" if kind == "country" else "unknown" if kind is None else "")
    sought.add("unknown" if kind == "country" else "country" if kind is None else "")
    return frozenset(filed - {""}), frozenset(sought - {""})
