"""The spend ledger: one line per completion, appended as it arrives, beside the results.

A record's usage is written when its unit ends, so the completions paid for by a run
killed mid-unit, or by records that `--retry-errors` replaced, appeared nowhere (16
completions and 226 calls in two tests). `<out>.spend` gets each completion's usage
the moment the backend has it (`summarizer.spend`), under the results lock, in one
`os.write` per line: a kill leaves at most a cut last line, which reading skips.
The batch's final line reads it: what this run spent, and what the results file
has cost over all its runs.
"""

from __future__ import annotations

import json
import os
from pathlib import Path

from summarizer.summary import Usage


def ledger_path(out: Path) -> Path:
    return out.with_name(f"{out.name}.spend")


def read_spend(path: Path) -> dict[str | None, Usage]:
    """Usage by model over every complete line of a ledger; none when there is no file."""
    spent: dict[str | None, Usage] = {}
    try:
        lines = path.read_bytes().splitlines()
    except FileNotFoundError:
        return spent
    for raw in lines:
        try:
            line = json.loads(raw)
            usage = Usage(calls=int(line["calls"]), prompt_tokens=int(line["prompt_tokens"]),
                          completion_tokens=int(line["completion_tokens"]))
        except (ValueError, KeyError, TypeError):
            continue  # a line cut by a kill
        model = line.get("model")
        spent[model] = spent.get(model, Usage()) + usage
    return spent


class Ledger:
    """Appends completions to `path`, opened at the first one (a run without a model
    leaves no file); keeps this run's total."""

    def __init__(self, path: Path, model: str | None) -> None:
        self.path = path
        self.model = model
        self.run = Usage()
        self._fd = -1

    def paid(self, article_id: str, usage: Usage) -> None:
        if self._fd < 0:
            self._fd = os.open(self.path, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o644)
        line = {"id": article_id, "model": self.model, **usage.model_dump(mode="json")}
        os.write(self._fd, (json.dumps(line, ensure_ascii=False) + "\n").encode("utf-8"))
        self.run += usage

    def close(self) -> None:
        if self._fd >= 0:
            os.close(self._fd)
            self._fd = -1
