"""A quotation that gives the title of something ("a video titled "..."", "an offensive dubbed
"..."") or what is written on it ("placards reading "..."", "text reading: "...""): a name or
an inscription, not a statement, whatever its case. Sentences written for this file, in a
wire's, a broadcaster's and a local outlet's style, and one the rule must leave alone."""

from __future__ import annotations

import pytest

from tests.test_rules_statements import said

_CASES = {
    "a video's title in sentence case (wire)": (
        "The ministry posted a video titled \u201cHow the enemy drones were shot down "
        "tonight\u201d on its channel.",
        []),
    "an offensive dubbed by the army (broadcaster)": (
        "General Tomas Berg said on Monday that the offensive, dubbed \u201cthe storm from "
        "the north and east\u201d, had begun at dawn.",
        []),
    "placards and text reading (local outlet)": (
        "Mayor Ivan Petrenko spoke to the crowd. Families held placards reading \u201cBring "
        "them all home now\u201d, and a banner with text reading: \u201cTime is running out "
        "for them.\u201d",
        []),
    "left alone: what a statement reads": (
        "The army issued a statement on Sunday. \u201cOur forces struck four launchers near "
        "the border,\u201d the statement read.",
        [("The army", "Our forces struck four launchers near the border")]),
}


@pytest.mark.parametrize("case", list(_CASES))
def test_a_title_or_an_inscription_is_no_statement(case: str) -> None:
    text, expected = _CASES[case]
    assert said(text) == expected
