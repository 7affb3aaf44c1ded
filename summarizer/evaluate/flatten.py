"""Turn a gold case and a `Summary` into comparable facts, following GOLD_FORMAT.md "Scoring".

Predictions are flattened with `summarizer.facts.iter_facts`, the same path
vocabulary the pipeline uses for findings and merging, so a path that scores
here is the path a reader sees in a report.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from dataclasses import dataclass, replace

from summarizer.evaluate.align_attacks import (
    GoldAttacks,
    KeyedAttack,
    align_attacks,
    conflict_path,
    keyed_to,
)
from summarizer.evaluate.gold import (
    GoldAttack,
    GoldCase,
    GoldCount,
    GoldDate,
    GoldExchange,
    GoldQualified,
    number_qualifier,
    number_value,
)
from summarizer.evaluate.paths import (
    QUALIFIER,
    EvalFact,
    Step,
    Steps,
    Value,
    compose,
    kind_of,
    parse_path,
    steps_of,
)
from summarizer.fact_paths import FactPath, split_when
from summarizer.facts import Fact, fact_id, iter_facts
from summarizer.models import (
    ArticleExtraction,
    Attack,
    CumulativeTotal,
    Finding,
    FindingCode,
    FindingKind,
    Severity,
)
from summarizer.summary import Summary


def date_keys(date: GoldDate) -> tuple[str, ...]:
    if isinstance(date, list):
        return tuple(d.isoformat() for d in date)
    return (date.isoformat(),)


def _date_value(date: GoldDate) -> Value:
    dates = date_keys(date)
    return dates[0] if len(dates) == 1 else dates


def _number(path: Steps, number: GoldCount | None) -> list[EvalFact]:
    """A count, and its qualifier when the gold file gives one (`...killed.qualifier`).

    A null count stays a fact: predicting a number there is inventing one.
    """
    facts = [EvalFact(path, number_value(number))]
    qualifier = number_qualifier(number)
    if qualifier is not None:
        facts.append(EvalFact((*path, Step(QUALIFIER)), qualifier))
    return facts


def _exchange_facts(exchange: GoldExchange) -> list[EvalFact]:
    root = Step("exchange")
    facts: list[EvalFact] = []
    total = exchange.agreed_total
    if total is not None:
        if total.by_party is not None:
            for party, count in total.by_party.items():
                facts += _number((root, Step("agreed_total", (party,)), Step("count")), count)
        else:
            facts += _number((root, Step("agreed_total"), Step("count")), total.count)
            if total.per_side is not None:
                facts.append(EvalFact((root, Step("agreed_total"), Step("per_side")),
                                      total.per_side))
    agreed_at = exchange.agreed_at
    if agreed_at is not None:
        if agreed_at.place is not None:
            facts.append(EvalFact((root, Step("agreed_at"), Step("place")), agreed_at.place))
        if agreed_at.date is not None:
            facts.append(EvalFact((root, Step("agreed_at"), Step("date")),
                                  _date_value(agreed_at.date)))
    for stage in exchange.stages:
        when = Step("stages", date_keys(stage.date))
        for release in stage.released:
            base = (root, when, Step("released", (release.by,)))
            facts += _number((*base, Step("count")), release.count)
            for category, count in release.breakdown.items():
                facts += _number((*base, Step("breakdown", (category,))), count)
    for index, total_so_far in enumerate(exchange.cumulative):
        facts += _number((root, Step("cumulative", cumulative_keys(exchange, index)),
                          Step("count")), total_so_far.count)
    return facts


def gold_targets(attack: GoldAttack) -> list[str]:
    """A gold attack's targets, one or several."""
    return [attack.target] if isinstance(attack.target, str) else attack.target or []


def attack_keys(attacks: list[GoldAttack], index: int) -> tuple[str, ...]:
    """An attack's date, with its attacker when another attack shares the date, and its
    target too when that one has the same attacker (GOLD_FORMAT.md, "Two attacks on one
    date"); with a date list, each date so keyed is acceptable."""
    attack = attacks[index]
    dates = date_keys(attack.date)
    same_day = [other for i, other in enumerate(attacks)
                if i != index and set(date_keys(other.date)) & set(dates)]
    if not same_day or attack.attacker is None:
        return dates
    if all(other.attacker != attack.attacker for other in same_day):
        return tuple(compose(d, attack.attacker) for d in dates)
    return tuple(compose(d, attack.attacker, t) for d in dates for t in gold_targets(attack))


def cumulative_keys(exchange: GoldExchange, index: int) -> tuple[str, ...]:
    """A running total's date, with its receiver when another total shares the date."""
    total = exchange.cumulative[index]
    dates = date_keys(total.as_of)
    shared = any(set(date_keys(other.as_of)) & set(dates)
                 for i, other in enumerate(exchange.cumulative) if i != index)
    if not shared or total.received_by is None:
        return dates
    return tuple(compose(d, total.received_by) for d in dates)


def _attack_facts(attack: GoldAttack, keys: tuple[str, ...]) -> list[EvalFact]:
    key = Step("attacks", keys)
    facts: list[EvalFact] = []
    if attack.attacker is not None:
        facts.append(EvalFact((key, Step("attacker")), attack.attacker))
    facts.extend(EvalFact((key, Step("target")), target) for target in gold_targets(attack))
    for weapon, count in attack.weapons.items():
        facts += _number((key, Step("weapons", (weapon,))), count)
    facts.extend(EvalFact((key, Step("regions", (region,))), True) for region in attack.regions)
    for kind, count, reported in (("killed", attack.killed, attack.killed_reported),
                                  ("injured", attack.injured, attack.injured_reported)):
        facts += _number((key, Step(kind)), count)
        if count is None and reported:
            facts.append(EvalFact((key, Step(f"{kind}_reported")), True))
    return facts


def gold_facts(gold: GoldCase) -> list[EvalFact]:
    """Every fact of the case, including null ones and each side of every conflict.

    Each value in a conflict is what one outlet reported, so it is a fact of
    the case: a tool that reports only one outlet's figure missed the other.
    """
    facts = _stated_facts(gold)
    for conflict in gold.conflicts:
        path = _conflict_path(conflict.field, facts)
        for value in conflict.values.values():
            if isinstance(value, GoldQualified | int) and not isinstance(value, bool):
                facts += _number(path, value)
            elif value is not None:
                facts.append(EvalFact(path, value))
    return facts


def _stated_facts(gold: GoldCase) -> list[EvalFact]:
    facts = _exchange_facts(gold.exchange) if gold.exchange is not None else []
    for index, attack in enumerate(gold.attacks):
        facts.extend(_attack_facts(attack, attack_keys(gold.attacks, index)))
    facts.extend(EvalFact((Step("statements", (s.speaker,)),), s.quote) for s in gold.statements)
    return facts


def _conflict_path(field: str, facts: list[EvalFact]) -> Steps:
    """A conflict's field with the acceptable keys of the fact it is about: the field
    names one date of an overnight attack that the case accepts on either date."""
    path = parse_path(field)
    for fact in facts:
        if len(fact.path) == len(path) and all(
                f.name == c.name and (f.keys == c.keys or bool(
                    f.keys and c.keys and set(c.keys) <= set(f.keys)))
                for f, c in zip(fact.path, path, strict=True)):
            return fact.path
    return path


def gold_conflicts(gold: GoldCase) -> list[EvalFact]:
    facts = _stated_facts(gold)
    return [EvalFact(_conflict_path(c.field, facts), None) for c in gold.conflicts]


def scored_facts(extraction: ArticleExtraction,
                 listed: Mapping[int, str] | None = None) -> Iterator[tuple[Fact, EvalFact]]:
    """Each fact of one extraction that the gold format can express, with its scored form.

    An attack's key also offers its date with its attacker (and target), and a
    running total's its date with its receiver, so that the fact matches gold's
    composite key where the case has two attacks or totals on one date. Paths
    the gold format cannot express (a stated weapons total, a derived remainder)
    are left out: there is nothing to score them against. `listed` gives, by fact id,
    the day the summary lists a fact under (`listed_days`); a fact listed under another
    than its own is scored under that one, one its article leaves undated too: the reader
    sees it there, not as a second, undated event.
    """
    for fact in iter_facts(extraction):
        day = listed.get(fact.id) if listed else None
        own = split_when(fact.key.when)[0]
        path = steps_of(fact.key if day in (None, own)
                        else replace(fact.key, when=day))
        if kind_of(path) is None or fact.value is None:
            continue
        yield fact, EvalFact(_with_suffixes(path, _suffixes(fact)), fact.value, fact.path)


def _suffixes(fact: Fact) -> list[tuple[str, ...]]:
    """What else may key the fact's item: a running total's receiver, an attack's
    attacker (and attacker and target)."""
    item = fact.item
    if isinstance(item, CumulativeTotal):
        return [(item.received_by,)] if item.received_by else []
    if isinstance(item, Attack) and item.attacker:
        by = item.attacker
        return [(by,), *((by, t) for t in item.targets)]
    return []


def _with_suffixes(path: Steps, suffixes: list[tuple[str, ...]]) -> Steps:
    """`attacks[d]` -> `attacks[d | d, Iran | d, Iran, Israel]`: the first keyed step of an
    attack's or a running total's path, which is the one its date keys."""
    if not suffixes:
        return path
    at = next(i for i, step in enumerate(path) if step.keys is not None)
    step = path[at]
    keys = step.keys or ()
    alternatives = (*keys, *(compose(k, *s) for k in keys for s in suffixes))
    return (*path[:at], Step(step.name, alternatives), *path[at + 1:])


Claim = tuple[str, Fact, EvalFact]
"""One article's fact as the summary claims it: article id, fact, scored form."""


@dataclass(frozen=True)
class Claims:
    """What a summary claims, walked once per case (`claims`): the scores, the wrong figures
    and the conflicts all read this one walk, so they judge each fact under the same day and
    the same gold attack."""

    facts: list[Claim]
    """Each article's facts as the summary claims them: under the day it lists them, less
    the figures it shows as superseded and the 'no number given' flags it states as a
    number. What scoring and the wrong figures both judge."""
    attacks: dict[str, KeyedAttack]
    """Each article's attack facts by id, with the gold attack each is keyed to (matched or
    aligned) under the day the summary lists it; superseded ones too, as a disagreement's
    sources may be. What a conflict the merge keys otherwise is keyed by."""
    gold: GoldAttacks | None
    """The case's gold attacks the facts are keyed by; None scores every key as it stands."""

    @property
    def predicted(self) -> list[EvalFact]:
        """The union of every article's claimed facts; duplicates are removed by the scorer."""
        return [scored for _, _, scored in self.facts]


def claims(summary: Summary, gold: GoldAttacks | None = None) -> Claims:
    """Each article's facts keyed as `Claims` holds them. With the case's `gold` attacks, an
    attack that matches none of their keys is keyed as the one it describes
    (align_attacks.py): under its own day, an outlet that dates an overnight strike by its
    end meets another gold attack, or none."""
    history = superseded(summary) | implied_flags(summary)
    days = listed_days(summary)
    facts: list[Claim] = []
    attacks: dict[str, KeyedAttack] = {}
    for result in summary.articles:
        for fact, scored in aligned_facts(result.extraction, gold,
                                          days.get(result.article_id)):
            if number_id(result.article_id, fact) not in history:
                facts.append((result.article_id, fact, scored))
            if gold is not None and (attack := keyed_to(scored.path[0], gold)) is not None:
                attacks[fact_id(result.article_id, fact.id)] = attack
    return Claims(facts, attacks, gold)


def aligned_facts(extraction: ArticleExtraction, gold: GoldAttacks | None,
                  listed: Mapping[int, str] | None = None) -> list[tuple[Fact, EvalFact]]:
    """`scored_facts`, each attack keyed as the gold attack it is aligned to, if any: what
    `claims` walks."""
    scored = scored_facts(extraction, listed)
    return list(scored) if gold is None else align_attacks(scored, gold)


def listed_days(summary: Summary) -> dict[str, dict[int, str]]:
    """Per article, by fact id, the day the summary lists a fact under: what the summary
    claims is scored, and the merge lists one overnight attack under the night it began
    and dates a stage one outlet left a day off by the others' words (`Alignment`),
    which the reader sees; where the merge has no day for an event, the 'day' is the
    words one outlet gives it ('overnight'). `scored_facts` compares it with the article's own."""
    days: dict[str, dict[int, str]] = {}
    for fact in summary.facts:
        day = split_when(fact.key.when)[0] if fact.key is not None else None
        for source in fact.sources:
            if day is None or not source.fact_id:
                continue
            article, _, number = source.fact_id.rpartition("#")
            days.setdefault(article, {})[int(number)] = day
    return days


def superseded(summary: Summary) -> set[str]:
    """The ids of the figures that a later report updated (a rising toll).

    The summary states the latest figure and lists the earlier ones as its history
    ("Killed: 558 (updated: 182 in [1], 492 in [2])"): the reader is told 558, so
    the earlier figures are not claims of the summary, and gold, which keeps the
    final figure of an update (GOLD_FORMAT.md "conflicts"), has nothing to score
    them against. A disagreement is different: every value of a conflicting figure
    is shown as a claim, and each is scored, except those a later report superseded
    (`SourceValue.superseded`), which the summary shows as the figure's history.
    """
    return {source.fact_id for fact in summary.facts for source in fact.sources
            if source.fact_id and (source.superseded or (fact.status == "updated" and (
                source.value, source.qualifier) != (fact.value, fact.qualifier)))}


def implied_flags(summary: Summary) -> set[str]:
    """The ids of 'killed, no number given' flags of a toll that the summary states as a
    number (another outlet's 11 beside 'people were killed').

    The flag is true, and the number says it too; gold records a flag only where no
    number is stated (GOLD_FORMAT.md, `*_reported`), so there is nothing to score it
    against: beside a number it would count as a wrong fact whether the number is right
    or not.
    """
    counted = {fact.path for fact in summary.facts
               if isinstance(fact.value, int) and not isinstance(fact.value, bool)
               and fact.value > 0}
    return {source.fact_id for fact in summary.facts if fact.path.endswith("_reported")
            and fact.path.removesuffix("_reported") in counted
            for source in fact.sources if source.fact_id}


def number_id(article_id: str, fact: Fact) -> str:
    """The id of the number a fact belongs to: its own, or for a qualifier its number's,
    which the walk yields just before it."""
    return fact_id(article_id, fact.id - 1 if fact.key.qualifier else fact.id)


def predicted_conflicts(summary: Summary, claimed: Claims | None = None) -> list[EvalFact]:
    """The fact paths of every cross-source warning or error about a figure or a name.

    Other findings are not conflicts, nor is a cross-source info: it notes an update
    (a toll that rose between reports), which the gold format does not count as a
    disagreement. Nor is a quote worded differently by two outlets: the statement
    is the same (gold matches quotes by similarity), only its rendering differs.
    With the summary's `claimed` facts keyed by the case's gold attacks, a conflict about
    an attack whose key meets none of theirs is keyed as the gold attack its sources are
    (`align_attacks.conflict_path`).
    """
    keyed = claimed.attacks if claimed is not None else {}
    gold = claimed.gold if claimed is not None else None
    return [EvalFact(path if gold is None else conflict_path(
                path, [keyed[i] for i in finding.fact_ids if i in keyed], gold), None)
            for finding in summary.findings
            if finding.kind is FindingKind.cross_source and finding.severity is not Severity.info
            and finding.code is not FindingCode.quote_variance
            for path in finding_steps(finding)]


def finding_steps(finding: Finding) -> list[Steps]:
    """The paths a finding names, as steps to compare with gold ones."""
    return [steps_of(key) for text in finding.facts
            if (key := FactPath.parse(text)) is not None]
