"""A date that one article names nowhere, where another article names it for the same event.

The two articles are written for this test: a Sunday report of a Saturday strike on
Odesa, and a Wednesday follow-up that names Tuesday for the funerals and never the day of
the strike.
"""

from __future__ import annotations

import datetime as dt

import pytest

from summarizer import Article, ArticleExtraction, ArticleResult
from summarizer.merge import merge
from summarizer.models import Attack, Casualties, Evidence, FindingCode, Severity
from summarizer.pipeline import check

STRIKE = "Russian drones struck Odesa on Saturday, killing three people."
LATER = "Russian drones struck Odesa, killing three people."
FIRST = Article(id="first", source="Daily One", published=dt.date(2025, 5, 25), text=STRIKE)
FOLLOW_UP = Article(id="later", source="Weekly Two", published=dt.date(2025, 5, 28),
                    text=f"Funerals were held on Tuesday. {LATER}")
SATURDAY = dt.date(2025, 5, 24)


def _result(article: Article, sentence: str, when: str | None, date: dt.date | None
            ) -> ArticleResult:
    attack = Attack(time_expression=when, date=date, attacker="Russia", targets=["Odesa"],
                    evidence=Evidence(text=sentence),
                    killed=Casualties(count=3, evidence=Evidence(text=sentence)))
    checked, findings = check(article, ArticleExtraction(attacks=[attack]))
    return ArticleResult(article_id=article.id, source=article.source,
                         published=article.published, backend="scripted",
                         extraction=checked, findings=findings)


def _named_nowhere(results: list[ArticleResult]) -> list[tuple[Severity, str]]:
    return [(f.severity, f.message) for f in merge(results).findings
            if f.code is FindingCode.date_named_nowhere]


def test_the_follow_up_alone_names_the_day_nowhere() -> None:
    """Saturday, four days before Wednesday's paper, which names only Tuesday."""
    assert [s for s, _ in _named_nowhere([_result(FOLLOW_UP, LATER, None, SATURDAY)])] == [
        Severity.error]


def test_another_articles_words_for_the_same_event_make_it_a_note() -> None:
    """The first article says 'on Saturday' of the same strike: a model reading the
    follow-up alone would leave the date empty and the merge would date it Saturday from
    the first, so the follow-up's Saturday is supported, by the other outlet."""
    found = _named_nowhere([_result(FIRST, STRIKE, "on Saturday", None),
                            _result(FOLLOW_UP, LATER, None, SATURDAY)])
    assert found == [(Severity.info, "the attack by Russia on Odesa is dated 2025-05-24 "
                      "(Saturday), 4 days before the article was published, a day it names "
                      "nowhere, though it names others. Another source's own words give the "
                      "event that day.")]


@pytest.mark.parametrize(("when", "date", "why"), [
    ("on Friday", None, "the other article names another day"),
    (None, SATURDAY, "the other article's Saturday has no words of its own either"),
])
def test_the_error_stays_unless_another_articles_words_name_that_day(
    when: str | None, date: dt.date | None, why: str
) -> None:
    first = FIRST.model_copy(update={"text": STRIKE.replace(" on Saturday", "")
                                     if when is None else STRIKE.replace("Saturday", "Friday")})
    sentence = first.text
    found = _named_nowhere([_result(first, sentence, when, date),
                            _result(FOLLOW_UP, LATER, None, SATURDAY)])
    assert [s for s, _ in found] == [Severity.error], why
