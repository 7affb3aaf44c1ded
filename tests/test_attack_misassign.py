"""Attack counts given another fact's number of their article (issue 19, `misassign`):
a toll read as a weapon count, a number of two kinds of weapon, an 'a' or 'one' that counts
one event, one region's shoot-down tally.

Every sentence is written for the test, in several outlets' styles, with the sentences
each check must leave alone: the right reading stays supported.
"""

from __future__ import annotations

import datetime as dt

import pytest

from summarizer.models import ArticleExtraction, Attack, Casualties, Evidence, WeaponCount
from tests.test_scope import flagged

DAY = dt.date(2024, 1, 1)


def weapon(text: str, kind: str, count: int, attacker: str = "Russia",
           targets: tuple[str, ...] = ("Ukraine",), regions: tuple[str, ...] = ()) -> list[str]:
    """The figures of one attack, a weapon count read from `text`, that support flags."""
    attack = Attack(date=DAY, attacker=attacker, targets=list(targets), regions=list(regions),
                    evidence=Evidence(text=text),
                    weapons=[WeaponCount(type=kind, count=count, evidence=Evidence(text=text))])
    return flagged(text, ArticleExtraction(attacks=[attack]))


def toll(text: str, field: str, count: int) -> list[str]:
    attack = Attack(date=DAY, attacker="Russia", targets=["Ukraine"], evidence=Evidence(text=text),
                    **{field: Casualties(count=count, evidence=Evidence(text=text))})
    return flagged(text, ArticleExtraction(attacks=[attack]))


def path(kind: str) -> list[str]:
    return [f"attacks[2024-01-01].weapons[{kind}]"]


@pytest.mark.parametrize(("text", "kind", "count", "expected"), [
    ("A suicide bomber blew himself up outside the court, killing at least 9 and wounding "
     "about 30 others, police said.", "explosive", 30, path("explosive")),
    ("Guided bombs hit the market at noon, killing 7 people, the governor wrote.",
     "guided bomb", 7, path("guided bomb")),
    ("The death toll from the rocket that fell on the village square has risen to 11, the "
     "army said.", "rocket", 11, path("rocket")),
    ("Tuesday's missile strikes on the port killed 4 and injured 27 others.", "missile", 27,
     path("missile")),
    ("The blast at the depot claimed the lives of 16 workers.", "explosive", 16,
     path("explosive")),
    # the weapons themselves
    ("Russia fired 27 missiles at the port, killing four people.", "missile", 27, []),
    ("The toll rose after Russia launched 40 drones and 3 missiles overnight.", "drone", 40, []),
    ("The death toll reached 12 after two bombs exploded at the station.", "explosive", 2, []),
])
def test_a_toll_beside_a_weapon_word_is_no_weapon_count(text: str, kind: str, count: int,
                                                       expected: list[str]) -> None:
    assert weapon(text, kind, count) == expected


@pytest.mark.parametrize(("text", "kind", "count", "expected"), [
    ("Iran fired more than 200 drones and missiles at Israel overnight.", "drone", 200,
     path("drone")),
    ("The army said 90 missiles and drones were launched, most of them intercepted.",
     "missile", 90, path("missile")),
    ("Forces loyal to the junta used 14 rockets, artillery and drones in the assault.",
     "rocket", 14, path("rocket")),
    # one kind, or each kind with its own number
    ("Russia used 35 drones and 12 missiles, the air force said.", "drone", 35, []),
    ("Air defences shot down six Tochka-U missiles and six rockets over the city.",
     "missile", 6, []),
    ("Russia launched 18 cruise and ballistic missiles at the capital.", "missile", 18, []),
    ("The air force downed 25 drones, while rockets hit the suburbs.", "drone", 25, []),
    ("Russia launched 40 attack drones and decoy drones at Kyiv.", "drone", 40, []),
])
def test_a_number_of_two_kinds_of_weapon_is_no_count_of_either(
        text: str, kind: str, count: int, expected: list[str]) -> None:
    assert weapon(text, kind, count) == expected


@pytest.mark.parametrize(("text", "field", "expected"), [
    ("The general was killed in a US drone strike near the airport in 2020.", "killed",
     ["attacks[2024-01-01].killed"]),
    ("At least nine people, including a teenager, died in a Ukrainian rocket attack on the "
     "town.", "killed", ["attacks[2024-01-01].killed"]),
    ("The governor said 14 were injured in a Russian missile attack on the port.", "injured",
     ["attacks[2024-01-01].injured"]),
    ("Most of the 20 victims were killed in one strike on a tower block.", "killed",
     ["attacks[2024-01-01].killed"]),
    ("Police said all six worshippers were wounded in one shooting outside the mosque.",
     "injured", ["attacks[2024-01-01].injured"]),
    ("Bombs killed 30 and smashed into one of the city's hospitals, the mayor said.",
     "killed", ["attacks[2024-01-01].killed"]),
    # the 'a' or 'one' that counts the person
    ("A sniper killed one of the guards at the gate, officials said.", "killed", []),
    ("A man was killed in a drone attack on the village, the governor said.", "killed", []),
    ("The strike on the bus station killed a 60-year-old woman.", "killed", []),
    ("Officials said a man died after shelling hit the bakery.", "killed", []),
])
def test_an_a_before_an_event_counts_the_event(text: str, field: str,
                                               expected: list[str]) -> None:
    assert toll(text, field, 1) == expected


def test_an_a_before_a_barrage_counts_no_weapon() -> None:
    """'A drone strike' is left alone: news writes of one drone so."""
    assert weapon("Dozens were hurt as an Iranian missile barrage hit the coast.",
                  "ballistic missile", 1, "Iran", ("Israel",)) == path("ballistic missile")
    assert weapon("A Hezbollah drone strike on the base wounded 60 soldiers.", "drone", 1,
                  "Hezbollah", ("Israel",)) == []


REGIONS = ("Moscow", "Bryansk", "Kursk", "Tula")


@pytest.mark.parametrize(("text", "count", "expected"), [
    ("The ministry said air defences destroyed 40 drones over the Bryansk region, 12 over "
     "Moscow and 9 over Kursk.", 40, path("drone")),
    ("Drones were downed overnight: 30 over the Tula region and 8 near Kursk, the ministry "
     "said.", 8, path("drone")),
    ("Air defences shot down 50 drones approaching the capital, the mayor said, and downed "
     "another 60 over the Bryansk region.", 60, path("drone")),
    ("The defence ministry also reported destroying 17 drones near the regions of Kursk and "
     "Tula.", 17, path("drone")),
    ("Air defences downed 40 drones over the Bryansk region, 12 over Moscow and 9 more across "
     "three other regions.", 9, path("drone")),
    ("Air defences downed 40 drones over Bryansk and 25 more across 5 other regions.", 25,
     path("drone")),
    # the attack's whole count, or one placed alone
    ("Air defences destroyed 101 drones over the Moscow, Bryansk, Kursk and Tula regions.",
     101, []),
    ("The ministry said 101 drones were shot down over nine regions, including 12 over Moscow.",
     101, []),
    ("Air defences destroyed 40 drones over the Bryansk region, the governor said.", 40, []),
    ("Air defences destroyed 40 drones across five regions overnight, the ministry said.", 40,
     []),
])
def test_one_regions_shoot_down_tally_is_no_attacks_count(text: str, count: int,
                                                          expected: list[str]) -> None:
    assert weapon(text, "drone", count, "Ukraine", ("Moscow",), REGIONS) == expected


@pytest.mark.parametrize(("text", "count", "expected"), [
    ("Sirens sounded shortly after 6 a.m. as drones approached the city.", 6, path("drone")),
    ("The first drones were heard at 4am (0100 GMT), the mayor said.", 4, path("drone")),
    # a count written beside the hour
    ("Russia launched 6 drones at the city before 5 a.m., the air force said.", 6, []),
])
def test_a_time_of_day_is_no_count(text: str, count: int, expected: list[str]) -> None:
    assert weapon(text, "drone", count) == expected
