"""Fuzzy name matching by key: the index behind entity resolution finds every pair of
names that can match, and a merge compares each name with a few others, not all."""

from __future__ import annotations

import gc

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from rapidfuzz import fuzz

from summarizer.merge import merge
from summarizer.models import ArticleExtraction, Evidence, Statement
from summarizer.summary import ArticleResult
from summarizer.text import entities
from summarizer.text.entities import (
    NAME_FUZZY_MIN,
    SURNAME_FUZZY_MIN,
    EntityKind,
    EntityResolver,
)
from summarizer.text.near import NearIndex

SPELLINGS = st.text(alphabet="aeiklnorsv-", min_size=0, max_size=30)
"""Few letters, so random strings are often near each other; up to 30 characters, so
names too long to be filed by their neighbourhood are drawn too."""


@pytest.mark.parametrize("minimum", [SURNAME_FUZZY_MIN, NAME_FUZZY_MIN])
@settings(max_examples=60, deadline=None)
@given(names=st.lists(SPELLINGS, min_size=2, max_size=25))
def test_every_pair_that_reaches_the_ratio_is_a_candidate(minimum: float,
                                                          names: list[str]) -> None:
    index = NearIndex(minimum)
    for number, name in enumerate(names):
        index.add(name, number)
    for name in names:
        found = index.candidates(name)
        wanted = {number for number, other in enumerate(names)
                  if other[:1] == name[:1] and fuzz.ratio(name, other) >= minimum}
        assert wanted <= found


def _surname(number: int) -> str:
    """A distinct surname of letters for each number, all starting with K."""
    letters = "abdeilmnorstuvz"
    spelled = ""
    while True:
        number, digit = divmod(number, len(letters))
        spelled += letters[digit]
        if not number:
            return "K" + spelled


def test_resolving_names_compares_each_with_a_few_not_all(
        monkeypatch: pytest.MonkeyPatch) -> None:
    """4,000 speakers sharing an initial were once compared pairwise (8 million
    comparisons, issue 18); by key it is a few per name."""
    compared = 0
    same_person = entities.same_person

    def counted(a: str, b: str) -> bool:
        nonlocal compared
        compared += 1
        return same_person(a, b)

    monkeypatch.setattr(entities, "same_person", counted)
    names = [f"Speaker {_surname(n)}" for n in range(4000)]
    EntityResolver().resolve(EntityKind.person, names)
    assert compared < 20 * len(names)


def test_a_large_merge_runs_no_garbage_collection_and_leaves_it_as_it_was() -> None:
    """Each full collection walked every fact built so far: a merge of 10,000 statements
    cost three times as much per fact as one of 1,000 (issue 18). Once the merge is
    done, the collector runs as before."""
    said = [ArticleResult(article_id=f"a{side}", source=f"outlet {side}", backend="written",
                          extraction=ArticleExtraction(statements=[
                              Statement(speaker=f"Speaker {_surname(n)}",
                                        quote=f"Quote {n} of {side}",
                                        evidence=Evidence(text=f"Quote {n} of {side}"))
                              for n in range(2000)]))
            for side in range(2)]
    collected: list[int] = []

    def heard(phase: str, info: dict[str, int]) -> None:
        if phase == "start":
            collected.append(info["generation"])

    gc.collect()  # so that the few objects made before the merge starts trigger none
    gc.callbacks.append(heard)
    try:
        assert gc.isenabled()
        summary = merge(said)
        assert gc.isenabled()
    finally:
        gc.callbacks.remove(heard)
    assert collected in ([], [0]), "at most one young collection, of what merge left"
    assert len(summary.facts) == 4000


def test_one_speaker_s_quotes_are_folded_once_each(monkeypatch: pytest.MonkeyPatch) -> None:
    """Quotes were folded for every pair compared, from a cache of 1,024: past that,
    each of a speaker's 1,500 quotes was folded anew against every other (1.1 million
    folds, merge time x10 from 1,000 to 2,000 quotes; issue 18)."""
    import summarizer.quote_match as quote_match

    folded = 0
    fold = quote_match.fold

    def counted(text: str) -> str:
        nonlocal folded
        folded += 1
        return fold(text)

    monkeypatch.setattr(quote_match, "fold", counted)
    quote_match.quote_words.cache_clear()
    said = [ArticleResult(article_id=f"a{side}", source=f"outlet {side}", backend="written",
                          extraction=ArticleExtraction(statements=[
                              Statement(speaker="Volodymyr Zelensky",
                                        quote=f"We will rebuild house number {n} of {side}",
                                        evidence=Evidence(text=f"house number {n}"))
                              for n in range(750)]))
            for side in range(2)]
    merge(said)
    assert folded <= 2 * 1500
