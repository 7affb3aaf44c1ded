"""Bracketed: a number in brackets after a word is that word's count (a region's, a
group's, a person's age), not the fact's whole (issue 19, `misassign`).

Every sentence is written for the test, in several outlets' styles, with the sentences
the check must leave alone.
"""

from __future__ import annotations

import pytest

from tests.test_attack_misassign import path, toll, weapon
from tests.test_scope import flagged, stage

MOD = ("The ministry said air defences destroyed 40 UAVs over the regions of Kursk (12 UAVs), "
       "Oryol (20 UAVs) and Tula (8 UAVs).")


@pytest.mark.parametrize(("text", "count", "expected"), [
    (MOD, 12, path("drone")),
    (MOD, 8, path("drone")),
    ("Drones were downed over Bryansk (about 9) and Kaluga (4), the governor said.", 9,
     path("drone")),
    # the whole, or its number in brackets after its own word
    (MOD, 40, []),
    ("Russia launched drones (45) and missiles (3) at Odesa overnight.", 45, []),
])
def test_a_regions_count_in_brackets_is_not_the_attacks(text: str, count: int,
                                                        expected: list[str]) -> None:
    assert weapon(text, "drone", count, attacker="Ukraine", targets=("Russia",)) == expected


@pytest.mark.parametrize(("text", "count", "expected"), [
    ("Five people were killed, among them Olena Koval (34) and her son.", 34,
     ["attacks[2024-01-01].killed"]),
    ("Officials named the dead (5) and said 12 were wounded.", 5, []),
])
def test_an_age_in_brackets_is_no_toll(text: str, count: int, expected: list[str]) -> None:
    assert toll(text, "killed", count) == expected


@pytest.mark.parametrize(("text", "count", "expected"), [
    ("Hamas freed 24 hostages: most of the released are women (13), the rest teenagers.", 13,
     ["exchange.stages[2024-01-01].released[Hamas].count"]),
    ("Hamas freed three hostages, Yarden Bibas (35), Ofer Kalderon and Keith Siegel.", 35,
     ["exchange.stages[2024-01-01].released[Hamas].count"]),
    ("Hamas freed 24 hostages on Monday, the army said.", 24, []),
])
def test_a_groups_count_in_brackets_is_not_the_release(text: str, count: int,
                                                       expected: list[str]) -> None:
    assert flagged(text, stage(text, count)) == expected
