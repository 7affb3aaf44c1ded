"""A disagreement is keyed as the gold attack its sources are, each source read under the day
the summary lists it: the day its figures are scored under.

`tests/data/listed_conflict/` is an invented case: one overnight strike told the next
morning ('overnight') and a day later ("Saturday's") with tolls that disagree, which the merge
lists under the night it began; the later outlet also tells the next day's strike by another
side, the only attack gold has on that day. Each outlet's extraction is scripted, as a model
might answer.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import pytest

from summarizer import ArticleExtraction
from summarizer.evaluate import flatten, run_eval
from summarizer.evaluate.flatten import aligned_facts
from summarizer.evaluate.paths import EvalFact
from summarizer.facts import Fact
from summarizer.models import Attack, Casualties, Evidence
from tests.scripted import ByStem

CASE = Path(__file__).parent / "data" / "listed_conflict" / "gold.json"

SCRIPT = {
    "night": ArticleExtraction(attacks=[
        Attack(date=dt.date(2025, 4, 11), time_expression="overnight", attacker="Northland",
               targets=["Eastport"],
               evidence=Evidence(text="Northland drones struck Eastport overnight"),
               killed=Casualties(count=39, evidence=Evidence(text="killing 39 people"))),
        Attack(date=dt.date(2025, 4, 11), time_expression="on Friday", attacker="Southland",
               targets=["Northport"],
               evidence=Evidence(text="Southland artillery shelled Northport on Friday"))]),
    "nextday": ArticleExtraction(attacks=[
        Attack(date=dt.date(2025, 4, 12), time_expression="Saturday's", attacker="Northland",
               targets=["Eastport"],
               evidence=Evidence(text="Saturday's Northland strike on Eastport"),
               killed=Casualties(count=30, evidence=Evidence(
                   text="Saturday's Northland strike on Eastport killed 30 people"))),
        Attack(date=dt.date(2025, 4, 12), time_expression="On Saturday", attacker="Southland",
               targets=["Southport"],
               evidence=Evidence(text="On Saturday Southland drones hit Southport"))]),
}


def test_a_conflict_is_keyed_by_its_sources_under_their_listed_day() -> None:
    """Under its own day, the next-day outlet's Eastport facts met gold's only attack of that
    day (Southland's), so the disagreement's two sources named two gold attacks and it kept the
    merge's key, which meets none of gold's: 0 / 1 / 1. Under the night the summary lists them
    both sources are gold's Eastport strike. The facts score alike either way (the missed two
    are the Westport strike no extraction tells)."""
    case = run_eval([CASE], backend=ByStem(SCRIPT))["per_case"][0]
    facts, conflicts = case["facts"], case["conflicts"]
    assert (conflicts["tp"], conflicts["fp"], conflicts["fn"]) == (1, 0, 0)
    assert (facts["tp"], facts["fp"], facts["fn"]) == (8, 0, 2)
    assert case["wrong_figure_list"] == []


def test_each_article_is_walked_once_for_scores_wrong_figures_and_conflicts(
        monkeypatch: pytest.MonkeyPatch) -> None:
    """The scores, the wrong figures and the conflicts read one walk of what the summary
    claims (`flatten.claims`), so they cannot key a fact under two days or two gold attacks:
    each of the two outlets' extractions is walked once, not once for each of them."""
    walked: list[int] = []

    def counted(*args: Any, **kwargs: Any) -> list[tuple[Fact, EvalFact]]:
        walked.append(1)
        return aligned_facts(*args, **kwargs)

    monkeypatch.setattr(flatten, "aligned_facts", counted)
    case = run_eval([CASE], backend=ByStem(SCRIPT))["per_case"][0]
    assert len(walked) == 2
    facts, conflicts = case["facts"], case["conflicts"]
    assert (facts["tp"], facts["fp"], facts["fn"]) == (8, 0, 2)
    assert (conflicts["tp"], conflicts["fp"], conflicts["fn"]) == (1, 0, 0)
