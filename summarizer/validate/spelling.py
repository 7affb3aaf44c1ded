"""Spelling: one name transliterated several ways.

Names from Arabic, Pashto or Burmese reach English in several spellings, even within
one article ('Wad al-Noura', 'Wad Al-Noora', 'Wad Alnoura'), so a name's distinctive
word is also looked for by its sound: the word with its runs of vowels made one and a
joined article ('al', 'el') dropped. Only words of five letters or more are compared
this way, whole, so that short words do not meet by chance.
"""

from __future__ import annotations

import re
from functools import lru_cache

_VOWELS = re.compile(r"[aeiouy]+")
_JOINED_ARTICLE = re.compile(r"^(?:al|el)(?=\w{4})")
SHORTEST = 5
"""The fewest letters a word needs to be compared by its sound."""


def sound(word: str) -> str:
    """'noura', 'noora', 'alnoura' -> 'n-r-': what is left of a word when its spelling
    of vowels and a joined article are set aside."""
    return _VOWELS.sub("-", _JOINED_ARTICLE.sub("", word.casefold()))


@lru_cache(maxsize=64)
def sounds(folded: str) -> frozenset[str]:
    """The sounds of the long words of a folded text: an article's names are each looked
    for in it, so it is read once."""
    return frozenset(sound(w) for w in folded.split() if len(w) >= SHORTEST)
