"""Places a report names beside an attack that it did not hit: where a warning sounded, and
the attacker's own country in a war across a border, with the tolls and weapons told there.

Every text is written for the test; "Zorinsk", "Talbir" and "Mirab" are invented towns.
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
    # a wire report: the hit, then the cities the alerts covered
    ("Russia struck Kharkiv on Friday, killing four, as air raid alerts sounded in Kyiv and "
     "Poltava.", ["Kharkiv"]),
    # a broadcaster's style: the warning told in a participle after the claim
    ("Hezbollah said it fired rockets at Haifa on Friday, triggering rocket sirens in several "
     "towns, including Nahariya.", ["Haifa"]),
    # a live page: the alert first, then the place hit
    ("Sirens went off in Tel Aviv on Friday before a rocket hit Ashkelon, wounding two people.",
     ["Ashkelon"]),
])
def test_where_a_warning_sounded_is_not_a_place_hit(text: str, regions: list[str]) -> None:
    (attack,) = attacks(text)
    assert attack.regions == regions


@pytest.mark.parametrize(("text", "regions"), [
    # an ambulance's siren at the place hit is no alert
    ("An Israeli strike hit Damascus on Friday, killing six people, as sirens wailed in the "
     "Mazzeh district.", ["Damascus", "Mazzeh"]),
    # the hit told after the warning refers back to the place it named
    ("Air raid sirens sounded in Kyiv on Friday as Russian missiles struck the capital, killing "
     "three people.", ["Kyiv"]),
])
def test_a_place_hit_beside_sirens_stays(text: str, regions: list[str]) -> None:
    (attack,) = attacks(text)
    assert attack.regions == regions


@pytest.mark.parametrize(("text", "expected"), [
    # a wire roundup: the attacker's air defences at home, told with its strike abroad
    ("Russia fired 90 drones at Ukraine overnight, the air force said on Saturday. The strikes "
     "hit Odesa and Kharkiv, and the Russian defence ministry said its air defences shot down "
     "drones over Moscow and Belgorod.",
     [("Russia", ["Odesa", "Kharkiv"])]),
    # both sides' strikes in one sentence: the other side's hit on the attacker's country
    ("Ukraine and Russia traded drone attacks overnight. Moscow's air defences destroyed 40 "
     "Ukrainian drones over the Kursk and Bryansk regions, while Russia launched 110 drones at "
     "Ukraine, damaging homes in Sumy and Bryansk.",
     [("Ukraine", ["Kursk", "Bryansk"]), ("Russia", ["Sumy"])]),
    # a broadcaster's summary: the other side's drones fell on the attacker's capital
    ("Ukraine's air force said 145 Russian drones targeted Odesa and Kharkiv overnight. In "
     "Moscow, falling debris from downed drones injured five people.",
     [("Russia", ["Odesa", "Kharkiv"])]),
    # a town the gazetteer does not know, which the text puts in the attacker's city or country
    ("Ukraine's air force said 145 Russian drones targeted Odesa overnight. In Moscow's Zorinsk "
     "district, falling debris from downed drones injured five people.",
     [("Russia", ["Odesa"])]),
    ("Russian drones hit Odesa overnight, wounding two people, while drone debris set fire to "
     "homes in Russia's Talbir village, a governor said.", [("Russia", ["Odesa"])]),
    ("Israeli jets struck Beirut on Friday, killing 12. Rockets fired back injured three people "
     "in Haifa's western Zorin neighbourhood.", [("Israel", ["Beirut"])]),
    # the other side's town, which its possessive names, is a place hit
    ("Russia launched 60 drones at Ukraine overnight, damaging homes in Kharkiv's Zorinsk "
     "district.", [("Russia", ["Kharkiv", "Zorinsk"])]),
])
def test_the_attackers_own_ground_is_not_where_its_attack_struck(
        text: str, expected: list[tuple[str, list[str]]]) -> None:
    assert [(a.attacker, a.regions) for a in attacks(text)] == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Pakistani jets bombed hideouts on Friday, killing 13 fighters in North Waziristan and "
     "South Waziristan, the army said.", ("Pakistan", ["North Waziristan", "South Waziristan"])),
    ("Syrian government shelling hit homes in Idlib and Aleppo on Friday, killing nine "
     "civilians.", ("Syria", ["Idlib", "Aleppo"])),
])
def test_an_army_striking_at_home_keeps_the_places_it_hit(
        text: str, expected: tuple[str, list[str]]) -> None:
    (attack,) = attacks(text)
    assert (attack.attacker, attack.regions) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a ministry's count of the other side's drones downed over the attacker's country
    ("Russian drones hit Odesa overnight, killing two. Russia's defence ministry said it "
     "intercepted 40 drones over the Kursk region.", ("Russia", ["Odesa"], [], 2)),
    # an army's count of the rockets fired at its own city
    ("Israeli jets struck Beirut on Friday, killing 12. The Israeli military said it intercepted "
     "20 rockets fired at Haifa.", ("Israel", ["Beirut"], [], 12)),
])
def test_weapons_downed_over_the_attackers_own_ground_are_the_other_sides(
        text: str, expected: tuple[str, list[str], list[tuple[str, int]], int]) -> None:
    (attack,) = attacks(text)
    assert (attack.attacker, attack.regions, [(w.type, w.count) for w in attack.weapons],
            attack.killed and attack.killed.count) == expected


def test_a_toll_and_a_weapon_told_on_the_attackers_own_ground_are_not_its_attacks() -> None:
    """A roundup's aside on the other side's strike: the missile and the toll in the
    attacker's country are not its attack's."""
    (attack,) = attacks("Russian drone strikes on Ukraine went on overnight, hitting Sumy. A man "
                        "was killed and three people were wounded when a missile struck a house "
                        "in the Belgorod region late Friday.")
    assert (attack.attacker, attack.targets, attack.regions, attack.weapons, attack.killed,
            attack.injured) == ("Russia", ["Ukraine"], ["Sumy"], [], None, None)


@pytest.mark.parametrize(("text", "expected"), [
    ("Russia fired 40 drones at Ukraine overnight. Russian shelling killed two people in Kharkiv, "
     "the regional governor said.", (["Kharkiv"], [("drone", 40)], 2)),
    # the attacker's own launch site tells its own weapons
    ("Hezbollah attacked Haifa on Friday. The army said 30 rockets were fired from southern "
     "Lebanon, and one killed a man.", (["Haifa"], [("rocket", 30)], 1)),
])
def test_a_toll_or_weapon_told_of_the_attack_itself_stays_its_attacks(
        text: str, expected: tuple[list[str], list[tuple[str, int]], int]) -> None:
    (attack,) = attacks(text)
    assert (attack.regions, [(w.type, w.count) for w in attack.weapons],
            attack.killed and attack.killed.count) == expected


def test_a_place_told_as_held_by_the_other_side_stays_the_attacks() -> None:
    """"Annexed Crimea" is held by the side attacked, whatever country the gazetteer gives it."""
    (attack,) = attacks("Ukraine attacked Moscow with 30 drones overnight. Ukrainian missiles also "
                        "struck annexed Crimea, killing two people.")
    assert (attack.regions, attack.killed and attack.killed.count) == (["Moscow", "Crimea"], 2)


@pytest.mark.parametrize(("text", "regions"), [
    # an agency's lead: the one base hit, located by a part of the country
    ("At least four soldiers were killed on Friday in a drone attack by Hezbollah on an army base "
     "in central Israel.", []),
    # a feature's lead: the hospital hit, described with the zone it serves
    ("An Iranian missile struck Soroka hospital on Friday, one of the largest hospitals in "
     "southern Israel, wounding 40 people in Beersheba.", ["Beersheba"]),
    # a wire's passive: the site is the subject of the hit
    ("Four soldiers were killed when a Hezbollah drone hit a base in northern Israel on Friday.",
     []),
])
def test_a_part_of_a_country_that_locates_the_one_site_hit_is_no_place_hit(
        text: str, regions: list[str]) -> None:
    (attack,) = attacks(text)
    assert attack.regions == regions


def test_sites_across_a_part_of_a_country_put_the_strike_there() -> None:
    (attack,) = attacks("Israeli jets struck 300 sites in southern Lebanon on Friday, killing "
                        "50 people.")
    assert attack.regions == ["southern Lebanon"]
