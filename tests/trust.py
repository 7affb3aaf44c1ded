"""The trust invariant, checked on a real model's answers: nothing unchecked gets through.

Every number and quote the model returns must end up either grounded (its
evidence is found in the article and states the number; the quote is verbatim)
or named by an error finding. A number written nowhere in the article must be
named by a finding whose message gives the number. A summary fact shown as
verified (corroborated or single source) must not rest on a flagged figure.
The model's words are never asserted: only what the checks did with them.
"""

from __future__ import annotations

from summarizer.facts import iter_facts
from summarizer.grounding import contains_verbatim
from summarizer.models import Article, FindingCode, MatchKind, Severity
from summarizer.summary import ArticleResult, Summary
from summarizer.text.numbers import states

VERIFIED = ("corroborated", "single_source")


def error_paths(result: ArticleResult) -> dict[str, list[str]]:
    """Fact path -> messages of the error findings that name it."""
    named: dict[str, list[str]] = {}
    for finding in result.findings:
        if finding.severity is Severity.error:
            for path in finding.facts:
                named.setdefault(path, []).append(finding.message)
    return named


def derived_paths(result: ArticleResult) -> set[str]:
    """Totals the validator accepted as the sum of a stated breakdown (an info finding)."""
    return {f.facts[0] for f in result.findings
            if f.code is FindingCode.total_is_breakdown_sum and f.facts}


def leaks(article: Article, result: ArticleResult) -> list[str]:
    """Every number or quote of one article's result that is neither grounded nor flagged."""
    flagged = error_paths(result)
    derived = derived_paths(result)
    found: list[str] = []
    for fact in iter_facts(result.extraction):
        if isinstance(fact.value, bool) or not isinstance(fact.value, int):
            continue
        if fact.path in flagged:
            if not states(article.text, fact.value) and not any(
                    str(fact.value) in m for m in flagged[fact.path]):
                found.append(f"{fact.path} = {fact.value} is invented, and no finding names "
                             f"{fact.value}")
            continue
        evidence = fact.evidence
        located = (evidence is not None and evidence.match not in (None, MatchKind.none)
                   and evidence.start is not None and evidence.end is not None)
        span = article.text[evidence.start:evidence.end] if located and evidence else ""
        if not (states(span, fact.value) or fact.path in derived):
            found.append(f"{fact.path} = {fact.value}: not grounded and not flagged")
    for statement in result.extraction.statements:
        path = f"statements[{statement.speaker}]"
        if statement.quote and not contains_verbatim(article.text, statement.quote) \
                and path not in flagged:
            found.append(f"{path}: quote not in the article and not flagged")
    return found


def shown_as_verified_but_flagged(summary: Summary) -> list[str]:
    """Summary facts with a verified status whose every source is a flagged figure."""
    flagged = {(r.article_id, path) for r in summary.articles for path in error_paths(r)}
    return [f"{fact.path} = {fact.value} ({fact.status})" for fact in summary.facts
            if fact.status in VERIFIED and fact.sources
            and all((s.article_id, fact.path) in flagged for s in fact.sources)]
