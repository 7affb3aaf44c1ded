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


@pytest.mark.parametrize(("kind", "count", "evidence"), [
    ("ballistic missile", 7, "The air force said Russia fired two Kinzhal ballistic missiles, "
     "five Iskander-M ballistic missiles and 20 Kalibr cruise missiles overnight."),
    ("cruise missile", 9, "Overnight the enemy used one Zirkon hypersonic cruise missile, eight "
     "Kh-101 cruise missiles, and four Kh-59 guided missiles."),
    ("drone", 55, "Moscow sent 40 Shahed attack drones as well as 15 Gerbera decoy drones "
     "against the capital, the command said."),
])
def test_a_weapon_count_the_evidence_lists_in_parts_is_their_sum(
    kind: str, count: int, evidence: str
) -> None:
    assert weapon(kind, count, evidence) == [
        (FindingCode.total_is_breakdown_sum, [f"attacks[2024-01-01].weapons[{kind}]"])]


def test_a_running_total_of_people_listed_in_parts_is_their_sum() -> None:
    evidence = ("Since Friday, Hamas has freed 24 Israeli hostages and 13 hostages from other "
                "countries.")
    assert running(37, evidence) == [
        (FindingCode.total_is_breakdown_sum, ["exchange.cumulative[2024-01-02].count"])]


@pytest.mark.parametrize(("kind", "count", "evidence"), [
    # the parts add up to another number
    ("ballistic missile", 8, "The air force said Russia fired two Kinzhal ballistic missiles "
     "and five Iskander-M ballistic missiles."),
    # parts of other weapons are no parts of this one
    ("drone", 32, "Russia launched 20 drones and 12 missiles at the city."),
    # one noun counted twice: two sentences spliced, not two kinds
    ("drone", 35, "Russia launched 20 drones, 15 drones were shot down."),
    # a missile of unstated type is not the sum of typed ones
    ("missile", 7, "Russia fired two cruise missiles and five ballistic missiles."),
])
def test_a_sum_the_evidence_lists_no_parts_for_stays_an_error(
    kind: str, count: int, evidence: str
) -> None:
    assert weapon(kind, count, evidence) == [
        (FindingCode.number_not_in_evidence, [f"attacks[2024-01-01].weapons[{kind}]"])]


def test_a_running_total_of_parts_not_joined_in_one_list_stays_an_error() -> None:
    evidence = ("Hamas has freed 24 Israeli hostages since Friday, and on Monday 13 hostages "
                "from other countries came home.")
    assert running(37, evidence) == [
        (FindingCode.number_not_in_evidence, ["exchange.cumulative[2024-01-02].count"])]
