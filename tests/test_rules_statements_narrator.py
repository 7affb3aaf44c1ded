"""A quotation inside a sentence of the narrator's own, which reports nobody speaking, is not
the last speaker going on: it is written on something (a banner, a shirt, a mural) or a phrase
the narrator borrows. A quotation that opens its sentence, or follows another quotation of the
same sentence, still goes on with its speaker. Sentences written for this file, in a wire's,
a local outlet's and a broadcaster's style, and ones the rule must leave alone."""

from __future__ import annotations

import pytest

from tests.test_rules_statements import said

_CASES = {
    "banners after a tagged quotation (wire)": (
        "\u201cWe will rebuild every home,\u201d Mayor Ihor Terekhov said. Crowds later gathered "
        "under banners bearing the words \u201cWe will never forget this night\u201d.",
        [("Ihor Terekhov", "We will rebuild every home")]),
    "a slogan after a reported speaker (local outlet)": (
        "Governor Anna Brel said the shelling lasted until dawn. \u201cThree schools were hit "
        "in the night.\u201d Volunteers painted a mural with the slogan \u201cOur city will "
        "stand for ever\u201d on the wall of the school.",
        [("Anna Brel", "Three schools were hit in the night.")]),
    "shirts in the same paragraph (broadcaster)": (
        "\u201cThe convoy crossed at noon and the rest will follow,\u201d the ministry said in "
        "a statement. Some of the freed men wore shirts printed with \u201cWe will not "
        "forgive and we will not forget\u201d as they stepped off the bus.",
        [("the ministry", "The convoy crossed at noon and the rest will follow")]),
    "left alone: a quotation after another of its sentence, and one opening its own": (
        "Jordan condemned it as a \u201cbrutal attack on civilians\u201d that \u201creflects "
        "a pattern of targeting the displaced.\u201d \u201cThe world must act now to stop "
        "this,\u201d the ministry said.\n\n\u201cWe will send aid,\u201d Minister Omar Saleh "
        "said. \u201cThe first trucks leave tonight for the border.\u201d",
        [("Jordan", "brutal attack on civilians"),
         ("Jordan", "reflects a pattern of targeting the displaced."),
         ("the ministry", "The world must act now to stop this"),
         ("Omar Saleh", "We will send aid"),
         ("Omar Saleh", "The first trucks leave tonight for the border.")]),
}


@pytest.mark.parametrize("case", list(_CASES))
def test_a_quotation_inside_the_narrator_s_sentence_is_nobody_s_statement(case: str) -> None:
    text, expected = _CASES[case]
    assert said(text) == expected
