"""One overnight round told by its two halves: one side frees its captives at night, the
other its prisoners the next morning. An outlet that dates each half on its own day
does not tell two rounds apart (only one party freeing people on both days would): the
round is one stage, under the night it began, and a running total told that morning is
the night's.

The articles are written for these tests.
"""

from __future__ import annotations

import datetime as dt

from summarizer import Article, ArticleExtraction, ArticleResult
from summarizer.merge import merge
from summarizer.pipeline import check

TUESDAY = dt.date(2023, 12, 5)
HALVES = ("Hamas freed 12 hostages on Monday night. Early Tuesday, Israel freed 30 prisoners. "
          "So far, 150 prisoners have been freed.")
WHOLE = ("On Monday, Hamas freed 12 hostages and Israel freed 30 prisoners. Israel has so far "
         "freed 150 prisoners, with Monday's releases.")


def outlet(name: str, text: str, stages: list[tuple[str, str, int, str]],
           total: tuple[str, str]) -> ArticleResult:
    """Stages as (time expression, releasing party, count, evidence); the running total
    of Palestinians as (time expression, evidence)."""
    article = Article(id=name, source=name.title(), published=TUESDAY, text=text)
    extraction = ArticleExtraction.model_validate({
        "stages": [{"time_expression": when, "releases": [
            {"released_by": party, "count": count, "evidence": {"text": fragment}}]}
            for when, party, count, fragment in stages],
        "cumulative": [{"received_by": "Palestinians", "count": 150,
                        "as_of_expression": total[0], "evidence": {"text": total[1]}}]})
    checked, findings = check(article, extraction)
    return ArticleResult(article_id=name, source=article.source, published=TUESDAY,
                         backend="written", extraction=checked, findings=findings)


def test_the_halves_of_one_overnight_round_are_one_stage_with_one_total() -> None:
    halves = outlet("halves", HALVES, [
        ("on Monday night", "Hamas", 12, "Hamas freed 12 hostages on Monday night"),
        ("Early Tuesday", "Israel", 30, "Early Tuesday, Israel freed 30 prisoners")],
        ("Early Tuesday", "So far, 150 prisoners have been freed"))
    whole = outlet("whole", WHOLE, [
        ("On Monday", "Hamas", 12, "Hamas freed 12 hostages"),
        ("On Monday", "Israel", 30, "Israel freed 30 prisoners")],
        ("Monday's", "Israel has so far freed 150 prisoners, with Monday's releases"))
    facts = {f.path: (f.value, f.status) for f in merge([halves, whole]).facts}
    assert facts == {
        "exchange.stages[2023-12-04].released[Hamas].count": (12, "corroborated"),
        "exchange.stages[2023-12-04].released[Israel].count": (30, "corroborated"),
        "exchange.cumulative[2023-12-04].count": (150, "corroborated")}
