"""A person named with a possessive description set off after the name ("Olena Shuliak, his
deputy, disagreed"): someone the article names, so a later "she said" is not the speaker
before her. Sentences written for this file, in a wire's, a local outlet's and a
broadcaster's style, and one the rule must leave alone."""

from __future__ import annotations

import pytest

from tests.test_rules_statements import said

_CASES = {
    "a deputy who disagrees (wire)": (
        "\u201cThis was a terrorist act,\u201d said Mykola Lukashuk, head of the regional "
        "council. Olena Shuliak, his deputy, disagreed. \u201cWe do not know yet who fired the "
        "missile,\u201d she told Reuters.",
        [("Mykola Lukashuk", "This was a terrorist act")]),
    "a neighbour (local outlet)": (
        "\u201cThe shelter held through the night,\u201d Mayor Ivan Petrenko said. Anna "
        "Kovalenko, her neighbour, was less lucky. \u201cThe whole roof came down on my "
        "kitchen,\u201d she said.",
        [("Ivan Petrenko", "The shelter held through the night"),
         ("Anna Kovalenko", "The whole roof came down on my kitchen")]),
    "a driver (broadcaster)": (
        "Governor Anna Brel said the convoy had crossed. Tomas Berg, their driver, stayed "
        "behind with the trucks. \u201cWe waited six hours at the checkpoint,\u201d he told AFP.",
        [("Tomas Berg", "We waited six hours at the checkpoint")]),
    "left alone: a possessive that describes the speaker's manner": (
        "\u201cWe are safe for now,\u201d Mayor Ivan Petrenko said, his voice breaking. \u201cThe "
        "roof held through the night,\u201d he added.",
        [("Ivan Petrenko", "We are safe for now"),
         ("Ivan Petrenko", "The roof held through the night")]),
}


@pytest.mark.parametrize("case", list(_CASES))
def test_a_person_described_after_the_name_is_not_the_speaker_before(case: str) -> None:
    text, expected = _CASES[case]
    assert said(text) == expected
