"""A mediator's tally of the swaps it brokered is no running total of the exchange.

Each sentence is written for the test in another outlet's wording: the total counts the
people freed in a series of exchanges a mediator brokered, often since the war began, not the
stages of this exchange. A swap told as mediated, and the total it brings its exchange to,
stays a running total.
"""

from __future__ import annotations

import datetime as dt

import pytest

from tests.test_rules_exchange import facts

SUNDAY = dt.date(2025, 6, 15)
SWAP = ("Russia and Ukraine swapped 150 prisoners each on Saturday. ",
        {"exchange.stages[2025-06-14].released[Russia].count": 150,
         "exchange.stages[2025-06-14].released[Ukraine].count": 150})


@pytest.mark.parametrize("tally", [
    "The UAE said the swap brings to 4,181 the number of prisoners freed in exchanges it has "
    "mediated.",
    "The UAE has mediated 13 exchanges between the two countries, in which a total of 4,181 "
    "prisoners have been freed.",
    "The Emirati foreign ministry said its mediations have so far freed a total of 4,181 "
    "captives.",
])
def test_a_mediator_s_tally_is_no_total_of_the_exchange(tally: str) -> None:
    told, stage = SWAP
    assert facts(told + tally, SUNDAY) == stage


def test_a_swap_told_as_mediated_keeps_its_total() -> None:
    assert facts("Russia and Ukraine swapped 307 prisoners each on Saturday in a swap mediated "
                 "by the UAE, bringing the total to 697.", SUNDAY) == {
        "exchange.stages[2025-06-14].released[Russia].count": 307,
        "exchange.stages[2025-06-14].released[Ukraine].count": 307,
        "exchange.cumulative[2025-06-14].count": 697}
