"""Tolls told in shapes the first readers missed (issue 16): a toll after a semicolon, a
count with who they were set off by dashes or an adverb before its verb, a superlative
that names a place before its yardstick, a report written days after the attack, a live
page's time-stamped count, and a strike told after its aftermath with its own day.

Every sentence is written for these tests, in the styles of wire copy, live pages and
regional outlets, each group with a sentence the rule must leave alone.
"""

from __future__ import annotations

import datetime as dt

import pytest

from summarizer.backends.rules import RulesBackend
from summarizer.facts import iter_facts
from summarizer.models import Article
from summarizer.text.time import resolve_extraction
from tests.test_rules_attacks import attacks
from tests.test_rules_tolls import STRIKE, tolls

DAY = "attacks[2025-05-23]"


@pytest.mark.parametrize(("text", "expected"), [
    ("Russian missiles hit Dnipro on Friday; one person was killed and 12 more injured.",
     {"killed": 1, "injured": 12}),
    ("The army launched a missile strike on a nine-storey block in Dnipro on Friday; two "
     "people died and 14 were wounded, the governor said.", {"killed": 2, "injured": 14}),
    ("A drone hit a bus in Kherson on Friday; seven passengers were hurt.", {"injured": 7}),
])
def test_a_toll_after_a_semicolon_is_the_sentences(text: str,
                                                   expected: dict[str, int]) -> None:
    """A part after a semicolon that names no strike and no side goes on with the
    sentence's attack, as a 'while' part does."""
    assert tolls(text) == {f"{DAY}.{k}": v for k, v in expected.items()}


@pytest.mark.parametrize(("text", "expected"), [
    ("At least 44 people were killed on Friday while over 100 were wounded in a suicide blast "
     "at a party rally in Zorinsk.", {"killed": 44, "killed.qualifier": "at least",
                                      "injured": 100, "injured.qualifier": "more than"}),
    ("ZORINSK - Four people were killed on Friday while some 45 others were hurt as an "
     "explosion ripped through a university gym during a Mass.",
     {"killed": 4, "injured": 45, "injured.qualifier": "about"}),
    ("Four people died on Friday, while 45 were injured when a bomb exploded at a bus station.",
     {"killed": 4, "injured": 45}),
])
def test_a_toll_told_first_keeps_the_while_part_that_names_its_strike(
        text: str, expected: dict[str, object]) -> None:
    """A sentence that opens with its toll names its strike last, inside the "while" part:
    that strike is the sentence's, and so is the part's count."""
    assert tolls(text) == {f"{DAY}.{k}": v for k, v in expected.items()}


@pytest.mark.parametrize("text", [
    "Four people were killed in Zorinsk on Friday, while 12 were wounded in a separate bombing "
    "in Yarin.",
    "Four people were killed in Zorinsk on Friday, while 12 were wounded in a bombing in Yarin "
    "on Thursday.",
])
def test_a_while_part_told_apart_keeps_its_toll_apart(text: str) -> None:
    """'A separate bombing', or one on a day of its own, is another attack than the news."""
    assert tolls(text) == {f"{DAY}.killed": 4}


def test_a_strike_after_a_semicolon_keeps_its_own_toll_apart() -> None:
    """A part after a semicolon that tells another strike is that strike's: its toll does not
    join the first attack."""
    text = ("Israeli jets struck Gaza City on Friday; in Rafah, a separate strike killed "
            "four.")
    assert f"{DAY}.killed" not in tolls(text)


@pytest.mark.parametrize(("sentence", "expected"), [
    ("28 people\u2014mostly tourists\u2014were killed, police said.", {"killed": 28}),
    ("26 people \u2014 most of them pilgrims \u2014 were brutally killed.", {"killed": 26}),
    ("Twelve people \u2013 among them two children \u2013 were injured, the mayor said.",
     {"injured": 12}),
    ("Nine residents - all of them elderly - were wounded.", {"injured": 9}),
    ("Three people were tragically killed in the blast.", {"killed": 3}),
])
def test_a_count_with_an_aside_or_an_adverb_before_its_verb_is_the_toll(
        sentence: str, expected: dict[str, int]) -> None:
    assert tolls(STRIKE + sentence) == {f"{DAY}.{k}": v for k, v in expected.items()}


def test_a_count_set_off_by_dashes_that_is_no_toll_stays_out() -> None:
    """Dashes only carry a count to its casualty word: evacuated people are no toll."""
    assert tolls(STRIKE + "30 people\u2014some of them elderly\u2014were evacuated.") == {}


@pytest.mark.parametrize("sentence", [
    "In the deadliest terror strike in the Kashmir valley since the 2019 Pulwama bombing, "
    "28 people were killed when gunmen opened fire on tourists on Friday.",
    "In one of the deadliest attacks on the city's Christians since 2017, gunmen killed 28 "
    "worshippers on Friday.",
])
def test_a_superlative_yardstick_a_few_words_on_does_not_make_the_news_history(
        sentence: str) -> None:
    assert tolls(sentence)[f"{DAY}.killed"] == 28


@pytest.mark.parametrize("sentence", [
    "In one of the deadliest recent attacks in the region, gunmen stormed a beach hotel on "
    "Friday, killing 28 people.",
    "In the worst attack this year, a suicide bomber struck a market on Friday, killing 28 "
    "people.",
    "A drone hit a crowded market on Friday, killing 28 people in the deadliest strike on the "
    "city this year.",
    "Gunmen killed 28 worshippers on Friday, the bloodiest attack in recent years.",
])
def test_a_superlative_measured_against_a_recent_span_is_the_news(sentence: str) -> None:
    """'Recent' and 'this year' after a superlative are its yardstick, not the time of the
    toll."""
    assert tolls(sentence)[f"{DAY}.killed"] == 28


def test_a_record_of_this_year_told_with_its_own_month_stays_history() -> None:
    """The superlative names another attack here, dated by its month: not today's toll."""
    assert tolls(STRIKE + "The deadliest attack this year killed 120 people in March.") == {}


def test_a_toll_in_a_year_named_as_history_stays_history() -> None:
    """A toll the sentence tells of a year gone by is still history."""
    assert tolls(STRIKE + "In 2019, a bombing in the valley killed 40 soldiers.") == {}


SATURDAY = dt.date(2025, 4, 26)


def tolls_on(text: str, published: dt.date) -> dict[str, object]:
    """The casualty facts of an article published on `published`, keyed by their path."""
    article = Article(id="t", source="t", published=published, text=text)
    extraction = resolve_extraction(RulesBackend().read(article), published)
    return {f.path: f.value for f in iter_facts(extraction)
            if f.path.startswith("attacks[") and ("killed" in f.path or "injured" in f.path)}


@pytest.mark.parametrize(("text", "expected"), [
    ("Gunmen opened fire on tourists in Pahalgam on Tuesday afternoon, killing 26 people.",
     {"attacks[2025-04-22].killed": 26}),
    ("A suicide bomber struck a crowded market in Quetta on Monday, killing 19 people and "
     "wounding 40, officials said.",
     {"attacks[2025-04-21].killed": 19, "attacks[2025-04-21].injured": 40}),
])
def test_a_report_written_days_after_the_attack_still_tells_its_toll(
        text: str, expected: dict[str, int]) -> None:
    """A weekly or a follow-up names the weekday of an attack four or five days before
    it: that is still the news, not history."""
    assert tolls_on(text, SATURDAY) == expected


def test_an_attack_weeks_before_the_report_is_still_history() -> None:
    text = "Gunmen opened fire on tourists in Pahalgam on April 10, killing 26 people."
    assert tolls_on(text, SATURDAY) == {}


@pytest.mark.parametrize(("later", "expected"), [
    ("As of 7:54 p.m., one person died and five were injured in Kharkiv.",
     {"killed": 1, "injured": 5}),
    ("Updated at 19:50: according to the interior minister, as of 19:45, eight people were "
     "injured.", {"injured": 8}),
    ("As of 9 pm, the regional administration counted 11 wounded.", {"injured": 11}),
    ("A volunteer at the scene said six people were injured.", {"injured": 3}),
])
def test_a_live_pages_count_stamped_with_a_clock_time_updates_the_toll(
        later: str, expected: dict[str, int]) -> None:
    """A live page stamps each new count with the time it was given: the later, larger
    count stands over the first. A larger count told with no stamp and no word of update is
    another source's, and the first stands."""
    text = ("Russian missiles struck Kharkiv on Friday. Three people were injured, the "
            "president said.\n\n" + later)
    assert tolls(text) == {f"{DAY}.{k}": v for k, v in expected.items()}


MONDAY = dt.date(2024, 7, 22)


@pytest.mark.parametrize(("text", "expected"), [
    ("Firefighters continued efforts on Monday to contain a blaze in the port of Hodeidah "
     "following an Israeli airstrike on Saturday that killed at least 14 people.",
     {"attacks[2024-07-20].killed": 14, "attacks[2024-07-20].killed.qualifier": "at least"}),
    ("Rescue crews continued to search the rubble in Dnipro on Monday after the Russian "
     "missile strike on Saturday that killed 12 people.", {"attacks[2024-07-20].killed": 12}),
    # a future told of the aftermath, not of the strike, leaves the strike's day alone
    ("Russian missiles hit Odesa on Saturday, killing 12 people. Rescue crews will continue "
     "the search on Tuesday, officials said.", {"attacks[2024-07-20].killed": 12}),
])
def test_the_strike_an_aftermath_followed_keeps_its_own_day(
        text: str, expected: dict[str, object]) -> None:
    """A follow-up report opens with the aftermath ('continued on Monday to contain a
    blaze') and tells the strike it followed with its day ('following an airstrike on
    Saturday'): that day is the strike's, whatever the aftermath's clause goes on to do."""
    assert tolls_on(text, MONDAY) == expected


BELGOROD = "Ukrainian rockets struck Belgorod on Friday, killing 20 people. "


@pytest.mark.parametrize(("later", "expected"), [
    ("Three people died in hospital overnight, bringing the toll to 23.", 23),
    ("Rescuers found three more bodies in the rubble, bringing the death toll to 23, the "
     "governor said.", 23),
    ("Two of the wounded later died, raising the toll to 22, according to TASS.", 22),
    ("Two more victims died of their wounds on Saturday, pushing the death toll to 22.", 22),
    # a larger count told with no word of update may be another authority's or of others
    ("Three people died in hospital overnight, the governor said.", 20),
])
def test_the_toll_a_rise_brings_it_to_is_the_toll_not_the_rise(later: str,
                                                               expected: int) -> None:
    """'Three more died, bringing the toll to 23': the count first in the sentence is only
    the rise; the figure the toll is brought to is the toll, and it updates the first."""
    assert tolls(BELGOROD + later)[f"{DAY}.killed"] == expected


KHARKIV = "Russian missiles struck Kharkiv on Friday, killing 12 people.\n\n"


@pytest.mark.parametrize(("later", "expected"), [
    ("The death toll now stands at 20, the mayor said.", 20),
    ("Twenty people have now died, the governor said.", 20),
    ("Authorities have since confirmed 20 deaths.", 20),
    ("The latest toll is 20 dead, according to the emergency service.", 20),
    ("By Saturday, at least 20 people were known to have died.", 20),
    ("The toll surged to 20 on Saturday.", 20),
    ("The governor said the number of people killed had grown to 20.", 20),
    ("The toll was later raised to 20 by the emergency service.", 20),
    ("The death toll was updated to 20 on Saturday.", 20),
    # no word of update: another source's count, or of something else
    ("Villagers said 37 people died in the strike.", 12),
])
def test_a_later_count_told_as_the_toll_now_updates_it(later: str, expected: int) -> None:
    """Follow-up reports tell the risen toll with 'now', 'has since', 'the latest', 'By
    Saturday', 'surged': each supersedes the first count."""
    assert tolls(KHARKIV + later)[f"{DAY}.killed"] == expected


ZORINDU = "Gunmen attacked the village of Zorindu on Friday. "


@pytest.mark.parametrize(("sentence", "expected"), [
    ("30 people were shot dead and 12 others wounded.", {"killed": 30, "injured": 12}),
    ("Gunmen shot dead 30 people, police said.", {"killed": 30}),
    ("The gunmen murdered 30 residents.", {"killed": 30}),
    ("Thirty people were hacked to death.", {"killed": 30}),
    ("At least 30 were burnt to death, the governor said.",
     {"killed": 30, "killed.qualifier": "at least"}),
    ("30 people, mostly women and children, were killed.", {"killed": 30}),
    ("30 people, most of them farmers, died in the raid.", {"killed": 30}),
    ("A man was shot dead, residents said.", {"killed": 1}),
    # the attackers shot dead by the police are no toll of their attack
    ("The raid killed 30 villagers. Police later shot dead two of the gunmen.",
     {"killed": 30}),
])
def test_a_killing_told_in_other_words_counts_the_dead(
        sentence: str, expected: dict[str, object]) -> None:
    """Nigerian, Pakistani and Haitian outlets tell a massacre's dead as 'shot dead',
    'murdered', 'hacked to death', and name who they were in an aside ('mostly women and
    children')."""
    assert tolls(ZORINDU + sentence) == {f"{DAY}.{k}": v for k, v in expected.items()}


@pytest.mark.parametrize(("sentence", "expected"), [
    ("Twenty people suffered wounds of varying severity.", 20),
    ("20 people were treated for injuries in hospital, the mayor said.", 20),
    ("Twenty soldiers sustained minor shrapnel wounds.", 20),
    # the gravely hurt are a part of the injured, not their count
    ("Twenty people suffered severe injuries.", None),
])
def test_wounds_suffered_or_treated_count_the_injured(sentence: str,
                                                      expected: int | None) -> None:
    found = tolls("Russian missiles struck Kharkiv on Friday, killing 3 people. " + sentence)
    assert found.get(f"{DAY}.injured") == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Gunmen killed at least 70 people in the town of Zorindu on Friday.",
     ("gunmen", 70)),
    ("Suspected bandits murdered 30 villagers in Zorindu on Friday, police said.",
     ("bandits", 30)),
    ("Unidentified assailants shot dead 12 worshippers at a mosque in Zorindu on Friday.",
     ("assailants", 12)),
])
def test_armed_men_who_killed_tell_an_attack_without_a_strike_word(
        text: str, expected: tuple[str, int]) -> None:
    """Reports of massacres name no strike: armed men as the subject of the killing tell
    the attack, and its toll with it."""
    (attack,) = attacks(text)
    assert (attack.attacker, attack.killed and attack.killed.count) == expected


@pytest.mark.parametrize("text", [
    "20 militants killed in clashes with security forces on Friday.",
    "Security forces killed 20 militants near Zorindu on Friday.",
])
def test_armed_men_killed_are_no_attack_of_theirs(text: str) -> None:
    assert [a.attacker for a in attacks(text)] in ([], [None])
