"""Where quotations open and close, in every quotation style outlets print.

English copy quotes in curly or straight double marks, British copy often in
curly or straight single ones, translated and European copy in guillemets
(\u00ab...\u00bb) or German low-high marks (\u201e...\u201c). A single mark is
also an apostrophe ("Russia's", "the soldiers' families"), so it closes a
quotation only where an apostrophe cannot stand, or where no other mark can.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from summarizer.text.lines import LINE_BREAK

_MARK = re.compile(r"[\u201c\u201d\u201e\u00ab\u00bb\"\u2018\u2019'\n]")
_LINE_BREAK = re.compile(LINE_BREAK)
_PARAGRAPH_END = re.compile(r"[.!?\u2026][\s\u2018\u2019']*$")
_OPENERS = " \t\n([{—\u2013-/\u00a0"
_SINGLE_OPEN = "\u2018'"
_SINGLE_CLOSE = "\u2019'"
_STOP_BEFORE = ".,;:!?\u2026"
_STOP_AFTER = ".,;:!?)\u2026\u2013\u2014-\n"
_LOW = "\u201e"
_OWN_CLOSE = {"\u201d": "\u201c\u201e\"", "\u00bb": "\u00ab", "\u201c": _LOW, "\u00ab": "\u00bb"}
"""The opening marks a closing mark ends: "„" closes with "“" in German copy, where
"“" opens in English copy; German and Danish copy quote \u00bb...\u00ab, French copy
\u00ab...\u00bb."""


@dataclass(frozen=True)
class Quote:
    """An outermost quotation: `start` and `end` index its opening and closing marks. A
    quotation carried over a paragraph break has the line break as its mark there, and
    `continues` marks the part of it that opens its paragraph without a mark."""

    start: int
    end: int
    continues: bool = False


class _Scan:
    """The marks open so far in a paragraph, innermost last. `weak` is where the innermost
    single quotation could close ("the soldiers' families"): it closes there only when
    another quotation opens, or its paragraph ends, before a mark that surely closes it."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.quotes: list[Quote] = []
        self.stack: list[tuple[int, str]] = []
        self.weak: int | None = None
        self.line_start = 0
        self.carried = ""
        """The opening mark of the quotation the last paragraph carried over, if any."""

    def close(self, at: int) -> None:
        start = self.stack.pop()[0]
        self.weak = None
        if not self.stack:
            self.quotes.append(Quote(start, at))

    def settle(self) -> None:
        """Close the innermost single quotation where it could close, if it could."""
        if self.weak is not None and self.stack and self.stack[-1][1] in _SINGLE_OPEN:
            self.close(self.weak)

    def paragraph_end(self, at: int) -> None:
        self.settle()
        stack, text = self.stack, self.text
        opener = stack[0] if stack else None
        opens_paragraph = opener is not None and not text[self.line_start:opener[0]].strip()
        if opener and (opener[1] not in _SINGLE_OPEN or opens_paragraph) \
                and _PARAGRAPH_END.search(text, self.line_start, at):
            self.quotes.append(Quote(opener[0], at))
            self.carried = opener[1]
        elif text[self.line_start:at].strip():
            self.carried = ""
        stack.clear()
        self.weak = None
        self.line_start = at + 1

    def mark(self, at: int, mark: str) -> None:
        text = self.text
        before = text[at - 1] if at else " "
        after = text[at + 1] if at + 1 < len(text) else "\n"
        stopped = before in _STOP_BEFORE or after in _STOP_AFTER
        if mark in _SINGLE_CLOSE and not before.isspace() and not after.isalnum():
            if self.stack and self.stack[-1][1] in _SINGLE_OPEN:
                if stopped:
                    self.close(at)
                elif self.weak is None:
                    self.weak = at
                return
            if not self.stack and self.carried in _SINGLE_OPEN and self.carried and stopped:
                self.quotes.append(Quote(self.line_start - 1, at, continues=True))
                self.carried = ""
                return
        starts_word = before in _OPENERS and not after.isspace()
        turned = mark == "\u201c" and self._turned(before, after)
        opening = mark == "\u201e" or (mark == "\u201c" and not self._top_is(_LOW)
                                       and not turned) or (
            mark == "\u00ab" and not self._top_is("\u00bb")) or (
            mark == "\u00bb" and starts_word and not self._top_is("\u00ab")) or (
            mark in "\"\u2018'" and starts_word)
        if mark in _SINGLE_CLOSE and not opening:
            return
        closing = mark in "\u201d\u00bb\u201c\u00ab" or (mark == '"' and not before.isspace())
        if opening:
            self.settle()
            self.stack.append((at, mark))
        elif closing:
            self.settle()
            while self.stack and self.stack[-1][1] in _SINGLE_OPEN:
                self.stack.pop()
            own = _OWN_CLOSE.get(mark, self.stack[-1][1] if self.stack else "")
            if self.stack and self.stack[-1][1] in (own + mark if turned else own):
                self.close(at)
            elif not self.stack and self.carried and self.carried not in _SINGLE_OPEN:
                self.quotes.append(Quote(self.line_start - 1, at, continues=True))
        self.carried = ""

    def _turned(self, before: str, after: str) -> bool:
        """An opening mark printed where the quotation closes ("..., and vendors,\u201c he
        said"): after a word or its stop and before a space, while a quotation it opens is
        open, or carried over from the paragraph before."""
        return not before.isspace() and before not in _OPENERS and (
            after.isspace() or after in _STOP_AFTER) and (
            self._top_is("\u201c") or (not self.stack and self.carried == "\u201c"))

    def _top_is(self, marks: str) -> bool:
        return bool(self.stack) and self.stack[-1][1] in marks


def _wraps(text: str, newline: int) -> bool:
    """A newline that only wraps a line in a sentence (`LINE_BREAK`), before a small letter
    ("want to end the" / "militarised Intifada"); before a capital it may as well open a
    paragraph after a quotation left open, so the quotation stops there."""
    return not _LINE_BREAK.match(text, newline) and text[newline + 1:newline + 2].islower()


def find_quotes(text: str) -> list[Quote]:
    """Outermost quotations. Straight marks open after a space and close before one, which
    keeps `Iranian "Shaheds,"` nested inside the quote around it; a single closing mark after
    a letter and before a space ("the soldiers' families") closes only when nothing closes
    its quotation later in the sentence ("called them 'terrorists' and said"), and one before
    a letter ("Hamas\u2019s") is an apostrophe. A quotation still open at a paragraph's end
    runs to that end when the paragraph ends a sentence (the convention for a quotation over
    several paragraphs; a single mark carries over only from the paragraph's start), and the
    next paragraph, up to a closing mark with no opening one, goes on with it; one that stops
    mid-sentence is dropped: attributing it would be a guess. A newline that only wraps a
    line ends no paragraph: the quotation goes on over it."""
    scan = _Scan(text)
    for found in _MARK.finditer(text):
        if found.group() == "\n":
            if not _wraps(text, found.start()):
                scan.paragraph_end(found.start())
        else:
            scan.mark(found.start(), found.group())
    scan.paragraph_end(len(text))
    return scan.quotes
