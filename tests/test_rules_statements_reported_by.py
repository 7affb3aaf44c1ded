"""A body the narrative reports speaking in the passive ("This was reported by the press
service of the regional prosecutor's office", Ukrainian copy in translation) is who a later
"the statement said" stands for, as after "the office reported". Sentences written for this
file."""

from __future__ import annotations

from tests.test_rules_statements import said


def test_a_body_that_something_was_reported_by_speaks_in_the_statement() -> None:
    assert said(
        "Two people were killed in the evening strike on the city.\n\n"
        "This was reported by the press service of the Kharkiv Regional Prosecutor's Office, "
        "Censor.NET reports.\n\n"
        "\"A pre-trial investigation was launched into the violation of the laws of war,\" the "
        "statement said.") == [
        ("press service of the Kharkiv Regional Prosecutor's Office",
         "A pre-trial investigation was launched into the violation of the laws of war")]
    assert said(
        "The toll was announced by the Health Ministry on Monday.\n\n"
        "\"Rescuers are still searching the rubble of the building,\" the statement read.") == [
        ("Health Ministry", "Rescuers are still searching the rubble of the building")]


def test_what_a_building_was_hit_by_does_not_speak() -> None:
    assert said("The school was hit by a missile fired from the north. \"Three houses and a "
                "shop were damaged in the village,\" the statement said.") == []
