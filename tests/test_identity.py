"""Identity: an attack's figure whose evidence places the strike in the attacker's own
country is unsupported, however well its clause states the number: it is the toll of
a strike on that country, filed under the wrong attack.

Every sentence is written for the test; each flagged case is paired with the same
figure passing where the sentence is about the attack it is filed under.
"""

from __future__ import annotations

import datetime as dt

import pytest

from summarizer.merge import merge
from summarizer.models import (
    Article,
    ArticleExtraction,
    Attack,
    Casualties,
    Evidence,
    FindingCode,
    FindingKind,
    Severity,
    WeaponCount,
)
from summarizer.pipeline import check
from summarizer.summary import ArticleResult

PUBLISHED = dt.date(2024, 1, 2)
TOLL = "The head of the Kharkiv defence council said 18 civilians were killed."


def flagged(text: str, attacker: str, count: int = 18) -> list[tuple[FindingCode, str]]:
    killed = Casualties(count=count, evidence=Evidence(text=text))
    extraction = ArticleExtraction(attacks=[Attack(
        date=dt.date(2024, 1, 1), attacker=attacker, killed=killed,
        evidence=Evidence(text=text))])
    art = Article(id="a", source="outlet a", published=PUBLISHED, text=text)
    return [(f.code, path) for f in check(art, extraction)[1]
            if f.code is FindingCode.attacker_own_ground for path in f.facts]


@pytest.mark.parametrize(("text", "attacker", "expected"), [
    (TOLL, "Ukraine", True),
    (TOLL, "Russia", False),
    ("Missiles fired at Belgorod killed 18 people, the governor said.", "Russia", True),
    ("Missiles fired at Belgorod killed 18 people, the governor said.", "Ukraine", False),
    ("The governor said 18 people were killed in Kharkiv and Belgorod.", "Russia", False),
    ("The army said its strike killed 18 fighters near Kharkiv, Moscow said.", "Russia", False),
    ("Missiles launched from Belgorod killed 18 people in Kharkiv.", "Russia", False),
    ("Missiles launched from Belgorod killed 18 people.", "Russia", False),
    ("Army air strikes on Khartoum killed 18 people.", "Sudanese Armed Forces", False),
    ("Officials said 18 people were killed overnight.", "Russia", False),
])
def test_a_toll_in_the_attackers_own_country_is_not_its_attack(
    text: str, attacker: str, expected: bool
) -> None:
    assert flagged(text, attacker) == (
        [(FindingCode.attacker_own_ground, "attacks[2024-01-01].killed")] if expected else [])


def test_the_figure_is_unsupported_in_the_summary_and_re_asked() -> None:
    text = "Air defences downed 40 drones over Belgorod, Russia's defence ministry said."
    drones = WeaponCount(type="drone", count=40, evidence=Evidence(text=text))
    extraction = ArticleExtraction(attacks=[Attack(
        date=dt.date(2024, 1, 1), attacker="Russia", weapons=[drones],
        evidence=Evidence(text=text))])
    art = Article(id="a", source="outlet a", published=PUBLISHED, text=text)
    grounded, found = check(art, extraction)
    [finding] = [f for f in found if f.kind is FindingKind.support]
    assert (finding.code, finding.severity, finding.reaskable, finding.facts) == (
        FindingCode.attacker_own_ground, Severity.warning, True,
        ["attacks[2024-01-01].weapons[drone]"])
    summary = merge([ArticleResult(article_id="a", source="outlet a", backend="test",
                                   extraction=grounded, findings=found)], articles=[art])
    assert [f.status for f in summary.facts if f.path.endswith("weapons[drone]")] == [
        "unsupported"]
