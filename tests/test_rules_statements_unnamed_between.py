"""A quotation whose tag names someone the rules cannot name ("Amina, 52, said", "one of the
drivers told AFP", "local residents told AFP") is still a speaker between the one before and a
later "he said": the pronoun is not given to the person the rules named before. Sentences
written for this file, in a broadcaster's, a wire's and a local outlet's style, and one the
rule must leave alone."""

from __future__ import annotations

import pytest

from tests.test_rules_statements import said

_CASES = {
    "a first name and an age (broadcaster)": (
        "Asked about the talks, Foreign Minister Lars Eklund said: \u201cIt is too early to "
        "say.\u201d\n\n\u201cThey took everything from us,\u201d Amina, 52, said of the "
        "fighters. \u201cWe will go back when it is safe,\u201d he added.",
        [("Lars Eklund", "It is too early to say.")]),
    "one of a group (wire)": (
        "\u201cThe convoy will leave at dawn,\u201d Governor Tomas Berg said.\n\n\u201cWe have "
        "not eaten for two days,\u201d one of the drivers told AFP at the crossing. \u201cNobody "
        "came to help us here,\u201d he said.",
        [("Tomas Berg", "The convoy will leave at dawn")]),
    "residents in the plural (local outlet)": (
        "\u201cWe will rebuild every house,\u201d Mayor Ivan Petrenko said.\n\n\u201cThe water "
        "has been off for a week,\u201d local residents told AFP. \u201cThere is nothing left to "
        "drink in the village,\u201d he said.",
        [("Ivan Petrenko", "We will rebuild every house")]),
    "left alone: nobody between the speaker and the pronoun": (
        "\u201cWe will rebuild every house,\u201d Mayor Ivan Petrenko said. \u201cThe city will "
        "help every family,\u201d he added.",
        [("Ivan Petrenko", "We will rebuild every house"),
         ("Ivan Petrenko", "The city will help every family")]),
}


@pytest.mark.parametrize("case", list(_CASES))
def test_a_pronoun_does_not_reach_past_a_speaker_the_rules_cannot_name(case: str) -> None:
    text, expected = _CASES[case]
    assert said(text) == expected
