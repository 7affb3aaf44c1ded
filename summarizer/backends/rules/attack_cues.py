"""The words that tell of an attack: what cues a strike in a sentence, what was struck,
and what marks a sentence as no attack of its own (deliveries, strikes told as going on,
another day's event). Kept apart from `attacks`, which reads the article with them."""

from __future__ import annotations

import re

from summarizer.backends.rules.attackers import (
    ATTACK_NOUN,
    ATTACK_VERB,
    DROPPED_BOMBS,
    STRUCK_VERB,
    WEAPON_HARMED,
)
from summarizer.backends.rules.unnamed import ARMED_MEN
from summarizer.text.openings import opened

ARMED_MEN_KILLED = (rf"(?<!\d\s)\b{ARMED_MEN}\s+(?:(?:have|had|has|also|reportedly)\s+)?"
                    r"(?:killed|murdered|massacred|shot\s+dead)\b")
"""Armed men as the subject of a killing ("Gunmen killed at least 70 people in Pont-Sonde"):
the sentence tells an attack without a strike word. Not their own count ("20 militants
killed"), a toll."""
ATTACK_CUE = opened(re.compile(
    r"(?i)\b(?:attack\w*|(?:air)?strikes?|struck|bombard\w*|shell(?:ed|ing)"
    r"|barrage|unleash(?:ed|es|ing)|raids?(?!\s+(?:alerts?|alarms?|sirens?|warnings?|shelters?))|assault|launched|fired|pounded|explosions?|shot\s+down|downed"
    r"|intercepted|destroyed|targeted|blasts?|bomb(?:ed|ings?)|open(?:ed|ing|s)\s+fire"
    r"|raided|storm(?:ed|ing)|ambush(?:ed)?|shot\s+dead|detonated|exploded|rammed"
    r"|blew\s+(?:(?:him|her|them)sel(?:f|ves)\s+)?up"
    rf"|{DROPPED_BOMBS}"
    r"|stabbed)\b"
    rf"|{WEAPON_HARMED}|{ARMED_MEN_KILLED}"))
TARGET_BEFORE = re.compile(
    rf"(?i)(?:\b{ATTACK_NOUN}\s+(?:in|on|against|across)|\b(?:{STRUCK_VERB}|targeting)"
    rf"|(?:\b{DROPPED_BOMBS}|\bbombs?\s+(?:(?:was|were)\s+)?dropped)\s+on)"
    r"\s+(?:the\s+(?:[\w'\u2019-]+\s+){0,6}?(?:city|capital|town|village)"
    r"\s+(?:of\s+)?|an?\s+)?"
    r"(?:[A-Z][\w-]*['\u2019]s\s+)?$")
"""The words before a place struck: "strikes on the city of Kharkiv", "pounded the area around
Yemen's Red Sea port city of Hodeida", "an airstrike on a Beirut suburb" (the name told as
what kind of suburb), "dropped three bombs on Zorin village", "bombs were dropped on a
Zorin"."""
SITE_BEFORE = re.compile(rf"(?i)(?:\b{ATTACK_NOUN}\s+(?:on|against)|\b(?:{STRUCK_VERB}|targeting))"
                          r"\s+(?:the\s+)?"
                          r"(?:(?:[\w.-]+\s+){0,2}?[\w.-]+['\u2019]s\s+)?$")
"""The words before a site struck: "a strike on the Iranian consulate", "missiles
targeting the U.S. military's Al Udeid Air Base"."""
STRUCK_AFTER = re.compile(
    r"(?:\s+in\s+[A-Z][\w'\u2019-]*(?:\s+[A-Z][\w'\u2019-]*){0,2})?"
    r"\s+(?:had\s+been|was|were)\s+(?:[a-z]+ly\s+)?"
    rf"{STRUCK_VERB}\b")
"""A place struck told as the subject of a passive: "The Zorin Life Church in Okarin was
attacked by gunmen", "Kyiv said Ukraine had been targeted with drones". Not the present
perfect: "it was not the first time the town has been targeted" tells a record."""
STRUCK_IN = re.compile(rf"(?i)(?:\b(?:{ATTACK_NOUN}|{ATTACK_VERB}|hitting|striking"
                        rf"|{DROPPED_BOMBS})\b"
                        rf"|{WEAPON_HARMED})"
                        r"(?:\s+[\w-]+){0,4}\s+in\s+(?:the\s+(?:[\w-]+\s+){0,3}?"
                        r"(?:city|town|village|capital)\s+of\s+|[A-Z][\w-]*['\u2019]s\s+"
                        r"(?:[\w-]+\s+){0,2}?(?:city|town|village|capital)\s+(?:of\s+)?)?$"
                        rf"|\b{ATTACK_NOUN}\s+(?:have\s+|has\s+|had\s+)?(?:killed|wounded|injured)"
                        r"\s+(?:[\w,-]+\s+){0,5}?in\s+$")
"""A city struck through what was hit in it: "drones struck an apartment block in Odesa",
"a strike on troops in the eastern city of Kharkiv", "strikes killed at least five
Palestinians in Rafah", "dropped bombs on villages in Zorin district", "after hitting a
school in Ukraine's second city Kharkiv"."""
NOT_ATTACK = re.compile(r"(?i)\b(?:deliver\w*|suppl\w*|provid\w*|receiv\w*|stockpil\w*|produc\w*"
                         r"|manufactur\w*|bought|purchas\w*|pledg\w*|promis\w*|package)\b")
ONGOING = re.compile(r"(?i)\bcontinu(?:ed|es|e|ing)\s+(?:to\s+(?:shell|attack|strike|bomb|fire"
                      r"|pound|target)|shelling|attacking|striking|bombing|bombarding|firing"
                      r"|pounding|targeting)\b")
"""A side's strikes told as going on ("troops continued shelling civilian targets"): a
roll-up of its daily reports, not one attack, and its toll is no attack's."""
FOLLOW_UP = re.compile(r"(?i)^(?:(?:some|about|around)\s+)?(?:\w+\s+)?(?:minutes|hours)\s+later\b"
                        r"(?=.*\b(?:attack|strike|drones?|missiles?|rockets?)\b)"
                        r"|\bfollow-up\s+(?:[\w-]+\s+){0,2}?(?:attack|strike)")
"""A second strike told after the first: "Hours later, a follow-up drone attack ...",
"Some 80 minutes later, another missile struck ..."."""
TURNS = (r"(?i)^\W*(?:separately\b|(?:in\s+)?(?:a\s+(?:separate|second|further)|another)\s+"
         r"(?:[\w-]+\s+)?(?:attack|incident|(?:air\s*)?strike|raid|assault|bombing|operation"
         r"|shelling)\b)")
"""An opening that turns to another attack: "Separately, ...", "In another attack, ...", "In
another operation on Saturday, ...", "In a second drone strike, ...", "A separate drone attack
on Kharkiv injured four", "Another strike on Saturday hit a school". The attack it names is the
one the sentence goes on to tell."""
ASIDE = re.compile(r"(?i)^\W*(?:meanwhile|separately|in\s+a\s+separate\s+[\w-]+"
                   r"|(?:[\w-]+\s+){0,2}?(?:minutes|hours?)\s+earlier),")
"""An opening that turns from the strike told to another ("Meanwhile, ...", "Separately,
...", "In a separate raid, ...", "About an hour earlier, ..."): the counterpart of
`FOLLOW_UP`, for a strike on a place of its own.

Three lists turn to another strike, each for its own question, so none stands for another.
This one splits a strike of the same day on another place off the attack of that day: an
opening only, as the sentence then opens an attack of its own, and it takes the words of the
same day ("Meanwhile", "hours earlier"). `attack_days._APART` keeps a sentence's day apart
from the news's, so it takes the words of another day ("It comes after ...", "... is the
latest ...") and not "meanwhile", whose day may still be the news's. `took_place._OTHER_STRIKE`
only stops a later sentence from naming the town of the one strike told first, so any
"also" or "elsewhere" in it will do."""
THE_ATTACK = re.compile(r"(?i)^(?:the|this|that)\s+(?:[\w-]+\s+){0,2}?(?:(?:air\s*)?strike|attack"
                         r"|assault|barrage|bombardment|raid)\b")
"""A sentence whose subject is the attack already told ("The rare strike hit ...")."""
DAMAGE = opened(re.compile(
    r"(?i)\b(?:damage\w*|hit|attacked|struck|targeted|shelling|under\s+attack)\b"))
AFTERMATH = re.compile(r"(?i)\b(?:rubble|wreckage|debris|ruins|collapsed|caved\s+in|flattened"
                        r"|craters?|burn[et]-out|impact\s+(?:sites?|points?))\b")
"""What a strike leaves ("rescuers searched the rubble in the Zorinsk district", "impact
sites in Holon"): where it lies is a place hit, though the sentence names no strike and
tells no toll of one."""
OPERATION = re.compile(r"(?i)\boperations?\b")
"""An attack told as an operation ("the operation on the Zorinsk refugee camp", "Israel's
operation in Zorinsk freed the hostages"): where it went is a place hit. Only a place cue:
"operation" names a rescue as often as a raid, so it anchors no attack and tells no toll."""
WAR = re.compile(r"(?i)\bwar\b")
"""A war told before the strike it began with ("the war in Gaza, which broke out following
Hamas's attack on October 7"): that strike is its history, not the news."""
KILLED = re.compile(r"(?i)\b(?:killed|wounded|injured|died)\b")
"""A toll told where it happened ("two people were killed in the Zorinsk district"): that
place is a place hit, though the sentence names no strike."""
OTHER_DAY = re.compile(r"(?i)\b(?:(?:(?:a|one|two|three|\d+|a\s+few|several)\s+)?"
                       r"(?:days?|weeks?|months?)|the\s+day)\s+(?:after|before)\b")
"""A clause about another day's event: "pounded Gaza on Sunday, a day after killing 274", "a
week after a strike on Sumy", "weeks after a similar strike"."""
FORESEEN = re.compile(rf"(?i:\b{ATTACK_NOUN})(?:\s+(?!(?i:that|which|who|said|says|say)\b)"
                      r"[\w'\u2019.-]+){0,5}?\s+(?:would|will|could|might|may|should)\s+(?!have\b)")
"""An attack that is the subject of a modal verb ("A Russian attack on Kyiv could kill
hundreds", "an Iranian strike on Haifa would be met with force"): one that may come, told
after the words that name it, where `modality.unreal` does not look. "May have killed"
doubts a toll, not the attack."""
