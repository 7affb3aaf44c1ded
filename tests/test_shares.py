"""Shares: a deal's number is one side's share only where that side releases it.

Each sentence is written for the test, in the styles outlets write deals in: the two
shares in one sentence, what a side gets in return, and the deal's whole figure.
"""

from __future__ import annotations

import datetime as dt

import pytest

from summarizer.models import (
    Agreement,
    Article,
    ArticleExtraction,
    Evidence,
    FindingKind,
    PartyCount,
)
from summarizer.pipeline import check


def unsupported(text: str, shares: dict[str, int]) -> list[str]:
    art = Article(id="a", source="outlet", published=dt.date(2024, 1, 2), text=text)
    deal = ArticleExtraction(agreement=Agreement(
        by_party=[PartyCount(party=p, count=c) for p, c in shares.items()],
        evidence=Evidence(text=text)))
    return [p for f in check(art, deal)[1] if f.kind is FindingKind.support for p in f.facts]


def share(side: str) -> str:
    return f"exchange.agreed_total[{side}].count"


BOTH = ("Under the accord, the Houthis are to free 400 detainees, while the Yemeni government "
        "will release 681 Houthi fighters.")

SWAP = "Under the agreement, Kyiv will hand over 90 soldiers and Moscow is to return 120."


@pytest.mark.parametrize(("text", "shares", "expected"), [
    # each side's own number: supported
    (BOTH, {"Houthis": 400, "Yemeni government": 681}, []),
    # the other side's number: the government frees 681 Houthis, the Houthis 400
    (BOTH, {"Houthis": 681, "Yemeni government": 400},
     [share("Houthis"), share("Yemeni government")]),
    (SWAP, {"Ukraine": 90, "Russia": 120}, []),
    (SWAP, {"Ukraine": 120, "Russia": 90}, [share("Ukraine"), share("Russia")]),
])
def test_a_number_another_side_releases_is_not_this_sides_share(
        text: str, shares: dict[str, int], expected: list[str]) -> None:
    assert unsupported(text, shares) == expected

RETURN = ("Venezuela agreed to free 24 prisoners, among them six Americans, in exchange for "
          "one jailed ally of the president.")


@pytest.mark.parametrize(("text", "shares", "expected"), [
    (RETURN, {"Venezuela": 1}, [share("Venezuela")]),
    (RETURN, {"Venezuela": 24, "United States": 1}, []),
    # one part of the share is not the share
    (RETURN, {"Venezuela": 6}, [share("Venezuela")]),
    ("The Taliban will free 400 and receive 681 under the deal.", {"Taliban": 400}, []),
    ("The Taliban will free 400 and receive 681 under the deal.", {"Taliban": 681},
     [share("Taliban")]),
    # what the other side gets back is its own share, here Israel's
    ("Hamas will release 30 hostages in return for 90 prisoners, Israel said.",
     {"Hamas": 90}, [share("Hamas")]),
    ("Hamas will release 30 hostages in return for 90 prisoners, Israel said.",
     {"Hamas": 30, "Israel": 90}, []),
])
def test_what_a_side_gets_back_is_the_other_sides_share(
        text: str, shares: dict[str, int], expected: list[str]) -> None:
    assert unsupported(text, shares) == expected


@pytest.mark.parametrize(("text", "shares", "expected"), [
    ("The two sides agreed in 2019 to swap 9,000 detainees.", {"Houthis": 9000},
     [share("Houthis")]),
    ("Armenia and Azerbaijan agreed to exchange 40 prisoners, officials said.",
     {"Armenia": 40, "Azerbaijan": 40}, [share("Armenia"), share("Azerbaijan")]),
    ("Saudi Arabia and the Houthis agreed in Geneva to swap 900 detainees.",
     {"Houthis": 900}, [share("Houthis")]),
    # a mediator is not a releaser
    ("Under a deal brokered by Qatar and Egypt, Hamas will free 50 hostages.",
     {"Hamas": 50}, []),
    ("Qatar and Egypt said Hamas will free 50 hostages.", {"Hamas": 50}, []),
    ("Qatar and Egypt confirmed in a statement that Hamas will free 50 hostages.",
     {"Hamas": 50}, []),
    # 'each' makes the number a share of either side
    ("Russia and Ukraine agreed to swap 500 prisoners each.", {"Russia": 500, "Ukraine": 500},
     []),
    # so do the other words of an even swap (lexicon.EACH), but not 'as many as', a bound
    ("Armenia and Azerbaijan agreed to exchange 40 prisoners one-for-one.",
     {"Armenia": 40, "Azerbaijan": 40}, []),
    ("Armenia and Azerbaijan agreed to exchange 40 prisoners for as many soldiers.",
     {"Armenia": 40, "Azerbaijan": 40}, []),
    ("Armenia and Azerbaijan agreed to exchange as many as 40 prisoners.",
     {"Armenia": 40, "Azerbaijan": 40}, [share("Armenia"), share("Azerbaijan")]),
    # the other side's number beside it says whose share each is
    ("Israel and Hamas agreed to exchange 50 hostages for 150 prisoners.",
     {"Israel": 150, "Hamas": 50}, []),
])
def test_a_number_both_sides_release_together_is_the_whole_deals(
        text: str, shares: dict[str, int], expected: list[str]) -> None:
    assert unsupported(text, shares) == expected
