"""The rules backend on armed groups that free people, named as reports name them.

Each test is text written for it. A group the shipped table does not know is no side: its
release has no one to free it, and a country it is only linked to takes its place. A time the
sentence gives to the people's seizure ("six hostages it seized last month") says how long they
were held, not that the release is history; a time told between the captors and their verb
does not part them ("the rebel group on Wednesday freed"); and the dead a sentence recalls
("the deaths of four soldiers") were never freed.
"""

from __future__ import annotations

import datetime as dt

import pytest

from summarizer.backends.rules import RulesBackend
from summarizer.facts import iter_facts
from summarizer.models import Article
from summarizer.text.time import resolve_extraction


def facts(text: str, published: dt.date) -> dict[str, object]:
    article = Article(id="t", source="t", published=published, text=text)
    extraction = resolve_extraction(RulesBackend().read(article), published)
    return {f.path: f.value for f in iter_facts(extraction) if f.path.startswith("exchange.")}


@pytest.mark.parametrize("group", ["FARC rebels", "The Revolutionary Armed Forces of Colombia"])
def test_a_guerrilla_group_frees_its_hostages(group: str) -> None:
    assert facts(f"{group} on Monday released three soldiers and seven police officers held "
                 "in jungle camps for years, the Red Cross said.", dt.date(2019, 3, 5)) == {
        "exchange.stages[2019-03-04].released[FARC].count": 10,
        "exchange.stages[2019-03-04].released[FARC].breakdown[soldiers]": 3,
        "exchange.stages[2019-03-04].released[FARC].breakdown[police officers]": 7,
    }


@pytest.mark.parametrize("group", ["The al-Nusra Front", "Jabhat al-Nusra", "Nusra Front"])
def test_a_group_fighting_from_a_country_frees_for_itself(group: str) -> None:
    """The group's fighters are Syrian, not the Syrian state: the group freed the soldiers."""
    assert facts(f"{group} handed over 12 Lebanese soldiers on Thursday near the Syrian "
                 "border in exchange for nine prisoners held by Lebanon.",
                 dt.date(2019, 3, 8)) == {
        "exchange.stages[2019-03-07].released[Nusra Front].count": 12,
        "exchange.stages[2019-03-07].released[Lebanon].count": 9,
    }


@pytest.mark.parametrize("seized", ["it seized last month", "seized in a raid in 2019"])
def test_when_the_people_were_seized_does_not_make_their_release_history(seized: str) -> None:
    assert facts(f"The ELN on Wednesday freed six hostages {seized}, officials said.",
                 dt.date(2021, 9, 16)) == {
        "exchange.stages[2021-09-15].released[ELN].count": 6}


@pytest.mark.parametrize(("subject", "side"), [
    ("The ELN rebel group", "ELN"), ("Boko Haram insurgents in Borno", "Boko Haram")])
def test_a_time_between_the_captors_and_their_verb_leaves_them_its_subject(
        subject: str, side: str) -> None:
    assert facts(f"{subject} on Wednesday freed six hostages, officials said.",
                 dt.date(2021, 9, 16)) == {
        f"exchange.stages[2021-09-15].released[{side}].count": 6}


def test_the_dead_a_prisoner_was_jailed_for_are_not_freed() -> None:
    assert facts("Israel freed five Lebanese prisoners to Hezbollah on Wednesday after the "
                 "group returned the bodies of two soldiers seized in a raid in 2006. One of "
                 "the freed men had served a life term for the deaths of four Israelis.",
                 dt.date(2008, 7, 17)) == {
        "exchange.stages[2008-07-16].released[Israel].count": 5}
