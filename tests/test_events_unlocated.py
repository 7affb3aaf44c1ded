"""Places the gazetteer does not know, in two outlets' only attack by one side that day:
'near Binyamina' and 'in the Menashe Regional Council' may be one base, its village and
its council, and nothing else tells the reports apart. One attack, whose differing tolls
are a disagreement, not two attacks with a toll each. Where an outlet tells that side's
attacks on two places, the places do tell them apart.

The articles are written for these tests.
"""

from __future__ import annotations

import datetime as dt

from summarizer.merge import merge
from summarizer.models import FindingCode
from tests.test_events import attack, attack_keys, killed, report, told_on

DAY = dt.date(2024, 10, 14)
VILLAGE = ("A Hezbollah drone hit an army base near Binyamina on Sunday, killing 4 soldiers "
           "and wounding 58.", {"time_expression": "on Sunday", "attacker": "Hezbollah",
                                "regions": ["Binyamina"], "injured": killed(58, "wounding 58")})
COUNCIL = ("Hezbollah struck a training camp in the Menashe Regional Council on Sunday evening; "
           "61 soldiers were wounded.", {"time_expression": "on Sunday evening",
                                         "attacker": "Hezbollah",
                                         "regions": ["Menashe Regional Council"],
                                         "injured": killed(61, "61 soldiers were wounded")})
CITY = ("Hezbollah said it had targeted a base south of Haifa with drones.",
        {"attacker": "Hezbollah", "regions": ["Haifa"]})


def test_one_sides_only_attack_in_unknown_places_is_one_attack() -> None:
    results = told_on(DAY, {"village": VILLAGE, "council": COUNCIL, "city": CITY})
    assert attack_keys(results) == {"attacks[2024-10-13]"}
    summary = merge(results)
    injured = next(f for f in summary.facts if f.path == "attacks[2024-10-13].injured")
    assert (injured.status, [s.value for s in injured.sources]) == ("conflicting", [61, 58])
    assert [f.fact_ids for f in summary.findings if f.code is FindingCode.conflict] == [
        ["council#4", "village#4"]]


def test_a_side_an_outlet_reports_twice_keeps_its_places_apart() -> None:
    """One outlet tells Hezbollah's strikes on two villages: the other outlet's strike
    on a third is neither of them, for all the gazetteer knows."""
    text = "Hezbollah rockets hit Metula on Sunday. Hezbollah drones hit Kfar Yuval on Sunday."
    first, second = text.rstrip(".").split(". ")
    results = [*told_on(DAY, {"village": VILLAGE}), report(
        "two", DAY, text,
        attack(text, first, time_expression="on Sunday", attacker="Hezbollah",
               regions=["Metula"]),
        attack(text, second, time_expression="on Sunday", attacker="Hezbollah",
               regions=["Kfar Yuval"]))]
    attackers = [f for f in merge(results).facts if f.path.endswith(".attacker")]
    assert [[s.article_id for s in f.sources] for f in attackers] == [["two"], ["two"],
                                                                      ["village"]]
