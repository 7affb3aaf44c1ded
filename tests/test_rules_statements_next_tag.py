"""A tag between two quotations, after one that ends its sentence and running with a comma or
a colon into the other, opens the second quotation's sentence: it names the second speaker,
not the first. Sentences written for this file."""

from __future__ import annotations

from tests.test_rules_statements import said


def test_a_tag_that_runs_into_the_next_quotation_is_that_quotations() -> None:
    assert said(
        "One woman recounted the horror, saying, \u201cThey asked my husband\u2019s name and "
        "then they shot him.\u201d Another survivor said, \u201cThere was nowhere to hide when "
        "the shooting started.\u201d") == [
        ("One woman", "They asked my husband\u2019s name and then they shot him."),
        ("Another survivor", "There was nowhere to hide when the shooting started."),
    ]
    # Nobody is named for the first quotation: it is left out, not given to the next speaker.
    assert said(
        '"We lost everything in one night." His neighbour, Rita Alves, added: "The water rose '
        'to the second floor in an hour."') == [
        ("Rita Alves", "The water rose to the second floor in an hour.")]


def test_a_tag_after_a_quotation_that_goes_on_in_the_next_is_still_the_first_ones() -> None:
    assert said(
        "\u201cThe fire spread to three floors within minutes,\u201d Mayor Olga Dunaeva said, "
        "\u201cand the crews could not reach the roof.\u201d") == [
        ("Olga Dunaeva", "The fire spread to three floors within minutes"),
        ("Olga Dunaeva", "and the crews could not reach the roof."),
    ]
