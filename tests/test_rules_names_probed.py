"""The rules backend on names a careful reader does not misread, in wordings written for this
test in several outlets' styles: a person at a body is one of its staff, not the body speaking
("a doctor at the Health Ministry said"), and a demonym before an armed group qualifies the
group, not its country ("Somali al-Shabab", "Yemeni Houthis"), save before a group that rules
another country: the "Afghan Taliban" rule Afghanistan, the "Pakistani Taliban" are a movement
of their own. Each row keeps the speaker of every statement or the attacker of every attack
read, exactly; the last rows of each kind are the ones the rules must leave alone.
"""

from __future__ import annotations

import datetime as dt

import pytest

from summarizer.backends.rules import RulesBackend
from summarizer.facts import iter_facts
from summarizer.models import Article
from summarizer.text.time import resolve_extraction

SATURDAY = dt.date(2025, 6, 14)


def _names(text: str) -> tuple[list[str], list[object]]:
    """The speakers of the statements and the attackers of the attacks, as facts."""
    read = resolve_extraction(RulesBackend().read(
        Article(id="t", source="t", published=SATURDAY, text=text)), SATURDAY)
    facts = list(iter_facts(read))
    return ([f.path.removeprefix("statements[").removesuffix("]") for f in facts
             if f.path.startswith("statements[") and f.path.endswith("]")],
            [f.value for f in facts if f.path.endswith(".attacker")])


@pytest.mark.parametrize(("text", "speakers", "attackers"), [
    ('"We have received 14 bodies so far," a doctor at the Health Ministry said.',
     ["doctor at the Health Ministry"], []),
    ('"The attackers came on motorbikes," an official at the interior ministry told AFP.',
     ["official at the interior ministry"], []),
    ('An official at the Defence Ministry, speaking on condition of anonymity, said: "The drones '
     'were launched from the south."', ["official at the Defence Ministry"], []),
    ('"Most of the wounded are children," a nurse at Nasser Hospital told Reuters.',
     ["nurse at Nasser Hospital"], []),
    ('"The toll is likely to rise further tonight," a source at the health ministry said.',
     ["source at the health ministry"], []),
    ('"We heard three loud explosions before dawn," a worker at the Red Crescent told the BBC.',
     ["worker at the Red Crescent"], []),
    ('"The hospital is overwhelmed with casualties," an employee at the health ministry said on '
     'Sunday.', ["employee at the health ministry"], []),
    ('"We have received 14 bodies so far," the Health Ministry said.', ["Health Ministry"], []),
    ('"The attackers came on motorbikes," the interior ministry said in a statement.',
     ["interior ministry"], []),
    ('"The drones came from the south," said Ahmed Ali, an official at the interior ministry.',
     ["Ahmed Ali"], []),
    ("A suicide bomber killed 12 people at a police station in Peshawar on Friday, in an attack "
     "claimed by the Pakistani Taliban.", [], ["Pakistani Taliban"]),
    ("The Pakistani Taliban claimed responsibility for the attack, which killed 9 soldiers in "
     "North Waziristan on Friday.", [], ["Pakistani Taliban"]),
    ("Gunmen from the Pakistani Taliban stormed a checkpoint in Bannu on Friday, killing 5 police "
     "officers.", [], ["Pakistani Taliban"]),
    ("Pakistani Taliban fighters ambushed a convoy in Lakki Marwat on Friday, killing 4 "
     "soldiers.", [], ["Pakistani Taliban"]),
    ("Somali al-Shabab militants attacked a hotel in Mogadishu on Friday, killing 8 people.",
     [], ["al-Shabab"]),
    ("The Yemeni Houthis fired a missile at Eilat on Friday, the Israeli military said.",
     [], ["Houthis"]),
    ("The Afghan Taliban fired across the border into Kurram on Friday, killing 3 civilians, "
     "Pakistani officials said.", [], ["Afghanistan"]),
    ("Pakistani forces struck hideouts of the Pakistani Taliban in Afghanistan on Friday, killing "
     "8.", [], ["Pakistan"]),
])
def test_names_read(text: str, speakers: list[str], attackers: list[object]) -> None:
    assert _names(text) == (speakers, attackers)
