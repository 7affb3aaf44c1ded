"""The offline extractor on who attacked, when, and with what: shapes real reports use.

Every text here is written for the test; each shows one phenomenon of published
articles that the plain shapes ("Russia launched 40 drones on Friday") miss.
"""

from __future__ import annotations

import datetime as dt

import pytest

from summarizer.backends.rules import RulesBackend
from summarizer.models import Article, Attack
from summarizer.text.numbers import states
from summarizer.text.time import resolve_extraction

SATURDAY = dt.date(2025, 5, 24)


def attacks(text: str, published: dt.date = SATURDAY) -> list[Attack]:
    article = Article(id="t", source="t", published=published, text=text)
    return resolve_extraction(RulesBackend().read(article), published).attacks


def identity(text: str, published: dt.date = SATURDAY) -> list[tuple[str | None, str | None]]:
    """Each attack's attacker and resolved date."""
    return [(a.attacker, a.date and a.date.isoformat()) for a in attacks(text, published)]


@pytest.mark.parametrize(("text", "expected"), [
    ("Hamas said on Friday it had launched rockets at Ashdod.", [("Hamas", "2025-05-23")]),
    ("Israel says it struck militant sites in Rafah on Friday.", [("Israel", "2025-05-23")]),
    ("The Houthis claimed that they fired missiles at Eilat on Friday.",
     [("Houthis", "2025-05-23")]),
    ("The Rapid Support Forces (RSF) killed 30 people in a drone strike on a market on Friday.",
     [("Rapid Support Forces", "2025-05-23")]),
    ("US airstrikes hit the port of Hodeidah on Friday, killing 20 people.",
     [("United States", "2025-05-23")]),
])
def test_a_claim_a_toll_and_airstrikes_name_the_attacker(
        text: str, expected: list[tuple[str, str]]) -> None:
    assert identity(text) == expected


def test_a_reply_told_without_a_time_is_the_news_days_second_attack() -> None:
    text = ("Israeli strikes on southern Lebanon killed 40 people on Friday, the health ministry "
            "said.\n\nIn retaliation, Hezbollah launched rockets at Haifa.")
    assert identity(text) == [("Israel", "2025-05-23"), ("Hezbollah", "2025-05-23")]


def test_an_undated_attack_takes_the_first_date_told_of_it() -> None:
    text = ("Hamas says it has launched rockets at Tel Aviv.\n\n"
            "The military said eight rockets were fired on Friday from Rafah.")
    (attack,) = attacks(text)
    assert (attack.attacker, str(attack.date), [(w.type, w.count) for w in attack.weapons]) == (
        "Hamas", "2025-05-23", [("rocket", 8)])


@pytest.mark.parametrize("later", [
    "Details of Thursday's raid were sparse, a local official said.",
    'Thursday\'s attack left "more than 200 wounded", the statement said.',
    "Officials, who confirmed early Thursday's attack, gave no other figure.",
    "The attack took place in the village on Thursday evening.",
])
def test_an_undated_attack_takes_the_day_of_a_sentence_naming_it(later: str) -> None:
    """The news told with its toll but no time, then dated by a sentence that names only the
    attack itself: its toll keeps the attack's day, not none."""
    text = ("About 60 people were killed in an attack on a village south of Khartoum, "
            "officials said.\n\n" + later)
    assert [(str(a.date), a.killed and a.killed.count) for a in attacks(text)] == [
        ("2025-05-22", 60)]


@pytest.mark.parametrize(("text", "expected"), [
    ("The committee said on Friday that two people were killed in a Ukrainian missile attack on "
     "the town of Rylsk.", [("Ukraine", "2025-05-23")]),
    ("A monitor said on Friday that the toll from an Israeli strike on Damascus this week had "
     "risen to 16.", [("Israel", None)]),
    ("Ukrainian missiles struck the town of Rylsk, killing two people.", [("Ukraine", None)]),
])
def test_the_report_dates_an_attack_the_article_dates_no_other_way(
        text: str, expected: list[tuple[str, str | None]]) -> None:
    """A report's day is not its attack's when the attack has a time of its own ("this
    week"): then the attack stays undated, as one the article dates nowhere."""
    assert identity(text) == expected


def test_a_strike_the_news_recalls_as_recent_is_not_a_second_attack() -> None:
    text = ("Iran launched 18 ballistic missiles at a base in Qatar on Friday, a response to "
            "recent US airstrikes on its nuclear sites.")
    assert identity(text) == [("Iran", "2025-05-23")]


def test_a_strike_launched_from_a_country_is_that_countrys_reply() -> None:
    text = ("US airstrikes hit the port of Hodeidah on Friday, killing 20 people.\n\n"
            "Hours later, the Israeli military said it had intercepted missiles launched from "
            "Yemen.")
    assert identity(text) == [("United States", "2025-05-23"), ("Yemen", "2025-05-23")]


def test_rockets_fired_at_a_city_name_it_the_target() -> None:
    (attack,) = attacks("Hamas fired eight rockets at Tel Aviv on Friday.")
    assert (attack.attacker, attack.targets, [(w.type, w.count) for w in attack.weapons]) == (
        "Hamas", ["Tel Aviv"], [("rocket", 8)])


def test_a_dateline_with_its_agency_does_not_date_the_attack() -> None:
    text = "May 24 (UPI) -- Ukraine attacked Moscow with 45 drones overnight."
    assert identity(text) == [("Ukraine", "2025-05-23")]


def test_a_sentence_telling_what_was_targeted_gives_its_weapons() -> None:
    text = ("Russian forces struck Kharkiv on Friday.\n\n"
            "Officials said 12 drones targeted the city's power plant.")
    (attack,) = attacks(text)
    assert [(w.type, w.count) for w in attack.weapons] == [("drone", 12)]


def test_regions_a_city_borders_are_not_hit() -> None:
    text = ("Ukrainian drones struck the Belgorod region on Friday.\n\n"
            "Belgorod, which borders the Sumy and Kharkiv regions, is often attacked.")
    (attack,) = attacks(text)
    assert attack.regions == ["Belgorod"]


def test_missiles_counted_by_type_are_not_counted_again_as_missiles() -> None:
    text = ("Iran launched 18 ballistic missiles at the base on Friday. The military said 18 "
            "missiles were launched.")
    (attack,) = attacks(text)
    assert [(w.type, w.count) for w in attack.weapons] == [("ballistic missile", 18)]


@pytest.mark.parametrize(("text", "weapons"), [
    ("A Russian ballistic missile struck a restaurant in Kryvyi Rih on Friday.",
     {"ballistic missile": 1}),
    ("Russia struck Kharkiv on Friday: a drone hit a school.", {"drone": 1}),
    ("Russia killed 12 people in a drone strike on Kharkiv on Friday.", {}),
    ("Russian forces attacked Kharkiv on Friday. Fragments of a downed drone fell on a school.",
     {}),
    ("Russian forces attacked Kharkiv on Friday with 40 drones; a drone hit a school.",
     {"drone": 40}),
    ("A Russian missile hit a school in Kharkiv on Friday. Other rockets hit homes in Sumy.", {}),
    ("A Russian missile struck Kharkiv on Friday, part of a barrage across the country.", {}),
])
def test_a_weapon_in_the_singular_counts_one_and_a_drone_strike_none(
        text: str, weapons: dict[str, int]) -> None:
    (attack,) = attacks(text)
    assert (attack.attacker, {w.type: w.count for w in attack.weapons}) == ("Russia", weapons)


_CARRIED = {
    "An Israeli drone fired two missiles at a car near Tyre on Friday, killing two people.":
        {"missile": 2},
    "Israel struck Tyre on Friday with a drone that launched three rockets at a flat.":
        {"rocket": 3},
    "Russian forces attacked Kherson on Friday: a drone dropped a grenade on a bus stop.": {},
    # left alone: a drone that carried its own charge, and one that struck
    "Russian forces attacked Kherson on Friday: a drone carrying explosives hit a bus stop.":
        {"drone": 1},
    "Israel struck Tyre on Friday: a drone hit a car on the coastal road.": {"drone": 1},
}


@pytest.mark.parametrize("text", list(_CARRIED))
def test_a_weapon_that_fired_others_is_not_counted(text: str) -> None:
    """The drone that fired the missiles carried them and came back: the munitions are the
    count, the carrier is none."""
    (attack,) = attacks(text)
    assert {w.type: w.count for w in attack.weapons} == _CARRIED[text]


@pytest.mark.parametrize(("text", "one"), [
    ("a ballistic missile struck", True), ("a drone hit the mosque", True),
    ("a drone strike", False), ("a missile attack", False),
])
def test_the_evidence_of_one_weapon_states_one(text: str, one: bool) -> None:
    assert states(text, 1) is one


def test_an_operation_a_side_carried_out_names_it_the_attacker() -> None:
    text = ("Israel carried out a hostage rescue operation in Nuseirat on Friday, in a heavy air "
            "and ground assault that killed 70 people.")
    assert identity(text) == [("Israel", "2025-05-23")]


def test_the_strike_an_anniversary_recalls_is_history() -> None:
    text = ("Explosions killed 84 people in Kerman on Friday, at a ceremony marking the "
            "anniversary of the general's death in a US drone strike.")
    assert identity(text) == [(None, "2025-05-23")]


@pytest.mark.parametrize("text", [
    "Ukraine on Saturday marked the third anniversary of the invasion. The May 24 assault, "
    "which killed 300 people in Bucha, still haunts the town.",
    "Two years on from the raid, families gathered in Sderot. The 24 May attack killed 40 "
    "people at the kibbutz.",
])
def test_the_attack_an_anniversary_recalls_by_its_date_is_history(text: str) -> None:
    """On its anniversary, the day and month a report names without a year are a year or
    more back: "the May 24 assault" is the one the day marks, not one of today."""
    assert identity(text) == []


@pytest.mark.parametrize("text", [
    "The US remains committed to defending Israel in the event of an Iranian attack on Haifa, "
    "an envoy said on Friday.",
    "Officials on Friday braced for a possible Russian strike on Kyiv.",
    "Analysts on Friday weighed a potential Israeli attack on Tehran.",
    "Kyiv was bracing on Friday for fresh Russian strikes on its power plants.",
    "Israel on Friday expected an Iranian missile attack on Tel Aviv within days.",
    "A Russian attack on Kyiv could kill hundreds, the mayor warned on Friday.",
    "An Iranian strike on Haifa would be met with force, Israel said on Friday.",
    "Ukraine on Friday accused Russia of planning strikes on Odesa over the holiday.",
])
def test_an_attack_told_as_possible_is_no_attack(text: str) -> None:
    """"In the event of an Iranian attack", "a possible strike", "a Russian attack on Kyiv
    could kill hundreds", "planning strikes": what might come, as a threat or a plan tells
    it (see `modality`)."""
    assert identity(text) == []


@pytest.mark.parametrize(("text", "expected"), [
    ("Aid agencies have called for an independent inquiry into the Israeli drone strike that "
     "killed 17 people at a school in Khan Younis on Friday.", [("Israel", "2025-05-23")]),
    ("Kyiv demanded an international inquiry into Friday's Russian drone attack on Kharkiv, "
     "which killed four.", [("Russia", "2025-05-23")]),
    ("Rights groups on Saturday called for a probe of the Israeli strike on Zorinsk on Friday.",
     [("Israel", "2025-05-23")]),
    ("Iran demanded an investigation into a possible Israeli strike on Isfahan on Friday.", []),
    ("Hamas called for strikes on Tel Aviv on Friday.", []),
])
def test_an_inquiry_demanded_into_an_attack_tells_the_attack(
        text: str, expected: list[tuple[str, str]]) -> None:
    """A demand for an inquiry into an attack presupposes the attack: what is demanded is the
    inquiry. A doubt told after the inquiry ("a possible strike") or a demand of the strike
    itself still tells none (see `modality`)."""
    assert identity(text) == expected


def test_an_attack_whose_toll_is_uncertain_is_still_an_attack() -> None:
    """"May have killed" doubts the toll, not the attack."""
    text = "A Russian strike on Kharkiv may have killed 20 people, officials said on Friday."
    assert identity(text) == [("Russia", "2025-05-23")]


@pytest.mark.parametrize("text", [
    "Hamas freed 12 hostages on Friday, the first release since the group seized them in its "
    "Oct. 7 raid on southern Israel.",
    "Russia returned 90 soldiers on Friday, the largest swap since its missile strike on "
    "Kharkiv in May.",
])
def test_the_history_a_superlative_measures_against_is_no_attack(text: str) -> None:
    """"The first release since X": the release is the news, X is the yardstick."""
    assert identity(text) == []


@pytest.mark.parametrize(("text", "expected"), [
    ("Ukraine attacked Moscow with 45 drones overnight, while Russia launched 40 drones at Kyiv, "
     "killing two people.",
     [("Ukraine", ["Moscow"], {"drone": 45}, None), ("Russia", ["Kyiv"], {"drone": 40}, 2)]),
    ("Dozens of rockets were launched from Lebanon into Tel Aviv overnight, and in response the "
     "IDF struck military sites in Beirut.",
     [("Lebanon", ["Tel Aviv"], {}, None), ("Israel", ["Beirut"], {}, None)]),
    ("Israel struck Beirut on Friday in response to rocket attacks by Hezbollah.",
     [("Israel", ["Beirut"], {}, None)]),
    ("Pakistan's army said 23 soldiers were killed overnight in attacks by Afghan forces, "
     "prompting heavy retaliatory strikes.",
     [("Afghanistan", [], {}, 23), ("Pakistan", [], {}, None)]),
])
def test_a_strike_and_the_reply_in_one_sentence_stay_two_attacks(
        text: str, expected: list[tuple[str, list[str], dict[str, int], int | None]]) -> None:
    assert [(a.attacker, a.targets, {w.type: w.count for w in a.weapons},
             a.killed and a.killed.count) for a in attacks(text)] == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Russian missiles killed 12 people in Kharkiv on Friday, officials said.",
     ("Russia", ["Kharkiv"], 12, None)),
    ("Two blasts near a shrine in Kerman on Friday killed 84 people and wounded 284.",
     (None, [], 84, 284)),
    ("Two explosions killed at least eighty people on Friday, the governor said.",
     (None, [], 80, None)),
    ("Israeli drones have wounded five people in Beirut on Friday.",
     ("Israel", ["Beirut"], None, 5)),
])
def test_weapons_that_killed_tell_a_strike_and_their_number_is_not_the_toll(
        text: str, expected: tuple[str | None, list[str], int | None, int | None]) -> None:
    """With the weapons as the subject there is no strike word, and the number before the
    verb counts the weapons ("Two explosions killed 84"), never the dead."""
    [attack] = attacks(text)
    killed = attack.killed.count if attack.killed else None
    injured = attack.injured.count if attack.injured else None
    assert (attack.attacker, attack.targets, killed, injured) == expected


@pytest.mark.parametrize(("text", "attacker", "targets", "regions"), [
    ("In Kabul, officials accused Pakistan of opening fire across several districts, including "
     "Varna Kala and Mirab, on Friday.", "Pakistan", [], ["Varna Kala", "Mirab"]),
    ("The M23 rebels have said that they carried out a strike on soldiers in the eastern city "
     "of Goma on Friday.", "M23", ["Goma"], ["Goma"]),
    ("Taliban authorities claimed on Friday that they killed 40 soldiers in raids overnight.",
     "Taliban", [], []),
    ("A drone exploded in central Zorinsk on Friday, killing a man, in an attack claimed by the "
     "Houthi militia.", "Houthis", [], []),
    ("Rockets hit Zorinsk on Friday, wounding two people. The attack was swiftly claimed by "
     "Hamas's armed wing.", "Hamas", [], []),
])
def test_an_accusation_or_a_claim_names_the_attacker(
        text: str, attacker: str, targets: list[str], regions: list[str]) -> None:
    [attack] = attacks(text)
    assert (attack.attacker, attack.targets, attack.regions) == (attacker, targets, regions)


def test_strikes_told_as_going_on_are_no_attack_and_their_toll_no_attack_s() -> None:
    """A roll-up of a side's daily claims ("continued shelling ...") names no one attack."""
    [attack] = attacks("Russian missiles struck Sumy on Friday, killing 12 people. Ukrainian "
                       "troops continued shelling border villages on Friday, killing 30 people, "
                       "Russian officials said.")
    assert (attack.attacker, attack.killed and attack.killed.count) == ("Russia", 12)


def test_unmanned_aircraft_are_drones() -> None:
    [attack] = attacks("Ukraine attacked Moscow with drones overnight. The ministry said on "
                       "Saturday it had downed 120 unmanned aircraft.")
    assert [(w.type, w.count) for w in attack.weapons] == [("drone", 120)]


def test_news_no_sentence_dates_takes_the_day_of_its_first_report() -> None:
    """The lead tells the strike without a time; the quote's attribution dates the report,
    and the report the news ("he wrote on Friday evening")."""
    text = ("Russian forces attacked the city of Sumy with ballistic missiles, killing 12 "
            "people, the mayor said.\n\n\"The missile hit a residential block,\" he wrote on "
            "Telegram on Friday evening.")
    assert identity(text) == [("Russia", "2025-05-23")]


def test_a_reaction_s_day_is_not_its_attack_s() -> None:
    """"X on Saturday responded to Y's strike": Saturday is when X responded."""
    assert identity("The president on Saturday responded to Russia's missile strike on "
                    "Kharkiv, calling it a war crime.") == [("Russia", None)]


def test_a_follow_up_strike_is_an_attack_of_its_own_with_its_own_toll() -> None:
    first, second = attacks("Russian missiles struck Sumy on Friday, killing 12 people.\n\n"
                            "Hours later, a follow-up drone attack killed two more people and "
                            "wounded five.")
    assert [(a.attacker, a.targets, a.date and a.date.isoformat(),
             a.killed and a.killed.count, a.injured and a.injured.count)
            for a in (first, second)] == [("Russia", ["Sumy"], "2025-05-23", 12, None),
                                          ("Russia", ["Sumy"], "2025-05-23", 2, 5)]


@pytest.mark.parametrize("opening", [
    "Meanwhile,", "Separately,", "In a separate raid,", "About an hour earlier,"])
def test_a_strike_told_as_an_aside_on_another_place_is_an_attack_of_its_own(
        opening: str) -> None:
    first, second = attacks("Russian missiles struck Sumy on Friday, killing 12 people.\n\n"
                            f"{opening} drones struck Kharkiv, killing three people.")
    assert [(a.attacker, a.targets, a.date and a.date.isoformat(),
             a.killed and a.killed.count) for a in (first, second)] == [
        ("Russia", ["Sumy"], "2025-05-23", 12), ("Russia", ["Kharkiv"], "2025-05-23", 3)]


@pytest.mark.parametrize(("text", "attacker", "target"), [
    ("Late on Friday, the Israeli military said it had intercepted a missile launched from "
     "Yemen.", "Yemen", "Israel"),
    ("Russia launched drones overnight, killing five, despite the Ukraine Air Force saying its "
     "air defenses had shot down 50 of them.", "Russia", "Ukraine"),
])
def test_the_side_that_downed_the_weapons_is_the_target(
        text: str, attacker: str, target: str) -> None:
    [attack] = attacks(text)
    assert (attack.attacker, attack.targets) == (attacker, [target])


@pytest.mark.parametrize(("text", "weapons"), [
    pytest.param("Iran launched drones at Israel overnight. An Israeli source said on Saturday "
                 "that the US and Britain intercepted more than 100 Iranian drones.", {},
                 id="an ally's interceptions are its share, not the launch"),
    pytest.param("Ukraine attacked Belgorod on Friday. Russian air defences shot down six Tochka "
                 "missiles and six rockets over the Belgorod region.",
                 {"missile": 6, "rocket": 6}, id="downed over the one place named"),
    pytest.param("Ukraine attacked Russia with drones overnight, with 11 shot down over the Moscow "
                 "region and 23 over the Bryansk region, the ministry said on Saturday.", {},
                 id="each place's share of a list"),
    pytest.param("Ukraine attacked Moscow with 30 drones on Friday. Russian air defences "
                 "destroyed another 40 drones over other regions, the ministry said.",
                 {"drone": 30}, id="another count adds to the one told before"),
    pytest.param("Ukraine attacked Moscow with 30 drones overnight, along with 45 other drones.",
                 {"drone": 30}, id="other weapons than those told are a share"),
    pytest.param("Russia launched another 100 drones at Ukraine overnight, the air force said.",
                 {"drone": 100}, id="another count told first is more than another night's"),
    pytest.param("Russia attacked Ukraine with missiles on Saturday. Air defences shot down 25 "
                 "missiles of 38 fired, the air force said.", {"missile": 38},
                 id="those downed out of those fired count those fired"),
    pytest.param("Hamas fired eight rockets at Tel Aviv on Friday. Another 320 rockets had been "
                 "fired from Gaza since January.", {"rocket": 8},
                 id="another count that adds to no count of the attack"),
    pytest.param("Air defences downed 40 drones out of 52 on Saturday.", {"drone": 52},
                 id="those downed out of all of them count all of them"),
])
def test_weapons_downed_count_the_attack_only_when_they_are_all_of_it(
        text: str, weapons: dict[str, int]) -> None:
    [attack] = attacks(text)
    assert {w.type: w.count for w in attack.weapons} == weapons


_SHARES_DOWNED = {
    "Russia attacked Ukraine overnight, the air force said on Saturday. Air defences destroyed "
    "70 of the 90 targets, including 60 Shahed drones and eight cruise missiles.": {},
    "Russia struck Ukraine overnight. The air force said it had shot down 40 out of 51 missiles "
    "and drones, among them 33 drones.": {},
    "The Houthis attacked Israel with drones on Friday. Four drones were shot down by US "
    "warships over the Red Sea.": {},
    "Iran fired missiles at Israel on Friday, officials said. About 30 missiles had been "
    "intercepted by the US and Britain before they reached Israel.": {},
    # left alone: a list of all the weapons, a share told after its whole, the target's own
    "Russia attacked Ukraine overnight with 90 weapons, including 60 Shahed drones and eight "
    "cruise missiles, the air force said on Saturday.": {"drone": 60, "cruise missile": 8},
    "Russia struck Ukraine overnight, the air force said on Saturday. Of the 51 weapons it "
    "fired, 45 were downed, including 30 drones.": {"drone": 30},
    "Russia attacked Ukraine with drones on Friday. Twelve drones were shot down by Ukraine over "
    "the Kyiv region.": {"drone": 12},
    "Russia attacked Kyiv with drones on Friday. Twelve drones were shot down by Ukrainian air "
    "defences over the city.": {"drone": 12},
    "Russia attacked Kyiv with drones on Friday. Air defences said Ukraine shot down 12 drones "
    "over the city.": {"drone": 12},
}


@pytest.mark.parametrize("text", list(_SHARES_DOWNED))
def test_a_share_of_the_weapons_downed_is_not_their_count(text: str) -> None:
    """Weapons listed as the parts of a share downed ("70 of the 90 targets, including 60
    drones") and those an ally downed, told in the passive ("shot down by US warships"), are
    shares: the attack gets no count from them."""
    [attack] = attacks(text)
    assert {w.type: w.count for w in attack.weapons} == _SHARES_DOWNED[text]


@pytest.mark.parametrize(("text", "target"), [
    ("On Friday, Russian strikes killed at least five civilians in Kherson, officials said.",
     "Kherson"),
    ("Sudanese army airstrikes have wounded dozens of people in Nyala, medics said on Friday.",
     "Nyala"),
])
def test_the_city_where_strikes_killed_is_their_target(text: str, target: str) -> None:
    [attack] = attacks(text)
    assert attack.targets == [target]


def test_a_bombing_in_a_city_told_in_an_update_of_the_next_day() -> None:
    """An attack nobody has claimed is named by its bombs and its place ("the bombings in
    Qom"), and the day officials gave the update is not the day of the bombings."""
    text = ("On Saturday afternoon, police gave an update on the two bombings that took place in "
            "Qom on Friday.\n\nThe death toll from the blasts has been revised down to 31.")
    assert [(a.targets, a.date and a.date.isoformat(), a.killed and a.killed.count)
            for a in attacks(text)] == [(["Qom"], "2025-05-23", 31)]


@pytest.mark.parametrize(("text", "expected"), [
    # a time told before a report verb dates the report, not the attack
    ("The minister on Friday revised to 40 the death toll from the Russian missile strike on "
     "Talbir on Thursday.", [("Russia", "2025-05-22")]),
    # a statement issued at a time dates the news it reports when nothing else does
    ("Jordan condemned the missile strikes on the Talbir air base.\n\nIn a statement issued "
     "late Thursday evening, the army said:\n\n\u201cThe air base and the country are "
     "safe.\u201d", [(None, "2025-05-22")]),
    # the attacker as a possessive
    ("Russia's missile attack on Kyiv on Friday killed 12 people.", [("Russia", "2025-05-23")]),
    # a reaction told with the attack's own time, after the reaction
    ("The UN condemned Russia's drone attack on Odesa on Friday that killed 3 people.",
     [("Russia", "2025-05-23")]),
])
def test_the_time_of_a_report_or_a_reaction_is_not_the_attacks(
        text: str, expected: list[tuple[str | None, str | None]]) -> None:
    assert identity(text) == expected


def test_a_night_attack_does_not_take_in_the_day_before_it() -> None:
    """An overnight attack spans its night's evening and the next morning; a strike told on
    the day before that evening is another attack, which the article recalls: its place and
    toll are not the night's. The morning told of the night ("on Saturday morning") is its
    day in the article's own words, which "overnight" alone leaves to the publication day."""
    found = attacks("Russian drones struck Kharkiv overnight, killing two people. On Thursday, "
                    "a missile hit the port of Odesa, killing one.")
    assert [(a.date and a.date.isoformat(), a.regions, a.killed and a.killed.count)
            for a in found] == [("2025-05-23", ["Kharkiv"], 2)]
    (attack,) = attacks("Russian drones struck Kharkiv overnight, killing two people. Debris "
                        "hit homes in Poltava on Saturday morning.")
    assert (attack.date and attack.date.isoformat(), attack.regions) == (
        "2025-05-24", ["Kharkiv", "Poltava"])


def test_a_roll_up_whose_period_follows_a_quotation_is_no_attack() -> None:
    """The quotation cuts the sentence, not the clause: "over the past 48 hours" after it
    still makes the strikes before it a running roll-up of claims."""
    text = ("Russian missiles struck Kharkiv on Friday.\n\n"
            'The ministry added that Ukraine carried out four attacks on "civilian sites" over '
            "the past 48 hours.")
    assert identity(text) == [("Russia", "2025-05-23")]


def test_the_strike_an_attack_answers_is_no_attack_of_the_news() -> None:
    """"Iran's retaliation for the US bombing": the bombing is the earlier attack this one
    answers, not a second attack of the article, dated or not."""
    assert identity("Iranian missiles struck the Zorinsk Air Base on Friday. The strike was "
                    "Iran's retaliation for the US bombing of its nuclear sites.") == [
        ("Iran", "2025-05-23")]


@pytest.mark.parametrize(("model", "count"), [("Kh-59/69", 1), ("Kh-101/Kh-555", 3)])
def test_a_model_written_with_its_variants_stays_part_of_the_weapon_counted(
        model: str, count: int) -> None:
    """Air forces name a missile with its variants ("Kh-59/69"): the slash is part of the
    name, so the count before it still counts the cruise missiles after it."""
    (attack,) = attacks(f"Russia launched 40 drones and {count} {model} cruise missiles at Ukraine "
                        "overnight, the air force said on Saturday.")
    assert [(w.type, w.count) for w in attack.weapons] == [("drone", 40), ("cruise missile", count)]


@pytest.mark.parametrize(("text", "weapons"), [
    ("Russia fired 12 Kalibr missiles at Odesa on Friday.", [("cruise missile", 12)]),
    ("A Russian Kalibr missile struck a school in Odesa on Friday.", [("cruise missile", 1)]),
    ("Ukraine fired six ATACMS missiles at Belgorod on Friday.", [("ballistic missile", 6)]),
    ("Russia fired two Iskander missiles at Sumy on Friday.", [("missile", 2)]),
])
def test_a_missile_model_of_one_kind_names_its_type(
        text: str, weapons: list[tuple[str, int]]) -> None:
    """The validator warns when "a Kalibr missile" is filed as a missile of unstated type;
    the rules file it as the cruise missile it is. "Iskander" comes in both kinds."""
    (attack,) = attacks(text)
    assert [(w.type, w.count) for w in attack.weapons] == weapons


@pytest.mark.parametrize(("text", "expected"), [
    ("Militants ambushed a military convoy near Kandahar on Friday, killing nine soldiers.",
     ("militants", ["Kandahar"], 9)),
    ("A car bomb exploded outside a police station in Mogadishu on Friday, killing seven people.",
     (None, ["Mogadishu"], 7)),
    ("Gunmen stormed a hotel in Mogadishu on Friday, killing 15 people.",
     ("gunmen", ["Mogadishu"], 15)),
    ("Israeli troops raided a refugee camp on Friday, killing five Palestinians.",
     ("Israel", [], 5)),
])
def test_attacks_at_close_range_are_attacks(
        text: str, expected: tuple[str | None, list[str], int]) -> None:
    """Shootings, bombings and raids are told with their own verbs (ambushed, exploded,
    stormed, raided), not with a strike's."""
    (attack,) = attacks(text)
    assert (attack.attacker, attack.regions, attack.killed and attack.killed.count) == expected


@pytest.mark.parametrize("wrapped", [
    "Russian drones struck Odesa and killed 12 people on\nSunday, the regional governor said.",
    "Russian drones struck Odesa on Sunday, killing 12 people and wounding more than\n40, the "
    "regional governor said.",
])
def test_a_line_the_page_wrapped_is_read_on_with_its_sentence(wrapped: str) -> None:
    """A saved page can break a line inside a sentence: the day or the count on the next
    line is still the sentence's, not a new paragraph's."""
    (attack,) = attacks(wrapped, dt.date(2025, 5, 27))
    assert (attack.date, attack.killed and attack.killed.count,
            attack.injured and attack.injured.count) == (
        dt.date(2025, 5, 25), 12, 40 if "40" in wrapped else None)


@pytest.mark.parametrize("dateline", ["Odesa, May 25 ", "ODESA, Ukraine, May 25 (AP) \u2014 ",
                                      "May 25 (UPI) -- ", "ODESA, May 25. /TASS/. ",
                                      "(MENAFN- Zorin News Agency (ZNA)) ODESA, May 25 (ZNA) - ",
                                      "Odesa, 25 May 2025: ", "Odesa /Ukraine, 25th May 2025: ",
                                      "ODESA, 25 May - "])
def test_a_dateline_is_no_part_of_the_first_sentence(dateline: str) -> None:
    """The day heading a report is when it was filed (text.DATELINE), with or without a
    dash or the wire agency: it neither dates the strike nor joins its evidence."""
    (attack,) = attacks(f"{dateline}Russian drones struck the port, killing three people.",
                        dt.date(2025, 5, 28))
    assert (attack.date, attack.evidence and attack.evidence.text) == (
        None, "Russian drones struck the port, killing three people.")


def test_a_day_told_first_in_the_sentence_is_no_dateline() -> None:
    """A sentence that opens with the strike's own day, day first, keeps it."""
    (attack,) = attacks("On 25 May, Russian drones struck the port, killing three people.",
                        dt.date(2025, 5, 28))
    assert attack.date == dt.date(2025, 5, 25)


@pytest.mark.parametrize(("text", "attacker"), [
    ("The Houthis, who control Sanaa, fired two missiles at Israel on Friday.", "Houthis"),
    ("Russia, which has denied targeting civilians, launched 40 drones at Ukraine on Friday.",
     "Russia"),
    ("Hezbollah, the Iran-backed group, fired 30 rockets into northern Israel on Friday.",
     "Hezbollah"),
])
def test_the_attacker_is_read_past_a_clause_that_describes_it(text: str, attacker: str) -> None:
    assert [a.attacker for a in attacks(text)] == [attacker]


@pytest.mark.parametrize(("text", "expected"), [
    ("A Russian missile struck a market in Kharkiv on Friday evening, killing six people, "
     "hours after Ukrainian drones hit an oil depot in Belgorod.",
     [("Russia", ["Kharkiv"], 6), ("Ukraine", ["Belgorod"], None)]),
    ("Russian drones hit Odesa on Friday night, just hours after Ukrainian drones struck Moscow.",
     [("Russia", ["Odesa"], None), ("Ukraine", ["Moscow"], None)]),
])
def test_a_strike_told_hours_before_the_news_is_an_attack_of_its_own(
        text: str, expected: list[tuple[str, list[str], int | None]]) -> None:
    """"Hours after" tells another attack of the same day, not history before the news:
    the side and place struck after it are that attack's, and the toll before it the news's."""
    assert [(a.attacker, a.targets, a.killed and a.killed.count)
            for a in attacks(text)] == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Militants blew up a police checkpoint in Quetta on Friday, killing four officers.",
     [("militants", ["Quetta"], 4)]),
    ("The Taliban blew up a police station in Quetta on Friday, killing four officers.",
     [("Taliban", ["Quetta"], 4)]),
    ("Hamas detonated explosives in a tunnel in Rafah on Friday, killing two soldiers.",
     [("Hamas", ["Rafah"], 2)]),
])
def test_a_bombing_told_as_blowing_up_is_an_attack(
        text: str, expected: list[tuple[str | None, list[str], int | None]]) -> None:
    """A bombing is often told by its verb alone: "blew up", "detonated"."""
    assert [(a.attacker, a.targets, a.killed and a.killed.count)
            for a in attacks(text)] == expected


def test_a_quotation_naming_the_attacker_names_the_attack_told_before_it() -> None:
    """Where only a quoted official names who struck, the quotation gives the attacker of
    the attack the article tells; it tells no attack of its own."""
    text = ("Two drones struck a fuel depot in Belgorod overnight, the governor said. He called "
            "it \"a brazen attack by the Ukrainian armed forces\".")
    assert [(a.attacker, a.targets) for a in attacks(text)] == [("Ukraine", ["Belgorod"])]


@pytest.mark.parametrize("history", [
    "Russia has launched more than 1,000 drones at Ukraine this month.",
    "So far this month, Moscow has fired 1,000 drones at Ukrainian cities.",
    "It was the largest attack since July, when Russia fired 1,000 drones in one night.",
    "Officials called it the heaviest barrage since June, when 1,000 drones hit the country.",
])
def test_a_periods_tally_or_the_record_it_is_measured_against_is_no_weapon_count(
        history: str) -> None:
    """The news gives this night's drones; a month's tally, or the night a superlative
    measures it against, gives other drones."""
    [attack] = attacks(f"Russia launched 120 drones at Kyiv overnight, the air force said. "
                       f"{history}")
    assert [(w.type, w.count) for w in attack.weapons] == [("drone", 120)]


def test_a_month_named_for_the_news_itself_still_gives_its_count() -> None:
    """'this month' marks a tally, not a strike told with its own day."""
    [attack] = attacks("Russia launched 120 drones at Kyiv overnight, its third mass attack "
                       "this month, the air force said.")
    assert [(w.type, w.count) for w in attack.weapons] == [("drone", 120)]
