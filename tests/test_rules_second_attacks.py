"""The offline extractor on a second attack an article turns to without naming who made it:
it is an attack of its own, the article's one side's. Every text here is written for the
test."""

from __future__ import annotations

import datetime as dt

import pytest

from summarizer.backends.rules import RulesBackend
from summarizer.models import Article
from summarizer.text.time import resolve_extraction

SATURDAY = dt.date(2025, 5, 24)


def attacks(text: str) -> list[tuple[str | None, list[str], str | None]]:
    article = Article(id="t", source="t", published=SATURDAY, text=text)
    return [(a.attacker, a.targets, a.date and a.date.isoformat())
            for a in resolve_extraction(RulesBackend().read(article), SATURDAY).attacks]


@pytest.mark.parametrize(("text", "second"), [
    ("Russian drones struck Odesa on Friday, killing two people.\n\nIn another attack, a "
     "missile hit a factory in Kharkiv on Saturday, injuring five workers.",
     ("Russia", ["Kharkiv"], "2025-05-24")),
    ("The RSF attacked a mosque in El Fasher on Friday, killing 75 worshippers, activists "
     "said.\n\nIn another operation on Saturday, drones struck a market in Omdurman, killing 10.",
     ("Rapid Support Forces", ["Omdurman"], "2025-05-24")),
    ("A junta airstrike hit a school in Sagaing on Friday, residents said.\n\nIn a separate air "
     "strike on Saturday, fighter jets bombed a village in Magway, killing nine.",
     ("Myanmar", ["Magway"], "2025-05-24")),
    ("Israeli strikes killed 12 people in Khan Younis on Friday, health officials said.\n\n"
     "Another strike on Saturday hit a school in Deir al-Balah, killing five.",
     ("Israel", ["Deir al-Balah"], "2025-05-24")),
    ("Russian missiles hit Kyiv on Friday, killing three people.\n\nA separate drone attack on "
     "Kharkiv on Saturday injured four.", ("Russia", ["Kharkiv"], "2025-05-24")),
])
def test_the_attack_an_article_turns_to_is_its_one_sides(
        text: str, second: tuple[str | None, list[str], str | None]) -> None:
    """Its own attack, on its own day and place, by the side that made the first."""
    assert attacks(text)[1:] == [second]


@pytest.mark.parametrize("text", [
    "Russian drones struck Odesa on Friday, killing two people. Ukrainian drones hit a depot in "
    "Bryansk on Friday.\n\nIn another attack, a missile hit a factory in Kharkiv on Saturday.",
    "Russian drones struck Odesa on Friday, killing two people.\n\nIn another attack, a drone "
    "hit an oil refinery in Belgorod on Saturday, the governor said.",
    "Gunmen attacked a police checkpoint in Kabul on Friday, killing 12 officers.\n\nIn another "
    "attack, a roadside bomb struck a bus in Herat on Saturday.",
])
def test_the_attack_turned_to_keeps_no_side_where_the_article_gives_none_clearly(
        text: str) -> None:
    """Two sides named, the side's own ground beyond the border its attacks crossed, or no
    side named at all: the second attack keeps what its own sentence says."""
    assert [a[0] for a in attacks(text) if a[1] and a[1][0] in ("Kharkiv", "Belgorod", "Herat")
            ] == [None]


def test_a_campaign_told_as_background_is_no_attack() -> None:
    """"amid renewed US airstrikes" tells what the news happened during, not an attack of it;
    an attack the news is told amid is the news."""
    background = ("A Houthi missile struck near Tel Aviv on Friday, injuring six people.\n\n"
                  "The Houthis have stepped up launches in recent weeks, amid renewed US "
                  "airstrikes on their positions in Yemen.")
    news = "Explosions rocked Kyiv on Friday amid a massive Russian missile attack."
    assert [a[0] for a in attacks(background)] == ["Houthis"]
    assert [a[0] for a in attacks(news)] == ["Russia"]


def test_the_other_sides_strike_the_day_before_the_news_is_an_attack_of_its_own() -> None:
    """The strike the news answered, told with its own day and toll, is its side's attack of
    that day; the same side's strike of two days before is history the article recalls."""
    answered = ("Israeli jets struck Hodeidah on Saturday evening, officials said.\n\n"
                "A drone attack on Tel Aviv that killed one person on Friday morning was claimed "
                "by the Houthis.")
    recalled = ("Israeli jets struck Hodeidah on Saturday evening, officials said.\n\n"
                "A drone attack on Tel Aviv that killed one person on Thursday morning was "
                "claimed by the Houthis.")
    assert attacks(answered) == [("Israel", ["Hodeidah"], "2025-05-24"),
                                 ("Houthis", ["Tel Aviv"], "2025-05-23")]
    assert [a[0] for a in attacks(recalled)] == ["Israel"]


def test_the_claimed_strike_the_news_came_after_is_no_attack_of_its_day() -> None:
    """"came a day after the Houthis claimed responsibility for a drone strike" tells what the
    news answered, not a Houthi attack on the news's day."""
    text = ("Israeli jets struck Hodeidah on Saturday, killing six people, health officials "
            "said.\n\nThe strikes came a day after the Houthis claimed responsibility for a drone "
            "strike on Tel Aviv that killed one person.")
    assert attacks(text) == [("Israel", ["Hodeidah"], "2025-05-24")]
