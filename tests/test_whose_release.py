"""Whose release a number is, read from what the sentence says of it: the next object of a
release verb after another count ('freed 40 Thais and 12 Filipinos'), a doer named after
a passive verb and its auxiliaries ('had been handed over by the rebels'), and a pronoun
('Moscow said 248 of its soldiers came home'), in an even swap as in any other.

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


@pytest.mark.parametrize(("text", "received_by", "count", "expected"), [
    # both of Hamas's objects are Hamas's release: neither is a total the Palestinians got
    (LISTED, "Palestinians", 23, True),
    (LISTED, "Palestinians", 64, True),
    (LISTED, "Israel", 23, False),
    # a count with a verb of its own after it is its own clause's, not the first verb's
    (TWO_CLAUSES, "Palestinians", 64, False),
])
def test_the_next_object_of_a_release_verb_is_its_subjects_release(
        text: str, received_by: str, count: int, expected: bool) -> None:
    total = CumulativeTotal(received_by=received_by, count=count, as_of=dt.date(2024, 1, 2),
                            evidence=Evidence(text=text))
    found = flagged(text, ArticleExtraction(cumulative=[total]))
    assert found == (["exchange.cumulative[2024-01-02].count"] if expected else [])


@pytest.mark.parametrize(("text", "releases", "expected"), [
    ("The 14 captives freed at dawn were handed over by the Houthis to the ICRC.",
     ("Houthis", "Saudi Arabia", 14), []),
    ("The 14 captives freed at dawn were handed over by the Houthis to the ICRC.",
     ("Saudi Arabia", "Houthis", 14), [path("Saudi Arabia")]),
    ("Kyiv said 90 of its servicemen had been released by Russia on Friday.",
     ("Ukraine", "Russia", 90), [path("Ukraine")]),
    ("Kyiv said 90 of its servicemen had been released by Russia on Friday.",
     ("Russia", "Ukraine", 90), []),
])
def test_a_doer_after_a_passive_and_its_auxiliaries_is_the_releaser(
        text: str, releases: tuple[str, str, int], expected: list[str]) -> None:
    by, to, count = releases
    assert flagged(text, stage(text, count, by=by, to=to)) == expected


HOME = "The Russian defence ministry said 95 of its soldiers had come home from captivity."
SPEAKERS = ("Moscow said on Friday that 95 of its troops had come home, while Kyiv said 95 of "
            "its prisoners had returned.")


@pytest.mark.parametrize(("text", "releases", "expected"), [
    # an even swap, each side's number read from the other side's own report
    (HOME, ("Ukraine", "Russia", 95, 95), [path("Russia")]),
    # each side's 95 is read from the other side's report
    (SPEAKERS, ("Ukraine", "Russia", 95, 95), []),
    ("Kyiv said on Friday that 95 of its troops had come home.",
     ("Ukraine", "Russia", 95, 95),
     [path("Ukraine")]),
    # 'their' after both sides says nothing of one side
    ("The two sides freed 95 of their prisoners each on Friday.",
     ("Ukraine", "Russia", 95, 95), []),
    # a real 95-for-95 swap supports both sides' 95
    ("Russia and Ukraine swapped 95 prisoners each on Friday.",
     ("Ukraine", "Russia", 95, 95), []),
])
def test_a_pronoun_says_whose_people_a_number_counts(
        text: str, releases: tuple[str, str, int, int], expected: list[str]) -> None:
    by, to, count, swap = releases
    assert flagged(text, stage(text, count, by=by, to=to, swap=swap)) == expected


def test_a_running_total_is_not_another_sides_people_by_its_pronoun() -> None:
    text = "Israel said 105 of its citizens have come home since the truce began."
    for received_by, expected in (("Israel", []), ("Palestinians",
                                                   ["exchange.cumulative[2024-01-02].count"])):
        total = CumulativeTotal(received_by=received_by, count=105, as_of=dt.date(2024, 1, 2),
                                evidence=Evidence(text=text))
        assert flagged(text, ArticleExtraction(cumulative=[total])) == expected


@pytest.mark.parametrize(("text", "releases", "expected"), [
    # a release told as a noun, its doer after 'by'
    ("The truce held after the release of 13 hostages by Hamas on Friday.",
     ("Israel", "Hamas", 13, 39), [path("Israel")]),
    ("The truce held after the release of 13 hostages by Hamas on Friday.",
     ("Hamas", "Israel", 13, 39), []),
])
def test_a_noun_release_and_the_sides_of_another_clause(
        text: str, releases: tuple[str, str, int, int], expected: list[str]) -> None:
    by, to, count, swap = releases
    assert flagged(text, stage(text, count, by=by, to=to, swap=swap)) == expected


OWN = "Kyiv said 140 Ukrainian soldiers were freed, the 60th swap between the two sides."
BOTH = "The two sides swapped 140 Ukrainian and Russian soldiers on Friday."


@pytest.mark.parametrize(("text", "expected"), [
    # 'the two sides' after the number is another clause's: its people are Ukraine's
    (OWN, [path("Ukraine")]),
    # 'the two sides' that governs the number counts both sides' people
    (BOTH, []),
])
def test_the_two_sides_of_another_clause_make_no_even_swap(text: str,
                                                           expected: list[str]) -> None:
    other = "Russia freed 140 Ukrainian soldiers on Friday."
    extraction = stage(text, 140, by="Ukraine", to="Russia")
    extraction.stages[0].releases.append(stage(other, 140, by="Russia", to="Ukraine")
                                         .stages[0].releases[0])
    assert flagged(f"{other} {text}", extraction) == expected


@pytest.mark.parametrize(("text", "releases", "expected"), [
    # where the freed came is who got them back
    ("Late on Friday, 14 hostages arrived in Israel, the army said.",
     ("Israel", "Hamas", 14, 39), [path("Israel")]),
    ("Late on Friday, 14 hostages arrived in Israel, the army said.",
     ("Hamas", "Israel", 14, 39), []),
    ("The 90 soldiers returned home to Ukraine on Saturday, Kyiv said.",
     ("Ukraine", "Russia", 90, 90), [path("Ukraine")]),
    # a place that is no side says nothing
    ("The 39 prisoners arrived in Ramallah after midnight, freed by Israel.",
     ("Israel", "Hamas", 39, 14), []),
])
def test_the_side_the_freed_came_to_got_them_back(
        text: str, releases: tuple[str, str, int, int], expected: list[str]) -> None:
    by, to, count, swap = releases
    extraction = stage(text, count, by=by, to=to)
    other = f"{to} freed {swap} people on Friday."
    extraction.stages[0].releases.append(stage(other, swap, by=to, to=by).stages[0].releases[0])
    assert flagged(f"{other} {text}", extraction) == expected


APART = ("Nine more hostages were freed on Monday, along with the release of another 27 "
         "Palestinian prisoners.")
GROUPS = "Hamas freed 24 hostages on Monday: 13 Israelis and 10 Thais."


@pytest.mark.parametrize(("text", "releases", "expected"), [
    # the sentence counts the Palestinians Israel freed apart: 9 is the other release
    (APART, ("Israel", "Hamas", 9), [path("Israel")]),
    (APART, ("Israel", "Hamas", 27), []),
    (APART, ("Hamas", "Israel", 9), []),
    ("The deal saw 480 Houthi prisoners freed in exchange for 250 from the government.",
     ("Yemeni government", "Houthis", 250), [path("Yemeni government")]),
    # a number told after a colon is a part of it, not another release
    (GROUPS, ("Hamas", "Israel", 24), []),
])
def test_a_number_beside_the_people_this_release_freed_is_the_other_release(
        text: str, releases: tuple[str, str, int], expected: list[str]) -> None:
    by, to, count = releases
    assert flagged(text, stage(text, count, by=by, to=to)) == expected
