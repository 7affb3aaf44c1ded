"""Launchers: a drone, jet or helicopter that fired the weapons an attack counts is read as
one weapon of its own kind (issue 19, `misassign`): 'a drone that launched three rockets'
is three rockets, not a drone and three rockets.

Every sentence is written for the test, in several outlets' styles, with the sentences
the check must leave alone: the weapon that struck keeps its count.
"""

from __future__ import annotations

import pytest

from tests.test_attack_misassign import path, weapon


@pytest.mark.parametrize(("text", "kind", "count", "expected"), [
    ("Police said the car was hit by a drone that launched three rockets at it.", "drone", 1,
     path("drone")),
    ("An Israeli drone fired a missile at a motorcycle near the town, killing two.", "drone",
     1, path("drone")),
    ("A Reaper drone launched four Hellfire missiles at the convoy, officials said.",
     "drone", 1, path("drone")),
    # what was fired, and a weapon that struck itself
    ("Police said the car was hit by a drone that launched three rockets at it.", "rocket", 3,
     []),
    ("An Israeli drone fired a missile at a motorcycle near the town, killing two.",
     "missile", 1, []),
    ("A drone carrying explosives crashed into the house, the governor said.", "drone", 1,
     []),
    ("A drone hit the building and two missiles struck the port.", "drone", 1, []),
    ("A drone was shot down over the city before it could launch its missiles.", "drone", 1,
     []),
])
def test_a_weapon_that_fired_others_is_their_launcher(text: str, kind: str, count: int,
                                                      expected: list[str]) -> None:
    assert weapon(text, kind, count) == expected
