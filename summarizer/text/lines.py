"""Where stored text ends a sentence at a newline, and where the page only wrapped a line.

Pages saved as text sometimes break a line inside a sentence ('... and wounded more
than 700' then 'Monday, in the worst toll ...' on the next line). A reader that cuts
sentences, clauses or paragraphs at every newline cuts that day off its sentence: the
report word before it is lost, and a count loses its day. Every such reader takes its
newline from here, so the extractor and the checks cut the same sentences.
"""

from __future__ import annotations

import re

LINE_BREAK = r"(?-i:(?<![a-z0-9,])\n|\n(?![ \t]*\w))"
"""A newline that ends a sentence or a paragraph (a regex fragment): one after sentence
punctuation, a capital or a closing mark, or one before a blank line, a mark or the end.
A newline between a small letter, a digit or a comma and the next word only wraps the
line ('more than 700\\nMonday, in the worst toll')."""

_LINE_BREAK = re.compile(LINE_BREAK)


def paragraphs(text: str) -> list[tuple[int, int]]:
    """The (start, end) of each line of `text` that a newline of LINE_BREAK ends: its
    paragraphs, a wrapped line read on with the line it continues."""
    spans, start = [], 0
    for found in _LINE_BREAK.finditer(text):
        spans.append((start, found.start()))
        start = found.end()
    spans.append((start, len(text)))
    return spans
