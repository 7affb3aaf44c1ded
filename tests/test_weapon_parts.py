"""Weapon counts that count a part of the attack's weapons: one item of a list of kinds
joined by commas, the weapons that struck where the article counts more of them, a one
placed in a series by an ordinal.

Every sentence is written for the test; each group has sentences the check must leave
alone.
"""

from __future__ import annotations

import datetime as dt

import pytest

from summarizer.findings import Finding
from summarizer.models import Article, ArticleExtraction, Attack, Evidence, FindingCode, WeaponCount
from summarizer.pipeline import check

PUBLISHED = dt.date(2024, 1, 2)


def findings(kind: str, count: int, evidence: str, article: str = "") -> list[Finding]:
    """What the checks find on one attack's weapon count told by `evidence`, in an
    article of that evidence and `article`."""
    text = f"{evidence} {article}".strip()
    weapon = WeaponCount(type=kind, count=count, evidence=Evidence(text=evidence))
    extraction = ArticleExtraction(attacks=[Attack(
        date=dt.date(2024, 1, 1), attacker="Russia", targets=["Kyiv"], weapons=[weapon],
        evidence=Evidence(text=evidence))])
    art = Article(id="a", source="outlet a", published=PUBLISHED, text=f"{text} Kyiv.")
    return check(art, extraction)[1]


def flagged(kind: str, count: int, evidence: str, article: str = "") -> list[str]:
    """The paths of the figures the support check finds unsupported."""
    return [path for f in findings(kind, count, evidence, article)
            if f.code is FindingCode.figure_unsupported for path in f.facts]


@pytest.mark.parametrize(("kind", "count", "evidence", "expected"), [
    ("ballistic missile", 3, "The air force said Russia fired two Kinzhal ballistic missiles, "
     "three Iskander-M ballistic missiles, 20 Kalibr cruise missiles and 50 drones.", True),
    ("cruise missile", 12, "Overnight the enemy used 12 Kh-101 cruise missiles, eight Kalibr "
     "cruise missiles, and four Kh-59 guided missiles.", True),
    ("drone", 40, "Russia attacked with 40 Shahed drones, 15 Gerbera decoy drones, and two "
     "Iskander-M missiles, the command said.", True),
    ("drone", 40, "Russia launched 40 drones, 25 drones were shot down over the capital.", False),
    ("missile", 5, "Air defences intercepted five Tochka-U missiles, three Vampire MLRS "
     "missiles, and two Vilkha rockets.", False),
    ("drone", 40, "Russia launched 40 drones, 12 missiles and three guided bombs.", False),
])
def test_one_item_of_a_comma_list_of_kinds_is_not_the_whole(
    kind: str, count: int, evidence: str, expected: bool
) -> None:
    path = f"attacks[2024-01-01].weapons[{kind}]"
    assert flagged(kind, count, evidence) == ([path] if expected else [])


@pytest.mark.parametrize(("kind", "count", "evidence", "article", "expected"), [
    ("missile", 9, "Nine missiles and 21 attack drones struck 11 locations, the air force "
     "said.", "Russia launched 52 missiles and 410 drones in the overnight attack.", True),
    ("drone", 21, "Nine missiles and 21 attack drones struck 11 locations, the air force "
     "said.", "Russia launched 52 missiles and 410 drones in the overnight attack.", True),
    ("drone", 15, "Fifteen drones hit energy facilities in the region, officials said.",
     "Of the 80 drones launched overnight, 65 were downed.", True),
    ("missile", 5, "According to the military, five missiles reached their targets.",
     "In all, the enemy fired 31 missiles at the capital.", True),
    ("drone", 15, "Fifteen drones hit energy facilities in the region, officials said.",
     "", False),
    ("drone", 15, "Fifteen drones hit energy facilities in the region, officials said.",
     "Russia has launched more than 20,000 drones at Ukraine since the start of the war.",
     False),
    ("drone", 80, "The capital was hit by 80 drones overnight.",
     "Russia launched 300 drones at other regions a week ago.", False),
])
def test_the_weapons_that_struck_are_not_all_the_article_counts(
    kind: str, count: int, evidence: str, article: str, expected: bool
) -> None:
    path = f"attacks[2024-01-01].weapons[{kind}]"
    assert flagged(kind, count, evidence, article) == ([path] if expected else [])


@pytest.mark.parametrize(("kind", "evidence", "expected"), [
    ("missile", "Minutes later a second missile hit the same school, the mayor said.", True),
    ("drone", "Soon after, a third drone crashed into a warehouse on the outskirts.", True),
    ("explosive", "A bomb blast tore through the market at noon, witnesses said.", False),
    ("drone", "A latest-generation drone crashed into a warehouse on the outskirts.", False),
])
def test_a_one_placed_in_a_series_is_not_the_count(
    kind: str, evidence: str, expected: bool
) -> None:
    path = f"attacks[2024-01-01].weapons[{kind}]"
    assert flagged(kind, 1, evidence) == ([path] if expected else [])


def test_an_ordinal_bomb_is_no_one_the_evidence_states() -> None:
    """The number reader itself reads no one from "the first bomb blast", so a count of
    one there is a figure its evidence does not state at all."""
    found = findings("explosive", 1, "Witnesses said the first bomb blast tore through the "
                     "market at noon.")
    assert [f.facts for f in found if f.code is FindingCode.number_not_in_evidence] == [
        ["attacks[2024-01-01].weapons[explosive]"]]
