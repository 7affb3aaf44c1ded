"""The attack words of a day's sentence (validate.event_days.ATTACK) open with a lookahead
on their first letters, so a search skips every other word quickly: it must name the first
letter of every word the pattern can match, or an attack word would go unseen."""

from __future__ import annotations

import re
import re._constants as sre
import re._parser as parser

from summarizer.validate.event_days import ATTACK

_LOOKAHEAD = re.compile(r"\\b\(\?=\[([a-z]+)\]\)\(\?:")


def _initials(items: list[tuple[object, object]]) -> set[str]:
    """The first letters the parsed `items` can match, through groups and alternatives."""
    for op, value in items:
        if op is sre.AT:
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
