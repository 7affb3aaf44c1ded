"""Subsets: a number that counts a group within the fact's count, or the whole of it.

Every sentence is written for the test, in several outlets' ways of saying who the dead,
the injured or the freed were; each group flagged has its whole beside it, which must
be left alone.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

import pytest

from summarizer.models import (
    ArticleExtraction,
    Attack,
    BreakdownItem,
    Casualties,
    Evidence,
    ExchangeStage,
    Release,
)
from tests.test_scope import flagged, killed, stage

Extract = Callable[[str, int], ArticleExtraction]


def injured(text: str, count: int) -> ArticleExtraction:
    toll = Casualties(count=count, evidence=Evidence(text=text))
    return ArticleExtraction(attacks=[Attack(date=dt.date(2024, 1, 1), attacker="Russia",
                                             targets=["Kharkiv"], injured=toll,
                                             evidence=Evidence(text=text))])


PATHS = {killed: "attacks[2024-01-01].killed", injured: "attacks[2024-01-01].injured",
         stage: "exchange.stages[2024-01-01].released[Hamas].count"}
TOLL = ("Russian shelling killed 190 people in Kharkiv. Forty-one of the dead were children "
        "and 23 were women.")
INJURED = "Officials said 150 people were injured in Kharkiv, of which 95 were hospitalised."
FREED = "The 17 people freed by Hamas on Monday include 13 Israelis."


@pytest.mark.parametrize(("extract", "text", "count", "expected"), [
    (killed, TOLL, 41, True),
    (killed, TOLL, 23, True),
    (killed, TOLL, 190, False),
    (killed, "Russian strikes killed 95 people in Kharkiv. The dead included 38 children, "
     "officials said.", 38, True),
    (killed, "More than a dozen soldiers and six rail workers were among the dead in Kharkiv.",
     6, True),
    (killed, "Of the 40 people killed in Kharkiv, 12 were children.", 12, True),
    (killed, "Of the 40 people killed in Kharkiv, 12 were children.", 40, False),
    (killed, "Twelve of those killed in the Russian strike on Kharkiv were soldiers.", 12, True),
    (killed, "Russian missiles killed 12 of the 40 passengers on a bus in Kharkiv.", 12, False),
    (killed, "Twelve people were killed in Kharkiv, all of them civilians.", 12, False),
    (killed, "The toll of the Russian strike on Kharkiv includes 61 dead, among them 5 "
     "children.", 61, False),
    (killed, "In Kharkiv 40 people were wounded by Russian shelling, three of whom later died.",
     3, False),
    (injured, INJURED, 95, True),
    (injured, INJURED, 150, False),
    (injured, "In Kharkiv 40 people were wounded, 12 of whom were seriously injured.", 12, True),
    (injured, "Three of the injured in Kharkiv are in critical condition.", 3, True),
    (stage, "Two Americans were among those freed by Hamas on Monday.", 2, True),
    (stage, "Four Thais were also included in the group freed by Hamas on Monday.", 4, True),
    (stage, FREED, 13, True),
    (stage, FREED, 17, False),
])
def test_a_group_of_the_count_is_not_the_count(extract: Extract, text: str, count: int,
                                               expected: bool) -> None:
    assert flagged(text, extract(text, count)) == ([PATHS[extract]] if expected else [])


WHOLE = "Russia freed 230 prisoners on Monday, including six civilians."


@pytest.mark.parametrize(("text", "count", "expected"), [
    (WHOLE, 230, True), (WHOLE, 6, False),
    ("Russia freed six civilians on Monday, including two children.", 6, False),
])
def test_the_whole_is_not_one_of_its_groups(text: str, count: int, expected: bool) -> None:
    item = BreakdownItem(category="civilians", count=count, evidence=Evidence(text=text))
    release = Release(released_by="Russia", received_by="Ukraine", count=230,
                      breakdown=[item], evidence=Evidence(text=text))
    extraction = ArticleExtraction(stages=[ExchangeStage(date=dt.date(2024, 1, 1),
                                                         releases=[release])])
    assert flagged(text, extraction) == (
        ["exchange.stages[2024-01-01].released[Russia].breakdown[civilians]"] if expected
        else [])
