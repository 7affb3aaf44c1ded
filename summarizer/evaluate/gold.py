"""Gold files: the schema of GOLD_FORMAT.md and a loader that refuses bad ones.

These models are deliberately separate from `summarizer.models`: gold files are
written by hand, by anyone, and must keep meaning the same thing when the
package's internal models change. They are strict (no unknown keys, no "390"
where 390 is meant) because a typo in a gold file silently lowers every score.
"""

from __future__ import annotations

import datetime as dt
from importlib import resources
from pathlib import Path
from typing import Annotated, Any, Literal

from pydantic import (
    BaseModel,
    ConfigDict,
    Discriminator,
    Field,
    Tag,
    ValidationError,
    field_validator,
    model_validator,
)

from summarizer.articles import MAX_BYTES, load_articles
from summarizer.errors import InputError
from summarizer.evaluate.paths import parse_path
from summarizer.models import Article

FORMAT_HINT = "see `summarizer eval --format-help`"
"""Where a user reads the gold format: the document ships inside the package."""


def format_document() -> str:
    """GOLD_FORMAT.md as installed with the package, so the pointer in --help and in errors
    works in any install, not only next to the repository's shared/ folder."""
    return resources.files("summarizer").joinpath("data", "GOLD_FORMAT.md").read_text("utf-8")


GoldWeapon = Literal[
    "drone", "cruise missile", "ballistic missile", "missile", "guided bomb", "rocket",
    "artillery", "firearm", "vehicle", "explosive", "knife", "other",
]
"""The weapon vocabulary of the gold format, restated here so the format owns it."""

GoldDate = dt.date | Annotated[list[dt.date], Field(min_length=1)]
"""One date, or the acceptable dates of an event the articles leave ambiguous."""

Count = Annotated[int, Field(ge=0)]

Qualifier = Literal["at least", "more than", "about", "nearly", "up to", "fewer than"]
"""The qualifiers of the gold format, restated here so the format owns them."""


class _Gold(BaseModel):
    model_config = ConfigDict(extra="forbid", strict=True, frozen=True)


class GoldQualified(_Gold):
    """A number the articles qualify ("at least 12"): scored as the number and its qualifier."""

    value: Count
    qualifier: Qualifier


_PLAIN, _QUALIFIED = "<number>", "<qualified number>"
"""Union tags: pydantic puts them in an error's location, and `_where` removes them."""


def _number_shape(value: Any) -> str:
    return _QUALIFIED if isinstance(value, dict | GoldQualified) else _PLAIN


GoldNumber = Annotated[
    Annotated[Count, Tag(_PLAIN)] | Annotated[GoldQualified, Tag(_QUALIFIED)],
    Discriminator(_number_shape),
]
"""A count: a plain number, or `{"value": N, "qualifier": "at least"}`."""

GoldValue = GoldNumber | str | bool | None

GoldCount = int | GoldQualified
"""What a `GoldNumber` holds once validated."""


def number_value(number: GoldCount | None) -> int | None:
    return number.value if isinstance(number, GoldQualified) else number


def number_qualifier(number: GoldCount | None) -> Qualifier | None:
    return number.qualifier if isinstance(number, GoldQualified) else None


class GoldArticle(_Gold):
    path: str = Field(description="Relative to the gold file.")
    source: str


class GoldAgreedTotal(_Gold):
    count: GoldNumber | None = None
    per_side: bool | None = None
    by_party: dict[str, GoldNumber | None] | None = None

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
    count: GoldNumber | None
    breakdown: dict[str, GoldNumber | None] = Field(default_factory=dict)
    complete: bool = False


class GoldStage(_Gold):
    date: GoldDate
    released: list[GoldRelease] = Field(default_factory=list)


class GoldCumulative(_Gold):
    as_of: GoldDate
    received_by: str | None = None
    count: GoldNumber | None


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
    weapons: dict[GoldWeapon, GoldNumber | None] = Field(default_factory=dict)
    regions: list[str] = Field(default_factory=list)
    killed: GoldNumber | None = None
    injured: GoldNumber | None = None
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


def _where(loc: tuple[int | str, ...]) -> str:
    """A JSON location as a person finds it in the file: `attacks[0].killed`."""
    out = ""
    for part in loc:
        if part in (_PLAIN, _QUALIFIED):
            continue
        out += f"[{part}]" if isinstance(part, int) else (f".{part}" if out else str(part))
    return out


def _describe(exc: ValidationError) -> str:
    """The first few problems with their JSON location, since a person fixes the file by hand.

    An unknown field comes first and by name: it is usually a typo or a field from
    a newer format, and pydantic's other errors about the same value follow from it.
    """
    errors = sorted(exc.errors(), key=lambda e: e["type"] != "extra_forbidden")
    parts = []
    for error in errors[:3]:
        loc = tuple(error["loc"])
        if error["type"] == "extra_forbidden":
            at = _where(loc[:-1])
            parts.append(f"unknown field {loc[-1]!r} {f'in {at}' if at else 'at the top level'}"
                         " (the gold format has no such field)")
        else:
            parts.append(f"{_where(loc) or '(top level)'}: {error['msg']}")
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
        raise InputError(where, f"not a valid gold file ({FORMAT_HINT}): "
                         f"{_describe(exc)}") from exc
    article_paths = [(file.parent / a.path).resolve() for a in gold.articles]
    for article, resolved in zip(gold.articles, article_paths, strict=True):
        if not resolved.is_file():
            raise InputError(where, f"article {article.path!r} does not exist (paths are "
                             f"relative to the gold file; looked for {resolved})")
    if len(set(article_paths)) != len(article_paths):
        raise InputError(where, "an article is listed twice")
    return LoadedCase(gold=gold, file=file, article_paths=article_paths)


def case_articles(loaded: LoadedCase, *, max_bytes: int = MAX_BYTES) -> list[Article]:
    """The case's articles, named by the outlet the gold file gives, so conflict
    findings and reports say "NBC News", not a file stem."""
    articles = load_articles(loaded.article_paths, max_bytes=max_bytes)
    return [article.model_copy(update={"source": gold.source})
            for article, gold in zip(articles, loaded.gold.articles, strict=True)]
