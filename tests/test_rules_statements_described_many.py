"""A capitalised word that opens a sentence before the common nouns it qualifies ("Local
officials said", "Two witnesses told AFP", "Medical sources said") describes unnamed people;
it is no person's name, and the rules leave such a quotation without a speaker rather than
naming it "Local" or "Two". Sentences written for this file, in a wire's, a broadcaster's and
a local outlet's style, and the names the rule must leave alone."""

from __future__ import annotations

import pytest

from tests.test_rules_statements import said

_CASES = {
    "local officials (wire)": (
        "Local officials said the shelling \u201cdid not stop for a single hour through the "
        "night\u201d.",
        []),
    "a number of witnesses, with the outlet told (broadcaster)": (
        "Two witnesses told AFP the gunmen \u201carrived on motorbikes just after dawn\u201d.",
        []),
    "officials of a place (local outlet)": (
        "Health officials in Gaza said that \u201cmost of the wounded are in serious "
        "condition\u201d.",
        []),
    "a plural that is no name": (
        "Eyewitnesses said the gunmen \u201cset fire to the market before they left\u201d.",
        []),
    "left alone: a name with an adverb, a reflexive, a possessive office": (
        "Putin personally told the meeting that \u201cthe operation will go on until its goals "
        "are met\u201d. Zelensky himself wrote that \u201cthe world must respond to this terror "
        "at once\u201d. Earlier, Kenya\u2019s foreign minister said the bombing was \u201ca "
        "cowardly attack on innocent people\u201d.",
        [("Putin", "the operation will go on until its goals are met"),
         ("Zelensky", "the world must respond to this terror at once"),
         ("Kenya\u2019s foreign minister", "a cowardly attack on innocent people")]),
}


@pytest.mark.parametrize(("text", "expected"), list(_CASES.values()), ids=list(_CASES))
def test_a_word_that_qualifies_unnamed_people_is_no_speaker(
        text: str, expected: list[tuple[str, str]]) -> None:
    assert said(text) == expected
