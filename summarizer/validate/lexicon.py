"""The support check's own words: what a clause says a number counts, and what puts a
number under a threat, plan, condition or denial.

Kept apart from the rules extractor's vocabulary on purpose: the check must judge a
model's extraction and the rules backend's alike, so it cannot share the words the
rules backend extracted with (it would only agree with itself).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from summarizer.text.lines import LINE_BREAK, between, cuts
from summarizer.text.memo import short_texts
from summarizer.text.released import NOT_A_THING
from summarizer.text.sentences import sentence_breaks
from summarizer.text.time import TIME


def words(*stems: str) -> re.Pattern[str]:
    """A case-insensitive pattern for whole words starting with one of `stems`; a stem
    ending in '$' must match a whole word exactly ('war$' but not 'warhead')."""
    parts = [re.escape(s[:-1]) + r"\b" if s.endswith("$") else re.escape(s) + r"\w*"
             for s in stems]
    return re.compile(r"\b" + _initials(stems) + "(?:" + "|".join(parts) + ")", re.IGNORECASE)


def _initials(stems: tuple[str, ...]) -> str:
    """A lookahead on the stems' first letters: a search then tries the stems only where
    a word starts with one, not each stem at every word (twice as fast on the long
    alternations; every clause of every figure is searched with several). None where a
    stem starts with no letter or digit."""
    if not all(s[:1].isalnum() for s in stems):
        return ""
    return "(?=[" + "".join(sorted({re.escape(s[0]) for s in stems})) + "])"


def either(*patterns: re.Pattern[str]) -> re.Pattern[str]:
    """One case-insensitive pattern for any of `patterns`."""
    return re.compile("|".join(p.pattern for p in patterns), re.IGNORECASE)


NEARBY = 64
"""How many characters beside a number or an evidence its neighbouring words are read in: a
currency, a multiplier or a month next to a number (counting.py), the words that lead into
an evidence, a 'said' before a day. They stand next to it, and copying the whole article's
text before and after every number made such tests grow with the article's length squared."""

RELEASE = re.compile(rf"\breleas{NOT_A_THING}\w*", re.IGNORECASE)
"""A release word, not of a thing published ('released footage', text.released)."""
KILLED = words("kill", "dead$", "died", "dies$", "die$", "death", "fatal", "lives$", "life$",
               "toll", "bodies", "perish", "slain", "murder", "casualt", "lost their")
INJURED = re.compile(words("injur", "wound", "hurt", "hospitali", "casualt", "treated", "victims"
                           ).pattern + r"|\b(?:taken|rushed|brought|admitted|evacuated|airlifted)"
                     r"\s+to\s+(?:a\s+|the\s+)?(?:[\w-]+\s+)?hospitals?\b", re.IGNORECASE)
"""'casualties' counts for both: outlets use it for either. 'Taken to a hospital' tells the
hurt as 'hospitalised' does."""
REMAINS = words("bodies", "body$", "remains$")
"""The dead handed back: in a clause that returns them, the words of death ('the bodies of
501 soldiers killed in fighting were returned') say who was returned, not a toll."""

PEOPLE = words("people$", "person", "civilian", "resident", "child", "children", "soldier",
               "servicem", "passenger", "worshipper", "men$", "women$")
"""Who a toll counts: a number with these counts people, not weapons."""
PEOPLE_AFTER = re.compile(
    r"[\s-]+(?:children|child|kids|pupils|students|girls|boys|teachers|staff|workers|"
    r"employees|residents|members|personnel|guards|patients|passengers|people|civilians)\b",
    re.IGNORECASE)
"""People named after a place or a building that says which ones ('287 school children',
'12 hospital staff', '30 village residents'): the number counts them, not the places."""
RELEASED = either(RELEASE, words("free", "freed", "freeing", "return", "home", "hand", "swap",
                 "on their way", "arriv", "crossed into",
                 "exchang", "brought back", "bring back", "repatriat", "liberat", "transfer",
                 "came back", "come back", "back to", "let go", "set free", "handover",
                 "receiv"))
SIDES = re.compile(r"\b(?:both|two|each|either) sides?\b|\bsides\b", re.IGNORECASE)
"""'The two sides swapped 390 each' names both parties of a two-party exchange."""
EACH = re.compile(r"\b(?:each|apiece|per side|both ways|one-for-one|as many(?!\s+as\b))\b"
                  r"|\b(\d[\d,]*\d|\d)-for-\1\b", re.IGNORECASE)
"""What tells an even swap, one number from each side ('307 each', '1,000-for-1,000', '307
POWs in exchange for as many servicemen'); not 'as many as 307', a bound, nor '2-for-1'."""

QUALIFIER = (r"(?:at least|more than|over|about|around|nearly|almost|some|roughly|as many as|"
             r"up to|an estimated|all|only|a total of|another|a further|an additional)")
QUALIFIED = rf"(?:{QUALIFIER}\s+)?"
"""The words that may stand between a number and the word that governs it ('killing at
least 20', 'Among those freed were some 40', 'still holds about 100', 'up from roughly
30', 'shot down all 40'): a pattern that reads the governing word right before the number
ends with `QUALIFIED` (then '$'), or with `QUALIFIER` after a space (scope.py)."""

NOT_DESCRIBING = (r"(?:over|in|into|for|during|after|before|within|across|on|at|by|to|from|"
                  r"with|and|or|but|while|as|than|per|plus|including|of|who|which|that|were|"
                  r"was|are|is|have|has|had)\b")
"""The words that end the describing words between a number or an 'a' and its noun ('two
more weeks', 'a US drone strike', 'drones and ballistic missiles'): a preposition, a
conjunction, a relative or a verb of being opens what the sentence says next."""

SAID_WORDS = (r"said|says|say|told|tells|announced|reported|reports|added|wrote|writes|"
              r"writing|stated|confirmed|claimed|posted|tweeted|updated?|revised|statement|"
              r"interview|accused|accuses|blamed|blames")
"""Words of a report itself: the day next to one is the day something was said (or an
accusation made: 'On Thursday, the council accused the militia of a massacre',
event_days.py), and a subject with one reports another's doing ('Qatar and Egypt said
Hamas will free 50', shares.py)."""
SAID = re.compile(rf"\b(?:{SAID_WORDS})\b", re.IGNORECASE)

TOTAL = re.compile(
    r"\b(?:total\w*|in all|so far|altogether|overall|to date|cumulative\w*|in sum|"
    r"as of|bring(?:s|ing)? (?:the|its|their) (?:number|count)|(?:over|in|across|during)"
    r"(?: just)? (?:the )?(?:these |those |past |last )?(?:\w+ )?days?|since|"
    r"(?:has|have) (?:so far |now |already |also )?(?:released|freed|returned|swapped|"
    r"exchanged|handed|brought))\b",
    re.IGNORECASE,
)
"""A running total: 'a total of 697', '697 over two days', 'so far'."""

_SPAN = re.compile(r"\b(?:so far|to date|as of|bringing the total)\b"
                   r"|\b(?:has|have)\b[^.;]*\bsince\b", re.IGNORECASE)
_RANKED_SINCE = re.compile(r"\b(?:\d+(?:st|nd|rd|th)|first|second|third|fourth|fifth|latest|"
                           r"\w{3,}est)\s+(?:[\w-]+\s+){0,2}?since\b", re.IGNORECASE)
"""An event ranked over a span ('a new exchange, the 58th since the start of the invasion',
'the biggest swap since 2022'): the event's rank, not a release over the span."""
_SUM = re.compile(r"\b(?:in total|total of|altogether)\b", re.IGNORECASE)
_SINCE = re.compile(r"\bsince\b", re.IGNORECASE)
_ONE_ROUND = re.compile(r"\b(?:first|second|third|latest|"
                        r"\w+th) (?:batch|round|stage|group)\b", re.IGNORECASE)


_OPENING_SPAN = re.compile(r"\s*(?:[\"\u201c]\s*)?(?:as of|so far|to date|since)\b[^,;:]*,",
                           re.IGNORECASE)
_PERFECT = re.compile(r"\b(?:has|have)\s+(?:so far\s+|now\s+|already\s+|also\s+)?(?:been\s+)?"
                      r"(?:released|freed|returned|swapped|exchanged|handed)\b", re.IGNORECASE)


def opened_running(text: str, clause: tuple[int, int]) -> bool:
    """Whether a clause tells a running total by the span its sentence opens with, which
    governs every clause of it ('As of Tuesday, Hamas has released 81 hostages, while
    Israel has freed 180 prisoners'): a clause in the perfect after such an opening."""
    lo, _ = sentence_at(text, clause[0])
    return bool(_OPENING_SPAN.match(text, lo)) and bool(_PERFECT.search(text, *clause))


RUNNING = "there it is a running total, not one stage"
"""Why a stage's figure is no stage's, whichever reading finds the total: `running` or
tallies.py."""


def running(clause: str) -> bool:
    """Whether a clause gives a running total rather than one stage: a span ('so far',
    'has released 180 since the truce began'), or a sum that names no day or round of its
    own ('a total of 697', 'said on Monday that a total of 697 held since 2014 were
    freed'). A sum of one day or round is that stage's count ('a total of 128 prisoners
    arrived on Thursday', 'a total of 39, the third batch')."""
    return bool(_SPAN.search(_RANKED_SINCE.sub(" ", clause))) or (bool(_SUM.search(clause)) and (
        bool(_SINCE.search(clause)) or not (TIME.search(clause) or _ONE_ROUND.search(clause))))


DEAL = words("agree", "deal", "exchang", "swap", "accord", "truce", "ceasefire", "cease-fire",
             "terms", "negotiat", "each$", "both$", "for$", "releas", "free", "return",
             "trade", "pact", "arrangement", "plan$", "plans$", "plann")
"""What a deal's figure is written with; 'plan' whole ('plans', 'planned'), not 'planes'."""
WEAPONS_TOTAL = words("total", "in all", "altogether", "overall", "aerial", "weapon", "target",
                      "air attack", "means of", "projectile", "munition")

MISSILE_TYPES: dict[str, tuple[str, ...]] = {
    "cruise missile": ("cruise", "kalibr", "tomahawk", "storm shadow"),
    "ballistic missile": ("ballistic", "kn-23", "atacms"),
}
"""The words that name one missile type ('a Kalibr missile' is a cruise one). Not a
system that comes in both ('Iskander': Iskander-M is ballistic, Iskander-K cruise), nor
'Kh-' (cruise, anti-ship, anti-radiation and aeroballistic missiles), nor 'Kinzhal'
(aeroballistic, counted apart from ballistic ones by Ukraine's air force)."""
MISSILE_TYPE_WORDS = {kind: words(*forms) for kind, forms in MISSILE_TYPES.items()}
"""`MISSILE_TYPES` as patterns, one per type."""

WEAPON: dict[str, re.Pattern[str]] = {
    "drone": words("drone", "uav", "unmanned", "shahed", "geran", "lancet", "quadcopter"),
    "cruise missile": words(*MISSILE_TYPES["cruise missile"], "kh-", "missile"),
    "ballistic missile": words(*MISSILE_TYPES["ballistic missile"], "iskander", "kinzhal",
                               "missile"),
    "missile": words("missile", "cruise", "ballistic", "iskander", "kalibr", "kinzhal"),
    "guided bomb": words("bomb", "kab$", "kabs$", "glide"),
    "rocket": words("rocket", "grad$", "himars", "mlrs", "katyusha"),
    "artillery": words("artillery", "shell", "mortar", "howitzer", "cannon"),
    "firearm": re.compile(words("gun", "rifle", "bullet", "firearm", "pistol", "fired").pattern
                          + r"|\b(?:shots?|shootings?)\b(?!\s+down)", re.IGNORECASE),
    "vehicle": re.compile(words("vehicle", "car$", "cars$", "truck", "lorry", "van$",
                                "rammed").pattern + r"(?![\s-]+bomb)", re.IGNORECASE),
    "explosive": words("explos", "bomb", "ied$", "ieds$", "blast", "detonat", "grenade",
                       "mine$", "mines$"),
    "knife": words("knife", "knives", "stab", "blade", "machete"),
}


def arms(*kinds: str) -> re.Pattern[str]:
    """One pattern for the `WEAPON` words of `kinds`: the weapons a check weighs together
    ('drones and missiles' joined, a toll's rival nearer to any air or ground weapon)."""
    return re.compile("|".join(WEAPON[k].pattern for k in kinds), re.IGNORECASE)


ANY_WEAPON = arms(*WEAPON)
"""'other' weapons are supported by any weapon word."""

EVENT_NOUN = (r"(?:strike|airstrike|attack|raid|shelling|bombing|blast|explosion|assault|"
              r"ambush|incident|barrage|shooting)")
"""The nouns of one violent event ('the strike', 'a shooting'): what a sentence naming one
tells (scope.ONE_EVENT), and what an 'a' before one counts (one_among.py)."""

_NOT_HEDGES = r"(?!\s+(?:fewer|less|more|including|counting|only|least|again|more)\b)"
HEDGES: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("a threat", re.compile(r"\b(?:threat\w*|warn(?:s|ed|ing)? (?:of|that|it)|vow\w*)\b",
                            re.IGNORECASE)),
    ("a plan", re.compile(
        r"\b(?:plan(?:s|ned|ning)? to|will|(?<!\bwhat )would|shall|(?:expected|set|meant|scheduled|"
        r"(?:is|are) due|ready|prepared|going|poised) to|intend\w*|aims? to|could|might|propos\w*|"
        r"offer(?:s|ed)? to|commit(?:s|ted)? to|demand\w*|call(?:s|ed)? for|"
        r"(?:is|are) (?:yet )?to be)\b"
        r"|\bmay\b(?! \d)", re.IGNORECASE)),
    ("a condition", re.compile(
        r"\b(?:if|unless|provided that|on (?:the )?condition(?! of anonymity)|in case|once"
        + _NOT_HEDGES + r")\b",
        re.IGNORECASE)),
    ("a denial", re.compile(
        r"\b(?:not" + _NOT_HEDGES + r"|never|no" + _NOT_HEDGES + r"|den(?:y|ies|ied|ying)|"
        r"false(?:ly)?|rejected|dismissed)\b|n't\b", re.IGNORECASE)),
)
"""A number under one of these is not reported as having happened. Not a source's terms ('on
condition of anonymity') nor a verdict on the news ('in what would be the deadliest')."""

RELATIVE = re.compile(r"\b(?:that|which|who|whom|where)\b", re.IGNORECASE)
"""A relative clause opening after a number ('freed 25 in a swap that will ease strains',
'citing officials who were not named'): a hedge in it is its own verb's, not the number's."""

PLANNED_PEOPLE = re.compile(r"(?<!\bis )(?<!\bare )(?<!\bwas )(?<!\bwere )\b(?:set|due|expected|"
                            r"scheduled|slated) to be \w+(?:ed|en)\b", re.IGNORECASE)
"""A plan that names people rather than states the clause ('detainees set to be freed')."""
DONE = re.compile(r"\b(?:have|has|had)\s+(?:already\s+|now\s+|all\s+)?\w+(?:ed|en)\b|"
                  r"\b(?:were|was)\s+\w+(?:ed|en)\b", re.IGNORECASE)
"""A verb that reports something done: after such a plan, the clause's own assertion."""


@short_texts
def hedges(clause: str) -> tuple[str, ...]:
    """The names of the `HEDGES` a clause is under, in their order: looked for once per
    clause, not once per number in it and per fact that reads it."""
    asserted = _asserted(clause)
    return tuple(name for name, pattern in HEDGES if pattern.search(asserted))


def _asserted(clause: str) -> str:
    """The clause without a plan that only names the people ('All 1,966 detainees set to
    be released have boarded buses': what the clause asserts is done, not planned)."""
    named = PLANNED_PEOPLE.search(clause)
    if named is None or not DONE.search(clause, named.end()):
        return clause
    return clause[:named.start()] + clause[named.end():]

CLAUSE_BREAK = re.compile(
    rf";(?=\s|$)|{LINE_BREAK}|"
    r"(?<!\d)\s[\u2014\u2013]\s|\s--\s|[()\[\]]|"
    r",\s+(?=(?:and|but|while|whereas|which|who|of which|of whom|with|bringing|including|"
    r"adding|although|though|after|before|as|according|where|when|plus|\w+ of (?:whom|which|"
    r"them))\b)|\s(?=(?:after|before|when|because|whereas|which|unless)\s)",
    re.IGNORECASE,
)
"""Where a clause ends, besides a sentence's end (`sentence_breaks`). A comma alone does
not end one ('killed, officials said, 12')."""
_SEMICOLON = re.compile(r";(?=\s|$)")
"""A check's sentence also ends at a semicolon: the parts of '12 were killed in Kyiv; three
in Odesa' each tell their own place and figure, as two sentences would."""


def clauses(text: str, *, sentences: bool = False) -> tuple[tuple[int, int], ...]:
    """The (start, end) of each clause of `text`, or of each sentence: cut once per
    evidence, which the checks of each of its facts read."""
    return _sentences(text) if sentences else _clauses(text)


@short_texts
def _clauses(text: str) -> tuple[tuple[int, int], ...]:
    return _between(text, CLAUSE_BREAK)


@short_texts
def _sentences(text: str) -> tuple[tuple[int, int], ...]:
    return _between(text, _SEMICOLON)


def _between(text: str, pattern: re.Pattern[str]) -> tuple[tuple[int, int], ...]:
    """The text between two breaks: the package's one sentence cutter's (`sentence_breaks`,
    so a check reads the sentence the extractor read: 'U.S. officials said 12' stays one)
    and `pattern`'s. A break that starts inside another (the bracket of '12.)') is that
    one."""
    breaks: list[tuple[int, int]] = []
    for cut in sorted({*sentence_breaks(text), *cuts(pattern, text)}):
        if not breaks or cut[0] >= breaks[-1][1]:
            breaks.append(cut)
    return tuple(between(breaks, len(text)))


def span_at(spans: Sequence[tuple[int, int]], position: int) -> tuple[int, int]:
    """The span that `position` is in."""
    return next((s, e) for s, e in spans if s <= position <= e)


def sentence_at(text: str, position: int) -> tuple[int, int]:
    """The (start, end) of the sentence of `text` that `position` is in."""
    return span_at(clauses(text, sentences=True), position)

VERB = re.compile(r"\b(?:was|were|is|are|been|be|being|has|have|had|did|does|do|died|fled)\b|"
                  r"(?<![\w-])(?!hundred\b)\w{3,}ed\b", re.IGNORECASE)
"""A crude verb: a clause without one ('At least 18 civilians, including ...') takes its
sentence's words. The end of a hyphened word is an adjective's ('a London-based monitor
said 11 people, including ..., were killed'), not the clause's verb. 'died' and 'fled' are
too short for the ending's rule and are a toll's and a flight's verbs ('the ministry said
21 people died on Monday' tells Monday's deaths, not the ministry's report)."""
