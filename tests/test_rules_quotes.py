"""The rules backend's statements, attributed the way real outlets attribute them.

Ministries, militaries and offices speak as themselves ("the Kremlin said in a
statement"); "it said" continues such a body; a lowercase role ("the president
wrote") names the person the article gave that role; a quotation of fewer than
four words is a label, not a statement. The texts are written for these tests.
"""

from __future__ import annotations

import datetime as dt

from summarizer.backends.rules import RulesBackend
from summarizer.models import Article


def said(text: str) -> list[tuple[str, str | None, str]]:
    article = Article(id="t", source="t", published=dt.date(2025, 4, 20), text=text)
    return [(s.speaker, s.channel, s.quote) for s in RulesBackend().read(article).statements]


def test_a_body_speaks_as_itself_and_it_continues_it() -> None:
    assert said(
        '"The exchange was carried out as agreed," the Russian defense ministry said in a '
        'statement. "All of them will receive medical care," it said.\n\n'
        '"The leaders agreed to keep talking about the war," the Kremlin said.\n\n'
        'The war monitor the Syrian Observatory for Human Rights said: "Missiles destroyed the '
        'whole annex building."') == [
        ("Russian defense ministry", "statement", "The exchange was carried out as agreed"),
        ("Russian defense ministry", "statement", "All of them will receive medical care"),
        ("Kremlin", None, "The leaders agreed to keep talking about the war"),
        ("Syrian Observatory for Human Rights", None,
         "Missiles destroyed the whole annex building."),
    ]


def test_a_common_noun_body_keeps_its_article() -> None:
    assert said('"Our forces will stay with them until they are home," the military said.') == [
        ("the military", None, "Our forces will stay with them until they are home")]


def test_a_lowercase_role_names_the_person_given_that_role() -> None:
    assert said(
        "President of Ukraine Volodymyr Zelenskyy reported on Saturday that 277 soldiers are "
        'home.\n\n"Our people are home, and we will bring back everyone," the president wrote '
        "on Telegram.") == [
        ("Volodymyr Zelenskyy", "Telegram", "Our people are home, and we will bring back "
                                            "everyone")]


def test_a_quotation_under_four_words_is_not_a_statement() -> None:
    assert said('"A blatant violation," Foreign Minister Dmytro Kuleba wrote on '
                'X. "We will respond to this," Kuleba said.') == [
        ("Dmytro Kuleba", None, "We will respond to this")]


def test_he_is_the_subject_of_the_last_sentence_that_names_someone() -> None:
    assert said(
        "Governor Umar Bago thanked President Bola Tinubu for the rescue of the pupils.\n\n"
        '"Today we have our children back with their families," he said.') == [
        ("Umar Bago", None, "Today we have our children back with their families")]
    assert said(
        "Russian President Vladimir Putin declared a truce on Saturday.\n\n"
        'Ukrainian President Volodymyr Zelensky criticized the truce. "Air raid alerts are '
        'spreading across Ukraine," he wrote on X.') == [
        ("Volodymyr Zelensky", "X", "Air raid alerts are spreading across Ukraine")]


def test_a_name_given_after_its_office_is_a_speaker() -> None:
    assert said(
        "Twelve people died, said the head of the city's defense council, Oleksandr Vilkul.\n\n"
        '"The missile hit the centre of a residential neighbourhood," he wrote on Telegram.') == [
        ("Oleksandr Vilkul", "Telegram",
         "The missile hit the centre of a residential neighbourhood")]


def test_an_unnamed_speaker_is_described_and_a_statement_names_its_author() -> None:
    assert said(
        '"We saw the buses leave the camp at night," one driver said.\n\n'
        '"The leaders agreed to keep talking about the war," the Kremlin statement said.') == [
        ("one driver", None, "We saw the buses leave the camp at night"),
        ("Kremlin", "statement", "The leaders agreed to keep talking about the war"),
    ]


def test_a_speaker_described_before_the_verb_is_the_name_not_the_description() -> None:
    assert said(
        "Omar Haddad, a member of the group's political office, accused the minister of a "
        '"deliberate attempt to wreck the deal." The delay, he added, "shows that they cannot '
        'be trusted to keep their word."\n\n'
        '"Debris fell on two streets overnight and damaged a school," said the head of the '
        "district, Pavel Orlov.\n\n"
        '"A drone struck the market at dawn, killing twelve people," the Coordination of Local '
        "Committees in Tawila, a volunteer group, said in a statement.") == [
        ("Omar Haddad", None, "deliberate attempt to wreck the deal."),
        ("Omar Haddad", None, "shows that they cannot be trusted to keep their word."),
        ("Pavel Orlov", None, "Debris fell on two streets overnight and damaged a school"),
        ("Coordination of Local Committees in Tawila", "statement",
         "A drone struck the market at dawn, killing twelve people"),
    ]


def test_the_subject_speaks_through_a_participle_or_a_verb_that_quotes_a_phrase() -> None:
    assert said(
        "The special envoy for the region, Mark Ellis, commented on the strike, saying it "
        "\u201ccrosses every line there is.\u201d\n\n"
        "Health Minister Karim Nassar condemned the claims, stating that the casualties "
        '"disprove the army\'s false claims."\n\n'
        "Qatar has strongly condemned the strikes, calling them a \u201cflagrant violation of "
        "its sovereignty\u201d of the state.") == [
        ("Mark Ellis", None, "crosses every line there is."),
        ("Karim Nassar", None, "disprove the army's false claims."),
        ("Qatar", None, "flagrant violation of its sovereignty"),
    ]


def test_a_source_introduced_by_according_to_is_who_he_is() -> None:
    assert said(
        "Mayor Oleg Lomov said at noon that ten people were hurt.\n\n"
        "According to Ivan Petrenko, deputy head of the office, the toll has risen again.\n\n"
        '"Three buildings were destroyed and rescuers are still working," he said.') == [
        ("Ivan Petrenko", None, "Three buildings were destroyed and rescuers are still working")]


def test_two_people_speaking_together_are_not_one_speaker() -> None:
    assert said('Anna Levi and Dana Cohen can be seen in the video, saying "We just want to go '
                'home now."') == []


def test_it_the_statement_and_the_ministry_refer_back_to_the_body_last_named_speaking() -> None:
    assert said(
        "Late on Monday, the country's military said that nine hostages had crossed into "
        'Israel. "Our forces will stay with them until they reach their families," it said.\n\n'
        'Hamas has described the strike as a "natural and deserved response to the crime".\n\n'
        '"We in the movement regard the operation as a legitimate right of our people," it said '
        "in a statement.\n\n"
        "Also in a statement, the Israeli military confirmed that the hostages had arrived.\n\n"
        '"Special forces are currently accompanying the released hostages in Israeli '
        'territory," the statement read.\n\n'
        "Russia's defence ministry said it downed 40 drones overnight. The ministry described "
        'the attack as "a terrorist attack using drones on civilian sites."') == [
        ("the country's military", None,
         "Our forces will stay with them until they reach their families"),
        ("Hamas", None, "natural and deserved response to the crime"),
        ("Hamas", "statement",
         "We in the movement regard the operation as a legitimate right of our people"),
        ("Israeli military", "statement",
         "Special forces are currently accompanying the released hostages in Israeli territory"),
        ("Russia's defence ministry", None, "a terrorist attack using drones on civilian sites."),
    ]


def test_a_quotation_standing_alone_goes_on_with_the_speaker_just_named() -> None:
    assert said(
        "Governor Amina Bello thanked President Musa Idris for the rescue. \"Today our children "
        'are back with their families," she said, looking at the rows of small beds.\n\n'
        '"Never again should this happen in our state."\n\n'
        '"We saw the buses come back at night," one driver said. "We waved at the children '
        'from the road."\n\n'
        "The talks will go on next week.\n\n"
        '"Nobody will be left behind in this war."') == [
        ("Amina Bello", None, "Today our children are back with their families"),
        ("Amina Bello", None, "Never again should this happen in our state."),
        ("one driver", None, "We saw the buses come back at night"),
        ("one driver", None, "We waved at the children from the road."),
    ]


def test_who_an_outlet_quotes_is_the_speaker_not_the_outlet() -> None:
    assert said(
        '"We were walking to the square when the second blast came," the agency quoted an '
        "eyewitness as saying.\n\n"
        "President Igor Vasko spoke on Saturday. \u201cI have ordered a halt to all strikes for "
        "two days,\u201d Vasko was quoted by the presidency's channel as saying.") == [
        ("eyewitness", None, "We were walking to the square when the second blast came"),
        ("Igor Vasko", None, "I have ordered a halt to all strikes for two days"),
    ]


def test_a_body_with_its_acronym_a_broadcaster_and_a_country_past_an_appositive() -> None:
    assert said(
        '"The release of the prisoners is delayed until further notice," the Prime Minister\'s '
        "Office (PMO) said in a statement.\n\n"
        '"Two senior commanders were killed in the strike on the consulate," Iranian state TV '
        "reported.\n\n"
        "Qatar has strongly condemned the strike on the Al-Udeid Air Base, a large base south "
        "of Doha, calling the attack a \u201cflagrant violation of the sovereignty\u201d of the "
        "state.") == [
        ("Prime Minister's Office", "statement",
         "The release of the prisoners is delayed until further notice"),
        ("Iranian state TV", None, "Two senior commanders were killed in the strike on the "
                                   "consulate"),
        ("Qatar", None, "flagrant violation of the sovereignty"),
    ]


def test_he_goes_on_with_the_last_speaker_while_nobody_else_is_named() -> None:
    assert said(
        "Governor Ali Hamid visited the camp on Friday.\n\n"
        '"We had to use plastic bags for the dead," one resident said.\n\n'
        '"There are no more shrouds in the city after the siege," he said.') == [
        ("one resident", None, "We had to use plastic bags for the dead"),
        ("one resident", None, "There are no more shrouds in the city after the siege"),
    ]


def test_curly_single_marks_and_a_quotation_over_two_paragraphs() -> None:
    assert said(
        "Earlier, Pakistan\u2019s prime minister said he \u2018strongly condemns the group\u2019s "
        "provocations\u2019, vowing a \u2018strong and effective response to them.\u2019\n\n"
        "The Sudan Medical Network condemned the strike, stating: \u201cThis horrific crime "
        "violates every law of war.\n\n"
        "The targeting of unarmed people is a full war crime.\u201d The network called for "
        "action.\n\n"
        'Envoy Hans Berg called the release "heartwarming news for the families of the crew.\n\n'
        "This is a step in the right direction - said Hans Berg.") == [
        ("Pakistan\u2019s prime minister", None, "strongly condemns the group\u2019s provocations"),
        ("Pakistan\u2019s prime minister", None, "strong and effective response to them."),
        ("Sudan Medical Network", None, "This horrific crime violates every law of war."),
        ("Sudan Medical Network", None, "The targeting of unarmed people is a full war crime."),
        ("Hans Berg", None, "heartwarming news for the families of the crew."),
    ]


def test_a_title_in_quotation_marks_is_not_a_statement() -> None:
    assert said("In a post titled \u2018Destruction of the Ras Fuel Port\u2019, Central Command "
                "said the strike was needed.") == []


def test_a_quotation_later_in_the_sentence_keeps_the_sentence_subject() -> None:
    assert said(
        "Defence Minister Lev Orel blamed what he called \u201cterrorist missiles\u201d and said "
        "Ukraine\u2019s \u201ccourage will never be broken by them.\u201d\n\n"
        "United Nations chief Ana Ruiz warned of the city becoming \u201canother Gaza\u201d and "
        "said it was \u201cclear that neither side wants a ceasefire\u201d.\n\n"
        '"The strikes were carried out by F-35 fighter jets," Secretary of State Tom Reed '
        "said.") == [
        ("Lev Orel", None, "courage will never be broken by them."),
        ("Ana Ruiz", None, "clear that neither side wants a ceasefire"),
        ("Tom Reed", None, "The strikes were carried out by F-35 fighter jets"),
    ]


def test_a_source_named_before_the_quotation_by_a_colon_paragraph_or_according_to() -> None:
    assert said(
        "In a statement late on Monday, the Ministry of Defence said:\n\n"
        "\u201cThanks to the air defences, the attack caused no deaths or injuries.\u201d\n\n"
        "According to President Ivan Dorn, the condition is that they stay in Ankara "
        '"until the war is over."\n\n'
        "Governor Sani Musa met the freed pupils. He ordered medical checks for every child and "
        "vowed that the others \u201cwill be brought back very soon.\u201d") == [
        ("Ministry of Defence", "statement",
         "Thanks to the air defences, the attack caused no deaths or injuries."),
        ("Ivan Dorn", None, "until the war is over."),
        ("Sani Musa", None, "will be brought back very soon."),
    ]


def test_who_used_a_label_goes_on_speaking_in_the_same_sentence() -> None:
    assert said(
        "Neighbouring Jordan also condemned it as a \u201cbrutal attack\u201d that \u201creflects "
        "the targeting of civilians.\u201d\n\n"
        "The Doctors Network said on Friday that twelve worshippers were killed in a strike "
        "launched by the Rapid Support Forces, calling it a \u201cheinous crime\u201d that showed "
        "the group\u2019s \u201cblatant disregard for every law.\u201d") == [
        ("Jordan", None, "reflects the targeting of civilians."),
        ("Doctors Network", None, "blatant disregard for every law."),
    ]


def test_a_wrapped_line_keeps_the_sentence_that_names_he_and_the_speaker() -> None:
    """A saved page may wrap a line inside a sentence: 'he' is still the first person of
    the sentence, and a name wrapped after the quotation is still its speaker."""
    assert said("Governor Sani Bello thanked\nPresident Musa Adamu for the troops. "
                "\u201cWe are safe now,\u201d he said.") == [
        ("Sani Bello", None, "We are safe now")]
    assert said("\u201cWe are safe now,\u201d the regional governor Sani\nBello said.") == [
        ("Sani Bello", None, "We are safe now")]


def test_a_wrapped_line_keeps_the_channel_and_time_of_a_reported_clause() -> None:
    """A saved page may wrap the line of 'wrote on Telegram on Sunday evening': the channel
    and the time on the next line still go with the quotation that follows."""
    article = Article(id="t", source="t", published=dt.date(2025, 5, 26), text=(
        "Mayor Olena Brat wrote on\nTelegram on Sunday evening.\n\n"
        "\u201cTwo warehouses in the port are on fire after the attack.\u201d"))
    assert [(s.speaker, s.channel, s.time_expression)
            for s in RulesBackend().read(article).statements] == [
        ("Olena Brat", "Telegram", "on Sunday evening")]
