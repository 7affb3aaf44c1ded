"""The release a swap's lead answers with: "three more hostages in exchange for the freeing
of 183 prisoners".

Outlets lead on one side's release and name the other's as what it was exchanged for,
often as a noun ("in exchange for the freeing of 183", "in return for the release of
183"): the other side freed those people, not the one whose verb comes first. And "more"
adds the count it stands with ("three more hostages"), not every count of its sentence.
Each sentence is written for the test in a different outlet's style; the last ones name no
other side, or add a count, which the rules must leave alone.
"""

from __future__ import annotations

import datetime as dt

from tests.test_rules_exchange import facts

SATURDAY = dt.date(2025, 2, 8)
SWAP = {"exchange.stages[2025-02-08].released[Hamas].count": 3,
        "exchange.stages[2025-02-08].released[Israel].count": 183}


ANSWERED = [
    # a paper's: the answer as "the freeing of"
    "Israel and Hamas carried out another swap on Saturday. Hamas released three Israeli "
    "hostages in exchange for the freeing of 183 Palestinian detainees and prisoners.",
    "Israel and Hamas carried out another swap on Saturday. Hamas freed three hostages in "
    "return for the release of 183 Palestinian prisoners.",
    "Hamas and Israel swapped captives on Saturday: Hamas handed over three hostages in "
    "exchange for the return of 183 Palestinian prisoners held by Israel.",
]
"""One swap told in three outlets' words, the other side's release named as a noun."""


def test_the_release_answered_is_the_other_side_s() -> None:
    assert [facts(text, SATURDAY) for text in ANSWERED] == [SWAP] * len(ANSWERED)


def test_more_adds_only_the_count_it_stands_with() -> None:
    got = facts("Hamas has released three more Israeli hostages in exchange for the freeing of "
                "183 Palestinian prisoners held by Israel, part of the latest stage of the "
                "ceasefire deal.", SATURDAY)
    assert got == {"exchange.stages[undated].released[Israel].count": 183}


def test_a_release_answered_with_no_other_side_named_is_left_alone() -> None:
    assert facts("Israel freed 183 Palestinian prisoners on Saturday in exchange for the return "
                 "of three hostages held in Gaza.", SATURDAY) == {
        "exchange.stages[2025-02-08].released[Israel].count": 183}
