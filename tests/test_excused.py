"""The sources' own disagreement on a listed conflict is no false alarm, inside one article too.

`tests/data/two_authorities/` is an invented case: one outlet prints a ministry's '80 ... by
each side' and a president's 95 for the same swap, and the gold file lists the disagreement.
On the gold extractions the validator reports a one-for-one swap with unequal sides whose
figures the article gives: what the gold file says, so `eval --reference` and `eval --mutate`
do not count it; without the listed conflict they do.
"""

from __future__ import annotations

import json
from pathlib import Path

from summarizer.evaluate import run_eval
from summarizer.evaluate.mutate import run_mutation_suite
from summarizer.evaluate.reference import reference_pairs
from summarizer.models import Severity
from summarizer.validate import check_article

CASE = Path(__file__).parent / "data" / "two_authorities" / "gold.json"


def _unlisted(tmp_path: Path) -> Path:
    """The same case with no conflict listed, beside its article."""
    gold = json.loads(CASE.read_text(encoding="utf-8"))
    gold["conflicts"] = []
    (tmp_path / "courier.txt").write_text(
        (CASE.parent / "courier.txt").read_text(encoding="utf-8"), encoding="utf-8")
    path = tmp_path / "gold.json"
    path.write_text(json.dumps(gold), encoding="utf-8")
    return path


def test_a_listed_disagreement_inside_one_article_is_no_false_alarm() -> None:
    [(article, extraction)] = reference_pairs(CASE)
    errors = [f for f in check_article(article, extraction)[1] if f.severity is Severity.error]
    assert [(f.code.value, f.reaskable) for f in errors] == [
        ("arithmetic.one_for_one_unequal", False)]
    result = run_eval([CASE], reference=True)
    assert result["findings"].get("error") == 1
    assert result.get("false_alarms") == 0
    assert run_mutation_suite([CASE])["false_alarms"] == 0


def test_the_same_finding_without_the_listed_conflict_is_a_false_alarm(tmp_path: Path) -> None:
    path = _unlisted(tmp_path)
    result = run_eval([path], reference=True)
    assert result["findings"].get("error") == 1
    assert result.get("false_alarms") == 1
    assert run_mutation_suite([path])["false_alarms"] == 1
