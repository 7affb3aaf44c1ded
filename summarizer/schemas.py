"""JSON Schemas generated from the pydantic models, for consumers in other languages.

The files in `schemas/` are generated, never edited: `summarizer schema` writes
them and `summarizer schema --check` (run by the tests) fails when they are stale.
"""

from __future__ import annotations

import json
from pathlib import Path

from pydantic import BaseModel

from summarizer.models import ArticleExtraction
from summarizer.summary import Summary

MODELS: dict[str, type[BaseModel]] = {
    "article_extraction": ArticleExtraction,
    "summary": Summary,
}


def render_schemas() -> dict[str, str]:
    """File name -> file text, deterministic so the check can compare bytes."""
    return {
        f"{name}.schema.json": json.dumps(model.model_json_schema(), indent=2, sort_keys=True)
        + "\n"
        for name, model in MODELS.items()
    }


def write_schemas(directory: Path) -> list[Path]:
    directory.mkdir(parents=True, exist_ok=True)
    written = []
    for name, text in render_schemas().items():
        path = directory / name
        path.write_text(text, encoding="utf-8")
        written.append(path)
    return written


def stale_schemas(directory: Path) -> list[str]:
    """Names of schema files that are missing or differ from the models."""
    stale = []
    for name, text in render_schemas().items():
        path = directory / name
        if not path.is_file() or path.read_text(encoding="utf-8") != text:
            stale.append(name)
    return stale
