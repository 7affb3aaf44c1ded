"""Whether one report of an attack can be an attack formed so far from other outlets'
reports, and how well it fits: the rules `events.py` places each report by.

Two articles' attacks are one attack when nothing tells them apart and their
times fit: the same attacker (or one unnamed), targets or regions that overlap
(or none named by one), weapons that do not contradict, and dates on the same
day, one day apart for a night attack (it spans midnight: late on the first day,
early on the second, never late on both) or for one attacker's strike on one target
that outlets date by its start, its end or 'yesterday', or one of them undated. An
undated report that fits two attacks alike is of the latest before its article. Two
attacks of one article are never one, unless they are one told twice (one evidence,
two authorities' figures).

Kept apart from the placing of reports and the keying of attacks (`events.py`):
this is the one question, of one report and one attack, that the placing asks of
each attack its index finds for the report, and most rules of identity are here.
Like the placing, this is about identity, never about values.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Sequence
from typing import TYPE_CHECKING

from summarizer.text.containment import may_lie_in, unlocated, within
from summarizer.text.nights import EDGE_OF_DAY, another_night

if TYPE_CHECKING:
    from summarizer.events import AttackReport

_WEAPON_KINDS: tuple[frozenset[str], ...] = (
    frozenset({"drone", "cruise missile", "ballistic missile", "missile", "guided bomb",
               "rocket", "artillery"}),
    frozenset({"firearm", "knife", "vehicle"}),
)
"""Strikes from afar and assaults at close range: one attack is told with either. Outlets
name different weapons of one strike ('40 drones', 'the missile hit'), so weapons only
tell two attacks apart across these kinds; an explosive or 'other' fits any attack."""


def _places_overlap(a: frozenset[str], b: frozenset[str], *, maybe: bool = False) -> bool:
    """A place in both, or one in the other; `maybe`: or possibly in the other, a place
    the gazetteer does not know being perhaps in a country it does."""
    inside = may_lie_in if maybe else within
    return bool(a & b) or any(inside(x, y) or inside(y, x) for x in a for y in b)


def _kinds(weapons: frozenset[str]) -> set[int]:
    return {i for i, kind in enumerate(_WEAPON_KINDS) if weapons & kind}


def _weapons_fit(a: frozenset[str], b: frozenset[str]) -> bool:
    """Two reports' weapons share a kind, or one of them names no weapon of any kind."""
    ka, kb = _kinds(a), _kinds(b)
    return not ka or not kb or bool(ka & kb)


def _apart(a: AttackReport, b: AttackReport) -> bool:
    """Something in two reports tells two attacks apart: attackers or weapons."""
    return bool((a.side and b.side and a.side != b.side)
                or not _weapons_fit(a.weapons, b.weapons))


def _elsewhere(report: AttackReport, event: Sequence[AttackReport],
               alone: frozenset[int] = frozenset()) -> bool:
    """The report's places are none of the attack's: of all its reports together, as
    outlets name different cities of one strike ('Lviv, Dnipro and Kharkiv'; 'Kyiv';
    'Ukraine'), and a city in a country another outlet names is a place of it. When
    the report names the attack's attacker, a place the gazetteer does not know may be
    in the country another report names ('Tirah'; 'Pakistan'): only a report naming
    nobody needs its place known to be the attack's. Nor do places tell apart one
    side's only attack in each of two outlets (`alone`) when the gazetteer knows none
    of one's places: 'Binyamina' and 'Menashe Regional Council' may be one base's
    village and its council, and nothing says they are two attacks."""
    places = frozenset().union(*(r.places for r in event))
    same_side = report.side is not None and any(r.side == report.side for r in event)
    if not (report.places and places) \
            or _places_overlap(report.places, places, maybe=same_side):
        return False
    only = id(report) in alone and all(id(r) in alone for r in event if r.side)
    return not (same_side and only and (unlocated(report.places) or unlocated(places)))


def sides_alone(reports: Sequence[AttackReport]) -> frozenset[int]:
    """The reports (by id()) that are the only attack by their side their article
    tells: one outlet's one attack by a side, against another's one."""
    told = Counter((r.article_id, r.side) for r in reports if r.side)
    return frozenset(id(r) for r in reports if r.side and told[r.article_id, r.side] == 1)


def _told_twice(a: AttackReport, b: AttackReport) -> bool:
    """Two attacks of one article with one evidence, date, attacker, places and weapons
    are one attack told with two authorities' figures ('the army says 23 died; the
    Taliban, 58'). Other weapons make another attack of the same day ('hours later, a
    drone killed one more'), whose toll is its own, not a rival of the first's."""
    return (a.attack.evidence.text == b.attack.evidence.text and a.date == b.date
            and a.attacker == b.attacker and a.places == b.places and a.weapons == b.weapons)


def _one_night(reports: Sequence[AttackReport], first: dt.date) -> bool:
    """Reports dated on two days, `first` and the next, tell one night's attack when
    someone puts it at night and nobody at the other end of another night."""
    return any(r.night for r in reports) and not any(
        another_night(r.attack.time_expression, r.date == first)
        for r in reports if r.date is not None)


def _one_strike(report: AttackReport, event: Sequence[AttackReport],
                told_apart: frozenset[tuple[str, dt.date]], first: dt.date) -> bool:
    """Outlets a day apart on one attack that nothing else tells apart: every report
    names the same attacker and a target of the report's, no report puts it at the
    wrong end of a night ('late Sunday', 'early Saturday'), and no outlet reports that
    attacker's strikes on both days (`told_apart`: then they are two, and each outlet's
    report is of its own day's). Outlets date one strike by its start, its end or
    'yesterday' from their own day."""
    return bool(report.side and report.targets) and (
        report.side, first) not in told_apart and all(
        r.side == report.side and r.targets & report.targets for r in event
    ) and not any(EDGE_OF_DAY.search(r.attack.time_expression or "")
                  for r in (report, *event))


def told_apart(reports: Sequence[AttackReport]) -> frozenset[tuple[str, dt.date]]:
    """(attacker, first day) where one article reports the attacker's strikes on a
    target on that day and on the next: two attacks, whatever other outlets date."""
    days: dict[tuple[str, str, str], set[dt.date]] = {}
    for r in reports:
        if r.side and r.date is not None:
            for target in r.targets:
                days.setdefault((r.article_id, r.side, target), set()).add(r.date)
    return frozenset((attacker, day) for (_, attacker, _), dated in days.items()
                     for day in dated if day + dt.timedelta(days=1) in dated)


_NEVER = 1 << 30
"""An age later than any: an attack with no date before the article."""


def fit(report: AttackReport, event: Sequence[AttackReport],
        told_apart: frozenset[tuple[str, dt.date]] = frozenset(),
        alone: frozenset[int] = frozenset()) -> tuple[int, int, int] | None:
    """How well a report fits the reports of one attack so far: (days apart, minus
    the things it positively shares with them, `_age`), lower is better; None when it
    cannot be the same attack. The dates may span one day when anyone calls it a night
    attack (the night is the attack's, whoever says so); undated fits any day, and adds
    none: it fits one strike that two outlets date a day apart as it fits one outlet's."""
    if any((r.article_id == report.article_id and not _told_twice(r, report))
           or _apart(report, r) for r in event) or _elsewhere(report, event, alone):
        return None
    dates = {r.date for r in (report, *event) if r.date is not None}
    span = (max(dates) - min(dates)).days if dates else 0
    if report.date is not None and (span > 1 or (
            span == 1 and not _one_night((report, *event), min(dates))
            and not _one_strike(report, event, told_apart, min(dates)))):
        return None
    days = 0 if report.date is None else min(
        (abs((report.date - r.date).days) for r in event if r.date is not None), default=0)
    shared = sum(bool(report.side and report.side == r.side)
                 + bool(report.places and r.places)
                 + (report.date is not None and report.date == r.date) for r in event)
    return days, -shared, _age(report, event)


def _age(report: AttackReport, event: Sequence[AttackReport]) -> int:
    """For an undated report, how many days before its article the attack was: of two
    attacks that fit it equally, an article that gives no date tells of the latest
    before it, as a date without a year is the latest such date (text/time.py). Not
    the earliest: that put a report of Monday's strike, published on Tuesday, under
    Sunday's. An attack after the article, or undated, comes last."""
    if report.date is not None or report.published is None:
        return 0
    return min(((report.published - r.date).days for r in event
                if r.date is not None and r.date <= report.published), default=_NEVER)
