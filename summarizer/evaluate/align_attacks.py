"""Align a predicted attack to the gold attack it describes, where gold keys the attacks of
one date apart.

Where a case has two attacks on one date, gold keys their facts by date and attacker, or by
date, attacker and target (`attacks[2024-05-26, Hamas, Tel Aviv].injured`), so that they never
merge in scoring (GOLD_FORMAT.md, "Two attacks on one date"). A predicted attack offers its
date, its date and attacker, and its date, attacker and target as keys (`flatten.scored_facts`).
One that names no target, or names it otherwise than the annotator ("Israel" for gold's "Tel
Aviv", the province for the district), matched none of them: each of its facts was scored
wrong though its regions, weapons and tolls are gold's, and each of gold's was missed. The
composite key is there to keep gold's attacks apart, not to make the extractor name the target
as the annotator did; the target is a fact of its own and is scored as one.

So before matching, a predicted attack whose keys match no gold attack's, on a date where gold
keys attacks compositely, takes the keys of the one gold attack of that date (on any of its
acceptable dates) whose facts it shares most: never another attacker's, at least one shared
region, weapon, toll or target, and no tie. Its facts are then each right or wrong on their
own, its target among them. Each extraction's attack is aligned on its own; two outlets'
attacks may align to one gold attack.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass

from summarizer.evaluate.paths import EvalFact, Step, Steps
from summarizer.evaluate.scoring import Normalizer, paths_match, values_match
from summarizer.fact_paths import KEY_SEPARATOR
from summarizer.facts import Fact

_SHARED = frozenset({"regions", "weapons", "killed", "injured", "target"})
"""The last steps of the facts that tell which gold attack a predicted one describes; its
attacker only rules gold attacks out, and a qualifier or a 'casualties, no number' flag is
too common to tell two attacks apart."""

Scored = tuple[Fact, EvalFact]
"""A predicted fact with its scored form (`flatten.scored_facts`)."""


@dataclass(frozen=True)
class KeyedAttack:
    """One gold attack as its facts are keyed."""

    step: Step
    """Gold's `attacks[...]` step as written: what an aligned fact is keyed by."""
    keys: frozenset[str]
    """Its acceptable keys, normalized."""
    dates: frozenset[str]
    attacker: str | None
    composite: bool
    """Keyed by attacker (and target) too: another attack shares its date."""
    facts: tuple[EvalFact, ...]
    """Its facts, normalized."""


@dataclass(frozen=True)
class GoldAttacks:
    """A case's gold attacks, and the names they compare through."""

    attacks: tuple[KeyedAttack, ...]
    norm: Normalizer


def gold_attacks(gold: Iterable[EvalFact], aliases: Mapping[str, Sequence[str]]) -> GoldAttacks:
    """Gold's attack facts grouped by their keyed step: one group per gold attack (a
    conflict's field is keyed as the fact it is about, `flatten._conflict_path`)."""
    norm = Normalizer(aliases)
    groups: dict[Step, list[EvalFact]] = {}
    for fact in gold:
        if fact.path[0].name == "attacks" and fact.path[0].keys:
            groups.setdefault(fact.path[0], []).append(fact)
    return GoldAttacks(tuple(_keyed(step, facts, norm) for step, facts in groups.items()), norm)


def _keyed(step: Step, facts: list[EvalFact], norm: Normalizer) -> KeyedAttack:
    """One gold attack from its step and facts: its attacker is the one its facts name,
    else its key's (an attack whose attacker gold leaves out is still keyed by it)."""
    keys = [norm.key(k).split(KEY_SEPARATOR) for k in step.keys or ()]
    named = [norm.name(f.value) for f in facts
             if f.path[-1].name == "attacker" and isinstance(f.value, str)]
    by_key = next((parts[1] for parts in keys if len(parts) > 1), None)
    return KeyedAttack(step=step, keys=frozenset(KEY_SEPARATOR.join(p) for p in keys),
                       dates=frozenset(parts[0] for parts in keys),
                       attacker=named[0] if named else by_key,
                       composite=any(len(parts) > 1 for parts in keys),
                       facts=tuple(norm.fact(f) for f in facts))


def align_attacks(scored: Iterable[Scored], gold: GoldAttacks) -> list[Scored]:
    """One extraction's scored facts, each attack's keyed as the gold attack it is aligned
    to; the facts of an attack that matches a gold key, or aligns to none, stay as they are."""
    pairs = list(scored)
    attacks: dict[int, list[int]] = {}
    for index, (fact, evaluated) in enumerate(pairs):
        if evaluated.path[0].name == "attacks":
            attacks.setdefault(id(fact.item), []).append(index)
    for indexes in attacks.values():
        target = _aligned_to([pairs[i][1] for i in indexes], gold)
        if target is not None:
            for i in indexes:
                fact, evaluated = pairs[i]
                pairs[i] = (fact, _rekeyed(evaluated, target.step))
    return pairs


def _aligned_to(facts: Sequence[EvalFact], gold: GoldAttacks) -> KeyedAttack | None:
    """The gold attack one predicted attack's facts describe, when their keys match none."""
    normalized = [gold.norm.fact(f) for f in facts]
    keys = normalized[0].path[0].keys or ()
    if not keys or _met(normalized[0].path[0], gold):
        return None
    date = keys[0].split(KEY_SEPARATOR)[0]
    attacker = next((f.value for f in normalized
                     if f.path[-1].name == "attacker" and isinstance(f.value, str)), None)
    shares = [(_shared(normalized, attack), attack) for attack in gold.attacks
              if attack.composite and date in attack.dates
              and (attacker is None or attack.attacker in (None, attacker))]
    shares.sort(key=lambda pair: pair[0], reverse=True)
    if not shares or shares[0][0] == 0 or (len(shares) > 1 and shares[1][0] == shares[0][0]):
        return None
    return shares[0][1]


def keyed_to(step: Step, gold: GoldAttacks) -> KeyedAttack | None:
    """The one gold attack whose keys a predicted `attacks[...]` step meets, if one does."""
    met = _met(step, gold)
    return met[0] if len(met) == 1 else None


def _met(step: Step, gold: GoldAttacks) -> list[KeyedAttack]:
    keys = {gold.norm.key(k) for k in step.keys or ()} if step.name == "attacks" else set()
    return [attack for attack in gold.attacks if keys & attack.keys]


def conflict_path(path: Steps, sources: Iterable[KeyedAttack], gold: GoldAttacks) -> Steps:
    """A conflict finding's path keyed as the one gold attack that its sources' facts are
    keyed to (matched or aligned), where the merge's own key meets no gold attack's.

    The merge, too, keys an attack by its attacker, then its target, only where another
    attack shares its date, as it sees them: `attacks[2023-12-30, Ukraine]` when the other
    attack that day is Russia's, where gold, with three Ukrainian attacks, names
    `attacks[2023-12-30, Ukraine, Belgorod]`. The sources tell which one it is about."""
    if path[0].name != "attacks" or _met(path[0], gold):
        return path
    steps = {attack.step for attack in sources}
    return (steps.pop(), *path[1:]) if len(steps) == 1 else path


def _shared(facts: Sequence[EvalFact], attack: KeyedAttack) -> int:
    """How many of the predicted facts that tell attacks apart this gold attack holds, their
    values compared as scoring compares them."""
    step = Step("attacks", tuple(attack.keys))
    return sum(1 for fact in {_rekeyed(f, step) for f in facts if f.path[-1].name in _SHARED}
               if any(paths_match(g.path, fact.path) and values_match(g, fact)
                      for g in attack.facts))


def _rekeyed(fact: EvalFact, step: Step) -> EvalFact:
    return EvalFact((step, *fact.path[1:]), fact.value, fact.label)
