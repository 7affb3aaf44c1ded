"""Statements whose speaker stands in a clause around the quotation that is not the plain
"X said": a clause of someone else after it, an adjunct between the subject and its verb, a
sentence that opens with where or when, a description after the name, the object of a verb
before ", saying". Sentences written for this file."""

from __future__ import annotations

import pytest

from tests.test_rules_statements import said

CASES = [
    # Each case: an article's text, and the statements (speaker, quote) the rules read in it.
    # ", while the rebels said" opens another subject's clause: the quotation is the subject's of
    # the sentence that quotes it.
    pytest.param(
        "The interior ministry accused the rebels of shelling the town, calling it \u201ca "
        "deliberate attack on sleeping families,\u201d while the rebels said they had hit only "
        "an arms depot.\n\n"
        "Premier Adel Haroun has vowed that the militia will \u201canswer for every life lost "
        "tonight,\u201d whereas Foreign Minister Sami Rahal has asked for calm.",
        [
            ("interior ministry", "a deliberate attack on sleeping families"),
            ("Adel Haroun", "answer for every life lost tonight"),
        ],
        id="a clause that a conjunction opens after the quotation is not its attribution"),
    # "From Ankara," tells where the words came from: the city is not the speaker when a body is
    # named after it.
    pytest.param(
        "From Ankara, the Ministry of Interior announced that \u201call forty detainees were "
        "handed over at the border crossing this morning.\u201d",
        [
            ("Ministry of Interior",
             "all forty detainees were handed over at the border crossing this morning."),
        ],
        id="a sentence that opens with where it was said names no speaker there"),
    pytest.param(
        "The General Command of the Army and Navy in a statement said that \u201cthe enemy "
        "fired six rockets at the harbour.\u201d\n\n"
        "The Northern Front last Monday had said it would \u201cspare no target on the "
        "coast.\u201d",
        [
            ("General Command of the Army and Navy", "the enemy fired six rockets at the harbour."),
            ("Northern Front", "spare no target on the coast."),
        ],
        id="where or when between the subject and its verb is no part of the speaker"),
    pytest.param(
        "\u201cThe convoy reached the camp before dawn,\u201d Marta Keller, WFP country "
        "director for the Sahel, told reporters in Bamako.",
        [
            ("Marta Keller", "The convoy reached the camp before dawn"),
        ],
        id="a description that opens with an acronym describes the name before it"),
    # "..., welcomed proposals by Ecuador, saying" is the subject's: a word before ", saying" is the
    # object of the sentence's verb, and no person a later "he" is.
    pytest.param(
        "President Ivan Petrov spoke in the capital on Friday.\n\n"
        "He welcomed the proposals made by Ecuador, saying they could \u201copen the way to "
        "talks within weeks.\u201d",
        [
            ("Ivan Petrov", "open the way to talks within weeks."),
        ],
        id="the object before saying is not a speaker"),
    pytest.param(
        "The general staff of the Moldovan armed forces said on Monday that its artillery "
        "\u201cdestroyed two fuel depots near the river.\u201d\n\n"
        "\u201cThe remains will be returned to the families within a week,\u201d the "
        "coordination centre said in a statement.",
        [
            ("general staff of the Moldovan armed forces",
             "destroyed two fuel depots near the river."),
            ("coordination centre", "The remains will be returned to the families within a week"),
        ],
        id="a body named in lowercase by its staff or centre speaks as itself"),
    pytest.param(
        "A woman in her forties was \u201cpulled alive from the second floor\u201d after three "
        "hours, police said.",
        [
            ("police", "pulled alive from the second floor"),
        ],
        id="police at the end of a sentence that quotes part of what they said"),
    # "the senior official said" reports the official the article brought in before; a "he" right
    # after, with nobody named since, goes on with them, not with the minister quoted before them.
    pytest.param(
        "A senior U.N. official said the prisoners were flown out at dawn.\n\n"
        "\u201cWe will bring every one of them home,\u201d Minister Lena Varga said.\n\n"
        "The talks took four weeks, the senior U.N. official said.\n\n"
        "\u201cWe expect a second round before the winter,\u201d he told reporters.",
        [
            ("Lena Varga", "We will bring every one of them home"),
            ("senior U.N. official", "We expect a second round before the winter"),
        ],
        id="he after an unnamed official the article refers back to is that official"),
    # The people a sentence names after its "He said" (at a meeting with someone) are not
    # who "he" is.
    pytest.param(
        "The commissioner for security, Ali Danjuma, said the state had opened an inquiry.\n\n"
        "He said after a meeting with the deputy governor, Hauwa Bello, that \u201cthe army "
        "has explained how the bombs fell on the village.\u201d",
        [
            ("Ali Danjuma", "the army has explained how the bombs fell on the village."),
        ],
        id="he before the quotation is who the sentence before named"),
    # "Tuareg military spokesperson", "The Tuareg representative": the article names nobody,
    # so the description is the speaker, as "a military source" is.
    pytest.param(
        "Tuareg military spokesperson said the fighters were \u201cdefending the villages of "
        "the north from the army.\u201d\n\n"
        "The Tuareg representative further claimed that the new drone is \u201cable to fly for "
        "twenty hours without landing.\u201d",
        [
            ("Tuareg military spokesperson", "defending the villages of the north from the army."),
            ("Tuareg representative", "able to fly for twenty hours without landing."),
        ],
        id="a spokesperson described by the side they speak for is that description"),
    pytest.param(
        "Dozens were killed in the raid, as Justice Watch International called for an "
        "inquiry.\n\n"
        "\u201cThe killings in the valley have gone on for months with no one held to "
        "account,\u201d the rights group wrote on X.",
        [
            ("Justice Watch International",
             "The killings in the valley have gone on for months with no one held to account"),
        ],
        id="the rights group is the international body that spoke before"),
    pytest.param(
        "The army said it struck the port, after the health ministry said six sailors were "
        "missing.\n\n"
        "The army \u201cpulled eleven sailors from the water before midnight,\u201d it said in "
        "a statement.",
        [("The army", "pulled eleven sailors from the water before midnight")],
        id="it after a quotation a body opens its sentence with is that body"),
    pytest.param(
        "Commissioner Aliyu Bako said the state had opened an inquiry.\n\n"
        "The commissioner said: \u201cThe brigade commander told us the patrol fired at the "
        "wrong village.\u201d The air force had at first been accused of the strike.",
        [("Aliyu Bako", "The brigade commander told us the patrol fired at the wrong village.")],
        id="a passive verb after the quotation names who was spoken of not who spoke"),
    # "He" after a sentence whose subject is an office nobody named holds is that unnamed
    # person, not the minister quoted before.
    pytest.param(
        "\u201cWe will answer every strike,\u201d Defence Minister Omar Faris said.\n\n"
        "On Tuesday, Vostria's supreme leader made his first public appearance in a month. "
        "He warned that any foreign help would bring \u201cruin to all who offer it.\u201d",
        [("Omar Faris", "We will answer every strike")],
        id="he after an unnamed office holder is nobody the article names"),
    # ", as he posted", ", when she told", ", because it wrote" open a clause of what else the
    # speaker did: its verb of saying does not make its subject the quotation's speaker.
    pytest.param(
        "Defence Minister Tomas Berg said \u201cthe first painful blows have begun\u201d, as he "
        "posted footage of the strike on X.\n\n"
        "Governor Anna Brel said the city would \u201crebuild every house it lost\u201d, when "
        "she told reporters about the plan.\n\n"
        "The Ministry of Interior said its forces \u201chad destroyed four launchers overnight"
        "\u201d, because it wrote on Telegram that the border was calm.\n\n"
        "\u201cWe will not leave anyone behind,\u201d Mayor Petro Koval said, as he toured the "
        "shelters.",
        [
            ("Tomas Berg", "the first painful blows have begun"),
            ("Anna Brel", "rebuild every house it lost"),
            ("Ministry of Interior", "had destroyed four launchers overnight"),
            ("Petro Koval", "We will not leave anyone behind"),
        ],
        id="a clause after the quotation that as when or because opens is not its tag"),
    # "According to <an outlet>," cites the report; the verb after it names who spoke.
    pytest.param(
        "According to the BBC, Mayor Anna Brel told reporters: \u201cWe have lost everything in "
        "one night here.\u201d\n\n"
        "According to local media, Governor Petro Koval said on Monday that \u201cthe shelling "
        "had stopped before dawn.\u201d\n\n"
        "According to Reuters, the army added, \u201cFour launchers were destroyed in the "
        "night.\u201d\n\n"
        "According to the Ministry of Health, the strike \u201ckilled twelve people in the "
        "market.\u201d",
        [
            ("Anna Brel", "We have lost everything in one night here."),
            ("Petro Koval", "the shelling had stopped before dawn."),
            ("the army", "Four launchers were destroyed in the night."),
            ("Ministry of Health", "killed twelve people in the market."),
        ],
        id="a verb of saying after according to names the speaker"),
    # ", saying" goes on the subject of the clause before it, whatever that clause's verb is
    # ("welcomed", "rejected", "disputed"); a subject that is neither a body nor a name is left
    # unresolved.
    pytest.param(
        "Qatar welcomed the release, saying it was \u201ca step towards a lasting peace in the "
        "region.\u201d\n\n"
        "The army rejected the figures, saying the building \u201cwas used as a command "
        "centre by the group.\u201d\n\n"
        "On Sunday, the foreign ministry has firmly disputed the claims, adding: \u201cOur forces "
        "do not strike civilian buildings at all.\u201d\n\n"
        "Residents of the old town mourned the dead, saying \u201cnothing is left of our "
        "street now.\u201d",
        [
            ("Qatar", "a step towards a lasting peace in the region."),
            ("The army", "was used as a command centre by the group."),
            ("foreign ministry", "Our forces do not strike civilian buildings at all."),
        ],
        id="a participle after a clause with another verb is its subject's"),
    # An age set off after a name ("Olena Koval, 62,") leaves the description after it
    # describing the name, not speaking instead of it.
    pytest.param(
        "\u201cWe lost everything in one night,\u201d Olena Koval, 62, a retired nurse from the "
        "village, told AFP.\n\n"
        "Samir Haddad, 34, a father of three, said: \u201cThe shelter was full by midnight.\u201d"
        "\n\n"
        "Amal Nasser, 71, said the water \u201chad been cut off for four days.\u201d",
        [
            ("Olena Koval", "We lost everything in one night"),
            ("Samir Haddad", "The shelter was full by midnight."),
            ("Amal Nasser", "had been cut off for four days."),
        ],
        id="an age between a name and its description is no part of the speaker"),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_the_speaker_stands_in_a_clause_around_the_quotation(
        text: str, expected: list[tuple[str, str]]) -> None:
    assert said(text) == expected
