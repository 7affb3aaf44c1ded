"""A deal's exchange rate is not its total: "one hostage for every 30 prisoners".

Outlets state the terms of a ceasefire swap as rates, the single person first and the
many after ("one civilian hostage for every 30 Palestinians"), or the many first ("30
prisoners for each civilian hostage"). Neither number is a count of anyone the deal frees.
Each sentence is written for the test in a different outlet's style; the last ones are a
deal's own totals and a one-for-one swap done, which the rule must leave alone.
"""

from __future__ import annotations

import datetime as dt

import pytest

from tests.test_rules_exchange import facts

SATURDAY = dt.date(2025, 1, 25)


@pytest.mark.parametrize("text", [
    # wire style, the single person first, two nouns before "for every"
    "As part of the ceasefire, Hamas will release one civilian hostage for every 30 "
    "Palestinians held in Israeli custody and one female Israeli soldier for 50 prisoners "
    "heading the other way.",
    # broadcaster style, "for each"
    "Under the truce terms, Hamas is to free one elderly hostage for each 30 Palestinian "
    "prisoners, and one soldier for each 50.",
    # explainer style, the rate as the deal's
    "The deal sets a ratio of one Israeli civilian for every 30 detainees, Israel said on "
    "Saturday.",
    # the many first, as before
    "Israel will release 30 Palestinian prisoners for every civilian hostage and 50 for each "
    "female soldier freed by Hamas.",
])
def test_a_rate_is_no_share_of_the_deal(text: str) -> None:
    assert facts(text, SATURDAY) == {}


def test_the_deal_s_own_totals_stay() -> None:
    assert facts("During the first phase, Hamas will release 33 hostages while Israel will "
                 "free 1,900 Palestinian prisoners.", SATURDAY) == {
        "exchange.agreed_total[Hamas].count": 33,
        "exchange.agreed_total[Israel].count": 1900}


def test_a_one_for_one_swap_done_stays() -> None:
    assert facts("Russia swapped one American for one Russian in Abu Dhabi on Thursday.",
                 dt.date(2025, 4, 10)) == {
        "exchange.stages[2025-04-10].released[Russia].count": 1,
        "exchange.stages[2025-04-10].released[United States].count": 1}
