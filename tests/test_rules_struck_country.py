"""An attack aimed at a town or a site struck the country it lies in: a place of another
country its sentences name (the reason for it, the strike it came after, a strike of the same
night elsewhere) is no place it hit, and one the same strike words name beside the target is
the target of an attack of its own. An attack aimed at a country or a territory whole keeps
its places, as does a place of the target's own country or one told as held by the side
attacked.

Every text is written for the test.
"""

from __future__ import annotations

import datetime as dt

import pytest

from summarizer.backends.rules import RulesBackend
from summarizer.models import Article
from tests.test_rules_deeds import targets_and_regions


@pytest.mark.parametrize(("text", "place"), [
    ("A missile fired by the Houthis struck a playground in Tel Aviv on Tuesday, injuring 14 "
     "people. Houthi officials said the attack avenged the bombardment of civilians in Gaza.",
     "Tel Aviv"),
    ("An Israeli airstrike hit a building in Beirut overnight, killing four people. Hezbollah "
     "said the raid came hours after a strike in Tehran killed one of its allies.", "Beirut"),
    ("Iran launched ballistic missiles at targets in Erbil on Monday night and in the Syrian "
     "province of Idlib, killing five people.", "Erbil"),
])
def test_a_place_of_another_country_is_no_place_hit(text: str, place: str) -> None:
    assert targets_and_regions(text) == ([place], [place])


@pytest.mark.parametrize(("text", "expected"), [
    ("Hezbollah fired 30 rockets at Israel on Tuesday, hitting homes in the Golan Heights.",
     (["Israel"], ["Golan Heights"])),
    ("Russian drones struck Odesa on Monday, and debris fell in the Kherson region, officials "
     "said.", (["Odesa"], ["Odesa", "Kherson"])),
    # a place told as held by the side attacked lies where that side is
    ("Ukrainian drones struck Belgorod on Sunday. Other drones hit a market in Russian-occupied "
     "Donetsk, killing three people.", (["Belgorod"], ["Belgorod", "Donetsk"])),
])
def test_a_country_targeted_whole_or_a_place_of_its_own_stays(
        text: str, expected: tuple[list[str], list[str]]) -> None:
    assert targets_and_regions(text) == expected


def told(text: str) -> list[tuple[str | None, list[str], list[str], int | None]]:
    article = Article(id="t", source="t", published=dt.date(2025, 3, 12), text=text)
    return [(a.attacker, a.targets, a.regions, a.killed and a.killed.count)
            for a in RulesBackend().read(article).attacks]


@pytest.mark.parametrize(("text", "expected"), [
    # a wire's lead: two capitals in one verb; the toll is of both, so of neither
    ("Israeli jets struck Beirut and Damascus on Tuesday, killing five people.",
     [("Israel", ["Beirut"], ["Beirut"], None), ("Israel", ["Damascus"], ["Damascus"], None)]),
    # an agency's lead: the second place described, its toll told of the first apart
    ("Iran fired missiles at targets in Erbil, a Kurdish city of northern Iraq, and in the "
     "Syrian province of Idlib on Tuesday. Four people died in the attack.",
     [("Iran", ["Erbil"], ["Erbil"], 4), ("Iran", ["Idlib"], ["Idlib"], None)]),
    # a paper's lead: a preposition and a kind of target again before the second place
    ("Iran fired missiles at Erbil, in northern Iraq, and at targets in Syria's Idlib province on "
     "Monday.", [("Iran", ["Erbil"], ["Erbil"], None), ("Iran", ["Idlib"], ["Idlib"], None)]),
])
def test_one_strike_sentence_on_two_countries_tells_two_attacks(
        text: str, expected: list[tuple[str | None, list[str], list[str], int | None]]) -> None:
    assert told(text) == expected


def test_a_clause_of_its_own_in_another_country_tells_no_second_attack() -> None:
    assert told("Russian drones struck Kyiv on Sunday, killing two people, and debris fell in "
                "Moldova, officials said.") == [("Russia", ["Kyiv"], ["Kyiv"], 2)]
