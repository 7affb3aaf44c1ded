"""The name a breakdown gives a kind of released people, the same however an outlet words it.

Outlets describe one group of returnees in many ways: "15 wounded Russian soldiers",
"15 injured Russian soldiers", "15 severely wounded servicemen", "15 Russian soldiers
badly hurt". Each is the same category of the release: the wounded. Named as written, the
three outlets give three categories, none of which the others corroborate, and a reader
sees three lines for one group. So a people noun that only says the returnees were
soldiers or prisoners (every one of them was) gives way to the condition that sets the
group apart, and that condition is named by one word: how badly, and whether an outlet
says "injured" or "wounded", does not make another category. Nor does the people's
nationality: beside a condition it is the side's whose people they are, which the release
names already ("31 wounded Ukrainian prisoners of war" freed by Russia). A noun that does
set the group apart stays beside it ("wounded civilians").
"""

from __future__ import annotations

_WOUNDED = frozenset({"wounded", "injured", "hurt"})
_SICK = frozenset({"sick", "ill"})
_DEGREE = frozenset({"seriously", "severely", "badly", "critically", "gravely", "heavily",
                     "lightly", "slightly"})
_MILITARY_OR_HELD = frozenset({
    "soldier", "soldiers", "serviceman", "servicemen", "servicemember", "servicemembers",
    "service", "members", "member", "troops", "pows", "pow", "prisoner", "prisoners",
    "captive", "captives", "detainee", "detainees", "hostage", "hostages", "defenders",
    "warriors", "fighters", "personnel", "military", "people", "persons", "individuals",
    "of", "war",
})
"""Words that say only what every returnee of a swap is: held soldiers or prisoners."""


def breakdown_category(head: str) -> str:
    """The category of people a count names ("15 severely wounded Russian soldiers" ->
    "wounded"): a condition they are in names the group, whatever the words for its degree,
    their nationality or the soldiers; any other head is kept as written."""
    words = head.split()
    lowered = [w.lower() for w in words]
    condition = next(("wounded" if w in _WOUNDED else "sick" for w in lowered
                      if w in _WOUNDED | _SICK), None)
    if condition is None:
        return head
    rest = [w for w, low in zip(words, lowered, strict=True) if w == low
            and low not in _WOUNDED | _SICK | _DEGREE | _MILITARY_OR_HELD]
    return " ".join([condition, *rest])
