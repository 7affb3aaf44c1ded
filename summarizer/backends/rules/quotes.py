"""Quotations with their speaker, channel and time.

Each quotation of four words or more becomes a statement when `attribution`
finds who said it; a second quotation in the same paragraph goes on with the
same speaker. The time and the channel come from the narrative around the
reporting verb, and carry over to a continuation ("he said", "further said").
A quote nobody can be found for is left out rather than guessed, and so is a title
or an inscription ("a video titled "..."", "placards reading "..."") and a quotation
inside a sentence of the narrator's that reports nobody speaking.
"""

from __future__ import annotations

import re

from summarizer.backends.rules.attribution import attribution, narrative_bodies, sentence_around
from summarizer.backends.rules.marks import Quote
from summarizer.backends.rules.person_names import TOKEN
from summarizer.backends.rules.referents import resolve
from summarizer.backends.rules.said import Said, Spoken
from summarizer.backends.rules.speakers import NAME_VERB, People
from summarizer.backends.rules.text import (
    ABBREVIATION_DOT,
    Unit,
    evidence,
    mask_abbreviations,
    trim,
)
from summarizer.backends.rules.unit_times import time_closest
from summarizer.models import Statement
from summarizer.text.gazetteer import Gazetteer
from summarizer.text.lines import LINE_BREAK, next_cut
from summarizer.text.sentences import next_break

_REPORTED_CLAUSE_END = re.compile(rf",|\bthat\b|[.!?“\"]|{LINE_BREAK}")

_JOINED = re.compile(rf"{TOKEN}\s+and\s+$")
"""A name and "and" right before a person the narrative reports speaking: the two speak
together ("Prime Minister Lars Eklund and Defence Minister Tomas Berg said in a statement")."""

_ENDS_SENTENCE = re.compile(r"[.!?]\W?$")

_CONTINUATION = re.compile(r"\b(?:further|also|added|adds|continued)\b")

_PLATFORM = r"(X|Twitter|Telegram|Facebook|Instagram|Truth Social|YouTube)"
"""A platform, named where a speaker posts on it ("wrote on Telegram") or by what they posted
there ("in a Telegram post", "said in an X post")."""

_CHANNELS = (
    (re.compile(rf"\b(?:on|via)\s+(?:the\s+|his\s+|her\s+|its\s+)?{_PLATFORM}\b"), None),
    (re.compile(rf"\b{_PLATFORM}\s+(?:post|channel|account|message|video)\b"), None),
    (re.compile(r"(?i)\bstatement\b"), "statement"),
    (re.compile(r"(?i)\b(?:press|news) conference\b"), "press conference"),
    (re.compile(r"(?i)\bbriefing\b"), "briefing"),
    (re.compile(r"(?i)\binterview\b"), "interview"),
    (re.compile(r"(?i)\b(?:video|evening|nightly) address\b"), "video address"),
)

_TITLE_SMALL_WORDS = frozenset(("a", "an", "the", "of", "in", "on", "at", "to", "for", "and", "or",
                                "by", "with"))
"""A quotation in title case is a title ("a post titled 'Destruction of the Fuel Port'"),
not a statement; these words stay lowercase in a title."""

_NAMED_BY = re.compile(
    r"\b(?:(?:en)?titled|dubbed|headlined|captioned|code-?named|labell?ed"
    r"|(?:signs?|banners?|placards?|posters?|text|inscription|slogans?|graffiti|(?:T-)?shirts?)"
    r"\s+(?:that\s+)?(?:reading|read|reads|saying|says|said))[\s,:]*$")
"""A quotation that gives the title of something ("a video titled "How the drones were shot
down"", "an operation dubbed "..."") or what is written on it ("placards reading "..."", "text
reading: "...""): a name or an inscription, nobody's statement, in whatever case it is written.
What a statement, a post or a message reads is what its author said."""

_MIN_QUOTE_WORDS = 4
"""A shorter quotation is a label or a characterization ("blatant violation"), not a statement."""


def _channel(text: str) -> str | None:
    for pattern, name in _CHANNELS:
        found = pattern.search(text)
        if found:
            return name or found.group(1)
    return None


def statements(original: str, units: list[Unit], quotes: list[Quote],
               gazetteer: Gazetteer) -> list[Statement]:
    """One statement per attributed quotation, in article order. Speakers are read with
    abbreviations masked ("Lt. Col. Nadav Shoshani" is one name, not the end of a sentence);
    quotations are taken from the original text."""
    text = _single_doubled_marks(mask_abbreviations(original), quotes)
    narrative = [u for u in units if u.quote is None]
    people = People(text, narrative, gazetteer)
    context: dict[str, tuple[str | None, str | None]] = {}
    consumed: list[tuple[int, int]] = []
    found: list[Statement] = []
    said = Said()
    last_end = 0
    events: list[tuple[int, Quote | Spoken | tuple[re.Match[str], Unit]]] = [
        (q.start, q) for q in quotes]
    events += [(m.start(), (m, u)) for u in narrative
               for m in NAME_VERB.finditer(text, u.start, u.end)]
    events += narrative_bodies(text, narrative, people)
    for position, item in sorted(events, key=lambda e: e[0]):
        if isinstance(item, Spoken):
            said.narrate(item, position, people)
            continue
        if isinstance(item, tuple):
            reported, unit = item
            person = people.find(reported.group("name"))
            if person is not None and _JOINED.search(text, unit.start, position):
                # Neither of two people who speak together ("X and Y said") is the one whose
                # words a later "the statement reads" gives.
                said.latest = said.narrated = None
                continue
            if person is not None and not any(a <= position < b for a, b in consumed):
                said.spoke(person.name, people)
                said.narrated = Spoken(person.name, unit.end)
                end = next_cut(_REPORTED_CLAUSE_END, text, reported.end(), unit.end)
                _update(context, person.name, text, (unit.start, end[0] if end else unit.end),
                        reported.end(), bool(_CONTINUATION.search(reported.group())))
            continue
        narrated, said.narrated = said.narrated, None
        quote_start, quote_end = trim(text, item.start + 1, item.end)
        words = text[quote_start:quote_end].split()
        if all(w[0].isupper() or w in _TITLE_SMALL_WORDS for w in words if w[0].isalpha()) or (
                _NAMED_BY.search(text, max(0, item.start - 60), item.start)):
            continue
        written = attribution(text, item, quotes)
        if written is None:
            speaker = _unattributed(text, item, quotes, said.speaker, narrated, last_end, people)
            continuing, region = True, (item.start, item.start)
        else:
            region = written[1]
            speaker, continuing = resolve(written[0], _named_at(text, written[0], region,
                                                                item.start), people, said)
        if speaker is None:
            if written is not None:
                # Its tag names someone the rules cannot ("...," Amina, 52, said): they spoke
                # last, so a later "he said" is not whoever the rules named before them.
                said.speaker, said.end = None, item.end
            continue
        if len(words) < _MIN_QUOTE_WORDS:
            # A label is no statement, but who used it goes on speaking ("condemned it as
            # a "brutal attack" that "reflects ..."").
            said.speaker, said.end, last_end = speaker, item.end, item.end
            continue
        consumed.append(region)
        continuing = continuing or bool(_CONTINUATION.search(text, *region))
        _update(context, speaker, text, region,
                item.end if region[0] > item.start else item.start, continuing)
        when, channel = context[speaker]
        found.append(Statement(speaker=speaker.replace(ABBREVIATION_DOT, "."), channel=channel,
                               time_expression=when, quote=original[quote_start:quote_end],
                               evidence=evidence(original, quote_start, quote_end)))
        said.speaker = speaker
        said.end = last_end = item.end
        said.spoke(speaker, people)
    return found


def _single_doubled_marks(text: str, quotes: list[Quote]) -> str:
    """The text with the inner apostrophe of a doubled mark read as a space: wire copy as some
    sites store it quotes with two apostrophes (''...,'' said X), where `find_quotes` takes the
    outer one for the mark. So the tag reads as it does after one mark and the quotation opens
    without an apostrophe; the text keeps its length, so positions stay the original's."""
    chars = list(text)
    for quote in quotes:
        for mark in (quote.start, quote.end):
            if text[mark:mark + 2] == "''":
                chars[mark + 1] = " "
    return "".join(chars)


def _unattributed(text: str, quote: Quote, quotes: list[Quote], speaker: str | None,
                  narrated: Spoken | None, last_end: int, people: People) -> str | None:
    """Who says a quotation that names nobody: the speaker of the quotation it carries over
    from, else whoever the narrative reported speaking since the quotation before ("Mayor X
    said rescuers were at the scene. "...""), else the last statement's speaker. Not when the
    narrative names someone else in between ("...," the mayor said. Among the dead was Petro
    Koval, a teacher. "..."): the quotation may be theirs or a relative's, which the rules
    cannot settle. Nor when the quotation stands inside a sentence of the narrator's that
    reports nobody speaking ("Crowds carried banners bearing the words "..."", "The strikes
    answered what the army calls "..."): the words are written on something, or a phrase the
    narrator borrows, not the last speaker's going on."""
    if quote.continues:
        return speaker
    narrator = _narrator_from(text, quote, quotes)
    if narrator is not None and (narrated is None or narrated.end < narrator):
        return None
    if narrated is not None and _goes_on(text, narrated.end, quote):
        return _nobody_else(narrated.name, narrated.end, quote.start, people)
    if speaker is None or not (_carried_over(text, last_end, quote)
                               or _goes_on(text, last_end, quote)):
        return None
    return _nobody_else(speaker, _tag_end(text, last_end), quote.start, people)


def _carried_over(text: str, last_end: int, quote: Quote) -> bool:
    """Whether the last quotation was left open at its paragraph's end and this one opens the
    next paragraph: news carries one speaker's words over paragraphs so, reopening each with a
    mark and closing only the last, after which the narrative may go on in that paragraph
    (""... clinic.\n\n"The wounded are treated there." The army imposed a curfew.")."""
    return text[last_end:last_end + 1] == "\n" and not text[last_end:quote.start].strip()


def _narrator_from(text: str, quote: Quote, quotes: list[Quote]) -> int | None:
    """Where the narrator's own words before a quotation begin in its sentence ("Crowds
    carried banners bearing the words "...""), or None when the quotation opens its sentence
    or follows another quotation of it, whose speaker it goes on with ("condemned it as a
    "..." that "...")."""
    start = sentence_around(text, quote.start, quotes)[0]
    if any(q.end + 1 == start for q in quotes):
        return None
    return start if text[start:quote.start].strip(" \t\n:\u2013\u2014-") else None


def _tag_end(text: str, quote_end: int) -> int:
    """Where the sentence a quotation ends goes on to: its tag may name others ("...," Putin
    said at a meeting with General Valery Gerasimov. "..."), who do not speak in it. A
    quotation that ends its own sentence has no tag after it."""
    if _ENDS_SENTENCE.search(text, 0, quote_end):
        return quote_end
    stop = next_break(text, quote_end)
    return stop[0] + 1 if stop else len(text)


def _nobody_else(speaker: str, start: int, end: int, people: People) -> str | None:
    """`speaker`, unless the narrative in text[start:end] names a person who is not them."""
    return None if any(start <= at < end and person.name != speaker
                       for at, person in people.named) else speaker


def _named_at(text: str, who: str, region: tuple[int, int], quote_start: int) -> int:
    """Where the words that name a speaker before the quotation end ("He said after a meeting
    with the deputy governor, Hauwa Bello, that "..."" names him at "He"): "he" or "the
    group" refers to whoever was named before those words, not to a name that follows them.
    After the quotation, the quotation's start."""
    if region[1] != quote_start:
        return quote_start
    found = text.find(who, *region)
    return found + len(who) if found >= 0 else quote_start


def _goes_on(text: str, last_end: int, quote: Quote) -> bool:
    """A quotation nobody is named for goes on with the previous speaker: in the same
    paragraph ("...," he wrote. "..."), or as a paragraph of its own right after the
    paragraph that named them."""
    gap = text[last_end:quote.start]
    if "\n" not in gap:
        return True
    if any(line.strip() for line in gap.split("\n")[1:]):
        return False
    line_end = text.find("\n", quote.end)
    return not text[quote.end + 1:line_end if line_end >= 0 else len(text)].strip(" .,")


def _update(context: dict[str, tuple[str | None, str | None]], speaker: str, text: str,
            region: tuple[int, int], verb: int, continuing: bool) -> None:
    """A speaker keeps the last stated time (the one closest to the reporting verb); the
    channel carries over only to a continuation ("he said", "further said", "the post added")."""
    old_time, old_channel = context.get(speaker, (None, None))
    new_time = time_closest(text, region[0], region[1], verb)
    new_channel = _channel(text[region[0]:region[1]])
    context[speaker] = (new_time or old_time,
                        new_channel or (old_channel if continuing else None))
