"""Added: a number told as an addition to a deal ('20 additional hostages', 'ten more') is
not the deal's figure (issue 19, `misassign`).

Every sentence is written for the test, in several outlets' styles, with the deal's own
figure beside it, left alone.
"""

from __future__ import annotations

import pytest

from summarizer.models import Agreement, ArticleExtraction, Evidence
from tests.test_scope import flagged

TOTAL = ["exchange.agreed_total.count"]


@pytest.mark.parametrize(("text", "total", "expected"), [
    ("Hamas had agreed to release 20 additional hostages over the next two days, on top of "
     "the 50 in the original deal.", 20, TOTAL),
    ("Hamas had agreed to release 20 additional hostages over the next two days, on top of "
     "the 50 in the original deal.", 50, []),
    ("Under the extension, the group agreed to free another 10 captives for each extra day.",
     10, TOTAL),
    ("The sides agreed to swap ten more prisoners after the 1,000-for-1,000 deal.", 10, TOTAL),
    ("Under the deal, Hamas agreed to free 50 hostages during a four-day truce.", 50, []),
])
def test_an_addition_to_a_deal_is_not_its_figure(text: str, total: int,
                                                 expected: list[str]) -> None:
    deal = ArticleExtraction(agreement=Agreement(total=total, evidence=Evidence(text=text)))
    assert flagged(text, deal) == expected
