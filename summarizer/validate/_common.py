"""What every check shares: the grounded article in hand, finding builders, labels."""

from __future__ import annotations

import datetime as dt
import re
from bisect import bisect_left, bisect_right
from collections.abc import Iterable
from dataclasses import dataclass, fields, replace
from functools import cached_property

from pydantic import BaseModel

from summarizer.facts import Fact, fact_id
from summarizer.models import (
    Article,
    ArticleExtraction,
    Evidence,
    ExchangeStage,
    Finding,
    FindingCode,
    FindingKind,
    Release,
    Severity,
)
from summarizer.text.entities import party_key
from summarizer.text.lines import LINE_BREAK, cuts
from summarizer.validate import lexicon as lx

_PARAGRAPH_BREAK = re.compile(rf"{LINE_BREAK}\s*")


@dataclass(frozen=True)
class Context:
    """One grounded extraction and what grounding learned about its figures.

    `stated` holds the ids of numeric facts whose number the article itself
    writes in the located evidence: arithmetic among those is the source's, not
    the model's. `facts` is the extraction's walk, made once, by grounding:
    grounding's checks learn `stated` from it and the other checks read it again,
    from the copy `with_stated` makes.
    """

    article: Article
    extraction: ArticleExtraction
    stated: frozenset[int]
    facts: tuple[Fact, ...]

    def with_stated(self, stated: frozenset[int]) -> Context:
        """This context with `stated` filled, keeping what it has read of the article
        and the facts (the cached properties below), which `dataclasses.replace` would
        drop: each is read once per article, not again for the copy."""
        copy = replace(self, stated=stated)
        copy.__dict__.update((name, value) for name, value in self.__dict__.items()
                             if name not in _FIELDS)
        return copy

    @property
    def published(self) -> dt.date | None:
        return self.article.published_date

    @cached_property
    def paragraph_breaks(self) -> list[int]:
        """Where each paragraph of the article starts, then its end: found once per
        article, not once per fact whose evidence is widened to its paragraph."""
        text = self.article.text
        return [0, *(end for _, end in cuts(_PARAGRAPH_BREAK, text)), len(text)]

    def around(self, span: tuple[int, int]) -> tuple[int, int]:
        """Where the paragraph of `span` and the ones on either side of it start and end:
        what a fact shares with others is often written a sentence or a paragraph away
        from its figure."""
        breaks = self.paragraph_breaks  # ascending, from 0
        first = bisect_right(breaks, span[0]) - 1
        last = min(bisect_left(breaks, span[1]), len(breaks) - 1)
        return breaks[max(first - 1, 0)], breaks[min(last + 1, len(breaks) - 1)]

    @cached_property
    def sentences(self) -> tuple[tuple[int, int], ...]:
        """Where each sentence of the article starts and ends (`lexicon.clauses`): cut once
        per article, not once per figure whose sentence is looked up in it. An article is
        too long for the cut to be kept per text (text.memo)."""
        return lx.clauses(self.article.text, sentences=True)

    def located(self, evidence: Evidence | None) -> str | None:
        """The article's own text where grounding found `evidence`, or None where it did
        not: what the model copied may differ from it (a fuzzy or normalized match)."""
        span = evidence.span if evidence is not None else None
        return None if span is None else self.article.text[slice(*span)]

    @cached_property
    def _by_holder(self) -> dict[tuple[int, str | None], Fact]:
        found: dict[tuple[int, str | None], Fact] = {}
        for fact in self.facts:
            found.setdefault((id(fact.holder), fact.attr), fact)
        return found

    def fact(self, holder: BaseModel, attr: str | None = "count") -> Fact:
        """The fact that `holder.<attr>` holds (`holder` is part of this extraction)."""
        return self._by_holder[(id(holder), attr)]

    def all_stated(self, facts: Iterable[Fact]) -> bool:
        return all(f.id in self.stated for f in facts)

    def finding(
        self,
        code: FindingCode,
        severity: Severity,
        message: str,
        facts: Iterable[Fact],
        *,
        reaskable: bool = False,
        feedback: str | None = None,
        instruction: str | None = None,
    ) -> Finding:
        """`instruction` is what the model should do about it: a re-ask tells it after
        the message, the reader is not told it. `feedback` is for a re-ask that must say
        more than the message does (the field's path, which the model's schema names, where
        the message names the fact in words): it is sent instead, instruction and all."""
        named = list(dict.fromkeys(facts))
        if instruction is not None and feedback is None:
            feedback = f"{message} {instruction}"
        return Finding(
            kind=code.kind,
            severity=severity,
            code=code,
            message=message,
            facts=list(dict.fromkeys(f.path for f in named)),
            fact_ids=[fact_id(self.article.id, f.id) for f in named],
            articles=[self.article.id],
            reaskable=reaskable and (severity is Severity.error
                                     or code.kind is FindingKind.support),
            feedback=feedback,
        )


_FIELDS = frozenset(f.name for f in fields(Context))


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
