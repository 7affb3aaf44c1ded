"""What the rules may read as a deal's terms: not one handover's plan, nor a plan that hangs
on a condition, nor the place of talks that agreed nothing; numbers listed under one verb.

Outlets announce each handover of a running deal ahead of it: the day's numbers, told with
the deal's words ("under the ceasefire deal", "as part of the truce"). Whether the deal
holds more than the day's is what such a sentence cannot say, so the rules read no share
of the deal from it. Each sentence is written for the test, in a different outlet's style;
the last ones are the deal's own terms, which the rule must leave alone: a day that dates
the deal's making, a deadline, the day people were taken.

A plan told with a condition after its number ("if Russia agreed", "provided Israel
withdraws") is not agreed. Two numbers listed under one side's verb with no word of a
return between them are that side's share together, not one number for each side. Where
talks failed ("ended without a ceasefire") or are still going on ("negotiators are meeting in
Doha") is where no deal was made. A day that opens a sentence ("On Wednesday, the sides
reached a deal under which ...") dates the deal's making, the nearer of making and plan.
"""

from __future__ import annotations

import pytest

from tests.test_rules_exchange import facts

WEDNESDAY_TERMS = {
    "exchange.agreed_total[Hamas].count": 33, "exchange.agreed_total[Israel].count": 1900,
    "exchange.agreed_total[Israel].count.qualifier": "about",
    "exchange.agreed_at.date": "2025-04-16"}
"""What the sentences below of a deal made on Wednesday (2025-04-16) agree."""


def agreed(text: str) -> dict[str, object]:
    """The agreement's facts the rules read from `text`."""
    return {k: v for k, v in facts(text).items() if k.startswith("exchange.agreed")}


@pytest.mark.parametrize("text", [
    # wire style: the day after the people
    "Hamas is set to free three hostages on Saturday in exchange for 183 Palestinian "
    "prisoners, under the ceasefire deal with Israel.",
    # the day opens the sentence
    "On Saturday, Hamas is due to release three hostages in exchange for 183 Palestinian "
    "prisoners held by Israel, as part of the truce.",
    # the day in the other side's clause
    "Hamas will hand over three hostages to the Red Cross on Saturday, and Israel will free "
    "183 prisoners in return, under the ceasefire agreement.",
    "Hamas agreed to release three hostages on Saturday, after Israel agreed to free 369 "
    "prisoners under the truce.",
    # a handover named as one of a series, with no day
    "In the fifth exchange under the truce, Hamas is to free three hostages and Israel 183 "
    "prisoners.",
    "The next exchange under the truce will see Hamas release three hostages and Israel free "
    "90 prisoners.",
])
def test_a_handover_planned_for_a_day_is_no_share_of_the_deal(text: str) -> None:
    assert not any(k.startswith("exchange.agreed_total") for k in facts(text))


@pytest.mark.parametrize(("text", "expected"), [
    ("Israel and Hamas reached a ceasefire deal on Wednesday, under which Hamas will free 33 "
     "hostages and Israel will release about 1,900 prisoners.",
     WEDNESDAY_TERMS),
    ("The deal agreed on Wednesday provides for Hamas to free 33 hostages, while Israel will "
     "release about 1,900 prisoners.",
     WEDNESDAY_TERMS),
    ("Under the ceasefire, Hamas is to hand over 20 hostages by Monday, while Israel will "
     "release 2,000 prisoners.",
     {"exchange.agreed_total[Hamas].count": 20, "exchange.agreed_total[Israel].count": 2000}),
    ("Under the truce deal with Israel, Hamas agreed to release 50 women and children "
     "kidnapped during the October 7 attack.", {"exchange.agreed_total[Hamas].count": 50}),
])
def test_a_day_that_dates_the_deal_or_the_taking_leaves_the_deal_s_terms(
        text: str, expected: dict[str, object]) -> None:
    assert facts(text) == expected


OPENING = "Israel and Hamas exchanged hostages and prisoners on Saturday. "
SWAP_DONE = "Russia and Ukraine swapped 95 prisoners each on Friday. "


@pytest.mark.parametrize("text", [
    OPENING + "Hamas would release 10 hostages if Israel agreed to a 60-day truce, under the "
    "deal.",
    OPENING + "Under the deal Hamas would free 10 hostages, provided Israel withdraws from Gaza.",
    "Russia and Ukraine swapped 95 prisoners each on Friday. Zelensky said Ukraine would "
    "exchange 1,000 for 1,000 if Russia agreed.",
])
def test_a_plan_that_hangs_on_a_condition_is_not_agreed(text: str) -> None:
    assert not any(k.startswith("exchange.agreed_total") for k in facts(text))


@pytest.mark.parametrize(("text", "expected"), [
    # one side's two kinds of people under one verb: summed, not split between the sides
    (OPENING + "Under the agreement, Israel will release 250 prisoners serving life sentences "
     "and 1,700 detainees from Gaza.", {"exchange.agreed_total[Israel].count": 1950}),
    # after a return word they are the other side's
    (OPENING + "Under the agreement, Hamas will release 20 hostages in exchange for 250 "
     "prisoners serving life sentences and 1,700 detainees from Gaza.",
     {"exchange.agreed_total[Hamas].count": 20, "exchange.agreed_total[Israel].count": 1950}),
    # each number told with who holds it stays with its holder
    ("The truce between Israel and Hamas is meant to release 50 hostages held in Gaza and 150 "
     "prisoners held in Israeli jails.",
     {"exchange.agreed_total[Hamas].count": 50, "exchange.agreed_total[Israel].count": 150}),
    # the deal's terms "on condition that" are no condition on the deal
    (OPENING + "Under the deal, Hamas agreed to free 33 hostages on condition that Israel "
     "releases about 1,900 prisoners.",
     {"exchange.agreed_total[Hamas].count": 33, "exchange.agreed_total[Israel].count": 1900,
      "exchange.agreed_total[Israel].count.qualifier": "about"}),
])
def test_numbers_listed_under_one_verb_are_one_side_s_share(
        text: str, expected: dict[str, object]) -> None:
    assert facts(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    (SWAP_DONE + "Delegations met in Istanbul on Monday for talks that ended without a "
     "ceasefire.", {}),
    (OPENING + "Negotiators are meeting in Doha on Monday to discuss the second phase of the "
     "deal.", {}),
    (OPENING + "Mediators will meet in Cairo next week to resume the talks.", {}),
    # where the deal was made stays its place
    (SWAP_DONE + "The swap was agreed during talks in Istanbul on Monday.",
     {"exchange.agreed_at.place": "Istanbul", "exchange.agreed_at.date": "2025-04-14"}),
])
def test_talks_that_failed_or_are_still_going_on_made_no_deal_there(
        text: str, expected: dict[str, object]) -> None:
    assert agreed(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("On Wednesday, Israel and Hamas reached a ceasefire deal under which Hamas will free 33 "
     "hostages and Israel about 1,900 prisoners.",
     WEDNESDAY_TERMS),
    ("Late on Monday, Russia and Ukraine signed an accord under which Russia will free 500 "
     "Ukrainian soldiers.",
     {"exchange.agreed_total[Russia].count": 500, "exchange.agreed_at.date": "2025-04-14"}),
    ("As expected, on Tuesday, Israel and Hamas reached a truce under which Hamas will release "
     "50 hostages held in Gaza.",
     {"exchange.agreed_total[Hamas].count": 50, "exchange.agreed_at.date": "2025-04-15"}),
    # a handover's day that opens the sentence is still no deal's making
    (OPENING + "On Saturday, Hamas is due to free three hostages under the truce.", {}),
])
def test_a_time_that_opens_the_sentence_dates_the_deal_it_makes(
        text: str, expected: dict[str, object]) -> None:
    """The day that opens a sentence dates its verb: the deal's making, not a handover."""
    assert agreed(text) == expected
