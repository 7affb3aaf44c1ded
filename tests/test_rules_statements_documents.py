"""A document that speaks is its owner's. Sentences written for this file, in a wire's, a
broadcaster's and a local outlet's style, and one the reading must leave alone, each with
the statements expected as (speaker, quotation)."""

from __future__ import annotations

import pytest

from tests.test_rules_statements import said

_OWNERS = {
    "the owner after the outlet it was given to (broadcaster)": (
        "Qatar said talks would resume on Monday. \u201cEvery day of delay is another day "
        "of fear for the families,\u201d said a statement to CNN from the Hostages Families "
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
("a statement to CNN from ..."); a medium that carried or quoted it ("quoted by the ...
channel") passes the words on and says nothing itself, so a statement nobody is named for is
read as "the statement" is, as the last speaker's."""


@pytest.mark.parametrize("case", list(_OWNERS))
def test_a_document_speaks_for_its_owner_not_its_addressee_or_carrier(case: str) -> None:
    text, expected = _OWNERS[case]
    assert said(text) == expected
