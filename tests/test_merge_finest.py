"""Outlets tell one attack at different grains: one names the country, another the city
hit; one says nobody claimed the bombing, another names the group that did. The summary
states the finer telling, as one target and one attacker, in its facts and in the
coarse outlet's extraction; where the finer telling is not settled (two cities, two
sides, a place the gazetteer cannot put inside the country, an article that tells the
two apart itself, a report alone) each keeps its words.

The articles are written for these tests.
"""

from __future__ import annotations

import datetime as dt

from summarizer.merge import merge
from summarizer.models import ArticleExtraction, Qualifier
from summarizer.summary import ArticleResult, Summary
from tests.test_events import attack, killed, report


def told(article_id: str, published: dt.date, text: str, when: str, attacker: str,
         target: str, toll: tuple[int, str, Qualifier | None]) -> ArticleResult:
    """One outlet's report of one attack, told whole in `text`."""
    return report(article_id, published, text, attack(
        text, text, time_expression=when, attacker=attacker, targets=[target],
        killed=killed(*toll)))


WIRE = ("A Russian missile barrage on Ukraine on Saturday afternoon killed at least 12 "
        "people, officials said.")
DATELINE = ("DNIPRO, Ukraine — A Russian missile slammed into a nine-storey apartment block "
            "in Dnipro on Saturday, killing 12 residents.")
LIVE = ("Live: rescuers dig through the rubble in Dnipro after Saturday's Russian strike "
        "killed 12.")


def on_ukraine(*cities: str) -> list[ArticleResult]:
    """The wire's strike 'on Ukraine', and one report naming each city hit."""
    day = dt.date(2023, 1, 15)
    return [told("wire", day, WIRE, "on Saturday afternoon", "Russia", "Ukraine",
                 (12, "killed at least 12 people", "at least")),
            *(told(city.lower(), day, DATELINE.replace("Dnipro", city), "on Saturday",
                   "Russia", city, (12, "killing 12 residents", None)) for city in cities)]


def targets(summary: Summary) -> list[tuple[str, list[str]]]:
    return [(str(f.value), [s.article_id for s in f.sources]) for f in summary.facts
            if f.path.endswith(".target")]


def extraction(summary: Summary, article_id: str) -> ArticleExtraction:
    return next(r.extraction for r in summary.articles if r.article_id == article_id)


def test_the_country_an_outlet_names_is_the_city_another_names() -> None:
    live = told("live", dt.date(2023, 1, 16), LIVE, "Saturday's", "Russia", "Ukraine",
                (12, "killed 12", None))
    summary = merge([*on_ukraine("Dnipro"), live])
    assert targets(summary) == [("Dnipro", ["dnipro", "live", "wire"])]
    assert extraction(summary, "wire").attacks[0].targets == ["Dnipro"]
    assert extraction(summary, "live").attacks[0].targets == ["Dnipro"]


def test_a_country_over_two_cities_or_alone_stays_the_country() -> None:
    """Two cities hit in one barrage: 'Ukraine' is no coarser telling of either."""
    assert sorted(v for v, _ in targets(merge(on_ukraine("Dnipro", "Kharkiv")))) == [
        "Dnipro", "Kharkiv", "Ukraine"]
    assert targets(merge(on_ukraine())) == [("Ukraine", ["wire"])]


def test_a_place_the_gazetteer_cannot_place_keeps_the_country_beside_it() -> None:
    village = ("Soldiers shelled Kalynivka village in Ukraine on Saturday, killing 12 "
               "people, the governor said.")
    results = [*on_ukraine(), told("local", dt.date(2023, 1, 15), village, "on Saturday",
                                   "Russia", "Kalynivka", (12, "killing 12 people", None))]
    assert sorted(v for v, _ in targets(merge(results))) == ["Kalynivka", "Ukraine"]


def test_an_article_telling_the_city_apart_from_the_country_keeps_both() -> None:
    """One article tells the strike on Belgorod and the drones sent over Russia as two
    attacks; the merge may join them, the article's own reading stands."""
    text = ("Ukrainian shelling of Belgorod on Saturday killed 14 people. Ukraine also sent "
            "32 drones over Russia on Saturday, the ministry said.")
    results = [report("ministry", dt.date(2023, 12, 31), text,
                      attack(text, "Ukrainian shelling of Belgorod on Saturday killed 14 people",
                             time_expression="on Saturday", attacker="Ukraine",
                             targets=["Belgorod"], killed=killed(14, "killed 14 people")),
                      attack(text, "Ukraine also sent 32 drones over Russia on Saturday",
                             time_expression="on Saturday", attacker="Ukraine",
                             targets=["Russia"]))]
    summary = merge(results)
    assert [a.targets for a in extraction(summary, "ministry").attacks] == [
        ["Belgorod"], ["Russia"]]


QUETTA = {
    "daily": "A suicide bomber blew himself up at the railway station in Quetta on Saturday, "
             "killing at least 24 people.",
    "agency": "The Balochistan Liberation Army claimed Saturday's bombing at the Quetta "
              "railway station, which killed 26 people.",
    "police": "A separatist group denied any role in Saturday's bombing at the Quetta railway "
              "station, which killed 26 people; police blamed the Pakistani Taliban.",
}
"""One bombing as three outlets tell it: nobody named, a claim, a denial and a blame."""


def bombing(*others: ArticleResult) -> list[ArticleResult]:
    return [told("daily", dt.date(2024, 11, 9), QUETTA["daily"], "on Saturday", "unknown",
                 "Quetta", (24, "killing at least 24 people", "at least")), *others]


def blamed(article_id: str, attacker: str) -> ArticleResult:
    """A next-day report that names who struck."""
    return told(article_id, dt.date(2024, 11, 10), QUETTA[article_id], "Saturday's", attacker,
                "Quetta", (26, "killed 26 people", None))


def test_an_unknown_bomber_is_the_side_another_outlet_names() -> None:
    summary = merge(bombing(blamed("agency", "Balochistan Liberation Army")))
    assert extraction(summary, "daily").attacks[0].attacker == "Balochistan Liberation Army"
    attacker = next(f for f in summary.facts if f.path.endswith(".attacker"))
    assert attacker.value == "Balochistan Liberation Army"


def test_an_unknown_bomber_stays_unknown_beside_two_sides_or_alone() -> None:
    """A denial names no attacker, and two outlets blaming two sides settle neither."""
    results = bombing(blamed("police", "Pakistani Taliban"),
                      blamed("agency", "Balochistan Liberation Army"))
    assert extraction(merge(results), "daily").attacks[0].attacker == "unknown"
    assert extraction(merge(bombing()), "daily").attacks[0].attacker == "unknown"
