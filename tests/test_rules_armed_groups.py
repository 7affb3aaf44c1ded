"""The rules backend on armed groups that free people, named as reports name them.

Each test is text written for it. A group the shipped table does not know is no side: its
release has no one to free it, and a country it is only linked to takes its place.
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
