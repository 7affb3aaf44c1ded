"""A side told just before "with the mediation of X" is no mediator: X is.

"The ministry reported the return of 248 Russian POWs with the mediation of the United
Arab Emirates" names the Emirates the go-between; the mediation words come a few words
after "Russian", which a reading of "Qatar, which mediated ..." took for Russia's own
mediation, leaving the article with one side and no release. Each sentence is written for
the test in a different outlet's style; the last ones name the mediator before its word,
which the rule must leave alone.
"""

from __future__ import annotations

import datetime as dt

import pytest

from tests.test_rules_exchange import facts

WEDNESDAY = dt.date(2024, 1, 3)
SWAP = {"exchange.stages[2024-01-03].released[Russia].count": 230,
        "exchange.stages[2024-01-03].released[Ukraine].count": 248}


@pytest.mark.parametrize("text", [
    # a news agency's wording
    "Ukraine said 230 of its soldiers were released from Russian captivity on Wednesday. The "
    "Russian defense ministry reported the return of 248 Russian POWs on Wednesday with the "
    "mediation of the United Arab Emirates.",
    # a broadcaster's, "mediation by"
    "Russia handed back 230 Ukrainian soldiers on Wednesday, and Ukraine returned 248 Russian "
    "troops, after mediation by the UAE.",
    # "mediation from"
    "On Wednesday 230 Ukrainians came home from Russian captivity and 248 Russian soldiers "
    "were returned from Ukraine following mediation from the United Arab Emirates.",
])
def test_the_side_before_the_mediation_of_x_stays_a_side(text: str) -> None:
    assert facts(text, WEDNESDAY) == SWAP


def test_a_mediator_named_before_its_word_stays_a_mediator() -> None:
    assert facts("The UAE, which mediated the swap between Russia and Ukraine, said 230 "
                 "Ukrainians and 248 Russians were freed on Wednesday.", WEDNESDAY) == SWAP
