"""Report days: an attack's figure that its own sentence says was reported before the day
the attack is dated, or whose earlier figure was ('revised from 95 to 120'), counts an
earlier attack.

Every sentence is written for the test; each flagged case is paired with the same
figure passing where it is filed under the attack it was reported about.
"""

from __future__ import annotations

import datetime as dt

import pytest

from summarizer.merge import merge
from summarizer.models import (
    Article,
    ArticleExtraction,
    ArticleResult,
    Attack,
    Casualties,
    Evidence,
    Finding,
    FindingCode,
    Severity,
)
from summarizer.pipeline import check

PUBLISHED = dt.date(2024, 3, 4)  # a Monday
SATURDAY, SUNDAY = dt.date(2024, 3, 2), dt.date(2024, 3, 3)
SHELLING = "Artillery pounded the northern towns again on Sunday."
UPDATE = ("In an update on Sunday, the ministry said 120 people were killed, up from 95 it "
          "reported on Saturday.")

INTERVIEW = "In an interview with state television on Saturday, the mayor gave the toll as 95."
REVISED = "The governor on Sunday revised the toll from 95 to 120."


def run(text: str, toll: str, date: dt.date) -> tuple[Article, ArticleExtraction, list[Finding]]:
    assert toll in text
    extraction = ArticleExtraction(attacks=[Attack(
        date=date, attacker="Russia", killed=Casualties(count=120, evidence=Evidence(text=toll)),
        evidence=Evidence(text=text.split(".")[0]))])
    art = Article(id="a", source="outlet a", published=PUBLISHED, text=text)
    grounded, found = check(art, extraction)
    return art, grounded, found


def reported_before(text: str, toll: str, date: dt.date) -> list[tuple[FindingCode, str]]:
    return [(f.code, p) for f in run(text, toll, date)[2]
            if f.code is FindingCode.reported_before_event for p in f.facts]


@pytest.mark.parametrize(("text", "toll", "date", "expected"), [
    (f"{SHELLING} {UPDATE}", UPDATE, SUNDAY, True),
    (f"{SHELLING} {UPDATE}", UPDATE, SATURDAY, False),
    ("Artillery pounded the towns again. Officials said on Sunday that 120 people were killed.",
     "Officials said on Sunday that 120 people were killed.", SUNDAY, False),
    ("Artillery pounded the towns again. Officials said that on Saturday 120 people died.",
     "Officials said that on Saturday 120 people died.", SUNDAY, False),
    ("Artillery pounded the towns again. The governor on Saturday said 120 people were killed.",
     "The governor on Saturday said 120 people were killed.", SUNDAY, True),
    ("Artillery pounded the towns again. Officials said drones struck on Saturday and killed "
     "120 people.", "Officials said drones struck on Saturday and killed 120 people.", SUNDAY,
     False),
    ("Artillery pounded the towns again. Officials said 120 people were killed on Saturday.",
     "Officials said 120 people were killed on Saturday.", SUNDAY, False),
    (f"Two blasts tore through the market. {INTERVIEW} {REVISED}", REVISED, SUNDAY, True),
    (f"Two blasts tore through the market. {INTERVIEW} {REVISED}", REVISED, SATURDAY, False),
    ('Artillery pounded the towns again. "We said on Saturday that 120 people were dead," the '
     "mayor said.", "We said on Saturday that 120 people were dead", SUNDAY, False),
])
def test_a_figure_reported_before_its_attack_is_another_attacks(
    text: str, toll: str, date: dt.date, expected: bool
) -> None:
    path = f"attacks[{date.isoformat()}].killed"
    assert reported_before(text, toll, date) == (
        [(FindingCode.reported_before_event, path)] if expected else [])


def test_the_figure_is_unsupported_in_the_summary_and_re_asked() -> None:
    art, grounded, found = run(f"{SHELLING} {UPDATE}", UPDATE, SUNDAY)
    [finding] = [f for f in found if f.code is FindingCode.reported_before_event]
    assert (finding.severity, finding.reaskable) == (Severity.warning, True)
    summary = merge([ArticleResult(article_id="a", source="outlet a", backend="test",
                                   extraction=grounded, findings=found)], articles=[art])
    assert [f.status for f in summary.facts if f.path.endswith(".killed")] == ["unsupported"]
