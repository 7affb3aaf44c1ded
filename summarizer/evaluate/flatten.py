"""Turn a gold case and a `Summary` into comparable facts, following GOLD_FORMAT.md "Scoring".

Predictions are flattened with `summarizer.facts.iter_facts`, the same path
vocabulary the pipeline uses for findings and merging, so a path that scores
here is the path a reader sees in a report.
"""

from __future__ import annotations

from summarizer.evaluate.gold import GoldAttack, GoldCase, GoldDate, GoldExchange
from summarizer.evaluate.paths import EvalFact, FactPath, Step, Value, kind_of, parse_path
from summarizer.facts import iter_facts
from summarizer.models import FindingKind, Severity, Summary


def _dates(date: GoldDate) -> tuple[str, ...]:
    if isinstance(date, list):
        return tuple(d.isoformat() for d in date)
    return (date.isoformat(),)


def _date_value(date: GoldDate) -> Value:
    dates = _dates(date)
    return dates[0] if len(dates) == 1 else dates


def _exchange_facts(exchange: GoldExchange) -> list[EvalFact]:
    root = Step("exchange")
    facts: list[EvalFact] = []
    total = exchange.agreed_total
    if total is not None:
        if total.by_party is not None:
            for party, count in total.by_party.items():
                facts.append(EvalFact((root, Step("agreed_total", (party,)), Step("count")), count))
        else:
            facts.append(EvalFact((root, Step("agreed_total"), Step("count")), total.count))
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
        when = Step("stages", _dates(stage.date))
        for release in stage.released:
            base = (root, when, Step("released", (release.by,)))
            facts.append(EvalFact((*base, Step("count")), release.count))
            for category, count in release.breakdown.items():
                facts.append(EvalFact((*base, Step("breakdown", (category,))), count))
    for total_so_far in exchange.cumulative:
        facts.append(EvalFact((root, Step("cumulative", _dates(total_so_far.as_of)),
                               Step("count")), total_so_far.count))
    return facts


def _attack_facts(attack: GoldAttack) -> list[EvalFact]:
    key = Step("attacks", _dates(attack.date))
    facts: list[EvalFact] = []
    if attack.attacker is not None:
        facts.append(EvalFact((key, Step("attacker")), attack.attacker))
    targets = [attack.target] if isinstance(attack.target, str) else attack.target or []
    facts.extend(EvalFact((key, Step("target")), target) for target in targets)
    facts.extend(EvalFact((key, Step("weapons", (weapon,))), count)
                 for weapon, count in attack.weapons.items())
    facts.extend(EvalFact((key, Step("regions", (region,))), True) for region in attack.regions)
    for kind, count, reported in (("killed", attack.killed, attack.killed_reported),
                                  ("injured", attack.injured, attack.injured_reported)):
        # A null count stays a fact: predicting a number there is inventing one.
        facts.append(EvalFact((key, Step(kind)), count))
        if count is None and reported:
            facts.append(EvalFact((key, Step(f"{kind}_reported")), True))
    return facts


def gold_facts(gold: GoldCase) -> list[EvalFact]:
    """Every fact of the case, including null ones and each side of every conflict.

    Each value in a conflict is what one outlet reported, so it is a fact of
    the case: a tool that reports only one outlet's figure missed the other.
    """
    facts = _exchange_facts(gold.exchange) if gold.exchange is not None else []
    for attack in gold.attacks:
        facts.extend(_attack_facts(attack))
    facts.extend(EvalFact((Step("statements", (s.speaker,)),), s.quote) for s in gold.statements)
    for conflict in gold.conflicts:
        path = parse_path(conflict.field)
        facts.extend(EvalFact(path, value) for value in conflict.values.values()
                     if value is not None)
    return facts


def gold_conflicts(gold: GoldCase) -> list[EvalFact]:
    return [EvalFact(parse_path(c.field), None) for c in gold.conflicts]


def predicted_facts(summary: Summary) -> list[EvalFact]:
    """The union of every article's facts; duplicates are removed by the scorer.

    Paths the gold format cannot express (a stated weapons total, a derived
    remainder) are left out: there is nothing to score them against.
    """
    facts: list[EvalFact] = []
    for result in summary.articles:
        for fact in iter_facts(result.extraction):
            path = parse_predicted(fact.path)
            if path is not None and kind_of(path) is not None:
                facts.append(EvalFact(path, fact.value))
    return facts


def predicted_conflicts(summary: Summary) -> list[EvalFact]:
    """The fact paths of every cross-source warning or error. Other findings are not
    conflicts, nor is a cross-source info: it notes an update (a toll that rose
    between reports), which the gold format does not count as a disagreement."""
    conflicts: list[EvalFact] = []
    for finding in summary.findings:
        if finding.kind is not FindingKind.cross_source or finding.severity is Severity.info:
            continue
        for text in finding.facts:
            path = parse_predicted(text)
            if path is not None:
                conflicts.append(EvalFact(path, None))
    return conflicts


def parse_predicted(text: str) -> FactPath | None:
    """A path with a stray bracket in a model-written key cannot match any gold path."""
    try:
        return parse_path(text)
    except ValueError:
        return None
