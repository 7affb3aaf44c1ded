"""A quotation with no attribution of its own goes on with the speaker before it only while
the narrative names nobody else in between: then it may be the other person's, or a
relative's, and the rules cannot say whose. Sentences written for this file, in a wire's,
a local outlet's and a broadcaster's style, and one the rule must leave alone."""

from __future__ import annotations

import pytest

from tests.test_rules_statements import said

_CASES = {
    "a person named between, in one paragraph (wire)": (
        "\u201cWe will rebuild every home,\u201d Mayor Ihor Terekhov said. Governor Oleh "
        "Syniehubov visited the hospital later. \u201cThe toll may rise further tonight.\u201d",
        [("Ihor Terekhov", "We will rebuild every home")]),
    "a victim named between, before a paragraph of its own (local outlet)": (
        "\u201cThe shelling went on until dawn,\u201d police chief Anna Brel told reporters. "
        "Among the dead was Petro Koval, a 45-year-old teacher.\n\n"
        "\u201cHe was the kindest man in our street.\u201d",
        [("Anna Brel", "The shelling went on until dawn")]),
    "someone reported speaking, then someone else named (broadcaster)": (
        "The regional governor, Vitaliy Kim, said two people were killed. Mykola Shevchenko, "
        "a 60-year-old pensioner, was pulled from the rubble.\n\n"
        "\u201cI thought the house would fall on us.\u201d",
        []),
    "left alone: a name in the tag before, and the speaker's own name": (
        "\u201cOur forces are ready for any provocation,\u201d President Lars Eklund said at a "
        "meeting with General Tomas Berg, in a video shared by his office. \u201cWe expect the "
        "other side to respect the truce.\u201d\n\n"
        "\u201cThe convoy crossed at noon,\u201d Eklund told reporters. Eklund then left for "
        "the capital. \u201cThe rest will follow tomorrow morning.\u201d",
        [("Lars Eklund", "Our forces are ready for any provocation"),
         ("Lars Eklund", "We expect the other side to respect the truce."),
         ("Lars Eklund", "The convoy crossed at noon"),
         ("Lars Eklund", "The rest will follow tomorrow morning.")]),
}


@pytest.mark.parametrize("case", list(_CASES))
def test_a_quotation_goes_on_with_the_speaker_only_while_nobody_else_is_named(case: str) -> None:
    text, expected = _CASES[case]
    assert said(text) == expected
