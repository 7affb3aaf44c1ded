"""Grounding findings: evidence not in the article, numbers not in their evidence,
quotes not verbatim.

All three are the model's doing (the article cannot misquote itself), so each
error is re-askable, and its message says exactly what to copy or correct.
"""

from __future__ import annotations

from summarizer.facts import agreed_party_path
from summarizer.grounding import HasEvidence, contains_verbatim, evidence_sites, find
from summarizer.models import (
    Agreement,
    Article,
    ArticleExtraction,
    BreakdownItem,
    Casualties,
    CumulativeTotal,
    Finding,
    FindingKind,
    MatchKind,
    Release,
    Severity,
    StatedTotal,
    WeaponCount,
)
from summarizer.text.numbers import states, vague_words
from summarizer.validate._common import Context

QUOTE_SHOWN_CHARS = 160
"""Longer evidence and quotes are shortened in messages, which must stay readable."""

_G = FindingKind.grounding


def _short(text: str) -> str:
    text = " ".join(text.split())
    return text if len(text) <= QUOTE_SHOWN_CHARS else text[: QUOTE_SHOWN_CHARS - 1] + "…"


def _numbers(path: str, holder: HasEvidence) -> list[tuple[str, int]]:
    """(fact path, number) of each figure the holder's evidence must state: an unequal
    deal states one number per party under one evidence."""
    if isinstance(holder, Agreement):
        if holder.total is not None:
            return [(path, holder.total)]
        return [(agreed_party_path(p.party), p.count) for p in holder.by_party]
    if isinstance(holder, Release | BreakdownItem | CumulativeTotal | StatedTotal):
        return [(path, holder.count)]
    if isinstance(holder, WeaponCount | Casualties) and holder.count is not None:
        return [(path, holder.count)]
    return []


def _absent_numbers(article: Article, path: str, holder: HasEvidence) -> str:
    """Name invented figures even when their evidence is invented too: the reader must
    see which number has no source, not only that a fragment was not found."""
    absent = [str(value) for _, value in _numbers(path, holder)
              if not states(article.text, value)]
    if not absent:
        return ""
    return f" The number {', '.join(absent)} is not in the article at all."


def _span(article: Article, holder: HasEvidence) -> str | None:
    evidence = holder.evidence
    if evidence.start is None or evidence.end is None:
        return None
    return article.text[evidence.start : evidence.end]


def check_grounding(
    article: Article, extraction: ArticleExtraction
) -> tuple[list[Finding], frozenset[str]]:
    """Findings for a grounded extraction, and the paths of figures the article states."""
    ctx = Context(article, extraction, frozenset())
    findings: list[Finding] = []
    stated: set[str] = set()
    derived: list[tuple[str, Release]] = []
    for path, holder in evidence_sites(extraction):
        evidence = holder.evidence
        if evidence.match is MatchKind.none:
            findings.append(ctx.finding(
                _G, Severity.error,
                f'the evidence for {path} is not in the article: "{_short(evidence.text)}". '
                "Copy the fragment exactly as the article writes it."
                + _absent_numbers(article, path, holder),
                [path], reaskable=True,
            ))
        elif evidence.match is MatchKind.fuzzy:
            findings.append(ctx.finding(
                _G, Severity.warning,
                f'the evidence for {path} is not word for word in the article; the closest '
                f'passage is "{_short(_span(article, holder) or "")}"',
                [path],
            ))
        span = _span(article, holder)
        if span is None:
            continue
        for fact_path, value in _numbers(path, holder):
            if states(span, value):
                stated.add(fact_path)
            elif isinstance(holder, Release) and holder.breakdown_complete and holder.breakdown:
                derived.append((fact_path, holder))
            else:
                findings.append(_number_missing(ctx, fact_path, value, span))
    for path, release in derived:
        findings.append(_derived(ctx, path, release, stated))
    findings.extend(_quotes(ctx))
    return findings, frozenset(stated)


def _number_missing(ctx: Context, path: str, value: int, span: str) -> Finding:
    vague = vague_words(span)
    hint = f'; it only says "{vague[0]}"' if vague else ""
    return ctx.finding(
        _G, Severity.error,
        f'the number {value} is not in its evidence for {path} ("{_short(span)}"){hint}. '
        f"Give the fragment that states {value}, or correct the number.",
        [path], reaskable=True,
    )


def _derived(ctx: Context, path: str, release: Release, stated: set[str]) -> Finding:
    """A total that the article gives only as its parts ('270 servicemen and 120
    civilians each') may be written as their sum; that is the one computation allowed."""
    base = path.removesuffix(".count")
    items = [(f"{base}.breakdown[{i.category}]", i) for i in release.breakdown]
    parts = " + ".join(f"{i.count} {i.category}" for _, i in items)
    total = sum(i.count for _, i in items)
    if total == release.count and all(p in stated for p, _ in items):
        stated.add(path)
        return ctx.finding(
            _G, Severity.info,
            f"{release.count} released by {release.released_by} is not written in the article; "
            f"it is the sum of the breakdown the article gives ({parts}).",
            [path, *(p for p, _ in items)],
        )
    return ctx.finding(
        _G, Severity.error,
        f'the number {release.count} is not in its evidence for {path} '
        f'("{_short(release.evidence.text)}"), and the breakdown ({parts} = {total}) does not '
        f"give it either. Give the fragment that states {release.count}, or correct the number.",
        [path, *(p for p, _ in items)], reaskable=True,
    )


def _quotes(ctx: Context) -> list[Finding]:
    findings: list[Finding] = []
    for statement in ctx.extraction.statements:
        quote = statement.quote
        if not quote or contains_verbatim(ctx.article.text, quote):
            continue
        closest = find(ctx.article.text, quote)
        hint = ""
        if closest.start is not None and closest.end is not None:
            hint = f'; the article has "{_short(ctx.article.text[closest.start:closest.end])}"'
        findings.append(ctx.finding(
            _G, Severity.error,
            f'the quote attributed to {statement.speaker} is not verbatim in the article: '
            f'"{_short(quote)}"{hint}. Copy the words inside the quotation marks exactly.',
            [f"statements[{statement.speaker}]"], reaskable=True,
        ))
    return findings
