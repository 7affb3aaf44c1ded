"""Statements as wires and regional outlets beyond the development corpus attribute them, in
sentences written for this file: a speaker an agency quotes by pronoun, a source cited inside
the sentence, a tag after a partial quotation, a question asked, a name a day follows."""

from __future__ import annotations

from tests.test_rules_statements import said


def test_an_agency_that_quotes_a_pronoun_quotes_the_person_it_stands_for() -> None:
    assert said(
        "Rebel commander Ivan Dorosh ruled out new talks on Friday.\n\n"
        "\"We will not sit down with them before the spring,\" the RIA news agency quoted him "
        "as saying.") == [
        ("Ivan Dorosh", "We will not sit down with them before the spring"),
    ]


def test_a_title_two_people_share_names_neither_of_them() -> None:
    """"Malam" opens two names: a mention of the first is not one of the second, who was
    registered later, so "he" after the first one's sentence is still the first."""
    assert said(
        "Police spokesman Malam Idris Gusau confirmed the raid to reporters on Tuesday.\n\n"
        "\"The gunmen came on motorcycles and fired at the market,\" he said.\n\n"
        "A trader, Malam Bello Dauda, said he hid in the bush until dawn.") == [
        ("Malam Idris Gusau", "The gunmen came on motorcycles and fired at the market"),
    ]


def test_a_name_the_day_follows_is_still_a_name() -> None:
    """Wire style puts the day straight after the subject ("Lin Wei Thursday condemned"): the
    day is no part of the name, so the person is registered and "she" finds her."""
    assert said(
        "Foreign ministry spokesperson Lin Wei Thursday condemned the bombing of the convoy.\n\n"
        "\u201cWe call on all sides to exercise restraint,\u201d she said during a regular "
        "briefing.") == [
        ("Lin Wei", "We call on all sides to exercise restraint"),
    ]


def test_a_tag_at_the_end_of_a_sentence_attributes_the_words_it_quotes_inside() -> None:
    """The sentence quotes part of what was said and ends with its tag ("..., he said."): the
    words between the quotation and the tag are the reported sentence's, not another
    speaker's."""
    assert said(
        "Army spokesman Kofi Mensah briefed reporters in the capital on Monday.\n\n"
        "The army had \u201cno intention of withdrawing from the northern villages\u201d this "
        "winter, he said.\n\n"
        "\u201cWe will hold every town we took last week\u201d until talks begin, Mensah "
        "told the radio station.") == [
        ("Kofi Mensah", "no intention of withdrawing from the northern villages"),
        ("Kofi Mensah", "We will hold every town we took last week"),
    ]


def test_a_source_cited_right_before_the_quotation_is_its_speaker() -> None:
    """"But according to Hartig "..."": the source opens the sentence after a conjunction and
    runs straight into the quotation, with no comma."""
    assert said(
        "Defence Minister Lena Hartig visited the northern base on Thursday.\n\n"
        "But according to Hartig \u201cthere will be no pause in the strikes until the talks "
        "end.\u201d") == [
        ("Lena Hartig", "there will be no pause in the strikes until the talks end."),
    ]


def test_who_asks_a_question_after_it_is_its_speaker() -> None:
    assert said(
        "Commander Ali Rezaei spoke to reporters in the town.\n\n"
        "\u201cIf we stop now, who will protect the villages in the valley?\u201d he asked.\n\n"
        "\u201cWhy should we trust them this time around?\u201d Rezaei queried.") == [
        ("Ali Rezaei", "If we stop now, who will protect the villages in the valley?"),
        ("Ali Rezaei", "Why should we trust them this time around?"),
    ]


def test_a_quotation_a_page_wraps_over_lines_is_one_quotation() -> None:
    """A page saved with its lines wrapped breaks a quotation between two words: the newline
    only wraps the line, and the quotation runs on to its closing mark."""
    assert said(
        "Prime Minister Omar Haddad said today he was ready to resume talks.\n"
        "\"We have told the parliament that we want to end the\n"
        "fighting in the north,\" he told a press conference\n"
        "in the capital.\n"
        "\"We repeat it today and we mean it. But we force no-one\" to join the\n"
        "talks, Haddad said.") == [
        ("Omar Haddad", "We have told the parliament that we want to end the\n"
                        "fighting in the north"),
        ("Omar Haddad", "We repeat it today and we mean it. But we force no-one"),
    ]


def test_he_after_a_sentence_its_tag_attributes_is_the_tag_s_speaker() -> None:
    """"..., Berg said." ends a sentence that names Silva first: the sentence is Berg's report,
    so the "he" of the quotation after it is Berg."""
    assert said(
        "Envoy Lars Berg met Foreign Minister Ana Silva in Geneva on Sunday.\n"
        "\u201cOur prisoners must come home before any new round,\u201d Silva told reporters.\n"
        "A demand by Silva for a prisoner release would be discussed next week, Berg said.\n"
        "\u201cWe expect both sides to keep the promises they made here,\u201d he said.") == [
        ("Ana Silva", "Our prisoners must come home before any new round"),
        ("Lars Berg", "We expect both sides to keep the promises they made here"),
    ]


def test_a_description_with_a_list_in_it_still_describes_the_name_before_it() -> None:
    """"a teacher who shares a tent with his wife, five children and two cousins" is one
    description with commas inside: the speaker is the name it describes, not the family at
    its end."""
    assert said(
        "\u201cWe have no water and no light in the tent,\u201d Karim Aziz, a teacher who "
        "shares a tent with his wife, five children and his extended family, told "
        "reporters.") == [
        ("Karim Aziz", "We have no water and no light in the tent"),
    ]


def test_an_acronym_after_an_office_is_the_body_not_the_speaker() -> None:
    """"the head of the RMA" is whoever heads the regional military administration: an acronym
    names a body, never a person."""
    assert said(
        "The head of the regional military administration, Oleh Marchenko, posted on "
        "Telegram.\n\n"
        "\u201cTwo houses burned down in the village overnight,\u201d wrote the head of the "
        "RMA.") == [
        ("Oleh Marchenko", "Two houses burned down in the village overnight"),
    ]


def test_the_outlet_a_report_cites_or_is_told_is_no_speaker() -> None:
    """", Ukrinform reports." cites the outlet that carried the governor's words, and "told
    Anadolu" names who heard them: neither is a person a later "he" or "she" could be."""
    assert said(
        "Governor Ivan Petrenko announced this on Telegram, Ukrinform reports.\n\n"
        "\"Three people were wounded in the shelling this morning,\" he said.") == [
        ("Ivan Petrenko", "Three people were wounded in the shelling this morning"),
    ]
    assert said(
        "Olena Bondar, 41, lives in a tent by the sea with her three sons.\n\n"
        "\"The wind blows the tent away every other night,\" she told Anadolu, describing the "
        "cold.\n\n"
        "\"We have nothing left to burn in the stove,\" she said.") == [
        ("Olena Bondar", "The wind blows the tent away every other night"),
        ("Olena Bondar", "We have nothing left to burn in the stove"),
    ]


def test_a_name_after_its_verb_at_a_sentence_end_is_who_she_is_next() -> None:
    """"..., said Anna Keller, a coordinator for the charity." names the person the next
    "she" stands for, although the verb comes first."""
    assert said(
        "\"We ran when the fire reached the tents,\" Omar Nasser told reporters.\n\n"
        "Patients were moved to field hospitals, said Anna Keller, a coordinator for the "
        "medical charity.\n\n"
        "But \"no hospital in the south can cope with this many wounded at once\", she "
        "said.") == [
        ("Omar Nasser", "We ran when the fire reached the tents"),
        ("Anna Keller", "no hospital in the south can cope with this many wounded at once"),
    ]


def test_a_name_with_an_age_or_a_description_inside_a_sentence_is_a_person() -> None:
    """"spoke to Samir Haddad, a Palestinian farmer" and "from Leila Mansour, 29," introduce
    the person a later "he" or "she" is, wherever in the sentence they stand."""
    assert said(
        "Reporters spoke to Samir Haddad, a Palestinian farmer who saw the strike.\n\n"
        "\"The missile hit the house next to ours,\" he said from the scene.") == [
        ("Samir Haddad", "The missile hit the house next to ours"),
    ]
    assert said(
        "A message from Leila Mansour, 29, reached us after the strike.\n\n"
        "\"We have no tent left to sleep in tonight,\" she told reporters.") == [
        ("Leila Mansour", "We have no tent left to sleep in tonight"),
    ]


def test_who_slams_a_thing_as_a_quotation_said_it() -> None:
    """"slammed the report as "..."" quotes the subject's own words about the report, as
    "condemned" and "described" do."""
    assert said(
        "The defence ministry slammed the report as \u201ca crude attempt to mislead the public "
        "about the front\u201d.\n\n"
        "Minister Pavel Orlov blasted the leak as \u201cthe work of people who want us to "
        "lose\u201d.") == [
        ("defence ministry", "a crude attempt to mislead the public about the front"),
        ("Pavel Orlov", "the work of people who want us to lose"),
    ]


def test_an_opening_mark_printed_where_a_quotation_closes_closes_it() -> None:
    """Some pages print the closing mark turned ("\u201c" for "\u201d"): glued to the last word
    and followed by a space, while a quotation is open or carried over from the paragraph
    before, it closes that quotation rather than opening one that swallows the tag."""
    assert said(
        "The farmer Tomas Reyes, 54, said the shells fell at dawn. \u201cWe ran to the river "
        "with the children, and the barn burned behind us,\u201c he said.\n\n"
        "\u201cThe army shelled the grain stores near the bridge,\u201c a village the rebels hold, "
        "\u201cand then the school on the hill,\u201c the provincial council said.\n\n"
        "\u201cThe convoy was stopped twice on the road to the border.\n\n"
        "The drivers were held for six hours without water,\u201c the press release said.") == [
        ("Tomas Reyes", "We ran to the river with the children, and the barn burned behind us"),
        ("provincial council", "The army shelled the grain stores near the bridge"),
        ("provincial council", "and then the school on the hill"),
        ("provincial council", "The convoy was stopped twice on the road to the border."),
        ("provincial council", "The drivers were held for six hours without water"),
    ]


def test_a_speaker_named_after_the_verb_at_the_end_of_the_sentence_said_it() -> None:
    """Wire copy may go on past the quotation and name the speaker after the verb at the
    sentence's end ("..., said agency spokesman X."); a description set off before the verb
    ("X, the council's spokesman, said in a statement.") still names the speaker before it."""
    assert said(
        "\u201cRescue teams pulled 14 people from the flooded tunnel,\u201d three of them "
        "children, said civil defence spokesman Omar Haddad.\n\n"
        "Gunmen \u201cburned the grain stores of the village\u201d at dawn on Friday, said a "
        "Saturday statement from the district farmers committee, one of several such groups.\n\n"
        "\u201cWe counted nine bodies in the square by the mosque,\u201d Leila Nour, the "
        "council's spokeswoman, said in a statement.") == [
        ("Omar Haddad", "Rescue teams pulled 14 people from the flooded tunnel"),
        ("district farmers committee", "burned the grain stores of the village"),
        ("Leila Nour", "We counted nine bodies in the square by the mosque"),
    ]


def test_two_people_who_share_a_surname_stay_two_people() -> None:
    """A namesake or a relative introduced later ("Magdalena Varga") is not the person named
    first ("Tomas Varga"), whose "Varga said" stays his; an army rank written without full stops
    ("Lt Col") is a title, not a given name."""
    assert said(
        "Security chief Tomas Varga said the talks in Geneva had gone well.\n\n"
        "\u201cWe expect the detainees home before the winter,\u201d Varga said on Monday.\n\n"
        "The country's ombudsman, Magdalena Varga, said her office had seen the video.\n\n"
        "Colonel Pavel Marek said the convoy left at dawn. \u201cThe road to the border was "
        "clear of mines,\u201d Lt Col Marek told reporters.") == [
        ("Tomas Varga", "We expect the detainees home before the winter"),
        ("Pavel Marek", "The road to the border was clear of mines"),
    ]


def test_a_speaker_who_shares_sums_up_or_reminds_says_what_is_quoted() -> None:
    """Outlets close a quotation with verbs of saying beyond "said": a post someone "shared",
    a speech they "summed up", a point they "reminded" the audience of."""
    assert said(
        "\u201cForty of our soldiers are home tonight after two years in captivity,\u201d "
        "President Ana Petrova shared on Telegram.\n\n"
        "\u201cWe will keep working until the last prisoner is back,\u201d the President summed "
        "up.\n\n"
        "\u201cThe talks have never stopped, even in the worst weeks,\u201d she reminded.") == [
        ("Ana Petrova", "Forty of our soldiers are home tonight after two years in captivity"),
        ("Ana Petrova", "We will keep working until the last prisoner is back"),
        ("Ana Petrova", "The talks have never stopped, even in the worst weeks"),
    ]


def test_a_person_described_by_where_they_live_is_no_name_of_that_place() -> None:
    """An unnamed speaker told by where they live or work ("one activist in Dareen", "a
    resident of Kalmar, a village in Tessa district") is that description: the place names
    nobody who speaks, nor does the place an apposition after it names."""
    assert said(
        "Jets struck the market twice on Sunday. One activist in Dareen said families had fled "
        "to the farms. \u201cThis is why so many people died there,\u201d the activist said.\n\n"
        "\u201cThe shelling went on from midnight until dawn,\u201d a resident of Kalmar, a "
        "village in Tessa district, told the channel.") == [
        ("activist in Dareen", "This is why so many people died there"),
        ("resident of Kalmar", "The shelling went on from midnight until dawn"),
    ]


def test_a_name_a_relative_clause_describes_before_its_verb_is_who_speaks() -> None:
    """"Name, who ..., said" introduces the speaker as "Name, a ..., said" does: the quotation
    after the verb is theirs, and so is a later "he said", though another was named before."""
    assert said(
        "\u201cEvery detained citizen is now home,\u201d Foreign Minister Tom Reyes said.\n\n"
        "Omar Haddad, who was arrested at a checkpoint in May, told a reporter that the guards "
        "had treated him well.\n\n"
        "\u201cI did not know if I would ever get out,\u201d he said.\n\n"
        "The ERS medic Dana Levi, who reached the scene first, said, \u201cWe found two people "
        "unconscious in the stairwell.\u201d") == [
        ("Tom Reyes", "Every detained citizen is now home"),
        ("Omar Haddad", "I did not know if I would ever get out"),
        ("Dana Levi", "We found two people unconscious in the stairwell."),
    ]


def test_a_name_after_an_adviser_title_is_who_a_later_he_is() -> None:
    """A sentence that names someone after their title as an adviser, with no verb of saying,
    introduces them: the quotation after it, told with "he", is theirs, not the speaker
    quoted before."""
    assert said(
        "\u201cWe never make good deals on prisoners,\u201d Senator Ray Colton wrote online.\n\n"
        "At the embassy, national security adviser Mark Feld greeted the freed men.\n\n"
        "\u201cThis is a very good day for the families,\u201d he told reporters.") == [
        ("Ray Colton", "We never make good deals on prisoners"),
        ("Mark Feld", "This is a very good day for the families"),
    ]


def test_the_official_goes_on_with_the_unnamed_official_described_before() -> None:
    """An unnamed source may be described with several words ("a senior State Department
    official"); "the senior official" after it is the same person, not a new speaker."""
    assert said(
        "\u201cWe are helping our partner prepare its air defences,\u201d a senior State "
        "Department official said. \u201cAn attack on its cities will carry severe "
        "consequences,\u201d the senior official warned.") == [
        ("senior State Department official",
         "We are helping our partner prepare its air defences"),
        ("senior State Department official",
         "An attack on its cities will carry severe consequences"),
    ]


def test_a_verb_after_the_quotation_led_by_and_goes_on_with_the_subject_before_it() -> None:
    """"X thanked Y, whose "...," and expressed hope" and "X described them as "...", and
    urged" tell the quotation as X's: the verb after it is X's second one, and "and" names no
    speaker of its own."""
    assert said(
        "Chancellor Lena Hartig thanked the emir, whose \u201cpatient work behind the scenes "
        "made this exchange possible,\u201d and expressed hope for further talks.\n\n"
        "The Camp Relief Committee described the victims as \u201cfamilies burned in their "
        "tents at night\u201d, and urged the world to intervene.") == [
        ("Lena Hartig", "patient work behind the scenes made this exchange possible"),
        ("Camp Relief Committee", "families burned in their tents at night"),
    ]


def test_a_speaker_quoted_by_surname_is_named_in_full_where_the_article_gives_it() -> None:
    """An article may give a full name only where nothing registers it as a speaker (after a
    title with "of the", after an abbreviated title in a place's description); the surname it
    quotes later names that person in full."""
    assert said(
        "President of the Regional Council Marta Lindqvist welcomed the release on Sunday.\n\n"
        "\u201cEvery one of the ten detainees is back with their families,\u201d Lindqvist "
        "said.\n\n"
        "The freed men were left near the house of Gov. Ramon Torres in the port town.\n\n"
        "\u201cThe recovery of the ten sailors is good news for the whole province,\u201d Torres "
        "told reporters.") == [
        ("Marta Lindqvist", "Every one of the ten detainees is back with their families"),
        ("Ramon Torres", "The recovery of the ten sailors is good news for the whole province"),
    ]


def test_an_adviser_a_representative_and_a_police_rank_are_titles_not_names() -> None:
    """Titles no later "the adviser" refers back to ("National Security Adviser", "Red Cross
    Representative") and police ranks written short ("Senior Supt.") stand before the name
    as a role does: the speaker is the name after them."""
    assert said(
        "\u201cThe convoy reached the border crossing before dawn,\u201d National Security "
        "Adviser Tom Brandt said on Monday.\n\n"
        "Red Cross Representative Anna Lind confirmed the handover. \u201cAll twelve men are "
        "now with their families,\u201d Lind said.\n\n"
        "\u201cWe have sealed every road out of the town tonight,\u201d said Senior Supt. Ramon "
        "Cruz, the provincial police spokesman.") == [
        ("Tom Brandt", "The convoy reached the border crossing before dawn"),
        ("Anna Lind", "All twelve men are now with their families"),
        ("Ramon Cruz", "We have sealed every road out of the town tonight"),
    ]


def test_words_that_open_a_sentence_are_no_speaker_s_name() -> None:
    """"Quote from X:" introduces a quotation in some outlets' house style, and "One of the
    freed men told" opens a sentence: neither capitalised word is a person who speaks."""
    assert said(
        "Oleh Petrenko, the head of the regional police, said the search would go on "
        "overnight.\n\n"
        "Quote from Petrenko: \"Rescuers have pulled four people from the rubble so far.\"\n\n"
        "One of the freed men told reporters: \"We were kept in a basement for the whole "
        "winter.\"") == [
        ("Oleh Petrenko", "Rescuers have pulled four people from the rubble so far."),
    ]


def test_a_statement_from_a_body_that_opens_the_sentence_is_the_body_s() -> None:
    """"A statement from X said:" opens its sentence with a capital: the statement is X's, not
    that of the body the article cited before it."""
    assert said(
        "Six fishermen returned home on Sunday, Lebanon\u2019s state-run National News Agency "
        "reported.\n\n"
        "A statement from Prime Minister Anna Berg\u2019s office said: \u201cThe six men were "
        "handed over at the crossing in the presence of the Red Cross.\u201d") == [
        ("Prime Minister Anna Berg\u2019s office",
         "The six men were handed over at the crossing in the presence of the Red Cross."),
    ]
