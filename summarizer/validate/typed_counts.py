"""A count of missiles beside other outlets' counts of one type of them.

Alignment keeps '75 missiles' (type unstated) and 'at least 84 cruise missiles' apart:
they are two facts of the attack, each judged alone, and each stood in the summary as
a single source, though they count the same missiles. Cruise and ballistic missiles
are missiles, so an attack's count of all its missiles can be no smaller than another
outlet's count of the types it names, added up. A larger count of all is no
disagreement (the other outlet left types uncounted); a smaller one is:

- when the case orders the two reports, the count of all first (published strictly
  before, or its article giving every toll lower: `Aligned.told_later`), the count rose
  as the strikes went on and were counted: the typed count is the later figure, and
  the count of all is stated as at least it, with the earlier figure as its history;
- otherwise the sources disagree, an error naming both figures.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from summarizer.align import Aligned, Claim
from summarizer.models import Finding, FindingCode, FindingKind, Severity
from summarizer.validate.cross_source import cited, figure_of, superseded, told_before
from summarizer.validate.lexicon import MISSILE_TYPES

TYPES: dict[str, tuple[str, ...]] = {"missile": tuple(MISSILE_TYPES)}
"""A weapon counted whole, and the types that outlets count of it: the missile types whose
words the validator reads (`lexicon.MISSILE_TYPES`)."""


@dataclass(frozen=True)
class Undercount:
    """A count of all (`whole`) smaller than other outlets' counts of its types."""

    whole: Aligned
    parts: list[Aligned]
    least: int
    """How many the typed counts add up to at least: what the count of all is at least."""
    later: bool
    """Whether the typed counts are a later count than the count of all: an update, not a
    disagreement."""
    finding: Finding


def undercounts(facts: Sequence[Aligned], clean: Callable[[Claim], bool]) -> list[Undercount]:
    """Every count of all that another outlet's typed counts exceed, judged on the
    `clean` claims only (a flagged figure vouches for nothing)."""
    by_attack: dict[str | None, dict[str, Aligned]] = {}
    for aligned in facts:
        if aligned.key.kind == "weapon" and aligned.key.weapon is not None:
            by_attack.setdefault(aligned.key.when, {})[aligned.key.weapon] = aligned
    found: list[Undercount] = []
    for weapons in by_attack.values():
        for whole_type, part_types in TYPES.items():
            whole = weapons.get(whole_type)
            parts = [weapons[t] for t in part_types if t in weapons]
            if whole is not None and parts:
                found += _undercount(whole, parts, clean)
    return found


def _undercount(whole: Aligned, parts: list[Aligned],
                clean: Callable[[Claim], bool]) -> list[Undercount]:
    """Each outlet's typed counts, added up at the least each allows, against the counts
    of all that the other outlets give: the disagreement is between outlets."""
    wholes = [c for c in whole.claims if clean(c)]
    found: list[Undercount] = []
    articles = dict.fromkeys(c.article_id for p in parts for c in p.claims if clean(c))
    for article in articles:
        counted = [(p, min(own, key=_low)) for p in parts
                   if (own := [c for c in p.claims if clean(c) and c.article_id == article])]
        least = int(sum(_low(c) for _, c in counted))
        under = [c for c in wholes if c.article_id != article
                 and (figure := figure_of(c)) is not None and figure.high < least]
        if under:
            later = all(told_before(w, t) or (w.article_id, t.article_id) in whole.told_later
                        for w in under for _, t in counted)
            found.append(Undercount(whole, [p for p, _ in counted], least, later,
                                    _finding(whole, under, counted, least, later)))
    return found


def _low(claim: Claim) -> float:
    """The least a claim's figure allows ('up to 40': none), so that typed counts add up
    to no more than all their outlets vouch for; no figure adds nothing."""
    figure = figure_of(claim)
    return 0 if figure is None else figure.low


def _finding(whole: Aligned, under: list[Claim], counted: list[tuple[Aligned, Claim]],
             least: int, later: bool) -> Finding:
    given = "; ".join(cited(c) for c in under)
    typed = "; ".join(f"{cited(c)}, a count of {part.key.weapon}s" for part, c in counted)
    claims = [*under, *(c for _, c in counted)]
    ids = [c.fact_id for c in claims]
    articles = list(dict.fromkeys(c.article_id for c in claims))
    if later:
        note = superseded(whole, f"{whole.key.words} rose as reports came in: {given}; then "
                          f"{typed}, which are {whole.key.weapon}s too. At least {least} is "
                          "the one stated")
        return note.model_copy(update={"fact_ids": ids, "articles": articles})
    return Finding(
        kind=FindingKind.cross_source, code=FindingCode.conflict, severity=Severity.error,
        message=f"the sources disagree on {whole.key.words}: {given}; against {typed}. "
        f"Counted by type there are at least {least}, and all the {whole.key.weapon}s cannot "
        "be fewer: check which is right before publishing.",
        facts=list(dict.fromkeys([whole.path, *(part.path for part, _ in counted)])),
        fact_ids=ids, articles=articles)
