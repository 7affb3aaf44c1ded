"""The grain of the places an attack hit and of its target:

- a capital named by its country is the city ("the Russian capital" is Moscow);
- a place whose side was struck is a place hit ("targets east of Khan Younis"), one a distance
  or a place noun puts another place beside is not; so are places a participle says were hit
  ("attacked the region, hitting Zorinsk");
- a site named by its own name ("Zorin International Airport") is the target, and the country
  a site hit lies in is the place hit where no town is named;
- a place that names a war or a river is no place hit;
- a place an unlisted place owns ("South Zorin's Talbir district") is named without its owner,
  and a people's adjective before a place noun ("the Zorinese province") names no place;
- a village in a night told region by region is below its grain, the districts and villages of
  one city's attack are not, and a district a Slavic adjective names keeps its noun;
- a region struck and named with its noun ("hit the Kharkiv region"), or a province struck
  ("drones struck Ryazan"), is the target and a place hit; a territory struck whole ("strikes on
  Gaza") is the target only;
- a place told only as defended against attacks is no place hit.

Every text is written for the test; "Zorinsk", "Kupiansk" and the airports stand for any name.
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


def test_a_countrys_capital_markets_are_no_city() -> None:
    text = ("Russian missiles hit Odesa on Friday, killing nine people, as Russian capital "
            "markets fell.")
    assert _attacks(text) == {"Russia": (["Odesa"], ["Odesa"])}


def test_a_capital_where_someone_spoke_is_no_place_hit() -> None:
    text = ("Zelensky, speaking in the Ukrainian capital, said Russian drones struck Odesa on "
            "Friday, killing two people.")
    assert _attacks(text) == {"Russia": (["Odesa"], ["Odesa"])}


@pytest.mark.parametrize("verb", ["hitting", "striking", "shelling", "pounding"])
def test_places_a_participle_says_were_hit_are_places_hit(verb: str) -> None:
    text = (f"Russian forces attacked the Kharkiv region on Friday, {verb} Kupiansk, Izium and "
            "the village of Zorivka.")
    assert _attacks(text) == {"Russia": (["Kharkiv"], ["Kharkiv", "Kupiansk", "Izium",
                                                       "Zorivka"])}


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


@pytest.mark.parametrize(("text", "attack"), [
    ("Iran fired 14 missiles at the Zorin Air Base in Qatar on Friday.",
     ("Iran", ["Zorin Air Base"], ["Qatar"])),
    ("A drone struck a military outpost in Jordan on Friday, killing three soldiers.",
     (None, [], ["Jordan"])),
    ("Israeli jets struck a Hezbollah base in Lebanon on Friday and hit homes in Tyre, killing "
     "three people.", ("Israel", ["Tyre"], ["Tyre"])),  # a town of it is the place hit
    ("Israeli jets struck military structures in Lebanon on Friday, killing three people.",
     ("Israel", [], [])),  # no site: the country attacked whole is no place hit
])
def test_the_country_a_site_hit_lies_in_is_the_place_hit(
        text: str, attack: tuple[str | None, list[str], list[str]]) -> None:
    attacker, targets, regions = attack
    assert _attacks(text) == {attacker: (targets, regions)}


@pytest.mark.parametrize(("text", "target"), [
    ("A Houthi missile struck Israel's Zorin International Airport on Friday, injuring two "
     "people.", "Zorin International Airport"),
    ("Ukrainian drones attacked Talbir Airport on Friday, the mayor said. Two people were "
     "injured.", "Talbir Airport"),
])
def test_an_airport_named_by_its_own_name_is_the_target(text: str, target: str) -> None:
    ((targets, _),) = _attacks(text).values()
    assert targets == [target]


@pytest.mark.parametrize("war", ["the Gaza war", "the Gaza conflict", "the Gaza ceasefire"])
def test_a_place_that_names_a_war_is_no_place_hit(war: str) -> None:
    text = (f"Israeli jets struck Hodeidah on Friday, killing six people, to stop Houthi attacks "
            f"in {war}.")
    assert _attacks(text) == {"Israel": (["Hodeidah"], ["Hodeidah"])}


@pytest.mark.parametrize("river", ["west of the Dnipro River", "along the Dnipro river"])
def test_a_place_that_names_a_river_is_no_place_hit(river: str) -> None:
    text = f"Russian shelling hit Kherson and villages {river} on Friday, killing two people."
    assert _attacks(text) == {"Russia": (["Kherson"], ["Kherson"])}


@pytest.mark.parametrize("owner", ["South Zorin\u2019s", "Zorin's", "North Zorin Province's"])
def test_a_place_an_unlisted_owner_names_is_the_place_without_its_owner(owner: str) -> None:
    text = (f"Gunmen killed 24 tourists on Friday. The attack took place in {owner} Talbir "
            "district.")
    # "Gunmen killed" tells the attack and its unnamed attacker (attack_cues.ARMED_MEN_KILLED).
    assert _attacks(text) == {"gunmen": (["Talbir"], ["Talbir"])}


@pytest.mark.parametrize("region", ["semi-autonomous Zorinish region", "Zorinian border region",
                                    "Zorinese province"])
def test_a_peoples_adjective_before_a_place_noun_is_no_place(region: str) -> None:
    text = f"Missiles struck the town of Talbir in the {region} on Friday, killing four people."
    assert _attacks(text) == {None: (["Talbir"], ["Talbir"])}


NIGHT = ("Russia's defence ministry said on Friday it had downed 120 Ukrainian drones: 40 over "
         "the Moscow region, 30 over the Kursk region, 20 over the Bryansk region and 30 over "
         "the Oryol region. ")


@pytest.mark.parametrize("village", [
    "A woman in Zorino village was injured by drone debris.",
    "Debris from a downed drone damaged a house in the village of Zorino, killing one person.",
    "A drone was shot down near a refinery in the Zorinsky district, the governor said.",
])
def test_a_village_of_a_night_told_region_by_region_is_below_its_grain(village: str) -> None:
    ((_, regions),) = _attacks(NIGHT + village).values()
    assert regions == ["Moscow", "Kursk", "Bryansk", "Oryol"]


def test_the_districts_and_villages_of_one_citys_attack_are_places_hit() -> None:
    text = ("Russian guided bombs struck Kharkiv on Friday, killing two people in the Zorinskyi "
            "district. Another bomb hit the village of Zorivka, injuring three.")
    assert _attacks(text) == {
        "Russia": (["Kharkiv"], ["Kharkiv", "Zorinskyi district", "Zorivka"])}


@pytest.mark.parametrize(("words", "district"), [
    ("in the Zorinskyi district", "Zorinskyi district"),
    ("in Kharkiv's Talbirskyi district", "Talbirskyi district"),
    ("in the Mirabsky area", "Mirabsky area"),
    ("in the Zorinsk district", "Zorinsk"),  # a town's name, not an adjective
])
def test_a_district_a_slavic_adjective_names_keeps_its_noun(words: str, district: str) -> None:
    text = f"Russian guided bombs struck Kharkiv on Friday, killing two people {words}."
    assert _attacks(text) == {"Russia": (["Kharkiv"], ["Kharkiv", district])}


@pytest.mark.parametrize(("text", "region"), [
    ("A Russian missile hit the Kharkiv region on Friday, killing two people.", "Kharkiv"),
    ("Ukrainian drones struck an oil refinery in the Zorin region on Friday, killing one.",
     "Zorin"),
    ("Russian drones struck a railway station in the Talbir province on Friday, killing two.",
     "Talbir"),
])
def test_a_region_struck_with_its_noun_is_the_target_and_a_place_hit(
        text: str, region: str) -> None:
    ((targets, regions),) = _attacks(text).values()
    assert (targets, regions) == ([region], [region])


def test_a_territory_struck_whole_stays_the_target_not_a_place_hit() -> None:
    text = "Israeli strikes on Gaza killed 20 people on Friday, including eight in Khan Younis."
    assert _attacks(text) == {"Israel": (["Gaza"], ["Khan Younis"])}


@pytest.mark.parametrize(("text", "place"), [
    ("Ukrainian drones struck Ryazan on Friday, killing one person.", "Ryazan"),
    ("Iranian missiles hit Idlib on Friday, killing four people.", "Idlib"),
    ("Pakistani jets bombed Kurram on Friday, killing six fighters.", "Kurram"),
])
def test_a_province_struck_is_the_target_and_a_place_hit(text: str, place: str) -> None:
    ((targets, regions),) = _attacks(text).values()
    assert (targets, regions) == ([place], [place])


@pytest.mark.parametrize("defended", [
    "In the Samara region, the protection of oil refineries against drone attacks has been "
    "strengthened.",
    "Officials in the Samara region said refineries there would be shielded from drone strikes.",
])
def test_a_place_told_only_as_defended_against_attacks_is_no_place_hit(defended: str) -> None:
    text = "Ukrainian drones struck an oil refinery in the Ryazan region on Friday. " + defended
    assert _attacks(text) == {"Ukraine": (["Ryazan"], ["Ryazan"])}
