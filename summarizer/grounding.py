"""Grounding: find each evidence string in its article and record where and how.

Models copy evidence imperfectly: straight quotes for curly ones, collapsed
whitespace, an en dash typed as a hyphen, a word changed. So evidence is looked
for three times, each weaker than the last (exact, normalized, fuzzy), and the
kind of match is stored on the evidence itself (as LangExtract's alignment
status), so a reader can weigh it. Offsets always index the ORIGINAL article
text (half-open `[start, end)`, Python `str` indices, i.e. code points), so a
highlighter can slice `article.text[start:end]` whatever normalization found it.

Evidence that is not found is kept with `match=none` and null offsets: dropping
it would hide exactly the facts a reader most needs to distrust.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

from rapidfuzz import fuzz

from summarizer.facts import Fact, walk
from summarizer.models import Article, ArticleExtraction, MatchKind

FUZZY_MIN_SCORE = 90.0
"""rapidfuzz partial_ratio (0-100) at or above which evidence counts as found, fuzzily."""

FUZZY_MIN_CHARS = 12
"""Shorter evidence is never fuzzy-matched: '391 killed' would 'find' '390 killed'."""

FUZZY_MAX_CELLS = 200_000_000
"""Cap on len(evidence) x len(article) for one fuzzy search, so alignment cost stays bounded."""

_QUOTES = dict.fromkeys("\u201c\u201d\u201e\u201f\u00ab\u00bb\u2033\u301d\u301e\uff02", '"')
_APOSTROPHES = dict.fromkeys("\u2018\u2019\u201a\u201b\u2032\u00b4\u0060\u2039\u203a", "'")
_DASHES = dict.fromkeys("\u2010\u2011\u2012\u2013\u2014\u2015\u2212\ufe58\ufe63\uff0d", "-")
_INVISIBLE = dict.fromkeys("\u00ad\u200b\u200c\u200d\u2060\ufeff", "")
_PUNCTUATION: dict[str, str] = {**_QUOTES, **_APOSTROPHES, **_DASHES, **_INVISIBLE, "\u2026": "..."}


@dataclass(frozen=True)
class Normalized:
    """A normalized text and, for each of its chars, the index of the original char."""

    text: str
    origin: tuple[int, ...]

    def span(self, start: int, end: int) -> tuple[int, int]:
        """Original `[start, end)` of the normalized `[start, end)` (end > start)."""
        return self.origin[start], self.origin[end - 1] + 1


_KEPT = r"[^\s" + re.escape("".join(_PUNCTUATION)) + "]"
_FOLDED_KEPT = _KEPT[:-1] + r"\x80-\U0010ffff]"
_TOKENS = {fold: re.compile(rf"({kept}+(?: {kept}+)*)|(\s+)|(.)", re.DOTALL)
           for fold, kept in ((False, _KEPT), (True, _FOLDED_KEPT))}
"""A run of chars that normalizing keeps as they are (words with single spaces between;
folded, ASCII only, which only lower-cases), a whitespace run, or one char to map. An
article is a few such runs: mapping it char by char cost a millisecond."""


@lru_cache(maxsize=64)
def normalize(text: str, *, fold: bool = True) -> Normalized:
    """Map quote marks, dashes and whitespace runs to one form; with `fold`, also case
    and accents (so 'Türkiye' finds 'Turkiye' and Arabic with or without vowel marks
    align). Every output char remembers where it came from."""
    out: list[str] = []
    origin: list[int] = []
    for token in _TOKENS[fold].finditer(text):
        start, end = token.span()
        if token.lastindex == 1:
            out.append(token.group().lower() if fold else token.group())
            origin.extend(range(start, end))
            continue
        if token.lastindex == 2:
            if out and out[-1][-1] != " ":
                out.append(" ")
                origin.append(start)
            continue
        mapped = _PUNCTUATION.get(token.group(), token.group())
        if fold:
            mapped = "".join(
                c for c in unicodedata.normalize("NFKD", mapped) if not unicodedata.combining(c)
            ).casefold()
        if mapped:
            out.append(mapped)
            origin.extend([start] * len(mapped))
    joined = "".join(out)
    kept = len(joined.rstrip(" "))
    return Normalized(joined[:kept], tuple(origin[:kept]))


@dataclass(frozen=True)
class Located:
    start: int | None
    end: int | None
    match: MatchKind


NOT_FOUND = Located(None, None, MatchKind.none)


def find(text: str, fragment: str) -> Located:
    """Where `fragment` is in `text`: exact, then normalized, then fuzzy, else not found."""
    fragment = fragment.strip()
    if not fragment:
        return NOT_FOUND
    start = text.find(fragment)
    if start >= 0:
        return Located(start, start + len(fragment), MatchKind.exact)
    hay, needle = normalize(text), normalize(fragment)
    if not needle.text:
        return NOT_FOUND
    at = hay.text.find(needle.text)
    if at >= 0:
        return Located(*hay.span(at, at + len(needle.text)), MatchKind.normalized)
    return _fuzzy(hay, needle.text)


def _fuzzy(hay: Normalized, needle: str) -> Located:
    if len(needle) < FUZZY_MIN_CHARS or len(needle) * len(hay.text) > FUZZY_MAX_CELLS:
        return NOT_FOUND
    found = fuzz.partial_ratio_alignment(needle, hay.text, score_cutoff=FUZZY_MIN_SCORE)
    if found is None or found.dest_end <= found.dest_start:
        return NOT_FOUND
    return Located(*hay.span(found.dest_start, found.dest_end), MatchKind.fuzzy)


def contains_verbatim(text: str, fragment: str) -> bool:
    """True when `fragment` is in `text` up to quote marks, dashes and whitespace, but
    not case or wording: the test for a quotation. An ellipsis in the fragment
    ('we will ... return') may stand for words left out, in order."""
    hay = normalize(text, fold=False).text
    position = 0
    pieces = [p.strip() for p in normalize(fragment, fold=False).text.split("...")]
    pieces = [p.strip("[]() ") for p in pieces]
    if not any(pieces):
        return False
    for piece in pieces:
        if not piece:
            continue
        at = hay.find(piece, position)
        if at < 0:
            return False
        position = at + len(piece)
    return True


def ground_extraction(article: Article, extraction: ArticleExtraction) -> ArticleExtraction:
    """A copy of `extraction` with every evidence located in `article` (offsets, match)."""
    return grounded_facts(article, extraction)[0]


def grounded_facts(
    article: Article, extraction: ArticleExtraction, *, copied: bool = False
) -> tuple[ArticleExtraction, tuple[Fact, ...]]:
    """The grounded copy and its walk, which the checks read next (walking it again cost
    a third of grounding).

    The copy shares no object between two places (a backend may give two releases one
    breakdown item), so each fact's holder is its own and checks can find it by identity.
    `copied`: the caller made such a copy just before and holds it alone (the pipeline's
    `resolve_extraction`), so it is grounded in place: copying it again was 4% of the
    CPU per article besides the model call."""
    data = extraction if copied else ArticleExtraction.model_validate(extraction.model_dump())
    facts = tuple(walk(data))
    for fact in facts:
        evidence = fact.evidence
        if fact.site and evidence is not None:
            found = find(article.text, evidence.text)
            evidence.start, evidence.end, evidence.match = found.start, found.end, found.match
    return data, facts
