"""Match predicted facts to gold facts one-to-one and count what was right, invented and missed.

The rules are those of GOLD_FORMAT.md: names compare through the case's
aliases and ignore case, accents, whitespace, plural endings and a leading article; a gold date
list accepts any of its dates; quotes ignore case and match by containment or fuzzy ratio,
and one predicted quote finds every part of a quote gold split; a number where gold holds
null is invented.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import TypedDict

from rapidfuzz import fuzz

from summarizer.evaluate.paths import (
    KINDS,
    QUALIFIER,
    EvalFact,
    Step,
    Steps,
    Value,
    compose,
    show_value,
    without_dates,
)
from summarizer.fact_paths import KEY_SEPARATOR
from summarizer.text.entities import name_key

QUOTE_FUZZY_MIN = 90.0
"""rapidfuzz ratio (0-100) at which two quotes count as the same words."""

QUOTE_CONTAINED_MIN_CHARS = 12
"""Containment only counts for fragments at least this long: a two-word
"quote" is inside almost any long quote by accident."""

STATEMENT_MIN_WORDS = 4
"""GOLD_FORMAT: a quotation of fewer words is a label, not a statement, and scoring ignores it."""

_QUOTE_MARKS = str.maketrans(
    {c: "" for c in "\"\u201c\u201d\u201e\u201f\u00ab\u00bb\u2033"}
    | {c: "'" for c in "\u2018\u2019\u201a\u201b\u2032`"}
)


_TAG_STOPS = ",;:. "
"""The stop at a quotation's edge belongs to the sentence that carries it (""...," he said"):
one source keeps the comma inside the marks, another trims it, and a part gold cut from a long
quote ("..., institutions,") must still be found in the whole quote."""


def normalize_quote(text: str) -> str:
    """Case is folded: a fragment that opens one outlet's sentence ("Our forces will ...")
    is capitalised where another outlet quotes it mid-sentence ("..., our forces will ...")."""
    return " ".join(text.translate(_QUOTE_MARKS).casefold().split()).strip(_TAG_STOPS)


def quotes_match(gold: str, predicted: str) -> bool:
    a, b = normalize_quote(gold), normalize_quote(predicted)
    if not a or not b:
        return False
    short, long = sorted((a, b), key=len)
    if len(short) >= QUOTE_CONTAINED_MIN_CHARS and short in long:
        return True
    return fuzz.ratio(a, b) >= QUOTE_FUZZY_MIN


def quote_holds(predicted: str, gold: str) -> bool:
    """The predicted quote holds the whole gold quote: gold may split a long quote in parts."""
    part = normalize_quote(gold)
    return len(part) >= QUOTE_CONTAINED_MIN_CHARS and part in normalize_quote(predicted)


_INDEFINITE = re.compile(r"^\s*(?i:an?)\s+(?=\S)")


def _name_key(text: str) -> str:
    """`name_key`, which drops a leading "the", without a leading "a" or "an" either: an
    annotator lists "a resident from a neighboring village" as the alias of a speaker the
    extractor names "resident from a neighboring village", as dev's gold names "eyewitness"
    for "an eyewitness"."""
    return name_key(_INDEFINITE.sub("", text))


class Normalizer:
    """Names through one case's alias table; a variant maps to its canonical name."""

    def __init__(self, aliases: Mapping[str, Sequence[str]]) -> None:
        self._canonical: dict[str, str] = {}
        for canonical, variants in aliases.items():
            target = _name_key(canonical)
            for variant in (canonical, *variants):
                self._canonical[_name_key(variant)] = target

    def name(self, text: str) -> str:
        normalized = _name_key(text)
        return self._canonical.get(normalized) or self._by_surname(normalized) or normalized

    def _by_surname(self, key: str) -> str | None:
        """A full name whose surname alone the table lists, spelled as the table's name is
        given: "Volodymyr Zelenskiy" is "Volodymyr Zelensky" when "Zelenskiy" is an alias of
        it. Another given name is another person ("Sara Netanyahu")."""
        words = key.split()
        target = self._canonical.get(words[-1]) if len(words) > 1 else None
        return target if target is not None and target.split()[0] == words[0] else None

    def key(self, text: str) -> str:
        """Each part of a composite key on its own: `2024-10-01, Iran` as a date and a name.

        A key the alias table knows whole is one name, though it holds the separator: a
        speaker such as "Commission for Captives, Hostages and the Missing" is no
        composite key, and split it would match none of its aliases."""
        whole = self._canonical.get(_name_key(text))
        if whole is not None:
            return whole
        return compose(*(self.name(part) for part in text.split(KEY_SEPARATOR)))

    def fact(self, fact: EvalFact) -> EvalFact:
        path = tuple(
            Step(s.name, None if s.keys is None else tuple(self.key(k) for k in s.keys))
            for s in fact.path
        )
        value: Value = fact.value
        if fact.kind == "statement" and isinstance(value, str):
            value = normalize_quote(value)
        elif isinstance(value, str):
            value = self.name(value)
        elif isinstance(value, tuple):
            value = tuple(self.name(v) for v in value)
        return EvalFact(path, value)


def paths_match(gold: Steps, predicted: Steps, *, loose: bool = False) -> bool:
    """Same steps; a predicted key is one of the gold step's acceptable keys.

    `loose` also lets a plain key match a composite key of the same date, either way
    round: a conflict finding names `attacks[2024-10-01]` where the gold case, with
    two attacks that day, names `attacks[2024-10-01, Iran]`; or the merge, with two
    attacks that day, names `attacks[2024-10-01, Iran]` where gold, with one, names
    `attacks[2024-10-01]`. Two composite keys must agree in full.
    """
    if len(gold) != len(predicted):
        return False
    for g, p in zip(gold, predicted, strict=True):
        if g.name != p.name or (g.keys is None) != (p.keys is None):
            return False
        if g.keys is None or p.keys is None:
            continue
        if set(p.keys) & set(g.keys):
            continue
        dates = {_plain(k) for k in g.keys} & {_plain(k) for k in p.keys}
        plain = {k for k in (*g.keys, *p.keys) if KEY_SEPARATOR not in k}
        if not (loose and dates & plain):
            return False
    return True


def _plain(key: str) -> str:
    """A composite key's first part, its date."""
    return key.split(KEY_SEPARATOR)[0]


def values_match(gold: EvalFact, predicted: EvalFact) -> bool:
    """Values of normalized facts; bool and int never equal each other (True is not 1)."""
    g, p = gold.value, predicted.value
    if g is None or p is None:
        return False
    if gold.kind == "statement" and isinstance(g, str) and isinstance(p, str):
        return quotes_match(g, p)
    if isinstance(g, tuple):
        return isinstance(p, str) and p in g
    return type(g) is type(p) and g == p


class Scores(TypedDict):
    tp: int
    fp: int
    fn: int
    precision: float
    recall: float
    f1: float


class Misdated(TypedDict):
    """False positives that are a missed gold fact under another date (`Outcome.misdated`)."""

    total: int
    by_kind: dict[str, int]


def misdated_report(by_kind: Mapping[str, int]) -> Misdated:
    return {"total": sum(by_kind.values()),
            "by_kind": {k: by_kind[k] for k in KINDS if by_kind.get(k)}}


@dataclass(frozen=True)
class Counts:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    def __add__(self, other: Counts) -> Counts:
        return Counts(self.tp + other.tp, self.fp + other.fp, self.fn + other.fn)

    def as_dict(self) -> Scores:
        """Nothing to find and nothing found is perfect; an empty side otherwise scores 0."""
        precision = self.tp / (self.tp + self.fp) if self.tp + self.fp else float(not self.fn)
        recall = self.tp / (self.tp + self.fn) if self.tp + self.fn else float(not self.fp)
        f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
        return {"tp": self.tp, "fp": self.fp, "fn": self.fn, "precision": round(precision, 4),
                "recall": round(recall, 4), "f1": round(f1, 4)}


@dataclass
class Outcome:
    """One case's verdict on facts (or conflicts), with the wrong ones spelled out."""

    counts: Counts = field(default_factory=Counts)
    by_kind: dict[str, Counts] = field(default_factory=dict)
    false_positives: list[str] = field(default_factory=list)
    false_negatives: list[str] = field(default_factory=list)
    misdated: dict[str, int] = field(default_factory=dict)
    """Per kind, false positives that are a missed gold fact filed under another date."""
    judged: list[tuple[EvalFact, bool]] = field(default_factory=list)
    """Each predicted fact the counts judge, as it was given (the first of those that
    normalize alike), with whether it is right: matched to a gold fact, or a false
    positive. Restatements and unjudged facts are left out, as the counts leave them."""

    def add(self, kind: str | None, counts: Counts) -> None:
        self.counts += counts
        if kind is not None:
            self.by_kind[kind] = self.by_kind.get(kind, Counts()) + counts


def _unique(facts: Iterable[EvalFact], norm: Normalizer) -> list[tuple[EvalFact, EvalFact]]:
    """(original, normalized) pairs, one per normalized fact: two articles stating the
    same fact, or one stating it in two spellings, predict it once."""
    seen: set[EvalFact] = set()
    pairs = []
    for fact in facts:
        normalized = norm.fact(fact)
        if normalized not in seen:
            seen.add(normalized)
            pairs.append((fact, normalized))
    return pairs


def _assign(candidates: list[list[int]]) -> dict[int, int]:
    """Maximum one-to-one matching (Kuhn's augmenting paths): predicted index -> gold index.

    Greedy matching can lose a true positive when a prediction fits two gold
    facts (a long quote, a date list); case sizes are small enough for this.
    """
    owner: dict[int, int] = {}

    def augment(pred: int, visited: set[int]) -> bool:
        for gold in candidates[pred]:
            if gold in visited:
                continue
            visited.add(gold)
            if gold not in owner or augment(owner[gold], visited):
                owner[gold] = pred
                return True
        return False

    for pred in range(len(candidates)):
        augment(pred, set())
    return {pred: gold for gold, pred in owner.items()}


def score(
    gold: Iterable[EvalFact],
    predicted: Iterable[EvalFact],
    aliases: Mapping[str, Sequence[str]],
    *,
    compare_values: bool = True,
) -> Outcome:
    """Score predictions against gold. With `compare_values=False` only paths are
    compared, which is how conflicts match (on the field they are about).

    A prediction left unmatched that would fit an already matched gold fact is
    a restatement (the same quote in a longer cut), neither right twice nor wrong.
    """
    norm = Normalizer(aliases)
    gold_pairs = _unique(gold, norm)
    known = [(orig, n) for orig, n in gold_pairs if n.value is not None or not compare_values]
    nulls = [n for _, n in gold_pairs if n.value is None and compare_values]
    pred_pairs = _unique(predicted, norm)

    fits: Callable[[EvalFact, EvalFact], bool] = (
        (lambda g, p: paths_match(g.path, p.path) and values_match(g, p)) if compare_values
        else (lambda g, p: paths_match(g.path, p.path, loose=True)))
    candidates = [[i for i, (_, g) in enumerate(known) if fits(g, p)] for _, p in pred_pairs]
    assigned = _assign(candidates)

    outcome = Outcome()
    matched_gold = set(assigned.values()) | _parts_held(known, pred_pairs, compare_values)
    missed: list[EvalFact] = []
    for i, (orig, g) in enumerate(known):
        hit = i in matched_gold
        outcome.add(g.kind, Counts(tp=1) if hit else Counts(fn=1))
        if not hit:
            missed.append(g)
            outcome.false_negatives.append(str(orig) if compare_values else orig.path_str)
    wrong: list[EvalFact] = []
    for j, (orig, p) in enumerate(pred_pairs):
        if j in assigned:
            outcome.judged.append((orig, True))
            continue
        if candidates[j] or _unjudged(p, known):
            continue
        outcome.judged.append((orig, False))
        wrong.append(p)
        outcome.add(p.kind, Counts(fp=1))
        outcome.false_positives.append(_explain(orig, p, known, nulls, compare_values))
    outcome.by_kind = {k: outcome.by_kind[k] for k in KINDS if k in outcome.by_kind}
    if compare_values:
        outcome.misdated = _misdated(wrong, missed)
    return outcome


def _parts_held(known: list[tuple[EvalFact, EvalFact]], pred_pairs: list[tuple[EvalFact, EvalFact]],
                compare_values: bool) -> set[int]:
    """Gold quotes found inside a predicted quote of the same speaker. GOLD_FORMAT lets an
    annotator split a long quote into several statements, so one predicted quote that holds
    every part has found each of them; one-to-one matching would count all parts but one as
    missed for a split the extractor could not know."""
    if not compare_values:
        return set()
    return {i for i, (_, g) in enumerate(known)
            if g.kind == "statement" and isinstance(g.value, str) and any(
                p.kind == "statement" and isinstance(p.value, str)
                and paths_match(g.path, p.path) and quote_holds(p.value, g.value)
                for _, p in pred_pairs)}


def _misdated(wrong: list[EvalFact], missed: list[EvalFact]) -> dict[str, int]:
    """Count, per kind, the false positives that one missed gold fact would match but for
    the date in its key (another day, or undated): a right figure under the wrong date
    is scored once wrong and once missed, and this says how often. Matched one-to-one,
    so two misdated copies of one figure count once."""
    undated = [EvalFact(without_dates(g.path), g.value) for g in missed]
    candidates = [[i for i, g in enumerate(undated)
                   if paths_match(g.path, without_dates(p.path)) and values_match(g, p)]
                  for p in wrong]
    kinds = Counter(wrong[j].kind for j in _assign(candidates))
    return {k: kinds[k] for k in KINDS if k in kinds}


def _unjudged(pred: EvalFact, known: list[tuple[EvalFact, EvalFact]]) -> bool:
    """A qualifier where gold gives its number plain: the format lets a plain number
    mean "not annotated", so "at least" there is neither right nor wrong. (A qualifier
    on a number gold does not have is not counted twice: the number is already wrong.)
    Nor is a quotation of fewer than four words, a label gold leaves out ("blatant
    violation"), a wrong statement."""
    if pred.kind == "statement" and isinstance(pred.value, str):
        return len(pred.value.split()) < STATEMENT_MIN_WORDS
    return pred.kind == QUALIFIER and not any(paths_match(g.path, pred.path) for _, g in known)


def _explain(orig: EvalFact, pred: EvalFact, known: list[tuple[EvalFact, EvalFact]],
             nulls: list[EvalFact], compare_values: bool) -> str:
    """Say why a prediction is wrong: invented where gold has null, or a different value."""
    if not compare_values:
        return orig.path_str
    if any(paths_match(n.path, pred.path) for n in nulls):
        return f"{orig}  (invented: gold has null)"
    expected = [show_value(o.value) for o, g in known if paths_match(g.path, pred.path)]
    if expected:
        return f"{orig}  (gold: {', '.join(expected)})"
    return str(orig)
