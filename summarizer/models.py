"""The contract: what the model fills and what code adds (what the user gets back is
in `summarizer.summary`).

Field descriptions are written for the language model, which reads them in the
JSON Schema of `ArticleExtraction`. Fields that code fills (offsets, resolved
dates, match kinds) say so, so the model leaves them empty.

This module imports no model client: it is part of the deterministic core.
"""

from __future__ import annotations

import datetime as dt
from enum import StrEnum
from typing import Annotated, Any, Literal

from pydantic import BaseModel, ConfigDict, Field

from summarizer.findings import Finding as Finding
from summarizer.findings import FindingCode as FindingCode
from summarizer.findings import FindingKind as FindingKind
from summarizer.findings import Severity as Severity

WeaponType = Literal[
    "drone",
    "cruise missile",
    "ballistic missile",
    "missile",
    "guided bomb",
    "rocket",
    "artillery",
    "firearm",
    "vehicle",
    "explosive",
    "knife",
    "other",
]
"""The weapon vocabulary of the gold format (summarizer/data/GOLD_FORMAT.md)."""

MAX_FACTS = 100
"""Most facts of one kind (stages, attacks, statements) one answer may list; the schema
says so to the model, and the backend refuses a longer answer (a 5,000-statement answer
stalled a batch) instead of cutting it."""
MAX_PARTS = 20
"""Most parts of one fact (categories, targets, weapons) one answer may list."""
FACTS: dict[str, Any] = {"maxItems": MAX_FACTS}
PARTS: dict[str, Any] = {"maxItems": MAX_PARTS}

CODE_FILLS = "Filled by code after extraction; leave null."

Qualifier = Literal["at least", "more than", "about", "nearly", "up to", "fewer than"]
"""The qualifiers of the gold format; a qualified number flattens to the number and
`<path>.qualifier`."""

QualifierOfCount = Annotated[Qualifier | None, Field(
    description="Copy the article's qualifier of the number: 'at least 39' -> 'at least', "
    "'more than 100' -> 'more than', 'some 50' -> 'about'; null when the number is exact.",
)]


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid", populate_by_name=True)


class MatchKind(StrEnum):
    """How an evidence string was found in its article, from strongest to weakest."""

    exact = "exact"
    normalized = "normalized"
    fuzzy = "fuzzy"
    none = "none"


class Article(_Model):
    """One source text, as ingested. `text` is the body without the date header."""

    id: str = Field(description="Stable identifier: file stem, JSONL id, the link, or 'stdin'.")
    source: str = Field(description="Outlet or file the article came from.")
    published: dt.datetime | dt.date | None = Field(
        default=None, description="Publication date (and time where the input has one)."
    )
    text: str = Field(description="The article body; evidence offsets index into this string.")

    @property
    def published_date(self) -> dt.date | None:
        if isinstance(self.published, dt.datetime):
            return self.published.date()
        return self.published


class Evidence(_Model):
    """The verbatim fragment of the article that a fact was read from."""

    text: str = Field(
        description=(
            "Copy the shortest sentence fragment of the article that states this fact, "
            "character for character, including every number of the fact. Never paraphrase."
        )
    )
    start: int | None = Field(
        default=None, description=f"Char offset where the fragment starts. {CODE_FILLS}"
    )
    end: int | None = Field(
        default=None, description=f"Char offset just past the fragment's end. {CODE_FILLS}"
    )
    match: MatchKind | None = Field(
        default=None, description=f"How the fragment was found in the article. {CODE_FILLS}"
    )

    @property
    def span(self) -> tuple[int, int] | None:
        """`[start, end)` where grounding found the fragment in its article, or None where
        it did not (or has not looked): the one test every reader of a located fragment
        makes, since the fields' types let either offset be missing alone."""
        return None if self.start is None or self.end is None else (self.start, self.end)


class BreakdownItem(_Model):
    """One category within a released group, e.g. 120 civilians out of 390."""

    category: str = Field(
        description="Who these people are, in the article's words: 'servicemen', 'civilians'."
    )
    count: int = Field(ge=0, description="How many people of this category, as a number.")
    qualifier: QualifierOfCount = None
    evidence: Evidence


class Release(_Model):
    """The people one party set free in one stage of an exchange."""

    released_by: str = Field(
        description="The party that set these people free (e.g. 'Russia' when Russia hands "
        "over Ukrainian prisoners)."
    )
    received_by: str | None = Field(
        default=None, description="The party that got these people back, if stated."
    )
    count: int = Field(ge=0, description="How many people this party released in this stage.")
    qualifier: QualifierOfCount = None
    breakdown: list[BreakdownItem] = Field(
        default_factory=list, json_schema_extra=PARTS,
        description="Categories of the released people, if the article lists them.",
    )
    breakdown_complete: bool = Field(
        default=False,
        description="True only when the categories account for everyone released "
        "('270 servicemen and 120 civilians'); false for an 'including ...' list.",
    )
    evidence: Evidence


class ExchangeStage(_Model):
    """One day or round of a prisoner, hostage or detainee exchange."""

    time_expression: str | None = Field(
        default=None,
        description="When the stage happened, exactly as the article writes it: "
        "'on Friday', 'today', 'May 23'.",
    )
    date: dt.date | None = Field(
        default=None, description=f"Calendar date resolved from time_expression. {CODE_FILLS}"
    )
    location: str | None = Field(default=None, description="Where the handover took place.")
    releases: list[Release] = Field(
        default_factory=list, json_schema_extra=PARTS,
        description="One entry per releasing party. In a symmetric swap ('307 for as many') "
        "list both parties with the same count.",
    )


class CumulativeTotal(_Model):
    """A running total of people returned so far ('697 over two days')."""

    received_by: str = Field(description="The party whose people have come home.")
    count: int = Field(ge=0, description="Total returned so far, as a number.")
    qualifier: QualifierOfCount = None
    as_of_expression: str | None = Field(
        default=None, description="The time the total refers to, as written ('today')."
    )
    as_of: dt.date | None = Field(default=None, description=f"Resolved date. {CODE_FILLS}")
    evidence: Evidence


class PartyCount(_Model):
    """How many people one party agreed to free, in a deal where the sides free
    different numbers."""

    party: str = Field(description="The party that is to free these people: 'Hamas'.")
    count: int = Field(ge=0, description="How many people this party agreed to free.")
    qualifier: QualifierOfCount = None


class Agreement(_Model):
    """The deal that the exchange carries out ('1,000-for-1,000 agreed in Istanbul')."""

    total: int | None = Field(
        default=None, ge=0,
        description="The agreed number of people; null when the sides free different "
        "numbers (then fill by_party).",
    )
    qualifier: QualifierOfCount = None
    per_side: bool = Field(
        default=False,
        description="True for an N-for-N deal (each side frees N); false for N in all or an "
        "unequal deal.",
    )
    by_party: list[PartyCount] = Field(
        default_factory=list, json_schema_extra=PARTS,
        description="Only for an unequal deal ('50 hostages for 150 prisoners'): one entry "
        "per party with the number it agreed to free. Leave empty when total is given.",
    )
    place: str | None = Field(default=None, description="Where it was agreed.")
    date_expression: str | None = Field(
        default=None, description="When it was agreed, as written ('on May 16')."
    )
    date: dt.date | None = Field(default=None, description=f"Resolved date. {CODE_FILLS}")
    evidence: Evidence


class WeaponCount(_Model):
    """How many weapons of one type an attack used."""

    type: WeaponType = Field(description="The weapon type, from the fixed vocabulary.")
    count: int | None = Field(default=None, ge=0, description="How many; null if not stated.")
    qualifier: QualifierOfCount = None
    evidence: Evidence


class Casualties(_Model):
    """Killed or injured people in one attack."""

    count: int | None = Field(
        default=None,
        ge=0,
        description="The number stated in the article; null when the article mentions "
        "casualties without a number ('there are fatalities').",
    )
    qualifier: QualifierOfCount = None
    evidence: Evidence


class StatedTotal(_Model):
    """A total that the article states for a set of parts ('158 aerial weapons')."""

    count: int = Field(ge=0)
    qualifier: QualifierOfCount = None
    evidence: Evidence


class Attack(_Model):
    """One strike, raid or assault reported as news (not background history)."""

    time_expression: str | None = Field(
        default=None, description="When it happened, as written: 'overnight', 'on Friday'."
    )
    date: dt.date | None = Field(default=None, description=f"Resolved date. {CODE_FILLS}")
    attacker: str | None = Field(default=None, description="Who carried out the attack.")
    targets: list[str] = Field(
        default_factory=list, json_schema_extra=PARTS,
        description="Cities or sites that were attacked."
    )
    weapons: list[WeaponCount] = Field(default_factory=list, json_schema_extra=PARTS)
    weapons_total: StatedTotal | None = Field(
        default=None, description="A total number of weapons, only if the article states one."
    )
    regions: list[str] = Field(
        default_factory=list, json_schema_extra=PARTS,
        description="Regions the article names as hit or damaged."
    )
    killed: Casualties | None = Field(
        default=None, description="Omit when the article does not mention deaths."
    )
    injured: Casualties | None = Field(
        default=None, description="Omit when the article does not mention injuries."
    )
    damage: str | None = Field(
        default=None, description="A short description of damage, in the article's words."
    )
    evidence: Evidence


class Statement(_Model):
    """Something a named person said, quoted or paraphrased."""

    speaker: str = Field(description="Full name of the person as the article gives it.")
    role: str | None = Field(default=None, description="Their office: 'President of Ukraine'.")
    channel: str | None = Field(
        default=None, description="Where it was said: 'X', 'Telegram', 'press conference'."
    )
    time_expression: str | None = Field(default=None, description="When, as written.")
    date: dt.date | None = Field(default=None, description=f"Resolved date. {CODE_FILLS}")
    quote: str | None = Field(
        default=None,
        description="The words inside quotation marks, copied exactly. Null if not quoted.",
    )
    paraphrase: str | None = Field(
        default=None, description="A one-sentence paraphrase, only when there is no quote."
    )
    evidence: Evidence


class ArticleExtraction(_Model):
    """Everything one article reports as news. Leave out background figures
    (earlier exchanges, totals since the war began)."""

    agreement: Agreement | None = None
    stages: list[ExchangeStage] = Field(default_factory=list, json_schema_extra=FACTS)
    cumulative: list[CumulativeTotal] = Field(default_factory=list, json_schema_extra=FACTS)
    attacks: list[Attack] = Field(default_factory=list, json_schema_extra=FACTS)
    statements: list[Statement] = Field(default_factory=list, json_schema_extra=FACTS)
