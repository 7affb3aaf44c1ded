"""Paraphrases of the phenomena the rules backend was taught on real reports.

Each rule was shown on a few sentences; these say the same kind of thing in other
words: other conflicts and parties (Sudan and the RSF, DR Congo and M23, Somalia,
Myanmar), other verbs ("left 40 dead" for "killed 40"), the passive for the active,
another agency's dateline. A rule that passes its own test but not these fits its
sentence, not the phenomenon. Every text is written for this file.
"""

from __future__ import annotations

import datetime as dt

import pytest

from summarizer.backends.rules import RulesBackend
from summarizer.facts import iter_facts
from summarizer.models import Article, Attack
from summarizer.text.time import resolve_extraction

SATURDAY = dt.date(2025, 5, 24)


def attacks(text: str) -> list[Attack]:
    article = Article(id="t", source="t", published=SATURDAY, text=text)
    return resolve_extraction(RulesBackend().read(article), SATURDAY).attacks


def tolls(text: str) -> dict[str, object]:
    """The attack facts about casualties, by their path without the attack's key."""
    article = Article(id="t", source="t", published=SATURDAY, text=text)
    extraction = resolve_extraction(RulesBackend().read(article), SATURDAY)
    return {f.path.split(".", 1)[1]: f.value for f in iter_facts(extraction)
            if f.path.startswith("attacks[2025-05-23].") and ("killed" in f.path
                                                            or "injured" in f.path)}


def identity(text: str) -> list[tuple[str | None, str | None]]:
    return [(a.attacker, a.date and a.date.isoformat()) for a in attacks(text)]


@pytest.mark.parametrize(("text", "attacker"), [
    ("The M23 rebels said on Friday they had shelled Goma.", "M23"),
    ("Myanmar's military said it carried out airstrikes on rebel positions on Friday.",
     "Myanmar"),
    ("Hezbollah claimed on Friday that it had fired rockets at the city of Haifa.", "Hezbollah"),
    ("The RSF left 40 people dead in a drone attack on a camp near El Fasher on Friday.",
     "Rapid Support Forces"),
    ("al-Shabab killed 12 soldiers in an attack on a base on Friday.", "al-Shabab"),
    ("The Taliban wounded 9 police officers in an assault on a checkpoint on Friday.",
     "Taliban"),
    ("On Friday, eight rockets were fired at Sderot by Hamas.", "Hamas"),
    ("Pakistani air strikes hit Khost province on Friday, killing 9 people.", "Pakistan"),
])
def test_the_attacker_in_other_words(text: str, attacker: str) -> None:
    assert identity(text) == [(attacker, "2025-05-23")]


def test_a_reply_from_another_country_in_another_war() -> None:
    text = ("Israeli jets struck Beirut on Friday.\n\n"
            "Hours later, sirens sounded after rockets were launched from Lebanon.")
    assert identity(text) == [("Israel", "2025-05-23"), ("Lebanon", "2025-05-23")]


@pytest.mark.parametrize("dateline", [
    "May 24 (UPI) -- ", "May 24 (Reuters) - ", "KYIV, May 24 (AP) \u2014 ", "May 24 (AFP) \u2013 "])
def test_any_agency_s_dateline_does_not_date_the_attack(dateline: str) -> None:
    assert identity(dateline + "Russia attacked Kyiv with 50 drones overnight.") == [
        ("Russia", "2025-05-23")]


@pytest.mark.parametrize(("text", "weapon"), [
    ("A Russian cruise missile hit an apartment block in Odesa on Friday.", "cruise missile"),
    ("A Russian missile hit Odesa on Friday.", "missile"),
])
def test_a_weapon_that_hit_a_place_names_the_attack(text: str, weapon: str) -> None:
    (attack,) = attacks(text)
    assert (attack.attacker, attack.targets, [(w.type, w.count) for w in attack.weapons]) == (
        "Russia", ["Odesa"], [(weapon, 1)])


def test_missiles_counted_by_type_in_another_war() -> None:
    (attack,) = attacks("North Korea launched two cruise missiles on Friday. Officials said "
                        "the missiles flew for an hour.")
    assert [(w.type, w.count) for w in attack.weapons] == [("cruise missile", 2)]


SUDAN = "RSF drones struck a market on Friday. "


@pytest.mark.parametrize(("sentence", "expected"), [
    ("Nobody was killed or hurt, the governor said.", {"killed": 0, "injured": 0}),
    ("There were no fatalities or injuries.", {"killed": 0, "injured": 0}),
    ("No one was hurt, local officials said.", {"injured": 0}),
    ("The attack caused no casualties.", {"killed": 0, "injured": 0}),
    ("No deaths were reported.", {"killed": 0}),
])
def test_no_casualties_in_other_words(sentence: str, expected: dict[str, object]) -> None:
    assert tolls(SUDAN + sentence) == expected


@pytest.mark.parametrize(("sentence", "expected"), [
    ("By evening the death toll had risen to 31 and the number of wounded to 70.",
     {"killed": 31, "injured": 70}),
    ("Thirty-one people died and seventy were injured.", {"killed": 31, "injured": 70}),
    ("More than 20 civilians, among them six children, were killed.",
     {"killed": 20, "killed.qualifier": "more than"}),
    ("Up to nine people, including a nurse, were wounded.",
     {"injured": 9, "injured.qualifier": "up to"}),
    ("Nine people were left dead.", {"killed": 9}),
    ("Nine people lost their lives and 14 were hurt.", {"killed": 9, "injured": 14}),
    ("Seven residents were confirmed dead.", {"killed": 7}),
    ("Doctors said 12 people had died of their wounds.", {"killed": 12}),
    ("Health officials reported 41 fatalities and 88 injuries.", {"killed": 41, "injured": 88}),
    ("Officials put the death toll at 19.", {"killed": 19}),
    ("The number of dead rose to 22.", {"killed": 22}),
])
def test_a_toll_in_other_words(sentence: str, expected: dict[str, object]) -> None:
    assert tolls(SUDAN + sentence) == expected


@pytest.mark.parametrize("text", [
    "Sudan's army said 15 of its troops died on Friday in an attack by the RSF, which "
    "prompted air strikes that killed dozens of fighters.",
    "Haitian police said 15 officers were killed on Friday in an ambush by gangs, prompting "
    "raids that killed more than 40 gang members.",
])
def test_a_sentence_s_own_toll_comes_before_the_reply_s(text: str) -> None:
    assert tolls(text) == {"killed": 15}


@pytest.mark.parametrize("sentence", [
    "On Saturday, 20 seriously injured prisoners came home from captivity.",
    "The remains of six dead captives were returned on Saturday.",
])
def test_returnees_described_by_wounds_or_death_are_no_toll(sentence: str) -> None:
    assert tolls(SUDAN + "\n\n" + sentence) == {}


@pytest.mark.parametrize("text", [
    SUDAN + "Officials said 40 people were killed at first.\n\nThe health ministry later "
    "lowered the death toll from 40 to 32.",
    SUDAN + "The governor said 32 people were killed.\n\nEarlier reports had put the toll "
    "at 45.",
    "M23 rebels shelled Goma on Friday, killing 32 people.\n\nTshisekedi, whose war against "
    "the rebels has left thousands dead, condemned it.",
])
def test_a_superseded_or_war_long_figure_is_not_the_toll(text: str) -> None:
    assert tolls(text) == {"killed": 32}


@pytest.mark.parametrize(("text", "expected"), [
    ("Sudanese army jets bombed the village of Umm Kadada on Friday, killing six people.",
     ("Sudan", ["Umm Kadada"], ["Umm Kadada"])),
    ("An RSF drone attack on the town of Kosti killed three people on Friday.",
     ("Rapid Support Forces", ["Kosti"], ["Kosti"])),
    ("Myanmar junta airstrikes on the Zorin displacement camp killed 12 people on Friday.",
     ("Myanmar", [], ["Zorin"])),
    ("Israeli strikes on northern and southern Gaza killed 30 people on Friday.",
     ("Israel", ["northern Gaza", "southern Gaza"], ["northern Gaza", "southern Gaza"])),
    ("A Russian drone struck Kharkiv, in north-eastern Ukraine, on Friday, killing 4 people.",
     ("Russia", ["Kharkiv"], ["Kharkiv"])),
    ("Russian missiles hit Odesa, the port city of Mykolaiv and the eastern city of Kramatorsk "
     "on Friday.", ("Russia", ["Odesa"], ["Odesa", "Mykolaiv", "Kramatorsk"])),
    ("Israel launched airstrikes on Syria on Friday.", ("Israel", ["Syria"], [])),
    ("Ukraine targeted Russia with 60 drones on Friday, a third of them at Moscow.",
     ("Ukraine", ["Moscow"], ["Moscow"])),
    ("US airstrikes on Yemen's Hodeidah port killed 20 people on Friday.",
     ("United States", ["Hodeidah"], ["Hodeidah"])),
    ("Hezbollah fired rockets at Israeli army bases on Friday.", ("Hezbollah", ["Israel"], [])),
])
def test_places_hit_in_other_words(
        text: str, expected: tuple[str, list[str], list[str]]) -> None:
    (attack,) = attacks(text)
    assert (attack.attacker, attack.targets, attack.regions) == expected


def test_what_a_region_borders_is_not_hit_in_another_wording() -> None:
    (attack,) = attacks("Ukraine attacked Russia's Kursk region with drones on Friday.\n\n"
                        "Kursk, which borders the Sumy region, is a frequent target.")
    assert attack.regions == ["Kursk"]


def test_a_strike_told_as_earlier_in_the_week_is_history() -> None:
    text = ("Afghan forces attacked Pakistani border posts on Friday, killing 9 soldiers.\n\n"
            "Earlier in the week, Pakistan bombed a market in eastern Afghanistan, killing 30.")
    assert [(a.attacker, a.killed and a.killed.count) for a in attacks(text)] == [
        ("Afghanistan", 9)]


def said(text: str) -> list[tuple[str, str | None, str]]:
    article = Article(id="t", source="t", published=SATURDAY, text=text)
    return [(s.speaker, s.channel, s.quote) for s in RulesBackend().read(article).statements]


ARTILLERY = "The militia targeted the camp with heavy artillery"
GANGS = "Our police will not negotiate with the gangs"


@pytest.mark.parametrize(("text", "expected"), [
    ('Sudan\'s foreign ministry condemned the attack. "This is a crime against the civilians '
     'of the city," it said in a statement.',
     ("Sudan's foreign ministry", "statement", "This is a crime against the civilians of the "
                                               "city")),
    (f'The army spokesman, Nabil Abdallah, told reporters: "{ARTILLERY}."',
     ("Nabil Abdallah", None, f"{ARTILLERY}.")),
    (f'"{ARTILLERY}," army spokesman Nabil Abdallah told reporters.',
     ("Nabil Abdallah", None, ARTILLERY)),
    ('"We have pushed the rebels back from the airport," Colonel Moussa Diallo told Reuters.',
     ("Moussa Diallo", None, "We have pushed the rebels back from the airport")),
    (f'Interior Minister Leila Haddad said: "{GANGS}."', ("Leila Haddad", None, f"{GANGS}.")),
    (f'Leila Haddad, the interior minister, said the gangs had been pushed back. "{GANGS}," '
     "she told journalists.", ("Leila Haddad", None, GANGS)),
    (f'"{GANGS}," said Leila Haddad, the interior minister.', ("Leila Haddad", None, GANGS)),
    ('The UN envoy, Ines Moreau, described the shelling as "a grave breach of humanitarian '
     'law".', ("Ines Moreau", None, "a grave breach of humanitarian law")),
    ('The M23 accused Kinshasa of "bombing densely populated areas without warning."',
     ("M23", None, "bombing densely populated areas without warning.")),
    ('"We heard the jets and then the whole street shook," a resident told AFP.',
     ("resident", None, "We heard the jets and then the whole street shook")),
    ('"We heard the jets and then the whole street shook," Reuters quoted a resident as '
     "saying.", ("resident", None, "We heard the jets and then the whole street shook")),
    ('Mayor Ivan Lukic spoke to reporters on Sunday. "We counted nine drones over the city '
     'tonight," Lukic was quoted by local media as saying.',
     ("Ivan Lukic", None, "We counted nine drones over the city tonight")),
])
def test_a_speaker_in_other_words(text: str, expected: tuple[str, str | None, str]) -> None:
    assert said(text) == [expected]


def test_a_body_s_statement_goes_on_with_the_statement_added() -> None:
    assert said(
        '"The enemy suffered heavy losses near the town," the Congolese army said in a '
        'statement. "Our units are holding the line," the statement added.') == [
        ("Congolese army", "statement", "The enemy suffered heavy losses near the town"),
        ("Congolese army", "statement", "Our units are holding the line"),
    ]


def test_a_quotation_alone_goes_on_with_the_speaker_she_stands_for() -> None:
    assert said(
        'The governor, Olena Marchuk, visited the site. "Rescuers are still searching the '
        'rubble," she wrote on Telegram.\n\n'
        '"Everyone who can help should come to the hospital to give blood."') == [
        ("Olena Marchuk", "Telegram", "Rescuers are still searching the rubble"),
        ("Olena Marchuk", "Telegram",
         "Everyone who can help should come to the hospital to give blood."),
    ]


def test_two_presidents_in_a_joint_statement_are_not_one_speaker() -> None:
    assert said("Kenyan President William Ruto and Somali President Hassan Sheikh Mohamud said "
                'in a joint statement: "We stand together against terror."') == []


def exchange(text: str) -> dict[str, object]:
    article = Article(id="t", source="t", published=SATURDAY, text=text)
    extraction = resolve_extraction(RulesBackend().read(article), SATURDAY)
    return {f.path.removeprefix("exchange."): f.value for f in iter_facts(extraction)
            if f.path.startswith("exchange.")}


FRIDAY = "stages[2025-05-23].released"


@pytest.mark.parametrize(("text", "expected"), [
    ("Ukraine welcomed home 150 prisoners of war on Friday after a swap with Russia.",
     {f"{FRIDAY}[Russia].count": 150}),
    ("On Friday, 150 Ukrainian servicemen returned home from Russian captivity.",
     {f"{FRIDAY}[Russia].count": 150}),
    ("Armenia handed over 12 Azerbaijani soldiers to Azerbaijan on Friday.",
     {f"{FRIDAY}[Armenia].count": 12}),
    ("On Friday, the M23 freed 30 Congolese soldiers under a truce with Congo.",
     {f"{FRIDAY}[M23].count": 30}),
    ("On Friday, 27 Palestinian prisoners were released from Israeli jails in exchange for nine "
     "hostages freed by Hamas.", {f"{FRIDAY}[Israel].count": 27, f"{FRIDAY}[Hamas].count": 9}),
    ("Qatar brokered the swap between Russia and Ukraine. Qatar secured the release of 20 "
     "prisoners on Friday, while Russia freed 15 Ukrainian soldiers on Friday.",
     {f"{FRIDAY}[Russia].count": 15}),
    ("Turkey hosted the exchange between Russia and Ukraine, in which Russia handed over 40 "
     "Ukrainian soldiers on Friday.", {f"{FRIDAY}[Russia].count": 40}),
])
def test_who_released_whom_in_other_words(text: str, expected: dict[str, object]) -> None:
    assert exchange(text) == expected


def test_people_of_a_nationality_are_not_freed_by_their_own_side() -> None:
    """Israel is not named: the Palestinians' nationality is not the side that freed them."""
    assert exchange("Hamas freed nine hostages on Friday in return for 27 Palestinian "
                    "prisoners.") == {f"{FRIDAY}[Hamas].count": 9}


@pytest.mark.parametrize("text", [
    "Hamas threatened to delay the release of 12 hostages due on Saturday unless Israel lets "
    "aid in.",
    "Russia said it would free 100 Ukrainian prisoners next week if Ukraine agreed to the swap.",
    "Under the truce with Israel, Hamas is expected to release 10 hostages on Saturday.",
    "Hamas is set to release 10 hostages on Saturday under the truce with Israel.",
    "Russia and Ukraine swapped 300 prisoners on Friday.",
])
def test_plans_threats_a_day_s_tranche_and_combined_counts_are_no_side_s(text: str) -> None:
    assert exchange(text) == {}


def test_an_earlier_or_nth_exchange_is_background() -> None:
    assert exchange("Russia freed 60 Ukrainian soldiers on Friday.\n\nThe previous swap, on "
                    "Tuesday, saw 90 Ukrainians come home. It was the 60th exchange of the "
                    "war.") == {f"{FRIDAY}[Russia].count": 60}


def test_a_running_total_since_the_truce_began() -> None:
    assert exchange(
        "Israel freed 39 Palestinian prisoners on Friday in return for 13 hostages released by "
        "Hamas.\n\nSince the truce started on Monday, Hamas has freed 63 hostages.") == {
        f"{FRIDAY}[Israel].count": 39, f"{FRIDAY}[Hamas].count": 13,
        "cumulative[2025-05-23].count": 63}


@pytest.mark.parametrize(("text", "breakdown"), [
    ("Russia freed 120 prisoners, 110 Ukrainians and 10 foreign fighters, in an exchange with "
     "Ukraine on Friday.", {"Ukrainians": 110, "foreign fighters": 10}),
    ("Russia handed over 120 Ukrainian soldiers on Friday, among them 20 badly wounded "
     "servicemen.", {"wounded": 20}),
])
def test_a_release_and_its_parts_in_other_words(text: str, breakdown: dict[str, int]) -> None:
    assert exchange(text) == {f"{FRIDAY}[Russia].count": 120, **{
        f"{FRIDAY}[Russia].breakdown[{k}]": v for k, v in breakdown.items()}}


@pytest.mark.parametrize(("text", "expected"), [
    ("The deal between Israel and Hamas provides for the release of 33 hostages held in Gaza "
     "and about 1,900 Palestinians held in Israeli prisons.",
     {"agreed_total[Hamas].count": 33, "agreed_total[Israel].count": 1900,
      "agreed_total[Israel].count.qualifier": "about"}),
    ("Under the ceasefire agreement with Israel, Hamas will release 33 women, children and "
     "elderly men.", {"agreed_total[Hamas].count": 33}),
    ("The agreement between Russia and Ukraine, reached in Istanbul on Thursday, sets up a "
     "swap.", {"agreed_at.place": "Istanbul", "agreed_at.date": "2025-05-22"}),
])
def test_a_deal_in_other_words(text: str, expected: dict[str, object]) -> None:
    assert exchange(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("The United States freed Russian national Viktor Bout on Friday in exchange for American "
     "citizen Brittney Griner, held by Russia.",
     {f"{FRIDAY}[United States].count": 1, f"{FRIDAY}[Russia].count": 1}),
    ("On Friday Russia and the United States completed the swap of American citizen Paul "
     "Whelan for Russian citizen Vadim Krasikov.",
     {f"{FRIDAY}[Russia].count": 1, f"{FRIDAY}[United States].count": 1}),
    ("A prisoner exchange between Iran and the United States freed five Americans on Friday in "
     "exchange for four Iranians held in US prisons.",
     {f"{FRIDAY}[Iran].count": 5, f"{FRIDAY}[United States].count": 4}),
])
def test_a_swap_of_few_people_in_other_words(text: str, expected: dict[str, object]) -> None:
    assert exchange(text) == expected
