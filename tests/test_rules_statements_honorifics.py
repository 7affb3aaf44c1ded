"""A name after an office and an honorific written without a full stop, as British and South
Asian copy writes it ("District Health Officer Dr Amina Shah"): the honorific opens the name,
and the words of the office before it are no part of it, so a later "she added" is hers.
Sentences written for this file, in a local outlet's, a wire's and a broadcaster's style, and
one the rule must leave alone."""

from __future__ import annotations

import pytest

from tests.test_rules_statements import said

_CASES = {
    "an officer's title and a doctor's honorific (local outlet)": (
        "Meanwhile, District Emergency Officer Omar Latif told reporters that the market was "
        "closed.\n\nSeparately, District Health Officer Dr Amina Shah said 40 injured people "
        "were brought to the hospital.\n\n\u201cTwelve of them are in a critical condition "
        "tonight,\u201d she added.",
        [("Amina Shah", "Twelve of them are in a critical condition tonight")]),
    "a professor after the verb (wire)": (
        "\u201cWe have sent every ambulance we have to the scene,\u201d said Medical "
        "Superintendent Prof Daniel Okafor.",
        [("Daniel Okafor", "We have sent every ambulance we have to the scene")]),
    "a coordinator before the pronoun (broadcaster)": (
        "Relief Coordinator Mr Tariq Aziz told the BBC the camps were full. \u201cWe need "
        "tents for another two thousand families,\u201d he said.",
        [("Tariq Aziz", "We need tents for another two thousand families")]),
    "left alone: an honorific that opens the name, and an unnamed officer": (
        "\u201cThe wounded are stable for now,\u201d Dr Lena Hartig said. \u201cThe road to "
        "the village is still closed,\u201d a police officer told AFP.",
        [("Lena Hartig", "The wounded are stable for now"),
         ("police officer", "The road to the village is still closed")]),
}


@pytest.mark.parametrize("case", list(_CASES))
def test_a_name_after_an_office_and_an_honorific_is_the_speaker(case: str) -> None:
    text, expected = _CASES[case]
    assert said(text) == expected
