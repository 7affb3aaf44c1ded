"""Arithmetic: parts against totals, one side against the other, running totals
against the deal.

Who is to blame decides whether a finding is re-asked. The rule:

- When every figure in a sum is written in its located evidence (the article
  states them all), a contradiction among them is *in the source*: the article
  itself does not add up. It is reported as an error but never re-asked,
  because a model asked again could only learn to hide it.
- When any figure is not written in its evidence, the model wrote or computed
  it, so the contradiction is the model's arithmetic and is re-asked.
- One exception: a *shortfall* (the parts add up to less than a stated total,
  e.g. stages summing to 307 against "697 over two days") is re-asked even when
  every figure is stated, because its usual cause is a stage or weapon type the
  model left out, which it can add. If the article really does not itemize
  the missing part, the error stays, which is true: the figures do not reconcile.
- A running total may include earlier stages that the article never reports
  (a 19 after a stage of 3, the 16 before it left to earlier news): that
  shortfall is only an info note, unless the article says that the stages it
  counts are all of them ('697 over two days', 'in both rounds').
"""

from __future__ import annotations

import datetime as dt
import re

from summarizer.facts import Fact
from summarizer.models import Evidence, ExchangeStage, Finding, FindingCode, Release, Severity
from summarizer.text.entities import party_key
from summarizer.text.lines import line_end, line_start
from summarizer.validate import lexicon as lx
from summarizer.validate._common import Context, day, parties, receiver, stage_label

_ALL_STAGES = re.compile(
    r"\b(?:over|in|during|across|for)\s+(?:just\s+)?(?:the\s+|these\s+|those\s+|its\s+|"
    r"their\s+)?(?:past\s+|last\s+|first\s+)?(?:two|three|four|five|six|seven|\d+)\s+"
    r"(?:days|stages|rounds|phases|batches)\b|\b(?:both|all (?:two|three|four)) "
    r"(?:days|stages|rounds|phases|batches)\b",
    re.IGNORECASE,
)
"""Wording by which a running total says it covers exactly the stages reported."""


def _source_note(ctx: Context, facts: list[Fact]) -> tuple[str, bool]:
    """Who caused a contradiction, as a sentence for the reader and the re-ask flag."""
    if ctx.all_stated(facts):
        return " The article itself gives these figures: the inconsistency is in the source.", False
    return "", True


def check_arithmetic(ctx: Context) -> list[Finding]:
    findings: list[Finding] = []
    for stage in ctx.extraction.stages:
        for release in stage.releases:
            findings.extend(_breakdown(ctx, stage, release))
        findings.extend(_symmetric(ctx, stage))
    findings.extend(_cumulative(ctx))
    findings.extend(_agreed(ctx))
    findings.extend(_weapons(ctx))
    return findings


def _breakdown(ctx: Context, stage: ExchangeStage, release: Release) -> list[Finding]:
    if not release.breakdown:
        return []
    paths = [ctx.fact(release), *(ctx.fact(i) for i in release.breakdown)]
    total = sum(i.count for i in release.breakdown)
    numbers = " + ".join(str(i.count) for i in release.breakdown)
    parts = " + ".join(f"{i.count} {i.category}" for i in release.breakdown)
    who = f"{stage_label(stage)}, released by {release.released_by}"
    if release.breakdown_complete and total != release.count:
        note, reask = _source_note(ctx, paths)
        return [ctx.finding(
            FindingCode.breakdown_mismatch, Severity.error,
            f"{who}: breakdown {numbers} = {total} but count is {release.count} "
            f"({parts}).{note}", paths, reaskable=reask,
        )]
    if not release.breakdown_complete and total > release.count:
        note, reask = _source_note(ctx, paths)
        return [ctx.finding(
            FindingCode.breakdown_over_total, Severity.error,
            f"{who}: the categories listed ({parts} = {total}) are more than the "
            f"{release.count} released in all.{note}", paths, reaskable=reask,
        )]
    if release.breakdown_complete:
        return [ctx.finding(
            FindingCode.breakdown_consistent, Severity.info,
            f"{who}: lists {parts} = {total}, and the count is {release.count}: consistent.",
            paths,
        )]
    return []


def _symmetric(ctx: Context, stage: ExchangeStage) -> list[Finding]:
    """A one-for-one stage ('307 for as many', or any stage of an N-for-N deal) must
    have the same count on both sides, or the same number of one category of those freed,
    with more released beside it: '45 soldiers from each side' where one side also hands
    over two civilians, or '246 for 246' and the wounded besides (`_even`)."""
    by_party = {party_key(r.released_by): r for r in stage.releases}
    if len(by_party) != 2:
        return []
    agreement = ctx.extraction.agreement
    one_for_one = (agreement is not None and agreement.per_side) or any(
        lx.EACH.search(r.evidence.text) for r in stage.releases
    )
    first, second = by_party.values()
    if not one_for_one or _even(first) & _even(second):
        return []
    paths = [ctx.fact(r) for r in (first, second)]
    note, reask = _source_note(ctx, paths)
    return [ctx.finding(
        FindingCode.one_for_one_unequal, Severity.error,
        f"{stage_label(stage)} is a one-for-one swap, but {first.released_by} released "
        f"{first.count} and {second.released_by} released {second.count}.{note}",
        paths, reaskable=reask,
    )]


def _even(release: Release) -> set[int]:
    """The numbers a one-for-one swap may have matched for `release`: its count, and the
    parts of a breakdown that accounts for all of it (a breakdown that does not leaves
    its count unexplained)."""
    parts = [item.count for item in release.breakdown]
    return {release.count, *(parts if sum(parts) == release.count else [])}


def _received(ctx: Context, party: str, as_of: dt.date | None) -> list[tuple[Fact, int]]:
    """(path, count) of every release received by `party` on or before `as_of`; an
    undated stage counts, since articles report stages that have happened."""
    every = parties(ctx.extraction)
    found: list[tuple[Fact, int]] = []
    for stage in ctx.extraction.stages:
        if as_of is not None and stage.date is not None and stage.date > as_of:
            continue
        for release in stage.releases:
            if receiver(release, every) == party:
                found.append((ctx.fact(release), release.count))
    return found


_STAGES = (FindingCode.stages_match_total, FindingCode.stages_over_total,
           FindingCode.stages_under_total)
_WEAPONS = (FindingCode.weapons_match_total, FindingCode.weapons_over_total,
            FindingCode.weapons_under_total)
"""The codes of a sum against its stated total: it matches, it is over, it is under."""


def _sum_against(
    ctx: Context, added: int, stated: int, paths: list[Fact],
    codes: tuple[FindingCode, FindingCode, FindingCode],
    *,
    consistent: str, over: str, under: str | None,
) -> list[Finding]:
    """Parts against the total the article states. More than the total is re-asked
    unless every figure is in the source; fewer always is, and only when `under`
    says what could be missing (a partial list may rightly fall short)."""
    if added == stated:
        return [ctx.finding(codes[0], Severity.info, consistent, paths)]
    if added > stated:
        note, reask = _source_note(ctx, paths)
        return [ctx.finding(codes[1], Severity.error, f"{over}{note}", paths, reaskable=reask)]
    if under is None:
        return []
    return [ctx.finding(codes[2], Severity.error, under, paths, reaskable=True)]


def _paragraph(ctx: Context, evidence: Evidence) -> str:
    """The paragraph of located evidence: what scopes a total is often said beside it
    ('The exchange took place over three days. ... a total of 1,000')."""
    if evidence.span is None:
        return evidence.text
    text, (start, end) = ctx.article.text, evidence.span
    return text[line_start(text, start):line_end(text, end)]


def _cumulative(ctx: Context) -> list[Finding]:
    findings: list[Finding] = []
    for total in ctx.extraction.cumulative:
        parts = _received(ctx, party_key(total.received_by), total.as_of)
        if not parts:
            continue
        paths = [ctx.fact(total), *(p for p, _ in parts)]
        added = sum(n for _, n in parts)
        sum_text = " + ".join(str(n) for _, n in parts)
        when = f"by {day(total.as_of)}" if total.as_of else "so far"
        if added < total.count and not _ALL_STAGES.search(_paragraph(ctx, total.evidence)):
            findings.append(ctx.finding(
                FindingCode.stages_before_reported, Severity.info,
                f"the stages received by {total.received_by} {when} add up to {sum_text} = "
                f"{added}, and the running total is {total.count}: the other "
                f"{total.count - added} may have come home in stages the article does not "
                "report.", paths))
            continue
        findings += _sum_against(
            ctx, added, total.count, paths, _STAGES,
            consistent=f"{total.received_by} received {sum_text} = {added} {when}, and the "
            f"article says {total.count}: consistent.",
            over=f"the stages received by {total.received_by} {when} add up to {sum_text} = "
            f"{added}, more than the total of {total.count}.",
            under=f"the stages received by {total.received_by} {when} add up to {sum_text} = "
            f"{added}, but the total is {total.count}: {total.count - added} are not "
            "accounted for. Is a stage missing, or is a count or date wrong?",
        )
    return findings


def _agreed(ctx: Context) -> list[Finding]:
    """Nothing returned so far can exceed the deal: per side for N-for-N, per party
    for an unequal deal ('50 for 150'), else in all."""
    agreement = ctx.extraction.agreement
    if agreement is None:
        return []
    # (what, its count, its paths, the agreed figure's path, the agreed figure, in what terms)
    checks: list[tuple[str, int, list[Fact], Fact, int, str]] = []
    if agreement.total is None:
        for share in agreement.by_party:
            released = [(ctx.fact(r), r.count) for s in ctx.extraction.stages
                        for r in s.releases if party_key(r.released_by) == party_key(share.party)]
            if released:
                checks.append((f"the stages released by {share.party}",
                               sum(n for _, n in released), [p for p, _ in released],
                               ctx.fact(share), share.count,
                               f"agreed for {share.party}"))
    elif agreement.per_side:
        agreed = ctx.fact(agreement, "total")
        for total in ctx.extraction.cumulative:
            checks.append((f"the running total for {total.received_by}", total.count,
                           [ctx.fact(total)],
                           agreed, agreement.total, "per side agreed"))
        for party in parties(ctx.extraction):
            parts = _received(ctx, party, None)
            if parts:
                checks.append((f"the stages received by {party.title()}",
                               sum(n for _, n in parts), [p for p, _ in parts],
                               agreed, agreement.total, "per side agreed"))
    else:
        agreed = ctx.fact(agreement, "total")
        everything = [(ctx.fact(r), r.count)
                      for s in ctx.extraction.stages for r in s.releases]
        if everything:
            checks.append(("all the stages together", sum(n for _, n in everything),
                           [p for p, _ in everything], agreed, agreement.total, "in all agreed"))
    findings: list[Finding] = []
    for what, count, paths, agreed_path, limit, terms in checks:
        if count > limit:
            note, reask = _source_note(ctx, [agreed_path, *paths])
            findings.append(ctx.finding(
                FindingCode.over_agreed_total, Severity.error,
                f"{what} come to {count}, more than the {limit} {terms}.{note}",
                [agreed_path, *paths], reaskable=reask,
            ))
    return findings


def _weapons(ctx: Context) -> list[Finding]:
    findings: list[Finding] = []
    for attack in ctx.extraction.attacks:
        stated_total = attack.weapons_total
        counted = [w for w in attack.weapons if w.count is not None]
        if stated_total is None or not counted:
            continue
        key = ctx.fact(attack, None).key.words
        paths = [ctx.fact(stated_total), *(ctx.fact(w) for w in counted)]
        added = sum(w.count or 0 for w in counted)
        parts = " + ".join(f"{w.count} {w.type}" for w in counted)
        findings += _sum_against(
            ctx, added, stated_total.count, paths, _WEAPONS,
            consistent=f"{key} used {parts} = {added}, and the article says "
            f"{stated_total.count} in all: consistent.",
            over=f"{key}: weapons {parts} = {added}, more than the "
            f"{stated_total.count} stated in all.",
            # Short of the total only counts when every weapon type has a count.
            under=f"{key}: weapons {parts} = {added}, but the article says "
            f"{stated_total.count} in all. Is a weapon type missing, or a count wrong?"
            if len(counted) == len(attack.weapons) else None,
        )
    return findings
