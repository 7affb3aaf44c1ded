"""A sentence that opens by naming its source may introduce the quotation with a colon as well
as a comma ("According to the statement: "..."", Nigerian and Ukrainian copy), and the
statement so cited is the body's or the person's who issued it. Sentences written for this
file."""

from __future__ import annotations

from tests.test_rules_statements import said


def test_according_to_a_source_then_a_colon_names_the_speaker() -> None:
    assert said(
        "The state governor, Senator Aliyu Bello, disclosed this on Sunday through a statement "
        "he signed.\n\n"
        "According to the statement: \u201cI wish to announce that our pupils have been "
        "released.\n\n"
        "\u201cOur thanks go to the security agencies for their tireless work. We spoke every "
        "day.\u201d") == [
        ("Aliyu Bello", "I wish to announce that our pupils have been released."),
        ("Aliyu Bello", "Our thanks go to the security agencies for their tireless work. We "
                        "spoke every day."),
    ]
    assert said("According to the regional governor, Vyacheslav Marin: \u201cThe debris fell on "
                "a kindergarten in the western district.\u201d") == [
        ("Vyacheslav Marin", "The debris fell on a kindergarten in the western district.")]


def test_according_to_something_that_speaks_for_nobody_names_no_speaker() -> None:
    assert said("According to the timetable: \u201cTrains to the border run twice a day from "
                "Monday.\u201d") == []
