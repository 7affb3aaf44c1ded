"""A report laid out with labelled lines ("Source: ...", then "Quote: "..."") quotes the one
source its "Source:" line names, as some Ukrainian outlets lay out every short report.
Sentences written for this file; a line that lists several sources is left alone."""

from __future__ import annotations

import datetime as dt

import pytest

from summarizer.backends.rules import RulesBackend
from summarizer.models import Article

_CASES = {
    "a person, with the platform": (
        "Three people were injured in the drone attack on Sumy overnight, the head of the "
        "regional administration has said.\n\n"
        "Source: Sumy Oblast Military Administration head Oleh Hryhorov on Telegram\n\n"
        "Quote: \"The enemy struck a residential area of the city. Three people are in "
        "hospital.\"\n\n"
        "Details: Air defence was active over the region.",
        [("Oleh Hryhorov", "Telegram",
          "The enemy struck a residential area of the city. Three people are in hospital.")]),
    "a body, two quotations": (
        "Source: Ukraine's Air Force on Telegram\n\n"
        "Quote: \u201cIn total, 54 air targets were shot down by our air defence.\u201d\n\n"
        "Details: The attack lasted about six hours.\n\n"
        "Quote: \u201cFour drones were lost on location, probably due to electronic "
        "warfare.\u201d",
        [("Ukraine's Air Force", "Telegram",
          "In total, 54 air targets were shot down by our air defence."),
         ("Ukraine's Air Force", "Telegram",
          "Four drones were lost on location, probably due to electronic warfare.")]),
    "left alone: several sources": (
        "Kyiv came under attack overnight.\n\n"
        "Source: Kyiv Mayor Vitalii Klitschko; Tymur Tkachenko, Head of Kyiv City Military "
        "Administration\n\n"
        "Quote: \"Debris fell on two districts of the capital overnight.\"",
        []),
}


@pytest.mark.parametrize("case", list(_CASES))
def test_a_quote_label_is_said_by_the_one_source_named_above_it(case: str) -> None:
    text, expected = _CASES[case]
    article = Article(id="t", source="t", published=dt.date(2025, 3, 8), text=text)
    assert [(s.speaker, s.channel, s.quote)
            for s in RulesBackend().read(article).statements] == expected
