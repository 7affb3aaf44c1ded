"""Cross-source merge on two held-out multi-article cases (tests/data/holdout/).

As in test_merge.py, the extractions are hand-written and correct
(tests/data/extractions/uae_*.json, detainee_*.json; every evidence text is a
verbatim fragment of its article), run through the real date resolution,
grounding and validation, so only the merge is under test.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from summarizer import ArticleExtraction, ArticleResult, Summary
from summarizer.evaluate.flatten import predicted_conflicts
from summarizer.evaluate.gold import load_gold
from summarizer.evaluate.run import case_articles, score_case
from summarizer.merge import merge
from summarizer.models import Agreement, Evidence, FindingCode, FindingKind, Severity
from summarizer.pipeline import check
from summarizer.summary import SummaryFact
from tests.test_merge import HOSTAGES, ODESA, hostages, odesa, seeds

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "tests" / "data"
WRITTEN = DATA / "extractions"
SWAP = DATA / "holdout" / "ru-ua-uae-pow-swap"
DETAINEES = DATA / "holdout" / "by-detainee-release-disputed-count"
OCT_18 = "exchange.stages[2024-10-18]"
BELARUS = "exchange.stages[2025-06-21].released[Belarus].count"


def case(gold: Path, answers: dict[str, Path],
         agreements: dict[str, Agreement] | None = None) -> list[ArticleResult]:
    """Each article of the case with its hand-written extraction (and, if given, an
    agreement a model might have added), checked."""
    results = []
    for article in case_articles(load_gold(gold)):
        written = ArticleExtraction.model_validate_json(
            answers[article.id].read_text(encoding="utf-8"))
        if agreements and article.id in agreements:
            written.agreement = agreements[article.id]
        checked, findings = check(article, written)
        results.append(ArticleResult(article_id=article.id, source=article.source,
                                     published=article.published, backend="scripted",
                                     extraction=checked, findings=findings))
    return results


def swap(agreements: dict[str, Agreement] | None = None) -> list[ArticleResult]:
    return case(SWAP / "gold.json", {"reuters": WRITTEN / "uae_reuters.json",
                                     "ukrinform": WRITTEN / "uae_ukrinform.json"}, agreements)


def detainees() -> list[ArticleResult]:
    return case(DETAINEES / "gold.json", {"ap": WRITTEN / "detainee_ap.json",
                                          "rferl": WRITTEN / "detainee_rferl.json"})


def fact(summary: Summary, path: str) -> SummaryFact:
    [found] = [f for f in summary.facts if f.path == path]
    return found


def errors(results: list[ArticleResult]) -> list[FindingCode]:
    return [f.code for r in results for f in r.findings if f.severity is Severity.error]


def test_the_hand_written_extractions_are_clean() -> None:
    """The inputs are correct: no grounding, arithmetic or date error in any article."""
    assert errors(swap()) == []
    assert errors(detainees()) == []


# The UAE-mediated swap: two outlets that agree.

def test_a_partial_and_a_complete_breakdown_of_95_do_not_conflict() -> None:
    """'95 people, including three civilians' (Reuters) and '92 servicemen and three
    civilians' (Ukrinform) are one release of 95, not a disagreement."""
    summary = merge(swap())
    assert [f.code for f in summary.findings if f.kind is FindingKind.cross_source] == []
    for party in ("Russia", "Ukraine"):
        released = fact(summary, f"{OCT_18}.released[{party}].count")
        assert (released.value, released.status) == (95, "corroborated")
        assert [s.article_id for s in released.sources] == ["reuters", "ukrinform"]
    civilians = fact(summary, f"{OCT_18}.released[Russia].breakdown[civilians]")
    assert (civilians.value, civilians.status) == (3, "corroborated")
    servicemen = fact(summary, f"{OCT_18}.released[Russia].breakdown[servicemen]")
    assert (servicemen.value, servicemen.status) == (92, "single_source")


def test_the_zelensky_quote_is_one_corroborated_statement_across_spellings() -> None:
    """'Zelenskiy' with curly marks (Reuters) and 'Zelensky' with straight ones
    (Ukrinform): one speaker under the canonical name, one corroborated quote."""
    summary = merge(swap())
    assert sorted(f.path for f in summary.facts if "Zelensk" in f.path) == [
        "statements[Volodymyr Zelensky]"]
    quote = fact(summary, "statements[Volodymyr Zelensky]")
    assert quote.status == "corroborated"
    assert quote.value == ("Our people are home. We remember every one of those who are still "
                           "in Russian captivity, and we will bring them all back")
    assert [s.article_id for s in quote.sources] == ["reuters", "ukrinform"]
    evidence = {s.article_id: s.evidence.text for s in quote.sources if s.evidence is not None}
    assert evidence["reuters"].startswith("\u201cOur people are home.")
    assert evidence["ukrinform"].startswith('"Our people are home.')


def test_the_swap_predicts_no_conflicts_as_gold_has_none() -> None:
    summary = merge(swap())
    assert predicted_conflicts(summary) == []
    scores, _ = score_case(load_gold(SWAP / "gold.json"), summary)
    assert (scores["conflicts"]["tp"], scores["conflicts"]["fp"],
            scores["conflicts"]["fn"]) == (0, 0, 0)


# The Belarus detainee release: two outlets that disagree on the count.

def test_eight_against_nine_freed_is_a_conflict_with_both_values_sources_and_evidence() -> None:
    summary = merge(detainees())
    count = fact(summary, BELARUS)
    assert count.status == "conflicting"
    assert sorted((s.article_id, s.value) for s in count.sources) == [("ap", 8), ("rferl", 9)]
    [conflict] = [f for f in summary.findings if f.kind is FindingKind.cross_source]
    assert conflict.severity is Severity.error
    assert conflict.reaskable is False
    assert conflict.facts == [BELARUS]
    assert sorted(conflict.articles) == ["ap", "rferl"]
    assert conflict.code is FindingCode.conflict
    assert len(conflict.fact_ids) == 2


def test_the_detainee_conflict_scores_as_a_true_positive() -> None:
    scores, _ = score_case(load_gold(DETAINEES / "gold.json"), merge(detainees()))
    assert (scores["conflicts"]["tp"], scores["conflicts"]["fp"],
            scores["conflicts"]["fn"]) == (1, 0, 0)


@pytest.mark.parametrize("with_case_aliases", [False, True], ids=["built-in", "case aliases"])
def test_the_foreigners_agree_and_only_the_count_conflicts(with_case_aliases: bool) -> None:
    """'three foreign nationals' (AP) and 'three foreigners' (RFE/RL) are one category by
    the built-in table, and stay one with the case's own aliases added; aligned, they
    agree on 3."""
    aliases = json.loads((DETAINEES / "gold.json").read_text(encoding="utf-8"))["aliases"]
    summary = merge(detainees(), aliases if with_case_aliases else None)
    foreign = fact(summary, "exchange.stages[2025-06-21].released[Belarus]"
                            ".breakdown[foreign nationals]")
    assert (foreign.value, foreign.status) == (3, "corroborated")
    assert [s.article_id for s in foreign.sources] == ["ap", "rferl"]
    assert [f.facts for f in summary.findings if f.kind is FindingKind.cross_source] == [
        [BELARUS]]


def test_conflict_detection_over_every_multi_outlet_case_is_exact() -> None:
    """Precision and recall of conflict detection on correct extractions of the five
    multi-outlet cases: the two hostage counts and the eight-against-nine are found,
    and the rising toll, the partial breakdowns and the agreeing seeds raise none."""
    cases = [(ROOT / "seeds" / "gold.json", seeds()), (HOSTAGES / "gold.json", hostages()),
             (ODESA / "gold.json", odesa()), (SWAP / "gold.json", swap()),
             (DETAINEES / "gold.json", detainees())]
    per_case = []
    for gold, results in cases:
        scores, _ = score_case(load_gold(gold), merge(results))
        per_case.append(tuple(scores["conflicts"][k] for k in ("tp", "fp", "fn")))
    assert per_case == [(0, 0, 0), (2, 0, 0), (0, 0, 0), (0, 0, 0), (1, 0, 0)]


REUTERS_SWAP = "Russia and Ukraine each returned 95 prisoners of war on Friday"
UKRINFORM_SWAP = "Ukraine has returned 95 of its citizens from Russian captivity in a new exchange"


def test_per_side_falls_with_an_invented_total_and_raises_no_conflict() -> None:
    """What SmolLM2 answered for this case: an agreed total of 459 'per side' in one
    outlet and 20 'not per side' in the other, neither number in the articles. Both
    totals are flagged, and so is the 'per side' that only qualified them: no conflict
    between two inventions reaches the reader."""
    summary = merge(swap({
        "reuters": Agreement(total=459, per_side=True, evidence=Evidence(text=REUTERS_SWAP)),
        "ukrinform": Agreement(total=20, per_side=False,
                               evidence=Evidence(text=UKRINFORM_SWAP)),
    }))

    for path in ("exchange.agreed_total.count", "exchange.agreed_total.per_side"):
        assert fact(summary, path).status == "flagged"
    assert [f.facts for f in summary.findings if f.kind is FindingKind.cross_source] == []

