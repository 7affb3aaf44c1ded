"""Not people: an exchange's number that counts days, sides or the planes that flew.

Every sentence is written for the test, in several outlets' styles; each flagged number
has the number of people of the same sentence beside it, left alone, and a span that is
no noun of the number ('over two days') leaves it alone too.
"""

from __future__ import annotations

import pytest

from summarizer.models import Agreement, ArticleExtraction, Evidence
from tests.test_scope import flagged, stage

STAGE = ["exchange.stages[2024-01-01].released[Hamas].count"]


SPANS = {  # sentence: (the number of no people, the number freed)
    "Hamas freed three hostages after 15 long months in captivity.": (15, 3),
    "The truce was extended by two more days, and Hamas released 10 hostages.": (2, 10),
    "Two Red Cross planes carrying 120 prisoners freed by Hamas took off.": (2, 120),
    "The Red Cross said 5 of its planes flew the 40 prisoners that Hamas released.": (5, 40),
}


@pytest.mark.parametrize(("text", "numbers"), SPANS.items())
def test_a_span_or_a_plane_is_no_release(text: str, numbers: tuple[int, int]) -> None:
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
