"""Places a report names beside an attack that it did not hit: where a warning sounded.

Every text is written for the test; "Zorinsk", "Talbir" and "Mirab" are invented towns.
"""

from __future__ import annotations

import datetime as dt

import pytest

from summarizer.backends.rules import RulesBackend
from summarizer.models import Article, Attack


def attacks(text: str) -> list[Attack]:
    article = Article(id="t", source="t", published=dt.date(2025, 5, 24), text=text)
    return RulesBackend().read(article).attacks


@pytest.mark.parametrize(("text", "regions"), [
    # a wire report: the hit, then the cities the alerts covered
    ("Russia struck Kharkiv on Friday, killing four, as air raid alerts sounded in Kyiv and "
     "Poltava.", ["Kharkiv"]),
    # a broadcaster's style: the warning told in a participle after the claim
    ("Hezbollah said it fired rockets at Haifa on Friday, triggering rocket sirens in several "
     "towns, including Nahariya.", ["Haifa"]),
    # a live page: the alert first, then the place hit
    ("Sirens went off in Tel Aviv on Friday before a rocket hit Ashkelon, wounding two people.",
     ["Ashkelon"]),
])
def test_where_a_warning_sounded_is_not_a_place_hit(text: str, regions: list[str]) -> None:
    (attack,) = attacks(text)
    assert attack.regions == regions


def test_sirens_at_the_scene_name_no_warning() -> None:
    """An ambulance's siren at the place hit is no alert: the place stays."""
    (attack,) = attacks("An Israeli strike hit Damascus on Friday, killing six people, as "
                        "sirens wailed in the Mazzeh district.")
    assert attack.regions == ["Damascus", "Mazzeh"]
