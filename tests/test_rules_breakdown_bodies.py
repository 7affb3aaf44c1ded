"""A release broken down by the body its people served in, or by what they were.

Official counts of a swap list the returnees by service ("130 of the Armed Forces, 55 -
of the National Guard, 38 - of the State Border Guard Service", an en dash as often),
often with an aside in brackets, or say what a few of them were ("The released prisoners
include 18 individuals who were serving life sentences and 111 detainees from Gaza"). Each
part is a category of the release told before. Each sentence is written for the test in a
different outlet's style; the last one is a list the rule must leave alone.
"""

from __future__ import annotations

import datetime as dt

import pytest

from tests.test_rules_exchange import facts

WEDNESDAY = dt.date(2024, 1, 3)
STAGE = "exchange.stages[2024-01-03].released[Russia]"


@pytest.mark.parametrize("parts", [
    # the coordination office's own words, quoted
    '"Some 230 defenders are coming back home. They include 130 representatives of the Armed '
    'Forces (including 14 marines, 14 sailors), 55 \u2013 of the National Guard, 38 \u2013 of '
    'the State Border Guard Service, one \u2013 of the National Police, and six civilians," it '
    'said.',
    # a wire rewrite with hyphens and no aside
    "Those freed included 130 members of the Armed Forces, 55 - of the National Guard, 38 - of "
    "the State Border Guard Service, one - of the National Police, and six civilians.",
])
def test_parts_named_by_the_body_they_served_in(parts: str) -> None:
    got = facts("On Wednesday, 230 Ukrainians were released from Russian captivity in a swap "
                "with Russia.\n\n" + parts, WEDNESDAY)
    assert got == {
        f"{STAGE}.count": 230,
        f"{STAGE}.breakdown[Armed Forces]": 130,
        f"{STAGE}.breakdown[National Guard]": 55,
        f"{STAGE}.breakdown[State Border Guard Service]": 38,
        f"{STAGE}.breakdown[National Police]": 1,
        f"{STAGE}.breakdown[civilians]": 6,
    }


def test_parts_named_by_what_the_people_were() -> None:
    saturday = dt.date(2025, 2, 8)
    stage = "exchange.stages[2025-02-08].released[Israel]"
    assert facts("Israel released 183 Palestinian prisoners on Saturday in exchange for three "
                 "hostages held by Hamas. The released prisoners include 18 individuals who were "
                 "serving life sentences and 111 detainees from Gaza.", saturday) == {
        "exchange.stages[2025-02-08].released[Hamas].count": 3,
        f"{stage}.count": 183,
        f"{stage}.breakdown[serving life sentences]": 18,
        f"{stage}.breakdown[detainees from Gaza]": 111,
    }


def test_a_list_of_no_release_is_left_alone() -> None:
    assert facts("On Wednesday, 230 Ukrainians were released from Russian captivity in a swap "
                 "with Russia.\n\nThe brigade lost 130 members of the Armed Forces and 55 of the "
                 "National Guard in the battle for the town last year.", WEDNESDAY) == {
        f"{STAGE}.count": 230}


def test_prisoners_named_by_the_sentence_they_serve() -> None:
    stage = "exchange.stages[2025-02-08].released[Israel]"
    assert facts("Hamas freed three hostages on Saturday, and Israel released 183 Palestinian "
                 "prisoners, which the prison service said consisted of 18 prisoners serving life "
                 "sentences, 54 prisoners serving other long sentences, and 111 people detained "
                 "in Gaza during the war.", dt.date(2025, 2, 8)) == {
        "exchange.stages[2025-02-08].released[Hamas].count": 3,
        f"{stage}.count": 183,
        f"{stage}.breakdown[serving life sentences]": 18,
        f"{stage}.breakdown[serving other long sentences]": 54,
        f"{stage}.breakdown[detained in Gaza]": 111,
    }


def test_a_name_that_qualifies_the_noun_after_it_is_no_body() -> None:
    got = facts("Russia and Ukraine swapped prisoners on Saturday. Russia freed 95 Ukrainian "
                "soldiers.\n\nAmong them were 20 of the Azovstal defenders.", dt.date(2025, 5, 24))
    assert "exchange.stages[2025-05-24].released[Russia].breakdown[Azovstal]" not in got
