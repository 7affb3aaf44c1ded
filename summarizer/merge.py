"""Merge per-article results into one `Summary`: aligned facts with their sources,
a status each, cross-source findings, and derived figures.

Alignment (which facts are the same, under canonical names) is `align.py`;
whether their sources agree is `validate/cross_source.py`. This module only
puts the verdicts together and computes what is derived, marked as derived.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import gc
from collections.abc import Callable, Iterable, Iterator
from dataclasses import replace
from typing import TypeVar

from summarizer.align import Alignment, Claim, align, in_fixed_order, publication_day
from summarizer.fact_paths import FactPath
from summarizer.facts import fact_id, walk
from summarizer.finest import Finer, finest
from summarizer.models import (
    Article,
    Attack,
    ExchangeStage,
    Finding,
    FindingCode,
    FindingKind,
    Severity,
)
from summarizer.outlets import OneOutlet, Outlets, outlets
from summarizer.summary import (
    ArticleResult,
    FactStatus,
    SourceValue,
    Summary,
    SummaryFact,
    UnstatedDays,
    Usage,
)
from summarizer.text.entities import AliasTable, EntityResolver
from summarizer.text.time import resolve
from summarizer.validate.bounds import Figure
from summarizer.validate.cross_source import (
    Verdict,
    attack_date_note,
    counted_whole,
    given_higher,
    judge,
)
from summarizer.validate.parts import part_claims
from summarizer.validate.typed_counts import undercounts

_ORDER = {Severity.error: 0, Severity.warning: 1, Severity.info: 2}


PER_SIDE = FactPath("agreement", field="per_side")
AGREED_TOTAL = FactPath("agreement", field="count")


def _qualifies(path: FactPath) -> FactPath | None:
    """The fact that `path` only qualifies, and falls with: 'per side' of an agreed total.
    An error naming an agreed total vouches for nothing in its 'per side' (SmolLM2 gave
    '459, per side' in one outlet and '20, not per side' in the other, both totals
    invented; that was no conflict to report). A number's qualifier ('at least') is part
    of its number's claim and falls with it there."""
    return AGREED_TOTAL if path == PER_SIDE else None


def _named_claims(
    results: Iterable[ArticleResult], names: Callable[[Finding], bool]
) -> set[str]:
    """Ids of the facts that one of their article's own findings (those `names` picks)
    names, that qualify one it names, or that cite the same evidence as one whose
    evidence the article does not contain: a place read from a fragment that is not
    in the article is no more grounded than the total it came with."""
    claims: set[str] = set()
    for result in results:
        picked = [f for f in result.findings if names(f)]
        if not picked:
            continue  # nothing named: most articles, not worth walking
        named = {i for f in picked for i in f.fact_ids}
        lost = {i for f in picked if f.code is FindingCode.evidence_not_found
                for i in f.fact_ids}
        facts = [(fact_id(result.article_id, f.id), f) for f in walk(result.extraction)]
        hit = {(id(f.holder), f.key) for i, f in facts if i in named}
        unfound = {id(f.evidence) for i, f in facts if f.evidence is not None and i in lost}
        claims |= {i for i, f in facts
                   if i in named
                   or (id(f.holder), _qualifies(f.key)) in hit
                   or (f.evidence is not None and id(f.evidence) in unfound)}
    return claims


def flagged_claims(results: Iterable[ArticleResult]) -> set[str]:
    """Ids of the facts that an error finding of their own article names."""
    return _named_claims(results, lambda f: f.severity is Severity.error)


def unsupported_claims(results: Iterable[ArticleResult]) -> set[str]:
    """Ids of the facts whose evidence does not say what they claim (a support finding)."""
    return _named_claims(results, lambda f: f.kind is FindingKind.support)


def earlier_claims(results: Iterable[ArticleResult]) -> set[str]:
    """Ids of the figures whose one doubt is that their own article gives the toll higher
    elsewhere (validate/elsewhere.py): an earlier or partial count. Beside another
    outlet's higher figure it is that figure's history, as any earlier toll is; alone it
    is unsupported."""
    earlier = _named_claims(results, lambda f: f.code is FindingCode.figure_given_otherwise)
    return earlier - _named_claims(results, lambda f: f.severity is Severity.error or (
        f.kind is FindingKind.support and f.code is not FindingCode.figure_given_otherwise))


def _merged(
    alignment: Alignment, flagged: set[str], unsupported: set[str], earlier: set[str],
    voices: Outlets,
) -> tuple[list[tuple[FactPath, SummaryFact]], list[Finding]]:
    """A flagged or unsupported statement never vouches for a figure: the status is
    judged on the clean statements alone, so two unsupported values never make a
    conflict. A figure with none left is `flagged` when an error names it in every
    source, else `unsupported`, whatever the number of sources repeating it. Agreement
    within one outlet (`voices`) is no corroboration: the figure has a single source.
    A report that counts part of a release another counts whole (`part_claims`) is
    judged beside the whole, not against it. A count its own article gives higher
    elsewhere (`earlier`) is judged only as the history of another outlet's higher one."""
    facts: list[tuple[FactPath, SummaryFact]] = []
    findings: list[Finding] = []
    parts = part_claims(alignment.facts)
    for aligned in alignment.facts:
        clean = [c for c in aligned.claims
                 if c.fact_id not in flagged and c.fact_id not in unsupported]
        part = parts.get(aligned.path, frozenset())
        judged = [c for c in clean if c.fact_id not in part] or clean
        if judged:  # most facts lose no claim: copying each for `judge` was a tenth of a merge
            verdict = judge(aligned if len(judged) == len(aligned.claims)
                            else replace(aligned, claims=judged))
            if verdict.status == "corroborated" and voices.count(c.article_id
                                                                 for c in judged) < 2:
                verdict = Verdict("single_source", verdict.value, verdict.findings,
                                  verdict.qualifier)
            if len(judged) < len(clean):
                verdict = counted_whole(replace(aligned, claims=clean), verdict,
                                        [c for c in clean if c not in judged])
            history = [c for c in aligned.claims if c.fact_id in earlier]
            if history:
                verdict = given_higher(replace(aligned, claims=[*clean, *history]), verdict,
                                       history)
        else:
            status: FactStatus = ("flagged" if all(c.fact_id in flagged for c in aligned.claims)
                                  else "unsupported")
            unjudged = judge(aligned)
            verdict = Verdict(status, unjudged.value, [], unjudged.qualifier)
        sources = [SourceValue(article_id=c.article_id, value=c.value, qualifier=c.qualifier,
                               evidence=c.evidence, fact_id=c.fact_id,
                               superseded=c.fact_id in verdict.history)
                   for c in aligned.claims]
        facts.append((aligned.key, SummaryFact(path=aligned.path, value=verdict.value,
                                               qualifier=verdict.qualifier,
                                               status=verdict.status, sources=sources)))
        findings += verdict.findings
    findings += [attack_date_note(key, reports) for key, reports in alignment.attack_dates]
    findings += _undercounted(alignment, facts, lambda c: c.fact_id not in flagged
                              and c.fact_id not in unsupported)
    return facts, findings


def _undercounted(alignment: Alignment, facts: list[tuple[FactPath, SummaryFact]],
                  clean: Callable[[Claim], bool]) -> list[Finding]:
    """Counts of all missiles that other outlets' counts by type exceed
    (validate/typed_counts.py), with their facts restated in place: a count of all told
    before the typed counts is updated to at least their sum, which it then states;
    otherwise every figure of the disagreement is conflicting."""
    position = {id(aligned): index for index, aligned in enumerate(alignment.facts)}
    found = undercounts(alignment.facts, clean)
    for under in found:
        if under.later:
            index = position[id(under.whole)]
            key, fact = facts[index]
            stated = Figure(fact.value, fact.qualifier) if isinstance(fact.value, int) else None
            if stated is not None and stated.high < under.least:
                facts[index] = (key, fact.model_copy(update={
                    "value": under.least, "qualifier": "at least", "status": "updated"}))
            continue
        for aligned in (under.whole, *under.parts):
            key, fact = facts[position[id(aligned)]]
            if fact.status in ("single_source", "corroborated", "updated"):
                facts[position[id(aligned)]] = (key, fact.model_copy(
                    update={"status": "conflicting"}))
    return [under.finding for under in found]


def listed_once(findings: Iterable[Finding]) -> list[Finding]:
    """The same check reported by several articles (each found its sum consistent) is
    one check with all of their sources and facts, in first-seen order."""
    merged: dict[tuple[object, ...], Finding] = {}
    for finding in findings:
        key = (finding.kind, finding.severity, finding.message, tuple(finding.facts),
               finding.reaskable)
        seen = merged.get(key)
        if seen is not None:
            finding = finding.model_copy(update={
                "articles": list(dict.fromkeys([*seen.articles, *finding.articles])),
                "fact_ids": list(dict.fromkeys([*seen.fact_ids, *finding.fact_ids]))})
        merged[key] = finding
    return list(merged.values())


def derived_facts(facts: list[tuple[FactPath, SummaryFact]]) -> list[SummaryFact]:
    """Figures computed from reported ones, marked derived: remaining = agreed - returned.

    Only for an N-for-N deal, where one side's running total compares with N,
    and only from exact figures the sources do not dispute ('at least 697' returned
    leaves no exact remainder).
    """
    settled = [(p, f) for p, f in facts
               if f.status not in ("conflicting", "flagged", "unsupported")
               and f.qualifier is None]
    agreed = next((f for p, f in settled if p == AGREED_TOTAL), None)
    per_side = next((f for p, f in settled if p == PER_SIDE), None)
    totals = sorted(((p, f) for p, f in settled
                     if p.kind == "cumulative" and p.field == "count"),
                    key=lambda pf: pf[1].path)
    if agreed is None or per_side is None or per_side.value is not True or not totals:
        return []
    as_of, latest = totals[-1]
    if not isinstance(agreed.value, int) or not isinstance(latest.value, int) \
            or latest.value > agreed.value:
        return []
    remaining = FactPath("remaining", when=as_of.when)
    return [SummaryFact(path=str(remaining), value=agreed.value - latest.value,
                        status="derived", sources=[])]


def one_outlet_note(outlet: OneOutlet) -> Finding:
    """Say which articles were counted as one source, so a reader sees why a figure that
    several of them give is not corroborated."""
    named = ", ".join(outlet.ids)
    why = (f"they share the source name '{outlet.same_source}'" if outlet.same_source
           else "their texts are near-identical or they share a source name")
    return Finding(
        kind=FindingKind.cross_source, code=FindingCode.same_outlet, severity=Severity.info,
        message=f"{named} are counted as one source: {why}. Their agreement corroborates "
        "nothing; a figure needs another outlet for that.",
        articles=outlet.ids)


@contextlib.contextmanager
def _no_collection() -> Iterator[None]:
    """The cyclic garbage collector paused: a merge builds facts by the ten thousand and
    keeps them, and each full collection walked them all again, which made a merge of
    10,000 statements three times slower per fact than one of 1,000 (issue 18). What
    the merge leaves as garbage is collected once it is done."""
    paused = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if paused:
            gc.enable()


def merge(results: list[ArticleResult], aliases: AliasTable | None = None, *,
          articles: Iterable[Article] = ()) -> Summary:
    """One summary of several articles; `aliases` ({"canonical": [variants]}) adds to
    the built-in name table. The articles are put in a fixed order first (by id), so
    the summary, down to how its sources are numbered, does not depend on the input's.
    Given the `articles` themselves, near-identical texts count as one outlet, as do
    results with one source name."""
    with _no_collection():
        return _merge(results, aliases, articles)


def _merge(results: list[ArticleResult], aliases: AliasTable | None,
           articles: Iterable[Article]) -> Summary:
    ordered = in_fixed_order(results)
    voices = outlets([(r.article_id, r.source) for r in ordered],
                     {a.id: a.text for a in articles})
    alignment = align(ordered, EntityResolver(aliases))
    ordered = [_named_elsewhere(r, alignment.named_elsewhere) for r in ordered]
    facts, cross = _merged(alignment, flagged_claims(ordered), unsupported_claims(ordered),
                           earlier_claims(ordered), voices)
    cross += [one_outlet_note(outlet) for outlet in voices.shared]
    findings = listed_once([f for r in ordered for f in r.findings] + cross)
    findings.sort(key=lambda f: _ORDER[f.severity])
    usage = sum((r.usage for r in ordered), Usage())
    merged = [f for _, f in facts] + derived_facts(facts)
    dated = _dated(ordered, alignment.found_dates, alignment.finer)
    return Summary(articles=dated, facts=merged, findings=findings, usage=usage,
                   unstated_days=unstated_days(dated))


def _named_elsewhere(result: ArticleResult, named: frozenset[int]) -> ArticleResult:
    """The result with each error that its date is named nowhere in its article an info
    note where another article's own words give the same event that day
    (`Alignment.named_elsewhere`): an outlet writing days later need not name the day,
    a model reading it alone would leave the date empty, and the merge would date it so
    from the other outlet; the summary's date is supported, by that outlet. An error
    that the article names the day beside it instead ('Sunday's strike' of Saturday's)
    becomes a warning there: the date is still supported by the other outlet, and the
    outlets disagreeing on the day is a date's disagreement, which the merge reports as
    a warning (validate/cross_source.py)."""
    eased = _EASED_BY_ANOTHER
    if not named or not any(f.code in eased for f in result.findings):
        return result
    dates = {fact_id(result.article_id, f.id) for f in walk(result.extraction)
             if f.key.field == "date" and id(f.item) in named}
    return result.model_copy(update={"findings": [
        f.model_copy(update={
            "severity": eased[f.code], "reaskable": False,
            "message": f"{f.message} Another source's own words give the event that day."})
        if f.code in eased and f.severity is Severity.error and set(f.fact_ids) <= dates
        else f
        for f in result.findings]})


_EASED_BY_ANOTHER = {FindingCode.date_named_nowhere: Severity.info,
                     FindingCode.date_beside_named_day: Severity.warning}
"""What a date error with no words of its own becomes where another article's own words
give the same event that day (`_named_elsewhere`)."""


def unstated_days(results: Iterable[ArticleResult]) -> UnstatedDays:
    """The dates stages and attacks are listed under that no source's words name: the
    merge gives an event no report dates the day it was first published, which is the
    latest it can be, not a day any source gave it. A reader of the JSON must be able to
    tell such a date from a stated one, as the reports do."""
    listed: dict[str, set[str]] = {"stages": set(), "attacks": set()}
    named: dict[str, set[str]] = {"stages": set(), "attacks": set()}
    for result in results:
        published = publication_day(result.published)
        items: tuple[tuple[str, list[ExchangeStage] | list[Attack]], ...] = (
            ("stages", result.extraction.stages), ("attacks", result.extraction.attacks))
        for kind, events in items:
            for event in events:
                if event.date is None:
                    continue
                listed[kind].add(event.date.isoformat())
                if event.time_expression and resolve(event.time_expression, published):
                    named[kind].add(event.date.isoformat())
    return UnstatedDays(stages=sorted(listed["stages"] - named["stages"]),
                        attacks=sorted(listed["attacks"] - named["attacks"]))


_Dated = TypeVar("_Dated", ExchangeStage, Attack)


def _dated(results: list[ArticleResult], dates: dict[int, dt.date],
           finer: dict[int, Finer]) -> list[ArticleResult]:
    """The results with each stage and attack their article leaves undated given the date
    the merge found for it from the other outlets (`Alignment.found_dates`): the summary
    lists it under that day, so an article's own stages and attacks must say so too, or
    one event reads as two, one dated and one 'undated'. The time expression stays as
    written. An attack's target or unnamed attacker another outlet tells more finely
    (`Alignment.finer`) is put as that one too: the summary states no other."""
    def dated(items: list[_Dated]) -> list[_Dated]:
        return [i.model_copy(update={"date": dates[id(i)]}) if id(i) in dates else i
                for i in items]

    def finest_told(attacks: list[Attack]) -> list[Attack]:
        return [finest(told, finer[id(a)]) if id(a) in finer else told
                for a, told in zip(attacks, dated(attacks), strict=True)]

    found: list[ArticleResult] = []
    for result in results:
        extraction = result.extraction
        if not any(id(i) in dates or id(i) in finer
                   for i in (*extraction.stages, *extraction.attacks)):
            found.append(result)
            continue
        extraction = extraction.model_copy(update={"stages": dated(extraction.stages),
                                                   "attacks": finest_told(extraction.attacks)})
        found.append(result.model_copy(update={"extraction": extraction}))
    return found
