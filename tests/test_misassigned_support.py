"""Support against misassigned numbers: the shapes the `misassign` mutation found passing.

Each sentence is written for the test, in a different outlet's style; each rule has one
that it must leave alone. A year is no count; a release that took place is no deal's
figure (nor are planes one: 'plan' is a deal word, 'planes' is not); a release whose
evidence tells one side's people is not made even by the other side's equal count.
"""

from __future__ import annotations

import datetime as dt

import pytest

import summarizer.models as m
from summarizer.pipeline import check


def _flagged(text: str, extraction: m.ArticleExtraction) -> list[str]:
    art = m.Article(id="a", source="outlet", published=dt.date(2024, 1, 2), text=text)
    found = [f for f in check(art, extraction)[1] if f.kind is m.FindingKind.support]
    assert all(f.code is m.FindingCode.figure_unsupported for f in found)
    return [p for f in found for p in f.facts]


def _stage(*releases: tuple[str, str | None, int, str]) -> m.ArticleExtraction:
    return m.ArticleExtraction(stages=[m.ExchangeStage(time_expression="on Friday", releases=[
        m.Release(released_by=by, received_by=to, count=count, evidence=m.Evidence(text=evidence))
        for by, to, count, evidence in releases])])


HELD = "Rebels freed all 14 captives they had held since March 4, 2023, the ministry said."
STAGE = "exchange.stages[2023-12-29].released[rebels].count"


@pytest.mark.parametrize(("count", "expected"), [(14, []), (2023, [STAGE])])
def test_a_year_after_a_day_of_a_month_is_no_count(count: int, expected: list[str]) -> None:
    assert _flagged(HELD, _stage(("rebels", None, count, HELD))) == expected


def test_a_year_after_a_word_of_time_is_no_toll_but_a_four_digit_count_stays_one() -> None:
    """'in 2021' is when; '2000 soldiers' counts soldiers, though it reads like a year."""
    text = "Gunmen killed nine villagers in 2021, and the army says 2000 soldiers were freed."
    toll = m.ArticleExtraction(attacks=[m.Attack(
        time_expression="overnight", evidence=m.Evidence(text=text),
        killed=m.Casualties(count=2021, evidence=m.Evidence(text=text)))])
    assert _flagged(text, toll) == ["attacks[2024-01-01].killed"]
    assert _flagged(text, _stage(("army", None, 2000, text))) == []


DONE = {"Planes carrying detainees took off from four airports on Friday.": 4,
        "Officials said the army released 45 detainees on Sunday.": 45,
        "Since the truce began, the militia has freed 90 prisoners.": 90}
TERMS = ("The government agreed to release 45 detainees.",
         "Under the accord, the rebels are to free 45 soldiers.",
         "In return, the army released 45 detainees on Sunday.")


@pytest.mark.parametrize("text", [*DONE, *TERMS])
def test_a_release_that_took_place_is_no_figure_of_the_deal(text: str) -> None:
    """A deal's words include the release verbs ('agreed to release'); a sentence that
    tells a release as done, with nothing of an agreement, a plan, a future or a return,
    counts that release, for the whole deal and for a side's share alike."""
    count, flagged = DONE.get(text, 45), text in DONE
    total = m.ArticleExtraction(agreement=m.Agreement(total=count, evidence=m.Evidence(text=text)))
    share = m.ArticleExtraction(agreement=m.Agreement(
        by_party=[m.PartyCount(party="army", count=count)], evidence=m.Evidence(text=text)))
    assert _flagged(text, total) == (["exchange.agreed_total.count"] if flagged else [])
    assert _flagged(text, share) == (["exchange.agreed_total[army].count"] if flagged else [])


HANDED = "Russia handed over 20 Ukrainian soldiers on Friday."
HOME = "The 20 Ukrainian soldiers came home on Friday, Kyiv said."
EACH = "Russia and Ukraine swapped 20 prisoners each on Friday."
TWICE = "Ukraine returned 20 Russian servicemen in exchange for 20 Ukrainian soldiers on Friday."
SHARED = "Twenty Ukrainian soldiers came home on Friday in a swap with Russia, Kyiv said."
AS_MANY = "Russia said it freed 20 Ukrainian POWs in exchange for as many Russian servicemen."


@pytest.mark.parametrize(("text", "russia", "ukraine", "expected"), [
    (f"{HANDED} {HOME}", HANDED, HOME, ["exchange.stages[2023-12-29].released[Ukraine].count"]),
    (EACH, EACH, EACH, []),
    (TWICE, TWICE, TWICE, []),
    (SHARED, SHARED, SHARED, []),
    (f"{HOME} {AS_MANY}", HOME, AS_MANY, []),
])
def test_an_equal_count_makes_a_swap_even_only_where_its_evidence_tells_the_swap(
        text: str, russia: str, ukraine: str, expected: list[str]) -> None:
    """Ukraine's release of 20 read from a sentence about Ukrainian soldiers coming home
    counts Ukraine's own people, though Russia's release is 20 too; one sentence read for
    both sides, one that says 'each' or 'as many', or one that writes both twenties is an even
    swap, whose number counts both sides' people."""
    extraction = _stage(("Russia", "Ukraine", 20, russia), ("Ukraine", "Russia", 20, ukraine))
    assert _flagged(text, extraction) == expected


NAMED = "Officials named the freed men as Pavel Orlov, 30, and Ivan Sokol, 41, on Friday."


@pytest.mark.parametrize(("count", "expected"), [
    (30, ["exchange.stages[2023-12-29].released[Russia].count"]), (2, [])])
def test_an_age_after_a_name_is_no_count(count: int, expected: list[str]) -> None:
    text = f"Russia freed two Ukrainian sailors on Friday. {NAMED}"
    evidence = NAMED if count == 30 else text.split(". ")[0]
    assert _flagged(text, _stage(("Russia", "Ukraine", count, evidence))) == expected


NIGHT = ("Russia launched 145 drones at Ukraine overnight. Russia's defence ministry said it "
         "downed 84 Ukrainian drones over six regions.")
OWNERS = {
    "Russia's defence ministry said it downed 84 Ukrainian drones over six regions": True,
    "Russia launched 145 drones at Ukraine overnight": False,
}


@pytest.mark.parametrize("evidence", [*OWNERS])
def test_a_weapon_count_named_as_the_attacked_sides_is_not_the_attacks(evidence: str) -> None:
    """A night of strikes both ways: the drones the text names as Ukrainian are not the
    Russian attack's, though they stand beside the same noun."""
    count = int(next(w for w in evidence.split() if w.isdigit()))
    raid = m.Attack(time_expression="overnight", attacker="Russia", targets=["Ukraine"],
                    evidence=m.Evidence(text="Russia launched 145 drones at Ukraine overnight"),
                    weapons=[m.WeaponCount(type="drone", count=count,
                                           evidence=m.Evidence(text=evidence))])
    assert _flagged(NIGHT, m.ArticleExtraction(attacks=[raid])) == (
        ["attacks[2024-01-01].weapons[drone]"] if OWNERS[evidence] else [])


def test_a_maker_is_no_owner() -> None:
    """'Iranian-made' says who made Hezbollah's drones, not that they are those of Iran's
    attack, which the same extraction holds."""
    text = ("Iran fired 180 missiles at Israel. Hezbollah launched 30 Iranian-made drones at "
            "Haifa on the same night.")
    own = "Hezbollah launched 30 Iranian-made drones at Haifa on the same night"
    raids = [m.Attack(time_expression="overnight", attacker=by, targets=["Israel"],
                      evidence=m.Evidence(text=text.split(". ")[i]), weapons=weapons)
             for i, (by, weapons) in enumerate([("Iran", []), ("Hezbollah", [m.WeaponCount(
                 type="drone", count=30, evidence=m.Evidence(text=own))])])]
    assert _flagged(text, m.ArticleExtraction(attacks=raids)) == []
