"""Words that look like a hedge and are not: a source's terms ('on condition of
anonymity') and a verdict on the news ('in what would be the deadliest') do not put a
reported toll under a condition or a plan (issue 19: no false alarm on real text).

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
