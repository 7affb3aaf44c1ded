"""Sentences, quotations and clauses, with exact offsets.

Every later step works on `Unit`s: a sentence, or the part of it inside or
outside one quotation, so a time written in the narrative ("Zelensky said on
Saturday") never dates an event inside the quote, and vice versa. Offsets index
`Article.text`, so evidence is a plain slice and always grounds exactly. What is
history is `background`'s; which time dates a fact is `unit_times`'s.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache
from typing import ParamSpec, TypeVar, cast

from summarizer.backends.rules.marks import Quote
from summarizer.models import Evidence, MatchKind
from summarizer.text.lines import line_end, line_start, paragraphs
from summarizer.text.openings import opened
from summarizer.text.sentences import ABBREVIATIONS, last_break, next_break, sentences
from summarizer.text.time import DATELINE, MONTH_NAMES, WEEKDAY_NAMES

_P = ParamSpec("_P")
_R = TypeVar("_R")
_CACHE_CLEARS: list[Callable[[], None]] = []


def per_sentence(function: Callable[_P, _R]) -> Callable[_P, _R]:
    """Cache work done per sentence's words (every figure of a sentence asks again), where
    `clear_caches` can forget it."""
    cached = lru_cache(maxsize=4096)(function)
    _CACHE_CLEARS.append(cached.cache_clear)
    return cast("Callable[_P, _R]", cached)  # the wrapper takes the same arguments


def clear_caches() -> None:
    """Forget cached per-sentence work, so a benchmark that repeats the same articles
    measures cold extraction as a batch of distinct articles would see it."""
    for clear in _CACHE_CLEARS:
        clear()


_CLAUSE_BREAK = re.compile(r",\s|;\s|:\s|\s[\u2013—-]\s|[()]")
_DATE_ASIDE = re.compile(r"\((?:" + MONTH_NAMES + r"\s+\d{1,2}|\d{1,2}\s+" + MONTH_NAMES
                         + r"|" + WEEKDAY_NAMES + r")(?:,?\s+\d{4})?\)")
ABBREVIATION_DOT = "\u2024"
"""What `mask_abbreviations` writes for an abbreviation's full stop: a one-dot leader."""
_ABBREVIATED = opened(re.compile(r"\b(?:[A-Z]|" + "|".join(
    re.escape(a) for a in sorted(ABBREVIATIONS, key=len, reverse=True)) + r")\."))


def mask_abbreviations(text: str) -> str:
    """The text with the full stop of each abbreviation ("Gov.", "Lt. Col.", "U.S.") replaced
    by a one-dot leader at the same offset: patterns that read a full stop as the end of a
    sentence or of a name then read through "Col. Yuriy Ihnat", and every span stays valid
    in the original text."""
    return _ABBREVIATED.sub(lambda m: m.group().replace(".", ABBREVIATION_DOT), text)


@dataclass(frozen=True)
class Unit:
    """A sentence, or the part of one inside (`quote` is its index) or outside a quotation."""

    start: int
    end: int
    text: str
    paragraph: int
    quote: int | None


def split_units(text: str, quotes: list[Quote]) -> list[Unit]:
    """Cut paragraphs into sentences, and sentences at quotation marks."""
    units: list[Unit] = []
    for number, (first, last) in enumerate(paragraphs(text)):
        if number == 0:
            dateline = DATELINE.match(text)
            first = dateline.end() if dateline else first
        for start, end in sentences(text, first, last):
            cursor = start
            for index, quote in enumerate(quotes):
                if quote.end < start or quote.start >= end:
                    continue
                _add_unit(units, text, cursor, quote.start, number, None)
                _add_unit(units, text, max(quote.start + 1, start), min(quote.end, end), number,
                          index)
                cursor = min(quote.end + 1, end)
            _add_unit(units, text, cursor, end, number, None)
    return units


def _add_unit(units: list[Unit], text: str, start: int, end: int, paragraph: int,
              quote: int | None) -> None:
    start, end = trim(text, start, end)
    if any(c.isalnum() for c in text[start:end]):
        units.append(Unit(start, end, text[start:end], paragraph, quote))


def trim(text: str, start: int, end: int) -> tuple[int, int]:
    """Drop surrounding spaces and the dangling comma a quotation ends with ("home,")."""
    while start < end and text[start] in " \t,":
        start += 1
    while end > start and text[end - 1] in " \t,:":
        end -= 1
    return start, end


def gap_start(text: str, position: int) -> int:
    """Where the spaces, commas and semicolons that run up to `position` start: the end of
    the clause before them, found without copying the article up to `position`."""
    while position > 0 and text[position - 1] in " ,;":
        position -= 1
    return position


def gap_end(text: str, position: int) -> int:
    """Where the spaces, commas and semicolons from `position` on end: the start of the
    clause after them (`gap_start`'s other side)."""
    while position < len(text) and text[position] in " ,;":
        position += 1
    return position


def evidence(text: str, start: int, end: int) -> Evidence:
    start, end = trim(text, start, end)
    return Evidence(text=text[start:end], start=start, end=end, match=MatchKind.exact)


@per_sentence
def _breaks(words: str) -> tuple[tuple[int, int], ...]:
    """Clause breaks of a unit's text, cached: every figure of a sentence asks again. Brackets
    around a date only ("on Saturday (April 19) the 20 hostages") break nothing."""
    dates = {i for m in _DATE_ASIDE.finditer(words) for i in (m.start(), m.end() - 1)}
    return tuple((m.start(), m.end()) for m in _CLAUSE_BREAK.finditer(words)
                 if m.start() not in dates)


def clause(unit: Unit, position: int) -> tuple[int, int]:
    """Bounds of the comma/semicolon clause of `unit` around the absolute `position`."""
    start, end = unit.start, unit.end
    for cut_start, cut_end in _breaks(unit.text):
        if unit.start + cut_start < position:
            start = unit.start + cut_end
        else:
            end = unit.start + cut_start
            break
    return start, end


def clause_opening(text: str, sentence: int, start: int) -> int:
    """Where the clause that runs into `start` opens, from its sentence's start: a quotation
    cuts a sentence into units but not the clause around it ("warned that targets could
    include strikes on 'command posts' in Kharkiv" is one threat)."""
    breaks = [m.end() for m in _CLAUSE_BREAK.finditer(text, sentence, start)]
    return breaks[-1] if breaks else sentence


def sentence_start(text: str, unit: Unit, position: int) -> int:
    """Where the sentence around `position` starts (`sentences`' cut), on its line: a
    quotation ("Shahed") cuts a sentence into units, and the words that make it about an
    attack may be in an earlier one. A word at `position` that opens a sentence is in
    that sentence."""
    line = line_start(text, unit.start)
    before = last_break(text, position, line)
    if before is None:
        return line
    begin = before[1]
    while begin < position and text[begin].isspace():
        begin += 1
    return begin


def sentence_end(text: str, position: int) -> int:
    """Where the sentence around `position` ends (before its stop), on its line: what a
    quotation cut off ("Hamas said it had launched a “large rocket barrage” at Tel Aviv")
    is still in it."""
    end = line_end(text, position)
    stop = next_break(text, position, end)
    return stop[0] if stop else end
