"""A toll that rose and whose later figures disagree: the reader sees the update once
and the disagreement once, and the superseded figure is never a side of it.

Three outlets on one strike: one gives an early toll, the next day two others give
different later ones. The articles are written for these tests, in several outlets'
styles, and go through the public API with the offline rules backend.
"""

from __future__ import annotations

import datetime as dt
import json

import pytest

from summarizer import BackendConfig, summarize
from summarizer.models import Article, FindingCode, Severity
from summarizer.render import render
from summarizer.summary import Summary

MONDAY, TUESDAY = dt.date(2025, 3, 10), dt.date(2025, 3, 11)


def summary(*reports: tuple[str, dt.date, str]) -> Summary:
    return summarize([Article(id=name, source=name.title(), published=day, text=text)
                      for name, day, text in reports], config=BackendConfig(backend="rules"))


def killed(merged: Summary) -> tuple[str, int | str | bool, str, list[tuple[str, object, bool]]]:
    [fact] = [f for f in merged.facts if f.path.endswith(".killed")]
    return (fact.path, fact.value, fact.status,
            [(s.article_id, s.value, s.superseded) for s in fact.sources])


def cross(merged: Summary) -> list[tuple[FindingCode, Severity, list[str]]]:
    """The cross-source checks of the summary, each with the facts it names."""
    return [(f.code, f.severity, f.fact_ids) for f in merged.findings
            if f.kind.value == "cross_source"]


@pytest.fixture(scope="module")
def risen() -> Summary:
    """'At least 18' on Monday; on Tuesday 'has risen to 39' and 45 from another outlet."""
    return summary(
        ("early", MONDAY, "Russian drones struck Zaporizhzhia overnight, killing at least 18 "
         "people, the regional governor said."),
        ("wire", TUESDAY, "The death toll from the Russian drone attack on Zaporizhzhia on "
         "Monday has risen to 39, the regional governor said on Tuesday."),
        ("daily", TUESDAY, "The Russian drone attack on Zaporizhzhia on Monday killed 45 "
         "people, the emergency service said on Tuesday."))


def test_the_superseded_toll_is_history_and_the_later_ones_disagree(risen: Summary) -> None:
    assert killed(risen) == ("attacks[2025-03-09].killed", 45, "conflicting", [
        ("daily", 45, False), ("early", 18, True), ("wire", 39, False)])
    assert cross(risen) == [
        (FindingCode.conflict, Severity.error, ["daily#5", "wire#5"]),
        (FindingCode.updated, Severity.info, ["daily#5", "early#5", "wire#5"])]
    [conflict] = [f for f in risen.findings if f.code is FindingCode.conflict]
    assert "(45 vs 39)" in conflict.message
    assert conflict.articles == ["daily", "wire"]


def test_every_report_shows_the_sides_apart_from_the_history(risen: Summary) -> None:
    assert ("- Killed: **45 / 39** (CONFLICTING: 45 in [1], 39 in [3]; earlier: at least 18 "
            "in [2])") in render(risen, "md").splitlines()
    assert ("conflicting: 45 in [1], 39 in [3]; earlier: at least 18 in [2]</span>"
            in render(risen, "html"))
    [fact] = [f for f in json.loads(render(risen, "json"))["facts"]
              if f["path"].endswith(".killed")]
    assert [s.get("superseded") for s in fact["sources"]] == [None, True, None]


def kharkiv(monday: str, mayor: int | str, police: int | str) -> Summary:
    """Monday's report of a strike on Kharkiv (`monday`, a sentence), then on Tuesday the
    mayor's toll and the police's (a number, or a sentence of its own)."""
    return summary(
        ("early", MONDAY, monday),
        ("wire", TUESDAY, f"Russian missiles hit Kharkiv on Monday, killing {mayor} people, "
         "the mayor said on Tuesday."),
        ("daily", TUESDAY, police if isinstance(police, str) else "The Russian missile strike "
         f"on Kharkiv on Monday killed {police} people, the police said on Tuesday."))


ALL = ["daily#5", "early#5", "wire#5"]
CONFLICT, UPDATED = (FindingCode.conflict, Severity.error), (FindingCode.updated, Severity.info)


@pytest.mark.parametrize(("monday", "mayor", "police", "sources", "checks"), [
    # no word says the toll rose: the day it was published says it was earlier
    ("Russian missiles hit Kharkiv on Monday, killing 12 people, officials said.", 20, 24,
     [("daily", 24, False), ("early", 12, True), ("wire", 20, False)],
     [(*CONFLICT, ["daily#5", "wire#5"]), (*UPDATED, ALL)]),
    # a toll that fell is no history of the later ones: all three disagree
    ("Russian missiles hit Kharkiv on Monday, killing 50 people, officials said.", 39, 45,
     [("daily", 45, False), ("early", 50, False), ("wire", 39, False)], [(*CONFLICT, ALL)]),
    # 'no deaths' says there was nothing to count: it is no first figure of a toll
    ("Russian missiles hit Kharkiv on Monday. The strike caused no deaths, officials said.",
     3, 5, [("daily", 5, False), ("early", 0, False), ("wire", 3, False)], [(*CONFLICT, ALL)]),
    # 'initial reports' before the latest figure in one fragment make it no earlier one:
    # only the order of the reports says which figure came first
    ("Russian missiles hit Kharkiv on Monday, killing 7 people, a Telegram channel said.",
     "at least 6", "Initial reports said a child was among the dead of the Russian missile "
     "strike on Kharkiv on Monday, but in the latest update on Tuesday the governor said 5 "
     "adults were killed.",
     [("daily", 5, False), ("early", 7, False), ("wire", 6, False)], [(*CONFLICT, ALL)]),
])
def test_only_a_figure_every_later_one_was_told_after_is_history(
        monday: str, mayor: int | str, police: int | str,
        sources: list[tuple[str, int, bool]],
        checks: list[tuple[FindingCode, Severity, list[str]]]) -> None:
    merged = kharkiv(monday, mayor, police)
    stated = sources[0][1]  # the sides tie: the first article's figure (by id), daily's
    assert killed(merged) == ("attacks[2025-03-10].killed", stated, "conflicting", sources)
    assert cross(merged) == checks
