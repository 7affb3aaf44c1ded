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


def _named_nowhere(results: list[ArticleResult],
                   code: FindingCode = FindingCode.date_named_nowhere
                   ) -> list[tuple[Severity, str]]:
    return [(f.severity, f.message) for f in merge(results).findings if f.code is code]


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


MISDAYED = "The toll of Sunday's Russian drone strike on Odesa rose to three."
"""A later outlet's copy that calls Saturday's strike Sunday's."""
MISDAYED_COPY = Article(id="later", source="Weekly Two", published=dt.date(2025, 5, 27),
                        text=MISDAYED)


def _beside(results: list[ArticleResult]) -> list[tuple[Severity, str]]:
    return _named_nowhere(results, FindingCode.date_beside_named_day)


def test_a_copy_naming_the_day_beside_is_an_error_alone() -> None:
    """Saturday, in a copy whose only day is Sunday: off by one from its own words."""
    assert [s for s, _ in _beside([_result(MISDAYED_COPY, MISDAYED, None, SATURDAY)])] == [
        Severity.error]


def test_a_copy_naming_the_day_beside_is_a_warning_where_another_names_the_day() -> None:
    """The first article's own words give the strike Saturday: the summary's date is
    supported by that outlet, and the copy's 'Sunday' is the outlets disagreeing on a
    day, which the merge reports as a warning, never as an error on a correct date."""
    found = _beside([_result(FIRST, STRIKE, "on Saturday", None),
                     _result(MISDAYED_COPY, MISDAYED, None, SATURDAY)])
    assert found == [(Severity.warning, "the attack by Russia on Odesa is dated 2025-05-24 "
                      "(Saturday), a day the article names nowhere; it names 2025-05-25 "
                      "(Sunday). Another source's own words give the event that day.")]
