"""A place outlets spell differently is one place: a village's name transliterated as each
outlet heard it ('Kalomba', 'Kalumba'), with a hyphen or without ('Sen-Dara', 'Sen Dara'),
in one word or three ('Ba Lo Myin', 'Balomyin'). An undated report of the attack, spelled
otherwise, joins the dated one instead of standing alone on its publication day with its
toll and regions. A name with a syllable more is another place, and stays another attack.

The articles and the places are written for these tests.
"""

from __future__ import annotations

import datetime as dt

import pytest

from summarizer.merge import merge
from summarizer.text.entities import EntityKind, EntityResolver
from tests.test_events import attack_keys, killed, told_on

SATURDAY = dt.date(2025, 3, 22)
DATED = ("Gunmen of the Northern Front killed 12 worshippers at a mosque in the village of "
         "Kalomba on Friday, officials said.",
         {"time_expression": "on Friday", "attacker": "Northern Front", "targets": ["Kalomba"],
          "killed": killed(12, "killed 12 worshippers")})
UNDATED = ("The government confirmed that 12 civilians died in the attack on Kalumba village "
           "in the Tamsa region.",
           {"targets": ["Kalumba"], "regions": ["Kalumba", "Tamsa"],
            "killed": killed(12, "12 civilians died")})


def test_an_undated_report_spelling_the_village_otherwise_joins_the_dated_attack() -> None:
    results = told_on(SATURDAY, {"dated": DATED, "undated": UNDATED})
    assert attack_keys(results) == {"attacks[2025-03-21]"}
    summary = merge(results)
    toll = next(f for f in summary.facts if f.path == "attacks[2025-03-21].killed")
    assert (toll.value, toll.status, [s.article_id for s in toll.sources]) == (
        12, "corroborated", ["dated", "undated"])
    target = next(f for f in summary.facts if f.path == "attacks[2025-03-21].target")
    assert (target.value, target.status) == ("Kalomba", "corroborated")
    assert [f.path for f in summary.facts if ".regions[" in f.path] == [
        "attacks[2025-03-21].regions[Kalomba]", "attacks[2025-03-21].regions[Tamsa]"]


@pytest.mark.parametrize(("written", "other"), [
    pytest.param("Sen-Dara", "Sen Dara", id="hyphen"),
    pytest.param("Ba Lo Myin", "Balomyin", id="one-word"),
])
def test_a_township_written_two_ways_is_one_attack_of_the_evening(written: str,
                                                                  other: str) -> None:
    """Both dated, one naming the attacker: before, the places told them apart."""
    results = told_on(dt.date(2025, 10, 7), {
        "named": (f"Army paragliders bombed a vigil in {written} on Monday evening, killing "
                  "at least 20.", {"time_expression": "on Monday evening", "attacker": "Myanmar",
                                   "regions": [written],
                                   "killed": killed(20, "killing at least 20", "at least")}),
        "unnamed": (f"Two bombs fell on a festival crowd in {other} on Monday evening, killing "
                    "about 30.", {"time_expression": "on Monday evening", "regions": [other],
                                  "killed": killed(30, "killing about 30", "about")})})
    assert attack_keys(results) == {"attacks[2025-10-06]"}


def test_a_village_with_a_syllable_more_is_another_attack() -> None:
    """'Kalombari' has Kalomba's consonants and one more vowel: another name."""
    results = told_on(SATURDAY, {
        "first": ("A bomb killed 3 people at a market in Kalomba on Friday.",
                  {"time_expression": "on Friday", "regions": ["Kalomba"],
                   "killed": killed(3, "killed 3 people")}),
        "second": ("A bomb killed 5 people at a market in Kalombari on Friday.",
                   {"time_expression": "on Friday", "regions": ["Kalombari"],
                    "killed": killed(5, "killed 5 people")})})
    assert len(attack_keys(results)) == 2


@pytest.mark.parametrize(("names", "canonical"), [
    pytest.param(["Kalomba", "Kalumba"], {"Kalomba"}, id="vowel"),
    pytest.param(["Sen-Dara", "Sen Dara"], {"Sen Dara"}, id="hyphen"),
    pytest.param(["Ba Lo Myin", "Balomyin"], {"Ba Lo Myin"}, id="spaces"),
    pytest.param(["Kalomba", "Kalombari"], {"Kalomba", "Kalombari"}, id="syllable"),
    pytest.param(["Niger", "Nigeria"], {"Niger", "Nigeria"}, id="known-apart"),
    pytest.param(["Gaza", "Giza"], {"Gaza", "Giza"}, id="short"),
])
def test_places_spelled_with_other_vowels_are_one(names: list[str], canonical: set[str],
                                                  ) -> None:
    assert set(EntityResolver().resolve(EntityKind.place, names).values()) == canonical


def test_only_places_are_read_as_spellings() -> None:
    names = ["Kalomba", "Kalumba"]
    assert set(EntityResolver().resolve(EntityKind.party, names).values()) == set(names)
