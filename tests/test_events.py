"""One event across outlets: reports of one attack merge into one attack, whatever
day each outlet gives it; reports of different attacks stay apart.

The articles are written for these tests. Each is checked as the pipeline checks
it (dates resolved from their expressions, evidence grounded), then merged.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

import pytest

from summarizer import Article, ArticleExtraction, ArticleResult, events
from summarizer.facts import fact_id, walk
from summarizer.merge import merge
from summarizer.models import (
    Attack,
    Casualties,
    Evidence,
    FindingCode,
    FindingKind,
    Qualifier,
    Severity,
    WeaponCount,
)
from summarizer.pipeline import check
from summarizer.render import render_markdown
from summarizer.render.view import build_report

NIGHT = ("Russian drones and missiles struck Kharkiv overnight, killing at least 18 people, "
         "the regional governor said.")
UNDATED = "The Russian strike on Kharkiv hit a school and several apartment blocks."
NEXT_DAY = ("The death toll from Tuesday's Russian strike on Kharkiv has risen to 39, "
            "officials said.")


def attack(text: str, fragment: str, **fields: object) -> Attack:
    assert fragment in text
    return Attack.model_validate({"evidence": {"text": fragment}, **fields})


def report(article_id: str, published: dt.date, text: str,
           *attacks: Attack) -> ArticleResult:
    article = Article(id=article_id, source=article_id.title(), published=published, text=text)
    checked, findings = check(article, ArticleExtraction(attacks=list(attacks)))
    return ArticleResult(article_id=article.id, source=article.source,
                         published=article.published, backend="written",
                         extraction=checked, findings=findings)


def killed(count: int, fragment: str, qualifier: Qualifier | None = None) -> Casualties:
    return Casualties(count=count, qualifier=qualifier, evidence=Evidence(text=fragment))


def three_outlets() -> list[ArticleResult]:
    """One overnight attack: dated the night it began, undated, and dated the next day."""
    return [
        report("night", dt.date(2024, 1, 2), NIGHT, attack(
            NIGHT, NIGHT, time_expression="overnight", attacker="Russia", targets=["Kharkiv"],
            weapons=[WeaponCount(type="drone", evidence=Evidence(text="Russian drones"))],
            killed=killed(18, "killing at least 18 people"))),
        report("undated", dt.date(2024, 1, 2), UNDATED, attack(
            UNDATED, UNDATED, attacker="Russian", targets=["Kharkiv"])),
        report("next-day", dt.date(2024, 1, 3), NEXT_DAY, attack(
            NEXT_DAY, NEXT_DAY, time_expression="Tuesday's", attacker="Russia",
            targets=["Kharkiv"],
            # The evidence names what rose: "has risen to 39" alone does not say deaths.
            killed=killed(39, "death toll from Tuesday's Russian strike on Kharkiv has risen "
                          "to 39"))),
    ]


def attack_keys(results: list[ArticleResult]) -> set[str]:
    return {f.path.split(".")[0] for f in merge(results).facts if f.path.startswith("attacks")}


def test_three_outlets_on_one_overnight_attack_are_one_attack() -> None:
    summary = merge(three_outlets())
    assert attack_keys(three_outlets()) == {"attacks[2024-01-01]"}
    target = next(f for f in summary.facts if f.path == "attacks[2024-01-01].target")
    assert (target.value, target.status) == ("Kharkiv", "corroborated")
    assert [s.article_id for s in target.sources] == ["next-day", "night", "undated"]
    [note] = [f for f in summary.findings if f.kind is FindingKind.temporal
              and f.facts == ["attacks[2024-01-01]"]]
    assert note.severity is Severity.info


def test_the_rising_toll_of_one_attack_is_an_update() -> None:
    summary = merge(three_outlets())
    toll = next(f for f in summary.facts if f.path == "attacks[2024-01-01].killed")
    assert (toll.value, toll.status) == (39, "updated")
    assert [(s.article_id, s.value) for s in toll.sources] == [("next-day", 39), ("night", 18)]
    assert not [f for f in summary.findings
                if f.kind is FindingKind.cross_source and f.severity is not Severity.info]


def test_an_undated_report_joins_the_attack_it_fits_and_never_stands_alone() -> None:
    """Two dated attacks by different sides; an undated report naming one attacker and
    no place joins that side's attack."""
    text = ("Israeli jets struck Rafah on Sunday. Hamas fired rockets at Tel Aviv on Sunday. "
            "The Israeli strike destroyed a warehouse.")
    first, second, third = text.split(". ")
    dated = report("dated", dt.date(2024, 5, 27), text,
                   attack(text, first, time_expression="on Sunday", attacker="Israel",
                          targets=["Rafah"]),
                   attack(text, second, time_expression="on Sunday", attacker="Hamas",
                          targets=["Tel Aviv"]))
    undated = report("undated", dt.date(2024, 5, 27), text,
                     attack(text, third, attacker="Israel"))
    summary = merge([dated, undated])
    attacker = next(f for f in summary.facts if f.path == "attacks[2024-05-26, Israel].attacker")
    assert (attacker.value, attacker.status) == ("Israel", "corroborated")
    assert attack_keys([dated, undated]) == {"attacks[2024-05-26, Israel]",
                                             "attacks[2024-05-26, Hamas]"}


def test_a_strike_and_the_reply_stay_two_attacks_in_every_outlet() -> None:
    """Different attackers on one night: two attacks, keyed by date and attacker as the
    gold format keys them, each with its own toll."""
    text_a = ("Iran fired missiles at Israel overnight, wounding two people. "
              "Israel struck Iranian air defences overnight, killing four soldiers.")
    text_b = ("Four Iranian soldiers were killed in Israel's strikes on Tuesday, and two people "
              "were wounded by Iranian missiles in Israel on Tuesday.")
    a_iran, a_israel = text_a.split(". ")
    b_israel, b_iran = text_b.rstrip(".").split(", and ")
    a = report("a", dt.date(2024, 10, 2), text_a,
               attack(text_a, a_iran, time_expression="overnight", attacker="Iran",
                      regions=["Israel"]),
               attack(text_a, a_israel, time_expression="overnight", attacker="Israel",
                      regions=["Iran"], killed=killed(4, "killing four soldiers")))
    b = report("b", dt.date(2024, 10, 2), text_b,
               attack(text_b, b_israel, time_expression="on Tuesday", attacker="Israel",
                      regions=["Iran"], killed=killed(4, "Four Iranian soldiers were killed")),
               attack(text_b, b_iran, time_expression="on Tuesday", attacker="Iran",
                      regions=["Israel"]))
    summary = merge([a, b])
    assert attack_keys([a, b]) == {"attacks[2024-10-01, Iran]", "attacks[2024-10-01, Israel]"}
    toll = next(f for f in summary.facts if f.path == "attacks[2024-10-01, Israel].killed")
    assert (toll.value, toll.status) == (4, "corroborated")


def test_attacks_on_different_places_or_with_other_weapons_stay_apart() -> None:
    text = "A drone hit Odesa on Monday. Gunmen attacked a checkpoint in Odesa on Monday."
    drone, gunmen = text.rstrip(".").split(". ")
    odesa = report("odesa", dt.date(2024, 3, 5), text, attack(
        text, drone, time_expression="on Monday", attacker="Russia", targets=["Odesa"],
        weapons=[WeaponCount(type="drone", count=1, evidence=Evidence(text="A drone"))]))
    other = "A drone hit Lviv on Monday."
    lviv = report("lviv", dt.date(2024, 3, 5), other, attack(
        other, "A drone hit Lviv", time_expression="on Monday", attacker="Russia",
        targets=["Lviv"]))
    shooting = report("shooting", dt.date(2024, 3, 5), text, attack(
        text, gunmen, time_expression="on Monday", targets=["Odesa"],
        weapons=[WeaponCount(type="firearm", evidence=Evidence(text="Gunmen"))]))
    assert attack_keys([odesa, lviv, shooting]) == {
        "attacks[2024-03-04, Russia, Lviv]", "attacks[2024-03-04, Russia, Odesa]",
        "attacks[2024-03-04, Odesa]"}


def told_on(day: dt.date, reports: dict[str, tuple[str, dict[str, object]]]
            ) -> list[ArticleResult]:
    """Outlets of one day, each telling one attack in its whole text: name -> (text,
    the attack's fields)."""
    return [report(name, day, text, attack(text, text, **fields))
            for name, (text, fields) in reports.items()]


def test_outlets_naming_different_cities_of_one_strike_report_one_attack() -> None:
    """One outlet names three cities, one the country, one only the capital and no
    attacker: the capital is in the country the attack is on, so it is one attack, and
    its toll, rising from outlet to outlet, an update."""
    results = told_on(dt.date(2023, 3, 6), {
        "cities": ("Russian missiles hit Lviv, Dnipro and Kharkiv on Monday, killing at least "
                   "six.", {"time_expression": "on Monday", "attacker": "Russia",
                            "regions": ["Lviv", "Dnipro", "Kharkiv"],
                            "killed": killed(6, "killing at least six", "at least")}),
        "country": ("Russia struck cities across Ukraine on Monday, killing at least 10 people.",
                    {"time_expression": "on Monday", "attacker": "Russia",
                     "targets": ["Ukraine"],
                     "killed": killed(10, "killing at least 10 people", "at least")}),
        "capital": ("Strikes on Kyiv on Monday killed 15 people.",
                    {"time_expression": "on Monday", "regions": ["Kyiv"],
                     "killed": killed(15, "killed 15 people")}),
    })
    assert attack_keys(results) == {"attacks[2023-03-06]"}
    toll = next(f for f in merge(results).facts if f.path == "attacks[2023-03-06].killed")
    assert (toll.value, toll.status) == (15, "updated")


def test_a_place_the_gazetteer_does_not_know_may_be_in_the_attacked_country() -> None:
    """'Tirah' and 'Zhob' are not in the gazetteer: they may be in Pakistan, which
    another outlet says the same attacker attacked that night. A report naming no
    attacker needs a place known to be the attack's."""
    results = told_on(dt.date(2025, 3, 9), {
        "districts": ("Afghan forces opened fire on posts in Tirah and Zhob overnight.",
                      {"time_expression": "overnight", "attacker": "Afghanistan",
                       "regions": ["Tirah", "Zhob"]}),
        "country": ("Afghanistan attacked Pakistan on Saturday night, killing 23 soldiers.",
                    {"time_expression": "on Saturday night", "attacker": "Afghanistan",
                     "targets": ["Pakistan"], "killed": killed(23, "killing 23 soldiers")}),
        "elsewhere": ("Gunmen killed two guards in Kohat on Saturday.",
                      {"time_expression": "on Saturday", "targets": ["Kohat"]}),
    })
    assert attack_keys(results) == {"attacks[2025-03-08, Afghanistan]",
                                    "attacks[2025-03-08, Kohat]"}
    target = next(f for f in merge(results).facts
                  if f.path == "attacks[2025-03-08, Afghanistan].target")
    assert [s.article_id for s in target.sources] == ["country"]


def test_the_night_is_the_attacks_whichever_outlet_says_so() -> None:
    """Only one outlet calls it overnight; another, dating it the same day, does not;
    a third dates it the next day without a word of the night: one attack."""
    texts = {"says-night": "Russian drones hit Sumy overnight.",
             "same-day": "Russian drones hit Sumy on Monday.",
             "next-day": "Russian drones hit Sumy on Tuesday."}
    when = {"says-night": "overnight", "same-day": "on Monday", "next-day": "on Tuesday"}
    results = [report(name, dt.date(2024, 7, 2), text, attack(
        text, text, time_expression=when[name], attacker="Russia", targets=["Sumy"]))
        for name, text in texts.items()]
    assert attack_keys(results) == {"attacks[2024-07-01]"}


def test_outlets_naming_different_weapons_of_one_strike_report_one_attack() -> None:
    drones = "Russia launched 40 drones at Dnipro overnight."
    missile = "A Russian missile hit a clinic in Dnipro overnight."
    results = [
        report("drones", dt.date(2024, 8, 6), drones, attack(
            drones, drones, time_expression="overnight", attacker="Russia", targets=["Dnipro"],
            weapons=[WeaponCount(type="drone", count=40, evidence=Evidence(text="40 drones"))])),
        report("missile", dt.date(2024, 8, 6), missile, attack(
            missile, missile, time_expression="overnight", attacker="Russia",
            targets=["Dnipro"],
            weapons=[WeaponCount(type="missile", evidence=Evidence(text="A Russian missile"))])),
    ]
    assert attack_keys(results) == {"attacks[2024-08-05]"}


def test_two_days_apart_is_two_attacks_even_at_night() -> None:
    first = "Russian drones attacked Kyiv overnight."
    later = "Russian drones attacked Kyiv again on Thursday."
    results = [
        report("first", dt.date(2024, 6, 4), first, attack(
            first, first, time_expression="overnight", attacker="Russia", targets=["Kyiv"])),
        report("later", dt.date(2024, 6, 6), later, attack(
            later, later, time_expression="on Thursday", attacker="Russia", targets=["Kyiv"])),
    ]
    assert attack_keys(results) == {"attacks[2024-06-03]", "attacks[2024-06-06]"}


def two_evenings() -> list[ArticleResult]:
    """Two outlets put a strike on Haifa late on consecutive days; a third, published
    the day after the second, gives no day."""
    sunday = "Hezbollah fired 12 rockets at Haifa late Sunday."
    monday = "Hezbollah fired 30 rockets at Haifa late Monday evening."
    undated = "Nobody was killed when Hezbollah rockets hit Haifa, the mayor said."
    return [
        report("sunday", dt.date(2024, 3, 12), sunday, attack(
            sunday, sunday, time_expression="late Sunday", attacker="Hezbollah",
            targets=["Haifa"],
            weapons=[WeaponCount(type="rocket", count=12, evidence=Evidence(text=sunday))])),
        report("monday", dt.date(2024, 3, 12), monday, attack(
            monday, monday, time_expression="late Monday evening", attacker="Hezbollah",
            targets=["Haifa"],
            weapons=[WeaponCount(type="rocket", count=30, evidence=Evidence(text=monday))])),
        report("undated", dt.date(2024, 3, 12), undated, attack(
            undated, undated, attacker="Hezbollah", targets=["Haifa"],
            killed=killed(0, undated))),
    ]


def test_late_on_two_days_is_two_nights_not_one_overnight_attack() -> None:
    """'Late Sunday' begins the night into Monday; 'late Monday evening' begins the next
    one, a day later: two attacks, not one night's told on either side of midnight."""
    assert attack_keys(two_evenings()) == {"attacks[2024-03-10]", "attacks[2024-03-11]"}
    assert not [f for f in merge(two_evenings()).findings
                if f.code is FindingCode.conflict]


def test_an_undated_report_tells_of_the_latest_attack_it_fits() -> None:
    """Of two attacks that fit it alike, a report that gives no day, published the day
    after the second, is of the second."""
    toll = [f for f in merge(two_evenings()).facts if f.path.endswith(".killed")]
    assert [(f.path, f.value, [s.article_id for s in f.sources]) for f in toll] == [
        ("attacks[2024-03-11].killed", 0, ["undated"])]


def test_a_night_dated_early_on_the_first_day_ended_the_night_before() -> None:
    """'Early Sunday' ends the night into Sunday; 'Monday night' begins the night into
    Tuesday: two attacks, though one outlet speaks of a night."""
    early = "Russian drones hit Odesa early Sunday."
    night = "Russian drones hit Odesa on Monday night."
    results = [
        report("early", dt.date(2024, 3, 12), early, attack(
            early, early, time_expression="early Sunday", attacker="Russia",
            targets=["Odesa"])),
        report("night", dt.date(2024, 3, 12), night, attack(
            night, night, time_expression="on Monday night", attacker="Russia",
            targets=["Odesa"])),
    ]
    assert attack_keys(results) == {"attacks[2024-03-10]", "attacks[2024-03-11]"}


def stage_report(article_id: str, published: dt.date, text: str,
                 *stages: tuple[str | None, str, int, str]) -> ArticleResult:
    """Stages as (time expression, releasing party, count, evidence)."""
    article = Article(id=article_id, source=article_id.title(), published=published, text=text)
    extraction = ArticleExtraction.model_validate({"stages": [
        {"time_expression": when, "releases": [
            {"released_by": party, "count": count, "evidence": {"text": fragment}}]}
        for when, party, count, fragment in stages]})
    checked, findings = check(article, extraction)
    return ArticleResult(article_id=article.id, source=article.source,
                         published=article.published, backend="written",
                         extraction=checked, findings=findings)


def two_rounds() -> ArticleResult:
    """An outlet of Sunday: the rounds of Friday and Saturday."""
    text = "Hamas freed 24 hostages on Friday. Hamas freed 17 hostages on Saturday."
    friday, saturday = text.rstrip(".").split(". ")
    return stage_report("dated", dt.date(2023, 11, 26), text,
                        ("on Friday", "Hamas", 24, friday), ("on Saturday", "Hamas", 17, saturday))


def test_an_undated_stage_is_the_stage_another_outlet_dates() -> None:
    """Two rounds, on Friday and Saturday; an outlet of Saturday that dates nothing
    reports Saturday's round."""
    dated = two_rounds()
    undated_text = "Seventeen hostages were freed by Hamas, the group said."
    undated = stage_report("undated", dt.date(2023, 11, 25), undated_text,
                           (None, "Hamas", 17, "Seventeen hostages were freed by Hamas"))
    summary = merge([dated, undated])
    stages = {f.path: (f.value, f.status) for f in summary.facts}
    assert stages == {
        "exchange.stages[2023-11-24].released[Hamas].count": (24, "single_source"),
        "exchange.stages[2023-11-25].released[Hamas].count": (17, "corroborated")}


def test_an_article_s_undated_stage_carries_the_date_another_outlet_gives_it() -> None:
    """The summary lists the release once, under Tuesday: the article that dates nothing
    says so too, in the summary's articles, so that its stage is not read as a second,
    undated one. Its time expression stays as written (none)."""
    dated_text = "Israel released 39 Palestinian prisoners on Tuesday, the prison service said."
    dated = stage_report("dated", dt.date(2023, 11, 29), dated_text,
                         ("on Tuesday", "Israel", 39, "Israel released 39 Palestinian prisoners"))
    undated_text = "Thirty-nine Palestinian prisoners were freed by Israel, officials said."
    undated = stage_report("undated", dt.date(2023, 11, 29), undated_text,
                           (None, "Israel", 39, "Thirty-nine Palestinian prisoners were freed"))
    summary = merge([undated, dated])
    assert [(a.article_id, [(s.time_expression, s.date) for s in a.extraction.stages])
            for a in summary.articles] == [
        ("dated", [("on Tuesday", dt.date(2023, 11, 28))]),
        ("undated", [(None, dt.date(2023, 11, 28))])]
    assert {f.path: (f.value, f.status) for f in summary.facts} == {
        "exchange.stages[2023-11-28].released[Israel].count": (39, "corroborated")}


def test_an_undated_stage_that_fits_two_dates_stays_undated() -> None:
    dated = two_rounds()
    undated_text = "Hamas freed 17 hostages."
    undated = stage_report("undated", dt.date(2023, 11, 27), undated_text,
                           (None, "Hamas", 17, "Hamas freed 17 hostages"))
    paths = {f.path for f in merge([dated, undated]).facts}
    assert "exchange.stages[undated].released[Hamas].count" in paths


def test_a_stage_handed_over_at_night_is_one_stage_whichever_day_outlets_give() -> None:
    late = stage_report("late", dt.date(2023, 11, 26), "Hamas freed 17 hostages late Saturday.",
                        ("late Saturday", "Hamas", 17, "Hamas freed 17 hostages"))
    arrived = stage_report("arrived", dt.date(2023, 11, 26),
                           "Seventeen hostages freed by Hamas arrived in Israel on Sunday.",
                           ("on Sunday", "Hamas", 17, "Seventeen hostages freed by Hamas"))
    facts = {f.path: (f.value, f.status) for f in merge([late, arrived]).facts}
    assert facts == {"exchange.stages[2023-11-25].released[Hamas].count": (17, "corroborated")}


def test_handovers_late_on_two_days_are_two_stages() -> None:
    """'Late Saturday' and 'late Sunday evening' are two nights a day apart: two rounds,
    not one handover dated either side of midnight."""
    saturday = stage_report("saturday", dt.date(2023, 11, 27),
                            "Hamas freed 13 hostages late Saturday.",
                            ("late Saturday", "Hamas", 13, "Hamas freed 13 hostages"))
    sunday = stage_report("sunday", dt.date(2023, 11, 27),
                          "Hamas freed 17 hostages late Sunday evening.",
                          ("late Sunday evening", "Hamas", 17, "Hamas freed 17 hostages"))
    facts = {f.path: (f.value, f.status) for f in merge([saturday, sunday]).facts}
    assert facts == {"exchange.stages[2023-11-25].released[Hamas].count": (13, "single_source"),
                     "exchange.stages[2023-11-26].released[Hamas].count": (17, "single_source")}


def test_two_days_one_outlet_reports_apart_stay_two_rounds() -> None:
    """An outlet that reports Friday's and Saturday's rounds tells them apart, even when
    another calls Friday's a night handover."""
    night = stage_report("night", dt.date(2023, 11, 25), "Hamas freed 24 hostages late Friday.",
                         ("late Friday", "Hamas", 24, "Hamas freed 24 hostages"))
    stages = {f.path for f in merge([two_rounds(), night]).facts}
    assert stages == {"exchange.stages[2023-11-24].released[Hamas].count",
                      "exchange.stages[2023-11-25].released[Hamas].count"}


def test_the_title_names_the_event_once() -> None:
    """'Russian attack on Kharkiv, 1 January 2024', never 'Attack; attack; attack'."""
    title = render_markdown(merge(three_outlets())).splitlines()[0]
    assert title == "# Russian attack on Kharkiv, 1 January 2024"


def test_checks_name_facts_in_words_not_paths() -> None:
    """A reader sees 'the number killed in the attack of 1 January 2024', never the
    internal path 'attacks[2024-01-01].killed' (that stays in `facts`, for programs)."""
    summary = merge(three_outlets())
    notes = [f for f in summary.findings
             if f.code in (FindingCode.updated, FindingCode.attack_dates_differ)]
    assert len(notes) == 2
    assert all("attacks[" not in f.message and f.facts for f in notes)
    checks = render_markdown(summary).split("## Checks")[1]
    assert "attacks\\[" not in checks and "attacks[" not in checks
    assert "Figures: the attack of 1 January 2024. Sources" in checks


TWO_SIDES = ("Pakistan's army said 23 soldiers were killed in the Afghan attack on Saturday; "
             "the Taliban said 58 soldiers were killed.")


def test_one_attack_told_with_two_authorities_tolls_is_one_attack_in_conflict() -> None:
    """An outlet printing each side's toll of one attack gives it twice, with one
    evidence: one attack, not two on one day, whose other toll disagrees with an
    outlet that prints only the army's."""
    def told(text: str, count: int) -> Attack:
        return attack(text, text, time_expression="on Saturday", attacker="Afghanistan",
                      targets=["Pakistan"], killed=killed(count, f"{count} soldiers were killed"))
    army = "Pakistan's army said 23 soldiers were killed in the Afghan attack on Saturday."
    summary = merge([report("both", dt.date(2024, 1, 2), TWO_SIDES, told(TWO_SIDES, 23),
                            told(TWO_SIDES, 58)),
                     report("army", dt.date(2024, 1, 2), army, told(army, 23))])
    assert {f.path.split(".")[0] for f in summary.facts
            if f.path.startswith("attacks")} == {"attacks[2023-12-30]"}
    toll = next(f for f in summary.facts if f.path == "attacks[2023-12-30].killed")
    assert toll.status == "conflicting"
    assert sorted({s.value for s in toll.sources}) == [23, 58]


def test_one_outlet_alone_printing_two_authorities_tolls_shows_both_in_conflict() -> None:
    """With no other outlet, the toll one article gives twice is no single source's one
    figure: the first alone hid the other authority's."""
    def told(count: int) -> Attack:
        return attack(TWO_SIDES, TWO_SIDES, time_expression="on Saturday",
                      attacker="Afghanistan", targets=["Pakistan"],
                      killed=killed(count, f"{count} soldiers were killed"))
    summary = merge([report("both", dt.date(2024, 1, 2), TWO_SIDES, told(23), told(58))])
    toll = next(f for f in summary.facts if f.path == "attacks[2023-12-30].killed")
    assert toll.status == "conflicting"
    assert [s.value for s in toll.sources] == [23, 58]
    assert [f.severity for f in summary.findings if f.code is FindingCode.conflict] == [
        Severity.error]


def test_a_follow_up_attack_with_another_weapon_is_not_one_told_twice() -> None:
    """One article's two attacks of a day, told with one evidence but different weapons,
    are two attacks (a missile strike, then a drone hours later), each with its own
    toll, not two authorities' rival tolls of one."""
    text = ("A Russian missile struck Sumy on Saturday, killing 12 people. Hours later a drone "
            "killed two more.")
    missile = attack(text, text, time_expression="on Saturday", attacker="Russia",
                     targets=["Sumy"], weapons=[WeaponCount(
                         type="missile", count=1, evidence=Evidence(text="A Russian missile"))],
                     killed=killed(12, "killing 12 people"))
    drone = attack(text, text, time_expression="on Saturday", attacker="Russia",
                   targets=["Sumy"], weapons=[WeaponCount(
                       type="drone", count=1, evidence=Evidence(text="a drone"))],
                   killed=killed(2, "killed two more"))
    summary = merge([report("sumy", dt.date(2024, 1, 2), text, missile, drone)])
    tolls = sorted((f.path, f.value, f.status) for f in summary.facts
                   if f.path.endswith(".killed"))
    assert [(value, status) for _, value, status in tolls] == [
        (2, "single_source"), (12, "single_source")]
    assert not [f for f in summary.findings if f.code is FindingCode.conflict]


def test_outlets_a_day_apart_on_one_attacker_and_target_report_one_attack() -> None:
    """One outlet dates a strike by the day it began, another by 'yesterday' from its
    own day: the same attacker on the same target a day apart is one attack, and its
    same-day tolls of 2 and 6 injured disagree, not two attacks of one each."""
    first = "Ukrainian drones attacked Belgorod on Saturday, injuring two people."
    second = "Ukraine attacked Belgorod with drones yesterday, injuring six people."
    def told(text: str, when: str, count: int) -> Attack:
        return attack(text, text, time_expression=when, attacker="Ukraine",
                      targets=["Belgorod"], injured=killed(count, f"injuring {count_word(count)}"))
    summary = merge([report("saturday", dt.date(2024, 1, 8), first,
                            told(first, "on Saturday", 2)),
                     report("yesterday", dt.date(2024, 1, 8), second,
                            told(second, "yesterday", 6))])
    assert {f.path.split(".")[0] for f in summary.facts
            if f.path.startswith("attacks")} == {"attacks[2024-01-06]"}
    hurt = next(f for f in summary.facts if f.path == "attacks[2024-01-06].injured")
    assert hurt.status == "conflicting"


def test_an_outlet_reporting_both_days_keeps_two_attacks_a_day_apart() -> None:
    """Strikes on one target on consecutive days stay two when an outlet reports both:
    the other outlets' reports join the attack of their own day."""
    both = ("Russian missiles hit Odesa on Monday, killing three. On Tuesday drones hit "
            "Odesa again, killing one.")
    monday = "A Russian missile strike on Odesa on Monday killed three people."
    tuesday = "A Russian drone strike on Odesa on Tuesday killed one person."
    def told(text: str, fragment: str, when: str, count: int) -> Attack:
        return attack(text, fragment, time_expression=when, attacker="Russia",
                      targets=["Odesa"], killed=killed(count, f"killed {count_word(count)}"
                                                       if "killed" in fragment
                                                       else f"killing {count_word(count)}"))
    summary = merge([
        report("both", dt.date(2024, 1, 10), both,
               told(both, "Russian missiles hit Odesa on Monday, killing three", "on Monday", 3),
               told(both, "On Tuesday drones hit Odesa again, killing one", "on Tuesday", 1)),
        report("tuesday", dt.date(2024, 1, 10), tuesday, told(tuesday, tuesday, "on Tuesday", 1)),
        report("monday", dt.date(2024, 1, 10), monday, told(monday, monday, "on Monday", 3))])
    tolls = {f.path: (f.value, f.status) for f in summary.facts if f.path.endswith(".killed")}
    assert tolls == {"attacks[2024-01-08].killed": (3, "corroborated"),
                     "attacks[2024-01-09].killed": (1, "corroborated")}


def test_a_strike_a_day_after_another_one_outlet_reports_stays_the_second_days() -> None:
    """An outlet reporting the attacker's strikes on two consecutive days tells them
    apart, so another outlet's report of the second day never joins the first, even
    when it is placed first."""
    both = ("A Ukrainian missile hit Belgorod on Friday, killing one. On Saturday shelling "
            "of Belgorod killed 24.")
    later = "Shelling of Belgorod on Saturday killed 14 people."
    def told(text: str, fragment: str, when: str, count: int, said: str) -> Attack:
        return attack(text, fragment, time_expression=when, attacker="Ukraine",
                      targets=["Belgorod"], killed=killed(count, said))
    summary = merge([
        report("a-later", dt.date(2024, 1, 7), later,
               told(later, later, "on Saturday", 14, "killed 14 people")),
        report("both", dt.date(2024, 1, 7), both,
               told(both, "A Ukrainian missile hit Belgorod on Friday, killing one",
                    "on Friday", 1, "killing one"),
               told(both, "On Saturday shelling of Belgorod killed 24", "on Saturday", 24,
                    "killed 24"))])
    tolls = {f.path: (f.value, f.status) for f in summary.facts if f.path.endswith(".killed")}
    assert tolls == {"attacks[2024-01-05].killed": (1, "single_source"),
                     "attacks[2024-01-06].killed": (14, "conflicting")}


def same_day_tolls(first: tuple[int, int, Qualifier], second: tuple[int, int, Qualifier],
                   third: tuple[int, int, Qualifier],
                   days: tuple[int, int, int] = (9, 9, 9)) -> tuple[object, str]:
    """The injured of one bombing as three outlets give it: (killed, injured, the injured's
    qualifier) each, published on the given days of March 2024."""
    results = []
    for name, (dead, hurt, qualifier), day in zip(("one", "two", "three"),
                                                  (first, second, third), days, strict=True):
        text = (f"A bomb at the station in Quetta on Saturday killed {dead} people and "
                f"wounded {qualifier} {hurt} others.")
        results.append(report(name, dt.date(2024, 3, day), text, attack(
            text, text, time_expression="on Saturday", attacker="militants", targets=["Quetta"],
            killed=killed(dead, f"killed {dead} people"),
            injured=killed(hurt, f"wounded {qualifier} {hurt} others", qualifier))))
    summary = merge(results)
    hurt = next(f for f in summary.facts if f.path.endswith(".injured"))
    return hurt.value, hurt.status


def test_a_toll_rising_through_figures_that_fit_each_other_is_an_update() -> None:
    """'More than 40' and 'about 50' wounded fit one value, and 'about 62' comes with a
    higher death toll too, so later: the toll rose, nobody is contradicted."""
    assert same_day_tolls((24, 40, "more than"), (24, 50, "about"),
                          (26, 62, "about")) == (62, "updated")


def test_fitting_figures_a_day_after_a_larger_one_are_a_falling_toll_in_conflict() -> None:
    """The larger figure told a day before the others is no start of a rising toll."""
    assert same_day_tolls((26, 62, "about"), (24, 50, "about"), (24, 40, "more than"),
                          days=(9, 10, 10)) == (62, "conflicting")


def test_a_toll_said_to_have_risen_supersedes_every_smaller_figure() -> None:
    """'Has risen to 80' says that every smaller count of the day came before it, the
    first reports' 7 and 'at least 60' alike, not only the next smaller one."""
    texts = {"early": ("Seven people were killed by a drone at the academy in Hama on "
                       "Thursday.", 7, None, "Seven people were killed"),
             "later": ("A drone strike at the academy in Hama on Thursday killed at least 60 "
                       "people.", 60, "at least", "killed at least 60 people"),
             "risen": ("The toll of the drone strike at the academy in Hama on Thursday has "
                       "risen to 80 killed.", 80, None, "has risen to 80 killed"),
             "same": ("The drone strike at the academy in Hama on Thursday killed 80 people.",
                      80, None, "killed 80 people")}
    summary = merge([report(name, dt.date(2024, 3, 7), text, attack(
        text, text, time_expression="on Thursday", targets=["Hama"],
        killed=killed(count, fragment, qualifier)))
        for name, (text, count, qualifier, fragment) in texts.items()])
    toll = next(f for f in summary.facts if f.path.endswith(".killed"))
    assert (toll.value, toll.status) == (80, "updated")
    assert not [f for f in summary.findings if f.code is FindingCode.conflict]


def count_word(count: int) -> str:
    return {1: "one", 2: "two", 3: "three", 6: "six"}[count]


@pytest.fixture
def weighed(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """How many times a report is weighed against an attack, as the merge's work."""
    count = [0]
    fit = events.fit

    def counted(report: events.AttackReport, event: Sequence[events.AttackReport],
                *told: frozenset[tuple[str, dt.date]]) -> tuple[int, int, int] | None:
        count[0] += 1
        return fit(report, event, *told)

    monkeypatch.setattr(events, "fit", counted)
    return count


def test_an_attack_is_weighed_only_against_attacks_of_its_days_and_attacker(
        weighed: list[int]) -> None:
    """Two outlets with 1,000 attacks each, one a day: each report was weighed against
    every attack formed so far (a million fits, issue 18), now only against those a
    day either side with no other attacker; the merge is the same."""
    day = dt.date(2024, 1, 1)
    outlets = [ArticleResult(article_id=side, source=side, backend="written",
                             extraction=ArticleExtraction(attacks=[
                                 Attack(date=day + dt.timedelta(days=n), attacker=attacker,
                                        evidence=Evidence(text=f"strike {n}"))
                                 for n in range(1000)]))
               for side, attacker in (("one", "Russia"), ("two", None))]
    summary = merge(outlets)
    assert weighed[0] < 5 * 2000
    attackers = [f for f in summary.facts if f.path.endswith(".attacker")]
    assert len(attackers) == 1000
    assert {f.status for f in attackers} == {"single_source"}
    assert {len(f.sources) for f in attackers} == {1}


def test_an_attack_is_weighed_only_against_attacks_on_its_places(weighed: list[int]) -> None:
    """Two outlets with the same 1,000 attacks by one attacker on one day, each on its
    own village: each report was weighed against every attack of that day (a million
    fits, issue 18), now only against those whose places may be its own."""
    outlets = [ArticleResult(article_id=side, source=side, backend="written",
                             extraction=ArticleExtraction(attacks=[
                                 Attack(date=dt.date(2024, 1, 1), attacker="Russia",
                                        targets=[f"Village {n}"],
                                        evidence=Evidence(text=f"strike on village {n}"))
                                 for n in range(1000)]))
               for side in ("one", "two")]
    summary = merge(outlets)
    assert weighed[0] < 5 * 2000
    attackers = [f for f in summary.facts if f.path.endswith(".attacker")]
    assert len(attackers) == 1000
    assert {f.status for f in attackers} == {"corroborated"}
    assert {len(f.sources) for f in attackers} == {2}


def test_an_article_s_undated_attack_carries_the_date_its_event_has() -> None:
    """The undated report joins the overnight attack (the first test): in the summary's
    articles it is dated as the attack is keyed, the night it began, so that it is not
    read as a second, undated attack. Every source still points at the fact it names:
    dating an attack moves no other fact of its article."""
    summary = merge(three_outlets())
    assert [(a.article_id, [(x.time_expression, x.date) for x in a.extraction.attacks])
            for a in summary.articles] == [
        ("next-day", [("Tuesday's", dt.date(2024, 1, 2))]),
        ("night", [("overnight", dt.date(2024, 1, 1))]),
        ("undated", [(None, dt.date(2024, 1, 1))])]
    walked = {fact_id(a.article_id, f.id): (f.key.field, f.value)
              for a in summary.articles for f in walk(a.extraction)}
    target = next(f for f in summary.facts if f.path == "attacks[2024-01-01].target")
    assert [walked[s.fact_id] for s in target.sources if s.fact_id] == [("target", "Kharkiv")] * 3


def test_an_attack_no_outlet_dates_is_listed_under_the_day_it_was_first_reported() -> None:
    """Neither outlet names a day ('an air strike killed nine'): the attack happened by
    the day it was first reported, which both articles then carry, and the report says
    no source names that day rather than show it as the attack's."""
    text_a = "An air strike on a market in Kamenka killed nine civilians, officials said."
    text_b = "Nine civilians were killed when an air strike hit the market in Kamenka."
    first = report("first", dt.date(2025, 3, 12), text_a, attack(
        text_a, text_a, targets=["Kamenka"], killed=killed(9, "killed nine civilians")))
    later = report("later", dt.date(2025, 3, 13), text_b, attack(
        text_b, text_b, targets=["Kamenka"], killed=killed(9, "Nine civilians were killed")))
    summary = merge([later, first])
    assert [(a.article_id, [(x.time_expression, x.date) for x in a.extraction.attacks])
            for a in summary.articles] == [("first", [(None, dt.date(2025, 3, 12))]),
                                           ("later", [(None, dt.date(2025, 3, 12))])]
    assert {f.path: (f.value, f.status) for f in summary.facts
            if f.path.endswith("killed")} == {"attacks[2025-03-12].killed": (9, "corroborated")}
    lines = render_markdown(summary).splitlines()
    assert lines[0] == "# Attack on Kamenka, reported 12 March 2025"
    assert ("### 2025-03-12 (no source names the day: the day it was first reported)"
            in lines)
    assert summary.model_dump(mode="json")["unstated_days"] == {
        "stages": [], "attacks": ["2025-03-12"]}, "the JSON says so too"


def test_a_stage_no_outlet_dates_is_listed_under_the_day_it_was_first_reported() -> None:
    text = "Hamas has freed 13 hostages, the group said."
    undated = stage_report("undated", dt.date(2023, 11, 25), text,
                           (None, "Hamas", 13, "Hamas has freed 13 hostages"))
    summary = merge([undated])
    assert [f.path for f in summary.facts] == ["exchange.stages[2023-11-25].released[Hamas].count"]
    assert ("| 2023-11-25 (no source names the day: the day it was first reported) | 13"
            in render_markdown(summary))
    assert summary.model_dump(mode="json")["unstated_days"] == {
        "stages": ["2023-11-25"], "attacks": []}, "the JSON says so too"


BOMBING = ("Two explosions tore through a memorial procession in Kerman on Wednesday, killing "
           "84 people. No group has claimed responsibility.")
SALVO = ("Russia fired missiles at Odesa on Monday, killing four people. Ukrainian drones "
         "struck Belgorod on Monday, injuring two.")


def test_a_title_names_no_unknown_attacker() -> None:
    """'Attack on Kerman', never 'Attack by unknown on Kerman': no one named the side."""
    told = [report(name, dt.date(2024, 1, 4), BOMBING, attack(
        BOMBING, BOMBING, time_expression="on Wednesday", attacker="unknown",
        targets=["Kerman"], killed=killed(84, "killing 84 people")))
        for name in ("first", "second")]
    lines = render_markdown(merge(told)).splitlines()
    assert lines[0] == "# Attack on Kerman, 3 January 2024"
    assert lines[2] == "- Attack on Kerman, 2024-01-03."


def test_two_attacks_of_one_day_are_headed_by_who_struck_where_not_by_their_key() -> None:
    """Two attacks on one day are keyed by date, attacker and target; a reader sees
    '2024-01-01, by Russia on Odesa', never '2024-01-01, Russia, Odesa'."""
    summary = merge([report("both", dt.date(2024, 1, 2), SALVO, attack(
        SALVO, "Russia fired missiles at Odesa on Monday", time_expression="on Monday",
        attacker="Russia", targets=["Odesa"], killed=killed(4, "killing four people")),
        attack(SALVO, "Ukrainian drones struck Belgorod on Monday", time_expression="on Monday",
               attacker="Ukraine", targets=["Belgorod"]))])
    assert {f.path.split(".")[0] for f in summary.facts} >= {
        "attacks[2024-01-01, Russia]", "attacks[2024-01-01, Ukraine]"}
    text = render_markdown(summary)
    headings = [line for line in text.splitlines() if line.startswith("### ")]
    assert headings == ["### 2024-01-01, by Russia", "### 2024-01-01, by Ukraine"]
    assert "- Attack by Russia on Odesa, 2024-01-01." in text
    assert "2024-01-01, Russia" not in text
    assert [f.label for f in build_report(summary).figures if f.fact.path.endswith(".killed")] \
        == ["2024-01-01, by Russia: killed"]


def test_kidnappers_and_abductors_are_one_side_whose_counts_disagree() -> None:
    """Captors no one names are written 'kidnappers' by one outlet and 'abductors' by
    another: one side, so two outlets' different counts of the children it freed are a
    disagreement, not two sides of an exchange. '41 school children' counts children,
    not schools."""
    first = "Kidnappers freed 41 school children on Sunday, the state government said."
    second = "The 29 pupils released by their abductors on Sunday reached the capital."
    summary = merge([
        stage_report("first", dt.date(2024, 3, 25), first,
                     ("on Sunday", "kidnappers", 41, first)),
        stage_report("second", dt.date(2024, 3, 25), second,
                     ("on Sunday", "abductors", 29, "The 29 pupils released by their abductors")),
    ])
    counts = [f for f in summary.facts if f.path.endswith(".count")]
    assert [(f.path, f.status, sorted(s.value for s in f.sources)) for f in counts] == [
        ("exchange.stages[2024-03-24].released[kidnappers].count", "conflicting", [29, 41])]
    assert not [f for f in summary.findings if f.kind is FindingKind.support]


def test_an_undated_attack_of_two_is_titled_without_its_key() -> None:
    """Two attacks no source dates are keyed 'undated, Northland' and 'undated, Southland';
    the title names each by who struck where, never 'undated, Northland'."""
    text = "Northland shelled Eastport, killing two. Southland drones hit Westport, killing one."
    article = Article(id="a", source="A", published=None, text=text)
    checked, findings = check(article, ArticleExtraction(attacks=[
        attack(text, "Northland shelled Eastport", attacker="Northland", targets=["Eastport"]),
        attack(text, "Southland drones hit Westport", attacker="Southland",
               targets=["Westport"])]))
    summary = merge([ArticleResult(article_id="a", source="A", published=None,
                                   backend="written", extraction=checked, findings=findings)])
    assert render_markdown(summary).splitlines()[0] == (
        "# Attack by Northland on Eastport; attack by Southland on Westport")


FOLLOW_UP = ("A Northland missile struck Eastport on Friday, killing 19 people. Hours later, a "
             "follow-up drone attack on Eastport killed one more person.")


def test_two_attacks_of_a_day_by_one_side_on_one_place_keep_two_keys() -> None:
    """A missile strike and, hours later, a drone attack on the same city by the same side
    are two attacks; a key names one of them, so the second is told apart by its weapons,
    and two with nothing to tell them apart by their place in the list."""
    def struck(weapon: str | None, fragment: str, count: int) -> Attack:
        weapons = [WeaponCount(type=weapon, evidence=Evidence(text=fragment))] if weapon else []
        return attack(FOLLOW_UP, fragment, time_expression="on Friday", attacker="Northland",
                      targets=["Eastport"], weapons=weapons,
                      killed=killed(count, "killed one more person" if count == 1
                                    else "killing 19 people"))
    missile = struck("missile", "A Northland missile struck Eastport on Friday", 19)
    drone = struck("drone", "a follow-up drone attack on Eastport killed one more person", 1)
    assert attack_keys([report("one", dt.date(2025, 4, 5), FOLLOW_UP, missile, drone)]) == {
        "attacks[2025-04-04, Northland, Eastport, drone]",
        "attacks[2025-04-04, Northland, Eastport, missile]"}
    plain = struck(None, "a follow-up drone attack on Eastport killed one more person", 1)
    first = struck(None, "A Northland missile struck Eastport on Friday", 19)
    assert attack_keys([report("one", dt.date(2025, 4, 5), FOLLOW_UP, first, plain)]) == {
        "attacks[2025-04-04, Northland, Eastport, 1]",
        "attacks[2025-04-04, Northland, Eastport, 2]"}


def test_an_undated_report_joins_one_strike_two_outlets_date_a_day_apart() -> None:
    """Two outlets date one strike a day apart (its start, and 'yesterday'); a third gives
    no date nor target, only where its drones fell: it adds no day, so it joins that strike
    rather than standing alone under its article's day."""
    first = "Ukrainian drones attacked Belgorod on Saturday, injuring two people."
    second = "Ukraine attacked Belgorod with drones yesterday, injuring two people."
    third = "Russia said it destroyed 40 Ukrainian drones over the Belgorod region."
    def told(text: str, when: str | None, **fields: object) -> Attack:
        return attack(text, text, time_expression=when, attacker="Ukraine", **fields)
    summary = merge([
        report("saturday", dt.date(2024, 1, 8), first,
               told(first, "on Saturday", targets=["Belgorod"])),
        report("yesterday", dt.date(2024, 1, 8), second,
               told(second, "yesterday", targets=["Belgorod"])),
        report("undated", dt.date(2024, 1, 9), third,
               told(third, None, regions=["Belgorod"], weapons=[WeaponCount(
                   type="drone", count=40, evidence=Evidence(text="40 Ukrainian drones"))]))])
    assert {f.path.split(".")[0] for f in summary.facts
            if f.path.startswith("attacks")} == {"attacks[2024-01-06]"}
