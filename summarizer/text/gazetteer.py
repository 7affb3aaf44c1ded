"""Which capitalised words are parties and places, and their canonical names.

The rules backend finds parties and places in text with it; merge and
validation ask it which country a city is in. A small list shipped as package
data keeps the rules backend offline and predictable: a name it does not know
is never guessed to be a country. Users covering another conflict extend it
with a JSON file of the same shape (`RulesBackend(gazetteer=...)` or the
`SUMMARIZER_GAZETTEER` variable) instead of editing the package.
"""

from __future__ import annotations

import json
import os
import re
from bisect import bisect_left
from dataclasses import dataclass
from functools import lru_cache
from importlib.resources import files
from pathlib import Path
from typing import Any, Literal

from summarizer.errors import ConfigError

Kind = Literal["country", "group", "city", "region", "site"]
"""A site is a place a report names by what it is ("the Iranian consulate", "Hmeimim Air
Base"): it can be an attack's target, never a region hit; only the rules backend finds
sites, by their noun, and the shipped table lists none."""
ENV_VAR = "SUMMARIZER_GAZETTEER"
_CANDIDATE = re.compile(r"(?<!\w)(?:al-|el-)?[A-Z][\w.]*")
"""A word that may start a name; names are looked up by this first word."""
_SECTIONS: dict[str, Kind] = {
    "countries": "country", "groups": "group", "cities": "city", "regions": "region",
}


@dataclass(frozen=True)
class Entry:
    """What a matched name stands for; `demonym` marks "Ukrainian(s)" rather than "Ukraine"."""

    name: str
    kind: Kind
    demonym: bool = False
    country: str | None = None
    """The country a city or a region is in."""
    base: str | None = None
    """The country a group fights from: rockets "launched from Lebanon" in a Hezbollah
    attack are Hezbollah's, not an attack by Lebanon; "Palestinian prisoners" in an exchange
    between Hamas and Israel are Hamas's people, held by Israel."""
    governs: str | None = None
    """The country a group rules: the "Afghan Taliban" are Afghanistan's rulers, so the demonym
    before them names the state that struck, and another country's ("the Pakistani Taliban")
    a movement of its own; a demonym before any other group ("Somali al-Shabab", "Yemeni
    Houthis") only qualifies the group (`attackers.with_groups`)."""
    zones: bool = False
    """A country small enough that reports name the zone an attack hit by a part of it
    ("rockets landed in northern Israel", "strikes on southern Lebanon"). A part of a large
    country ("a church in southwestern Nigeria") spans provinces: it only says where the
    town hit lies, which reports name besides."""
    capital: str | None = None
    """A country's capital city, which reports name by the country ("the Russian capital",
    "Lebanon's capital")."""

    @property
    def party(self) -> bool:
        return self.kind in ("country", "group")


@dataclass(frozen=True)
class Mention:
    start: int
    end: int
    entry: Entry


def _plural(demonym: str) -> str | None:
    """English demonyms ending in a sibilant ("British", "Chinese", "Swiss") have no -s plural."""
    if demonym.endswith(("s", "sh", "ch", "ese")):
        return None
    return demonym + "s"


class Gazetteer:
    """Case-sensitive name matching: "Turkey" is a country, "turkey" is not."""

    def __init__(self, sources: list[dict[str, Any]]) -> None:
        self._lookup: dict[str, Entry] = {}
        for data in sources:
            for section, kind in _SECTIONS.items():
                for item in data.get(section, []):
                    self._add(item, kind)
        self._by_first: dict[str, list[str]] = {}
        for name in sorted(self._lookup, key=len, reverse=True):
            first = _CANDIDATE.match(name)
            if first is not None:
                self._by_first.setdefault(first.group().rstrip("."), []).append(name)

    def _add(self, item: dict[str, Any], kind: Kind) -> None:
        name = item["name"]
        country = item.get("country") if kind in ("city", "region") else None
        base = item.get("base") if kind == "group" else None
        governs = item.get("governs") if kind == "group" else None
        zones = bool(item.get("zones")) if kind == "country" else False
        capital = item.get("capital") if kind == "country" else None
        for written in (name, *item.get("aliases", [])):
            # reports set the apostrophe of "Be'er Sheva" as often typographic: the same name
            for form in dict.fromkeys((written, written.replace("'", "\u2019"))):
                self._lookup[form] = Entry(name, kind, country=country, base=base, zones=zones,
                                           capital=capital, governs=governs)
        for demonym in item.get("demonyms", []):
            self._lookup[demonym] = Entry(name, kind, demonym=True)
            plural = _plural(demonym)
            if plural:
                self._lookup[plural] = Entry(name, kind, demonym=True)

    def lookup(self, name: str) -> Entry | None:
        return self._lookup.get(name)

    def names(self) -> list[tuple[str, Entry]]:
        """Every name as written in the table (aliases and demonyms too), with its entry."""
        return list(self._lookup.items())

    def mentions(self, text: str, start: int = 0, end: int | None = None) -> list[Mention]:
        """Longest known names at capitalised words. Looking up each word's candidates is
        several times faster than one regex alternation of every name."""
        stop = len(text) if end is None else end
        found: list[Mention] = []
        for token in _CANDIDATE.finditer(text, start, stop):
            at = token.start()
            if found and at < found[-1].end:
                continue
            for name in self._by_first.get(token.group().rstrip("."), ()):
                after = at + len(name)
                if after <= stop and text.startswith(name, at) and not (
                        after < len(text) and (text[after].isalnum() or text[after] == "_")):
                    found.append(Mention(at, after, self._lookup[name]))
                    break
        return found


class Found:
    """An article's place names in order, read once and then asked for many short
    ranges: the gazetteer's (`Places`) and the rules backend's wider reading of them
    (backends.rules.sites.Sites) answer `between` alike."""

    def __init__(self, found: list[Mention]) -> None:
        self._found = found
        self._starts = [m.start for m in found]

    def between(self, start: int, end: int) -> list[Mention]:
        """The names within `[start, end)`."""
        low, high = bisect_left(self._starts, start), bisect_left(self._starts, end)
        return [m for m in self._found[low:high] if m.end <= end]


class Places(Found):
    """Every gazetteer name in one article, found in a single scan: the readers ask about
    many short ranges, and the name pattern is the slowest regex of the backend."""

    def __init__(self, gazetteer: Gazetteer, text: str) -> None:
        super().__init__(gazetteer.mentions(text))
        self._gazetteer = gazetteer

    def lookup(self, name: str) -> Entry | None:
        return self._gazetteer.lookup(name)


def _read(path: Path) -> dict[str, Any]:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, json.JSONDecodeError) as exc:
        raise ConfigError(f"gazetteer {path}: cannot be read as JSON ({exc})") from exc
    if not isinstance(data, dict) or not set(data) <= set(_SECTIONS):
        raise ConfigError(f"gazetteer {path}: expected an object with the keys "
                          f"{', '.join(_SECTIONS)} (lists of {{\"name\", \"aliases\", ...}})")
    for section in data.values():
        if not isinstance(section, list) or not all(
            isinstance(i, dict) and isinstance(i.get("name"), str) for i in section
        ):
            raise ConfigError(f"gazetteer {path}: every entry needs a \"name\" string")
    return data


def user_path(explicit: str | Path | None) -> Path | None:
    """The user's extension file: the explicit argument wins over $SUMMARIZER_GAZETTEER."""
    chosen = explicit or os.environ.get(ENV_VAR)
    return Path(chosen) if chosen else None


@lru_cache(maxsize=8)
def load_gazetteer(extra: Path | None = None) -> Gazetteer:
    """The shipped gazetteer, extended by `extra`; cached because building the regex
    costs more than extracting a whole article."""
    bundled = json.loads(
        files("summarizer").joinpath("data/gazetteer.json").read_text(encoding="utf-8")
    )
    return Gazetteer([bundled] if extra is None else [bundled, _read(extra)])
