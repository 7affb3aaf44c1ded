"""Scope: is the clause a figure comes from about this fact, or about something beside it?

Support (support.py) asks whether a clause writes the number with what the fact
counts. A clause can do that and still be about something else, and these are the
commonest ways a right-looking number is the wrong fact on real articles:

- a weapon count that is what was shot down, not what was launched ('the US and
  Britain intercepted more than 100 of the drones');
- a toll or count under a background marker ('since the war began', 'last year',
  'in a separate strike'), or an earlier report the article has moved past
  ('reports yesterday said 17 were killed'), or a sentence that names no event of its
  own and goes on from one ('Other estimates put the toll at 90,000' after the war's);
- a count that is one part of a list ('13 Israeli and four foreign hostages': 4 is
  not how many were freed; listed.py);
- a release or running total whose people are the other side's ('150 Palestinians'
  is not a total returned to Israel);
- a number that counts a part of another count ('killed 31, including 9 children';
  'shot down 41 of the 52 drones'), a figure the clause replaces ('revised from 41 to
  38', 'up from 29'), or places rather than people or weapons ('struck 11 regions').

Each check looks at the number's own clause (and `continued` at the sentence before it),
with its own small vocabulary below (the rules extractor's words are not used: the check
must judge every backend). A check returns why the figure is not this fact's, or None.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable

from summarizer.text.containment import within
from summarizer.text.numbers import Mention, mentions
from summarizer.text.time import TIME
from summarizer.validate.counting import counts, counts_nothing
from summarizer.validate.lexicon import (
    EVENT_NOUN,
    PEOPLE_AFTER,
    QUALIFIER,
    SAID_WORDS,
    clauses,
    sentence_at,
)
from summarizer.validate.sides import (
    MAKER,
    attacked_forms,
    known_sides,
    names_any,
    people_forms,
    people_words,
    rivals,
    spellings,
)

Check = Callable[[str, tuple[int, int], Mention], str | None]
"""(text, the number's clause as (start, end), the number) -> why it is another fact's."""

_QUALIFIED = rf"(?:\s+{QUALIFIER})?"
INTERCEPTED = (r"(?:intercept\w*|shot down|shoots? down|shooting down|downed|destroy\w*|"
               r"neutrali[sz]\w*|repel\w*|repuls\w*|brought down|taken down|suppress\w*)")
"""What air defence did to a weapon: the count it governs is not the number launched."""

_OVER = r"(?:for|over|in|between|against|with|across|of|on)(?: [\w'\u2019-]+){1,5}?"
"""What a war is about, between its noun and its toll ('fighting for control of the country
has killed'): the war is still what killed them."""

BACKGROUND = re.compile(
    r"\bsince (?:the )?(?:start|beginning|outbreak|onset) of\b"
    r"|\bsince (?:the |its |their )?(?:[\w'\u2019-]+ ){0,2}(?:war|invasion|conflict|fighting)"
    r"(?: (?:began|started|erupted|broke out))?\b"
    r"|\bsince (?:(?:early |late |mid-)?(?:january|february|march|april|june|july|august|"
    r"september|october|november|december)|(?:19|20)\d\d)\b"
    r"|\bsince (?:jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec)\b"
    r"|\b(?:in|during|throughout|over) (?:the |its |this |their |[\w-]+['\u2019]s )?"
    r"(?:[\w-]+ ){0,2}(?:war|invasion|conflict)\b(?![-'\u2019])"
    r"|\b(?:has|have)\b[^.;]*\b(?:in|during) (?:the |its |[\w-]+['\u2019]s )?"
    r"(?:[\w-]+ ){0,2}offensive\b"
    r"|\b(?:war|invasion|conflict|fighting|offensive|onslaught|insurgency|hostilities)\b"
    r"(?:,[^,]*,| (?:that|which)| " + _OVER + r")? (?:has|have|had) (?:so far |\w+ )?"
    r"(?:killed|left|claimed|wounded|injured)\b"
    r"|\blast (?:year|month)\b|\ba year ago\b|\bearlier this (?:year|month)\b"
    r"|\b(?:until|up to|by) (?:that|this) (?:date|day|point)\b"
    r"|\bthroughout the war\b|\bso far this (?:year|month)\b"
    r"|\bin (?:an? |the )?(?:separate|earlier|previous|prior|similar|another) "
    r"(?:attack|strike|raid|assault|incident|shelling|bombing)s?\b",
    re.IGNORECASE)
"""A figure of another time or event than the one reported: since a day or the war began,
or of the whole war ('have been killed in Russia's invasion', 'during the war', 'the war
has killed', 'a war that has killed', 'years of fighting over the region have killed'), or up
to a day ('320 drones had been fired until that date'), not of one attack in it."""

COMPARISON = re.compile(r"\b(?:(?!latest\b)\w+est|most|first|single[- ]day|record|worst)\b[^.;]*"
                        r"\b(?:since|in|during|throughout|over)\b", re.IGNORECASE)
"""'The deadliest day since the war began', 'one of the bloodiest attacks in the war': a
comparison, not a total since then or of the war. Not 'latest', which tells no measure ('its
latest assault, in Kenya last month, killed 21' is another time's toll)."""

EARLIER_REPORT = re.compile(
    r"\b(?:earlier|initial|previous|yesterday'?s?|first) (?:reports?|figures?|tolls?|counts?|"
    r"estimates?)\b|\breports? (?:yesterday|earlier)\b"
    r"|\b(?:had|was|were) (?:earlier|initially|previously) (?:said|reported|put|given)\b"
    r"|\b(?:initially|previously|first) (?:said|reported|put|gave|estimated)\b",
    re.IGNORECASE)
"""A figure the article gives as superseded ('police initially said 12 were killed')."""

OCCASIONS = re.compile(
    r"\s+(?:[a-z-]+\s+)?(?:handovers?|hand-overs?|rounds?|stages?|batch(?:es)?|exchanges?|"
    r"swaps?|waves?|phases?|groups?|volleys?|salvos?|occasions?|times)\b", re.IGNORECASE)
"""What a number counts when it counts occasions, not people or weapons ('in two separate
handovers', 'in three waves'). Not strikes: 'three missile strikes' is how articles
count three missiles (the corpus's gold files read it so)."""

THINGS = re.compile(
    r"\s+(?:(?!(?:over|across|in|on|at|of|from|to|near|and|or|into|against|with|by|for)\b)"
    r"[A-Za-z-]+\s+){0,2}?(?:regions?|provinces?|oblasts?|cities|city|towns?|villages?|"
    r"settlements?|districts?|communities|community|hospitals?|buildings?|homes?|houses?|"
    r"apartments?|schools?|border posts?|posts|positions|bases|sites?|locations?|countries|"
    r"targets|objects|"
    r"facilities|areas|bus|buses|coaches)\b", re.IGNORECASE)
"""What a number counts when it counts places or buildings, not people hurt or freed nor
weapons ('attacked 14 regions', 'captured 25 border posts', '54 hospitals', 'hit 12
targets'), or the buses
that carry the freed ('two buses carrying prisoners')."""

PART_OF = re.compile(r"\b(?:including|included|among them|among whom|among those|"
                     r"among the \w+|of (?:whom|which|them))"
                     r"(?:\s+(?!(?:from|in|for|by|to|at|on|with|since|after)\b)[\w-]+){0,4}?"
                     + _QUALIFIED + r"\s+$", re.IGNORECASE)
PART_AFTER = re.compile(r"\s+(?:out\s+)?of\s+(?:them|whom|which|those|these)\b", re.IGNORECASE)
OF_NUMBER = re.compile(r"(?:\s+[\w-]+){0,2}?\s+(?:out\s+)?of\s+(?:the\s+|its\s+|their\s+)?$",
                       re.IGNORECASE)
"""A number that counts part of another count: 'killed 104 people, including 46 children',
'including at least 12 women' (a qualifier's 'at' is no preposition that starts a place),
'284 injured, of which 220 were hospitalised', 'shot down 50 of the 69 drones'."""

REPLACED = re.compile(r"\b(?:(?P<moved>up|down)\s+)?from" + _QUALIFIED + r"\s+$", re.IGNORECASE)
REPLACED_BY = re.compile(r"(?:\s+[\w-]+){0,2}?\s+to" + _QUALIFIED + r"\s+$", re.IGNORECASE)
"""A figure the clause gives as replaced: 'revised the toll from 95 to 84', '274 killed,
up from 210'."""

_NOT_PEOPLE = frozenset({"from", "of", "to", "in", "at", "by", "with", "for", "on",
                         "who", "whom", "which", "that", "have", "has", "had", "were", "was",
                         "are", "is", "each"})
"""Where the words naming who a number counts end ('55 prisoners from Ukraine')."""

_SUBJECT_WORD = (r"\s+(?!(?:and|or|but|hit|hits|struck|strikes?|flew|fell|came|were|was|is|"
                 r"are|has|have|had)\b)(?!\w{3,}ed\b)(?!\d)[\w'\u2019-]+")
"""A word of a weapon count's noun phrase: not a verb of its own, nor another number."""
_DOWNED_SUBJECT = re.compile(
    rf"(?:(?:\s+[\w-]+){{0,3}}?|(?:{_SUBJECT_WORD}){{0,3}}?\s+and\s+(?:an?|one|two|three|four|"
    rf"five|six|seven|eight|nine|ten|\d[\d,]*)(?:{_SUBJECT_WORD}){{1,3}}?)"
    rf"(?:\s+(?:fired|launched|sent)\b(?:{_SUBJECT_WORD}){{0,5}}?)?"
    rf"\s+(?:were|was|have been|had been|being|got)\s+(?:\w+ly\s+)?{INTERCEPTED}\b",
    re.IGNORECASE)
"""A weapon count the subject of a passive 'were intercepted': the number's noun, with a
count beside it ('Three drones and one ballistic missile') and what launched them ('fired
at the same time', 'launched toward the ship') between it and the verb."""


def intercepted(attacker: str | None, targets: Iterable[str]) -> Check:
    """A count of weapons that another party than the one attacked shot down ('the US
    and Britain intercepted more than 100 drones'): one defender's share, not the attack.
    What the attacked side says it shot down is how such attacks are counted, and passes."""
    attackers = spellings(attacker) if attacker else frozenset()
    attacked = [(t, attacked_forms(t)) for t in targets]

    def check(text: str, clause: tuple[int, int], mention: Mention) -> str | None:
        before, after = text[clause[0]:mention.start], text[mention.end:clause[1]]
        verb = re.search(rf"\b{INTERCEPTED}{_QUALIFIED}\s*$", before, re.IGNORECASE)
        if verb is None and not _DOWNED_SUBJECT.match(after):
            return None
        named = [f for f in known_sides(MAKER.sub("", before[:verb.start()] if verb else after))
                 if not f & attackers]
        others = [f for f in named if not any(f & forms or any(within(t, c.title()) for c in f)
                                              for t, forms in attacked)]
        if others and (attacked or len(named) > 1):
            return "there it counts what one defender shot down, not the number launched"
        return None
    return check


def background(text: str, clause: tuple[int, int], mention: Mention) -> str | None:
    """A marker of another time or event in the number's clause."""
    words = text[clause[0]:clause[1]]
    found = BACKGROUND.search(words)
    if found is None or COMPARISON.search(words[:found.end()]):
        return None
    return f'there it is a figure of another time or event ("{found.group(0)}")'


ONE_EVENT = re.compile(rf"\b{EVENT_NOUN}\b(?!-)"
                       r"|\b(?:hit|struck|shelled|bombed|attacked|targeted|raided|stormed|ambushed|"
                       r"exploded|detonated|slammed|landed)\b", re.IGNORECASE)
"""One event named in the singular ('the strike', 'Monday's attack'), or told by what struck
('when a drone hit a house'): a sentence that names one tells its own news ('the attacks'
may be the whole war's)."""
_BEFORE = 400
"""How far back the sentence before a figure's is looked for."""


def continued(article: str, offset: int) -> Check:
    """A figure whose sentence tells no event of its own (no time, no one attack) right
    after a sentence of another time's figures, in its paragraph or the one before: it
    goes on with that sentence ('The war has killed 20,000, the UN says. Other estimates
    put the toll at 90,000.'). `offset` is where the evidence starts in `article`."""
    def check(text: str, clause: tuple[int, int], mention: Mention) -> str | None:
        lo, hi = sentence_at(text, mention.start)
        if TIME.search(text, lo, hi) or ONE_EVENT.search(text, lo, hi):
            return None
        start = offset + lo
        head = article[max(0, start - _BEFORE):start]
        told = head.rstrip()
        if not told.endswith((".", "!", "?", "\"", "\u201d")) \
                or head[len(told):].count("\n") > 2:
            return None  # mid-sentence, or far from any sentence before
        spans = clauses(told, sentences=True)
        if len(spans) < 3 and start > _BEFORE:
            return None  # the sentence before is not whole within reach
        before = told[spans[-2][0]:spans[-2][1]]
        found = BACKGROUND.search(before)
        if found is None or COMPARISON.search(before[:found.end()]) or not counts(before):
            return None
        return ("there it goes on from the sentence before, a figure of another time or "
                f'event ("{found.group(0)}")')
    return check


_UPDATED = re.compile(r"\b(?:but|now|later|since|latest|updat\w*|risen|rose|climbed|revised|"
                      rf"raised|increased|however|while|{SAID_WORDS})\b", re.IGNORECASE)
"""What tells a later figure after an earlier report ('initial reports said 10, but the toll
has since risen to 20'), or a report of its own ('..., and the governor said 20 died')."""


def earlier_report(text: str, clause: tuple[int, int], mention: Mention) -> str | None:
    """A figure its clause gives as superseded, or that goes on from an earlier report before
    it in its sentence ('Initial reports had indicated a higher toll, with officials stating
    103'), with nothing between that tells a later figure."""
    found = EARLIER_REPORT.search(text, clause[0], clause[1])
    if found is None:
        lo = sentence_at(text, mention.start)[0]
        found = next((m for m in EARLIER_REPORT.finditer(text, lo, clause[0])
                      if not _UPDATED.search(text, m.end(), mention.start)), None)
    return None if found is None else (
        f'there it is an earlier report the article has moved past ("{found.group(0)}")')


def occasions(text: str, clause: tuple[int, int], mention: Mention) -> str | None:
    """A number whose noun is an occasion ('freed 3 hostages in two separate handovers'):
    it counts handovers or waves, not the people or weapons of the fact."""
    found = OCCASIONS.match(text, mention.end, clause[1])
    return None if found is None else (
        f'there it counts occasions ("{mention.text}{found.group(0)}")')


def _people(text: str, mention: Mention, clause: tuple[int, int]) -> str:
    """The words that name who a number counts: up to five after it ('210 Palestinian
    civilians', '390 Russians and Ukrainians')."""
    return people_words(text, mention.end, clause[1], most=5, stop=_NOT_PEOPLE)


def own_people(side: str) -> Check:
    """A release by `side` that counts `side`'s own people ('Hamas freed 150
    Palestinians' is not a release by Hamas)."""
    forms = people_forms(side)

    def check(text: str, clause: tuple[int, int], mention: Mention) -> str | None:
        people = _people(text, mention, clause)
        if names_any(people, forms) and all(f & forms for f in known_sides(people)):
            return f"there it counts {side}'s own people, whom {side} got back"
        return None
    return check


def other_people(side: str, others: Iterable[str]) -> Check:
    """A total returned to `side` that counts another side's people ('150
    Palestinians' is not a total returned to Israel)."""
    own = people_forms(side)
    others_forms = rivals(side, others, people_forms)

    def check(text: str, clause: tuple[int, int], mention: Mention) -> str | None:
        people = _people(text, mention, clause)
        if names_any(people, own):
            return None
        rival = next((o for o, forms in others_forms.items() if names_any(people, forms)), None)
        return None if rival is None else f"there it counts {rival}'s people, not {side}'s"
    return check


def uneven(text: str, count: int, sides: Iterable[str]) -> bool:
    """Whether `text` writes a number other than `count` for one of `sides`' people ('freed
    two Americans in exchange for a Taliban figure'): the swap it tells is not even, so
    one number cannot count both sides' people there ('as many' is no other number)."""
    forms = frozenset().union(*(people_forms(side) for side in sides))  # any side's: one reading
    return any(m.value not in (None, count) and not counts_nothing(text, m)
               and names_any(_people(text, m, (0, len(text))), forms)
               for m in mentions(text))


RATE = re.compile(r"\s+(?:[\w'\u2019-]+\s+){0,3}?(?:per|for each|for every)\s+"
                  r"(?!(?:side|party|country|cent)\b)", re.IGNORECASE)
"""A number given per another thing ('30 Palestinians per civilian hostage', '50 prisoners
for each soldier'); not a side's share ('1,000 per side')."""


def rate(text: str, clause: tuple[int, int], mention: Mention) -> str | None:
    """A number that a deal gives per person of the other side: a rate, not a count."""
    found = RATE.match(text, mention.end, clause[1])
    return None if found is None else (
        f'there it is a rate ("{mention.text}{found.group(0).rstrip()}"), not a count')


def things(text: str, clause: tuple[int, int], mention: Mention) -> str | None:
    """A number whose noun is a place or a building: it counts those, unless people follow
    to say which ones ('287 school children')."""
    found = THINGS.match(text, mention.end, clause[1])
    return None if found is None or PEOPLE_AFTER.match(text, found.end()) else (
        f'there it counts something else ("{mention.text}{found.group(0)}")')


SHARE_BETWEEN = re.compile(r"\b(?:and|for|in exchange for|in return for)\b", re.IGNORECASE)


def one_share(text: str, clause: tuple[int, int], mention: Mention) -> str | None:
    """A deal's number written beside the other side's different number ('40 hostages for
    120 prisoners', '120 prisoners held by Israel and 40 hostages'): one side's share,
    not the deal's total. Only the next number either way, with no other between ('200
    prisoners, 120 held by Israel and 80 by Hamas': 200 is the total)."""
    words = text[clause[0]:clause[1]]
    lo, hi = mention.start - clause[0], mention.end - clause[0]
    found = counts(words)
    before = [m for m in found if m.end <= lo]
    after = [m for m in found if m.start >= hi]
    for other, between in ((before[-1], words[before[-1].end:lo]) if before else (None, ""),
                           (after[0], words[hi:after[0].start]) if after else (None, "")):
        if other is not None and other.value != mention.value \
                and SHARE_BETWEEN.search(between) \
                and all(_counts_people(words, m) for m in (mention, other)):
            return f'there it is one side\'s share, beside {other.text} for the other'
    return None


SHARE_PEOPLE = re.compile(r"\b(?:prisoner|hostage|captive|detainee|pows?\b|soldier|servicem|"
                          r"civilian|people|women|children|palestinian|israeli|ukrainian|"
                          r"russian)", re.IGNORECASE)


def _counts_people(words: str, mention: Mention) -> bool:
    """Whether one of the four words after a number names people ('40 hostages', '120
    Palestinian prisoners'), not days, a year or a stage."""
    return SHARE_PEOPLE.search(" ".join(words[mention.end:].split()[:4])) is not None


def _before_number(text: str, start: int, end: int, between: re.Pattern[str]) -> bool:
    """Whether another count follows `start` before `end`, with only `between` before it."""
    after = text[start:end]
    return any(m.value is not None and between.fullmatch(after[:m.start])
               and not counts_nothing(after, m) for m in mentions(after))


def part(own: re.Pattern[str] | None = None) -> Check:
    """A number that counts one part of another count.

    People (`own`, the fact's words): in a short list after 'including', 'among them' or
    'of whom', or before 'of whom'; unless the words after it say it is the fact ('20 were
    injured, two of whom died' is a number killed). Weapons (no `own`): before 'of which',
    or before 'of' and another number ('50 of the 69 drones'). Not 'including' for
    weapons ('including 170 drones' is how a barrage lists them), nor 'of' and a number
    for people ('freed 81 of the 240 hostages' counts the freed)."""
    def check(text: str, clause: tuple[int, int], mention: Mention) -> str | None:
        after = PART_AFTER.match(text, mention.end)
        if own is None:
            found = after is not None or _before_number(text, mention.end, clause[1], OF_NUMBER)
        else:
            said = text[mention.end:clause[1]].split(",")[0]
            found = (after is not None or PART_OF.search(text, clause[0], mention.start)
                     is not None) and not own.search(said)
        return "there it counts one part of another count" if found else None
    return check


def replaced(text: str, clause: tuple[int, int], mention: Mention) -> str | None:
    """A figure the same clause replaces with another ('from 95 to 84', 'up from 210')."""
    found = REPLACED.search(text[clause[0]:mention.start])
    if found is None or not (found.group("moved") or _before_number(
            text, mention.end, clause[1], REPLACED_BY)):
        return None
    return "there it is a figure the article replaces with another"
