"""A plan told of one side governs the other side's clause that leaves its verb out.

Outlets announce the next handover with one verb for both sides: "Hamas is due to free
three hostages, and Israel 369 prisoners". The second clause has no verb of its own, so
its plan is the first one's; read alone, "and Israel 369 prisoners" looked like a release
done (and, beside today's release, was even added to it). Each sentence is written for the
test in a different outlet's style; the last ones leave the verb out of a release done,
which the rule must leave alone.
"""

from __future__ import annotations

import datetime as dt

import pytest

from tests.test_rules_exchange import facts

SATURDAY = dt.date(2025, 2, 15)
TODAY = {"exchange.stages[2025-02-15].released[Hamas].count": 3,
         "exchange.stages[2025-02-15].released[Israel].count": 183}


@pytest.mark.parametrize("plan", [
    # wire style
    "Next Saturday, Hamas is due to free three more hostages, and Israel 369 prisoners.",
    # broadcaster style
    "Hamas is expected to release three hostages next week, and Israel 369 prisoners.",
    # a paper's, "while"
    "Under the truce, Hamas will hand over four bodies on Thursday, while Israel about 600 "
    "prisoners.",
])
def test_the_other_side_s_gapped_clause_is_planned_too(plan: str) -> None:
    assert facts("Hamas freed three hostages on Saturday, and Israel released 183 Palestinian "
                 "prisoners.\n\n" + plan, SATURDAY) == TODAY


def test_a_plan_alone_is_no_release() -> None:
    assert facts("Hamas is expected to release three hostages on Saturday, and Israel 369 "
                 "prisoners.", SATURDAY) == {}


@pytest.mark.parametrize("text", [
    "Hamas freed three hostages on Saturday, and Israel 183 Palestinian prisoners.",
    "On Saturday Hamas released three hostages, while Israel 183 Palestinian prisoners.",
])
def test_a_gapped_clause_of_a_release_done_stays(text: str) -> None:
    assert facts(text, SATURDAY) == TODAY
