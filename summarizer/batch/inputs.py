"""Batch input: stream files, directories and JSONL into units of work, never all at once.

A unit is one group (articles about one event, merged into one summary) or one
ungrouped article. Groups may be spread over a file, so a first cheap pass
counts each group's lines; the second pass hands a group on as soon as its
last line is read, keeping only unfinished groups in memory.

Every input ends as a unit or as a `Rejected` item that becomes an error record:
a bad line, an unreadable file, a link that cannot be fetched and a duplicate id
are reported, never dropped. Links (given as arguments, listed one a line in a .txt
file, or as `url` in JSONL) are fetched here, through the page cache when given.
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from summarizer.articles import (
    MAX_BYTES,
    Notes,
    decode,
    directory_files,
    file_links,
    jsonl_lines,
    line_too_large,
    load_file,
    load_url,
    open_input,
    parse_jsonl_line,
)
from summarizer.errors import InputError
from summarizer.fetch import PageCache, is_url
from summarizer.models import Article

Located = tuple[str, "Article | InputError", "str | None"]
"""(where the item came from, the article or why not, its group)."""
Input = Path | str
"""A file, or an http(s) link (a str, since a Path would fold its '//')."""


@dataclass
class Unit:
    """Articles to summarize together, with where each came from."""

    group: str | None
    articles: list[Article] = field(default_factory=list)
    wheres: list[str] = field(default_factory=list)


@dataclass(frozen=True)
class Rejected:
    """An input that did not become an article; `article_id` is known for duplicates."""

    where: str
    error: InputError
    group: str | None = None
    article_id: str | None = None


def input_files(paths: Iterable[str | Path], notes: Notes | None = None) -> list[Input]:
    """Expand directories to their article files, subfolders included, in path order, and
    tell `notes` what else they hold; a missing path is kept, so it is reported as a
    rejected input instead of stopping the batch."""
    files: list[Input] = []
    for item in paths:
        if str(item) == "-":
            raise InputError("-", "batch reads files, not stdin; save the articles as JSONL")
        if is_url(str(item)):
            files.append(str(item))
            continue
        path = Path(item)
        if path.is_dir():
            files.extend(directory_files(path, notes))
        else:
            files.append(path)
    return files


def _group_of(raw: bytes, key: bytes, group_by: str) -> str | None:
    if key not in raw:  # cheap test first: most lines of a big inbox are ungrouped
        return None
    try:
        obj = json.loads(raw)
    except ValueError:
        return None
    value = obj.get(group_by) if isinstance(obj, dict) else None
    return None if value is None or value == "" else str(value)


def _is_jsonl(path: Input) -> bool:
    return isinstance(path, Path) and path.suffix.lower() == ".jsonl"


def count_inputs(files: list[Input], group_by: str,
                 max_bytes: int = MAX_BYTES) -> tuple[Counter[str], int]:
    """Lines per group, and all inputs (for the progress total); unreadable files count 1,
    and so does a line over `max_bytes`, in no group (it is refused unread)."""
    groups: Counter[str] = Counter()
    total = 0
    key = json.dumps(group_by).encode()
    for path in files:
        if not isinstance(path, Path):
            total += 1
            continue
        if not _is_jsonl(path):
            total += len(file_links(path) or [path])
            continue
        try:
            with open_input(path) as fh:
                for raw in jsonl_lines(fh, max_bytes):
                    if isinstance(raw, int):
                        total += 1
                    elif raw.strip():
                        total += 1
                        group = _group_of(raw, key, group_by)
                        if group is not None:
                            groups[group] += 1
        except (OSError, InputError):
            total += 1
    return groups, total


def _fetched(where: str, url: str, pages: PageCache | None) -> Located:
    try:
        return where, load_url(url, pages=pages), None
    except InputError as error:
        return where, error, None


def _located(files: list[Input], group_by: str, max_bytes: int,
             pages: PageCache | None) -> Iterator[Located]:
    key = json.dumps(group_by).encode()
    for path in files:
        if not isinstance(path, Path):
            yield _fetched(path, path, pages)
            continue
        if not _is_jsonl(path):
            links = file_links(path, max_bytes=max_bytes)
            if links is not None:
                yield from (_fetched(f"{path}:{number}", url, pages) for number, url in links)
                continue
            try:
                [article] = load_file(path, max_bytes=max_bytes)
            except InputError as error:
                yield str(path), error, None
                continue
            yield str(path), article, None
            continue
        try:
            fh = open_input(path)
        except InputError as error:
            yield str(path), error, None
            continue
        with fh:
            for number, raw in enumerate(jsonl_lines(fh, max_bytes), start=1):
                where = f"{path}:{number}"
                if isinstance(raw, int):
                    yield where, line_too_large(where, raw, max_bytes), None
                    continue
                if not raw.strip():
                    continue
                group = _group_of(raw, key, group_by)
                try:
                    text = decode(raw, where, max_bytes=max_bytes)
                    yield where, parse_jsonl_line(text, where=where, pages=pages), group
                except InputError as error:
                    yield where, error, group


def stream_units(
    files: list[Input],
    group_sizes: Counter[str],
    *,
    group_by: str = "group",
    max_bytes: int = MAX_BYTES,
    done: frozenset[str] = frozenset(),
    pages: PageCache | None = None,
) -> Iterator[Unit | Rejected]:
    """Units and rejections in input order, skipping ids and locations in `done` (resume).

    A group is yielded when its last line counted by `count_inputs` has been
    read; groups still open when the input ends (a file changed between the
    passes) are yielded last.
    """
    remaining = Counter(group_sizes)
    pending: dict[str, Unit] = {}
    first_seen: dict[str, str] = {}
    for where, item, group in _located(files, group_by, max_bytes, pages):
        if where not in done:
            if isinstance(item, InputError):
                yield Rejected(where, item, group)
            elif item.id in done:
                pass
            elif item.id in first_seen:
                yield Rejected(where, InputError(
                    where, f"duplicate id {item.id!r}, first used at {first_seen[item.id]}; "
                    "this copy was skipped: give each article a unique id"), group, item.id)
            else:
                first_seen[item.id] = where
                if group is None:
                    yield Unit(None, [item], [where])
                else:
                    unit = pending.setdefault(group, Unit(group))
                    unit.articles.append(item)
                    unit.wheres.append(where)
        if group is not None:
            remaining[group] -= 1
            if remaining[group] <= 0 and group in pending:
                yield pending.pop(group)
    yield from pending.values()
