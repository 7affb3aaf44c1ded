"""A swap of several days told whole is the deal's number, not the day's stage.

The last day of a staged swap is often told with its whole: "completed a 1,000-for-1,000
swap on Sunday, exchanging 303 each on the final day", "carried out a 1,000-for-1,000 swap
over three days ending on Sunday". The 1,000 is every day's together: the deal's total, and
Sunday's stage is the 303. Each sentence is written for the test in a different outlet's
style; the last ones tell one day's count beside the whole, or a running total, which the
rule must leave alone.
"""

from __future__ import annotations

import datetime as dt

from tests.test_rules_exchange import facts

SUNDAY = dt.date(2025, 5, 25)
DEAL = {"exchange.agreed_total.count": 1000, "exchange.agreed_total.per_side": True}
FINAL_DAY = {"exchange.stages[2025-05-25].released[Russia].count": 303,
             "exchange.stages[2025-05-25].released[Ukraine].count": 303}
WHOLE = {
    "Russia and Ukraine completed a 1,000-for-1,000 prisoner swap on Sunday, exchanging 303 "
    "soldiers each on the final day.": DEAL | FINAL_DAY,
    "Russia and Ukraine carried out a 1,000-for-1,000 swap over three days ending on Sunday.":
        DEAL,
    "The three-day swap of 1,000 prisoners each between Russia and Ukraine ended on Sunday.":
        DEAL,
}
"""Three outlets' wholes, with what the rules must read from each."""


def test_a_swap_told_whole_is_the_deal_s_number() -> None:
    assert {text: facts(text, SUNDAY) for text in WHOLE} == WHOLE


def test_the_day_s_count_beside_the_whole_stays_a_stage() -> None:
    assert facts("Russia and Ukraine exchanged 303 prisoners each on Sunday, the last day of a "
                 "three-day swap in which each side freed 1,000.", SUNDAY) == FINAL_DAY
    assert facts("Russia and Ukraine swapped 390 prisoners each on Friday, the first day of a "
                 "swap of 1,000 each.", dt.date(2025, 5, 23)) == {
        "exchange.agreed_total.count": 1000, "exchange.agreed_total.per_side": True,
        "exchange.stages[2025-05-23].released[Russia].count": 390,
        "exchange.stages[2025-05-23].released[Ukraine].count": 390}


def test_a_running_total_over_the_days_stays_a_running_total() -> None:
    assert facts("Ukraine and Russia have exchanged 1,000 prisoners each over the past three "
                 "days, completing the largest swap of the war on Sunday.", SUNDAY) == {
        "exchange.cumulative[2025-05-25].count": 1000}
