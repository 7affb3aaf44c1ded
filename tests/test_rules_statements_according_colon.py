"""A sentence that opens by naming its source may introduce the quotation with a colon as
well as a comma ("According to the statement: "..."", Nigerian and Ukrainian copy), and the
statement so cited is the body's or the person's who issued it; a later quotation of the
sentence has the same source, and the sentence may be a list item. Sentences written for this
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


def test_a_later_quotation_of_a_sentence_that_names_its_source_has_that_source() -> None:
    """A wire's key points list sentences that open with a dash or a bullet."""
    assert said(
        "Key takeaways:\n\n"
        "- According to the ministry, \u201cspy centers\u201d run by a foreign service, as well "
        "as the bases of \u201carmed groups hostile to the republic,\u201d were hit.\n\n"
        "\u2022 According to the army, \u201call the launchers were destroyed overnight\u201d.\n\n"
        "According to the ministry, the strike hit a depot. \u201cAll the targets were destroyed "
        "with precision,\u201d Colonel Ivan Dorn said.") == [
        ("the ministry", "armed groups hostile to the republic"),
        ("the army", "all the launchers were destroyed overnight"),
        ("Ivan Dorn", "All the targets were destroyed with precision"),
    ]
