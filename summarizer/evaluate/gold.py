"""Gold files: the schema of shared/eval/GOLD_FORMAT.md and a loader that refuses bad ones.

These models are deliberately separate from `summarizer.models`: gold files are
written by hand, by anyone, and must keep meaning the same thing when the
package's internal models change. They are strict (no unknown keys, no "390"
where 390 is meant) because a typo in a gold file silently lowers every score.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Annotated, Literal

from pydantic import (
    BaseModel,
    ConfigDict,
    Field,
    ValidationError,
    field_validator,
    model_validator,
)

from summarizer.errors import InputError
from summarizer.evaluate.paths import parse_path

GoldWeapon = Literal[
    "drone", "cruise missile", "ballistic missile", "missile", "guided bomb", "rocket",
    "artillery", "firearm", "vehicle", "explosive", "knife", "other",
]
"""The weapon vocabulary of the gold format, restated here so the format owns it."""

GoldDate = dt.date | Annotated[list[dt.date], Field(min_length=1)]
"""One date, or the acceptable dates of an event the articles leave ambiguous."""

Count = Annotated[int, Field(ge=0)]
GoldValue = int | str | bool | None


class _Gold(BaseModel):
    model_config = ConfigDict(extra="forbid", strict=True, frozen=True)


class GoldArticle(_Gold):
    path: str = Field(description="Relative to the gold file.")
    source: str


class GoldAgreedTotal(_Gold):
    count: Count | None = None
    per_side: bool | None = None
    by_party: dict[str, Count] | None = None

    @model_validator(mode="after")
    def _one_shape(self) -> GoldAgreedTotal:
        if (self.count is None) == (self.by_party is None):
            raise ValueError("give either 'count' (with 'per_side') or 'by_party', not both")
        return self


class GoldAgreedAt(_Gold):
    place: str | None = None
    date: GoldDate | None = None


class GoldRelease(_Gold):
    by: str
    count: Count | None
    breakdown: dict[str, Count] = Field(default_factory=dict)
    complete: bool = False


class GoldStage(_Gold):
    date: GoldDate
    released: list[GoldRelease] = Field(default_factory=list)


class GoldCumulative(_Gold):
    as_of: GoldDate
    received_by: str | None = None
    count: Count | None


class GoldExchange(_Gold):
    parties: list[str] = Field(default_factory=list)
    agreed_total: GoldAgreedTotal | None = None
    agreed_at: GoldAgreedAt | None = None
    stages: list[GoldStage] = Field(default_factory=list)
    cumulative: list[GoldCumulative] = Field(default_factory=list)


class GoldAttack(_Gold):
    date: GoldDate
    attacker: str | None = None
    target: str | list[str] | None = None
    weapons: dict[GoldWeapon, Count | None] = Field(default_factory=dict)
    regions: list[str] = Field(default_factory=list)
    killed: Count | None = None
    injured: Count | None = None
    killed_reported: bool = False
    injured_reported: bool = False


class GoldStatement(_Gold):
    speaker: str
    channel: str | None = None
    date: GoldDate | None = None
    quote: str = Field(min_length=1)


class GoldConflict(_Gold):
    field: str = Field(min_length=1, description="The fact path the sources disagree on.")
    values: dict[str, GoldValue] = Field(min_length=2, description="Source -> its value.")
    note: str | None = None

    @field_validator("field")
    @classmethod
    def _a_path(cls, field: str) -> str:
        parse_path(field)
        return field


class GoldCase(_Gold):
    case: str = Field(min_length=1)
    articles: list[GoldArticle] = Field(min_length=1)
    exchange: GoldExchange | None = None
    attacks: list[GoldAttack] = Field(default_factory=list)
    statements: list[GoldStatement] = Field(default_factory=list)
    conflicts: list[GoldConflict] = Field(default_factory=list)
    aliases: dict[str, list[str]] = Field(default_factory=dict)


class LoadedCase(BaseModel):
    """A validated gold case with its article paths made absolute."""

    model_config = ConfigDict(frozen=True)

    gold: GoldCase
    file: Path
    article_paths: list[Path]


def _describe(exc: ValidationError) -> str:
    """The first few problems with their JSON location, since a person fixes the file by hand."""
    parts = []
    for error in exc.errors()[:3]:
        where = ".".join(str(p) for p in error["loc"]) or "(top level)"
        parts.append(f"{where}: {error['msg']}")
    more = exc.error_count() - len(parts)
    suffix = f" (and {more} more)" if more > 0 else ""
    return "; ".join(parts) + suffix


def load_gold(path: str | Path) -> LoadedCase:
    """Read and validate one gold file; every refusal names the file and the problem."""
    file = Path(path)
    where = str(file)
    try:
        raw = file.read_text(encoding="utf-8")
    except FileNotFoundError as exc:
        raise InputError(where, "no such gold file; check the path") from exc
    except (OSError, UnicodeDecodeError) as exc:
        raise InputError(where, f"cannot read the gold file: {exc}") from exc
    try:
        gold = GoldCase.model_validate_json(raw)
    except ValidationError as exc:
        raise InputError(where, f"not a valid gold file (see shared/eval/GOLD_FORMAT.md): "
                         f"{_describe(exc)}") from exc
    article_paths = [(file.parent / a.path).resolve() for a in gold.articles]
    for article, resolved in zip(gold.articles, article_paths, strict=True):
        if not resolved.is_file():
            raise InputError(where, f"article {article.path!r} does not exist (paths are "
                             f"relative to the gold file; looked for {resolved})")
    if len(set(article_paths)) != len(article_paths):
        raise InputError(where, "an article is listed twice")
    return LoadedCase(gold=gold, file=file, article_paths=article_paths)
