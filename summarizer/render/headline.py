"""The report's title and its one line per event: what a reader sees first.

A title names the event in words ("Russian attack on Kyiv, 23 May 2025") from
the names no source disputes; a line gives the figures that matter most.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from summarizer.fact_paths import FactPath
from summarizer.fact_words import day_words
from summarizer.text.name_forms import demonym, unnamed

if TYPE_CHECKING:
    from collections.abc import Iterable

    from summarizer.render.figures import Figure
    from summarizer.render.view import AttackView, Exchange, Line


def _exchange_line(exchange: Exchange) -> Line:
    """'Exchange: 697 returned of 1,000 agreed as of D, 303 still to come.'"""
    line: Line = ["Exchange"]
    totals = [r for r in exchange.rows if r.cumulative is not None]
    agreed = next((f for f in exchange.agreement
                   if f.key == FactPath("agreement", field="count")), None)
    if totals:
        latest = totals[-1]
        assert latest.cumulative is not None
        line += [": ", latest.cumulative, " returned"]
        if agreed is not None:
            line += [" of ", agreed, " agreed"]
        line.append(f" as of {latest.when}")
        if latest.remaining is not None:
            line += [", ", latest.remaining, " still to come"]
    elif agreed is not None:
        line += [": ", agreed, " agreed"]
    return [*line, "."]


def _attack_line(attack: AttackView) -> Line:
    """'Attack by A on T, D: 250 drones, 14 ballistic missiles.'"""
    line: Line = ["Attack"]
    attackers = _names(attack.attacker)
    if attackers:
        line.append(" by " + " and ".join(attackers))
    if attack.targets:
        line.append(" on " + ", ".join(_names(attack.targets)))
    line.append(f", {attack.shown_day}")
    numeric = [(noun, f) for noun, f in attack.weapons if f.key is not None
               and f.key.kind == "weapon"]
    for i, (noun, fig) in enumerate(numeric):
        line += [", " if i else ": ", fig, f" {noun}"]
    return [*line, "."]


def title_and_lines(exchange: Exchange | None, attacks: list[AttackView]) -> tuple[str, list[Line]]:
    """A title in words, and one line per event with the figures that matter most."""
    titles: list[str] = []
    lines: list[Line] = []
    if exchange is not None:
        parties = exchange.parties
        titles.append(f"Exchange between {' and '.join(parties)}" if len(parties) > 1
                      else f"Release by {parties[0]}" if parties else "Exchange")
        lines.append(_exchange_line(exchange))
    for attack in attacks:
        titles.append(_attack_title(attack))
        lines.append(_attack_line(attack))
    title = "; ".join(dict.fromkeys(titles)) if titles else "Summary"
    return title[:1].upper() + title[1:], lines


DOUBTFUL = frozenset({"flagged", "unsupported", "conflicting"})
"""Statuses whose names a title does not state as the event's."""


def _attack_title(attack: AttackView) -> str:
    """'Russian attack on Kyiv, 23 May 2025': who, where and when, in words, from the
    names the sources do not dispute."""
    attackers = _names(f for f in attack.attacker if f.fact.status not in DOUBTFUL)
    targets = _names(f for f in attack.targets if f.fact.status not in DOUBTFUL)
    title = "attack"
    if len(attackers) == 1:
        adjective = demonym(attackers[0])
        title = f"{adjective} attack" if adjective else f"attack by {attackers[0]}"
    if targets:
        title += " on " + " and ".join(targets)
    if attack.day is None:
        return title
    day = day_words(attack.day)
    if day is None:  # words as written: 'late Saturday'
        return f"{title}, {attack.day}"
    return f"{title}, {day}" if attack.day_named else f"{title}, reported {day}"


def _names(figures: Iterable[Figure]) -> list[str]:
    """The names as a reader would list them: each once (two outlets' figures of one
    target, 'Kryvyi Rih and Kryvyi Rih'), and no side that no one has named ('attack by
    unknown on Kerman' is an attack on Kerman)."""
    return list(dict.fromkeys(f.text for f in figures if not unnamed(f.text)))
