"""A date with no words of its own, checked against the days the article names.

The article below is written for this test: published on a Monday, it names
Saturday for the strike and nothing else.
"""

from __future__ import annotations

import datetime as dt

import pytest

from summarizer.models import (
    Article,
    ArticleExtraction,
    Attack,
    Casualties,
    Evidence,
    FindingKind,
    Severity,
)
from summarizer.validate import check_article

MONDAY = dt.date(2025, 5, 26)
STRIKE = "Russian drones struck the port of Odesa, killing three people."
TEXT = f"The regional governor said on Saturday that the attack was over. {STRIKE}"
ARTICLE = Article(id="art", source="test", published=MONDAY, text=TEXT)


def _attack(date: dt.date, article: Article = ARTICLE) -> list[tuple[str, str, list[str]]]:
    extraction = ArticleExtraction(attacks=[Attack(
        date=date, attacker="Russia", targets=["Odesa"], evidence=Evidence(text=STRIKE),
        killed=Casualties(count=3, evidence=Evidence(text=STRIKE)))])
    return [(f.code.value, f.severity.value, f.facts)
            for f in check_article(article, extraction)[1]
            if f.kind is FindingKind.temporal and f.severity is Severity.error]


def test_a_day_beside_the_named_one_is_an_error() -> None:
    """Friday 23 May: the article names Saturday, never Friday."""
    assert _attack(dt.date(2025, 5, 23)) == [
        ("temporal.date_beside_named_day", "error", ["attacks[2025-05-23].date"])]


@pytest.mark.parametrize(("date", "why"), [
    (dt.date(2025, 5, 24), "the day the article names"),
    (dt.date(2025, 5, 25), "the day before publication needs no naming"),
    (dt.date(2025, 5, 21), "no named day beside it: nothing to check against"),
])
def test_dates_the_article_allows_or_cannot_judge(date: dt.date, why: str) -> None:
    assert _attack(date) == [], why


def test_an_article_that_names_no_day_gives_nothing_to_check() -> None:
    plain = ARTICLE.model_copy(update={"text": STRIKE})
    assert _attack(dt.date(2025, 5, 23), plain) == []


def test_a_night_names_the_day_after_it_too() -> None:
    """'Late Saturday night' in an article of Wednesday the 28th: Saturday the 24th and
    the Sunday morning after it are named; Monday the 26th, beside Sunday, is not."""
    night = ARTICLE.model_copy(update={
        "published": dt.date(2025, 5, 28), "text": f"It came late Saturday night. {STRIKE}"})
    assert _attack(dt.date(2025, 5, 24), night) == []
    assert _attack(dt.date(2025, 5, 25), night) == []
    assert _attack(dt.date(2025, 5, 26), night) == [
        ("temporal.date_beside_named_day", "error", ["attacks[2025-05-26].date"])]
