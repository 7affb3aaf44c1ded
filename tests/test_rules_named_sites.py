"""A site told by its own name with the place it lies in ("attacked the Zorin Express in
Balochistan"): the site is what was aimed at, so the place is no target, and it stays a
place hit. A thing hit with no name of its own leaves the place the target.

Every text is written for the test; "Zorin", "Talbir" and "Mirab" are invented.
"""

from __future__ import annotations

import datetime as dt

import pytest

from summarizer.backends.rules import RulesBackend
from summarizer.models import Article


def targets_and_regions(text: str) -> tuple[list[str], list[str]]:
    article = Article(id="t", source="t", published=dt.date(2025, 3, 12), text=text)
    (attack,) = RulesBackend().read(article).attacks
    return attack.targets, attack.regions


@pytest.mark.parametrize(("text", "place"), [
    ("Militants attacked the Zorin Express in Balochistan on Tuesday, killing 21 passengers.",
     "Balochistan"),
    ("Gunmen attacked the Talbir Grand Hotel in Mogadishu on Friday, killing 12 people.",
     "Mogadishu"),
    ("Militants stormed the Mirab Cadet College in Peshawar on Monday, killing nine students.",
     "Peshawar"),
])
def test_a_place_that_only_locates_a_named_site_is_no_target(text: str, place: str) -> None:
    assert targets_and_regions(text) == ([], [place])


def test_a_country_s_capital_named_after_a_site_is_a_place_hit() -> None:
    assert targets_and_regions(
        "A blast at the finance ministry in Somalia's capital Mogadishu killed 12 people on "
        "Saturday.") == ([], ["Mogadishu"])


@pytest.mark.parametrize(("text", "place"), [
    ("A Russian drone struck an apartment block in Odesa on Tuesday, killing two people.",
     "Odesa"),
    ("An Israeli strike killed the Hezbollah commander in Beirut on Tuesday, the army said.",
     "Beirut"),
    ("Officials said the missile attack on Monday in Kyiv killed four people.", "Kyiv"),
])
def test_a_thing_hit_without_a_name_of_its_own_leaves_the_place_the_target(
        text: str, place: str) -> None:
    assert targets_and_regions(text) == ([place], [place])
