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


def findings(text: str, weapon: WeaponType, count: int, article: str | None = None
             ) -> list[Finding]:
    """The type findings on a count of `weapon` read from `text`, in `article` (else `text`
    alone)."""
    missiles = WeaponCount(type=weapon, count=count, evidence=Evidence(text=text))
    extraction = ArticleExtraction(attacks=[Attack(
        date=dt.date(2024, 3, 4), attacker="Russia", weapons=[missiles],
        evidence=Evidence(text=text))])
    art = Article(id="a", source="outlet a", published=PUBLISHED, text=article or text)
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


@pytest.mark.parametrize(("article", "evidence", "count", "expected"), [
    ("Russian forces struck Dnipro with ballistic missiles on Monday. A missile hit a school, "
     "killing four people.\n\n\"They hit a school with a ballistic missile,\" the governor "
     "wrote.", "A missile hit a school, killing four people.", 1, True),
    ("Iran fired 20 ballistic missiles at the base overnight.\n\nAll 20 missiles were launched "
     "from the west, the army said.", "All 20 missiles were launched from the west", 20, True),
    ("Russia fired two missiles at Odesa on Monday.\n\nA cruise missile was shot down over the "
     "sea, and a missile hit a school.", "a missile hit a school", 1, False),
    ("Russia attacked Kharkiv with cruise and ballistic missiles.\n\nA missile hit a school.",
     "A missile hit a school.", 1, False),
    ("A missile hit a school in Sumy on Monday.\n\nThe mayor spoke.\n\nThe army said.\n\nIn "
     "March, a ballistic missile hit the same street.", "A missile hit a school in Sumy", 1,
     False),
])
def test_a_count_of_unstated_type_is_the_type_its_paragraph_names_for_its_number(
    article: str, evidence: str, count: int, expected: bool
) -> None:
    """An article names the type once and tells the same missile again without it: the
    count is that type's where the paragraph, or one beside it, writes its number with
    that type and no other count or type."""
    assert [f.code for f in findings(evidence, "missile", count, article)] == (
        [FindingCode.missile_type_differs] if expected else [])
