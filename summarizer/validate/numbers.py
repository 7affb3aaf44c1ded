"""Numbers as news writes them: '1,000', '1000', '1,000-for-1,000', '1.2 million',
'twenty-four', 'a dozen', 'hundreds'.

The validator needs to know whether a fact's number is *stated* in its
evidence, so it reads numbers the way a reader does. Vague quantities
('hundreds', 'dozens') are kept apart: they state that there were many, never
how many, so a precise figure cannot be grounded in them.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_UNITS = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
    "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
    "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60,
    "seventy": 70, "eighty": 80, "ninety": 90,
}
_SCALES = {"hundred": 100, "thousand": 1_000, "million": 1_000_000, "billion": 1_000_000_000}
_SCALE_ABBR = {"k": 1_000, "mn": 1_000_000, "bn": 1_000_000_000}
_VAGUE = frozenset({
    "dozens", "scores", "hundreds", "thousands", "millions", "tens", "several", "many",
    "numerous", "countless",
})
_ONE = frozenset({"a", "an", "single", "lone", "sole"})
"""'a Filipino national', 'a single soldier' state a count of one."""
_NONE = frozenset({"no", "none", "nobody"})

_DIGITS = re.compile(
    r"(?<![\d.,])(\d{1,3}(?:[,\u00a0\u202f]\d{3})+|\d+)(\.\d+)?"
    r"(?:\s*(hundred|thousand|million|billion|bn|mn|k)\b)?",
    re.IGNORECASE,
)
_WORD = re.compile(r"[A-Za-z]+")


@dataclass(frozen=True)
class Mention:
    """One number in a text; `value` is None for a vague quantity like 'hundreds'."""

    value: int | None
    start: int
    end: int
    text: str


def _digit_mentions(text: str) -> list[Mention]:
    found: list[Mention] = []
    for match in _DIGITS.finditer(text):
        whole = re.sub(r"[,\u00a0\u202f]", "", match.group(1))
        scale_word = (match.group(3) or "").lower()
        scale = _SCALES.get(scale_word) or _SCALE_ABBR.get(scale_word, 1)
        number = float(whole + (match.group(2) or ""))
        if scale > 1 and number.is_integer():
            # '14 k' may be a unit, not a scale: keep the bare number too.
            found.append(Mention(int(number), match.start(), match.end(1), match.group(1)))
        value = round(number * scale)
        if number * scale == value:
            found.append(Mention(value, match.start(), match.end(), match.group(0)))
    return found


def _word_mentions(text: str) -> list[Mention]:
    """Spelled-out numbers: a run of number words ('one hundred and twenty', 'twenty-four')."""
    found: list[Mention] = []
    words = list(_WORD.finditer(text))
    index = 0
    while index < len(words):
        word = words[index].group(0).lower()
        if word in _VAGUE:
            found.append(Mention(None, words[index].start(), words[index].end(), word))
            index += 1
            continue
        if word in _NONE:
            found.append(Mention(0, words[index].start(), words[index].end(), word))
            index += 1
            continue
        total, current, end, taken = 0, 0, index, False
        if word in _ONE and index + 1 < len(words):
            following = words[index + 1].group(0).lower()
            if following in _SCALES or following == "dozen":
                current, taken, end = 1, True, index + 1
        while end < len(words):
            token = words[end].group(0).lower()
            if token in _UNITS:
                current += _UNITS[token]
            elif token == "dozen":
                current = max(current, 1) * 12
            elif token in _SCALES and taken:
                if token == "hundred":
                    current = max(current, 1) * 100
                else:
                    total += max(current, 1) * _SCALES[token]
                    current = 0
            elif token == "and" and taken and end + 1 < len(words) \
                    and words[end + 1].group(0).lower() in _UNITS:
                pass
            else:
                break
            taken = True
            end += 1
        if taken and end > index:
            start = words[index].start()
            stop = words[end - 1].end()
            found.append(Mention(total + current, start, stop, text[start:stop]))
            index = end
            continue
        if word in _ONE and _one_of(word, words[index + 1].group(0) if index + 1 < len(words)
                                    else ""):
            found.append(Mention(1, words[index].start(), words[index].end(), word))
        index += 1
    return found


def _one_of(word: str, following: str) -> bool:
    """'a' is a count only before a nationality or name ('a Filipino'), not in 'a swap'."""
    if word not in ("a", "an"):
        return True
    return following[:1].isupper() or following.lower() == "single"


def mentions(text: str) -> list[Mention]:
    """Every number in `text`, in order of position."""
    return sorted(_digit_mentions(text) + _word_mentions(text), key=lambda m: m.start)


def states(text: str, value: int) -> bool:
    """True when `text` states the number `value` (in digits or in words)."""
    return any(m.value == value for m in mentions(text))


def vague_words(text: str) -> list[str]:
    return [m.text for m in mentions(text) if m.value is None]
