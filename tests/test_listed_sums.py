"""A count its evidence gives only as the parts of one list is derived, not invented
(validate/listed_sums.py): grounding notes it instead of raising number_not_in_evidence.

Every sentence is written for the test, in several outlets' styles; the last group holds
sums the check must still flag.
"""

from __future__ import annotations

import datetime as dt

import pytest

from summarizer.models import (
    Article,
    ArticleExtraction,
    Attack,
    CumulativeTotal,
    Evidence,
    FindingCode,
    WeaponCount,
)
from summarizer.pipeline import check

PUBLISHED = dt.date(2024, 1, 2)


def codes(extraction: ArticleExtraction, text: str) -> list[tuple[FindingCode, list[str]]]:
    """The grounding findings on the extraction, with the paths they name."""
    art = Article(id="a", source="outlet a", published=PUBLISHED, text=text)
    return [(f.code, f.facts) for f in check(art, extraction)[1]
            if f.code in (FindingCode.number_not_in_evidence, FindingCode.total_is_breakdown_sum)]


def weapon(kind: str, count: int, evidence: str) -> list[tuple[FindingCode, list[str]]]:
    extraction = ArticleExtraction(attacks=[Attack(
        date=dt.date(2024, 1, 1), attacker="Russia", targets=["Kyiv"],
        weapons=[WeaponCount(type=kind, count=count, evidence=Evidence(text=evidence))],
        evidence=Evidence(text=evidence))])
    return codes(extraction, f"{evidence} Kyiv was hit.")


def running(count: int, evidence: str) -> list[tuple[FindingCode, list[str]]]:
    extraction = ArticleExtraction(cumulative=[CumulativeTotal(
        received_by="Israel", count=count, as_of=dt.date(2024, 1, 2),
        evidence=Evidence(text=evidence))])
    return codes(extraction, evidence)


SUM = FindingCode.total_is_breakdown_sum
ERROR = FindingCode.number_not_in_evidence


@pytest.mark.parametrize(("kind", "count", "evidence", "code"), [
    ("ballistic missile", 7, "The air force said Russia fired two Kinzhal ballistic missiles, "
     "five Iskander-M ballistic missiles and 20 Kalibr cruise missiles overnight.", SUM),
    ("cruise missile", 9, "Overnight the enemy used one Zirkon hypersonic cruise missile, eight "
     "Kh-101 cruise missiles, and four Kh-59 guided missiles.", SUM),
    ("drone", 55, "Moscow sent 40 Shahed attack drones as well as 15 Gerbera decoy drones "
     "against the capital, the command said.", SUM),
    # a sum the evidence lists no parts for stays an error: the parts add up to another number
    ("ballistic missile", 8, "The air force said Russia fired two Kinzhal ballistic missiles "
     "and five Iskander-M ballistic missiles.", ERROR),
    # parts of other weapons are no parts of this one
    ("drone", 32, "Russia launched 20 drones and 12 missiles at the city.", ERROR),
    # one noun counted twice: two sentences spliced, not two kinds
    ("drone", 35, "Russia launched 20 drones, 15 drones were shot down.", ERROR),
    # a missile of unstated type is not the sum of typed ones
    ("missile", 7, "Russia fired two cruise missiles and five ballistic missiles.", ERROR),
])
def test_a_weapon_count_the_evidence_lists_in_parts_is_their_sum(
    kind: str, count: int, evidence: str, code: FindingCode
) -> None:
    assert weapon(kind, count, evidence) == [(code, [f"attacks[2024-01-01].weapons[{kind}]"])]


@pytest.mark.parametrize(("evidence", "code"), [
    ("Since Friday, Hamas has freed 24 Israeli hostages and 13 hostages from other countries.",
     SUM),
    # parts not joined in one list
    ("Hamas has freed 24 Israeli hostages since Friday, and on Monday 13 hostages from other "
     "countries came home.", ERROR),
])
def test_a_running_total_of_people_listed_in_parts_is_their_sum(
    evidence: str, code: FindingCode
) -> None:
    assert running(37, evidence) == [(code, ["exchange.cumulative[2024-01-02].count"])]
