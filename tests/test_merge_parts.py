"""Part against whole: an outlet that counts part of a release another counts whole
does not disagree with it; the fuller figure is stated, with a note naming both.
A difference that no list explains stays a conflict (test_merge.py's hostage counts,
test_merge_holdout.py's eight against nine freed).

The articles are written for these tests and checked as the pipeline checks them.
"""

from __future__ import annotations

import datetime as dt

from summarizer import Article, ArticleExtraction, ArticleResult
from summarizer.merge import merge
from summarizer.models import FindingCode, FindingKind, Severity
from summarizer.pipeline import check
from summarizer.summary import Summary

PUBLISHED = dt.date(2024, 3, 11)
STAGE = "exchange.stages[2024-03-10].released[Eastland]"


def report(article_id: str, text: str, fragment: str, count: int,
           breakdown: dict[str, int] | None = None) -> ArticleResult:
    """One outlet's report of Sunday's release by Eastland, checked; each category's
    evidence is its number and name ('6 fishermen')."""
    items = [{"category": category, "count": n, "evidence": {"text": f"{n} {category}"}}
             for category, n in (breakdown or {}).items()]
    assert all(item["evidence"]["text"] in text for item in items) and fragment in text
    article = Article(id=article_id, source=article_id.title(), published=PUBLISHED, text=text)
    extraction = ArticleExtraction.model_validate({"stages": [{
        "time_expression": "on Sunday", "releases": [{
            "released_by": "Eastland", "received_by": "Westland", "count": count,
            "breakdown": items, "breakdown_complete": bool(items),
            "evidence": {"text": fragment}}]}]})
    checked, findings = check(article, extraction)
    return ArticleResult(article_id=article.id, source=article.source,
                         published=article.published, backend="written",
                         extraction=checked, findings=findings)


def verdict(summary: Summary, path: str) -> tuple[int | str | bool, str]:
    [fact] = [f for f in summary.facts if f.path == path]
    return fact.value, fact.status


def cross(summary: Summary) -> list[tuple[FindingCode, Severity, list[str]]]:
    return [(f.code, f.severity, f.facts) for f in summary.findings
            if f.kind is FindingKind.cross_source]


def test_a_count_that_is_one_category_of_the_fuller_report_is_part_of_it() -> None:
    soldiers = report("first", "Eastland handed back 120 soldiers to Westland on Sunday.",
                      "Eastland handed back 120 soldiers to Westland on Sunday", 120)
    everyone = report("second", "On Sunday Eastland freed 120 soldiers and 6 fishermen, "
                      "sending them all to Westland.",
                      "Eastland freed 120 soldiers and 6 fishermen", 126,
                      {"soldiers": 120, "fishermen": 6})
    summary = merge([soldiers, everyone])
    assert verdict(summary, f"{STAGE}.count") == (126, "updated")
    assert cross(summary) == [(FindingCode.updated, Severity.info, [f"{STAGE}.count"])]


def test_a_list_the_fuller_report_holds_is_part_of_it() -> None:
    """One outlet tells the handover at one site, the other the whole day's at two."""
    told = [("first", "At the first site on Sunday Eastland handed over {} to Westland.",
             "Eastland handed over {}", {"soldiers": 2, "farm workers": 4}),
            ("second", "Eastland freed {} at two sites on Sunday, Westland said.",
             "Eastland freed {}", {"soldiers": 3, "farm workers": 4})]
    summary = merge([report(name, text.format(listed := " and ".join(
        f"{n} {category}" for category, n in items.items())), fragment.format(listed),
        sum(items.values()), items) for name, text, fragment, items in told])
    assert verdict(summary, f"{STAGE}.count") == (7, "updated")
    assert verdict(summary, f"{STAGE}.breakdown[servicemen]") == (3, "updated")
    assert verdict(summary, f"{STAGE}.breakdown[farm workers]") == (4, "corroborated")
    assert [code for code, _, _ in cross(summary)] == [FindingCode.updated, FindingCode.updated]
