"""The rules backend on one swap told in the words of different outlets.

Each test is text written for it: the same facts told in the wordings outlets
vary (a superlative measuring the swap against the war, a capital for its
government, the releasing side described before its name, another release
verb). The expected facts are exact and the same for every wording.
"""

from __future__ import annotations

import datetime as dt

import pytest

from summarizer.backends.rules import RulesBackend
from summarizer.facts import iter_facts
from summarizer.models import Article
from summarizer.text.time import resolve_extraction

SUNDAY = dt.date(2025, 6, 15)
SATURDAY = "stages[2025-06-14].released"


def exchange(text: str) -> dict[str, object]:
    article = Article(id="t", source="t", published=SUNDAY, text=text)
    extraction = resolve_extraction(RulesBackend().read(article), SUNDAY)
    return {f.path.removeprefix("exchange."): f.value for f in iter_facts(extraction)
            if f.path.startswith("exchange.")}


@pytest.mark.parametrize("text", [
    "Russia and Ukraine swapped 150 prisoners each on Saturday.",
    "Russia and Ukraine swapped 150 prisoners each on Saturday in the largest exchange since "
    "the start of the war.",
    "Russia and Ukraine on Saturday freed 150 prisoners each in their first swap since last "
    "year.",
    "In the largest swap since Russia\u2019s full-scale invasion, Russia and Ukraine freed 150 "
    "prisoners each on Saturday.",
])
def test_a_superlative_since_the_war_measures_the_swap_it_does_not_date_it(text: str) -> None:
    """ "The largest exchange since the war began" compares this swap with history: the
    swap is news, not background, and its count is no running total."""
    assert exchange(text) == {f"{SATURDAY}[Russia].count": 150,
                              f"{SATURDAY}[Ukraine].count": 150}
