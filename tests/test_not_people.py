"""Not people: an exchange's number that counts days, sides or the planes that flew.

Every sentence is written for the test, in several outlets' styles; each flagged number
has the number of people of the same sentence beside it, left alone, and a span that is
no noun of the number ('over two days') leaves it alone too.
"""

from __future__ import annotations

import datetime as dt

import pytest

from summarizer.models import (
    Agreement,
    ArticleExtraction,
    BreakdownItem,
    CumulativeTotal,
    Evidence,
)
from tests.test_scope import flagged, stage

STAGE = ["exchange.stages[2024-01-01].released[Hamas].count"]


SPANS = {  # sentence: (the number of no people, the number freed)
    "Hamas freed three hostages after 15 long months in captivity.": (15, 3),
    "The truce was extended by two more days, and Hamas released 10 hostages.": (2, 10),
    "Two Red Cross planes carrying 120 prisoners freed by Hamas took off.": (2, 120),
    "The Red Cross said 5 of its planes flew the 40 prisoners that Hamas released.": (5, 40),
    "Hamas freed 14 hostages, whom a Gaza court had never charged, a day after a "
    "two-and-a-half hour call.": (2, 14),
    "The strip, home to 2.2 million people, saw Hamas free 14 hostages on Monday.": (2200000,
                                                                                     14),
    "Hamas freed 14 hostages as Israel said it shot down 3 rockets fired from Gaza.": (3, 14),
    "Hamas released 14 hostages, hours after firing two long-range missiles at Tel Aviv.": (
        2, 14),
    "Today is one of such days: Hamas has freed 14 hostages, the president said.": (1, 14),
}


@pytest.mark.parametrize(("text", "numbers"), SPANS.items())
def test_a_span_a_plane_or_a_weapon_is_no_release(text: str, numbers: tuple[int, int]
                                                  ) -> None:
    wrong, right = numbers
    assert flagged(text, stage(text, wrong)) == STAGE
    assert flagged(text, stage(text, right)) == []


@pytest.mark.parametrize("text", [
    "Hamas released 12 hostages over two days.",
    "Hamas freed 12 as both sides prepared the next exchange.",
    "Hamas released 12 while the two sides argued over the list.",
])
def test_what_follows_the_number_is_no_noun_of_it(text: str) -> None:
    """A span the release took, or a clause of its own after 'as' or 'while': its noun is
    not the number's."""
    assert flagged(text, stage(text, 12)) == []


DEAL = "After three or four weeks of talks the two sides agreed to swap 1,000 prisoners."


@pytest.mark.parametrize(("total", "expected"), [(3, True), (2, True), (1000, False)])
def test_weeks_of_talks_or_the_sides_are_no_deal(total: int, expected: bool) -> None:
    deal = ArticleExtraction(agreement=Agreement(total=total, evidence=Evidence(text=DEAL)))
    assert flagged(DEAL, deal) == (["exchange.agreed_total.count"] if expected else [])


def test_leaders_are_people() -> None:
    """'The two leaders' made the deal; leaders can be what a release freed too."""
    text = "Gunmen freed 5 tribal leaders they had abducted, police said on Monday."
    assert flagged(text, stage(text, 5, by="gunmen", to="Nigeria")) == []


def test_a_breakdown_item_counts_people_too() -> None:
    """'Two nations' stands beside a category's word as it does beside a release's."""
    text = ("Kyiv said 190 soldiers and 12 civilians were freed, the 30th swap between the two "
            "nations this year.")
    for count, expected in ((2, True), (12, False)):
        extraction = stage(text, 202, by="Russia", to="Ukraine")
        extraction.stages[0].releases[0].breakdown = [
            BreakdownItem(category="civilians", count=count, evidence=Evidence(text=text))]
        assert ("exchange.stages[2024-01-01].released[Russia].breakdown[civilians]" in
                flagged(text, extraction)) is expected


@pytest.mark.parametrize(("text", "count", "expected"), [
    ("Since the truce began Israel has freed 150 prisoners; 14,000 people have been killed "
     "in Gaza since October, the ministry says.", 14000, True),
    ("Since the truce began Israel has freed 150 prisoners; 14,000 people have been killed "
     "in Gaza since October, the ministry says.", 150, False),
    # a return of the dead: the words of death say who was returned
    ("So far Kyiv has brought home the bodies of 6,000 soldiers killed in the fighting.",
     6000, False),
])
def test_a_toll_is_no_running_total(text: str, count: int, expected: bool) -> None:
    received_by = "Ukraine" if "Kyiv" in text else "Palestinians"
    total = CumulativeTotal(received_by=received_by, count=count, as_of=dt.date(2024, 1, 2),
                            evidence=Evidence(text=text))
    assert flagged(text, ArticleExtraction(cumulative=[total])) == (
        ["exchange.cumulative[2024-01-02].count"] if expected else [])


def test_people_named_after_a_weapon_are_freed() -> None:
    text = "Russia returned 12 drone operators captured near Kursk, Kyiv said."
    assert flagged(text, stage(text, 12, by="Russia", to="Ukraine")) == []
