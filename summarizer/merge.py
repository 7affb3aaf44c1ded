"""Merge per-article results into one `Summary` of facts with their sources.

Facts are aligned by their stable path (facts.py). Each merged fact records
every source that states it and a status: corroborated (two or more sources
agree), single_source, conflicting, or derived (computed here, never reported).
"""

from __future__ import annotations

from collections import defaultdict

from summarizer.facts import iter_facts
from summarizer.models import (
    ArticleResult,
    Finding,
    SourceValue,
    Summary,
    SummaryFact,
    Usage,
)


def merge_facts(results: list[ArticleResult]) -> list[SummaryFact]:
    by_path: dict[str, list[SourceValue]] = defaultdict(list)
    for result in results:
        for fact in iter_facts(result.extraction):
            sources = by_path[fact.path]
            if any(s.article_id == result.article_id and s.value == fact.value for s in sources):
                continue
            sources.append(
                SourceValue(article_id=result.article_id, value=fact.value, evidence=fact.evidence)
            )
    merged: list[SummaryFact] = []
    for path, sources in by_path.items():
        values = {str(s.value) for s in sources}
        articles = {s.article_id for s in sources}
        if path.startswith("statements["):
            # One speaker says many things: each distinct quote is its own fact.
            for source in sources:
                same = [s for s in sources if s.value == source.value]
                if same[0] is not source:
                    continue
                status = "corroborated" if len({s.article_id for s in same}) > 1 else "single_source"
                merged.append(SummaryFact(path=path, value=source.value, status=status,
                                          sources=same))
            continue
        if len(values) > 1:
            status = "conflicting"
        elif len(articles) > 1:
            status = "corroborated"
        else:
            status = "single_source"
        merged.append(SummaryFact(path=path, value=sources[0].value, status=status,
                                  sources=sources))
    merged.extend(derived_facts(merged))
    return merged


def derived_facts(facts: list[SummaryFact]) -> list[SummaryFact]:
    """Figures computed from reported ones, marked derived: remaining = agreed - returned."""
    agreed = next((f for f in facts if f.path == "exchange.agreed_total.count"
                   and f.status != "conflicting"), None)
    totals = sorted(
        (f for f in facts if f.path.startswith("exchange.cumulative[")
         and f.path.endswith("].count") and f.status != "conflicting"),
        key=lambda f: f.path,
    )
    if agreed is None or not totals or not isinstance(agreed.value, int):
        return []
    latest = totals[-1]
    if not isinstance(latest.value, int) or latest.value > agreed.value:
        return []
    as_of = latest.path[len("exchange.cumulative["):-len("].count")]
    return [SummaryFact(path=f"exchange.remaining[{as_of}]", value=agreed.value - latest.value,
                        status="derived", sources=[])]


def merge(results: list[ArticleResult]) -> Summary:
    findings: list[Finding] = [f for r in results for f in r.findings]
    usage = sum((r.usage for r in results), Usage())
    return Summary(articles=results, facts=merge_facts(results), findings=findings, usage=usage)
