"""The offline extractor on a sentence that says it tells another attack than the news
("Separately, ...", "It comes after ...", "The attack is the latest ..."): its day, even a
day beside the news's, is that attack's, and it neither dates the news nor adds to it.

Every text here is written for the test.
"""

from __future__ import annotations

import datetime as dt

import pytest

from summarizer.backends.rules import RulesBackend
from summarizer.models import Article
from summarizer.text.time import resolve_extraction

SATURDAY = dt.date(2025, 5, 24)
SUNDAY = dt.date(2025, 5, 25)

Told = tuple[str | None, str | None, list[str], int | None]


def told(text: str, published: dt.date) -> list[Told]:
    """Each attack's date, attacker, regions and killed."""
    article = Article(id="t", source="t", published=published, text=text)
    return [(a.date and a.date.isoformat(), a.attacker, a.regions, a.killed and a.killed.count)
            for a in resolve_extraction(RulesBackend().read(article), published).attacks]


def test_an_attack_it_comes_after_a_day_before_is_its_own() -> None:
    text = ("Israeli strikes on Khan Younis killed 30 people on Saturday, the health ministry "
            "said.\n\nIt comes after Israeli tanks shelled a camp in Deir al-Balah on Friday, "
            "killing 12 people.")
    assert told(text, SATURDAY) == [("2025-05-24", "Israel", ["Khan Younis"], 30),
                                    ("2025-05-23", "Israel", ["Deir al-Balah"], 12)]


@pytest.mark.parametrize("opening", ["Separately,", "In another attack,"])
def test_a_separate_attack_the_day_after_a_night_raid_keeps_its_toll(opening: str) -> None:
    text = ("Gunmen attacked a police checkpoint in Bannu late on Friday, killing three "
            f"officers.\n\n{opening} militants attacked a school on Saturday, killing two guards.")
    assert told(text, SUNDAY) == [("2025-05-23", "gunmen", ["Bannu"], 3),
                                  ("2025-05-24", "militants", [], 2)]


def test_the_latest_of_a_series_does_not_date_the_undated_news() -> None:
    """The news, told without a day, is the paper's own (the merge dates it); Thursday's
    raids the sentence recalls are an attack of their own, with their own toll."""
    text = ("Russian airstrikes killed 20 people in a market in Idlib, activists said.\n\n"
            "The attack is the latest blamed on Russia, with 40 people killed in Russian raids "
            "on Aleppo on Thursday.")
    assert told(text, SATURDAY) == [(None, "Russia", ["Idlib"], 20),
                                    ("2025-05-22", "Russia", ["Aleppo"], 40)]


@pytest.mark.parametrize("recalled", [
    "A car bomb in a market in Bannu killed 40 people on Thursday.",
    "On Friday, the army accused the RSF of shelling a mosque in Omdurman, killing 60 people.",
])
def test_an_earlier_attack_recalled_after_the_news_is_no_attack_of_its_own(
        recalled: str) -> None:
    """An attack of a day before the news's, beyond the night's reach, told after it
    without a word that it tells another attack, is history the article recalls: its
    place and toll are neither the news's nor an attack of their own."""
    text = ("A drone struck a house in El Fasher late Saturday, killing two people, "
            f"officials said.\n\n{recalled}")
    assert told(text, SUNDAY) == [("2025-05-24", None, ["El Fasher"], 2)]



THURSDAY = dt.date(2025, 5, 22)


@pytest.mark.parametrize("news, before", [
    ("Pakistani jets struck two villages in Sistan province on Thursday, killing nine people.",
     "The strikes came two days after Iran carried out strikes on a village in Balochistan, "
     "killing two children."),
    ("Pakistani air strikes on Iran killed nine people, a local official said.",
     "The strikes followed Iran's Tuesday attack on Pakistani soil that killed two children "
     "in Balochistan."),
])
def test_a_side_named_in_the_strike_the_news_came_after_makes_no_attack_of_its_day(
        news: str, before: str) -> None:
    """The side of the strike told after "after" or "followed" struck before the news: it
    is not a second attacker of the news's day."""
    assert [(a, k) for _, a, _, k in told(f"{news}\n\n{before}", THURSDAY)] == [
        ("Pakistan", 9)]


def test_the_attack_a_war_broke_out_after_is_not_the_news() -> None:
    text = ("An Israeli air strike on a school in Gaza City killed five people on Saturday, "
            "the civil defence agency said.\n\nThe war, which entered its tenth month on "
            "Saturday, broke out following Hamas's attack on southern Israel on October 7.")
    assert told(text, SATURDAY) == [("2025-05-24", "Israel", ["Gaza City"], 5)]


@pytest.mark.parametrize("since", ["since October 2023", "since October 12", "since May 2024"])
def test_a_toll_since_a_month_and_year_or_a_two_digit_day_is_history(since: str) -> None:
    """A running toll "since October 2023" counts the war, not the news, as "since October
    7" does."""
    text = ("Israeli strikes killed 12 people in Khan Younis on Saturday. The health ministry "
            f"said Saturday that its toll {since} had reached 46,000 and the number of wounded "
            "climbed to 110,000.")
    article = Article(id="t", source="t", published=SATURDAY, text=text)
    assert [(a.killed and a.killed.count, a.injured and a.injured.count) for a in
            resolve_extraction(RulesBackend().read(article), SATURDAY).attacks] == [(12, None)]


@pytest.mark.parametrize("separate", [
    "In a separate attack, four people were killed and homes were damaged in Kherson after "
    "shelling.",
    "Separately, a man died in Kharkiv when a guided bomb hit a warehouse.",
    "In another strike, two people were wounded in Kherson, the governor said.",
])
def test_an_undated_separate_attack_adds_nothing_to_the_news(separate: str) -> None:
    """A sentence that turns to another attack and names no attacker nor day of its own
    tells an attack the rules cannot settle: its place and toll are not the news's."""
    text = ("Russian drones struck Odesa overnight, killing two people, officials said on "
            f"Thursday.\n\n{separate}")
    assert told(text, THURSDAY) == [("2025-05-21", "Russia", ["Odesa"], 2)]


def test_what_the_news_also_did_still_joins_it() -> None:
    """Left alone: a sentence that does not turn to another attack tells more of the news."""
    text = ("Russian drones struck Odesa overnight, killing two people, officials said on "
            "Thursday.\n\nFour people were also killed in Kherson, the governor said.")
    assert told(text, THURSDAY) == [("2025-05-21", "Russia", ["Odesa", "Kherson"], 2)]


FRIDAY = dt.date(2025, 5, 23)


@pytest.mark.parametrize("other", [
    "On Wednesday, Israeli jets struck Tehran.",
    "Israeli warplanes pounded Tehran on Wednesday in response.",
])
def test_the_other_sides_day_does_not_date_the_undated_news(other: str) -> None:
    """The news told without a day takes none from a sentence about the other side's strike:
    that day is its strike's (the merge dates the news from other outlets)."""
    text = f"Iranian missiles struck a hospital in Beersheba, injuring 40 people.\n\n{other}"
    article = Article(id="t", source="t", published=FRIDAY, text=text)
    assert [(a.date and a.date.isoformat(), a.attacker) for a in resolve_extraction(
        RulesBackend().read(article), FRIDAY).attacks] == [(None, "Iran"),
                                                          ("2025-05-21", "Israel")]


def test_a_day_told_of_the_news_itself_still_dates_it() -> None:
    text = ("Iranian missiles struck a hospital in Beersheba, injuring 40 people.\n\n"
            "The barrage came on Wednesday morning.")
    assert told(text, FRIDAY) == [("2025-05-21", "Iran", ["Beersheba"], None)]


@pytest.mark.parametrize("since", [
    "On Wednesday, the leader made his second appearance since the Israeli strikes began.",
    "The minister spoke on Wednesday for the first time since Israel's air campaign started.",
])
def test_the_start_of_a_campaign_is_no_attack(since: str) -> None:
    """What a time counts from ("since the Israeli strikes began") is history: no attack of
    the day the sentence tells, and no day for the news."""
    text = f"Iranian missiles struck a hospital in Beersheba, injuring 40 people.\n\n{since}"
    article = Article(id="t", source="t", published=FRIDAY, text=text)
    assert [(a.date, a.attacker) for a in resolve_extraction(
        RulesBackend().read(article), FRIDAY).attacks] == [(None, "Iran")]


@pytest.mark.parametrize("separate, own", [
    ("In a separate attack, five people were killed and several homes were damaged in Kherson "
     "after a Russian airstrike.", ("2025-05-21", "Russia", ["Kherson"], 5)),
    ("In another strike, a Russian guided bomb hit a school in Zaporizhzhia, injuring six "
     "people.", ("2025-05-21", "Russia", ["Zaporizhzhia"], None)),
    ("Separately, Russian missiles killed three people in Kharkiv, the governor said.",
     ("2025-05-21", "Russia", ["Kharkiv"], 3)),
    ("In a separate attack, Ukrainian drones struck an oil depot in Bryansk, the governor said.",
     ("2025-05-21", "Ukraine", ["Bryansk"], None)),
])
def test_a_separate_attack_that_names_who_struck_is_an_attack_of_its_own(
        separate: str, own: Told) -> None:
    """A sentence that turns to another attack and names its attacker tells one of its own,
    of the news's day, with its own place and toll: even by the news's side, it takes
    nothing from the news and gives it nothing. "After a Russian airstrike" there names that
    attack, not one before it."""
    text = ("Russian drones struck Odesa overnight, killing two people, officials said on "
            f"Thursday.\n\n{separate}")
    assert told(text, THURSDAY) == [("2025-05-21", "Russia", ["Odesa"], 2), own]


def test_a_threat_told_apart_is_no_attack() -> None:
    text = ("Russian drones struck Odesa overnight, killing two people, officials said on "
            "Thursday.\n\nSeparately, Russia vowed to strike Kyiv again if the attacks go on.")
    assert told(text, THURSDAY) == [("2025-05-21", "Russia", ["Odesa"], 2)]


def test_a_separate_attack_beside_undated_news_is_news_too() -> None:
    """The news told without a day is kept for the merge to date; a separate attack told
    with it, naming who struck, is kept with it, each with its own place and toll."""
    text = ("Russian drones struck Odesa, killing two people, officials said.\n\n"
            "Ukraine's air force said most of the drones were shot down.\n\n"
            "In a separate attack, five people were killed in Kherson after a Russian "
            "airstrike.")
    assert told(text, THURSDAY) == [(None, "Russia", ["Odesa"], 2),
                                    (None, "Russia", ["Kherson"], 5)]


@pytest.mark.parametrize(("later", "killed"), [
    ("Hours later, another blast at a mosque in the city of Peshawar killed four people and "
     "injured 12 others.", 50),
    ("Some minutes later, a second explosion tore through a bus station in Peshawar, killing "
     "four.", 50),
    ("About an hour earlier, another explosion went off near a police post in Peshawar, leaving "
     "four dead, officials said.", 50),
    ("Two hours later, a drone attack on a checkpoint in Peshawar killed four soldiers.", 50),
    ("Hours earlier, a bus was bombed in Peshawar, killing four.", 50),
    ("Some minutes later, a police post was attacked in Peshawar, leaving four dead.", 50),
    ("Hours later, an army helicopter was shot down near Peshawar, killing four soldiers.", 50),
    # left alone: a sentence hours later that names no further strike tells more of the first
    ("Hours later, the toll from the blast rose to 52.", 52),
    ("Hours later, officials said a strike on the rally had killed 52.", 52),
])
def test_a_further_strike_told_hours_apart_adds_nothing_to_the_first(
        later: str, killed: int) -> None:
    """A sentence opening at another hour of the day that tells a further strike, or a
    target struck told with "a" ("Hours earlier, a bus was bombed"), tells one of its own: its
    place and toll are not the first strike's, which names no attacker nor town the rules
    could anchor that strike to."""
    text = ("A suicide blast ripped through a rally in Balochistan province on Friday, killing "
            f"at least 50 people, police said.\n\n{later}")
    assert [(d, r, k) for d, _, r, k in told(text, SATURDAY)] == [
        ("2025-05-23", ["Balochistan"], killed)]


@pytest.mark.parametrize("later", [
    "while another blast at a mosque in Peshawar killed three people.",
    "whereas a second strike on a police post in Peshawar wounded two officers.",
    "; another explosion near a market in Peshawar caused no casualties.",
])
def test_the_further_strike_a_sentence_turns_to_keeps_its_place(later: str) -> None:
    """A later part of the sentence that turns to a further strike tells that strike: its
    place is not one the strike the sentence opened with hit."""
    text = ("A suicide blast ripped through a rally in Balochistan province on Friday, killing "
            f"five{'' if later.startswith(';') else ','} {later}").replace(" ;", ";")
    assert [(r, k) for _, _, r, k in told(text, SATURDAY)] == [(["Balochistan"], 5)]


def test_a_place_the_same_strike_also_hit_joins_it() -> None:
    """Left alone: a later part that names no further strike tells more of the first."""
    text = ("A suicide blast ripped through a rally in Balochistan province on Friday, killing "
            "five, while debris hit homes in Peshawar.")
    assert [(r, k) for _, _, r, k in told(text, SATURDAY)] == [(["Peshawar", "Balochistan"], 5)]


@pytest.mark.parametrize("text", [
    "Russian drones hit Kyiv overnight, killing four.\n\nOn Tuesday, Ukraine struck an oil depot "
    "in Bryansk. In that raid, Ukrainian drones also hit a power plant in Kursk.",
    "Russian drones hit Kyiv overnight, killing four.\n\nIt followed a Ukrainian strike on "
    "Bryansk on Wednesday. During that operation, Ukrainian drones also targeted Kursk.",
    "Russian drones hit Kyiv overnight, killing four.\n\nOn Tuesday, Ukraine launched drones at "
    "Moscow. That night, Ukrainian drones also struck a refinery in Ryazan.",
])
def test_an_undated_strike_told_after_a_recalled_one_is_not_the_news_day(text: str) -> None:
    """A paragraph that opens by recalling another day's attack, and tells no news, goes on
    about that attack: a strike it tells with no time of its own ("In that raid", "During that
    operation", "That night") is not an attack of the news's day."""
    assert told(text, SATURDAY) == [("2025-05-23", "Russia", ["Kyiv"], 4)]


def test_a_strike_told_with_its_own_day_after_a_recalled_one_is_still_told() -> None:
    """Its own time places it: on the news's day, it is the news's (Odesa, a place hit)."""
    text = ("Russian drones hit Kyiv on Saturday, killing four.\n\nOn Tuesday, Ukraine struck "
            "an oil depot in Bryansk. Russian missiles hit a school in Odesa on Saturday.")
    assert told(text, SATURDAY) == [("2025-05-24", "Russia", ["Kyiv", "Odesa"], 4)]


def regions_by_attacker(text: str) -> list[tuple[str | None, list[str]]]:
    return [(attacker, regions) for _, attacker, regions, _ in told(text, SATURDAY)]


@pytest.mark.parametrize(("text", "expected"), [
    ("Russian missiles struck Kharkiv on Friday, killing five.\n\nUkraine said its drones "
     "attacked an airfield on Friday. The attack on the base in Engels destroyed two bombers.",
     [("Russia", ["Kharkiv"]), ("Ukraine", ["Engels"])]),
    ("Russian missiles struck Kharkiv on Friday, killing five.\n\nUkraine said its drones hit an "
     "oil refinery on Friday. The strike on the plant in Ryazan set off a large fire.",
     [("Russia", ["Kharkiv"]), ("Ukraine", ["Ryazan"])]),
    ("Hamas fired rockets at Ashkelon on Friday.\n\nIsraeli jets bombed a house on Friday, "
     "officials in Gaza said. The raid in Rafah killed a family.",
     [("Hamas", ["Ashkelon"]), ("Israel", ["Gaza", "Rafah"])]),
])
def test_the_attack_named_by_its_noun_is_the_one_its_paragraph_told_last(
        text: str, expected: list[tuple[str, list[str]]]) -> None:
    """"The attack on the base in Engels", naming no side, is the attack the sentence before
    it told, not the first attack of that day the article told."""
    assert regions_by_attacker(text) == expected


def test_the_attack_named_after_the_news_told_again_stays_the_news() -> None:
    """The paragraph told the news last ("Russian missiles also hit Odesa"): it is the news."""
    text = ("Russian missiles struck Kharkiv on Friday, killing five.\n\nUkraine said its drones "
            "hit an oil refinery on Friday. Russian missiles also hit Odesa on Friday. The attack "
            "on the port in Odesa injured three.")
    assert regions_by_attacker(text) == [("Russia", ["Kharkiv", "Odesa"]), ("Ukraine", [])]
