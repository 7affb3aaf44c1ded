"""Days that are not the attack's: the day a toll stood ("rose to 75 as of Thursday", "By
Wednesday the dead numbered 31") dates the count, not the strike; a night told with the day
it names ("overnight Thursday") takes that day, not the publication day's eve.

The sentences are the test's own, in several outlets' styles.
"""

from __future__ import annotations

import pytest

from tests.test_rules_report_day import days


@pytest.mark.parametrize(("text", "expected"), [
    ("The number of people killed by an airstrike on a concert in Zorin village rose to 75 "
     "as of Thursday, the rebels said.", [(None, None)]),
    ("The death toll from a Russian missile strike on Zorinsk rose to 40 as of Wednesday, "
     "officials said.", [(None, None)]),
    ("By Wednesday the dead from the Russian strike on Zorinsk numbered 31.", [(None, None)]),
    ("As of Friday evening, 14 people had died after a Russian missile struck a clinic in "
     "Zorinsk.", [(None, None)]),
    # the attack's own day beside the count's
    ("A Russian missile hit Zorinsk on Tuesday. By Thursday the dead numbered 31.",
     [("2025-05-20", "on Tuesday")]),
    # a day that names the strike is the strike's, after "by" too
    ("Five people were killed by Tuesday's Russian strike on Zorinsk.",
     [("2025-05-20", "Tuesday")]),
])
def test_the_day_a_toll_stood_does_not_date_the_attack(
        text: str, expected: list[tuple[str | None, str | None]]) -> None:
    assert days(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Russian drones hit Kyiv overnight Thursday, officials said.",
     [("2025-05-22", "Thursday")]),
    ("Russia struck Odesa overnight Friday, killing 3.", [("2025-05-23", "Friday")]),
    ("Russia attacked Zorinsk with 15 drones overnight on Wednesday, injuring four people.",
     [("2025-05-21", "on Wednesday")]),
    # a night that names no day keeps the publication day's eve
    ("Russia attacked Zorinsk with 15 drones overnight, injuring four people.",
     [("2025-05-23", "overnight")]),
])
def test_a_night_told_with_its_weekday_takes_that_day(
        text: str, expected: list[tuple[str | None, str | None]]) -> None:
    assert days(text) == expected
