"""The offline extractor on the words that name who struck: a side named by its forces, and
a demonym that only tells where a strike landed or who reported it. Every text here is written
for the test."""

from __future__ import annotations

import datetime as dt

import pytest

from summarizer.backends.rules import RulesBackend
from summarizer.models import Article
from summarizer.text.time import resolve_extraction

SATURDAY = dt.date(2025, 5, 24)


def attackers(text: str) -> list[str | None]:
    article = Article(id="t", source="t", published=SATURDAY, text=text)
    return [a.attacker for a in resolve_extraction(RulesBackend().read(article), SATURDAY).attacks]


@pytest.mark.parametrize("text", [
    "The Kursk and Bryansk regions of Russia came under heavy drone attacks overnight, the "
    "governors said on Saturday.",
    "Russian Telegram channels report drone strikes on an oil depot in Bryansk on Friday.",
    "Russian towns along the border faced heavy shelling on Friday, officials said.",
])
def test_a_demonym_that_a_strike_befell_or_that_tells_of_it_is_no_attacker(text: str) -> None:
    """The demonym is the subject of what befell it or of the report, not the strike's side."""
    assert "Russia" not in attackers(text)
