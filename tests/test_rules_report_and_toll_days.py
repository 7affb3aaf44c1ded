"""The day of an attack against the days told around it: the day a report of it was made
("..., the ministry said in a statement on Friday") and the day its toll rose ("the toll
rose to 14 on Friday", "On Friday, the death toll in Sumy rose to 14", "climbed to five on
Friday"). A toll's rise is the same attack's later count, never a second attack of that day;
a report's day dates an attack told with no day of its own (the report tells the news of its
day: over the development articles it was the attack's day at each of the 10 places it
decides), never one the article dates. Towns are ones the gazetteer knows, so each attack
has a place to be told apart by.

Every text here is written for the test. Published Saturday 24 May 2025.
"""

from __future__ import annotations

import datetime as dt

import pytest

from summarizer.backends.rules import RulesBackend
from summarizer.models import Article
from summarizer.text.time import resolve_extraction

SATURDAY = dt.date(2025, 5, 24)


def dated_tolls(text: str) -> list[tuple[str | None, int | None]]:
    """Each attack's resolved date and killed count."""
    article = Article(id="t", source="t", published=SATURDAY, text=text)
    return [(a.date and a.date.isoformat(), a.killed and a.killed.count)
            for a in resolve_extraction(RulesBackend().read(article), SATURDAY).attacks]


@pytest.mark.parametrize(("text", "expected"), [
    # A report's day, the attack told with no day of its own: the report's day.
    ("An air strike on a village in Idlib killed seven civilians, the Syrian Civil Defence "
     "said in a statement on Friday.", [("2025-05-23", 7)]),
    ("Russian drones hit a bus in Sumy, killing nine people, the regional administration said "
     "on Friday.", [("2025-05-23", 9)]),
    ("A missile strike on Kharkiv killed four people, officials said on Thursday.",
     [("2025-05-22", 4)]),
    ("Israeli strikes killed 12 people in Gaza, the health ministry said in a statement released "
     "on Friday.", [("2025-05-23", 12)]),
    ("The ministry announced on Friday that a drone strike in Sumy had killed three civilians.",
     [("2025-05-23", 3)]),
    ("A Russian attack on Kyiv killed two people, Mayor Vitali Klitschko wrote on Telegram on "
     "Friday.", [("2025-05-23", 2)]),
    ("The health ministry said on Friday that Israeli strikes had killed 30 Palestinians in "
     "Gaza.", [("2025-05-23", 30)]),
    # ... and with a day of its own, in its sentence or an earlier one: its own.
    ("A strike on a market in Idlib on Wednesday killed six people, the monitor said on "
     "Friday.", [("2025-05-21", 6)]),
    ("A Russian missile hit Kyiv on Friday, killing two people, officials said on Saturday.",
     [("2025-05-23", 2)]),
    ("Russian drones hit a bus in Sumy on Friday, killing nine people, the governor said.",
     [("2025-05-23", 9)]),
    ("In a statement on Thursday, the army said an attack on a checkpoint near Maiduguri killed "
     "five soldiers.", [(None, 5)]),
    ("Israeli jets struck a school in Gaza on Wednesday. The strike killed 18 people, the health "
     "ministry said on Friday.", [("2025-05-21", 18)]),
    ("Gunmen attacked a village near Maiduguri on Wednesday night. Police said on Friday that 20 "
     "people were killed in the attack.", [("2025-05-21", 20)]),
    ("An air strike hit a market in Idlib on Wednesday. Seven civilians were killed in the "
     "strike, the civil defence said in a statement on Friday.", [("2025-05-21", 7)]),
    ("A missile struck an apartment block in Kyiv on Wednesday. In a statement on Friday, the "
     "city administration said the attack had killed 11 people.", [("2025-05-21", 11)]),
    ("Israeli strikes on Gaza killed 15 people overnight, the civil defence agency said on "
     "Friday.", [("2025-05-23", 15)]),
    # A toll that rose: the attack's later count, one attack.
    ("The death toll from Friday's Russian strike on a bus in Sumy rose to 14 on Saturday, "
     "officials said.", [("2025-05-23", 14)]),
    ("A Russian missile struck Kyiv on Thursday, killing nine people. The toll rose to 14 on "
     "Friday as rescuers pulled more bodies from the rubble.", [("2025-05-22", 14)]),
    ("An air strike hit a village in Idlib on Wednesday, killing five. The number of dead "
     "climbed to 11 on Thursday, the civil defence said.", [("2025-05-21", 11)]),
    ("Boko Haram gunmen attacked a village near Maiduguri on Thursday, killing 12 people. The "
     "death toll has risen to 20, a local official said on Friday.", [("2025-05-22", 20)]),
    ("A drone strike on Kharkiv killed three people on Thursday. On Friday the toll climbed to "
     "six.", [("2025-05-22", 6)]),
    ("Israeli strikes on a school in Gaza killed 18 people. The toll rose to 25 on Friday, the "
     "health ministry said.", [(None, 25)]),
    ("The number of people killed in a Russian attack on Sumy has risen to 11, the regional "
     "administration said on Friday.", [("2025-05-23", 11)]),
    ("The death toll from a Russian strike on Kharkiv rose to 8 on Friday, the governor said.",
     [(None, 8)]),
    ("A missile hit an apartment block in Kyiv on Wednesday, killing four. By Friday the toll "
     "had risen to nine.", [("2025-05-21", 9)]),
    ("A Russian strike on Sumy on Thursday killed six. On Friday, the toll rose to 10, with "
     "dozens more wounded.", [("2025-05-22", 10)]),
    ("A Russian missile hit a bus in Sumy on Wednesday, killing nine. The toll rose to 14 on "
     "Friday.", [("2025-05-21", 14)]),
    ("Israeli strikes on a school in Gaza on Wednesday killed 18. By Friday the death toll had "
     "climbed to 25, the health ministry said.", [("2025-05-21", 25)]),
    ("Gunmen killed 12 villagers near Maiduguri on Wednesday. The number of dead rose to 20 on "
     "Friday, police said.", [("2025-05-21", 20)]),
    ("An air strike on a market in Idlib on Wednesday killed seven. On Friday, the civil defence "
     "said the toll had risen to 11.", [("2025-05-21", 11)]),
    ("A missile strike on Kyiv on Wednesday killed 11 people. The toll from the attack has risen "
     "to 23, officials said on Friday.", [("2025-05-21", 23)]),
    # ... told in words, or after a time that opens its sentence, with the town named again.
    ("Russian drones struck Kharkiv on Wednesday, killing two. The death toll in Kharkiv climbed "
     "to five on Friday as rescuers searched the rubble.", [("2025-05-21", 5)]),
    ("A missile hit a bus in Sumy on Wednesday, killing nine. The number of people killed in "
     "Sumy rose to fourteen on Friday, the governor said.", [("2025-05-21", 14)]),
    ("An air strike on Idlib on Wednesday killed seven. The toll in Idlib rose to eleven on "
     "Friday, the civil defence said.", [("2025-05-21", 11)]),
    ("A missile hit a bus in Sumy on Wednesday, killing nine. On Friday, the death toll in Sumy "
     "rose to 14.", [("2025-05-21", 14)]),
    ("Gunmen killed 12 villagers near Maiduguri on Wednesday. On Friday the number of dead in "
     "Maiduguri climbed to twenty, police said.", [("2025-05-21", 20)]),
    # Left alone: a second strike on a later day is its own attack.
    ("A missile hit a bus in Sumy on Wednesday, killing nine. On Friday, a drone struck Sumy, "
     "killing two.", [("2025-05-21", 9), ("2025-05-23", 2)]),
])
def test_an_attack_keeps_its_day_against_its_reports_and_rising_toll(
        text: str, expected: list[tuple[str | None, int | None]]) -> None:
    assert dated_tolls(text) == expected
