"""A fact as a reader names it: findings and reports say these words where programs
read the path (issue 19, "Reading")."""

from __future__ import annotations

import pytest

from summarizer.fact_paths import FactPath


@pytest.mark.parametrize(("path", "words"), [
    ("exchange.stages[2025-05-23].released[Russia].breakdown[civilians]",
     "the civilians released by Russia on 23 May 2025"),
    ("exchange.stages[undated].released[Russia].count",
     "the number released by Russia in an undated stage"),
    ("exchange.stages[undated]", "an undated stage"),
    ("exchange.cumulative[2023-11-27].count", "the running total as of 27 November 2023"),
    ("exchange.cumulative[2023-11-27, Israel].count",
     "the running total received by Israel as of 27 November 2023"),
    ("attacks[2024-04-13].weapons[drone]", "the drone count of the attack of 13 April 2024"),
    ("attacks[2024-04-13, Iran]", "the attack of 13 April 2024 by Iran"),
    ("attacks[2024-04-13, Iran, Israel].killed",
     "the number killed in the attack of 13 April 2024 by Iran on Israel"),
    ("attacks[undated].killed", "the number killed in an undated attack"),
    # words as written, commas and all, are no composite key
    ("exchange.stages[late Saturday, 25 November]", "the stage of late Saturday, 25 November"),
])
def test_a_path_in_words(path: str, words: str) -> None:
    key = FactPath.parse(path)
    assert key is not None
    assert key.words == words
