"""No side's share of a deal is its own people.

A deal's sentence in an article that names Hamas but not Israel pits Hamas against the
nation of the people it gets back: "in exchange for 1,900 Palestinian prisoners" went to
Palestine as its share. No side frees its own people, so that number is no share; Hamas's
own share stays. Each sentence is written for the test in another outlet's wording; the
last names Israel, whose share the 1,900 are.
"""

from __future__ import annotations

import datetime as dt

import pytest

from tests.test_rules_exchange import facts

SUNDAY = dt.date(2025, 1, 12)


@pytest.mark.parametrize("text", [
    "The ceasefire deal calls for Hamas to free 33 hostages in exchange for nearly 2,000 "
    "Palestinians.",
    "Under the deal, Hamas will release 33 hostages in exchange for 1,900 Palestinian prisoners.",
    "The deal provides for Hamas to free 33 hostages and for 1,900 Palestinian prisoners to be "
    "released.",
    "In the first phase, 33 hostages will be freed by Hamas in exchange for some 1,900 "
    "Palestinian prisoners.",
])
def test_a_side_s_own_people_are_no_share_of_it(text: str) -> None:
    assert facts(text, SUNDAY) == {"exchange.agreed_total[Hamas].count": 33}


def test_the_people_go_to_the_side_that_holds_them() -> None:
    assert facts("The deal between Israel and Hamas calls for Hamas to free 33 hostages in "
                 "exchange for 1,900 Palestinian prisoners.", SUNDAY) == {
        "exchange.agreed_total[Hamas].count": 33, "exchange.agreed_total[Israel].count": 1900}
