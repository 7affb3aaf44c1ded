"""Elsewhere: a toll or a weapon count its own article gives higher outside the evidence.

Support (support.py) reads a figure's own clause. On real articles the commonest
misassigned toll that passes it is stated right in its clause and wrong only by what
the rest of the article says: the first report's 100 killed, where a later paragraph
says the toll rose to 104; a quoted official's 18, where the lead gives 39; the
children among the dead, where the article gives them all; the 34 drones sent at the
capital, where the article counts 70 in all. A reader takes the article's fuller figure
as its count, so the smaller one is unsupported.

Another sentence gives this attack's count when it states a higher number of the same
kind as support reads one (attack_counts.py: the casualty or weapon word nearest, not
under a hedge, not background, an earlier report, a part, what one defender shot down or
a replaced figure), with that word in the number's own part of its clause ('17 were
rescued and 15 bodies recovered': 17 is no toll), and nothing says it is another's:

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
- not the other side's fighters ('over 200 terrorists were killed') where the
  evidence's number counts the people attacked; and no other count at all where the
  evidence itself tells 'a separate attack' (the article's main tolls are another's);
- not a year ('since the 2006 war') nor an adjective ('a nine-story building');
- for weapons, not a count of two kinds ('more than 300 drones and missiles', as
  mixed_weapons.py reads it for support).

A warning and re-askable, like every support finding: the figure may be an outlet's
own count and only need saying so. In the merge, beside another outlet's higher clean
figure, it is that figure's history (cross_source.given_higher), as any earlier toll is.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator, Sequence
from collections.abc import Set as AbstractSet

from summarizer.facts import fact_id
from summarizer.models import Attack, Finding, FindingCode, Severity
from summarizer.text.gazetteer import Gazetteer, load_gazetteer
from summarizer.text.numbers import Mention, mentions
from summarizer.text.time import MONTHS, TIME, resolve
from summarizer.validate import lexicon as lx
from summarizer.validate._common import Context
from summarizer.validate.attack_counts import toll, weapons
from summarizer.validate.counting import YEAR, counts
from summarizer.validate.mixed_weapons import mixed
from summarizer.validate.scope import EARLIER_REPORT, ONE_EVENT, Check, continued
from summarizer.validate.sides import COMBATANTS
from summarizer.validate.stated import Counts, coordinated, lack

_TOLLS = ("killed", "injured")
_WEAPONS = ("drone", "rocket", "guided bomb", "artillery")
"""The weapons whose count is compared. Not missiles: one barrage's missiles are counted
by type and in all ('18 ballistic missiles', '14 missiles in total'), which
missile_types.py and typed_counts.py weigh."""
_ASK = ("Give the article's figure for this attack, or the fragment that says the two are "
        "different counts.")
_FEW = 5
"""How many times the figure another sentence's count may be and still be this attack's: a
toll rises by a few dead or doubles overnight ('18' then '39'), one region's drones are a
fifth of the night's; a war's toll is hundreds of times an attack's."""
_SUMMED = re.compile(r"\b(?:combined|in total|a total of|altogether|in all|together|"
                     r"cumulative|overall|across|series of)\b"
                     r"|\b(?:past|last) (?:[\w-]+ )?(?:hours|days|weeks|months)\b",
                     re.IGNORECASE)
"""A toll that adds up several events, places or days. Not for weapons: one night's
launches are told by region and then in all, and 'in all' is the attack's count."""
_NOT_GIVEN = re.compile(r"\bclaim(?:s|ed|ing)?\b(?!\s+(?:the\s+)?(?:lives?\b|at least|more than|"
                        r"over|nearly|about|\d))|\b(?:alleg\w*|unconfirmed|unverified|"
                        r"rumou?r\w*)\b", re.IGNORECASE)
"""A toll the article reports as someone's claim ('the group claimed that 50 died') or as
unconfirmed, not as the toll; not 'claimed 50 lives', a toll's own verb."""
_OTHER_EVENT = re.compile(r"\b(?:separate|earlier|previous|prior|another|similar|second|"
                          rf"last)\s+(?:[\w-]+\s+)?{lx.EVENT_NOUN}s?\b", re.IGNORECASE)
"""Another event named as such ('a separate attack on a village killed 50')."""
_BEFORE = re.compile(r"\b(?:another|a further|an additional|additional|further|up to|"
                     r"as many as)\s+$", re.IGNORECASE)
"""An increment ('another 4 bodies were found') or a ceiling ('up to 200'): not a toll
that gives the article's count."""
_REVISED_TO = re.compile(r"\b(?:revis\w*|lower\w*|down|correct\w*|updat\w*|from\s+[\d,]+)\b"
                         rf"[^.;]{{0,80}}?\bto\s+{lx.QUALIFIED}(?P<figure>[\w,-]+)", re.IGNORECASE)
"""The figure a toll was revised to ('revised down to 84', 'from 103 to 84')."""
_NOUN_GAP = r"\s+(?:[\w-]+\s+){0,3}?"
_SAID = re.compile(r"\b(?:said|says|reported|told|announced|confirmed|added|stated|wrote|"
                   r"posted|updated)\b[^.;,]{0,24}$", re.IGNORECASE)
"""A day a toll was told on, not an event's ('Ukrainian officials said on Friday')."""
_IN_MONTH = re.compile(r"\b(?i:in|last|since|during|early|late|mid-)\s+(?i:early\s+|late\s+)?"
                       rf"({'|'.join(m.title() for m in MONTHS)})\b(?!\s+\d)")
"""A month named alone ('in March'), as news tells an earlier event by."""
_NAME_GOES_ON = re.compile(r"\s+[A-Z][a-z]")


def check_elsewhere(ctx: Context, unsupported: AbstractSet[str] = frozenset()) -> list[Finding]:
    """A warning for every toll or weapon count that another sentence of its article gives
    higher; not for one whose own evidence fails support already (`unsupported`, by fact
    id): the reader is told once why a figure is not taken as stated."""
    held = {f.value for f in ctx.facts if f.figure and isinstance(f.value, int)
            and not isinstance(f.value, bool)}
    read = _Article(ctx.article.text, ctx.sentences)
    findings: list[Finding] = []
    for fact in ctx.facts:
        attack, value, evidence = fact.item, fact.value, fact.evidence
        field = str(fact.key.weapon) if fact.key.kind == "weapon" else str(fact.key.field)
        if fact_id(ctx.article.id, fact.id) in unsupported or not (
                fact.figure and isinstance(attack, Attack) and field in (*_TOLLS, *_WEAPONS)
                and isinstance(value, int) and not isinstance(value, bool) and value > 0
                and evidence is not None and evidence.span is not None):
            continue
        found = next(_higher(ctx, read, attack, field, value, evidence.span, held), None)
        if found is None:
            continue
        higher, said = found
        noun = field if field in _TOLLS else "artillery" if field == "artillery" else f"{field}s"
        told = (f"{fact.key.words}: the article also gives {higher} {noun} "
                f'("{said}"), a fuller or later figure than the evidence\'s {value}.')
        findings.append(ctx.finding(FindingCode.figure_given_otherwise, Severity.warning,
                                    told, [fact], reaskable=True, instruction=_ASK))
    return findings


class _Article:
    """What every count of an article is weighed against, read once per article: its
    sentences' counts, and the figures it says a toll was revised to."""

    def __init__(self, text: str, sentences: tuple[tuple[int, int], ...]) -> None:
        self.text = text
        self.sentences = sentences
        self._counts: list[tuple[int, int, str, list[Mention]]] | None = None
        self._revised: set[int] | None = None

    @property
    def counts(self) -> list[tuple[int, int, str, list[Mention]]]:
        """Each sentence with a count: (start, end, its text, its counts)."""
        if self._counts is None:
            self._counts = [(lo, hi, text, found) for lo, hi in self.sentences
                            if (found := counts(text := self.text[lo:hi]))]
        return self._counts

    def revised_to(self, value: int) -> bool:
        """Whether the article gives `value` as what a toll was revised to ('revised down
        to 84', 'from 103 to 84')."""
        if self._revised is None:
            self._revised = {m.value for found in _REVISED_TO.finditer(self.text)
                             for m in mentions(found.group("figure")) if m.value is not None}
        return value in self._revised


def _higher(ctx: Context, read: _Article, attack: Attack, field: str, value: int,
            own: tuple[int, int], held: set[int]) -> Iterator[tuple[int, str]]:
    """Each higher count of `field` that another sentence than the evidence (`own`) gives
    the attack, with its clause; none where the article says the toll was revised to
    `value`, which is asked only once a higher count is found: most counts have none,
    and the article is read whole for it."""
    article = read.text
    evidence = article[own[0]:own[1]]
    if _OTHER_EVENT.search(evidence):
        return
    taken = [span for f in ctx.facts if isinstance(f.item, Attack) and f.item is not attack
             and f.evidence and (span := f.evidence.span) is not None]
    for lo, hi, text, found in read.counts:
        if any(lo < end and start < hi for start, end in (own, *taken)):
            continue
        for mention in found:
            other = mention.value
            if other is None or not value < other <= _FEW * value or other in held \
                    or not _given(text, mention, field) \
                    or _combatants(text, mention.end, evidence, value) \
                    or _another_day(text, attack, ctx.published) \
                    or another_place(text, attack, evidence):
                continue
            if lack(text, other, _need(field, attack, continued(article, lo),
                                       ctx.extraction.attacks),
                    article[max(0, lo - lx.NEARBY):lo]) is None:
                if read.revised_to(value):
                    return
                clause = lx.span_at(lx.clauses(text), mention.start)
                yield other, " ".join(text[clause[0]:clause[1]].split())


def _need(field: str, attack: Attack, after: Check, attacks: Sequence[Attack]) -> Counts:
    """What support reads as a count of `field` (a toll, or a weapon's kind)."""
    return toll(field, after) if field in _TOLLS else weapons(field, attack, after, attacks)


def _given(text: str, mention: Mention, field: str) -> bool:
    """Whether the sentence gives the number as a toll of its own: its part of the clause
    says so (or has no verb of its own), and it is no year, adjective, sum, increment,
    ceiling, claim, other event or earlier report."""
    lo, hi = lx.span_at(lx.clauses(text), mention.start)
    start, end = lx.span_at(coordinated(text, lo, hi), mention.start)
    part = text[start:end]
    own = {"killed": lx.KILLED, "injured": lx.INJURED}.get(field) or lx.WEAPON[field]
    return not (YEAR.fullmatch(mention.text) or text.startswith("-", mention.end)
                or (field in _TOLLS and _SUMMED.search(text, lo, hi))
                or _NOT_GIVEN.search(text, lo, hi)
                or _OTHER_EVENT.search(text)
                or _BEFORE.search(text, lo, mention.start)
                or EARLIER_REPORT.search(text, 0, mention.start)
                or not (own.search(part) or not lx.VERB.search(part))
                or (field in _WEAPONS and (_noun(own, text, mention.end) is None
                                           or mixed(own)(text, (lo, hi), mention) is not None)))


def _combatants(text: str, end: int, evidence: str, value: int) -> bool:
    """Whether the number counts fighters of a side ('over 200 terrorists were killed',
    'five attackers were shot dead') where the evidence's number does not: the other
    side's toll, not the attack's victims."""
    return _noun(COMBATANTS, text, end) is not None and not any(
        m.value == value and _noun(COMBATANTS, evidence, m.end) for m in mentions(evidence))


def _noun(own: re.Pattern[str], text: str, end: int) -> re.Match[str] | None:
    """The weapon word a number counts, a few words after it ('40 Shahed drones'): not a
    weapon named by the event ('the toll from a drone strike has risen to 39')."""
    return re.compile(rf"{_NOUN_GAP}(?:{own.pattern})", re.IGNORECASE).match(text, end)


def _another_day(text: str, attack: Attack, published: dt.date | None) -> bool:
    """Whether the sentence names only other days than the attack's (or the night before
    it): one before it, or a later one with an event of its own ('a strike on Sunday
    killed 12'). A later day alone tells the toll as it grew ('by Thursday the toll had
    risen to 104'), as does one beside the attack's own ('the toll from Tuesday's attack
    rose to 52 on Thursday'); the day a toll was told ('officials said on Friday') is no
    day of an event. A month alone ('in a strike on the port in March') is another
    month's event unless it is the attack's."""
    if attack.date is None:
        return False
    days = [(named - attack.date).days for found in TIME.finditer(text)
            if (named := resolve(found.group(0), published)) is not None
            and not _SAID.search(text, max(0, found.start() - lx.NEARBY), found.start())]
    if any(abs(d) <= 1 for d in days):
        return False
    months = {MONTHS.index(m.group(1).casefold()) + 1 for m in _IN_MONTH.finditer(text)}
    return any(d < -1 for d in days) or (any(days) and ONE_EVENT.search(text) is not None) \
        or bool(months - {attack.date.month, (attack.date + dt.timedelta(days=1)).month})


def another_place(text: str, attack: Attack, evidence: str) -> bool:
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
