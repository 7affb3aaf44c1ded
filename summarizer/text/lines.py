"""Where stored text ends a sentence at a newline, and where the page only wrapped a line.

Pages saved as text sometimes break a line inside a sentence ('... and wounded more
than 700' then 'Monday, in the worst toll ...' on the next line). A reader that cuts
sentences, clauses or paragraphs at every newline cuts that day off its sentence: the
report word before it is lost, and a count loses its day. Every such reader takes its
newline from here, so the extractor and the checks cut the same sentences.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache

LINE_BREAK = r"\n(?-i:(?<![a-z0-9,]\n)|(?![ \t]*\w))"
"""A newline that ends a sentence or a paragraph (a regex fragment): one after sentence
punctuation, a capital or a closing mark, or one before a blank line, a mark or the end.
A newline between a small letter, a digit or a comma and the next word only wraps the
line ('more than 700\\nMonday, in the worst toll'). A heading's end is a newline after a
small letter too, which no regex can tell from a wrapped line: a break pattern built on
this fragment is read through `cuts` or `next_cut`, which add those ends. The newline
comes first, and what is around it is looked at from after it: a pattern that opens with
a plain character is searched for that character, not tried at every position of the
text (a whole article's paragraphs are cut 15 times faster)."""

_LINE_BREAK = re.compile(LINE_BREAK)
_RUNS_ON = re.compile(r"(?i)(?:[\d,;:]|\b(?:at|on|in|of|to|by|for|from|with|the|an?|and|or|but|as"
                      r"|than|that|who|which|into|over|after|before|near|across|against|its"
                      r"|their|his|her))$")
"""A line that ends on a small word or a number runs on into the next ("... killed 12
people on" / "Sunday")."""


_HEADING = re.compile(r"(?m)^([^\n]*[a-z])\n(?=[ \t]*([A-Z\u201c\"][^\n]*))")
"""A line that ends on a small letter, with no sentence punctuation, before one that opens
with a capital or a quotation: a heading, or a sentence wrapped before a name."""

_UNWRAPPED = 100
"""A line this long is no wrapped line: pages that wrap theirs wrap them shorter, at 72 to
80 characters as a rule."""


@lru_cache(maxsize=4)
def _heading_ends(text: str) -> frozenset[int]:
    """The newlines that end a heading, not a wrapped line (`_HEADING`). A line too long to
    be wrapped was not, and a page that wraps its lines wraps each where the next word would
    not fit: a line before an unwrapped one that its first word fits on was not wrapped
    either. Either is a headline, standfirst or subheading ("Freed hostages" / "The three
    women ..."); read on with the line after, its words become that sentence's ("Malian
    traders Gunmen stormed": Mali struck; a standfirst's toll taken for the lead's). Kept
    for the last few texts: every wrapped newline of every paragraph a reader looks for
    asks again."""
    ends: set[int] = set()
    for heading in _HEADING.finditer(text):
        line, following = heading.group(1).strip(), heading.group(2).rstrip()
        fits = len(line) + len(following.split(maxsplit=1)[0]) < len(following)
        unwrapped = len(line) >= _UNWRAPPED or (fits and len(following) >= _UNWRAPPED)
        if unwrapped and not _RUNS_ON.search(line):
            ends.add(heading.end(1))
    return frozenset(ends)


def _ends_paragraph(text: str, newline: int) -> bool:
    return _LINE_BREAK.match(text, newline) is not None or newline in _heading_ends(text)


def cuts(pattern: re.Pattern[str], text: str) -> list[tuple[int, int]]:
    """The (start, end) of each match of `pattern` (a sentence or clause break built on
    LINE_BREAK) in `text`, and of each newline that ends a heading: a regex cannot tell
    those from a wrapped line, and the checks must cut the sentences the extractor cuts."""
    spans = [match.span() for match in pattern.finditer(text)]
    headings = _heading_ends(text)
    return sorted({*spans, *((n, n + 1) for n in headings)}) if headings else spans


def next_cut(pattern: re.Pattern[str], text: str, position: int,
             end: int | None = None) -> tuple[int, int] | None:
    """The first of `cuts` in text[position:end], or None."""
    end = len(text) if end is None else end
    match = pattern.search(text, position, end)
    newline = min((n for n in _heading_ends(text) if position <= n < end), default=None)
    if newline is not None and (match is None or newline < match.start()):
        return newline, newline + 1
    return match.span() if match else None


def split(pattern: re.Pattern[str], text: str) -> list[tuple[int, int]]:
    """The (start, end) of each stretch of `text` between two of its `cuts`: its sentences,
    clauses or paragraphs, as `pattern` breaks them."""
    return between(cuts(pattern, text), len(text))


def between(breaks: Iterable[tuple[int, int]], length: int) -> list[tuple[int, int]]:
    """The (start, end) of each stretch of a text `length` long between two of `breaks`
    (each a (start, end), in order), the breaks themselves left out."""
    spans, start = [], 0
    for cut, after in breaks:
        spans.append((start, cut))
        start = after
    spans.append((start, length))
    return spans


def paragraphs(text: str) -> list[tuple[int, int]]:
    """The (start, end) of each line of `text` that a newline of LINE_BREAK or a heading's
    ends: its paragraphs, a wrapped line read on with the line it continues."""
    return split(_LINE_BREAK, text)


def line_start(text: str, position: int) -> int:
    """Where the paragraph around `position` starts: after the last newline before it that
    ends a paragraph, not after a newline that only wrapped its sentence."""
    newline = text.rfind("\n", 0, position)
    while newline >= 0 and not _ends_paragraph(text, newline):
        newline = text.rfind("\n", 0, newline)
    return newline + 1


def line_end(text: str, position: int) -> int:
    """Where the paragraph around `position` ends: its first newline from `position` on
    that ends a paragraph, or the end of `text`."""
    newline = text.find("\n", position)
    while newline >= 0 and not _ends_paragraph(text, newline):
        newline = text.find("\n", newline + 1)
    return len(text) if newline < 0 else newline
