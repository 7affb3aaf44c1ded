"""Report days: nothing is reported before it happens.

News dates its reports as often as its events ('in an update on Sunday, the ministry
said 274 were killed, up from 210 it reported on Saturday'). An attack's figure whose
own sentence says it was reported on a day before the day the attack is dated counts
an earlier attack: here Saturday's raid, filed under Sunday's shelling. So does one
whose earlier figure, which its sentence names ('the minister on Thursday revised the
toll from 95 to 84'), was reported before that day ('in an interview on Wednesday, the
health minister revised the toll from 103 to 95'): the attack was before Thursday. So
does a toll that another sentence gives again, as a toll of its kind, on a day before
('... killed 74, the ministry said yesterday' and 'On Thursday afternoon, the spokesman
said the death toll had reached 74'), and a toll quoted below the sentence that
introduces the quotation ('In a statement issued late Monday evening, the ministry
said:'), which was said on that sentence's day. A warning of the support kind, like every
figure its evidence does not state as the fact claims. When the attack's date is the
weaker claim, it is the date that is wrong, not the figures: an error on the date,
naming every figure filed under it. It is weaker when it has no words of its own, or
when its words name a day the article gives only to reports ('the minister on Thursday
revised the toll' is the only Thursday).

The converse: an attack dated by words that, in its evidence, only tell when it was
reported ('the toll rose to 25 this Sunday', 'Police said Saturday that 32 people died'),
while the same evidence names an earlier day for the attack itself ('a missile hit the
building yesterday', 'in an attack the previous evening'): the attack is of that day, and
its figures are filed under a day no one gives it (the same error on the date).

Only attacks: a release's numbers are often announced the day before it. Only a day
told by a report word right beside it, or by who spoke after a day that opens the
sentence (event_days.said_on), never one inside a quotation. The day of a report is not
held against an event dated that same day: news reports most events the day they happen
('Hamas said on Sunday it had fired rockets').
"""

from __future__ import annotations

import datetime as dt
import re

from summarizer.facts import Fact
from summarizer.models import Attack, Evidence, Finding, FindingCode, Severity
from summarizer.text.numbers import mentions
from summarizer.text.time import TIME, in_words, resolve
from summarizer.validate import lexicon as lx
from summarizer.validate._common import Context, day
from summarizer.validate.counted_back import PREVIOUS
from summarizer.validate.elsewhere import another_place
from summarizer.validate.event_days import (
    ATTACK,
    event_day,
    named_by,
    said_on,
    told_when,
)

_FROM = re.compile(r"\bfrom\s*$", re.IGNORECASE)
"""'from 95 to 84', 'up from 210': the number that follows is the count's earlier figure."""


def check_report_days(ctx: Context) -> list[Finding]:
    """For every attack whose figures were reported before its date: an error on the date
    when the date is the weaker claim (`_weak_date`), else a warning on each such figure."""
    findings: list[Finding] = []
    for attack in ctx.extraction.attacks:
        if attack.date is None:
            continue
        facts = [f for f in ctx.facts if f.item is attack]
        figures = [f for f in facts if f.figure and isinstance(f.value, int)
                   and not isinstance(f.value, bool)]
        early = [(f, said) for f in figures if (said := _reported_before(ctx, f, attack.date))]
        date = next((f for f in facts if f.key.field == "date"), None)
        if not early:
            findings += _dated_by_report(ctx, attack, date, figures)
            continue
        weak = _weak_date(ctx, attack.time_expression, attack.date)
        if weak is not None and date is not None:
            (_, (before, match)), text = early[0], ctx.article.text
            findings.append(ctx.finding(
                FindingCode.date_of_a_report, Severity.error,
                f"{date.key.words}: dated {day(attack.date)} {weak}, but it was reported on "
                f'{day(before)} already ("{_quoted(text, match)}"): it happened before the '
                "day it is dated, and its figures are filed under the wrong day.",
                [date, *figures], reaskable=True))
            continue
        findings += [ctx.finding(
            FindingCode.reported_before_event, Severity.warning,
            f"{fact.key.words}: the evidence does not say that {fact.value} is this "
            f"attack's: it or the figure it revises was reported on {day(before)} "
            f'("{_quoted(ctx.article.text, match)}"), before the attack was, so it counts an '
            "earlier one.", [fact], reaskable=True,
            instruction="Give the fragment that states it, or correct the attack.")
            for fact, (before, match) in early]
    return findings


def _dated_by_report(ctx: Context, attack: Attack, date: Fact | None,
                     figures: list[Fact]) -> list[Finding]:
    """An error on an attack dated by its report's day (`_told_before`), naming its figures."""
    told = _told_before(ctx, attack, figures)
    if told is None or date is None or attack.date is None:
        return []
    when, match, filed = told
    return [ctx.finding(
        FindingCode.date_of_a_report, Severity.error,
        f'{date.key.words}: dated {day(attack.date)} by "{attack.time_expression}", which its '
        f"evidence gives only to reports about it, but the article names {day(when)} for "
        f'the attack ("{_quoted(ctx.article.text, match)}"): its figures are filed under a '
        "day no one gives it.", [date, *filed], reaskable=True)]


def _told_before(ctx: Context, attack: Attack, figures: list[Fact]
                 ) -> tuple[dt.date, re.Match[str], list[Fact]] | None:
    """The latest day before the attack's date that the evidence of the attack or of its
    figures names for the attack itself, where every word of that evidence naming the date
    tells a report or heads a dateline ('the previous evening' counts from such a day
    before it in the same evidence), or where the evidence names no day for the attack, the
    latest day the article names for one when it names none for the date and no other
    attack of the extraction has it (`_attack_days`: 'The government yesterday said the
    attack was carried out by a drone', after 'killed in a drone attack on Sunday'); with
    the figures filed under the wrong day: not one
    whose own evidence names the date for an attack (another attack of that day, merged
    in). None when the attack's own evidence names the date for it, or its date has no
    words (the temporal checks judge a date without words)."""
    date = attack.date
    if date is None or not in_words(attack.time_expression, date, ctx.published):
        return None
    told = False
    earlier: list[tuple[dt.date, re.Match[str]]] = []
    kept: list[Fact] = []
    for fact in (None, *figures):
        evidence = attack.evidence if fact is None else fact.evidence
        days = _days(ctx, evidence, date)
        if days is None:
            if fact is None:
                return None
            continue
        kept += [fact] if fact is not None else []
        told, earlier = told or days[0], earlier + days[1]
    if told and not earlier:
        earlier = _attack_days(ctx, attack)
        if any(d == date for d, _ in earlier):
            return None
        others = {other.date for other in ctx.extraction.attacks if other is not attack}
        earlier = [(d, match) for d, match in earlier if d < date and d not in others]
    if not told or not earlier:
        return None
    when, match = max(earlier, key=lambda found: found[0])
    return when, match, kept


def _attack_days(ctx: Context, attack: Attack) -> list[tuple[dt.date, re.Match[str]]]:
    """Every day the article names for an attack (`event_day`), with its words; not in a
    sentence that names cities, none of them `attack`'s (elsewhere.another_place): 'the
    agency also said warplanes struck Daraa on Tuesday' dates another attack than the
    strikes on Damascus that a report of Wednesday is about."""
    text = ctx.article.text
    own = ctx.located(attack.evidence) or ""
    found = []
    for match in TIME.finditer(text):
        days = event_day(text, match, ctx.published, ATTACK)
        if days and not another_place(text[slice(*lx.span_at(ctx.sentences, match.start()))],
                                      attack, own):
            found += [(d, match) for d in days]
    return found


def _days(ctx: Context, evidence: Evidence | None, date: dt.date
          ) -> tuple[bool, list[tuple[dt.date, re.Match[str]]]] | None:
    """Whether `evidence` names `date` as a report's day, and the days before it that it
    names for an attack; None when it names `date` for an attack."""
    if evidence is None or evidence.span is None:
        return False, []
    text, (start, end) = ctx.article.text, evidence.span
    reports: list[int] = []
    earlier: list[tuple[dt.date, re.Match[str]]] = []
    for match in TIME.finditer(text, start, end):
        if told_when(text, *match.span()):
            if date in named_by(text, match, ctx.published):
                reports.append(match.end())
            continue
        named = event_day(text, match, ctx.published, ATTACK)
        if date in named:
            return None
        earlier += [(d, match) for d in named if d < date]
    earlier += [(date - dt.timedelta(days=1), match)
                for match in PREVIOUS.finditer(text, start, end)
                if reports and reports[0] < match.start()]
    return bool(reports), earlier


def _weak_date(ctx: Context, expression: str | None, date: dt.date) -> str | None:
    """How the attack's date is weaker than its figures' report day, or None when its own
    words name the attack's day: it has no words of its own, or its words name a day the
    article gives only to reports ('the minister on Thursday revised the toll' is the
    only Thursday), so it is dated by when it was reported on."""
    if not expression or resolve(expression, ctx.published) is None:
        return "with no words of its own"
    if resolve(expression, ctx.published) != date:
        return None  # words that disagree: the temporal checks say so
    text = ctx.article.text
    named = [m for m in TIME.finditer(text) if date in named_by(text, m, ctx.published)]
    if not named or not all(said_on(text, *m.span()) for m in named):
        return None
    return f'by "{expression.strip()}", a day the article gives only to reports about it'


def _quoted(text: str, match: re.Match[str]) -> str:
    """The day with a few words either side, as the reader finds it in the article."""
    before = text[:match.start()].split()[-4:]
    after = text[match.end():].split()[:3]
    return " ".join([*before, match.group(0), *after])


_TOLL = {"killed": lx.KILLED, "injured": lx.INJURED}
"""The words that make a number a toll of its kind: a toll is what news reports again, in
other sentences, on other days ('On Thursday afternoon, the spokesman said the death
toll had reached 74')."""


def _sentences(ctx: Context, fact: Fact) -> list[tuple[int, int]]:
    """Where, in the article, each sentence of the evidence that writes the number is, then
    each sentence of the article that writes an earlier figure of the same count, which
    the number's own sentence names ('revised from 95 to 84', 'up from 210'): that figure
    was reported about the same attack; and for a toll, each sentence that writes the
    same number in a clause of the same kind of toll."""
    located = fact.evidence.span if fact.evidence else None
    if located is None:
        return []
    text, spans, (start, end) = ctx.article.text, ctx.sentences, located
    own = [lx.span_at(spans, start + m.start)
           for m in mentions(text[start:end]) if m.value == fact.value]
    own += [said for span in own if (said := _before(text, spans, span))
            and text[slice(*said)].rstrip().endswith(":")]
    earlier = {m.value for lo, hi in own for m in mentions(text[lo:hi])
               if m.value != fact.value and _FROM.search(text, lo, lo + m.start)}
    # The whole article's numbers are read only when there is an earlier figure to find:
    # reading them for every figure was a third of the checks' time on the seeds.
    linked = [lx.span_at(spans, m.start) for m in mentions(text)
              if m.value in earlier] if earlier else []
    toll = _TOLL.get(fact.key.field or "")
    again = [(lo, hi) for lo, hi in spans if toll and _writes(text[lo:hi], fact.value, toll)]
    return list(dict.fromkeys([*own, *linked, *again]))


def _before(text: str, spans: tuple[tuple[int, int], ...], span: tuple[int, int]
            ) -> tuple[int, int] | None:
    """The sentence before `span`, over blank lines: the one that introduces a quotation
    ('In a statement issued late Monday evening, the ministry said:')."""
    return next((s for s in reversed(spans[:spans.index(span)]) if text[slice(*s)].strip()),
                None)


def _writes(sentence: str, value: object, kind: re.Pattern[str]) -> bool:
    """Whether `sentence` writes `value` in a clause with a word of `kind`."""
    return any(m.value == value and kind.search(sentence[slice(*lx.span_at(
        lx.clauses(sentence), m.start))]) for m in mentions(sentence))


_DAYTIME = re.compile(r"\b(?:morning|afternoon|evening)\b", re.IGNORECASE)
"""A report told by its hour of day ('a statement issued late Monday evening') was made
that day: only a night's report may be about what is dated after midnight."""


def _reported_before(
    ctx: Context, fact: Fact, date: dt.date
) -> tuple[dt.date, re.Match[str]] | None:
    """The day, before `date`, that the figure or the figure it revises was reported on."""
    text = ctx.article.text
    for lo, hi in _sentences(ctx, fact):
        for match in TIME.finditer(text, lo, hi):
            said = named_by(text, match, ctx.published)
            if _DAYTIME.search(match.group(0)):
                said = said[:1]
            if said and said_on(text, *match.span()) and max(said) < date:
                return max(said), match
    return None
