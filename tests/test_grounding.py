"""Grounding: offsets index the original text whatever normalization found the evidence."""

from __future__ import annotations

import pytest

from summarizer import grounding, pipeline
from summarizer.grounding import (
    FUZZY_MAX_CELLS,
    FUZZY_MIN_CHARS,
    contains_verbatim,
    find,
    ground_extraction,
    normalize,
)
from summarizer.models import Article, ArticleExtraction, Evidence, MatchKind, Statement
from summarizer.text.numbers import mentions, states, vague_words


@pytest.mark.parametrize(
    ("text", "fragment", "kind", "expected"),
    [
        pytest.param("He said 307 returned.", "307 returned", MatchKind.exact, "307 returned",
                     id="exact"),
        pytest.param("He said \u201cAnother 307 are home.\u201d", '"Another 307 are home."',
                     MatchKind.normalized, "\u201cAnother 307 are home.\u201d", id="curly-quotes"),
        pytest.param("the  1,000\u2013for\u20131,000\n exchange", "the 1,000-for-1,000 exchange",
                     MatchKind.normalized, "the  1,000\u2013for\u20131,000\n exchange",
                     id="dashes-and-whitespace"),
        pytest.param("Talks in T\u00fcrkiye ended.", "talks in turkiye", MatchKind.normalized,
                     "Talks in T\u00fcrkiye", id="case-and-accents"),
        pytest.param("The two sides released 270 servicemen and 120 civilians each.",
                     "The two sides freed 270 servicemen and 120 civilians each",
                     MatchKind.fuzzy, None, id="fuzzy-changed-word"),
        pytest.param("Nothing about it here at all.", "Russia released 390 prisoners",
                     MatchKind.none, None, id="absent"),
    ],
)
def test_find(text: str, fragment: str, kind: MatchKind, expected: str | None) -> None:
    found = find(text, fragment)
    assert found.match is kind
    if kind is MatchKind.none:
        assert found.start is None and found.end is None
        return
    assert found.start is not None and found.end is not None
    if expected is not None:
        assert text[found.start:found.end] == expected
    else:
        assert "270 servicemen" in text[found.start:found.end]


@pytest.mark.parametrize(
    ("text", "fragment", "expected"),
    [
        pytest.param("\u0412 \u043f\u044f\u0442\u043d\u0438\u0446\u0443 \u043e\u0441\u0432\u043e"
                     "\u0431\u043e\u0434\u0438\u043b\u0438 390 \u0447\u0435\u043b\u043e\u0432"
                     "\u0435\u043a.", "\u043e\u0441\u0432\u043e\u0431\u043e\u0434\u0438\u043b"
                     "\u0438  390", "\u043e\u0441\u0432\u043e\u0431\u043e\u0434\u0438\u043b"
                     "\u0438 390", id="cyrillic-whitespace"),
        pytest.param("\u0642\u0627\u0644 \u0627\u0644\u0645\u062a\u062d\u062f\u062b \u00ab"
                     "\u0623\u0637\u0644\u0642\u0646\u0627 24 \u0631\u0647\u064a\u0646\u0629"
                     "\u00bb \u0627\u0644\u064a\u0648\u0645", '"\u0623\u0637\u0644\u0642\u0646'
                     '\u0627 24 \u0631\u0647\u064a\u0646\u0629"', "\u00ab\u0623\u0637\u0644"
                     "\u0642\u0646\u0627 24 \u0631\u0647\u064a\u0646\u0629\u00bb",
                     id="arabic-guillemets"),
        pytest.param("\U0001f1fa\U0001f1e6 Zelensky: \u201c307 defenders are home \U0001f64f"
                     "\u201d", '"307 defenders are home \U0001f64f"', "\u201c307 defenders are"
                     " home \U0001f64f\u201d", id="emoji"),
        pytest.param("Stra\u00dfe \u00c9COLE  \u2014 \u201cSTOP\u201d", "strasse ecole - "
                     '"stop"', "Stra\u00dfe \u00c9COLE  \u2014 \u201cSTOP\u201d",
                     id="casefold-expands"),
    ],
)
def test_offsets_are_original_for_non_ascii(text: str, fragment: str, expected: str) -> None:
    found = find(text, fragment)
    assert found.match is MatchKind.normalized
    assert found.start is not None and found.end is not None
    assert text[found.start:found.end] == expected


def test_normalize_remembers_origins() -> None:
    text = "A  \u201cb\u201d\n\u2014c\u00df"
    norm = normalize(text)
    assert norm.text == 'a "b" -css'
    assert len(norm.origin) == len(norm.text)
    assert [text[i] for i in norm.origin] == list('A \u201cb\u201d\n\u2014c\u00df\u00df')


def test_short_evidence_is_never_fuzzy() -> None:
    assert len("391 killed") < FUZZY_MIN_CHARS
    assert find("Officials said 390 killed.", "391 killed").match is MatchKind.none


def test_fuzzy_cost_is_bounded(monkeypatch: pytest.MonkeyPatch) -> None:
    """Above FUZZY_MAX_CELLS the fuzzy matcher is not even started (speed lives in
    benchmarks/validator.py, not in a timed test)."""
    article = "Lorem ipsum dolor sit amet, consectetur adipiscing elit. " * 20_000
    needle = "the two sides released 270 servicemen and 120 civilians each " * 3
    assert len(article) * len(needle) > FUZZY_MAX_CELLS

    def refuse(*_: object, **__: object) -> None:
        raise AssertionError("fuzzy matching ran past its cost bound")

    monkeypatch.setattr(grounding.fuzz, "partial_ratio_alignment", refuse)
    assert find(article, needle).match is MatchKind.none


def test_unfound_evidence_is_kept_not_dropped() -> None:
    article = Article(id="a", source="s", text="Zelensky said the talks went well.")
    extraction = ArticleExtraction(statements=[
        Statement(speaker="Zelensky", quote="It went badly",
                  evidence=Evidence(text="It went badly, he said")),
        Statement(speaker="Zelensky", paraphrase="Talks went well.",
                  evidence=Evidence(text="the talks went well")),
    ])
    grounded = ground_extraction(article, extraction)
    assert len(grounded.statements) == 2
    missing, found = (s.evidence for s in grounded.statements)
    assert (missing.match, missing.start, missing.end) == (MatchKind.none, None, None)
    assert found.match is MatchKind.exact and found.start is not None and found.end is not None
    assert article.text[found.start:found.end] == "the talks went well"
    assert extraction.statements[0].evidence.match is None, "the input is not mutated"


def test_the_pipeline_grounds_its_own_copy() -> None:
    """It grounds in place the copy that resolving dates made, never the caller's."""
    article = Article(id="a", source="s", text="Zelensky said the talks went well.")
    extraction = ArticleExtraction(statements=[
        Statement(speaker="Zelensky", paraphrase="Talks went well.",
                  evidence=Evidence(text="the talks went well"))])
    grounded, _ = pipeline.check(article, extraction)
    assert grounded.statements[0].evidence.match is MatchKind.exact
    assert extraction.statements[0].evidence.match is None


@pytest.mark.parametrize(
    ("text", "quote", "verbatim"),
    [
        ("He said: \u201cWe expect the process to continue tomorrow.\u201d",
         '"We expect the process to continue tomorrow."', True),
        ("\u201cWe expect   the process\nto continue.\u201d", "We expect the process to continue",
         True),
        ("\u201cWe will bring every one of them home, whatever it takes.\u201d",
         "We will bring ... home", True),
        ("\u201cWe expect the process to continue.\u201d", "We expect the exchange to continue",
         False),
        ("\u201cWe expect the process to continue.\u201d", "we expect the process to continue",
         False),
    ],
)
def test_contains_verbatim(text: str, quote: str, verbatim: bool) -> None:
    assert contains_verbatim(text, quote) is verbatim


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("the 1,000-for-1,000 exchange", 1000),
        ("an exchange of 1000 prisoners", 1000),
        ("\u0431\u043e\u043b\u0435\u0435 1\u00a0000 \u043f\u043b\u0435\u043d\u043d\u044b\u0445",
         1000),
        ("Twenty-four hostages were freed", 24),
        ("two Azerbaijani soldiers", 2),
        ("a dozen drones", 12),
        ("one hundred and twenty civilians", 120),
        ("1.2 million people fled", 1_200_000),
        ("13 Israelis, 10 Thais and a Filipino", 1),
        ("no one was killed", 0),
    ],
)
def test_numbers_as_news_writes_them(text: str, value: int) -> None:
    assert states(text, value)


def test_vague_quantities_state_no_number() -> None:
    assert not states("hundreds of prisoners were freed", 458)
    assert vague_words("hundreds of prisoners and dozens of civilians") == ["hundreds", "dozens"]
    assert [m.value for m in mentions("in a swap")] == [], "'a' is not one before a noun"


def test_number_words_that_are_not_one_number_are_read_apart() -> None:
    """One reader of number words serves validation and the rules backend: a run that no
    one writes as one number ('four and six years') is two figures, never their sum."""
    assert [m.value for m in mentions("terms of four and six years")] == [4, 6]
    assert [m.value for m in mentions("twenty thirty")] == [20, 30]
    assert not states("sentenced to four and six years", 10)


def test_evidence_has_a_span_only_where_both_offsets_are_known() -> None:
    assert Evidence(text="390 killed", start=4, end=14).span == (4, 14)
    assert Evidence(text="390 killed").span is None
    assert Evidence(text="390 killed", start=4).span is None
