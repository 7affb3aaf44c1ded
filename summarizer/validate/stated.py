"""Stated: does one clause of a fact's evidence write its number as what the fact counts?

The figure half of the support check (support.py says, per kind of fact, what the
clause must say and reports what it lacks). A number is stated when it counts
something (not a date, an age or a name), stands nearer to the fact's own words than
to a rival's, is not under a threat, plan, condition or denial, and its clause is
about the fact (scope.py).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from summarizer.text.numbers import Mention, mentions
from summarizer.validate import lexicon as lx
from summarizer.validate.counting import counts_nothing
from summarizer.validate.scope import Check
from summarizer.validate.singular import counted


@dataclass(frozen=True)
class Counts:
    """What a figure's clause must say: `what` in words for the reader, the words that
    say it (`own`), the words that would make the number another fact's (`rivals`)."""

    what: str
    own: re.Pattern[str]
    rivals: tuple[re.Pattern[str], ...] = ()
    hedged: bool = True
    running: bool = False
    """True for one stage's release, which a running total does not support."""
    elliptic: bool = False
    """True when any clause may take its sentence's verb ('swapped 390 on Friday, and on
    Saturday 307 servicemen each'); otherwise only a clause without a verb does."""
    scope: tuple[Check, ...] = ()
    """What makes the clause about something beside the fact (scope.py)."""
    nouns: tuple[re.Pattern[str], ...] = ()
    """Rivals only where they follow the number, as the noun it counts does ('two people
    were killed in a drone attack'), not where the number follows them ('103 lost their
    lives in two explosions')."""
    void: re.Pattern[str] | None = None
    """What makes `rivals` no rivals in a sentence that says it: in a return of the dead
    ('the bodies of 501 soldiers killed in fighting were returned') the words of death say
    who was returned."""


def coordinated(text: str, lo: int, hi: int) -> list[tuple[int, int]]:
    """A clause's coordinated or listed parts: 'killed 21' and '34 were injured'; '382 from
    Avdiivka, 56 from Bakhmut' (a list's number has its own word after it, its neighbour's
    nearer before it)."""
    spans, start = [], lo
    for match in re.finditer(r"\s(?:and|or|but)\s|,\s", text[lo:hi]):
        spans.append((start, lo + match.start()))
        start = lo + match.end()
    spans.append((start, hi))
    return spans


_INSERTED = re.compile(r",?\s*(?:including|among them|among whom|of whom)\b", re.IGNORECASE)


def _resumed(text: str, span: tuple[int, int], mention: Mention) -> tuple[int, int]:
    """The number's clause with its verb where an inserted part cut it off after the number
    and its noun ('claimed that 50 people, including 27 children, had died'), else itself."""
    spans = lx.clauses(text)
    at = spans.index(span)
    if at + 1 >= len(spans) or not _INSERTED.match(text, span[1]) \
            or lx.VERB.search(text, mention.end, span[1]):
        return span
    inserted = text[spans[at + 1][0]:spans[at + 1][1]]
    comma = inserted.find(", ")
    if comma < 0 or not lx.VERB.match(inserted, comma + 2):
        return span
    return span[0], spans[at + 1][1]


def _part(text: str, span: tuple[int, int], mention: Mention,
          said: tuple[re.Pattern[str], ...]) -> tuple[int, int]:
    """The number's part of `span` where that part says what it counts or a rival ('killed
    21 and 34 were injured': 34's own words), else the whole span."""
    lo, hi = lx.span_at(coordinated(text, *span), mention.start)
    return (lo, hi) if any(p.search(text, lo, hi) for p in said) else span


def _distance(mention: Mention, pattern: re.Pattern[str], clause: str, offset: int,
              ahead: bool = False) -> int | None:
    """Chars between the number and the nearest word of `pattern` in its clause (`ahead`:
    of the words after it)."""
    gaps = [max(m.start() + offset - mention.end, mention.start - m.end() - offset, 0)
            for m in pattern.finditer(clause) if not ahead or m.start() + offset >= mention.end]
    return min(gaps, default=None)


def lack(text: str, value: int, need: Counts, before: str = "") -> str | None:
    """Why no mention of `value` in `text` is supported, or None when one is. `before` is
    the article's text just before `text`: a dateline's month ('Aug. 21 (UPI) --') is
    often left out of the evidence."""
    found = [m for m in counted(text) if m.value == value]
    if not found:
        return None  # not written at all: grounding's finding already says so
    reasons = []
    joined, shift = before + text, len(before)
    for mention in found:
        if counts_nothing(joined, Mention(mention.value, mention.start + shift,
                                             mention.end + shift, mention.text)):
            reasons.append(f'there {value} is not a count ("{mention.text}")')
            continue
        if not _introduces(text, mention, need.own):
            reasons.append(f'there "{mention.text}" introduces another noun')
            continue
        span = lo, hi = lx.span_at(lx.clauses(text), mention.start)
        clause = text[lo:hi]
        rivals = _rivals(text, mention, need)
        lo, hi = _part(text, span, mention, (need.own, *rivals))
        own = _distance(mention, need.own, text[lo:hi], lo)
        if own is None and not any(p.search(clause) for p in rivals):
            if need.elliptic or not lx.VERB.search(clause):
                lo, hi = _part(text, lx.sentence_at(text, mention.start), mention,
                               (need.own, *rivals))
            else:
                lo, hi = _resumed(text, span, mention)
            own = _distance(mention, need.own, text[lo:hi], lo)
        if own is None:
            reasons.append("")
            continue
        rival = min((d for p in (*rivals, *need.nouns)
                     if (d := _distance(mention, p, text[lo:hi], lo, p in need.nouns))
                     is not None), default=None)
        if rival is not None and rival < own:
            reasons.append(f'the nearest word to {value} there is another fact\'s')
            continue
        hedge = next((name for name in _hedges(text, span, mention, need.own)
                      if not (value == 0 and name == "a denial")), None)
        if need.hedged and hedge is not None:
            reasons.append(f"it is under {hedge} there")
            continue
        if need.running and (lx.running(clause) or lx.opened_running(text, span)):
            reasons.append(lx.RUNNING)
            continue
        beside = next((r for check in need.scope if (r := check(text, span, mention))), None)
        if beside is not None:
            reasons.append(beside)
            continue
        return None
    why = next((r for r in reasons if r), "")
    return f"; {why}" if why else ""


def _rivals(text: str, mention: Mention, need: Counts) -> tuple[re.Pattern[str], ...]:
    """`need.rivals`, unless the number's sentence says what voids them (`Counts.void`)."""
    if need.void is None:
        return need.rivals
    lo, hi = lx.sentence_at(text, mention.start)
    return () if need.void.search(text, lo, hi) else need.rivals


_AND = re.compile(r"\b(?:and|but)\b", re.IGNORECASE)
_ASSERTS = re.compile(r"(?!\s*that\b)(?:\s*(?:\w{3,}ed|said|says|told)\b"
                      r"|[^.;]*?\b(?:was|were|is|are|has|have|had)\b)", re.IGNORECASE)
"""Words after an 'and' that assert on their own: a verb of their own ('and claimed to
have killed 30'), or a clause with its own ('and five people were injured'); not 'and
that ...', which goes on with what came before, nor an elided verb ('and 30 wounded')."""


def _hedges(text: str, span: tuple[int, int], mention: Mention,
            own: re.Pattern[str]) -> tuple[str, ...]:
    """The hedges that govern a number (`lx.HEDGES` names), a denial only from the part of
    its clause that asserts the number: one joined by 'and' with a predicate of its own
    is not denied by a denial before it ('The group denied any losses and claimed to
    have killed 30 soldiers'; 'No one was killed and five people were injured'). A
    threat, plan or condition reaches over the 'and' ('if talks succeed and 30 are
    freed')."""
    found = lx.hedges(_governing(text, span, mention, own))
    if "a denial" not in found:
        return found
    lo, hi = span
    start = max((m.end() for m in _AND.finditer(text, lo, mention.start)
                 if _ASSERTS.match(text, m.end(), hi)), default=lo)
    if start == lo or "a denial" in lx.hedges(_governing(text, (start, hi), mention, own)):
        return found
    return tuple(name for name in found if name != "a denial")


_VOWED = re.compile(r",[^,;]*?\b(?:vow\w*|threat\w*|warn\w*)\s+(?:to|that)\b", re.IGNORECASE)


def _governing(text: str, span: tuple[int, int], mention: Mention,
               own: re.Pattern[str]) -> str:
    """The part of a clause whose hedges govern its number: up to a relative clause that
    opens after the number and does not say what the fact counts ('Israel freed 25 in a
    swap that will ease strains': the swap's future, not the release's). A relative clause
    that does say it keeps its hedge ('25 prisoners who will be freed'). Nor a threat told
    beyond a comma after the number ('killed 12 people, ..., vowing to inflict a heavy
    price'): it threatens what follows it ('20 will be killed, the group threatened' keeps
    its hedge)."""
    lo, hi = span
    vowed = _VOWED.search(text, mention.end, hi)
    hi = vowed.start() if vowed else hi
    relative = lx.RELATIVE.search(text, mention.end, hi)
    if relative is None or own.search(text, relative.end(), hi):
        return text[lo:hi]
    return text[lo:relative.start()]


_NONE_OF = re.compile(r"(?P<one>\s+one\b)?\s*(?:(?:immediate|official|known|further|new|"
                      r"confirmed|other)\s+)?(?:(?:reports?|word|indications?|signs?)\s+"
                      r"(?:of|about)\s+(?:any\s+)?)?", re.IGNORECASE)
"""What may stand between 'no' and what it counts none of: 'no one was hurt', 'no immediate
reports of any casualties'."""


def _introduces(text: str, mention: Mention, own: re.Pattern[str]) -> bool:
    """'a' or 'an' counts one only of the noun it introduces or follows ('a Russian
    missile', 'killing a Filipino'), not of a word another number stands nearer to ('A
    Sudanese paramilitary group reportedly killed 43': 1 is not a number killed). 'no'
    counts none only of what its next words say ('no one was hurt', 'no reports of
    casualties'), not of another noun ('no confirmation from officials on casualties')."""
    if mention.text.casefold() in ("no", "nobody"):
        said = _NONE_OF.match(text, mention.end)
        assert said is not None  # every part is optional
        person = bool(said.group("one")) or mention.text.casefold() == "nobody"
        after = " ".join(text[said.end():].split()[:3])
        return own.match(text, said.end()) is not None or (person and own.search(after)
                                                            is not None)
    if mention.text.casefold() not in ("a", "an"):
        return True
    near = " ".join([*text[:mention.start].split()[-2:], *text[mention.end:].split()[:4]])
    lo, hi = lx.sentence_at(text, mention.start)
    words = list(own.finditer(text, lo, hi))
    if own.search(near) or not words:
        return True

    def gap(number: Mention, word: re.Match[str]) -> int:
        return max(word.start() - number.end, number.start - word.end(), 0)
    word = min(words, key=lambda w: gap(mention, w))
    return not any(lo <= m.start < hi and m.value is not None and m is not mention
                   and gap(m, word) < gap(mention, word) and not counts_nothing(text, m)
                   for m in mentions(text))
