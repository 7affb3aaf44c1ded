"""Places a sentence about an attack names for something other than the attack's hit.

A report names many places around the one hit: where weapons came from, where a speaker
is, where a leader was when the attack came, the strike it answers, an earlier strike it
is compared with. A preposition before the name ("in Washington") does not tell these
apart from a place hit ("in Kyiv"); the words around it do, and where they say the place
belongs to someone or something else, it is not a place hit.
"""

from __future__ import annotations

import re

from summarizer.backends.rules.attack_cues import OTHER_DAY, TURNS
from summarizer.backends.rules.attackers import STRIKE_NOUN, STRIKE_VERB
from summarizer.text.numbers import TENS, UNITS, VAGUE_COUNT
from summarizer.text.openings import opened

HELD_BY = r"[A-Z][a-z]+-(?:held|controlled|occupied|annexed)"
"""A word that tells who holds the place after it ("Russian-occupied", "Houthi-held"): it
describes the place, and stands between a preposition and its name like "the"."""
_HELD = rf"(?-i:{HELD_BY}\s+)?"
_WORD = r"[\w.'\u2019-]+"
"""A word, abbreviations included ("the U.S. envoy")."""
_COUNT = rf"(?:\d[\d,]*|{'|'.join([*UNITS, *TENS])}|{VAGUE_COUNT})"
"""A count, which after a verb of saying or a speaker tells what was hit ("the governor said two
people in"), though not after where someone went or was ("visited two hospitals in")."""
_NOT_HIT_BEFORE = re.compile(
    r"(?i)\b(?:(?:from|visit\w*|meet(?:s|ing)?|met|based|holed\s+up|stationed|hiding"
    r"|sheltering|deployed|headquartered|talks|summit|conference)"
    rf"\s+(?:(?!(?:{STRIKE_VERB}|{STRIKE_NOUN})\b){_WORD}\s+){{0,3}}?"
    r"|(?:said|says|told|speaking|spoke|announced|ambassador|governor|mayor|head|war|conflict"
    r"|fighting|crisis|escalation|offensive|campaign|invasion|government|authorities|ministry"
    r"|correspondents?|reporters?"
    r"|journalists?)"
    rf"\s+(?:(?!(?:{STRIKE_VERB}|{STRIKE_NOUN}|{_COUNT})\b){_WORD}\s+){{0,3}}?)"
    rf"(?:in|at|near|on|of)\s+(?:the\s+)?{_HELD}$")
"""A place named as where something was launched from, or said, or whose official speaks,
where fighters are, or a war's theatre: "fired from bases in Kyiv", "told reporters in
Kyiv", "battalions holed up in Rafah", "the war in Gaza", "their ground offensive against
Hezbollah in southern Lebanon"; not a place a side says it struck
("Hezbollah said it fired rockets at Haifa"), a strike there ("officials said a strike in
Kharkiv killed two") or those hit there ("the governor said two people in Kharkiv were
killed")."""
_PRESENT = re.compile(r"(?i)\b(?<!which\s)(?<!that\s)(?:was|were|is|are|been|arrived|stayed"
                      r"|staying|lives?|lived|living)\s+(?:in|at)\s+(?:the\s+)?$"
                      r"|\b(?:taken|evacuated|rushed|transferred)"
                      rf"\s+(?:{_WORD}\s+){{0,3}}?(?:in|at|to)\s+(?:the\s+)?$")
"""Where someone is or was taken: "the president was in Washington", "the wounded were taken
to hospitals in Vinnytsia". A place that "is in" another locates it ("the plant, which is
in the Sumy region"), and where the wounded are treated is most often where they were hit."""
_TREATED = re.compile(
    r"\b(?:taken|evacuated|rushed|transferred|airlifted|flown|brought|admitted|landed)\s+"
    rf"(?:(?!(?:{STRIKE_VERB}|{STRIKE_NOUN})\b){_WORD}\s+){{0,8}}?"
    r"(?i:hospitals?|medical\s+cent(?:er|re)s?|clinics?)\s+(?:in|at)\s+"
    r"(?:the\s+)?$")
"""The city of the hospital the wounded were taken to, past its name: "airlifted to the Zorin
Medical Center in Haifa", "landed on the helipad of the Zorin Hospital in Haifa". A hospital
struck ("a missile hit the Zorin Hospital in Talbir", "taken to hospital after a missile struck
the Zorin Hospital in Talbir") is in a place hit."""
_PUT_ON = re.compile(rf"(?i)\b(?:sanctions|pressure|blame|ultimatums?)\s+(?:on|upon|against)"
                     rf"\s+(?:the\s+)?$|\bsolidarity\s+with\s+(?:{_WORD}\s+){{0,3}}?(?:in|of)\s+"
                     r"(?:the\s+)?$")
"""A capital named for its government, which sanctions, pressure or blame are put on ("tougher
sanctions on Moscow", "placing blame on Kyiv"), and those an attack is told in solidarity with
("in solidarity with Palestinians in Gaza"): no place the attack hit."""
_FORCES_IN = re.compile(r"(?i)\b(?:militants|fighters|troops|forces|soldiers|rebels|gunmen"
                        r"|militias?|units|brigades?|battalions?)\s+(?:based\s+)?(?:in|from)"
                        r"\s+(?:the\s+)?$")
_STRIKES_AFTER = re.compile(r"(?:\s+(?:[Rr]egion|[Pp]rovince|[Oo]blast|[Ss]trip|area))?\s+"
                            r"(?:(?:also|have|has|had|then|again)\s+)?(?:fired|launched|shelled"
                            r"|attacked|struck|hit|targeted|bombed|pounded|killed|opened\s+fire)\b")
_OPENS = re.compile(r"(?i)^\s*(?:in|at)\s+(?:the\s+)?$")
_SAID = (r"(?:said|says|told|tells|reported|reports|wrote|writes|announced|stated|confirmed"
         r"|added|posted|warned|claimed|noted|accused)")
"""A verb of saying after who speaks, which makes a place told with them where they are: one
list for a place that opens the sentence (`_SPEAKER_AFTER`) and one in its subject
(`_SAYS_AFTER`). Fewer than `saying.FINITE_VERB`: these words say nothing else after a
place, where "called" or "continued" do ("a village in Sumy called Zorinka", "shelling of
Kharkiv continued")."""
_SPEAKER_AFTER = re.compile(rf",\s+(?:[\w'\u2019-]+\s+){{0,6}}?{_SAID}\b")
"""A sentence that opens with where a speaker is: "In Islamabad, officials accused ...". A
place hit told before who said so ("a drone hit a block in Odesa, the governor said") is
still a place hit."""
_AREA = r"(?:\s+(?:[Rr]egion|[Oo]blast|[Pp]rovince|[Gg]overnorate|[Ss]trip|city|area))?"
_SAYS_AFTER = re.compile(
    rf"{_AREA}(?:,\s+(?:(?!and\b)[^,.;\n])+,)?"
    r"\s+(?:(?:also|has|have|had|later|on\s+[A-Z][a-z]+day)\s+)?"
    rf"{_SAID}\b")
"""A place that ends the subject of a verb of saying: "officials in Kyiv said", "the
governor of the Sumy region wrote", "officials in Kyiv on Saturday said", "Moscow said", with
the name of who speaks between ("the governor of the Sumy region, Ivan Petrenko, said"), not a
list of places ("struck Sumy, Odesa and Kharkiv, said the governor")."""
_PLACE_KIND = r"(city|capital|town|village|camp|region|province|district|neighbou?rhood)"
_CALLED = re.compile(rf"{_AREA},\s+(?:an?|the)\s+(?:[\w'\u2019-]+\s+){{0,3}}?{_PLACE_KIND}\b")
"""What the words after a place call it: "Zorinsk, the capital of Talbir state,", "Zorinsk, a
small town near the border,", "Zorinsk, the state capital,"."""
_NAMED_BACK = re.compile(rf"(?i)\b(?:the|that)\s+{_PLACE_KIND}\b(?!\s+of\b)")
"""A place what a speaker says names by its noun: "attacked the village", "shelled the town"."""
_ALIKE = {"capital": "city"}
"""Nouns that name one kind of place: a capital is a city."""
_ACCORDING = re.compile(rf"(?i)\baccording\s+to\s+(?:{_WORD}\s+){{0,6}}?(?:in|of|at)\s+"
                        rf"(?:the\s+)?{_HELD}$")
_SOURCE_ENDS = re.compile(rf"{_AREA}\s*(?:[.,;]|$)")
"""A place that ends who a report is according to: "according to officials in Kyiv."."""
_BACK = re.compile(r"(?i)\bthere\b(?!\s+(?:is|are|was|were|has|have|had|will|would)\b)"
                   r"|\b(?:in\s+the\s+area|(?:the|that)\s+(?:city|town|village|camp|region"
                   r"|province|district|neighbou?rhood)\b(?!\s+of\b))")
"""What a speaker says of the place where they are: "two strikes there", "in the area", "the
city"."""
_REACTING = (r"(?:\b(?:condemn|denounc|criticis|criticiz|deplor|mourn|protest|welcom|express)\w*"
             r"|\bcalled\s+for\b|\boffered\s+condolences\b)")
_REACTION = re.compile(rf"(?i){_REACTING}")
"""A reaction told after the place: where those who react are ("Leaders in Paris and Berlin
condemned the attack"), not a place hit."""
_REACTED_BY = re.compile(rf"(?i){_REACTING}\s+by\s+(?:{_WORD}\s+){{0,4}}?(?:in|of|at)\s+"
                         r"(?:the\s+)?$")
"""A place in who a reaction is by: "the attack was condemned by officials in Kyiv"."""
_CAUSE = re.compile(r"(?i)\b(?:(?:in\s+)?(?:retaliation|response|revenge|reprisal)\s+(?:for|to)"
                    r"|to\s+avenge"
                    r"|retaliating\s+for)\b")
"""The strike an attack answers: "Iran fired missiles in retaliation for an Israeli strike on
Damascus" names Damascus as the cause, not a place this attack hit."""
_SINCE = re.compile(r"(?i)\b(?:since\s+then|(?:\w+est|first|most|worst)(?:\s+[\w'\u2019-]+){0,6}?"
                    r"\s+since)\b")
"""What a sentence tells after it compares the attack with history, or after "since then", is
history: "the deadliest since July, when a missile hit a hospital in Kharkiv", "since then,
thousands have been killed in Gaza". "Since midnight, drones have hit Kyiv" is the news."""
_SPAN_FROM = re.compile(rf"(?i)\b(?:an?|{_COUNT}|a\s+few|a\s+couple\s+of)\s+"
                        r"(?:weeks?|months?|years?)\s+(?:since|after)\s+(?=[^,;:.]*$)")
"""A span counted from an attack ("Ukrainians marked a year since the Russian strike on a
hospital in Zorinsk", "a memorial held a week after the strike on Zorinsk"): the attack it
counts from lies a week or more before the time the sentence tells, further back than news
reaches (`attack_days.NEWS_DAYS`), so it is history, and the clause names no strike of that
time. Not days: "the toll rose on Friday, a day after the strike on Zorinsk" tells the news
attack, and "hours after the strike" its own day (see `replies`)."""
_BEGAN = re.compile(r"(?i)\bsince\s+(?:the\s+)?(?:[\w'\u2019-]+\s+){1,4}?(?:began|started"
                    r"|broke\s+out)\b")
"""The start of a campaign told as what a time counts from ("his second speech since the
Zorin strikes began"): history, whoever struck in it."""
_HABIT_WORDS = (r"(?:regularly|repeatedly|frequently|routinely|constantly|often|consistently"
                r"|continually|persistently)")
_KNOWN_TO = r"(?:is|are)\s+known\s+to"
"""A habit told as what a side is known for ("the group is known to carry out bombings")."""
_HABITUAL = re.compile(rf"(?i)\b(?:{_HABIT_WORDS}"
                       r"|(?:near|almost|nearly)[\s-]daily|every\s+(?:day|night|week)"
                       r"|for\s+(?:(?:several|many|\d+)\s+)?(?:weeks|months|years)"
                       rf"|{_KNOWN_TO})\b")
"""A clause that tells what a side does again and again ("Russian forces regularly shell
Kherson", "pounded the city almost daily for months", "the group is known to carry out
bombings in the capital"): history, not this attack."""
_HABIT_NOW = re.compile(rf"(?i)\b{_HABIT_WORDS}\s+(?![a-z]+(?:ed|ing)\b"
                        r"|(?:struck|hit|shot|blew|sent|took|fought|drove|threw|led|came|went)\b)"
                        rf"[a-z]+\b|\b{_KNOWN_TO}\b")
"""A habit told in the present ("al-Zorin routinely carries out bombings", "the Houthis
regularly launch", "is known to carry out"). Past words may tell the strikes of one attack
("Russia repeatedly struck Zorinsk overnight") or describe a place ("the frequently shelled
city of Zorinsk")."""
_SERIES = re.compile(r"(?i)\b(?:the\s+latest|among)\b[^.;\n]*?\ba\s+series\s+of\b")
"""The run of strikes an attack is told as one of ("It was the latest in a series of strikes
on schools in Zorinsk", "the strike is among a series of attacks in Talbir", "the latest
incident ..., with 100 killed in a series of raids on Mirab"): where those hit is history.
A series that is the news ("Russia launched a series of drone attacks on Kyiv") is not."""
_WHEN = re.compile(r"\s*(?:when|where|in\s+which)\b")
_ASIDE = re.compile(r"(?i)\b(?:while|whereas|amid|ahead\s+of|(?:came|comes?|coming)"
                    r"(?:\s+[\w-]+){0,2}?\s+(?:as|before|after))\b")
"""A clause told beside the attack ("the attack came as the president was in Washington
for talks"): it names a place hit only where it tells a strike, damage or a toll itself
("two died in Kharkiv, while three were hurt in Sumy")."""
_AFTER_STRIKE = opened(re.compile(
    rf"(?i)(?<!hours\s)(?<!minutes\s)\b(?:after|following|followed)\s+"
    rf"(?:{_WORD}\s+){{0,4}}?(?:claim(?:ed|ing)\s+(?:responsibility\s+for\s+)?"
    rf"(?:{_WORD}\s+){{0,3}}?)?(?:{STRIKE_VERB}|{STRIKE_NOUN})\b"))
"""A strike told as what came before: "after Ukraine hit Moscow", "following a drone strike
on Sumy", "the strikes followed Iran's attack", "came a day after the Houthis claimed
responsibility for a drone strike on Tel Aviv". One "hours after" the news is an attack of
that day, told apart (see `replies`)."""
_TURNS = re.compile(TURNS)
_HARM = re.compile(r"(?i)\b(?:killed|kill(?:s|ing)|died|dead|wounded|injured|injuries|hurt)\b")


def attackers_place(text: str, sentence: int, start: int, end: int) -> bool:
    """Whether the place at text[start:end] says where the attackers are, in the subject
    of the strike: "militants in Gaza fired rockets", "troops in the Kursk region shelled
    Sumy". Fighters struck where they are ("strikes on militants in Gaza") are not."""
    return (_FORCES_IN.search(text, sentence, start) is not None
            and _STRIKES_AFTER.match(text, end) is not None)


def named_elsewhere(text: str, start: int, position: int) -> bool:
    """Whether the words before `position` make the place there where weapons came from,
    where someone spoke or was, another day's strike or the strike this one answers, not
    where this one hit: "launched from the Rafah area in southern Gaza", "told reporters in
    Kyiv", "a day after a strike in Odesa", "in retaliation for a strike on Damascus", the
    hospital the wounded were taken to, a capital sanctions are put on."""
    return (_NOT_HIT_BEFORE.search(text, start, position) is not None
            or _PRESENT.search(text, start, position) is not None
            or _TREATED.search(text, start, position) is not None
            or _PUT_ON.search(text, start, position) is not None
            or OTHER_DAY.search(text, start, position) is not None
            or answered(text, start, position))


def answered(text: str, start: int, position: int) -> bool:
    """Whether `position` is in the strike the attack told from `start` answers ("the strike
    was Iran's retaliation for the US bombing of its nuclear sites"): an earlier attack,
    whose attacker is not this one's and which is not the article's news."""
    return _CAUSE.search(text, start, position) is not None


def speaker_place(text: str, sentence: int, start: int, end: int) -> bool:
    """Whether the place at text[start:end] is where who speaks is: "In Islamabad, officials
    accused". Officials who speak in a place ("officials in Kharkiv said") often speak of
    the strike there, so that alone does not make it a place not hit."""
    return (_OPENS.match(text[sentence:start]) is not None
            and _SPEAKER_AFTER.match(text, end) is not None)


def speakers_seat(text: str, sentence: int, start: int, end: int, stop: int) -> bool:
    """Whether the place at text[start:end] only says where who speaks is, in the subject of
    a verb of saying ("Russian drones struck Odesa, officials in Kyiv said", "the UN mission
    in Kyiv said missiles hit Kharkiv") or in who a report is according to ("..., according
    to officials in Kyiv."), and what they say, in the sentence from `sentence` to `stop`,
    does not point back at it ("the Nasser Hospital in Khan Younis said it received 20
    bodies after strikes in the area"): the place was not hit unless the sentence names it
    again as hit."""
    said = _SAYS_AFTER.match(text, end)
    if said is not None:
        return _BACK.search(text, said.end(), stop) is None or another_place_told(text, end, stop)
    return (_ACCORDING.search(text, sentence, start) is not None
            and _SOURCE_ENDS.match(text, end) is not None
            and _BACK.search(text, sentence, stop) is None)


def another_place_told(text: str, end: int, stop: int) -> bool:
    """Whether what a speaker says, up to `stop`, names by its noun only places of another
    kind than the words after the speaker's place (ending at `end`) call it: "residents in
    Zorinsk, the capital of Talbir state, said the gunmen attacked the village" tells of the
    village, not of the capital; "officials in Zorinsk, a small town, said drones hit the
    town" of Zorinsk."""
    called = _CALLED.match(text, end)
    if called is None:
        return False
    told = {_ALIKE.get(n, n) for n in (m.group(1).lower() for m in _NAMED_BACK.finditer(
        text, called.end(), stop))}
    return bool(told) and _ALIKE.get(called.group(1), called.group(1)) not in told


def reaction_place(text: str, start: int, position: int, end: int) -> bool:
    """Whether the place at `position`, in the clause text[start:end], is where those who
    react to the attack are: "Leaders in Paris condemned the attack", "the attack was
    condemned by officials in Kyiv"."""
    return (_REACTION.search(text, position, end) is not None
            or _REACTED_BY.search(text, start, position) is not None)


def after_since(text: str, sentence: int, position: int) -> bool:
    """Whether `position` is in the history a comparison tells, up to the end of its clause
    and in a clause that tells when that was: "the deadliest since July, when a missile hit
    Kharkiv"; "In the largest attack since 2022, missiles hit Kyiv" tells the news after;
    or in the attack a span is counted from (`_SPAN_FROM`: "a year since the strike on Kyiv")."""
    if any(m.start() < position for m in _BEGAN.finditer(text, sentence, position + 60)
           if m.end() > position) or _SPAN_FROM.search(text[sentence:position]):
        return True
    found = list(_SINCE.finditer(text, sentence, position))
    if not found:
        return False
    parts = text[found[-1].end():position].lstrip(" ,").split(", ")
    return len(parts) == 1 or (len(parts) == 2 and _WHEN.match(parts[1]) is not None)


def habitual(text: str, start: int, end: int) -> bool:
    """Whether text[start:end] tells a habit in the present (`_HABIT_NOW`): it names no one
    attack, and so not the target of one ("al-Zorin routinely carries out such bombings in
    Talbir"). The side it names may still be behind an attack no one claimed, and stays a
    suspect (`modality.unreal` leaves it a report)."""
    return _HABIT_NOW.search(text, start, end) is not None


def aside(text: str, sentence: int, clause: tuple[int, int], position: int,
          cues: tuple[re.Pattern[str], ...]) -> bool:
    """Whether the place at `position` is history told after "since" or in a clause that
    tells a habit, or in a clause beside the attack that tells no strike of its own."""
    start, end = clause
    if (after_since(text, sentence, position) or _HABITUAL.search(text, start, end)
            or _SERIES.search(text, sentence, position)):
        return True
    beside = list(_ASIDE.finditer(text, sentence, position))
    return bool(beside) and not any(c.search(text, beside[-1].end(), end)
                                    for c in (*cues, _HARM))


_AMID = re.compile(r"(?i)\bamid\s+(?:(?:the|a|an)\s+)?(?:renewed|continued|continuing|ongoing"
                   r"|intensified|intensifying|escalating|stepped-up|repeated|frequent|regular"
                   r"|(?:wave|campaign|series|spate|weeks|months|days)\s+of)\b")
"""A campaign told as the background of what the sentence tells ("The Houthis have stepped up
launches, amid renewed US airstrikes on their positions in Yemen"): not an attack of the news."""


def amid_campaign(text: str, opening: int, position: int) -> bool:
    """Whether `position` is in a clause from `opening` that tells a campaign as the
    background of the sentence (`_AMID`): its side and its places are of no attack told."""
    return _AMID.search(text, opening, position) is not None


def after_another(text: str, sentence: int, position: int,
                  cues: tuple[re.Pattern[str], ...]) -> bool:
    """Whether `position` is in a strike the sentence tells as what came before the one it
    tells first: "Russian drones struck Kharkiv, after Ukraine hit Moscow on Thursday",
    "Iranian missiles hit Beersheba after Israel struck sites in Natanz", and the side named
    in it ("the strike came two days after Iran carried out strikes"). Where no strike
    comes before the "after", the strike after it is the news ("three died after a
    missile hit Odesa"). An opening that turns to another attack names the strike the
    sentence goes on to tell ("In a separate attack, two died in Kherson after a Russian
    airstrike"), not one before it."""
    line = text.find("\n", position)
    found = [m for m in _AFTER_STRIKE.finditer(text, sentence, len(text) if line < 0 else line)
             if m.start() < position]
    turn = _TURNS.match(text[sentence:position])
    told = sentence + (turn.end() if turn else 0)
    return bool(found) and any(c.search(text, told, found[-1].start()) for c in cues)
