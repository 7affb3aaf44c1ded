"""Align the facts of several articles: which statements across sources are about
the same thing, before anyone asks whether they agree.

Keys, with every name canonical (text/entities.py):

- a release by its stage date (an undated stage takes the date other articles
  give it, `events.py`) and releasing party; a breakdown item by its
  release and category; a running total by its date and receiving party;
- an attack by the event it reports (`events.py`: one attack told by several
  outlets, dated on either side of midnight or undated by some, is one), keyed by
  its date, and by its attacker and target only where two attacks share a date;
- a quote by its speaker and its words: quotes that contain one another, or
  match closely, are one statement (`quote_match.py`).

Alignment never compares values: that is `validate.cross_source`'s job, so a
25 and a 24 for the same release land in one `Aligned` to be judged there.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field, replace

from summarizer.events import AttackEvent, AttackReport, attack_events
from summarizer.fact_paths import FactPath
from summarizer.fact_paths import when as when_key
from summarizer.facts import Fact, fact_id, qualifier_of, walk
from summarizer.finest import Finer, Told, finer_tellings
from summarizer.models import Attack, CumulativeTotal, Evidence, Qualifier
from summarizer.quote_match import statement_groups
from summarizer.stage_days import StageReport, night_stages, stage_dates
from summarizer.summary import ArticleResult
from summarizer.text.entities import EntityKind, EntityResolver
from summarizer.text.nights import at_night
from summarizer.text.time import in_words

Value = int | str | bool
Kind = str
"""What a fact is, for the judge: 'count', 'casualty', 'total', 'quote', 'name', 'side' (an
attacker), 'place', 'flag'."""


@dataclass(frozen=True)
class Claim:
    """One article's statement of one fact."""

    article_id: str
    source: str
    published: dt.datetime | dt.date | None
    value: Value
    evidence: Evidence | None
    fact_id: str
    """The article's fact (`<article id>#<n>`), as its findings name it."""
    qualifier: Qualifier | None = None
    """What the article says of its number ('at least'): it travels with the number, and
    the two are judged together."""


@dataclass
class Aligned:
    """Every article's statement of one fact, under one canonical path."""

    key: FactPath
    kind: Kind
    claims: list[Claim] = field(default_factory=list)
    told_later: frozenset[tuple[str, str]] = frozenset()
    """(earlier, later) article ids that the case itself orders, for an attack's toll
    and weapon counts (`events.AttackEvent.told_later`)."""

    @property
    def path(self) -> str:
        return str(self.key)

    @property
    def articles(self) -> list[str]:
        return list(dict.fromkeys(c.article_id for c in self.claims))

    @property
    def fact_ids(self) -> list[str]:
        return [c.fact_id for c in self.claims]


@dataclass(frozen=True)
class DatedAttack:
    """One article's date for an attack that other articles date differently."""

    claim: Claim
    date: dt.date
    expression: str | None


@dataclass
class Alignment:
    facts: list[Aligned]
    attack_dates: list[tuple[str, list[DatedAttack]]]
    """(attack key, each article's date) for attacks whose sources disagree on the day."""
    found_dates: dict[int, dt.date] = field(default_factory=dict)
    """The date of each stage or attack (by its id()) that its article leaves undated and
    other articles date (stage_days.py: `stage_dates`, and the attack event it joins)."""
    named_elsewhere: frozenset[int] = frozenset()
    """The stages and attacks (by id()) dated with no words of their own on the day that
    another article's own words give the same stage or attack: what a model would leave
    undated there, and the merge would date so (`found_dates`)."""
    finer: dict[int, Finer] = field(default_factory=dict)
    """What another report of each attack (by its id()) tells more finely (finest.py):
    its target is stated as that one, and so is its attacker in its article's extraction."""


def in_fixed_order(results: Iterable[ArticleResult]) -> list[ArticleResult]:
    """A fixed order, so permuting the input never changes the merged summary."""
    return sorted(results, key=lambda r: (r.article_id, r.source, str(r.published)))


def judge_kind(path: FactPath) -> Kind:
    """What the judge compares: a count, a toll or total that may grow, a name, a flag..."""
    if path.kind == "agreement":
        return {"per_side": "flag", "place": "place", "date": "name"}.get(path.field or "", "count")
    if path.kind == "cumulative":
        return "total"
    if path.kind == "region":
        return "flag"
    if path.kind == "statement":
        return "quote"
    if path.kind == "attack":
        return {"killed": "casualty", "injured": "casualty", "attacker": "side", "target": "name",
                "weapons_total": "count"}.get(path.field or "", "flag")
    return "count"


class _Builder:
    def __init__(self, results: list[ArticleResult], resolver: EntityResolver) -> None:
        self.results = results
        # A qualifier is no fact of its own here: it is part of its number's claim.
        self.walked = {id(r): [f for f in walk(r.extraction) if f.figure and not f.key.qualifier]
                       for r in results}
        self.of_item: dict[tuple[int, int], list[Fact]] = {}
        """Each item's facts (by the article's and the item's id()): an attack's are found
        without reading all of its article's (a large answer has thousands, issue 18)."""
        for article, facts in self.walked.items():
            for fact in facts:
                self.of_item.setdefault((article, id(fact.item)), []).append(fact)
        self.names = self._resolve(resolver)
        self.facts: dict[tuple[str, ...], Aligned] = {}
        self.stage_when = self._stage_when()

    def _resolve(self, resolver: EntityResolver) -> dict[EntityKind, dict[str, str]]:
        wanted: dict[EntityKind, set[str]] = {kind: set() for kind in EntityKind}
        for result in self.results:
            for fact in self.walked[id(result)]:
                for kind, name in _names(fact):
                    wanted[kind].add(name)
            wanted[EntityKind.party].update(t.received_by for t in result.extraction.cumulative)
            wanted[EntityKind.person].update(s.speaker for s in result.extraction.statements)
        return {kind: resolver.resolve(kind, names) for kind, names in wanted.items()}

    def name(self, kind: EntityKind, text: str) -> str:
        return self.names[kind].get(text, text)

    def _stage_when(self) -> dict[int, str]:
        """Each stage's date key (by the stage's id()): a night's stage under the night
        it began, an undated stage's from the other articles (events.py)."""
        stages = [(r, stage) for r in self.results for stage in r.extraction.stages]
        reports = [StageReport(r.article_id, publication_day(r.published), stage.date,
                               frozenset(self.name(EntityKind.party, rel.released_by)
                                         for rel in stage.releases),
                               at_night(stage.time_expression,
                                        " ".join(rel.evidence.text for rel in stage.releases)),
                               stage.time_expression)
                   for r, stage in stages]
        dates = stage_dates(reports)
        # Day -> the night before it, where a stage outlets date either side of midnight
        # is listed under the night: a running total as of that morning is the night's
        # ('so far, 150 freed', told early Tuesday of Monday night's round).
        self.stage_nights = night_stages(reports)
        self.found_dates: dict[int, dt.date] = {
            id(stage): date for (_, stage), date in zip(stages, dates, strict=True)
            if stage.date is None and date is not None}
        self.named_elsewhere: set[int] = {
            id(stage) for (_, stage), report, date in zip(stages, reports, dates, strict=True)
            if _named_by_another(_told(report), [
                _told(other) for other, day in zip(reports, dates, strict=True)
                if day == date and other.parties & report.parties])}
        return {id(stage): when_key(date, stage.time_expression)
                for (_, stage), date in zip(stages, dates, strict=True)}

    def attack_reports(self) -> list[AttackReport]:
        """Every article's attacks, names canonical, in the articles' fixed order."""
        def places(names: list[str]) -> frozenset[str]:
            return frozenset(self.name(EntityKind.place, n) for n in names)

        return [AttackReport(result.article_id, number, attack,
                             self.name(EntityKind.party, attack.attacker)
                             if attack.attacker else None,
                             places(attack.targets), places([*attack.targets, *attack.regions]),
                             publication_day(result.published))
                for number, result in enumerate(self.results)
                for attack in result.extraction.attacks]

    def canonical(self, fact: Fact, when: str | None = None) -> tuple[FactPath, Value]:
        """The fact's path (under `when`, if given) and value with every name canonical.
        The path is rebuilt only where a key changes: most names are canonical already,
        and `replace` was the largest cost of aligning the seeds."""
        path, value = fact.key, fact.value
        assert value is not None, fact.path
        if isinstance(value, str) and path.field in _VALUE_NAMES:
            value = self.name(_VALUE_NAMES[path.field], value)

        def canon(name: str | None, kind: EntityKind) -> str | None:
            return None if name is None else self.name(kind, name)

        keys = (canon(path.party, EntityKind.party), canon(path.category, EntityKind.category),
                canon(path.region, EntityKind.place), canon(path.speaker, EntityKind.person),
                path.when if when is None else when)
        if keys == (path.party, path.category, path.region, path.speaker, path.when):
            return path, value
        party, category, region, speaker, when = keys
        return replace(path, party=party, category=category, region=region, speaker=speaker,
                       when=when), value

    def add(self, key: tuple[str, ...], path: FactPath, claim: Claim) -> None:
        aligned = self.facts.setdefault(key, Aligned(path, judge_kind(path)))
        if not any(c.article_id == claim.article_id and c.value == claim.value
                   for c in aligned.claims):
            aligned.claims.append(claim)

    def claim(self, result: ArticleResult, fact: Fact, value: Value | None = None) -> Claim:
        shown = fact.value if value is None else value
        assert shown is not None, fact.path
        return Claim(result.article_id, result.source, result.published, shown, fact.evidence,
                     fact_id(result.article_id, fact.id), qualifier_of(fact))

    def exchange(self, result: ArticleResult) -> None:
        for fact in self.walked[id(result)]:
            if fact.key.item[0] not in ("agreement", "stage", "cumulative"):
                continue
            when = self.stage_when[id(fact.item)] if fact.key.item[0] == "stage" else None
            holder = fact.holder
            if isinstance(holder, CumulativeTotal) and holder.as_of in self.stage_nights:
                when = when_key(self.stage_nights[holder.as_of], None)
            path, value = self.canonical(fact, when)
            key: tuple[str, ...] = (str(path),)
            if isinstance(holder, CumulativeTotal):
                key = (str(path), self.name(EntityKind.party, holder.received_by))
            self.add(key, path, self.claim(result, fact, value))

    def attack(self, result: ArticleResult, attack: Attack, event: AttackEvent,
               cluster: str, finer: Finer | None) -> None:
        """The facts of one article's report of an attack, under the attack's merged key; a
        target another report tells more finely as that one (`finer`). An unnamed attacker
        stays: the judge states the side on its own sources' word."""
        for fact in self.of_item.get((id(result), id(attack)), ()):
            path, value = self.canonical(fact, event.when)
            if finer is not None and path.field == "target":
                value = finer.targets.get(str(fact.value), value)
            key: tuple[str, ...] = (cluster, str(path))
            if path.field == "target":
                key = (*key, str(value))
            self.add(key, path, self.claim(result, fact, value))
            if path.field in ("killed", "injured") or path.kind == "weapon":
                self.facts[key].told_later = event.told_later

    def statements(self) -> None:
        by_speaker: dict[str, list[tuple[ArticleResult, Fact]]] = {}
        for result in self.results:
            for fact in self.walked[id(result)]:
                if fact.key.kind == "statement":
                    speaker = self.name(EntityKind.person, fact.key.speaker or "")
                    by_speaker.setdefault(speaker, []).append((result, fact))
        for speaker in sorted(by_speaker):
            quotes = by_speaker[speaker]
            groups = statement_groups([str(fact.value) for _, fact in quotes])
            path = FactPath("statement", speaker=speaker)
            for group in groups:
                first = min(str(quotes[i][1].value) for i in group)
                for i in group:
                    result, fact = quotes[i]
                    self.add((str(path), first), path, self.claim(result, fact))

    def dated(self, result: ArticleResult, attack: Attack) -> DatedAttack:
        """One article's date for an attack that the other articles date otherwise."""
        fact = next(f for f in walk(result.extraction)
                    if f.item is attack and f.key.field == "date")
        assert attack.date is not None
        return DatedAttack(self.claim(result, fact), attack.date, attack.time_expression)


def _key_names(path: FactPath) -> Iterator[tuple[str | None, EntityKind]]:
    """The keys of a path that are names, with what they name."""
    yield path.party, EntityKind.party
    yield path.category, EntityKind.category
    yield path.region, EntityKind.place
    yield path.speaker, EntityKind.person

_VALUE_NAMES = {"place": EntityKind.place, "target": EntityKind.place,
                "attacker": EntityKind.party}
"""Which values are names, and of what."""


def _names(fact: Fact) -> Iterator[tuple[EntityKind, str]]:
    """The names a fact holds, in its keys and its value, for the resolver."""
    for name, kind in _key_names(fact.key):
        if name is not None:
            yield kind, name
    if isinstance(fact.value, str) and fact.key.field in _VALUE_NAMES:
        yield _VALUE_NAMES[fact.key.field], fact.value


def publication_day(published: dt.datetime | dt.date | None) -> dt.date | None:
    """The day of publication: days are what date news and are compared, not times."""
    return published.date() if isinstance(published, dt.datetime) else published


def align(results: Iterable[ArticleResult], resolver: EntityResolver) -> Alignment:
    """Every fact of every article, grouped with the same fact from the other articles."""
    ordered = in_fixed_order(results)
    builder = _Builder(ordered, resolver)
    for result in ordered:
        builder.exchange(result)
    attack_dates: list[tuple[str, list[DatedAttack]]] = []
    finer: dict[int, Finer] = {}
    reports = builder.attack_reports()
    case_told = Told(reports)
    for number, event in enumerate(attack_events(reports)):
        finer.update(finer_tellings(event.reports,
                                    lambda place: builder.name(EntityKind.place, place),
                                    case_told))
        for report in event.reports:
            builder.attack(ordered[report.article], report.attack, event, f"attack {number}",
                           finer.get(id(report.attack)))
        if (day := event.day) is not None:
            builder.found_dates.update((id(r.attack), day) for r in event.reports
                                       if r.date is None)
        told = [_told(r) for r in event.reports]
        builder.named_elsewhere.update(id(r.attack) for r, own in zip(event.reports, told,
                                                                       strict=True)
                                       if _named_by_another(own, told))
        if len(event.dates) > 1:
            attack_dates.append((str(FactPath("attack", when=event.when)), [
                builder.dated(ordered[r.article], r.attack)
                for r in event.reports if r.date is not None]))
    builder.statements()
    return Alignment(list(builder.facts.values()), attack_dates, builder.found_dates,
                     frozenset(builder.named_elsewhere), finer)


_Told = tuple[str, str | None, dt.date | None, dt.date | None]
"""A report of a stage or an attack as its date was told: article id, time expression,
date, publication day."""


def _told(report: StageReport | AttackReport) -> _Told:
    expression = (report.time_expression if isinstance(report, StageReport)
                  else report.attack.time_expression)
    return report.article_id, expression, report.date, report.published


def _named_by_another(own: _Told, others: Iterable[_Told]) -> bool:
    """A date with no words of its own that another article's own words give the same
    stage or attack: what a model would leave undated there, and the merge would date so."""
    article, expression, date, published = own
    return not in_words(expression, date, published) and any(
        in_words(e, d, p) and a != article and d == date for a, e, d, p in others)
