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

Beside them, and counted apart (`misassign` in the result, not in its totals, which stay
comparable from round to round), `misassign`: one count given another number the article
writes, with the sentence that writes it as evidence (misassign.py), the mistake models
make most on real text ('shot down 50 of the 60 drones' read as 50 drones). Grounding
finds that evidence, so only a support check or an error can catch it; it is counted
by the kind of count and by where the number stands (a date, the count's own sentence,
its paragraph, ...).

A mutation is detected when the reader is warned about a fact it touched, as
`wrong_figures` counts a wrong figure flagged (evaluate/figures.py): a new error
(one the unmutated extraction does not have) that names the fact, or a support
finding on it that the unmutated fact does not have: the figure then reaches the
reader marked *unsupported* ('the evidence does not say that 13 is a number of
ballistic missiles'), not as stated. Other warnings and notes do not count: they
mark no figure. A false alarm is any error on an unmutated extraction.
"""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from itertools import chain
from pathlib import Path
from typing import Any

from pydantic import BaseModel

from summarizer.evaluate.accepted import AcceptedDates, accepted_dates, accepted_figure
from summarizer.evaluate.excused import ListedConflicts
from summarizer.evaluate.flatten import gold_facts
from summarizer.evaluate.gold import load_gold
from summarizer.evaluate.misassign import KINDS, WHERE, misassignments
from summarizer.evaluate.missed_dates import why_missed
from summarizer.evaluate.paths import EvalFact
from summarizer.evaluate.reference import reference_pairs
from summarizer.evaluate.scoring import Normalizer
from summarizer.fact_paths import DATE_FIELDS, stage_key, when
from summarizer.facts import Fact, fact_id, walk
from summarizer.models import (
    Article,
    ArticleExtraction,
    CumulativeTotal,
    Evidence,
    ExchangeStage,
    Finding,
    FindingKind,
    Severity,
)
from summarizer.text.entities import party_key
from summarizer.validate import check_article
from summarizer.validate._common import parties, receiver

QUOTE_SUBSTITUTES = ("never", "always")
"""Replacement words for `change_quote_word`; the second is used if the first is there."""


@dataclass(frozen=True)
class Mutation:
    """One corrupted extraction and the ids of the facts (in its walk) it touched."""

    operator: str
    description: str
    extraction: ArticleExtraction
    touched: frozenset[int]
    kind: str = ""
    """The kind of fact changed (`attack`, `stage`, ...)."""
    before: object = None
    after: object = None
    item: BaseModel | None = None
    """The unmutated item the changed fact belongs to (an attack, a stage)."""
    where: str = ""
    """For `misassign`, where the number stands (misassign.WHERE)."""


Operator = Callable[[ArticleExtraction], Iterator[Mutation]]
ArticleOperator = Callable[[Article, ArticleExtraction], Iterator[Mutation]]
"""An operator that reads the article too (`misassign`)."""


def _copy(extraction: ArticleExtraction) -> ArticleExtraction:
    return extraction.model_copy(deep=True)


def _deltas(value: int) -> tuple[int, ...]:
    return (1, -1) if value > 0 else (1,)


def _set(fact: Fact, value: object) -> None:
    assert fact.attr is not None, fact.path
    setattr(fact.holder, fact.attr, value)


def _mutations(
    extraction: ArticleExtraction, operator: str, sites: Callable[[Fact], bool],
    changes: Callable[[Fact], Iterable[object]],
) -> Iterator[Mutation]:
    """Each fact that `sites` picks, set to each of its `changes` in turn, in a copy.

    A copy walks in the same order as the original, so a fact keeps its id."""
    for fact in walk(extraction):
        if not sites(fact):
            continue
        for value in changes(fact):
            mutated = _copy(extraction)
            _set(list(walk(mutated))[fact.id], value)
            facts = list(walk(mutated))
            touched = {fact.id}
            if fact.key.field in DATE_FIELDS:
                touched = {f.id for f in facts if f.key.item == facts[fact.id].key.item}
            yield Mutation(operator, f"{fact.path}: {fact.value} -> {value}", mutated,
                           frozenset(touched), fact.key.kind,
                           getattr(fact.holder, fact.attr or "", fact.value), value, fact.item)


def _count(fact: Fact) -> bool:
    return fact.figure and fact.key.kind != "breakdown" and fact.attr in ("count", "total") \
        and isinstance(fact.value, int) and not isinstance(fact.value, bool)


def _plus_minus(fact: Fact) -> list[int]:
    assert isinstance(fact.value, int)
    return [fact.value + delta for delta in _deltas(fact.value)]


def change_count(extraction: ArticleExtraction) -> Iterator[Mutation]:
    """Every count of the extraction, one at a time, plus or minus one."""
    return _mutations(extraction, "change_count", _count, _plus_minus)


def break_breakdown(extraction: ArticleExtraction) -> Iterator[Mutation]:
    return _mutations(extraction, "break_breakdown", lambda f: f.key.kind == "breakdown",
                      _plus_minus)


def _later_and_earlier(fact: Fact) -> list[dt.date]:
    old = getattr(fact.holder, fact.attr or "")
    assert isinstance(old, dt.date)
    return [old + dt.timedelta(days=days) for days in (1, -1)]


def shift_date(extraction: ArticleExtraction) -> Iterator[Mutation]:
    """Every resolved date; the facts of its item (a stage's releases) count as touched,
    since their paths carry the date."""
    return _mutations(extraction, "shift_date", lambda f: f.key.field in DATE_FIELDS,
                      _later_and_earlier)


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
        fact = next(f for f in walk(mutated) if f.holder is mutated.statements[index]
                    and f.attr == "quote")
        yield Mutation("change_quote_word",
                       f"{fact.path}: {word.group(0)!r} -> {substitute!r}",
                       mutated, frozenset({fact.id}))


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
        item = ("stage", when(stage.date, stage.time_expression))
        touched = frozenset(f.id for f in walk(mutated)
                            if f.key.item == item or f.key.kind in ("cumulative", "agreement"))
        yield Mutation("drop_stage", f"{stage_key(stage.date, stage.time_expression)} dropped",
                       mutated, touched)


def misassign(article: Article, extraction: ArticleExtraction) -> Iterator[Mutation]:
    """Every count given each other number of the article in turn (misassign.py), with
    that number's qualifier and its sentence as evidence: what a model returns when it
    picks the wrong number."""
    for wrong in misassignments(article, extraction):
        mutated = _copy(extraction)
        fact = list(walk(mutated))[wrong.fact.id]
        _set(fact, wrong.value)
        if hasattr(fact.holder, "qualifier"):
            fact.holder.qualifier = wrong.qualifier
        quoted = fact.holder if hasattr(fact.holder, "evidence") else fact.item
        quoted.evidence = Evidence(text=wrong.evidence)  # type: ignore[attr-defined]
        yield Mutation("misassign", f"{fact.path}: {wrong.fact.value} -> {wrong.value} "
                       f"({wrong.where}: {wrong.evidence!r})", mutated,
                       frozenset({fact.id}), wrong.kind, wrong.fact.value, wrong.value,
                       wrong.fact.item, wrong.where)


OPERATORS: dict[str, Operator] = {
    "change_count": change_count,
    "break_breakdown": break_breakdown,
    "shift_date": shift_date,
    "change_quote_word": change_quote_word,
    "drop_stage": drop_stage,
}

BESIDE: dict[str, ArticleOperator] = {"misassign": misassign}
"""The operators counted apart from OPERATORS' totals (the module docstring says why)."""


def _errors(findings: Iterable[Finding]) -> list[Finding]:
    return [f for f in findings if f.severity is Severity.error]


def _supported_against(findings: Iterable[Finding]) -> set[tuple[str, str]]:
    """(code, fact id) of each support finding: compared by fact, not by message, since a
    message names the fact's date and a shifted date rewrites it."""
    return {(finding.code.value, i) for finding in findings
            if finding.kind is FindingKind.support for i in finding.fact_ids}


def _detected(
    article: Article, mutation: Mutation, findings: list[Finding], baseline: list[Finding]
) -> bool:
    touched = {fact_id(article.id, n) for n in mutation.touched}
    errors = {f.message for f in _errors(baseline)}
    if any(finding.message not in errors and touched & set(finding.fact_ids)
           for finding in _errors(findings)):
        return True
    new = _supported_against(findings) - _supported_against(baseline)
    return any(i in touched for _, i in new)


def _tally() -> dict[str, Any]:
    return {"mutations": 0, "detected": 0}


def _rate(stats: dict[str, Any]) -> dict[str, Any]:
    stats["rate"] = stats["detected"] / stats["mutations"] if stats["mutations"] else 1.0
    return stats


def run_mutations(
    pairs: Sequence[tuple[Article, ArticleExtraction]],
    operators: dict[str, Operator] | None = None,
    harmless: Callable[[Article, Mutation], bool] = lambda article, mutation: False,
    beside: dict[str, ArticleOperator] | None = None,
    excused: Callable[[Article, Finding], bool] = lambda article, finding: False,
) -> dict[str, Any]:
    """Mutate every (article, correct extraction) pair with every operator and score.

    An error on an unmutated extraction is a false alarm unless `excused` accepts it (the
    sources' own disagreement on a conflict the gold file lists: `ListedConflicts`).

    A mutation `harmless` accepts (a date moved to another one the gold file also
    accepts), or one that leaves the value as it was, is no mistake: it is counted under
    `harmless`, never as a miss. The `beside` operators (`BESIDE`) are scored alike and
    listed in `per_operator`, but kept out of the totals, `missed` and `harmless`: each
    has a block of its own, with its counts by kind of fact and by where (`misassign`)."""
    chosen = operators if operators is not None else OPERATORS
    apart = beside or {}
    per_operator = {name: _tally() for name in (*chosen, *apart)}
    blocks: dict[str, dict[str, Any]] = {name: {"harmless": 0, "missed": [],
                                                "by_kind": defaultdict(_tally),
                                                "by_where": defaultdict(_tally)}
                                         for name in apart}
    missed: list[str] = []
    false_alarms: list[str] = []
    reasons: Counter[str] = Counter()
    skipped = 0
    for article, extraction in pairs:
        _, baseline = check_article(article, extraction)
        false_alarms += [f"{article.id}: {m}" for m in sorted(
            {f.message for f in _errors(baseline) if not excused(article, f)})]
        made = chain(((name, m) for name, operator in chosen.items()
                      for m in operator(extraction)),
                     ((name, m) for name, operator in apart.items()
                      for m in operator(article, extraction)))
        for name, mutation in made:
            stats, block = per_operator[name], blocks.get(name)
            if (mutation.before is not None and mutation.after == mutation.before) \
                    or harmless(article, mutation):
                if block is None:
                    skipped += 1
                else:
                    block["harmless"] += 1
                continue
            _, mutated_findings = check_article(article, mutation.extraction)
            found = _detected(article, mutation, mutated_findings, baseline)
            tallies = [stats] if block is None else [
                stats, block["by_kind"][mutation.kind], block["by_where"][mutation.where]]
            for tally in tallies:
                tally["mutations"] += 1
                tally["detected"] += found
            if found:
                continue
            (missed if block is None else block["missed"]).append(
                f"{article.id}: {mutation.description}")
            if name == "shift_date":
                reasons[why_missed(article, extraction, mutation.item,
                                   mutation.before, mutation.after)] += 1
    for stats in per_operator.values():
        _rate(stats)
    mutations = sum(per_operator[name]["mutations"] for name in chosen)
    detected = sum(per_operator[name]["detected"] for name in chosen)
    result: dict[str, Any] = {
        "mutations": mutations,
        "detected": detected,
        "detection_rate": detected / mutations if mutations else 1.0,
        "false_alarms": len(false_alarms),
        "false_alarm_messages": false_alarms,
        "missed": missed,
        "missed_dates_by_reason": dict(reasons.most_common()),
        "harmless": skipped,
        "per_operator": per_operator,
    }
    for name, block in blocks.items():
        per_operator[name]["harmless"] = block["harmless"]
        total = per_operator[name]
        result[name] = {
            "mutations": total["mutations"], "detected": total["detected"],
            "detection_rate": total["rate"], "harmless": block["harmless"],
            "by_kind": {k: _rate(block["by_kind"][k]) for k in _order(block["by_kind"],
                                                                       _KIND_ORDER)},
            "by_where": {w: _rate(block["by_where"][w]) for w in _order(block["by_where"],
                                                                        WHERE)},
            "missed": block["missed"]}
    return result


_KIND_ORDER = ("killed", "injured", *KINDS.values())


def _order(found: dict[str, Any], order: Sequence[str]) -> list[str]:
    """The keys of `found` in a fixed order, so reports compare line by line."""
    return [key for key in order if key in found]


def run_mutation_suite(gold_paths: Iterable[str | Path]) -> dict[str, Any]:
    """The suite over the reference extractions of gold files (`summarizer eval --mutate`);
    each article is named `case/article`, since corpus articles are all `a`, `b`, `c`.
    A date moved to another date the gold file accepts for an item of its kind (the
    other day of an overnight attack), or a count given a number the gold file accepts
    for it, is harmless, not a miss. `misassign` is run beside the others (`BESIDE`). An
    error on an unmutated extraction that is the sources' own disagreement on a conflict
    the gold file lists is no false alarm (`ListedConflicts`)."""
    pairs: list[tuple[Article, ArticleExtraction]] = []
    accepted: dict[str, AcceptedDates] = {}
    figures: dict[str, tuple[list[EvalFact], Normalizer]] = {}
    listed: dict[str, ListedConflicts] = {}
    for path in gold_paths:
        gold = load_gold(path).gold
        conflicts = ListedConflicts(gold)
        norm = Normalizer(gold.aliases)
        known = [norm.fact(g) for g in gold_facts(gold) if g.value is not None]
        for article, extraction in reference_pairs(path):
            named = article.model_copy(update={"id": f"{gold.case}/{article.id}"})
            pairs.append((named, extraction))
            accepted[named.id] = accepted_dates(gold)
            figures[named.id] = (known, norm)
            listed[named.id] = conflicts

    def harmless(article: Article, mutation: Mutation) -> bool:
        if mutation.operator == "misassign":
            return accepted_figure(mutation.extraction, mutation.touched, mutation.after,
                                   *figures[article.id])
        attacker = getattr(mutation.item, "attacker", None)
        by = party_key(attacker) if isinstance(attacker, str) else None
        return mutation.operator == "shift_date" and any(
            {mutation.before, mutation.after} <= dates and (who is None or who == by)
            for who, dates in accepted[article.id].get(mutation.kind, []))

    return run_mutations(pairs, harmless=harmless, beside=BESIDE,
                         excused=lambda article, finding: listed[article.id].excuse(finding))
