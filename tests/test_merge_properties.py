"""Property: the merged summary does not depend on the order of its articles.

The pool is every multi-article result the merge tests use (hand-written,
checked extractions of the seeds and of five multi-outlet cases) plus the rules
backend's own results on every article in tests/data, which disagree with each
other in ways nobody planned. Hypothesis draws any set of them (ids are unique,
as `load_articles` and batch inputs guarantee) in any order; the whole summary,
down to the numbering of its sources, must equal the one built from the sorted set.
"""

from __future__ import annotations

import asyncio
from functools import cache
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from summarizer.backends.rules import RulesBackend
from summarizer.evaluate.gold import load_gold
from summarizer.evaluate.run import case_articles
from summarizer.merge import merge
from summarizer.pipeline import ArticleFailure, try_article
from summarizer.summary import ArticleResult
from tests.test_merge import hostages, odesa, seeds
from tests.test_merge_holdout import detainees, swap

DATA = Path(__file__).parent / "data"
GOLD = sorted([*DATA.glob("cases/*/gold.json"), *DATA.glob("holdout/*/gold.json")])
ALIASES = {"foreign nationals": ["foreign"], "journalists": ["RFE/RL journalist"]}


async def _rules_results() -> list[ArticleResult]:
    backend = RulesBackend()
    results = []
    for gold in GOLD:
        for article in case_articles(load_gold(gold)):
            outcome = await try_article(article, backend)
            assert not isinstance(outcome, ArticleFailure), outcome.message
            # Ids repeat across cases ("ap"); the case name keeps them apart.
            results.append(outcome.model_copy(
                update={"article_id": f"{gold.parent.name}/{outcome.article_id}"}))
    return results


@cache
def pool() -> tuple[ArticleResult, ...]:
    written = [*seeds(), *hostages(), *odesa(), *swap(), *detainees()]
    return (*written, *asyncio.run(_rules_results()))


def test_the_pool_holds_every_kind_of_cross_source_verdict() -> None:
    """Conflicts, updates and corroboration are all in play: 10 hand-written results and
    15 from the rules backend."""
    statuses = {f.status for f in merge(list(pool())).facts}
    assert {"corroborated", "single_source", "conflicting", "updated"} <= statuses
    assert len(pool()) == 25


@st.composite
def shuffled_sets(draw: st.DrawFn) -> list[ArticleResult]:
    chosen = draw(st.lists(st.sampled_from(pool()), min_size=1, max_size=12,
                           unique_by=lambda r: r.article_id))
    return list(draw(st.permutations(chosen)))


@settings(max_examples=120, deadline=None)
@given(shuffled_sets(), st.sampled_from([None, ALIASES]))
def test_permuting_the_articles_does_not_change_the_merged_summary(
    results: list[ArticleResult], aliases: dict[str, list[str]] | None
) -> None:
    in_order = sorted(results, key=lambda r: r.article_id)
    assert merge(results, aliases) == merge(in_order, aliases)
