"""One handover's plan is not the deal's terms.

Outlets announce each handover of a running deal ahead of it: the day's numbers, told with
the deal's words ("under the ceasefire deal", "as part of the truce"). Whether the deal
holds more than the day's is what such a sentence cannot say, so the rules read no share
of the deal from it. Each sentence is written for the test, in a different outlet's style;
the last ones are the deal's own terms, which the rule must leave alone: a day that dates
the deal's making, a deadline, the day people were taken.
"""

from __future__ import annotations

import pytest

from tests.test_rules_exchange import facts


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
     {"exchange.agreed_total[Hamas].count": 33, "exchange.agreed_total[Israel].count": 1900,
      "exchange.agreed_total[Israel].count.qualifier": "about",
      "exchange.agreed_at.date": "2025-04-16"}),
    ("The deal agreed on Wednesday provides for Hamas to free 33 hostages, while Israel will "
     "release about 1,900 prisoners.",
     {"exchange.agreed_total[Hamas].count": 33, "exchange.agreed_total[Israel].count": 1900,
      "exchange.agreed_total[Israel].count.qualifier": "about",
      "exchange.agreed_at.date": "2025-04-16"}),
    ("Under the ceasefire, Hamas is to hand over 20 hostages by Monday, while Israel will "
     "release 2,000 prisoners.",
     {"exchange.agreed_total[Hamas].count": 20, "exchange.agreed_total[Israel].count": 2000}),
    ("Under the truce deal with Israel, Hamas agreed to release 50 women and children "
     "kidnapped during the October 7 attack.", {"exchange.agreed_total[Hamas].count": 50}),
])
def test_a_day_that_dates_the_deal_or_the_taking_leaves_the_deal_s_terms(
        text: str, expected: dict[str, object]) -> None:
    assert facts(text) == expected
