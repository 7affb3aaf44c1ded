"""A sentence whose subject is "he" or "she" names only the objects of its verb ("He thanked
President Keller"): a "he added" after it is still the person the pronoun went on with, not
the president it thanked. Sentences written for this file."""

from __future__ import annotations

import pytest

from tests.test_rules_statements import said

_LATER = "\u201cWe remain dedicated to bringing every one of them home.\u201d"


@pytest.mark.parametrize(("opening", "speaker"), [
    ("\u201cWe are extremely happy,\u201d Omar Haddad told CBS News. He thanked President Anna "
     "Keller and the State Department for their roles.\n\nHe added, ", "Omar Haddad"),
    ("Lena Brandt, a rescuer, spoke to Reuters on Friday. \u201cWe are extremely happy,\u201d "
     "Brandt said. She praised Governor Ivan Petrov and the volunteers. She added: ",
     "Lena Brandt"),
    ("\u201cWe are extremely happy,\u201d Foreign Minister Karim Nassar said. He also thanked "
     "President Anna Keller. He said, ", "Karim Nassar"),
])
def test_a_pronoun_goes_on_past_the_object_of_a_pronoun_s_sentence(opening: str,
                                                                    speaker: str) -> None:
    assert said(opening + _LATER) == [
        (speaker, "We are extremely happy"),
        (speaker, "We remain dedicated to bringing every one of them home.")]


def test_a_named_subject_since_is_who_the_pronoun_is() -> None:
    """Left alone: a sentence whose subject is a name brings in whom a later "she" is."""
    assert said("\u201cWe are extremely happy,\u201d Omar Haddad told CBS News. President Anna "
                "Keller thanked the families on Monday. She said, " + _LATER) == [
        ("Omar Haddad", "We are extremely happy"),
        ("Anna Keller", "We remain dedicated to bringing every one of them home.")]
