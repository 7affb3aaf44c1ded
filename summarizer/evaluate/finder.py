"""Where an article states a figure: its sentences and paragraphs, and the sentence
that writes a number next to the word saying what it counts. The reference
extractions (`reference.py`) take their evidence from here.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable, Sequence
from functools import cached_property

from summarizer.evaluate.gold import GoldCase
from summarizer.evaluate.outlets import OutletFigures
from summarizer.models import Article, Evidence
from summarizer.text.numbers import mentions
from summarizer.text.sentences import sentences
from summarizer.text.time import TIME, resolve

Span = tuple[int, int]

_PARAGRAPH_END = re.compile(r"\n\s*")
KEYWORD_GAP = 30
"""Max chars between a numeral and the word that says what it counts ('31 Shahed-type
attack drones'); farther words belong to another figure ('24 women' is not hostages)."""


def _spans(text: str, pattern: re.Pattern[str]) -> list[Span]:
    spans, start = [], 0
    for match in pattern.finditer(text):
        if text[start:match.start()].strip():
            spans.append((start, match.start()))
        start = match.end()
    if text[start:].strip():
        spans.append((start, len(text)))
    return spans


class Finder:
    """Sentences and paragraphs of one article, and the sentence stating a figure."""

    def __init__(self, article: Article, gold: GoldCase) -> None:
        self.article = article
        self.outlet = OutletFigures(gold, article.source)
        self.text = article.text
        self.lower = article.text.lower()
        self.sentences = sentences(article.text)  # the cut the extractor and the checks read
        self.paragraphs = _spans(article.text, _PARAGRAPH_END)
        self.aliases = {k.casefold(): [v.casefold() for v in vs]
                        for k, vs in gold.aliases.items()}

    def words(self, *names: str) -> list[str]:
        out: list[str] = []
        for name in names:
            out.append(name.casefold())
            out.extend(self.aliases.get(name.casefold(), []))
        return out

    def evidence(self, span: Span) -> Evidence:
        return Evidence(text=self.text[span[0]:span[1]])

    def number(self, value: int, after: Iterable[str], before: Iterable[str] = (),
               prefer: Span | None = None, context: Sequence[str] = ()) -> Span | None:
        """The sentence where `value` is written as a reader would state it: followed
        within KEYWORD_GAP chars by one of `after` ('120 civilians', '14 ballistic
        missiles') or preceded by one of `before` ('killing two'); first among those
        whose paragraph mentions a `context` word (a place, a date)."""
        follow = [k for k in after if k]
        lead = [k for k in before if k]
        best: tuple[int, int, int, Span] | None = None
        for span in self.sentences:
            sentence = self.lower[span[0]:span[1]]
            paragraph = next((self.lower[lo:hi] for lo, hi in self.paragraphs
                              if lo <= span[0] < hi), "")
            in_context = 0 if any(c and c.casefold() in paragraph for c in context) else 1
            for mention in mentions(self.text[span[0]:span[1]]):
                if mention.value != value:
                    continue
                gaps = [at - mention.end for k in follow for at in _occurrences(sentence, k)]
                gaps += [mention.start - at - len(k) for k in lead
                         for at in _occurrences(sentence, k)]
                near = [g for g in gaps if 0 <= g <= KEYWORD_GAP]
                if not near:
                    continue
                rank = (in_context, min(near), 0 if span == prefer else 1, span)
                if best is None or rank[:3] < best[:3]:
                    best = rank
        return best[3] if best is not None else None

    def sentence_stating(self, values: Sequence[int], cues: Sequence[str]) -> Span | None:
        """The first sentence that writes every one of `values` and a word of `cues`:
        an unequal deal states both sides' numbers together ('50 ... for 150 ...')."""
        for span in self.sentences:
            written = {m.value for m in mentions(self.text[span[0]:span[1]])}
            sentence = self.lower[span[0]:span[1]]
            if set(values) <= written and any(c in sentence for c in cues):
                return span
        return None

    def sentence_with(self, *groups: Sequence[str], near: Span | None = None) -> Span | None:
        """The first sentence holding a word of every group; with `near`, the one closest
        to it, a following one first: 'there were deaths' belongs to the attack before it."""
        found = [span for span in self.sentences
                 if all(any(w and w in self.lower[span[0]:span[1]] for w in group)
                        for group in groups)]
        if near is None or not found:
            return found[0] if found else None
        return min(found, key=lambda span: (abs(span[0] - near[0]), span[0] < near[0]))

    def when(self, near: Span | None, options: list[dt.date]) -> tuple[str | None, dt.date | None]:
        """A time expression near `near` that resolves to one of the gold dates."""
        if near is None or not options:
            return None, None
        windows = [near] + [p for p in self.paragraphs if p[0] <= near[0] < p[1]]
        for lo, hi in windows:
            found = sorted(TIME.finditer(self.text, lo, hi),
                           key=lambda m: min(abs(m.start() - near[0]), abs(m.start() - near[1])))
            for match in found:
                date = resolve(match.group(0), self.article.published_date)
                if date in options:
                    return match.group(0), date
        return None, None

    def named(self, options: list[dt.date]) -> dt.date | None:
        """Of the gold dates, the first that a time expression of the article resolves to,
        else the first: an event the gold file dates either side of a night ('Sunday',
        'early Monday') is, in an article that names only Monday, Monday's."""
        return next((d for d in options if self.names(d)), options[0] if options else None)

    def names(self, day: dt.date) -> bool:
        """Whether a time expression of the article resolves to `day`."""
        return day in self._days

    @cached_property
    def _days(self) -> set[dt.date | None]:
        """The days the article's time expressions resolve to, read once per article."""
        return {resolve(m.group(0), self.article.published_date)
                for m in TIME.finditer(self.text)}


def _occurrences(text: str, word: str) -> Iterable[int]:
    start = text.find(word)
    while start >= 0:
        yield start
        start = text.find(word, start + 1)
