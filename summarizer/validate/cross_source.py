"""Cross-source checks: do the articles agree on each aligned fact?

The policy, per aligned fact (see `summarizer.align` for what "the same fact" is):

- one article states it: single source; several give the same value:
  corroborated. A category that one breakdown lists and another does not is
  not a disagreement: "including 120 civilians" and "270 servicemen and 120
  civilians" agree on the 120 and the other source adds the 270. Nor is a city
  against its country ("in Istanbul", "in Turkey"): the city is stated.
- a casualty toll or running total that grows from an earlier report to a
  later one (publication times strictly ordered) is an *update*: the latest
  value stands, with an info finding naming both reports.
- any other difference between two articles is a *conflict*: an error for a
  figure, since the summary cannot state one number and a newsroom running
  `--fail-on error` must not publish it unresolved; a warning for a name, date
  or flag. A quote worded differently beyond punctuation is a *variance*
  (warning): the statement agrees, its rendering does not.

None of these is re-askable: the disagreement is in the sources, and asking
the model again could only teach it to hide one of them.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from itertools import pairwise

from summarizer.align import Aligned, Claim, DatedAttack, same_words
from summarizer.models import FactStatus, Finding, FindingCode, FindingKind, Severity
from summarizer.text.entities import within

EVIDENCE_SHOWN_CHARS = 120
"""Evidence is shortened in messages, which must stay readable."""

UPDATABLE = frozenset({"casualty", "total"})
"""Kinds of figure that grow as reports come in (a death toll, people returned so far)."""

_X = FindingKind.cross_source


@dataclass(frozen=True)
class Verdict:
    status: FactStatus
    value: int | str | bool
    findings: list[Finding]


def _short(text: str) -> str:
    text = " ".join(text.split())
    return text if len(text) <= EVIDENCE_SHOWN_CHARS else text[: EVIDENCE_SHOWN_CHARS - 1] + "…"


def _shown(value: int | str | bool) -> str:
    if isinstance(value, str):
        return f'"{_short(value)}"'
    return str(value).lower() if isinstance(value, bool) else str(value)


def _cited(claim: Claim) -> str:
    """'NBC News says 25 ("Hamas freed 25 hostages", chars 0-24)'."""
    evidence = claim.evidence
    where = ""
    if evidence is not None:
        at = f", chars {evidence.start}-{evidence.end}" if evidence.start is not None else ""
        where = f' ("{_short(evidence.text)}"{at})'
    return f"{claim.source} says {_shown(claim.value)}{where}"


def _moment(published: dt.datetime | dt.date | None) -> tuple[dt.date, dt.time | None] | None:
    if published is None:
        return None
    if isinstance(published, dt.datetime):
        return published.date(), published.time()
    return published, None


def _before(a: Claim, b: Claim) -> bool:
    """`a` was published strictly before `b`; a day without a time only orders by day."""
    ma, mb = _moment(a.published), _moment(b.published)
    if ma is None or mb is None:
        return False
    if ma[0] != mb[0]:
        return ma[0] < mb[0]
    return ma[1] is not None and mb[1] is not None and ma[1] < mb[1]


def _is_update(claims: Sequence[Claim]) -> bool:
    """Values rise with publication time: every report of a smaller figure came out
    strictly before every report of a larger one."""
    values = sorted({c.value for c in claims if isinstance(c.value, int)})
    if len(values) < 2 or len(values) != len({c.value for c in claims}):
        return False
    for lower, higher in pairwise(values):
        if not all(_before(a, b) for a in claims if a.value == lower
                   for b in claims if b.value == higher):
            return False
    return True


def _longest(claims: Sequence[Claim]) -> str:
    return max((str(c.value) for c in claims), key=lambda q: (len(q), q))


def _most_specific(claims: Sequence[Claim]) -> str | None:
    """The place that every claim names or contains ('Istanbul' against 'Turkey'), if any."""
    names = sorted({str(c.value) for c in claims})
    return next((name for name in names
                 if all(other == name or within(name, other) for other in names)), None)


def _agree(fact: Aligned) -> bool:
    """Quotes agree when each is the fullest version or a cut of it: one outlet may
    quote a post whole and another in two pieces. Places agree when one contains the
    others."""
    if fact.kind == "quote":
        fullest = _longest(fact.claims)
        return all(same_words(str(c.value), fullest) for c in fact.claims)
    if fact.kind == "place":
        return _most_specific(fact.claims) is not None
    return len({(type(c.value), c.value) for c in fact.claims}) == 1


def _majority(claims: Sequence[Claim]) -> int | str | bool:
    """The value most articles give; on a tie, the first article's (articles are in
    a fixed order, so the choice does not depend on the input order)."""
    counts = Counter(c.value for c in claims)
    top = max(counts.values())
    return next(c.value for c in claims if counts[c.value] == top)


def judge(fact: Aligned) -> Verdict:
    """Status, the value the summary states, and the findings for one aligned fact."""
    claims = fact.claims
    value: int | str | bool
    if fact.kind == "quote":
        value = _longest(claims)
    elif fact.kind == "place":
        value = _most_specific(claims) or _majority(claims)
    else:
        value = _majority(claims)
    if len(fact.articles) < 2:
        return Verdict("single_source", value, [])
    if _agree(fact):
        return Verdict("corroborated", value, [])
    if fact.kind in UPDATABLE and _is_update(claims):
        return _update(fact)
    if fact.kind == "quote":
        return Verdict("conflicting", value, [_variance(fact)])
    return Verdict("conflicting", value, [_conflict(fact)])


def _update(fact: Aligned) -> Verdict:
    ordered = sorted(fact.claims, key=lambda c: (c.value, c.article_id))
    latest = ordered[-1]
    steps = "; then ".join(f"{_cited(c)}, published {c.published}" for c in ordered)
    finding = Finding(
        kind=_X, code=FindingCode.updated, severity=Severity.info,
        message=f"{fact.path} was updated as reports came in: {steps}. "
        f"The latest figure, {latest.value}, is the one stated; this is not a contradiction.",
        facts=[fact.path], fact_ids=fact.fact_ids, articles=fact.articles,
    )
    return Verdict("updated", latest.value, [finding])


def _conflict(fact: Aligned) -> Finding:
    is_figure = all(isinstance(c.value, int) and not isinstance(c.value, bool)
                    for c in fact.claims)
    stated = "; ".join(_cited(c) for c in fact.claims)
    values = " vs ".join(dict.fromkeys(_shown(c.value) for c in fact.claims))
    return Finding(
        kind=_X, code=FindingCode.conflict,
        severity=Severity.error if is_figure else Severity.warning,
        message=f"the sources disagree on {fact.path} ({values}): {stated}. The difference "
        "is in the sources; check which is right before publishing.",
        facts=[fact.path], fact_ids=fact.fact_ids, articles=fact.articles,
    )


def _variance(fact: Aligned) -> Finding:
    """Both versions in full: the difference may be one word at the end."""
    fullest = _longest(fact.claims)
    differing = [c for c in fact.claims if not same_words(str(c.value), fullest)]
    shown = [next(c for c in fact.claims if str(c.value) == fullest), *differing]
    versions = "; ".join(f'{c.source} quotes "{c.value}"' for c in shown)
    return Finding(
        kind=_X, code=FindingCode.quote_variance, severity=Severity.warning,
        message=f"the sources word the same statement differently ({fact.path}): {versions}. "
        "Quote the version you can verify.",
        facts=[fact.path], fact_ids=fact.fact_ids, articles=fact.articles,
    )


def attack_date_note(key: str, reports: Sequence[DatedAttack]) -> Finding:
    """An overnight attack dated one day apart is one attack; say which dates were seen."""
    seen = "; ".join(
        f"{r.claim.source} dates it {r.date.isoformat()}"
        + (f" ('{r.expression}')" if r.expression else "") for r in reports)
    return Finding(
        kind=FindingKind.temporal, code=FindingCode.attack_dates_differ,
        severity=Severity.info,
        message=f"one overnight attack, dated differently by the sources: {seen}. It is "
        f"listed as {key}, the night it began.",
        facts=[key], fact_ids=[r.claim.fact_id for r in reports],
        articles=list(dict.fromkeys(r.claim.article_id for r in reports)),
    )
