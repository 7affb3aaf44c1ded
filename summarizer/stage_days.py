"""Which day each outlet's report of an exchange stage is listed under: a stage one
outlet leaves undated is the stage another dates, and a handover at night that
outlets date either side of midnight is one stage, not two. The attack's twin of
this is `events.py`; like it, this is about identity, never about the counts.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass, replace

from summarizer.events import published_day
from summarizer.text.nights import another_night


@dataclass(frozen=True)
class StageReport:
    """One article's report of an exchange stage: its date and the releasing parties."""

    article_id: str
    published: dt.date | None
    date: dt.date | None
    parties: frozenset[str]
    night: bool = False
    """The report puts the handover at night ('late Saturday', 'overnight')."""
    time_expression: str | None = None
    """As written: which end of a night ('late Saturday', 'early Sunday')."""


def stage_dates(reports: Sequence[StageReport]) -> list[dt.date | None]:
    """The date each stage is listed under.

    A stage handed over at night and dated the next day by another outlet is listed
    under the night it began, unless an article reports rounds on both days (then
    they are two). An undated stage takes the date of the stage that other articles
    date and that frees the same parties, when only one date fits (or, of several,
    only the article's publication day); a date its own article already gives to
    another stage is never taken, since the two stages are then two rounds. One that no
    other article dates takes the day it was first published (`published_day`) among
    the undated reports of its parties, where no other stage of its article is dated
    that day.
    """
    night = night_stages(reports)
    dated = [r if r.date is None else replace(r, date=night.get(r.date, r.date))
             for r in reports]
    dates: list[dt.date | None] = []
    for report in dated:
        if report.date is not None:
            dates.append(report.date)
            continue
        own = {r.date for r in dated if r.article_id == report.article_id}
        fitting = sorted({r.date for r in dated
                          if r.date is not None and r.date not in own
                          and r.article_id != report.article_id and r.parties & report.parties})
        if len(fitting) > 1:
            fitting = [d for d in fitting if d == report.published]
        elif not fitting:
            fitting = [d for d in [published_day(
                r.published for r in dated if r.date is None and r.parties & report.parties)]
                if d is not None and d not in own]
        dates.append(fitting[0] if len(fitting) == 1 else None)
    return dates


def _freed_both_days(before: Sequence[StageReport], day: Sequence[StageReport]) -> bool:
    """Whether an article reports one party freeing people on both days: two rounds.
    One party's release at night and the other's in the morning ('11 hostages freed
    Monday night'; 'early Tuesday, 33 prisoners were freed') are one round, told by
    its two halves."""
    return any(a.article_id == b.article_id and a.parties & b.parties
               for a in before for b in day)


def night_stages(reports: Sequence[StageReport]) -> dict[dt.date, dt.date]:
    """Day -> the day before, for a stage that outlets date either side of midnight:
    the same party frees people on both days, someone says it was at night, nobody at
    the other end of another night, and no article tells two rounds apart by
    reporting one party's releases on both days. A running total told the morning
    after is the night's too (align.py)."""
    on_day: dict[dt.date, list[StageReport]] = {}
    for report in reports:
        if report.date is not None:
            on_day.setdefault(report.date, []).append(report)
    moved: dict[dt.date, dt.date] = {}
    for day in sorted(on_day):
        before = day - dt.timedelta(days=1)
        if before not in on_day or before in moved:
            continue
        on = [on_day[before], on_day[day]]
        parties = frozenset().union(*(r.parties for r in on[0]))
        if not _freed_both_days(*on) and any(r.night for r in (*on[0], *on[1])) \
                and any(r.parties & parties for r in on[1]) \
                and not any(another_night(r.time_expression, r.date == before)
                            for r in (*on[0], *on[1])):
            moved[day] = before
    return moved
