"""The words that tell an exchange's figures from others': an age, a promise, a release
made.

Each sentence is written for the test, in a different outlet's style; each rule has one
that it must leave alone. 'aged 29' and 'Noa Levi, 24 \u2013' are ages, not people freed; a
side that 'committed to releasing' 20 has freed none yet; the Red Cross's 'Committee' is
no commitment, so a release it took part in is no deal's figure, nor is one 'under the
truce' told as made, nor the people a plane carried once it 'had landed'.
"""

from __future__ import annotations

import pytest

from summarizer.models import Agreement, ArticleExtraction, Evidence, PartyCount
from tests.test_scope import flagged, stage

STAGE = ["exchange.stages[2024-01-01].released[Hamas].count"]

NAMES = ("Hamas freed three women on Sunday. The freed women \u2013 Dana Ofer, 31, and Noa "
         "Levi, 24 \u2013 are in hospital; Maya Cohen, also aged 29, went home.")
PROMISED = "Officials said Hamas had committed to releasing another 20 hostages on Friday."


@pytest.mark.parametrize(("text", "count", "expected"), [
    (NAMES, 24, True),
    (NAMES, 29, True),
    (NAMES, 3, False),
    (PROMISED, 20, True),
    ("Hamas released 20 hostages on Friday, as it had committed to.", 20, False),
    # an age in brackets after a name, and a range of ages
    ("Hamas freed Dana Ofer (31) and Noa Levi (24) on Sunday.", 31, True),
    ("Hamas freed 14 women on Sunday; they ranged in age from 19 to 71.", 19, True),
    ("Hamas freed 14 women on Sunday; they ranged in age from 19 to 71.", 14, False),
])
def test_an_age_or_a_promise_is_no_release(text: str, count: int, expected: bool) -> None:
    assert flagged(text, stage(text, count)) == (STAGE if expected else [])


MADE = {"The 12 hostages freed on Tuesday were handed to the International Committee of the "
        "Red Cross.": 12,
        "Israel has released 180 Palestinian prisoners under the ongoing truce.": 180,
        "The plane carrying 15 Saudi prisoners had landed in Riyadh.": 15}
TERMS = ("Under the truce, Israel is to release 180 Palestinian prisoners.",
         "Hamas committed to freeing 50 hostages under the deal.")


@pytest.mark.parametrize("text", [*MADE, *TERMS])
def test_a_release_made_is_no_deals_figure(text: str) -> None:
    count = MADE.get(text, 180 if "180" in text else 50)
    share = ArticleExtraction(agreement=Agreement(
        by_party=[PartyCount(party="Israel", count=count)], evidence=Evidence(text=text)))
    expected = ["exchange.agreed_total[Israel].count"] if text in MADE else []
    assert flagged(text, share) == expected


@pytest.mark.parametrize(("count", "expected"), [(120, True), (180, False)])
def test_the_deals_words_after_the_next_number_are_that_numbers(count: int,
                                                                 expected: bool) -> None:
    """'freed 120 of the 180 agreed': 120 is a release made, 180 the deal's."""
    text = "Israel has so far freed 120 prisoners of the 180 agreed in the truce."
    share = ArticleExtraction(agreement=Agreement(
        by_party=[PartyCount(party="Israel", count=count)], evidence=Evidence(text=text)))
    assert flagged(text, share) == (["exchange.agreed_total[Israel].count"] if expected else [])
