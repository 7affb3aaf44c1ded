"""Missile types: is a missile count filed under the type its own words name?

A missile's type is part of what a weapon count claims: 'missile' means a type the
article does not state, 'cruise missile' and 'ballistic missile' one it does. Support
(support.py) accepts any missile word for any missile count, since an article names
the type once and counts the same missiles again without it ('18 ballistic missiles
... all 18 missiles were launched from the south'). What it cannot tell is a count
whose own noun phrase names one type filed under another: 'an Iskander missile hit
the city' read as one missile of unstated type is the right number under the wrong
fact, and the summary would show a missile where the article shows a ballistic one.

So the check reads only the words between the number and its 'missile(s)' ('a
Russian Iskander missile', '18 ballistic missiles'): a phrase naming exactly one
type must be the fact's type; naming both ('40 cruise and ballistic missiles') it
is a count of mixed type, which 'missile' rightly holds. A count that any of its
mentions states as its own type, or without a type, is supported.

An article also names the type once and then tells the same missile without it ('attacked
the city with ballistic missiles. As a result of a missile hitting a residential area,
...'; next paragraph: 'hit ... with a ballistic missile'). A count of unstated type whose
paragraph, or one beside it, writes its number with exactly one type is that type's
count: only where every missile count there is that number and no other type is named
there ('two missiles: a cruise missile was downed, a missile hit a school' is left alone),
and only from the words beside the evidence: its own are weighed as above.

A warning of the support kind, re-askable: the number is right, its type is not the
article's.
"""

from __future__ import annotations

import re

from summarizer.facts import Fact
from summarizer.models import Attack, Finding, FindingCode, Severity
from summarizer.text.numbers import mentions
from summarizer.validate import lexicon as lx
from summarizer.validate._common import Context

_NOUN_PHRASE = re.compile(r"((?:\s+[\w'\u2019./-]+){0,4}?)\s+missiles?\b", re.IGNORECASE)
"""The words between a number and its 'missile(s)', at most four, no punctuation."""


def check_missile_types(ctx: Context) -> list[Finding]:
    """A warning for every missile count whose noun phrase names another type."""
    findings: list[Finding] = []
    for fact in ctx.facts:
        if not isinstance(fact.item, Attack) or fact.key.kind != "weapon" \
                or "missile" not in str(fact.key.weapon) or not isinstance(fact.value, int) \
                or (located := ctx.located(fact.evidence)) is None:
            continue
        named, where = _named_type(located, fact), "the evidence"
        if named is None and fact.key.weapon == "missile" and fact.evidence is not None \
                and fact.evidence.span is not None:
            named, where = _typed_nearby(_beside(ctx, fact.evidence.span), fact.value), \
                "the article beside its evidence"
        if named is not None:
            kind, words = named
            findings.append(ctx.finding(
                FindingCode.missile_type_differs, Severity.warning,
                f"{fact.key.words}: {where} says that {fact.value} is a number of "
                f'{kind}s ("{words.strip()} missile"), not of {_plural(str(fact.key.weapon))}.',
                [fact], reaskable=True,
                instruction="Give the fragment that states it, or correct the weapon type."))
    return findings


def _named_type(text: str, fact: Fact) -> tuple[str, str] | None:
    """The other type and its words, when every mention of the number that has a missile
    noun names that type; None when one states the fact's own type, or none."""
    other = None
    for mention in mentions(text):
        phrase = _NOUN_PHRASE.match(text, mention.end)
        if mention.value != fact.value or phrase is None:
            continue
        words = phrase.group(1)
        named = [kind for kind, pattern in lx.MISSILE_TYPE_WORDS.items() if pattern.search(words)]
        if len(named) != 1 or named[0] == fact.key.weapon:
            return None
        other = other or (named[0], words)
    return other


def _beside(ctx: Context, span: tuple[int, int]) -> str:
    """The paragraph of `span` and the ones on either side, without `span` itself: what
    the evidence writes is `_named_type`'s to weigh ('Of the 12 Kalibr missiles, 12
    missiles were downed' may file the count either way)."""
    start, end = ctx.around(span)
    text = ctx.article.text
    return f"{text[start:span[0]]}\n{text[span[1]:end]}"


def _typed_nearby(text: str, value: int) -> tuple[str, str] | None:
    """The one type `text` names and writes `value` with, when every missile count in it is
    `value` and it names no other type; else None."""
    types = {kind for kind, pattern in lx.MISSILE_TYPE_WORDS.items() if pattern.search(text)}
    if len(types) != 1:
        return None
    typed = None
    for mention in mentions(text):
        phrase = _NOUN_PHRASE.match(text, mention.end)
        if phrase is None:
            continue
        if mention.value != value:
            return None
        if typed is None and any(p.search(phrase.group(1))
                                 for p in lx.MISSILE_TYPE_WORDS.values()):
            typed = (next(iter(types)), phrase.group(1))
    return typed


def _plural(weapon: str) -> str:
    return "missiles of unstated type" if weapon == "missile" else f"{weapon}s"
