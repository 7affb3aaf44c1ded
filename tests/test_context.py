"""The checks' Context: what it reads of an article is read once, copy or not.

Every text here is written for the test."""

from __future__ import annotations

from summarizer.grounding import grounded_facts
from summarizer.models import Article, ArticleExtraction, Attack, Casualties, Evidence
from summarizer.validate._common import Context

TEXT = ("A missile hit a depot in the east of the city. Two workers were killed.\n\n"
        "Firefighters put out the blaze by the evening, the mayor said.")


def test_with_stated_fills_stated_and_keeps_what_was_read() -> None:
    extraction = ArticleExtraction(attacks=[Attack(
        evidence=Evidence(text="A missile hit a depot in the east of the city."),
        killed=Casualties(count=2, evidence=Evidence(text="Two workers were killed.")))])
    article = Article(id="a", source="outlet", text=TEXT)
    grounded, facts = grounded_facts(article, extraction)
    ctx = Context(article, grounded, frozenset(), facts)
    sentences, breaks = ctx.sentences, ctx.paragraph_breaks
    copy = ctx.with_stated(frozenset({1}))
    assert (copy.stated, ctx.stated) == (frozenset({1}), frozenset())
    assert copy.sentences is sentences and copy.paragraph_breaks is breaks
    assert copy.sentences == ((0, 45), (46, 70), (71, 71), (72, 72), (73, 134), (135, 135))
    assert copy.paragraph_breaks == [0, 73, len(TEXT)]
