"""Days named in words the time grammar does not read, and spans, against the date checks.

The article below is written for these tests: published on Friday 30 May 2025, it names
Thursday for funerals (the day of something that happened, given to no report), and its
strike sentence says when the strike was in words of its own kind.
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
from summarizer.validate.unread_days import unread_days, unread_single_days

FRIDAY = dt.date(2025, 5, 30)
FUNERALS = "Funerals were held on Thursday."


def _errors(strike: str, date: dt.date, opening: str = FUNERALS) -> list[str]:
    article = Article(id="art", source="test", published=FRIDAY, text=f"{opening} {strike}")
    extraction = ArticleExtraction(attacks=[Attack(
        date=date, attacker="Russia", targets=["Odesa"], evidence=Evidence(text=strike),
        killed=Casualties(count=3, evidence=Evidence(text=strike)))])
    return [f.code.value for f in check_article(article, extraction)[1]
            if f.kind is FindingKind.temporal and f.severity is Severity.error]


def test_a_day_long_before_named_nowhere_is_an_error() -> None:
    """Monday the 26th, four days before Friday's paper, which names Thursday only."""
    assert _errors("Russian drones struck Odesa, killing three people.",
                   dt.date(2025, 5, 26)) == ["temporal.date_named_nowhere"]


@pytest.mark.parametrize(("when", "date"), [
    ("on Christmas Day", dt.date(2024, 12, 25)),
    ("on Christmas Eve", dt.date(2024, 12, 24)),
    ("on New Year's Eve", dt.date(2024, 12, 31)),
    ("on New Year's Day", dt.date(2025, 1, 1)),
    ("on the 26th", dt.date(2025, 5, 26)),
    ("on the 26th of May", dt.date(2025, 5, 26)),
    ("on 5/26", dt.date(2025, 5, 26)),
    ("on 26/5", dt.date(2025, 5, 26)),
    ("on 26.05.2025", dt.date(2025, 5, 26)),
    ("on 2025-05-26", dt.date(2025, 5, 26)),
    ("on Mon.", dt.date(2025, 5, 26)),
    ("on monday", dt.date(2025, 5, 26)),
    ("on MONDAY", dt.date(2025, 5, 26)),
    ("three nights ago", dt.date(2025, 5, 27)),
    ("the night before last", dt.date(2025, 5, 28)),
    ("the day before yesterday", dt.date(2025, 5, 28)),
    ("over the past 72 hours", dt.date(2025, 5, 27)),
    ("in the last 48 hours", dt.date(2025, 5, 28)),
    ("earlier this month", dt.date(2025, 5, 12)),
    ("last month", dt.date(2025, 4, 12)),
    ("in a weekend attack", dt.date(2025, 5, 25)),
    ("since the weekend", dt.date(2025, 5, 25)),
])
def test_a_day_named_in_words_time_does_not_read_is_named(when: str, date: dt.date) -> None:
    """Each is the right date for its words, in an article that names another day:
    neither 'named nowhere' two days or more before publication, nor the day beside
    Thursday moved by one."""
    assert _errors(f"Russian drones struck Odesa {when}, killing three people.", date) == []


@pytest.mark.parametrize("strike", [
    "After days of shelling, Russian drones struck Odesa, killing three people.",
    "Russian drones have struck Odesa for weeks, killing three people.",
    "Russian drones struck Odesa a month ago, killing three people.",
    "Russian drones struck Odesa recently, killing three people.",
    "Russian drones struck Odesa in recent days, killing three people.",
])
def test_an_article_that_dates_by_a_span_gives_nothing_to_check_against(strike: str) -> None:
    """Monday the 26th, four days before publication: a span from no named day leaves
    every day of it possible."""
    assert _errors(strike, dt.date(2025, 5, 26)) == []


def test_the_day_before_yesterday_is_not_yesterday() -> None:
    """In Friday's paper it is Wednesday the 28th, which the strike's evidence names (not
    Thursday, the 'yesterday' in its words): Wednesday is right, Tuesday beside it is
    moved by one."""
    strike = "Russian drones struck Odesa the day before yesterday, killing three people."
    assert _errors(strike, dt.date(2025, 5, 28), opening="") == []
    assert _errors(strike, dt.date(2025, 5, 27), opening="") == [
        "temporal.date_beside_named_day"]


def test_a_verb_is_no_span_of_hours() -> None:
    """'set to last 30 hours' counts no hours back from publication: Wednesday the 28th,
    two days before it and in an article that names Monday, is still named nowhere."""
    assert _errors("Russian drones struck Odesa, killing three people.", dt.date(2025, 5, 28),
                   "Funerals were held on Monday. The truce was set to last 30 hours.") == [
        "temporal.date_named_nowhere"]


@pytest.mark.parametrize(("text", "days"), [
    ("on Christmas Eve", [dt.date(2024, 12, 24), dt.date(2024, 12, 25)]),
    ("on the 28th", [dt.date(2025, 4, 28), dt.date(2025, 5, 28)]),
    ("on the 31st", []),
    ("on 5/6", [dt.date(2024, 6, 5), dt.date(2025, 5, 6)]),
    ("three nights ago", [dt.date(2025, 5, 27), dt.date(2025, 5, 28)]),
    ("3.5 million people", []),
])
def test_unread_days_reads_each_day_up_to_publication(text: str, days: list[dt.date]) -> None:
    """A feast's eve is a night (both days); 'the 28th' is this month's or the last's, and
    'the 31st' neither, since May's is still to come and April has none; '5/6' taken
    both ways round is 6 May or the last 5 June before publication; a decimal is no
    date."""
    assert sorted(unread_days(text, FRIDAY)) == days
    assert unread_days(text, None) == frozenset()


@pytest.mark.parametrize(("words", "single"), [
    ("Drones struck Odesa on the 26th.", True),
    ("Drones struck Odesa two days ago.", True),
    ("Drones struck Odesa on monday.", True),
    ("Drones struck Odesa over the past 72 hours.", False),
    ("Drones struck Odesa twice last month.", False),
    ("A weekend attack hit Odesa.", False),
])
def test_a_span_names_no_day_one_by_one(words: str, single: bool) -> None:
    """A day of the month, a count of days back or a weekday in small letters names a
    day; the past 72 hours, last month or the weekend name every day of a span and none
    of them one by one, though each is a day a date may be (`unread_days`)."""
    assert bool(unread_single_days(words, FRIDAY)) is single
    assert unread_days(words, FRIDAY)
