"""Releasers: a release's or running total's number whose release verb's subject is
another side than the fact's.

Every sentence is written for the test, in several outlets' ways of telling both sides'
releases in one sentence; each flagged figure has the same sentence's right figure beside
it, left alone, and a passive or a homecoming ('Ukraine has returned 215 of its
defenders') says nothing of who freed them.
"""

from __future__ import annotations

import datetime as dt

import pytest

from summarizer.models import ArticleExtraction, CumulativeTotal, Evidence
from tests.test_scope import flagged, stage


def path(side: str) -> str:
    return f"exchange.stages[2024-01-01].released[{side}].count"


WIRE = "Hamas freed four hostages on Saturday while Israel released 120 Palestinian prisoners."
BRIEF = "The Taliban freed two Americans on Tuesday; Washington released one Afghan man."
HOME = "Ukraine has returned 215 of its defenders from Russian captivity."


@pytest.mark.parametrize(("text", "releases", "expected"), [
    # each side's own number: left alone
    (WIRE, ("Hamas", "Israel", 4, 120), []),
    # the other side's numbers: Hamas freed the four, Israel the 120
    (WIRE, ("Israel", "Hamas", 4, 120), [path("Israel"), path("Hamas")]),
    (BRIEF, ("Taliban", "United States", 2, 1), []),
    (BRIEF, ("United States", "Taliban", 2, 1), [path("United States"), path("Taliban")]),
    # an even swap says its number for both sides: left alone
    ("Moscow freed 95 Ukrainian soldiers and Kyiv freed 95 Russian servicemen.",
     ("Russia", "Ukraine", 95, 95), []),
    # a passive verb's subject is who was freed, not who freed them
    ("Six more Israeli hostages have been released from Gaza, bringing the day's total to "
     "eight.", ("Hamas", "Israel", 8, None), []),
    # who got them home is no releaser; who held them is ('from Russian captivity')
    (HOME, ("Russia", "Ukraine", 215, None), []),
    (HOME, ("Ukraine", "Russia", 215, None), [path("Ukraine")]),
    # a release told as a noun: who reports it is no releaser
    ("Israel's military confirmed the release of 13 hostages by Hamas on Monday.",
     ("Hamas", "Israel", 13, None), []),
    ("The Russian defence ministry announced the release of 248 of its soldiers.",
     ("Ukraine", "Russia", 248, None), []),
])
def test_a_number_another_side_frees_is_not_this_sides_release(
        text: str, releases: tuple[str, str, int, int | None], expected: list[str]) -> None:
    by, to, count, swap = releases
    assert flagged(text, stage(text, count, by=by, to=to, swap=swap)) == expected


TALLY = ("Since the truce began, Hamas has released 105 hostages and Israel has freed 210 "
         "Palestinian prisoners.")


@pytest.mark.parametrize(("received_by", "count", "expected"), [
    ("Palestinians", 210, False),
    ("Palestinians", 105, True),  # Hamas's side frees them: they are Israel's total
    ("Israel", 105, False),
    ("Israel", 210, True),
])
def test_a_running_total_is_not_what_its_own_side_frees(received_by: str, count: int,
                                                        expected: bool) -> None:
    total = CumulativeTotal(received_by=received_by, count=count, as_of=dt.date(2024, 1, 2),
                            evidence=Evidence(text=TALLY))
    found = flagged(TALLY, ArticleExtraction(cumulative=[total]))
    assert found == (["exchange.cumulative[2024-01-02].count"] if expected else [])
