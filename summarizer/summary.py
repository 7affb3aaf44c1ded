"""What the user gets back: each article's result, the merged facts and who states them.

`Summary` is what `summarize` returns; its JSON Schema is `schemas/summary.schema.json`.
The extraction it carries per article is the contract in `summarizer.models`.

This module imports no model client: it is part of the deterministic core.
"""

from __future__ import annotations

import datetime as dt
from typing import Literal

from pydantic import Field

from summarizer.fact_paths import FactPath
from summarizer.findings import Finding
from summarizer.models import ArticleExtraction, Evidence, Qualifier, _Model


class Usage(_Model):
    """Model usage; failed attempts count too."""

    calls: int = 0
    prompt_tokens: int = 0
    completion_tokens: int = 0

    def __add__(self, other: Usage) -> Usage:
        return Usage(
            calls=self.calls + other.calls,
            prompt_tokens=self.prompt_tokens + other.prompt_tokens,
            completion_tokens=self.completion_tokens + other.completion_tokens,
        )


class ArticleResult(_Model):
    """One article's extraction with how it was produced and what the checks found."""

    article_id: str
    source: str
    published: dt.datetime | dt.date | None = None
    backend: str
    model: str | None = None
    prompt_version: str | None = None
    attempts: int = 1
    extraction: ArticleExtraction
    findings: list[Finding] = Field(default_factory=list)
    usage: Usage = Field(default_factory=Usage)


FactStatus = Literal[
    "corroborated", "single_source", "derived", "conflicting", "updated", "unsupported",
    "flagged"
]
"""corroborated: two or more sources give the value; single_source: one does;
derived: computed from reported facts; conflicting: sources give different values;
updated: a later report superseded an earlier figure (a rising toll), value is the latest;
unsupported: no source's evidence states the figure as the fact claims it (the number is
there, but as another count, under a plan or denial, or the name is missing), so it may be
right but is unconfirmed;
flagged: an error finding names the figure in every source that gives it (an invented or
ungrounded number), so it must not be read as fact."""


class SourceValue(_Model):
    """One article's statement of a fact."""

    article_id: str
    value: int | str | bool
    qualifier: Qualifier | None = Field(
        default=None, description="The source's qualifier of its number: 'at least'."
    )
    evidence: Evidence | None = None
    fact_id: str | None = Field(
        default=None, description="The id of the article's fact, as findings name it."
    )
    superseded: bool = Field(
        default=False, exclude_if=lambda superseded: not superseded,
        description="Of a conflicting figure: a later report of the same count supersedes "
        "this value ('at least 18' the day before two outlets give 39 and 45), so it is the "
        "figure's history, not a side of the disagreement. Written only when true. (Of an "
        "updated figure, every value but the stated one is its history.)"
    )


class SummaryFact(_Model):
    """A fact of the summary: a stable path, its value and who states it."""

    path: str
    value: int | str | bool
    qualifier: Qualifier | None = Field(
        default=None, description="The qualifier of the stated number: 'at least 39' is 39 "
        "with 'at least'; null for an exact number."
    )
    status: FactStatus
    sources: list[SourceValue] = Field(default_factory=list)

    @property
    def key(self) -> FactPath | None:
        """The path as data (None for a shape this version does not write)."""
        return FactPath.parse(self.path)


class UnstatedDays(_Model):
    """Dates an event is listed under that no source names."""

    stages: list[str] = Field(default_factory=list, description=(
        "Dates (YYYY-MM-DD) of exchange stages that no source's words date: the merge "
        "lists such a stage under the day it was first reported, the latest it can be."))
    attacks: list[str] = Field(default_factory=list, description=(
        "Dates (YYYY-MM-DD) of attacks that no source's words date, listed the same way."))


class Summary(_Model):
    """What `summarize` returns: per-article extractions, merged facts, findings and usage."""

    articles: list[ArticleResult]
    facts: list[SummaryFact] = Field(default_factory=list)
    findings: list[Finding] = Field(default_factory=list)
    unstated_days: UnstatedDays = Field(default_factory=UnstatedDays, description=(
        "Which dates in the facts' paths no source names: each is the day the event was "
        "first reported, not a day any article gives it."))
    usage: Usage = Field(default_factory=Usage)
