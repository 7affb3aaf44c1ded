"""A habit told in the present ("the group often carries out car bombings in the capital")
tells what a side does in general, no one attack: the places it names are neither the target
nor places hit of the attack the report tells, though the side it names may still be behind
it. Past words may tell one attack's strikes ("repeatedly struck") or describe a place.

Every text is written for the test.
"""

from __future__ import annotations

import datetime as dt

import pytest

from summarizer.backends.rules import RulesBackend
from summarizer.models import Article, Attack


def attack_of(text: str) -> Attack:
    article = Article(id="t", source="t", published=dt.date(2025, 3, 12), text=text)
    (attack,) = RulesBackend().read(article).attacks
    return attack


@pytest.mark.parametrize("text", [
    "A car bomb killed eight people in Kismayo on Saturday. No group has claimed it, though "
    "al-Shabab often carries out car bombings in Mogadishu.",
    "A suicide bomber killed 30 people at a market in Maiduguri on Friday. Boko Haram is known "
    "to carry out attacks in Borno and Yobe states.",
    "A bomb killed 30 people at a market in Maiduguri on Friday, police said. Boko Haram "
    "frequently strikes markets and mosques in Borno state.",
])
def test_places_of_a_habit_are_no_places_of_the_attack(text: str) -> None:
    attack = attack_of(text)
    assert (attack.targets, attack.regions) == ([], [])


def test_the_side_a_habit_names_may_still_be_behind_the_attack() -> None:
    assert attack_of("A car bomb killed eight people in Kismayo on Saturday. No group has "
                     "claimed the blast; al-Shabab regularly carries out attacks in "
                     "Mogadishu.").attacker == "al-Shabab"


@pytest.mark.parametrize("text", [
    "Russia repeatedly struck Kharkiv overnight, killing four people.",
    "Russian drones struck the frequently shelled city of Kharkiv on Tuesday, killing four "
    "people.",
])
def test_strikes_counted_or_a_place_described_are_no_habit(text: str) -> None:
    attack = attack_of(text)
    assert (attack.targets, attack.regions) == (["Kharkiv"], ["Kharkiv"])
