"""Days the rules backend refuses to give an attack: a weekday written with a date it does
not fall on ("on Thursday, May 23" where May 23 is a Friday), and the day of another attack
a later sentence tells, for news an article dates only by its report ("Hamas said on Monday
it fired rockets ... On Sunday, Israeli strikes killed five in Rafah").

The sentences are the test's own, in several outlets' styles.
"""

from __future__ import annotations

import datetime as dt

import pytest

from summarizer.backends.rules import RulesBackend
from summarizer.models import Article
from summarizer.text.time import resolve_extraction

SUNDAY = dt.date(2025, 5, 25)
MONDAY = dt.date(2024, 5, 27)


def attacks(text: str, published: dt.date) -> list[tuple[str | None, str | None, str | None]]:
    article = Article(id="t", source="t", published=published, text=text)
    return [(str(a.date) if a.date else None, a.time_expression, a.attacker)
            for a in resolve_extraction(RulesBackend().read(article), published).attacks]


@pytest.mark.parametrize(("text", "expected"), [
    ("Gunmen killed 20 worshippers at a mosque in the village of Zorinsk on Thursday, May 23, "
     "officials said.", (None, "on Thursday, May 23", "gunmen")),
    ("Islamist militants killed 20 worshippers in Zorinsk, officials said. The attack occurred "
     "on Thursday, May 23, during prayers.", (None, None, "militants")),
])
def test_a_weekday_against_its_date_dates_no_attack(
        text: str, expected: tuple[None, str | None, str]) -> None:
    """May 23, 2025 was a Friday: the weekday or the date is wrong, and the article does
    not say which."""
    assert attacks(text, SUNDAY) == [expected]


def test_a_weekday_that_agrees_with_its_date_dates_the_attack() -> None:
    assert attacks("Islamist militants killed 20 worshippers in Zorinsk, officials said. The "
                   "attack occurred on Friday, May 23, during prayers.", SUNDAY) == [
        ("2025-05-23", "on Friday, May 23", "militants")]


@pytest.mark.parametrize(("text", "news", "other"), [
    ("Hamas said on Monday it had fired a barrage of rockets at Tel Aviv. On Sunday, Israeli "
     "strikes killed five people in Rafah, medics said.", "Hamas", "Israel"),
    ("The Houthis said on Monday they had launched a missile at Tel Aviv. On Sunday, US "
     "warplanes bombed Hodeidah, killing three people.", "Houthis", "United States"),
])
def test_news_dated_by_its_report_does_not_take_another_attack_s_day(
        text: str, news: str, other: str) -> None:
    """The later sentence tells an attack of its own (another side's): its day is that
    attack's, and the news keeps the day it was reported."""
    assert attacks(text, MONDAY) == [("2024-05-27", "on Monday", news),
                                     ("2024-05-26", "On Sunday", other)]


def test_news_dated_by_its_report_takes_the_day_a_sentence_about_it_gives() -> None:
    """Left alone: a later sentence that tells no attack of its own dates the news."""
    assert attacks("Police said on Monday that gunmen had killed four villagers in Zorinsk. "
                   "The gunmen stormed the village on Saturday, residents said.", MONDAY) == [
        ("2024-05-25", "on Saturday", "gunmen")]
