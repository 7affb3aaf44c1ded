"""The rules backend on one swap told in the words of different outlets.

Each test is text written for it: the same facts told in the wordings outlets
vary (a superlative measuring the swap against the war, a capital for its
government, the releasing side described before its name, another release
verb). The expected facts are exact and the same for every wording.
"""

from __future__ import annotations

import datetime as dt

import pytest

from summarizer.backends.rules import RulesBackend
from summarizer.facts import iter_facts
from summarizer.models import Article
from summarizer.text.time import resolve_extraction

SUNDAY = dt.date(2025, 6, 15)
SATURDAY = "stages[2025-06-14].released"


def exchange(text: str) -> dict[str, object]:
    article = Article(id="t", source="t", published=SUNDAY, text=text)
    extraction = resolve_extraction(RulesBackend().read(article), SUNDAY)
    return {f.path.removeprefix("exchange."): f.value for f in iter_facts(extraction)
            if f.path.startswith("exchange.")}


@pytest.mark.parametrize("text", [
    "Russia and Ukraine swapped 150 prisoners each on Saturday.",
    "Russia and Ukraine swapped 150 prisoners each on Saturday in the largest exchange since "
    "the start of the war.",
    "Russia and Ukraine on Saturday freed 150 prisoners each in their first swap since last "
    "year.",
    "In the largest swap since Russia\u2019s full-scale invasion, Russia and Ukraine freed 150 "
    "prisoners each on Saturday.",
])
def test_a_superlative_since_the_war_measures_the_swap_it_does_not_date_it(text: str) -> None:
    """ "The largest exchange since the war began" compares this swap with history: the
    swap is news, not background, and its count is no running total."""
    assert exchange(text) == {f"{SATURDAY}[Russia].count": 150,
                              f"{SATURDAY}[Ukraine].count": 150}


@pytest.mark.parametrize("verb", ["released", "freed", "set free"])
def test_every_release_verb_tells_a_release_its_side_and_a_running_total(verb: str) -> None:
    """A release told with any of the verbs outlets use is read the same: who freed whom, and
    a total "so far" out of the agreed number is a running total, not the deal."""
    assert exchange(
        f"Hamas {verb} 12 hostages on Saturday, and Israel {verb} 30 Palestinian prisoners. "
        f"Hamas has so far {verb} a total of 60 hostages out of the 100 agreed under the "
        "truce.") == {f"{SATURDAY}[Hamas].count": 12, f"{SATURDAY}[Israel].count": 30,
                      "cumulative[2025-06-14].count": 60}
    assert exchange(f"On Saturday, 12 hostages were {verb} by Hamas and 30 Palestinian "
                    f"prisoners were {verb} by Israel.") == {
        f"{SATURDAY}[Hamas].count": 12, f"{SATURDAY}[Israel].count": 30}


@pytest.mark.parametrize("sides", ["Russia and Ukraine", "Moscow and Kyiv", "Moscow and Ukraine",
                                   "Kyiv and Russia"])
def test_two_sides_joined_by_and_act_together_whether_country_or_capital(sides: str) -> None:
    """A capital joined to the other side ("Moscow and Kyiv on Saturday exchanged") acts with
    it: their swap's number is both sides' together, each side's own count is its own."""
    russia = "Moscow" if "Moscow" in sides else "Russia"
    assert exchange(f"{sides} on Saturday exchanged 300 prisoners of war, officials said. "
                    f"{russia} handed over 20 wounded Ukrainian soldiers in exchange for 10 "
                    "wounded Russian soldiers.") == {
        f"{SATURDAY}[Russia].count": 20, f"{SATURDAY}[Ukraine].count": 10}
    assert exchange(f"{sides} on Saturday exchanged 150 prisoners each.") == {
        f"{SATURDAY}[Russia].count": 150, f"{SATURDAY}[Ukraine].count": 150}


@pytest.mark.parametrize("hamas", ["Hamas", "the militant group Hamas",
                                   "Palestinian militant group Hamas"])
def test_a_side_described_after_by_still_released_the_people(hamas: str) -> None:
    """ "Released by the militant group Hamas": the words describing the side stand between
    "by" and its name, and the side is still who freed them."""
    assert exchange(f"On Saturday, 12 hostages were released by {hamas}, and 30 Palestinian "
                    "prisoners were freed by the Israeli authorities.") == {
        f"{SATURDAY}[Hamas].count": 12, f"{SATURDAY}[Israel].count": 30}
