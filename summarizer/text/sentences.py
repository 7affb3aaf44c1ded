"""Where a sentence ends: one cutter for the extractor, the checks and the evaluation.

News text puts full stops inside sentences: 'U.S. officials said 12 were killed',
'on Nov. 5', 'Lt. Gen. Ivan Petrov', 'St. Petersburg', 'No. 3', '7 a.m. on Monday',
'J. D. Vance'. A cut after such a stop parts a number from its speaker or its noun, so
each stage read a different sentence around the same figure. Here a stop ends a
sentence when

- it is a full stop, question or exclamation mark (closing quotation marks and brackets
  after it are the sentence's: '... he said." The next ...' ends after the mark),
  followed by a space or the end of the text (where it always ends one);
- the next word does not start with a small letter ('"Why?" he asked' is one sentence,
  and so is 'the Palestinian. prisoners' with a stray full stop);
- a full stop after an abbreviation ends one only where the next word shows it: after a
  month ('Oct.') unless a day follows ('Oct. 7'); after a time of day ('a.m.', 'p.m.')
  before a capital that is no day, month or time zone ('at 3 a.m. Local officials said'
  is cut, 'at 6 p.m. Moscow time Saturday' is not); after a title (`ABBREVIATIONS`), a
  letter-dot acronym ('U.S.', 'U.N.') or a capital's initial ('J. D. Vance') only before
  a word that opens sentences (`_OPENERS`: 'The', 'He', 'In', ...). 'in the U.S. The
  next day' is cut there; 'in the U.S. Russia said' is not: no rule on the words alone
  tells that stop from the one in 'U.S. President', and leaving two sentences joined
  costs less than parting a figure from its speaker. 'X' is no initial ('he wrote on
  X.').

A newline ends a sentence where it ends a paragraph (`lines.LINE_BREAK` and headings,
read through `lines.cuts`), never where a page only wrapped a line. Decimals ('2.5')
have no space after the stop and are never cut.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from functools import lru_cache

from summarizer.text.lines import LINE_BREAK, cuts
from summarizer.text.time import CALENDAR_NAMES

_MONTHS = frozenset(("Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct",
                     "Nov", "Dec"))
ABBREVIATIONS = _MONTHS | frozenset((
    "Mr", "Mrs", "Ms", "Dr", "St", "Mt", "Ft", "Gen", "Gens", "Lt", "Col", "Maj", "Capt", "Brig",
    "Cpl", "Pvt", "Sgt", "Cmdr", "Adm", "Gov", "Sen", "Sens", "Rep", "Prof", "Rev", "Supt", "Jr",
    "Sr", "No", "vs",
))
"""Words news abbreviates with a full stop inside a sentence: titles before a name, months
before a day, 'No.' before a number. Letter-dot acronyms ('U.S.') and initials are told
by their form, not listed."""
_TIMES = frozenset(("a.m", "p.m", "A.M", "P.M"))
_ZONE = re.compile(r"\s+time\b")
"""A place's time after a time of day: '6 p.m. Moscow time'."""

_ACRONYM = re.compile(r"(?:[A-Za-z]\.)+[A-Za-z]")
"""A letter-dot acronym without its last full stop: 'U.S', 'U.N', 'a.m', 'e.g'."""

_OPENERS = frozenset((
    "The", "A", "An", "He", "She", "It", "They", "We", "I", "You", "His", "Her", "Its",
    "Their", "Our", "This", "That", "These", "Those", "There", "Here", "In", "On", "At", "By",
    "For", "From", "With", "After", "Before", "During", "Since", "Until", "When", "While",
    "Where", "As", "But", "And", "Or", "So", "Yet", "If", "Although", "Though", "Meanwhile",
    "However", "Earlier", "Later", "Then", "Now", "Also", "Still", "Some", "Many", "Most",
    "Several", "Both", "All", "Each", "Another", "According", "Among", "Under", "One", "Two",
    "Three", "Four", "Five", "Six", "Seven", "Eight", "Nine", "Ten",
))
"""Words that open sentences and never follow an abbreviation inside one: after 'U.S.'
or 'Gen.', one of them starts a new sentence ('in the U.S. The next day')."""

_STOP = re.compile(rf"[.!?]+[\"'\u201d\u2019\u00bb)\]]*(?=\s|$)|{LINE_BREAK}")
"""A candidate break: a stop with the closing marks after it, or a newline."""
_NEXT_WORD = re.compile(r"\s*[\"'\u201c\u2018\u201e\u00ab(\[]*([^\s.,;:]*)(\.?)")
"""The next word after a stop, past any opening marks, and whether a full stop follows it
(the 'A' of 'J. A. Smith' is an initial, not the article)."""
_OPENING_MARKS = "\"'\u201c\u2018\u201e\u00ab(["


def _abbreviated(word: str) -> bool:
    """Whether `word`, the text before a full stop back to a space, abbreviates: a listed
    word, a letter-dot acronym ('U.S'), or a capital's initial ('J', not 'X')."""
    return word in ABBREVIATIONS or _ACRONYM.fullmatch(word) is not None or (
        len(word) == 1 and word.isupper() and word != "X")


def _ends(text: str, start: int, end: int) -> bool:
    """Whether the stop text[start:end] ends a sentence (the module's rules)."""
    following = _NEXT_WORD.match(text, end)
    word = following.group(1) if following else ""
    if word[:1].islower():
        return False
    if text[start] != "." or text.startswith("..", start) or not text[end:].strip():
        return True
    before = max(text.rfind(c, 0, start) for c in " \n\t")
    abbreviation = text[before + 1:start].lstrip(_OPENING_MARKS)
    if abbreviation in _MONTHS:
        return not word[:1].isdigit()
    if abbreviation in _TIMES:
        return word[:1].isupper() and word not in CALENDAR_NAMES and not (
            len(word) > 1 and word.isupper()) and not (
            following is not None and _ZONE.match(text, following.end()))
    return not _abbreviated(abbreviation) or (
        word in _OPENERS and following is not None and not following.group(2))


@lru_cache(maxsize=8)
def sentence_breaks(text: str) -> tuple[tuple[int, int], ...]:
    """The (start, end) of each break between two sentences of `text`: a stop with its
    closing marks, or a newline that ends a paragraph. Found once per text and kept for
    the last few: every figure of an article asks for its sentence."""
    return tuple((start, end) for start, end in cuts(_STOP, text)
                 if text[start] == "\n" or _ends(text, start, end))


def sentences(text: str, start: int = 0, end: int | None = None) -> list[tuple[int, int]]:
    """The (start, end) of each sentence of text[start:end] (a paragraph, as a rule), its
    stop and closing marks included, the spaces around it not."""
    end = len(text) if end is None else end
    breaks = sentence_breaks(text)
    spans: list[tuple[int, int]] = []
    begin = start
    for cut, after in breaks[bisect_left(breaks, (start, start)):]:
        if cut >= end:
            break
        spans.append((begin, cut if text[cut] == "\n" else min(after, end)))
        begin = after
    spans.append((begin, end))
    return [(s + len(text[s:e]) - len(text[s:e].lstrip()), e) for s, e in spans
            if not text[s:e].isspace() and s < e]


def next_break(text: str, position: int, end: int | None = None) -> tuple[int, int] | None:
    """The first of `sentence_breaks` that starts in text[position:end], or None."""
    breaks = sentence_breaks(text)
    index = bisect_left(breaks, (position, 0))
    found = breaks[index] if index < len(breaks) else None
    return found if found and found[0] < (len(text) if end is None else end) else None


def last_break(text: str, position: int, start: int = 0) -> tuple[int, int] | None:
    """The last of `sentence_breaks` that ends in text[start:position], or None."""
    breaks = sentence_breaks(text)
    index = bisect_left(breaks, (position, 0))
    while index and breaks[index - 1][1] > position:
        index -= 1
    found = breaks[index - 1] if index else None
    return found if found and found[0] >= start else None
