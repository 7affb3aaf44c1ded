"""Whose release a number is, read from what the sentence says of it: the next object of a
release verb after another count ('freed 40 Thais and 12 Filipinos'), a doer named after
a passive verb and its auxiliaries ('had been handed over by the rebels') or after a
release told as a noun ('the release of 13 hostages by Hamas'), a pronoun ('Moscow said
248 of its soldiers came home'), in an even swap as in any other; and people who 'were
exchanged', both sides' at once.

Every sentence is written for the test, in several outlets' ways; each flagged figure has
its sentence's right reading beside it, left alone.
"""

from __future__ import annotations

import datetime as dt

import pytest

from summarizer.models import ArticleExtraction, CumulativeTotal, Evidence
from tests.test_scope import flagged, stage


def path(side: str) -> str:
    return f"exchange.stages[2024-01-01].released[{side}].count"


LISTED = "Since the truce began, Hamas has freed 64 Israelis and 23 foreigners."
TWO_CLAUSES = ("Since the truce began, Hamas has freed 23 hostages and 64 prisoners have been "
               "released by Israel.")
CITIZENS = "Israel said 105 of its citizens have come home since the truce began."


TOTAL = ["exchange.cumulative[2024-01-02].count"]


@pytest.mark.parametrize(("text", "received_by", "count", "expected"), [
    # both of Hamas's objects are Hamas's release: neither is a total the Palestinians got
    (LISTED, "Palestinians", 23, TOTAL),
    (LISTED, "Palestinians", 64, TOTAL),
    (LISTED, "Israel", 23, []),
    # a count with a verb of its own after it is its own clause's, not the first verb's
    (TWO_CLAUSES, "Palestinians", 64, []),
    # 'its citizens' are Israel's people
    (CITIZENS, "Israel", 105, []),
    (CITIZENS, "Palestinians", 105, TOTAL),
])
def test_a_running_total_is_read_by_whose_release_it_is(
        text: str, received_by: str, count: int, expected: list[str]) -> None:
    total = CumulativeTotal(received_by=received_by, count=count, as_of=dt.date(2024, 1, 2),
                            evidence=Evidence(text=text))
    assert flagged(text, ArticleExtraction(cumulative=[total])) == expected


HANDED = "The 14 captives freed at dawn were handed over by the Houthis to the ICRC."
RELEASED_BY = "Kyiv said 90 of its servicemen had been released by Russia on Friday."
NOUN = "The truce held after the release of 13 hostages by Hamas on Friday."
HOME = "The Russian defence ministry said 95 of its soldiers had come home from captivity."
SPEAKERS = ("Moscow said on Friday that 95 of its troops had come home, while Kyiv said 95 of "
            "its prisoners had returned.")


@pytest.mark.parametrize(("text", "releases", "expected"), [
    # a doer after a passive and its auxiliaries, or after a release told as a noun
    (HANDED, ("Houthis", "Saudi Arabia", 14, None), []),
    (HANDED, ("Saudi Arabia", "Houthis", 14, None), [path("Saudi Arabia")]),
    (RELEASED_BY, ("Ukraine", "Russia", 90, None), [path("Ukraine")]),
    (RELEASED_BY, ("Russia", "Ukraine", 90, None), []),
    (NOUN, ("Israel", "Hamas", 13, 39), [path("Israel")]),
    (NOUN, ("Hamas", "Israel", 13, 39), []),
    # a pronoun: an even swap, each side's number read from the other side's own report
    (HOME, ("Ukraine", "Russia", 95, 95), [path("Russia")]),
    (SPEAKERS, ("Ukraine", "Russia", 95, 95), []),
    ("Kyiv said on Friday that 95 of its troops had come home.",
     ("Ukraine", "Russia", 95, 95), [path("Ukraine")]),
    # 'their' after both sides says nothing of one side
    ("The two sides freed 95 of their prisoners each on Friday.",
     ("Ukraine", "Russia", 95, 95), []),
    # a real 95-for-95 swap supports both sides' 95
    ("Russia and Ukraine swapped 95 prisoners each on Friday.",
     ("Ukraine", "Russia", 95, 95), []),
    # people who 'were exchanged' are both sides': the swap's whole, not one release
    ("The two men were exchanged at a Turkish airport on Wednesday.",
     ("United States", "Russia", 2, None), [path("United States")]),
    ("Some 190 prisoners were exchanged on Friday, 95 for 95, officials said.",
     ("Ukraine", "Russia", 95, 95), []),
    ("The 95 prisoners were swapped on Friday by each side, officials said.",
     ("Ukraine", "Russia", 95, 95), []),
    # 'as many as' is a bound on the whole, not an even swap's 'as many'
    ("As many as 190 prisoners were exchanged on Friday, officials said.",
     ("Ukraine", "Russia", 190, None), [path("Ukraine")]),
    ("Three men were exchanged on Friday in a 2-for-1 swap.",
     ("United States", "Russia", 3, None), []),
    # both sides named as the subject, or people 'from both sides': the whole swap
    ("Russia and Ukraine have swapped more than 300 prisoners of war, officials said.",
     ("Russia", "Ukraine", 300, 150), [path("Russia")]),
    ("Armenia and Azerbaijan exchanged 32 detainees in a deal brokered by the EU.",
     ("Azerbaijan", "Armenia", 32, 2), [path("Azerbaijan")]),
    ("The two countries carried out a swap, with 300 soldiers from both sides released.",
     ("Russia", "Ukraine", 300, 150), [path("Russia")]),
])
def test_a_number_is_read_by_whose_release_its_sentence_says_it_is(
        text: str, releases: tuple[str, str, int, int | None], expected: list[str]) -> None:
    by, to, count, swap = releases
    assert flagged(text, stage(text, count, by=by, to=to, swap=swap)) == expected


@pytest.mark.parametrize(("text", "releases", "expected"), [
    # 'the two sides' after the number is another clause's: its people are Ukraine's
    ("Kyiv said 140 Ukrainian soldiers were freed, the 60th swap between the two sides.",
     ("Ukraine", "Russia", 140, 140), [path("Ukraine")]),
    # 'the two sides' that governs the number counts both sides' people
    ("The two sides swapped 140 Ukrainian and Russian soldiers on Friday.",
     ("Ukraine", "Russia", 140, 140), []),
])
def test_the_other_sides_release_told_in_its_own_sentence_leaves_this_ones_reading(
        text: str, releases: tuple[str, str, int, int], expected: list[str]) -> None:
    """The other side's release has evidence of its own, so this number's sentence is
    read alone, not as one told for both sides."""
    by, to, count, swap = releases
    extraction = stage(text, count, by=by, to=to)
    other = f"{to} freed {swap} prisoners on Friday."
    extraction.stages[0].releases.append(stage(other, swap, by=to, to=by).stages[0].releases[0])
    assert flagged(f"{other} {text}", extraction) == expected
