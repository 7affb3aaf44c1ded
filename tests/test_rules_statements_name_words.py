"""Words that stand next to a speaker's name but are no part of it: what an office is of
("Minister of Foreign Affairs", "Minister for Home Affairs", "Minister of Health"), a
participle clause that opens the sentence with another person as its object ("Echoing Biden's
remarks, ...", "Praising Trump, ..."), a particle inside a name ("Atta ul Munim"), and the
document a speaker spoke through with the channel it was posted on ("Lind's statement on the
... Telegram channel"); and a number among capitalised words ("Task Force 61"), which make a
body's name, never a person's; and the day a statement was made, told between the speaker
and the verb ("the UN in a statement on October 24 said"). Sentences written for this file."""

from __future__ import annotations

import pytest

from tests.test_rules_statements import said

_QUOTE = "\u201cthe ferry will sail again on Friday\u201d."

_OFFICES = [
    ("German Minister of Foreign Affairs Johann Berger said: ", "Johann Berger"),
    ("The Minister of Internal Affairs Ihor Lysenko said ", "Ihor Lysenko"),
    ("Minister for Home Affairs Priya Nair told reporters ", "Priya Nair"),
    ("Minister of Health Ana Silva said ", "Ana Silva"),
    ("Secretary of State Mark Olsen said ", "Mark Olsen"),
]


@pytest.mark.parametrize(("words", "speaker"), _OFFICES)
def test_the_words_of_an_office_are_no_part_of_the_name_after_it(words: str,
                                                                   speaker: str) -> None:
    assert said(words + _QUOTE) == [(speaker, "the ferry will sail again on Friday")]


def test_an_inverted_tag_after_an_office_of_names_the_person() -> None:
    assert said("\u201cThe ferry will sail again on Friday,\u201d said Minister of Foreign "
                "Affairs Johann Berger.") == [
        ("Johann Berger", "The ferry will sail again on Friday")]


@pytest.mark.parametrize("clause", [
    "Echoing Keller\u2019s remarks, the minister said the work goes on.",
    "Praising Keller, the opposition leader said the work goes on.",
    "Quoting Keller, the agency wrote that the work goes on.",
])
def test_a_participle_clause_naming_someone_is_no_longer_name_of_them(clause: str) -> None:
    """A quotation given to the surname alone stays with it: the participle before the
    surname elsewhere ("Echoing Keller's remarks") is no given name of a fuller "Echoing
    Keller"."""
    assert said("Keller said \u201cthe deal is done\u201d. " + clause
                + " \u201cWe are bringing them home,\u201d Keller said.") == [
        ("Keller", "the deal is done"), ("Keller", "We are bringing them home")]


def test_a_full_name_is_still_found_where_the_article_gives_one() -> None:
    """Left alone: a surname resolves to the full name the article gives, a participle clause
    or not."""
    assert said("President Anna Keller spoke on Monday. Speaking in the capital, Keller said "
                "\u201cthe deal is done\u201d.") == [("Anna Keller", "the deal is done")]


def test_a_particle_inside_a_name_after_an_office_and_a_place() -> None:
    assert said("Quetta Assistant Commissioner Inam ul Haq told AFP: \u201cThe blast hit the "
                "procession.\u201d") == [("Inam ul Haq", "The blast hit the procession.")]


@pytest.mark.parametrize(("words", "speaker"), [
    ("Maria Lind, the spokeswoman, spoke on Monday. Lind\u2019s statement on the Nord News "
     "Telegram channel close to the president said", "Maria Lind"),
    ("The Russian army\u2019s statement on its Telegram channel said", "Russian army"),
    ("Hamas\u2019s statement on its website said", "Hamas"),
    ("Russia\u2019s statement said", "Russia"),
])
def test_a_document_s_owner_speaks_and_the_channel_it_was_posted_on_does_not(
        words: str, speaker: str) -> None:
    assert said(f"{words} the men were \u201cpardoned on humanitarian grounds\u201d.") == [
        (speaker, "pardoned on humanitarian grounds")]


def test_an_office_a_person_heads_is_still_the_office() -> None:
    """Left alone: "Zelensky's office" is a body, not a document of Zelensky's."""
    assert said("Zelensky\u2019s office said \u201cthe strike hit a depot\u201d.") == [
        ("Zelensky\u2019s office", "the strike hit a depot")]


@pytest.mark.parametrize(("words", "speaker"), [
    ("a spokesperson for Rescue 1122 Hangu told reporters", "Rescue 1122 Hangu"),
    ("a spokeswoman for Task Force 61 told AFP", "Task Force 61"),
    ("Channel 12 reported", None),
])
def test_words_with_a_number_among_them_name_a_body_not_a_person(words: str,
                                                                 speaker: str | None) -> None:
    expected = [] if speaker is None else [(speaker, "The death toll has risen to five")]
    assert said(f"\u201cThe death toll has risen to five,\u201d {words}.") == expected


@pytest.mark.parametrize(("words", "speaker"), [
    ("Condemning the strikes, the UN in a statement on October 24 said,", "UN"),
    ("The army on 12 March said", "The army"),
    ("The ministry in a statement on March 12 said", "The ministry"),
])
def test_the_day_a_statement_was_made_is_no_part_of_who_made_it(words: str,
                                                                speaker: str) -> None:
    assert said(f"{words} \u201cTwo drones were shot down.\u201d") == [
        (speaker, "Two drones were shot down.")]
