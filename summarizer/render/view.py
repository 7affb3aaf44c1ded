"""The report as the reader meets it, built from `Summary.facts` for both templates.

Markdown and HTML lay out the same sections, so the grouping lives here once:
templates only place `Figure`s (`figures.py`) and words. A number reaches a report
only as a `Figure`, i.e. as a fact of the summary; the view never computes one.
Every fact lands somewhere (unknown shapes go to `other`), because a figure that
silently vanishes from a report is worse than an ugly one.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass, field

from summarizer.fact_paths import FactPath, event_when, split_when
from summarizer.facts import Fact, fact_id, walk
from summarizer.models import Finding, Statement
from summarizer.render.figures import Figure, summary_figures
from summarizer.render.headline import title_and_lines
from summarizer.summary import Summary, SummaryFact


@dataclass
class Release:
    count: Figure | None = None
    breakdown: list[tuple[str, Figure]] = field(default_factory=list)


UNNAMED_DAY = "no source names the day: the day it was first reported"
"""Shown beside the date of an event no source dates (`Summary.unstated_days`)."""


def _shown(when: str, day_named: bool) -> str:
    return when if day_named else f"{when} ({UNNAMED_DAY})"


@dataclass
class StageRow:
    """One row of the exchange table: a date (or a total as of a date)."""

    when: str
    releases: dict[str, Release] = field(default_factory=dict)
    cumulative: Figure | None = None
    remaining: Figure | None = None
    day_named: bool = True

    @property
    def shown(self) -> str:
        return _shown(self.when, self.day_named)


@dataclass
class Exchange:
    agreement: list[Figure] = field(default_factory=list)
    parties: list[str] = field(default_factory=list)
    rows: list[StageRow] = field(default_factory=list)

    def row(self, when: str) -> StageRow:
        found = next((r for r in self.rows if r.when == when), None)
        if found is None:
            found = StageRow(when)
            self.rows.append(found)
        return found


@dataclass
class AttackView:
    """One attack; weapons and casualties are (noun, figure) so templates need no paths."""

    when: str
    attacker: list[Figure] = field(default_factory=list)
    targets: list[Figure] = field(default_factory=list)
    weapons: list[tuple[str, Figure]] = field(default_factory=list)
    regions: list[Figure] = field(default_factory=list)
    casualties: list[tuple[str, Figure]] = field(default_factory=list)
    other: list[Figure] = field(default_factory=list)
    day_named: bool = True
    """False when no source names the day it is listed under (`UNNAMED_DAY`)."""

    @property
    def day(self) -> str | None:
        """Its key's date, without a composite key's parts (`split_when`); None if undated."""
        return split_when(self.when)[0]

    @property
    def shown(self) -> str:
        return _shown(event_when(self.when), self.day_named)

    @property
    def shown_day(self) -> str:
        """The day alone, for a line that names the attacker and target already."""
        return _shown(self.day or "undated", self.day_named)


@dataclass(frozen=True)
class StatementView:
    speaker: str
    quote: Figure
    channel: str | None
    date: str | None


@dataclass(frozen=True)
class Check:
    """A finding with the figures and sources it names, resolved for linking."""

    finding: Finding
    figures: tuple[Figure, ...]
    unresolved: tuple[str, ...]
    """The facts it names that are no figure of the summary, in words."""
    sources: tuple[int, ...]


@dataclass(frozen=True)
class Source:
    number: int
    article_id: str
    outlet: str
    published: str | None


@dataclass
class Report:
    title: str
    headline: list[list[str | Figure]]
    sources: list[Source]
    exchange: Exchange | None
    attacks: list[AttackView]
    statements: list[StatementView]
    other: list[Figure]
    checks: list[Check]
    figures: list[Figure]


def _exchange(figures: Iterable[Figure]) -> Exchange | None:
    exchange = Exchange()
    placed = False
    for fig in figures:
        key = fig.key
        if key is None or key.qualifier:
            continue
        when, party = key.when or "", key.party or ""
        if key.kind == "agreement":
            exchange.agreement.append(fig)
        elif key.kind == "release":
            exchange.row(when).releases.setdefault(party, Release()).count = fig
        elif key.kind == "breakdown":
            release = exchange.row(when).releases.setdefault(party, Release())
            release.breakdown.append((key.category or "", fig))
        elif key.kind == "cumulative" and key.field == "count":
            exchange.row(when).cumulative = fig
        elif key.kind == "remaining":
            exchange.row(when).remaining = fig
        else:
            continue
        placed = True
        if key.kind in ("release", "breakdown"):
            exchange.parties = list(dict.fromkeys([*exchange.parties, party]))
    exchange.rows.sort(key=lambda r: (not r.when[:4].isdigit(), r.when))
    return exchange if placed else None


UNCOUNTABLE = frozenset({"artillery", "other"})


def plural(noun: str, count: int | str | bool) -> str:
    """'250 drones' but '1 drone': the weapon vocabulary is singular nouns."""
    if count == 1 or noun in UNCOUNTABLE or noun.endswith("s"):
        return noun
    return noun + "s"


def _attacks(figures: Iterable[Figure]) -> list[AttackView]:
    attacks: dict[str, AttackView] = {}
    for fig in figures:
        key = fig.key
        if key is None or key.item[0] != "attack" or key.when is None or key.qualifier \
                or (key.kind == "attack" and key.field is None):
            continue
        view = attacks.setdefault(key.when, AttackView(key.when))
        name = key.field or ""
        if key.kind == "weapon":
            view.weapons.append((plural(key.weapon or "", fig.fact.value), fig))
        elif key.kind == "region":
            view.regions.append(fig)
        elif name == "attacker":
            view.attacker.append(fig)
        elif name == "target":
            view.targets.append(fig)
        elif name == "weapons_total":
            view.weapons.append(("weapons in total", fig))
        elif name in ("killed", "injured", "killed_reported", "injured_reported"):
            view.casualties.append((name.removesuffix("_reported"), fig))
        else:
            view.other.append(fig)
    return sorted(attacks.values(), key=lambda a: a.when)


def _statement_context(fact: SummaryFact, walked: dict[str, Fact]) -> Statement | None:
    """Channel and date of a quote, which a fact path does not hold.

    This is the one place the report reads an extraction: the statement of the
    first source that gives the quote as shown (found by its fact id), for its
    words and resolved date, never a figure.
    """
    for source in fact.sources:
        found = walked.get(source.fact_id or "")
        if found is not None and source.value == fact.value \
                and isinstance(found.item, Statement):
            return found.item
    return None


def _statements(figures: Iterable[Figure], walked: dict[str, Fact]) -> list[StatementView]:
    views = []
    for fig in figures:
        key = fig.key
        if key is None or key.kind != "statement" or key.field is not None or key.qualifier:
            continue
        context = _statement_context(fig.fact, walked)
        date = context.date.isoformat() if context and context.date else None
        views.append(StatementView(key.speaker or "", fig, context.channel if context else None,
                                   date))
    return views


Line = list[str | Figure]
"""Words and figures in reading order; templates print a Figure with its status."""


def build_report(summary: Summary) -> Report:
    """Lay the summary's facts out in sections; every fact appears exactly once."""
    numbers = {r.article_id: n for n, r in enumerate(summary.articles, start=1)}
    figures = summary_figures(summary, numbers)
    exchange = _exchange(figures)
    attacks = _attacks(figures)
    unstated = summary.unstated_days
    for row in exchange.rows if exchange is not None else []:
        row.day_named = not (row.releases and row.when in unstated.stages)
    for attack in attacks:
        attack.day_named = attack.day not in unstated.attacks
    walked = {fact_id(r.article_id, fact.id): fact
              for r in summary.articles for fact in walk(r.extraction)}
    statements = _statements(figures, walked)
    placed = {f.id for f in _placed(exchange, attacks, statements)}
    by_id = {s.fact_id: fig for fig in figures for s in fig.fact.sources if s.fact_id}
    checks = [_check(finding, by_id, walked, numbers)
              for finding in sorted(summary.findings, key=_severity_order)]
    title, headline = title_and_lines(exchange, attacks)
    return Report(
        title=title,
        headline=headline,
        sources=[
            Source(n, r.article_id, r.source, _day(r.published))
            for r, n in zip(summary.articles, numbers.values(), strict=True)
        ],
        exchange=exchange,
        attacks=attacks,
        statements=statements,
        other=[f for f in figures if f.id not in placed],
        checks=checks,
        figures=figures,
    )


def _check(
    finding: Finding, by_id: dict[str, Figure], walked: dict[str, Fact], numbers: dict[str, int]
) -> Check:
    """A finding with the figures whose sources it names by id; a fact it names that is
    no figure of the summary (a date, an attack as a whole) is named in words. `walked`
    gives each fact id's fact in its own article, which a figure may show under a
    canonical name. Where every id it names is a figure, its paths say nothing more: they
    may be the article's own keys from before the merge dated its stage."""
    found = [i for i in finding.fact_ids if i in by_id]
    figures = tuple({by_id[i].id: by_id[i] for i in found}.values())
    resolved = {f.fact.path for f in figures} | {walked[i].path for i in found if i in walked}
    left = () if found and len(found) == len(finding.fact_ids) else tuple(
        p for p in dict.fromkeys(finding.facts) if p not in resolved)
    return Check(
        finding, figures, tuple(dict.fromkeys(_words(p) for p in left)),
        tuple(numbers[a] for a in finding.articles if a in numbers),
    )


def _words(path: str) -> str:
    """A path as a reader names it; one of another shape stays as it is."""
    key = FactPath.parse(path)
    return key.words if key is not None else path


def _placed(
    exchange: Exchange | None, attacks: list[AttackView], statements: list[StatementView]
) -> Iterable[Figure]:
    if exchange is not None:
        yield from exchange.agreement
        for row in exchange.rows:
            for release in row.releases.values():
                if release.count is not None:
                    yield release.count
                yield from (f for _, f in release.breakdown)
            yield from (f for f in (row.cumulative, row.remaining) if f is not None)
    for attack in attacks:
        yield from (*attack.attacker, *attack.targets, *attack.regions, *attack.other)
        yield from (f for _, f in (*attack.weapons, *attack.casualties))
    yield from (s.quote for s in statements)


def _severity_order(finding: Finding) -> int:
    return ["error", "warning", "info"].index(finding.severity.value)


def _day(published: dt.date | None) -> str | None:
    """Dates only: a publication time adds noise and no check uses it."""
    if isinstance(published, dt.datetime):
        published = published.date()
    return published.isoformat() if published else None
