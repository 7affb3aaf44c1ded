"""A toll its own article gives higher later is the history of the figure other outlets
state, even where another such report gives that very figure.

The articles are written for these tests: a live page that moves from 'five injured as
of 7 p.m.' to nine, two outlets that give 12, and a third that gives 12 and then a
higher count of its own.
"""

from __future__ import annotations

import datetime as dt

import pytest

from summarizer import ArticleResult
from summarizer.merge import merge
from summarizer.models import FindingCode, FindingKind
from tests.test_events import attack, killed, report

DAY = dt.date(2025, 6, 6)
LIVE = ("A Russian missile struck Dnipro on Friday. As of 7 p.m., five people were injured. "
        "As of 9 p.m., the number of injured in Dnipro had risen to nine.")
WIRE = "A Russian missile struck Dnipro on Friday, injuring 12 people, officials said."
PAPER = "Twelve people were hurt when a Russian missile hit Dnipro on Friday."
RECAP = ("A Russian missile struck Dnipro on Friday, injuring 12 people. Later on Friday, "
         "the number of injured rose to 14.")


def told(name: str, text: str, count: int, fragment: str) -> ArticleResult:
    return report(name, DAY, text, attack(
        text, text, time_expression="on Friday", attacker="Russia", targets=["Dnipro"],
        injured=killed(count, fragment)))


def _injured(*reports: ArticleResult) -> tuple[int | str | bool, str, list[tuple[str, bool]],
                                              list[FindingCode]]:
    summary = merge(list(reports))
    fact = next(f for f in summary.facts if f.path == "attacks[2025-06-06].injured")
    return fact.value, fact.status, [(s.article_id, s.value == fact.value)
                                     for s in fact.sources], [
        f.code for f in summary.findings if f.kind is FindingKind.cross_source
        and f.facts == [fact.path]]


ABOVE = ("A Russian missile struck Dnipro on Friday, injuring 14 people. Later on Friday, "
         "the number of injured rose to 16.")


@pytest.mark.parametrize(("recap", "expected"), [
    # The recap's own 12 is also given higher in its article (14 later that day), but it
    # gives the figure stated, so it does not keep the live page's five from being the
    # toll's history: 12 is stated, updated, with no disagreement.
    (told("recap", RECAP, 12, "injuring 12 people"),
     (12, "updated", [("live", False), ("paper", True), ("recap", True), ("wire", True)],
      [FindingCode.updated])),
    # A recap whose flagged figure is above the clean reports' is no history of theirs:
    # the verdict on the clean reports stands, and nothing is called superseded.
    (told("recap", ABOVE, 14, "injuring 14 people"),
     (12, "corroborated", [("live", False), ("paper", True), ("recap", False),
                           ("wire", True)], [])),
])
def test_a_lower_figure_its_article_moved_past_is_history_beside_an_equal_one(
        recap: ArticleResult, expected: tuple[object, ...]) -> None:
    assert _injured(told("live", LIVE, 5, "As of 7 p.m., five people were injured."),
                    told("wire", WIRE, 12, "injuring 12 people"),
                    told("paper", PAPER, 12, "Twelve people were hurt"), recap) == expected
