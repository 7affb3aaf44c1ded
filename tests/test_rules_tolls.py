"""Casualty tolls in the rules backend, on sentences written for these tests.

Each test shows one way real reports state (or do not state) an attack's toll:
no casualties, a count told in other words, a count the article itself says was
superseded, a war-long toll.
"""

from __future__ import annotations

import datetime as dt

import pytest

from summarizer import BackendConfig, summarize
from summarizer.backends.rules import RulesBackend
from summarizer.facts import iter_facts
from summarizer.models import Article, FindingCode, FindingKind
from summarizer.text.time import resolve_extraction

PUBLISHED = dt.date(2025, 5, 24)
STRIKE = "Russian missiles struck Kharkiv on Friday. "
"""An attack sentence (attacker, target, date) for the toll sentences to join."""


def tolls(text: str) -> dict[str, object]:
    """The attack facts about casualties, keyed by their path."""
    article = Article(id="t", source="t", published=PUBLISHED, text=text)
    extraction = resolve_extraction(RulesBackend().read(article), PUBLISHED)
    return {f.path: f.value for f in iter_facts(extraction)
            if f.path.startswith("attacks[") and ("killed" in f.path or "injured" in f.path)}


@pytest.mark.parametrize(("sentence", "expected"), [
    ("The mayor said there were no casualties.", {"killed": 0, "injured": 0}),
    ("Emergency services said they had received no reports of casualties.",
     {"killed": 0, "injured": 0}),
    ("One missile hit a school, causing no injuries.", {"injured": 0}),
    ("The ministry said no one was killed or wounded.", {"killed": 0, "injured": 0}),
    ("There have been no Ukrainians killed, the governor said.", {"killed": 0}),
    ("The strike resulted in no deaths or injuries.", {"killed": 0, "injured": 0}),
    ("The governor reported no damage or casualties.", {"killed": 0, "injured": 0}),
    ("The police said the rockets caused no damage or injuries.", {"injured": 0}),
    ("There were no serious injuries.", {"injured_reported": True}),
    ("No other casualties were reported.", {}),
])
def test_no_casualties_is_a_toll_of_zero(sentence: str, expected: dict[str, object]) -> None:
    assert tolls(STRIKE + sentence) == {f"attacks[2025-05-23].{k}": v for k, v in expected.items()}


def test_a_count_replaces_an_earlier_no_casualties() -> None:
    text = (STRIKE + "Medics said they had no reports of casualties.\n\n"
            "Two people later suffered light injuries, police said.")
    assert tolls(text) == {"attacks[2025-05-23].killed": 0, "attacks[2025-05-23].injured": 2}


@pytest.mark.parametrize(("later", "expected"), [
    ("The militants said that many of the captives had been killed in Israeli airstrikes.", {}),
    ("Residents say dozens have died in Russian bombardments, the charity reported.", {}),
    ("Several people were killed in Israeli airstrikes on the camp overnight, medics said.",
     {"killed_reported": True}),
    ("Medics said several people were wounded in the strikes.", {"injured_reported": True}),
])
def test_casualties_of_strikes_in_general_are_no_attacks(
        later: str, expected: dict[str, object]) -> None:
    """Deaths told of strikes in the plural, with nothing that points to some ("killed in
    Israeli airstrikes") and no time, are the war's: without a number, such a mention cannot
    be told from the attack's and says nothing of it. Dated ("overnight") or pointed to
    ("the strikes"), they are the attack's casualties."""
    text = "Israeli jets struck the Nuseirat camp on Friday.\n\n" + later
    assert tolls(text) == {f"attacks[2025-05-23].{k}": v for k, v in expected.items()}


@pytest.mark.parametrize("sentence", [
    "Several worshippers with gunshot wounds were taken to hospital.",
    "Several people were receiving medical attention in the town's clinic.",
])
def test_wounds_and_treatment_without_a_number_say_there_were_injured(sentence: str) -> None:
    text = "Gunmen stormed a church in Okene on Friday, killing 12 people.\n\n" + sentence
    assert tolls(text) == {"attacks[2025-05-23].killed": 12,
                           "attacks[2025-05-23].injured_reported": True}


def test_no_casualties_in_one_of_the_places_hit_is_no_toll_of_the_attack() -> None:
    """The zero of one building, where the attack hit several, is no zero of the attack."""
    text = (STRIKE + "At least 23 people were injured across the city. There were no "
            "casualties in one of the most heavily damaged buildings, which was empty.")
    assert tolls(text) == {"attacks[2025-05-23].injured": 23,
                           "attacks[2025-05-23].injured.qualifier": "at least"}


@pytest.mark.parametrize(("sentence", "expected"), [
    ("As of noon, the number of dead rose to 14, and injured to 61.",
     {"killed": 14, "injured": 61}),
    ("So far, 17 people have been reported dead and 61 injured.", {"killed": 17, "injured": 61}),
    ("At least 27 people were reported as injured.",
     {"injured": 27, "injured.qualifier": "at least"}),
    ("At least 18 civilians, including four children, were killed.",
     {"killed": 18, "killed.qualifier": "at least"}),
    ("As many as eight people, including a teenager, were injured.",
     {"injured": 8, "injured.qualifier": "up to"}),
    ("Officials said 23 of its soldiers were killed.", {"killed": 23}),
    ("The strikes killed at least 35 children and injured 200 people.",
     {"killed": 35, "killed.qualifier": "at least", "injured": 200}),
    ("Six people including a child were killed.", {"killed": 6}),
    ("Five adults, but no minors, lost their lives.", {"killed": 5}),
    ("The ministry said 253 people were also wounded.", {"injured": 253}),
    ("Officials reported 103 deaths and 140 injuries.", {"killed": 103, "injured": 140}),
    ("Twelve people are known to have died.", {"killed": 12}),
    # 'are reported to be dead' is 'are reported dead'; a hedge gives no count
    ("As of 8 a.m., four people are reported to be dead and 12 more injured.",
     {"killed": 4, "injured": 12}),
    ("Seven people were confirmed to be dead, the governor said.", {"killed": 7}),
    ("At least three people are known to be injured, officials said.",
     {"injured": 3, "injured.qualifier": "at least"}),
    ("Four people are feared to be dead, the governor said.", {}),
    # an exact count after the reporter's own bound it fits (up to twice it) is the toll
    ("Russian missiles hit Kharkiv on Friday, killing more than 20 people. The governor said "
     "24 people were killed in the strike.", {"killed": 24}),
    ("The strike wounded over 50 people. Regional officials said 57 people were wounded.",
     {"injured": 57}),
    ("At least 30 people were hurt. According to the emergency service, 41 people were "
     "injured.", {"injured": 41}),
    ("The strike killed at least 20 people. A monitoring group said 45 people were killed.",
     {"killed": 20, "killed.qualifier": "at least"}),  # many times it: something wider
    ("The strike killed about 20 people. The governor said 24 people were killed.",
     {"killed": 20, "killed.qualifier": "about"}),  # no bound: maybe another authority's
    ("The strike killed 20 people. The governor said 24 people were killed.", {"killed": 20}),
    ("The strike killed at least 20 people, the governor said. Medics said 24 people died.",
     {"killed": 20, "killed.qualifier": "at least"}),  # one authority's bound keeps its place
    ("Six residents lost their lives.", {"killed": 6}),
    ("The number of injured climbed to 99 people.", {"injured": 99}),
    ("The governor put the number of the injured at 284.", {"injured": 284}),
    ("The strike claimed seven lives.", {"killed": 7}),
    ("The blast resulted in the deaths of at least 25 people and injured more than 50.",
     {"killed": 25, "killed.qualifier": "at least", "injured": 50,
      "injured.qualifier": "more than"}),
    ("The raid led to the death of over 30 villagers.",
     {"killed": 30, "killed.qualifier": "more than"}),
    ("The governor confirmed the killing of 48 residents.", {"killed": 48}),
    ("The strike claimed at least 32 civilian lives.",
     {"killed": 32, "killed.qualifier": "at least"}),
    ("The blast took at least 12 lives and wounded 40.",
     {"killed": 12, "killed.qualifier": "at least", "injured": 40}),
    ("Three of the dead were children, and 12 people were wounded.", {"injured": 12}),
    ("A woman was killed and two men were injured.", {"killed": 1, "injured": 2}),
    ("Officials said a teenage boy was wounded.", {"injured": 1}),
    ("An elderly man was reported killed near the village.", {"killed": 1}),
    ("A woman was also reported hurt by falling glass.", {"injured": 1}),
    ("Two people were killed and another wounded, police said.", {"killed": 2, "injured": 1}),
    ("Four soldiers were wounded and another was killed.", {"killed": 1, "injured": 4}),
    ("A farmer was killed in his field, officials said.", {"killed": 1}),
    ("A shopkeeper was injured when the roof fell.", {"injured": 1}),
    ("A stored copy split a word: a t least 27 people were injured.",
     {"injured": 27, "injured.qualifier": "at least"}),
])
def test_a_toll_told_in_other_words(sentence: str, expected: dict[str, object]) -> None:
    assert tolls(STRIKE + sentence) == {f"attacks[2025-05-23].{k}": v for k, v in expected.items()}


def test_a_sentence_tells_its_own_toll_before_the_replys() -> None:
    text = ("Pakistan's army said 23 of its soldiers were killed on Friday in attacks by Afghan "
            "forces, prompting strikes that it said killed more than 200 militants.")
    assert tolls(text) == {"attacks[2025-05-23].killed": 23}


@pytest.mark.parametrize("sentence", [
    "On Saturday, 15 seriously wounded soldiers returned home from captivity.",
    "Among the 90 prisoners of war freed on Saturday were 12 wounded servicemen.",
    "The bodies of four killed hostages were handed back on Saturday.",
])
def test_wounded_or_dead_returnees_are_no_attacks_casualties(sentence: str) -> None:
    assert tolls(STRIKE + sentence) == {}


@pytest.mark.parametrize(("sentence", "expected"), [
    ("Not less than 14 people were killed, the governor said.",
     {"killed": 14, "killed.qualifier": "at least"}),
    ("The strike killed no less than nine civilians.",
     {"killed": 9, "killed.qualifier": "at least"}),
    ("No more than five people were injured, police said.",
     {"injured": 5, "injured.qualifier": "up to"}),
    ("Close to 40 people were wounded.", {"injured": 40, "injured.qualifier": "nearly"}),
    ("Upwards of 60 people were wounded.", {"injured": 60, "injured.qualifier": "more than"}),
])
def test_a_negated_or_spelled_out_bound_keeps_its_direction(
        sentence: str, expected: dict[str, object]) -> None:
    """Translated copy writes "not less than 14" for at least 14: the negation turns the
    bound round, so it is never "fewer than"."""
    assert tolls(STRIKE + sentence) == {f"attacks[2025-05-23].{k}": v for k, v in expected.items()}


def test_the_day_of_an_update_does_not_date_the_toll() -> None:
    text = ("Russian missiles struck Kharkiv on Friday.\n\n"
            "In the latest update on Sunday, the governor said 12 people were killed.")
    article = Article(id="t", source="t", published=dt.date(2025, 5, 25), text=text)
    extraction = resolve_extraction(RulesBackend().read(article), dt.date(2025, 5, 25))
    assert [(str(a.date), a.killed and a.killed.count) for a in extraction.attacks] == [
        ("2025-05-23", 12)]


def test_a_revised_toll_replaces_the_figures_it_corrects() -> None:
    text = ("Russian missiles struck Kharkiv on Friday, killing 103 people, officials said at "
            "first.\n\nThe governor revised from 95 to 84 the death toll, after the health "
            "minister had revised it from 103 to 95 during the night.")
    assert tolls(text) == {"attacks[2025-05-23].killed": 84}


def test_an_earlier_report_is_not_the_toll() -> None:
    text = (STRIKE + "The ministry later confirmed 84 dead and 284 injured.\n\n"
            "Initial reports on Friday had indicated 103 fatalities and 140 injuries.")
    assert tolls(text) == {"attacks[2025-05-23].killed": 84, "attacks[2025-05-23].injured": 284}


def test_a_toll_up_from_a_figure_supersedes_it_even_where_it_is_larger() -> None:
    text = (STRIKE + "Officials said 40 people were killed on Friday.\n\n"
            "An earlier report by the health ministry cited 45 deaths.\n\n"
            "The toll now stands at 40 dead, down from 45.")
    assert tolls(text) == {"attacks[2025-05-23].killed": 40}


def test_a_war_long_toll_is_not_this_attacks() -> None:
    text = ("Ukrainian drones struck Moscow on Friday, injuring three people.\n\n"
            "Putin, leading a war effort that has killed thousands of civilians, called it "
            "terrorism.")
    assert tolls(text) == {"attacks[2025-05-23].injured": 3}


@pytest.mark.parametrize("sentence", [
    "The onslaught, which according to the territory's health ministry has killed at least "
    "38,000 people, has displaced most of its residents.",
    "The war, which has killed more than 9,000 people, shows no sign of ending.",
    "The insurgency that has killed 4,100 people since spring goes on.",
    "The health ministry says 38,000 people have been killed in the territory over the past year.",
    "Since then, the war has killed at least 2,100 people in the country, according to a tally.",
    "The war has killed at least 300 children and injured nearly 900, officials say.",
    "Three years of fighting between the army and the rebels have killed more than 50,000 "
    "people, a monitor says.",
    "A decade of conflict over the province has claimed 12,000 lives.",
    "Health authorities say more than 30,000 people have been killed in Israel's offensive.",
    "The health ministry said its death toll since October 2023 had reached 41,200 and the "
    "number of wounded climbed to 95,300.",
    "As of Friday, the ongoing exchanges have claimed the lives of 1,200 people, including 90 "
    "children, with 5,400 others injured, the ministry said.",
])
def test_a_war_long_toll_told_in_an_aside_is_not_this_attacks(sentence: str) -> None:
    """The war's running total, in a relative clause with its source inside it, over a
    year, or with the war as what killed: the news is the strike's toll."""
    text = ("An air strike hit a school in Khan Younis on Friday, killing at least 11 people, "
            "rescuers said.\n\n" + sentence)
    assert tolls(text) == {"attacks[2025-05-23].killed": 11,
                           "attacks[2025-05-23].killed.qualifier": "at least"}


@pytest.mark.parametrize(("sentence", "expected"), [
    ("Other estimates put the death toll at about 90,000.", {}),
    ("Other estimates put the death toll at about 90,000, and warn that 10 may lie under rubble.",
     {}),
    ("Rescuers said 12 people were wounded in the strike.", {"attacks[2025-05-23].injured": 12}),
])
def test_a_toll_that_goes_on_from_the_wars_is_not_this_attacks(
    sentence: str, expected: dict[str, object]
) -> None:
    """A sentence naming no strike and no time of its own, right after the war's toll in
    its paragraph, goes on with the war's; one that names its strike is the news again. A
    month's name is a time only capitalised: "10 may lie" names no day."""
    text = ("An air strike hit a school in Khan Younis on Friday, killing at least 11 people, "
            "rescuers said.\n\nThe war has killed more than 20,000 people since 2023, the UN "
            "says. " + sentence)
    assert tolls(text) == {"attacks[2025-05-23].killed": 11,
                           "attacks[2025-05-23].killed.qualifier": "at least", **expected}


@pytest.mark.parametrize("sentence", [
    "During the 2014 war, a strike on a shelter in the town killed nearly five dozen people.",
    "Tensions have soared since gunmen killed 60 people, mostly pilgrims, in the north in April.",
    "Last weekend suicide blasts killed at least 81 at a church in the city.",
    "A bombing there last weekend killed 60 people.",
    "In mid-July, a bomb went off near another market in the city but caused no casualties.",
    "In early March, a raid on the same city killed 60 people.",
])
def test_an_attack_of_an_earlier_time_lends_the_news_no_toll(
        sentence: str) -> None:
    text = ("A car bomb struck a market in Peshawar on Friday, killing 42 people, officials "
            "said. Several others were injured.\n\n" + sentence)
    assert tolls(text) == {"attacks[2025-05-23].killed": 42,
                           "attacks[2025-05-23].injured_reported": True}


@pytest.mark.parametrize(("sentence", "expected"), [
    ("A lawmaker said the death toll was at least 50.",
     {"killed": 50, "killed.qualifier": "at least"}),
    ("The death toll is now 31, the governor said.", {"killed": 31}),
    ("The death toll, which was not confirmed by police, rose to 14.", {"killed": 14}),
])
def test_a_death_toll_that_was_a_figure_is_the_toll(sentence: str,
                                                    expected: dict[str, object]) -> None:
    assert tolls(STRIKE + sentence) == {f"attacks[2025-05-23].{k}": v for k, v in expected.items()}


@pytest.mark.parametrize(("first", "later", "earlier"), [
    ("Russian missiles struck Kharkiv on Friday, injuring 12 people, officials said.",
     "Russian missiles struck Kharkiv on Friday. The number of injured reached 61.", 12),
    ("Russian missiles struck Kharkiv on Friday. As of 9 am, 12 people were injured.",
     "Russian missiles struck Kharkiv on Friday, injuring 61 people, officials said.", 12),
    ("Russian missiles struck Kharkiv on Friday. Medics had no reports of casualties.",
     "Russian missiles struck Kharkiv on Friday, injuring 61 people, officials said.", 0),
])
def test_a_running_count_is_an_update_between_reports_of_one_day(
        first: str, later: str, earlier: int) -> None:
    """Two reports of the same day, without times: a count that "reached" a figure, one
    given "as of" an hour, or no reports of casualties yet, is a running count, so the
    other report's different figure is a later stage of it, not a disagreement."""
    articles = [Article(id=name, source=name, published=PUBLISHED, text=text)
                for name, text in (("early", first), ("late", later))]
    summary = summarize(articles, config=BackendConfig(backend="rules"))
    injured = next(f for f in summary.facts if f.path == "attacks[2025-05-23].injured")
    assert (injured.status, [s.value for s in injured.sources]) == ("updated", [earlier, 61])
    assert [f.code for f in summary.findings if f.kind is FindingKind.cross_source] == [
        FindingCode.updated]


def test_the_day_a_toll_was_revised_does_not_date_the_attack() -> None:
    """An official who 'on Sunday revised' or 'on Sunday said' a toll dates the report: the
    strike is the one the article dates, and a toll with no attack of its day stays out."""
    text = ("Russian missiles struck Kharkiv on Friday.\n\n"
            "The governor on Sunday revised the death toll to 12.\n\n"
            "Regional officials on Sunday said that 30 people had been injured.")
    article = Article(id="t", source="t", published=dt.date(2025, 5, 25), text=text)
    extraction = resolve_extraction(RulesBackend().read(article), dt.date(2025, 5, 25))
    assert [(str(a.date), a.killed and a.killed.count, a.injured and a.injured.count)
            for a in extraction.attacks] == [("2025-05-23", 12, 30)]


def test_a_toll_of_the_day_before_the_news_is_that_days_attack() -> None:
    """The news is Monday's shelling; a clause recalls Sunday's assault, and the paragraphs
    after it give that assault's toll, by its figure or by its name: none of it is
    Monday's."""
    text = ("Russian troops shelled Kherson on Monday, a day after killing 31 people in an "
            "assault on a nearby village.\n\n"
            "In an update on Monday, the governor said 31 people were killed and 52 were "
            "injured when the troops stormed the village on Sunday morning.\n\n"
            "Officials said another 14 residents were injured in the assault.")
    published = dt.date(2025, 5, 26)
    article = Article(id="t", source="t", published=published, text=text)
    extraction = resolve_extraction(RulesBackend().read(article), published)
    assert [(str(a.date), a.killed and a.killed.count, a.injured and a.injured.count)
            for a in extraction.attacks] == [("2025-05-26", None, None), ("2025-05-25", 31, 52)]


@pytest.mark.parametrize("sentence", [
    "One Russian soldier was killed during the operation, officials said.",
    "Russia's military said an assault team officer was killed in the fighting.",
])
def test_the_attackers_own_losses_are_not_its_attacks_toll(sentence: str) -> None:
    assert tolls("Russian troops attacked the village of Kozache on Friday.\n\n" + sentence) == {}


def test_a_reply_told_as_an_attack_of_its_own_keeps_its_toll() -> None:
    """The second part of the sentence is the reporting side's reply, an attack of its own:
    its toll is the reply's, not lost, nor taken for the first attack's."""
    text = ("Israel's army said four of its soldiers were killed on Friday in an attack by "
            "Hezbollah, prompting retaliatory strikes that it said killed more than 30 fighters.")
    article = Article(id="t", source="t", published=PUBLISHED, text=text)
    extraction = resolve_extraction(RulesBackend().read(article), PUBLISHED)
    assert [(a.attacker, a.killed and (a.killed.count, a.killed.qualifier))
            for a in extraction.attacks] == [("Hezbollah", (4, None)),
                                              ("Israel", (30, "more than"))]


def test_a_headline_figure_restated_with_at_least_keeps_the_qualifier() -> None:
    """A headline gives the bare figure, the body the same figure qualified: the qualifier
    is the article's, whichever sentence comes first."""
    text = ("Blast at bus station kills 9, 30 hurt\n\n"
            "At least nine people were killed and 30 others were injured when a bomb went off "
            "at a bus station in Quetta on Friday, police said.")
    assert tolls(text) == {"attacks[2025-05-23].killed": 9,
                           "attacks[2025-05-23].killed.qualifier": "at least",
                           "attacks[2025-05-23].injured": 30}


def test_the_day_a_toll_rose_to_a_figure_is_not_the_day_of_the_attack() -> None:
    """'Rose to 23 on Saturday' dates the count; the bombing was on the day the next
    sentence gives."""
    text = ("The death toll from a bomb attack on a market in Peshawar rose to at least 23 on "
            "Saturday, hospital officials said.\n\n"
            "The bomb hit the crowded market in Peshawar on Friday evening.")
    assert tolls(text) == {"attacks[2025-05-23].killed": 23,
                           "attacks[2025-05-23].killed.qualifier": "at least"}


@pytest.mark.parametrize("sentence", [
    "The toll from this week's wave of strikes has risen to 240 dead.",
    "The province has seen 40 people killed in a series of air raids this month.",
    "The authorities listed over 900 violations of the truce, including at least 60 deaths.",
])
def test_a_tally_over_many_strikes_is_not_the_attacks_toll(sentence: str) -> None:
    """A count over a wave of strikes or a truce's breaches is larger than the attack's own and
    would outrank it."""
    text = "Russian missiles struck Kharkiv on Friday, killing three people. " + sentence
    assert tolls(text) == {"attacks[2025-05-23].killed": 3}


@pytest.mark.parametrize(("told", "expected"), [
    ("Seven people were killed in the Shevchenko district and three in the Darnytsia "
     "district, the mayor said.", {}),
    ("The barrage killed five people at the railway station and two at the market.", {}),
    ("Four people died in Kharkiv and 11 in Dnipro, regional officials said.", {}),
    ("The barrage killed 12 people in the city centre and injured 30 in the suburbs.",
     {"killed": 12, "injured": 30}),
])
def test_a_count_that_opens_a_list_of_places_counts_is_no_toll(
        told: str, expected: dict[str, object]) -> None:
    """"Seven were killed in one district and three in another": each count is a place's, the
    article states no sum, so the attack shows none. A killed and an injured count each told
    with its place are the attack's own."""
    text = "Russian missiles struck cities across Ukraine on Friday.\n\n" + told
    assert tolls(text) == {f"attacks[2025-05-23].{k}": v for k, v in expected.items()}


@pytest.mark.parametrize(("told", "expected"), [
    ("Two people were killed at the city's children's hospital, the mayor said. Across "
     "Ukraine, at least 29 people were killed, officials said.",
     {"killed": 29, "killed.qualifier": "at least"}),
    ("In Kharkiv, seven people were killed. Nationwide, the barrage killed 31 people and "
     "injured 150.", {"killed": 31, "injured": 150}),
    ("Seven people died in Kharkiv and four in Dnipro. In total, 23 people were killed across "
     "the country, the interior minister said.", {"killed": 23}),
    ("Six people were killed, the governor said. The mayor said eight people had died.",
     {"killed": 6}),
])
def test_the_whole_toll_told_after_a_part_is_the_toll(
        told: str, expected: dict[str, object]) -> None:
    """Reports often tell a site's or a city's dead first and the whole attack's after it
    ("across Ukraine", "nationwide", "in total"): the whole supersedes the part, as an update
    does. Another authority's larger count, told as no whole, leaves the first standing."""
    text = "Russian missiles struck cities across Ukraine on Friday.\n\n" + told
    assert tolls(text) == {f"attacks[2025-05-23].{k}": v for k, v in expected.items()}


@pytest.mark.parametrize(("later", "expected"), [
    ("Russia's defence ministry said its forces had killed up to 900 Ukrainian troops over "
     "the past day.", {}),
    ("In the past day, Russian shelling killed four civilians in the region, officials said.",
     {}),
    ("Russian attacks wounded 45 people in the region over the past week, the governor wrote "
     "on Telegram.", {}),
    ("Two people were killed. In the past hour, rescuers found another body, raising the "
     "toll to three.", {"killed": 3}),
])
def test_a_count_over_the_past_days_is_a_tally_not_the_attacks_toll(
        later: str, expected: dict[str, object]) -> None:
    """A count over a stretch of days (a ministry's daily losses "over the past day", a
    governor's count of the region's shelling "in the past day" or "week") counts many
    strikes, and the front line's dead: it is no one attack's toll. An hour of the rescue
    ("in the past hour") stretches over no days."""
    text = "Russian missiles struck Kharkiv on Friday.\n\n" + later
    assert tolls(text) == {f"attacks[2025-05-23].{k}": v for k, v in expected.items()}


@pytest.mark.parametrize(("sentence", "expected"), [
    ("At least 20 people were killed in a wave of Russian missile strikes across Ukraine on "
     "Friday, officials said.", {"killed": 20, "killed.qualifier": "at least"}),
    ("Eleven civilians died in a series of drone strikes on Kharkiv overnight into Friday.",
     {"killed": 11}),
    ("Kharkiv's mayor said 30 people were wounded in a string of explosions on Friday.",
     {"injured": 30}),
    ("Some 60 people have been killed in a wave of Russian strikes since Tuesday.", {}),
    ("At least 90 people were killed in a series of attacks on the region in recent days.", {}),
])
def test_the_dead_of_one_nights_wave_of_strikes_are_its_toll(
        sentence: str, expected: dict[str, object]) -> None:
    """A wave of strikes the sentence dates to one time, stretched over no days, is one
    night's barrage: its dead are the attack's. Over days ("since Tuesday", "in recent
    days"), the count is a tally of many attacks and no attack's toll."""
    assert tolls(sentence) == {f"attacks[2025-05-23].{k}": v for k, v in expected.items()}


@pytest.mark.parametrize(("sentence", "expected"), [
    ("Three policemen were martyred when the checkpoint came under fire on Friday.",
     {"killed": 3}),
    ("The health ministry counted 14 martyrs and 30 wounded in the shelling of the camp on "
     "Friday.", {"killed": 14, "injured": 30}),
    ("One soldier was martyred in the assault on the border post on Friday.", {"killed": 1}),
])
def test_the_martyred_are_the_dead(sentence: str, expected: dict[str, object]) -> None:
    """Reports that honour the dead count them as martyrs: they are the attack's killed."""
    text = "Gunmen attacked a checkpoint in Quetta on Friday. " + sentence
    assert tolls(text) == {f"attacks[2025-05-23].{k}": v for k, v in expected.items()}


def test_armed_men_killed_beating_off_a_raid_are_not_its_toll() -> None:
    """When gunmen, militants or a group attack, the armed men killed are the attackers: the
    toll counts those they struck. A state's strikes on militants kill them as victims."""
    assert tolls("Gunmen stormed a police post in Lakki on Friday. Two policemen were killed. "
                 "Nine militants were killed in the gunfight that followed.") == {
        "attacks[2025-05-23].killed": 2}
    assert tolls("Militants attacked an army camp in Lakki on Friday. Troops beat off the raid, "
                 "and seven attackers were killed.") == {}
    assert tolls("Taliban fighters attacked a border post in Lakki on Friday, the army said. "
                 "Five soldiers died. Eleven insurgents were killed.") == {
        "attacks[2025-05-23].killed": 5}
    assert tolls("Pakistani jets struck hideouts near Peshawar on Friday, killing 30 "
                 "militants.") == {"attacks[2025-05-23].killed": 30}


def test_a_while_clause_goes_on_with_the_sentences_toll() -> None:
    """'..., while four others were hurt' names no strike of its own: the injured are the same
    attack's, unlike a reply ('..., while Israel struck back, killing five')."""
    text = ("Gunmen attacked a police station in Lakki on Friday. The gunfight left one officer "
            "dead, while four others sustained minor injuries.")
    assert tolls(text) == {"attacks[2025-05-23].killed": 1, "attacks[2025-05-23].injured": 4}


def test_a_headline_run_into_its_lead_keeps_the_leads_qualifier() -> None:
    """A saved page's headline has no full stop, so it runs into the lead as one sentence:
    the bare figure comes first, the same figure qualified after it."""
    text = ("Market bombing kills 12 in Quetta\n"
            "QUETTA - A bomb killed at least 12 people in a market in Quetta on Friday, "
            "police said.")
    assert tolls(text) == {"attacks[2025-05-23].killed": 12,
                           "attacks[2025-05-23].killed.qualifier": "at least"}


def test_a_headlines_present_tense_counts_the_toll() -> None:
    """Headlines tell a plural subject's toll in the present ('strikes kill 17'); 'to kill'
    counts no one."""
    assert tolls("Air strikes kill at least 17 in Aleppo\n\n"
                 "Warplanes struck a market in Aleppo on Friday, activists said.") == {
        "attacks[2025-05-23].killed": 17, "attacks[2025-05-23].killed.qualifier": "at least"}
    assert tolls("Gunmen kill 7 villagers, injure 4 in Quetta\n\n"
                 "Gunmen attacked a village near Quetta on Friday, police said.") == {
        "attacks[2025-05-23].killed": 7, "attacks[2025-05-23].injured": 4}


@pytest.mark.parametrize("sentence", [
    "More than 30,000 people have been killed since Russia's devastating offensive, officials say.",
    "Over 9,000 civilians have died since the region's bloody conflict, the UN says.",
])
def test_a_toll_since_the_offensive_is_the_wars(sentence: str) -> None:
    """A count 'since' the war, whatever words name it, is the war's toll, not the strike's."""
    text = STRIKE + "Three people were killed, the governor said.\n\n" + sentence
    assert tolls(text) == {"attacks[2025-05-23].killed": 3}


def test_another_before_a_count_still_counts_it() -> None:
    """'Wounding another 50' counts the wounded as 'wounding 50' does."""
    assert tolls("Russian shells hit tents near Kherson on Friday, killing 25 people and wounding "
                 "another 50, medics said.") == {"attacks[2025-05-23].killed": 25,
                                                 "attacks[2025-05-23].injured": 50}


@pytest.mark.parametrize("sentence", [
    "The toll could rise further because many of the wounded are in critical condition.",
    "The number of dead was expected to go up as some survivors died of their injuries.",
    "Officials feared the toll would climb, as several people were still in critical condition.",
])
def test_the_reason_a_toll_may_rise_says_there_are_wounded(sentence: str) -> None:
    """A forecast ('could rise') tells nothing that happened, but the reason given for it ('because
    many of the wounded are in critical condition') does."""
    text = STRIKE + "Three people were killed, the governor said.\n\n" + sentence
    assert tolls(text) == {"attacks[2025-05-23].killed": 3,
                           "attacks[2025-05-23].injured_reported": True}


@pytest.mark.parametrize(("later", "expected"), [
    ("A human rights group said 10 people died.", {"killed": 8, "killed.qualifier": "at least"}),
    ("Local media reported 10 deaths in the village.",
     {"killed": 8, "killed.qualifier": "at least"}),
    ("The governor later raised the death toll to 10.", {"killed": 10}),
    ("The number of dead rose to 10 overnight, medics said.", {"killed": 10}),
])
@pytest.mark.parametrize("headline", ["Strike kills at least eight in Kharkiv",
                                      "Three children among dead in Kharkiv strike"])
def test_a_larger_count_told_later_is_the_toll_only_as_an_update(
    headline: str, later: str, expected: dict[str, object]
) -> None:
    """The first count the report gives stands against a larger one another source gives
    after it; a count told as the toll's update replaces it. A headline's count gives way
    to the lead's, the same or larger (the headline may count a part)."""
    text = (headline + "\n\n"
            "Russian missiles struck Kharkiv on Friday, killing at least eight people, the "
            "governor said.\n\n" + later)
    assert tolls(text) == {f"attacks[2025-05-23].{k}": v for k, v in expected.items()}


@pytest.mark.parametrize(("later", "killed", "qualifier"), [
    ("The barrage killed at least 11 civilians across the region.", 11, "at least"),
    ("Officials said more than 10 people had died by evening.", 10, "more than"),
    ("The war, which began over a year ago, has claimed at least 9,000 lives.", 8, "at least"),
    ("Medics at the hospital said 11 people died.", 8, "at least"),
])
def test_a_larger_lower_bound_told_later_tightens_the_toll(
    later: str, killed: int, qualifier: str
) -> None:
    """'At least eight' and, later in the same report, 'at least 11' do not disagree: one
    toll fits both and the larger says more of it. A bound many times the first counts
    something wider; an exact count told later is another authority's: the first stands."""
    text = ("Russian missiles struck Kharkiv on Friday, killing at least eight people, the "
            "governor said.\n\n" + later)
    assert tolls(text) == {"attacks[2025-05-23].killed": killed,
                           "attacks[2025-05-23].killed.qualifier": qualifier}


@pytest.mark.parametrize(("sentence", "expected"), [
    ("The barrage came amid rising tensions after a drone strike killed two soldiers.", {}),
    ("The barrage came shortly after a drone strike killed two soldiers.", {}),
    ("The barrage followed a Ukrainian drone strike that killed two soldiers.", {}),
    ("The first missile was followed by a second, and the fire that followed injured five. "
     "It came after a drone strike killed two soldiers.", {"injured": 5}),
])
def test_a_count_of_the_event_the_news_came_after_is_not_its_toll(
    sentence: str, expected: dict[str, object]
) -> None:
    """A report tells its news as coming after an earlier event, however long before, and
    gives that event's toll: it is not the news's. What followed the strike ("followed by",
    "the fire that followed") is still the strike's."""
    assert tolls(STRIKE + sentence) == {f"attacks[2025-05-23].{k}": v for k, v in expected.items()}


@pytest.mark.parametrize(("sentence", "expected"), [
    ('The strikes killed "three people and wounded 40 others," the ministry said.',
     {"killed": 3, "injured": 40}),
    ("The governor said the barrage killed \u201cat least 12 civilians\u201d.",
     {"killed": 12, "killed.qualifier": "at least"}),
])
def test_a_count_a_quotation_opens_with_is_the_toll_its_verb_tells(
    sentence: str, expected: dict[str, object]
) -> None:
    """The casualty word stands outside the quotation, its count opens it: the quotation
    mark does not part them."""
    assert tolls(STRIKE + sentence) == {f"attacks[2025-05-23].{k}": v for k, v in expected.items()}


@pytest.mark.parametrize(("later", "expected"), [
    ('A residents\' committee put the death toll at "more than 60".',
     {"killed": 60, "killed.qualifier": "more than"}),
    ("Rescuers said the gunmen had killed \u201cat least 45 people\u201d and wounded dozens.",
     {"killed": 45, "killed.qualifier": "at least", "injured_reported": True}),
    ('Local officials said the raid had left "nine people dead", among them two teachers.',
     {"killed": 9}),
    ('"They killed 87 people," a resident told reporters.', {}),
    ('The ministry said the army had killed "more than 12,000 civilians" since 2022.', {}),
])
def test_a_toll_quoted_in_the_reporters_sentence_is_the_toll_in_any_paragraph(
        later: str, expected: dict[str, object]) -> None:
    """A quotation that opens with the count of the reporter's casualty word just before its
    mark ("put the death toll at "more than 60"") is a phrase of the reporter's sentence: its
    toll is the attack's in a paragraph that names no strike, as it would be unquoted, and its
    evidence is that sentence, which holds the casualty word the quotation lacks. A speaker's
    own sentence in quotation marks stays out there, as does a war's toll."""
    text = "Gunmen attacked the village of Marek on Friday.\n\n" + later
    assert tolls(text) == {f"attacks[2025-05-23].{k}": v for k, v in expected.items()}
    article = Article(id="t", source="t", published=PUBLISHED, text=text)
    summary = summarize([article], config=BackendConfig(backend="rules"))
    assert not [f for f in summary.findings if f.code is FindingCode.figure_unsupported]


@pytest.mark.parametrize(("sentence", "expected"), [
    ("At least four people were seriously wounded, medics said.", {}),
    ("A rocket seriously injured three residents of the town.", {}),
    ("Two people were killed and eight suffered severe injuries.", {"killed": 2}),
    ("Six people were critically hurt in the blast.", {}),
    ("Nine people suffered light injuries, medics said.", {"injured": 9}),
    ("The strike wounded 40 people, six of them seriously.", {"injured": 40}),
])
def test_a_count_of_the_gravely_hurt_is_no_count_of_the_injured(
        sentence: str, expected: dict[str, object]) -> None:
    """Hospitals and armies count the worst hurt first; the rest, lightly hurt, are often
    many more, so the grave count is a part of the injured and no figure for them."""
    assert tolls(STRIKE + sentence) == {f"attacks[2025-05-23].{k}": v for k, v in expected.items()}


@pytest.mark.parametrize(("later", "expected"), [
    ("Six people were killed and 25 wounded in Kharkiv, the governor said.", {}),
    ("A charity said nine children were killed and 14 others injured in the strikes.", {}),
    ("Twenty people were killed and 25 wounded, the governor said.", {"injured": 25}),
    ("The strikes killed nine children and injured 70 people, medics said.", {"injured": 70}),
    ("Hours later, debris killed two more and injured three more in Kharkiv.", {}),
    ("Police said 25 people were also wounded.", {"injured": 25}),
])
def test_a_sentence_that_counts_a_part_gives_no_figure_of_the_attack(
        later: str, expected: dict[str, object]) -> None:
    """A sentence whose dead are fewer than the attack's counts a part of it (a city, the
    children); its wounded are that part's, not the attack's, unless it names other people."""
    text = ("Russian missiles struck cities across Ukraine on Friday, killing at least 20 "
            "people.\n\n" + later)
    assert tolls(text) == {"attacks[2025-05-23].killed": 20,
                           "attacks[2025-05-23].killed.qualifier": "at least",
                           **{f"attacks[2025-05-23].{k}": v for k, v in expected.items()}}


@pytest.mark.parametrize(("later", "expected"), [
    ("Two of the injured died in hospital, bringing the official death toll to 19.",
     {"killed": 19}),
    ("Rescuers pulled three more bodies from the rubble, raising the toll to 15, the mayor said.",
     {"killed": 15}),
    ("The regional health department later put the toll at 17.", {"killed": 17}),
    ('A local monitoring group put the toll from the shelling at "more than 16".',
     {"killed": 16, "killed.qualifier": "more than"}),
    ("Since the war began in 2022, Russian strikes have pushed the toll to more than 12,000.",
     {"killed": 12, "killed.qualifier": "at least"}),
])
def test_a_toll_its_verb_brings_to_a_figure_is_the_toll(
        later: str, expected: dict[str, object]) -> None:
    """A toll told as what a verb brings it to ("bringing the death toll to 19", "raising the
    toll to 15", "put the toll at 17", a figure quoted after it), "death" said or not, is the
    toll; told as an update, it replaces the lead's, and a larger lower bound tightens it. A
    war's toll stays out."""
    text = ("Russian missiles struck Kharkiv on Friday, killing at least 12 people, the "
            "governor said.\n\n" + later)
    assert tolls(text) == {f"attacks[2025-05-23].{k}": v for k, v in expected.items()}


@pytest.mark.parametrize(("sentence", "expected"), [
    ("Russia said the strike was retaliation for a Ukrainian attack that killed 30 people.", {}),
    ("The barrage came in response to a drone strike on Belgorod, which killed 30 people, "
     "Moscow said.", {}),
    ("Moscow called the strike revenge for the killing of 30 soldiers.", {}),
    ("Russian strikes, launched in response to a drone raid, killed 30 people in Kharkiv.",
     {"killed": 30}),
    ("Two people were killed in the strike, which Moscow called retaliation for a raid.",
     {"killed": 2}),
    ("The ministry said in response to a Reuters query that 12 people were killed.",
     {"killed": 12}),
])
def test_the_toll_of_the_event_an_attack_answers_is_not_its_toll(
        sentence: str, expected: dict[str, object]) -> None:
    """An attack told as the answer to an earlier one ("retaliation for", "in response to",
    "revenge for") brings that event's toll into its sentence; the answer's own toll is
    told outside the words that name what it answers. A source's answer to a query is no
    attack's."""
    assert tolls(STRIKE + sentence) == {f"attacks[2025-05-23].{k}": v for k, v in expected.items()}


_BLAMED_FOR = {
    "The strike hit a commander it blamed for a rocket attack that killed 12 children.": {},
    "Among the dead was a militant leader whom the army blames for a bombing which left 30 "
    "dead, officials said.": {},
    "Moscow said the strike killed Zorin Abbas, who it said it held responsible for a raid "
    "that killed nine soldiers.": {},
    # a main clause may tell the news itself: left alone
    "Police blamed the Zorin Front for the strike, which killed 12 people.": {"killed": 12},
}


@pytest.mark.parametrize("sentence", list(_BLAMED_FOR))
def test_the_toll_of_what_a_target_was_blamed_for_is_not_the_strikes(sentence: str) -> None:
    """A relative clause saying what the strike's target was blamed for ("a commander it
    blamed for a rocket attack that killed 12") tells an earlier event's toll."""
    expected = _BLAMED_FOR[sentence]
    assert tolls(STRIKE + sentence) == {f"attacks[2025-05-23].{k}": v for k, v in expected.items()}


@pytest.mark.parametrize(("sentence", "expected"), [
    ("Officials did not say whether the two commanders were killed.", {}),
    ("It was not immediately clear whether anyone was hurt.", {}),
    ("It is unclear whether or not the commander was killed in the strike.", {}),
    ("Whether or not the sirens sounded, five people were killed.", {"killed": 5}),
])
def test_a_toll_asked_about_is_no_toll(sentence: str, expected: dict[str, object]) -> None:
    """'Whether the two commanders were killed' asks; it tells neither a count nor that
    anyone was killed."""
    assert tolls(STRIKE + sentence) == {f"attacks[2025-05-23].{k}": v for k, v in expected.items()}


@pytest.mark.parametrize(("sentence", "expected"), [
    ("A 45-year-old man died in hospital, the governor said.", {"killed": 1}),
    ("One resident died and four other people were injured.", {"killed": 1, "injured": 4}),
    ("Nobody died in the attack, police said.", {"killed": 0}),
    ("No civilians died, the army said.", {"killed": 0}),
    ("One of the injured later died in hospital.", {}),
])
def test_one_who_died_is_a_toll_of_one_and_no_one_who_died_of_none(
        sentence: str, expected: dict[str, object]) -> None:
    """'Died' tells a death as 'was killed' does: one person told in the singular is a toll
    of one, 'nobody died' a toll of none. One of the injured who died adds to a toll the
    sentence does not give."""
    assert tolls(STRIKE + sentence) == {f"attacks[2025-05-23].{k}": v for k, v in expected.items()}


@pytest.mark.parametrize("sentence", [
    "More than 500 people have been killed and 1,200 injured in Russia's war on the region, "
    "officials say.",
    "The conflict, now in its third year, has claimed more than 10,000 lives.",
    "The war, which Moscow calls a special operation, has killed more than 10,000 civilians.",
    "About 9,000 people have been killed since Russian troops invaded the region.",
    "Some 9,000 people have been killed since the militants carried out their first raids.",
    "The total death toll from Israel's offensive has reached 35,000, the ministry said.",
    "The toll of the war on the region now stands at 11,000, according to the governor.",
    "Monitors put the tally in the insurgency at more than 4,100 dead.",
])
def test_a_war_long_toll_told_alone_is_not_the_attacks(sentence: str) -> None:
    """The war's toll, where the report gives no count of its own strike, would be shown as
    the strike's: the injured of the war, a war told with an aside before its toll, a toll
    since an invasion, are history."""
    assert tolls(STRIKE + sentence) == {}


def test_a_strike_told_with_an_aside_keeps_its_toll() -> None:
    assert tolls(STRIKE + "The strike, the heaviest in weeks, has killed 12 people.") == {
        "attacks[2025-05-23].killed": 12}


def test_the_toll_of_a_strike_that_opened_an_offensive_is_its_toll() -> None:
    """A toll from the offensive's own strike names the strike, not the war."""
    assert tolls(STRIKE + "The toll from the offensive's opening strike rose to 12.") == {
        "attacks[2025-05-23].killed": 12}

