"""The results file: one JSON record per unit, appended and flushed as each completes.

Each record is written with one `os.write` of the whole line, so a run killed
with SIGKILL leaves at most one partial last line; `--resume` finds it, cuts it
off and redoes that unit. Records name every id (and every input location) they
cover, which is what resuming skips, so each input ends in exactly one record.
"""

from __future__ import annotations

import json
import os
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from summarizer.batch.lock import ResultsLock
from summarizer.errors import InputError

Record = dict[str, Any]


def _records(path: Path) -> Iterator[tuple[int, Record | None, bool]]:
    """(offset after the line, the record or None if unreadable, ends with a newline)."""
    offset = 0
    with path.open("rb") as fh:
        for raw in fh:
            offset += len(raw)
            try:
                record = json.loads(raw)
            except ValueError:
                record = None
            yield offset, record if isinstance(record, dict) else None, raw.endswith(b"\n")


def recover(path: Path) -> frozenset[str]:
    """Ids and locations already recorded in `path`; a partial last line is cut off.

    A bad line anywhere but at the end means someone edited the file; resuming
    then could duplicate or lose records, so it is refused.
    """
    if not path.exists():
        return frozenset()
    done: set[str] = set()
    good = 0
    bad_line: int | None = None
    for number, (offset, record, complete) in enumerate(_records(path), start=1):
        if bad_line is not None:
            raise InputError(f"{path}:{bad_line}", "this line is not a complete JSON record "
                             "but more follow; the file was edited. Fix or remove the line, "
                             "then resume")
        if record is None or not complete:
            bad_line = number
            continue
        good = offset
        done.update(str(i) for i in record.get("ids") or [])
        done.update(str(w) for w in record.get("where") or [])
    if bad_line is not None:
        with path.open("r+b") as fh:
            fh.truncate(good)
    return frozenset(done)


RETRIED = frozenset({"error", "partial"})
"""Record statuses that `--retry-errors` runs again: a failed unit, and a group in which
some articles failed (its good answers come back from the cache)."""


def drop_failed(path: Path) -> int:
    """Remove the records of failed units so that resuming runs them again; how many.

    The kept lines are written beside the file and swapped in, so a crash leaves
    the old file or the new one, never a mix. Only the holder of the results lock
    may call this: a run still appending to the old file would lose its records.
    """
    if not path.exists():
        return 0
    recover(path)  # cuts a partial last line; refuses a file edited in the middle
    kept: list[bytes] = []
    dropped = 0
    with path.open("rb") as fh:
        for raw in fh:
            if json.loads(raw).get("status") in RETRIED:
                dropped += 1
            else:
                kept.append(raw)
    if dropped:
        fd, name = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
        try:
            with os.fdopen(fd, "wb") as fh:
                fh.writelines(kept)
                fh.flush()
                os.fsync(fh.fileno())
            os.chmod(name, path.stat().st_mode & 0o777)
            os.replace(name, path)
        except BaseException:
            Path(name).unlink(missing_ok=True)
            raise
        _fsync_dir(path.parent)
    return dropped


def _fsync_dir(directory: Path) -> None:
    """Make the swap itself durable: without it a power cut may bring the old file back."""
    fd = os.open(directory, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


class ResultsWriter:
    """Appends records; each line reaches the OS in full before the next starts."""

    def __init__(self, path: Path, *, resume: bool, retry_errors: bool = False) -> None:
        path.parent.mkdir(parents=True, exist_ok=True)
        self._lock = ResultsLock(path)  # before reading: another run may be appending
        try:
            if not (resume or retry_errors) and path.exists() and path.stat().st_size > 0:
                raise InputError(str(path), "already holds results; pass --resume to continue "
                                 "that run (--retry-errors to also redo its failures), or "
                                 "choose another --out")
            self.path = path
            self.retried = drop_failed(path) if retry_errors else 0
            self.done = recover(path) if resume or retry_errors else frozenset()
            self._fd = os.open(path, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o644)
        except BaseException:
            self._lock.release()
            raise

    def write(self, record: Record) -> None:
        data = memoryview((json.dumps(record, ensure_ascii=False) + "\n").encode("utf-8"))
        while data:
            written = os.write(self._fd, data)
            data = data[written:]

    def close(self) -> None:
        os.close(self._fd)
        self._lock.release()

    def __enter__(self) -> ResultsWriter:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
