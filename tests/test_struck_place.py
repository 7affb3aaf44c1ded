"""Struck place: a target its attack's evidence does not name, where that evidence tells
the strike at another place, is unsupported (struck_place.py). Sentences written for the
test, in several outlets' styles."""

from __future__ import annotations

import datetime as dt

import pytest

from summarizer.merge import merge
from summarizer.models import (
    Article,
    ArticleExtraction,
    Attack,
    Evidence,
    FindingCode,
    FindingKind,
)
from summarizer.pipeline import check
from summarizer.summary import ArticleResult

PUBLISHED = dt.date(2024, 1, 2)
LATER = "Meanwhile, Dunmore police set up a help desk for the families."
"""Where the article names the target: not as a place struck."""


def _result(text: str, evidence: str, target: str, article_id: str = "a",
            regions: tuple[str, ...] = ()) -> ArticleResult:
    assert evidence in text
    art = Article(id=article_id, source=f"outlet {article_id}", published=PUBLISHED,
                  text=text)
    raid = Attack(time_expression="on Monday", attacker="gunmen", targets=[target],
                  regions=list(regions), evidence=Evidence(text=evidence))
    grounded, findings = check(art, ArticleExtraction(attacks=[raid]))
    return ArticleResult(article_id=art.id, source=art.source, published=art.published,
                         backend="test", extraction=grounded, findings=findings)


def _target_codes(result: ArticleResult) -> list[FindingCode]:
    return [f.code for f in result.findings if f.kind is FindingKind.support
            and any(p.endswith(".target") for p in f.facts)]


@pytest.mark.parametrize("evidence", [
    "At least 12 people were killed on Monday in an attack at Kelora near Brisk.",
    "Gunmen on Monday struck the village of Kelora, killing 12 people, police said.",
    "Twelve people died when a bomb exploded in Kelora on Monday.",
    "A missile hit Kelora on Monday, leaving 12 dead.",
])
def test_a_target_the_evidence_leaves_for_another_struck_place_is_unsupported(
        evidence: str) -> None:
    result = _result(f"{evidence} {LATER}", evidence, "Dunmore")
    assert _target_codes(result) == [FindingCode.name_unsupported]
    [fact] = [f for f in merge([result]).facts if f.path.endswith(".target")]
    assert (fact.value, fact.status) == ("Dunmore", "unsupported")


@pytest.mark.parametrize(("evidence", "target", "regions"), [
    # The evidence names the target.
    ("Gunmen on Monday struck the village of Kelora, killing 12 people.", "Kelora", ()),
    # No place after the strike: the evidence does not say where it struck.
    ("Twelve people were killed in Monday's attack on the district capital.", "Dunmore", ()),
    # The place struck is the attack's own wider region.
    ("Twelve people were killed in an attack in Nurin province on Monday.", "Dunmore",
     ("Nurin",)),
    # A place after a comma adds where; a country or its demonym is the target's wider place.
    ("A missile hit Ukraine overnight, killing 12 people.", "Dunmore", ()),
    ("Twelve people died in a Russian strike overnight.", "Dunmore", ()),
    # Another transliteration of the target.
    ("Twelve people were killed in a missile attack on the Dnieper overnight.", "Dnipro", ()),
])
def test_a_target_the_evidence_names_or_does_not_contradict_is_left_alone(
        evidence: str, target: str, regions: tuple[str, ...]) -> None:
    result = _result(f"{evidence} Police in {target} set up a help desk.", evidence, target,
                     regions=regions)
    assert _target_codes(result) == []
    [fact] = [f for f in merge([result]).facts if f.path.endswith(".target")]
    assert fact.status == "single_source"


def test_a_source_whose_evidence_names_the_target_carries_it() -> None:
    struck = "A missile hit Kelora on Monday, leaving 12 dead."
    named = "A missile hit Dunmore on Monday, leaving 12 dead."
    summary = merge([_result(f"{struck} {LATER}", struck, "Dunmore", "a"),
                     _result(named, named, "Dunmore", "b")])
    [fact] = [f for f in summary.facts if f.path.endswith(".target")]
    assert (fact.value, fact.status) == ("Dunmore", "single_source")


@pytest.mark.parametrize("evidence", [
    "Gunmen attacked on Saturday, killing 12 people.",
    "A missile struck Nurin's capital in May, killing 12 people.",
])
def test_a_day_or_a_possessor_is_no_place_struck(evidence: str) -> None:
    result = _result(f"{evidence} Police in Dunmore set up a help desk.", evidence, "Dunmore")
    assert _target_codes(result) == []
