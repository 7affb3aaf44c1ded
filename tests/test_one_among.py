"""One among several: a zero or a one told of one weapon, one site, one of a group or the
attacker's own forces is not the fact's whole count.

Every sentence is written for the test, in several outlets' styles, with the sentences
the checks must leave alone.
"""

from __future__ import annotations

import datetime as dt

import pytest

from summarizer import models
from summarizer.models import ArticleExtraction, Attack, Casualties, Evidence, WeaponCount
from tests.test_scope import flagged


def drones(text: str, count: int) -> list[str]:
    return raid(text, weapons=[WeaponCount(type="drone", count=count,
                                           evidence=Evidence(text=text))])


def raid(text: str, attacker: str = "Russia", targets: tuple[str, ...] = ("Ukraine",),
         **fields: object) -> list[str]:
    """The figures of one attack that its evidence, `text`, does not state."""
    attack = Attack(date=dt.date(2024, 1, 1), attacker=attacker, targets=list(targets),
                    evidence=Evidence(text=text), **fields)
    return flagged(text, ArticleExtraction(attacks=[attack]))


def toll(text: str, field: str, count: int, attacker: str = "Russia",
         targets: tuple[str, ...] = ("Ukraine",)) -> list[str]:
    return raid(text, attacker, targets,
                **{field: Casualties(count=count, evidence=Evidence(text=text))})


DRONE = "attacks[2024-01-01].weapons[drone]"


@pytest.mark.parametrize(("text", "expected"), [
    ("One drone crossed into Ukraine from Belarus and another flew back to Russia, the air "
     "force said.", [DRONE]),
    ("Only one drone reached the capital, the mayor said, while the rest were downed "
     "outside the city.", [DRONE]),
    ("Officials said debris from one downed drone fell onto the airport's runway.", [DRONE]),
    # one drone alone is the whole attack
    ("A drone hit an apartment block in the city overnight, officials said.", []),
    ("Russia attacked the port overnight with a single drone, the governor said.", []),
])
def test_one_weapon_of_several_is_not_the_attacks_number(text: str,
                                                         expected: list[str]) -> None:
    assert drones(text, 1) == expected


@pytest.mark.parametrize(("text", "field", "expected"), [
    ("Drone wreckage also fell on a garage in a nearby village, causing no casualties, the "
     "governor wrote on Telegram.", "killed", ["attacks[2024-01-01].killed"]),
    ("Shrapnel also struck a school in the suburbs, but there were no injuries there.",
     "injured", ["attacks[2024-01-01].injured"]),
    # the whole attack's zero
    ("No one was killed in the attack, the mayor said.", "killed", []),
    ("Russia launched 40 drones overnight, causing no casualties.", "killed", []),
    ("A drone hit a warehouse on the outskirts, but nobody was hurt.", "injured", []),
])
def test_a_zero_at_one_site_of_several_is_not_the_attacks_toll(
        text: str, field: str, expected: list[str]) -> None:
    assert toll(text, field, 0) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("There has been no confirmation from the authorities on casualties.",
     ["attacks[2024-01-01].killed"]),
    ("Officials gave no details of those killed.", ["attacks[2024-01-01].killed"]),
    ("There were no immediate reports of casualties.", []),
])
def test_a_zero_counts_only_what_it_introduces(text: str, expected: list[str]) -> None:
    assert toll(text, "killed", 0) == expected


@pytest.mark.parametrize(("text", "attacker", "targets", "expected"), [
    ("One Israeli soldier was killed during the raid, the army said.", "Israel", ("Gaza",),
     ["attacks[2024-01-01].killed"]),
    ("Kyiv said a Ukrainian officer died in the assault on the border village.", "Ukraine",
     ("Belgorod",), ["attacks[2024-01-01].killed"]),
    # the attacked side's forces are the attack's toll
    ("One Israeli soldier was killed when the rocket hit the base.", "Hamas", ("Israel",),
     []),
    # fighting within one country: its forces are on both sides
    ("One Sudanese soldier was killed in the shelling.", "Sudan", ("Sudan",), []),
])
def test_the_attackers_own_forces_are_not_the_attacks_toll(
        text: str, attacker: str, targets: tuple[str, ...], expected: list[str]) -> None:
    assert toll(text, "killed", 1, attacker, targets) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("One of the freed detainees, an elderly man, was carried off the bus.",
     ["exchange.stages[2024-01-01].released[Israel].count"]),
    # the release verb counts the one: a release of one person
    ("Israel freed one of the detainees on Monday night, officials said.", []),
])
def test_one_of_a_group_is_not_the_groups_number(text: str, expected: list[str]) -> None:
    release = models.Release(released_by="Israel", received_by="Hamas", count=1,
                             evidence=Evidence(text=text))
    stage = models.ExchangeStage(date=dt.date(2024, 1, 1), releases=[release])
    assert flagged(text, ArticleExtraction(stages=[stage])) == expected


def test_one_of_the_weapons_is_not_their_number() -> None:
    text = "Fragments of one of the downed missiles damaged a roof, the ministry said."
    assert raid(text, weapons=[WeaponCount(type="missile", count=1, evidence=Evidence(
        text=text))]) == ["attacks[2024-01-01].weapons[missile]"]
    text = "The army said one of its drones had struck the village by mistake."
    assert drones(text, 1) == []


@pytest.mark.parametrize(("text", "attacker", "expected"), [
    ("Three civilians were killed by Ukrainian drones in the border town, the governor said.",
     "Russia", ["attacks[2024-01-01].killed"]),
    ("Police said three officers were killed by Hamas gunmen at the crossing.", "Israel",
     ["attacks[2024-01-01].killed"]),
    # the attacker's own doing, or its weapons named by who made them
    ("Three civilians were killed by Ukrainian drones in the border town, the governor said.",
     "Ukraine", []),
    ("Three civilians were killed by Russian-made drones in the city.", "Ukraine", []),
    ("Three civilians were killed by the blast, police said.", "Hamas", []),
])
def test_a_toll_another_side_brought_about_is_not_this_attacks(
        text: str, attacker: str, expected: list[str]) -> None:
    assert toll(text, "killed", 3, attacker, ("Gaza", "Belgorod")) == expected


def test_a_release_by_another_side_is_not_this_sides() -> None:
    text = "Two were freed by Israeli forces in a raid overnight."
    release = models.Release(released_by="Hamas", received_by="Israel", count=2,
                             evidence=Evidence(text=text))
    stage = models.ExchangeStage(date=dt.date(2024, 1, 1), releases=[release])
    assert flagged(text, ArticleExtraction(stages=[stage])) == [
        "exchange.stages[2024-01-01].released[Hamas].count"]
