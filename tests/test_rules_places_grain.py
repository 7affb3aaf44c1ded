"""The grain of the place an attack hit: a capital named by its country is the city ("the
Russian capital" is Moscow), not the country.

Every text is written for the test.
"""

from __future__ import annotations

import datetime as dt

import pytest

from summarizer.backends.rules import RulesBackend
from summarizer.models import Article


def _attacks(text: str) -> dict[str | None, tuple[list[str], list[str]]]:
    article = Article(id="t", source="t", published=dt.date(2025, 5, 24), text=text)
    return {a.attacker: (a.targets, a.regions) for a in RulesBackend().read(article).attacks}


@pytest.mark.parametrize(("text", "city"), [
    ("Russian missiles hit the Ukrainian capital on Friday, killing nine people.", "Kyiv"),
    ("An Israeli strike on Lebanon's capital killed three people on Friday.", "Beirut"),
    ("Drones struck the Sudanese capital on Friday, the army said, blaming the RSF. Two people "
     "were killed.", "Khartoum"),
    ("Iranian-backed militias fired rockets at the Iraqi capital on Friday, wounding two "
     "guards.", "Baghdad"),
])
def test_a_capital_named_by_its_country_is_the_city_struck(text: str, city: str) -> None:
    ((targets, regions),) = _attacks(text).values()
    assert (targets, regions) == ([city], [city])


def test_a_capital_named_beside_its_name_is_the_city_once() -> None:
    text = ("Israeli jets struck the Iranian consulate in the Syrian capital Damascus on "
            "Friday, killing seven people.")
    assert _attacks(text) == {"Israel": (["Iranian consulate"], ["Damascus"])}


def test_a_capital_where_someone_spoke_is_no_place_hit() -> None:
    text = ("Zelensky, speaking in the Ukrainian capital, said Russian drones struck Odesa on "
            "Friday, killing two people.")
    assert _attacks(text) == {"Russia": (["Odesa"], ["Odesa"])}


@pytest.mark.parametrize(("text", "place"), [
    ("Israeli jets struck targets east of Khan Younis on Friday, killing five people.",
     "Khan Younis"),
    ("Israeli tanks shelled areas north of Rafah on Friday, killing three people.", "Rafah"),
    ("Russian artillery pounded positions just south-west of Kherson on Friday, killing two "
     "soldiers.", "Kherson"),
])
def test_a_place_whose_side_was_struck_is_a_place_hit(text: str, place: str) -> None:
    ((_, regions),) = _attacks(text).values()
    assert regions == [place]


@pytest.mark.parametrize("text", [
    "Russian drones struck a village 10 km west of Kupiansk on Friday, killing two people.",
    "Russian drones struck a village just west of Kupiansk on Friday, killing two people.",
])
def test_a_place_that_only_says_where_the_one_hit_lies_is_no_place_hit(text: str) -> None:
    ((_, regions),) = _attacks(text).values()
    assert regions == []
