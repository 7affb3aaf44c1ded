"""Among them: a number its sentence puts among a group (the dead, the freed) counts some
of that group, not the toll or the release (issue 19, `misassign`).

Every sentence is written for the test, in several outlets' styles, with the sentences
the check must leave alone.
"""

from __future__ import annotations

import pytest

from tests.test_attack_misassign import toll
from tests.test_scope import flagged, stage

KILLED = "attacks[2024-01-01].killed"
INJURED = "attacks[2024-01-01].injured"
FREED = "exchange.stages[2024-01-01].released[Hamas].count"


@pytest.mark.parametrize(("text", "field", "count", "expected"), [
    ("Among the dead are two foreign nationals and two local guides, police said.",
     "killed", 2, [KILLED]),
    ("Among those killed were three children, the health ministry said.", "killed", 3,
     [KILLED]),
    ("A police commander, five officers and the imam were among the dead.", "killed", 5,
     [KILLED]),
    ("\u201cAmong the wounded are 12 schoolchildren,\u201d the governor wrote.", "injured", 12,
     [INJURED]),
    # the whole toll, or a group told apart from it
    ("At least 26 people were killed, among them tourists from Nepal.", "killed", 26, []),
    ("Five people were killed and 12 wounded in the strike on Monday.", "injured", 12, []),
])
def test_a_number_among_the_dead_is_not_the_toll(text: str, field: str, count: int,
                                                 expected: list[str]) -> None:
    assert toll(text, field, count) == expected


@pytest.mark.parametrize(("text", "count", "expected"), [
    ("Among the released hostages were soldiers, nurses and two foreign workers.", 2, [FREED]),
    ("Four teenagers were among those freed by Hamas on Monday.", 4, [FREED]),
    # the release itself
    ("Hamas freed 24 hostages on Monday, among them four teenagers.", 24, []),
    ("Among those exchanged on Monday were 24 hostages held by Hamas.", 24, []),
])
def test_a_number_among_the_freed_is_not_the_release(text: str, count: int,
                                                     expected: list[str]) -> None:
    assert flagged(text, stage(text, count)) == expected
