"""`eval` says how often a fact with each status is right (`by_status`, by_status.py).

The articles and gold files are written for these tests: two outlets agree on a drone
attack's weapons and place and disagree on its toll, so the agreed facts are corroborated,
the toll is conflicting with one side wrong, and a figure one outlet alone gives is
single source.
"""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from summarizer import Article, ArticleExtraction, Summary, summarize
from summarizer.cli import app
from summarizer.evaluate import GoldCase, LoadedCase, score_case
from summarizer.facts import fact_id, walk
from summarizer.findings import Finding, FindingCode, FindingKind, Severity
from summarizer.merge import merge
from summarizer.models import Attack, Casualties, Evidence
from summarizer.summary import ArticleResult

WIRE = (" date 2025-03-08\n"
        "On Saturday, Russia launched 40 drones at Kharkiv, killing 3 people and injuring 9, "
        "the regional governor said.\n")

PAPER = (" date 2025-03-08\n"
         "On Saturday, Russia launched 40 drones at Kharkiv, killing 4 people, the regional "
         "governor said.\n")

TEXTS = {"Wire": WIRE, "Paper": PAPER}


def write_case(folder: Path) -> Path:
    """Each outlet's article as its own file, and a gold file naming them."""
    for source, text in TEXTS.items():
        (folder / f"{source.lower()}.txt").write_text(text, encoding="utf-8")
    gold = {"case": "by-status",
            "articles": [{"path": f"{source.lower()}.txt", "source": source} for source in TEXTS],
            "attacks": [{"date": "2025-03-08", "attacker": "Russia", "target": "Kharkiv",
                         "weapons": {"drone": 40}, "regions": ["Kharkiv"], "killed": 4,
                         "injured": 9}]}
    path = folder / "gold.json"
    path.write_text(json.dumps(gold), encoding="utf-8")
    return path


def evaluate(*options: str) -> str:
    """`summarizer eval ... --backend rules`'s output, the table as wide as its lines."""
    run = CliRunner().invoke(app, ["eval", *options, "--backend", "rules"],
                             env={"COLUMNS": "200"})
    assert run.exit_code == 0, run.output
    return run.stdout


def test_eval_json_scores_each_status_on_its_own(tmp_path: Path) -> None:
    """Corroborated: attacker, target, 40 drones, Kharkiv, all right. Conflicting: the
    toll, whose 4 is right and 3 wrong. Single source: the wire's 9 injured."""
    result = json.loads(evaluate(str(write_case(tmp_path)), "--json"))
    by_status = {"conflicting": {"tp": 1, "fp": 1, "precision": 0.5},
                 "corroborated": {"tp": 4, "fp": 0, "precision": 1.0},
                 "single_source": {"tp": 1, "fp": 0, "precision": 1.0}}
    assert result["by_status"] == result["per_case"][0]["by_status"] == by_status
    assert (result["facts"]["tp"], result["facts"]["fp"]) == (6, 1)


def test_eval_sums_each_status_over_the_cases(tmp_path: Path) -> None:
    for name in ("one", "two"):
        (tmp_path / name).mkdir()
    cases = [str(write_case(tmp_path / name)) for name in ("one", "two")]
    result = json.loads(evaluate(*cases, "--json"))
    assert result["by_status"]["conflicting"] == {"tp": 2, "fp": 2, "precision": 0.5}
    assert result["by_status"]["corroborated"] == {"tp": 8, "fp": 0, "precision": 1.0}


def test_eval_table_says_how_many_of_each_status_are_right(tmp_path: Path) -> None:
    assert ("right by status: conflicting 1 of 2 right (0.50), corroborated 4 of 4 right "
            "(1.00), single_source 1 of 1 right (1.00)") in evaluate(str(write_case(tmp_path)))


def gold_case(**fields: Any) -> GoldCase:
    data = {"case": "hand", "articles": [{"path": "a.txt", "source": "A"}], **fields}
    return GoldCase.model_validate_json(json.dumps(data))


def by_status(case: GoldCase, predicted: Summary) -> dict[str, tuple[int, int]]:
    result, _ = score_case(LoadedCase(gold=case, file=Path("gold.json"), article_paths=[]),
                           predicted)
    return {status: (s["tp"], s["fp"]) for status, s in result["by_status"].items()}


TOLL = ("A missile attack on Northtown killed at least 11 people on Sunday, the mayor "
        "said.")
FIRST = (TOLL + " \"We will rebuild every single house in this town,\" Mayor Ivan Petrenko "
         "told reporters.")
LATER = ("The death toll from Sunday's missile attack on Northtown has risen to 14, "
         "regional officials said on Monday.")


def reports(*texts: str) -> Summary:
    return summarize([Article(id=f"a{day}", source=f"Outlet {day}",
                              published=dt.date(2025, 1, 5 + day), text=text)
                      for day, text in enumerate(texts)])


def test_a_statement_and_an_updated_toll_are_scored_under_their_status() -> None:
    """The quote is a summary fact of its own, single source; the later outlet's rising
    toll states 14, updated, and the earlier 'at least 11' is its history, judged nowhere."""
    case = gold_case(attacks=[{"date": "2025-01-05", "killed": 14}],
                     statements=[{"speaker": "Ivan Petrenko",
                                  "quote": "We will rebuild every single house in this town"}])
    assert by_status(case, reports(FIRST, LATER)) == {"single_source": (1, 0),
                                                     "updated": (1, 0)}


def test_a_qualifier_takes_the_status_of_its_number() -> None:
    """'at least 11' is the number and its qualifier, both under the toll's status; gold's
    'more than' makes the qualifier wrong."""
    case = gold_case(attacks=[{"date": "2025-01-05",
                               "killed": {"value": 11, "qualifier": "more than"}}])
    assert by_status(case, reports(TOLL)) == {"single_source": (1, 1)}


def test_a_fact_no_summary_fact_lists_is_counted_without_a_status() -> None:
    """A summary built without the merge lists no facts: each extracted fact is judged
    under `none`, so the statuses still add up to every judged prediction."""
    attack = Attack(date=dt.date(2025, 1, 5), attacker="Russia",
                    killed=Casualties(count=5, evidence=Evidence(text="evidence")),
                    evidence=Evidence(text="evidence"))
    bare = Summary(articles=[ArticleResult(
        article_id="a0", source="outlet", backend="test",
        extraction=ArticleExtraction(attacks=[attack]))])
    case = gold_case(attacks=[{"date": "2025-01-05", "attacker": "Russia", "killed": 4}])
    assert by_status(case, bare) == {"none": (1, 1)}


def outlet(day: int, injured: int, doubt: Severity | None = None) -> ArticleResult:
    """One outlet's extraction of Sunday's strike, written by hand; with `doubt`, its
    article's own check names the injured count (an error, or a support warning)."""
    attack = Attack(date=dt.date(2025, 1, 5), attacker="Russia",
                    injured=Casualties(count=injured, evidence=Evidence(
                        text=f"{injured} people were injured in the strike.")),
                    evidence=Evidence(text="Russia struck Northtown on Sunday."))
    result = ArticleResult(article_id=f"a{day}", source=f"Outlet {day}", backend="test",
                           published=dt.date(2025, 1, 5 + day),
                           extraction=ArticleExtraction(attacks=[attack]))
    if doubt is None:
        return result
    ids = [fact_id(result.article_id, f.id) for f in walk(result.extraction)
           if f.key.field == "injured"]
    kind, code = ((FindingKind.support, FindingCode.figure_unsupported)
                  if doubt is Severity.warning
                  else (FindingKind.grounding, FindingCode.number_not_in_evidence))
    return result.model_copy(update={"findings": [Finding(
        kind=kind, severity=doubt, code=code, message="doubted", fact_ids=ids,
        articles=[result.article_id])]})


STRIKE = gold_case(attacks=[{"date": "2025-01-05", "attacker": "Russia", "injured": 12}])


@pytest.mark.parametrize(("doubt", "status"), [(Severity.warning, "unsupported"),
                                               (Severity.error, "flagged")])
def test_a_value_the_merge_set_aside_is_scored_apart(doubt: Severity, status: str) -> None:
    """Two outlets' 12 injured is corroborated; the third's 5, which its own check doubts,
    is listed under that figure but not shown as it: it is scored as the merge judges a
    figure whose every source is doubted, not as a wrong corroborated fact."""
    summary = merge([outlet(0, 12), outlet(1, 12), outlet(2, 5, doubt)])
    injured = next(f for f in summary.facts if f.path.endswith("injured"))
    assert (injured.status, injured.value, len(injured.sources)) == ("corroborated", 12, 3)
    assert by_status(STRIKE, summary) == {"corroborated": (2, 0), status: (0, 1)}


def test_a_side_of_a_disagreement_keeps_the_status_it_is_shown_with() -> None:
    """Without a doubt on the 5, the outlets disagree: each value is shown as a side of the
    conflict, and the wrong one is scored under it."""
    summary = merge([outlet(0, 12), outlet(1, 12), outlet(2, 5)])
    assert by_status(STRIKE, summary) == {"conflicting": (1, 1), "corroborated": (1, 0)}
