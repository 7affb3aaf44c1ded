"""The offline extractor on attacks whose reports name no side, only what the attackers
were: gunmen, militants, a suicide bomber. Every text here is written for the test."""

from __future__ import annotations

import datetime as dt

import pytest

from summarizer.backends.rules import RulesBackend
from summarizer.models import Article, Attack
from summarizer.pipeline import check
from summarizer.text.time import resolve_extraction

SATURDAY = dt.date(2025, 5, 24)


def attacks(text: str) -> list[Attack]:
    article = Article(id="t", source="t", published=SATURDAY, text=text)
    return resolve_extraction(RulesBackend().read(article), SATURDAY).attacks


@pytest.mark.parametrize(("text", "attacker"), [
    ("Gunmen attacked a farming village in northern Nigeria on Friday, killing at least 20 "
     "people, police said.", "gunmen"),
    ("A suicide bomber blew himself up near a police post in western Pakistan on Friday, "
     "killing six officers.", "unknown"),
    ("Two suicide bombers blew themselves up at a crowded bus station in central Zorinsk on "
     "Friday, killing 18 people, police said.", "unknown"),
    ("A suicide car bomber struck an army checkpoint near Zorinsk on Friday, killing five "
     "soldiers.", "unknown"),
    ("Unknown gunmen on motorbikes stormed a market in central Mali on Friday and shot dead "
     "nine traders.", "gunmen"),
    ("Nine traders were shot dead by armed assailants at a market in central Mali on "
     "Friday.", "assailants"),
])
def test_the_words_for_unnamed_attackers_are_the_attacker_and_their_country_no_target(
        text: str, attacker: str) -> None:
    """Who struck is told by what they are; the country the attack was in is where it
    happened, not what a side aimed at. A bomber tells how the attack was made, not who
    made it: with no side named, who struck is unknown."""
    assert [(a.attacker, a.targets, a.date and a.date.isoformat()) for a in attacks(text)] == [
        (attacker, [], "2025-05-23")]


def test_the_unnamed_words_are_no_attacker_when_struck_or_named_by_a_group() -> None:
    """Militants killed or counted are no one's attacker, words a name qualifies are that
    name's, and a side named later for the same attack outranks the words."""
    texts = [
        "Troops attacked a militant camp in northern Nigeria on Friday, killing 20 militants.",
        "Zorin Front militants attacked a farming village in northern Nigeria on Friday.",
        "Dozens of militants were killed when the army struck their hideout in Mali on Friday.",
        "Gunmen attacked an army base in Mali on Friday, killing 12 soldiers.\n\n"
        "The Islamic State said it had carried out the attack on the base on Friday.",
        "Gunmen attacked an army base in Mali on Friday, killing 12 soldiers.",
        "A suicide bomber blew himself up outside a police station in Mogadishu on Friday, "
        "killing seven people.\n\nAl Shabaab said it had carried out the attack.",
    ]
    assert [[a.attacker for a in attacks(text)] for text in texts] == [
        [None], [None], [None], ["Islamic State"], ["gunmen"], ["al-Shabab"]]


def test_the_place_a_later_sentence_says_the_unnamed_attack_was_in_is_its_target() -> None:
    """The lead places the raid only in a part of a country; the sentence that says where
    the attack took place names its target. One by a side keeps the target its first
    sentence names."""
    text = ("Gunmen attacked a remote farming community in northern Nigeria on Friday, "
            "killing 30 villagers.\n\n"
            "The attack took place in the village of Zorindu, police said.")
    assert [(a.attacker, a.targets) for a in attacks(text)] == [("gunmen", ["Zorindu"])]


def test_a_title_line_is_no_part_of_the_lead_sentence() -> None:
    """A saved page's headline, on a line of its own with no full stop, is read apart from
    the lead: its demonym is no attacker of the lead's attack. A line wrapped inside a
    sentence still runs on."""
    titled = ("Gunmen kill nine Malian traders\n"
              "Gunmen stormed a crowded cattle market in central Mali on Friday, killing nine "
              "traders and wounding several others, local officials said.")
    wrapped = ("Russian drones struck Odesa and killed 12 people on\n"
               "Friday, the regional governor said.")
    assert [(a.attacker, a.killed and a.killed.count) for a in attacks(titled)] == [
        ("gunmen", 9)]
    assert [(a.attacker, a.targets, a.date and a.date.isoformat())
            for a in attacks(wrapped)] == [("Russia", ["Odesa"], "2025-05-23")]


def test_one_bomb_told_in_the_singular_counts_one_explosive() -> None:
    """A bombing is told by its bomber or its bomb ("a suicide bomber", "a car bomb"), with
    no number: the gold format counts one explosive. Bombers in the plural and aircraft are
    no count of it, nor is a bomb defused."""
    texts = [
        "A suicide bomber blew himself up near a police post in western Pakistan on Friday, "
        "killing six officers.",
        "A car bomb exploded outside a police station in Mogadishu on Friday, killing seven "
        "people.",
        "Seven B-2 bombers struck three nuclear sites in Iran on Friday.",
        "Gunmen attacked a police post in Mali on Friday, killing two officers. Soldiers later "
        "defused a roadside bomb near the post.",
    ]
    assert [[(w.type, w.count) for a in attacks(text) for w in a.weapons] for text in texts] == [
        [("explosive", 1)], [("explosive", 1)], [], []]


@pytest.mark.parametrize("text", [
    "A car bomb exploded outside a police station in Mogadishu on Friday, killing seven "
    "people.",
    "A truck bomb exploded near a market in northern Syria on Friday, killing 12 people.",
    "The suicide bomber struck a checkpoint in western Pakistan on Friday, killing six "
    "officers.",
])
def test_one_bomb_counted_from_the_singular_is_verified_not_flagged(text: str) -> None:
    """The one explosive read from "a car bomb" is written in its evidence as the article
    writes it: grounding reads the 1 there (as it reads "a drone"), and support takes the
    car of a car bomb for the bomb, not for a car-ramming."""
    article = Article(id="t", source="t", published=SATURDAY, text=text)
    checked, findings = check(article, RulesBackend().read(article))
    assert [(w.type, w.count) for a in checked.attacks for w in a.weapons] == [("explosive", 1)]
    assert [f.code for f in findings] == []


def test_a_count_of_blasts_or_bombs_counts_the_explosives() -> None:
    """A bombing of more than one bomb is told by its blasts ("two explosions", "twin
    bombings", "three car bombs", "two improvised explosive devices"): each blast is one
    explosive. Blasts only heard are the sound of another weapon (a missile, a rocket), no
    bomb of their own."""
    texts = [
        "Two explosions ripped through a crowded market in Zorinsk on Friday, killing 14 "
        "people, police said.",
        "The twin bombings near a shrine in Zorinsk on Friday killed 20 people.",
        "Militants attacked an army base near Zorinsk on Friday with three car bombs, killing "
        "nine soldiers.",
        "Police said two improvised explosive devices exploded inside a church in Zorinsk on "
        "Friday, killing six worshippers.",
        "Hamas fired rockets at Zorinsk on Friday. Residents said they heard three explosions "
        "as the rockets fell.",
    ]
    assert [[(w.type, w.count) for a in attacks(text) for w in a.weapons] for text in texts] == [
        [("explosive", 2)], [("explosive", 2)], [("explosive", 3)], [("explosive", 2)], []]


@pytest.mark.parametrize("text", [
    "Twin explosions tore through a bus station in Zorinsk on Friday, killing 11 people.",
    "Two blasts hit a crowded market in Zorinsk on Friday, killing 14 people.",
])
def test_explosives_counted_from_blasts_are_verified_not_flagged(text: str) -> None:
    """The count read from "twin explosions" is grounded in the word that states it."""
    article = Article(id="t", source="t", published=SATURDAY, text=text)
    checked, findings = check(article, RulesBackend().read(article))
    assert [(w.type, w.count) for a in checked.attacks for w in a.weapons] == [("explosive", 2)]
    assert [f.code for f in findings] == []


def test_armed_groups_of_african_wars_are_sides() -> None:
    """Boko Haram, the Allied Democratic Forces and al-Shabab in its other spellings are
    sides the attack names, not words of an unnamed attacker."""
    texts = [
        "ADF rebels attacked a funeral in the village of Zorindu in eastern Congo on Friday, "
        "killing 40 people.",
        "Boko Haram fighters attacked the village of Zorindu in northeastern Nigeria on Friday, "
        "killing 30 people.",
        "Al Shabaab fighters stormed a military base in southern Somalia on Friday, killing 12 "
        "soldiers.",
    ]
    assert [[a.attacker for a in attacks(text)] for text in texts] == [
        ["Allied Democratic Forces"], ["Boko Haram"], ["al-Shabab"]]


@pytest.mark.parametrize(("text", "attacker"), [
    ("Mali suicide attack kills 11 at army post\n"
     "At least 11 soldiers were killed when a bomber drove into an army post in central "
     "Mali on Friday, officials said.", None),
    ("12 killed in Niger gunmen attack\n"
     "Twelve villagers were killed on Friday in a raid on a farming village in western "
     "Niger, a local official said.", None),
    ("Pakistan bazaar bombing kills 20\n"
     "Twenty people were killed on Friday by a bomb hidden in a cart at a crowded bazaar "
     "in western Pakistan, police said.", None),
    ("Russian drone attack kills 12 in Odesa\n"
     "Twelve people were killed in the port city of Odesa on Friday, officials said.",
     "Russia"),
    ("Russian suicide drone attack kills 12 in Odesa\n"
     "Twelve people were killed in the port city of Odesa on Friday, officials said.",
     "Russia"),
])
def test_a_country_before_an_attack_another_actor_or_a_public_place_qualifies_is_where(
        text: str, attacker: str | None) -> None:
    """A headline's 'Mali suicide attack', 'Niger gunmen attack' or 'Pakistan bazaar
    bombing' tells where the attack was: the words between name who struck (a suicide
    bomber, gunmen) or the place hit, so the country is no attacker. A demonym before the
    weapon ('Russian drone attack', a 'suicide drone' too) still is."""
    assert [a.attacker for a in attacks(text)] == [attacker]


@pytest.mark.parametrize(("text", "targets"), [
    ("Gunmen opened fire in an attack on the Zorin Baptist Church in Okarin in central "
     "Nigeria on Friday, killing 19 worshippers, officials said.", ["Zorin Baptist Church"]),
    ("Zorin Secondary School was attacked by gunmen in northern Nigeria on Friday, killing "
     "12 pupils.", ["Zorin Secondary School"]),
    ("Gunmen stormed a church in central Nigeria on Friday, killing 19 worshippers, officials "
     "said.\n\nThe Zorin Life Church in Okarin was attacked at about 8 pm on Friday, police "
     "said.", ["Zorin Life Church"]),
    ("Gunmen stormed a church in central Nigeria on Friday, killing 19 worshippers, officials "
     "said.\n\nIt was not the first time the town of Okarin has been attacked.", []),
])
def test_a_named_church_school_or_mosque_struck_or_told_struck_in_the_passive_is_the_target(
        text: str, targets: list[str]) -> None:
    """A church, school, mosque, bazaar or police station named with what it is is a site,
    as a consulate or an air base is; the site or place a sentence says 'was attacked' is
    what the attack aimed at, as one after 'an attack on' is. A present perfect ('has been
    attacked') tells the place's record, no target."""
    assert [(a.attacker, a.targets) for a in attacks(text)] == [("gunmen", targets)]


@pytest.mark.parametrize(("text", "attacker"), [
    ("Two explosions tore through a crowded market in Zorinsk on Friday, killing 20 people. "
     "No group has claimed responsibility for the attack.", "unknown"),
    ("A car bomb exploded near a police station in Zorinsk on Friday, killing seven people. "
     "There has been no immediate claim of responsibility.", "unknown"),
    ("Gunmen attacked a farming village in northern Nigeria on Friday, killing 20 people. "
     "No one has claimed responsibility for the raid.", "gunmen"),
    ("A drone struck a car near the town of Zorinsk on Friday, killing two people. Israel "
     "has not claimed responsibility for the strike.", None),
])
def test_an_attack_no_one_claimed_and_no_one_is_named_for_has_an_unknown_attacker(
        text: str, attacker: str | None) -> None:
    """A report that names no attacker and says no group claimed the attack tells that the
    attacker is unknown; the words for who struck ('gunmen') still name them, and one
    side's silence ('Israel has not claimed') says nothing of the others."""
    assert [a.attacker for a in attacks(text)] == [attacker]


@pytest.mark.parametrize(("text", "told"), [
    ("Gunmen attacked an army post in the restive north of Burkina Faso on Friday, killing 12 "
     "soldiers, the army said.\n\nThe attack occurred in the early hours of the morning in "
     "Zorindu in Soum province.", ("gunmen", ["Zorindu"])),
    ("Gunmen stormed a church in southeastern Nigeria on Friday, killing 19 worshippers.\n\n"
     "The attack took place at around 6am at St. Zorin's church in Okarin.",
     ("gunmen", ["St. Zorin's church"])),
    ("ADF rebels attacked a funeral in eastern Congo on Friday, killing 40 people, officials "
     "said.\n\nThe ADF assault took place on Friday night in the town of Zorindu in North Kivu "
     "province.", ("Allied Democratic Forces", ["Zorindu"])),
    ("Gunmen attacked an army post in the restive north of Burkina Faso on Friday, killing 12 "
     "soldiers, the army said.\n\nThe attack occurred near Zorindu, the army said.",
     ("gunmen", [])),
    ("Russian missiles struck Odesa on Friday, killing 12 people.\n\nThe attack took place in "
     "the early hours in the town of Zorinsk.", ("Russia", ["Odesa"])),
])
def test_the_village_or_site_a_sentence_says_the_attack_took_place_in_is_its_target(
        text: str, told: tuple[str, list[str]]) -> None:
    """A lead that gives only a region is followed by a sentence about the attack that says
    where it took place, after its time ('in the early hours of the morning in Zorindu',
    'on Friday night in the town of Zorindu'): that village, town or site is the target, of
    a side's attack too. A place it was only near, or a target the lead named, stays."""
    assert [(a.attacker, a.targets) for a in attacks(text)] == [told]


@pytest.mark.parametrize(("text", "told"), [
    ("A Myanmar military air strike on a village killed ten civilians on Friday, residents "
     "said.\n\nA military jet dropped three bombs on Zorindu village in the northern Sagaing "
     "region, a resident said.", ("Myanmar", ["Zorindu"])),
    ("Myanmar airstrike kills eight in northwest\n\nAt least eight civilians were killed in an "
     "air strike on a village in northwest Myanmar on Friday, a rights group said.\n\nThe strike "
     "came at dawn, with four bombs dropped on Zorindu, a village of about 40 households in "
     "Chin State.", ("Myanmar", ["Zorindu"])),
    ("Myanmar airstrike kills five\n\nFive people were killed in a military airstrike in "
     "Myanmar's east on Friday, rebels said.\n\nJunta jets dropped six bombs on villages in "
     "Zorindu district on Friday afternoon, the rebel group said.", ("Myanmar", ["Zorindu"])),
    ("Russian missiles killed three people in an overnight attack on Friday, the governor "
     "said.\n\nThe missiles hit apartment blocks in the central city of Zorinsk, he said.",
     ("Russia", ["Zorinsk"])),
    ("Israeli strikes killed at least 20 people across southern Lebanon on Friday, officials "
     "said.\n\nThere was no comment from the Israeli military on the strikes in Zorindu, a town "
     "in the south.", ("Israel", [])),
    ("A Russian drone attack on the region killed two people on Friday, the governor said.\n\n"
     "Elsewhere in the region, a drone strike hit a power line in the village of Zorindu.",
     ("Russia", [])),
])
def test_the_town_a_later_sentence_aims_the_one_strike_told_first_at_is_its_target(
        text: str, told: tuple[str, list[str]]) -> None:
    """A lead that tells one strike by a side without its place ('a military air strike on a
    village', 'an overnight attack') is followed by a sentence that aims it at a town
    ('dropped three bombs on Zorindu village', 'bombs dropped on Zorindu', 'bombs on villages
    in Zorindu district', 'hit apartment blocks in Zorinsk'): the town is its target. Not a
    town of a day's strikes across a region, nor of a strike told as another ('Elsewhere')."""
    assert [(a.attacker, a.targets) for a in attacks(text)] == [told]



@pytest.mark.parametrize(("claim", "attacker"), [
    ("Al-Shabab claimed responsibility for the attack.", "al-Shabab"),
    ("A militant group, the Balochistan Liberation Army (BLA), claimed responsibility for the "
     "bombing in a statement.", "Balochistan Liberation Army"),
    ("The BLA has claimed responsibility for Friday's blast.", "Balochistan Liberation Army"),
])
def test_a_group_that_claims_the_attack_is_its_attacker(claim: str, attacker: str) -> None:
    """A group's claim of the attack names who made it, over the bomber the news told."""
    text = ("A suicide bomber blew himself up at a bus station in Zorinsk on Friday, killing "
            f"12 people. {claim}")
    assert [(a.attacker, a.date and a.date.isoformat(), a.killed and a.killed.count)
            for a in attacks(text)] == [(attacker, "2025-05-23", 12)]


@pytest.mark.parametrize("claim", [
    "No group has claimed responsibility for the attack.",
    "The BLA denied responsibility for the attack.",
    "The BLA said it would claim no responsibility for attacks on civilians.",
])
def test_a_denied_or_absent_claim_names_no_attacker(claim: str) -> None:
    text = ("A suicide bomber blew himself up at a bus station in Zorinsk on Friday, killing "
            f"12 people. {claim}")
    assert [a.attacker for a in attacks(text)] == ["unknown"]


@pytest.mark.parametrize(("text", "attacker"), [
    ("Three US soldiers were killed on Friday when a drone launched by Iran-backed militants "
     "struck an outpost in Jordan.", "Iran-backed militants"),
    ("The drone strike by an Iran-backed group in Jordan on Friday left three soldiers dead.",
     "Iran-backed group"),
    ("Iran-backed militias fired rockets at a US base in Syria on Friday.", "Iran-backed militias"),
    ("Hezbollah, the Iran-backed group, fired rockets at Haifa on Friday.", "Hezbollah"),
])
def test_armed_men_named_by_who_backs_them_keep_the_sponsor_in_their_words(
        text: str, attacker: str) -> None:
    """The sponsor is not who struck, but the words that tell the men apart keep it; a named
    group the sponsor qualifies is that group."""
    assert [a.attacker for a in attacks(text)] == [attacker]
