"""Tallies: a release's number that is the exchange's running total or those still held.

Every sentence is written for the test, in several outlets' ways of keeping the score
of an exchange beside the day's news; each flagged figure has a sentence beside it that
tells the stage itself and must be left alone.
"""

from __future__ import annotations

import pytest

from summarizer.models import CumulativeTotal, Evidence
from tests.test_scope import flagged, stage

STAGE = ["exchange.stages[2024-01-01].released[Hamas].count"]


@pytest.mark.parametrize(("count", "text", "expected"), [
    (21, "Since the truce began, 21 hostages have been handed over by Hamas.", True),
    (18, "Since its start last week, Hamas has handed over 18 captives in all.", True),
    (44, "Monday's handovers by Hamas raise the number of hostages freed to 44.", True),
    (18, "Hamas freed 18 hostages on Sunday, bringing the total to 50.", False),
    (50, "Hamas freed 18 hostages on Sunday, bringing the total to 50.", True),
    (8, "Hamas freed six more hostages on Thursday, bringing the day's total to eight.", False),
    (63, "The total number of hostages freed by Hamas now stands at 63.", True),
    (24, "The number of hostages Hamas freed on Friday reached 24.", False),
    (3, "Hamas freed 3 hostages on Saturday.", False),
    (74, "Hamas freed 3 hostages on Saturday; 74 hostages remain in captivity in Gaza.", True),
    (59, "Hamas freed 3 hostages on Saturday, with 59 hostages remaining in Gaza.", True),
    (70, "After the swap, some 70 Israelis are still held by Hamas.", True),
    (9, "After the handover Hamas still holds the bodies of 9 hostages.", True),
    (100, "Even after Friday's handover, Hamas still holds roughly 100 captives.", True),
    (15, "Hamas handed over the remaining 15 hostages on Monday.", False),
    (15, "Hamas freed the 15 remaining hostages on Monday.", False),
    (15, "Hamas freed all 15 hostages who remained alive on Monday.", False),
    # a superlative's 'since' before a report's 'has said' is no span of releases
    (30, "In the biggest handover since the truce began, Hamas freed 30 hostages, the army "
         "has said.", False),
    (30, "Since the truce began, Hamas has freed 30 hostages, the army said.", True),
    # an event ranked since a day is one stage
    (30, "Hamas has freed 30 hostages in a new handover, the 9th since the truce began.", False),
    (30, "Hamas has freed 30 hostages, the largest handover since the truce began.", False),
    (30, "Hamas has freed 30 hostages since the truce began.", True),
])
def test_a_running_total_or_those_still_held_are_no_stage(count: int, text: str,
                                                         expected: bool) -> None:
    assert flagged(text, stage(text, count)) == (STAGE if expected else [])


@pytest.mark.parametrize(("count", "expected"), [(50, False), (74, True)])
def test_those_still_held_are_no_running_total(count: int, expected: bool) -> None:
    text = "So far 50 hostages have been freed, while 74 hostages remain in Gaza."
    extraction = stage("Hamas freed 10 hostages on Monday.", 10).model_copy(update={
        "cumulative": [CumulativeTotal(received_by="Israel", count=count,
                                       evidence=Evidence(text=text))]})
    full = f"Hamas freed 10 hostages on Monday. {text}"
    assert flagged(full, extraction) == (["exchange.cumulative[2024-01-02].count"] if expected
                                         else [])
