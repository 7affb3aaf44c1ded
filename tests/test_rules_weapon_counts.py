"""Weapon counts in shapes the first readers missed (issue 16): a count followed by a
second weapon with a quantifier of its own, one weapon told as the cause of the damage,
a swarm, which is no single drone, and weapons counted in a paragraph about the strike the
news answered.

Every sentence is written for these tests, in several outlets' styles, each group with a
sentence the rule must leave alone.
"""

from __future__ import annotations

import pytest

from tests.test_rules_attacks import attacks


def weapons(text: str) -> dict[str, int | None]:
    """The weapons of the one attack the text tells, by type."""
    (attack,) = attacks(text)
    return {w.type: w.count for w in attack.weapons}


@pytest.mark.parametrize(("text", "expected"), [
    ("The ministry said Ukraine struck Belgorod on Friday with two missiles and several "
     "rockets.", {"missile": 2}),
    ("Russian forces attacked Odesa on Friday with 12 drones and a ballistic missile.",
     {"drone": 12, "ballistic missile": 1}),
    ("Hezbollah fired 40 rockets and some drones at northern Israel on Friday.",
     {"rocket": 40}),
])
def test_a_count_before_another_weapon_with_its_own_quantifier_counts_the_first(
        text: str, expected: dict[str, int]) -> None:
    assert weapons(text) == expected


@pytest.mark.parametrize("text", [
    "Russia launched 300 drones and missiles at Kyiv on Friday.",
    "Russia launched 300 drones and cruise missiles at Kyiv on Friday.",
])
def test_one_number_for_two_weapons_still_counts_neither(text: str) -> None:
    assert weapons(text) == {}


@pytest.mark.parametrize(("text", "expected"), [
    ("Russian forces attacked Dnipro on Friday. As a result of a Russian missile hitting "
     "a block of flats, four floors collapsed.", {"missile": 1}),
    ("Russian forces attacked Dnipro on Friday. Fragments of a missile damaged a school.",
     {}),
])
def test_one_weapon_told_as_the_cause_counts_one_but_a_part_of_one_none(
        text: str, expected: dict[str, int]) -> None:
    assert weapons(text) == expected


@pytest.mark.parametrize("text", [
    "A Russian drone swarm struck Kharkiv on Friday, damaging homes.",
    "Russia attacked Kharkiv on Friday, hours after a drone raid on the city's outskirts.",
])
def test_a_drone_swarm_or_raid_counts_no_drone(text: str) -> None:
    assert weapons(text) == {}


SATURDAY_STRIKE = "Israeli jets struck the port of Hodeidah on Saturday evening.\n\n"


@pytest.mark.parametrize(("paragraph", "expected"), [
    ("A Houthi drone attack on Tel Aviv on Friday morning had prompted the strike. Three other "
     "drones and a ballistic missile fired at the same time were intercepted.", {}),
    ("The Houthis attacked Eilat with drones on Thursday night. Two of the drones were shot "
     "down over the Red Sea, the army said.", {}),
    # a paragraph that tells no other attack: its weapons are the news's
    ("The army said the jets dropped four guided bombs on the fuel depot.",
     {"guided bomb": 4}),
])
def test_weapons_told_after_a_recalled_attack_are_not_the_newss(
        paragraph: str, expected: dict[str, int]) -> None:
    """A paragraph that opens with the strike the news answered, on its own earlier day,
    goes on about that strike: the weapons it counts with no time of their own are not the
    news's."""
    news = [a for a in attacks(SATURDAY_STRIKE + paragraph) if a.attacker == "Israel"]
    assert {w.type: w.count for a in news for w in a.weapons} == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Russia launched 598 drones at Kyiv overnight on Friday, as well as 31 missiles, among "
     "them two Kh-47 Kinzhal ballistic missiles, nine Iskander-M or North Korean KN-23 "
     "ballistic missiles, and 20 Kh-101 cruise missiles, the Air Force said.",
     {"drone": 598, "ballistic missile": 11, "cruise missile": 20}),
    ("Russia attacked Kyiv overnight on Friday with 40 missiles, including 12 Kinzhal "
     "ballistic missiles, 6 Iskander-M ballistic missiles and 22 Kalibr cruise missiles.",
     {"ballistic missile": 18, "cruise missile": 22}),
    ("Overnight on Friday Russia fired 30 drones at Odesa, of which: 10 Shahed drones and 20 "
     "Gerbera drones.", {"drone": 30}),
])
def test_listed_parts_of_one_type_add_up(text: str, expected: dict[str, int]) -> None:
    """Parts of one type listed after 'among them', 'including' or 'of which' are one
    count each of that type's; with the parts adding up to the total, the plain 'missiles'
    total is told by type (`missiles.typed_over_generic`)."""
    assert weapons(text) == expected


def test_one_type_counted_twice_outside_a_list_is_not_added() -> None:
    """Launched, then shot down: the same weapons, told twice."""
    assert weapons("Russia fired 20 ballistic missiles at Kyiv on Friday; air defences shot "
                   "down 12 ballistic missiles.") == {"ballistic missile": 20}


def test_a_model_told_as_either_of_two_counts_its_weapons() -> None:
    assert weapons("Russia attacked Kharkiv on Friday with nine Iskander-M or KN-23 ballistic "
                   "missiles.") == {"ballistic missile": 9}


@pytest.mark.parametrize("text", [
    "A deadly bomb that exploded during a Mass in Zorin on Sunday killed at least four people.",
    "A powerful bomb exploded at a market in Zorin on Sunday, killing four people.",
    "The bomb, which exploded in a crowded hall in Zorin on Sunday, killed four people.",
])
def test_one_bomb_told_with_a_word_before_it_or_a_relative_clause_is_one_explosive(
        text: str) -> None:
    assert weapons(text) == {"explosive": 1}


def test_a_second_bomb_is_not_the_one_explosive_of_the_attack() -> None:
    """'A second bomb' is one more of several: no count of one."""
    assert weapons("A second bomb exploded at a market in Zorin on Sunday, killing four "
                   "people.") == {}


@pytest.mark.parametrize("text", [
    "The first bomb blast occurred at a wedding in Zorin on Sunday, killing 18 people.",
    "Witnesses said the first bomb exploded near the gate of the Zorin market on Sunday, "
    "killing four people.",
    "A first missile struck Zorinsk on Friday, killing two people.",
])
def test_a_weapon_an_ordinal_tells_is_one_of_several_and_no_count_of_one(text: str) -> None:
    """'The first bomb' tells there were more: its 1 is no count of the attack's weapons."""
    assert weapons(text) == {}


def test_a_weapon_told_without_an_ordinal_is_still_one() -> None:
    assert weapons("A missile struck Zorinsk on Friday, killing two people.") == {"missile": 1}


@pytest.mark.parametrize(("text", "expected"), [
    ("Russia fired two Kinzhal ballistic missiles, three KN-23 ballistic missiles and 11 "
     "Kh-101 cruise missiles at Zorinsk on Friday, the air force said.",
     {"ballistic missile": 5, "cruise missile": 11}),
    ("The air force said Russia fired two Kh-22 cruise missiles, six Kalibr cruise missiles and "
     "40 drones at Zorinsk overnight.", {"cruise missile": 8, "drone": 40}),
    ("Overnight, Russia attacked Zorinsk with three Iskander-M ballistic missiles; two KN-23 "
     "ballistic missiles; and 50 drones.", {"ballistic missile": 5, "drone": 50}),
])
def test_listed_parts_of_one_type_each_told_by_its_model_add_up_with_no_opener(
        text: str, expected: dict[str, int]) -> None:
    """No single part is the type's count: the models tell the parts apart."""
    assert weapons(text) == expected


def test_one_model_counted_twice_in_a_row_is_not_added() -> None:
    """The same model told twice is the same weapons told twice (launched, then downed)."""
    assert weapons("Russia fired 20 Iskander-M ballistic missiles, 12 Iskander-M ballistic "
                   "missiles struck Zorinsk on Friday.") == {"ballistic missile": 20}


@pytest.mark.parametrize(("text", "expected"), [
    ("Ukraine fired four Vampire MLRS missiles at Zorinsk on Friday, the ministry said.",
     {"rocket": 4}),
    ("Ukraine attacked Zorinsk on Friday with three Tochka-U missiles, five Vampire MLRS "
     "missiles and three Vilkha MLRS missiles.", {"missile": 3, "rocket": 8}),
    ("Ukraine fired four Tochka-U missiles at Zorinsk on Friday, the ministry said.",
     {"missile": 4}),
])
def test_what_a_multiple_launch_rocket_system_fires_is_rockets(
        text: str, expected: dict[str, int]) -> None:
    assert weapons(text) == expected


@pytest.mark.parametrize("text", [
    "Russia attacked Zorinsk overnight, the air force said: six missiles and 29 attack drones "
    "struck 13 sites.",
    "Russia attacked Zorinsk overnight; hits by nine missiles and 20 strike drones were recorded "
    "at 11 locations, the air force said.",
    "Russia attacked Zorinsk on Friday, and two ballistic missiles hit three targets in the city, "
    "the ministry said.",
])
def test_weapons_told_to_have_struck_a_count_of_places_are_a_share_not_the_launch(
        text: str) -> None:
    """Those that got through are a share, as those downed are: no count of the attack."""
    assert weapons(text) == {}


def test_weapons_that_hit_a_place_told_by_name_are_still_counted() -> None:
    assert weapons("Russia attacked Zorinsk on Friday, and two ballistic missiles hit the city "
                   "centre, the ministry said.") == {"ballistic missile": 2}
