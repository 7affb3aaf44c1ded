"""Misassigned numbers: every number of an article that a model could give for one of its
counts, with the sentence it would copy as evidence.

The commonest wrong figure on real text is a number the article does write, but for
another fact ('shot down 50 of the 60 drones' read as 50 drones, an earlier toll, a deal's
planned total read as one stage). The mutation suite's `change_count` cannot make that
mistake: its number is written nowhere, so grounding always catches it. This lists, for
each count of a correct extraction, each other number the article writes (in digits or
words, as `text.numbers` reads them) with the sentence it is written in, so grounding finds
the evidence and only the support checks can tell the number is another fact's.

Each is labelled by what the number is and where it stands from the count's own evidence,
since a model's wrong pick is mostly near the right one and the checks read near it:

- `date`: a year or a day of a month ('in 2022', 'May 16'), which models do take;
- `measure`: another number that counts nothing (an age, a sum of money, a distance);
- `sentence`: a count in the sentence of the fact's evidence;
- `paragraph`, `beside`: in its paragraph, in the paragraph before or after it;
- `elsewhere`: anywhere else in the article.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Iterator
from dataclasses import dataclass

from summarizer.facts import Fact, walk
from summarizer.grounding import find
from summarizer.models import Article, ArticleExtraction, Qualifier
from summarizer.text.numbers import Mention, mentions, qualifier_before
from summarizer.validate import lexicon as lx
from summarizer.validate._common import Context
from summarizer.validate.counting import MONTH_AFTER, MONTH_BEFORE, counts_nothing

WHERE = ("date", "measure", "sentence", "paragraph", "beside", "elsewhere")
"""The labels of where a misassigned number stands, nearest first (module docstring)."""

KINDS = {"weapon": "weapon", "release": "stage", "breakdown": "breakdown",
         "cumulative": "running total", "agreement": "agreed total"}
"""The count kinds of a fact path that a misassigned number is tried on, by the name reports
give them; an attack's killed and injured are added by field (`count_kind`)."""


@dataclass(frozen=True)
class Misassignment:
    """One wrong number for one count: what the model would return instead."""

    fact: Fact
    """The count, as the unmutated extraction's walk yields it."""
    value: int
    qualifier: Qualifier | None
    evidence: str
    """The sentence the number is written in."""
    where: str
    kind: str


def count_kind(fact: Fact) -> str | None:
    """The kind of count a fact is, or None for a fact that is no count of the gold format
    (a date, a name, a stated weapons total, a deal's per-side flag)."""
    if not fact.figure or fact.attr not in ("count", "total") or isinstance(fact.value, bool) \
            or not isinstance(fact.value, int):
        return None
    if fact.key.kind == "attack":
        return fact.key.field if fact.key.field in ("killed", "injured") else None
    return KINDS.get(fact.key.kind)


def misassignments(article: Article, extraction: ArticleExtraction) -> Iterator[Misassignment]:
    """For each count of `extraction`, each number of `article` once per sentence it is
    written in (the same number twice in one sentence makes one evidence). The count's own
    value is among them: the suite counts it as harmless, with the values the gold file
    accepts there."""
    text = article.text
    page = Context(article, extraction, frozenset(), ())
    numbers = [m for m in mentions(text) if m.value is not None]
    for fact in walk(extraction):
        kind = count_kind(fact)
        found = find(text, fact.evidence.text) if fact.evidence else None
        if kind is None or found is None or found.start is None or found.end is None:
            continue
        own = (found.start, found.end)
        seen: set[tuple[int, tuple[int, int]]] = set()
        for number in numbers:
            sentence = lx.span_at(page.sentences, number.start)
            assert number.value is not None
            if (number.value, sentence) in seen:
                continue
            seen.add((number.value, sentence))
            yield Misassignment(fact, number.value, qualifier_before(text, number.start),
                                text[sentence[0]:sentence[1]],
                                _where(page, number, sentence, own), kind)


def _where(page: Context, number: Mention, sentence: tuple[int, int],
           own: tuple[int, int]) -> str:
    text = page.article.text
    before = text[max(0, number.start - 12):number.start].rstrip()
    year = number.text.isdigit() and len(number.text) == 4 and number.text[:2] in ("19", "20")
    digits = number.text[:1].isdigit()
    month = digits and (MONTH_BEFORE.search(before) or MONTH_AFTER.match(text, number.end))
    if year or month:
        return "date"
    if counts_nothing(text, number):
        return "measure"
    if sentence[0] < own[1] and own[0] < sentence[1]:
        return "sentence"
    breaks = page.paragraph_breaks
    apart = abs(bisect_right(breaks, number.start) - bisect_right(breaks, own[0]))
    return ("paragraph", "beside")[apart] if apart < 2 else "elsewhere"
