"""`wrong_figures` in eval: invented vs misassigned numbers, and which ones were flagged.

The extraction below makes the mistakes SmolLM2 made on seed 000 (a year as a
cumulative total, a number written nowhere in the article), run through the
real validator so the flags are the ones a user would see.
"""

from __future__ import annotations

import json
from pathlib import Path

from typer.testing import CliRunner

from summarizer import load_articles
from summarizer.cli import app
from summarizer.evaluate.figures import count_wrong_figures
from summarizer.evaluate.flatten import gold_facts
from summarizer.evaluate.gold import load_gold
from summarizer.merge import merge
from summarizer.models import ArticleExtraction, CumulativeTotal, Evidence, ExchangeStage, Release
from summarizer.pipeline import check
from summarizer.summary import ArticleResult
from tests.conftest import SEEDS

GOLD = load_gold(SEEDS / "gold.json")
[SEED_000] = load_articles([SEEDS / "000_9391f326c2eaa901.txt"])


def _result(extraction: ArticleExtraction) -> ArticleResult:
    checked, findings = check(SEED_000, extraction)
    return ArticleResult(article_id=SEED_000.id, source=SEED_000.source, backend="test",
                         extraction=checked, findings=findings)


def _count(extraction: ArticleExtraction) -> dict[str, int]:
    summary = merge([_result(extraction)])
    return dict(count_wrong_figures(gold_facts(GOLD.gold), summary, [SEED_000],
                                    GOLD.gold.aliases))


def saturday(count: int, evidence: str) -> ExchangeStage:
    return ExchangeStage(time_expression="on Saturday", releases=[
        Release(released_by="Russia", count=count, evidence=Evidence(text=evidence))])


def test_right_figures_are_not_wrong() -> None:
    extraction = ArticleExtraction(stages=[saturday(307, "it released 307 Ukrainian POWs")])
    assert _count(extraction) == {"invented": 0, "invented_flagged": 0, "misassigned": 0,
                                  "misassigned_flagged": 0}


def test_a_number_absent_from_the_article_is_invented_and_flagged() -> None:
    extraction = ArticleExtraction(stages=[saturday(458, "it released 307 Ukrainian POWs")])
    assert _count(extraction) == {"invented": 1, "invented_flagged": 1, "misassigned": 0,
                                  "misassigned_flagged": 0}


def test_another_facts_figure_is_misassigned_and_flagged_when_its_evidence_lacks_it() -> None:
    """390 is Friday's figure in this article, not the running total; the evidence given
    states 697, so grounding names the 390."""
    extraction = ArticleExtraction(cumulative=[CumulativeTotal(
        received_by="Ukraine", count=390, as_of_expression="today",
        evidence=Evidence(text="In just these two days, 697 people have been brought home"))])
    assert _count(extraction) == {"invented": 0, "invented_flagged": 0, "misassigned": 1,
                                  "misassigned_flagged": 1}


def test_a_misassigned_figure_with_matching_evidence_passes_unflagged() -> None:
    """The honest limit: the article says 390 for Friday; put on Saturday with Friday's
    sentence as evidence, every per-article check passes."""
    extraction = ArticleExtraction(stages=[saturday(
        390, "saw an exchange of 390 Russians and Ukrainians")])
    assert _count(extraction) == {"invented": 0, "invented_flagged": 0, "misassigned": 1,
                                  "misassigned_flagged": 0}


def test_eval_json_lists_each_wrong_figure_with_its_article_and_evidence(
        tmp_path: Path) -> None:
    """A developer reads why each wrong figure passed: the case lists them one by one,
    and the totals are those of the list. The gold file below holds other numbers than
    the article's for the drones and the toll (misassigned: the article writes 40, 2 and
    9) and null for the injured (so 9 there counts as invented)."""
    (tmp_path / "a.txt").write_text(
        " date 2025-05-24\nRussia launched 40 drones at Ukraine overnight, the air force "
        "said on Saturday. Two people were killed and 9 were injured in the Kharkiv region, "
        "the governor said.\n")
    (tmp_path / "gold.json").write_text(json.dumps({
        "case": "t", "articles": [{"path": "a.txt", "source": "S"}],
        "attacks": [{"date": ["2025-05-23", "2025-05-24"], "attacker": "Russia",
                     "target": "Ukraine", "weapons": {"drone": 39}, "regions": ["Kharkiv"],
                     "killed": 9, "injured": None}]}))

    result = CliRunner().invoke(app, ["eval", str(tmp_path / "gold.json"), "--backend",
                                      "rules", "--json"])

    assert result.exit_code == 0, result.output
    case = json.loads(result.stdout)["per_case"][0]
    drones = "Russia launched 40 drones at Ukraine overnight, the air force said on Saturday."
    toll = "Two people were killed and 9 were injured in the Kharkiv region, the governor said."
    assert case["wrong_figure_list"] == [
        {"path": "attacks[2025-05-23].weapons[drone]", "value": 40, "wrong": "misassigned",
         "flagged": False, "article": "a", "evidence": drones},
        {"path": "attacks[2025-05-23].killed", "value": 2, "wrong": "misassigned",
         "flagged": False, "article": "a", "evidence": toll},
        {"path": "attacks[2025-05-23].injured", "value": 9, "wrong": "invented",
         "flagged": False, "article": "a", "evidence": toll}]
    assert case["wrong_figures"] == {"invented": 1, "invented_flagged": 0, "misassigned": 2,
                                     "misassigned_flagged": 0}
