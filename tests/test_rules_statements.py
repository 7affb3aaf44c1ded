"""Statements as unseen outlets attribute them, in sentences written for this file.

Wire copy (AP, Reuters, AFP), broadcasters (BBC, Al Jazeera) and local outlets
attribute a quotation in more ways than "..., X said": the verb may stand a long
clause before it, the speaker may be named a sentence or a paragraph earlier, a
relative clause or an epithet may stand for them. Each test is one such way, on
text of its own.
"""

from __future__ import annotations

import datetime as dt

from summarizer.backends.rules import RulesBackend
from summarizer.models import Article


def said(text: str) -> list[tuple[str, str]]:
    article = Article(id="t", source="t", published=dt.date(2025, 3, 8), text=text)
    return [(s.speaker, s.quote) for s in RulesBackend().read(article).statements]


def test_a_quotation_at_the_end_of_a_long_reported_clause_is_the_subject_s() -> None:
    assert said(
        "The army said on Tuesday that the truce was back in force after its jets finished a "
        "round of raids in which \u201ccommand posts and armed operatives\u201d were hit.\n\n"
        "Foreign Minister Lena Hartig said she was cutting short a visit to Asia and flying "
        "home at once, while working with the country's allies on a \u201cfirm answer to the "
        "shelling of our cities.\u201d") == [
        ("The army", "command posts and armed operatives"),
        ("Lena Hartig", "firm answer to the shelling of our cities."),
    ]


def test_a_quotation_standing_alone_is_the_speaker_the_sentence_before_reported() -> None:
    assert said(
        "Mayor Pavlo Hrytsenko said rescuers were still at the scene. \u201cThe debris fell on a "
        "kindergarten in the western district.\u201d\n\n"
        "Governor Irina Volk wrote on Telegram on Sunday evening.\n\n"
        "\u201cThe enemy launched more than a hundred drones at the region tonight.\u201d\n\n"
        "The regional police said two people were detained. \u201cBoth men were filming the "
        "air defence at work.\u201d") == [
        ("Pavlo Hrytsenko", "The debris fell on a kindergarten in the western district."),
        ("Irina Volk", "The enemy launched more than a hundred drones at the region tonight."),
        ("regional police", "Both men were filming the air defence at work."),
    ]


def test_a_speaker_in_the_present_tense_of_a_live_page() -> None:
    assert said(
        "The ministry says 60 drones were downed over the border regions. \u201cI looked out and "
        "saw the whole block burning,\u201d one local resident tells the BBC.\n\n"
        "\u201cWe will rebuild every house that was hit tonight,\u201d the mayor, Olga Dunaeva, "
        "posts on Telegram.") == [
        ("one local resident", "I looked out and saw the whole block burning"),
        ("Olga Dunaeva", "We will rebuild every house that was hit tonight"),
    ]


def test_what_a_speaker_is_doing_or_a_possessor_before_the_name_is_not_the_speaker() -> None:
    assert said(
        "\u201cThe hospital has run out of fuel and the wards are dark,\u201d Al Jazeera\u2019s "
        "Tareq Abu Azzoum, reporting from Gaza City, said.\n\n"
        "\u201cWe condemn in the strongest terms this attack on a crowded market,\u201d the "
        "European Union\u2019s foreign policy chief Kaja Kallas said.\n\n"
        "Hamas, in a statement on its Telegram channel, said the \u201coccupation bears full "
        "responsibility for the lives of the captives.\u201d\n\n"
        "\u201cThe shelling did not stop until dawn,\u201d acting Mayor Ihor Terekhov said.\n\n"
        "UN Secretary-General Antonio Guterres said he was \u201cdeeply alarmed by the loss of "
        "civilian life in the city.\u201d") == [
        ("Tareq Abu Azzoum", "The hospital has run out of fuel and the wards are dark"),
        ("Kaja Kallas", "We condemn in the strongest terms this attack on a crowded market"),
        ("Hamas", "occupation bears full responsibility for the lives of the captives."),
        ("Ihor Terekhov", "The shelling did not stop until dawn"),
        ("Antonio Guterres", "deeply alarmed by the loss of civilian life in the city."),
    ]


def test_a_relative_clause_speaks_for_the_body_or_person_before_it() -> None:
    assert said(
        "The raid was quickly claimed by the Islamic Jihad armed wing, which said it "
        "\u201cstruck the enemy positions with a heavy barrage of shells.\u201d\n\n"
        "In a statement, the Houthis said: \u201cWe targeted the aircraft carrier with missiles "
        "and drones.\u201d") == [
        ("Islamic Jihad armed wing", "struck the enemy positions with a heavy barrage of shells."),
        ("Houthis", "We targeted the aircraft carrier with missiles and drones."),
    ]


def test_an_epithet_with_nobody_holding_it_is_the_person_just_named() -> None:
    assert said(
        "President Karl Mertens thanked the rescuers on Sunday. \u201cEvery family that lost "
        "someone will get our help,\u201d he said.\n\n"
        "\u201cWe will not forget the names of the dead,\u201d the head of state added.\n\n"
        "Missiles hit Sumy on Monday morning, according to Sumy Region Head Oleh Hryhorov.\n\n"
        "\u201cThere are civilian casualties. Medics are working at the scene,\u201d the "
        "Governor wrote on Telegram.") == [
        ("Karl Mertens", "Every family that lost someone will get our help"),
        ("Karl Mertens", "We will not forget the names of the dead"),
        ("Oleh Hryhorov", "There are civilian casualties. Medics are working at the scene"),
    ]


def test_a_quotation_is_attributed_after_a_later_quotation_of_its_sentence() -> None:
    assert said(
        "\u201cEnemy strikes on the villages of the south since dawn\u201d have killed "
        "\u201cat least 90 people and wounded hundreds more\u201d, the health ministry said.") == [
        ("health ministry", "Enemy strikes on the villages of the south since dawn"),
        ("health ministry", "at least 90 people and wounded hundreds more"),
    ]


def test_the_statement_is_the_one_a_body_issued_or_an_agency_cited() -> None:
    assert said(
        "The foreign ministry issued a statement on Saturday.\n\n"
        "\u201cThe exchange took place with the mediation of the Emirates,\u201d the statement "
        "read.\n\n"
        "Twelve people were killed, TASS reported, citing the regional health ministry's "
        "statement.\n\n"
        "\u201cDoctors are fighting for the lives of the wounded,\u201d the statement reads.") == [
        ("foreign ministry", "The exchange took place with the mediation of the Emirates"),
        ("regional health ministry", "Doctors are fighting for the lives of the wounded"),
    ]


def test_an_office_after_the_name_describes_it() -> None:
    assert said(
        "Marwan Sultan, director of the Indonesian Hospital, said \u201cthe wards are full and "
        "there is no fuel left.\u201d\n\n"
        "\u201cWe call on the whole world to act now,\u201d said Hussein Salem, secretary general "
        "of the executive committee.") == [
        ("Marwan Sultan", "the wards are full and there is no fuel left."),
        ("Hussein Salem", "We call on the whole world to act now"),
    ]


def test_a_statement_from_a_body_read_or_cited_after_the_quotation() -> None:
    assert said(
        "\u201cThe strike killed four members of one family in their home,\u201d according to a "
        "statement from the health ministry.\n\n"
        "\u201cOur teams recovered nine bodies from the rubble of the building,\u201d reads a "
        "statement from the Palestinian Red Crescent.\n\n"
        "\u201cWhere will we go now that the house is gone?\u201d asked Fatima Nasser, a mother "
        "of four.") == [
        ("health ministry", "The strike killed four members of one family in their home"),
        ("Palestinian Red Crescent", "Our teams recovered nine bodies from the rubble of the "
                                     "building"),
        ("Fatima Nasser", "Where will we go now that the house is gone?"),
    ]


def test_an_abbreviated_title_is_part_of_the_name_not_a_sentence_end() -> None:
    assert said(
        "\u201cThe air defence worked well through the night,\u201d said Col. Yuriy Ihnat, "
        "spokesman for the air force.\n\n"
        "\u201cThe hostages are now in the hands of our forces,\u201d Lt. Col. Nadav Shoshani, "
        "a military spokesman, said.\n\n"
        "Dr. Hani Issa, head of the emergency ward, said \u201cthe corridors are full of "
        "wounded children.\u201d\n\n"
        "\u201cThis is a first step toward a lasting peace,\u201d said U.S. Secretary of State "
        "Mark Stone.") == [
        ("Yuriy Ihnat", "The air defence worked well through the night"),
        ("Nadav Shoshani", "The hostages are now in the hands of our forces"),
        ("Hani Issa", "the corridors are full of wounded children."),
        ("Mark Stone", "This is a first step toward a lasting peace"),
    ]


def test_forces_staffs_and_administrations_speak_as_bodies() -> None:
    assert said(
        "\u201cThe enemy used attack drones and ballistic missiles,\u201d the Ukrainian Air "
        "Force said on Telegram.\n\n"
        "Ukraine's General Staff said 40 clashes took place. \u201cThe situation near the town "
        "remains difficult,\u201d it said.\n\n"
        "\u201cThe rescue work is over at the site of the strike,\u201d the Kharkiv regional "
        "military administration said.\n\n"
        "Lubinets said 150 prisoners were back. \u201cThey are finally home with their "
        "families,\u201d the ombudsman wrote.") == [
        ("Ukrainian Air Force", "The enemy used attack drones and ballistic missiles"),
        ("Ukraine's General Staff", "The situation near the town remains difficult"),
        ("Kharkiv regional military administration",
         "The rescue work is over at the site of the strike"),
        ("Lubinets", "They are finally home with their families"),
    ]


def test_other_verbs_of_saying_attribute_like_said() -> None:
    assert said(
        "\u201cWe cannot protect every city from every missile,\u201d the minister, Anna Roth, "
        "acknowledged.\n\n"
        "Roth reiterated that \u201cthe air defence systems promised in spring have not "
        "arrived.\u201d\n\n"
        "\u201cThe numbers are not final and will rise,\u201d Colonel Petr Vik cautioned.") == [
        ("Anna Roth", "We cannot protect every city from every missile"),
        ("Anna Roth", "the air defence systems promised in spring have not arrived."),
        ("Petr Vik", "The numbers are not final and will rise"),
    ]


def test_a_long_description_between_the_quotation_and_the_verb() -> None:
    assert said(
        "\u201cThey are finally home with their families,\u201d Dmytro Lubinets, Ukraine's "
        "parliamentary commissioner for human rights, who met them at the border, said.\n\n"
        "\u201cThe next exchange is already being prepared,\u201d said the head of the "
        "Coordination Headquarters for the Treatment of Prisoners of War, Dmytro Usov.") == [
        ("Dmytro Lubinets", "They are finally home with their families"),
        ("Dmytro Usov", "The next exchange is already being prepared"),
    ]


def test_an_unnamed_speaker_is_named_without_the_indefinite_article() -> None:
    assert said(
        "A military source told the state news agency that the missiles hit the building, "
        "leading to \u201cthe total destruction of the whole annex.\u201d") == [
        ("military source", "the total destruction of the whole annex.")]


def test_an_unnamed_speaker_described_by_what_they_belong_to() -> None:
    """"A militia representative", "another participant", "a family member": unnamed people
    described by the body or the gathering they belong to, as the article writes them ("Another"
    stays, as "one" does in "one resident")."""
    assert said(
        "\u201cWe were on the ground when the first shell hit,\u201d a militia representative "
        "told the BBC.\n\n"
        "Another participant recalled, \u201cThe crowd ran towards the river in the dark.\u201d"
        "\n\n"
        "\u201cThey took him from his bed at night,\u201d a family member told Reuters.") == [
        ("militia representative", "We were on the ground when the first shell hit"),
        ("Another participant", "The crowd ran towards the river in the dark."),
        ("family member", "They took him from his bed at night"),
    ]


def test_a_dash_before_the_attribution_and_according_to_him() -> None:
    assert said(
        '"We will answer every strike on our cities," - said Defence Minister Oleh Marko.\n\n'
        "Governor Iryna Kolos visited the district. According to her, \u201cthe enemy attacked "
        "the city with five missiles at night.\u201d") == [
        ("Oleh Marko", "We will answer every strike on our cities"),
        ("Iryna Kolos", "the enemy attacked the city with five missiles at night."),
    ]


def test_a_relative_speaks_as_the_article_describes_them() -> None:
    assert said(
        "The sailor was flown home on Monday. His family expressed relief in a statement, "
        "saying, \u201cWe can finally breathe again after two years.\u201d") == [
        ("His family", "We can finally breathe again after two years.")]


def test_a_name_with_lowercase_particles_is_one_name() -> None:
    assert said(
        "\u201cWe have no fuel left for the generators,\u201d Ismail al Thawabta, director of "
        "the government media office, said.\n\n"
        "Qatari Prime Minister Sheikh Mohammed bin Abdulrahman Al Thani said the talks were "
        "\u201cin their very final stage now.\u201d\n\n"
        "\u201cEurope will stand by its partners in the region,\u201d said Ursula von der "
        "Leyen.") == [
        ("Ismail al Thawabta", "We have no fuel left for the generators"),
        ("Mohammed bin Abdulrahman Al Thani", "in their very final stage now."),
        ("Ursula von der Leyen", "Europe will stand by its partners in the region"),
    ]


def test_single_quotes_guillemets_and_low_high_quotes_are_quotations() -> None:
    """An apostrophe ("workers' hostel", "Russia's") opens or closes nothing, and a
    quoted label ('terrorists') or a headline with no verb is no statement."""
    assert said(
        "The strike hit the workers' hostel and Russia's envoy called it 'a mistake' on "
        "Monday. 'Three people were killed and nine wounded in the strike,' the governor, Ivan "
        "Petrenko, said.\n\n"
        "Police called the gunmen 'terrorists' and said: 'The search will go on all night.'\n\n"
        "'The soldiers' families have waited two years for this day,' Lubinets wrote.\n\n"
        "\u00abThe enemy fired seven missiles at the port overnight\u00bb, said Vitaliy Kim.\n\n"
        "\u201eRescue teams are still working at the site\u201c, the State Emergency Service "
        "said.\n\n"
        "Kim: 'We will answer every strike on our cities'") == [
        ("Ivan Petrenko", "Three people were killed and nine wounded in the strike"),
        ("Police", "The search will go on all night."),
        ("Lubinets", "The soldiers' families have waited two years for this day"),
        ("Vitaliy Kim", "The enemy fired seven missiles at the port overnight"),
        ("State Emergency Service", "Rescue teams are still working at the site"),
    ]


def test_words_running_on_from_a_quotation_do_not_attribute_it() -> None:
    assert said(
        "Zelensky said Russia had fired \u201cmore than 40 missiles and dozens of drones\u201d "
        "at the capital overnight and called for more air defence.\n\n"
        "The foreign ministry announced that \u201ctalks on a new ceasefire will resume next "
        "week\u201d and the army confirmed the pause.") == [
        ("Zelensky", "more than 40 missiles and dozens of drones"),
        ("foreign ministry", "talks on a new ceasefire will resume next week"),
    ]


def test_a_quotation_over_paragraphs_is_attributed_where_it_ends() -> None:
    """Each paragraph of a long quotation opens with a mark and only the last one closes:
    the attribution after the last paragraph names the speaker of all of them."""
    assert said(
        "Rescuers worked through the night in the old town.\n\n"
        "\u201cWe pulled three children out of the rubble alive this morning. The youngest "
        "is two.\n\n"
        "\u201cTwo more people are still under the debris of the building,\u201d said Oleh "
        "Kolos, who leads the rescue team.") == [
        ("Oleh Kolos", "We pulled three children out of the rubble alive this morning. The "
                       "youngest is two."),
        ("Oleh Kolos", "Two more people are still under the debris of the building"),
    ]


def test_an_office_given_before_a_name_is_referred_back_to() -> None:
    assert said(
        "The UN spokesman, Stephane Dujar, spoke to reporters in New York on Monday. \u201cWe "
        "are deeply worried about the safety of civilians in the area,\u201d the spokesman "
        "said.") == [
        ("Stephane Dujar", "We are deeply worried about the safety of civilians in the area")]


def test_international_organisations_speak_as_themselves() -> None:
    assert said(
        "\u201cCivilians are paying the highest price for this war,\u201d the United Nations "
        "said on Monday.\n\n"
        "According to UNICEF, \u201cat least 40 children have been killed in the city this "
        "month.\u201d\n\n"
        "\u201cAll sides must respect humanitarian law,\u201d the U.N. said in a statement.\n\n"
        "\u201cThe attack on the convoy may amount to a war crime,\u201d Human Rights Watch "
        "said.") == [
        ("United Nations", "Civilians are paying the highest price for this war"),
        ("UNICEF", "at least 40 children have been killed in the city this month."),
        ("U.N.", "All sides must respect humanitarian law"),
        ("Human Rights Watch", "The attack on the convoy may amount to a war crime"),
    ]


def test_an_unnamed_person_is_named_by_the_description_the_article_gives() -> None:
    assert said(
        "\u201cWe hid in the basement all night long,\u201d an elderly woman said.\n\n"
        "\u201cThe shelling never stopped for a minute,\u201d a Ukrainian soldier told Reuters "
        "near the front.\n\n"
        "\u201cWe are not going anywhere from here,\u201d one man told the BBC.") == [
        ("elderly woman", "We hid in the basement all night long"),
        ("Ukrainian soldier", "The shelling never stopped for a minute"),
        ("one man", "We are not going anywhere from here"),
    ]


def test_more_verbs_of_saying_and_a_statement_issued() -> None:
    assert said(
        "\u201cWe will rebuild every house on this street,\u201d the mayor, Ihor Teren, "
        "promised.\n\n"
        "\u201cThere were bodies everywhere on the road,\u201d recounted Mariam Saleh, a nurse at "
        "the hospital.\n\n"
        "\u201cThose responsible will be found and punished,\u201d pledged Prime Minister Denys "
        "Shmal.\n\n"
        "The army issued a statement saying \u201cits jets struck twelve launch sites in the "
        "south.\u201d") == [
        ("Ihor Teren", "We will rebuild every house on this street"),
        ("Mariam Saleh", "There were bodies everywhere on the road"),
        ("Denys Shmal", "Those responsible will be found and punished"),
        ("The army", "its jets struck twelve launch sites in the south."),
    ]


def test_a_platform_named_by_the_post_is_the_channel() -> None:
    article = Article(id="t", source="t", published=dt.date(2025, 3, 8), text=(
        "In a Telegram post, Interior Minister Ihor Klym wrote: \u201cRescuers have recovered "
        "the bodies of six people.\u201d\n\n"
        "\u201cThe search will go on through the night,\u201d Klym said in an X post."))
    assert [(s.speaker, s.channel) for s in RulesBackend().read(article).statements] == [
        ("Ihor Klym", "Telegram"), ("Ihor Klym", "X")]


def test_praise_and_thanks_quote_their_subject_a_reaction_quotes_someone_else() -> None:
    assert said(
        "The sailor's family also thanked the Omani government for \u201cits patient work "
        "behind the scenes over many months.\u201d\n\n"
        "Kyiv rejected Moscow's claim that \u201cthe strike hit only military targets in the "
        "port.\u201d Minsk denied the report that \u201cits airfields were used for the "
        "launches.\u201d") == [
        ("The sailor's family", "its patient work behind the scenes over many months.")]


def test_names_with_accents_inner_capitals_apostrophes_and_initials() -> None:
    assert said(
        "\u201cTurkey is ready to host the next round of talks,\u201d President Recep Tayyip "
        "Erdo\u011fan said.\n\n"
        "\u201cThe strike was a clear breach of the truce,\u201d Senator Kevin McArdle said.\n\n"
        "\u201cWe will not accept a ceasefire without guarantees,\u201d said Rados\u0142aw "
        "Sikor, the foreign minister.\n\n"
        "\u201cThe families deserve an answer by now,\u201d Mary O'Dell told reporters.\n\n"
        "\u201cWe are working to bring everyone home,\u201d John F. Kerrigan said.") == [
        ("Recep Tayyip Erdo\u011fan", "Turkey is ready to host the next round of talks"),
        ("Kevin McArdle", "The strike was a clear breach of the truce"),
        ("Rados\u0142aw Sikor", "We will not accept a ceasefire without guarantees"),
        ("Mary O'Dell", "The families deserve an answer by now"),
        ("John F. Kerrigan", "We are working to bring everyone home"),
    ]


def test_the_group_is_the_group_named_last_and_a_compound_adjective_is_no_name() -> None:
    assert said(
        "Israel said Hamas had broken the truce. \u201cWe are committed to the agreement and to "
        "all its stages,\u201d the group said in a statement.\n\n"
        "Hezbollah fired rockets at the north on Sunday. \u201cThis is a first answer to the "
        "massacre in the south,\u201d the Iran-backed militant group said.") == [
        ("Hamas", "We are committed to the agreement and to all its stages"),
        ("Hezbollah", "This is a first answer to the massacre in the south"),
    ]


def test_the_group_is_the_group_the_article_described_speaking() -> None:
    """A monitor or an aid group the article describes as a group and reports speaking is who
    "the group" and "it" are, though the armed group it accuses is named since; "he" is never
    that group."""
    assert said(
        "The Lakeside Medics Union, a group of doctors tracking the fighting, said eight people "
        "died in the shelling by the RSF on the market late on Monday.\n\n"
        "\u201cThe wounded were carried to a clinic that has no power at all,\u201d the group "
        "said.\n\n"
        "The relief group Valley Aid Riders said its teams reached the village on Tuesday.\n\n"
        "\u201cWe buried four of them in the yard of the old school,\u201d the group said in a "
        "statement.\n\n"
        "\u201cMost houses on the main road have no roof left,\u201d it said.") == [
        ("Lakeside Medics Union", "The wounded were carried to a clinic that has no power at all"),
        ("Valley Aid Riders", "We buried four of them in the yard of the old school"),
        ("Valley Aid Riders", "Most houses on the main road have no roof left"),
    ]


def test_the_group_is_the_last_group_that_spoke() -> None:
    """A civil group that spoke is who "the group" is, though the armed group it accuses is
    named since, as long as no armed or political group spoke after it; "the group, the RSF"
    describes no group."""
    assert said(
        "The Riverside Monitors Network said RSF fighters shelled the camp on Monday.\n\n"
        "According to the group, the RSF also burned the market, adding that the fighters "
        "\u201ctook every sack of flour from the stores.\u201d\n\n"
        "Hamas said it had freed two hostages. \u201cWe are committed to the agreement and to "
        "all its stages,\u201d the group said.") == [
        ("Riverside Monitors Network", "took every sack of flour from the stores."),
        ("Hamas", "We are committed to the agreement and to all its stages"),
    ]


def test_a_place_or_an_unnamed_body_is_no_person() -> None:
    """Not "Crisis Room" nor the city "El Fasher": the body, named with what it is of, and
    without where it sits."""
    assert said(
        "\u201cNine bodies were found under the rubble of the mosque,\u201d the Crisis Room of "
        "Zamzam Camp in El Fasher, a volunteer group, said.") == [
        ("Crisis Room of Zamzam Camp", "Nine bodies were found under the rubble of the mosque")]


def test_a_person_introduced_by_what_they_did_is_who_he_or_she_is() -> None:
    """A name that opens a sentence with an age, a description or a pronoun is a person a
    later "he", "she" or "the 52-year-old" stands for; capitalised words that open a sentence
    without one ("Iron Dome batteries") are not."""
    assert said(
        "Iron Dome batteries shot down most of the rockets over the city. \u201cThe sky was "
        "full of fire for an hour,\u201d he said.\n\n"
        "Andriy Melnyk, 46, came home on Sunday after two years in captivity. \u201cI did not "
        "believe this day would come,\u201d he said.\n\n"
        "Olena Kravets, a teacher, lost her flat in the strike. \u201cWe have nowhere to go "
        "now,\u201d the 52-year-old said.") == [
        ("Andriy Melnyk", "I did not believe this day would come"),
        ("Olena Kravets", "We have nowhere to go now"),
    ]


def test_a_source_named_in_other_words_or_a_clause_with_a_colon() -> None:
    assert said(
        "In the words of Governor Vitaliy Kam, \u201cthe strike destroyed three houses and a "
        "school.\u201d\n\n"
        "As Kam put it, \u201cthe enemy is aiming at homes, not at soldiers.\u201d\n\n"
        "Mayor Ihor Teren came to the site. In his words, \u201cthe whole street is gone "
        "now.\u201d\n\n"
        "Zelensky was blunt: \u201cRussia fired more than 40 missiles at our cities.\u201d\n\n"
        "Zelensky: \u201cWe will answer every strike on our cities\u201d") == [
        ("Vitaliy Kam", "the strike destroyed three houses and a school."),
        ("Vitaliy Kam", "the enemy is aiming at homes, not at soldiers."),
        ("Ihor Teren", "the whole street is gone now."),
        ("Zelensky", "Russia fired more than 40 missiles at our cities."),
    ]


def test_a_body_by_its_acronym_a_group_by_its_fighters_an_outlet_is_no_speaker() -> None:
    assert said(
        "\u201cOur missiles hit the bases they were aimed at,\u201d the IRGC said in a "
        "statement.\n\n"
        "\u201cWe will defend the town from every side,\u201d the M23 rebels said.\n\n"
        "The Russian Defence Ministry said 40 drones were downed. \u201cMost of them came from "
        "the south,\u201d the MOD said. \u201cTwo hit an empty field near the border,\u201d the "
        "ministry added.\n\n"
        "\u201cHalf of the drones were over the border regions,\u201d the BBC reports.") == [
        ("IRGC", "Our missiles hit the bases they were aimed at"),
        ("M23", "We will defend the town from every side"),
        ("MOD", "Most of them came from the south"),
        ("Russian Defence Ministry", "Two hit an empty field near the border"),
    ]


def test_a_spokesperson_for_a_body_speaks_as_the_body() -> None:
    assert said(
        "\u201cWe accept the offer in principle and will answer soon,\u201d a spokesman for "
        "Hamas said.\n\n"
        "Rescue work ended at noon, a spokeswoman for the State Emergency Service told "
        "reporters. \u201cNine people were pulled out alive from the rubble,\u201d the "
        "spokeswoman said.") == [
        ("Hamas", "We accept the offer in principle and will answer soon"),
        ("State Emergency Service", "Nine people were pulled out alive from the rubble"),
    ]


def test_reversed_guillemets_are_quotations() -> None:
    """German and Danish copy opens with \u00bb and closes with \u00ab, the other way round
    from French copy."""
    assert said(
        "\u00bbWe did not sleep at all that night\u00ab, said Jonas Weber, who lives near the "
        "depot.\n\n"
        "The mayor, Ivan Fedorov, said: \u00bbThe strike hit a school and two houses in the "
        "centre.\u00ab Rescuers worked until the morning.") == [
        ("Jonas Weber", "We did not sleep at all that night"),
        ("Ivan Fedorov", "The strike hit a school and two houses in the centre."),
    ]


def test_a_quotation_still_open_where_the_article_stops_is_read() -> None:
    """A stored page often ends inside a quotation: what it holds is still the speaker's."""
    assert said(
        "Rescuers searched the rubble all night.\n\n"
        'The mayor, Ivan Fedorov, said: "We will rebuild every house that was hit.') == [
        ("Ivan Fedorov", "We will rebuild every house that was hit."),
    ]


def test_a_list_of_speakers_is_a_joint_statement_and_no_one_speaker() -> None:
    """Gold leaves joint statements out: none of the parties said it alone, so the first of
    the list is not the speaker."""
    assert said(
        "Britain, France and Germany said in a joint statement that the shelling was \u201ca "
        "dangerous escalation that has to stop now.\u201d\n\n"
        "The foreign ministers of Egypt, Jordan, and Saudi Arabia said the plan was \u201ca "
        "breach of international law and a threat to the region\u201d.") == []


def test_unnamed_officials_speak_for_the_body_that_spoke_before_them() -> None:
    """"Officials said" after a body has spoken is that body's statement, as "it said" is."""
    assert said(
        "The army said its jets struck a depot near the border overnight.\n\n"
        "Officials said in a statement that troops hit \u201ctwelve launchers hidden in "
        "orchards near the border\u201d.\n\n"
        "A reporter in the town saw rockets being fired from the orchards, and the army said "
        "that \u201cmost of the rockets fell in open fields\u201d.") == [
        ("The army", "twelve launchers hidden in orchards near the border"),
        ("The army", "most of the rockets fell in open fields"),
    ]


def test_a_source_named_after_its_office_and_thanks_extended_are_attributions() -> None:
    assert said(
        "According to the regional governor, Vyacheslav Petrov, \u201ctwo civilians were "
        "wounded when a drone hit their car\u201d.\n\n"
        "The two leaders spoke for an hour, and Erdogan extended his gratitude to the mediators "
        "for their work to \u201cbring the sides back to the table without delay\u201d.") == [
        ("Vyacheslav Petrov", "two civilians were wounded when a drone hit their car"),
        ("Erdogan", "bring the sides back to the table without delay"),
    ]


def test_a_group_goes_on_as_they_and_a_body_keeps_its_name_over_what_it_is_known_as() -> None:
    """"They said" after a group spoke is the group, as "it said" is a body; "known as HUR"
    names the body before it, which speaks."""
    assert said(
        "\u201cWe fired a ballistic missile at the ship,\u201d the Houthis said. They said the "
        "strike was \u201ca response to the raids on our ports\u201d.\n\n"
        "Ukraine's military intelligence agency, known as HUR, said in a statement that \u201cthe "
        "operation was carried out by its special forces\u201d.") == [
        ("Houthis", "We fired a ballistic missile at the ship"),
        ("Houthis", "a response to the raids on our ports"),
        ("Ukraine's military intelligence agency", "the operation was carried out by its special "
         "forces"),
    ]


def test_forums_foundations_and_associations_speak_as_themselves() -> None:
    assert said(
        "The Missing Soldiers Families Forum said: \u201cEvery day in captivity puts their lives "
        "at risk.\u201d\n\n"
        "\u201cThe shelter was hit while people slept,\u201d the Aid Workers Association said.\n\n"
        "In a message through the advocacy group, the Missing Soldiers Families Forum, the Levi "
        "family said that \u201chalf of our heart came home today after a long year\u201d.") == [
        ("Missing Soldiers Families Forum", "Every day in captivity puts their lives at risk."),
        ("Aid Workers Association", "The shelter was hit while people slept"),
        ("Levi family", "half of our heart came home today after a long year"),
    ]


def test_a_capital_that_speaks_is_its_country() -> None:
    """Wire copy names a government by its capital ("Moscow said"); gold names the country
    and aliases the capital to it."""
    assert said(
        "\u201cThe swap was arranged with the help of the Emirates,\u201d Moscow said.\n\n"
        "Kyiv said the strike was \u201ca cynical attack on a city with no military "
        "targets\u201d.\n\n"
        "Officials in Kharkiv said \u201cthe power is back in most of the city\u201d.") == [
        ("Russia", "The swap was arranged with the help of the Emirates"),
        ("Ukraine", "a cynical attack on a city with no military targets"),
    ]


def test_religious_and_royal_titles_are_no_part_of_the_name() -> None:
    assert said(
        "\u201cOur answer will come at the time we choose,\u201d Ayatollah Reza Karimi said.\n\n"
        "\u201cWe pray for every family that lost someone,\u201d said Rabbi Daniel Stern.\n\n"
        "\u201cThe talks will go on in Riyadh next week,\u201d Crown Prince Faisal bin Nasser "
        "told the council.\n\n"
        "\u201cI appeal to the gunmen to let the pupils go,\u201d Bishop Paul Okafor said.") == [
        ("Reza Karimi", "Our answer will come at the time we choose"),
        ("Daniel Stern", "We pray for every family that lost someone"),
        ("Faisal bin Nasser", "The talks will go on in Riyadh next week"),
        ("Paul Okafor", "I appeal to the gunmen to let the pupils go"),
    ]


def test_a_quotation_after_someone_is_said_to_speak_is_theirs() -> None:
    """"Spoke to reporters", "gave an update", "briefed": the narrative says someone spoke,
    and the quotation that follows on its own is what they said."""
    assert said(
        "The governor of the region, Oleh Kravets, spoke to reporters at the scene. \u201cFour "
        "people are in hospital, two of them in serious condition.\u201d\n\n"
        "Mayor Ihor Bondar gave an update on Telegram.\n\n"
        "\u201cThe number of injured has risen to 12. Among them is a child.\u201d") == [
        ("Oleh Kravets", "Four people are in hospital, two of them in serious condition."),
        ("Ihor Bondar", "The number of injured has risen to 12. Among them is a child."),
    ]


def test_an_unnamed_speaker_described_by_a_relative_clause() -> None:
    """The article describes the speaker by what they do ("one man who said he worked there");
    the verb inside the description is not the verb of the attribution."""
    assert said(
        "\u201cWe ran to the shelter when the sirens started,\u201d one woman who said she lived "
        "near the depot told the BBC.\n\n"
        "\u201cNobody warned us about the strike,\u201d said a farmer who lost his barn.") == [
        ("one woman who said she lived near the depot",
         "We ran to the shelter when the sirens started"),
        ("farmer who lost his barn", "Nobody warned us about the strike"),
    ]


def test_a_source_described_by_a_relative_clause_is_a_speaker_as_a_person_is() -> None:
    """The words that describe a source unnamed ("a driver", "an official") take a who-clause
    as the words for a person do: one list of them, not a shorter copy for the clause."""
    assert said(
        "\u201cThe depot burned all night,\u201d a driver who saw the strike told the agency.\n\n"
        "\u201cThe talks will resume next week,\u201d said an official who asked not to be "
        "named.") == [
        ("driver who saw the strike", "The depot burned all night"),
        ("official who asked not to be named", "The talks will resume next week"),
    ]


def test_a_person_described_is_a_speaker_by_the_nouns_a_toll_reads() -> None:
    """One list of nouns for a person not named serves tolls and speakers: "a civilian" who
    speaks is described as "a farmer" is."""
    assert said(
        "\u201cThe windows blew in over our heads,\u201d a civilian told the agency.\n\n"
        "\u201cWe lost the whole harvest,\u201d said one farmer.") == [
        ("civilian", "The windows blew in over our heads"),
        ("one farmer", "We lost the whole harvest"),
    ]


def test_a_body_whose_name_holds_the_keeps_its_whole_name() -> None:
    """"the ... Headquarters for the Treatment of ..." is one name: "the" inside it does not
    start the body's own name, as "the Syrian Observatory" does after "war monitor"."""
    assert said(
        "In a post on Telegram, the Joint Headquarters for the Return of Civilians said: "
        "\u201cForty of our people are home from captivity today.\u201d") == [
        ("Joint Headquarters for the Return of Civilians",
         "Forty of our people are home from captivity today."),
    ]


def test_embassies_directorates_presidencies_and_centres_speak_as_themselves() -> None:
    assert said(
        "\u201cWe have asked for access to the detained sailors,\u201d the Russian embassy said."
        "\n\n\u201cThe enemy is massing troops near the border,\u201d the Main Intelligence "
        "Directorate said on Telegram.\n\n"
        "\u201cWe condemn this attack on our people,\u201d the Palestinian presidency said.\n\n"
        "\u201cThe video of the strike is a fake,\u201d Ukraine's Centre for Countering "
        "Disinformation said.") == [
        ("Russian embassy", "We have asked for access to the detained sailors"),
        ("Main Intelligence Directorate", "The enemy is massing troops near the border"),
        ("Palestinian presidency", "We condemn this attack on our people"),
        ("Ukraine's Centre for Countering Disinformation", "The video of the strike is a fake"),
    ]


def test_a_later_quotation_attributes_an_earlier_one_across_a_wrapped_line() -> None:
    """A saved page may wrap the line between two quotations of one sentence: the speaker
    named after the second is still the first one's too."""
    assert said(
        "\u201cOvernight drone attacks on the harbour district of the city\u201d have\nkilled "
        "\u201cat least 14 people and wounded dozens of others\u201d, the regional "
        "administration said.") == [
        ("regional administration", "Overnight drone attacks on the harbour district of the city"),
        ("regional administration", "at least 14 people and wounded dozens of others"),
    ]


def test_what_introduces_a_witness_or_a_body_is_not_its_name() -> None:
    """"Witness" before a name says who the person is, and "an" before a body only that the
    article has not named it yet: neither is part of the speaker's name."""
    assert said(
        "Witness Daniel Okoro said he was at the market \u201cwhen the first blast shook the "
        "whole street.\u201d\n\n"
        "An Israeli army statement said the raid had hit \u201ca depot of the militia near the "
        "river.\u201d") == [
        ("Daniel Okoro", "when the first blast shook the whole street."),
        ("Israeli army", "a depot of the militia near the river."),
    ]


def test_a_name_after_a_body_s_acronym_is_its_officer() -> None:
    """"spokesperson of the Office of the High Commissioner (OHCHR) Ingrid Dahl": the body's
    name ends at its acronym; the name after it is who spoke, and goes on speaking."""
    assert said(
        "\u201cThe teams are waiting at the border crossing,\u201d spokesperson of the Office of "
        "the High Commissioner (OHCHR) Ingrid Dahl told reporters. \u201cIf the road stays open, "
        "the first trucks will cross before noon.\u201d") == [
        ("Ingrid Dahl", "The teams are waiting at the border crossing"),
        ("Ingrid Dahl", "If the road stays open, the first trucks will cross before noon."),
    ]


def test_the_statement_a_sentence_went_by_or_a_body_named_in_lowercase_goes_on() -> None:
    """A body the narrative reports speaking is who "the statement" and "it" refer back to: one
    a sentence goes by ("according to an army statement") and one named in lowercase
    ("Armenia's state commission for missing persons")."""
    assert said(
        "The raid took place before dawn near Gao, according to an army statement. \u201cA "
        "search operation is under way to find the attackers who fled,\u201d the statement "
        "added.\n\n"
        "\u201cFive prisoners were handed over at the crossing this morning,\u201d Armenia's "
        "state commission for missing persons said in a statement. \u201cThe next group will "
        "follow next week,\u201d it said.") == [
        ("army", "A search operation is under way to find the attackers who fled"),
        ("Armenia's state commission for missing persons",
         "Five prisoners were handed over at the crossing this morning"),
        ("Armenia's state commission for missing persons", "The next group will follow next week"),
    ]


def test_the_speaker_is_the_head_of_the_words_before_the_verb_not_a_place_in_them() -> None:
    """A place or a word inside the words before the verb is not who speaks: the name after
    what its bearer is ("state police spokesman Musa Garba"), the person a description of
    someone else only mentions a place for ("the commander for Gurma, told"), a movement or a
    front named with what it is for, a mission to a body."""
    assert said(
        "\u201cAround forty gunmen on motorbikes raided the market at noon,\u201d Zamfara state "
        "police spokesman Musa Garba told reporters.\n\n"
        "The raid took place in the Gurma district, said Amadou Diallo, a local councillor. "
        "\u201cWe counted thirty bodies in the square by evening,\u201d he said.\n\n"
        "Colonel Ali Traore, the commander for Gurma, told reporters the toll could rise.\n\n"
        "\u201cArmed men executed civilians in three villages near the river,\u201d said a "
        "statement from the Movement for the Liberation of Kidal (MLK), which gave a toll of "
        "thirty.\n\n"
        "\u201cThe allegations are a matter totally unrelated to our country,\u201d Sudan's "
        "mission to the United Nations said.") == [
        ("Musa Garba", "Around forty gunmen on motorbikes raided the market at noon"),
        ("Amadou Diallo", "We counted thirty bodies in the square by evening"),
        ("Movement for the Liberation of Kidal",
         "Armed men executed civilians in three villages near the river"),
        ("Sudan's mission to the United Nations",
         "The allegations are a matter totally unrelated to our country"),
    ]


def test_an_unnamed_source_is_described_with_where_they_work() -> None:
    """A source the article does not name is described by where they work ("a medical source
    at the hospital"); later places and asides ("in Rivne", "where the wounded were taken",
    "40 kilometres from the front") locate the workplace, not the speaker."""
    assert said(
        "A medical source at the central hospital in Rivne, 40 kilometres from the front, "
        "confirmed that it had \u201ctaken in 90 wounded since the morning\u201d. \u201cWe are "
        "running out of blood for the operations,\u201d he added.\n\n"
        "\u201cNine bodies were brought to the morgue before noon,\u201d a nurse at Kherson "
        "Regional Hospital in Kherson, where the wounded were taken, told reporters.") == [
        ("medical source at the central hospital", "taken in 90 wounded since the morning"),
        ("medical source at the central hospital",
         "We are running out of blood for the operations"),
        ("nurse at Kherson Regional Hospital",
         "Nine bodies were brought to the morgue before noon"),
    ]


def test_he_goes_on_with_an_unnamed_source_the_narrative_reported() -> None:
    """An unnamed source may report in the narrative first ("..., a local police officer told
    reporters"): a quotation attributed to "he" right after is theirs."""
    assert said(
        "Rescuers were still searching the rubble, a local police officer told reporters on "
        "Sunday, on condition of anonymity.\n\n"
        "\u201cThree of the wounded are in a critical condition tonight,\u201d he added.") == [
        ("local police officer", "Three of the wounded are in a critical condition tonight"),
    ]
