"""Another authority's toll of an attack, told beside the first: a disagreement the article
reports, which the summary shows as one (rules/rival_tolls.py, merge `attack_fit._told_twice`).

Every text here is written for the test, in the styles of several outlets.
"""

from __future__ import annotations

import datetime as dt

import pytest

from summarizer import BackendConfig, summarize
from summarizer.backends.rules import RulesBackend
from summarizer.models import Article, FindingKind, Severity
from summarizer.summary import Summary
from summarizer.text.time import resolve_extraction

WEDNESDAY = dt.date(2025, 3, 5)
KHERSON = ("A Russian missile struck a market in Kherson on Tuesday, killing 12 people, the "
           "regional governor said.\n\n")
"""The first report of a strike, with its toll: the sentences after it add another."""


def killed(text: str) -> list[tuple[str | None, int | None]]:
    """Each attack the rules read, as its attacker and its number killed."""
    article = Article(id="t", source="t", published=WEDNESDAY, text=text)
    return [(a.attacker, a.killed.count if a.killed else None)
            for a in resolve_extraction(RulesBackend().read(article), WEDNESDAY).attacks]


@pytest.mark.parametrize(("text", "expected"), [
    ("Pakistani airstrikes on a village in Paktika province killed 30 people on Tuesday night, "
     "a Taliban spokesman said on Wednesday.\n\nMeanwhile, a spokesman for the militant group "
     "claimed that 41 people had died in the strikes.", [("Pakistan", 30), ("Pakistan", 41)]),
    (KHERSON + "Ukraine's emergency service, however, said 15 people were killed in the "
     "strike.", [("Russia", 12), ("Russia", 15)]),
    ("Al-Shabaab fighters stormed two army posts near the Kenyan border on Tuesday night, "
     "killing 40 soldiers, the group's spokesman said.\n\nHowever, the army has confirmed the "
     "death of 14 of its soldiers in the fighting.", [("al-Shabab", 40), ("al-Shabab", 14)]),
    ("Israeli strikes on Khan Younis killed 25 people on Tuesday, according to the Gaza health "
     "ministry. The Israeli military insisted that only 9 people died, all of them militants.",
     [("Israel", 25), ("Israel", 9)]),
])
def test_another_authoritys_toll_tells_the_attack_again(
        text: str, expected: list[tuple[str, int]]) -> None:
    assert killed(text) == expected


@pytest.mark.parametrize(("later", "expected"), [
    # a later count with no word that sets it against the first may count something else
    ("Villagers said 37 people died in the strike.", [("Russia", 12)]),
    # a rising toll is an update of the first, not a rival
    ("The toll later rose to 20, officials said.", [("Russia", 20)]),
])
def test_an_update_or_an_unset_count_is_no_rival(
        later: str, expected: list[tuple[str, int]]) -> None:
    assert killed(KHERSON + later) == expected


def _summary(*texts: tuple[str, dt.date]) -> Summary:
    articles = [Article(id=f"a{i}", source=f"Outlet {i}", published=day, text=text)
                for i, (text, day) in enumerate(texts)]
    return summarize(articles, config=BackendConfig(backend="rules"))


def test_two_authorities_across_outlets_are_a_conflict() -> None:
    summary = _summary(
        ("Pakistani airstrikes on a village in Paktika province killed 30 people on Tuesday "
         "night, the Taliban government said.", WEDNESDAY),
        ("At least 30 people were killed when Pakistani jets bombed a village in Paktika "
         "province on Tuesday night, a Taliban spokesman said.\n\nMeanwhile, a spokesman for "
         "the militant group claimed that 41 people had died in the strikes.", WEDNESDAY))
    (toll,) = [f for f in summary.facts if f.path.endswith(".killed")]
    assert (toll.status, sorted(s.value for s in toll.sources)) == ("conflicting", [30, 30, 41])
    assert any(f.kind is FindingKind.cross_source and f.severity is not Severity.info
               and f.facts == [toll.path] for f in summary.findings)


def test_a_rising_toll_across_outlets_stays_an_update() -> None:
    summary = _summary(
        ("A Russian missile struck a market in Kherson on Tuesday, killing at least 12 people, "
         "the regional governor said.", dt.date(2025, 3, 4)),
        ("The toll of Tuesday's Russian missile strike on a market in Kherson rose to 20, the "
         "regional governor said on Wednesday.", WEDNESDAY))
    (toll,) = [f for f in summary.facts if f.path.endswith(".killed")]
    assert (toll.status, toll.value) == ("updated", 20)


@pytest.mark.parametrize(("text", "expected"), [
    ("A Russian missile struck a market in Kherson on Tuesday. The strike killed 21 people, "
     "the governor said, while the Defence Ministry put the toll at 24.",
     [("Russia", 21), ("Russia", 24)]),
    ("A Russian missile struck a market in Kherson on Tuesday, killing 12 people, police "
     "said, while rescuers reported that 15 people had died.", [("Russia", 12), ("Russia", 15)]),
    # a headline's count, on a line of its own, may be a part: the lead's larger one stands
    ("Missile kills 3 children in Kherson\n\nA Russian missile struck a market in Kherson on "
     "Tuesday, killing 12 people, police said.", [("Russia", 12)]),
])
def test_a_rival_in_the_same_sentence_leaves_the_first_count_standing(
        text: str, expected: list[tuple[str, int]]) -> None:
    """The part of a sentence before ', while' another voice's toll has no full stop, but it
    is no headline: its count stands and the other is a rival."""
    assert killed(text) == expected
