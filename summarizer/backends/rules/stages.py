"""Releases gathered into stages: one stage per date, undated releases placed or dropped.

An article tells a stage over several sentences: the lead dates it ("Hamas freed
12 hostages on Tuesday"), later sentences restate a release without a date
("The 12 hostages included ten Israelis") or add the other side's ("Israel
released 30 prisoners an hour later"). Releases dated weeks before publication
are earlier exchanges the article recalls, not stages it reports.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from summarizer.models import ExchangeStage, Release
from summarizer.text.time import resolve

_NEWS_DAYS = 21
"""A release dated more than three weeks before publication is an earlier exchange that the
article recalls ("an American mother and daughter on Oct. 20"), not a stage it reports."""


@dataclass
class Found:
    """A release read from one sentence, with the time expression that dates it, if any;
    an empty `released_by` marks a sentence that describes a release without its side."""

    when: str | None
    release: Release
    quoted: bool
    symmetric: bool


def assemble(releases: list[Found], published: dt.date | None) -> list[ExchangeStage]:
    """One stage per date. An undated release ("Another 307 defenders are home") confirms
    a dated one with the same party and count, or joins the article's only stage when
    told in the narrative ("Shortly afterwards Israel freed 39"); else it is dropped: the
    undated sentences of a report mostly tell parts of a release ("seven living captives
    were handed over", "31 wounded prisoners were transferred"), not a side's count.

    Of two counts a side frees on one date, the larger is the release and the smaller a
    part of it told on its own ("31 wounded prisoners were handed over", "Six of the 13
    Israelis released were women"); an undated count never displaces a dated one: it
    may be a total since the truce began ("Israel has released 180 prisoners").

    A release whose side the sentence does not tell (`released_by` empty) only describes
    the release of its count ("The 33 prisoners, comprising 30 children and three women,
    were released")."""
    stages: dict[str, ExchangeStage] = {}
    ordered = sorted(releases, key=lambda f: (not f.release.released_by, not f.when))
    for found in ordered:
        release = found.release
        if not release.released_by:
            _describe(stages, release)
            continue
        if found.when:
            date = resolve(found.when, published)
            if date and published and (published - date).days > _NEWS_DAYS:
                continue
            key = date.isoformat() if date else found.when.lower()
            target: ExchangeStage | None = stages.setdefault(
                key, ExchangeStage(time_expression=found.when))
        else:
            confirmed = [s for s in stages.values() if any(
                r.released_by == release.released_by and r.count == release.count
                for r in s.releases)]
            only = list(stages.values()) if len(stages) == 1 and not found.quoted else []
            target = next(iter(confirmed or only), None)
        if target is not None:
            _place(target, release, competes=bool(found.when))
    return sorted((s for s in stages.values() if s.releases),
                  key=lambda s: resolve(s.time_expression, published) or dt.date.max)


def _place(stage: ExchangeStage, release: Release, *, competes: bool) -> None:
    """Add `release` to `stage`, or let it confirm, complete or (when `competes` and
    larger) replace the stage's release by the same side."""
    same = next((r for r in stage.releases if r.released_by == release.released_by), None)
    if same is None:
        stage.releases.append(release)
    elif same.count == release.count:
        if release.breakdown and not same.breakdown:
            same.breakdown = release.breakdown
            same.breakdown_complete = release.breakdown_complete
    elif competes and release.count > same.count:
        stage.releases[stage.releases.index(same)] = release


def _describe(stages: dict[str, ExchangeStage], detail: Release) -> None:
    """Give the article's one release of `detail`'s count its breakdown, when it has none."""
    same = [r for s in stages.values() for r in s.releases if r.count == detail.count]
    if len(same) == 1 and not same[0].breakdown:
        same[0].breakdown = detail.breakdown
        same[0].breakdown_complete = detail.breakdown_complete
