"""A quotation closed by its full stop ends its sentence: a name and a verb after it that go on
with what was said open a sentence of their own, whose subject did not say the quotation. A
tag after such a quotation (sloppy, but printed: ""...war." he said.") ends with its verb or a
few words of where or when. Sentences written for this file, in a wire's, a broadcaster's and
a local outlet's style, and ones the rule must leave alone."""

from __future__ import annotations

import pytest

from tests.test_rules_statements import said

_CASES = {
    "another side's claim after a partial quotation (wire)": (
        "The rights office called for an inquiry, with its staff citing \u201cserious doubts "
        "about the choice of target.\u201d Israel claimed it struck a depot used by the group.",
        [("rights office", "serious doubts about the choice of target.")]),
    "a ministry's own sentence after a quotation (broadcaster)": (
        "The talks were held in Abu Dhabi in a spirit of \u201cfriendship between both "
        "countries and their people.\u201d The ministry expressed hope that the swap would "
        "ease tensions.",
        []),
    "a person's next sentence with a clause (local outlet)": (
        "The strikes were condemned as \u201ca crime against every family in this town.\u201d "
        "Kovalenko said the council would rebuild the school by winter.",
        []),
    "left alone: a tag of a few words after the full stop, and a tag after a comma": (
        "\u201cWe will rebuild every school in the district.\u201d Mayor Ivan Petrenko said on "
        "Sunday.\n\n\u201cThe families are safe now and have food,\u201d Governor Anna Brel "
        "said at a briefing.",
        [("Ivan Petrenko", "We will rebuild every school in the district."),
         ("Anna Brel", "The families are safe now and have food")]),
}


@pytest.mark.parametrize("case", list(_CASES))
def test_a_sentence_after_a_closed_quotation_is_not_its_tag(case: str) -> None:
    text, expected = _CASES[case]
    assert said(text) == expected
