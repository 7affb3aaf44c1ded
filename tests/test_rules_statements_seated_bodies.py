"""A body named with what it is of may be followed by where it sits ("the Ministry of Health
in Gaza said", "the Department of Emergency Situations in Kharkiv Oblast reported"): the body
speaks under its name, where it sits no part of it. Sentences written for this file."""

from __future__ import annotations

from tests.test_rules_statements import said


def test_a_body_of_something_in_a_place_speaks_under_its_name() -> None:
    assert said("The Department of Emergency Situations in Kharkiv Oblast reported that \u201cfour "
                "people were pulled from the rubble alive\u201d.") == [
        ("Department of Emergency Situations", "four people were pulled from the rubble alive")]
    assert said("\u201cThe death toll has risen to 40 since the morning,\u201d the Ministry of "
                "Health in Gaza said in a statement.") == [
        ("Ministry of Health", "The death toll has risen to 40 since the morning")]
    assert said("The Emergency Room of Hilla Camp in Dar Salam, also a volunteer group, said "
                "in a statement that \u201camong the dead are 20 displaced persons from the "
                "camp.\u201d") == [
        ("Emergency Room of Hilla Camp", "among the dead are 20 displaced persons from the camp.")]


def test_officials_in_a_place_are_no_body() -> None:
    assert said("Officials in Kharkiv said \u201cthe strike hit a kindergarten in the "
                "morning\u201d.") == []
