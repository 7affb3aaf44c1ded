"""Condolences, sympathy and thanks a speaker "sent", "offered" or "extended" in words of
their own are their statement, as after "expressed"; what else someone "sent" is not.
Sentences written for this file, in a wire's, a ministry release's and a local outlet's
style, and one the rule must leave alone."""

from __future__ import annotations

import pytest

from tests.test_rules_statements import said

_CASES = {
    "condolences on a platform, and the paragraph after (wire)": (
        "In a post on X, former Prime Minister Ali Warsame sent his \u201cdeepest condolences "
        "to the families of the victims and the injured\u201d on Saturday.\n\n"
        "\u201cThis attack on a crowded market shows the cruelty of the terrorists.\u201d",
        [("Ali Warsame", "deepest condolences to the families of the victims and the injured"),
         ("Ali Warsame", "This attack on a crowded market shows the cruelty of the terrorists.")]),
    "a body's sympathy (ministry release)": (
        "The Kenyan foreign ministry offered its \u201csincere sympathy to the people and "
        "government of Somalia\u201d after the bombing.",
        [("Kenyan foreign ministry", "sincere sympathy to the people and government of Somalia")]),
    "thanks (local outlet)": (
        "Governor Musa Danladi extended his \u201cheartfelt gratitude to the security agencies "
        "for the rescue\u201d.",
        [("Musa Danladi", "heartfelt gratitude to the security agencies for the rescue")]),
    "left alone: units sent are no words": (
        "Russia sent its \u201cbest units to the front line near the city\u201d last week.",
        []),
}


@pytest.mark.parametrize("case", list(_CASES))
def test_what_a_speaker_sent_in_words_is_their_statement(case: str) -> None:
    text, expected = _CASES[case]
    assert said(text) == expected
