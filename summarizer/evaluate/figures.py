"""Wrong figures: which of a model's wrong numbers the validator flagged.

Precision says how many figures are wrong; this says whether a reader would
have been warned. A predicted number that matches no gold fact is *invented*
when the number is written nowhere in the article it was read from (the
model made it up) or when gold holds null there (the articles state no number
for that fact), and *misassigned* when the article does write it but for
another fact (a date's year as a count, one stage's figure for another). It
is *flagged* when an error or support finding names it (by its fact id): either way
the reader is warned not to take it as stated.

Each case also lists its wrong figures one by one (`list_wrong_figures`), with the
article and evidence they were read from, so a developer can read why each misassigned
figure passed or was flagged; the totals are tallied from that list.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Literal, TypedDict

from summarizer.evaluate.align_attacks import gold_attacks
from summarizer.evaluate.flatten import Claims, claims
from summarizer.evaluate.paths import EvalFact
from summarizer.evaluate.scoring import Normalizer, paths_match, values_match
from summarizer.facts import fact_id
from summarizer.models import Article, FindingKind, Severity
from summarizer.summary import Summary
from summarizer.text.numbers import states


class WrongFigures(TypedDict):
    invented: int
    invented_flagged: int
    misassigned: int
    misassigned_flagged: int


class WrongFigure(TypedDict):
    """One wrong figure: where it was read, and whether the reader was warned."""

    path: str
    value: int
    wrong: Literal["invented", "misassigned"]
    flagged: bool
    article: str
    evidence: str | None


def no_wrong_figures() -> WrongFigures:
    return {"invented": 0, "invented_flagged": 0, "misassigned": 0, "misassigned_flagged": 0}


def add_wrong_figures(a: WrongFigures, b: WrongFigures) -> WrongFigures:
    return {"invented": a["invented"] + b["invented"],
            "invented_flagged": a["invented_flagged"] + b["invented_flagged"],
            "misassigned": a["misassigned"] + b["misassigned"],
            "misassigned_flagged": a["misassigned_flagged"] + b["misassigned_flagged"]}


def _flagged(summary: Summary) -> set[str]:
    """The ids of the facts that error or support findings name."""
    return {i for finding in summary.findings
            if finding.severity is Severity.error or finding.kind is FindingKind.support
            for i in finding.fact_ids}


def count_wrong_figures(
    gold: Sequence[EvalFact], summary: Summary, articles: Sequence[Article],
    aliases: Mapping[str, Sequence[str]],
) -> WrongFigures:
    """The totals of `list_wrong_figures`, for a summary whose claims are not walked yet."""
    claimed = claims(summary, gold_attacks(gold, aliases))
    return tally_wrong_figures(list_wrong_figures(gold, claimed, summary, articles, aliases))


def tally_wrong_figures(figures: Sequence[WrongFigure]) -> WrongFigures:
    invented = [f["flagged"] for f in figures if f["wrong"] == "invented"]
    misassigned = [f["flagged"] for f in figures if f["wrong"] == "misassigned"]
    return {"invented": len(invented), "invented_flagged": sum(invented),
            "misassigned": len(misassigned), "misassigned_flagged": sum(misassigned)}


def list_wrong_figures(
    gold: Sequence[EvalFact], claimed: Claims, summary: Summary, articles: Sequence[Article],
    aliases: Mapping[str, Sequence[str]],
) -> list[WrongFigure]:
    """Each article's numbers that fit no gold fact, classified; each article counts its own.

    The numbers are the summary's `claimed` facts, the walk scoring reads: only paths the
    gold format can express are judged (a stated weapons total has nothing to be wrong
    against), each under the day the summary lists it, and an attack keyed as the gold
    attack it is aligned to (align_attacks.py).
    """
    norm = Normalizer(aliases)
    known = [norm.fact(g) for g in gold if g.value is not None]
    nulls = [norm.fact(g) for g in gold if g.value is None]
    texts: Mapping[str, str] = {a.id: a.text for a in articles}
    flagged = _flagged(summary)
    wrong: list[WrongFigure] = []
    for article, fact, scored in claimed.facts:
        if not isinstance(fact.value, int) or isinstance(fact.value, bool):
            continue
        predicted = norm.fact(scored)
        if any(paths_match(g.path, predicted.path) and values_match(g, predicted)
               for g in known):
            continue
        at_null = any(paths_match(g.path, predicted.path) for g in nulls)
        in_article = states(texts.get(article, ""), fact.value)
        wrong.append({
            "path": scored.path_str, "value": fact.value,
            "wrong": "misassigned" if in_article and not at_null else "invented",
            "flagged": fact_id(article, fact.id) in flagged,
            "article": article,
            "evidence": fact.evidence.text if fact.evidence else None})
    return wrong
