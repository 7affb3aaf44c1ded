"""Align the facts of several articles: which statements across sources are about
the same thing, before anyone asks whether they agree.

Keys, with every name canonical (text/entities.py):

- a release by its stage date and releasing party; a breakdown item by its
  release and category; a running total by its date and receiving party;
- an attack by its date and target; an overnight attack dated one day apart by
  two outlets is one attack when either calls it a night attack (it spans
  midnight), listed under the earlier date, the night it began;
- a quote by its speaker and its words: quotes that contain one another, or
  match closely, are one statement.

Alignment never compares values: that is `validate.cross_source`'s job, so a
25 and a 24 for the same release land in one `Aligned` to be judged there.
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

from rapidfuzz import fuzz

from summarizer.facts import (
    agreed_party_path,
    attack_key,
    cumulative_path,
    release_path,
    stage_key,
)
from summarizer.models import ArticleResult, Attack, Evidence
from summarizer.text.entities import EntityKind, EntityResolver

QUOTE_MIN_CHARS = 12
"""Containment only makes two quotes one when the shorter has this many chars."""

QUOTE_SAME_STATEMENT_MIN = 85.0
"""rapidfuzz partial ratio (0-100) at which two differently worded quotes are
renderings of one statement (reported as a variance) rather than two statements."""

QUOTE_VARIANT_MIN_CHARS = 25
"""A variance needs this much text: short phrases resemble each other by chance."""

_NIGHT = re.compile(r"\b(?:overnight|night|nighttime|tonight)\b", re.IGNORECASE)

Value = int | str | bool
Kind = str
"""What a fact is, for the judge: 'count', 'casualty', 'total', 'quote', 'name', 'place', 'flag'."""


@dataclass(frozen=True)
class Claim:
    """One article's statement of one fact."""

    article_id: str
    source: str
    published: dt.datetime | dt.date | None
    value: Value
    evidence: Evidence | None


@dataclass
class Aligned:
    """Every article's statement of one fact, under one canonical path."""

    path: str
    kind: Kind
    claims: list[Claim] = field(default_factory=list)

    @property
    def articles(self) -> list[str]:
        return list(dict.fromkeys(c.article_id for c in self.claims))


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


def quote_words(text: str) -> str:
    """A quote's words only: case, accents, punctuation and quote marks removed."""
    decomposed = unicodedata.normalize("NFKD", text)
    plain = "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()
    return " ".join(re.sub(r"[^\w\s]", " ", plain).split())


def same_words(a: str, b: str) -> bool:
    """One quote is the other, or a cut of it, up to punctuation."""
    wa, wb = quote_words(a), quote_words(b)
    short, long = sorted((wa, wb), key=len)
    return short == long or (len(short) >= QUOTE_MIN_CHARS and short in long)


def same_statement(a: str, b: str) -> bool:
    """Two quotes of one statement, possibly worded differently (a translation)."""
    if same_words(a, b):
        return True
    wa, wb = quote_words(a), quote_words(b)
    if min(len(wa), len(wb)) < QUOTE_VARIANT_MIN_CHARS:
        return False
    return fuzz.partial_ratio(wa, wb) >= QUOTE_SAME_STATEMENT_MIN


def in_fixed_order(results: Iterable[ArticleResult]) -> list[ArticleResult]:
    """A fixed order, so permuting the input never changes the merged summary."""
    return sorted(results, key=lambda r: (r.article_id, r.source, str(r.published)))


class _Builder:
    def __init__(self, results: list[ArticleResult], resolver: EntityResolver) -> None:
        self.results = results
        self.names = self._resolve(resolver)
        self.facts: dict[tuple[str, ...], Aligned] = {}

    def _resolve(self, resolver: EntityResolver) -> dict[EntityKind, dict[str, str]]:
        wanted: dict[EntityKind, set[str]] = {kind: set() for kind in EntityKind}
        for result in self.results:
            x = result.extraction
            if x.agreement is not None:
                wanted[EntityKind.party].update(p.party for p in x.agreement.by_party)
                if x.agreement.place:
                    wanted[EntityKind.place].add(x.agreement.place)
            for stage in x.stages:
                for release in stage.releases:
                    wanted[EntityKind.party].add(release.released_by)
                    wanted[EntityKind.category].update(i.category for i in release.breakdown)
            wanted[EntityKind.party].update(t.received_by for t in x.cumulative)
            for attack in x.attacks:
                if attack.attacker:
                    wanted[EntityKind.party].add(attack.attacker)
                wanted[EntityKind.place].update([*attack.targets, *attack.regions])
            wanted[EntityKind.person].update(s.speaker for s in x.statements)
        return {kind: resolver.resolve(kind, names) for kind, names in wanted.items()}

    def name(self, kind: EntityKind, text: str) -> str:
        return self.names[kind].get(text, text)

    def add(self, key: tuple[str, ...], path: str, kind: Kind, claim: Claim) -> None:
        aligned = self.facts.setdefault(key, Aligned(path, kind))
        if not any(c.article_id == claim.article_id and c.value == claim.value
                   for c in aligned.claims):
            aligned.claims.append(claim)

    def claim(self, result: ArticleResult, value: Value, evidence: Evidence | None) -> Claim:
        return Claim(result.article_id, result.source, result.published, value, evidence)

    def exchange(self, result: ArticleResult) -> None:
        x = result.extraction

        def party(text: str) -> str:
            return self.name(EntityKind.party, text)

        agreement = x.agreement
        if agreement is not None:
            ev = agreement.evidence
            if agreement.total is not None:
                path = "exchange.agreed_total.count"
                self.add((path,), path, "count", self.claim(result, agreement.total, ev))
                path = "exchange.agreed_total.per_side"
                self.add((path,), path, "flag", self.claim(result, agreement.per_side, ev))
            for share in agreement.by_party:
                path = agreed_party_path(party(share.party))
                self.add((path,), path, "count", self.claim(result, share.count, ev))
            if agreement.place:
                path = "exchange.agreed_at.place"
                place = self.name(EntityKind.place, agreement.place)
                self.add((path,), path, "place", self.claim(result, place, ev))
            if agreement.date:
                path = "exchange.agreed_at.date"
                self.add((path,), path, "name", self.claim(result, agreement.date.isoformat(), ev))
        for stage in x.stages:
            key = stage_key(stage.date, stage.time_expression)
            for release in stage.releases:
                base = release_path(key, party(release.released_by))
                self.add((f"{base}.count",), f"{base}.count", "count",
                         self.claim(result, release.count, release.evidence))
                for item in release.breakdown:
                    path = f"{base}.breakdown[{self.name(EntityKind.category, item.category)}]"
                    self.add((path,), path, "count", self.claim(result, item.count, item.evidence))
        for total in x.cumulative:
            path = f"{cumulative_path(total.as_of, total.as_of_expression)}.count"
            self.add((path, party(total.received_by)), path, "total",
                     self.claim(result, total.count, total.evidence))

    def attack(self, result: ArticleResult, attack: Attack, key: str, cluster: str) -> None:
        """The facts of one article's report of an attack, under the attack's merged key."""
        def add(suffix: str, kind: Kind, value: Value, evidence: Evidence | None) -> None:
            path = f"{key}.{suffix}"
            self.add((cluster, path), path, kind, self.claim(result, value, evidence))

        if attack.attacker:
            add("attacker", "name", self.name(EntityKind.party, attack.attacker), attack.evidence)
        for target in attack.targets:
            place = self.name(EntityKind.place, target)
            self.add((cluster, f"{key}.target", place), f"{key}.target", "name",
                     self.claim(result, place, attack.evidence))
        for weapon in attack.weapons:
            if weapon.count is not None:
                add(f"weapons[{weapon.type}]", "count", weapon.count, weapon.evidence)
        if attack.weapons_total is not None:
            add("weapons_total", "count", attack.weapons_total.count,
                attack.weapons_total.evidence)
        for region in attack.regions:
            add(f"regions[{self.name(EntityKind.place, region)}]", "flag", True, attack.evidence)
        for what, casualties in (("killed", attack.killed), ("injured", attack.injured)):
            if casualties is None:
                continue
            if casualties.count is None:
                add(f"{what}_reported", "flag", True, casualties.evidence)
            else:
                add(what, "casualty", casualties.count, casualties.evidence)

    def statements(self) -> None:
        by_speaker: dict[str, list[tuple[ArticleResult, str, Evidence]]] = {}
        for result in self.results:
            for statement in result.extraction.statements:
                if statement.quote:
                    speaker = self.name(EntityKind.person, statement.speaker)
                    by_speaker.setdefault(speaker, []).append(
                        (result, statement.quote, statement.evidence))
        for speaker in sorted(by_speaker):
            quotes = by_speaker[speaker]
            groups = _cluster([quote for _, quote, _ in quotes], same_statement)
            path = f"statements[{speaker}]"
            for group in groups:
                first = min(quotes[i][1] for i in group)
                for i in group:
                    result, quote, evidence = quotes[i]
                    self.add((path, first), path, "quote", self.claim(result, quote, evidence))


def _cluster(texts: list[str], linked: Callable[[str, str], bool]) -> list[list[int]]:
    """Indexes of `texts` in connected components under `linked`, each sorted, in
    order of their first member."""
    count = len(texts)
    parent = list(range(count))

    def root(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    for i in range(count):
        for j in range(i + 1, count):
            if linked(texts[i], texts[j]):
                parent[root(j)] = root(i)
    groups: dict[int, list[int]] = {}
    for i in range(count):
        groups.setdefault(root(i), []).append(i)
    return list(groups.values())


def _night(attack: Attack) -> bool:
    return bool(_NIGHT.search(f"{attack.time_expression or ''} {attack.evidence.text}"))


def _attack_clusters(
    results: list[ArticleResult], targets: Callable[[Attack], frozenset[str]]
) -> list[list[tuple[ArticleResult, Attack]]]:
    """Reports of one attack: same target (or none named by either), same day, or
    adjacent days for a night attack; never two attacks of one article."""
    items = sorted(((r, a) for r in results for a in r.extraction.attacks),
                   key=lambda ra: (ra[1].date or dt.date.max, ra[0].article_id))
    clusters: list[list[tuple[ArticleResult, Attack]]] = []
    for result, attack in items:
        best: tuple[int, int] | None = None
        for index, cluster in enumerate(clusters):
            if any(r.article_id == result.article_id for r, _ in cluster):
                continue
            gaps = [_gap(attack, other, targets) for _, other in cluster]
            if any(g is None for g in gaps):
                continue
            gap = max(g for g in gaps if g is not None)
            if best is None or gap < best[0]:
                best = (gap, index)
        if best is None:
            clusters.append([(result, attack)])
        else:
            clusters[best[1]].append((result, attack))
    return clusters


def _gap(a: Attack, b: Attack, targets: Callable[[Attack], frozenset[str]]) -> int | None:
    """Days between two reports of one attack, or None when they are different attacks."""
    ta, tb = targets(a), targets(b)
    if (ta or tb) and not ta & tb:
        return None
    if a.date is None or b.date is None:
        same = a.date is None and b.date is None and (a.time_expression or "").casefold() == (
            b.time_expression or "").casefold()
        return 0 if same else None
    days = abs((a.date - b.date).days)
    if days == 0:
        return 0
    return 1 if days == 1 and (_night(a) or _night(b)) else None


def align(results: Iterable[ArticleResult], resolver: EntityResolver) -> Alignment:
    """Every fact of every article, grouped with the same fact from the other articles."""
    ordered = in_fixed_order(results)
    builder = _Builder(ordered, resolver)
    for result in ordered:
        builder.exchange(result)
    attack_dates: list[tuple[str, list[DatedAttack]]] = []

    def targets(attack: Attack) -> frozenset[str]:
        return frozenset(builder.name(EntityKind.place, t) for t in attack.targets)

    for number, cluster in enumerate(_attack_clusters(ordered, targets)):
        dates = sorted({a.date for _, a in cluster if a.date is not None})
        key = attack_key(dates[0] if dates else None, cluster[0][1].time_expression)
        for result, attack in cluster:
            builder.attack(result, attack, key, f"attack {number}")
        if len(dates) > 1:
            attack_dates.append((key, [
                DatedAttack(builder.claim(r, a.date.isoformat(), a.evidence), a.date,
                            a.time_expression)
                for r, a in cluster if a.date is not None]))
    builder.statements()
    return Alignment(list(builder.facts.values()), attack_dates)
