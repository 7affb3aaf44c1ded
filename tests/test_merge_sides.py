"""An attacker no side is named for ('gunmen', 'unknown') against one that is named:
outlets tell one bombing with a group's name, as 'gunmen' or with no one claiming it.
That is one attack, not three, and its toll rises across them; the named side is the
attacker, and nobody contradicts it. Words that name no side ('militants', 'terrorists')
do not contradict each other either.

The articles are written for these tests.
"""

from __future__ import annotations

import datetime as dt

from summarizer.merge import merge
from summarizer.models import FindingCode, FindingKind, Severity
from summarizer.summary import Summary
from tests.test_events import attack, attack_keys, killed, report

NAMED = ("Al-Shabaab fighters set off a car bomb at a beach hotel in Mogadishu on Friday "
         "evening, killing at least 20 people.")
GUNMEN = ("Gunmen stormed a beach hotel in Mogadishu on Friday evening after a car bomb "
          "exploded at its gate; 27 people were killed, police said.")
UNCLAIMED = ("No group has claimed the car bomb that killed more than 30 people at a "
             "Mogadishu hotel late on Friday.")


def outlets() -> list:
    return [
        report("wire", dt.date(2024, 8, 3), NAMED, attack(
            NAMED, NAMED, time_expression="on Friday evening", attacker="al-Shabaab",
            targets=["Mogadishu"], killed=killed(20, "killing at least 20 people", "at least"))),
        report("radio", dt.date(2024, 8, 3), GUNMEN, attack(
            GUNMEN, GUNMEN, time_expression="on Friday evening", attacker="gunmen",
            targets=["Mogadishu"], killed=killed(27, "27 people were killed"))),
        report("daily", dt.date(2024, 8, 4), UNCLAIMED, attack(
            UNCLAIMED, UNCLAIMED, time_expression="late on Friday", attacker="unknown",
            targets=["Mogadishu"],
            killed=killed(30, "killed more than 30 people", "more than"))),
    ]


def warnings(summary: Summary) -> list[FindingCode]:
    """The codes of the disagreements found across outlets (an update's note is none)."""
    return [f.code for f in summary.findings
            if f.kind is FindingKind.cross_source and f.severity is not Severity.info]


def test_gunmen_and_an_unclaimed_bombing_are_the_named_groups_attack() -> None:
    summary = merge(outlets())
    assert attack_keys(outlets()) == {"attacks[2024-08-02]"}
    attacker = next(f for f in summary.facts if f.path == "attacks[2024-08-02].attacker")
    assert (attacker.value, attacker.status) == ("al-Shabaab", "single_source")
    assert [(s.article_id, s.value) for s in attacker.sources] == [
        ("daily", "unknown"), ("radio", "gunmen"), ("wire", "al-Shabaab")]
    toll = next(f for f in summary.facts if f.path == "attacks[2024-08-02].killed")
    assert (toll.value, toll.qualifier, toll.status) == (30, "more than", "updated")
    assert warnings(summary) == []


def test_gunmen_in_another_country_the_same_day_are_another_attack() -> None:
    """Nothing but the missing name joins them: a place in another country keeps the
    gunmen's raid apart from the named group's bombing."""
    raid = "Gunmen attacked a police post in Kenya on Friday evening, killing 4 officers."
    results = [outlets()[0], report("kenya", dt.date(2024, 8, 3), raid, attack(
        raid, raid, time_expression="on Friday evening", attacker="gunmen",
        targets=["Kenya"], killed=killed(4, "killing 4 officers")))]
    assert attack_keys(results) == {"attacks[2024-08-02, al-Shabaab]",
                                    "attacks[2024-08-02, gunmen]"}
    assert warnings(merge(results)) == []


def side_of(*told: tuple[str, str]) -> tuple[Summary, list]:
    """One raid on a market in Garissa on Friday, each outlet naming its attacker as
    written: (attacker, text)."""
    results = [report(f"outlet{i}", dt.date(2024, 8, 3), text, attack(
        text, text, time_expression="on Friday", attacker=attacker, targets=["Garissa"],
        killed=killed(9, "killing 9 people")))
        for i, (attacker, text) in enumerate(told)]
    summary = merge(results)
    return summary, [f for f in summary.facts if f.path.endswith(".attacker")]


def test_words_that_name_no_side_do_not_disagree_on_who_struck() -> None:
    """'Militants', 'terrorists' and 'an unknown attacker' each say what struck, not who:
    none contradicts another. No side is named, so none is corroborated; the summary
    states a word that says something, not 'unknown'."""
    summary, attackers = side_of(
        ("unknown", "A market in Garissa was attacked on Friday, killing 9 people; no one "
                    "has claimed it."),
        ("militants", "Militants stormed a market in Garissa on Friday, killing 9 people."),
        ("terrorists", "Terrorists opened fire in a Garissa market on Friday, killing 9 "
                       "people, police said."),
    )
    assert [(f.value, f.status) for f in attackers] == [("militants", "single_source")]
    assert warnings(summary) == []


def test_a_named_side_among_them_is_the_attacker() -> None:
    """What the rule leaves alone: where one report names a side, that side is stated,
    not a word that names none."""
    summary, attackers = side_of(
        ("militants", "Militants stormed a market in Garissa on Friday, killing 9 people."),
        ("al-Shabaab", "Al-Shabaab fighters attacked a Garissa market on Friday, killing 9 "
                       "people."),
        ("terrorists", "Terrorists opened fire in a Garissa market on Friday, killing 9 "
                       "people, police said."),
    )
    assert [(f.value, f.status) for f in attackers] == [("al-Shabaab", "single_source")]
    assert warnings(summary) == []
