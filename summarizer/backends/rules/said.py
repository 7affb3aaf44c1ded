"""Who spoke last in an article, as the attributions read so far tell it: what "it said",
"the ministry added", "the group said" and "he said" refer back to."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import NamedTuple

from summarizer.backends.rules.bodies import COMMON_BODY, body
from summarizer.backends.rules.speakers import People

_CIVIL = re.compile(r"\b(?:Network|Committees?|Organi[sz]ation|Forum|Rooms?|Observatory|Watch"
                    r"|Association|Foundation|Alliance|Coalition|International)$")
"""A civil group by its name ("the Sudan Doctors Network", "the Crisis Room", "Amnesty
International"): a group a later "the group" or "the rights group" may be, like an armed one."""


class Spoken(NamedTuple):
    """A speaker the narrative reports, and where the sentence that reports them ends."""

    name: str
    end: int


@dataclass
class Said:
    """Who spoke last, for the words that refer back to them: "it said" is the last body
    (a ministry, a military, a country); "the statement read" is whoever was last named
    speaking; "the ministry added" is the last body that is a ministry."""

    speaker: str | None = None
    """The speaker of the previous statement, which ended at `end`: "he" or "she" goes on
    with them ("one resident said ... "...," he said") while nobody else is named."""
    end: int = 0
    latest: str | None = None
    narrated: Spoken | None = None
    """The last speaker the narrative reports in its own words ("Mayor X said rescuers were at
    the scene."): a quotation after that sentence with no attribution of its own is theirs."""

    told: Spoken | None = None
    """The last unnamed person the narrative reports speaking ("..., a local police officer
    told AFP"), and where: whom a later "he said" goes on with while nobody is named since."""

    pronouns: dict[str, str] = field(default_factory=dict)
    """The pronoun a tag first used for an unnamed speaker ("..., she told AFP" after "according
    to a member of the committee"): a later "he said" is someone else, whom the rules cannot
    name, as with a named person the narrative writes of one way (`People.written_as`)."""

    bodies: list[str] = field(default_factory=list)
    """Every body that spoke, in order: "the ministry" is the last one that is a ministry even
    when another spoke since under its acronym ("the MOD said")."""

    def spoke(self, name: str, people: People) -> None:
        name = self.same_body(name)
        self.latest = name
        if speaks_as_body(name, people):
            self.bodies.append(name)

    def narrate(self, spoken: Spoken, at: int, people: People) -> None:
        """The narrative reports `spoken` speaking at `at`. A quotation standing alone after an
        unnamed person's report is not taken as theirs: a live page's heading quotes anyone. A
        body named by its common noun ("a statement by the headquarters said") is the last
        body of that kind, for a quotation after it as for one it tags."""
        if body(spoken.name) or people.party(spoken.name):
            self.spoke(spoken.name, people)
            self.narrated = Spoken(self.same_body(spoken.name), spoken.end)
        else:
            self.told = Spoken(spoken.name, at)

    def civil_group(self, people: People) -> str | None:
        """Who "the group" is when the last group that spoke is a civil one, named so ("the
        Sudan Doctors Network") or described as a group by the article: it, though the armed
        group it accuses is named since. After an armed or political group spoke, "the group"
        is the one named last."""
        last = next((b for b in reversed(self.bodies) if people.group_in(b)
                     or people.described(b) or _CIVIL.search(b)), None)
        return last if last is not None and not people.group_in(last) else None

    @property
    def body(self) -> str | None:
        """Who "it said" is: the last body that spoke."""
        return self.bodies[-1] if self.bodies else None

    def same_body(self, name: str) -> str:
        """The last body of a kind, for its common noun ("the ministry" after "Russia's defence
        ministry said"); any other name as it is."""
        common = COMMON_BODY.fullmatch(name)
        if common:
            noun = common.group(1).lower()
            return next((b for b in reversed(self.bodies) if noun in b.lower()), name)
        return name


def speaks_as_body(name: str, people: People) -> bool:
    """Whether `name` is a body, a party or a group the article described speaking: "it" and
    "the ministry" go on with it, "he" and "she" do not."""
    return bool(body(name) or people.party(name) or people.described(name))
