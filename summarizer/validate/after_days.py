"""After days: an attack dated by the day of what followed it.

News often dates a sentence by what followed an attack and tells the attack itself in a
clause after it: 'the president ordered a probe on Tuesday after the army admitted that
one of its drones had struck the village', 'crews today sifted through what was left of
a building destroyed by a missile'. Tuesday is the day of the probe, today the day of
the search; the strike came before, on a day these sentences do not name. An attack
whose date comes only from such days, when no other sentence of the article names that
day for an attack, has its figures filed under a day no one gives it.

Between the day and the first attack word after it, the sentence must tell what followed
('after', 'following', a search, rubble, funerals; not 'a probe into Sunday's strike',
where the day is the strike's), and up to that word no event of its own: no strike or
weapon, no dead or wounded, no blast ('five were killed on Tuesday after a missile hit',
'Russia launched drones on Tuesday after...' are the attack's own day); and the rest
must name no day of its own ('visited on Sunday the site where a rocket landed following
an attack on Saturday' dates the attack itself). A warning of the support kind on the
date and every figure filed under it, re-askable: the article may still give the attack
that day elsewhere in words no check reads.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence

from summarizer.models import Finding, FindingCode, Severity
from summarizer.text.time import TIME
from summarizer.validate import lexicon as lx
from summarizer.validate._common import Context, day
from summarizer.validate.event_days import ATTACK, event_day, named_by

_AFTERMATH = re.compile(
    r"\b(?:after|following|probe|inquiry|investigation|sift\w*|search\w*|rubble|ruins|"
    r"what was left|funerals?|mourn\w*|buried|burials?)\b", re.IGNORECASE)
"""What tells that the day's verb came after the attack: 'after', 'following', or what is
done once it is over (a probe, the search of its rubble, the funerals)."""

_OWN_EVENT = lx.either(ATTACK, lx.KILLED, lx.INJURED,
                       lx.words("explosion", "explod", "blast", "siren", "air raid", "alert"))
"""Words that make the day's own part of the sentence an event of its own."""


def check_after_days(ctx: Context) -> list[Finding]:
    """A warning on each attack dated only by days that its evidence gives to what
    followed it (`_after`), naming its date and figures."""
    text, sentences = ctx.article.text, ctx.sentences
    findings: list[Finding] = []
    attack_days: frozenset[dt.date] | None = None
    for attack in ctx.extraction.attacks:
        evidence = attack.evidence
        if attack.date is None or evidence is None or evidence.span is None:
            continue
        named = [m for m in TIME.finditer(text, *evidence.span)
                 if attack.date in named_by(text, m, ctx.published)]
        told = [_after(text, sentences, m) for m in named]
        if not named or None in told:
            continue
        if attack_days is None:
            attack_days = _attack_days(ctx)
        if attack.date in attack_days:
            continue
        facts = [f for f in ctx.facts if f.item is attack]
        date = next((f for f in facts if f.key.field == "date"), None)
        if date is None:
            continue
        figures = [f for f in facts if f.figure and isinstance(f.value, int)
                   and not isinstance(f.value, bool)]
        first, attack_word = named[0], told[0]
        assert attack_word is not None
        findings.append(ctx.finding(
            FindingCode.date_of_what_followed, Severity.warning,
            f'{date.key.words}: dated {day(attack.date)} by "{first.group(0).strip()}", '
            "which its evidence gives to what followed the attack "
            f'("{text[first.start():attack_word.start()].strip()} ..."), not to '
            "the attack itself: it happened before that day, and its figures are filed "
            "under a day no one gives it.", [date, *figures], reaskable=True))
    return findings


def _after(text: str, sentences: Sequence[tuple[int, int]],
           match: re.Match[str]) -> re.Match[str] | None:
    """The first attack word after the day, when the day is that of what followed the
    attack: the words between them tell an aftermath ('ordered a probe on Tuesday after a
    drone struck the village', 'crews today sifted through what was left of a building
    destroyed by a missile'; not 'a probe into Sunday's strike'), the sentence up to that
    word tells no event of its own, and the rest of it names no day of its own; else
    None. `sentences` are the text's (Context.sentences), cut once per article."""
    lo, hi = lx.span_at(sentences, match.start())
    attack = ATTACK.search(text, match.end(), hi)
    if attack is None or _OWN_EVENT.search(text, lo, attack.start()) \
            or TIME.search(text[attack.start():hi]):
        return None
    return attack if _AFTERMATH.search(text, match.end(), attack.start()) else None


def _attack_days(ctx: Context) -> frozenset[dt.date]:
    """The days that sentences name for an attack, in words that are neither the day of
    what followed one nor beside another day that the sentence gives the attack by name
    ('the toll from Sunday's strike rose to 40, and 30 remained missing today': today is
    the search's): an attack dated one of them is named elsewhere. Read once per article,
    not once per attack."""
    text, sentences = ctx.article.text, ctx.sentences
    return frozenset(d for m in TIME.finditer(text)
                     if _after(text, sentences, m) is None
                     and not _beside_owned_day(text, sentences, m)
                     for d in event_day(text, m, ctx.published, ATTACK))


def _beside_owned_day(text: str, sentences: Sequence[tuple[int, int]],
                      match: re.Match[str]) -> bool:
    """Another day of the sentence is the attack's own, by its possessive ('Sunday's
    strike', 'Monday's missile attack')."""
    lo, hi = lx.span_at(sentences, match.start())
    return any(other.start() != match.start() and _OWNED.match(text, other.end())
               for other in TIME.finditer(text, lo, hi))


_OWNED = re.compile(r"['\u2019]s\s+(?:[\w-]+\s+){0,2}?(?:" + ATTACK.pattern + ")",
                    re.IGNORECASE)
"""A day's possessive of an attack: the words after 'Sunday' in 'Sunday's drone strike'."""
