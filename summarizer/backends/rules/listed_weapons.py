"""Weapons a total lists by part, two parts of one type ("31 missiles, among them two Kinzhal
ballistic missiles, nine Iskander-M ballistic missiles and 20 cruise missiles"): the parts
of one type add up to that type's count (11 ballistic missiles), which no single part is.
Only parts listed one after another are added, and only where the list says they are parts:
it opens with "among them", "including" or "of which", or each part names a model of its own
("fired two Kinzhal ballistic missiles, three KN-23 ballistic missiles, 11 Kh-101 cruise
missiles and nine Kalibr cruise missiles"), as the same weapons told twice never do. Two counts
of one type elsewhere in a sentence (launched, then shot down) are the same weapons told
twice."""

from __future__ import annotations

import re
from dataclasses import replace

from summarizer.backends.rules.numbers import Count

LIST_OPENER = r"(?:among\s+them|including|of\s+which)"
"""The words a list of a count's parts opens with: here, and where the parts are of a share
downed (`downed.part_of_share`)."""
_OPENS = re.compile(rf"(?i){LIST_OPENER}[\s:]*$")
_NEXT = re.compile(r"\s*(?:,|;)?\s*(?:and\s+|as\s+well\s+as\s+)?")
_LOOK_BACK = 25
_MODEL = re.compile(r"[A-Z][\w-]*|[\w-]*\d[\w-]*")
"""A model's name among a count's words: capitalised ("Kalibr", "Iskander-M") or with a digit
("Kh-101")."""


def _models(text: str, parts: list[Count]) -> bool:
    """Whether each part names a model and no two parts name the same one; a part's first
    word is its number, never a model."""
    named = [tuple(w for w in text[c.start:c.end].split()[1:] if _MODEL.fullmatch(w))
             for c in parts]
    return all(named) and len(set(named)) == len(named)


def with_parts_added(text: str, found: list[Count]) -> list[Count]:
    """`found` (in text order) with the listed parts of one weapon type added into one count,
    at the first part's place."""
    weapons = [c for c in found if c.kind == "weapon"]
    dropped: set[int] = set()
    added: dict[int, Count] = {}
    for i, first in enumerate(weapons):
        if first.start in dropped:
            continue
        opened = _OPENS.search(text, max(0, first.start - _LOOK_BACK), first.start) is not None
        listed = [first]
        for part in weapons[i + 1:]:
            if not _NEXT.fullmatch(text, listed[-1].end, part.start):
                break
            listed.append(part)
        for kind in {c.weapon for c in listed}:
            parts = [c for c in listed if c.weapon == kind]
            if len(parts) > 1 and (opened or _models(text, parts)):
                added[parts[0].start] = replace(parts[0], value=sum(c.value for c in parts))
                dropped.update(c.start for c in parts[1:])
    return [added.get(c.start, c) for c in found if c.start not in dropped]
