"""Evaluation: score the pipeline against hand-written gold cases (data/GOLD_FORMAT.md).

    gold.py     the gold file schema and its loader
    paths.py    fact paths as data, and the fact kinds reported separately
    flatten.py  gold case and Summary -> comparable facts
    align_attacks.py  a predicted attack keyed as the gold attack of its date it describes
    scoring.py  normalization, one-to-one matching, precision/recall/F1
    by_status.py  precision of the predicted facts by the status the summary gives them
    excused.py  which errors on gold extractions are the sources' own listed disagreement
    run.py      run_eval over gold files, and the rich table for the CLI

Nothing here imports a model client: scoring is deterministic, and only the
backend chosen for `run_eval` may talk to a model.
"""

from summarizer.evaluate.gold import GoldCase, LoadedCase, load_gold
from summarizer.evaluate.run import (
    CaseResult,
    EvalResult,
    render_eval_table,
    run_eval,
    score_case,
)
from summarizer.evaluate.scoring import Scores

__all__ = [
    "CaseResult",
    "EvalResult",
    "GoldCase",
    "LoadedCase",
    "Scores",
    "load_gold",
    "render_eval_table",
    "run_eval",
    "score_case",
]
