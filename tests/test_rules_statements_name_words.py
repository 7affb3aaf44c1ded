"""Capitalised words before a verb of saying that are no speaker's name: a participle that
opens the sentence ("Posting a photo on X ... Grenell wrote"), an office with an abbreviation
before the name ("Additional IG Shaukat Abbas"), a preposition that opens a garbled sentence
("About said the service"): the quotation is better left without a speaker than given
such a word. Sentences written for this file, in several outlets' styles, and
ones each rule must leave alone."""

from __future__ import annotations

import pytest

from tests.test_rules_statements import said

_PARTICIPLES = {
    "a post on X between dashes (wire)": (
        "Posting a video on X\u2014filmed from the rooftop of a school\u2014Mayor Ivan Petrenko "
        "wrote: \u201cThe fire is out and nobody is left under the rubble.\u201d",
        [("Ivan Petrenko", "The fire is out and nobody is left under the rubble.")]),
    "a speech without a comma (local outlet)": (
        "Speaking to families at the border crossing Governor Anna Brel said: \u201cEvery one "
        "of them will be home by Sunday.\u201d",
        [("Anna Brel", "Every one of them will be home by Sunday.")]),
    "a briefing in a long clause (broadcaster)": (
        "Addressing reporters in Geneva after a meeting with Red Cross officials Tomas Berg "
        "said: \u201cThe buses are ready and waiting at the gate.\u201d",
        [("Tomas Berg", "The buses are ready and waiting at the gate.")]),
    "left alone: a participle clause set off by a comma": (
        "Writing on Telegram, Governor Oleh Syniehubov said: \u201cTwo drones hit a warehouse "
        "in the north.\u201d",
        [("Oleh Syniehubov", "Two drones hit a warehouse in the north.")]),
}

_OFFICES = {
    "after the verb (local outlet)": (
        "\u201cThe toll from the blast has climbed to twelve,\u201d said CTD Additional IG "
        "Tariq Mehmood.",
        [("Tariq Mehmood", "The toll from the blast has climbed to twelve")]),
    "before the verb (wire)": (
        "Senior SP Amir Qureshi told reporters: \u201cThe bomber came on foot through the "
        "market.\u201d",
        [("Amir Qureshi", "The bomber came on foot through the market.")]),
    "before the name of a board (broadcaster)": (
        "\u201cThe hospital has run out of blood for the wounded,\u201d said Provincial NDMA "
        "Director Saira Khan.",
        [("Saira Khan", "The hospital has run out of blood for the wounded")]),
    "left alone: a name with no abbreviation after it": (
        "\u201cThe road to the village is open again,\u201d said Deputy Governor Farid Noori.",
        [("Farid Noori", "The road to the village is open again")]),
}

_PREPOSITIONS = {
    "a garbled sentence that opens the report (translated outlet)": (
        "Drones struck the port overnight. About said the State Emergency Service.\n\n"
        "\u201cFour people were injured and a warehouse burned down,\u201d the statement said.",
        []),
    "a preposition before a verb of saying (wire)": (
        "Despite warned the army, the convoy set off. \u201cThe road is not safe for anyone "
        "tonight,\u201d Despite said.",
        []),
    "a preposition that opens the paragraph before (broadcaster)": (
        "Sirens sounded all night across the region. Through said the regional council on "
        "Monday.\n\n\u201cThe shelters stay open until further notice,\u201d the statement "
        "said.",
        []),
    "left alone: a surname that is also a word": (
        "\u201cWe counted forty craters in the fields,\u201d said the farmer Anna Young.",
        [("Anna Young", "We counted forty craters in the fields")]),
}


@pytest.mark.parametrize("case", list(_PARTICIPLES))
def test_a_participle_that_opens_the_sentence_is_no_name(case: str) -> None:
    text, expected = _PARTICIPLES[case]
    assert said(text) == expected


@pytest.mark.parametrize("case", list(_OFFICES))
def test_an_office_before_an_abbreviation_is_no_name(case: str) -> None:
    text, expected = _OFFICES[case]
    assert said(text) == expected


@pytest.mark.parametrize("case", list(_PREPOSITIONS))
def test_a_preposition_is_no_name(case: str) -> None:
    text, expected = _PREPOSITIONS[case]
    assert said(text) == expected
