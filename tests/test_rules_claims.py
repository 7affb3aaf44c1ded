"""The offline extractor on claims of responsibility: the side that says it struck, or that
the authorities blame, is the attacker, as annotators write it, wherever the article tells the
claim. A denial names no attacker. Every text here is written for the test."""

from __future__ import annotations

import datetime as dt

import pytest

from summarizer.backends.rules import RulesBackend
from summarizer.models import Article
from summarizer.text.time import resolve_extraction

SATURDAY = dt.date(2025, 5, 24)


def attackers(text: str) -> list[str | None]:
    article = Article(id="t", source="t", published=SATURDAY, text=text)
    return [a.attacker for a in resolve_extraction(RulesBackend().read(article), SATURDAY).attacks]


@pytest.mark.parametrize(("text", "attacker"), [
    ("A bomb tore through a crowded market in Kabul on Friday, killing 12 people. The Islamic "
     "State group claimed responsibility for the bombing.", "Islamic State"),
    ("The Islamic State group claimed responsibility for Friday's blast at a market in Kabul, "
     "which killed 12 people.", "Islamic State"),
    ("A bomb tore through a crowded market in Kabul on Friday, killing 12 people, police "
     "said.\n\nThe toll could still rise, a hospital official said.\n\nBoko Haram militants "
     "later claimed responsibility for the attack in a video.", "Boko Haram"),
    ("A car bomb killed nine soldiers at a checkpoint in Mogadishu on Friday. Al-Shabab said it "
     "was behind the attack.", "al-Shabab"),
    ("A car bomb killed nine soldiers at a checkpoint in Mogadishu on Friday.\n\nAl-Shabaab, "
     "the Islamist group, said in a statement that it was responsible for the bombing.",
     "al-Shabab"),
    ("A roadside bomb killed nine soldiers near Quetta on Friday. Police blamed the attack on "
     "the Balochistan Liberation Army.", "Balochistan Liberation Army"),
    ("A roadside blast widely blamed on the Balochistan Liberation Army killed nine soldiers "
     "near Quetta on Friday.", "Balochistan Liberation Army"),
    ("A suicide bomber killed 14 people at a checkpoint in Mogadishu on Friday. Al-Shabab "
     "claimed the attack in a statement.", "al-Shabab"),
    ("Islamic State claimed responsibility on Saturday for a suicide bombing at a mosque in "
     "Kabul on Friday that killed 14 people.", "Islamic State"),
    ("A suicide bomber killed 14 people at a checkpoint in Mogadishu on Friday. Al-Shabab, "
     "which is linked to al-Qaeda, said its fighters carried out the attack.", "al-Shabab"),
    ("Hamas's armed wing, the Qassam Brigades, said it fired a barrage of rockets at Tel Aviv "
     "on Friday.", "Hamas"),
])
def test_the_side_that_claims_or_is_blamed_for_the_attack_is_its_attacker(
        text: str, attacker: str) -> None:
    """Before or after the sentence that tells the attack, in its paragraph or a later one."""
    assert attackers(text) == [attacker]


@pytest.mark.parametrize("text", [
    "A roadside bomb killed nine soldiers near Quetta on Friday. The Balochistan Liberation Army "
    "denied any role in the attack.",
    "A roadside bomb killed nine soldiers near Quetta on Friday. Al-Shabab said it was not "
    "behind the attack.",
    "A missile hit a depot near Quetta on Friday, killing nine soldiers. The Balochistan "
    "Liberation Army claimed the strike hit an army base.",
])
def test_a_denial_names_no_attacker(text: str) -> None:
    assert attackers(text) == [None]


def test_another_blast_blamed_on_a_side_is_not_the_attack_it_made() -> None:
    """A leader blaming a side for another event names no attacker of the news."""
    text = ("Russian missiles struck Kyiv on Friday, killing five people. The Kremlin blamed the "
            "dam explosion on Ukraine and threatened more strikes.")
    assert attackers(text) == ["Russia"]

