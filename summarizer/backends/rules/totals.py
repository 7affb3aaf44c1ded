"""Running totals: everyone a side has got back so far, as a sentence states it.

A total is told by its own words ("bringing the total to 697", "brings to 69 the
number of hostages freed", "a total of 1,000"), or is a counted group that the
sentence tells as everyone so far (`running` decides which); whose people
it counts is the side it names, the side it was returned to, or the subject of
"received".
"""

from __future__ import annotations

import re

from summarizer.backends.rules.background import compared
from summarizer.backends.rules.deal import AGREEMENT_CUE
from summarizer.backends.rules.freed import FREED
from summarizer.backends.rules.groups import Group, group_qualifier
from summarizer.backends.rules.history import History
from summarizer.backends.rules.numbers import TOTAL_OF, Count
from summarizer.backends.rules.releasers import RECEIVED, releaser
from summarizer.backends.rules.sides import SidesReader
from summarizer.backends.rules.text import Unit, clause, evidence
from summarizer.backends.rules.unit_times import CAPTIVE, time_near
from summarizer.models import CumulativeTotal
from summarizer.text.numbers import NUMBER, number_value, qualifier_before
from summarizer.text.openings import opened
from summarizer.text.time import TIME

_NUMBER = f"(?P<number>{NUMBER.pattern})"
"""A total's number, in digits or in words ("bringing the total to eighty-one")."""
_TOTAL_OF = re.compile(f"(?i){TOTAL_OF}{_NUMBER}")
_RAISES = r"(?:brings?|bringing|brought|raises?|raising|raised|takes?|taking|took)"
"""A verb that raises a total ("bringing the total to", "brings to 69 the number"): one list for
both word orders."""
_RISE = (rf"(?i)\b(?:(?:{_RAISES}|rose|rises)\s+"
         r"(?:the\s+)?(?:[\w'\u2019]+\s+)?(?:total|number|tally|count)(?:\s+number)?"
         r"(?:\s+(?:of\s+)?[\w\s-]{1,60}?)?\s+(?:to|at)|(?:total|tally|count)(?:\s+number)?"
         r"(?:\s+(?:of\s+)?[\w\s]{1,40}?)?\s+(?:now\s+)?(?:stands|stood|reached)(?:\s+at)?)\s+")
_TOTAL_TO = opened(re.compile(_RISE + _NUMBER))
RISE_TO = re.compile(_RISE)
"""Words that raise a running total ("bringing the total to", "the tally now stands at"), and
a total that rose ("rose to"), which `_TO_THE_NUMBER`'s order cannot have: nothing brings a
number before the total there ("rose to 69 the number" is no sentence)."""
_DAILY = re.compile(r"(?i)\b(?:daily|day['\u2019]s)\s+(?:total|tally|count)\b")
"""A day's total ("bringing the daily total to eight") counts one stage, not everyone so far."""
_TO_THE_NUMBER = re.compile(rf"(?i)\b{_RAISES}\s+to\s+" + _NUMBER + r"\s+the\s+"
                            r"(?:total\s+)?(?:number|tally|count|total)\b")
""" "This brings to 69 the number of hostages freed": the total before its noun."""
_ALONG_WITH = re.compile(r"(?i),?\s+(?:along\s+with|plus|as\s+well\s+as)\s+(?:another\s+)?")
_RETURNED_TO = re.compile(r"(?i)\b(?:returned|handed\s+over|sent\s+back|brought\s+back"
                          r"|repatriated|home)\s+to\s+(?:the\s+)?$")

_OF_THINGS = re.compile(r"(?i)\s+(?:[\w-]+\s+)?(?:flights?|planes?|aircraft|buses|bus|trips?"
                        r"|rounds?|exchanges?|swaps?|stages?|batch(?:es)?|days?|weeks?|months?"
                        r"|hours?|times|convoys?|vehicles?)\b")
"""What "a total of" counts when it is no one freed: "more than 700 prisoners were exchanged
on a total of seven flights", "in a total of three rounds"."""
_SINCE = re.compile(r"(?i)\b(?:since|as\s+of)\b")
_RUNNING = re.compile(r"(?i)\b(?:so\s+far|to\s+date|over\s+(?:the\s+(?:past|last)\s+)?\w+\s+days"
                      r"|these\s+\w+\s+days)\b")
_PERFECT = re.compile(r"(?i)\b(?:has|have)\s+(?:now\s+|already\s+|so\s+far\s+)?(?:been\s+)?"
                      rf"(?:{FREED}|brought|handed"
                      r"|come\s+(?:home|back))\b")
_SCOPE = re.compile(r"(?i)\b(?:(?:during|under|throughout)\s+the\s+(?:[\w-]+\s+)?"
                    r"(?:truce|cease-?fire|pause|deal|agreement)|(?:in|over|during)\s+(?:the\s+)?"
                    r"(?:past\s+|last\s+)?(?!coming|next|following)(?:\w+|\d+)[\s-]days?|this\s+week)\b")
"""What a count told in the perfect, on no one day, counts over ("Altogether, 69 hostages have
been freed during the truce", "In three days, 1,000 Ukrainians have returned home"): everyone
so far."""
_WAR_LONG = re.compile(r"(?i)\bsince\s+(?:the\s+(?:start|beginning|outbreak)\s+of\s+)?"
                       r"(?:(?:the|its|Russia['\u2019]s|Israel['\u2019]s|[\w-]+)\s+){0,3}?"
                       r"(?:war|invasion|conflict|hostilities)\b|\bsince\s+(?:(?:19|20)\d\d|February)\b"
                       r"|\bsince\s+(?:[\w'\u2019-]+\s+){1,2}?(?:(?:launched|began|started|unleashed"
                       r"|waged)\s+(?:its|their|his|the|an?)\s+(?:[\w-]+\s+){0,2}?(?:war|invasion"
                       r"|offensive)\b|invaded\b)")
"""A running total told of the whole war ("Moscow has so far released a total of 3,956 ...,
through prisoner swaps since the war began", "... since Russia launched its full-scale
invasion", "since Moscow invaded"), wherever in its sentence: no total of this exchange, and
no release of it."""
_TOTAL_WORD = re.compile(r"(?i)\b(?:total|in\s+all|altogether|overall)\b")
_A_TOTAL_OF = re.compile(r"(?i)\ba\s+total\s+of\s+$")
_ALREADY = re.compile(r"(?i)\balready\s+$")
""" "Already 1,950 Ukrainians returned from captivity": everyone so far, of the war or the deal."""
_ONE_STAGE = re.compile(r"(?i)\b(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth"
                        r"|tenth|latest|another)\s+(?:[\w'\u2019-]+\s+){0,2}?(?:batch|round|exchange"
                        r"|swap|day|group|phase|stage|handover)\b")
"""A sentence that names its count one batch, day or exchange of a series ("A total of 39
prisoners have been released by Israel, the third batch", "have released 24 hostages during
the first day of the truce", "Another exchange has just ended, and 45 defenders have returned
home"): the count is that stage's, though told in the perfect, beside a total or a "since"
that only places the exchange in its series."""


_SERIES = r"(?:exchanges|swaps|rounds|mediations)"
_MEDIATED = re.compile(rf"(?i)\b{_SERIES}\b[^.;]{{0,40}}?\bmediat\w*"
                       rf"|\bmediat\w*\s+(?:[\w-]+\s+){{0,2}}?{_SERIES}\b|\bmediations\b")
"""A total of the swaps a mediator brokered ("brings to 4,181 the number of prisoners freed in
exchanges it has mediated", "the UAE has mediated 13 exchanges, in which a total of 4,181 ..."):
a series of exchanges, often since the war began, no running total of this one. Not the swap
told as mediated ("in a swap mediated by the UAE, bringing the total to 697"), nor a total
"through Qatari mediation", which may be the truce's own."""
_RELATIVE_OPENING = re.compile(r"(?i)(?:in|under|through|during)\s+which\b")
""" "The UAE has mediated 13 exchanges, in which a total of 4,181 ...": a clause that goes on
from the clause before it, whose words tell what the total counts."""


def _mediators_tally(text: str, unit: Unit, position: int) -> bool:
    """Whether the total at `position` counts the swaps a mediator brokered (`_MEDIATED`), in
    its clause or the one a relative clause of it hangs on."""
    start, end = clause(unit, position)
    if start > unit.start and _RELATIVE_OPENING.match(text, start):
        start = clause(unit, start - 3)[0]
    return bool(_MEDIATED.search(text, start, end))


_BEGAN = re.compile(r"(?i)\b(?:began|begun|started|took\s+effect|came\s+into\s+(?:force|effect)"
                    r"|went\s+into\s+effect|since)\s+(?:on\s+|in\s+)?$")
"""What tells a time as when the period a total counts over began ("freed as part of the
ceasefire that began on 19 January", "under the truce that took effect on Sunday"): the total
stands at the time of the telling, not then."""


def as_of(text: str, unit: Unit, position: int) -> str | None:
    """The time a running total is told of (`time_near`), unless that time only tells when
    its period began (`_BEGAN`): then None, and the total stands as of the article's last
    stage or its day."""
    found = time_near(text, unit, position)
    if found is None:
        return None
    starts = [m.start() for m in re.finditer(re.escape(found), unit.text)]
    began = [at for at in starts
             if _BEGAN.search(unit.text, max(0, at - 30), at)]
    return None if starts and len(began) == len(starts) else found


def running(text: str, unit: Unit, group: Group, history: History) -> bool | None:
    """Whether the group counts everyone so far ("Since Friday, Hamas has released 51",
    "so far 150", "over two days") rather than a release of this stage. None leaves it
    out: the parts of a running total ("the total now stands at 81 and includes 60
    Israelis"), a total since the war began, and a bare "in total", which may sum this
    stage or every stage, in the perfect too ("A total of 84 prisoners have been returned to
    Ukraine", "Today, a total of 150 have returned home"): only a span ("during the truce",
    "this week", "since Friday") makes a count everyone so far. The total a sentence brings
    its stage to ("Six more were released, bringing the total to eight") makes the six a
    stage. A total of a mediator's swaps (`_mediators_tally`) is left out too; a stage told
    beside the mediator stays one."""
    so_far = _so_far(text, unit, group, history)
    return None if so_far and _mediators_tally(text, unit, group.start) else so_far


def _so_far(text: str, unit: Unit, group: Group, history: History) -> bool | None:
    rises = list(RISE_TO.finditer(text, unit.start, unit.end))
    if any(m.start() < group.start for m in rises):
        return None
    start, end = clause(unit, group.start)
    lead_start, lead_end = clause(unit, unit.start)
    perfect = bool(_PERFECT.search(text, start, end))
    counted = [n.end() for n in NUMBER.finditer(text, unit.start, group.start)]
    told = max([unit.start, *counted]) if perfect else start
    since = [m for m in _SINCE.finditer(text, min(start, told), end)  # "In total, since
             if not CAPTIVE.search(text, max(start, m.start() - 30), m.start())
             and not compared(text, start, end, m.start())]
    if lead_end <= group.start:
        since += [m for m in _SINCE.finditer(text, lead_start, lead_end)
                  if not compared(text, lead_start, lead_end, m.start())]
    one_stage = bool(_ONE_STAGE.search(unit.text)) and not _RUNNING.search(unit.text)
    if since:
        return None if history.recalls(unit.start, end) or _WAR_LONG.search(
            unit.text) else not one_stage
    if _ALREADY.search(text, max(start, group.start - 10), group.start):
        return None
    words = unit.text
    for found in reversed(rises):
        words = words[:found.start() - unit.start] + words[found.end() - unit.start:]
    dateless = perfect and not TIME.search(text, start, end)
    if one_stage and dateless and _TOTAL_WORD.search(words):
        return False  # "Another exchange has just ended, and 60 have returned home, which
        # means a total of 2,000 since ...": the 60 are that exchange's
    if _over_span(text, unit, group, rises) or (dateless and _SCOPE.search(words)):
        return False if one_stage else None if _WAR_LONG.search(words) else True
    if _A_TOTAL_OF.search(text, max(start, group.start - 14), group.start) and (
            TIME.search(text, start, end) or not _SCOPE.search(words)) and not perfect:
        return False  # "A total of 84 Ukrainians were released on Saturday": that day's; so
        # is "Russia released a total of 215", told in the past of no period
    return None if _TOTAL_WORD.search(_own_words(text, unit, group, rises)) and not (
        group.restated) else False


def _over_span(text: str, unit: Unit, group: Group, rises: list[re.Match[str]]) -> bool:
    """Whether the sentence tells the group counted over a span ("In just these two days, 697
    have been brought home", "freed 697 over the past three days"). A span in the words that
    raise a total, or after another number told after the group, is that total's: "swapped
    307 each on Saturday, taking the total over two days to 697", "..., for a total of 697
    over two days" tell Saturday's 307."""
    for span in _RUNNING.finditer(text, unit.start, unit.end):
        if any(r.start() <= span.start() < r.end() for r in rises):
            continue
        if span.start() < group.start or not any(
                n.start() < span.start() for n in NUMBER.finditer(text, group.end, span.start())):
            return True
    return False


def _own_words(text: str, unit: Unit, group: Group, rises: list[re.Match[str]]) -> str:
    """The words of the sentence that tell the group's count, between the numbers told
    before and after it, without the words that raise a total: a total told of another count
    ("... had released a total of 24 hostages and that Israel had freed 39 women", "290 were
    processed, while 350 were released in total", "11 returned, bringing to 69 the total") is
    not the group's."""
    before = [n.end() for n in NUMBER.finditer(text, unit.start, group.start)]
    after = NUMBER.search(text, group.end, unit.end)
    start, end = max([unit.start, *before]), after.start() if after else unit.end
    cuts = [(max(start, m.start()), min(end, m.end())) for m in rises
            if m.start() < end and m.end() > start]
    return " ".join(text[a:b] for a, b in zip([start] + [e for _, e in cuts],
                                              [s for s, _ in cuts] + [end], strict=True))


class TotalReader(SidesReader):
    """The running totals of one article's sentences, once its sides are known."""

    def received_by(self, unit: Unit, position: int, nations: set[str]) -> str:
        """Whose people a total counts: named in it, the side they were returned to, or the
        subject of "received"; else empty, and `ExchangeReader.read` falls back on the side
        the article's releases bring people home to."""
        if len(nations & set(self.sides.parties)) == 1:
            return (nations & set(self.sides.parties)).pop()
        start, end = clause(unit, position)
        for mention in self.places.between(position, end):
            if mention.entry.name in self.sides.parties and _RETURNED_TO.search(
                    self.text, max(position, mention.start - 40), mention.start):
                return mention.entry.name  # "697 have been returned to Ukraine"
        if RECEIVED.search(self.text, start, position):
            named = [m for m in self.places.between(start, position)
                     if m.entry.name in self.sides.parties]
            if named:
                return named[-1].entry.name
        return ""

    def _named(self, unit: Unit, total: re.Match[str]) -> set[str]:
        """The sides a total's words name ("brings to 697 the number of Ukrainians freed")."""
        end = clause(unit, total.end())[1] if total.re is _TO_THE_NUMBER else total.end()
        return {m.entry.name for m in self.places.between(total.start(), end)
                if m.entry.demonym}

    def _people(self, group: Group) -> str:
        """The people a total counts when their nation is no side ("150 Palestinians" freed
        in a swap between Israel and Hamas): they are who received it, as the article names
        them, not the side that released them."""
        named = {self.text[m.start:m.end] for m in self.places.between(group.start,
                                                                        group.items_end)
                 if m.entry.demonym and m.entry.name not in self.sides.parties}
        return named.pop() if len(named) == 1 else ""

    def of_group(self, group: Group) -> CumulativeTotal:
        """The running total a counted group of people is ("Hamas has freed 63 hostages":
        received by the side opposite the one that freed them)."""
        freed_by = releaser(self.sides, group, None)
        return CumulativeTotal(
            received_by=self.received_by(group.unit, group.start, group.nations())
            or self._people(group) or (freed_by and self.sides.other(freed_by)) or "",
            count=group.count, qualifier=group_qualifier(self.text, group),
            as_of_expression=as_of(self.text, group.unit, group.start),
            evidence=evidence(self.text, group.unit.start, group.unit.end))

    def stated(self, unit: Unit, counted: list[Count]) -> list[CumulativeTotal]:
        """Totals whose noun is not right after the number: "brings the total number of
        returnees to 697", "received a total of 1,000 of its citizens"; with the people it
        adds ("bring the number of Israelis freed to 50, along with 19 foreigners": 69); none of
        the whole war (`_WAR_LONG`)."""
        starts = {c.start for c in counted}
        if _WAR_LONG.search(unit.text):
            return []
        if "total" not in unit.text and not _TOTAL_TO.search(unit.text) and not (
                _TO_THE_NUMBER.search(unit.text)):
            return []
        found = [*_TOTAL_TO.finditer(self.text, unit.start, unit.end),
                 *_TO_THE_NUMBER.finditer(self.text, unit.start, unit.end)]
        if not AGREEMENT_CUE.search(unit.text):
            found += _TOTAL_OF.finditer(self.text, unit.start, unit.end)
        return [CumulativeTotal(received_by=self.received_by(unit, m.start("number"),
                                                              self._named(unit, m)),
                                count=value + sum(
                                    c.value for c in counted
                                    if _ALONG_WITH.fullmatch(self.text, m.end(), c.start)),
                                qualifier=qualifier_before(self.text, m.start("number")),
                                as_of_expression=as_of(self.text, unit, m.start("number")),
                                evidence=evidence(self.text, unit.start, unit.end))
                for m in found if (value := number_value(m)) is not None
                and not _DAILY.search(m.group()) and not _OF_THINGS.match(self.text, m.end())
                and m.start("number") not in starts
                and not self._background(unit, m.start("number"))
                and not _mediators_tally(self.text, unit, m.start("number"))]
