"""Tolls given another fact's number of their article (issue 19, `misassign`): a year that
names an event, a sum of money, a figure that goes on from an earlier report before it in
its sentence, and the attacker's own soldiers named by 'its'.

Every sentence is written for the test, in several outlets' styles (the attack is Russia's
on Ukraine), with the sentences each check must leave alone.
"""

from __future__ import annotations

import pytest

from tests.test_attack_misassign import toll

KILLED = ["attacks[2024-01-01].killed"]
INJURED = ["attacks[2024-01-01].injured"]


@pytest.mark.parametrize(("text", "field", "count", "expected"), [
    ("It was the deadliest day for the city since the 2014 war, when many were killed.",
     "killed", 2014, KILLED),
    ("Victims' families were promised 2 million rubles each by the regional governor.",
     "injured", 2000000, INJURED),
    ("The injured were offered 500 dollars in aid by the city council.", "injured", 500,
     INJURED),
    # a count
    ("Officials said 2000 people were killed across the region in the war's first week.",
     "killed", 2000, []),
    ("Officials said 500 people were injured in the overnight strikes.", "injured", 500, []),
])
def test_a_year_or_a_sum_of_money_is_no_toll(text: str, field: str, count: int,
                                             expected: list[str]) -> None:
    assert toll(text, field, count) == expected


@pytest.mark.parametrize(("text", "field", "count", "expected"), [
    ("Initial reports on Tuesday had given a higher toll, with the mayor citing 41 dead.",
     "killed", 41, KILLED),
    ("Earlier figures were higher, with regional officials putting the injured at 97.",
     "injured", 97, INJURED),
    # a later figure after the earlier one
    ("Initial reports said 10 people were killed, but officials now say 20 died.", "killed",
     20, []),
    ("Earlier reports put the toll at 10, and the governor said on Monday that 20 had died.",
     "killed", 20, []),
])
def test_a_figure_that_goes_on_from_an_earlier_report_is_superseded(
        text: str, field: str, count: int, expected: list[str]) -> None:
    assert toll(text, field, count) == expected


@pytest.mark.parametrize(("text", "count", "expected"), [
    ("Russia's defence ministry said 12 of its servicemen were killed in the fighting.", 12,
     KILLED),
    ("The Russian army admitted that seven of its soldiers had died near the border.", 7,
     KILLED),
    # another side's soldiers, or the side hit naming its own
    ("Ukraine's army said 12 of its soldiers were killed in the Russian strike.", 12, []),
    ("Moscow said Ukraine's army had 12 of its soldiers killed in the strike on the base.", 12,
     []),
])
def test_the_attackers_own_soldiers_named_by_its_are_no_toll(text: str, count: int,
                                                           expected: list[str]) -> None:
    assert toll(text, "killed", count) == expected


@pytest.mark.parametrize(("text", "field", "count", "expected"), [
    ("The ministry raised its casualty figures as it emerged how troops freed three of the "
     "captives from a flat.", "killed", 3, KILLED),
    ("Two guards were killed and 40 passengers were rescued from the burning train.",
     "killed", 40, KILLED),
    ("Five were killed and 9 others injured, three critically, the mayor said.", "injured", 3,
     INJURED),
    ("Five were killed and 9 others injured, three of them seriously.", "injured", 3,
     INJURED),
    # the toll itself
    ("The rescue operation killed 27 people in the camp, medics said.", "killed", 27, []),
    ("Five were killed and 9 others injured, three critically, the mayor said.", "injured", 9,
     []),
    ("Three people were critically injured in the blast at the market.", "injured", 3, []),
])
def test_the_freed_and_the_badly_hurt_are_no_toll(text: str, field: str, count: int,
                                                  expected: list[str]) -> None:
    assert toll(text, field, count) == expected


@pytest.mark.parametrize(("text", "count", "expected"), [
    ("A strike on a market killed 14 people, officials said, blaming Russia and vowing to "
     "respond.", 14, []),
    ("Moscow said its missiles had killed 30 soldiers, and warned that more strikes would "
     "follow.", 30, []),
    # the threat governs the number
    ("Twenty hostages will be killed, the group threatened on Sunday.", 20, KILLED),
    ("The army threatened to kill 50 fighters if the siege went on.", 50, KILLED),
])
def test_a_threat_after_the_number_beyond_a_comma_does_not_hedge_it(
        text: str, count: int, expected: list[str]) -> None:
    assert toll(text, "killed", count) == expected
