"""A capital right before a participle of freeing acts for its country.

"with Moscow releasing ...", "Kyiv freeing ...": the participle tells the capital freeing the
people as "Moscow released" does. Each sentence is written for the test; the last puts another
verb between the capital and the participle, whose object the release is, and stays out.
"""

from __future__ import annotations

import datetime as dt

import pytest

from tests.test_rules_exchange import facts

SUNDAY = dt.date(2025, 6, 15)
STAGE = "exchange.stages[2025-06-14].released"


@pytest.mark.parametrize(("text", "expected"), [
    ("The United States and Russia swapped prisoners on Saturday, with Moscow releasing Talbir "
     "Zorin.", {f"{STAGE}[Russia].count": 1}),
    ("Russia and Ukraine swapped prisoners on Saturday, with Moscow releasing 75 prisoners of "
     "war.", {f"{STAGE}[Russia].count": 75}),
    ("Russia and Ukraine completed a swap on Saturday, Kyiv freeing 75 soldiers held since 2022.",
     {f"{STAGE}[Ukraine].count": 75}),
    ("Russia and Ukraine swapped prisoners on Saturday, with Moscow insisting on releasing 75 "
     "prisoners of war only.", {}),
])
def test_a_capital_freeing_is_its_country_s_release(text: str, expected: dict[str, int]) -> None:
    assert facts(text, SUNDAY) == expected
