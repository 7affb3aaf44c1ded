"""A weekday told with a report ("police said Friday", "On Friday, a spokesman said") dates
the report, not the attack: the attack takes the time a sentence gives it, when one does.

The sentences are the test's own.
"""

from __future__ import annotations

import datetime as dt

import pytest

from summarizer.backends.rules import RulesBackend
from summarizer.models import Article
from summarizer.text.time import resolve_extraction

SATURDAY = dt.date(2025, 5, 24)


def days(text: str) -> list[tuple[str | None, str | None]]:
    article = Article(id="t", source="t", published=SATURDAY, text=text)
    return [(str(a.date) if a.date else None, a.time_expression)
            for a in resolve_extraction(RulesBackend().read(article), SATURDAY).attacks]


@pytest.mark.parametrize(("text", "expected"), [
    ("Police in Kaduna said Friday that gunmen killed five people in an attack on a village. "
     "A resident told reporters the attackers, suspected to be bandits, stormed the village on "
     "Thursday evening and opened fire.", [("2025-05-22", "on Thursday evening")]),
    ("Gunmen killed five people in an attack on a village in Kaduna. However, on Friday, a "
     "police spokesman said the gunmen struck the village on Wednesday night.",
     [("2025-05-21", "on Wednesday night")]),
    ("Officials said on Friday a drone hit a depot in Belgorod.", [("2025-05-23", "on Friday")]),
    ("Russian forces on Friday launched 40 drones at Odesa.", [("2025-05-23", "on Friday")]),
    ("Gunmen on Thursday stormed Zorin village, killing 5.", [("2025-05-22", "on Thursday")]),
])
def test_the_attack_takes_its_own_time_over_its_reports(
        text: str, expected: list[tuple[str | None, str | None]]) -> None:
    assert days(text) == expected


@pytest.mark.parametrize("report", [
    "Officials said Friday, May 23, that",
    "The ministry reported this Friday, May 23, 2025, that",
    "Officials said on Friday (May 23) that",
])
def test_a_report_day_restated_as_a_date_is_still_the_reports(report: str) -> None:
    """The date that restates a report's weekday ("said Friday, May 23, that") is the
    report's too: the attack keeps the day its own words give."""
    text = f"{report} the toll had risen to 12 after a Russian missile hit Odesa on Thursday."
    assert days(text) == [("2025-05-22", "on Thursday")]


@pytest.mark.parametrize(("text", "when"), [
    ("By Saturday morning, 20 people were reported dead as a result of a Russian missile attack "
     "on Odesa on Friday.", "on Friday"),
    ("Rescuers on Saturday were still searching the rubble after a Russian missile strike on "
     "Odesa late Friday killed 20 people.", "late Friday"),
    ("Mourners gathered on Saturday at the site where a rocket landed in an attack on Friday, "
     "killing 12 people.", "on Friday"),
    ("Officials visited on Saturday the village where a drone crashed following an attack on "
     "Friday evening, killing 12 people.", "on Friday evening"),
])
def test_the_time_told_with_the_attack_words_dates_it_over_the_sentences_first(
        text: str, when: str) -> None:
    """A sentence that opens with the day of what came after the attack (the count, the
    search, a visit) dates the attack by the time told nearest its attack words, whether or
    not it names the side that struck."""
    assert days(text) == [("2025-05-23", when)]


@pytest.mark.parametrize(("text", "expected"), [
    ("Russian missiles struck Odesa on Thursday (May 22), killing 12 people.",
     [("2025-05-22", "on Thursday (May 22)")]),
    ("Gunmen killed five people in an attack on a school in Kaduna on Thursday, May 8. The "
     "governor said on Saturday that the kidnapped pupils were freed.", []),
])
def test_a_weekday_keeps_the_date_written_after_it(
        text: str, expected: list[tuple[str | None, str | None]]) -> None:
    """"on Thursday, May 8" in a report of May 24 dates an attack two weeks before it,
    history, not the Thursday of the report's week."""
    assert days(text) == expected


@pytest.mark.parametrize("report", [
    "On May 2, the opposition government reported that 120 people were killed.",
    "The opposition government reported on May 2 that 120 people were killed.",
])
def test_a_count_reported_weeks_before_the_article_is_history(report: str) -> None:
    """A count whose only time is a report's weeks before publication was counted of an
    earlier attack: it is not the toll of the news the article dates."""
    article = Article(id="t", source="t", published=SATURDAY,
                      text=f"Fighter jets bombed the village of Zorinka on Saturday. {report}")
    attacks = RulesBackend().read(article).attacks
    assert [(a.time_expression, a.killed) for a in attacks] == [("on Saturday", None)]


def test_a_count_reported_within_the_news_days_is_the_news() -> None:
    article = Article(id="t", source="t", published=SATURDAY,
                      text="Fighter jets bombed the village of Zorinka on Thursday. On Friday, "
                           "the opposition government reported that 12 people were killed.")
    attacks = RulesBackend().read(article).attacks
    assert [(a.time_expression, a.killed.count if a.killed else None)
            for a in attacks] == [("on Thursday", 12)]


@pytest.mark.parametrize("report", [
    "According to a report by the Zorin news agency on Friday, the army admitted",
    "In a statement on Friday, Nigeria's army admitted",
])
def test_a_report_named_by_its_noun_dates_the_report(report: str) -> None:
    """The day of "a report by ... on Friday" or "a statement on Friday" is the report's: the
    attack it tells is left undated, for the other outlets to date."""
    assert days(f"{report} one of its drones had struck a village in Kaduna, killing 85 "
                "people.") == [(None, None)]


def test_the_attacks_own_day_beside_a_report_still_dates_it() -> None:
    """Left alone: the report's noun before or after the attack's own day."""
    before = ("A police report on Friday said gunmen attacked a village in Zamfara on Thursday, "
              "killing 12 people.")
    after = ("Gunmen attacked a village in Zamfara on Thursday, killing 12 people, the police "
             "report said.")
    assert [days(before), days(after)] == [[("2025-05-22", "on Thursday")]] * 2



@pytest.mark.parametrize(("text", "expected"), [
    ("Firefighters on Saturday combed the wreckage of a shopping centre in Kharkiv hit by two "
     "Russian guided bombs. The bombs struck the centre on Thursday evening, killing 12 people.",
     ("2025-05-22", "on Thursday evening")),
    ("Eleven villagers were killed when a drone struck a wedding in Zorin village on Thursday. "
     "The president ordered an investigation on Saturday after the army admitted that one of "
     "its drones had struck the wedding.", ("2025-05-22", "on Thursday")),
    ("A Russian missile destroyed an apartment block in Dnipro. Authorities said the death toll "
     "from Thursday's strike rose to 40 and that 30 people were still missing today.",
     ("2025-05-22", "Thursday")),
    ("Rescue workers today sifted through the ruins of a school destroyed by a Russian missile "
     "in Zaporizhzhia.", (None, None)),
    ("Mourners on Saturday buried eleven villagers killed when a drone struck a wedding party "
     "in Zorin village.", (None, None)),
    ("Kyiv on Friday accused Moscow of a missile strike on a hospital in Kharkiv that killed "
     "four.", (None, None)),
])
def test_the_day_of_the_aftermath_or_a_response_is_not_the_attacks(
        text: str, expected: tuple[str | None, str | None]) -> None:
    """A time told with what came after the attack ("crews on Saturday combed the wreckage",
    "ordered an investigation on Saturday after the army admitted ...") is that verb's, as a
    report's is, and unlike a report's it does not stand for the attack's day when no sentence
    gives one: the aftermath and the response come days after the attack as often as not, and
    the merge dates an undated attack from another outlet. "Thursday's strike" names the
    strike's own day, whatever speech verb comes before it."""
    assert days(text) == [expected]



@pytest.mark.parametrize(("text", "expected"), [
    ("Twelve residents of Zorin village lost their lives following a drone attack targeting "
     "insurgents in the area on Thursday. The state government yesterday said the attack was "
     "carried out by a Nigerian Army drone.", ("2025-05-22", "on Thursday")),
    ("Nine people at a market in Zorinsk died after an air strike on Friday morning, witnesses "
     "said. Officials on Saturday said the strike was carried out by the Rapid Support Forces.",
     ("2025-05-23", "on Friday morning")),
    ("Nine people at a market in Zorinsk died after an air strike on Friday morning, witnesses "
     "said. Officials on Saturday said the Rapid Support Forces carried out a drone strike on a "
     "convoy.", ("2025-05-24", "on Saturday")),
    ("Traders protested after the army shelled a market on Thursday. The state government "
     "yesterday said the attack was carried out by a Nigerian Army drone.",
     ("2025-05-23", "yesterday")),
])
def test_a_report_of_the_attack_takes_the_day_its_lede_gives(
        text: str, expected: tuple[str | None, str | None]) -> None:
    """The lede tells the attack and its day but not who struck; the next sentence, dated only
    by its report, names who made "the attack": the lede's day is the attack's. Not when the
    report names an attack of its own ("a drone strike on a convoy"), nor when the lede tells
    what came after a strike told as a clause ("protested after the army shelled"): the report
    keeps dating it."""
    assert days(text) == [expected]
