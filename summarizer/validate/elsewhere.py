"""Elsewhere: a toll its own article gives higher outside the evidence.

Support (support.py) reads a figure's own clause. On real articles the commonest
misassigned toll that passes it is stated right in its clause and wrong only by what
the rest of the article says: the first report's 100 killed, where a later paragraph
says the toll rose to 104; a quoted official's 18, where the lead gives 39; the
children among the dead, where the article gives them all. A reader takes the
article's fuller figure as its toll, so the smaller one is unsupported.

Another sentence gives this attack's toll when it states a higher number of the same
kind as support reads one (tolls.py: the casualty word nearest, not under a hedge, not
background, an earlier report, a part or a replaced figure), with the casualty word in
the number's own part of its clause ('17 were rescued and 15 bodies recovered': 17 is
no toll), and nothing says it is another's:

- not lower: a smaller figure elsewhere is a part ('including 9 children') or a report
  the fact's later one supersedes; nor where the article gives the fact's figure as
  what the toll was revised to ('revised down to 84'): then the higher ones are older;
- not another fact's number (another attack's toll, a breakdown), nor in another
  attack's evidence;
- not a sum ('a combined 50', 'across the country', 'over the past 24 hours'), an
  increment ('another 4 bodies') or a ceiling ('up to 200'), nor more than a few times
  the figure (a war's or a month's toll, which background words do not always mark);
- not a claim or unconfirmed ('the group claimed that 50 died'), nor an earlier report
  anywhere before it in its sentence ('Initial reports had indicated a higher toll, with
  officials stating 103'): the article does not give it as the toll;
- not of another event ('a separate attack killed 50'), place (a city that neither the
  attack's targets and regions nor its evidence name) or day (one before the attack's,
  or a later one with an event of its own: 'a strike on Sunday killed 12'; a later day
  alone tells the toll as it grew);
- not a year ('since the 2006 war') nor an adjective ('a nine-story building').

A warning and re-askable, like every support finding: the figure may be an outlet's
own count and only need saying so.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator

from summarizer.models import Attack, Finding, FindingCode, Severity
from summarizer.text.gazetteer import Gazetteer, load_gazetteer
from summarizer.text.numbers import Mention, mentions
from summarizer.text.time import TIME, resolve
from summarizer.validate import lexicon as lx
from summarizer.validate._common import Context
from summarizer.validate.scope import EARLIER_REPORT, ONE_EVENT, continued
from summarizer.validate.stated import coordinated, lack
from summarizer.validate.tolls import toll

_FIELDS = ("killed", "injured")
_ASK = ("Give the article's figure for this attack, or the fragment that says the two are "
        "different counts.")
_FEW = 3
"""How many times the figure another sentence's toll may be and still be this attack's: a
toll rises by a few dead or doubles overnight ('18' then '39'); a war's is hundreds of times
an attack's."""
_SUMMED = re.compile(r"\b(?:combined|in total|a total of|altogether|in all|together|"
                     r"cumulative|overall|across|series of)\b"
                     r"|\b(?:past|last) (?:[\w-]+ )?(?:hours|days|weeks|months)\b",
                     re.IGNORECASE)
"""A toll that adds up several events, places or days."""
_NOT_GIVEN = re.compile(r"\bclaim(?:s|ed|ing)?\b(?!\s+(?:the\s+)?(?:lives?\b|at least|more than|"
                        r"over|nearly|about|\d))|\b(?:alleg\w*|unconfirmed|unverified|"
                        r"rumou?r\w*)\b", re.IGNORECASE)
"""A toll the article reports as someone's claim ('the group claimed that 50 died') or as
unconfirmed, not as the toll; not 'claimed 50 lives', a toll's own verb."""
_OTHER_EVENT = re.compile(r"\b(?:separate|earlier|previous|prior|another|similar|second|"
                          r"last)\s+(?:[\w-]+\s+)?(?:attack|strike|airstrike|raid|assault|"
                          r"bombing|blast|explosion|shelling|incident|ambush)s?\b",
                          re.IGNORECASE)
"""Another event named as such ('a separate attack on a village killed 50')."""
_BEFORE = re.compile(r"\b(?:another|a further|an additional|additional|further|up to|"
                     r"as many as)\s+$", re.IGNORECASE)
"""An increment ('another 4 bodies were found') or a ceiling ('up to 200'): not a toll
that gives the article's count."""
_REVISED_TO = re.compile(r"\b(?:revis\w*|lower\w*|down|correct\w*|updat\w*|from\s+[\d,]+)\b"
                         r"[^.;]{0,80}?\bto\s+(?:(?:at least|more than|over|about)\s+)?$",
                         re.IGNORECASE)
"""The figure a toll was revised to ('revised down to 84', 'from 103 to 84')."""
_SAID = re.compile(r"\b(?:said|says|reported|told|announced|confirmed|added|stated|wrote|"
                   r"posted|updated)\b[^.;,]{0,24}$", re.IGNORECASE)
"""A day a toll was told on, not an event's ('Ukrainian officials said on Friday')."""
_YEAR = re.compile(r"(?:19|20)\d\d")
_NAME_GOES_ON = re.compile(r"\s+[A-Z][a-z]")


def check_elsewhere(ctx: Context) -> list[Finding]:
    """A warning for every toll that another sentence of its article gives higher."""
    held = {f.value for f in ctx.facts if f.figure and isinstance(f.value, int)
            and not isinstance(f.value, bool)}
    findings: list[Finding] = []
    for fact in ctx.facts:
        attack, value, evidence = fact.item, fact.value, fact.evidence
        if not (fact.figure and isinstance(attack, Attack) and fact.key.field in _FIELDS
                and isinstance(value, int) and not isinstance(value, bool) and value > 0
                and evidence is not None and evidence.start is not None
                and evidence.end is not None):
            continue
        found = next(_higher(ctx, attack, str(fact.key.field), value,
                             (evidence.start, evidence.end), held), None)
        if found is None:
            continue
        higher, said = found
        told = (f"{fact.key.words}: the article also gives {higher} {fact.key.field} "
                f'("{said}"), a fuller or later figure than the evidence\'s {value}.')
        findings.append(ctx.finding(FindingCode.figure_given_otherwise, Severity.warning,
                                    told, [fact], reaskable=True, instruction=_ASK))
    return findings


def _higher(ctx: Context, attack: Attack, field: str, value: int, own: tuple[int, int],
            held: set[int]) -> Iterator[tuple[int, str]]:
    """Each higher toll another sentence than the evidence (`own`) gives the attack, with
    its clause."""
    article = ctx.article.text
    if _revised_to(article, value):
        return
    taken = [(f.evidence.start, f.evidence.end) for f in ctx.facts
             if isinstance(f.item, Attack) and f.item is not attack and f.evidence
             and f.evidence.start is not None and f.evidence.end is not None]
    for lo, hi in ctx.sentences:
        if any(lo < end and start < hi for start, end in (own, *taken)):
            continue
        text = article[lo:hi]
        for mention in lx.counts(text):
            other = mention.value
            if other is None or not value < other <= _FEW * value or other in held \
                    or not _given(text, mention, field) \
                    or _another_day(text, attack, ctx.published) \
                    or _another_place(text, attack, article[own[0]:own[1]]):
                continue
            if lack(text, other, toll(field, continued(article, lo)),
                    article[max(0, lo - lx.BESIDE):lo]) is None:
                clause = lx.span_at(lx.clauses(text), mention.start)
                yield other, " ".join(text[clause[0]:clause[1]].split())


def _given(text: str, mention: Mention, field: str) -> bool:
    """Whether the sentence gives the number as a toll of its own: its part of the clause
    says so (or has no verb of its own), and it is no year, adjective, sum, increment,
    ceiling, claim, other event or earlier report."""
    lo, hi = lx.span_at(lx.clauses(text), mention.start)
    start, end = lx.span_at(coordinated(text, lo, hi), mention.start)
    part = text[start:end]
    own = lx.KILLED if field == "killed" else lx.INJURED
    return not (_YEAR.fullmatch(mention.text) or text.startswith("-", mention.end)
                or _SUMMED.search(text, lo, hi) or _NOT_GIVEN.search(text, lo, hi)
                or _OTHER_EVENT.search(text)
                or _BEFORE.search(text, lo, mention.start)
                or EARLIER_REPORT.search(text, 0, mention.start)
                or not (own.search(part) or not lx.VERB.search(part)))


def _revised_to(article: str, value: int) -> bool:
    """Whether the article gives `value` as what a toll was revised to."""
    return any(m.value == value and _REVISED_TO.search(article, max(0, m.start - 120), m.start)
               for m in mentions(article))


def _another_day(text: str, attack: Attack, published: dt.date | None) -> bool:
    """Whether the sentence names only other days than the attack's (or the night before
    it): one before it, or a later one with an event of its own ('a strike on Sunday
    killed 12'). A later day alone tells the toll as it grew ('by Thursday the toll had
    risen to 104'), as does one beside the attack's own ('the toll from Tuesday's attack
    rose to 52 on Thursday'); the day a toll was told ('officials said on Friday') is no
    day of an event."""
    if attack.date is None:
        return False
    days = [(named - attack.date).days for found in TIME.finditer(text)
            if (named := resolve(found.group(0), published)) is not None
            and not _SAID.search(text, max(0, found.start() - lx.BESIDE), found.start())]
    if any(abs(d) <= 1 for d in days):
        return False
    return any(d < -1 for d in days) or (any(days) and ONE_EVENT.search(text) is not None)


def _another_place(text: str, attack: Attack, evidence: str) -> bool:
    """Whether the sentence names cities, none of them the attack's (its targets, regions
    or the cities of its evidence), where the attack has any: another place's toll. A
    city that begins a longer name ('the Wad Madani Resistance Committee') is no place
    told."""
    gazetteer = load_gazetteer()
    named = _cities(gazetteer, text)
    if not named:
        return False
    own = _cities(gazetteer, evidence) | _cities(gazetteer, "; ".join(
        [*attack.targets, *attack.regions]))
    return bool(own) and not named & own


def _cities(gazetteer: Gazetteer, text: str) -> set[str]:
    return {m.entry.name for m in gazetteer.mentions(text) if m.entry.kind == "city"
            and not _NAME_GOES_ON.match(text, m.end)}
