"""Headings a saved page puts on lines of their own, with no full stop: a standfirst or a
subheading is read apart from the sentence on the next line, while a line wrapped inside a
sentence still runs on. Every text here is written for the test."""

from __future__ import annotations

import datetime as dt

from summarizer.backends.rules import RulesBackend
from summarizer.models import Article
from summarizer.text.lines import paragraphs
from summarizer.text.time import resolve_extraction

SATURDAY = dt.date(2025, 5, 24)


def test_a_standfirst_with_no_full_stop_leaves_the_lead_its_toll() -> None:
    """A standfirst longer than pages wrap their lines ends its paragraph: read on with the
    lead, the lead's toll is lost and a later part of it is taken for the whole."""
    text = ("Tanks push into the centre of Rafah as strikes hit the south\n"
            "Residents of Rafah said tanks advanced into the centre of the town overnight and "
            "the army ordered families in the east to leave, while others stayed at home\n"
            "Israeli forces pushed tanks deeper into Rafah and launched strikes across the "
            "south, killing at least 27 Palestinians on Friday, medics said.\n"
            "Health officials said the strikes in Rafah killed at least nine people.")
    article = Article(id="t", source="t", published=SATURDAY, text=text)
    extraction = resolve_extraction(RulesBackend().read(article), SATURDAY)
    assert [(a.killed and a.killed.count, a.targets) for a in extraction.attacks] == [
        (27, ["Rafah"])]


def test_a_subheading_is_a_paragraph_and_a_wrapped_line_is_not() -> None:
    """A short line before a line too long to be wrapped, that the next line's first word
    would have fitted on, was not wrapped by the page: it is a subheading. A line wrapped
    where its next word did not fit runs on, and so does one before a short line."""
    text = ("Rebels freed two aid workers on Friday after months of talks, officials said.\n"
            "Talks in Doha\n"
            "The talks began in March and stalled twice before the mediators from Qatar and "
            "Egypt found a deal that both sides accepted.\n"
            "The two workers were driven to the border and handed to the Red Cross in\n"
            "Goma late on Friday, the agency said, and flown home the next\n"
            "Monday after a medical check.")
    assert [text[start:end] for start, end in paragraphs(text)] == [
        "Rebels freed two aid workers on Friday after months of talks, officials said.",
        "Talks in Doha",
        "The talks began in March and stalled twice before the mediators from Qatar and Egypt "
        "found a deal that both sides accepted.",
        "The two workers were driven to the border and handed to the Red Cross in\n"
        "Goma late on Friday, the agency said, and flown home the next\n"
        "Monday after a medical check."]
