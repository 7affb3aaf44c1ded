"""How often a fact with each status is right: precision by the label the reader sees.

`statuses` counts the labels a summary gives; this says how far each can be trusted:
"a corroborated figure was right X of Y times, a single-source one A of B". Each
predicted fact the scores judge (`Outcome.judged`: matched to a gold fact, or a false
positive) takes the status of the summary fact that lists it among its sources, found by
the fact's id (a qualifier by its number's, whose summary fact holds it). Statements,
names and flags are summary facts like figures and carry a status the same way.

Counting follows the scores': a fact two articles state is judged once, under the status
of the first article's (the walk's order, `flatten.claims`); a restatement (a quote that
repeats a matched one) and what scoring leaves unjudged count nowhere. A fact that no
summary fact lists is counted under `NO_STATUS`, so the statuses' tp and fp add up to every
judged prediction. `tp` counts predictions, not gold facts: a quote that holds several
parts gold split is one true prediction here and several found facts in `facts.tp`, so
only the fp sum equals `facts.fp`.

A value the merge set aside is scored apart (`set_aside`): a source's figure that its own
article's findings flag or find unsupported, listed under a corroborated or single-source
fact that states another value. The reader never sees it under that label (the figure
shows the other sources' value; the set-aside one appears only among the checks), so
counting it there made a wrong 'corroborated' of '12 injured, corroborated' whenever a
third outlet's doubted 5 was listed beside it. It counts under the status the merge gives
a fact all of whose sources are like it: `flagged` where an error of its article names
it, else `unsupported`. Under a conflicting or updated fact every source's value is
shown, so each keeps that fact's status.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from typing import TypedDict

from summarizer.evaluate.flatten import Claims, number_id
from summarizer.evaluate.paths import EvalFact
from summarizer.merge import flagged_claims, unsupported_claims
from summarizer.summary import Summary

NO_STATUS = "none"
"""The key of the predicted facts that no summary fact lists, so they carry no status."""


class StatusScores(TypedDict):
    tp: int
    fp: int
    precision: float
    """tp / (tp + fp); a status appears only where it labels a judged fact, so never 0/0."""


def _scores(tp: int, fp: int) -> StatusScores:
    return {"tp": tp, "fp": fp, "precision": round(tp / (tp + fp), 4)}


STATES_ONE_VALUE = frozenset({"corroborated", "single_source"})
"""The statuses whose figure shows one value, not each source's: a source listed under
one with another value is not shown."""


def set_aside(summary: Summary) -> dict[str, str]:
    """The ids of the sources whose value the merge set aside, each with the status it is
    scored under: listed under a fact that shows one value (`STATES_ONE_VALUE`), giving
    another, and named by a finding of its own article (an error: `flagged`; a support
    warning: `unsupported`, as `merge` judges a fact with no clean source)."""
    doubted = [source.fact_id for fact in summary.facts
               if fact.status in STATES_ONE_VALUE for source in fact.sources
               if source.fact_id and source.value != fact.value]
    if not doubted:
        return {}  # most summaries: their findings are not walked
    flagged = flagged_claims(summary.articles)
    unsupported = unsupported_claims(summary.articles)
    return {fact_id: "flagged" if fact_id in flagged else "unsupported"
            for fact_id in doubted if fact_id in flagged or fact_id in unsupported}


def statuses_of(summary: Summary, claimed: Claims) -> dict[EvalFact, str]:
    """Each claimed fact's scored form with the status of the summary fact that lists it,
    or for a value the merge set aside the status it is scored under (`set_aside`);
    where two claims score alike, the first one's, as scoring keeps the first."""
    aside = set_aside(summary)
    listed = {source.fact_id: aside.get(source.fact_id, fact.status) for fact in summary.facts
              for source in fact.sources if source.fact_id}
    statuses: dict[EvalFact, str] = {}
    for article, fact, scored in claimed.facts:
        statuses.setdefault(scored, listed.get(number_id(article, fact), NO_STATUS))
    return statuses


def score_by_status(judged: Iterable[tuple[EvalFact, bool]],
                    statuses: Mapping[EvalFact, str]) -> dict[str, StatusScores]:
    """The judged predictions' tp, fp and precision per status, statuses in name order."""
    counts: dict[str, tuple[int, int]] = {}
    for fact, right in judged:
        status = statuses.get(fact, NO_STATUS)
        tp, fp = counts.get(status, (0, 0))
        counts[status] = (tp + right, fp + (not right))
    return {status: _scores(*counts[status]) for status in sorted(counts)}


def add_by_status(cases: Sequence[Mapping[str, StatusScores]]) -> dict[str, StatusScores]:
    """The cases' counts summed per status, precision computed from the sums (micro-average,
    as the other overall scores)."""
    totals: dict[str, tuple[int, int]] = {}
    for case in cases:
        for status, scores in case.items():
            tp, fp = totals.get(status, (0, 0))
            totals[status] = (tp + scores["tp"], fp + scores["fp"])
    return {status: _scores(*totals[status]) for status in sorted(totals)}


def describe_by_status(by_status: Mapping[str, StatusScores]) -> str:
    """One line for the table: 'corroborated 40 of 41 right (0.98), ...'."""
    return ", ".join(f"{status} {s['tp']} of {s['tp'] + s['fp']} right ({s['precision']:.2f})"
                     for status, s in by_status.items()) or "none"
