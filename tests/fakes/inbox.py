"""Synthetic inboxes for batch tests and benchmarks: many distinct short articles that the
`responses/batch` answer grounds in, each with its own source line for scripted rules."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

BATCH = Path(__file__).resolve().parent / "responses" / "batch"
"""Reply files for these articles (`short.json`, the answer every one of them grounds)."""

SHORT_TEXT = (
    "Russia released 42 Ukrainian prisoners on Friday at the Belarusian border, officials "
    "in Kyiv said. \"Every one of them is home now,\" said Olena Koval, a spokeswoman for "
    "the coordination headquarters."
)
VALID: dict[str, Any] = {"extraction": "short.json",
                         "usage": {"prompt_tokens": 900, "completion_tokens": 120}}


def article_id(number: int) -> str:
    return f"art-{number:05d}"


def source(number: int) -> str:
    """Each article's source line; the trailing newline keeps wire-00001 from matching
    wire-000010 in a rule's `when`."""
    return f"wire-{number:05d}"


def when(number: int) -> str:
    return f"Source: {source(number)}\n"


def record(number: int, **extra: Any) -> dict[str, Any]:
    return {"id": article_id(number), "source": source(number), "published": "2025-05-24",
            "text": SHORT_TEXT, **extra}


def write_inbox(path: Path, count: int, *, start: int = 0) -> list[str]:
    """Write `count` articles as JSONL; return their ids in order."""
    with path.open("w", encoding="utf-8") as fh:
        for number in range(start, start + count):
            fh.write(json.dumps(record(number)) + "\n")
    return [article_id(n) for n in range(start, start + count)]


def read_records(path: Path) -> list[dict[str, Any]]:
    return [json.loads(line) for line in path.read_text("utf-8").splitlines()]
