"""Wounded people coming home are returnees described by a property, not an attack's toll.

A homecoming told with "come home" or "from captivity" and a property of some returnees
("307 soldiers had come home from Russia's captivity, including 15 who were seriously
wounded") is a release and its part; the word "wounded" made the sentence read as one of
people hurt, and the release was dropped. Each sentence is written for the test in a
different outlet's style; the last one tells people wounded in an attack, which the rule
must leave alone.
"""

from __future__ import annotations

import datetime as dt

import pytest

from tests.test_rules_attacks import attacks
from tests.test_rules_exchange import facts

SATURDAY = dt.date(2025, 5, 24)
LEAD = "Russia and Ukraine swapped prisoners on Saturday.\n\n"
STAGE = "exchange.stages[2025-05-24].released[Russia]"


@pytest.mark.parametrize("text", [
    "Kyiv said 307 soldiers had come home from Russia's captivity, including 15 who were "
    "seriously wounded.",
    "According to Kyiv, 307 Ukrainian soldiers are coming home, 15 of whom were badly wounded.",
    "Ukraine's ombudsman said 307 soldiers came back home from Russian captivity, including 15 "
    "severely injured.",
])
def test_wounded_returnees_are_part_of_the_release(text: str) -> None:
    assert facts(LEAD + text, SATURDAY) == {f"{STAGE}.count": 307,
                                            f"{STAGE}.breakdown[wounded]": 15}
    assert attacks(LEAD + text, SATURDAY) == []


def test_people_wounded_in_an_attack_are_left_alone() -> None:
    text = LEAD + "Russian shelling of Kharkiv wounded 15 people on Saturday, officials said."
    assert facts(text, SATURDAY) == {}
    assert [(a.attacker, a.injured and a.injured.count) for a in attacks(text, SATURDAY)] == [
        ("Russia", 15)]
