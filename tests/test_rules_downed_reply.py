"""The offline extractor on an attack told only by its weapons downed.

"Russia said its air defences destroyed 12 Ukrainian missiles over the Belgorod region" tells
Ukraine's attack on Belgorod, though no sentence says Ukraine struck: the side whose weapons
were downed struck, and the one place they were downed over is where it aimed. Told in an
article about the other side's strike, it is an attack of its own, with its own weapons;
told later than the article's opening, it is not the news that undated facts join.

Every text here is written for the test.
"""

from __future__ import annotations

import datetime as dt

import pytest

from summarizer.backends.rules import RulesBackend
from summarizer.models import Article
from summarizer.text.time import resolve_extraction

WEDNESDAY = dt.date(2024, 1, 3)

Told = tuple[str | None, str | None, list[str], dict[str, int | None], int | None]


def told(text: str, published: dt.date = WEDNESDAY) -> list[Told]:
    """Each attack's date, attacker, targets, weapons and killed."""
    article = Article(id="t", source="t", published=published, text=text)
    return [(a.date and a.date.isoformat(), a.attacker, a.targets,
             {w.type: w.count for w in a.weapons}, a.killed and a.killed.count)
            for a in resolve_extraction(RulesBackend().read(article), published).attacks]


NEWS = ("Russian missiles struck Kyiv on Tuesday, killing five people, Ukrainian officials "
        "said.\n\nThe mayor said rescuers were still searching the rubble.\n\n")
KYIV = ("2024-01-02", "Russia", ["Kyiv"], {}, 5)


@pytest.mark.parametrize("reply", [
    "Earlier, Russia's defence ministry said on Wednesday its air defences destroyed 12 "
    "Ukrainian missiles over the Belgorod region.",
    "Moscow said on Wednesday that its forces had shot down 12 Ukrainian missiles over the "
    "Belgorod region.",
    "On Wednesday, Russian air defence units intercepted 12 Ukrainian missiles over the "
    "Belgorod region, the ministry said.",
])
def test_weapons_of_the_other_side_downed_are_its_attack(reply: str) -> None:
    assert told(NEWS + reply) == [KYIV, ("2024-01-03", "Ukraine", ["Belgorod"],
                                         {"missile": 12}, None)]


def test_an_article_that_opens_with_weapons_downed_tells_that_attack() -> None:
    """Told first, the weapons downed are the news: the toll told after joins it (the night
    told on Sunday began on Saturday)."""
    text = ("Russia's defence ministry said on Sunday it had shot down 30 Ukrainian drones over "
            "the Bryansk region overnight.\n\nOne man was killed by falling debris, the governor "
            "said.")
    assert told(text, dt.date(2024, 1, 7)) == [
        ("2024-01-06", "Ukraine", ["Bryansk"], {"drone": 30}, 1)]


def test_the_attacks_own_weapons_downed_stay_its_own() -> None:
    """Left alone: the weapons of the news's attacker downed by its target are its weapons."""
    text = ("Russia launched 60 drones at Ukraine overnight, killing two people in Odesa on "
            "Tuesday.\n\nUkraine's air force said it shot down 50 of the 60 Russian drones.")
    assert told(text) == [("2024-01-02", "Russia", ["Ukraine"], {"drone": 60}, 2)]


def test_places_of_a_list_of_weapons_downed_are_no_target() -> None:
    """Left alone: each place's share of a list is where the attack fell, not its target."""
    text = ("Russia's defence ministry said on Sunday it downed 20 Ukrainian drones over the "
            "Bryansk region, 14 over Kursk and five over Oryol.")
    assert [(a, t) for _, a, t, _, _ in told(text, dt.date(2024, 1, 7))] == [("Ukraine", [])]


def test_weapons_that_would_be_downed_are_no_attack() -> None:
    """Left alone: a threat to down weapons tells no attack."""
    text = NEWS + ("Russia's defence ministry said on Wednesday its air defences would destroy "
                   "any Ukrainian missiles over Crimea.")
    assert told(text) == [KYIV]


def test_a_reply_told_and_then_downed_is_one_attack() -> None:
    """A reply told as a strike and again by its weapons downed is one attack, with the
    weapons the second sentence counts."""
    text = NEWS + ("Ukraine struck back on Wednesday, launching drones at the Belgorod region. "
                   "Russia's defence ministry said it destroyed 20 Ukrainian drones over the "
                   "Belgorod region.")
    assert told(text) == [KYIV, ("2024-01-03", "Ukraine", [], {"drone": 20}, None)]


@pytest.mark.parametrize("again", [
    "The Russian missile attack on Kyiv also damaged a school, the mayor said on Wednesday.",
    "Ukraine's air force said on Tuesday it shot down 20 Russian missiles over Kyiv.",
])
def test_the_news_told_again_is_no_second_attack(again: str) -> None:
    """Left alone: the news's own attack told again, even by its weapons downed."""
    assert [(d, a, t, k) for d, a, t, _, k in told(NEWS + again)] == [
        ("2024-01-02", "Russia", ["Kyiv"], 5)]
