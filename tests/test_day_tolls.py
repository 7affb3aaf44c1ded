"""Day tolls: a toll of every attack over a span of hours ('over the past 24 hours ...
during Israeli attacks') is not one attack's (issue 19, `misassign`).

Every sentence is written for the test, in several outlets' styles, with the sentences
the check must leave alone.
"""

from __future__ import annotations

import pytest

from tests.test_attack_misassign import toll

KILLED = ["attacks[2024-01-01].killed"]


@pytest.mark.parametrize(("text", "count", "expected"), [
    ("Over the past 24 hours, at least 83 people were killed in Israeli attacks across Gaza, "
     "the health ministry said.", 83, KILLED),
    ("In the last day, Russian strikes killed 7 civilians across the region, the governor "
     "wrote.", 7, KILLED),
    ("The ministry said 40 people had been killed in airstrikes during the previous 48 "
     "hours.", 40, KILLED),
    # one attack's toll, or a span without many attacks
    ("A Russian missile killed 7 people in Odesa, the governor wrote.", 7, []),
    ("Seven people were killed in the strike, and over the past day rescuers pulled two more "
     "from the rubble.", 7, []),
    ("The toll from the strike on Monday rose to 12 over the past day, officials said.", 12, []),
])
def test_a_toll_of_a_days_attacks_is_not_one_attacks(text: str, count: int,
                                                     expected: list[str]) -> None:
    assert toll(text, "killed", count) == expected
