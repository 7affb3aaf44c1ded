"""Places hit that a report names in shapes beyond "struck X": a list a plural place noun
heads, a place that is the subject of the hit, a place after a count of places, a region
a possessive names.

Every text is written for the test; "Zorinsk", "Talbir", "Varna Kala", "Mirab" and "Kelsa"
are invented, so that only the words around them can make them places.
"""

from __future__ import annotations

import datetime as dt

from summarizer.backends.rules import RulesBackend
from summarizer.models import Article, Attack


def attacks(text: str) -> list[Attack]:
    article = Article(id="t", source="t", published=dt.date(2025, 5, 24), text=text)
    return RulesBackend().read(article).attacks


LEAD = "Israeli strikes killed 12 people in Lebanon on Friday. "


def test_a_plural_place_noun_heads_the_list_of_places_hit() -> None:
    (attack,) = attacks(LEAD + "Jets also struck the hillside villages of Zorinsk, Talbir and "
                               "Mirab.")
    assert attack.regions == ["Zorinsk", "Talbir", "Mirab"]


def test_a_place_that_is_the_subject_of_the_hit_is_a_place_hit() -> None:
    (attack,) = attacks(LEAD + "Tyre, the main port of the south, also came under fire, and "
                               "Sidon was hit twice.")
    assert attack.regions == ["Tyre", "Sidon"]
