"""Word patterns open with a lookahead on their words' first letters (lexicon.words, the
attack words of a day's sentence, validate.event_days.ATTACK, and text.time.TIME), so a
search skips every other word quickly: it must name the first letter of every word the
pattern can match, or a word would go unseen. ATTACK's is read from the lookaheads of the
word patterns it joins; parsing it here finds a branch that opens without one."""

from __future__ import annotations

import re
import re._constants as sre
import re._parser as parser

from summarizer.text.time import TIME
from summarizer.validate.event_days import ATTACK
from summarizer.validate.lexicon import words

_LOOKAHEAD = re.compile(r"\\b\(\?=\[([a-z]+)\]\)\(\?:")


def _initials(items: list[tuple[object, object]]) -> set[str]:
    """The first letters the parsed `items` can match, through groups and alternatives."""
    for op, value in items:
        if op in (sre.AT, sre.ASSERT):  # a word boundary, lexicon.words' own lookahead
            continue
        if op is sre.SUBPATTERN:
            return _initials(value[3])
        if op is sre.BRANCH:
            return set().union(*(_initials(branch) for branch in value[1]))
        assert op is sre.LITERAL, (op, value)
        return {chr(value).lower()}
    raise AssertionError("a branch that matches nothing")


def test_the_lookahead_names_the_first_letter_of_every_attack_word() -> None:
    opened = _LOOKAHEAD.match(ATTACK.pattern)
    assert opened is not None
    words = parser.parse(ATTACK.pattern[opened.end():-1], ATTACK.flags)
    assert "".join(sorted(_initials(list(words)))) == opened.group(1)


def test_attack_words_are_found_as_before() -> None:
    text = ("Sirens wailed before a Drone hit the depot; KAB glide bombs and shelling "
            "followed, and the lorry was searched. Officials said 3 people were wounded.")
    found = [m.group(0) for m in ATTACK.finditer(text)]
    assert found == ["Sirens", "Drone", "hit", "KAB", "glide", "bombs", "shelling", "lorry"]


def test_words_look_ahead_for_the_first_letter_of_each_stem() -> None:
    toll = words("kill", "dead$", "Wound")
    assert toll.pattern.startswith(r"\b(?=[Wdk])(?:")
    found = [m.group(0) for m in toll.finditer("KILLED, dead and wounded; a deadly Wound")]
    assert found == ["KILLED", "dead", "wounded", "Wound"]


def test_a_stem_that_starts_with_no_letter_keeps_the_plain_pattern() -> None:
    made = words("-made", "built")
    assert made.pattern.startswith(r"\b(?:")
    assert made.search("Iran-made drones").group(0) == "-made"


def test_time_expressions_are_found_as_without_the_lookahead() -> None:
    opening = r"\b(?=[\dADEFJLMNOSTWYelnoty])(?:"
    assert TIME.pattern.startswith(opening)
    plain = re.compile(TIME.pattern[len(opening):-1], TIME.flags)
    text = ("On Monday, and last Friday night (Saturday [May 3]), next Tuesday, early "
            "Wednesday, Late Thursday, Sunday, January 5, Feb. 3, 2024, on Oct 7, 12th "
            "June 2024, 5 Sept, \u0663 May, earlier today, Later today, TODAY, USA Today, "
            "yesterday, Overnight, tonight, Last night, this morning, THIS AFTERNOON and "
            "tomorrow, but not Mayday, Junes or 123 Mays.")
    found = [m.span() for m in TIME.finditer(text)]
    assert len(found) == 22  # "Sunday, January 5" is one; "USA Today" none
    assert found == [m.span() for m in plain.finditer(text)]
