"""The offline extractor on a side's reply told after the strike it answers.

The strike told first, on a day of its own, keeps that day when the sentence after it tells
the reply ("In response, ... early Sunday"): the night's reach that joins an overnight
attack's facts told on two days is not for another attack.

Every text here is written for the test.
"""

from __future__ import annotations

import datetime as dt

import pytest

from summarizer.backends.rules import RulesBackend
from summarizer.models import Article
from summarizer.text.time import resolve_extraction

SUNDAY = dt.date(2024, 7, 28)

Told = tuple[str | None, str | None, list[str], int | None]


def told(text: str, published: dt.date = SUNDAY) -> list[Told]:
    """Each attack's date, attacker, targets and killed."""
    article = Article(id="t", source="t", published=published, text=text)
    return [(a.date and a.date.isoformat(), a.attacker, a.targets, a.killed and a.killed.count)
            for a in resolve_extraction(RulesBackend().read(article), published).attacks]


STRIKE = ("Twelve people were killed on Saturday when a rocket struck a sports field in the "
          "Golan Heights.")
REPLIES = ["In response, Israel struck Hezbollah targets in Lebanon early Sunday.",
           "The Israeli military carried out retaliatory strikes in Lebanon early on Sunday.",
           "Israeli warplanes struck Hezbollah sites in southern Lebanon early Sunday in "
           "retaliation."]


@pytest.mark.parametrize("reply", REPLIES)
def test_the_strike_a_reply_answers_keeps_its_own_day_and_toll(reply: str) -> None:
    """Each side's attack on its own day: the rocket's Saturday is not the reply's night."""
    by_attacker = {attacker: (day, killed)
                   for day, attacker, _, killed in told(f"{STRIKE}\n\n{reply}")}
    assert by_attacker == {"Israel": ("2024-07-28", None), None: ("2024-07-27", 12)}


def test_a_toll_told_before_the_attack_it_came_from_still_joins_it() -> None:
    """Left alone: the attack named after the toll is no reply, and its night reaches the
    toll's day."""
    text = ("At least 15 people were killed on Sunday when a building collapsed in Belgorod."
            "\n\nThe building collapsed after a Ukrainian attack on Saturday night.")
    assert [(attacker, killed) for _, attacker, _, killed in told(text)] == [("Ukraine", 15)]
