"""Where stored text ends a sentence at a newline (text.lines.LINE_BREAK): the same newlines
in every pattern built on it, compiled with IGNORECASE or not, and at any search start.

Every text here is written for the test."""

from __future__ import annotations

import re

import pytest

from summarizer.text.lines import LINE_BREAK, paragraphs
from summarizer.text.sentences import sentence_breaks
from summarizer.validate.lexicon import CLAUSE_BREAK

NEWLINES = (
    ("Shelling resumed at dawn.\nResidents fled to the west.", [25]),
    ("The convoy was stopped by the UN\nOfficials said it would go on", [32]),  # a capital
    ("killed 12\n\nThe army said", [9, 10]),  # a blank line after a digit
    ("More than 700 were wounded on\nMonday in the city", []),  # a wrapped line
    ("The toll rose,\n  40 more were found", []),  # a comma, then words
    ("\nThe first line opens with a newline\n", [0, 36]),
)


@pytest.mark.parametrize(("text", "ends"), NEWLINES)
@pytest.mark.parametrize("flags", [0, re.IGNORECASE])
def test_a_newline_ends_a_sentence_by_its_neighbours_case_and_all(
        text: str, ends: list[int], flags: int) -> None:
    """The letter before a newline is read case-sensitively even inside a case-insensitive
    pattern: after 'UN' the line ends a sentence, after 'on' it only wraps one."""
    pattern = re.compile(LINE_BREAK, flags)
    assert [m.start() for m in pattern.finditer(text)] == ends
    assert [n for n in ends if pattern.match(text, n)] == ends
    assert [m.start() for m in CLAUSE_BREAK.finditer(text) if text[m.start()] == "\n"] == ends
    assert [cut for cut, _ in sentence_breaks(text) if text[cut] == "\n"] == ends


def test_a_search_from_a_newline_sees_the_letter_before_it() -> None:
    """A search that starts at the newline still reads the character before it."""
    text = "More than 700 were wounded on\nMonday. Officials said so.\nThen"
    found = re.compile(LINE_BREAK).search(text, 29)
    assert found is not None and found.start() == 56
    assert paragraphs(text) == [(0, 56), (57, 61)]
