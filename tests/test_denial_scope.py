"""A denial governs the number it denies, not one that a predicate of its own, joined by
'and', goes on to assert. The sentences are written for these tests, in several outlets'
styles; the last ones are denials that must still count.
"""

from __future__ import annotations

import datetime as dt

import pytest

from summarizer import Article, ArticleExtraction
from summarizer.models import Attack, Casualties, Evidence, FindingCode, FindingKind
from summarizer.pipeline import check


def _support(sentence: str, field: str, count: int) -> list[tuple[FindingCode, str]]:
    """The support findings on one attack whose `field` toll is `count`, read from
    `sentence`, naming its attacker and target so that only the toll is in question."""
    text = f"Rebels attacked the Tarvo barracks. {sentence}"
    raid = Attack(date=dt.date(2025, 3, 11), time_expression="on Tuesday", attacker="Rebels",
                  targets=["Tarvo"], evidence=Evidence(text="Rebels attacked the Tarvo barracks."),
                  **{field: Casualties(count=count, evidence=Evidence(text=sentence))})
    found = check(Article(id="a", source="A", published=dt.date(2025, 3, 12), text=text),
                  ArticleExtraction(attacks=[raid]))[1]
    return [(f.code, f.message.split(": ", 1)[1]) for f in found
            if f.kind is FindingKind.support]


@pytest.mark.parametrize(("sentence", "field", "count"), [
    ("The rebels have denied any losses and claimed to have killed 30 soldiers.", "killed", 30),
    ("No one was killed and five people were injured, the governor said.", "injured", 5),
    ("The army denied that it had lost men and said 12 rebels were killed.", "killed", 12),
    ("Officials did not give a toll but said 14 people had died.", "killed", 14),
])
def test_a_figure_its_own_predicate_asserts_after_a_denial_is_supported(
    sentence: str, field: str, count: int
) -> None:
    assert _support(sentence, field, count) == []


@pytest.mark.parametrize(("sentence", "field", "count", "why"), [
    ("The army denied that 12 soldiers were killed.", "killed", 12, "denied itself"),
    ("They denied that 12 soldiers were killed and 30 wounded.", "injured", 30,
     "'and 30 wounded' borrows the denied verb"),
    ("He denied that 40 were killed and that 12 were injured.", "injured", 12,
     "'and that' goes on with what is denied"),
    ("The group denied killing 12 people and claimed the raid.", "killed", 12,
     "the number is in the denied part"),
])
def test_a_denied_figure_stays_unsupported(sentence: str, field: str, count: int,
                                           why: str) -> None:
    word = "killed" if field == "killed" else "injured"
    assert _support(sentence, field, count) == [(
        FindingCode.figure_unsupported,
        f"the evidence does not say that {count} is a number of people {word}; it is under "
        "a denial there.")], why
