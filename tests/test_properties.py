"""Properties: consistent exchanges (article text written together with its extraction)
raise no error, and any single corruption is flagged by a finding that names the corrupted
fact: an error, or a support finding, which marks the figure *unsupported* to the reader."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from hypothesis import assume, given, settings
from hypothesis import strategies as st

from summarizer.fact_paths import cumulative_path, release_path, stage_key
from summarizer.grounding import find, normalize
from summarizer.models import (
    Agreement,
    Article,
    ArticleExtraction,
    Attack,
    BreakdownItem,
    CumulativeTotal,
    Evidence,
    ExchangeStage,
    Finding,
    FindingKind,
    MatchKind,
    Release,
    Severity,
    StatedTotal,
    WeaponCount,
)
from summarizer.text.time import WEEKDAYS, resolve_extraction
from summarizer.validate import check_article

PARTIES = ("Russia", "Ukraine")


@dataclass
class Case:
    article: Article
    extraction: ArticleExtraction


@st.composite
def exchanges(draw: st.DrawFn) -> Case:
    """An article of 1-4 stages, a running total, a deal and an attack, and its extraction."""
    published = draw(st.dates(dt.date(2015, 1, 1), dt.date(2030, 12, 31)))
    backs = sorted(draw(st.sets(st.integers(0, 6), min_size=1, max_size=4)), reverse=True)
    sentences: list[str] = []
    stages: list[ExchangeStage] = []
    for back in backs:
        day = published - dt.timedelta(days=back)
        weekday = WEEKDAYS[day.weekday()].title()
        count = draw(st.integers(2, 999))
        split = draw(st.none() | st.integers(1, count - 1))
        if split is None:
            sentence = f"On {weekday}, Russia and Ukraine each released {count} prisoners."
        else:
            sentence = (f"On {weekday}, Russia and Ukraine each released {count} prisoners, "
                        f"{split} servicemen and {count - split} civilians.")
        sentences.append(sentence)
        breakdown = [] if split is None else [
            BreakdownItem(category="servicemen", count=split, evidence=Evidence(text=sentence)),
            BreakdownItem(category="civilians", count=count - split,
                          evidence=Evidence(text=sentence))]
        stages.append(ExchangeStage(time_expression=f"On {weekday}", releases=[
            Release(released_by=party, count=count, breakdown=breakdown,
                    breakdown_complete=split is not None, evidence=Evidence(text=sentence))
            for party in PARTIES]))
    total = sum(s.releases[0].count for s in stages)
    rounds = f"{len(backs)} {'round' if len(backs) == 1 else 'rounds'}"
    sentences.append(f"In total, over {rounds}, {total} people have been returned to Ukraine.")
    agreed = total + draw(st.integers(0, 2000))
    agreed_on = published - dt.timedelta(days=backs[0] + draw(st.integers(1, 60)))
    month_day = f"{agreed_on.strftime('%B')} {agreed_on.day}"
    agreement_sentence = f"The {agreed:,}-for-{agreed:,} exchange was agreed on {month_day}."
    sentences.append(agreement_sentence)
    missiles, drones = draw(st.integers(1, 200)), draw(st.integers(1, 500))
    attack_sentence = (f"Russia launched {missiles} missiles and {drones} drones overnight, "
                       f"{missiles + drones} aerial weapons in all.")
    sentences.append(attack_sentence)
    attack_evidence = Evidence(text=attack_sentence)
    text = draw(st.sampled_from(["\n\n", " "])).join(sentences)
    extraction = ArticleExtraction(
        agreement=Agreement(total=agreed, per_side=True, date_expression=f"on {month_day}",
                            evidence=Evidence(text=agreement_sentence)),
        stages=stages,
        cumulative=[CumulativeTotal(received_by="Ukraine", count=total,
                                    evidence=Evidence(text=sentences[len(backs)]))],
        attacks=[Attack(
            time_expression="overnight", attacker="Russia",
            evidence=Evidence(text=attack_sentence),
            weapons=[WeaponCount(type="missile", count=missiles, evidence=attack_evidence),
                     WeaponCount(type="drone", count=drones, evidence=attack_evidence)],
            weapons_total=StatedTotal(count=missiles + drones, evidence=attack_evidence))],
    )
    article = Article(id="generated", source="hypothesis", published=published, text=text)
    return Case(article, resolve_extraction(extraction, published))


def _errors(case: Case, extraction: ArticleExtraction) -> list[Finding]:
    return [f for f in check_article(case.article, extraction)[1]
            if f.severity is Severity.error]


def _flags(case: Case, extraction: ArticleExtraction) -> list[Finding]:
    """What eval counts as flagging a figure: a corrupted number may still be written in its
    evidence as something else (the 31 of 'agreed on March 31'), and then only support says so."""
    return [f for f in check_article(case.article, extraction)[1]
            if f.severity is Severity.error or f.kind is FindingKind.support]


def _names(findings: list[Finding], *prefixes: str) -> bool:
    return any(fact.startswith(p) for f in findings for fact in f.facts for p in prefixes)


deltas = st.integers(-50, 50).filter(lambda d: d != 0)


@settings(max_examples=150, deadline=None)
@given(exchanges())
def test_consistent_exchanges_raise_no_error(case: Case) -> None:
    grounded, findings = check_article(case.article, case.extraction)
    assert [f.message for f in findings if f.severity is Severity.error] == []
    assert all(s.releases[0].evidence.match is MatchKind.exact for s in grounded.stages)


@settings(max_examples=150, deadline=None)
@given(exchanges(), st.data(), deltas)
def test_a_corrupted_count_is_named(case: Case, data: st.DataObject, delta: int) -> None:
    x = case.extraction.model_copy(deep=True)
    kind = data.draw(st.sampled_from(["release", "breakdown", "cumulative", "agreed", "weapon"]))
    stage = data.draw(st.sampled_from(x.stages))
    release = data.draw(st.sampled_from(stage.releases))
    base = release_path(stage_key(stage.date, stage.time_expression), release.released_by)
    if kind == "breakdown" and release.breakdown:
        item = data.draw(st.sampled_from(release.breakdown))
        item.count = max(0, item.count + delta) if item.count + delta != item.count else 0
        path = f"{base}.breakdown[{item.category}]"
    elif kind == "cumulative":
        total = x.cumulative[0]
        total.count = max(0, total.count + delta)
        path = f"{cumulative_path(total.as_of, total.as_of_expression)}.count"
    elif kind == "agreed" and x.agreement is not None:
        x.agreement.total = max(0, x.agreement.total + delta)
        path = "exchange.agreed_total.count"
    elif kind == "weapon":
        weapon = data.draw(st.sampled_from(x.attacks[0].weapons))
        weapon.count = max(0, (weapon.count or 0) + delta)
        path = "attacks["
    else:
        release.count = max(0, release.count + delta)
        path = f"{base}.count"
    if x == case.extraction:
        return  # clamping at zero undid the corruption
    assert _names(_flags(case, x), path)


def test_a_count_corrupted_into_the_day_of_a_date_is_flagged_unsupported() -> None:
    """The example hypothesis found: an agreed 2 turned into 31 is still written in its
    evidence, as the day of 'March 31', so grounding passes and support must catch it."""
    sentences = ["On Monday, Russia and Ukraine each released 2 prisoners.",
                 "In total, over 1 round, 2 people have been returned to Ukraine.",
                 "The 2-for-2 exchange was agreed on March 31."]
    published = dt.date(2024, 5, 6)
    extraction = resolve_extraction(ArticleExtraction(
        agreement=Agreement(total=31, per_side=True, date_expression="on March 31",
                            evidence=Evidence(text=sentences[2])),
        stages=[ExchangeStage(time_expression="On Monday", releases=[
            Release(released_by=party, count=2, evidence=Evidence(text=sentences[0]))
            for party in PARTIES])],
        cumulative=[CumulativeTotal(received_by="Ukraine", count=2,
                                    evidence=Evidence(text=sentences[1]))]), published)
    case = Case(Article(id="generated", source="test", published=published,
                        text="\n\n".join(sentences)), extraction)
    assert [(f.code, f.facts) for f in _flags(case, extraction)] == [
        ("support.figure_unsupported", ["exchange.agreed_total.count"])]


@settings(max_examples=150, deadline=None)
@given(exchanges(), st.data(), st.integers(-3, 3).filter(lambda d: d != 0))
def test_a_shifted_date_is_named(case: Case, data: st.DataObject, days: int) -> None:
    x = case.extraction.model_copy(deep=True)
    stage = data.draw(st.sampled_from(x.stages))
    assert stage.date is not None
    old = stage_key(stage.date, stage.time_expression)
    stage.date += dt.timedelta(days=days)
    new = stage_key(stage.date, stage.time_expression)
    assert _names(_errors(case, x), old, new)


@settings(max_examples=150, deadline=None)
@given(exchanges(), st.data())
def test_a_dropped_stage_breaks_the_running_total(case: Case, data: st.DataObject) -> None:
    """The total says it covers the rounds listed ('over 3 rounds'), so a round left out
    is an error. A total stated with no stage at all is normal ('697 so far'), so at
    least one stage must remain for the omission to show."""
    assume(len(case.extraction.stages) > 1)
    x = case.extraction.model_copy(deep=True)
    del x.stages[data.draw(st.integers(0, len(x.stages) - 1))]
    assert _names(_errors(case, x), "exchange.cumulative")


_FANCY = {'"': ["\u201c", "\u201d", "\u00ab"], "-": ["\u2013", "\u2014"], " ": ["  ", "\n", "\t"]}


@settings(max_examples=200, deadline=None)
@given(st.text(st.characters(codec="utf-8", exclude_categories=["Cs", "Cc"]), min_size=1,
               max_size=60),
       st.text(st.sampled_from('abc "-\u0416\u0639\U0001f600'), min_size=3, max_size=20),
       st.text(st.characters(codec="utf-8", exclude_categories=["Cs", "Cc"]), max_size=60),
       st.data())
def test_offsets_point_at_the_fragment_in_the_original(
    before: str, fragment: str, after: str, data: st.DataObject
) -> None:
    """Write the fragment into the article with fancier punctuation; the model's plain
    copy must be found and its offsets must slice out the fancy original."""
    fancy = "".join(data.draw(st.sampled_from([c, *_FANCY.get(c, [])])) for c in fragment)
    text = before + " " + fancy + " " + after
    found = find(text, fragment)
    if not normalize(fragment).text:
        return
    assert found.match is not MatchKind.none
    assert found.start is not None and found.end is not None
    span = text[found.start:found.end]
    if found.match is not MatchKind.fuzzy:
        assert normalize(span).text == normalize(fragment).text
