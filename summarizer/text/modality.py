"""Modality: whether a clause tells what happened, or only what might.

"Hamas would resume attacks", "Israel vowed to strike back", "strikes will
follow if the hostages are not freed", "Russia denied shelling the town": a
threat, plan, condition, demand, proposal or denial names an event that did not
happen (or that the speaker says did not). So does an event told as one that may
come: "in the event of an Iranian attack", "a possible strike on Kyiv", "an
imminent assault", "Ukraine is bracing for more Russian strikes", "an expected
attack", "accused Russia of planning strikes". Read as a fact, it invents an attack
or a release, with numbers the article only put in a hypothetical. Callers pass the span from the
start of a clause to the words that name the event, so a
modal word after the event ("..., and Kyiv vowed to respond") does not count.

An inquiry into an event presupposes it: "aid agencies called for an investigation into
an air strike that killed 17", "Kyiv demanded a probe into Sunday's attack". What is
demanded there is the inquiry; the event it is into happened, whatever the modal word.
"""

from __future__ import annotations

import re

from summarizer.text.openings import opened

_UNREAL = opened(re.compile(
    r"\b(?:(?i:would|will|could|might|should|shall|must)|may"
    r"|(?i:vow(?:s|ed|ing)?|threaten(?:s|ed|ing)?|warn(?:s|ed|ing)?|pledg(?:e|es|ed|ing)"
    r"|promis(?:e|es|ed|ing)|plan(?:s|ned|ning)?\s+to|planning|plotting|intend(?:s|ed|ing)?|aim(?:s|ed|ing)?\s+to"
    r"|prepar(?:e|es|ed|ing)\s+to|ready\s+to|set\s+to|about\s+to|going\s+to|poised\s+to"
    r"|if|unless|demand(?:s|ed|ing)?|propos(?:e|es|ed|ing|al)|call(?:s|ed|ing)?\s+for"
    r"|den(?:y|ies|ied|ying)|refus(?:e|es|ed|ing)|ruled\s+out|no\s+plans?"
    r"|possible|potential|imminent|in\s+(?:the\s+)?(?:event|case)\s+of"
    r"|brac(?:e|es|ed|ing)|expect(?:s|ed|ing)?|anticipat(?:e|es|ed|ing)"
    r"|fear(?:s|ed|ing)?))\b"))
"""Modal verbs in lower case only: "May" is more often the month."""
_INQUIRY_INTO = re.compile(
    r"(?i)\b(?:investigation|probe|inquiry|enquiry|inquest)s?\s+(?:into|of|over)\b")
"""An inquiry and the preposition that names what it is into: the event named after it is
presupposed, not demanded or planned."""


_SAID_THEN = re.compile(
    r"(?i)(?:vow|threaten|warn|pledg|promis|den(?:y|ie)|refus|demand|call|ruled|fear)\w*"
    r"(?:\s+for|\s+out)?$")
"""The modal words that are what someone said or felt ("vowed", "warned", "denied", "called
for", "feared"), not a tense or a condition: what they answer, told after them, happened."""
_AFTER = re.compile(r"(?i)\b(?:after|following|in\s+the\s+wake\s+of)\b")
"""What an answer follows: "Kyiv vowed to retaliate after a strike on Odesa", "Moscow denied
targeting civilians after a strike on Zorinsk killed five", "called for calm following a
blast in Zorinsk". The event after these words is presupposed, as one an inquiry is into is."""


def unreal(text: str, start: int, end: int) -> bool:
    """Whether text[start:end] (a clause up to the event's words) is a threat, plan,
    condition, demand, proposal, denial or possibility rather than a report of what happened.
    Not when an inquiry into the event stands between the last modal word and the event
    (`_INQUIRY_INTO`): "called for an investigation into the strike" tells of a strike; nor
    when the event is what a vow, warning, denial or call answers, told after it (`_AFTER`):
    "vowed revenge after a strike on Odesa" tells of a strike. A tense or a condition keeps
    what follows it unreal ("will respond after any attack")."""
    found = list(_UNREAL.finditer(text, start, end))
    if not found:
        return False
    last = found[-1]
    answered = _SAID_THEN.search(last.group()) is not None and _AFTER.search(
        text, last.end(), end) is not None
    return not answered and _INQUIRY_INTO.search(text, last.end(), end) is None
