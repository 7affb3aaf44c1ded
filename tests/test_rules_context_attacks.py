"""The offline extractor on an attack told as context: another day's strike, told after the
opening paragraphs, which the lead does not name ("In another strike on Saturday, ...", "The
army said a drone killed two soldiers on Sunday"). It is no attack of the case: its toll,
weapons and places would be facts of no event the article reports. One the lead names, or
one of the news's day, is kept.

Every text here is written for the test.
"""

from __future__ import annotations

import datetime as dt

import pytest

from summarizer.backends.rules import RulesBackend
from summarizer.models import Article
from summarizer.text.time import resolve_extraction

TUESDAY = dt.date(2025, 5, 27)
SATURDAY = dt.date(2025, 5, 24)

Told = tuple[str | None, str | None, list[str], int | None]

LEAD = ("Health officials said at least 15 people were killed on Monday in an Israeli strike on "
        "a residential building in Khan Younis.\n\nRescue teams searched the rubble for "
        "survivors through the night, a local official said.\n\nThe army did not comment on "
        "the strike.\n\n")
HODEIDAH = ("\n\nFires burned at fuel depots, witnesses said.\n\nThe army said the port was used "
            "to ship weapons.\n\nThe Houthis launched a drone at Tel Aviv on Friday, killing one "
            "person.")


def told(text: str, published: dt.date) -> list[Told]:
    """Each attack's date, attacker, targets and killed."""
    article = Article(id="t", source="t", published=published, text=text)
    return [(a.date and a.date.isoformat(), a.attacker, a.targets, a.killed and a.killed.count)
            for a in resolve_extraction(RulesBackend().read(article), published).attacks]


@pytest.mark.parametrize("later", [
    "In another strike on Saturday, the ministry reported three dead in an Israeli strike on "
    "Rafah.",
    "The Israeli military said a Hamas drone killed two soldiers near the border on Sunday.",
    "Hamas said on Saturday it had fired a barrage of rockets at Ashkelon, wounding three "
    "people.",
])
def test_another_days_attack_told_later_is_context(later: str) -> None:
    assert told(LEAD + later, TUESDAY) == [("2025-05-26", "Israel", ["Khan Younis"], 15)]


def test_an_attack_of_the_news_day_told_later_is_kept() -> None:
    later = "Meanwhile, an Israeli drone strike killed two people in Rafah on Monday, medics said."
    assert told(LEAD + later, TUESDAY) == [("2025-05-26", "Israel", ["Khan Younis"], 15),
                                          ("2025-05-26", "Israel", ["Rafah"], 2)]


@pytest.mark.parametrize("answered", ["in retaliation for a Houthi drone attack",
                                      "after a deadly attack by the Houthis"])
def test_an_attack_the_lead_names_is_kept(answered: str) -> None:
    """The lead tells the strike as an answer to the other side's attack, which a later
    paragraph tells in full: both are the news."""
    lead = f"Israeli jets struck the port of Hodeidah on Saturday, {answered}."
    assert told(lead + HODEIDAH, SATURDAY) == [("2025-05-24", "Israel", [], None),
                                              ("2025-05-23", "Houthis", ["Tel Aviv"], 1)]


def test_an_attack_the_lead_does_not_name_is_context() -> None:
    lead = "Israeli jets struck the port of Hodeidah on Saturday."
    assert told(lead + HODEIDAH, SATURDAY) == [("2025-05-24", "Israel", [], None)]
