"""Cross-source checks: do the articles agree on each aligned fact?

The policy, per aligned fact (see `summarizer.align` for what "the same fact" is):

- one article states it: single source, unless it prints two figures for it (each
  authority's toll), which it judges like two outlets'; several give the same value:
  corroborated. A category that one breakdown lists and another does not is
  not a disagreement: "including 120 civilians" and "270 servicemen and 120
  civilians" agree on the 120 and the other source adds the 270. Nor is a city
  against its country ("in Istanbul", "in Turkey"): the city is stated. Nor is an
  attacker no side is named for ("gunmen", "unknown") against a named one, nor two
  such words against each other ("militants", "terrorists"): neither says who struck.
- a number travels with its qualifier ("at least 39"), and figures that one
  true value fits ("at least 18", "at least 39", 39) do not disagree: the most
  precise is stated, as an *update* when the numbers differ.
- a casualty toll or running total that grows from an earlier report to a
  later one (publication times strictly ordered, or the smaller figure marked
  provisional, or the larger one said to have risen, or, the same day, its
  article giving both the killed and the injured higher) is an *update*: the latest
  value stands, with an info finding naming both reports. A report of no
  casualties is not the start of a rising toll, unless it says it is
  provisional ("no casualties were immediately reported"): against a later
  number it is a disagreement. A later report's looser figure that still allows an
  earlier one ("at least 18" the day after "at least 20") does not say the toll fell; a
  provisional one published after a larger figure ("5 so far" the day after 7) does.
- a toll that rose and whose later figures differ ('at least 18', then 39 and 45 from
  two outlets, both told after it) is both: the earlier figure is named once, as the
  update, and the disagreement is between the later figures alone, never with a
  superseded one as a side.
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
import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, replace
from itertools import combinations

from summarizer.align import Aligned, Claim, DatedAttack
from summarizer.fact_paths import FactPath
from summarizer.fact_words import when_words
from summarizer.models import Finding, FindingCode, FindingKind, Qualifier, Severity
from summarizer.quote_match import same_words
from summarizer.summary import FactStatus
from summarizer.text.containment import within
from summarizer.text.entities import names_no_side
from summarizer.text.name_forms import unnamed
from summarizer.validate.bounds import Figure, fit, tightest

EVIDENCE_SHOWN_CHARS = 120
"""Evidence is shortened in messages, which must stay readable."""

UPDATABLE = frozenset({"casualty", "total"})
"""Kinds of figure that grow as reports come in (a death toll, people returned so far)."""

NUMERIC = frozenset({"count", "casualty", "total"})
"""Kinds of fact whose value is a number, qualified or not."""

_PROVISIONAL = re.compile(
    r"\b(?:so far|yet|immediate(?:ly)?|initial(?:ly)?|preliminary|for now|at the moment|as of"
    r"|no reports? of)\b",
    re.IGNORECASE)
"""Words by which a report marks its figure as not final ("as of 11:30 am, 14 dead"; "no
reports of casualties" says only that none were reported yet)."""

_RISEN = re.compile(
    r"\b(?:ris(?:en|es|ing)|rose|climb(?:ed|s|ing)|increas(?:ed|es|ing)|jump(?:ed|s)|"
    r"mount(?:ed|s|ing)|reach(?:ed|es)|updated|latest|new toll)\b", re.IGNORECASE)
"""Words by which a report says its figure superseded an earlier one ('has risen to 558',
'the number of injured reached 1,835')."""

_X = FindingKind.cross_source


@dataclass(frozen=True)
class Verdict:
    status: FactStatus
    value: int | str | bool
    findings: list[Finding]
    qualifier: Qualifier | None = None
    history: frozenset[str] = frozenset()
    """Ids of the claims of a conflicting figure that a later one superseded: its
    history, not sides of the disagreement (`_updated_then_disputed`)."""


def _short(text: str) -> str:
    text = " ".join(text.split())
    return text if len(text) <= EVIDENCE_SHOWN_CHARS else text[: EVIDENCE_SHOWN_CHARS - 1] + "…"


def _shown(value: int | str | bool) -> str:
    if isinstance(value, str):
        return f'"{_short(value)}"'
    return str(value).lower() if isinstance(value, bool) else str(value)


def cited(claim: Claim) -> str:
    """'NBC News says 25 ("Hamas freed 25 hostages", chars 0-24)'."""
    evidence = claim.evidence
    where = ""
    if evidence is not None:
        at = f", chars {evidence.start}-{evidence.end}" if evidence.start is not None else ""
        where = f' ("{_short(evidence.text)}"{at})'
    return f"{claim.source} says {_stated(claim)}{where}"


def figure_of(claim: Claim) -> Figure | None:
    value = claim.value
    if isinstance(value, bool) or not isinstance(value, int):
        return None
    return Figure(value, claim.qualifier)


def _stated(claim: Claim) -> str:
    """The value as the source gives it: 'at least 39'."""
    figure = figure_of(claim)
    return str(figure) if figure is not None else _shown(claim.value)


def _moment(published: dt.datetime | dt.date | None) -> tuple[dt.date, dt.time | None] | None:
    if published is None:
        return None
    if isinstance(published, dt.datetime):
        return published.date(), published.time()
    return published, None


def told_before(a: Claim, b: Claim) -> bool:
    """`a` was published strictly before `b`; a day without a time only orders by day."""
    ma, mb = _moment(a.published), _moment(b.published)
    if ma is None or mb is None:
        return False
    if ma[0] != mb[0]:
        return ma[0] < mb[0]
    return ma[1] is not None and mb[1] is not None and ma[1] < mb[1]


def _is_update(fact: Aligned) -> bool:
    """Values rise as reports come in: every smaller figure came out strictly before
    every larger one, or the larger says it rose from it ('has risen to 558'; the largest
    saying so supersedes every smaller figure, not only the next), or, for
    a toll, the smaller says it is provisional ('so far'; a running total is 'so far'
    by nature, so that says nothing of it) and came out no later (`_counting`), or the
    case orders two same-day reports (`Aligned.told_later`: every toll higher in one); of
    two figures that one true value fits, the larger need only not come first, or else be
    allowed by the smaller told after it (`_one_value`). Every two figures are held to
    this, not only neighbours: 47 and 'about 80' told the same day disagree, whatever
    'more than 50' the day after says. A report of no casualties,
    unless it says it is provisional, is no first figure of a toll: it says there was nothing
    to count."""
    claims = fact.claims
    values = sorted({c.value for c in claims if isinstance(c.value, int)})
    if len(values) < 2 or len(values) != len({c.value for c in claims}):
        return False
    toll = fact.kind == "casualty"
    if toll and values[0] == 0 and not all(_provisional(c) for c in claims if c.value == 0):
        return False
    if any(_risen(c) for c in claims if c.value == values[-1]):
        return True
    for lower, higher in combinations(values, 2):
        if not all(_told_later(fact, a, b) or (toll and _counting(a, b)) or _one_value(a, b)
                   for a in claims if a.value == lower for b in claims if b.value == higher):
            return False
    return True


def _counting(a: Claim, b: Claim) -> bool:
    """`a`, the smaller toll, was told while the count was still going: it says so ('so
    far'), and it was not told after `b`: a provisional figure published after a larger
    one is a toll that fell, not one that rose."""
    return _provisional(a) and not told_before(b, a)


def _told_later(fact: Aligned, a: Claim, b: Claim) -> bool:
    """`b` was told after `a`: published strictly later, or saying its figure rose, or
    in the order the case itself gives the two reports (`Aligned.told_later`)."""
    return (told_before(a, b) or _risen(b)
            or ((a.article_id, b.article_id) in fact.told_later and not told_before(b, a)))


def _history(fact: Aligned) -> list[Claim]:
    """The smallest figures of a disagreement that every larger one was told after
    (`_told_later`), smallest first, while any are: 'at least 18' told the day before two
    outlets give 39 and 45 is the toll's history, not a third side. Only the order of the
    reports counts here, not a provisional word in the smaller one's evidence: a fragment
    that tells the initial reports before the latest figure ('initial reports ..., but in
    the latest update, five') is no earlier figure. A report of no casualties is no first
    figure of a toll (`_is_update`), so it and all above it stay sides."""
    numbered = [(c, f.value) for c in fact.claims if (f := figure_of(c)) is not None]
    if len(numbered) < len(fact.claims):
        return []
    history: list[Claim] = []
    for lower in sorted({v for _, v in numbered})[:-1]:
        earlier = [c for c, v in numbered if v == lower]
        later = [c for c, v in numbered if v > lower]
        if (fact.kind == "casualty" and lower == 0
                and not all(_provisional(c) for c in earlier)) or not all(
                _told_later(fact, a, b) for a in earlier for b in later):
            break
        history += earlier
    return history


def _one_value(a: Claim, b: Claim) -> bool:
    """Two qualified figures one true value fits ('more than 40', 'about 50'), `a` the
    smaller: told the same day, neither needs to come first for the toll to be rising
    through them, as long as the figures beyond them are ordered ('about 50' told before
    'about 62'). The larger told a day earlier is a toll that fell ('about 45' the day
    after 'about 50'), unless the later figure still allows it: 'at least 18' the day
    after 'at least 20', or 'more than a dozen' the day after 13, is a looser count of the
    same toll, which says nothing of its falling."""
    smaller, larger = figure_of(a), figure_of(b)
    if smaller is None or larger is None or not fit([smaller, larger]):
        return False
    return not told_before(b, a) or smaller.low <= larger.value <= smaller.high


def _provisional(claim: Claim) -> bool:
    return claim.evidence is not None and bool(_PROVISIONAL.search(claim.evidence.text))


def _risen(claim: Claim) -> bool:
    return claim.evidence is not None and bool(_RISEN.search(claim.evidence.text))


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
    others. Numbers agree with their qualifiers."""
    if fact.kind == "quote":
        fullest = _longest(fact.claims)
        return all(same_words(str(c.value), fullest) for c in fact.claims)
    if fact.kind == "place":
        return _most_specific(fact.claims) is not None
    return len({(type(c.value), c.value, c.qualifier) for c in fact.claims}) == 1


def _majority(claims: Sequence[Claim]) -> Claim:
    """The claim of the value most articles give; on a tie, the first article's (articles
    are in a fixed order, so the choice does not depend on the input order). Most facts
    have one claim, which needs no count: `judge` runs for every fact of every merge."""
    if len(claims) == 1:
        return claims[0]
    counts = Counter((c.value, c.qualifier) for c in claims)
    top = max(counts.values())
    return next(c for c in claims if counts[c.value, c.qualifier] == top)


def _authorities_differ(fact: Aligned) -> bool:
    """One article gives two figures for one fact: it prints each authority's toll of one
    attack ('the government says 46 died; the militants, 50'). That is a disagreement
    to show with both figures, not a single source's one: stating the first alone hid
    the other."""
    return fact.kind in NUMERIC and len({(c.value, c.qualifier) for c in fact.claims}) > 1


def _named_sides(fact: Aligned) -> Aligned:
    """An attacker as the reports that name a side give it, when any does: 'unknown' or
    'gunmen' says that a report names nobody, which a side another outlet names does not
    contradict. The side is stated on its own sources' word; the others stay sources."""
    named = [c for c in fact.claims if not names_no_side(str(c.value))]
    return replace(fact, claims=named) if 0 < len(named) < len(fact.claims) else fact


def _no_side_named(fact: Aligned) -> Verdict:
    """Attackers that no report names a side for ('militants' and 'terrorists', 'unknown'
    and 'gunmen'): words that say what struck, not who, cannot disagree on who did. No
    report names the side, so none corroborates one; the summary states a word that says
    something ('gunmen' rather than 'unknown'), on its own source's word."""
    said = [c for c in fact.claims if not unnamed(str(c.value))] or list(fact.claims)
    told = _majority(said)
    return Verdict("single_source", told.value, [], told.qualifier)


def judge(fact: Aligned) -> Verdict:
    """Status, the value the summary states, and the findings for one aligned fact."""
    if fact.kind == "side":
        fact = _named_sides(fact)
    claims = fact.claims
    majority = _majority(claims)
    if fact.kind == "quote":
        value: int | str | bool = _longest(claims)
    elif fact.kind == "place":
        value = _most_specific(claims) or majority.value
    else:
        value = majority.value
    qualifier = majority.qualifier
    if len(fact.articles) < 2 and not _authorities_differ(fact):
        return Verdict("single_source", value, [], qualifier)
    if _agree(fact):
        return Verdict("corroborated", value, [], qualifier)
    if fact.kind == "side" and all(names_no_side(str(c.value)) for c in claims):
        return _no_side_named(fact)
    if fact.kind in UPDATABLE and _is_update(fact):
        return _update(fact)
    figures = [f for f in map(figure_of, claims) if f is not None]
    if fact.kind in NUMERIC and len(figures) == len(claims) and fit(figures):
        return _fitting(fact, tightest(figures))
    if fact.kind == "quote":
        return Verdict("conflicting", value, [_variance(fact)], qualifier)
    if fact.kind in UPDATABLE:
        history = _history(fact)
        if history:
            return _updated_then_disputed(fact, history) or Verdict(
                "conflicting", value, [_conflict(fact)], qualifier)
    return Verdict("conflicting", value, [_conflict(fact)], qualifier)


def _updated_then_disputed(fact: Aligned, history: Sequence[Claim]) -> Verdict | None:
    """A toll that rose and on whose later figure the sources disagree: the earlier
    figures (`history`) are named once, as an update, and the disagreement is between the
    later ones alone, so a reader sees no superseded figure as one of its sides. None
    when the later figures do not disagree among themselves (`judge` keeps the
    disagreement as it is: which earlier figure led to which later one is not told)."""
    later = replace(fact, claims=[c for c in fact.claims if c not in history])
    figures = [f for f in map(figure_of, later.claims) if f is not None]
    if _agree(later) or (len(figures) == len(later.claims) and fit(figures)):
        return None
    stated = _majority(later.claims)
    steps = "; ".join(f"{cited(c)}, published {c.published}" for c in history)
    sides = " and ".join(dict.fromkeys(_stated(c) for c in later.claims))
    earlier = "earlier figure is" if len(history) == 1 else "earlier figures are"
    note = superseded(fact, f"{fact.key.words} was updated as reports came in: {steps}; later "
                      f"reports give {sides}, which disagree: that is the conflict reported "
                      f"on this figure. The {earlier} their history")
    return Verdict("conflicting", stated.value, [note, _conflict(later)], stated.qualifier,
                   frozenset(c.fact_id for c in history))


def _fitting(fact: Aligned, stated: Figure) -> Verdict:
    """Figures one true value fits ('at least 18' and 'at least 39'): no disagreement.
    The same number more or less precisely qualified is corroborated; different
    numbers are the looser superseded by the more precise."""
    if len({c.value for c in fact.claims}) == 1:
        return Verdict("corroborated", stated.value, [], stated.qualifier)
    given = "; ".join(cited(c) for c in fact.claims)
    finding = superseded(fact, f"the sources' figures for {fact.key.words} fit together: {given}. "
                          f"The most precise, {stated}, is the one stated")
    return Verdict("updated", stated.value, [finding], stated.qualifier)


def counted_whole(fact: Aligned, verdict: Verdict, parts: Sequence[Claim]) -> Verdict:
    """The verdict on the reports that count a release whole (`verdict`), with `parts`,
    the reports that count part of it (validate/parts.py), named beside them: the fuller
    figure stands, and nobody is contradicted."""
    if verdict.status not in ("single_source", "corroborated"):
        return verdict
    wholes = [c for c in fact.claims if c not in parts]
    told = (f"for {fact.key.words}, the smaller figure counts part of the release the larger "
            f"counts, as a breakdown shows: {'; '.join(cited(c) for c in parts)}; against "
            f"{'; '.join(cited(c) for c in wholes)}. The fuller figure, "
            f"{_shown(verdict.value)}, is the one stated")
    return _restated(fact, verdict, told)


def given_higher(fact: Aligned, verdict: Verdict, earlier: Sequence[Claim]) -> Verdict:
    """The verdict on the clean reports (`verdict`), with `earlier`, counts their own
    articles give higher elsewhere (validate/elsewhere.py), named as its history where
    each is below the stated figure: the article itself has moved past them, so they
    contradict nobody. One that gives the stated figure itself agrees with it and stays
    beside it; it does not keep a lower one ('five injured as of 7 p.m.' beside two
    outlets' 12 and a third's 12) from being history. One above the stated figure is no
    history of it: the verdict stands."""
    below = [c for c in earlier if isinstance(c.value, int) and isinstance(verdict.value, int)
             and c.value < verdict.value]
    if verdict.status not in ("single_source", "corroborated") or not below or any(
            c.value != verdict.value for c in earlier if c not in below):
        return verdict
    told = (f"{fact.key.words} was given lower by reports whose own articles give it higher: "
            f"{'; '.join(cited(c) for c in below)}. The higher figure, "
            f"{_shown(verdict.value)}, is the one stated")
    return _restated(fact, verdict, told)


def _restated(fact: Aligned, verdict: Verdict, told: str) -> Verdict:
    """`verdict`'s figure as an update: the reports beside it (`told`) are its history,
    not a disagreement."""
    return Verdict("updated", verdict.value, [*verdict.findings, superseded(fact, told)],
                   verdict.qualifier)


def _update(fact: Aligned) -> Verdict:
    ordered = sorted(fact.claims, key=lambda c: (c.value, c.article_id))
    latest = ordered[-1]
    steps = "; then ".join(f"{cited(c)}, published {c.published}" for c in ordered)
    finding = superseded(fact, f"{fact.key.words} was updated as reports came in: {steps}. "
                          f"The latest figure, {_stated(latest)}, is the one stated")
    return Verdict("updated", latest.value, [finding], latest.qualifier)


def superseded(fact: Aligned, told: str) -> Finding:
    """The note of an update: which figure is stated, and that nobody is contradicted."""
    return Finding(
        kind=_X, code=FindingCode.updated, severity=Severity.info,
        message=f"{told}; this is not a contradiction.",
        facts=[fact.path], fact_ids=fact.fact_ids, articles=fact.articles,
    )


def _conflict(fact: Aligned) -> Finding:
    is_figure = all(isinstance(c.value, int) and not isinstance(c.value, bool)
                    for c in fact.claims)
    stated = "; ".join(cited(c) for c in fact.claims)
    values = " vs ".join(dict.fromkeys(_stated(c) for c in fact.claims))
    return Finding(
        kind=_X, code=FindingCode.conflict,
        severity=Severity.error if is_figure else Severity.warning,
        message=f"the sources disagree on {fact.key.words} ({values}): {stated}. The difference "
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
        message=f"the sources word {fact.key.words} differently: {versions}. "
        "Quote the version you can verify.",
        facts=[fact.path], fact_ids=fact.fact_ids, articles=fact.articles,
    )


def _listed_under(key: str) -> str:
    """The day an attack's key lists it under, in words: the key's other parts are the
    attack's, not its day's."""
    path = FactPath.parse(key)
    return when_words(path) if path is not None else key


def attack_date_note(key: str, reports: Sequence[DatedAttack]) -> Finding:
    """An overnight attack dated one day apart is one attack; say which dates were seen."""
    seen = "; ".join(
        f"{r.claim.source} dates it {r.date.isoformat()}"
        + (f" ('{r.expression}')" if r.expression else "") for r in reports)
    return Finding(
        kind=FindingKind.temporal, code=FindingCode.attack_dates_differ,
        severity=Severity.info,
        message=f"one overnight attack, dated differently by the sources: {seen}. It is "
        f"listed under {_listed_under(key)}, the night it began.",
        facts=[key], fact_ids=[r.claim.fact_id for r in reports],
        articles=list(dict.fromkeys(r.claim.article_id for r in reports)),
    )
