"""The mutation suite: corrupt correct extractions the way a model does, and count how
many corruptions the validator catches.

Each operator makes one mistake at a time, at every place it can be made:

- `change_count`: a count off by one (either way).
- `break_breakdown`: one breakdown category off by one.
- `shift_date`: one resolved date a day early or late. The date field is
  mutated, not its expression, as a backend that fills dates gets it wrong;
  the validator must notice that the date no longer says what its words say.
- `change_quote_word`: one word of a quotation replaced.
- `drop_stage`: one exchange stage left out. Applied only where the article
  states a running total that the stage and another remaining stage are part
  of: elsewhere a dropped stage is an omission that only scoring against gold
  can see (a total with no stage itemized is a normal article).

A mutation is detected when the validator reports a new error (one the
unmutated extraction does not have) that names a fact the mutation touched.
A false alarm is any error on an unmutated extraction.
"""

from __future__ import annotations

import datetime as dt
import re
from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from pydantic import BaseModel

from summarizer.evaluate.reference import reference_pairs
from summarizer.facts import agreed_party_path, attack_key, cumulative_path, release_path, stage_key
from summarizer.models import (
    Article,
    ArticleExtraction,
    CumulativeTotal,
    ExchangeStage,
    Finding,
    Severity,
)
from summarizer.text.entities import party_key
from summarizer.validate import check_article
from summarizer.validate._common import parties, receiver

QUOTE_SUBSTITUTES = ("never", "always")
"""Replacement words for `change_quote_word`; the second is used if the first is there."""


@dataclass(frozen=True)
class Mutation:
    """One corrupted extraction and the fact paths (or path prefixes) it touched."""

    operator: str
    description: str
    extraction: ArticleExtraction
    touched: tuple[str, ...]


Operator = Callable[[ArticleExtraction], Iterator[Mutation]]


def _copy(extraction: ArticleExtraction) -> ArticleExtraction:
    return extraction.model_copy(deep=True)


def _deltas(value: int) -> tuple[int, ...]:
    return (1, -1) if value > 0 else (1,)


def _count_sites(x: ArticleExtraction) -> list[tuple[str, BaseModel, str]]:
    """(path, holder, attribute) of every count, in a fixed order, so a copy's sites
    line up with the original's."""
    sites: list[tuple[str, BaseModel, str]] = []
    if x.agreement is not None:
        if x.agreement.total is not None:
            sites.append(("exchange.agreed_total.count", x.agreement, "total"))
        sites += [(agreed_party_path(p.party), p, "count") for p in x.agreement.by_party]
    for stage in x.stages:
        key = stage_key(stage.date, stage.time_expression)
        for release in stage.releases:
            sites.append((f"{release_path(key, release.released_by)}.count", release, "count"))
    for total in x.cumulative:
        sites.append((f"{cumulative_path(total.as_of, total.as_of_expression)}.count", total,
                      "count"))
    for attack in x.attacks:
        key = attack_key(attack.date, attack.time_expression)
        sites += [(f"{key}.weapons[{w.type}]", w, "count") for w in attack.weapons
                  if w.count is not None]
        if attack.weapons_total is not None:
            sites.append((f"{key}.weapons_total", attack.weapons_total, "count"))
        for kind, casualties in (("killed", attack.killed), ("injured", attack.injured)):
            if casualties is not None and casualties.count is not None:
                sites.append((f"{key}.{kind}", casualties, "count"))
    return sites


def change_count(extraction: ArticleExtraction) -> Iterator[Mutation]:
    """Every count of the extraction, one at a time, plus or minus one."""
    for index, (path, holder, field) in enumerate(_count_sites(extraction)):
        value: int = getattr(holder, field)
        for delta in _deltas(value):
            mutated = _copy(extraction)
            setattr(_count_sites(mutated)[index][1], field, value + delta)
            yield Mutation("change_count", f"{path}: {value} -> {value + delta}", mutated,
                           (path,))


def break_breakdown(extraction: ArticleExtraction) -> Iterator[Mutation]:
    for s, stage in enumerate(extraction.stages):
        key = stage_key(stage.date, stage.time_expression)
        for r, release in enumerate(stage.releases):
            for i, item in enumerate(release.breakdown):
                path = f"{release_path(key, release.released_by)}.breakdown[{item.category}]"
                for delta in _deltas(item.count):
                    mutated = _copy(extraction)
                    mutated.stages[s].releases[r].breakdown[i].count = item.count + delta
                    yield Mutation("break_breakdown",
                                   f"{path}: {item.count} -> {item.count + delta}", mutated,
                                   (path,))


def _date_sites(x: ArticleExtraction) -> Iterator[tuple[str, Any, str]]:
    """(path prefix, holder, date attribute) of every resolved date."""
    if x.agreement is not None and x.agreement.date is not None:
        yield "exchange.agreed_at", x.agreement, "date"
    for stage in x.stages:
        if stage.date is not None:
            yield stage_key(stage.date, stage.time_expression), stage, "date"
    for total in x.cumulative:
        if total.as_of is not None:
            yield cumulative_path(total.as_of, total.as_of_expression), total, "as_of"
    for attack in x.attacks:
        if attack.date is not None:
            yield attack_key(attack.date, attack.time_expression), attack, "date"
    for statement in x.statements:
        if statement.date is not None:
            yield f"statements[{statement.speaker}]", statement, "date"


def shift_date(extraction: ArticleExtraction) -> Iterator[Mutation]:
    count = sum(1 for _ in _date_sites(extraction))
    for index in range(count):
        for days in (1, -1):
            mutated = _copy(extraction)
            before, holder, field = list(_date_sites(mutated))[index]
            old: dt.date = getattr(holder, field)
            setattr(holder, field, old + dt.timedelta(days=days))
            after = list(_date_sites(mutated))[index][0]
            yield Mutation("shift_date", f"{before}: {old} -> {getattr(holder, field)}",
                           mutated, (before, after))


def change_quote_word(extraction: ArticleExtraction) -> Iterator[Mutation]:
    """Replace the longest word of each quote: a changed word, not a typo."""
    for index, statement in enumerate(extraction.statements):
        if not statement.quote:
            continue
        words = list(re.finditer(r"[^\W\d_]{3,}", statement.quote))
        if not words:
            continue
        word = max(words, key=lambda m: len(m.group(0)))
        substitute = next(w for w in QUOTE_SUBSTITUTES if w != word.group(0).lower())
        if word.group(0)[0].isupper():
            substitute = substitute.title()
        mutated = _copy(extraction)
        quote = statement.quote
        mutated.statements[index].quote = quote[:word.start()] + substitute + quote[word.end():]
        yield Mutation("change_quote_word",
                       f"statements[{statement.speaker}]: {word.group(0)!r} -> {substitute!r}",
                       mutated, (f"statements[{statement.speaker}]",))


def _counted(extraction: ArticleExtraction, stage: ExchangeStage, total: CumulativeTotal) -> bool:
    every = parties(extraction)
    return any(
        receiver(release, every) == party_key(total.received_by)
        and (total.as_of is None or stage.date is None or stage.date <= total.as_of)
        for release in stage.releases
    )


def drop_stage(extraction: ArticleExtraction) -> Iterator[Mutation]:
    """Drop each stage that is part of a stated running total, if another stage of that
    total remains: a total with no stage itemized at all is normal ('697 so far')."""
    for index, stage in enumerate(extraction.stages):
        others = [s for s in extraction.stages if s is not stage]
        if not any(_counted(extraction, stage, total)
                   and any(_counted(extraction, other, total) for other in others)
                   for total in extraction.cumulative):
            continue
        mutated = _copy(extraction)
        del mutated.stages[index]
        key = stage_key(stage.date, stage.time_expression)
        yield Mutation("drop_stage", f"{key} dropped", mutated,
                       (key, "exchange.cumulative", "exchange.agreed_total"))


OPERATORS: dict[str, Operator] = {
    "change_count": change_count,
    "break_breakdown": break_breakdown,
    "shift_date": shift_date,
    "change_quote_word": change_quote_word,
    "drop_stage": drop_stage,
}


def _errors(findings: Iterable[Finding]) -> list[Finding]:
    return [f for f in findings if f.severity is Severity.error]


def _detected(mutation: Mutation, findings: list[Finding], baseline: set[str]) -> bool:
    for finding in _errors(findings):
        if finding.message in baseline:
            continue
        if any(fact.startswith(prefix) for fact in finding.facts for prefix in mutation.touched):
            return True
    return False


def run_mutations(
    pairs: Sequence[tuple[Article, ArticleExtraction]],
    operators: dict[str, Operator] | None = None,
) -> dict[str, Any]:
    """Mutate every (article, correct extraction) pair with every operator and score."""
    chosen = operators if operators is not None else OPERATORS
    per_operator: dict[str, dict[str, Any]] = defaultdict(lambda: {"mutations": 0, "detected": 0})
    missed: list[str] = []
    false_alarms: list[str] = []
    for article, extraction in pairs:
        _, findings = check_article(article, extraction)
        baseline = {f.message for f in _errors(findings)}
        false_alarms += [f"{article.id}: {m}" for m in sorted(baseline)]
        for name, operator in chosen.items():
            stats = per_operator[name]
            for mutation in operator(extraction):
                stats["mutations"] += 1
                _, mutated_findings = check_article(article, mutation.extraction)
                if _detected(mutation, mutated_findings, baseline):
                    stats["detected"] += 1
                else:
                    missed.append(f"{article.id}: {mutation.description}")
    for stats in per_operator.values():
        stats["rate"] = stats["detected"] / stats["mutations"] if stats["mutations"] else 1.0
    mutations = sum(s["mutations"] for s in per_operator.values())
    detected = sum(s["detected"] for s in per_operator.values())
    return {
        "mutations": mutations,
        "detected": detected,
        "detection_rate": detected / mutations if mutations else 1.0,
        "false_alarms": len(false_alarms),
        "false_alarm_messages": false_alarms,
        "missed": missed,
        "per_operator": {name: per_operator[name] for name in chosen},
    }


def run_mutation_suite(gold_paths: Iterable[str | Path]) -> dict[str, Any]:
    """The suite over the reference extractions of gold files (`summarizer eval --mutate`)."""
    pairs = [pair for path in gold_paths for pair in reference_pairs(path)]
    return run_mutations(pairs)
