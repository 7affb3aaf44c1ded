"""Grounding findings: evidence not in the article, numbers not in their evidence,
quotes not verbatim.

All three are the model's doing (the article cannot misquote itself), so each
error is re-askable. Its message names the fact in words, for the reader; its
`feedback`, which a re-ask sends the model, names the field by its path, as the
model's schema does, and says exactly what to copy or correct.
"""

from __future__ import annotations

from summarizer.facts import Fact
from summarizer.grounding import contains_verbatim, find
from summarizer.models import (
    Agreement,
    Finding,
    FindingCode,
    MatchKind,
    Release,
    Severity,
)
from summarizer.text.numbers import states, vague_words
from summarizer.validate._common import Context
from summarizer.validate.listed_sums import Part, listed_sum
from summarizer.validate.singular import tells

QUOTE_SHOWN_CHARS = 160
"""Longer evidence and quotes are shortened in messages, which must stay readable."""



def _short(text: str) -> str:
    text = " ".join(text.split())
    return text if len(text) <= QUOTE_SHOWN_CHARS else text[: QUOTE_SHOWN_CHARS - 1] + "…"


def _numbers(ctx: Context, site: Fact) -> list[tuple[Fact, int]]:
    """(fact, number) of each figure the site's evidence must state: an unequal
    deal states one number per party under one evidence."""
    if isinstance(site.holder, Agreement) and site.value is None:
        return [(ctx.fact(p), p.count) for p in site.holder.by_party]
    if isinstance(site.value, int) and not isinstance(site.value, bool):
        return [(site, site.value)]
    return []


def _absent_numbers(ctx: Context, site: Fact) -> str:
    """Name invented figures even when their evidence is invented too: the reader must
    see which number has no source, not only that a fragment was not found."""
    absent = [str(value) for _, value in _numbers(ctx, site)
              if not states(ctx.article.text, value)]
    if not absent:
        return ""
    return f" The number {', '.join(absent)} is not in the article at all."


def check_grounding(ctx: Context) -> tuple[list[Finding], frozenset[int]]:
    """Findings for a grounded extraction, and the ids of figures the article states."""
    findings: list[Finding] = []
    stated: set[int] = set()
    derived: list[tuple[Fact, Release]] = []
    for site in ctx.facts:
        evidence = site.evidence
        if not site.site or evidence is None:
            continue
        if evidence.match is MatchKind.none:
            absent = _absent_numbers(ctx, site)
            findings.append(ctx.finding(
                FindingCode.evidence_not_found, Severity.error,
                f'the evidence for {site.key.words} is not in the article: '
                f'"{_short(evidence.text)}".{absent}',
                [site], reaskable=True,
                feedback=f'the evidence for {site.path} is not in the article: '
                f'"{_short(evidence.text)}". Copy the fragment exactly as the article writes '
                f"it.{absent}",
            ))
        elif evidence.match is MatchKind.fuzzy:
            findings.append(ctx.finding(
                FindingCode.evidence_not_verbatim, Severity.warning,
                f'the evidence for {site.key.words} is not word for word in the article; the '
                f'closest passage is "{_short(ctx.located(evidence) or "")}"',
                [site],
            ))
        span = ctx.located(evidence)
        if span is None:
            continue
        holder = site.holder
        for fact, value in _numbers(ctx, site):
            if tells(span, value):
                stated.add(fact.id)
            elif isinstance(holder, Release) and holder.breakdown_complete and holder.breakdown:
                derived.append((fact, holder))
            elif (parts := listed_sum(span, fact.holder, value)) is not None:
                stated.add(fact.id)
                findings.append(_listed(ctx, fact, value, parts))
            else:
                findings.append(_number_missing(ctx, fact, value, span))
    for fact, release in derived:
        findings.append(_derived(ctx, fact, release, stated))
    findings.extend(_quotes(ctx))
    return findings, frozenset(stated)


def _number_missing(ctx: Context, fact: Fact, value: int, span: str) -> Finding:
    vague = vague_words(span)
    hint = f'; it only says "{vague[0]}"' if vague else ""
    evidence = f'("{_short(span)}"){hint}.'
    return ctx.finding(
        FindingCode.number_not_in_evidence, Severity.error,
        f"the number {value} is not in its evidence for {fact.key.words} {evidence}",
        [fact], reaskable=True,
        feedback=f"the number {value} is not in its evidence for {fact.path} {evidence} "
        f"Give the fragment that states {value}, or correct the number.",
    )


def _derived(ctx: Context, fact: Fact, release: Release, stated: set[int]) -> Finding:
    """A total that the article gives only as its parts ('270 servicemen and 120
    civilians each') may be written as their sum; that is the one computation allowed."""
    items = [(ctx.fact(i), i) for i in release.breakdown]
    parts = " + ".join(f"{i.count} {i.category}" for _, i in items)
    total = sum(i.count for _, i in items)
    if total == release.count and all(p.id in stated for p, _ in items):
        stated.add(fact.id)
        return ctx.finding(
            FindingCode.total_is_breakdown_sum, Severity.info,
            f"{release.count} released by {release.released_by} is not written in the article; "
            f"it is the sum of the breakdown the article gives ({parts}).",
            [fact, *(p for p, _ in items)],
        )
    evidence = (f'("{_short(release.evidence.text)}"), and the breakdown ({parts} = {total}) '
                "does not give it either.")
    return ctx.finding(
        FindingCode.total_not_in_evidence_or_breakdown, Severity.error,
        f"the number {release.count} is not in its evidence for {fact.key.words} {evidence}",
        [fact, *(p for p, _ in items)], reaskable=True,
        feedback=f"the number {release.count} is not in its evidence for {fact.path} "
        f"{evidence} Give the fragment that states {release.count}, or correct the number.",
    )


def _listed(ctx: Context, fact: Fact, value: int, parts: list[Part]) -> Finding:
    """A count the evidence gives only as the parts of one list (listed_sums.py): derived
    from what the article states, so a note, not an error."""
    listed = " + ".join(f'"{p.words}"' for p in parts)
    return ctx.finding(
        FindingCode.total_is_breakdown_sum, Severity.info,
        f"{value} for {fact.key.words} is not written in the article; it is the sum of the "
        f"parts its evidence lists ({listed}).",
        [fact],
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
            FindingCode.quote_not_verbatim, Severity.error,
            f'the quote attributed to {statement.speaker} is not verbatim in the article: '
            f'"{_short(quote)}"{hint}.', [ctx.fact(statement, "quote")], reaskable=True,
            instruction="Copy the words inside the quotation marks exactly.",
        ))
    return findings
