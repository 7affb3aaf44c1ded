"""Running totals: the words around a total that tell what it is not.

A report closes on what the war's swaps have brought home in a clause of its own ("50 swaps
had taken place since Russia launched its full-scale invasion, through which Ukraine had
brought 3,035 soldiers home"); dates a truce's total by the day the truce began ("19 hostages
have been freed as part of the ceasefire that began on January 19"); and calls its swap "the
largest one so far" of a regime or of a people. None is a running total of this exchange on
that day, or a count of one. Each sentence is written for the test in a different outlet's
style; the last of each test tells what the rules must keep.
"""

from __future__ import annotations

import datetime as dt

import pytest

from tests.test_rules_exchange import facts

SATURDAY = dt.date(2025, 2, 15)
SWAP_150 = {"exchange.stages[2025-02-15].released[Russia].count": 150}
HAMAS_3 = {"exchange.stages[2025-02-15].released[Hamas].count": 3}


@pytest.mark.parametrize("closing", [
    "Zelensky said 50 swaps had taken place since Russia launched its full-scale invasion "
    "nearly two years ago, through which Ukraine had brought 3,035 soldiers home.",
    "Kyiv said 50 swaps had been held since the Kremlin began its all-out war almost two "
    "years ago, through which Ukraine had recovered 3,035 soldiers.",
    "Officials said 50 swaps had been held since Russia's troops invaded almost two years "
    "ago, returning 3,035 soldiers.",
])
def test_a_total_since_the_war_began_told_in_another_clause_is_no_running_total(
        closing: str) -> None:
    assert facts("Russia released 150 Ukrainian prisoners on Saturday. " + closing,
                 SATURDAY) == SWAP_150


def test_a_total_since_the_truce_began_stays() -> None:
    assert facts("Hamas freed 11 hostages on Saturday under the truce with Israel. Since the "
                 "truce began, Hamas has released 50 Israeli hostages.", SATURDAY) == {
        "exchange.stages[2025-02-15].released[Hamas].count": 11,
        "exchange.cumulative[2025-02-15].count": 50}


@pytest.mark.parametrize("closing", [
    "So far 19 hostages have been freed as part of the ceasefire that began on January 19.",
    "In all, 19 Israeli hostages have been released under the truce, which took effect on "
    "Jan. 19.",
    "So far 19 hostages have been freed during the ceasefire, which came into force on 19 "
    "January.",
    "So far 19 hostages have been freed during the ceasefire that went into effect on Sunday, "
    "January 19.",
])
def test_the_day_a_truce_began_does_not_date_its_running_total(closing: str) -> None:
    assert facts("Hamas freed three hostages on Saturday under the truce with Israel. "
                 + closing, SATURDAY) == {**HAMAS_3, "exchange.cumulative[2025-02-15].count": 19}


def test_the_day_a_running_total_is_told_still_dates_it() -> None:
    assert facts("Hamas freed three hostages on Saturday under the truce with Israel. On "
                 "Thursday, Israel said 16 hostages have so far been freed during the truce.",
                 SATURDAY) == {**HAMAS_3, "exchange.cumulative[2025-02-13].count": 16}


@pytest.mark.parametrize(("lead", "closing", "expected"), [
    ("Belarus has freed 52 prisoners, the U.S. Embassy said on Saturday.",
     "The freed group, the largest one so far under Belarusian rule, crossed into Lithuania.",
     {"exchange.stages[2025-02-15].released[Belarus].count": 52}),
    ("Russia released 150 Ukrainian prisoners on Saturday.",
     "The swap, the biggest one so far involving Ukrainian soldiers, was brokered by the UAE.",
     SWAP_150),
    ("Russia released 150 Ukrainian prisoners on Saturday.",
     "The exchange, the smallest one so far involving Ukrainian civilians, took place in "
     "Belarus.", SWAP_150),
])
def test_one_after_a_superlative_or_an_ordinal_is_a_pronoun_not_a_count(
        lead: str, closing: str, expected: dict[str, object]) -> None:
    assert facts(lead + " " + closing, SATURDAY) == expected


def test_one_right_after_its_verb_is_still_a_count() -> None:
    assert facts("Hamas released one Israeli hostage on Saturday under the truce with Israel.",
                 SATURDAY) == {"exchange.stages[2025-02-15].released[Hamas].count": 1}
