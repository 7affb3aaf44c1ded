"""Freed parts: a number that counts one group of those a release freed.

Every sentence is written for the test, in several outlets' styles of telling who was
among the freed; each has the release's whole number beside it, left alone.
"""

from __future__ import annotations

import datetime as dt

import pytest

from summarizer.models import CumulativeTotal, Evidence
from tests.test_scope import flagged, stage


def path(side: str) -> str:
    return f"exchange.stages[2024-01-01].released[{side}].count"


ARRESTED = ("Israel released 120 prisoners on Monday. Of the prisoners released, 41 were "
            "arrested in the West Bank, the prison service said.")
MARINES = "Ukraine freed 150 prisoners; among those freed by Kyiv were seven marines."
NIGHT = ("Hamas freed eight hostages on Thursday: two women were freed in the afternoon, "
         "while six others returned at night.")
FIGHTERS = "Russia handed back 198 prisoners: 188 marines, as well as 10 foreign fighters."
WOUNDED = ("Kyiv released 230 Russian servicemen on Friday. Among those released were as many "
           "as 40 wounded men, officials said.")
SECTORS = ("Kyiv said 210 bodies were handed back: 120 bodies came from the Pokrovsk sector, "
           "50 from Kupiansk, 25 from Siversk and 15 from Lyman.")
RANKS = "On Friday 140 privates and corporals, nine officers and three medics came home."
WHOLE = "Israel released 39 Palestinian prisoners on Friday, 24 women and 15 teenagers."
INCLUDED = ("Hamas freed 17 hostages on Sunday. The freed included 13 Israelis, and four Thai "
            "nationals, officials said.")


@pytest.mark.parametrize(("text", "side", "count", "expected"), [
    (ARRESTED, "Israel", 41, True),
    (ARRESTED, "Israel", 120, False),
    (MARINES, "Ukraine", 7, True),
    (MARINES, "Ukraine", 150, False),
    (NIGHT, "Hamas", 6, True),
    (NIGHT, "Hamas", 2, True),
    (NIGHT, "Hamas", 8, False),
    (FIGHTERS, "Russia", 10, True),
    (FIGHTERS, "Russia", 198, False),
    (WOUNDED, "Ukraine", 40, True),
    (WOUNDED, "Ukraine", 230, False),
    (SECTORS, "Russia", 120, True),
    (SECTORS, "Russia", 210, False),
    (RANKS, "Russia", 140, True),
    # the items after it add up to it: the whole, then its parts
    (WHOLE, "Israel", 39, False),
    (INCLUDED, "Hamas", 4, True),
    (INCLUDED, "Hamas", 13, True),
    (INCLUDED, "Hamas", 17, False),
    # the whole the sentence opens with, before the part freed
    ("Of the about 240 hostages taken by Hamas, 105 were released.", "Hamas", 240, True),
    ("Of the 253 people Hamas seized, 105 were freed during the truce.", "Hamas", 253, True),
    ("Of the 39 Palestinian prisoners freed by Israel, 24 were women.", "Israel", 39, False),
    ("Of the prisoners freed on Friday, 24 were women and the rest teenagers.", "Israel", 24,
     True),
    # the group told before 'others', with its people named
    ("Three men, among them Ali Nasser, 41, were freed at noon, while nine others came home "
     "later.", "Hamas", 3, True),
])
def test_a_group_of_the_freed_is_not_the_release(text: str, side: str, count: int,
                                                 expected: bool) -> None:
    extraction = stage(text, count, by=side, to="Hamas" if side == "Israel" else "Israel")
    assert flagged(text, extraction) == ([path(side)] if expected else [])


@pytest.mark.parametrize("text", [
    "Among those exchanged on Monday were 95 Ukrainian soldiers, the Red Cross said.",
    "As part of the release, 95 Ukrainian soldiers came home from Russia on Monday.",
])
def test_one_sides_whole_release_in_a_swap_is_no_group(text: str) -> None:
    """A swap's people split by side are each side's whole release, and a sentence that
    opens on the release itself names no group before its number."""
    assert flagged(text, stage(text, 95, by="Russia", to="Ukraine")) == []


def test_a_stage_and_the_total_it_brings_are_both_supported() -> None:
    text = "Hamas freed 18 hostages on Sunday, bringing the total to 50."
    total = CumulativeTotal(received_by="Israel", count=50, as_of=dt.date(2024, 1, 1),
                            evidence=Evidence(text=text))
    extraction = stage(text, 18).model_copy(update={"cumulative": [total]})
    assert flagged(text, extraction) == []
