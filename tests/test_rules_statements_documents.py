"""A document that speaks is its owner's, and a tag that ends a sentence a quotation opens
names its speaker however many words the body's name has. Sentences written for this file,
in a wire's, a broadcaster's and a local outlet's style, and one each reading must leave
alone, each with the statements expected as (speaker, quotation)."""

from __future__ import annotations

import pytest

from tests.test_rules_statements import said

_OWNERS = {
    "the owner after the outlet it was given to (broadcaster)": (
        "Qatar said talks would resume on Monday. \u201cEvery day of delay is another day "
        "of fear for the families,\u201d said a statement to Reuters from the Hostages Families "
        "Forum.",
        [("Hostages Families Forum", "Every day of delay is another day of fear for the "
          "families")]),
    "the owner after 'by', then a quotation after the tag (wire)": (
        "The Coordination Headquarters for Prisoners of War said the swap was over.\n\n"
        "\u201cAll of them are being examined by doctors tonight,\u201d a statement by the "
        "headquarters said. \u201cTheir families have been told where to meet them.\u201d",
        [("Coordination Headquarters for Prisoners of War",
          "All of them are being examined by doctors tonight"),
         ("Coordination Headquarters for Prisoners of War",
          "Their families have been told where to meet them.")]),
    "a medium that relayed an owner's document (local outlet)": (
        "Sultan Omar welcomed the ceasefire on Friday.\n\n"
        "\u201cThe convoy will cross the bridge at dawn,\u201d said a statement from the "
        "Interior Ministry quoted by the Sunrise channel.",
        [("Interior Ministry", "The convoy will cross the bridge at dawn")]),
    "left alone: a medium that carried a statement nobody is named for": (
        "Oman said talks would resume on Monday.\n\n"
        "\u201cThe convoy will cross the bridge at dawn,\u201d said a statement quoted by "
        "the Sunrise channel.",
        [("Oman", "The convoy will cross the bridge at dawn")]),
}
"""The owner of a document is named after "from" or "by", past the outlet it was given to
("a statement to Reuters from ..."); a medium that carried or quoted it ("quoted by the ...
channel") passes the words on and says nothing itself, so a statement nobody is named for is
read as "the statement" is, as the last speaker's."""


_LONG_TAGS = {
    "a body of three words after a time (wire)": (
        "\u201cThree people were killed when the shell hit the market\u201d on Sunday, the "
        "regional military administration said.",
        [("regional military administration",
          "Three people were killed when the shell hit the market")]),
    "a body after an agent the quotation runs into (translated outlet)": (
        "\u201cOn June 8, 84 servicemen were brought back from the areas held\u201d by the "
        "other side, the Russian defence ministry said on Telegram.",
        [("Russian defence ministry",
          "On June 8, 84 servicemen were brought back from the areas held")]),
    "a body of two words after a place (broadcaster)": (
        "\u201cThe fire at the depot is now under control\u201d in the port city, the state "
        "emergency service reported.",
        [("state emergency service", "The fire at the depot is now under control")]),
    "left alone: a clause of the narrator's between the quotation and the tag": (
        "\u201cThe fire at the depot is now under control\u201d was the message. Later that "
        "day the state emergency service said the port had reopened.",
        []),
}
"""A sentence that a quotation opens, then runs on past it ("... held" by Kyiv") to
its tag, is the tag's, whether the tag is a pronoun or a body of several words ("the Russian
defence ministry said"); a sentence the quotation ends and a new one that reports someone
are not."""


@pytest.mark.parametrize("case", list(_OWNERS))
def test_a_document_speaks_for_its_owner_not_its_addressee_or_carrier(case: str) -> None:
    text, expected = _OWNERS[case]
    assert said(text) == expected


@pytest.mark.parametrize("case", list(_LONG_TAGS))
def test_a_tag_that_ends_the_quotation_s_sentence_names_a_body_of_several_words(
        case: str) -> None:
    text, expected = _LONG_TAGS[case]
    assert said(text) == expected
