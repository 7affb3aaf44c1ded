"""The words before the verb may open with a state, a republic or a group and end with a
person's office and name ("Donetsk People's Republic head Denis Pushilin said", "Hamas
political bureau head ... said"): the person speaks, not the body their office is of. And
"people", "media", "police" qualified by a capitalised word ("Several people said", "Local
media reported") are unnamed, as "Local officials" are. Sentences written for this file."""

from __future__ import annotations

import pytest

from tests.test_rules_statements import said

_QUOTE = " \u201cthe fire spread to three floors of the building within minutes\u201d."

_SPEAKERS = [
    ("Luhansk People\u2019s Republic head Pavel Kirov said", "Pavel Kirov"),
    ("Movement political council leader Amina Saleh said", "Amina Saleh"),
    ("UN humanitarian coordinator Tomas Lind told reporters", "Tomas Lind"),
    ("Several people said", None),
    ("Local media reported", None),
]


@pytest.mark.parametrize(("words", "speaker"), _SPEAKERS)
def test_an_office_head_speaks_and_unnamed_people_do_not(words: str, speaker: str | None) -> None:
    expected = [] if speaker is None else [
        (speaker, "the fire spread to three floors of the building within minutes")]
    assert said(words + _QUOTE) == expected


def test_a_director_is_an_office_before_a_name_and_a_role_a_later_the_director_is() -> None:
    """"CIA Director ... welcomed" (a wire's lead), "said FBI Director ..." (an inverted tag)
    and "the director said" after an appositive name the person; a directorate is a body."""
    assert said(
        "CIA Director Mara Quinn welcomed the pilot home, praising the officers.\n\n"
        "\u201cToday we brought home another detained American,\u201d Quinn said in a release."
    ) == [("Mara Quinn", "Today we brought home another detained American")]
    assert said("\u201cThe fire spread to three floors within minutes,\u201d said FBI Director "
                "Tom Hale.") == [("Tom Hale", "The fire spread to three floors within minutes")]
    assert said("The director of the hospital, Ivan Petrov, said the ward was hit. \u201cThe "
                "fire spread to three floors within minutes,\u201d the director said.") == [
        ("Ivan Petrov", "The fire spread to three floors within minutes")]
    assert said("The Main Intelligence Directorate said \u201cthe fire spread to three floors "
                "within minutes\u201d.") == [
        ("Main Intelligence Directorate", "the fire spread to three floors within minutes")]
