"""Accepted: what a gold file takes besides its own value, so that a mutation to it is no
mistake.

The mutation suite (mutate.py) corrupts a correct extraction and counts what the validator
catches. A corruption the gold file itself accepts is no corruption: a date moved to the
other day of an overnight attack that the gold file lists, or a count given another
outlet's figure that the gold file keeps for it (a conflict's other side). The suite counts
those as harmless, never as misses.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from summarizer.evaluate.flatten import scored_facts
from summarizer.evaluate.gold import GoldCase, GoldDate
from summarizer.evaluate.paths import EvalFact
from summarizer.evaluate.scoring import Normalizer, paths_match
from summarizer.models import ArticleExtraction
from summarizer.text.entities import party_key

AcceptedDates = dict[str, list[tuple[str | None, frozenset[dt.date]]]]
"""For each kind of dated item, the dates the gold file accepts for each one, with the
attacker (`party_key`) that tells two attacks apart."""


def accepted_dates(gold: GoldCase) -> AcceptedDates:
    """The dates the gold file accepts for each dated item, by kind (`AcceptedDates`)."""
    def options(date: GoldDate) -> frozenset[dt.date]:
        return frozenset(date if isinstance(date, list) else [date])

    exchange = gold.exchange
    return {
        "attack": [(party_key(a.attacker) if a.attacker else None, options(a.date))
                   for a in gold.attacks],
        "stage": [(None, options(s.date)) for s in exchange.stages] if exchange else [],
        "cumulative": [(None, options(c.as_of)) for c in exchange.cumulative]
        if exchange else [],
    }


def accepted_figure(extraction: ArticleExtraction, touched: frozenset[int], value: object,
                    accepted: Sequence[EvalFact], norm: Normalizer) -> bool:
    """Whether `value`, given to the touched count of `extraction`, is one the gold file
    also accepts for that count (another outlet's figure, a conflict's other side)."""
    scored = next((norm.fact(s) for f, s in scored_facts(extraction) if f.id in touched), None)
    return scored is not None and any(
        paths_match(g.path, scored.path) and g.value == value for g in accepted)
