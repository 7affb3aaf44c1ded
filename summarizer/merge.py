"""Merge per-article results into one `Summary`: aligned facts with their sources,
a status each, cross-source findings, and derived figures.

Alignment (which facts are the same, under canonical names) is `align.py`;
whether their sources agree is `validate/cross_source.py`. This module only
puts the verdicts together and computes what is derived, marked as derived.
"""

from __future__ import annotations

from collections.abc import Iterable

from summarizer.align import Aligned, Alignment, Value, align, in_fixed_order
from summarizer.facts import iter_facts
from summarizer.models import (
    ArticleResult,
    Evidence,
    Finding,
    Severity,
    SourceValue,
    Summary,
    SummaryFact,
    Usage,
)
from summarizer.text.entities import AliasTable, EntityResolver
from summarizer.validate.cross_source import Verdict, attack_date_note, judge

_ORDER = {Severity.error: 0, Severity.warning: 1, Severity.info: 2}


ClaimKey = tuple[str, Value, str | None, int | None]

QUALIFIERS = {"exchange.agreed_total.per_side": "exchange.agreed_total.count"}
"""Facts that only qualify another, and fall with it: 'per side' of an agreed total that
an error names vouches for nothing (SmolLM2 gave '459, per side' in one outlet and
'20, not per side' in the other, both totals invented; that was no conflict to report)."""


def _key(article_id: str, value: Value, evidence: Evidence | None) -> ClaimKey:
    return (article_id, value, evidence.text if evidence else None,
            evidence.start if evidence else None)


def flagged_claims(results: Iterable[ArticleResult]) -> set[ClaimKey]:
    """Each article's statements that one of its own error findings names, or qualify
    one that it names.

    Findings name facts by the article's raw paths (before names are made
    canonical), so a claim is matched back through the article's own facts.
    """
    flagged: set[ClaimKey] = set()
    for result in results:
        named = {p for f in result.findings if f.severity is Severity.error for p in f.facts}
        named |= {fact for fact, of in QUALIFIERS.items() if of in named}
        flagged |= {_key(result.article_id, fact.value, fact.evidence)
                    for fact in iter_facts(result.extraction) if fact.path in named}
    return flagged


def _merged(
    alignment: Alignment, flagged: set[ClaimKey]
) -> tuple[list[SummaryFact], list[Finding]]:
    """A flagged statement never vouches for a figure: the status is judged on the
    clean statements alone, and a figure with none left is `flagged`, whatever the
    number of sources repeating it."""
    facts: list[SummaryFact] = []
    findings: list[Finding] = []
    for aligned in alignment.facts:
        clean = [c for c in aligned.claims
                 if _key(c.article_id, c.value, c.evidence) not in flagged]
        if clean:
            verdict = judge(Aligned(aligned.path, aligned.kind, clean))
        else:
            verdict = Verdict("flagged", judge(aligned).value, [])
        sources = [SourceValue(article_id=c.article_id, value=c.value, evidence=c.evidence)
                   for c in aligned.claims]
        facts.append(SummaryFact(path=aligned.path, value=verdict.value, status=verdict.status,
                                 sources=sources))
        findings += verdict.findings
    findings += [attack_date_note(key, reports) for key, reports in alignment.attack_dates]
    return facts, findings


def derived_facts(facts: list[SummaryFact]) -> list[SummaryFact]:
    """Figures computed from reported ones, marked derived: remaining = agreed - returned.

    Only for an N-for-N deal, where one side's running total compares with N,
    and only from figures the sources do not dispute.
    """
    settled = [f for f in facts if f.status not in ("conflicting", "flagged")]
    agreed = next((f for f in settled if f.path == "exchange.agreed_total.count"), None)
    per_side = next((f for f in settled if f.path == "exchange.agreed_total.per_side"), None)
    totals = sorted((f for f in settled if f.path.startswith("exchange.cumulative[")
                     and f.path.endswith("].count")), key=lambda f: f.path)
    if agreed is None or per_side is None or per_side.value is not True or not totals:
        return []
    latest = totals[-1]
    if not isinstance(agreed.value, int) or not isinstance(latest.value, int) \
            or latest.value > agreed.value:
        return []
    as_of = latest.path[len("exchange.cumulative["):-len("].count")]
    return [SummaryFact(path=f"exchange.remaining[{as_of}]", value=agreed.value - latest.value,
                        status="derived", sources=[])]


def merge(results: list[ArticleResult], aliases: AliasTable | None = None) -> Summary:
    """One summary of several articles; `aliases` ({"canonical": [variants]}) adds to
    the built-in name table. The articles are put in a fixed order first (by id), so
    the summary, down to how its sources are numbered, does not depend on the input's."""
    ordered = in_fixed_order(results)
    facts, cross = _merged(align(ordered, EntityResolver(aliases)), flagged_claims(ordered))
    findings = [f for r in ordered for f in r.findings] + cross
    findings.sort(key=lambda f: _ORDER[f.severity])
    usage = sum((r.usage for r in ordered), Usage())
    return Summary(articles=ordered, facts=facts + derived_facts(facts), findings=findings,
                   usage=usage)
