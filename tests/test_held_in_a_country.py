"""People held in a country were freed by it, whenever they were taken.

A release with no named releaser often tells where the people were held: "Six Americans
detained in Venezuela in recent months were freed on Friday". The country they were held in
is the side that frees them, not a place the report passes through, and the time after the
words that took them ("detained in Venezuela in recent months") tells when they were taken,
not a past event the sentence recalls. Each sentence is written for the test in a different
outlet's style; the last one tells a place where hostages were held, whose time the rules
must leave to the release.
"""

from __future__ import annotations

import datetime as dt

import pytest

from tests.test_rules_exchange import facts

FRIDAY = dt.date(2025, 1, 31)


@pytest.mark.parametrize(("text", "side", "count"), [
    ("Six Americans detained in Venezuela in recent months were freed on Friday.",
     "Venezuela", 6),
    ("Nine Americans held in Venezuela were released on Friday, officials in Washington said.",
     "Venezuela", 9),
    ("Four Lithuanians imprisoned in Belarus were freed on Friday, Vilnius said.",
     "Belarus", 4),
])
def test_the_country_people_were_held_in_freed_them(text: str, side: str, count: int) -> None:
    assert facts(text, FRIDAY) == {f"exchange.stages[2025-01-31].released[{side}].count": count}


def test_a_time_where_hostages_were_held_still_dates_their_release() -> None:
    assert facts("Hamas freed three hostages held in Gaza on Saturday under the truce with "
                 "Israel.", FRIDAY) == {"exchange.stages[2025-01-25].released[Hamas].count": 3}
