"""How a report's words delimit a place's name: a compound that describes the place is no
part of it, the lower-case words of a Romance name are, and a capital named without "the"
still says which region the place hit lies in.

Every text is written for the test; "Zorinsk", "Talbir", "Mirab" and the names built of
them are invented, so that only the words around them can make them places.
"""

from __future__ import annotations

import datetime as dt

import pytest

from summarizer.backends.rules import RulesBackend
from summarizer.models import Article, Attack


def attacks(text: str) -> list[Attack]:
    article = Article(id="t", source="t", published=dt.date(2025, 5, 24), text=text)
    return RulesBackend().read(article).attacks


@pytest.mark.parametrize(("text", "regions"), [
    ("An airstrike on a village in the Christian-majority Zorinsk district killed 21 people on "
     "Monday.", ["Zorinsk"]),
    ("Jets struck the Sunni-majority town of Zorinsk on Monday, killing five people.",
     ["Zorinsk"]),
    ("Shelling hit a Druze-populated neighbourhood in the Talbir district on Monday, killing "
     "five people.", ["Talbir"]),
    ("Missiles struck the village of Zorinsk in the Kurdish-controlled Talbir region on Monday, "
     "killing five people.", ["Zorinsk", "Talbir"]),
    ("An airstrike on a Christian-majority village killed 21 people on Monday.", []),
    # a hyphenated name goes on in capitals: it is the place's own
    ("A missile struck the town of Zorinsk-Talbirsky on Monday, killing five people.",
     ["Zorinsk-Talbirsky"]),
])
def test_a_compound_that_describes_a_place_is_no_part_of_its_name(
        text: str, regions: list[str]) -> None:
    (attack,) = attacks(text)
    assert sorted(attack.regions) == sorted(regions)


@pytest.mark.parametrize(("text", "regions"), [
    ("Gunmen attacked the town of Zorinsk del Norte on Monday, killing four people.",
     ["Zorinsk del Norte"]),
    ("A bomb exploded in a market in Talbir de la Sierra province on Monday, killing four "
     "people.", ["Talbir de la Sierra"]),
    ("Gunmen attacked a village in Mirab dos Santos district on Monday, killing four people.",
     ["Mirab dos Santos"]),
    # "in" is an English word between two names, not a particle of one
    ("Gunmen attacked the town of Zorinsk in Talbir province on Monday, killing four people.",
     ["Zorinsk", "Talbir"]),
])
def test_the_lower_case_particles_of_a_romance_name_are_part_of_it(
        text: str, regions: list[str]) -> None:
    (attack,) = attacks(text)
    assert sorted(attack.regions) == sorted(regions)


@pytest.mark.parametrize(("text", "regions"), [
    ("A bomb exploded at a university in Zorinsk, capital of Talbir province, on Monday, "
     "killing four people.", ["Zorinsk", "Talbir"]),
    ("A car bomb exploded in Zorinsk, capital of the Talbir region, on Monday, killing four "
     "people.", ["Zorinsk", "Talbir"]),
    ("Gunmen attacked a market in Zorinsk, provincial capital of Talbir province, on Monday, "
     "killing four people.", ["Zorinsk", "Talbir"]),
    # a distance says where the place lies, not that it is inside the region
    ("A bomb exploded at a market in Zorinsk, 20 km from the capital of Talbir province, on "
     "Monday, killing four people.", []),
])
def test_a_capital_named_without_the_article_locates_the_place_hit(
        text: str, regions: list[str]) -> None:
    (attack,) = attacks(text)
    assert sorted(attack.regions) == sorted(regions)


@pytest.mark.parametrize(("text", "regions"), [
    ("A suicide bomber and gunmen targeted Zorin Beach in Mogadishu late on Friday, killing 32 "
     "people.", ["Zorin Beach", "Mogadishu"]),
    ("Two car bombs exploded at Talbir junction in Mogadishu on Saturday, killing 100 people.",
     ["Talbir junction", "Mogadishu"]),
    ("Gunmen opened fire on a crowd in Mirab Square in Baghdad on Sunday, killing five people.",
     ["Mirab Square", "Baghdad"]),
    # a square named beside the strike, not hit by it
    ("Israeli strikes hit a building in Damascus on Wednesday, killing three people. "
     "Nearby, Zorin Square was empty except for ambulances.", ["Damascus"]),
])
def test_an_open_place_named_with_its_noun_is_a_place_hit(
        text: str, regions: list[str]) -> None:
    (attack,) = attacks(text)
    assert sorted(attack.regions) == sorted(regions)


LEAD = "Russia fired missiles at Ukraine on Monday, killing four people. "


@pytest.mark.parametrize(("text", "regions"), [
    (LEAD + "Kharkiv's main hospital was hit, and impacts were also reported in Kyiv.",
     ["Kharkiv", "Kyiv"]),
    (LEAD + "Dnipro's central railway station sustained damage.", ["Dnipro"]),
    (LEAD + "Odesa's port infrastructure was damaged.", ["Odesa"]),
    (LEAD + "Lviv\u2019s Zorin Medical Center sustained a direct hit.", ["Lviv"]),
    # what a city's people or officials do or say is no hit there
    (LEAD + "Kyiv's mayor said the city was hit.", []),
    (LEAD + "Lviv's residents were woken by sirens.", []),
])
def test_a_city_whose_site_was_hit_is_a_place_hit(text: str, regions: list[str]) -> None:
    (attack,) = attacks(text)
    assert sorted(attack.regions) == sorted(regions)


def test_a_name_the_gazetteer_writes_with_an_apostrophe_is_found_with_a_typographic_one() -> None:
    (attack,) = attacks("Hezbollah fired rockets at Ra\u2019anana on Monday, wounding two people.")
    assert attack.regions == ["Raanana"]
