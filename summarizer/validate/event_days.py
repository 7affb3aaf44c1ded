"""The days an article names, and for what: an event's day, or a report's.

News names the day of an event ("drones struck Odesa on Saturday"), the days of
what is said about it ("officials said on Monday", "the toll rose to 35 on
Monday"), the day a count starts from ("since the truce began Friday"), the day
of an earlier event it recalls ("the strike came after missiles hit Kharkiv on
Saturday"), and heads its text with a dateline ("Kyiv, May 24:"), the day of
writing. Only the first can date an event, so the temporal checks tell them
apart here, with words of their own (the validator never shares the rules
extractor's vocabulary).
"""

from __future__ import annotations

import datetime as dt
import re
from bisect import bisect_right
from functools import lru_cache

from summarizer.text.sentences import next_break, sentence_breaks
from summarizer.text.time import DATELINE, MONTH_NAMES, TIME, resolve
from summarizer.validate.lexicon import (
    ANY_WEAPON,
    HEDGES,
    RELEASE,
    SAID,
    SAID_WORDS,
    VERB,
    clauses,
    either,
    span_at,
    words,
)

NIGHT = re.compile(r"(?i)overnight|night")

REPORTED = re.compile(
    rf"\b(?:{SAID_WORDS}|according|as of|responded|condemned|warned|clarified|stating|quoted|"
    r"rose|risen|climbed|reached|increased|estimates?|figures|since|began|begun|started)\b",
    re.IGNORECASE)
"""Words that make a day the day of a report about the event, or of what it started
from, not of the event ('officials said on Monday', 'the toll rose to 35 on Monday',
'the toll increased to 25 this Sunday', 'since the truce began Friday')."""
_REPORTED_AFTER = re.compile(REPORTED.pattern.replace("according|as of|", "").replace(
    "increased|", ""), re.IGNORECASE)
"""Report words after a day; not 'increased', whose day before it is the subject's ('the
toll of the attack on Saturday increased to 25')."""

_OPENS = re.compile(r"\\b\(\?=\[(\w+)\]\)")


def _first_letters(*patterns: re.Pattern[str]) -> str:
    """The first letters of the words `patterns` find, read from the lookaheads
    lexicon.words opens them with, for a pattern that joins many to open with. A branch
    without one (WEAPON's 'shots') must start as another word does: the test of word
    initials parses the joined pattern for that."""
    return "".join(sorted({c for p in patterns for c in "".join(_OPENS.findall(p.pattern))}))


_ATTACK_WORDS = (words("attack", "strike", "strikes", "struck", "hit$", "hits$", "launch",
                       "fired", "shelled", "shelling", "bombard", "raid", "barrage",
                       "airstrike", "assault", "massacre", "siren"), ANY_WEAPON)
ATTACK = re.compile(rf"\b(?=[{_first_letters(*_ATTACK_WORDS)}])(?:"
                    + "|".join(p.pattern for p in _ATTACK_WORDS) + ")", re.IGNORECASE)
"""A sentence about an attack: the striking, the weapons, or the sirens that warn of it
('Air sirens sounded five times in the morning of May 12'). Not its dead and wounded,
who are often counted, found or buried on a later day. The lookahead is the first letters
of its words (`_first_letters`): a search tries its many words only where a word starts
with one (twice as fast; every sentence a day is weighed in is searched)."""
STAGE = either(RELEASE, words("freed", "set free", "handed over", "handover", "swap", "exchang",
                             "transferred", "repatriat", "let go"))
"""A sentence about a release: the freeing or the handing over. Not the arrival home,
which is often the next morning."""
_NOT_BLANK = re.compile(r"[^ \t]")
_UNDONE = ("a plan", "a threat")
"""A day under a plan or a threat ('more hostages are to be released on Wednesday') is
an expected event's, not a reported one's."""


def days(expression: str, published: dt.date | None) -> tuple[dt.date, ...]:
    """The day `expression` names, and the next one for a night ('overnight', 'late
    Sunday': what happened then is often dated the day after)."""
    resolved = resolve(expression, published)
    if resolved is None:
        return ()
    if NIGHT.search(expression) or expression.lower().startswith("late"):
        return resolved, resolved + dt.timedelta(days=1)
    return (resolved,)


_DAY = r"(?:\d{1,2}(?:st|nd|rd|th)?|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day)"
_NIGHT_BEFORE = re.compile(
    rf"(?:\b(?:night|overnight)\s+(?:(?:of|from|between)\s+)?(?:the\s+)?{_DAY}\s*"
    r"(?:to|and|into|-|\u2013|/)|\b(?:night|overnight)\s+(?:into|to))\s*$", re.IGNORECASE)
"""Before the second day of a night told by both ('the night of 19 to 20 December',
'the night 19/20 December', 'overnight from Thursday to Friday', 'overnight into Friday'):
the day before is named."""
_NIGHT_OPENS = re.compile(r"\b(?:night|overnight)\s+(?:of|from|between)\s+(?:the\s+)?$",
                          re.IGNORECASE)
_NIGHT_ENDS = re.compile(rf"\s*(?:to|and|into|-|\u2013|/)\s*{_DAY}\b", re.IGNORECASE)
"""Around the first day of such a night ('the night of December 19-20', 'the night from
Thursday to Friday'): the day after is named."""
_LATE = re.compile(r"\blate\s+$", re.IGNORECASE)
"""'late on Saturday', which TIME reads as 'on Saturday': a night, as 'late Saturday'."""
_DAY_BEFORE = re.compile(r"\bthe\s+day\s+before\s+$", re.IGNORECASE)
"""'the day before yesterday', which TIME reads as 'yesterday': a day earlier."""


def named_by(text: str, match: re.Match[str], published: dt.date | None
             ) -> tuple[dt.date, ...]:
    """The days the time expression `match` names in `text`: `days`, and both days of a
    night that the words around it tell ('late on Saturday', 'the night of 19 to 20
    December', 'the night of December 19-20', 'overnight into Friday'), which outlets date
    either side of midnight; and the day before the one TIME reads in 'the day before
    yesterday'."""
    found = days(match.group(0), published)
    if not found:
        return found
    head = text[max(0, match.start() - 40):match.start()]
    one = dt.timedelta(days=1)
    if _DAY_BEFORE.search(head):
        return tuple(d - one for d in found)
    if _NIGHT_BEFORE.search(head):
        return found[0] - one, found[0]
    if _LATE.search(head) or (_NIGHT_OPENS.search(head) and _NIGHT_ENDS.match(text, match.end())):
        return found[0], found[0] + one
    return found


WEEKEND = re.compile(r"\b(?:over|at|on|during|this|last|past)\s+(?:the\s+)?weekend\b",
                     re.IGNORECASE)


def weekend(text: str, published: dt.date | None) -> tuple[dt.date, ...]:
    """The Saturday and Sunday of the latest weekend up to publication, where the article
    tells something 'over the weekend' ('a strike that killed 19 over the weekend', in
    Monday's paper): either day is named, neither alone, so an event dated one of them is
    named but none is shown to be shifted by it."""
    if published is None or not WEEKEND.search(text):
        return ()
    return last_weekend(published)


def last_weekend(published: dt.date) -> tuple[dt.date, ...]:
    """The Saturday and Sunday of the latest weekend up to `published`, as far as it has come."""
    saturday = published - dt.timedelta(days=(published.weekday() - 5) % 7)
    return tuple(d for d in (saturday, saturday + dt.timedelta(days=1)) if d <= published)


def dateline(text: str, start: int, end: int) -> bool:
    """A date heading the text (`DATELINE`: 'Jerusalem, Nov 28 ', 'Aug. 21 (UPI) -- ') or
    followed by a colon: the day of writing."""
    filed = DATELINE.match(text)
    return bool(re.match(r"\s*:", text[end:]) or (filed and start < filed.end()))


def _sentence(text: str, start: int, end: int) -> tuple[int, int]:
    """The sentence around text[start:end]. A break before `start` is found in text that
    runs on to `end`: its look at the next sentence's first letter must reach a day that
    opens the sentence ('... said yesterday. On Saturday, drones struck')."""
    ends, letters = _breaks(text)
    before = bisect_right(ends, start)
    while before and letters[before - 1] >= end:  # its next letter is not in text[:end]
        before -= 1
    last = ends[before - 1] if before else 0
    newline = text.rfind("\n", last, start)
    if newline >= 0 and not _NOT_BLANK.search(text, newline + 1, end):
        last = newline + 1  # text[:end] ends before the word after it: a break there
    after = next_break(text, end)
    return last, after[0] if after else len(text)


@lru_cache(maxsize=4)
def _breaks(text: str) -> tuple[list[int], list[int]]:
    """Where each sentence break of the whole `text` ends, and where the letter its
    look-ahead read is (-1 for a newline). Found once per text: every day an article
    names looks for the break before it, and reading the text from its start for each
    was quadratic in its length. Kept for the last few texts, since the checks of one
    article ask for its text again and again. The breaks are the package's one sentence
    cutter's (`sentence_breaks`), which reads the next word too ('U.S. officials')."""
    spans = sentence_breaks(text)
    return [end for _, end in spans], [_letter(text, cut, end) for cut, end in spans]


def _letter(text: str, cut: int, end: int) -> int:
    """Where the next sentence's letter is after a full stop (-1 after a newline)."""
    if text[cut] == "\n":
        return -1
    while end < len(text) and text[end].isspace():  # a full stop's break read the next word
        end += 1
    return end


def _in_quotation(head: str) -> bool:
    """Whether a quotation opened in `head`, the sentence up to a day, is still open there.
    A straight mark opens or closes by where it stands, not by how many there are: the last
    one opens a quotation where it starts the text or follows a space or a bracket ('said
    "we'), and closes one elsewhere: a quotation of several sentences closes in the last
    ('I am grateful," wrote Trump on Sunday'), whose head has one mark and none open."""
    if head.count("\u201c") > head.count("\u201d"):
        return True
    at = head.rfind('"')
    return at == 0 or (at > 0 and head[at - 1] in " \t\n([")


_CALENDAR = re.compile(MONTH_NAMES)


def _speakers_day(expression: str) -> bool:
    """Whether a day inside a quotation counts from when the speaker spoke ('today', 'on
    Monday', 'yesterday'), which may not be the paper's day; a calendar date ('on 5 June
    2024', 'on April 27, 2022', 'on Tuesday (June 24)') is the same day for both."""
    return not _CALENDAR.search(expression)


_OPENS_EVENT = re.compile(r"\bafter\b|\b(?:in|during|from|of|by)\s+(?:[\w'\u2019-]+\s+){0,3}?"
                          f"(?:{ATTACK.pattern})", re.IGNORECASE)
"""What opens an event's own words inside what was reported: 'after' ('rose to 25 after
yesterday a missile hit'), or an attack told as where the count comes from ('reported dead
in missile attacks on Kyiv on July 31'); not the attack a report is about ('officials
confirmed the strike on Odesa on Sunday evening')."""


def reported(text: str, start: int, end: int) -> bool:
    """A day given to a report or a count's start: a report word before it in its
    sentence ('said on Monday', 'the toll rose to 35 on Monday', 'the prison service
    confirmed the release of the prisoners on Sunday evening') unless 'that', a verb or
    an event's own words (`_OPENS_EVENT`) open what was reported ('he said that the attack
    took place on Friday', 'the Red Cross said the soldiers were released on Wednesday',
    '27 were reported dead in attacks on Kyiv on July 31'), or just after it ('on Monday
    said'; past a comma, 'on Monday, police said', or a closing 'according to', it
    attributes the whole sentence, not the day);
    and any day inside a quotation that counts from when it was spoken (the speaker's
    'today' is not the paper's; 'on 5 June 2024' is the same day for both). The word
    after it must be in its sentence: 'struck Odesa on Sunday. Videos posted online'
    reports nothing on Sunday."""
    lo, hi = _sentence(text, start, end)
    head = text[lo:start]
    last = list(REPORTED.finditer(head))
    after = _REPORTED_AFTER.search(text, end, min(end + 20, hi))
    return bool(
        (after and "," not in text[end:after.start()])
        or (_in_quotation(head) and _speakers_day(text[start:end]))
        or (last and not re.search(r"\bthat\b", head[last[-1].end():])
            and not VERB.search(head, last[-1].end())
            and not _OPENS_EVENT.search(head, last[-1].end())))


SMALL_HOURS = re.compile(r"\b(?:overnight|night|early|dawn|midnight)\b", re.IGNORECASE)
"""Words that put an event in the hours around midnight, which outlets date either day."""


_RECALLED = re.compile(
    r"\b(?:(?:comes?|came|coming)\s+(?:just\s+|only\s+)?(?:(?:a|one|two|three|several)\s+"
    r"(?:days?|weeks?|hours?)\s+)?after|follow(?:s|ed)|(?:a|one|two|three|four|five|several)"
    r"\s+(?:days?|weeks?)\s+after)\b[^,;:]*$", re.IGNORECASE)
"""A day told in the clause of an earlier event that the sentence recalls ('the strike
came after drones hit Kharkiv on Saturday', 'it follows an assault on Friday', 'a day
after missiles struck Odesa on Sunday')."""


@lru_cache(maxsize=256)
def event_days(
    text: str, published: dt.date | None, kind: re.Pattern[str], *, today: bool = False
) -> frozenset[dt.date]:
    """The days the article names for an event of `kind` (ATTACK, STAGE): in a sentence
    about one, and not given to a report, a plan, a dateline or an earlier event the
    sentence recalls. The publication day only where the event's own clause names it and
    its sentence knows no small hours: 'held another round of prisoner exchanges Tuesday'
    in Tuesday's paper, not 'strikes overnight killed 60, officials said Wednesday', 'in
    the early hours of Tuesday', 'the strike comes before officials meet on Tuesday' (the
    day of writing is as often the day of what followed the event). With `today`, also
    wherever such a sentence names the publication day, in its own words ('in the early
    hours of Tuesday', 'struck targets today') or as a night's next day ('overnight',
    'late Monday' in Tuesday's paper, which outlets date either side of midnight): enough
    to say that an event dated that day is named, never to move one. Cached: the date
    checks ask it of the whole article for every attack and stage (moved_days.py)."""
    found: set[dt.date] = set()
    for match in TIME.finditer(text):
        start, end = match.span()
        named = event_day(text, match, published, kind)
        lo, hi = _sentence(text, start, end)
        if published in named and not (
                today or _own_clause(text[lo:hi], start - lo, end - lo, kind)):
            named = tuple(d for d in named if d != published)
        found.update(named)
    return frozenset(found)


def event_day(text: str, match: re.Match[str], published: dt.date | None,
              kind: re.Pattern[str]) -> tuple[dt.date, ...]:
    """The days the time expression `match` names for an event of `kind`: none when its
    sentence is not about one, or the day is a report's, a plan's, a dateline's, an
    earlier event's that the sentence recalls or a later one's it led to (`not_its_day`)."""
    start, end = match.span()
    if not_its_day(text, start, end):
        return ()
    lo, hi = _sentence(text, start, end)
    sentence = text[lo:hi]
    if not kind.search(sentence) or _RECALLED.search(text, lo, start) or any(
            hedge.search(sentence) for why, hedge in HEDGES if why in _UNDONE) \
            or _earlier_one(sentence, start - lo, kind):
        return ()
    return named_by(text, match, published)


_EARLIER_ONE = re.compile(r"\b(?:a|an|the|its|their)\s+(?:most\s+recent\s+|last\s+)?"
                          r"(?:previous|earlier|prior)\s+(?:[\w-]+\s+){0,2}$", re.IGNORECASE)
"""An event named as an earlier one ('the most recent previous exchange', 'an earlier
strike'): not the news."""


def _earlier_one(sentence: str, at: int, kind: re.Pattern[str]) -> bool:
    """Whether the event the day at `at` is told of, the nearest word of `kind` before it
    (or after it, for a day that opens the sentence), is named as an earlier one: 'The
    most recent previous exchange took place on Tuesday' tells another exchange's day."""
    found = list(kind.finditer(sentence))
    before = [m for m in found if m.end() <= at]
    event = before[-1] if before else next((m for m in found if m.start() >= at), None)
    return event is not None and _EARLIER_ONE.search(sentence[:event.start()]) is not None


def _own_clause(sentence: str, at: int, end: int, kind: re.Pattern[str]) -> bool:
    """Whether the day at `at` (ending at `end`) is an event's of `kind` by its own
    clause: a word of the event before it there, with no verb between ('Hamas freed three
    hostages on Saturday', 'held another round of prisoner exchanges Tuesday'; not 'the
    freed hostages arrived on Saturday', 'rescuers searched the rubble on Monday after
    the strike'), or, for a day that opens the sentence, the first word of the event
    after it, with no verb between ('On October 2, a new prisoner exchange took place',
    'Friday's swap', 'On Thursday, the two sides swapped 50 prisoners'; not 'On Monday,
    families waited for the released men'), in a sentence with no word of the small
    hours."""
    if SMALL_HOURS.search(sentence):
        return False
    lo = span_at(clauses(sentence), at)[0]
    event = list(kind.finditer(sentence, lo, at))
    if event:
        return not VERB.search(sentence, event[-1].end(), at)
    after = kind.search(sentence, end)
    return bool(_OPENS.fullmatch(sentence[:at]) and after
                and not VERB.search(sentence, end, after.start()))


_OPENS = re.compile(r"\s*(?:\w+\s+)?")
"""What may come before a day that opens its sentence: nothing, or one word ('Late on
Monday', 'Earlier on Monday')."""
_SPEAKER = re.compile(rf",\s+((?:[^\s\d,;:]+\s+){{1,8}}?)(?:{SAID_WORDS})\b", re.IGNORECASE)
"""After a day that opens its sentence: a comma, who spoke, then the report word ('On
Thursday afternoon, the health ministry spokesman said'); no number or comma between
('On Monday, rescuers dug out 20 bodies, officials said' reports Monday's digging)."""


_ISSUED = re.compile(r"^\s+(?:issued|released|published|made|given|broadcast)\b",
                     re.IGNORECASE)
"""How a report came out, between its word and its day ('a statement issued on Monday'):
no verb of the event."""


def said_on(text: str, start: int, end: int) -> bool:
    """A day that is the day of a report, told by the report's own word beside it: right
    after it ('the minister on Thursday revised the toll', 'on Monday said'), after who
    spoke when the day opens the sentence ('On Thursday afternoon, the ministry's
    spokesman said'), or before it in the same stretch of words, with no comma, no
    'that' and no other verb or attack between ('said on Monday', 'told the agency on
    Thursday', 'in an interview with state TV on Wednesday', 'in a statement issued late
    Monday evening'; not 'said the drones
    struck on Monday', 'said five were killed on Monday', 'said that on Monday ...',
    'On Monday, drones struck Kyiv, officials said'). A day given to a report this
    plainly says when the event was already known, so an event dated after it can be
    judged by it, not only passed over. Not inside a quotation."""
    head = text[_sentence(text, start, end)[0]:start]
    if _in_quotation(head):
        return False
    if re.match(rf"\s+(?:{SAID_WORDS})\b", text[end:end + 20], re.IGNORECASE):
        return True
    speaker = _SPEAKER.match(text, end) if _OPENS.fullmatch(head) else None
    if speaker and not (VERB.search(speaker.group(1)) or ATTACK.search(speaker.group(1))
                        or re.search(r"\bthat\b", speaker.group(1), re.IGNORECASE)):
        return True
    last = list(SAID.finditer(head))
    if not last:
        return False
    between = _ISSUED.sub("", head[last[-1].end():], count=1)
    return not (re.search(r"[,;:\u2014\u2013]|\bthat\b", between) or ATTACK.search(between)
                or VERB.search(between))


def told_when(text: str, start: int, end: int) -> bool:
    """A day that tells when the news was told, not when it happened: a dateline's, a
    report's (`reported`), or one its report's own word gives (`said_on`)."""
    return dateline(text, start, end) or reported(text, start, end) or said_on(text, start, end)


_LED_TO = re.compile(r",\s*(?:leading|prompting|forcing|pushing|compelling|spurring)\s+"
                     r"(?:[\w'\u2019-]+\s+){0,6}?to\s+[^,;:\u2014\u2013]*$", re.IGNORECASE)
"""A clause that tells what the event made someone do, up to a day inside it ('...,
forcing the port to close on Monday', '..., prompting the governor to declare an emergency
on Sunday'): a participle after a comma, who was moved, and 'to' with the act, with no
comma or dash between it and the day."""


def led_to(text: str, start: int, end: int) -> bool:
    """A day told in a clause of what the event led to ('a drone hit the fuel depot,
    leading the city to ration petrol from Tuesday'): the day of that act, which came
    after, not the event's own, so it neither dates the event nor says that a date of it
    is wrong. Not a day in the event's own clause before it ('drones struck Odesa on
    Sunday, forcing residents to flee')."""
    lo = _sentence(text, start, end)[0]
    return _LED_TO.search(text, lo, start) is not None


def not_its_day(text: str, start: int, end: int) -> bool:
    """A day the event's sentence gives to something else: when the news was told
    (`told_when`) or what the event led someone to do (`led_to`). Neither dates the event,
    nor says that a date of it is wrong."""
    return told_when(text, start, end) or led_to(text, start, end)
