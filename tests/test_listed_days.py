"""Scoring reads a figure under the day the summary lists it: what the summary claims.

`tests/data/listed/` is an invented case: one overnight strike told the next morning
('overnight') and a day later ("Saturday's"), which the merge lists under the night it
began. Each outlet's extraction is scripted, as a model might answer.
"""

from __future__ import annotations

import datetime as dt
import functools
from pathlib import Path

from summarizer import ArticleExtraction
from summarizer.evaluate import CaseResult, run_eval
from summarizer.models import Attack, Casualties, Evidence
from tests.scripted import ByStem

CASE = Path(__file__).parent / "data" / "listed" / "gold.json"

SCRIPT = {
    "night": ArticleExtraction(attacks=[Attack(
        date=dt.date(2025, 4, 11), time_expression="overnight", attacker="Northland",
        targets=["Eastport"], evidence=Evidence(text="Northland drones and missiles struck "
                                                     "Eastport overnight"),
        killed=Casualties(count=18, qualifier="at least",
                          evidence=Evidence(text="killing at least 18 people")))]),
    "nextday": ArticleExtraction(attacks=[Attack(
        date=dt.date(2025, 4, 12), time_expression="Saturday's", attacker="Northland",
        targets=["Eastport"],
        evidence=Evidence(text="Saturday's Northland strike on Eastport"),
        killed=Casualties(count=39, evidence=Evidence(
            text="The death toll from Saturday's Northland strike on Eastport has risen to 39"))
    )]),
}


@functools.cache
def _scored() -> CaseResult:
    return run_eval([CASE], backend=ByStem(SCRIPT))["per_case"][0]


def test_a_figure_is_scored_under_the_day_the_summary_lists_it() -> None:
    """Both outlets' attacker and target, and the later toll, are the night's attack as the
    summary lists it (the earlier 18 is its history, not scored). Scored under the next-day
    outlet's own date, its three facts were wrong and the toll missed: 2 / 3 / 1."""
    case = _scored()
    facts = case["facts"]
    assert (facts["tp"], facts["fp"], facts["fn"]) == (3, 0, 0)
    assert case["wrong_figure_list"] == []
