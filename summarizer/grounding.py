"""Grounding: find each evidence string in its article and record where and how."""

from __future__ import annotations

from summarizer.models import Article, ArticleExtraction, Evidence, Finding, MatchKind


def locate(text: str, evidence: Evidence) -> Evidence:
    start = text.find(evidence.text)
    if start < 0:
        return evidence.model_copy(update={"start": None, "end": None, "match": MatchKind.none})
    return evidence.model_copy(
        update={"start": start, "end": start + len(evidence.text), "match": MatchKind.exact}
    )


def ground_extraction(
    article: Article, extraction: ArticleExtraction
) -> tuple[ArticleExtraction, list[Finding]]:
    data = extraction.model_copy(deep=True)
    for holder in _evidence_holders(data):
        holder.evidence = locate(article.text, holder.evidence)
    return data, []


def _evidence_holders(extraction: ArticleExtraction) -> list:  # type: ignore[type-arg]
    holders: list = []  # type: ignore[type-arg]
    if extraction.agreement:
        holders.append(extraction.agreement)
    for stage in extraction.stages:
        for release in stage.releases:
            holders.append(release)
            holders.extend(release.breakdown)
    holders.extend(extraction.cumulative)
    for attack in extraction.attacks:
        holders.append(attack)
        holders.extend(attack.weapons)
        holders.extend(x for x in (attack.weapons_total, attack.killed, attack.injured) if x)
    holders.extend(extraction.statements)
    return holders
