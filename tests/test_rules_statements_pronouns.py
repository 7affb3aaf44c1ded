"""A quotation tagged "he said" or "she said" is not given to a person the article writes of
with the other pronoun: that pronoun stands for someone the rules cannot name. Sentences
written for this file, in the styles of a wire, a broadcaster and a local outlet."""

from __future__ import annotations

from tests.test_rules_statements import said


def test_she_after_a_man_just_named_is_someone_else() -> None:
    """Wire style: the minister met his counterpart, whom no name before the verb marks as
    the subject; "she" is not the minister."""
    assert said(
        "Defence Minister Jonas Berg met his counterpart, Eva Lind, in Oslo on Monday.\n\n"
        "\u201cWe agreed to send more air defence systems before the winter,\u201d she "
        "said.") == []


def test_he_after_a_woman_described_is_someone_else() -> None:
    """Local outlet style: a resident is introduced with her age and her flat, a neighbour
    without a name the rules register; "he said" is the neighbour, not her."""
    assert said(
        "Maria Koval, 41, lost her flat in the strike. Her neighbour, a retired bus driver, "
        "was hurt.\n\n"
        "\u201cI heard the drone and then everything went black,\u201d he said.") == []


def test_a_title_says_who_she_is_not() -> None:
    """Broadcaster style: "Mr" before the name is the only evidence."""
    assert said(
        "Mr Dlamini told reporters that the convoy had been stopped at the border.\n\n"
        "\u201cThey took our phones and kept us there all night,\u201d she said.") == []


def test_the_pronoun_the_article_uses_of_the_speaker_keeps_the_reading() -> None:
    """The rule leaves alone a pronoun that agrees with the article, and a person it writes
    of both ways (two people who share a surname)."""
    assert said(
        "Governor Anna Reyes visited her constituency after the floods on Sunday.\n\n"
        "\u201cEvery family that lost a home will be housed before winter,\u201d she said.\n\n"
        "Spokeswoman Lena Hartig briefed reporters in the capital.\n\n"
        "\u201cThe talks will resume next week in Geneva,\u201d she added.\n\n"
        "Mr Osei said his brother was among the wounded. Mrs Osei was at home.\n\n"
        "\u201cWe waited at the hospital until dawn,\u201d she said.") == [
        ("Anna Reyes", "Every family that lost a home will be housed before winter"),
        ("Lena Hartig", "The talks will resume next week in Geneva"),
        ("Osei", "We waited at the hospital until dawn"),
    ]
