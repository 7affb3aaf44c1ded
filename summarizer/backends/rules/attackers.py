"""Who struck: the ways news names the attacker right after its name.

`AttackReader` reads the plain shapes itself ("Russia launched", "Russian drone
attacks", "attacks by Afghan forces"). These are the shapes real reports add:
a side's claim of its own strike ("Hamas said it had launched rockets", "Israel
says it struck"), an operation it carried out ("Israel carried out a rescue operation"),
a toll told with the attacker as its subject ("the RSF killed 75 people in a drone
strike"), where the killing names the attack; and the country a strike was launched
from ("a missile launched from Yemen").
"""

from __future__ import annotations

import re

from summarizer.text.gazetteer import Entry, Mention
from summarizer.text.time import MONTH_NAMES, WEEKDAY_NAMES

STRIKE_NOUN = (r"(?:attacks?|(?:air\s*)?strikes?|assault|barrage|bombardment|bombings?|shelling"
               r"|raids?)")
"""A noun naming a strike; "airstrike" written as one word too."""
STRUCK_VERB = r"(?:struck|hit|targeted|attacked|shelled|pounded|bombed|bombarded|raided|stormed)"
"""A verb whose object is the place struck, read before it ("shelled Zorinsk", "raided the
town of Zorinsk") and after it in the passive ("Zorinsk was pounded"): the one list the
target and place readers share."""
STRIKE_VERB = (rf"(?:{STRUCK_VERB}|launched|fired|ambushed|unleashed|blew\s+up|detonated)")
"""A verb whose subject struck: the one list the attack and attacker readers share. Beside
`STRUCK_VERB`, those whose object is the weapon ("launched 40 drones") or no place ("blew
himself up")."""
_HEADLINE_VERB = r"(?:launches|fires|pounds|bombards|unleashes|strikes|hits|attacks|shells)"
"""The present tense a headline tells a strike in ("Iran fires 200 missiles at Israel"): after
a side's name, its verb, though most of these words are nouns elsewhere."""
WEAPON_HARMED = (r"\b(?:missiles?|drones?|rockets?|shells?|bombs?|explosions?|blasts?)\s+"
                 r"(?:(?:have|had|has|also)\s+)?(?:killed|wounded|injured|hit)\b")
"""Weapons as the subject of a toll or of a hit ("Russian missiles killed 12 in Kharkiv", "two
blasts killed 84", "a missile hit Odesa"): the sentence tells a strike without a strike
word."""
ATTACK_NOUN = rf"(?:{STRIKE_NOUN}|offensive)"
CLAIMED_ATTACK = (rf"(?:{STRIKE_NOUN}|blasts?|explosions?|suicide\s+bombing|ambush|hijacking"
                  r"|massacre)")
"""What a side claims or is blamed for: a strike, or a blast or an ambush no strike noun names."""
_NOT_MODIFIER = (r"(?!(?:the|a|an|this|that|its|their|his|her|of|to|for|by|was|were|is|are"
                 r"|has|have|had|officials?|said|says|claimed|blamed|attributed|denied"
                 r"|in|on|at|with|after|amid|during|from|into|against|following|since"
                 r"|described|condemned|denounced|reported|accused|warned|vowed|report|reports|say"
                 r"|came|come|comes|under|face|faces|faced|suffered|endured|saw|sees|witnessed)\b)")
"""Words that cannot stand between a demonym and the attack it qualifies: the demonym is the
subject of another verb, one that tells what befell it or who told of the attack ("regions of
Russia came under drone attacks", "Russian Telegram channels report drone strikes")."""
_ANOTHER_ACTOR_OR_SITE = (r"(?!(?:suicide(?!\s+drones?\b)|gunm[ae]n|bandits?|jihadists?"
                          r"|militants?|insurgents?|market|bazaar|church|mosque)\b)")
"""Words qualifying an attack that name who else struck or the public place hit ("Mali
suicide attack", "Niger gunmen attack", "Pakistan bazaar bombing"): the name before them
tells where it was, not who struck. Terror words are not among them: "the Russian terrorist
attack" is how a side's speaker names the other side's strike."""
_ADJECTIVE_ATTACKER = re.compile(
    rf"^(?:[\s-]+{_NOT_MODIFIER}{_ANOTHER_ACTOR_OR_SITE}[\w-]+){{0,4}}?\s+{ATTACK_NOUN}\b"
    rf"|^['\u2019]s(?:\s+{_NOT_MODIFIER}[\w-]+){{0,3}}?\s+{ATTACK_NOUN}\s+(?:on|against|at"
    r"|targeting)\b")
"""A demonym that qualifies the attack ("Russian drone and missile attack"), not one that
only opens the clause naming it ("Lebanese officials attributed the attack to Israel"); a
possessive where the attack is told with what it struck ("Iran's missile strikes targeting
the base"), not where it only names a strike ("Russia's May 21 strike was worse")."""
DROPPED_BOMBS = r"dropp(?:ed|ing)\s+(?:[\w-]+\s+){0,2}?bombs?"
"""Bombs told dropped by who dropped them ("a jet dropped three bombs", "a Russian Su-34 dropped
guided bombs"): a strike, and its subject the side that struck."""
ATTACK_VERB = rf"(?:{STRIKE_VERB}|retaliated|{DROPPED_BOMBS})"
_AUXILIARY = r"(?:(?:has|have|had)\s+)?(?:[a-z]+ly\s+)?"
"""A perfect tense or an adverb between a side and its strike: "Israel has reportedly struck",
"Russian troops have shelled"."""
_PASSIVE = (r"(?!\s+(?:by\b|(?:in|during)\s+(?:the|this|that|\w+['\u2019]s)\s+"
            rf"(?:(?!of\b)[\w-]+\s+){{0,2}}?{STRIKE_NOUN}\b))")
"""After a verb such as "targeted", what makes it a participle whose noun was struck: "the
Hezbollah commander targeted in the airstrike", "a Russian depot hit by Ukrainian drones". The
side named before it is the target's, not the one that struck. Only a strike already told
("the", "Friday's"): "Israeli jets struck in a predawn raid" is the side's own verb."""
_SUBJECT_ATTACKER = re.compile(
    r"^(?:['\u2019]s\s+(?:[\w-]+\s+){0,2}?(?:forces|military|army|troops|drones?|missiles?|jets"
    rf"|warplanes|aircraft|artillery))?\s+{_AUXILIARY}"
    rf"(?:{ATTACK_VERB}|{_HEADLINE_VERB})\b{_PASSIVE}")
_DEMONYM_ATTACKER = re.compile(rf"^(?:\s+{_NOT_MODIFIER}[\w-]+){{1,3}}?\s+{_AUXILIARY}"
                               rf"{ATTACK_VERB}\b{_PASSIVE}"
                               rf"|^(?:\s+{_NOT_MODIFIER}[\w-]+){{0,2}}?\s+{WEAPON_HARMED}")
NAMED_AFTER = re.compile(
    rf"(?i)(?:\b(?:{ATTACK_NOUN}|launched|fired|carried\s+out|conducted)"
    r"(?-i:\s+(?:at|on|towards?|into)(?:\s+[A-Z][\w-]*){1,3})?\s+by"
    rf"|\b(?:was|were|had\s+been)\s+(?:[a-z]+ly\s+)?{STRUCK_VERB}\s+by"
    rf"|\b(?:{ATTACK_NOUN}|was|has\s+been)\s+(?:[a-z]+ly\s+)?claimed\s+by"
    r"|\bblam(?:ing|ed|es)(?:\s+(?:the|this|its|[A-Z]\w+['\u2019]s)\s+(?:(?:deadly|suicide|car|twin"
    rf"|double|latest)\s+)?{CLAIMED_ATTACK}\s+on)?|\b{CLAIMED_ATTACK}\s+(?:(?:was|were|has\s+been|have\s+been)\s+)?"
    r"(?:[a-z]+ly\s+)?blamed\s+on|\battributed\s+(?:[\w-]+\s+){0,3}?to"
    rf"|\b(?:which|that|{CLAIMED_ATTACK})\s+(?:[\w'\u2019.-]+\s+){{1,3}}?(?:(?:has|have|had)\s+)?"
    r"(?:[a-z]+ly\s+)?blamed\s+on)\s+(?:the\s+)?$")
"""The attacker named after the attack: "attacks by Afghan Taliban forces", "rockets fired at
Sderot by Hamas", "an attack claimed by the Houthi militia", "was swiftly claimed by Hamas",
"blaming Ukraine", "police blamed the bombing on the BLA", "a blast widely blamed on the BLA",
"attributed the attack to Israel", and blamed in a clause after the attack ("a blast hit a
market in Zorinsk, which police blamed on the ZLA", "a strike on Zorinsk that Moscow blamed on
Kyiv", "an attack officials blamed on Israel"): gold names the side blamed, as it names the
claimer. Only the attack itself is blamed so: "blames the bridge explosion on Ukraine" names
another blast.
The agent of a passive strike is its attacker ("a plant in Zorinsk was struck by Russian
missiles", "the village had been shelled by junta troops"): the auxiliary makes the verb a
passive, so a participle alone ("hit by sanctions") names no one, and not the present
perfect, which tells a record ("the base has been targeted by militias 60 times")."""
_STRIKE_VERB = rf"(?:{STRIKE_VERB}|carried\s+out|conducted)"
_CLAIMER = (r"(?:group|militants|militia|rebels|fighters|movement|insurgents|jihadists"
            r"|organi[sz]ation)")
"""The noun a claiming group's name may take ("the Islamic State group", "Boko Haram militants")."""
_CLAIMED = re.compile(
    r"^(?:['\u2019]s\s+(?:[\w-]+\s+){0,2}?(?:forces|military|army|wing|brigades)"
    r"|\s+(?:rebels|militants|fighters|militia|forces|troops|military|army|group|authorities)"
    r"(?:\s+in\s+(?:the\s+)?[A-Z][\w'\u2019-]*(?:\s+[A-Z][\w'\u2019-]*)?)?)?"
    r"(?:,\s+(?:the\s+)?[^,;.()\n]{1,60},)?"
    r"\s+(?:(?:has|had|have)\s+)?(?:(?:later|also|since)\s+)?(?:said|says|claimed|claims|announced|stated)"
    r"\s+(?:(?:on\s+)?\w+day\s+|in\s+a\s+statement\s+)?(?:that\s+)?"
    r"(?:it|they|its\s+(?:forces|fighters|militants|members|men|units|troops|air\s+force|army"
    r"|military|drones|warplanes|jets))\s+"
    r"(?:has\s+|had\s+|have\s+)?(?:just\s+)?"
    rf"(?:{_STRIKE_VERB}|killed|(?:was|were|is|are)\s+(?:behind|responsible\s+for)\s+(?:the|this|its"
    rf"|an?|[A-Z]\w+['\u2019]s)\s+(?:[\w-]+\s+){{0,3}}?{CLAIMED_ATTACK})\b")
"""A side's claim of its own strike: "Hamas said on Sunday it had launched", "Israel
says it struck", "the M23 rebels said they had shelled", "the authorities claimed that
they killed 40 soldiers", "al-Shabab said in a statement it was behind the bombing", "Hamas's
armed wing, the Qassam Brigades, said it fired", "said its fighters carried out the attack",
"Houthi forces in Yemen said they launched" (the place only locates the forces)."""
_KILLED_IN = re.compile(
    r"^(?:\s+\([^)]{1,12}\))?\s+(?:has\s+|have\s+|had\s+)?"
    r"(?:killed|wounded|injured|left\s+(?:[\w,-]+\s+){1,4}?(?:dead|wounded|injured))"
    r"\s+(?:[\w,-]+\s+){0,5}?in\s+"
    rf"(?:an?|the|its|their)\s+(?:[\w-]+\s+){{0,3}}?{STRIKE_NOUN}\b")
"""A toll with the attacker as subject: "the Rapid Support Forces (RSF) killed 75 people
in a drone strike", "al-Shabab left 12 soldiers dead in an attack"."""


_RESPONSIBLE = re.compile(
    rf"^(?:\s+\([^)]{{1,12}}\))?(?:\s+{_CLAIMER})?,?\s+(?:(?:has|had|have)\s+)?"
    r"(?:(?:quickly|swiftly|later|since|also|subsequently)\s+)?claim(?:ed|s)\s+(?:(?:responsibility|credit)"
    r"\s+(?:(?:on\s+)?\w+day\s+|in\s+a\s+statement\s+)?for\s+)?"
    rf"(?:the|this|its|an?|[A-Z]\w+['\u2019]s)\s+(?:[\w-]+\s+){{0,3}}?{CLAIMED_ATTACK}\b"
    r"(?!\s+(?:[a-z]+ed|was|were|had|has|hit|is|left)\b)")
"""A group's claim of the attack ("Al-Shabab claimed responsibility for the attack", "the
Balochistan Liberation Army, claimed responsibility for the bombing", "the Islamic State group
later claimed responsibility for Friday's blast", "the Houthis claimed a drone attack on
Eilat"): annotators, and readers, take the claimer as the attacker, wherever the article tells
the claim. Not a side's claim about the attack ("Russia claimed the strike hit a depot"). "No
group has claimed" names none (`unnamed.unclaimed`)."""


_CLAIMED_IT = re.compile(
    rf"^(?:\s+\([^)]{{1,12}}\))?(?:\s+{_CLAIMER})?,?\s+(?:(?:has|had|have)\s+)?"
    r"(?:(?:quickly|swiftly|later|since|also|subsequently)\s+)?claim(?:ed|s)\s+"
    r"(?:responsibility|credit)\b(?![^,;.\n]*\bfor\b)")
"""A group's claim that names no attack ("The Zorin Liberation Army claimed responsibility.",
"Al-Zorin later claimed responsibility in a statement", "the group claimed credit, saying
..."): a claim's object left unsaid is the attack just told, as "claimed responsibility for
it" would be. One that says what it claims ("for rocket fire on Zorinsk") is `_RESPONSIBLE`'s
to read, and may be another attack."""


def claims_it(tail: str) -> bool:
    """Whether the party just before `tail` claims the attack told before, in words that name
    no attack (`_CLAIMED_IT`)."""
    return _CLAIMED_IT.match(tail) is not None


_CARRIED_OUT = re.compile(
    r"^(?:['\u2019]s\s+(?:forces|military|army|troops))?\s+(?:has\s+|have\s+|had\s+)?"
    r"(?:carried\s+out|conducted|staged)\s+(?:an?\s+|the\s+|its\s+)?(?:[\w-]+\s+){0,3}?"
    rf"(?:{STRIKE_NOUN}|operations?)\b")
"""A side that carried out an operation ("Israel carried out a hostage rescue operation",
"the army conducted air strikes")."""
LAUNCHED_FROM = re.compile(
    r"(?i)\b(?:launched|fired)\s+(?:(?:at|towards?|on)\s+[\w-]+\s+)?from\s+(?:the\s+)?$")
"""The side a strike came from, named after it: "a missile launched from Yemen", "rockets
fired from Lebanon"."""


REPELLED = re.compile(r"(?i)\b(?:repel(?:led|s)?|repuls(?:ed|es)|thwart(?:ed|s)?|foil(?:ed|s)?"
                      r"|(?:fend(?:ed|s)?|fought|beat)\s+(?:off|back))\s+$")
REPELLED_ATTACK = re.compile(rf"['\u2019]s(?:\s+{_NOT_MODIFIER}[\w-]+){{0,3}}?\s+{ATTACK_NOUN}\b")
"""The side whose attack was fought off, named in its possessive: "air defences repelled
Russia's overnight air attack". Only after such a verb does a possessive name this attack:
"Russia's May 21 strike was worse" recalls another."""


ACCUSED = re.compile(r"(?i)\baccus(?:ed|es|ing)\s+(?:the\s+)?$")
ACCUSED_OF = re.compile(r"\s+of\s+(?:opening\s+fire|attacking|launching|firing|shelling"
                        r"|striking|bombing|targeting|(?:carrying\s+out|conducting|staging)"
                        rf"\s+(?:the|an?|this)\s+(?:[\w-]+\s+)?{STRIKE_NOUN})\b")
"""A side accused of a strike: "officials accused the Taliban of opening fire", "accused Kyiv
of carrying out the attack"."""


def accused_capital(text: str, opening: int, mention: Mention) -> str | None:
    """The country whose government a city names when accused of the strike ("Russian
    officials accused Kyiv of carrying out the attack", "accusing Tehran of targeting
    civilians"): a city is accused only as the seat of its side."""
    entry = mention.entry
    if entry.kind != "city" or not entry.country or not (
            ACCUSED.search(text, opening, mention.start) and ACCUSED_OF.match(text, mention.end)):
        return None
    return entry.country


_RESPONDED = re.compile(
    r"^(?:\s+(?:later|then|quickly|swiftly|also))?\s+(?:has\s+|had\s+|have\s+)?"
    r"(?:responded|retaliated|replied|hit\s+back)\s+with\s+(?:an?\s+|its\s+(?:own\s+)?)?"
    rf"(?:[\w-]+\s+){{0,3}}?{STRIKE_NOUN}\b")
"""A side's reply told as what it answered with: "Israel later responded with fighter jet
strikes in Iran"."""


def named_attacker(tail: str) -> int | None:
    """Where the words making the party just before `tail` the attacker end, for the
    shapes of a claim, a toll and a reply, or None."""
    found = (_CLAIMED.match(tail) or _KILLED_IN.match(tail) or _CARRIED_OUT.match(tail)
             or _RESPONDED.match(tail) or _RESPONSIBLE.match(tail))
    return found.end() if found else None


_ASIDE = re.compile(r"^,\s+(?:(?:(?:who|which|whose)\s+|(?:the|an?)\s+)[^,;.()\n]{1,80}?"
                    r"|meanwhile|however|in\s+turn|for\s+(?:its|their)\s+part),(?=\s)")
"""A relative clause, an apposition or an adverb between a party and its verb: "The Houthis,
who control Sanaa, fired", "Russia, which denies targeting civilians, launched", "Hezbollah,
the Iran-backed group, fired", "Hezbollah, meanwhile, said it fired"."""


TIME_BETWEEN = (r",?\s+(?:(?:early|late)\s+)?(?:on\s+)?(?:" + WEEKDAY_NAMES
                + r"(?:\s+(?:morning|afternoon|evening|night))?|" + MONTH_NAMES + r"\s+\d{1,2}"
                + r"|\d{1,2}\s+" + MONTH_NAMES + r"|overnight),?(?=\s)")
"""The day told between a subject and its verb, as wires lead ("Russia on Friday launched 90
drones", "Gunmen on Friday attacked a village", "The Houthis early on Monday fired"): the
subject still made the strike. The news's own day only: "last week" between them tells
history."""
_TIME_BETWEEN = re.compile(TIME_BETWEEN)


def attacker_words(tail: str) -> tuple[int, int] | None:
    """Where the words making a party the attacker start and end in `tail`, the text after
    its name: "launched", "'s forces struck", "terror group fired", "drone attack", past a
    clause that only describes the party (", which denies targeting civilians,"), whose
    words say nothing of whether the strike happened, and past the day told before the verb
    (`TIME_BETWEEN`)."""
    aside = _ASIDE.match(tail)
    skipped = aside.end() if aside else 0
    timed = _TIME_BETWEEN.match(tail, skipped)
    skipped = timed.end() if timed else skipped
    rest = tail[skipped:]
    found = (_SUBJECT_ATTACKER.match(rest) or _ADJECTIVE_ATTACKER.match(rest)
             or _DEMONYM_ATTACKER.match(rest))
    end = found.end() if found else named_attacker(rest)
    return None if end is None else (skipped, skipped + end)


_GROUP_KIND = r"(?:militant|paramilitary|rebel|armed|Islamist|extremist|jihadist|insurgent|proxy)"
_GROUP_NOUN = r"(?:group|movement|militia)"
_GROUP_OWNER = re.compile(
    rf"(?:['\u2019]s|-(?:backed|aligned|allied|based))\s+(?:{_GROUP_KIND}\s+)?(?:{_GROUP_NOUN}\s+)?"
    rf"|\s+(?:{_GROUP_KIND}\s+(?:{_GROUP_NOUN}\s+)?|{_GROUP_NOUN}\s+)")
"""Between a country and the group it qualifies: "Sudan's Rapid Support Forces", "the Sudanese
paramilitary Rapid Support Forces", "Lebanese group Hezbollah", "Iran-backed Houthis",
"Yemen-based Houthis". A demonym alone before the group only qualifies it too ("Somali
al-Shabab militants", "the Yemeni Houthis fired"), save before a group that rules a country
(`Entry.governs`): the "Afghan Taliban" rule Afghanistan, the "Pakistani Taliban" are a
movement of their own (`_qualified`)."""

_DEMONYM_GAP = re.compile(r"\s+")
"""Only a space between a demonym and the group it qualifies."""


def _qualified(text: str, owner: Mention, group: Mention) -> Entry | None:
    """The group a demonym alone qualifies ("Somali al-Shabab"): the group itself, none where
    the group rules the demonym's country (the "Afghan Taliban" are Afghanistan), and where it
    rules another country, the movement of the demonym's, a group of its own named as written
    ("the Pakistani Taliban" are not the Taliban who rule Afghanistan)."""
    if not (owner.entry.demonym and _DEMONYM_GAP.fullmatch(text, owner.end, group.start)):
        return None
    if group.entry.governs is None:
        return group.entry
    if group.entry.governs == owner.entry.name:
        return None
    return Entry(text[owner.start:group.end], "group")


def with_groups(text: str, mentions: list[Mention]) -> list[Mention]:
    """The mentions, a country that only qualifies the group after it made one mention of the
    group: the group struck, not its country ("an attack by Sudan's Rapid Support Forces")."""
    merged: list[Mention] = []
    for mention in mentions:
        owner = merged[-1] if merged else None
        if owner is None or owner.entry.kind != "country" or mention.entry.kind != "group":
            merged.append(mention)
            continue
        entry = (mention.entry if _GROUP_OWNER.fullmatch(text, owner.end, mention.start)
                 else _qualified(text, owner, mention))
        if entry is None:
            merged.append(mention)
        else:
            merged[-1] = Mention(owner.start, mention.end, entry)
    return merged


_SPONSOR_AFTER = re.compile(r"-(?:backed|aligned|allied|linked|affiliated|sponsored|supported"
                            r"|based|headquartered)\b")
_SPONSOR_BEFORE = re.compile(r"\b(?:backed\s+by|(?:allied|aligned|linked|affiliated)\s+(?:with|to))"
                             r"\s+(?:the\s+)?$")


def sponsor(text: str, mention: Mention) -> bool:
    """Whether a party is named as who backs the side that struck ("the Iranian-aligned
    group", "the Islamic State-linked group", "the Yemeni group allied with Iran fired") or
    as where it is based ("blamed the Lebanon-based militant group"): never the attacker
    itself."""
    return bool(_SPONSOR_AFTER.match(text, mention.end)
                or _SPONSOR_BEFORE.search(text, max(0, mention.start - 40), mention.start))
