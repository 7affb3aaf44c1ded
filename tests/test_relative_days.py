"""An attack an article dates only relative to another event ('a day after a drone attack
on Belgorod', 'a response to it'), against the date checks.

The sentences are written for these tests, in the styles of several outlets. Unless a test
says otherwise the paper is of Monday 2 June 2025, the missile strike on Odesa was on
Saturday 31 May and the drone attack on Belgorod it answered on Friday 30 May; the
extraction gives the attack on Belgorod no words of its own, as a model reading the
article would date it only from another outlet."""

from __future__ import annotations

import datetime as dt

import pytest

from summarizer.models import (
    Article,
    ArticleExtraction,
    Attack,
    Evidence,
    FindingKind,
    Severity,
)
from summarizer.validate import check_article

MONDAY = dt.date(2025, 6, 2)
FRIDAY, SATURDAY = dt.date(2025, 5, 30), dt.date(2025, 5, 31)


def _errors(text: str, belgorod: dt.date, odesa: dt.date | None = SATURDAY,
            published: dt.date = MONDAY) -> list[tuple[str, str]]:
    """The temporal errors, by the target of the attack they are on."""
    article = Article(id="art", source="test", published=published, text=text)
    attacks = [Attack(date=belgorod, attacker="Ukraine", targets=["Belgorod"],
                      evidence=Evidence(text=text.split(". ")[0]))]
    if odesa is not None:
        attacks.append(Attack(date=odesa, attacker="Russia", targets=["Odesa"],
                              evidence=Evidence(text=text.split(". ")[0])))
    _, findings = check_article(article, ArticleExtraction(attacks=attacks))
    return sorted((f.code.value, "Odesa" if "Odesa" in f.message else "Belgorod")
                  for f in findings
                  if f.kind is FindingKind.temporal and f.severity is Severity.error)


@pytest.mark.parametrize(("text", "belgorod"), [
    # the relative day hangs on the sentence's own day (a wire copy)
    ("Russian missiles struck the port of Odesa on Saturday, a day after a Ukrainian drone "
     "attack on Belgorod killed two people, both sides said.", FRIDAY),
    # the sentence has no day: its strikes' day is in another sentence
    ("The strikes on Odesa occurred on Saturday evening, officials said on Sunday. The "
     "missile strikes came a day after Ukraine claimed a drone strike on Belgorod that "
     "killed two people, according to Russian media.", FRIDAY),
    # no count at all: the attack answered comes before the strike's day
    ("Rescuers searched the rubble in Odesa on Monday after a Russian missile strike on "
     "Saturday. The strike was a response to a Ukrainian drone attack on Belgorod.", FRIDAY),
    ("Russia fired missiles at Odesa on Saturday in retaliation for a drone attack on "
     "Belgorod.", FRIDAY),
    ("Russian missiles struck Odesa on Saturday, two days after Ukrainian drones hit "
     "Belgorod.", dt.date(2025, 5, 29)),
    ("Hours after Ukrainian drones hit Belgorod, Russian missiles struck Odesa late on "
     "Saturday.", FRIDAY),
    ("Russian missiles struck Odesa on Saturday, 24 hours after a drone attack on "
     "Belgorod.", FRIDAY),
])
def test_a_day_named_relative_to_another_event_is_named(text: str, belgorod: dt.date) -> None:
    """The attack on Belgorod is dated the day the words count to from the strike on
    Odesa: neither a day named nowhere nor the strike's day moved by one."""
    assert _errors(text, belgorod) == []


def test_a_day_before_another_event_is_the_day_after_it() -> None:
    """'the day before Russian missiles struck Odesa', in a sentence of Friday's attack,
    names Saturday for the strike, the only attack of the extraction."""
    text = "Ukrainian drones hit Belgorod on Friday, the day before Russian missiles struck Odesa."
    assert _errors(text, FRIDAY) == []


@pytest.mark.parametrize("after", ["two days after", "48 hours after"])
def test_the_count_is_read_as_written(after: str) -> None:
    """'two days after' names Thursday for the attack on Belgorod, as '48 hours after'
    does: a Friday date is still the day beside Saturday moved by one."""
    text = f"Russian missiles struck Odesa on Saturday, {after} Ukrainian drones hit Belgorod."
    assert _errors(text, FRIDAY) == [("temporal.date_beside_named_day", "Belgorod")]


def test_a_day_after_an_undated_event_moves_no_date() -> None:
    """'a day after the ceasefire took effect' names no day: the ceasefire has none and is
    no attack, so the strike on Odesa dated Saturday, beside the Sunday of the funerals
    and named nowhere, is still that day moved by one."""
    text = ("Russian missiles struck Odesa a day after the ceasefire took effect. Funerals "
            "were held on Sunday.")
    article = Article(id="art", source="test", published=MONDAY, text=text)
    strike = Attack(date=SATURDAY, attacker="Russia", targets=["Odesa"],
                    evidence=Evidence(text=text.split(". ")[0]))
    _, findings = check_article(article, ArticleExtraction(attacks=[strike]))
    assert [f.code.value for f in findings if f.severity is Severity.error] == [
        "temporal.date_beside_named_day"]


def test_the_event_the_sentence_is_about_keeps_its_own_day() -> None:
    """The strike on Odesa moved to Friday, the day the words name for Belgorod, is still
    an error: the relative day is the recalled attack's only."""
    text = ("Russian missiles struck Odesa on Saturday, a day after a Ukrainian drone "
            "attack on Belgorod.")
    assert _errors(text, FRIDAY, odesa=FRIDAY) == [("temporal.date_beside_named_day", "Odesa")]


def test_the_recalled_attacks_own_day_is_not_counted_from() -> None:
    """'Several hours after the drone strike on Belgorod' in a sentence with no day counts
    from the day of what came after, not from Thursday, the day the article names for
    Belgorod: a Wednesday date for it is still Thursday moved by one (paper of Friday)."""
    text = ("Ukrainian drones hit Belgorod on Thursday, killing two people. Several hours "
            "after the drone strike on Belgorod, the army said it had shot down a missile.")
    assert _errors(text, dt.date(2025, 6, 4), odesa=None, published=dt.date(2025, 6, 6)) \
        == [("temporal.date_beside_named_day", "Belgorod")]
