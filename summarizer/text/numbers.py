"""Numbers as news writes them: '1,000', '1000', '1,000-for-1,000', '1.2 million',
'twenty-four', 'a dozen', 'hundreds'.

The validator needs to know whether a fact's number is *stated* in its
evidence, and the rules backend which numbers count a noun, so both read
numbers the way a reader does, with one reader of number words. Vague
quantities ('hundreds', 'dozens') are kept apart: they state that there were
many, never how many, so a precise figure cannot be grounded in them.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from summarizer.models import Qualifier
from summarizer.text.memo import short_texts
from summarizer.text.openings import opened

UNITS = {w: i for i, w in enumerate((
    "zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
    "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen",
    "nineteen",
))}
TENS = {w: 10 * i for i, w in enumerate(
    ("twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"), start=2)}
SCALES = {"hundred": 100, "thousand": 1_000, "million": 1_000_000, "billion": 1_000_000_000}
_SCALE_ABBR = {"k": 1_000, "mn": 1_000_000, "bn": 1_000_000_000}
_VAGUE = frozenset({
    "dozens", "scores", "hundreds", "thousands", "millions", "tens", "several", "many",
    "numerous", "countless",
})
VAGUE_COUNT = "(?:" + "|".join(sorted(_VAGUE)) + ")"
"""The vague quantities as a pattern, for readers that take one for a count beside other words
("struck dozens of villages", "killed scores of militants")."""
_ONE = frozenset({"a", "an", "single", "lone", "sole"})
"""'a Filipino national', 'a single soldier' state a count of one."""
_NONE = frozenset({"no", "none", "nobody"})

_DIGITS = re.compile(
    r"(?<![\d.,])(\d{1,3}(?:[,\u00a0\u202f]\d{3})+|\d+)(\.\d+)?"
    r"(?:\s*(hundred|thousand|million|billion|bn|mn|k)\b)?",
    re.IGNORECASE,
)
_WORD = re.compile(r"[A-Za-z]+")
_NUMBER_WORDS = "|".join(sorted([*UNITS, *TENS, "hundred", "thousand", "million", "dozen"],
                                key=len, reverse=True))
_SCALE_WORD = r"(?:dozen|hundred|thousand|million)\b"
NUMBER = opened(re.compile(
    r"(?<![\w,.$£€-])(?:(?P<digits>\d{1,3}(?:,\d{3})+|\d+)(?:\s+(?P<scale>million|thousand)\b)?"
    rf"|(?P<words>(?:an?\s+(?={_SCALE_WORD})|(?!{_SCALE_WORD}))(?:{_NUMBER_WORDS})"
    rf"(?:(?:\s+and\s+|[\s-])(?:{_NUMBER_WORDS}))*))(?![\w,]\d|\w)",
    re.IGNORECASE,
))
"""A number that may count something: digits ("1,000", "3 million") or a run of number
words ("two hundred and fifty", "a dozen"); never part of a word, a money amount or a
decimal, nor a scale word with no number before it ("a few dozen", "several hundred": no
count)."""


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
        scale = SCALES.get(scale_word) or _SCALE_ABBR.get(scale_word, 1)
        number = float(whole + (match.group(2) or ""))
        if scale > 1 and number.is_integer():
            # '14 k' may be a unit, not a scale: keep the bare number too.
            found.append(Mention(int(number), match.start(), match.end(1), match.group(1)))
        value = round(number * scale)
        if number * scale == value:
            found.append(Mention(value, match.start(), match.end(), match.group(0)))
    return found


def words_value(tokens: Iterable[str]) -> int | None:
    """The value of a run of lowercase number words, ["two", "hundred", "and", "fifty"] or
    ["a", "dozen"]; None for a run no one writes as one number ("one and one", "two
    three")."""
    total = current = 0
    previous = "start"
    for token in tokens:
        if token in ("a", "an", "and"):
            continue
        if token in TENS:
            if previous in ("tens", "small", "teen"):
                return None
            current, previous = current + TENS[token], "tens"
        elif token in UNITS:
            value = UNITS[token]
            if previous in ("small", "teen") or (previous == "tens" and value >= 10):
                return None
            current, previous = current + value, "teen" if value >= 10 else "small"
        elif token == "dozen":
            current, previous = max(current, 1) * 12, "teen"
        elif token == "hundred":
            current, previous = max(current, 1) * 100, "scale"
        elif token in SCALES:
            total, current, previous = total + max(current, 1) * SCALES[token], 0, "scale"
        else:
            return None
    return total + current


def number_value(found: re.Match[str]) -> int | None:
    """The value of a `NUMBER` match."""
    if found.group("digits"):
        value = int(found.group("digits").replace(",", ""))
        scale = found.group("scale")
        return value * SCALES[scale.lower()] if scale else value
    return words_value(re.split(r"[\s-]+", found.group("words").lower()))


def _in_run(token: str, taken: bool, following: str) -> bool:
    """Whether `token` continues a run of number words; a scale or 'and' needs a number
    before it ('thousands', 'hundred' and the 'dozen' of 'a few dozen' alone are not figures)."""
    if token in UNITS or token in TENS:
        return True
    if token in SCALES or token == "dozen":
        return taken
    return token == "and" and taken and (following in UNITS or following in TENS)


def _word_mentions(text: str) -> list[Mention]:
    """Spelled-out numbers: a run of number words ('one hundred and twenty', 'twenty-four')."""
    found: list[Mention] = []
    words = list(_WORD.finditer(text))
    lowered = [w.group(0).lower() for w in words] + [""]
    index = 0
    while index < len(words):
        word = lowered[index]
        if word in _VAGUE or word in _NONE:
            value = None if word in _VAGUE else 0
            found.append(Mention(value, words[index].start(), words[index].end(), word))
            index += 1
            continue
        first = index + 1 if word in _ONE and (lowered[index + 1] in SCALES
                                               or lowered[index + 1] == "dozen") else index
        end = first
        while end < len(words) and _in_run(lowered[end], end > index, lowered[end + 1]):
            end += 1
        value = None
        while end > first and (value := words_value(lowered[first:end])) is None:
            end -= 1  # "four and six" is two numbers: read the longest one that is a number
        while end > first and lowered[end - 1] == "and":
            end -= 1
        if value is not None and end > first:
            start, stop = words[index].start(), words[end - 1].end()
            found.append(Mention(value, start, stop, text[start:stop]))
            index = end
            continue
        at = words[index].start()
        following = words[index + 1].group(0) if index + 1 < len(words) else ""
        one = word in _ONE and (_one_of(word, following) or ONE_WEAPON.match(text, at))
        if one or (word in ("a", "an", "the") and ONE_EXPLOSIVE.match(text, at)):
            found.append(Mention(1, words[index].start(), words[index].end(), word))
        elif TWIN_BLASTS.match(text, at):
            found.append(Mention(2, words[index].start(), words[index].end(), word))
        index += 1
    return found


ONE_WEAPON = re.compile(
    r"(?i)\b(?:an?|single|lone)\s+((?:(?!of\b)[\w-]+\s+){0,3}?)(drone|UAV|Shahed|missile|rocket)"
    r"\b(?![\s-]+(?:(?:air\s*)?strikes?|attacks?|barrages?|salvos?|launchers?|systems?"
    r"|defen[cs]es?|fragments?|debris|alerts?|sirens?|threats?|programs?|programmes?|sites?"
    r"|bases?|units?|operators?|warnings?|fire|campaigns?|war|parts?|components?|swarms?|raids?)\b)")
"""One weapon named in the singular ("a ballistic missile struck", "a drone hit the
mosque"), not a kind of attack ("a drone strike", "a missile attack")."""


ONE_EXPLOSIVE = re.compile(
    r"(?i)\b(?:an?|the)\s+(?:(?:suspected|lone)\s+)?(?:(?:suicide\s+(?:car\s+|truck\s+)?)?bomber"
    r"|(?:car|truck|roadside|suicide)\s+bomb|suicide\s+(?:car\s+)?bombing"
    r"|(?:(?!(?:first|second|third|fourth|fifth|last|final|another|other|further)\b)[a-z-]+\s+)?"
    r"bomb(?=,?\s+(?:(?:that|which)\s+)?"
    r"(?:exploded|went\s+off|blast|ripped))|(?:improvised\s+)?explosive\s+device)"
    r"(?![\w-])")
"""One bomb told in the singular: "a suicide bomber detonated", "a car bomb", "a bomb exploded",
"a deadly bomb that exploded"; not "a second bomb", one more of several, nor "the first bomb
blast", which an ordinal tells is one of several too.
The gold format counts it as one explosive, so the number readers that ground it see a 1
there, as they do for ONE_WEAPON."""

TWIN_BLASTS = re.compile(
    r"(?i)\btwin\s+(?=(?:[\w-]+\s+){0,2}?(?:blasts|explosions|bombings|bombs)\b)")
"""Two bombs told as a pair ("twin bombings", "twin suicide car bombs"): a count of two, which
the rules backend reads and grounding finds, like "two blasts"."""


def _one_of(word: str, following: str) -> bool:
    """'a' is a count only before a nationality or name ('a Filipino'), not in 'a swap'."""
    if word not in ("a", "an"):
        return True
    return following[:1].isupper() or following.lower() == "single"


def mentions(text: str) -> list[Mention]:
    """Every number in `text`, in order of position."""
    return list(_mentions(text))


@short_texts
def _mentions(text: str) -> tuple[Mention, ...]:
    """Read once per evidence span: grounding and each support check of its facts ask."""
    return tuple(sorted(_digit_mentions(text) + _word_mentions(text), key=lambda m: m.start))


def states(text: str, value: int) -> bool:
    """True when `text` states the number `value` (in digits or in words)."""
    return any(m.value == value for m in mentions(text))


def vague_words(text: str) -> list[str]:
    return [m.text for m in mentions(text) if m.value is None]


_QUALIFIERS: tuple[tuple[str, Qualifier], ...] = (
    (r"a\s?t\s+least|(?:no|not)\s+(?:fewer|less)\s+than|a\s+minimum\s+of", "at least"),
    (r"up\s+to|as\s+many\s+as|(?:no|not)\s+more\s+than|at\s+most", "up to"),
    (r"more\s+than|over|in\s+excess\s+of|upwards\s+of", "more than"),
    (r"about|around|some|roughly|approximately|an\s+estimated", "about"),
    (r"nearly|almost|close\s+to", "nearly"),
    (r"fewer\s+than|less\s+than|under", "fewer than"),
)
"""The words of each qualifier. A bound a negation turns round ("not less than 14", the way
translated copy writes at least 14) comes before the bound it negates, so that it is read
whole."""

QUALIFIER_WORDS = "|".join(f"(?:{words})" for words, _ in _QUALIFIERS)
"""Any qualifier, for a pattern that reads a number together with it ("killed at least 12")."""

_QUALIFIER_BEFORE = re.compile(r"(?i)(?<![\w-])(?:" + "|".join(
    f"(?P<q{i}>{words})" for i, (words, _) in enumerate(_QUALIFIERS)) + r")\s+$")
_HANDED = re.compile(r"(?i)\b(?:hand(?:s|ed|ing)?|turn(?:s|ed|ing)?)\s+over\s+$")


def qualifier_before(text: str, start: int) -> Qualifier | None:
    """The qualifier a number at `start` is written with ("at least 12", "over 200",
    "some 45"), in the gold format's words; None for a plain number, and for "handed over
    31", where "over" is part of the verb. Stored copies of pages split a word now and then
    ("a t least 210"): the qualifier is still read."""
    window = text[max(0, start - 24):start]
    found = _QUALIFIER_BEFORE.search(window)
    if found is None or _HANDED.search(window):
        return None
    return next(q for i, (_, q) in enumerate(_QUALIFIERS) if found.group(f"q{i}"))
