"""One person a side frees, told by name alone, is a release of one.

Each sentence is written for the test, in a different outlet's style: a group, a country or
its initials frees a person the article names, with no number and no noun a count reads. The
rules must leave alone a person released with no side doing it, and a side releasing a
thing ("a video", "Zorin's letter").
"""

from __future__ import annotations

import datetime as dt

import pytest

from tests.test_rules_exchange import facts

SUNDAY = dt.date(2025, 6, 15)


@pytest.mark.parametrize(("text", "side"), [
    ("Hamas said it had released Talbir Zorin, the last hostage it held, on Saturday.", "Hamas"),
    ("The militant group Hamas freed Talbir Zorin on Saturday, the Red Cross said.", "Hamas"),
    ("Russia and the United States swapped prisoners on Saturday. In exchange for Zorin's "
     "freedom, the U.S. released Talbir Zorin, who had been held in Cyprus.", "United States"),
    ("Venezuela has freed Talbir Zorin, an engineer held since 2023, the State Department said "
     "on Saturday.", "Venezuela"),
    ("Venezuela late on Saturday freed Talbir Zorin, a former Marine.", "Venezuela"),
])
def test_a_side_frees_one_person_it_names(text: str, side: str) -> None:
    assert facts(text, SUNDAY) == {f"exchange.stages[2025-06-14].released[{side}].count": 1}


@pytest.mark.parametrize("text", [
    "Talbir Zorin has been released after a year in captivity, his family said on Saturday.",
    "Hamas released Saturday a video of Talbir Zorin, a hostage held since 2023.",
    "Hamas released Zorin's letter on Saturday, calling for a swap of prisoners.",
    "Hamas on Saturday released a video of Talbir Zorin.",
])
def test_no_one_is_counted_freed_by_no_side_or_as_a_thing(text: str) -> None:
    assert facts(text, SUNDAY) == {}
