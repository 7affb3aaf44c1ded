"""Sides: who a side is in a clause's words, one reading for every check that weighs one.

A check that asks whose a number is (scope's releases, shares, holders, agents, weapon
owners, whose toll) reads the words near the number for a side's name. They all fold
those words alike (`fold`), find the sides the package knows by several names alike
(`known_sides`), test a side's spellings alike (`names_any`) and tell the other sides
from it alike (`rivals`), so that a side one check sees is one every check sees. Who a
side's people are differs by what is asked, and each reading is named here once:

- `people_forms`: a side and the people it holds or gets back ('Hamas' frees
  'Palestinians'), for releases;
- `named_forms` and `named_sides`: a side and what news calls its forces or agents
  ('Taliban' is 'Afghan', name_words.DEMONYMS), for whose toll;
- `FIGHTERS` and `PERPETRATORS`: the attacker's own losses; `COMBATANTS`: fighters of a
  side whose toll is not the people they attacked (elsewhere.py).

These are kept apart on purpose: merging them moves figures (a release's 'Palestinian'
is not a toll's 'Palestinian militant', and a regular army's 'soldiers' are no 'militants').
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from functools import lru_cache

from summarizer.text.entities import EntityKind, name_key
from summarizer.text.memo import short_texts
from summarizer.text.name_forms import name_forms
from summarizer.validate.lexicon import words
from summarizer.validate.name_words import DEMONYMS


def fold(text: str) -> str:
    """Words as every side check reads them: lower case, singular, punctuation as spaces
    ('al-Shabab's' is 'al shabab s')."""
    return name_key(_spaced(text))


_NOT_WORD = {c: " " for c in range(128) if not (chr(c).isalnum() or chr(c) == "_")}
_NON_ASCII = re.compile(r"[^\x00-\x7f]")


def _spaced(text: str) -> str:
    """`text` with a space for every character that is no word character (re's `\\W`):
    support folds each whole article, and str methods do it in a quarter of a regex's time
    (`name_key` splits the words, so a run of spaces is one). A word character outside
    ASCII ('é') leaves str.translate slow, so such a text is left to the regex."""
    for char in set(_NON_ASCII.findall(text)):
        if not (char.isalnum() or char == "_"):
            text = text.replace(char, " ")
    return text.translate(_NOT_WORD) if text.isascii() else re.sub(r"\W+", " ", text)


def spellings(side: str) -> frozenset[str]:
    """A side's spellings, as a text may write it ('Kyiv', 'Ukrainian' for Ukraine)."""
    return name_forms(EntityKind.party, side)


def attacked_forms(target: str) -> frozenset[str]:
    """What names an attack's target as the side attacked: its spellings as a party and
    as a place, since a target is as often a city as a country."""
    return spellings(target) | name_forms(EntityKind.place, target)


def rivals(side: str, every: Iterable[str],
           forms: Callable[[str], frozenset[str]] = spellings) -> dict[str, frozenset[str]]:
    """The other sides of `every` than `side`, each with its `forms` that are not also
    `side`'s: what names the other side's people or releaser and not this one's."""
    own = forms(side)
    return {o: forms(o) - own for o in every if name_key(o) != name_key(side)}


def known_sides(text: str) -> list[frozenset[str]]:
    """The known parties `text` names, each as the set of its spellings: only a side the
    package knows by several names, so an outlet's own word ('the paramilitaries') is
    not taken for one."""
    tokens = fold(text).split()
    found: list[frozenset[str]] = []
    for size in (3, 2, 1):
        for i in range(len(tokens) - size + 1):
            forms = spellings(" ".join(tokens[i:i + size]))
            if len(forms) > 1 and not any(forms & f for f in found) \
                    and (size > 1 or _as_name(tokens[i], text)):
                found.append(forms)
    return found


def _as_name(token: str, text: str) -> bool:
    """Whether a one-word side is written as a name: a short one must be in capitals
    ('IS', 'US'), since folded it is also an everyday word ('it is', 'told us')."""
    return (len(token) > 3 or " " in token
            or re.search(rf"\b{re.escape(token.upper())}\b", text) is not None)


def names_any(text: str, forms: Iterable[str]) -> bool:
    """Whether `text` names one of `forms` (folded spellings) as whole words: the one
    test of a side named in a few words, so every check that weighs a side folds alike."""
    plain = _plain(text)
    return any(f" {form} " in plain and _as_name(form, text) for form in forms if form)


@short_texts
def _plain(text: str) -> str:
    """A few words after a number, folded once: the releases of a stage and the sides
    each check weighs read the same people ('120 civilians') again and again."""
    return f" {fold(text)} "


_WORD = re.compile(r"[\w'\u2019-]+")


def people_words(text: str, start: int, end: int, *, most: int,
                 stop: frozenset[str]) -> str:
    """The words from `start` that name who a number there counts ('210 Palestinian
    civilians', 'five members of al-Shabab'): at most `most`, up to the first of `stop`
    (folded), before `end`. Each check says where its people end: a release's at 'of'
    ('55 prisoners of war'), a toll's after the side its 'of' names."""
    kept: list[str] = []
    for word in _WORD.findall(text, start, end)[:most]:
        if word.casefold() in stop:
            break
        kept.append(word)
    return " ".join(kept)


MAKER = re.compile(r"\b[\w'\u2019]+-(?:made|built|designed|supplied|produced)\b",
                   re.IGNORECASE)
"""Who made a weapon ('Iranian-made Shahed drones'): no side that owns, fired or shot it
down. Removed before a clause's words are read for a side."""

PEOPLE_OF: dict[str, tuple[str, ...]] = {
    "hamas": ("palestinian",), "palestinian islamic jihad": ("palestinian",),
    "houthis": ("yemeni",), "taliban": ("afghan",), "hezbollah": ("lebanese",),
}
"""The people a side holds or gets back, where its name does not give them."""


@lru_cache(maxsize=1 << 12)
def people_forms(side: str) -> frozenset[str]:
    """Every spelling of a side and of its people (`PEOPLE_OF`), folded: built once per
    side, since the same few sides recur in every release of every article."""
    people = next((v for k, v in PEOPLE_OF.items() if name_key(k) == name_key(side)), ())
    return frozenset(name_key(f) for f in (*spellings(side), side, *people))


@lru_cache(maxsize=1 << 10)
def named_forms(side: str) -> frozenset[str]:
    """A side's spellings, folded as `names_any` folds the words it reads ('al shabab'),
    with the names news gives its forces and country (name_words.DEMONYMS: 'Taliban' is
    'Afghan'). Cached: every count of every attack asks again for the names of the
    attacker, its targets and the other attacks' (whose_toll.py, other_attack.py)."""
    forms = {fold(form) for form in (*spellings(side), side)}
    return frozenset(forms | _demonyms(forms))


def named_sides(text: str) -> list[frozenset[str]]:
    """The known sides `text` names, each with `named_forms`' other names, and the sides
    only the lexicon knows by another name ('Taliban' is 'Afghan')."""
    sides = [side | _demonyms(side) for side in known_sides(text)]
    plain = f" {fold(text)} "
    return sides + [frozenset({key, *forms}) for key, forms in _FOLDED.items()
                    if f" {key} " in plain and not any(key in side for side in sides)]


def _demonyms(forms: Iterable[str]) -> set[str]:
    return {d for form in forms for token in (form, *form.split()) for d in other_names(token)}


def other_names(folded: str) -> tuple[str, ...]:
    """The names news gives a side that its spelling does not (name_words.DEMONYMS: 'Taliban'
    is 'Afghan'), for a name already folded: the one table every side check looks up."""
    return _FOLDED.get(folded, ())


_FOLDED = {fold(key): tuple(fold(f) for f in forms) for key, forms in DEMONYMS.items()}
"""DEMONYMS as `fold` writes the words they are matched with ('houthis' is 'houthi',
'u.s.' is 'u s')."""


FIGHTERS = re.compile(r"\b(?:soldiers?|troops?|servicem[ae]n|service members?|officers?|"
                      r"fighters?|commandos?|reservists?|personnel|policem[ae]n|members?)\b",
                      re.IGNORECASE)
"""Who fights for a side: named with the attacker ('an Israeli soldier', 'members of
al-Shabab'), they are the attacker's losses, not its victims. Civilians are not here: an
army striking its own country's villages kills its own nationals."""
PERPETRATORS = re.compile(r"\b(?:attackers?|assailants?|hijackers?|perpetrators?)\b",
                          re.IGNORECASE)
"""Who carried out the attack, whoever they are."""
COMBATANTS = words("attacker", "assailant", "militant", "terrorist", "insurgent", "rebel",
                   "gunm", "jihadi", "bomber", "extremist")
"""The fighters named by what they are, not by their side ('over 200 terrorists were
killed'): their toll is not that of the people they attacked. Not `FIGHTERS`, which
counts a named side's own forces: a 'soldier' killed is a toll elsewhere.py compares."""
