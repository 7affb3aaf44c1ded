"""Words that look like a hedge, or like no toll, and are not: a source's terms ('on
condition of anonymity') and a verdict on the news ('in what would be the deadliest') do
not put a reported toll under a condition or a plan, and 'taken to a hospital' tells the
hurt (issue 19: no false alarm on real text).

Every sentence is written for the test, in several outlets' styles, with the hedges that
still hold.
"""

from __future__ import annotations

import pytest

from tests.test_attack_misassign import toll

KILLED = ["attacks[2024-01-01].killed"]


@pytest.mark.parametrize(("text", "expected"), [
    ("Two officials, speaking on condition of anonymity, said 3 soldiers were killed.", []),
    ("Officials said, on the condition of anonymity, that 3 soldiers had been killed.", []),
    ("Drones killed 3 soldiers in what would be the deadliest attack on the base this year.",
     []),
    # a condition or a plan that holds
    ("Officials said 3 soldiers would be killed on condition that the talks failed.", KILLED),
    ("The group said it would kill 3 soldiers if its demands were not met.", KILLED),
])
def test_a_sources_terms_are_no_hedge(text: str, expected: list[str]) -> None:
    assert toll(text, "killed", 3) == expected


@pytest.mark.parametrize(("text", "count", "expected"), [
    ("According to state media, two people were taken to a hospital in the city.", 2, []),
    ("Five residents were rushed to the regional hospital after the strike, officials said.",
     5, []),
    # a hospital that was struck counts no one hurt
    ("The strike damaged 2 buildings, the governor said.", 2, ["attacks[2024-01-01].injured"]),
])
def test_taken_to_a_hospital_tells_the_hurt(text: str, count: int,
                                            expected: list[str]) -> None:
    assert toll(text, "injured", count) == expected
