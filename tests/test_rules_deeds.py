"""A strike on someone held to an earlier attack ("killing a commander it blamed for a rocket
attack in the Golan Heights") names that attack's place: the reason for this strike, no place
it hit and no target of it. The news told with the same words stays.

Every text is written for the test; "Zorin" is invented.
"""

from __future__ import annotations

import datetime as dt

import pytest

from summarizer.backends.rules import RulesBackend
from summarizer.models import Article


def targets_and_regions(text: str) -> tuple[list[str], list[str]]:
    article = Article(id="t", source="t", published=dt.date(2025, 3, 12), text=text)
    (attack,) = RulesBackend().read(article).attacks
    return attack.targets, attack.regions


@pytest.mark.parametrize(("text", "place"), [
    ("Israel struck Beirut on Tuesday, killing a commander it blamed for a rocket attack in "
     "the Golan Heights.", "Beirut"),
    ("Russian missiles struck Kyiv on Monday, targeting an intelligence unit Moscow holds "
     "responsible for drone attacks on Belgorod.", "Kyiv"),
    ("An Israeli airstrike hit a house in Khan Younis on Friday, killing a Hamas commander "
     "who had planned the attack on Sderot.", "Khan Younis"),
    ("Israeli jets bombed Sanaa on Sunday, targeting officials accused of ordering missile "
     "strikes on Tel Aviv.", "Sanaa"),
    ("Israel said it had assassinated Zorin, who it said was blamed for the rocket attack in "
     "the Golan Heights, in a strike on Beirut on Tuesday that killed three people.", "Beirut"),
])
def test_the_place_of_the_deed_of_the_one_struck_is_no_place_hit(text: str, place: str) -> None:
    assert targets_and_regions(text) == ([place], [place])


@pytest.mark.parametrize(("text", "places"), [
    ("A bomb killed 20 people in Peshawar on Monday. The prime minister said those responsible "
     "for the bombing in Peshawar would be punished.", ["Peshawar"]),
    ("Israeli jets struck Beirut on Tuesday, killing a commander blamed for attacks on Israel, "
     "and other strikes hit Tyre.", ["Beirut", "Tyre"]),
])
def test_the_news_told_with_those_responsible_stays(text: str, places: list[str]) -> None:
    assert targets_and_regions(text) == (places, places)
