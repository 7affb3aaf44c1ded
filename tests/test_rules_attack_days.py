"""Which day a report's own words give its attack: the morning a report names for a night
it first told without a day ("overnight", then "in the early hours of Sunday"), and a
sentence's time told before a quoted term ('Early on Sunday, a "Shahed" drone struck').

The sentences are the test's own, in several outlets' styles.
"""

from __future__ import annotations

import datetime as dt

import pytest

from summarizer.backends.rules import RulesBackend
from summarizer.models import Article
from summarizer.text.time import resolve_extraction

SUNDAY = dt.date(2025, 5, 25)


def days(text: str, published: dt.date = SUNDAY) -> list[tuple[str | None, str | None]]:
    article = Article(id="t", source="t", published=published, text=text)
    return [(str(a.date) if a.date else None, a.time_expression)
            for a in resolve_extraction(RulesBackend().read(article), published).attacks]


@pytest.mark.parametrize(("text", "expected"), [
    ("Three soldiers were killed in an overnight drone attack on a base in Jordan.\n\n"
     "In the early hours of Sunday, a drone hit the base at Rukban, wounding 30 more.",
     ("2025-05-25", "the early hours of Sunday")),
    ("Russia launched 40 drones at Kyiv overnight, killing two people.\n\n"
     "The drones struck the city early on Sunday, wounding three people.",
     ("2025-05-25", "early on Sunday")),
    ("Russian drones struck Kharkiv last night, killing two people.\n\n"
     "The attack on Sunday morning also wounded five people.",
     ("2025-05-25", "on Sunday morning")),
])
def test_a_night_told_without_its_day_takes_the_morning_the_report_names(
        text: str, expected: tuple[str, str]) -> None:
    """"Overnight" is dated only by the publication day, on either side of which a report
    may be published; the morning the same report names for it is the day it gives."""
    assert days(text) == [expected]


def test_a_plain_weekday_after_a_night_leaves_the_night_s_date() -> None:
    """"On Sunday" names no end of the night: it may be a later strike of the same day."""
    assert days("Russia launched 40 drones at Kyiv overnight, killing two people.\n\n"
                "On Sunday, a missile struck Odesa, killing one.") == [
        ("2025-05-24", "overnight")]


@pytest.mark.parametrize("text", [
    'In the early hours of Sunday, a "kamikaze drone" hit the base at Rukban, killing three '
    "soldiers.",
    "Early on Sunday, a \u201cShahed\u201d drone struck an apartment block in Odesa, killing two "
    "people.",
])
def test_a_quoted_term_does_not_cut_the_sentence_from_its_time(text: str) -> None:
    (day,) = days(text)
    assert day[0] == "2025-05-25"


def test_a_day_inside_quotation_marks_dates_nothing_after_them() -> None:
    assert days("Officials condemned the \u201cFriday massacre\u201d, and a drone hit the base at "
                "Rukban, killing three soldiers.") == [(None, None)]


def told(text: str) -> list[tuple[str | None, str | None, int | None]]:
    """Each attack's date, attacker and killed, published on Sunday."""
    article = Article(id="t", source="t", published=SUNDAY, text=text)
    return [(str(a.date) if a.date else None, a.attacker, a.killed and a.killed.count)
            for a in resolve_extraction(RulesBackend().read(article), SUNDAY).attacks]


@pytest.mark.parametrize(("text", "attacker"), [
    ("Israeli jets struck Beirut, days after Israel vowed to retaliate over a deadly rocket "
     "attack.\n\nOfficials in Metula said Saturday's rocket attack killed nine people there.",
     "Israel"),
    ("Russian missiles hit Kyiv in retaliation for a drone attack on Moscow.\n\nMoscow's mayor "
     "said Tuesday's drone attack damaged two towers.", "Russia"),
    ("Israel struck ports in Yemen in response to a Houthi missile attack on Tel Aviv.\n\nThe "
     "army said Thursday's missile strike had damaged a school.", "Israel"),
])
def test_an_attack_named_by_its_day_does_not_date_a_reply(text: str, attacker: str) -> None:
    """A news told as a reply, with no day of its own, leaves the day of "Saturday's rocket
    attack" alone: the name fits the attack it answered as well, so it dates neither, and
    what that sentence counts is of neither. The merge dates the reply from other outlets."""
    assert told(text) == [(None, attacker, None)]


def test_an_attack_named_by_its_day_dates_the_news_that_is_no_reply() -> None:
    text = ("Gunmen attacked a village in Zamfara, killing 30.\n\nResidents said Tuesday's "
            "attack lasted hours.")
    assert told(text) == [("2025-05-20", "gunmen", 30)]
