"""The rules backend on countries a release report names that are no side of it.

Each test is text written for it. A side frees, hands over, receives or holds people; a
country that only heads the report as where it was filed, says where a city is, or
qualifies a noun ("Russia-mediated talks", "a British-based monitor") neither releases nor
receives anyone, however often it is named.
"""

from __future__ import annotations

import datetime as dt

import pytest

from summarizer.backends.rules import RulesBackend
from summarizer.models import Article


def releases(text: str) -> list[tuple[str | None, str | None, int | None]]:
    article = Article(id="t", source="t", published=dt.date(2025, 4, 20), text=text)
    return [(r.released_by, r.received_by, r.count)
            for stage in RulesBackend().read(article).stages for r in stage.releases]


def test_the_country_of_a_report_s_dateline_is_no_side() -> None:
    assert releases("DOHA, Qatar (AP) \u2014 Venezuela freed 10 Americans on Saturday in "
                    "exchange for one Venezuelan held in the United States.") == [
        ("Venezuela", "United States", 10), ("United States", "Venezuela", 1)]


@pytest.mark.parametrize("text", [
    "Azerbaijan on Saturday handed over 10 Armenian soldiers after Russia-mediated talks.",
    "A British-based monitoring group said Azerbaijan on Saturday handed over 10 Armenian "
    "soldiers.",
    "A US-backed monitoring group said Azerbaijan on Saturday handed over 10 Armenian soldiers.",
])
def test_a_country_that_qualifies_a_noun_is_no_side(text: str) -> None:
    assert releases(text) == [("Azerbaijan", "Armenia", 10)]


def test_a_country_that_says_where_a_city_is_is_no_side() -> None:
    assert releases("Hezbollah on Saturday handed over one Israeli captive in a swap with "
                    "Israel. The plane carrying the freed man left Beirut, Lebanon, at dawn. "
                    "Crowds in Beirut, Lebanon, cheered the freed prisoners.") == [
        ("Hezbollah", "Israel", 1)]


def test_a_name_told_again_in_brackets_is_no_side_where_its_name_was_none() -> None:
    """'linked to Islamic State' names the group's sponsor, and '(ISIS)' only repeats it."""
    assert releases("Boko Haram freed 21 hostages on Saturday, a Nigerian government official "
                    "said. The group, linked to Islamic State (ISIS), had held the hostages for "
                    "months.") == [("Boko Haram", "Nigeria", 21)]
