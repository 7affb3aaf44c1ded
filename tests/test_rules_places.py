"""Where an attack struck, as the rules backend reads it: places beyond the gazetteer, parts
of a country, lists of regions, and the places a sentence names that were not hit.

Every text is written for the test; the towns "Zorinsk", "Talbir", "Varna Kala" and "Mirab"
are invented, so that only the words around them can make them places.
"""

from __future__ import annotations

import datetime as dt

import pytest

from summarizer.backends.rules import RulesBackend
from summarizer.models import Article, Attack
from summarizer.text.containment import within


def attacks(text: str) -> list[Attack]:
    article = Article(id="t", source="t", published=dt.date(2025, 5, 24), text=text)
    return RulesBackend().read(article).attacks


def test_a_city_targeted_is_a_place_hit() -> None:
    (attack,) = attacks("Russian missiles struck Sumy on Friday, killing 20 people.")
    assert (attack.targets, attack.regions) == (["Sumy"], ["Sumy"])


def test_a_territory_targeted_whole_is_the_target_not_a_place_hit() -> None:
    (attack,) = attacks("Israeli strikes on Gaza overnight killed 40 people. Hospitals in "
                        "Khan Younis received the dead after strikes in the city.")
    assert (attack.targets, attack.regions) == (["Gaza"], ["Khan Younis"])


def test_a_place_noun_introduces_a_town_the_gazetteer_does_not_list() -> None:
    (attack,) = attacks("A Ukrainian missile attack on the town of Zorinsk killed three people "
                        "on Friday.")
    assert (attack.attacker, attack.targets, attack.regions) == (
        "Ukraine", ["Zorinsk"], ["Zorinsk"])


def test_camps_neighbourhoods_and_listed_districts_are_places() -> None:
    (attack,) = attacks(
        "Israeli strikes on the Talbir refugee camp killed 12 people on Friday. Shells also "
        "hit homes in several districts, including Varna Kala and Mirab.")
    assert attack.regions == ["Talbir", "Varna Kala", "Mirab"]


def test_a_capitalised_word_alone_is_not_a_town() -> None:
    (attack,) = attacks("Russia launched 40 drones overnight. Most were shot down, and Reading "
                        "the reports, officials said damage was light.")
    assert attack.regions == []


def test_parts_of_a_country_are_places_hit() -> None:
    (attack,) = attacks("Israeli strikes on southern and eastern Lebanon killed 50 people on "
                        "Friday.")
    assert attack.regions == ["southern Lebanon", "eastern Lebanon"]
    (attack,) = attacks("Hezbollah fired 30 rockets into north Israel on Friday.")
    assert (attack.targets, attack.regions) == (["Israel"], ["northern Israel"])


def test_a_part_of_a_country_that_only_locates_a_city_is_not_another_place() -> None:
    (attack,) = attacks("A Russian missile struck Kryvyi Rih, central Ukraine, on Friday, "
                        "killing 19 people.")
    assert attack.regions == ["Kryvyi Rih"]
    (attack,) = attacks("The Rapid Support Forces attacked a mosque in the Darfur city of "
                        "El Obeid early Friday.")
    assert attack.regions == ["El Obeid"]


def test_regions_listed_one_a_line_with_their_drone_counts() -> None:
    text = ("Ukraine attacked Russia with drones overnight. The defence ministry said 90 were "
            "destroyed over the Moscow region.\n\n12 over the Kaluga region;\n\n5 each over the "
            "Tula and Oryol regions;\n\n3 over the Nizhny Novgorod region.")
    (attack,) = attacks(text)
    assert attack.regions == ["Moscow", "Kaluga", "Tula", "Oryol", "Nizhny Novgorod"]


def test_a_quotation_inside_the_sentence_does_not_hide_its_attack() -> None:
    text = ('Russia launched its own strikes overnight, and air defences shot down 40 "Shahed" '
            "drones over the Sumy and Poltava regions.")
    (attack,) = attacks(text)
    assert attack.regions == ["Sumy", "Poltava"]


def test_where_weapons_came_from_or_a_speaker_is_is_not_a_place_hit() -> None:
    (attack,) = attacks("Hamas fired eight rockets at central Israel on Friday from the Rafah "
                        "area in southern Gaza.")
    assert attack.regions == ["central Israel"]
    (attack,) = attacks("In Kyiv, officials said Russian drones struck Odesa overnight. The "
                        "strikes were the worst since the war in Gaza began, they said.")
    assert attack.regions == ["Odesa"]


def test_a_place_another_party_fired_at_is_not_this_attacks() -> None:
    text = ("Iran launched 300 drones and missiles at Israel overnight. In recent hours, dozens "
            "of rockets were launched from Lebanon into northern Israel.")
    iran, lebanon = attacks(text)
    assert (iran.attacker, iran.regions) == ("Iran", [])
    assert (lebanon.attacker, lebanon.regions) == ("Lebanon", ["northern Israel"])


def test_a_list_of_cities_each_with_its_description() -> None:
    (attack,) = attacks("Russian strikes on Friday caused explosions in several cities, including "
                        "the western city of Lviv, the central city of Dnipro and the eastern city "
                        "of Kharkiv.")
    assert attack.regions == ["Lviv", "Dnipro", "Kharkiv"]


def test_the_region_a_town_hit_is_in_is_hit_too() -> None:
    (attack,) = attacks("A Ukrainian rocket attack on the town of Zorinsk in Russia's Kursk region "
                        "killed six people on Friday.")
    assert attack.regions == ["Zorinsk", "Kursk"]
    (attack,) = attacks("Drones of the Rapid Support Forces struck the city of El Obeid, the "
                        "capital of North Kordofan State, on Friday.")
    assert attack.regions == ["El Obeid", "North Kordofan"]


def test_what_a_region_borders_is_not_hit() -> None:
    (attack,) = attacks("Ukraine attacked the Belgorod region with drones on Friday. Attacks on "
                        "the Belgorod region, which borders Ukraine's Sumy and Kharkiv regions, "
                        "are frequent.")
    assert attack.regions == ["Belgorod"]


def test_a_country_attacked_or_fired_at_is_the_target() -> None:
    (attack,) = attacks("Iran launched 300 drones and missiles at Israel overnight.")
    assert (attack.attacker, attack.targets, attack.regions) == ("Iran", ["Israel"], [])
    (attack,) = attacks("Israeli air strikes on Lebanon killed 492 people on Friday.")
    assert (attack.attacker, attack.targets, attack.regions) == ("Israel", ["Lebanon"], [])


def test_a_city_the_sentence_names_is_a_finer_target_than_its_country() -> None:
    (attack,) = attacks("Ukraine attacked Russia with 45 drones overnight, a quarter of them at "
                        "Moscow.")
    assert (attack.targets, attack.regions) == (["Moscow"], ["Moscow"])


def test_a_country_that_owns_the_place_hit_is_not_the_target() -> None:
    (attack,) = attacks("US airstrikes on Yemen's Ras Tarif fuel port killed 38 people on Friday.")
    assert (attack.attacker, attack.targets, attack.regions) == (
        "United States", ["Ras Tarif"], ["Ras Tarif"])


def test_sites_of_a_country_fired_at_make_it_the_target() -> None:
    (attack,) = attacks("In retaliation, Hezbollah launched rockets at Israeli military sites on "
                        "Friday.")
    assert (attack.attacker, attack.targets) == ("Hezbollah", ["Israel"])


def test_places_another_party_struck_are_not_this_attacks() -> None:
    (attack,) = attacks("Israeli strikes on Gaza killed 30 people overnight. Officials defended "
                        "the strikes after an incident in which Hamas killed a soldier in Rafah.")
    assert (attack.attacker, attack.targets, attack.regions) == ("Israel", ["Gaza"], [])


def test_a_city_under_another_spelling_is_the_same_city() -> None:
    (attack,) = attacks("Russian missiles struck Krivoy Rog on Friday.")
    assert (attack.targets, attack.regions) == (["Kryvyi Rih"], ["Kryvyi Rih"])


def test_a_target_told_after_a_quotation_that_cuts_the_sentence() -> None:
    (attack,) = attacks("Hamas said on Friday it had launched a \u201clarge rocket barrage\u201d "
                        "at Israel\u2019s commercial hub of Tel Aviv. A correspondent in the Gaza "
                        "Strip saw the rockets fired.")
    assert (attack.attacker, attack.targets, attack.regions) == ("Hamas", ["Tel Aviv"],
                                                                 ["Tel Aviv"])


def test_where_fighters_are_is_not_a_place_hit() -> None:
    (attack,) = attacks("Hamas fired eight rockets at Tel Aviv on Friday. Its battalions holed up "
                        "in Rafah launched the barrage.")
    assert attack.regions == ["Tel Aviv"]


def test_another_days_strike_and_where_drones_came_from_are_not_places_hit() -> None:
    (attack,) = attacks("Russian missiles struck Kharkiv on Friday, a day after a strike in Odesa "
                        "killed five people.")
    assert attack.regions == ["Kharkiv"]
    (attack,) = attacks("Russia attacked Sumy overnight with drones launched from Russia's Kursk "
                        "and Bryansk regions.")
    assert attack.regions == ["Sumy"]


@pytest.mark.parametrize(("text", "targets", "regions"), [
    pytest.param("An Israeli air strike on the Iranian consulate in Damascus killed seven people "
                 "on Friday.", ["Iranian consulate"], ["Damascus"], id="a site in its city"),
    pytest.param("Iran fired missiles on Friday at the Talbir Air Base, officials said.",
                 ["Talbir Air Base"], [], id="a named air base"),
    pytest.param("Russian drones struck Varna Kala airbase overnight, the governor said.",
                 ["Varna Kala airbase"], [], id="an airbase"),
    pytest.param("Hezbollah fired rockets at Haifa on Friday. In Nahariya, a rocket struck a "
                 "house.", ["Haifa"], ["Haifa", "Nahariya"], id="listed cities need no noun"),
    pytest.param("Hezbollah launched rockets at Israeli military sites near Jerusalem on Friday.",
                 ["Israel"], ["Jerusalem"], id="a city only near what was aimed at"),
    pytest.param("Russia launched 40 drones at Kyiv on Friday, the air force said. Leaders in "
                 "Paris and Berlin condemned the attack.", ["Kyiv"], ["Kyiv"],
                 id="where those who react are"),
    pytest.param("Russia attacked Kharkiv on Friday, killing 3 people, a week after a strike on "
                 "Sumy killed 35.", ["Kharkiv"], ["Kharkiv"], id="another week's strike"),
    pytest.param("Russia attacked Kharkiv on Friday, killing 3 people. Air raid alerts were "
                 "declared in Kyiv, Poltava and Sumy.", ["Kharkiv"], ["Kharkiv"],
                 id="where air raid alerts sound"),
    pytest.param("Iran launched missiles at Israel on Friday, in retaliation for an Israeli "
                 "strike on Damascus.", ["Israel"], [], id="the strike an attack answers"),
])
def test_what_was_aimed_at_and_the_places_hit(
        text: str, targets: list[str], regions: list[str]) -> None:
    """A site struck is the target and its city a place hit; a city the gazetteer lists
    needs no place noun; a city near what was aimed at leaves the country the target; where
    leaders condemn the attack, where alerts sound, another week's strike and the strike an
    attack answers are no places hit."""
    (attack,) = attacks(text)
    assert (attack.targets, attack.regions) == (targets, regions)


def test_a_region_is_within_its_country() -> None:
    """One outlet naming the region and another the country tell one attack."""
    assert within("Bekaa Valley", "Lebanon") and not within("Bekaa Valley", "Syria")


def test_where_someone_was_when_the_attack_came_is_not_hit() -> None:
    (attack,) = attacks("Russian drones struck Zhytomyr overnight, killing three people. The "
                        "attack came as the president was in Washington for talks.")
    assert attack.regions == ["Zhytomyr"]
    (attack,) = attacks("Israeli strikes hit southern Lebanon on Friday. The prime minister, who "
                        "met the U.S. envoy in Beirut, said the strikes broke the truce.")
    assert attack.regions == ["southern Lebanon"]
    (attack,) = attacks("Russian drones struck Odesa overnight. The president, who is due to "
                        "meet allies in Rome, said the attack showed Russia did not want peace.")
    assert attack.regions == ["Odesa"]
    (attack,) = attacks("Russian drones struck Kharkiv overnight, killing two people there, while "
                        "three were hurt in Sumy.")
    assert attack.regions == ["Kharkiv", "Sumy"]


def test_a_place_told_after_since_is_history() -> None:
    (attack,) = attacks("A Russian missile strike on Sumy killed 20 people on Friday, the "
                        "deadliest attack on the region since July, when a missile hit a "
                        "hospital in Kharkiv.")
    assert attack.regions == ["Sumy"]
    (attack,) = attacks("In the largest attack since the summer, Russian drones hit homes in "
                        "Sumy on Friday, killing two people.")
    assert attack.regions == ["Sumy"]


def test_where_the_wounded_were_taken_is_not_hit_and_a_speaker_does_not_hide_a_place_hit() -> None:
    (attack,) = attacks("Russia launched 40 drones at Ukraine overnight. A drone hit an "
                        "apartment block in Odesa, the regional governor said.")
    assert attack.regions == ["Odesa"]
    (attack,) = attacks("Rebels attacked the town of Zorinsk on Friday, killing nine people. "
                        "Those wounded in the attack were taken to hospitals in Goma.")
    assert attack.regions == ["Zorinsk"]
    (attack,) = attacks("Russian drones struck the town of Zorinsk, which is in the Sumy "
                        "region, on Friday.")
    assert attack.regions == ["Zorinsk", "Sumy"]


def test_where_the_other_sides_weapons_were_downed_is_not_this_attacks() -> None:
    """They are the places of the other side's attack, which its weapons downed tell (a list
    of places names no target of it)."""
    attack, other = attacks("Russia launched 60 drones at Ukraine overnight. Its defence "
                            "ministry said air defences shot down 20 Ukrainian drones over the "
                            "Belgorod and Kursk regions.")
    assert (attack.attacker, attack.regions) == ("Russia", [])
    assert (other.attacker, other.targets, other.regions) == ("Ukraine", [], ["Belgorod", "Kursk"])
    (attack,) = attacks("Russia attacked Kyiv with Iranian-made drones overnight, damaging homes "
                        "in the Talbir district.")
    assert (attack.attacker, attack.regions) == ("Russia", ["Kyiv", "Talbir"])


def test_where_the_attackers_are_is_not_a_place_they_hit() -> None:
    (attack,) = attacks("Militants in Gaza fired 20 rockets at southern Israel on Friday.")
    assert attack.regions == ["southern Israel"]
    (attack,) = attacks("Russian troops in the Kursk region shelled the town of Zorinsk on "
                        "Friday, killing two people.")
    assert attack.regions == ["Zorinsk"]
    (attack,) = attacks("Israeli strikes on militants in Khan Younis killed 12 people on Friday.")
    assert attack.regions == ["Khan Younis"]


def test_a_place_a_side_strikes_again_and_again_is_not_this_attacks() -> None:
    (attack,) = attacks("Russian drones struck Kharkiv overnight, killing two people. Russia has "
                        "pounded Kherson almost daily for months, and has repeatedly struck "
                        "energy facilities in the Poltava region.")
    assert attack.regions == ["Kharkiv"]
    (attack,) = attacks("Ukrainian drones struck an oil depot in the Zorinsk district on Friday. "
                        "Towns in the Belgorod region have been consistently targeted by "
                        "drones, and officials put the blame on Kyiv.")
    assert attack.regions == ["Zorinsk"]


def test_a_part_of_a_country_that_locates_the_town_attacked_is_not_the_target() -> None:
    (attack,) = attacks("Gunmen attacked the town of Zorinsk in central Haiti on Friday, "
                        "killing 15 people.")
    assert (attack.targets, attack.regions) == (["Zorinsk"], ["Zorinsk"])


@pytest.mark.parametrize("earlier", ["weeks after", "days after", "several months after"])
def test_a_strike_told_as_weeks_earlier_is_not_a_place_hit(earlier: str) -> None:
    (attack,) = attacks(f"Russian missiles struck Kharkiv on Friday, killing 20 people, {earlier} "
                        "a similar strike on Sumy.")
    assert (attack.targets, attack.regions) == (["Kharkiv"], ["Kharkiv"])


@pytest.mark.parametrize(("text", "hit"), [
    ("Russian drones struck Kharkiv on Friday, killing three, after Ukraine hit Moscow on "
     "Thursday.", "Kharkiv"),
    ("Iranian missiles hit Beersheba on Friday, injuring 40 people, after Israel struck "
     "military sites in Natanz.", "Beersheba"),
])
def test_the_strike_told_as_what_came_before_is_not_a_place_hit(text: str, hit: str) -> None:
    (attack,) = attacks(text)
    assert (attack.targets, attack.regions) == ([hit], [hit])


def test_a_strike_told_after_what_it_caused_is_the_news() -> None:
    (attack,) = attacks("Three people died on Friday after Russian drones hit Odesa.")
    assert (attack.attacker, attack.targets, attack.regions) == ("Russia", ["Odesa"], ["Odesa"])


@pytest.mark.parametrize(("text", "target"), [
    ("An Israeli strike on Iran's consulate in Damascus killed 16 people on Friday.",
     "Iranian consulate"),
    ("An Israeli strike on the Iranian consulate in Damascus killed 16 people on Friday.",
     "Iranian consulate"),
    ("Ukrainian drones struck Russia's Zorinsk Air Base on Friday.", "Zorinsk Air Base"),
])
def test_a_site_a_country_owns_is_named_as_other_outlets_name_it(text: str, target: str) -> None:
    """One outlet writes "Iran's consulate", another "the Iranian consulate": one site, one
    name, so the merge sees one target, not two."""
    (attack,) = attacks(text)
    assert attack.targets == [target]


@pytest.mark.parametrize(("text", "hit"), [
    ("Russian drones struck the Zaporizhzhia region overnight, killing three people, officials "
     "in Kyiv said.", ["Zaporizhzhia"]),
    ("The UN mission in Kyiv said Russian missiles hit Kharkiv on Friday, killing five people.",
     ["Kharkiv"]),
    ("The governor of the Sumy region wrote that Russian drones hit Kharkiv on Friday, killing "
     "five.", ["Kharkiv"]),
    ("A hospital in Poltava reported that Russian shelling killed five people in Sumy on "
     "Friday.", ["Sumy"]),
    ("Russian drones struck Odesa, Kyiv said, killing two people on Friday.", ["Odesa"]),
    ("Russian drones struck Odesa on Friday, killing two, officials in Kyiv on Saturday said.",
     ["Odesa"]),
    ("Russian drones struck Odesa on Friday, killing two, according to officials in Kyiv.",
     ["Odesa"]),
    ("According to officials in Zorinsk city, Russian strikes there killed two on Friday.",
     ["Zorinsk"]),
    ("Russian drones struck Odesa on Friday, killing two, the governor of the Mykolaiv region, "
     "Ivan Petrenko, said.", ["Odesa"]),
    ("Russian drones struck homes in Kharkiv, Odesa and Sumy on Friday, killing two, said the "
     "governor.", ["Kharkiv", "Odesa", "Sumy"]),
    ("A hospital in the town of Zorinsk said it received 12 bodies on Friday after Israeli "
     "strikes in the area.", ["Zorinsk"]),
    # what they say names by its noun a place of another kind than theirs: that one was hit
    ("Gunmen attacked a village in Talbir state on Friday, killing 40 people. A group set up to "
     "protect residents in Zorinsk, the capital of Talbir state, said the gunmen used heavy "
     "weapons to attack the village.", []),
    ("Gunmen attacked a village in Talbir state on Friday, killing 40 people. Officials in "
     "Zorinsk, a town near the border, said the gunmen had earlier shelled the camp.", []),
    ("Gunmen attacked a village in Talbir state on Friday, killing 40 people. Officials in "
     "Zorinsk, a town near the border, said the gunmen also shelled the town.", ["Zorinsk"]),
    ("Gunmen attacked a village in Talbir state on Friday, killing 40 people. Officials in "
     "Zorinsk, the capital of Talbir state, said the gunmen had also shelled the city.",
     ["Zorinsk"]),
    # A local official telling of a strike that names no place tells of their own town.
    ("Officials in Kharkiv said a Russian missile struck a residential building on Saturday, "
     "killing two people.", ["Kharkiv"]),
    ("A Russian missile struck a residential building on Saturday, killing two people, "
     "officials in Kharkiv said.", ["Kharkiv"]),
])
def test_where_who_speaks_is_is_hit_only_where_what_they_say_points_back_at_it_or_names_none(
        text: str, hit: list[str]) -> None:
    (attack,) = attacks(text)
    assert attack.regions == hit


@pytest.mark.parametrize("aftermath", [
    "Rescuers searched the rubble of a building in the Damascus district of Zorinsk.",
    "Sirens wailed in the Damascus district of Zorinsk, where a block had collapsed.",
])
def test_where_a_strike_left_rubble_is_a_place_hit(aftermath: str) -> None:
    (attack,) = attacks(f"Israeli strikes killed 16 people in Damascus on Friday. {aftermath}")
    assert attack.regions == ["Damascus", "Zorinsk"]


def test_where_an_operation_went_is_a_place_hit() -> None:
    (attack,) = attacks("Israeli strikes killed 20 people in Gaza on Friday. Most of them died "
                        "during the operation on the Zorinsk refugee camp, which freed two "
                        "hostages.")
    assert attack.regions == ["Zorinsk"]


def test_where_those_who_condemn_the_attack_are_is_not_a_place_hit() -> None:
    (attack,) = attacks("Russian drones struck Sumy on Friday, killing two people. The attack "
                        "was condemned by officials in Kyiv.")
    assert attack.regions == ["Sumy"]


@pytest.mark.parametrize("elsewhere", [
    "in the war in the Donetsk region",
    "and then the president spoke at a summit in the Kharkiv region",
])
def test_a_region_named_with_its_noun_for_something_else_is_not_a_place_hit(
        elsewhere: str) -> None:
    (attack,) = attacks(f"Russian drones struck Odesa on Friday, killing two, {elsewhere}.")
    assert attack.regions == ["Odesa"]


def test_a_district_named_as_the_citys_is_a_place_hit() -> None:
    (attack,) = attacks("Russian missiles struck Kharkiv on Friday, killing five people. One hit "
                        "a school in the city's Zorinsk district.")
    assert attack.regions == ["Kharkiv", "Zorinsk"]



def test_a_target_after_a_quotation_on_a_wrapped_line() -> None:
    """A saved page may wrap a line inside a sentence: the place on the next line is still
    what the weapons were aimed at."""
    (attack,) = attacks("Hamas said it had fired a \u201cbig barrage of rockets\u201d at\n"
                        "Tel Aviv on Friday.")
    assert (attack.targets, attack.regions) == (["Tel Aviv"], ["Tel Aviv"])
