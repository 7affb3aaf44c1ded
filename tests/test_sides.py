"""Sides: the one reading of who a side is in a clause's words (validate/sides.py).

Every check that weighs whose a number is reads sides through it, so a word it takes for
a side moves every such check at once. Sentences are written for the test.
"""

from __future__ import annotations

import pytest

from summarizer.validate.sides import fold, known_sides, named_forms, named_sides, names_any


@pytest.mark.parametrize("text", [
    "It is not clear who fired first, officials told us on Monday.",
    "The town is quiet again, residents told us.",
])
def test_everyday_words_are_no_side(text: str) -> None:
    # 'is' folds to the Islamic State's short name and 'us' to the United States'
    assert known_sides(text) == []
    assert named_sides(text) == []
    assert not names_any(text, named_forms("United States"))


@pytest.mark.parametrize(("text", "side"), [
    ("IS fighters stormed the village at dawn.", "islamic state"),
    ("The US said the strike was in self-defence.", "united state"),
    ("U.S. forces said the strike was in self-defence.", None),
])
def test_a_short_name_in_capitals_is_a_side(text: str, side: str | None) -> None:
    found = known_sides(text)
    assert [side in forms for forms in found] == ([True] if side else [])


def test_a_lexicon_name_is_found_whatever_its_plural() -> None:
    # DEMONYMS writes 'houthis'; the words it is matched with are folded to 'houthi'
    yemen = fold("Yemen")
    assert yemen in named_forms("Houthis")
    assert [(yemen in forms) for forms in named_sides("Houthis fired two missiles.")] == [True]
    assert names_any("U.S. forces said so.", named_forms("United States"))


@pytest.mark.parametrize(("text", "folded"), [
    ("Al-Shabab\u2019s fighters \u2014 “about 40” \u2013 fled.",
     "al shabab s fighter about 40 fled"),
    ("The militants' base_2 (near Kyiv)...", "militant base_2 near kyiv"),
    ("Soldiers of the Café Río brigade\u00a0said.", "soldier of the cafe rio brigade said"),
])
def test_fold_reads_words_alike_with_or_without_letters_beyond_ascii(text: str,
                                                                       folded: str) -> None:
    # whole articles are folded by str methods, one with 'é' by a regex: the words are one
    assert fold(text) == folded
