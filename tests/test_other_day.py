"""Another day's release: a stage's count read from a sentence that dates its release to
another day or month (issue 19, `misassign`). The stage is Monday 1 January 2024's, in
Tuesday's paper, which names that day for it (OWN) before the sentence read.

Every sentence is written for the test, in several outlets' styles, with the sentences
the check must leave alone.
"""

from __future__ import annotations

import datetime as dt

import pytest

from summarizer.models import ArticleExtraction, Attack, Casualties, Evidence
from tests.test_attack_misassign import toll, weapon
from tests.test_scope import flagged, stage

FREED = ["exchange.stages[2024-01-01].released[Hamas].count"]
OWN = "Hamas freed 11 hostages on Monday, the army said."


@pytest.mark.parametrize(("text", "count", "expected"), [
    ("Twelve more hostages held by Hamas were released Tuesday, the Red Cross said.", 12,
     FREED),
    ("In December, Hamas freed 105 hostages during a week-long truce.", 105, FREED),
    ("Hamas released 17 hostages on Sunday, officials said.", 17, FREED),
    ("Back in November 2023, Hamas handed over 13 hostages to the Red Cross.", 13, FREED),
    # the stage's own day, a night that reaches it, or no day at all
    ("Hamas freed 11 hostages on Monday, the army said.", 11, []),
    ("Late on Sunday, Hamas handed 11 hostages to the Red Cross.", 11, []),
    ("Hamas released 13 hostages on Sunday and 11 more on Monday.", 11, []),
    ("Hamas freed 11 hostages in January, the first of the new year.", 11, []),
    ("Hamas freed 11 hostages, the army said on Tuesday.", 11, []),
    ("Hamas freed 11 hostages, the army said.", 11, []),
    ("Hamas is to free 12 more hostages on Tuesday under the deal.", 12, []),
])
def test_a_release_of_another_day_is_not_the_stage(text: str, count: int,
                                                   expected: list[str]) -> None:
    assert flagged(f"{OWN} {text}", stage(text, count)) == expected


def test_a_stage_whose_day_the_article_does_not_name_is_read_by_another_month_only() -> None:
    """Which day the stage is then is only the extraction's reading; a month is coarser."""
    text = "Twelve more hostages held by Hamas were released Tuesday, the Red Cross said."
    assert flagged(text, stage(text, 12)) == []
    month = "In December, Hamas freed 105 hostages during a week-long truce."
    assert flagged(month, stage(month, 105)) == FREED


@pytest.mark.parametrize(("text", "field", "count", "expected"), [
    ("In a strike on the city's port in December, Russian missiles killed five people.",
     "killed", 5, ["attacks[2024-01-01].killed"]),
    ("Back in March 2023, a drone attack on the same block injured 30.", "injured", 30,
     ["attacks[2024-01-01].injured"]),
    # the attack's own month, or no month
    ("The strike in early January killed five people, the governor said.", "killed", 5, []),
    ("Russian missiles killed five people in the port city, officials said in January.",
     "killed", 5, []),
    ("Russian missiles killed five people, the worst toll since December.", "killed", 5, []),
])
def test_a_toll_of_another_months_attack_is_not_this_ones(text: str, field: str, count: int,
                                                         expected: list[str]) -> None:
    assert toll(text, field, count) == expected


@pytest.mark.parametrize(("text", "field", "count", "expected"), [
    ("On Thursday night, a missile hit an apartment block in the city, killing 22 people.",
     "killed", 22, ["attacks[2024-01-01].killed"]),
    ("Last Friday, Russian drones struck the port, injuring 14, the governor said.",
     "injured", 14, ["attacks[2024-01-01].injured"]),
    ("A Russian strike on the market on Dec. 27 killed nine people.", "killed", 9,
     ["attacks[2024-01-01].killed"]),
    # the attack's own day or the night next to it, a report's day, or days counted from
    ("A Russian strike on the market late on Sunday killed nine people.", "killed", 9, []),
    ("Russian missiles killed nine people on Monday and five more on Friday.", "killed", 9,
     []),
    ("A missile strike killed nine people in the port, officials said on Friday.", "killed",
     9, []),
    ("Russian forces shelled the port on Saturday, two days before the missile strike that "
     "killed nine people.", "killed", 9, []),
    ("A missile strike on the port killed nine people, the governor said.", "killed", 9, []),
])
def test_a_toll_of_another_days_attack_is_not_this_ones(text: str, field: str, count: int,
                                                       expected: list[str]) -> None:
    """Monday's attack, in Tuesday's paper: a day two or more days away is another's."""
    assert toll(text, field, count) == expected


def test_a_weapon_count_of_another_days_attack_is_not_this_ones() -> None:
    text = "On Friday, Russia launched 40 drones at the region, the air force said."
    assert weapon(text, "drone", 40) == ["attacks[2024-01-01].weapons[drone]"]
    own = "Overnight, Russia launched 40 drones at the region, the air force said."
    assert weapon(own, "drone", 40) == []


@pytest.mark.parametrize(("day", "expected"), [
    (dt.date(2024, 1, 2), ["attacks[2024-01-02].killed"]),
    (dt.date(2024, 1, 1), []),  # the night after Sunday
])
def test_an_attack_named_by_its_weekend_is_that_weekends(day: dt.date,
                                                         expected: list[str]) -> None:
    """'the weekend rocket attack', which the time grammar does not read, in Tuesday's
    paper: Saturday's and Sunday's."""
    text = "Officials blamed the group for the weekend rocket attack that killed 12 youths."
    attack = Attack(date=day, attacker="Hezbollah", targets=["Israel"],
                    evidence=Evidence(text=text),
                    killed=Casualties(count=12, evidence=Evidence(text=text)))
    assert flagged(text, ArticleExtraction(attacks=[attack])) == expected
