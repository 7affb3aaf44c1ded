"""Corroboration counts outlets, not articles: the same wire text under several ids, or
two articles of one outlet, agree as one source, and the summary says which."""

from __future__ import annotations

import datetime as dt

from summarizer import Article, BackendConfig, Summary, summarize
from summarizer.models import FindingCode

WIRE = ("Russia released 42 Ukrainian prisoners on Friday at the Belarusian border, officials "
        "in Kyiv said. The exchange was the third this month, and more are expected.")
OTHER = ("On Friday Russia released 42 Ukrainian prisoners, the coordination headquarters for "
         "the treatment of prisoners of war said in a statement. All of them were taken to "
         "hospitals.")
COUNT = "exchange.stages[2025-05-23].released[Russia].count"


def article(article_id: str, source: str, text: str) -> Article:
    return Article(id=article_id, source=source, published=dt.date(2025, 5, 24), text=text)


def merged(*articles: Article) -> Summary:
    return summarize(list(articles), config=BackendConfig(backend="rules"))


def status(summary: Summary, path: str) -> tuple[str, int]:
    [fact] = [f for f in summary.facts if f.path == path]
    return fact.status, len(fact.sources)


def one_source_notes(summary: Summary) -> list[list[str]]:
    return [f.articles for f in summary.findings if f.code is FindingCode.same_outlet]


def test_one_wire_text_under_three_ids_is_a_single_source() -> None:
    summary = merged(article("a", "wire-a", WIRE), article("b", "wire-b", WIRE),
                     article("c", "wire-c", f"{WIRE} Reporting by the wire's Kyiv bureau."))
    assert status(summary, COUNT) == ("single_source", 3)
    assert one_source_notes(summary) == [["a", "b", "c"]]


def test_two_articles_of_one_outlet_are_a_single_source() -> None:
    summary = merged(article("morning", "Reuters", WIRE), article("evening", " reuters", OTHER))
    assert status(summary, COUNT) == ("single_source", 2)
    assert one_source_notes(summary) == [["evening", "morning"]]


def test_two_outlets_with_their_own_texts_corroborate() -> None:
    summary = merged(article("a", "Reuters", WIRE), article("b", "AP", OTHER))
    assert status(summary, COUNT) == ("corroborated", 2)
    assert one_source_notes(summary) == []


def test_a_copy_joins_its_outlet_with_a_third_outlet_still_corroborating() -> None:
    summary = merged(article("a", "wire-a", WIRE), article("b", "wire-b", WIRE),
                     article("c", "AP", OTHER))
    assert status(summary, COUNT) == ("corroborated", 3)
    assert one_source_notes(summary) == [["a", "b"]]
