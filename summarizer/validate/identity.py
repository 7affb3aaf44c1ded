"""Identity: is an attack's figure this attack's, or another's told beside it?

Support (support.py) asks whether a figure's evidence writes the number with what the
fact counts. On real articles an attack's figure can pass that and still belong to
another attack, because the extraction put together who struck and where from
different sentences: one side's claim opens the article ('Ukraine carried out six
attacks'), and the toll of the other side's strike on a Ukrainian city is filed under
it. Who struck is the attack's identity, and every figure of the attack claims it too.

The check here is the attacker's own ground: a figure whose sentence names cities hit,
every one of them in the attacker's own country, is the toll or the weapons of a strike
on that country, not by it. A launch site ('from Kursk') is not a city hit, and a capital
standing for its government ('Moscow said') is not a place. Only a party that is a
country, as the gazetteer and the alias table name it, has ground of its own here: the
army of a civil war ('the Sudanese army') does strike its own cities.

When it struck is the temporal checks' (temporal.py).

An unsupported identity is a warning, like every support finding, and re-askable: the
figure may be right and only put under the wrong attack. The names are the gazetteer's
and the alias table's, never the rules extractor's.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from summarizer.facts import Fact
from summarizer.models import Attack, Finding, FindingCode, Severity
from summarizer.text.entities import EntityKind
from summarizer.text.gazetteer import load_gazetteer
from summarizer.text.name_forms import name_forms
from summarizer.text.numbers import mentions
from summarizer.validate import lexicon as lx
from summarizer.validate._common import Context

_FIGURES = frozenset({"weapons_total", "killed", "injured"})
_LAUNCHED_FROM = re.compile(r"\bfrom\s+(?:the\s+)?(?:[\w-]+\s+)?$", re.IGNORECASE)


def check_identity(ctx: Context) -> list[Finding]:
    """A warning for every attack figure whose evidence tells another attack."""
    findings: list[Finding] = []
    for fact in ctx.facts:
        attack, evidence, value = fact.item, fact.evidence, fact.value
        if not isinstance(attack, Attack) or not attack.attacker or not _counts(fact) \
                or (located := ctx.located(evidence)) is None or not isinstance(value, int):
            continue
        own = _own_ground(located, value, attack.attacker)
        if own is not None:
            findings.append(ctx.finding(
                FindingCode.attacker_own_ground, Severity.warning,
                f"{fact.key.words}: the evidence does not say that {value} is this "
                f"attack's; {own}.", [fact], reaskable=True,
                instruction="Give the fragment that states it, or correct the attack."))
    return findings


def _counts(fact: Fact) -> bool:
    return fact.figure and not isinstance(fact.value, bool) and (
        fact.key.kind == "weapon" or fact.key.field in _FIGURES)


def _sentences(text: str, value: int) -> Iterator[tuple[int, int]]:
    """The sentence of each place `value` is written in `text`."""
    spans = lx.clauses(text, sentences=True)
    for mention in mentions(text):
        if mention.value == value:
            yield lx.span_at(spans, mention.start)


def _own_ground(text: str, value: int, attacker: str) -> str | None:
    """Why the figure is of a strike on the attacker's own country, or None when one
    sentence that writes it names a city hit elsewhere, or none."""
    own = {form for part in re.split(r",|/|\band\b|&", attacker) if part.strip()
           for form in name_forms(EntityKind.party, part)}
    places: list[tuple[str, str]] = []
    for lo, hi in _sentences(text, value):
        hit = [(text[m.start:m.end], m.entry.country)
               for m in load_gazetteer().mentions(text, lo, hi)
               if m.entry.kind == "city" and m.entry.country is not None
               and not _LAUNCHED_FROM.search(text, lo, m.start)
               and not name_forms(EntityKind.party, m.entry.name) & own]
        if not hit or not all(name_forms(EntityKind.party, c) & own for _, c in hit):
            return None
        places += hit
    if not places:
        return None
    named = " and ".join(dict.fromkeys(p for p, _ in places))
    return f"there it is in {named}, in {places[0][1]}: a strike on {attacker}'s own ground"
