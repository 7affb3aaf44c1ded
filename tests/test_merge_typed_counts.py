"""A count of missiles of unstated type beside other outlets' counts of one type: the
whole can be no smaller than its types. An early count of all that a later typed count
exceeds is an update; an unordered one is a disagreement; a larger whole is neither.

The articles are written for these tests.
"""

from __future__ import annotations

import datetime as dt

from summarizer.merge import merge
from summarizer.models import Casualties, Evidence, FindingKind, Qualifier, Severity, WeaponCount
from summarizer.summary import ArticleResult, Summary
from tests.test_events import attack, report

DAY = dt.date(2025, 3, 4)


def weapon(kind: str, count: int, fragment: str,
           qualifier: Qualifier | None = None) -> WeaponCount:
    return WeaponCount.model_validate({"type": kind, "count": count, "qualifier": qualifier,
                                       "evidence": Evidence(text=fragment)})


def toll(count: int, fragment: str) -> Casualties:
    return Casualties(count=count, evidence=Evidence(text=fragment))


def outlet(name: str, text: str, *weapons: WeaponCount, killed: Casualties | None = None,
           injured: Casualties | None = None) -> ArticleResult:
    return report(name, DAY, text, attack(
        text, text, time_expression="on Tuesday", attacker="Russia", targets=["Ukraine"],
        weapons=list(weapons), killed=killed, injured=injured))


MORNING = ("Russia launched 60 missiles at Ukraine on Tuesday, the air force said; "
           "3 people were killed and 10 wounded.")
EVENING = ("At least 70 cruise missiles and 20 drones struck Ukraine on Tuesday, killing 9 "
           "people and wounding 40.")


def cross(summary: Summary) -> list[tuple[Severity, list[str], list[str]]]:
    return [(f.severity, f.facts, f.fact_ids) for f in summary.findings
            if f.kind is FindingKind.cross_source]


def test_a_later_count_of_cruise_missiles_updates_an_early_count_of_missiles() -> None:
    """The evening outlet gives every toll higher: a later count, on the same day."""
    summary = merge([
        outlet("morning", MORNING, weapon("missile", 60, "launched 60 missiles"),
               killed=toll(3, "3 people were killed"), injured=toll(10, "10 wounded")),
        outlet("evening", EVENING, weapon("cruise missile", 70, "At least 70 cruise missiles",
                                          "at least"),
               weapon("drone", 20, "20 drones"), killed=toll(9, "killing 9 people"),
               injured=toll(40, "wounding 40"))])
    missiles = next(f for f in summary.facts if f.path == "attacks[2025-03-04].weapons[missile]")
    assert (missiles.value, missiles.qualifier, missiles.status) == (70, "at least", "updated")
    assert [(s.article_id, s.value) for s in missiles.sources] == [("morning", 60)]
    assert (Severity.info, ["attacks[2025-03-04].weapons[missile]"],
            ["morning#4", "evening#4"]) in cross(summary)
    assert not [f for f in summary.findings if f.severity is Severity.error]


def test_an_unordered_count_of_missiles_below_the_ballistic_count_is_a_conflict() -> None:
    first = "Russia fired 12 missiles at Ukraine on Tuesday."
    second = "Russia fired 15 ballistic missiles and 2 cruise missiles at Ukraine on Tuesday."
    summary = merge([
        outlet("first", first, weapon("missile", 12, "fired 12 missiles")),
        outlet("second", second, weapon("ballistic missile", 15, "15 ballistic missiles"),
               weapon("cruise missile", 2, "2 cruise missiles"))])
    assert cross(summary) == [(Severity.error, [
        "attacks[2025-03-04].weapons[missile]", "attacks[2025-03-04].weapons[cruise missile]",
        "attacks[2025-03-04].weapons[ballistic missile]"],
        ["first#4", "second#5", "second#4"])]
    assert {f.path: f.status for f in summary.facts if "weapons" in f.path} == {
        "attacks[2025-03-04].weapons[missile]": "conflicting",
        "attacks[2025-03-04].weapons[ballistic missile]": "conflicting",
        "attacks[2025-03-04].weapons[cruise missile]": "conflicting"}


def test_a_whole_at_least_its_types_is_no_disagreement() -> None:
    """40 missiles and 30 cruise missiles: the rest went uncounted by type; 'more than
    40' leaves room for 45 ballistic missiles."""
    for whole, part in ((weapon("missile", 40, "40 missiles"),
                         weapon("cruise missile", 30, "30 cruise missiles")),
                        (weapon("missile", 40, "more than 40 missiles", "more than"),
                         weapon("ballistic missile", 45, "45 ballistic missiles"))):
        text = f"Russia fired {whole.evidence.text} on Tuesday. It used {part.evidence.text}."
        summary = merge([outlet("one", text, whole), outlet("two", text, part)])
        assert cross(summary) == []
