"""The deed of the one an attack struck: a strike on a commander "responsible for" or "blamed
for" an earlier attack, or who "masterminded" it, names that attack's place ("killed a
commander it blamed for a rocket attack in Zorinsk"). That attack is the reason for this one,
not a part of it, and its place is no place this attack hit.

Only a deed told after the strike's words is one: "those responsible for the bombing in
Zorinsk will be punished" names no strike before it, and there the bombing is the news.
"""

from __future__ import annotations

import re

from summarizer.backends.rules.attackers import STRIKE_NOUN, STRUCK_VERB

_DEED = re.compile(
    rf"(?i)\b(?:{STRUCK_VERB}|{STRIKE_NOUN}|kill(?:ed|ing)|targeting|assassinat(?:ed|ing)"
    r"|eliminat(?:ed|ing)|dead)\b[^.;:!?]*?"
    r"\b(?P<held>responsible\s+for|blam(?:e|es|ed)\s+for|accused\s+of|wanted\s+for"
    r"|(?:who|that)\s+(?:had\s+)?(?:masterminded|orchestrated|planned|ordered|carried\s+out))\b"
    r"[^.;:!?]*$")
"""A strike on someone (or someone among its dead), then the deed they are held to: "killing
a commander it blamed for", "among the dead was a leader whom the army blames for",
"targeted a commander responsible for the deaths of children in", "assassinated Zorin, who it
said was responsible for", "a strike on a militant who had masterminded"."""
_GOES_ON = re.compile(r",\s+(?:and|while|in|on|at|as|after|before|when|with|[a-z]+ing)\b"
                      r"|\s+while\b")
"""The sentence going on past the deed ("..., and strikes also hit Talbir", "..., in a strike
on Talbir"): it tells the attack again. A list of the deed's places ("attacks in Zorinsk,
Talbir and Mirab") does not."""


def deed_of_struck(text: str, sentence: int, position: int) -> bool:
    """Whether the place at `position` is in the deed the sentence from `sentence` holds the
    one its strike hit to: the place of an earlier attack."""
    deed = _DEED.search(text, sentence, position)
    return deed is not None and _GOES_ON.search(text, deed.end("held"), position) is None
