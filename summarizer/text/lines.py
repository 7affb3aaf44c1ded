"""Where stored text ends a sentence at a newline, and where the page only wrapped a line.

Pages saved as text sometimes break a line inside a sentence ('... and wounded more
than 700' then 'Monday, in the worst toll ...' on the next line). A reader that cuts
sentences, clauses or paragraphs at every newline cuts that day off its sentence: the
report word before it is lost, and a count loses its day. Every such reader takes its
newline from here, so the extractor and the checks cut the same sentences.
"""

from __future__ import annotations

import re
from functools import lru_cache

LINE_BREAK = r"(?-i:(?<![a-z0-9,])\n|\n(?![ \t]*\w))"
"""A newline that ends a sentence or a paragraph (a regex fragment): one after sentence
punctuation, a capital or a closing mark, or one before a blank line, a mark or the end.
A newline between a small letter, a digit or a comma and the next word only wraps the
line ('more than 700\\nMonday, in the worst toll')."""

_LINE_BREAK = re.compile(LINE_BREAK)
_TITLE = re.compile(r"([^\n.!?]{10,140})\n(?=[ \t]*[A-Z\u201c\"][^\n]{100})")
_RUNS_ON = re.compile(r"(?i)(?:[\d,;:]|\b(?:at|on|in|of|to|by|for|from|with|the|an?|and|or|but|as"
                      r"|than|that|who|which|into|over|after|before|near|across|against|its"
                      r"|their|his|her))$")
"""A line that ends on a small word or a number runs on into the next ("... killed 12
people on" / "Sunday")."""


@lru_cache(maxsize=4)
def _title_end(text: str) -> int:
    """Where the text's title ends, -1 when it has none: a short first line with no sentence
    punctuation before a long line, a paragraph, that opens with a capital or a quotation
    ("Gunmen kill nine Malian traders" / "Gunmen stormed ..."). Saved pages put the headline
    on a line of its own; read on with the lead, its words become the lead's ("Malian
    traders Gunmen stormed": Mali struck). A page that wraps its lines wraps the next one
    short too. Matched once per text and kept for the last few: every wrapped newline of
    every paragraph a reader looks for asks again."""
    title = _TITLE.match(text)
    if title is None or _RUNS_ON.search(title.group(1).rstrip()):
        return -1
    return title.end(1)


def _ends_paragraph(text: str, newline: int) -> bool:
    return _LINE_BREAK.match(text, newline) is not None or newline == _title_end(text)


def paragraphs(text: str) -> list[tuple[int, int]]:
    """The (start, end) of each line of `text` that a newline of LINE_BREAK ends: its
    paragraphs, a wrapped line read on with the line it continues."""
    spans, start = [], 0
    title = _title_end(text)
    if title >= 0:
        spans.append((start, title))
        start = title + 1
    for found in _LINE_BREAK.finditer(text, start):
        spans.append((start, found.start()))
        start = found.end()
    spans.append((start, len(text)))
    return spans


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
