"""Wire copy as some sites store it prints each quotation mark as two apostrophes
(''...,'' said X): the quotation is attributed as after one mark. Sentences written for this
file."""

from __future__ import annotations

from tests.test_rules_statements import said


def test_a_quotation_in_doubled_apostrophes_is_attributed_as_after_one_mark() -> None:
    assert said(
        "''We have nothing left, not even the roof,'' said Marie Joseph, a market vendor.\n\n"
        "She lost her shop and two cousins in the attack.\n\n"
        "''They had been announcing it for weeks on social media,'' she said.\n\n"
        "Police chief Frantz Elbe said: ''We will not abandon the town to the gangs.''") == [
        ("Marie Joseph", "We have nothing left, not even the roof"),
        ("Marie Joseph", "They had been announcing it for weeks on social media"),
        ("Frantz Elbe", "We will not abandon the town to the gangs."),
    ]


def test_one_single_mark_and_a_doubled_label_are_left_as_they_were() -> None:
    assert said("'We will rebuild every house in the district,' the mayor, Olga Dunaeva, said. "
                "Officials said the ''safe corridor'' was closed.") == [
        ("Olga Dunaeva", "We will rebuild every house in the district")]
