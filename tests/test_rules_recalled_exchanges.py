"""An exchange an article recalls is not its news, nor is a total of the whole war.

A report of one swap often recalls the one before in a sentence of its own, opening on
it ("The first exchange took place Sunday with ...", "The last public swap was in early
August 2023, and involved 22 soldiers from each side"), and closes on what the war's
swaps have brought home ("Moscow has so far released a total of 3,956 ... since the war
began"). Neither is a stage or a running total of the exchange the article reports. Each
sentence is written for the test in a different outlet's style; the last ones tell the
news itself in the same words, which the rules must leave alone.
"""

from __future__ import annotations

import datetime as dt

from tests.test_rules_exchange import facts

SATURDAY = dt.date(2025, 1, 25)
WEDNESDAY = dt.date(2024, 1, 3)
TODAY_230 = {"exchange.stages[2024-01-03].released[Russia].count": 230,
             "exchange.stages[2024-01-03].released[Ukraine].count": 230}


def test_a_recap_of_last_week_s_exchange_is_no_stage() -> None:
    assert facts("Hamas on Saturday released four female soldiers to the Red Cross.\n\n"
                 "The first exchange took place Sunday with the release of three Israeli "
                 "hostages and 90 Palestinian captives, mostly women.", SATURDAY) == {
        "exchange.stages[2025-01-25].released[Hamas].count": 4}
    assert facts("Hamas freed three hostages on Saturday in the second exchange of the "
                 "truce.\n\nThe first exchange, on Sunday, saw Hamas release three women and "
                 "Israel free 90 Palestinians.", SATURDAY) == {
        "exchange.stages[2025-01-25].released[Hamas].count": 3}


def test_a_recap_dated_in_history_is_no_stage() -> None:
    recap = "\n\nThe last public PoW swap was in early August 2023, and involved 22 soldiers "
    assert facts("The Russian Defense Ministry on Wednesday announced the release of 248 of its "
                 "soldiers from Ukrainian captivity." + recap + "from each side.", WEDNESDAY) == {
        "exchange.stages[2024-01-03].released[Ukraine].count": 248}
    assert facts("Ukraine brought home 230 soldiers from Russian captivity on Wednesday." + recap
                 + "from each side.", WEDNESDAY) == {
        "exchange.stages[2024-01-03].released[Russia].count": 230}
    assert facts("Russia and Ukraine swapped 230 prisoners each on Wednesday. The last public "
                 "PoW swap was in early August 2023, and involved 22 soldiers from each side.",
                 WEDNESDAY) == TODAY_230
    assert facts("Russia and Ukraine swapped 230 prisoners each on Wednesday.\n\nThe previous "
                 "swap, in late May 2023, saw 95 prisoners each go home.", WEDNESDAY) == TODAY_230


def test_a_recap_of_the_same_day_is_the_news() -> None:
    assert facts("Hamas released three hostages on Saturday, and Israel freed 90 prisoners on "
                 "Saturday. The first exchange of the truce took place on Saturday with three "
                 "hostages freed.", SATURDAY) == {
        "exchange.stages[2025-01-25].released[Hamas].count": 3,
        "exchange.stages[2025-01-25].released[Israel].count": 90}
    assert facts("The first exchange in five months took place on Wednesday, when Russia and "
                 "Ukraine swapped 230 prisoners each.", WEDNESDAY) == TODAY_230


def test_a_total_of_the_whole_war_is_no_running_total() -> None:
    monday = dt.date(2024, 12, 30)
    today = {"exchange.stages[2024-12-30].released[Russia].count": 150}
    for closing in [
        "Ukraine's government said that Moscow has so far released a total of 3,956 "
        "individuals, both military personnel and civilians, through prisoner swaps since the "
        "war began.",
        "In all, 3,956 Ukrainians have come home since Russia's full-scale invasion.",
        "So far 4,000 Ukrainians have been freed since February 2022.",
    ]:
        assert facts("Russia released 150 Ukrainian prisoners on Monday. " + closing,
                     monday) == today


def test_a_total_of_this_truce_stays() -> None:
    assert facts("Hamas freed 11 hostages on Monday under the truce with Israel. In total, 50 "
                 "Israeli hostages have been freed during the truce.", dt.date(2023, 11, 28)) == {
        "exchange.stages[2023-11-27].released[Hamas].count": 11,
        "exchange.cumulative[2023-11-27].count": 50}
