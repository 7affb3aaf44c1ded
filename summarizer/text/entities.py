"""One name per entity: parties, people, places and categories named differently
across articles ("Zelenskyy", "Ukraine's President"; "Turkiye"; "POWs") resolve
to one canonical name, so merged facts align and paths read the same everywhere.

Three sources, strongest first: a user alias file (the `aliases` shape of the
gold format), the built-in table in `data/aliases.json`, then fuzzy matching
among the names of the articles at hand; a place name also matches one written
with other vowels ('Fombita', 'Fambita': `spelled_alike`). Fuzzy matching is deliberately
narrow for people: two names are one person only when their surnames are
nearly identical *and* their given names agree, because merging two
different officials is far worse than showing one person twice.
"""

from __future__ import annotations

import json
import re
import unicodedata
from collections.abc import Iterable, Mapping, Sequence
from enum import StrEnum
from functools import cache, lru_cache
from importlib.resources import files
from pathlib import Path

from rapidfuzz import fuzz

from summarizer.errors import InputError
from summarizer.text.gazetteer import load_gazetteer
from summarizer.text.memo import short_texts
from summarizer.text.near import NearIndex

NAME_FUZZY_MIN = 90.0
"""rapidfuzz ratio (0-100) at which two place, party or category names are one
(Zaporizhzhia/Zaporizhia); "Kharkov"/"Kharkiv" (86) needs the alias table."""

NAME_FUZZY_MIN_CHARS = 6
"""Shorter names only match exactly: Iran and Iraq are four letters apart by one."""

SURNAME_FUZZY_MIN = 88.0
"""Ratio at which two surnames are spellings of one (Zelensky/Zelenskyy is 94);
Yermak/Sybiha and Lavrov/Shoigu are far below it."""

SPELLING_FUZZY_MIN = 80.0
"""Ratio at which two place names with the same consonants are one name transliterated
two ways ('Daraa'/'Deraa' is 80); 'Gaza'/'Giza' (75) stay two."""

GIVEN_NAME_FUZZY_MIN = 80.0
"""Ratio at which two given names are transliterations of one (Sergei/Sergey)."""

_TITLES = frozenset({
    "president", "prime", "minister", "foreign", "defence", "defense", "interior", "mayor",
    "governor", "regional", "head", "spokesperson", "spokesman", "spokeswoman", "chief",
    "commander", "general", "gen", "col", "colonel", "dr", "mr", "mrs", "ms", "ukrainian",
    "russian", "israeli", "thai", "qatari", "turkish", "american", "us", "deputy", "secretary",
    "of", "state", "military", "administration", "ombudsman", "human", "rights", "commissioner"
})
"""Leading words stripped from a person's name before comparing: 'Mayor Ihor Terekhov'."""

_GENERIC_NOUNS = frozenset({
    "national", "citizen", "hostage", "prisoner", "detainee", "captive", "worker", "people",
    "person", "resident"
})
"""Trailing nouns that do not change a category: 'Thai nationals' are 'Thais'."""

_NO_SIDE_WORDS = frozenset({
    "a", "an", "unknown", "unidentified", "suspected", "alleged", "armed", "masked", "lone",
    "gunman", "attacker", "assailant", "militant", "insurgent", "bandit", "terrorist",
    "jihadist", "suicide", "bomber", "perpetrator", "group", "man", "men"
})
"""Words of an attacker that say what it was, not whose side: 'unknown', 'gunmen',
'a suicide bomber', 'unidentified attackers' (in `name_key` form, singular)."""

_NOT_LETTERS = re.compile(r"[^a-z]")
_VOWELS = re.compile(r"[aeiouy]+")
_REPEATED = re.compile(r"(.)\1+")
_PLACE_SUFFIXES = (" oblast", " region", " province", " city", " governorate")
_NUMBER = re.compile(r"\d+")
_QUOTES = "\u2018\u2019\u201a\u201b\u2032`"
_NON_ASCII = re.compile(r"[^\x00-\x7f]")


class EntityKind(StrEnum):
    party = "party"
    person = "person"
    place = "place"
    category = "category"


AliasTable = Mapping[str, Sequence[str]]
"""Canonical name -> its variants, as the gold format's `aliases`."""


@lru_cache(maxsize=1 << 16)
def singular(word: str) -> str:
    """Crude English singular. It only has to map both spellings the same way, so
    over-stripping ("hamas" -> "hama") is harmless. Cached: a whole article is keyed
    word by word, and its words repeat."""
    if len(word) <= 3:
        return word
    if word.endswith("men"):
        return word[:-3] + "man"
    if word.endswith("ies"):
        return word[:-3] + "y"
    if word.endswith(("sses", "shes", "ches", "xes", "zes")):
        return word[:-2]
    if word.endswith("s") and not word.endswith("ss"):
        return word[:-1]
    return word


def fold(text: str) -> str:
    """Accents, case and typographic single quotes do not tell two spellings apart.
    Whole articles are folded, so the work is done by str methods over the text and
    by Python only over its few distinct non-ASCII characters."""
    for quote in _QUOTES:
        if quote in text:
            text = text.replace(quote, "'")
    decomposed = unicodedata.normalize("NFKD", text)
    if not decomposed.isascii():
        marks = {ord(c): None for c in set(_NON_ASCII.findall(decomposed))
                 if unicodedata.combining(c)}
        decomposed = decomposed.translate(marks) if marks else decomposed
    return decomposed.casefold()


def _without_article(words: list[str]) -> list[str]:
    return words[1:] if len(words) > 1 and words[0] == "the" else words


@short_texts
def name_key(text: str) -> str:
    """Accents, case, quote marks, dots, a leading 'the' and plurals do not tell
    names apart."""
    words = _without_article(fold(text).replace(".", "").replace(",", " ").split())
    return " ".join(map(singular, words))


def party_key(name: str | None) -> str:
    """A party as the checks of one extraction compare it: 'the Ukraine' and 'ukraine'
    are one. Looser than `name_key` only in what it keeps (dots, plurals), because
    findings name a party by this key."""
    return _party_key(name or "")


@short_texts
def _party_key(name: str) -> str:
    """Kept: the checks key every release's sides again for each of its facts."""
    return " ".join(_without_article(fold(name).split()))


def names_no_side(name: str) -> bool:
    """Whether an attacker's name names nobody ('unknown', 'gunmen', 'the attackers'):
    the rules extractor writes such words where a report names no side, and so do
    models. Another outlet's side for the same attack does not contradict it.

    Wider than `name_forms.UNNAMED` on purpose: that is only the names that say nothing
    at all ('unknown'); these include words that say what struck ('gunmen', 'a suicide
    bomber'), which tell no side apart but are still the report's to state."""
    words = name_key(name).split()
    return bool(words) and all(word in _NO_SIDE_WORDS for word in words)


def place_key(key: str) -> str:
    """'kharkiv oblast' and 'kharkiv' are one place: the unit word is dropped."""
    return next((key[: -len(s)] for s in _PLACE_SUFFIXES
                 if key.endswith(s) and len(key) > len(s)), key)


def _category_key(key: str) -> str:
    words = key.split()
    while len(words) > 1 and words[-1] in _GENERIC_NOUNS:
        words = words[:-1]
    return " ".join(words)


def _person_words(key: str) -> list[str]:
    """The name without leading titles ('mayor ihor terekhov' -> ['ihor', 'terekhov']).
    Titles stay where only titles would be left: 'russian military' is a body, and
    'military' alone would be the surname of every army's."""
    words = key.split()
    while _titled(words):
        words = words[1:]
    return words


def _titled(words: Sequence[str]) -> bool:
    """Whether `words` open with a title that a name follows (`_TITLES`, folded)."""
    return len(words) > 1 and words[0] in _TITLES \
        and not all(word in _TITLES for word in words[1:])


def _surname(words: Sequence[str]) -> str:
    last = words[-1]
    for particle in ("al-", "el-"):
        if last.startswith(particle):
            return last[len(particle):]
    return last


@lru_cache(maxsize=1 << 16)
def _person_parts(key: str) -> tuple[tuple[str, ...], str]:
    """A person key's words and surname, parsed once: a merge compares each name with
    many others. No words and no surname where what is left after the titles is a place,
    so that `same_person` matches it with nobody: 'President of Russia' names Putin only as
    a whole (the alias table's), and a speaker 'Russia' or 'Ukrainian' is a country, not a
    person of that surname: read as one, a quote 'Russia said' was shown as Putin's, a name
    its article never gave it."""
    words = tuple(_person_words(key))
    if " ".join(words) in _gazetteer_places():
        words = ()
    return words, _surname(words) if words else ""


def _numbers(key: str) -> list[str]:
    """The numbers in a name: a spelling variant never changes one, so 'Speaker 0-12'
    and 'Speaker 0-123', or the 46th and 47th brigades, are never one by fuzzy match
    (their ratios, 89 and 92, pass the thresholds)."""
    return _NUMBER.findall(key)


def _fuzzy_part(kind: EntityKind, key: str) -> str:
    """What is compared fuzzily: a person's surname, any other name whole."""
    return _person_parts(key)[1] if kind is EntityKind.person else key


def _initial(kind: EntityKind, key: str) -> str:
    """What two keys must share to match at all (the surname's or the name's first
    letter), so a merge compares a name only with the few that could match it."""
    return _fuzzy_part(kind, key)[:1]


def same_person(a: str, b: str) -> bool:
    """Whether two person keys name one person: near-identical surnames and, when
    both give one, agreeing given names. A surname alone agrees with any given name."""
    (wa, sa), (wb, sb) = _person_parts(a), _person_parts(b)
    if not wa or not wb or _numbers(a) != _numbers(b):
        return False  # a "name" with no letters (a model's "—") names nobody to merge with
    if sa[:1] != sb[:1] or fuzz.ratio(sa, sb) < SURNAME_FUZZY_MIN:
        return False
    ga, gb = wa[:-1], wb[:-1]
    if not ga or not gb:
        return True
    return ga[0][:1] == gb[0][:1] and (
        len(ga[0]) == 1 or len(gb[0]) == 1 or fuzz.ratio(ga[0], gb[0]) >= GIVEN_NAME_FUZZY_MIN
    )


def _same_name(a: str, b: str) -> bool:
    if a == b:
        return True
    if min(len(a), len(b)) < NAME_FUZZY_MIN_CHARS or a[:1] != b[:1] \
            or _numbers(a) != _numbers(b):
        return False
    return fuzz.ratio(a, b) >= NAME_FUZZY_MIN


@lru_cache(maxsize=1 << 16)
def consonants(key: str) -> str:
    """What a transliteration of a place name keeps: its first letter, then its
    consonants in order (a doubled one once), each run of vowels between them as one
    '*'. Which vowels, hyphens and spaces are what outlets write differently for one
    name ('Fombita', 'Fambita'; 'Chaung-U', 'Chaung U'; 'Pa Zi Gyi', 'Pazigyi'); a
    syllable more is another name ('Pokrovsk', 'Pokrovske'; 'Niger', 'Nigeria')."""
    letters = _REPEATED.sub(r"\1", _NOT_LETTERS.sub("", key))
    return letters[:1] + _VOWELS.sub("*", letters[1:])


@cache
def _gazetteer_places() -> dict[str, str]:
    """Each place key the gazetteer knows -> the place it names."""
    return {place_key(name_key(written)): entry.name
            for written, entry in load_gazetteer().names()}


def spelled_alike(a: str, b: str) -> bool:
    """Whether two place keys are one name spelled two ways: the same `consonants`, near
    otherwise (`SPELLING_FUZZY_MIN`), the same numbers, and not two places the gazetteer
    knows. Outlets transliterate a village's name as they hear it, and one outlet's
    spelling below the fuzzy ratio made its report of the attack another attack."""
    if consonants(a) != consonants(b) or _numbers(a) != _numbers(b) \
            or fuzz.ratio(a, b) < SPELLING_FUZZY_MIN:
        return False
    known = _gazetteer_places()
    return a not in known or b not in known or known[a] == known[b]


def strip_titles(name: str) -> str:
    """'Mayor Ihor Terekhov' -> 'Ihor Terekhov': an office is not part of a name; 'Russian
    military' stays whole, as it has no name behind its titles (`_titled`)."""
    words = name.split()
    while _titled([w.casefold().rstrip(".") for w in words]):
        words = words[1:]
    return " ".join(words)


def _display_rank(name: str) -> tuple[int, int, str]:
    """The fullest spelling names an unlisted person or place: 'Majed al-Ansari' over
    'Ansari'."""
    return (-len(name.split()), -len(name), name)


def _category_rank(name: str) -> tuple[int, bool, int, str]:
    """The barest plural names a category: 'Thais' over 'Thai nationals' and 'Thai'."""
    return (len(name.split()), not name.endswith("s"), len(name), name)


def builtin_aliases() -> dict[EntityKind, dict[str, list[str]]]:
    raw = json.loads(files("summarizer").joinpath("data/aliases.json").read_text("utf-8"))
    return {EntityKind(kind): table for kind, table in raw.items()}


def load_alias_file(path: str | Path) -> dict[str, list[str]]:
    """A user alias file: `{"canonical": ["variant", ...]}`, as the gold format's aliases."""
    where = str(path)
    try:
        data = json.loads(Path(path).read_text(encoding="utf-8"))
    except FileNotFoundError as exc:
        raise InputError(where, "no such alias file; check the path") from exc
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise InputError(where, f"cannot read the alias file: {exc}") from exc
    if not isinstance(data, dict) or not all(
        isinstance(k, str) and isinstance(v, list) and all(isinstance(x, str) for x in v)
        for k, v in data.items()
    ):
        raise InputError(where, 'an alias file maps each canonical name to a list of variants: '
                         '{"Volodymyr Zelensky": ["Zelenskyy", "Ukraine\'s President"]}')
    return data


def _kind_key(kind: EntityKind, name: str) -> str:
    key = name_key(name)
    if kind is EntityKind.place:
        return place_key(key)
    return _category_key(key) if kind is EntityKind.category else key


def _add(names: dict[str, str], kind: EntityKind, table: AliasTable) -> None:
    for canonical, variants in table.items():
        for variant in (canonical, *variants):
            names[_kind_key(kind, variant)] = canonical
    # A canonical name that is itself listed elsewhere takes that entry's canonical too.
    for key, canonical in names.items():
        names[key] = names.get(_kind_key(kind, canonical), canonical)


@cache
def _builtin_tables() -> dict[EntityKind, dict[str, str]]:
    tables: dict[EntityKind, dict[str, str]] = {kind: {} for kind in EntityKind}
    for kind, table in builtin_aliases().items():
        _add(tables[kind], kind, table)
    return tables


class EntityResolver:
    """Canonical names for one merge; user aliases win over the built-in table,
    which wins over fuzzy matching."""

    def __init__(self, user_aliases: AliasTable | None = None) -> None:
        # The built-in table is built once per process: a batch merges thousands of groups.
        self._tables = {kind: dict(table) for kind, table in _builtin_tables().items()}
        if user_aliases:
            for kind in EntityKind:
                _add(self._tables[kind], kind, user_aliases)
        # Table keys by the initial a name must share to match them, in table order.
        self._anchors: dict[EntityKind, dict[str, list[tuple[str, str]]]] = {}
        for kind, table in self._tables.items():
            by_initial: dict[str, list[tuple[str, str]]] = {}
            for key, canonical in table.items():
                by_initial.setdefault(_initial(kind, key), []).append((key, canonical))
            self._anchors[kind] = by_initial

    def _listed(self, kind: EntityKind, name: str) -> str | None:
        key = _kind_key(kind, name)
        table = self._tables[kind]
        if key in table:
            return table[key]
        if kind is EntityKind.person:
            return table.get(" ".join(_person_words(key)))
        return None

    def resolve(self, kind: EntityKind, names: Iterable[str]) -> dict[str, str]:
        """Each name -> its canonical name. The result does not depend on the order
        of `names`, so the order of the articles never changes a merged summary."""
        unique = sorted(set(names))
        resolved = {n: c for n in unique if (c := self._listed(kind, n)) is not None}
        # Unlisted names join a listed entity or each other by fuzzy match, fullest
        # names first, so a bare surname meets every full name it could belong to.
        # Names and groups are looked up by initial, not compared with all: a batch
        # merge holds thousands of names (issue 18).
        anchors = self._anchors[kind]
        pending = sorted((n for n in unique if n not in resolved), key=_display_rank)
        groups: list[tuple[list[str], list[str]]] = []
        minimum = SURNAME_FUZZY_MIN if kind is EntityKind.person else NAME_FUZZY_MIN
        near = NearIndex(minimum)  # in blocks by the numbers: only equal ones match
        spelled: dict[str, set[int]] = {}  # place groups by their names' consonants
        for name in pending:
            key = _kind_key(kind, name)
            known = anchors.get(_initial(kind, key), ())
            listed = {c for k, c in known if self._match(kind, key, k)}
            if not listed and kind is EntityKind.place:
                listed = {c for k, c in known if spelled_alike(key, k)}
            if len(listed) == 1:
                resolved[name] = listed.pop()
                continue
            if listed:
                continue  # ambiguous between two known entities: keep the name as written
            # A group takes the name when all its names match it, so only the groups
            # with a name that may match are looked at. A place spelled otherwise
            # (`spelled_alike`) joins a group only when no name is near it by ratio.
            block = tuple(_numbers(key))
            matches = [g for g in near.candidates(_fuzzy_part(kind, key), block)
                       if all(self._match(kind, key, k) for k in groups[g][1])]
            if not matches and kind is EntityKind.place:
                matches = [g for g in spelled.get(consonants(key), ())
                           if all(self._match(kind, key, k) or spelled_alike(key, k)
                                  for k in groups[g][1])]
            if len(matches) > 1:
                continue
            if not matches:
                matches.append(len(groups))
                groups.append(([], []))
            groups[matches[0]][0].append(name)
            groups[matches[0]][1].append(key)
            near.add(_fuzzy_part(kind, key), matches[0], block)
            if kind is EntityKind.place:
                spelled.setdefault(consonants(key), set()).add(matches[0])
        for group, _ in groups:
            shown = [strip_titles(n) for n in group] if kind is EntityKind.person else group
            rank = _category_rank if kind is EntityKind.category else _display_rank
            display = min(shown, key=rank)
            resolved.update(dict.fromkeys(group, display))
        return {n: resolved.get(n, n) for n in unique}

    @staticmethod
    def _match(kind: EntityKind, a: str, b: str) -> bool:
        if kind is EntityKind.person:
            return same_person(a, b)
        return _same_name(a, b)
