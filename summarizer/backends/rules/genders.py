"""Whether an article writes of a person it names as "he" or as "she".

A quotation tagged "he said" or "she said" is read as the last speaker's or the
subject of the last sentence that names someone. Where the article has already
written of that person with the other pronoun ("Maria Koval, 41, lost her flat. Her
neighbour was hurt. "...," he said"), the pronoun stands for someone else, whom the
rules cannot name: the quotation is better left without a speaker than given the
wrong one. Only close, unambiguous evidence counts: a title ("Mr", "Mrs"), a noun that
says what the person is ("spokeswoman", "a 34-year-old man"), or a pronoun right after
the name in the same clause ("Jonas Berg met his counterpart"); a person with evidence
both ways has no known gender.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from summarizer.backends.rules.person_names import TOKEN
from summarizer.backends.rules.saying import SAYING
from summarizer.backends.rules.text import ABBREVIATION_DOT, Unit

HE, SHE = "he", "she"

_PRONOUN = re.compile(r"\b(?:(?P<he>[Hh]e|[Hh]im|[Hh]is|[Hh]imself)"
                      r"|(?P<she>[Ss]he|[Hh]er|[Hh]ers|[Hh]erself))\b")

_NOUN_HE = (r"spokesman|chairman|businessman|congressman|father|husband|son|brother"
            r"|grandfather|uncle|widower|man|boy|king|prince|actor")
_NOUN_SHE = (r"spokeswoman|chairwoman|businesswoman|congresswoman|mother|wife|daughter|sister"
             r"|grandmother|aunt|widow|woman|girl|queen|princess|actress")

_TITLE_BEFORE = re.compile(
    rf"(?:\b(?P<he>Mr|Sir)|\b(?P<she>Mrs|Ms|Miss|Dame|Madam))(?:{ABBREVIATION_DOT}|\.)?\s+$"
    rf"|(?i:\b(?P<he_noun>{_NOUN_HE})|\b(?P<she_noun>{_NOUN_SHE}))\s+$")
"""A title or what a person is, right before the name: "Mr Ahmed", "spokeswoman Maria
Zakharova"."""

_DESCRIBED_AFTER = re.compile(
    r"^,\s+(?:\d{1,3},\s+)?(?:an?|the|his|her)\s+(?:[\w-]+\s+){0,3}?"
    rf"(?:(?P<he>{_NOUN_HE})|(?P<she>{_NOUN_SHE}))\b")
"""What a person is, set off after the name: "Olena Shevchuk, a 52-year-old woman", "Petro
Hnat, the father of two"."""

_CLOSE_WORDS = 8
"""How many words a pronoun may stand after the name and still be taken as the name's: "Maria
Koval, 41, was at home with her grandson"."""

_BETWEEN_BLOCKS = re.compile(r"\b(?:the|a|an|The|A|An)\b|[.;:!?]")
"""Between a name and a pronoun, another noun phrase ("Zelensky thanked the soldier for his
courage") or a new sentence may be what the pronoun stands for."""

_CAPITAL_WORD = re.compile(TOKEN)


def written_as(text: str, narrative: Iterable[Unit],
               named: Iterable[tuple[int, str]]) -> dict[str, str]:
    """The pronoun ("he" or "she") the article's narrative writes of each named person with,
    for the people with evidence one way only. `named` holds where the narrative names each
    person by a word of their name, with that person's name."""
    units = list(narrative)
    evidence: dict[str, set[str]] = {}
    for start, name in named:
        unit = next((u for u in units if u.start <= start < u.end), None)
        token = _CAPITAL_WORD.match(text, start)
        if unit is None or token is None:
            continue
        found = _gender_at(text, unit, start, token.end(), name)
        if found is not None:
            evidence.setdefault(name, set()).add(found)
    return {name: next(iter(found)) for name, found in evidence.items() if len(found) == 1}


def _gender_at(text: str, unit: Unit, start: int, end: int, name: str) -> str | None:
    before = _TITLE_BEFORE.search(text, max(unit.start, start - 20), start)
    if before is not None:
        return HE if before.group("he") or before.group("he_noun") else SHE
    after = _DESCRIBED_AFTER.match(text[end:unit.end])
    if after is not None:
        return HE if after.group("he") else SHE
    pronoun = _PRONOUN.search(text, end, unit.end)
    if pronoun is None:
        return None
    between = text[end:pronoun.start()]
    own = set(name.split())
    if (len(between.split()) > _CLOSE_WORDS or _BETWEEN_BLOCKS.search(between)
            or SAYING.search(between)
            or any(w.group() not in own for w in _CAPITAL_WORD.finditer(between))):
        return None
    return HE if pronoun.group("he") else SHE
