"""Places hit that a report names in shapes beyond "struck X": a list a plural place noun
heads, a place that is the subject of the hit, a place after a count of places, a region
a possessive names, where a toll was told or bombs dropped; and names around them that were not hit.

Every text is written for the test; "Zorinsk", "Talbir", "Mirab" are invented, so that
only the words around them can make them places.
"""

from __future__ import annotations

import datetime as dt

import pytest

from summarizer.backends.rules import RulesBackend
from summarizer.models import Article

LEAD = "Israeli strikes killed 12 people in Lebanon on Friday. "

CASES = {
    "a plural place noun heads the list of places hit": (
        LEAD + "Jets also struck the hillside villages of Zorinsk, Talbir and Mirab.",
        ["Zorinsk", "Talbir", "Mirab"]),
    "a place that is the subject of the hit": (
        LEAD + "Tyre, the main port of the south, also came under fire, and Sidon was hit twice.",
        ["Tyre", "Sidon"]),
    "a list goes on past a plural place noun and 'as well as'": (
        LEAD + "Jets also struck Tyre, the southern villages of Zorinsk and Talbir, as well as "
               "Sidon.",
        ["Tyre", "Zorinsk", "Talbir", "Sidon"]),
    "a country a place borders is not the subject of the strike": (
        LEAD + "A strike on a house in the Bekaa Valley bordering Syria killed two more people.",
        ["Bekaa Valley"]),
    "a count of places or the part of a city before the place": (
        LEAD + "Jets struck dozens of south Lebanon villages and targeted several south Beirut "
               "neighbourhoods.",
        ["southern Lebanon", "Beirut"]),
    "a part of a country that owns the region after it only locates it": (
        "A drone strike killed two people in western Sudan's North Darfur State on Friday.",
        ["North Darfur"]),
    "a sea that only says where a port city lies": (
        "Drones struck Port Sudan on Friday, killing two people. The RSF launched 40 drones at "
        "the Red Sea port city.",
        ["Port Sudan"]),
    "a toll told where it happened names a place hit": (
        "Russian drones struck Sumy on Friday. Two people were killed in the Zorinsk district, "
        "and three were wounded in Kharkiv.",
        ["Sumy", "Zorinsk", "Kharkiv"]),
    "where bombs were dropped is a place hit": (
        "Myanmar's military killed ten people on Friday. A jet dropped two bombs on a monastery "
        "in the Sagaing region.",
        ["Sagaing"]),
    "a district a city's possessive opens, subject of the damage": (
        "Russian drones struck Kyiv on Friday, killing two people. Kyiv's Zorinsk district saw "
        "several buildings sustain heavy damage.",
        ["Kyiv", "Zorinsk"]),
    "impact sites are places hit": (
        "Iranian missiles struck Israel on Friday. Police confirmed impact sites in Holon and "
        "in Ness Ziona.",
        ["Holon", "Ness Ziona"]),
    "a town of Myanmar's air war": (
        "Myanmar's military bombed a market in Lashio on Friday, killing eight people.",
        ["Lashio"]),
    "a quotation tells the strike on the place before it": (
        "Russian drones struck Sumy on Friday. Further north, a fuel depot in the Zorinsk "
        "district suffered \u201cseveral drone strikes\u201d overnight, the governor said.",
        ["Sumy", "Zorinsk"]),
    "a city that only says where the site struck lies": (
        "Hezbollah fired rockets at an air base near Haifa on Friday, and a rocket hit a house "
        "in Nahariya.",
        ["Nahariya"]),
    "a strike told after 'said' is no place where someone spoke": (
        "Russian drones struck Sumy on Friday. Officials said a strike in Kharkiv killed two "
        "people.",
        ["Sumy", "Kharkiv"]),
    "those hit in a place, told after 'said', are no speaker's place": (
        "Russian drones struck Sumy on Friday. The governor said two people in Kharkiv were "
        "injured in the attack.",
        ["Sumy", "Kharkiv"]),
    "a place named after the description it stands beside": (
        "Russian drones struck Sumy on Friday. Another drone hit a school in the regional "
        "capital, Kharkiv.",
        ["Sumy", "Kharkiv"]),
    "a part of a country that only locates the town before it, with 'the'": (
        "Israeli strikes killed 20 people in Gaza on Friday. Eight died in a strike on a school "
        "in Rafah, in the southern Gaza Strip.",
        ["Rafah"]),
    "a compass part of a large country only locates the town hit": (
        "Gunmen killed 20 worshippers in southwestern Nigeria on Friday when they attacked a "
        "church in the town of Zorinsk.",
        ["Zorinsk"]),
    "a compass part of a large country told after the town hit": (
        "Ukrainian drones struck an oil depot in the Zorinsk district on Friday, injuring two "
        "people. Regions in central Russia also came under attack.",
        ["Zorinsk"]),
    "a name a village noun follows is a place hit": (
        "A military jet dropped three bombs on Talbir village in the Sagaing region on Friday, "
        "killing 12 people.",
        ["Talbir", "Sagaing"]),
    "a name a town noun follows is the place hit, not the part of the country": (
        "Gunmen killed 20 people in northern Nigeria on Friday when they attacked Mirab town.",
        ["Mirab"]),
    "a name the next words say is a town": (
        "Russian shelling damaged a school in Talbir, a small town east of Kharkiv, on Friday, "
        "injuring two people.",
        ["Talbir"]),
    "a name told inside a named province": (
        "Militants attacked a police post in Mirab in Zorin province on Friday, killing four "
        "officers.",
        ["Mirab", "Zorin"]),
    "a plural place noun ends the list of places hit": (
        LEAD + "Jets also struck the Zorin and Talbir neighbourhoods.",
        ["Zorin", "Talbir"]),
    "a plural area noun ends the list of regions hit": (
        "US strikes killed two people in Yemen on Friday. The Houthis reported strikes on "
        "Zorin, Talbir and Mirab governorates.",
        ["Zorin", "Talbir", "Mirab"]),
    "a city's possessive opens the list of its districts hit": (
        "Russian drones struck Kharkiv on Friday, killing two people. Drones also hit "
        "Kharkiv's Zorinsk, Talbir, and Mirab districts.",
        ["Kharkiv", "Zorinsk", "Talbir", "Mirab"]),
    "a name the district after its comma locates": (
        "An Israeli strike on a car in Talbir, Zorin district, killed one person on Friday.",
        ["Talbir", "Zorin"]),
    "a name the region after its comma and 'in' locates": (
        "Gunmen killed seven soldiers in an ambush on Friday in Mirab, in the eastern Zorin "
        "region.",
        ["Zorin", "Mirab"]),
    "a name the next words call a region in a province": (
        "Jets struck a house in Talbir, a region in Zorin province, on Friday, killing 13 people.",
        ["Talbir", "Zorin"]),
    "a name a town near it locates": (
        "Gunmen attacked a church in Talbir, near the city of Mirab, on Friday, killing 12 "
        "worshippers.",
        ["Talbir"]),
    "a name the next words call a capital": (
        "A drone strike hit a camp in Talbir, the capital of Zorin State, killing 11 people on "
        "Friday.",
        ["Talbir", "Zorin"]),
    "regions listed before the history their clause tells": (
        "Russian drones struck a house in the village of Zorinsk on Friday, killing one woman. "
        "More than 80 civilians have been killed in Russia's Belgorod, Bryansk and Kursk regions "
        "since the February 2022 invasion.",
        ["Zorinsk"]),
    "a region beside a town, before the history the sentence goes on to tell": (
        "A drone strike killed 11 people in the town of Mirab on Friday. Zorinsk, the last city "
        "the army holds in western Darfur, has endured attacks since the war began.",
        ["Mirab"]),
    "a region a clause ends, before what happened there last week": (
        "Gunmen killed 12 soldiers in an ambush in the village of Zorinsk on Friday. The village "
        "lies close to the Talbir region, where last week gunmen raided a camp.",
        ["Zorinsk"]),
    "a strike told earlier this week is another day's": (
        "Russian drones struck an oil depot in the Zorinsk region on Friday, injuring two "
        "people. Earlier this week, Kyiv said it had struck a refinery in the Talbir region.",
        ["Zorinsk"]),
    "a strike told last Friday is another day's": (
        "Gunmen attacked a police post in the town of Zorinsk on Saturday, killing four "
        "officers. A car bombing in the town of Talbir last Friday killed 45 people.",
        ["Zorinsk"]),
    "a name the next words call an area": (
        LEAD + "Jets also struck Zorin, a densely populated area on the edge of the capital.",
        ["Zorin"]),
    "a name the next words call one of a territory's camps": (
        "Israeli strikes killed 40 people in Gaza on Friday. One strike on houses in Zorin, one "
        "of the Gaza Strip\u2019s eight historic refugee camps, killed 24 people.",
        ["Zorin"]),
    "names the next words call villages": (
        LEAD + "Jets also hit Zorin and Talbir, two villages near the border.",
        ["Zorin", "Talbir"]),
    "a name a quotation mark parts from the words that call it a village": (
        LEAD + "Troops also blew up houses in Zorin,\u201c a border village where fighters "
        "clashed with soldiers.",
        ["Zorin"]),
    "a name its own noun follows, before the place it lies in": (
        "An Israeli strike on a house in the Zorin neighbourhood of central Gaza killed 15 "
        "people on Saturday.",
        ["Zorin", "central Gaza"]),
    "a name its own town noun follows, before the district it lies in": (
        "A suicide bomber rammed a car into a police convoy in Zorin town of Talbir district on "
        "Thursday, killing 40 officers.",
        ["Zorin"]),
    "the run of strikes the attack is the latest of is history": (
        "An Israeli strike on a school in Khan Younis killed 12 people on Friday. It was the "
        "latest in a series of Israeli strikes on school buildings in Rafah.",
        ["Khan Younis"]),
    "a region whose part the attack's places name only locates it": (
        "Gunmen attacked the village of Talbir in North Kordofan province on Friday, killing "
        "seven people. The attack on the Kordofan village came as fighting spread.",
        ["Talbir", "North Kordofan"]),
    "a place near which the place hit lies only locates it": (
        "Russian shelling damaged a school in Talbir, a small town near Kupiansk, on Friday, "
        "injuring two people.",
        ["Talbir"]),
    "an area noun introduces the place hit, before or after its name": (
        "Gunmen attacked a police post in the general area of Zorinsk on Friday, killing four "
        "officers. Another post in the Talbir area and one in Mirab local government area "
        "also came under attack.",
        ["Zorinsk", "Talbir", "Mirab"]),
    "a hospital struck is in a place hit, though the wounded were taken to hospital": (
        "Russian missiles struck Sumy on Friday. Two people were taken to hospital after a "
        "missile struck the Zorin Hospital in Kharkiv.",
        ["Sumy", "Kharkiv"]),
    "the theatre of a ground offensive told beside the attack is no place hit": (
        "A Hezbollah drone struck an army base in the town of Zorinsk on Friday, killing four "
        "soldiers. The group called the attack proof of its reach, even as Israeli forces "
        "pressed their ground offensive against Hezbollah in southern Lebanon.",
        ["Zorinsk"]),
    "a village in a local government area, both named with capitals": (
        "Gunmen attacked Zorin village in Talbir Local Government Area of Mirab State on Friday, "
        "killing 20 people.",
        ["Zorin", "Talbir", "Mirab"]),
    "a village in a township": (
        "Myanmar's military killed ten people on Friday. A jet dropped two bombs on a monastery "
        "in Talbir Village in Zorin Township of the Sagaing region.",
        ["Talbir", "Sagaing", "Zorin"]),
    "a federation's state named with 'state' in lower case": (
        "Gunmen attacked the town of Talbir in Zorin state on Friday, killing seven people, "
        "and a Gulf state condemned the attack.",
        ["Talbir", "Zorin"]),
    "an Arabic name that opens with its particle in lower case": (
        "A drone strike hit mourners in al-Zorin village on Friday, killing 40 people, and "
        "another hit a house in the town of el-Talbir Mirab.",
        ["al-Zorin", "el-Talbir Mirab"]),
    "a toll told before 'after' the strike that did it": (
        "Russian missiles struck Kharkiv on Friday, killing two people. Three more people were "
        "wounded after a drone hit a school in the Zorinsk district.",
        ["Kharkiv", "Zorinsk"]),
    "a word that describes the place hit stands between it and 'in' or 'at'": (
        "Russian drones struck Sumy on Friday. Another drone hit a house in besieged Kharkiv, "
        "and a third hit farmers at mountainous Zorinsk village.",
        ["Sumy", "Kharkiv", "Zorinsk"]),
    "a word that tells who holds the place hit stands between it and 'in'": (
        "A rocket struck a football pitch in the Israeli-occupied Golan Heights on Saturday, "
        "killing 12 people. Drones also hit a depot in Russian-occupied Donetsk and a port in "
        "Houthi-held Hodeidah.",
        ["Golan Heights", "Donetsk", "Hodeidah"]),
    "a place who speaks is in stays no place hit when a side holds it": (
        "Ukrainian drones hit an oil depot in the town of Zorinsk on Friday, killing two people, "
        "an official told reporters in Russian-occupied Donetsk, according to officials in "
        "Russian-annexed Crimea.",
        ["Zorinsk"]),
    "a governorate named with its noun after a possessive and a describing word": (
        "US strikes hit Yemen's mountainous Zorin governorate on Friday, killing two people.",
        ["Zorin"]),
    "a capital sanctions, pressure or blame are put on is its government, no place hit": (
        "Russian drones struck Sumy on Friday, killing two people. The attack showed the need "
        "for more pressure on Moscow and tougher sanctions on Moscow, and officials laid the "
        "blame on Kyiv's enemies.",
        ["Sumy"]),
    "those an attack is told in solidarity with are no place hit": (
        "Houthi rebels fired a missile at Eilat on Friday, injuring two people. The group said "
        "it struck in solidarity with Palestinians in Gaza.",
        ["Eilat"]),
    "the city of the hospital the wounded were flown to is no place hit": (
        "A Hezbollah drone struck an army base in the town of Zorinsk on Friday, killing four "
        "soldiers. Three of the wounded were airlifted to the Talbir Medical Center in Haifa, "
        "and a helicopter carrying others landed on the helipad of the Mirab Hospital in Tel "
        "Aviv.",
        ["Zorinsk"]),
    "a threat a quotation cuts still names no place hit": (
        "Russian drones struck Sumy on Friday, killing two people. The minister warned that "
        "the next targets could include strikes on \u2018command posts\u2019 in Kharkiv.",
        ["Sumy"]),
}


@pytest.mark.parametrize(("text", "regions"), list(CASES.values()), ids=list(CASES))
def test_places_hit(text: str, regions: list[str]) -> None:
    article = Article(id="t", source="t", published=dt.date(2025, 5, 24), text=text)
    (attack,) = RulesBackend().read(article).attacks
    assert attack.regions == regions


@pytest.mark.parametrize("state", ["Zorin state", "Zorin State", "Zorin province"])
def test_a_region_that_locates_the_place_aimed_at_is_no_target(state: str) -> None:
    text = f"Gunmen attacked Talbir village in {state} on Friday, killing seven people."
    article = Article(id="t", source="t", published=dt.date(2025, 5, 24), text=text)
    (attack,) = RulesBackend().read(article).attacks
    assert (attack.targets, attack.regions) == (["Talbir"], ["Talbir", "Zorin"])


@pytest.mark.parametrize("reply", [
    "Hezbollah fired rockets at Haifa.",  # the lead names no target: it takes none from here
    "Hezbollah, meanwhile, said it fired rockets at Haifa.",  # an adverb between side and claim
    "Hezbollah said it fired rockets at Haifa.",  # where it struck, not where it spoke
])
def test_a_second_sides_strike_keeps_its_target_and_places(reply: str) -> None:
    text = "Israeli strikes killed 33 people in Lebanon on Friday. " + reply
    article = Article(id="t", source="t", published=dt.date(2025, 5, 24), text=text)
    found = {a.attacker: (a.targets, a.regions) for a in RulesBackend().read(article).attacks}
    assert found == {"Israel": ([], []), "Hezbollah": (["Haifa"], ["Haifa"])}


@pytest.mark.parametrize("state", ["Niger state", "Niger State"])
def test_a_state_that_bears_a_countrys_name_is_a_region_hit_not_the_country(state: str) -> None:
    text = f"Gunmen attacked Talbir village in {state} on Friday, killing seven people."
    article = Article(id="t", source="t", published=dt.date(2025, 5, 24), text=text)
    (attack,) = RulesBackend().read(article).attacks
    assert (attack.targets, attack.regions) == (["Talbir"], ["Talbir", "Niger"])


@pytest.mark.parametrize(("area", "state"), [
    ("Mirab local government area of Zorin state", "Zorin"),
    ("Mirab local government area of Niger state", "Niger"),
    ("Mirab area of Zorin state", "Zorin"),
])
def test_the_state_an_area_hit_lies_in_is_a_place_hit(area: str, state: str) -> None:
    text = ("Gunmen killed 30 villagers in the north on Saturday. The attack took place in "
            f"Talbir village, located in {area}.")
    article = Article(id="t", source="t", published=dt.date(2025, 5, 24), text=text)
    (attack,) = RulesBackend().read(article).attacks
    assert attack.regions == ["Talbir", "Mirab", state]
