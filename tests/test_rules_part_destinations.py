"""Where some of the people freed are sent is no kind of them: no breakdown category.

Outlets follow a release with what becomes of some of its people: "About 24 of those freed
will be deported to Egypt", "Around 70 of them were released into Egypt", "Of those
released, 24 are to be exiled abroad". A destination does not set them apart as a kind of
the people freed, as "serving life sentences" or "women" does. Each sentence is written for
the test in a different outlet's style; the last ones name a kind, which the rule must leave
alone.
"""

from __future__ import annotations

import datetime as dt

import pytest

from tests.test_rules_exchange import facts

SATURDAY = dt.date(2025, 2, 15)
RELEASE = ("Hamas freed three hostages on Saturday, and Israel released 369 Palestinian "
           "prisoners.\n\n")
BREAKDOWN = "exchange.stages[2025-02-15].released[Israel].breakdown"


def breakdown(text: str) -> dict[str, object]:
    return {k: v for k, v in facts(RELEASE + text, SATURDAY).items() if k.startswith(BREAKDOWN)}


@pytest.mark.parametrize("text", [
    "About 24 of those freed will be deported to Egypt, officials said on Saturday.",
    "Around 70 of them were released into Egypt.",
    "Of those released, 24 are to be exiled abroad.",
])
def test_a_destination_is_no_category(text: str) -> None:
    assert breakdown(text) == {}


@pytest.mark.parametrize(("text", "expected"), [
    ("Of those released, 36 were serving life sentences.",
     {f"{BREAKDOWN}[serving life sentences]": 36}),
    ("Of those released, 333 were detained in Gaza during the war.",
     {f"{BREAKDOWN}[detained in Gaza]": 333}),
])
def test_a_kind_stays(text: str, expected: dict[str, object]) -> None:
    assert breakdown(text) == expected
