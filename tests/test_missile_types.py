"""Missile types: a missile count is filed under the type the words before its noun name.

Every sentence is written for the test; each flagged case is paired with one where the
same count is filed as its words say.
"""

from __future__ import annotations

import datetime as dt

import pytest

from summarizer.models import (
    Article,
    ArticleExtraction,
    Attack,
    Evidence,
    Finding,
    FindingCode,
    Severity,
    WeaponCount,
    WeaponType,
)
from summarizer.pipeline import check

PUBLISHED = dt.date(2024, 3, 5)


def findings(text: str, weapon: WeaponType, count: int) -> list[Finding]:
    missiles = WeaponCount(type=weapon, count=count, evidence=Evidence(text=text))
    extraction = ArticleExtraction(attacks=[Attack(
        date=dt.date(2024, 3, 4), attacker="Russia", weapons=[missiles],
        evidence=Evidence(text=text))])
    art = Article(id="a", source="outlet a", published=PUBLISHED, text=text)
    return [f for f in check(art, extraction)[1] if f.code is FindingCode.missile_type_differs]


@pytest.mark.parametrize(("text", "weapon", "count", "expected"), [
    ("A Russian Kalibr missile struck a school in the port on Monday.", "missile", 1, True),
    ("A Russian Kalibr missile struck a school in the port on Monday.",
     "cruise missile", 1, False),
    ("A Russian Iskander missile struck a school in the port on Monday.", "missile", 1, False),
    ("Russia fired 12 cruise missiles at the grid on Monday.", "missile", 12, True),
    ("Russia fired 12 cruise missiles at the grid on Monday.", "ballistic missile", 12, True),
    ("Russia fired 12 cruise missiles at the grid on Monday.", "cruise missile", 12, False),
    ("Russia fired 12 missiles at the grid on Monday.", "missile", 12, False),
    ("Russia fired 12 missiles at the grid on Monday.", "cruise missile", 12, False),
    ("Russia fired 12 cruise and ballistic missiles at the grid.", "missile", 12, False),
    ("Russia fired 12 missiles, four of them Kalibr cruise missiles.", "missile", 12, False),
    ("Of the 12 Kalibr missiles, 12 missiles were downed.", "missile", 12, False),
])
def test_a_missile_count_is_filed_under_the_type_its_words_name(
    text: str, weapon: WeaponType, count: int, expected: bool
) -> None:
    path = f"attacks[2024-03-04].weapons[{weapon}]"
    assert [(f.code, p) for f in findings(text, weapon, count) for p in f.facts] == (
        [(FindingCode.missile_type_differs, path)] if expected else [])


def test_the_finding_is_a_re_askable_warning() -> None:
    [finding] = findings("A Russian Kalibr missile struck a school on Monday.", "missile", 1)
    assert (finding.severity, finding.reaskable) == (Severity.warning, True)
