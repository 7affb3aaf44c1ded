"""What a swap will include, each one of its people, and the split of a part are no parts.

`test_rules_swaps.test_parts_of_a_release_told_after_it` reads the parts a report names as
what the swap or its people included ("He said the swap included two civilians"). The same
words in the future are a plan, "each one of them" counts no one, and a list after a dash
splits the part before it ("14 foreigners - six Lithuanians, two Latvians ..."): none of
them is a part of the release. Each sentence is written for the test.
"""

from __future__ import annotations

import datetime as dt

import pytest

from tests.test_rules_exchange import facts


@pytest.mark.parametrize("closing", [
    "The swap will include 20 civilians, Kyiv said.",
    "Each one of them is a hero, Zelensky said.",
])
def test_a_plan_s_people_and_each_one_are_no_part(closing: str) -> None:
    assert facts("Russia released 150 Ukrainian prisoners on Monday. " + closing,
                 dt.date(2025, 9, 8)) == {
        "exchange.stages[2025-09-08].released[Russia].count": 150}


@pytest.mark.parametrize("split", [
    "\u2014 six Lithuanians, two Latvians, two Poles and four Germans \u2014",
    "\u2013 six Lithuanians, two Latvians, two Poles, four Germans \u2013",
])
def test_the_split_of_a_part_after_a_dash_is_no_more_parts(split: str) -> None:
    assert facts("Belarus freed 52 prisoners on Thursday. Among those released were 14 "
                 f"foreigners {split} according to the presidency.", dt.date(2025, 9, 11)) == {
        "exchange.stages[2025-09-11].released[Belarus].count": 52,
        "exchange.stages[2025-09-11].released[Belarus].breakdown[foreigners]": 14}
