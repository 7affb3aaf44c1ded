"""Run the pipeline on gold cases and report precision, recall and F1, overall and per case.

Overall scores are micro-averaged (counts summed over cases before dividing),
so a large case weighs more than a small one, as each of its facts does.
"""

from __future__ import annotations

import asyncio
import time
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path
from typing import NotRequired, TypedDict

from rich.console import Console
from rich.table import Table
from rich.text import Text

from summarizer.articles import MAX_BYTES
from summarizer.backends import Backend, BackendConfig, make_backend
from summarizer.evaluate.align_attacks import gold_attacks
from summarizer.evaluate.by_status import (
    StatusScores,
    add_by_status,
    describe_by_status,
    score_by_status,
    statuses_of,
)
from summarizer.evaluate.excused import ListedConflicts
from summarizer.evaluate.figures import (
    WrongFigure,
    WrongFigures,
    add_wrong_figures,
    list_wrong_figures,
    no_wrong_figures,
    tally_wrong_figures,
)
from summarizer.evaluate.flatten import (
    claims,
    gold_conflicts,
    gold_facts,
    predicted_conflicts,
)
from summarizer.evaluate.gold import LoadedCase, case_articles, load_gold
from summarizer.evaluate.paths import KINDS
from summarizer.evaluate.reference import ReferenceBackend
from summarizer.evaluate.scoring import (
    Counts,
    Misdated,
    Scores,
    misdated_report,
    score,
)
from summarizer.merge import merge
from summarizer.models import Article, Severity
from summarizer.pipeline import DEFAULT_CONCURRENCY, ArticleFailure, try_articles
from summarizer.stack import build_stack
from summarizer.summary import ArticleResult, Summary

MAX_LISTED = 15
"""Wrong facts listed per case and direction in the table; the JSON has them all."""


class CaseResult(TypedDict):
    case: str
    facts: Scores
    conflicts: Scores
    by_kind: dict[str, Scores]
    misdated: Misdated
    false_positives: list[str]
    false_negatives: list[str]
    wrong_figures: WrongFigures
    wrong_figure_list: list[WrongFigure]
    """Each wrong figure of `wrong_figures`, with its article and evidence."""
    findings: dict[str, int]
    statuses: dict[str, int]
    by_status: dict[str, StatusScores]
    """Of the predicted facts, how many of each status are right (by_status.py)."""
    errors: list[str]
    false_alarms: NotRequired[int]
    """With --reference only: error findings on correct extractions, other than a
    disagreement between sources that the gold file lists."""
    failed_articles: list[str]


class EvalResult(TypedDict):
    cases: int
    facts: Scores
    conflicts: Scores
    by_kind: dict[str, Scores]
    misdated: Misdated
    per_case: list[CaseResult]
    wrong_figures: WrongFigures
    findings: dict[str, int]
    statuses: dict[str, int]
    by_status: dict[str, StatusScores]
    false_alarms: NotRequired[int]
    model_calls: int
    prompt_tokens: int
    completion_tokens: int


class _CaseCounts(TypedDict):
    facts: Counts
    conflicts: Counts
    by_kind: dict[str, Counts]
    misdated: dict[str, int]


def score_case(
    loaded: LoadedCase, summary: Summary, articles: Sequence[Article] = ()
) -> tuple[CaseResult, _CaseCounts]:
    """Score one summary against its gold case; the counts feed the overall totals.

    `articles` are the texts the summary was made from: without them every
    wrong figure counts as invented. What the summary claims is walked once
    (`flatten.claims`): the scores, the wrong figures and the conflicts read that walk."""
    gold = loaded.gold
    expected = gold_facts(gold)
    claimed = claims(summary, gold_attacks(expected, gold.aliases))
    wrong = list_wrong_figures(expected, claimed, summary, articles, gold.aliases)
    facts = score(expected, claimed.predicted, gold.aliases)
    conflicts = score(gold_conflicts(gold), predicted_conflicts(summary, claimed), gold.aliases,
                      compare_values=False)
    result: CaseResult = {
        "case": gold.case,
        "facts": facts.counts.as_dict(),
        "conflicts": conflicts.counts.as_dict(),
        "by_kind": {kind: c.as_dict() for kind, c in facts.by_kind.items()},
        "misdated": misdated_report(facts.misdated),
        "false_positives": facts.false_positives
        + [f"conflict {p}" for p in conflicts.false_positives],
        "false_negatives": facts.false_negatives
        + [f"conflict {p}" for p in conflicts.false_negatives],
        "wrong_figures": tally_wrong_figures(wrong),
        "wrong_figure_list": wrong,
        "findings": dict(Counter(f.severity.value for f in summary.findings)),
        "statuses": dict(Counter(fact.status for fact in summary.facts)),
        "by_status": score_by_status(facts.judged, statuses_of(summary, claimed)),
        "errors": [f"{f.kind.value}: {f.message} [{', '.join(f.facts)}]"
                   for f in summary.findings if f.severity is Severity.error],
        "failed_articles": [],
    }
    return result, {"facts": facts.counts, "conflicts": conflicts.counts,
                    "by_kind": facts.by_kind, "misdated": facts.misdated}


def count_false_alarms(loaded: LoadedCase, summary: Summary) -> int:
    """Error findings on a summary of correct extractions, except the sources' own
    disagreement on a fact the gold file lists as a conflict (`ListedConflicts`)."""
    listed = ListedConflicts(loaded.gold)
    return sum(finding.severity is Severity.error and not listed.excuse(finding)
               for finding in summary.findings)


async def _summarize_case(
    articles: Sequence[Article], backend: Backend, concurrency: int
) -> tuple[Summary, list[ArticleFailure]]:
    """Like `summarize`, but an article whose extraction fails is scored as extracting
    nothing and reported, instead of ending the run: a small model's one looping answer
    must not discard every other case's result."""
    outcomes = await try_articles(articles, backend, concurrency=concurrency)
    failed = [o for o in outcomes if isinstance(o, ArticleFailure)]
    return merge([o for o in outcomes if isinstance(o, ArticleResult)],
                 articles=articles), failed


def run_eval(
    gold_paths: Iterable[str | Path],
    config: BackendConfig | None = None,
    *,
    backend: Backend | None = None,
    concurrency: int = DEFAULT_CONCURRENCY,
    max_bytes: int = MAX_BYTES,
    progress: Callable[[str], None] | None = None,
    reference: bool = False,
) -> EvalResult:
    """Summarize each gold case's articles with one backend and score the results.

    With `reference`, each article's extraction is the one built from the gold
    file itself (`ReferenceBackend`): the scores then measure the validator and
    the merge alone, and every error finding is a false alarm.

    Every gold file is loaded before the first model call, so a typo in the
    last file does not waste a paid run of the others. `concurrency` bounds the
    calls in flight (each chunk of a long article is one): a local server with one
    slot queues the rest, and a queued call's wait counts against its timeout.
    `progress` hears one line per case as it ends: against a slow model a run takes
    many minutes.
    """
    cases = [load_gold(path) for path in gold_paths]
    chosen = None if reference else build_stack(
        backend if backend is not None else make_backend(config or BackendConfig()),
        concurrency=concurrency)
    per_case: list[CaseResult] = []
    facts = conflicts = Counts()
    by_kind: dict[str, Counts] = {}
    misdated: Counter[str] = Counter()
    calls = prompt_tokens = completion_tokens = 0
    wrong = no_wrong_figures()
    findings: Counter[str] = Counter()
    false_alarms = 0
    statuses: Counter[str] = Counter()
    for number, loaded in enumerate(cases, start=1):
        articles = case_articles(loaded, max_bytes=max_bytes)
        started = time.monotonic()
        summary, failed = asyncio.run(_summarize_case(
            articles, chosen or ReferenceBackend(loaded.gold, articles), concurrency))
        result, counts = score_case(loaded, summary, articles)
        if reference:
            result["false_alarms"] = count_false_alarms(loaded, summary)
            false_alarms += result["false_alarms"]
        result["failed_articles"] = [f"{f.article_id}: {f.error_type}: "
                                     f"{f.message.splitlines()[0] if f.message else ''}"
                                     for f in failed]
        if progress is not None:
            fc = counts["facts"]
            progress(f"case {number}/{len(cases)} {result['case']}: facts tp {fc.tp} "
                     f"fp {fc.fp} fn {fc.fn}, {len(failed)} failed article(s), "
                     f"{time.monotonic() - started:.0f} s")
        per_case.append(result)
        wrong = add_wrong_figures(wrong, result["wrong_figures"])
        findings.update(result["findings"])
        statuses.update(result["statuses"])
        facts += counts["facts"]
        conflicts += counts["conflicts"]
        for kind, kind_counts in counts["by_kind"].items():
            by_kind[kind] = by_kind.get(kind, Counts()) + kind_counts
        misdated.update(counts["misdated"])
        spent = sum((f.usage for f in failed), summary.usage)
        calls += spent.calls
        prompt_tokens += spent.prompt_tokens
        completion_tokens += spent.completion_tokens
    overall: EvalResult = {
        "cases": len(cases),
        "facts": facts.as_dict(),
        "conflicts": conflicts.as_dict(),
        "by_kind": {k: by_kind[k].as_dict() for k in KINDS if k in by_kind},
        "misdated": misdated_report(misdated),
        "per_case": per_case,
        "wrong_figures": wrong,
        "findings": dict(findings),
        "statuses": dict(statuses),
        "by_status": add_by_status([case["by_status"] for case in per_case]),
        "model_calls": calls,
        "prompt_tokens": prompt_tokens,
        "completion_tokens": completion_tokens,
    }
    if reference:
        overall["false_alarms"] = false_alarms
    return overall


def _prf(scores: Scores) -> list[str]:
    return [f"{scores['precision']:.2f}", f"{scores['recall']:.2f}", f"{scores['f1']:.2f}",
            f"{scores['tp']}/{scores['fp']}/{scores['fn']}"]


def _tally(counts: dict[str, int]) -> str:
    return ", ".join(f"{n} {name}" for name, n in sorted(counts.items())) or "none"


def render_eval_table(result: EvalResult, console: Console) -> None:
    """Print scores per case and overall, per fact kind, then each case's wrong facts.

    Fact text comes from articles and model output, so it is printed as plain
    `Text`, never parsed as rich markup.
    """
    table = Table(title="Evaluation", title_justify="left")
    table.add_column("case")
    for label in ("facts P", "R", "F1", "tp/fp/fn", "conflicts P", "R", "F1", "tp/fp/fn"):
        table.add_column(label, justify="right")
    for case in result["per_case"]:
        table.add_row(Text(case["case"]), *_prf(case["facts"]), *_prf(case["conflicts"]))
    table.add_section()
    cases = result["cases"]
    table.add_row(Text(f"overall ({cases} case{'' if cases == 1 else 's'})", style="bold"),
                  *_prf(result["facts"]), *_prf(result["conflicts"]))
    console.print(table)

    kinds = Table(title="Facts by kind, all cases", title_justify="left")
    kinds.add_column("kind")
    for label in ("P", "R", "F1", "tp/fp/fn"):
        kinds.add_column(label, justify="right")
    for kind, scores in result["by_kind"].items():
        kinds.add_row(kind, *_prf(scores))
    console.print(kinds)

    for case in result["per_case"]:
        for title, facts in (("missed", case["false_negatives"]),
                             ("wrong or invented", case["false_positives"]),
                             ("error findings", case["errors"])):
            if not facts:
                continue
            console.print(Text(f"{case['case']}: {title} ({len(facts)})", style="bold"))
            for fact in facts[:MAX_LISTED]:
                console.print(Text(f"  {fact}"), soft_wrap=True)
            if len(facts) > MAX_LISTED:
                console.print(Text(f"  ... and {len(facts) - MAX_LISTED} more (see --json)"))
    wrong = result["wrong_figures"]
    console.print(Text(f"wrong figures: {wrong['invented']} invented "
                       f"({wrong['invented_flagged']} flagged), {wrong['misassigned']} "
                       f"misassigned ({wrong['misassigned_flagged']} flagged)"))
    misdated = result["misdated"]
    console.print(Text(f"misdated: {misdated['total']} of the {result['facts']['fp']} wrong "
                       f"facts are a missed fact under another date ("
                       + _tally(misdated["by_kind"]) + ")"))
    console.print(Text("findings: " + _tally(result["findings"]) + "; figures: "
                       + _tally(result["statuses"])))
    console.print(Text("right by status: " + describe_by_status(result["by_status"])))
    console.print(Text(f"model calls: {result['model_calls']}, tokens: "
                       f"{result['prompt_tokens']} prompt + {result['completion_tokens']} "
                       "completion"))
