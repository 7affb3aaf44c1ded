"""A scale word with no number before it counts nothing: "a few dozen", "several hundred".

"A dozen" is twelve and "two dozen" twenty-four, but "a bus carrying a few dozen
prisoners" or "several hundred drones" gives no figure: a reader that takes the bare
"dozen" for 12 or "hundred" for 100 invents one. Each sentence is written for the test in a
different outlet's style; the last ones state a number with the same words, which the
reading must leave alone.
"""

from __future__ import annotations

import datetime as dt

import pytest

from summarizer.text.numbers import states
from tests.test_rules_attacks import attacks
from tests.test_rules_exchange import facts

SATURDAY = dt.date(2025, 2, 8)


@pytest.mark.parametrize("text", [
    "Israel has begun releasing Palestinian prisoners after Hamas freed three hostages on "
    "Saturday. Reporters saw a bus carrying a few dozen Palestinian prisoners.",
    "Hamas freed three hostages on Saturday; several dozen prisoners were released by Israel "
    "later that day.",
    "Hamas freed three hostages on Saturday, and some hundred prisoners were freed by Israel.",
])
def test_a_bare_scale_word_is_no_count_of_a_release(text: str) -> None:
    assert facts(text, SATURDAY) == {"exchange.stages[2025-02-08].released[Hamas].count": 3}


def test_a_bare_scale_word_is_no_weapon_count() -> None:
    found = attacks("Russia launched several hundred drones at Ukraine overnight.", SATURDAY)
    assert [(a.attacker, a.weapons) for a in found] == [("Russia", [])]


STATED = {"Israel freed a dozen prisoners.": 12, "Two dozen drones were shot down.": 24,
          "A hundred prisoners were freed.": 100,
          "One hundred and five prisoners were freed.": 105}
"""Scale words with a number, or 'a', before them: each states its number."""


def test_a_number_of_scale_words_is_read() -> None:
    assert [text for text, value in STATED.items() if not states(text, value)] == []


@pytest.mark.parametrize("text", ["a few dozen prisoners", "several hundred drones"])
def test_a_bare_scale_word_states_no_number(text: str) -> None:
    assert not states(text, 12) and not states(text, 100)
