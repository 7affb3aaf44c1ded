"""How a report's words delimit a place's name and say it was hit: a compound that describes
the place is no part of it, the lower-case words of a Romance name are, a capital named
without "the" still says which region the place hit lies in, an open place is named with its
noun, an aside on its own past leaves it hit, and a city whose site was hit is a place hit.

Every text is written for the test; "Zorinsk", "Talbir", "Mirab" and the names built of
them are invented, so that only the words around them can make them places.
"""

from __future__ import annotations

import pytest

from tests.test_rules_places import attacks

LEAD = "Russia fired missiles at Ukraine on Monday, killing four people. "

CASES = {
    # a compound that describes the place is no part of its name
    "a majority compound before a district": (
        "An airstrike on a village in the Christian-majority Zorinsk district killed 21 people "
        "on Monday.", ["Zorinsk"]),
    "a majority compound before a town of": (
        "Jets struck the Sunni-majority town of Zorinsk on Monday, killing five people.",
        ["Zorinsk"]),
    "a populated compound before a place noun": (
        "Shelling hit a Druze-populated neighbourhood in the Talbir district on Monday, killing "
        "five people.", ["Talbir"]),
    "a controlled compound before a region": (
        "Missiles struck the village of Zorinsk in the Kurdish-controlled Talbir region on "
        "Monday, killing five people.", ["Zorinsk", "Talbir"]),
    "a compound alone names no place": (
        "An airstrike on a Christian-majority village killed 21 people on Monday.", []),
    "a hyphenated name that goes on in capitals is the place's own": (
        "A missile struck the town of Zorinsk-Talbirsky on Monday, killing five people.",
        ["Zorinsk-Talbirsky"]),
    # the lower-case particles of a Romance name are part of it
    "del inside a town's name": (
        "Gunmen attacked the town of Zorinsk del Norte on Monday, killing four people.",
        ["Zorinsk del Norte"]),
    "de la inside a province's name": (
        "A bomb exploded in a market in Talbir de la Sierra province on Monday, killing four "
        "people.", ["Talbir de la Sierra"]),
    "dos inside a district's name": (
        "Gunmen attacked a village in Mirab dos Santos district on Monday, killing four people.",
        ["Mirab dos Santos"]),
    "an English word between two names is no particle": (
        "Gunmen attacked the town of Zorinsk in Talbir province on Monday, killing four people.",
        ["Zorinsk", "Talbir"]),
    # a capital named without "the" locates the place hit in its region
    "capital of a province": (
        "A bomb exploded at a university in Zorinsk, capital of Talbir province, on Monday, "
        "killing four people.", ["Zorinsk", "Talbir"]),
    "capital of the region": (
        "A car bomb exploded in Zorinsk, capital of the Talbir region, on Monday, killing four "
        "people.", ["Zorinsk", "Talbir"]),
    "provincial capital of a province": (
        "Gunmen attacked a market in Zorinsk, provincial capital of Talbir province, on Monday, "
        "killing four people.", ["Zorinsk", "Talbir"]),
    "a distance from a capital does not place the town in the region": (
        "A bomb exploded at a market in Zorinsk, 20 km from the capital of Talbir province, on "
        "Monday, killing four people.", []),
    # an open place named with its noun is a place hit
    "a beach targeted": (
        "A suicide bomber and gunmen targeted Zorin Beach in Mogadishu late on Friday, killing "
        "32 people.", ["Zorin Beach", "Mogadishu"]),
    "a junction where bombs exploded": (
        "Two car bombs exploded at Talbir junction in Mogadishu on Saturday, killing 100 people.",
        ["Talbir junction", "Mogadishu"]),
    "a square where gunmen fired": (
        "Gunmen opened fire on a crowd in Mirab Square in Baghdad on Sunday, killing five "
        "people.", ["Mirab Square", "Baghdad"]),
    "a square named beside the strike is not hit": (
        "Israeli strikes hit a building in Damascus on Wednesday, killing three people. Nearby, "
        "Zorin Square was empty except for ambulances.", ["Damascus"]),
    # an aside on the place's own past leaves the news before it
    "the scene of an earlier blast": (
        "Two car bombs exploded in Kabul on Saturday, killing 100 people. The explosions "
        "occurred at Talbir junction, the scene of a massive blast in 2017.",
        ["Kabul", "Talbir junction"]),
    "the site of an earlier bombing": (
        "Gunmen attacked a market in Kabul on Saturday, killing 10 people. The gunmen fired at "
        "Zorin Square, the site of a 2019 bombing.", ["Kabul", "Zorin Square"]),
    "site of an earlier massacre": (
        "Shelling hit the town of Zorinsk on Saturday, killing four. Missiles also struck the "
        "village of Talbir, site of a massacre in 2022.", ["Zorinsk", "Talbir"]),
    "history told of the places themselves still names none hit": (
        "Shelling hit Kharkiv on Saturday, killing four people. Six were killed in the Zorin, "
        "Talbir and Mirab regions since the February 2022 invasion.", ["Kharkiv"]),
    # a city whose site was hit is a place hit
    "a city's hospital was hit": (
        LEAD + "Kharkiv's main hospital was hit, and impacts were also reported in Kyiv.",
        ["Kharkiv", "Kyiv"]),
    "a city's station sustained damage": (
        LEAD + "Dnipro's central railway station sustained damage.", ["Dnipro"]),
    "a city's port was damaged": (
        LEAD + "Odesa's port infrastructure was damaged.", ["Odesa"]),
    "a city's named site sustained a direct hit": (
        LEAD + "Lviv\u2019s Zorin Medical Center sustained a direct hit.", ["Lviv"]),
    "what a city's mayor says is no hit there": (
        LEAD + "Kyiv's mayor said the city was hit.", []),
    "what a city's residents do is no hit there": (
        LEAD + "Lviv's residents were woken by sirens.", []),
    # the gazetteer's "Ra'anana", set with a typographic apostrophe
    "a listed name with a typographic apostrophe": (
        "Hezbollah fired rockets at Ra\u2019anana on Monday, wounding two people.", ["Raanana"]),
}


@pytest.mark.parametrize(("text", "regions"), list(CASES.values()), ids=list(CASES))
def test_places_hit(text: str, regions: list[str]) -> None:
    (attack,) = attacks(text)
    assert sorted(attack.regions) == sorted(regions)
