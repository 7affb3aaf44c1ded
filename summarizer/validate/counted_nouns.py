"""Counted nouns: what an attack count's number counts, read from the words after it.

Support (stated.py) passes a number when the fact's word stands nearer to it than a
rival's. A number that counts something else entirely has a noun of its own right after
it, and that noun is rarely anyone's rival word: 'drone debris damaged at least seven
units of an apartment building', 'flights were diverted at three major airports', 'the
war began two and a half years ago', 'a two-story wing collapsed'. The weapon word is
near, so the number reads as a weapon count; its own noun says it is not one.

- A number joined by a hyphen to the word after it describes that word ('a two-story
  wing', 'a ten-storeyed building'): it counts nothing, unless that word is the fact's
  own ('a 20-drone attack').
- A weapon count's number whose noun, the first plural word among the few after it, is
  no weapon ('seven units', 'three major airports', '36 flight diversions'), or whose
  weapon word names a thing made of the weapon ('a missile fragment', 'two drone
  launchers'). A capitalised word may be a weapon's name ('six S-300s', 'nine Grads')
  and is passed over, as are the words that end a number's noun phrase (a preposition,
  a verb of being: 'shot down 20 over Moscow' has no noun, and passes).
- A weapon count that is some of the weapons the article already counts ('five of the
  missiles struck', 'at least three of the missiles hit the base'); not 'all 45 of the
  drones', which is all of them. Or one wave's, which its clause names by its place among
  the waves ('the first volley included seven missiles', 'the second wave of 11').

Only weapons are read by their noun: weapons are a closed set of words, people hurt are
not (a toll counts 'Palestinians', 'worshippers', 'miners' alike). A toll's number followed
by how badly and nothing else ('12 others injured, two critically') counts some of the hurt.
"""

from __future__ import annotations

import re

from summarizer.text.numbers import Mention
from summarizer.validate import lexicon as lx
from summarizer.validate.scope import Check

_WORDS = 4
"""How many words after a number its noun is looked for in ('45 Shahed-type attack drones')."""
_ENDS = re.compile(rf"{lx.NOT_DESCRIBING}|(?:towards?|afterwards|overnight|more|others?|"
                   r"each|all|both|this|its|his|their|these|those|so|such|than|then|"
                   r"when|where|since|until|about|around|near|after|out|down|up)\b",
                   re.IGNORECASE)
"""Words that end a number's describing words before any noun ('20 over Moscow', '25 more',
'145 towards every part'): what follows is the sentence's next part, not the noun."""
_ARMED = re.compile(f"{lx.ANY_WEAPON.pattern}|{lx.WEAPONS_TOTAL.pattern}"
                    r"|\b(?:rounds?|shots?|warheads?|interceptors?)\b", re.IGNORECASE)
"""Any word a weapon count may be written with, of any kind: a number counting one of these
is some weapon's count, which the rival words weigh."""
_MADE_OF = re.compile(r"[\s-]+(?:fragments?|debris|wreckage|remnants?|parts?|pieces?|"
                      r"launchers?|launch(?:ing)? (?:sites?|pads?)|factor(?:y|ies)|plants?|"
                      r"production|depots?|storage|warehouses?|alerts?|sirens?|units?|"
                      r"operators?|teams?|crews?)\b", re.IGNORECASE)
"""A thing made of or for the weapon the word before names ('a missile fragment', 'two drone
factories', 'three drone operators'): the number counts the thing."""
_PLURAL = re.compile(r"[a-z][a-z'\u2019-]*[a-rt-z]s", re.ASCII)
"""A lower-case plural noun ('units', 'airports'); not 'across', 'bus', 'crisis'."""
_JOINED = re.compile(r"-(?P<word>[A-Za-z]+)")


def joined(own: re.Pattern[str]) -> Check:
    """A number joined by a hyphen to the word after it, which it describes ('a two-story
    wing'); not the fact's own word ('a 20-drone attack' counts drones)."""
    def check(text: str, clause: tuple[int, int], mention: Mention) -> str | None:
        found = _JOINED.match(text, mention.end, clause[1])
        if found is None or own.fullmatch(found.group("word")) or own.match(found.group(0)[1:]):
            return None
        return f'there it describes a thing ("{mention.text}{found.group(0)}"), not a count'
    return check


def _noun(text: str, start: int, end: int) -> tuple[str, bool] | None:
    """The words after a number up to its noun, and whether that noun is a weapon's; None
    where no noun is found before the number's phrase ends."""
    words = text[start:end].split()[:_WORDS]
    for at, word in enumerate(words):
        bare = word.strip(",.;:!?()\"'\u201c\u201d\u2018\u2019")
        if not bare or _ENDS.fullmatch(bare):
            return None
        phrase = " ".join(words[:at + 1]).strip(",.;:!?()\"'\u201d\u2019")
        if _ARMED.search(bare):
            after = text[start:end][len(" ".join(words[:at + 1])) + 1:]
            return phrase, not _MADE_OF.match(" " + after)
        if bare[0].isupper() or any(c.isdigit() for c in bare):
            pass  # a name ('Ukrainian', 'S-300s', 'Grads') may be the weapon's
        elif _PLURAL.fullmatch(bare):
            return phrase, False
        elif bare.endswith("ly"):
            return None  # 'two critically': no noun
        if bare != word:
            return None  # punctuation ends the phrase
    return None


def not_weapons(text: str, clause: tuple[int, int], mention: Mention) -> str | None:
    """A weapon count's number whose own noun is no weapon (module docstring)."""
    found = _noun(text, mention.end, clause[1])
    if found is None or found[1]:
        return None
    return f'there it counts something else ("{mention.text} {found[0]}")'


_NAMED_ONE = re.compile(
    r"(?:\s+(?:[A-Z][\w.'\u2019-]*|\([A-Z][\w.-]*\)))+\s+(?P<noun>[a-z]+)"
    rf"(?=[,;.]|\s+(?:{lx.NOT_DESCRIBING}|said|says|reported|told|wrote|added)\b)")
"""'An AFP correspondent in Gaza', 'a Hamas spokesman said', 'an Agence France-Presse (AFP)
tally of': an 'a' whose noun follows a name, the last word of its phrase."""


def named_one(text: str, clause: tuple[int, int], mention: Mention) -> str | None:
    """A weapon count of one read from an 'a' or 'an' before a name and the noun the name
    describes, which is no weapon ('an AFP correspondent', 'a Hamas spokesman'): the 'a'
    counts that noun. Not a weapon named ('a Shahed'), nor one event ('a Russian missile
    strike', one_among.py's), nor a verb after a name ('an Iskander hit the city'). Read to
the sentence's end: a name in brackets cuts its clause."""
    if mention.text.casefold() not in ("a", "an"):
        return None
    found = _NAMED_ONE.match(text, mention.end, lx.sentence_at(text, mention.start)[1])
    if found is None:
        return None
    noun = found.group("noun")
    if _ARMED.search(noun) or _EVENT_NOUN.fullmatch(noun) \
            or noun.endswith(("ed", "ing")) or _IMPACT_VERB.fullmatch(noun):
        return None
    return f'there it counts something else ("{mention.text}{found.group(0)}")'


_IMPACT_VERB = re.compile(r"hit|hits|struck|fell|falls|landed|crashed|exploded|flew|slammed",
                          re.IGNORECASE)
_EVENT_NOUN = re.compile(lx.EVENT_NOUN + "s?")
"""An event told by its noun ('a Russian missile strike'): `named_one` leaves it to one_among.py."""
_SOME_OF = re.compile(r"\s+of\s+(?:the|these|those)\s+(?:[\w'\u2019-]+\s+){0,2}?"
                      rf"(?:{lx.ANY_WEAPON.pattern})", re.IGNORECASE)
_ALL = re.compile(r"\b(?:all|each|every|both)(?:\s+(?:of\s+)?(?:the\s+)?)?\s*$", re.IGNORECASE)


def some_of(text: str, clause: tuple[int, int], mention: Mention) -> str | None:
    """'Five of the missiles struck': some of the weapons the article counts, not their
    number; not 'all 45 of the drones', nor 'one of its drones', a side's own weapon
    (one_among.one_of)."""
    if _SOME_OF.match(text, mention.end, clause[1]) is None \
            or _ALL.search(text, max(clause[0], mention.start - 12), mention.start):
        return None
    return "there it counts some of the weapons, not how many"


_ONE_WAVE = re.compile(r"\b(?:first|second|third|fourth|fifth|last|final|initial|next|later|"
                       r"latest|earlier)\s+(?:wave|volley|salvo|barrage|round)\b", re.IGNORECASE)


def one_wave(text: str, clause: tuple[int, int], mention: Mention) -> str | None:
    """A weapon count whose clause names one wave of several before it ('the first volley
    included seven missiles'): that wave's weapons, not the attack's."""
    found = _ONE_WAVE.search(text, clause[0], mention.start)
    return None if found is None else (
        f'there it counts one wave\'s weapons ("{found.group(0)}"), not the attack\'s')


_SEVERITY = re.compile(r"\s+(?:of them\s+)?(?:critically|seriously|severely|gravely|badly|"
                       r"lightly|slightly|moderately)\b(?![\s-]+(?:injur|wound|hurt|burn))",
                       re.IGNORECASE)


def severity(text: str, clause: tuple[int, int], mention: Mention) -> str | None:
    """A toll's number followed by how badly, with no casualty word of its own ('12 others
    injured, two critically'): how many of the hurt were hurt so, a part of the toll. Not
    'two critically injured', which may be all the toll."""
    found = _SEVERITY.match(text, mention.end, clause[1])
    return None if found is None else (
        f'there it counts some of the hurt ("{mention.text}{found.group(0)}")')
