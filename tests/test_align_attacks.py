"""Scoring aligns a predicted attack to the gold attack it describes where gold keys two
attacks of one date apart (evaluate/align_attacks.py).

`tests/data/align/` is an invented case: two Northland attacks on 12 April (gold keys them
`attacks[2025-04-12, Northland, Eastport]` and `[..., Millbrook]`) and a Southland attack
that day. Each outlet's extraction is scripted, as a model might answer.
"""

from __future__ import annotations

import datetime as dt
import functools
from collections.abc import Sequence
from pathlib import Path

from summarizer import ArticleExtraction
from summarizer.evaluate import CaseResult, run_eval
from summarizer.models import Attack, Casualties, Evidence, WeaponCount
from tests.scripted import ByStem

CASE = Path(__file__).parent / "data" / "align" / "gold.json"
SATURDAY = dt.date(2025, 4, 12)


def _attack(evidence: str, attacker: str, targets: Sequence[str] = (),
            weapons: Sequence[tuple[str, int]] = (), regions: Sequence[str] = (),
            killed: int | None = None, injured: int | None = None) -> Attack:
    ev = Evidence(text=evidence)
    return Attack(date=SATURDAY, time_expression="on Saturday", attacker=attacker,
                  targets=list(targets), regions=list(regions), evidence=ev,
                  weapons=[WeaponCount(type=kind, count=n, evidence=ev) for kind, n in weapons],
                  killed=None if killed is None else Casualties(count=killed, evidence=ev),
                  injured=None if injured is None else Casualties(count=injured, evidence=ev))


EASTPORT = ("Northland drones struck Eastport in Coast Province on Saturday morning, the "
            "governor said. Northland launched 40 drones; three people were killed and 11 were "
            "injured.")
REDHILL = ("In the south, Southland shelling hit the village of Redhill on Saturday, killing "
           "one man.")
MILLBROOK = ("Northland fired six rockets into Hill County on Saturday. One hit a school in "
             "Millbrook, where two people were hurt, police said.")
BOTH = "Northland strikes were reported on Saturday in Eastport and in Millbrook, local radio said."
TV = "Northland drones killed four people in Eastport on Saturday, the mayor said."
WESTLAND = "Westland said it had sent 40 drones toward Eastport on Saturday."

SCRIPT = {
    # No target: aligned to the Eastport attack, whose drones, places and tolls it shares.
    # Its second attack names Southland's as gold does and matches by its key.
    "wire": ArticleExtraction(attacks=[
        _attack(EASTPORT, "Northland", weapons=[("drone", 40)],
                regions=["Eastport", "Coast Province"], killed=3, injured=11),
        _attack(REDHILL, "Southland", targets=["Redhill"], regions=["Redhill"], killed=1)]),
    # The county that contains the town hit, as its target: aligned to the Millbrook attack;
    # the target is one wrong fact.
    "paper": ArticleExtraction(attacks=[
        _attack(MILLBROOK, "Northland", targets=["Hill County"], weapons=[("rocket", 6)],
                regions=["Millbrook"], injured=2)]),
    # One place of each Northland attack: a tie, aligned to neither.
    "radio": ArticleExtraction(attacks=[
        _attack(BOTH, "Northland", regions=["Eastport", "Millbrook"])]),
    # Names Eastport as gold does, with the mayor's toll, which gold lists as disagreeing.
    "tv": ArticleExtraction(attacks=[
        _attack(TV, "Northland", targets=["Eastport"], regions=["Eastport"], killed=4)]),
    # Eastport's drones, but another attacker's: never aligned to Northland's attack.
    "post": ArticleExtraction(attacks=[
        _attack(WESTLAND, "Westland", weapons=[("drone", 40)], regions=["Eastport"])]),
}


@functools.cache
def _scored() -> CaseResult:
    result = run_eval([CASE], backend=ByStem(SCRIPT))
    return result["per_case"][0]


def test_aligned_attacks_score_each_fact_on_its_own() -> None:
    """17 known gold facts (the TV's 4 killed is one, from the listed conflict). Right (16):
    the wire's untargeted attack as Eastport's (attacker, drones, two places, both tolls),
    the paper's as Millbrook's (attacker, rockets, place, injured), Southland's by its key
    (attacker, target, place, killed), and the TV's target and toll. Wrong (7): the paper's
    county as target, the radio's tie (attacker and two places), the Westland post
    (attacker, drones, place). Missed (1): Millbrook as target. Without the alignment the
    case scored 8 / 15 / 9."""
    case = _scored()
    facts = case["facts"]
    assert (facts["tp"], facts["fp"], facts["fn"]) == (16, 7, 1)
    assert {k: (v["tp"], v["fp"], v["fn"]) for k, v in case["by_kind"].items()} == {
        "attack": (5, 3, 1), "weapon": (2, 1, 0), "region": (4, 3, 0), "casualty": (5, 0, 0)}
    assert case["misdated"] == {"total": 0, "by_kind": {}}
    assert case["false_negatives"] == ['attacks[2025-04-12, Northland, Millbrook].target = '
                                       '"Millbrook"']


def test_a_containing_place_as_target_is_one_wrong_fact() -> None:
    assert 'attacks[2025-04-12].target = "Hill County"  (gold: "Millbrook")' in (
        _scored()["false_positives"])


def test_a_tie_and_another_attacker_stay_unmatched() -> None:
    assert sorted(_scored()["false_positives"]) == sorted([
        'attacks[2025-04-12].target = "Hill County"  (gold: "Millbrook")',
        'attacks[2025-04-12].attacker = "Northland"',
        "attacks[2025-04-12].regions[Eastport] = true",
        "attacks[2025-04-12].regions[Millbrook] = true",
        'attacks[2025-04-12].attacker = "Westland"',
        "attacks[2025-04-12].weapons[drone] = 40",
        "attacks[2025-04-12].regions[Eastport] = true",
        "conflict attacks[2025-04-12, Northland].injured",
    ])


def test_wrong_figures_follow_the_alignment() -> None:
    """The aligned tolls and counts are right; Westland's 40 drones, written in its post
    for its own claim, is the one misassigned figure (6, three flagged by the merge's
    disagreements, without the alignment)."""
    case = _scored()
    assert case["wrong_figures"] == {"invented": 0, "invented_flagged": 0,
                                     "misassigned": 1, "misassigned_flagged": 0}
    assert [(f["article"], f["path"], f["value"]) for f in case["wrong_figure_list"]] == [
        ("post", "attacks[2025-04-12].weapons[drone]", 40)]


def test_a_conflict_is_keyed_as_the_gold_attack_its_sources_are() -> None:
    """The merge keys the Northland reports `attacks[2025-04-12, Northland]` (Southland's is
    the other attacker that day). Its killed conflict, the wire's 3 (aligned to Eastport) and
    the TV's 4 (Eastport by its target), is gold's listed one; its injured conflict sets the
    wire's Eastport against the paper's Millbrook, two gold attacks, and stays a false
    alarm."""
    conflicts = _scored()["conflicts"]
    assert (conflicts["tp"], conflicts["fp"], conflicts["fn"]) == (1, 1, 0)
