"""Report days: nothing is reported before it happens.

News dates its reports as often as its events ('in an update on Sunday, the ministry
said 274 were killed, up from 210 it reported on Saturday'). An attack's figure whose
own sentence says it was reported on a day before the day the attack is dated counts
an earlier attack: here Saturday's raid, filed under Sunday's shelling. So does one
whose earlier figure, which its sentence names ('the minister on Thursday revised the
toll from 95 to 84'), was reported before that day ('in an interview on Wednesday, the
health minister revised the toll from 103 to 95'): the attack was before Thursday. A
warning of the support kind, like every figure its evidence does not state as the fact
claims.

Only attacks: a release's numbers are often announced the day before it. Only a day
told by a report word right beside it (event_days.said_on), never one inside a
quotation. The day of a report is not held against an event dated that same day: news
reports most events the day they happen ('Hamas said on Sunday it had fired rockets').
"""

from __future__ import annotations

import datetime as dt
import re

from summarizer.facts import Fact
from summarizer.models import Attack, Finding, FindingCode, Severity
from summarizer.text.numbers import mentions
from summarizer.text.time import TIME
from summarizer.validate import lexicon as lx
from summarizer.validate._common import Context, day
from summarizer.validate.event_days import days, said_on

_FROM = re.compile(r"\bfrom\s*$", re.IGNORECASE)
"""'from 95 to 84', 'up from 210': the number that follows is the count's earlier figure."""


def check_report_days(ctx: Context) -> list[Finding]:
    """A warning for every attack figure reported before the attack it is filed under."""
    findings: list[Finding] = []
    for fact in ctx.facts:
        attack = fact.item
        if isinstance(attack, Attack) and attack.date is not None and fact.figure \
                and isinstance(fact.value, int) and not isinstance(fact.value, bool):
            findings += _reported_before(ctx, fact, attack.date)
    return findings


def _quoted(text: str, match: re.Match[str]) -> str:
    """The day with a few words either side, as the reader finds it in the article."""
    before = text[:match.start()].split()[-4:]
    after = text[match.end():].split()[:3]
    return " ".join([*before, match.group(0), *after])


def _sentences(ctx: Context, fact: Fact) -> list[tuple[int, int]]:
    """Where, in the article, each sentence of the evidence that writes the number is, then
    each sentence of the article that writes an earlier figure of the same count, which
    the number's own sentence names ('revised from 95 to 84', 'up from 210'): that figure
    was reported about the same attack."""
    evidence = fact.evidence
    if evidence is None or evidence.start is None or evidence.end is None:
        return []
    text = ctx.article.text
    spans = lx.clauses(text, sentences=True)
    own = [lx.span_at(spans, evidence.start + m.start)
           for m in mentions(text[evidence.start:evidence.end]) if m.value == fact.value]
    earlier = {m.value for lo, hi in own for m in mentions(text[lo:hi])
               if m.value != fact.value and _FROM.search(text, lo, lo + m.start)}
    linked = [lx.span_at(spans, m.start) for m in mentions(text) if m.value in earlier]
    return list(dict.fromkeys([*own, *linked]))


def _reported_before(ctx: Context, fact: Fact, date: dt.date) -> list[Finding]:
    text = ctx.article.text
    for lo, hi in _sentences(ctx, fact):
        for match in TIME.finditer(text, lo, hi):
            said = days(match.group(0), ctx.published)
            if said and said_on(text, *match.span()) and max(said) < date:
                return [ctx.finding(
                    FindingCode.reported_before_event, Severity.warning,
                    f"{fact.key.words}: the evidence does not say that {fact.value} is this "
                    f"attack's: it or the figure it revises was reported on {day(max(said))} "
                    f'("{_quoted(text, match)}"), before the attack was, so it counts an '
                    "earlier one. Give the fragment that states it, or correct the attack.",
                    [fact], reaskable=True)]
    return []
