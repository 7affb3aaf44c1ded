"""`text.openings.opened` puts a lookahead on a pattern's first characters before it, so a
search skips where no match can start: every match must be the one the pattern finds
without it, span and groups, or the rules backend would read its articles differently."""

from __future__ import annotations

import re

import pytest

from summarizer.text.openings import opened

_TEXT = ("Officials said 12 people were KILLED and forty-one Wounded on Monday; al-Zorin, a "
         "village near Talbir, was shelled. 3,000 drones?  No: two hundred and five, (the "
         "Ministry said) \u2018twenty\u2019 died.\nKharkiv's Zorinsk district, rescuers added.")


def _found(pattern: re.Pattern[str]) -> list[tuple[tuple[int, int], tuple[str | None, ...]]]:
    return [(m.span(), m.groups()) for m in pattern.finditer(_TEXT)]


@pytest.mark.parametrize("source, flags, lookahead", [
    (r"\b(?:killed|wounded|died)\b", re.IGNORECASE, "(?=[dkw])"),
    (r"(?i)\b(?:kill\w*|(?-i:Wound)ed)", 0, "(?=[Wk])"),
    (r"\b(?:(?i:kill)ed|Wound\w*)", 0, "(?=(?i:[Wk]))"),
    (r"(?<![\w,.-])(?:(\d+(?:,\d{3})*)|(?:an?\s+|(?!hundred))(two|forty|hundred))", re.I,
     r"(?=[\dafht])"),
    (r"(?:\bal-)?[A-Z][\w-]*(?:\s+[A-Z][\w-]*)*,\s+an?\s+(village|town)", 0, "(?=[A-Za])"),
    (r"(?:,\s*|;\s*|\s+)(?=said\b)|;\s+", 0, r"(?=[,;\s])"),
    (r"(?m)^(?:[A-Z]\w+)['\u2019]s\s+", 0, "(?=[A-Z])"),
], ids=["words", "scoped-case", "scoped-ignorecase", "number", "apposed", "reply", "line"])
def test_the_lookahead_names_every_first_character(source: str, flags: int,
                                                    lookahead: str) -> None:
    plain = re.compile(source, flags)
    led = opened(plain)
    assert lookahead in led.pattern
    assert _found(led) == _found(plain) != []


def test_an_alternation_at_the_top_is_led_as_a_whole() -> None:
    plain = re.compile(r"died|\d+ (?:people|drones)|rescuers")
    assert opened(plain).pattern == r"(?=[\ddr])(?:died|\d+ (?:people|drones)|rescuers)"
    assert _found(opened(plain)) == _found(plain)


@pytest.mark.parametrize("source", [
    r"\b\w*",                # may match nothing: every position can start a match
    r"[^\s,]+ said",         # a negated set
    r".{3}said",             # any character
])
def test_a_pattern_with_unread_first_characters_is_left_as_it_is(source: str) -> None:
    plain = re.compile(source)
    assert opened(plain) is plain
