"""The rules backend's statements, attributed the way real outlets attribute them.

Ministries, militaries and offices speak as themselves ("the Kremlin said in a
statement"); "it said" continues such a body; a lowercase role ("the president
wrote") names the person the article gave that role; a quotation of fewer than
four words is a label, not a statement. The texts are written for these tests.
"""

from __future__ import annotations

import datetime as dt

from summarizer.backends.rules import RulesBackend
from summarizer.models import Article


def said(text: str) -> list[tuple[str, str | None, str]]:
    article = Article(id="t", source="t", published=dt.date(2025, 4, 20), text=text)
    return [(s.speaker, s.channel, s.quote) for s in RulesBackend().read(article).statements]


def test_a_body_speaks_as_itself_and_it_continues_it() -> None:
    assert said(
        '"The exchange was carried out as agreed," the Russian defense ministry said in a '
        'statement. "All of them will receive medical care," it said.\n\n'
        '"The leaders agreed to keep talking about the war," the Kremlin said.\n\n'
        'The war monitor the Syrian Observatory for Human Rights said: "Missiles destroyed the '
        'whole annex building."') == [
        ("Russian defense ministry", "statement", "The exchange was carried out as agreed"),
        ("Russian defense ministry", "statement", "All of them will receive medical care"),
        ("Kremlin", None, "The leaders agreed to keep talking about the war"),
        ("Syrian Observatory for Human Rights", None,
         "Missiles destroyed the whole annex building."),
    ]


def test_a_common_noun_body_keeps_its_article() -> None:
    assert said('"Our forces will stay with them until they are home," the military said.') == [
        ("the military", None, "Our forces will stay with them until they are home")]


def test_a_lowercase_role_names_the_person_given_that_role() -> None:
    assert said(
        "President of Ukraine Volodymyr Zelenskyy reported on Saturday that 277 soldiers are "
        'home.\n\n"Our people are home, and we will bring back everyone," the president wrote '
        "on Telegram.") == [
        ("Volodymyr Zelenskyy", "Telegram", "Our people are home, and we will bring back "
                                            "everyone")]


def test_a_quotation_under_four_words_is_not_a_statement() -> None:
    assert said('"A blatant violation," Foreign Minister Dmytro Kuleba wrote on '
                'X. "We will respond to this," Kuleba said.') == [
        ("Dmytro Kuleba", None, "We will respond to this")]


def test_he_is_the_subject_of_the_last_sentence_that_names_someone() -> None:
    assert said(
        "Governor Umar Bago thanked President Bola Tinubu for the rescue of the pupils.\n\n"
        '"Today we have our children back with their families," he said.') == [
        ("Umar Bago", None, "Today we have our children back with their families")]
    assert said(
        "Russian President Vladimir Putin declared a truce on Saturday.\n\n"
        'Ukrainian President Volodymyr Zelensky criticized the truce. "Air raid alerts are '
        'spreading across Ukraine," he wrote on X.') == [
        ("Volodymyr Zelensky", "X", "Air raid alerts are spreading across Ukraine")]


def test_a_name_given_after_its_office_is_a_speaker() -> None:
    assert said(
        "Twelve people died, said the head of the city's defense council, Oleksandr Vilkul.\n\n"
        '"The missile hit the centre of a residential neighbourhood," he wrote on Telegram.') == [
        ("Oleksandr Vilkul", "Telegram",
         "The missile hit the centre of a residential neighbourhood")]


def test_an_unnamed_speaker_is_described_and_a_statement_names_its_author() -> None:
    assert said(
        '"We saw the buses leave the camp at night," one driver said.\n\n'
        '"The leaders agreed to keep talking about the war," the Kremlin statement said.') == [
        ("one driver", None, "We saw the buses leave the camp at night"),
        ("Kremlin", "statement", "The leaders agreed to keep talking about the war"),
    ]
