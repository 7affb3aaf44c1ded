"""A reader's words for fact paths and values, shared by every format."""

from __future__ import annotations

from summarizer.fact_paths import FactPath, event_when

_AGREEMENT = {"count": "Agreed total", "per_side": "Agreed per side", "place": "Agreed at",
              "date": "Agreed on"}


def label(path: str, key: FactPath | None) -> str:
    """A reader's name for a fact; a path of unknown shape is shown as it is."""
    if key is None:
        return path
    text = _label(key)
    if text is None:
        return path
    text = text.replace("_", " ")
    return f"{text} (qualifier)" if key.qualifier else text


def _label(key: FactPath) -> str | None:
    when = key.when
    if when is not None and key.kind in ("attack", "weapon", "region"):
        when = event_when(when)
    if key.kind == "agreement":
        return f"Agreed to be freed by {key.party}" if key.party else _AGREEMENT[key.field or ""]
    if key.kind in ("release", "breakdown"):
        released = f"{when}: released by {key.party}"
        return f"{released}, of which {key.category}" if key.category else released
    if key.kind == "cumulative":
        return f"Returned in total as of {when}" if key.field == "count" else None
    if key.kind == "remaining":
        return f"Still to be exchanged as of {when}"
    if key.kind == "weapon":
        return f"{when}: {key.weapon}s"
    if key.kind == "region":
        return f"{when}: region hit: {key.region}"
    if key.kind == "statement":
        return None if key.field else f"Quote by {key.speaker}"
    if key.kind != "attack" or key.field is None:
        return None
    field = "weapons in total" if key.field == "weapons_total" else key.field
    if field.endswith("_reported"):
        field = f"{field.removesuffix('_reported')} (no number given)"
    return f"{when}: {field}"


def value_text(value: int | str | bool, qualifier: str | None = None) -> str:
    """Thousands separators as the articles write them, so '1,000' reads like the source;
    a qualified number as it was qualified ('at least 39')."""
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, int):
        return f"{qualifier} {value:,}" if qualifier else f"{value:,}"
    return value
