"""Who a quotation is attributed to, as the article writes it.

News attributes a quote through a reporting verb right before or after it
("Zelenskyy said, "...", "...," he said, "...," the Ukrainian President added,
The post added, "..."); `referents` says who those words stand for.
"""

from __future__ import annotations

import re

from summarizer.backends.rules.bodies import DOCUMENT, NOT_BODY, body
from summarizer.backends.rules.documents import owner
from summarizer.backends.rules.marks import Quote
from summarizer.backends.rules.person_names import NAME
from summarizer.backends.rules.referents import CITING, OBJECT_PRONOUNS, subject, unnamed
from summarizer.backends.rules.said import Spoken
from summarizer.backends.rules.saying import FINITE_VERB, PARTICIPLE, REPORT_VERB, SAYING
from summarizer.backends.rules.speakers import People
from summarizer.backends.rules.text import Unit
from summarizer.text.lines import line_end, line_start
from summarizer.text.openings import opened
from summarizer.text.sentences import last_break, next_break
from summarizer.text.time import CALENDAR_NAMES

_STATEMENT_VERB = opened(re.compile(
    rf"\b(?:{REPORT_VERB}|(?:issued|released|published)\s+(?:an?\s+)?(?:[a-z]+\s+){{0,2}}"
    r"(?:statement|communiqu\u00e9|instructions|guidelines|warning|advisory|notice)"
    r"|(?:citing|[Aa]ccording\s+to|(?:was|were|been)\s+(?:reported|announced|stated)\s+by)"
    r"\s+(?P<cited>[^,.;:]+))\b"))
"""A body speaks through a reporting verb, through the statement it issued (or the text that
tells people what to do: "issued safety instructions", "released a travel advisory"), or as
the source an outlet cites, a sentence goes by ("according to an army statement", "According to a
statement from the Ministry of Interior, the attack began ...") or something was reported by
("This was reported by the press service of ..."); where it spoke ("on Monday", "in Kyiv") is no
part of it."""

_LEAD_IN = r"[\s,]*(?:[\u2013\u2014-]\s*)?"
"""What may stand between a quotation and its attribution: a comma, or the dash of news
translated from Ukrainian or Russian (""...," - said the minister")."""

_ASKED = r"asked|asks|queried|questioned"
"""Who asks after a question is its speaker ("...?" he asked); before a quotation "asked" names
who put the question to the speaker."""

_SUFFIX_WHO_VERB = re.compile(
    rf"^{_LEAD_IN}(?P<who>[^\s.,;:!?\"“”\u2013\u2014-][^.;:!?\"“”]{{0,160}}?)(?<!\bwho)\s+"
    rf"(?:(?:further|also|then|later)\s+)?(?:{FINITE_VERB}|reads?|as\s+saying|{_ASKED})\b")
"""The speaker, or the document that speaks for them ("the statement read"), then the verb;
a verb right after "who" is a description's ("one man who said he worked there told ...")."""

_OWN_STOP = ",.!?\u2026"
_SET_OFF = re.compile(r"\s*[,\u2013\u2014-]")
"""A speaker named before the verb after a quotation is set off from it, by a comma or a dash
or by the quotation's own last mark (""...," he said"); words that run on from it go on with
the sentence whatever verb they reach: "fired "more than 40 missiles" at the capital and
called for more air defence" is the sentence of whoever said "fired"."""

_TAG = re.compile(
    rf"^[^.;:!?\"\u201c\u201d]*?,\s+(?:he|she|they|it|police|the\s+(?:[\w'\u2019-]+\s+){{0,2}}[\w-]+|{NAME})\s+(?:{FINITE_VERB})"
    r"(?:\s+[^\s,.;:!?\"\u201c\u201d]+){0,5}\s*(?:[,.]|$)")
"""A sentence that quotes part of what was said and ends with its tag ("The army had "no
intention of withdrawing" this winter, he said.", "a man was "found dead in his flat" on the
third floor, police said.", ""... brought back from the areas held" by Kyiv, the Russian defence
ministry said"): its speaker is the tag's, whatever words run on from the quotation to it,
and a body the tag names may take up to three words after "the"."""

_VERB_TAG = re.compile(rf"^[^.;:!?\"\u201c\u201d]*?,\s+(?:said|says|added|wrote|stated)\s+"
                       r"(?!(?i:in|on|at|from|to|by|via|during|after|before|through|with|late"
                       r"|early|last|this|earlier|later|today|yesterday|tonight)\b)"
                       rf"(?P<who>[^.,;:!?\"\u201c\u201d]{{1,120}}?(?:,\s+{NAME})?)\s*(?:[.,;]|$)")
"""A tag that names the speaker after its verb at the end of a sentence the quotation opens
("\"...,\" one of whom was pregnant, said agency spokesman Adel Haddad.", "\"stormed the
village\" on Saturday, said a statement from the local committee, ..."): a description set
off before its verb ("Omar Haddad, the council's spokesman, said on Sunday") has no speaker
after it."""

_CONJOINED = re.compile(r"(?:and|but|then|while|before)(?:\s+(?:also|later|then))?")
"""A verb after the quotation that only a conjunction leads up to ("... whose "...," and
expressed hope", "described the victims as "...", and urged") goes on with the subject of
the sentence before the quotation: the words before it name the speaker."""

_PASSIVE = re.compile(r"\b(?:is|are|was|were|been|being)$")
"""A verb after its auxiliary is passive ("The air force had been accused of the strike", "He
was told to leave"): its subject was spoken of or to, and said nothing."""

_AGENT = re.compile(r"\s+by\s")
"""Who a passive verb of saying names after it ("was described by the army as"): without one
("in what has been described as "...", "what was called "..."") the sentence names nobody
who said the quotation, and its subject ("Gunmen attacked the convoy, in what has been
called "...") is the one spoken of."""

_OTHER_CLAUSE = re.compile(r"(?:while|whereas|although|though|when|(?:as|because)(?!\s+of\b))\s")
"""A clause after the quotation that a conjunction opens ("..., calling it "...," while the
rebels said they hit a depot", "said "...", as he posted a video", "..., when she told the
court") has a subject of its own, and tells what else happened, not who said the quotation.
"After", "since" and "as of" lead up to a time as often ("after three hours, police said")."""

_SUFFIX_VERB_WHO = re.compile(
    rf"^{_LEAD_IN}(?:{FINITE_VERB}|reads?|{_ASKED})\s+(?P<who>[^.,;:!?\"“”]{{1,120}}?"
    rf"(?:,\s+{NAME})?)\s*(?:[.,;:!?]|$)")
"""A name may follow its office: "said the head of the city district, Mikhail Shuvalov"; a
statement may be read after the quotation ("read a statement from the ministry"), and a
question asked ("asked Fatima, a mother of four"; before a quotation "asked" names who put the
question to the speaker)."""

_SUFFIX_ACCORDING = re.compile(r"^[\s,]*according\s+to\s+(?P<who>[^.,;:!?\"\u201c\u201d]{1,80}?)"
                               r"\s*(?:[.,;:!?]|$)")
"""A source cited after the quotation ("...," according to a statement from the ministry):
the speaker unless the sentence names one before the quotation, since an outlet cited so
("according to Reuters") is not the speaker of a quotation its sentence attributes."""

_FULL_STOP = re.compile(r"\.\W*$")

_SHORT_TAG = re.compile(r",|(?:\s+(?!that\b)[^\s,.;:!?\"\u201c\u201d]+){0,4}\s*(?:[.;]|$)")
"""What may follow the verb of a tag after a closed quotation: where, when or how the words were
said ("on Sunday", "in a statement") up to the sentence's end, or a comma right after the verb
("he said, adding"); not a clause of its own, nor an object the sentence goes on from ("criticised
the post, saying")."""

_CLOSED = re.compile(r"[.!?]\W*$")
"""A quotation that ends its sentence: what follows with a comma is another sentence ("...
agreement." The delay, he added, "...") unless it names the speaker right away."""


_ACCORDING = re.compile(rf"\s*(?:[-\u2022\u2013\u2014]\s+)?(?:(?:[Bb]ut|[Aa]nd|[Yy]et)\s+)?"
                        r"(?:[Aa]ccording\s+to|[Ii]n\s+the\s+words\s+of)"
                        rf"\s+(?:([^,:]{{3,80}}(?:,\s+{NAME})?)[,:]\s|({NAME})\s*$)"
                        r"|\s*[Ii]n\s+(his|her)\s+(?:own\s+)?words,\s")
"""A sentence that opens by naming its source ("According to the defence ministry, its
target was "..."", "In the words of the governor, "..."", "In his words, "...""): the source is
the speaker of its quotation, and a name after its office is theirs ("According to the
regional governor, Vyacheslav Gladkov, "...""). A name may run straight into the quotation
("But according to Santos "...""), and a colon may introduce it ("According to the statement:
"...""). A later quotation of the same sentence has the same source ("According to Iran, "spy
centers" and "the bases of armed groups" were hit"), and the sentence may be an item of a list
("- According to ...", a wire's key points)."""

_COLON_CLAUSE = re.compile(r"^\s*(?P<who>[^:]*\s[a-z][^:]*):\s*$")
"""A clause that introduces a quotation with a colon and no verb of saying ("Zelensky was blunt:
"..."") is its subject's; a name with nothing but a colon ("Zelensky: "..."") is a headline's
way of quoting, not an article's. A clause that asks ("A reporter asked Peskov: "...?"") puts
a question to the one it names, who did not say it (`_ASKING`)."""
_ASKING = re.compile(rf"\b(?:{_ASKED})\b")

_FINITE_SAYING = re.compile(rf"\b(?:{FINITE_VERB})\b")
"""A verb of saying with a subject of its own (not a participle that goes on another's)."""

_PARTICIPLE_SET_OFF = re.compile(rf",\s{PARTICIPLE}")
"""A participle of saying set off by a comma from the clause it goes on ("..., saying")."""
_MAIN_VERB = re.compile(r"\s[a-z]+ed\s")
_HELPERS = re.compile(r"(?:\s+(?:has|have|had|[a-z]+ly))+\s*$")
"""The verb of a clause in the past ("welcomed", "has strongly rejected"): what stands before
it, but for its auxiliary and an adverb, is the clause's subject."""
_PROPER = re.compile(r"[A-Z][\w'\u2019.-]*(?:\s+[A-Z][\w'\u2019.-]*)*")
"""A subject written as a name only ("Qatar", "Vladimir Putin"), which `referents` resolves."""

_SENT = re.compile(r"\b(?:sent|offered|conveyed|extended|sends|offers|conveys|extends)\s+"
                   r"(?:his|her|its|their|the)\s+(?:[a-z]+\s+)?$")
_SENT_WORDS = re.compile(r"(?i)(?:[a-z]+\s+){0,2}?(?:condolences|sympath(?:y|ies)|gratitude|thanks"
                         r"|solidarity|greetings)\b")
"""What a speaker sends in words of their own: condolences, sympathy, thanks."""

_QUOTE_LABEL = re.compile(r"Quote:\s*")
_SOURCE_LINE = re.compile(r"(?m)^[ \t]*Source:[ \t]*(?P<who>[^\n]+?)[ \t.]*$")
_SEVERAL = re.compile(r"[;,]|\s(?:and|&)\s")
_SPOKE_ON = re.compile(r"\s+(?:on|in|via|at)\s.*$")
"""Where the source spoke ("Ivan Petrenko on Telegram", "the ministry in a statement"), no part
of who it is."""


def narrative_bodies(text: str, narrative: list[Unit],
                     people: People) -> list[tuple[int, Spoken]]:
    """Bodies the narrative reports speaking, and where ("Russia's foreign ministry confirmed
    the swap", "Hamas has described the strike as", "the ministry issued a statement", "TASS
    reported, citing the emergencies ministry's statement"), so that a later "it said" or "the
    statement read" names them; and unnamed people it reports ("a local police officer told
    AFP", "the senior official said" after "a senior official said"), so that a later "he
    said" does."""
    found = []
    described: list[str] = []
    for unit in narrative:
        for verb in _STATEMENT_VERB.finditer(text, unit.start, unit.end):
            cited = verb.group("cited")
            start = max(unit.start, text.rfind(",", unit.start, verb.start()) + 1)
            who = (owner(DOCUMENT.sub("", _SPOKE_ON.sub("", cited.strip()))) if cited
                   else owner(subject(text[start:verb.start()])))
            person = unnamed(who, described)
            name = ((body(who) if not NOT_BODY.match(who) else None) or people.party(who)
                    or person)
            if person is not None and name == person:
                described.append(person)
            if name:
                found.append((verb.start(), Spoken(name, unit.end)))
    return found


def sentence_around(text: str, position: int, quotes: list[Quote]) -> tuple[int, int]:
    """The narrative sentence around `position` (`sentences`' cut, its stop kept), stopping
    at quotations and line breaks."""
    before, after = last_break(text, position), next_break(text, position)
    start = max([line_start(text, position)]
                + [q.end + 1 for q in quotes if q.end < position]
                + ([_word_after(text, before[1], position)] if before else []))
    end = min([len(text), *(q.start for q in quotes if q.start > position)]
              + [line_end(text, position)] + ([after[0] + 1] if after else []))
    return start, end


def _word_after(text: str, start: int, stop: int) -> int:
    """Where the first word after a sentence break at `start` begins, at most at `stop`."""
    while start < min(stop, len(text)) and text[start].isspace():
        start += 1
    return start


def attribution(text: str, quote: Quote,
                quotes: list[Quote]) -> tuple[str, tuple[int, int]] | None:
    """Who a quotation is attributed to, as written, and the narrative words around it: after
    it, before it, after a later quotation of the same sentence (""Strikes on the south" have
    killed "182 people", the ministry said"), or, for a quotation carried over a paragraph
    break, wherever its next paragraph is attributed (""...holding the line.\n\n"We need more
    air defence," he said")."""
    suffix = _suffix(text, quote, quotes, (_SUFFIX_VERB_WHO, _SUFFIX_WHO_VERB))
    if suffix is not None:
        return _it_is_subject(text, quote, quotes, suffix)
    return (_prefix(text, quote, quotes)
            or _labelled(text, quote)
            or _suffix(text, quote, quotes, (_SUFFIX_ACCORDING,))
            or (_suffix(text, following, quotes, (_SUFFIX_VERB_WHO, _SUFFIX_WHO_VERB))
                if (following := _same_sentence(text, quote, quotes)) else None)
            or (attribution(text, carried_on, quotes)
                if (carried_on := _carried_on(text, quote, quotes)) else None))


def _it_is_subject(text: str, quote: Quote, quotes: list[Quote],
                   suffix: tuple[str, tuple[int, int]]) -> tuple[str, tuple[int, int]]:
    """"It" after a quotation that a body opens the sentence with is that body ("The army
    "struck two commanders," it said"), not the last body that spoke before the sentence."""
    if suffix[0].lower() not in ("it", "they"):
        return suffix
    head = text[sentence_around(text, quote.start, quotes)[0]:quote.start].strip(" ,")
    return (head, suffix[1]) if head and not SAYING.search(head) and body(head) else suffix


def _carried_on(text: str, quote: Quote, quotes: list[Quote]) -> Quote | None:
    """The quotation that goes on with `quote` in the next paragraph, when `quote` runs to
    its paragraph's end without a closing mark."""
    if quote.end >= len(text) or text[quote.end] != "\n":
        return None
    following = _next_quote(quote, quotes)
    return following if following and not text[quote.end:following.start].strip() else None


def _next_quote(quote: Quote, quotes: list[Quote]) -> Quote | None:
    return next((q for q in quotes if q.start > quote.end), None)


def _same_sentence(text: str, quote: Quote, quotes: list[Quote]) -> Quote | None:
    """The next quotation, when the sentence goes on to it."""
    following = _next_quote(quote, quotes)
    if following is None or _CLOSED.search(text, quote.start, quote.end) or next_break(
            text, quote.end + 1, following.start):
        return None
    return following


def _suffix(text: str, quote: Quote, quotes: list[Quote],
            patterns: tuple[re.Pattern[str], ...]) -> tuple[str, tuple[int, int]] | None:
    after = sentence_around(text, quote.end + 1, quotes)
    runs_on = quote.end < len(text) and text[quote.end] != "\n"
    tail = text[quote.end + 1:after[1]] if runs_on else ""
    set_off = (text[quote.end - 1] in _OWN_STOP or _SET_OFF.match(tail) is not None
               or _TAG.match(tail) is not None)
    found = next((m for m in (p.match(tail) for p in patterns
                              if set_off or p is not _SUFFIX_WHO_VERB) if m), None)
    if _SUFFIX_WHO_VERB in patterns and (found is None or found.re is _SUFFIX_WHO_VERB) and (
            inverted := _VERB_TAG.match(tail)) and (
            found is None or inverted.start("who") <= found.end() + 1) and (
            inverted.group("who").split()[0].title() not in CALENDAR_NAMES):
        found = inverted
    if found and not (_CLOSED.search(text, quote.start, quote.end) and "," in found.group("who")
                      ) and not _CONJOINED.fullmatch(found.group("who").strip()) and not (
            _OTHER_CLAUSE.match(found.group("who")) or _PASSIVE.search(found.group("who"))
    ) and not _introduces_next(text, quote, quotes, found, tail) and not _new_sentence(
            text, quote, found, tail):
        return found.group("who").strip(), (quote.end + 1, after[1])
    return None


def _new_sentence(text: str, quote: Quote, found: re.Match[str], tail: str) -> bool:
    """A name and a verb after a quotation that its full stop closed, which go on with what
    was said ("..." of war." Israel claimed it targeted a building owned by the group"): a
    sentence of its own, since a tag after a closed quotation ("...war." he said.) ends with the
    verb or a few words of where or when."""
    return found.re is _SUFFIX_WHO_VERB and bool(_FULL_STOP.search(text, quote.start, quote.end)
                                                 ) and tail[:1].isspace() and tail[1:2].isupper(
    ) and not _SHORT_TAG.match(tail, found.end())


def _introduces_next(text: str, quote: Quote, quotes: list[Quote], found: re.Match[str],
                     tail: str) -> bool:
    """A tag after a quotation that ends its sentence, which runs with only a comma or a colon
    into the next quotation, opens that quotation's sentence (""...." Another survivor said,
    "..."", ""...!" The mayor added: "...""): it is the next quotation's, not this one's."""
    following = _next_quote(quote, quotes)
    return bool(_CLOSED.search(text, quote.start, quote.end)) and following is not None and (
        quote.end + 1 + len(tail) == following.start) and tail[found.end():].strip() in (",", ":")


def _prefix(text: str, quote: Quote, quotes: list[Quote]) -> tuple[str, tuple[int, int]] | None:
    before = sentence_around(text, quote.start, quotes)
    if not text[before[0]:quote.start].strip():
        before = _introduced(text, before[0]) or before
    head = text[before[0]:quote.start]
    source = _ACCORDING.match(head)
    if source and source.group(1) and _FINITE_SAYING.search(head, source.end()):
        # The source cites the report, the verb after it who spoke ("According to the BBC,
        # the mayor added, "...""): the speaker is the verb's subject. A participle ("According
        # to the group, the RSF burned the market, adding that") goes on the source's report.
        head, source = head[source.end():], None
    source = source or _ACCORDING.match(_earlier(text, before[0], quotes))
    if source:
        who = source.group(1) or source.group(2) or source.group(3)
        return OBJECT_PRONOUNS.get(who.lower(), who), (before[0], quote.start)
    verbs = list(SAYING.finditer(head)) or _sent(head, text[quote.start + 1:quote.end])
    if not verbs:
        colon = _COLON_CLAUSE.search(head)
        return (colon.group("who"), (before[0], quote.start)) if colon and not _ASKING.search(
            colon.group("who")) else None
    verb = verbs[-1]
    if _PASSIVE.search(head[:verb.start()].rstrip()) and not _AGENT.match(head, verb.end()):
        return None
    who = _earlier(text, before[0], quotes) + head[:verb.start()].strip(" ,")
    if _PARTICIPLE_SET_OFF.fullmatch(head, verb.start() - 2, verb.end()):
        who = _participle_subject(who)
    cited = CITING.match(head, verb.end())
    if who and cited:
        who += cited.group().rstrip(" ,")
    if not who:
        who = re.split(r"[,:;]", head[verb.end():], maxsplit=1)[0].strip()
    return (who, (before[0], quote.start)) if who else None


def _participle_subject(who: str) -> str:
    """The words before a participle set off by a comma, cut to the body its clause opens
    or the name it opens with ("The foreign ministry welcomed the release, saying it was "..."",
    "On Sunday, Qatar rejected the figures, adding"): a participle goes on the subject of the
    clause it follows, whatever that clause's own verb is. Other words are left as they are."""
    cut = who.rfind(",") + 1
    for verb in _MAIN_VERB.finditer(who, cut):
        words = who[cut:verb.start()]
        for named in (words, _HELPERS.sub("", words)):
            if named.strip() and (body(named.strip()) or _PROPER.fullmatch(named.strip())):
                return who[:cut + len(named)]
    return who


def _sent(head: str, words: str) -> list[re.Match[str]]:
    """A speaker who sent or offered what the quotation opens with ("the minister sent his
    "deepest condolences to the families"", "offered their "sincere thanks to the
    rescuers""): the words are theirs, as after "expressed"."""
    sent = _SENT.search(head)
    return [sent] if sent and _SENT_WORDS.match(words) else []


def _labelled(text: str, quote: Quote) -> tuple[str, tuple[int, int]] | None:
    """The speaker of a quotation that a paragraph opens with the label "Quote:", as some
    outlets lay out a report ("Source: Kyiv Mayor Ivan Petrenko on Telegram" above it): the
    one source the last "Source:" line before it names, with where it spoke. A line that
    lists several sources does not say whose the quotation is."""
    if not _QUOTE_LABEL.fullmatch(text, line_start(text, quote.start), quote.start):
        return None
    source = next(reversed(list(_SOURCE_LINE.finditer(text, 0, quote.start))), None)
    if source is None or _SEVERAL.search(source.group("who")):
        return None
    who = _SPOKE_ON.sub("", source.group("who")).strip()
    return (who, source.span("who")) if who else None


def _introduced(text: str, start: int) -> tuple[int, int] | None:
    """The paragraph before a paragraph that opens with a quotation, when it introduces it
    with a colon ("the Ministry of Defence said:")."""
    previous = text[:start].rstrip()
    if not previous.endswith(":"):
        return None
    begin = previous.rfind("\n") + 1
    sentence = last_break(text, len(previous), begin)
    return (_word_after(text, sentence[1], start) if sentence else begin), start


def _earlier(text: str, start: int, quotes: list[Quote]) -> str:
    """The narrative of the same sentence before an earlier quotation that `start` follows,
    as a part of its own: "Reznikov blamed what he called "..." and said Ukraine's "..."" is
    Reznikov's sentence throughout."""
    earlier = next((q for q in quotes if q.end + 1 == start), None)
    if earlier is None or _CLOSED.search(text, earlier.start, earlier.end):
        return ""
    before = sentence_around(text, earlier.start, quotes)
    return text[before[0]:earlier.start].strip(" ,") + ", " if before[0] < earlier.start else ""


