"""Who speaks and who does not, in sentences written for this file: for each reading of
English quotation below, cases in several outlets' styles (a wire, a broadcaster, a local or
a translated outlet) and one the reading must leave alone, each with the statements expected
as (speaker, quotation)."""

from __future__ import annotations

import pytest

from tests.test_rules_statements import said

_NARRATOR = {
    "banners after a tagged quotation (wire)": (
        "\u201cWe will rebuild every home,\u201d Mayor Ihor Terekhov said. Crowds later gathered "
        "under banners bearing the words \u201cWe will never forget this night\u201d.",
        [("Ihor Terekhov", "We will rebuild every home")]),
    "a slogan after a reported speaker (local outlet)": (
        "Governor Anna Brel said the shelling lasted until dawn. \u201cThree schools were hit "
        "in the night.\u201d Volunteers painted a mural with the slogan \u201cOur city will "
        "stand for ever\u201d on the wall of the school.",
        [("Anna Brel", "Three schools were hit in the night.")]),
    "shirts in the same paragraph (broadcaster)": (
        "\u201cThe convoy crossed at noon and the rest will follow,\u201d the ministry said in "
        "a statement. Some of the freed men wore shirts printed with \u201cWe will not "
        "forgive and we will not forget\u201d as they stepped off the bus.",
        [("the ministry", "The convoy crossed at noon and the rest will follow")]),
    "left alone: a quotation after another of its sentence, and one opening its own": (
        "Jordan condemned it as a \u201cbrutal attack on civilians\u201d that \u201creflects "
        "a pattern of targeting the displaced.\u201d \u201cThe world must act now to stop "
        "this,\u201d the ministry said.\n\n\u201cWe will send aid,\u201d Minister Omar Saleh "
        "said. \u201cThe first trucks leave tonight for the border.\u201d",
        [("Jordan", "brutal attack on civilians"),
         ("Jordan", "reflects a pattern of targeting the displaced."),
         ("the ministry", "The world must act now to stop this"),
         ("Omar Saleh", "We will send aid"),
         ("Omar Saleh", "The first trucks leave tonight for the border.")]),
}
"""A quotation inside a sentence of the narrator's that reports nobody speaking (the words on a
banner, a shirt, a mural) is not the last speaker going on; one that opens its sentence, or
follows another quotation of it, is."""

_HONORIFICS = {
    "an officer's title and a doctor's honorific (local outlet)": (
        "Meanwhile, District Emergency Officer Omar Latif told reporters that the market was "
        "closed.\n\nSeparately, District Health Officer Dr Amina Shah said 40 injured people "
        "were brought to the hospital.\n\n\u201cTwelve of them are in a critical condition "
        "tonight,\u201d she added.",
        [("Amina Shah", "Twelve of them are in a critical condition tonight")]),
    "a professor after the verb (wire)": (
        "\u201cWe have sent every ambulance we have to the scene,\u201d said Medical "
        "Superintendent Prof Daniel Okafor.",
        [("Daniel Okafor", "We have sent every ambulance we have to the scene")]),
    "a coordinator before the pronoun (broadcaster)": (
        "Relief Coordinator Mr Tariq Aziz told the BBC the camps were full. \u201cWe need "
        "tents for another two thousand families,\u201d he said.",
        [("Tariq Aziz", "We need tents for another two thousand families")]),
    "left alone: an honorific that opens the name, and an unnamed officer": (
        "\u201cThe wounded are stable for now,\u201d Dr Lena Hartig said. \u201cThe road to "
        "the village is still closed,\u201d a police officer told AFP.",
        [("Lena Hartig", "The wounded are stable for now"),
         ("police officer", "The road to the village is still closed")]),
}
"""An honorific as British and South Asian copy writes it, without a full stop ("District
Health Officer Dr Amina Shah"), opens the name: the office before it is no part of it."""

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
    "left alone: a city whose name ends like a participle": (
        "\u201cThe sanctions are illegal and must be lifted,\u201d Beijing foreign ministry "
        "said.",
        [("Beijing foreign ministry", "The sanctions are illegal and must be lifted")]),
    "left alone: a participle clause set off by a comma": (
        "Writing on Telegram, Governor Oleh Syniehubov said: \u201cTwo drones hit a warehouse "
        "in the north.\u201d",
        [("Oleh Syniehubov", "Two drones hit a warehouse in the north.")]),
}
"""A participle that opens the sentence, with no comma to set its clause off ("Posting a video
on X ... Mayor Ivan Petrenko wrote"), is no name: the name that ends the words is the subject."""

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
"""Capitalised words right before an office's abbreviation ("CTD Additional IG Tariq Mehmood")
are the office, not a name."""

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
"""A preposition or a conjunction that opens a garbled sentence ("About said the service") is
no name: the quotation is better left without a speaker."""

_CLOSED = {
    "another side's claim after a partial quotation (wire)": (
        "The rights office called for an inquiry, with its staff citing \u201cserious doubts "
        "about the choice of target.\u201d Israel claimed it struck a depot used by the group.",
        [("rights office", "serious doubts about the choice of target.")]),
    "a ministry's own sentence after a quotation (broadcaster)": (
        "The talks were held in Abu Dhabi in a spirit of \u201cfriendship between both "
        "countries and their people.\u201d The ministry expressed hope that the swap would "
        "ease tensions.",
        []),
    "a person's next sentence with a clause (local outlet)": (
        "The strikes were condemned as \u201ca crime against every family in this town.\u201d "
        "Kovalenko said the council would rebuild the school by winter.",
        []),
    "an object and a participle after the verb (broadcaster)": (
        "President Lars Eklund posted on his channel: \u201cThe hostages are coming home "
        "tonight.\u201d Senator Anna Brel criticised the post, saying it came too early.",
        [("Lars Eklund", "The hostages are coming home tonight.")]),
    "left alone: a tag of a few words after the full stop, and a tag after a comma": (
        "\u201cWe will rebuild every school in the district.\u201d Mayor Ivan Petrenko said on "
        "Sunday.\n\n\u201cThe families are safe now and have food,\u201d Governor Anna Brel "
        "said at a briefing.",
        [("Ivan Petrenko", "We will rebuild every school in the district."),
         ("Anna Brel", "The families are safe now and have food")]),
}
"""A name and a verb after a quotation its full stop closed, going on with a clause, open a
sentence of their own; a tag there ends with its verb or a few words of where or when."""

_JOINT = {
    "a prime minister and a minister (wire)": (
        "In a statement on Tuesday, Prime Minister Lars Eklund and Defence Minister Tomas Berg "
        "said the army had struck the depots.\n\n\u201cWe will not allow the border villages to "
        "be shelled again,\u201d the statement reads.",
        []),
    "a mayor and a governor (broadcaster)": (
        "Mayor Ivan Petrenko and Governor Anna Brel announced a curfew for the city.\n\n"
        "\u201cEveryone must stay indoors from ten at night until six,\u201d the statement "
        "said.",
        []),
    "two ministers without titles (local outlet)": (
        "Omar Saleh and Karim Nassar wrote to the council on Friday.\n\n\u201cThe shelters "
        "must open to every family tonight,\u201d the letter said.",
        []),
    "left alone: one person, named after someone else in another sentence": (
        "Anna Brel visited the hospital. Mayor Ivan Petrenko said the curfew would hold.\n\n"
        "\u201cEveryone must stay indoors from ten at night until six,\u201d the statement "
        "said.",
        [("Ivan Petrenko", "Everyone must stay indoors from ten at night until six")]),
}
"""What two people said together ("X and Y said in a statement") is neither's alone: a later
"the statement reads" is not given to the one named last."""

_APPOSED = {
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
"""A full name with a possessive description set off after it ("Olena Shuliak, his deputy,") is a
person, so a later "she said" is not the speaker before her."""

_UNNAMED = {
    "a first name and an age (broadcaster)": (
        "Asked about the talks, Foreign Minister Lars Eklund said: \u201cIt is too early to "
        "say.\u201d\n\n\u201cThey took everything from us,\u201d Amina, 52, said of the "
        "fighters. \u201cWe will go back when it is safe,\u201d he added.",
        [("Lars Eklund", "It is too early to say.")]),
    "one of a group (wire)": (
        "\u201cThe convoy will leave at dawn,\u201d Governor Tomas Berg said.\n\n\u201cWe have "
        "not eaten for two days,\u201d one of the drivers told AFP at the crossing. \u201cNobody "
        "came to help us here,\u201d he said.",
        [("Tomas Berg", "The convoy will leave at dawn")]),
    "residents in the plural (local outlet)": (
        "\u201cWe will rebuild every house,\u201d Mayor Ivan Petrenko said.\n\n\u201cThe water "
        "has been off for a week,\u201d local residents told AFP. \u201cThere is nothing left to "
        "drink in the village,\u201d he said.",
        [("Ivan Petrenko", "We will rebuild every house")]),
    "left alone: nobody between the speaker and the pronoun": (
        "\u201cWe will rebuild every house,\u201d Mayor Ivan Petrenko said. \u201cThe city will "
        "help every family,\u201d he added.",
        [("Ivan Petrenko", "We will rebuild every house"),
         ("Ivan Petrenko", "The city will help every family")]),
}
"""A quotation whose tag names someone the rules cannot name ("Amina, 52, said", "local residents
told AFP") is still a speaker between: a later "he said" is not the person named before."""

_TITLES = {
    "a video's title in sentence case (wire)": (
        "The ministry posted a video titled \u201cHow the enemy drones were shot down "
        "tonight\u201d on its channel.",
        []),
    "an offensive dubbed by the army (broadcaster)": (
        "General Tomas Berg said on Monday that the offensive, dubbed \u201cthe storm from "
        "the north and east\u201d, had begun at dawn.",
        []),
    "placards and text reading (local outlet)": (
        "Mayor Ivan Petrenko spoke to the crowd. Families held placards reading \u201cBring "
        "them all home now\u201d, and a banner with text reading: \u201cTime is running out "
        "for them.\u201d",
        []),
    "left alone: what a statement reads": (
        "The army issued a statement on Sunday. \u201cOur forces struck four launchers near "
        "the border,\u201d the statement read.",
        [("The army", "Our forces struck four launchers near the border")]),
}
"""A title ("a video titled "..."", "an offensive dubbed "..."") or an inscription ("placards
reading "..."") is no statement, whatever its case; what a statement reads is."""

_ASKED = {
    "a reporter asks a spokesman (wire)": (
        "A reporter asked Peskov: \u201cWill Russia respond to the strike on the airfield?\u201d",
        []),
    "a journalist asks a minister (local outlet)": (
        "One journalist asked Minister Tomas Berg: \u201cWho gave the order to fire on the "
        "convoy?\u201d",
        []),
    "an anchor asks a president (broadcaster)": (
        "The BBC\u2019s Anna Kovalenko asked President Lars Eklund directly: \u201cWould you "
        "meet the rebel leaders next week?\u201d",
        []),
    "left alone: a clause with no verb of asking": (
        "Zelensky was blunt: \u201cWe will not give up any of our land at all.\u201d",
        [("Zelensky", "We will not give up any of our land at all.")]),
}
"""A clause that asks someone a question and introduces it with a colon ("A reporter asked
Peskov: "...?"") does not make the one asked its speaker."""

_ACCORDING = {
    "a ministry's statement, then the statement (wire)": (
        "According to a statement from the Interior Ministry, the attack began at noon.\n\n"
        "\u201cThe attackers set fire to the market and the homes,\u201d the statement said.",
        [("Interior Ministry", "The attackers set fire to the market and the homes")]),
    "a service, then it (local outlet)": (
        "According to the State Emergency Service, four people were rescued. \u201cTwo of "
        "them are in a serious condition,\u201d it said.",
        [("State Emergency Service", "Two of them are in a serious condition")]),
    "a department, then the department (broadcaster)": (
        "According to the regional health department, 12 people died in the shelling.\n\n"
        "\u201cMost of the victims were women and children,\u201d the department added.",
        [("regional health department", "Most of the victims were women and children")]),
    "left alone: an outlet cited": (
        "According to Reuters, the talks stalled on Friday.\n\n\u201cNobody is leaving the "
        "table yet,\u201d the statement said.",
        []),
}
"""A sentence that opens with "According to" a body reports it speaking, as one with "according
to" later in the sentence does: a later "it said" or "the statement said" is that body's."""

_READINGS = {"narrator": _NARRATOR, "honorifics": _HONORIFICS, "participles": _PARTICIPLES,
             "offices": _OFFICES, "prepositions": _PREPOSITIONS, "closed": _CLOSED,
             "joint": _JOINT, "apposed": _APPOSED, "unnamed": _UNNAMED, "titles": _TITLES,
             "asked": _ASKED, "according": _ACCORDING}


@pytest.mark.parametrize(("reading", "case"),
                         [(r, c) for r, cases in _READINGS.items() for c in cases])
def test_statements_as_english_attributes_them(reading: str, case: str) -> None:
    text, expected = _READINGS[reading][case]
    assert said(text) == expected
