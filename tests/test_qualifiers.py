"""Qualifiers travel with their numbers, from extraction through merge to every report:
"at least 39" is shown as such, figures that one true value fits do not disagree, and
a number against a report of no casualties does.

The articles are written for these tests and checked as the pipeline checks them.
"""

from __future__ import annotations

import datetime as dt
import json

import pytest

from summarizer import Article, ArticleExtraction, ArticleResult
from summarizer.merge import merge
from summarizer.models import Casualties, Evidence, FindingCode, Qualifier, Severity
from summarizer.pipeline import check
from summarizer.render import render
from summarizer.summary import Summary

KILLED = "attacks[2024-02-10].killed"


def toll(article_id: str, published: dt.datetime, text: str, fragment: str, count: int,
         qualifier: Qualifier | None = None) -> ArticleResult:
    """One outlet's report of Saturday's strike on Kherson and its death toll."""
    assert fragment in text
    article = Article(id=article_id, source=article_id.title(), published=published, text=text)
    extraction = ArticleExtraction.model_validate({"attacks": [{
        "time_expression": "on Saturday", "attacker": "Russia", "targets": ["Kherson"],
        "evidence": {"text": text.split(",")[0]},
        "killed": Casualties(count=count, qualifier=qualifier,
                             evidence=Evidence(text=fragment)).model_dump()}]})
    checked, findings = check(article, extraction)
    return ArticleResult(article_id=article.id, source=article.source,
                         published=article.published, backend="written",
                         extraction=checked, findings=findings)


MORNING = dt.datetime(2024, 2, 11, 8, 0)
EVENING = dt.datetime(2024, 2, 11, 19, 0)


def early(count: int = 18) -> ArticleResult:
    text = f"Russia shelled Kherson on Saturday, killing at least {count} people."
    return toll("early", MORNING, text, f"killing at least {count} people", count, "at least")


def late(text: str, fragment: str, count: int, qualifier: Qualifier | None = None,
         published: dt.datetime = EVENING) -> ArticleResult:
    return toll("late", published, text, fragment, count, qualifier)


def killed(summary: Summary) -> tuple[int | str | bool, str | None, str]:
    [fact] = [f for f in summary.facts if f.path == KILLED]
    return fact.value, fact.qualifier, fact.status


def codes(summary: Summary) -> list[tuple[FindingCode, Severity]]:
    return [(f.code, f.severity) for f in summary.findings if f.facts == [KILLED]]


def test_at_least_18_then_at_least_39_is_an_update_shown_as_at_least_39() -> None:
    later = late("Russia shelled Kherson on Saturday; at least 39 people were killed.",
                 "at least 39 people were killed", 39, "at least")
    summary = merge([early(), later])
    assert killed(summary) == (39, "at least", "updated")
    assert codes(summary) == [(FindingCode.updated, Severity.info)]
    [fact] = [f for f in summary.facts if f.path == KILLED]
    assert [(s.article_id, s.value, s.qualifier) for s in fact.sources] == [
        ("early", 18, "at least"), ("late", 39, "at least")]


def test_every_report_shows_the_qualifier() -> None:
    later = late("Russia shelled Kherson on Saturday; at least 39 people were killed.",
                 "at least 39 people were killed", 39, "at least")
    summary = merge([early(), later])
    assert "Killed: at least 39 (updated: at least 18 in [1], at least 39 in [2])" in render(
        summary, "md")
    assert "at least 39" in render(summary, "html")
    facts = json.loads(render(summary, "json"))["facts"]
    assert [(f["value"], f["qualifier"]) for f in facts if f["path"] == KILLED] == [
        (39, "at least")]


def test_an_exact_figure_that_a_lower_bound_allows_is_no_disagreement() -> None:
    """Published the same day without times, so not ordered: still no conflict, since
    39 is at least 18; the exact figure is the one stated."""
    later = late("Russia shelled Kherson on Saturday, killing 39 people.", "killing 39 people",
                 39, published=MORNING)
    summary = merge([early(), later])
    assert killed(summary) == (39, None, "updated")
    assert codes(summary) == [(FindingCode.updated, Severity.info)]


def test_a_figure_below_the_bound_is_a_conflict_showing_both() -> None:
    later = late("Russia shelled Kherson on Saturday, killing 12 people.", "killing 12 people",
                 12)
    summary = merge([early(), later])
    assert killed(summary)[2] == "conflicting"
    [conflict] = [f for f in summary.findings if f.code is FindingCode.conflict]
    assert conflict.severity is Severity.error
    assert "(at least 18 vs 12)" in conflict.message
    assert "**at least 18 / 12** (CONFLICTING: at least 18 in [1], 12 in [2])" in render(
        summary, "md")


def test_the_same_number_more_or_less_qualified_is_corroborated() -> None:
    later = late("Russia shelled Kherson on Saturday, killing 18 people.", "killing 18 people",
                 18, published=MORNING)
    summary = merge([early(), later])
    assert killed(summary) == (18, None, "corroborated")
    assert codes(summary) == []


def test_a_number_against_no_casualties_is_a_disagreement_with_both_sources() -> None:
    none = late("Russia shelled Kherson on Saturday, and no casualties were reported.",
                "no casualties were reported", 0, published=MORNING)
    one = toll("next", EVENING, "Russia shelled Kherson on Saturday, killing one man.",
               "killing one man", 1)
    summary = merge([none, one])
    assert killed(summary)[2] == "conflicting"
    [conflict] = [f for f in summary.findings if f.code is FindingCode.conflict]
    assert (conflict.severity, sorted(conflict.articles)) == (Severity.error, ["late", "next"])
    assert "(0 vs 1)" in conflict.message


def test_no_casualties_so_far_then_a_number_is_an_update() -> None:
    """A report that marks its zero as provisional is the first figure of a toll."""
    none = late("Russia shelled Kherson on Saturday; no casualties were immediately reported.",
                "no casualties were immediately reported", 0, published=MORNING)
    one = toll("next", EVENING, "Russia shelled Kherson on Saturday, killing one man.",
               "killing one man", 1)
    assert killed(merge([none, one])) == (1, None, "updated")


@pytest.mark.parametrize(("about", "exact", "status"), [
    (70, 74, "updated"), (70, 76, "conflicting"), (138, 140, "conflicting"),
    (1000, 1090, "updated"), (1000, 1110, "conflicting"),
])
def test_about_a_number_allows_half_its_rounding_and_at_most_a_tenth(
    about: int, exact: int, status: str
) -> None:
    """'About 70' is a round figure for 65 to 75; 'about 138' rounds nothing."""
    first = toll("first", MORNING, f"Russia shelled Kherson on Saturday, killing about {about}.",
                 f"killing about {about}", about, "about")
    second = late(f"Russia shelled Kherson on Saturday, killing {exact}.", f"killing {exact}",
                  exact, published=MORNING)
    assert killed(merge([first, second]))[2] == status


def test_a_toll_said_to_have_risen_is_an_update_without_publication_times() -> None:
    """Both the same day, no times: the larger figure says it rose from an earlier one."""
    first = toll("first", MORNING, "Russia shelled Kherson on Saturday, killing 12 people.",
                 "killing 12 people", 12)
    risen = late("Russia shelled Kherson on Saturday; the number killed has risen to 20.",
                 "the number killed has risen to 20", 20, published=MORNING)
    assert killed(merge([first, risen])) == (20, None, "updated")


def test_a_toll_given_as_provisional_is_an_update_and_one_given_as_final_is_not() -> None:
    so_far = toll("first", MORNING, "Russia shelled Kherson on Saturday, killing 12 so far.",
                  "killing 12 so far", 12)
    final = toll("first", MORNING, "Russia shelled Kherson on Saturday, killing 12 people.",
                 "killing 12 people", 12)
    other = late("Russia shelled Kherson on Saturday, killing 20 people.", "killing 20 people",
                 20, published=MORNING)
    assert killed(merge([so_far, other]))[2] == "updated"
    assert killed(merge([final, other]))[2] == "conflicting"
