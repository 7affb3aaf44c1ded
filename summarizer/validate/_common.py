"""What every check shares: the grounded article in hand, finding builders, labels."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass

from summarizer.models import (
    Article,
    ArticleExtraction,
    ExchangeStage,
    Finding,
    FindingKind,
    Release,
    Severity,
)
from summarizer.text.entities import party_key


@dataclass(frozen=True)
class Context:
    """One grounded extraction and what grounding learned about its figures.

    `stated` holds the paths of numeric facts whose number the article itself
    writes in the located evidence: arithmetic among those is the source's, not
    the model's.
    """

    article: Article
    extraction: ArticleExtraction
    stated: frozenset[str]

    @property
    def published(self) -> dt.date | None:
        return self.article.published_date

    def all_stated(self, paths: Iterable[str]) -> bool:
        return all(p in self.stated for p in paths)

    def finding(
        self,
        kind: FindingKind,
        severity: Severity,
        message: str,
        facts: Iterable[str],
        *,
        reaskable: bool = False,
    ) -> Finding:
        return Finding(
            kind=kind,
            severity=severity,
            message=message,
            facts=list(dict.fromkeys(facts)),
            articles=[self.article.id],
            reaskable=reaskable and severity is Severity.error,
        )


def day(date: dt.date) -> str:
    """'2025-05-23 (Friday)': journalists check dates by weekday."""
    return f"{date.isoformat()} ({date.strftime('%A')})"


def stage_label(stage: ExchangeStage) -> str:
    if stage.time_expression and stage.date:
        return f"the stage {stage.time_expression.strip()} ({stage.date.isoformat()})"
    if stage.date:
        return f"the stage of {stage.date.isoformat()}"
    if stage.time_expression:
        return f"the stage {stage.time_expression.strip()}"
    return "an undated stage"


def parties(extraction: ArticleExtraction) -> list[str]:
    """The exchange's parties as keys, in order of first mention."""
    seen: dict[str, None] = {}
    for stage in extraction.stages:
        for release in stage.releases:
            seen[party_key(release.released_by)] = None
            if release.received_by:
                seen[party_key(release.received_by)] = None
    for total in extraction.cumulative:
        seen[party_key(total.received_by)] = None
    return list(seen)


def receiver(release: Release, all_parties: list[str]) -> str | None:
    """Who got these people back: stated, or in a two-party exchange the other side."""
    if release.received_by:
        return party_key(release.received_by)
    others = [p for p in all_parties if p != party_key(release.released_by)]
    return others[0] if len(all_parties) == 2 and len(others) == 1 else None
