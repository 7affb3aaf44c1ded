"""Paraphrases of the phenomena the rules backend was taught on real reports.

Each rule was shown on a few sentences; these say the same kind of thing in other
words: other conflicts and parties (Sudan and the RSF, DR Congo and M23, Somalia,
Myanmar), other verbs ("left 40 dead" for "killed 40"), the passive for the active,
another agency's dateline. A rule that passes its own test but not these fits its
sentence, not the phenomenon. Every text is written for this file.
"""

from __future__ import annotations

import datetime as dt

import pytest

from summarizer.backends.rules import RulesBackend
from summarizer.models import Article, Attack
from summarizer.text.time import resolve_extraction

SATURDAY = dt.date(2025, 5, 24)


def attacks(text: str) -> list[Attack]:
    article = Article(id="t", source="t", published=SATURDAY, text=text)
    return resolve_extraction(RulesBackend().read(article), SATURDAY).attacks


def identity(text: str) -> list[tuple[str | None, str | None]]:
    return [(a.attacker, a.date and a.date.isoformat()) for a in attacks(text)]


@pytest.mark.parametrize(("text", "attacker"), [
    ("The M23 rebels said on Friday they had shelled Goma.", "M23"),
    ("Myanmar's military said it carried out airstrikes on rebel positions on Friday.",
     "Myanmar"),
    ("Hezbollah claimed on Friday that it had fired rockets at the city of Haifa.", "Hezbollah"),
    ("The RSF left 40 people dead in a drone attack on a camp near El Fasher on Friday.",
     "Rapid Support Forces"),
    ("al-Shabab killed 12 soldiers in an attack on a base on Friday.", "al-Shabab"),
    ("The Taliban wounded 9 police officers in an assault on a checkpoint on Friday.",
     "Taliban"),
    ("On Friday, eight rockets were fired at Sderot by Hamas.", "Hamas"),
    ("Pakistani air strikes hit Khost province on Friday, killing 9 people.", "Pakistan"),
])
def test_the_attacker_in_other_words(text: str, attacker: str) -> None:
    assert identity(text) == [(attacker, "2025-05-23")]


def test_a_reply_from_another_country_in_another_war() -> None:
    text = ("Israeli jets struck Beirut on Friday.\n\n"
            "Hours later, sirens sounded after rockets were launched from Lebanon.")
    assert identity(text) == [("Israel", "2025-05-23"), ("Lebanon", "2025-05-23")]


@pytest.mark.parametrize("dateline", [
    "May 24 (UPI) -- ", "May 24 (Reuters) - ", "KYIV, May 24 (AP) \u2014 ", "May 24 (AFP) \u2013 "])
def test_any_agency_s_dateline_does_not_date_the_attack(dateline: str) -> None:
    assert identity(dateline + "Russia attacked Kyiv with 50 drones overnight.") == [
        ("Russia", "2025-05-23")]


@pytest.mark.parametrize(("text", "weapon"), [
    ("A Russian cruise missile hit an apartment block in Odesa on Friday.", "cruise missile"),
    ("A Russian missile hit Odesa on Friday.", "missile"),
])
def test_a_weapon_that_hit_a_place_names_the_attack(text: str, weapon: str) -> None:
    (attack,) = attacks(text)
    assert (attack.attacker, attack.targets, [(w.type, w.count) for w in attack.weapons]) == (
        "Russia", ["Odesa"], [(weapon, 1)])


def test_missiles_counted_by_type_in_another_war() -> None:
    (attack,) = attacks("North Korea launched two cruise missiles on Friday. Officials said "
                        "the missiles flew for an hour.")
    assert [(w.type, w.count) for w in attack.weapons] == [("cruise missile", 2)]
