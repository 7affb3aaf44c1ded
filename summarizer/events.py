"""Which reports, across outlets, are one attack: an attack told by three outlets is
one attack (the stages of an exchange are matched in `stage_days.py`).

Whether a report can be an attack formed so far, and how well it fits, is
`attack_fit.py`'s. Here the reports are placed, the dated ones first, so an undated
report joins the dated event that fits it best, of two alike the latest before its
article; it never stands alone when one fits. Each attack is then keyed, and listed
under a day.

Everything here is about identity, never about values: a toll of 18 in one
report and 39 in another is one attack with two tolls, for
`validate.cross_source` to judge.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from summarizer.attack_fit import fit, sides_alone, told_apart
from summarizer.fact_paths import KEY_SEPARATOR, when
from summarizer.models import Attack
from summarizer.text.containment import place_reach
from summarizer.text.entities import names_no_side
from summarizer.text.nights import at_night


@dataclass(frozen=True)
class AttackReport:
    """One article's report of an attack, with its names made canonical."""

    article_id: str
    article: int
    """The article's place in the merge's fixed order."""
    attack: Attack
    attacker: str | None
    targets: frozenset[str]
    places: frozenset[str]
    """Targets and regions together: where the attack landed."""
    published: dt.date | None = None
    """The article's day: an undated report is of the latest attack that fits it."""

    @property
    def date(self) -> dt.date | None:
        return self.attack.date

    @property
    def side(self) -> str | None:
        """The attacker when it names a side: 'unknown' or 'gunmen' names nobody, and
        tells no attack apart from one another outlet gives a side for."""
        return None if self.attacker is None or names_no_side(self.attacker) else self.attacker

    @property
    def night(self) -> bool:
        return at_night(self.attack.time_expression, self.attack.evidence.text)

    @property
    def weapons(self) -> frozenset[str]:
        return frozenset(w.type for w in self.attack.weapons if w.type != "other")


@dataclass(frozen=True)
class AttackEvent:
    """One attack as the merged summary lists it: its reports and its key."""

    reports: tuple[AttackReport, ...]
    key: tuple[str, ...]
    """What names it among the case's attacks: its date (or time as written), then,
    only when another attack shares that, its attacker, then its target, as the gold
    format keys two attacks on one date."""

    @property
    def when(self) -> str:
        """The key as a path writes it: `2024-10-01, Iran`."""
        return KEY_SEPARATOR.join(self.key)

    @property
    def dates(self) -> list[dt.date]:
        return sorted({r.date for r in self.reports if r.date is not None})

    @property
    def day(self) -> dt.date | None:
        """The date the summary lists it under: the night it began, or, when no report
        names a day, the day its first report was published (`published_day`)."""
        return _listed_day(self.reports)

    @property
    def told_later(self) -> frozenset[tuple[str, str]]:
        """(earlier, later) article ids where one article gives both the killed and the
        injured higher than the other: a count made later, when nothing else orders them
        (same-day pages without times). Both tolls rise together as casualties are
        counted; one toll differing while the other agrees is not a later count but
        another authority's ('at least 104 killed' in both, 200 or 253 injured)."""
        tolls: dict[str, list[tuple[int, int] | None]] = {}
        for report in self.reports:
            tolls.setdefault(report.article_id, []).append(_both_tolls(report.attack))
        return frozenset(
            (a, b) for a, low in tolls.items() for b, high in tolls.items()
            if a != b and all(x is not None and y is not None and x[0] < y[0] and x[1] < y[1]
                              for x in low for y in high))


def _both_tolls(attack: Attack) -> tuple[int, int] | None:
    """The killed and injured counts of a report that states both."""
    killed, injured = attack.killed, attack.injured
    if killed is None or injured is None or killed.count is None or injured.count is None:
        return None
    return killed.count, injured.count


class _Filed:
    """The attacks formed so far, by attacker, by day and by place: a report only fits
    an attack with no other attacker named, dated within a day of it (all attacks are
    dated when a dated report is placed), and with a place that may be one of its own
    or none yet. Looking only there, not at every attack, keeps a merge of thousands
    of attacks near-linear, one day's too (issue 18). A report naming no place may be
    any attack's: it looks at all of them."""

    def __init__(self) -> None:
        self.attacker: list[str | None] = []
        self.days: list[set[dt.date]] = []
        self.by_attacker: dict[str | None, set[int]] = {}
        self.by_day: dict[dt.date, dict[str | None, set[int]]] = {}
        self.unplaced: set[int] = set()
        self.by_place: dict[str, set[int]] = {}

    def candidates(self, report: AttackReport, alone: bool = False) -> list[int]:
        """`alone`: the report is its article's only attack by its side, which may be
        the side's attack of those days wherever (`attack_fit.py`)."""
        named = report.side
        if report.places:
            near = self.unplaced.union(*(self.by_place.get(key, set())
                                         for place in report.places
                                         for key in place_reach(place)[1]))
            days = (None if report.date is None else
                    {report.date + dt.timedelta(days=step) for step in (-1, 0, 1)})
            if alone and named is not None:
                near |= (self.by_attacker.get(named, set()) if days is None else
                         {i for day in days for i in self.by_day.get(day, {}).get(named, ())})
            return sorted(index for index in near
                          if (named is None or self.attacker[index] in (None, named))
                          and (days is None or not days.isdisjoint(self.days[index])))
        if report.date is None:
            found = (set(range(len(self.attacker))) if named is None
                     else self.by_attacker.get(None, set()) | self.by_attacker.get(named, set()))
        else:
            found = {index for step in (-1, 0, 1)
                     for attacker, held in self.by_day.get(
                         report.date + dt.timedelta(days=step), {}).items()
                     if named is None or attacker in (None, named) for index in held}
        return sorted(found)

    def add(self, report: AttackReport, index: int, cluster: list[AttackReport]) -> None:
        if index == len(self.attacker):
            self.attacker.append(None)
            self.days.append(set())
            self.by_attacker.setdefault(None, set()).add(index)
            self.unplaced.add(index)
        if report.side and self.attacker[index] is None:
            self.attacker[index] = report.side
            self.by_attacker[None].discard(index)
            self.by_attacker.setdefault(report.side, set()).add(index)
            for day in {r.date for r in cluster if r.date is not None}:
                filed = self.by_day.setdefault(day, {})
                filed.get(None, set()).discard(index)
                filed.setdefault(report.side, set()).add(index)
        if report.date is not None:
            self.days[index].add(report.date)
            self.by_day.setdefault(report.date, {}).setdefault(
                self.attacker[index], set()).add(index)
        if report.places:
            self.unplaced.discard(index)
            for place in report.places:
                for key in place_reach(place)[0]:
                    self.by_place.setdefault(key, set()).add(index)


def _clusters(reports: Sequence[AttackReport]) -> list[list[AttackReport]]:
    """Reports grouped into attacks. Dated reports are placed first, in date order, and
    on each day those naming an attacker first, so a report that names less (no date,
    no attacker) is placed after the attacks it may belong to are formed, into the one
    that fits it best; never two attacks of one article into one."""
    ordered = sorted(enumerate(reports),
                     key=lambda ir: (ir[1].date is None, ir[1].date or dt.date.min,
                                     ir[1].side is None, ir[0]))
    clusters: list[list[AttackReport]] = []
    filed = _Filed()
    apart, alone = told_apart(reports), sides_alone(reports)
    for _, report in ordered:
        scored = [(score, index) for index in filed.candidates(report, id(report) in alone)
                  if (score := fit(report, clusters[index], apart, alone)) is not None]
        if scored:
            index = min(scored)[1]
            clusters[index].append(report)
        else:
            index = len(clusters)
            clusters.append([report])
        filed.add(report, index, clusters[index])
    # Each attack's reports in the articles' order, so its sources read in that order.
    position = {id(report): index for index, report in enumerate(reports)}
    return [sorted(cluster, key=lambda r: position[id(r)]) for cluster in clusters]


def _first_most_common(values: Sequence[str]) -> str | None:
    """The value most reports give; on a tie the first in alphabetical order."""
    if not values:
        return None
    return min(set(values), key=lambda v: (-values.count(v), v))


def published_day(published: Iterable[dt.date | None]) -> dt.date | None:
    """The day of an event no report dates, from its reports' publication days: the
    earliest. A report tells the news of its day ('has released 103 prisoners', 'an air
    strike killed ten'), so that day is the latest the event can be, and the one outlets
    that name no day are read as giving; an article re-published the next day is no
    later news."""
    return min((day for day in published if day is not None), default=None)


def _listed_day(reports: Iterable[AttackReport]) -> dt.date | None:
    """The day an attack is listed under: the earliest its reports name (the night it
    began), or, when none names one, the day it was first published (`published_day`)."""
    reports = list(reports)
    return min((r.date for r in reports if r.date is not None),
               default=published_day(r.published for r in reports))


def _when(cluster: Sequence[AttackReport]) -> str:
    """The night it began for an attack dated on two days; for an undated one, the
    day it was first published, else the earliest time as written."""
    if (day := _listed_day(cluster)) is not None:
        return when(day, None)
    expressions = sorted((r.attack.time_expression or "").strip() for r in cluster)
    return when(None, next((e for e in expressions if e), None))


def _keys(clusters: Sequence[Sequence[AttackReport]]) -> list[tuple[str, ...]]:
    """Each attack's key, made longer only where two attacks would share it: by the
    attacker (the target for an attack nobody is named for), then by both, then by its
    weapons ('a follow-up drone attack' on the city a missile hit that morning), then by
    its place in the list: a key names one attack, or its facts would be another's."""
    keys: list[tuple[str, ...]] = [(_when(c),) for c in clusters]
    longer: list[list[tuple[str, ...]]] = []
    for cluster, (date,) in zip(clusters, keys, strict=True):
        attacker = (_first_most_common([r.side for r in cluster if r.side])
                    or _first_most_common([r.attacker for r in cluster if r.attacker]))
        target = _first_most_common(sorted(t for r in cluster for t in r.targets))
        by_attacker = (date, attacker) if attacker else (date, target) if target else (date,)
        by_both = tuple(p for p in (date, attacker, target) if p)
        weapons = " and ".join(sorted({w for r in cluster for w in r.weapons}))
        longer.append([by_attacker, by_both, (*by_both, weapons) if weapons else by_both])
    for step in (0, 1, 2):
        shared = {k for k, times in Counter(keys).items() if times > 1}
        keys = [longer[i][step] if k in shared else k for i, k in enumerate(keys)]
    shared = {k for k, times in Counter(keys).items() if times > 1}
    seen: Counter[tuple[str, ...]] = Counter()
    for i, k in enumerate(keys):
        if k in shared:
            seen[k] += 1
            keys[i] = (*k, str(seen[k]))
    return keys


def attack_events(reports: Sequence[AttackReport]) -> list[AttackEvent]:
    """The attacks the reports are about. `reports` must come in a fixed order: the
    result follows it, so the summary does not depend on the input's order."""
    clusters = _clusters(reports)
    return [AttackEvent(tuple(c), k) for c, k in zip(clusters, _keys(clusters), strict=True)]
