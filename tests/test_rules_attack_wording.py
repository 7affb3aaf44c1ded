"""The offline extractor on wordings of air and missile attacks that real reports use and
the plain shapes miss: headlines in the present tense, a possessive attack fought off, a
country's unnamed sites as the target, a report verb or a syndicated dateline before the
attack's own time, and a day the article gives to an attack it recalls.

Every text here is written for the test.
"""

from __future__ import annotations

import datetime as dt

import pytest

from summarizer.backends.rules import RulesBackend
from summarizer.models import Article, Attack
from summarizer.text.time import resolve_extraction

SATURDAY = dt.date(2025, 5, 24)


def attacks(text: str) -> list[Attack]:
    article = Article(id="t", source="t", published=SATURDAY, text=text)
    return resolve_extraction(RulesBackend().read(article), SATURDAY).attacks


def told(text: str) -> list[tuple[str | None, list[str], str | None, dict[str, int | None]]]:
    """Each attack's attacker, targets, resolved date and weapon counts."""
    return [(a.attacker, a.targets, a.date and a.date.isoformat(),
             {w.type: w.count for w in a.weapons}) for a in attacks(text)]


@pytest.mark.parametrize(("text", "expected"), [
    ("Iran fires 200 missiles at Israel in major attack\n\n"
     "Iran fired about 200 missiles at Israel on Friday, the Pentagon said.",
     [("Iran", ["Israel"], "2025-05-23", {"missile": 200})]),
    ("Russia unleashed a wave of missiles and drone strikes across Ukraine on Friday.",
     [("Russia", ["Ukraine"], "2025-05-23", {})]),
])
def test_a_headline_verb_and_unleashed_name_the_attacker(
        text: str, expected: list[tuple[str, list[str], str, dict[str, int]]]) -> None:
    assert told(text) == expected


def test_the_careful_count_keeps_its_qualifier() -> None:
    """A headline's plain "200 missiles" and the report's "about 200" are one count."""
    (attack,) = attacks("Iran fires 200 missiles at Israel in major attack\n\n"
                        "Iran fired about 200 missiles at Israel on Friday, the Pentagon said.")
    assert [(w.count, w.qualifier) for w in attack.weapons] == [(200, "about")]


@pytest.mark.parametrize(("text", "attacker"), [
    ("Sirens sounded across Israel in overnight attack\n\n"
     "Iran fired 30 missiles at Haifa on Friday, the army said.", "Iran"),
    ("Hamas condemned Israeli strikes on Rafah on Friday.", "Israel"),
    ("The Houthis described American strikes hitting a port on Friday.", "United States"),
])
def test_a_side_named_before_a_preposition_or_a_reaction_is_not_the_attacker(
        text: str, attacker: str) -> None:
    """"Israel in overnight attack", "Hamas condemned Israeli strikes": the words between
    the name and the attack are no modifier of the attack."""
    assert [a.attacker for a in attacks(text)] == [attacker]


@pytest.mark.parametrize("text", [
    "Ukraine's air defence units repelled Russia's overnight air attack, destroying all 11 drones, "
    "the air force said on Friday.",
    "Ukraine's air defence units repelled Russia's overnight air attack, including on Kyiv, "
    "destroying all 11 drones targeting Ukraine's territory, the air force said on Friday.",
])
def test_the_attack_fought_off_is_its_possessors_and_the_defender_its_target(text: str) -> None:
    """A city the attack included ("including on Kyiv") is a place hit, not a finer target."""
    assert told(text) == [("Russia", ["Ukraine"], "2025-05-23", {"drone": 11})]


def test_a_country_whose_unnamed_sites_were_hit_is_the_target() -> None:
    text = ("Russia launched drone and missile attacks against Ukraine's energy infrastructure "
            "early Friday.")
    assert told(text) == [("Russia", ["Ukraine"], "2025-05-23", {})]


def test_a_city_named_after_its_country_and_rank_is_the_target() -> None:
    text = ("A Russian missile strike killed 10 people after hitting an apartment block in "
            "Ukraine's second-largest city Kharkiv on Friday.")
    assert [(a.attacker, a.targets) for a in attacks(text)] == [("Russia", ["Kharkiv"])]


def test_a_reply_told_by_what_it_answered_with_names_its_side() -> None:
    text = ("Iran fired 30 missiles at Israel on Friday.\n\n"
            "Israel later responded with fighter jet strikes in Iran.")
    assert [(a.attacker, a.targets) for a in attacks(text)] == [
        ("Iran", ["Israel"]), ("Israel", ["Iran"])]


@pytest.mark.parametrize(("text", "expected"), [
    ("The command clarified on Friday that the Houthis fired six ballistic missiles at two "
     "ships. A destroyer intercepted one of the missiles, launched by the Houthis on "
     "Thursday evening.", [("Houthis", "2025-05-22")]),
    ("(Syndic- AFP) Jerusalem, May 24 (AFP) Hezbollah fired 120 rockets at northern "
     "Israel, the army said.\n\nAround 50 of the rockets struck Metula on Friday.",
     [("Hezbollah", "2025-05-23")]),
    ("The death toll from an Israeli airstrike on a Beirut suburb has risen to 31, the "
     "health minister said on Saturday.\n\n"
     "The rare strike hit a crowded neighborhood on Friday afternoon.", [("Israel", "2025-05-23")]),
])
def test_the_attacks_day_is_not_its_reports(
        text: str, expected: list[tuple[str, str]]) -> None:
    """A report verb ("clarified on Friday"), a syndicated dateline, or a toll report opening
    the story gives the day of the telling; the attack's own day is the one told of it."""
    assert [(a.attacker, a.date and a.date.isoformat()) for a in attacks(text)] == expected


def test_a_toll_dated_the_day_of_a_recalled_attack_is_that_attacks() -> None:
    """The news is Friday's drone attack; Thursday's strikes, which its sentence recalls,
    killed the 31, though Thursday is a day either side of the news."""
    text = ("India fired drones into Pakistan on Friday, a day after missiles struck several "
            "towns. Pakistani forces shot down 25 drones. Indian strikes on Thursday killed 31 "
            "civilians, officials said.")
    assert [(a.date and a.date.isoformat(), a.killed and a.killed.count)
            for a in attacks(text)] == [("2025-05-23", None), ("2025-05-22", 31)]


@pytest.mark.parametrize(("text", "expected"), [
    ("Hezbollah fired 120 rockets at northern Israel on Friday.\n\n"
     "Around 50 rockets launched from Lebanon struck Metula on Friday, the army said.",
     [("Hezbollah", ["northern Israel", "Metula"])]),
    ("The Houthis fired a missile at Eilat on Friday.\n\n"
     "The Israeli military said it had intercepted a missile launched from Yemen on Friday.",
     [("Houthis", ["Eilat"])]),
])
def test_weapons_launched_from_a_groups_country_are_the_groups_attack(
        text: str, expected: list[tuple[str, list[str]]]) -> None:
    """The country a group fights from names where its rockets came from, not a second
    attacker."""
    assert [(a.attacker, a.regions) for a in attacks(text)] == expected


@pytest.mark.parametrize(("text", "city"), [
    ("An Israeli airstrike on a Beirut suburb killed 31 people on Friday.", "Beirut"),
    ("Russian drones hit an Odesa apartment block on Friday.", "Odesa"),
    ("US airstrikes pounded the area around Yemen's Red Sea port city of Hodeida on Friday.",
     "Hodeida"),
])
def test_a_city_told_as_the_kind_of_place_hit_is_the_target(text: str, city: str) -> None:
    assert [(a.targets, a.regions) for a in attacks(text)] == [([city], [city])]


@pytest.mark.parametrize(("text", "expected"), [
    ("Israeli troops raided Jenin on Friday, killing four people.", (["Jenin"], ["Jenin"])),
    ("Kharkiv was pounded by Russian drones on Friday, killing four people.",
     (["Kharkiv"], ["Kharkiv"])),
    ("Russian artillery shelled the Zorin Secondary School on Friday, killing four people.",
     (["Zorin Secondary School"], [])),
    ("Russia launched 40 drones on Friday, targeting Odesa and Kharkiv.",
     (["Odesa"], ["Odesa", "Kharkiv"])),
])
def test_every_verb_of_a_place_struck_names_the_target_and_the_places_hit(
        text: str, expected: tuple[list[str], list[str]]) -> None:
    """One list of the verbs whose object is the place struck ("raided", "stormed", "pounded",
    "shelled") for the target before and after the place and for the places hit: each reader
    had its own, each missing some of the others' words."""
    assert [(a.targets, a.regions) for a in attacks(text)] == [expected]


@pytest.mark.parametrize("count", ["dozens", "thousands", "tens"])
def test_a_place_hit_past_any_vague_count_of_its_buildings(count: str) -> None:
    """The vague quantities are text.numbers' one list: "thousands of Kharkiv homes" names a
    place hit as "dozens of" does."""
    text = (f"Russian drones struck Odesa on Friday, and debris damaged windows in {count} of "
            "Kharkiv homes.")
    assert [(a.targets, a.regions) for a in attacks(text)] == [(["Odesa"], ["Odesa", "Kharkiv"])]


@pytest.mark.parametrize("told", [
    ". In Kyiv, officials said that a power plant was hit.",
    ". In Kyiv, officials confirmed that a power plant was hit.",
    ". In Kyiv, the foreign ministry noted that the strike hit a school.",
    ", and officials in Kyiv said Moscow was targeting civilians.",
    ", and officials in Kyiv accused Moscow of targeting civilians.",
])
def test_a_place_told_with_who_speaks_is_not_hit_whatever_the_verb_of_saying(told: str) -> None:
    """One list of verbs of saying for a place that opens the sentence and for one in its
    subject: "confirmed", "noted" and "accused" say as "said" does where the speaker is."""
    text = f"Russian drones struck Odesa on Friday, killing two people{told}"
    assert [(a.targets, a.regions) for a in attacks(text)] == [(["Odesa"], ["Odesa"])]


@pytest.mark.parametrize(("text", "attacker"), [
    ("A drone attack by Sudan's Rapid Support Forces killed 11 people in Zorinsk on Friday.",
     "Rapid Support Forces"),
    ("A drone attack by the Sudanese paramilitary Rapid Support Forces killed 11 people on "
     "Friday.", "Rapid Support Forces"),
    ("Rockets were fired by Lebanese group Hezbollah towards Zorinsk on Friday.", "Hezbollah"),
])
def test_a_country_that_qualifies_a_group_is_not_the_attacker(text: str, attacker: str) -> None:
    assert [a.attacker for a in attacks(text)] == [attacker]


@pytest.mark.parametrize(("text", "attackers"), [
    ("Gunmen killed more than 40 villagers at a funeral in Zorinsk on Friday, the latest attack "
     "by the Islamic State-linked group.", ["gunmen"]),
    ("A spokesman said on Friday that the Yemeni group allied with Iran fired missiles at two "
     "ships.", []),
])
def test_a_party_that_backs_the_side_that_struck_is_not_the_attacker(
        text: str, attackers: list[str]) -> None:
    assert [a.attacker for a in attacks(text)] == attackers


@pytest.mark.parametrize(("text", "weapons"), [
    ("Two army jets dropped six bombs on the village of Zorindu in the north on Friday, "
     "killing nine people, residents said.", {"explosive": 6}),
    ("The air strike on Zorindu came on Friday, with five bombs dropped on the market, "
     "killing nine people.", {"explosive": 5}),
    ("A military helicopter dropped three bombs on a school in Zorindu on Monday, killing 11 "
     "pupils, a teacher said.", {"explosive": 3}),
    ("Russian jets dropped four guided bombs on Zorinsk on Friday, killing two people.",
     {"guided bomb": 4}),
    ("Two bombs exploded at a crowded market in Zorinsk on Friday, killing nine people.", {}),
])
def test_bombs_an_aircraft_dropped_count_as_explosives(
        text: str, weapons: dict[str, int]) -> None:
    """Bombs told dropped are an aircraft's unguided bombs, which the gold format's vocabulary
    names `explosive` (no plain bomb, not told guided); guided ones keep their type, and
    bombs set off on the ground count none."""
    assert [w for *_, w in told(text)] == [weapons]


@pytest.mark.parametrize(("accusation", "attacker"), [
    ("Russian officials accused Kyiv of carrying out the attack.", "Ukraine"),
    ("The ministry accused Tehran of staging the strike.", "Iran"),
    ("Officials accused Ukraine of carrying out the attack.", "Ukraine"),
    ("Officials accused Kyiv of hypocrisy.", None),
])
def test_a_capital_accused_of_the_strike_names_its_country(
        accusation: str, attacker: str | None) -> None:
    """A city accused of the strike is the seat of its side's government: the side struck."""
    text = f"Shelling killed 14 people in Zorinsk on Friday. {accusation}"
    assert [a.attacker for a in attacks(text)] == [attacker]
