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
from itertools import combinations

from summarizer.models import BreakdownItem, ExchangeStage, Release
from summarizer.text.time import day_key, resolve

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
    category: str = ""
    """Who the people are when the sentence names one kind ("wounded prisoners of war")."""
    extra: bool = False
    """The sentence adds the group to another ("six more", "another 31 outside the exchange",
    "in addition, 31 wounded were handed over"): a release of its own, not a part of one."""
    received: bool = False
    """The count is what the receiving side got back ("Ukraine received 277", "277 returned
    home"): everyone that came home, the additions included."""
    part: bool = False
    """The sentence tells the group as some of the people freed ("Among the freed are ...")."""
    lead: bool = False
    """The sentence is in the article's first paragraph, which tells its news."""
    beside: bool = False
    """The sentence sets the addition beside a count the other side received ("Russia
    received 246, while 15 wounded were transferred from Ukraine"): not among that count."""


def assemble(releases: list[Found], published: dt.date | None,
             anchor: str | None = None) -> list[ExchangeStage]:
    """One stage per date. An undated release ("Another 307 defenders are home") confirms
    a dated one with the same party and count, or joins the article's only stage when
    told in the narrative ("Shortly afterwards Israel freed 39"); else it is dropped: the
    undated sentences of a report mostly tell parts of a release ("seven living captives
    were handed over", "31 wounded prisoners were transferred"), not a side's count.
    Only an article that dates no release keeps the undated releases its first paragraph
    tells (its news, unless an addition: "six more"), as an undated stage: the merge gives
    it the date other outlets give the same release.

    The counts a side frees on one date make one release (`_resolve`).

    A release whose side the sentence does not tell (`released_by` empty) only describes
    the release of its count ("The 33 prisoners, comprising 30 children and three women,
    were released")."""
    stages: dict[str, ExchangeStage] = {}
    sides: dict[tuple[str, str], list[Found]] = {}
    ordered = sorted(releases, key=lambda f: (not f.release.released_by, not f.when))
    details = [f.release for f in ordered if not f.release.released_by]
    dated = any(f.when and f.release.released_by for f in ordered)
    if anchor and _key(anchor, published) is None:
        anchor = None  # "hostages seized on October 7 were handed over": a day recalled
    undated = anchor is not None and not dated
    undated_news = anchor is None and not dated
    if undated and anchor and (day := _key(anchor, published)):
        stages[day] = ExchangeStage(time_expression=anchor)
    for found in ordered:
        release = found.release
        if not release.released_by:
            continue
        key: str | None
        if found.when:
            key = _key(found.when, published)
            if key is None:
                continue
            stages.setdefault(key, ExchangeStage(time_expression=found.when))
        else:
            confirmed = [k for k, told in sides.items() if k[1] == release.released_by
                         and any(f.release.count == release.count for f in told)]
            only = list(stages) if len(stages) == 1 and (undated or not found.quoted) else []
            key = next(iter([k[0] for k in confirmed] or only), None)
            if key is None and undated_news and found.lead and not (found.quoted or found.extra):
                key = ""  # the article's news, which it does not date
                stages.setdefault(key, ExchangeStage())
        if key is not None:
            sides.setdefault((key, release.released_by), []).append(found)
    for (key, _), told in sides.items():
        if not undated or any(not f.extra for f in told):  # an addition to nothing told
            stages[key].releases.append(_resolve(told))
    for detail in details:
        _describe(stages, detail)
    return sorted((s for s in stages.values() if s.releases),
                  key=lambda s: resolve(s.time_expression, published) or dt.date.max)


def _key(when: str, published: dt.date | None) -> str | None:
    """The stage a time expression names, or None for an earlier exchange the article
    recalls."""
    date = resolve(when, published)
    if date and published and (published - date).days > _NEWS_DAYS:
        return None
    return day_key(when, published)


def _resolve(found: list[Found]) -> Release:
    """One side's release on one date from the counts told of it. A count that is the sum
    of two or more others is the release and they are its parts ("277 freed: 246 in the
    exchange, another 31 outside it"). Otherwise the largest dated count is the release and
    a smaller one a part of it told on its own ("31 wounded prisoners were handed over",
    "Six of the 13 Israelis released were women"), unless the sentence adds it ("six more",
    "also, as a goodwill gesture, 31 wounded"): additions are summed into the release, each
    a category, but not into what the receiving side says came home. An undated count never
    displaces a dated one: it may be a total since the truce began ("Israel has released
    180"); an addition is summed whatever its size ("twelve Thais were released on Friday;
    thirteen Israelis were also released")."""
    dated = [f.release.count for f in found if f.when]
    limit = max(dated, default=found[0].release.count)
    by_count: dict[int, list[Found]] = {}
    for one in found:
        if one.release.count <= limit or (one.received and not dated) or one.extra:
            by_count.setdefault(one.release.count, []).append(one)
    counts = sorted(by_count, reverse=True)
    largest = _release(by_count[counts[0]])
    for size in range(len(counts) - 1, 1, -1):
        parts = next((c for c in combinations(counts[1:], size) if sum(c) == counts[0]), None)
        if parts is not None:
            if not largest.breakdown:
                _parts(largest, [by_count[c][0] for c in parts])
            return largest
    whole = [c for c in counts if not all(f.part for f in by_count[c])] or counts
    extras = [c for c in whole if all(f.extra for f in by_count[c])]
    base = next((c for c in whole if c not in extras), whole[0])
    added = [by_count[c][0] for c in extras if c != base]
    if not added or (any(f.received for f in by_count[base])
                     and not all(f.beside for f in added)):
        release = _release(by_count[base])
        if added and not release.breakdown:
            release = release.model_copy()
            _parts(release, added, complete=False)
        return release
    total = _release(by_count[base]).model_copy(deep=True)
    total.count = base + sum(f.release.count for f in added)
    total.qualifier = None
    _parts(total, [by_count[base][0], *added])
    return total


def _release(found: list[Found]) -> Release:
    """The release of one count, with the breakdown one of its sentences gives."""
    return next((f.release for f in found if f.release.breakdown), found[0].release)


def _parts(total: Release, parts: list[Found], *, complete: bool = True) -> None:
    """Give `total` the parts as its breakdown, when each names its own kind."""
    categories = [p.category for p in parts]
    if all(categories) and len(set(categories)) == len(categories):
        total.breakdown = [BreakdownItem(category=p.category, count=p.release.count,
                                         qualifier=p.release.qualifier,
                                         evidence=p.release.evidence) for p in parts]
        total.breakdown_complete = complete


def _describe(stages: dict[str, ExchangeStage], detail: Release) -> None:
    """Give the article's one release of `detail`'s count its breakdown, when it has none."""
    same = [r for s in stages.values() for r in s.releases if r.count == detail.count]
    if len(same) == 1 and not same[0].breakdown:
        same[0].breakdown = detail.breakdown
        same[0].breakdown_complete = detail.breakdown_complete
