"""Two people the narrative reports speaking together ("X and Y said in a statement"): a later
"the statement reads" is neither's alone, so it is not given to the one named last. Sentences
written for this file, in a wire's, a broadcaster's and a local outlet's style, and one the
rule must leave alone."""

from __future__ import annotations

import pytest

from tests.test_rules_statements import said

_CASES = {
    "a prime minister and a minister (wire)": (
        "In a statement on Tuesday, Prime Minister Lars Eklund and Defence Minister Tomas Berg "
        "said the army had struck the depots.\n\n\u201cWe will not allow the border villages to "
        "be shelled again,\u201d the statement reads.",
        []),
    "a mayor and a governor (broadcaster)": (
        "Mayor Ivan Petrenko and Governor Anna Brel announced a curfew for the city.\n\n"
        "\u201cEveryone must stay indoors from ten at night until six,\u201d the statement "
        "said.",
        []),
    "two ministers without titles (local outlet)": (
        "Omar Saleh and Karim Nassar wrote to the council on Friday.\n\n\u201cThe shelters "
        "must open to every family tonight,\u201d the letter said.",
        []),
    "left alone: one person, named after someone else in another sentence": (
        "Anna Brel visited the hospital. Mayor Ivan Petrenko said the curfew would hold.\n\n"
        "\u201cEveryone must stay indoors from ten at night until six,\u201d the statement "
        "said.",
        [("Ivan Petrenko", "Everyone must stay indoors from ten at night until six")]),
}


@pytest.mark.parametrize("case", list(_CASES))
def test_a_statement_two_people_gave_together_is_neither_s(case: str) -> None:
    text, expected = _CASES[case]
    assert said(text) == expected
