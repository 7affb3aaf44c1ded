"""Whose toll: a number killed or injured written with the right words, yet counting the
attacker's own fighters or the victims of the attack this one answers or follows.

Every sentence is written for the test, in several outlets' styles; each group has the
figures that must pass beside the ones flagged.
"""

from __future__ import annotations

import datetime as dt

import pytest

from summarizer.models import Article, ArticleExtraction, Attack, Casualties, Evidence, FindingCode
from summarizer.pipeline import check

PUBLISHED = dt.date(2024, 1, 2)


def messages(text: str, count: int, attacker: str | None, targets: list[str],
             field: str = "killed") -> list[str]:
    toll = Casualties(count=count, evidence=Evidence(text=text))
    extraction = ArticleExtraction(attacks=[Attack(
        date=dt.date(2024, 1, 1), attacker=attacker, targets=targets,
        evidence=Evidence(text=text), **{field: toll})])
    art = Article(id="a", source="outlet a", published=PUBLISHED, text=text)
    return [f.message for f in check(art, extraction)[1]
            if f.code is FindingCode.figure_unsupported]


@pytest.mark.parametrize(("text", "count", "attacker", "targets", "why"), [
    ("Israeli commandos freed two hostages in a raid on Rafah on Monday, and one Israeli "
     "soldier was killed in the operation.", 1, "Israel", ["Rafah"], "Israel's own fighters"),
    ("Twenty Pakistani soldiers and 150 militants were killed in the border clashes, the "
     "army said.", 20, "Pakistan", ["Afghanistan"], "Pakistan's own fighters"),
    ("Troops killed six members of al-Shabab after the siege of the hotel ended.", 6,
     "al-Shabab", ["Mogadishu"], "al-Shabab's own fighters"),
    ("Security forces ended the siege of the hotel and shot dead four attackers, police said.",
     4, "al-Shabab", ["Mogadishu"], "the attackers"),
])
def test_a_toll_of_the_attackers_own_fighters_is_not_the_attacks(
    text: str, count: int, attacker: str, targets: list[str], why: str
) -> None:
    found = messages(text, count, attacker, targets)
    assert len(found) == 1 and why in found[0]


@pytest.mark.parametrize(("text", "count", "attacker", "targets"), [
    ("Israeli strikes on Rafah killed 40 Palestinians on Monday, and one Israeli soldier was "
     "killed.", 40, "Israel", ["Rafah"]),
    ("Twenty Pakistani soldiers and 150 militants were killed in the border clashes, the army "
     "said.", 20, "Afghanistan", ["Pakistan"]),
    ("Gunmen stormed the hotel and killed 12 people, including three soldiers.", 12,
     "al-Shabab", ["Mogadishu"]),
    ("A Myanmar military airstrike killed 40 Burmese villagers, including children.", 40,
     "Myanmar", ["Pazigyi"]),
    ("A Russian missile attack on Kharkiv and Dnipro killed 14 people on Tuesday, officials "
     "said.", 14, "Russia", ["Kharkiv", "Dnipro"]),
    ("One Israeli soldier was killed during the raid, the army said.", 1, None, ["Rafah"]),
])
def test_the_victims_of_the_attack_pass(
    text: str, count: int, attacker: str | None, targets: list[str]
) -> None:
    assert messages(text, count, attacker, targets) == []


ANSWER = ("Hezbollah fired rockets at Haifa in retaliation for Israeli airstrikes on Beirut, "
          "which killed 22 people and wounded 117.")


@pytest.mark.parametrize(("text", "count", "attacker", "targets", "field"), [
    ("The militia said its drone attack on the base was in response to Israeli strikes in "
     "Lebanon on Thursday that killed 22 people.", 22, "Hezbollah", ["Binyamina"], "killed"),
    (ANSWER, 22, "Hezbollah", ["Haifa"], "killed"),
    (ANSWER, 117, "Hezbollah", ["Haifa"], "injured"),
    ("The shelling of Belgorod came a day after Russian bombardments across Ukraine that left "
     "39 civilians dead.", 39, "Ukraine", ["Belgorod"], "killed"),
    ("Saturday's shelling of Belgorod came hours after bombardments across Ukraine that left "
     "39 civilians dead.", 39, "Ukraine", ["Belgorod"], "killed"),
])
def test_the_toll_of_the_attack_this_one_answers_is_anothers(
    text: str, count: int, attacker: str, targets: list[str], field: str
) -> None:
    found = messages(text, count, attacker, targets, field)
    assert len(found) == 1 and "another attack" in found[0]


@pytest.mark.parametrize(("text", "count", "attacker", "targets"), [
    (ANSWER, 22, "Israel", ["Beirut"]),
    ("In response to the rocket attack, Israeli jets struck Beirut, killing four people.", 4,
     "Israel", ["Beirut"]),
    ("In response to Hezbollah's rocket attack that killed 12 children, Israel struck Beirut, "
     "killing four people.", 4, "Israel", ["Beirut"]),
    ("In response to the rocket attack that killed 12 children, Israel struck Beirut.", 12,
     "Hezbollah", ["Majdal Shams"]),
])
def test_the_answering_attacks_own_toll_or_an_unnamed_ones_passes(
    text: str, count: int, attacker: str, targets: list[str]
) -> None:
    assert messages(text, count, attacker, targets) == []


STRIKES = ("US air strikes on the oil port controlled by the Houthis killed at least 70 people, "
           "the Houthi health ministry said.")
BOTH = "Russian shelling killed 3 people in Kherson, while Ukrainian drones killed 2 in Belgorod."


@pytest.mark.parametrize(("text", "count", "attacker", "targets", "flag"), [
    (STRIKES, 70, "Houthis", ["Tel Aviv"], True),
    (STRIKES, 70, "United States", ["Ras Isa"], False),
    (BOTH, 3, "Ukraine", ["Belgorod"], True),
    (BOTH, 2, "Ukraine", ["Belgorod"], False),
    ("Gaza's health ministry said Israeli strikes killed 40 people overnight.", 40, "Israel",
     ["Gaza"], False),
    ("A Taliban attack on the border post killed 23 soldiers, Pakistan's army said.", 23,
     "Afghanistan", ["Pakistan"], False),
])
def test_a_toll_of_an_attack_named_as_another_sides_is_anothers(
    text: str, count: int, attacker: str, targets: list[str], flag: bool
) -> None:
    found = messages(text, count, attacker, targets)
    assert (len(found) == 1 and "another side's attack" in found[0]) if flag else found == []


@pytest.mark.parametrize(("text", "count", "targets", "flag"), [
    ("In Kyiv alone, 23 people were killed, the mayor said.", 23, ["Kyiv", "Lviv"], True),
    ("Russian missiles struck Lviv and Kyiv overnight, killing 23 people, officials said.", 23,
     ["Kyiv", "Lviv"], False),
    ("In Kyiv alone, 23 people were killed, the mayor said.", 23, ["Kyiv"], False),
    ("The missiles hit Kyiv and Lviv, killing 31 people, 23 of them in Kyiv alone.", 31,
     ["Kyiv", "Lviv"], False),
])
def test_one_places_toll_is_not_an_attack_on_more(
    text: str, count: int, targets: list[str], flag: bool
) -> None:
    found = messages(text, count, "Russia", targets)
    assert (len(found) == 1 and "one place's toll" in found[0]) if flag else found == []


RETALIATED = ("The army said 12 of its soldiers died in the raid by Taliban fighters, prompting "
              "retaliatory strikes that destroyed several Taliban posts and killed 80 militants.")


@pytest.mark.parametrize(("count", "attacker", "targets", "flag"), [
    (80, "Afghanistan", ["Pakistan"], True),
    (80, "Pakistan", ["Afghanistan"], False),
])
def test_the_toll_of_the_strikes_that_answer_an_attack_is_not_that_attacks(
    count: int, attacker: str, targets: list[str], flag: bool
) -> None:
    found = messages(RETALIATED, count, attacker, targets)
    assert (len(found) == 1 and "another attack" in found[0]) if flag else found == []


@pytest.mark.parametrize("text", [
    "Two killed and five wounded: Russian troops attacked Kharkiv again on Tuesday evening.",
    "Two dead and five wounded \u2013 Russian forces shelled the market in Kharkiv at noon.",
])
def test_a_colon_or_a_dash_ends_the_words_a_number_counts(text: str) -> None:
    assert messages(text, 5, "Russia", ["Kharkiv"], field="injured") == []
