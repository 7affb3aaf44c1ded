"""A pattern's opening characters, as a lookahead that lets a search skip where no match starts.

A search tries a pattern at every position of its text. A pattern that opens with a long
alternation of words under IGNORECASE ("killed|dead|died|..."), with a word boundary, or with
a name that may start with a particle ("al-" or a capital) tries every branch at every word,
since `re` finds no literal or character set to skip ahead with; the rules backend searches
each sentence of an article with dozens of them, several times over. `opened` reads from
the parsed pattern every character a match can start with and puts them first as a
lookahead: a search then fails at once where a match cannot start, and tries the branches
only where it can. The matches are the same: the lookahead admits every first character of
every branch, so it never refuses a position where the pattern would match, and it consumes
nothing, so each match keeps its span and groups.
"""

from __future__ import annotations

import re
import re._constants as sre  # type: ignore[import-not-found]
import re._parser as parser  # type: ignore[import-not-found]
from typing import Any

_CATEGORIES = {
    sre.CATEGORY_DIGIT: r"\d", sre.CATEGORY_NOT_DIGIT: r"\D",
    sre.CATEGORY_SPACE: r"\s", sre.CATEGORY_NOT_SPACE: r"\S",
    sre.CATEGORY_WORD: r"\w", sre.CATEGORY_NOT_WORD: r"\W",
}
_ZERO_WIDTH = (sre.AT, sre.ASSERT, sre.ASSERT_NOT)
"""A boundary or a lookaround consumes nothing: the first character is the next item's."""
_REPEATS = (sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT)
_GLOBAL_FLAGS = re.compile(r"(?:\(\?[aiLmsux]+\))*")
"""Inline flags for the whole pattern, which must stay at its start."""


class _Unread(Exception):
    """An item whose first characters this reading does not collect (any character, a
    negated set, a back-reference): the pattern is left as it is."""


Firsts = set[tuple[str, bool]]
"""A character-set item ("a", "a-z", "\\d") and whether it is matched ignoring case."""


def opened(pattern: re.Pattern[str]) -> re.Pattern[str]:
    """`pattern` opening with a lookahead on the characters its matches can start with; the
    pattern itself where a match may be empty or its first characters are not read here."""
    lookahead = _lookahead(pattern)
    if not lookahead:
        return pattern
    head = _GLOBAL_FLAGS.match(pattern.pattern)
    cut = head.end() if head else 0
    return re.compile(f"{pattern.pattern[:cut]}{lookahead}(?:{pattern.pattern[cut:]})",
                      pattern.flags)


def _lookahead(pattern: re.Pattern[str]) -> str:
    parsed = parser.parse(pattern.pattern, pattern.flags)
    flags = parsed.state.flags
    if flags & (sre.SRE_FLAG_LOCALE | sre.SRE_FLAG_VERBOSE):
        return ""
    firsts: Firsts = set()
    try:
        if _sequence(parsed.data, bool(flags & sre.SRE_FLAG_IGNORECASE), firsts):
            return ""
    except _Unread:
        return ""
    chars = "".join(sorted({item for item, _ in firsts}))
    if any(folded for _, folded in firsts) and not flags & sre.SRE_FLAG_IGNORECASE:
        return f"(?=(?i:[{chars}]))"  # a (?i:...) branch's letters in either case
    return f"(?=[{chars}])"


def _sequence(items: list[tuple[Any, Any]], folded: bool, firsts: Firsts) -> bool:
    """Adds the first characters of `items` in turn, while each may match nothing; whether
    all of them may (the sequence may then be empty)."""
    return all(_item(op, value, folded, firsts) for op, value in items)


def _item(op: Any, value: Any, folded: bool, firsts: Firsts) -> bool:
    """Adds the characters the item can start with; whether it may match nothing."""
    if op is sre.LITERAL:
        firsts.add((_escaped(value), folded))
        return False
    if op is sre.IN:
        firsts.update((_set_item(o, v), folded) for o, v in value)
        return False
    if op in _ZERO_WIDTH:
        return True
    if op is sre.SUBPATTERN:
        _, added, removed, items = value
        scoped = (folded or bool(added & sre.SRE_FLAG_IGNORECASE)) and not (
            removed & sre.SRE_FLAG_IGNORECASE)
        return _sequence(items, scoped, firsts)
    if op is sre.ATOMIC_GROUP:
        return _sequence(value, folded, firsts)
    if op is sre.BRANCH:
        return any([_sequence(branch, folded, firsts) for branch in value[1]])  # every branch
    if op in _REPEATS:
        least, most, items = value
        return most == 0 or _sequence(items, folded, firsts) or least == 0
    raise _Unread(op)


def _set_item(op: Any, value: Any) -> str:
    if op is sre.LITERAL:
        return _escaped(value)
    if op is sre.RANGE:
        return f"{_escaped(value[0])}-{_escaped(value[1])}"
    if op is sre.CATEGORY and value in _CATEGORIES:
        return _CATEGORIES[value]
    raise _Unread(op)  # a negated set, a locale's category


def _escaped(code: int) -> str:
    char = chr(code)
    return "\\" + char if char in "\\]^-[" else re.escape(char)
