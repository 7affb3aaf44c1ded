"""Ingest: turn files, JSONL lines and stdin into `Article`s, or refuse them clearly.

Article text is untrusted. This module only decodes and splits it; nothing here
interprets it. Every refusal is an `InputError` that names the file and says
what to do, because the person reading it is usually running a batch at night.
"""

from __future__ import annotations

import codecs
import datetime as dt
import json
import os
import re
import stat
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import BinaryIO

from pydantic import ValidationError

from summarizer.errors import InputError
from summarizer.fetch import HTML_TYPES, Limits, Page, PageCache, fetch_page, is_url, site_name
from summarizer.formats import SUFFIXES, binary_refusal, looks_like_html, read_links, walk
from summarizer.models import Article

Notes = Callable[[str], None]
"""Receives what the user should know that is not an error: skipped files, cached pages."""

MAX_BYTES = 2_000_000
"""Refuse inputs above this size instead of sending a truncated article to a model."""

_DATE_HEADER = re.compile(r"\A\s*date\s+(\d{4}-\d{2}-\d{2})(?:[T ](\d{2}:\d{2}(?::\d{2})?))?[ \t]*")
_BINARY_SAMPLE = 8192
_MIN_DETECT_BYTES = 64
_MAX_CHAOS = 0.2
_MIN_COHERENCE = 0.3


def parse_text(raw: str, *, id: str, source: str, where: str) -> Article:
    """Split the optional ` date YYYY-MM-DD` header from the body.

    In the seed files the body continues on the header line itself, so the
    header is matched as a prefix, not as a whole line.
    """
    published: dt.date | dt.datetime | None = None
    body = raw
    match = _DATE_HEADER.match(raw)
    if match:
        try:
            day = dt.date.fromisoformat(match.group(1))
        except ValueError as exc:
            raise InputError(where, f"date header {match.group(1)!r} is not a real date: {exc}; "
                             "write it as ' date YYYY-MM-DD' on the first line") from exc
        published = day
        if match.group(2):
            published = dt.datetime.fromisoformat(f"{match.group(1)}T{match.group(2)}")
        body = raw[match.end():]
    body = body.strip()
    if not body:
        raise InputError(where, "the article has no text; check that the right file was given")
    return Article(id=id, source=source, published=published, text=body)


def _too_large(where: str, size: int, max_bytes: int) -> InputError:
    return InputError(where, f"the file is {size:,} bytes, over the {max_bytes:,}-byte limit; "
                      "split it into separate articles or raise the limit (--max-bytes)")


def open_input(path: Path) -> BinaryIO:
    """Open an input file, refusing before reading a byte what is not a regular file: a FIFO
    would hang the batch and a device such as /dev/zero never ends."""
    where = str(path)
    try:
        fd = os.open(path, os.O_RDONLY | os.O_NONBLOCK)  # a FIFO's open waits for a writer
    except FileNotFoundError as exc:
        raise InputError(where, "no such file; check the path") from exc
    except OSError as exc:
        raise InputError(where, f"cannot be read: {exc.strerror}") from exc
    mode = os.fstat(fd).st_mode
    if not stat.S_ISREG(mode):
        os.close(fd)
        raise InputError(where, "is a directory; pass the files inside it" if stat.S_ISDIR(mode)
                         else "is not a regular file (a FIFO, device or socket); save the "
                         "article to a file and pass that")
    return os.fdopen(fd, "rb")


LINE_BLOCK = 1 << 20
"""Bytes read at a time past the end of an oversized JSONL line."""


def jsonl_lines(fh: BinaryIO, max_bytes: int) -> Iterator[bytes | int]:
    """Each line of a JSONL file; a line longer than `max_bytes` comes as its length
    instead, read past in blocks and never held whole (one 300 MB line took 300 MB)."""
    while line := fh.readline(max_bytes + 1):
        if len(line) <= max_bytes or line.endswith(b"\n"):
            yield line
            continue
        size = len(line)
        while block := fh.readline(LINE_BLOCK):
            size += len(block)
            if block.endswith(b"\n"):
                break
        yield size


def line_too_large(where: str, size: int, max_bytes: int) -> InputError:
    return InputError(where, f"the line is {size:,} bytes, over the {max_bytes:,}-byte limit of "
                      "one article; it was skipped unread. Split it or raise --max-bytes")


def read_input(path: Path, max_bytes: int | None) -> bytes:
    """The file's bytes, refused by its size before any is read; at most `max_bytes` + 1 are
    read should it grow meanwhile, so memory stays bounded whatever the file holds."""
    with open_input(path) as fh:
        if max_bytes is None:
            return fh.read()
        size = os.fstat(fh.fileno()).st_size
        if size > max_bytes:
            raise _too_large(str(path), size, max_bytes)
        return fh.read(max_bytes + 1)


def decode(data: bytes, where: str, *, max_bytes: int = MAX_BYTES) -> str:
    """Decode UTF-8 (with or without BOM), else a confidently detected legacy encoding;
    refuse binary data, oversized input and text whose encoding cannot be told."""
    refusal = binary_refusal(data)
    if refusal is not None:
        raise InputError(where, refusal)
    if not data.strip():
        raise InputError(where, "the file is empty; give a file with article text")
    if len(data) > max_bytes:
        raise _too_large(where, len(data), max_bytes)
    has_bom = data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE))
    if not has_bom and b"\x00" in data[:_BINARY_SAMPLE]:
        raise InputError(where, "the file looks binary (it contains NUL bytes); give a text, "
                         "HTML or JSONL article")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        guessed = _detect(data)
        if guessed is not None:
            return guessed
        raise InputError(
            where,
            f"the file is not UTF-8 (byte {exc.start}: {data[exc.start:exc.start + 1]!r}) and "
            "its encoding cannot be told reliably; convert it, e.g. "
            "`iconv -f latin1 -t utf-8 FILE`",
        ) from exc


def _detect(data: bytes) -> str | None:
    """A legacy encoding (cp1252, cp1251, UTF-16...) only when the guess reads as language:
    on short samples charset_normalizer guesses wildly (Latin-1 'Kyïv' comes back as Big5),
    and a wrong guess would put garbled names into checked facts."""
    from charset_normalizer import from_bytes  # deferred: only non-UTF-8 input needs it

    if len(data) < _MIN_DETECT_BYTES:
        return None
    best = from_bytes(data).best()
    if best is None or best.chaos > _MAX_CHAOS or best.coherence < _MIN_COHERENCE:
        return None
    return str(best)


def _html_text(html: str, where: str) -> str:
    import trafilatura  # deferred: lxml import costs ~100 ms and only HTML needs it

    text = trafilatura.extract(html, include_comments=False, include_tables=False)
    if not text or not text.strip():
        raise InputError(where, "no article text could be found in this HTML page; "
                         "save the article body as .txt instead")
    return str(text)


def _html_date(html: str, url: str | None = None) -> dt.date | None:
    """The publication date in the page's metadata (meta tags, JSON-LD, <time>, the URL),
    as trafilatura's metadata extraction (htmldate) finds it."""
    import trafilatura

    meta = trafilatura.extract_metadata(html, default_url=url)
    if meta is None or not meta.date:
        return None
    try:
        return dt.date.fromisoformat(str(meta.date)[:10])
    except ValueError:
        return None


def parse_jsonl_line(line: str, *, where: str, pages: PageCache | None = None) -> Article:
    """One `{"id","source","published","text"}` object, or one with a `url` instead of the
    text, which is fetched; a bad line names its line number."""
    try:
        obj = json.loads(line)
    except json.JSONDecodeError as exc:
        raise InputError(where, f"malformed JSON ({exc.msg} at column {exc.colno}); "
                         "each line must be one JSON object") from exc
    if not isinstance(obj, dict):
        raise InputError(where, "each JSONL line must be a JSON object with id, source, "
                         "published and text")
    text = obj.get("text")
    url = obj.get("url")
    fetched: Article | None = None
    if not isinstance(text, str) or not text.strip():
        if not isinstance(url, str) or not is_url(url.strip()):
            raise InputError(where, "the 'text' field is missing or empty; give the article's "
                             "text, or its http(s) link as 'url'")
        try:
            fetched = load_url(url.strip(), pages=pages)
        except InputError as exc:
            raise InputError(where, str(exc)) from exc
        text = fetched.text
    try:
        return Article(
            id=str(obj.get("id") or (fetched.id if fetched else where)),
            source=str(obj.get("source") or (fetched.source if fetched else None)
                       or obj.get("id") or where),
            published=obj.get("published") or (fetched.published if fetched else None),
            text=text.strip(),
        )
    except ValidationError as exc:
        raise InputError(where, f"invalid field: {exc.errors()[0]['msg']} "
                         f"({'.'.join(str(p) for p in exc.errors()[0]['loc'])}); "
                         "'published' must be YYYY-MM-DD or an ISO date-time") from exc


def read_jsonl(path: Path, *, max_bytes: int = MAX_BYTES,
               pages: PageCache | None = None) -> Iterator[Article | InputError]:
    """Yield articles, and an `InputError` in place of each bad line, so a batch goes on."""
    with open_input(path) as fh:
        for number, raw in enumerate(jsonl_lines(fh, max_bytes), start=1):
            where = f"{path}:{number}"
            if isinstance(raw, int):
                yield line_too_large(where, raw, max_bytes)
                continue
            if not raw.strip():
                continue
            try:
                yield parse_jsonl_line(decode(raw, where, max_bytes=max_bytes), where=where,
                                       pages=pages)
            except InputError as exc:
                yield exc


def load_file(path: Path, *, max_bytes: int = MAX_BYTES,
              pages: PageCache | None = None) -> list[Article]:
    """Load one file. JSONL errors are raised here; `read_jsonl` keeps going instead."""
    where = str(path)
    suffix = path.suffix.lower()
    data = read_input(path, None if suffix == ".jsonl" else max_bytes)
    if suffix == ".jsonl":
        decode(data, where, max_bytes=max(max_bytes, len(data)))
        articles: list[Article] = []
        for item in read_jsonl(path, max_bytes=max_bytes, pages=pages):
            if isinstance(item, InputError):
                raise item
            articles.append(item)
        return articles
    raw = decode(data, where, max_bytes=max_bytes)
    if suffix in (".html", ".htm"):
        return [html_article(raw, id=path.stem, source=path.stem, where=where)]
    return [text_article(raw, id=path.stem, source=path.stem, where=where)]


def html_article(html: str, *, id: str, source: str, where: str,
                 url: str | None = None) -> Article:
    article = parse_text(_html_text(html, where), id=id, source=source, where=where)
    return article.model_copy(update={"published": _html_date(html, url)})


def text_article(raw: str, *, id: str, source: str, where: str) -> Article:
    """Text that turns out to be HTML markup (a saved page, a paste) is read as HTML."""
    if looks_like_html(raw):
        return html_article(raw, id=id, source=source, where=where)
    return parse_text(raw, id=id, source=source, where=where)


def page_article(page: Page) -> Article:
    """A fetched page as an article: its id is the link, its source the site."""
    if page.charset:
        try:
            raw = page.body.decode(page.charset)
        except (LookupError, UnicodeDecodeError):
            raw = decode(page.body, page.url, max_bytes=len(page.body))
    else:
        raw = decode(page.body, page.url, max_bytes=len(page.body))
    source = site_name(page.final_url)
    if page.content_type in HTML_TYPES:
        return html_article(raw, id=page.url, source=source, where=page.url,
                            url=page.final_url)
    return text_article(raw, id=page.url, source=source, where=page.url)


def load_url(url: str, *, pages: PageCache | None = None, limits: Limits | None = None,
             notes: Notes | None = None) -> Article:
    """Fetch (or read from `pages`) one link and extract its article."""
    page = pages.get(url) if pages is not None else None
    if page is None:
        page = fetch_page(url, limits)
        article = page_article(page)  # a page that is no article is not cached
        if pages is not None:
            pages.put(page)
        return article
    if notes is not None:
        notes(f"{url}: using the copy fetched at {page.fetched_at}; --no-cache fetches it "
              "again")
    return page_article(page)


def file_links(path: Path, *, max_bytes: int = MAX_BYTES) -> list[tuple[int, str]] | None:
    """The links in `path` when it is a list of links, else None (also when it cannot be
    read: loading it then says why)."""
    if path.suffix.lower() != ".txt":
        return None
    try:
        return read_links(decode(read_input(path, max_bytes), str(path), max_bytes=max_bytes))
    except (OSError, InputError):
        return None


def directory_files(directory: Path, notes: Notes | None) -> list[Path]:
    """The article files under `directory`, telling `notes` what else it holds; a directory
    with none is refused, since summarizing nothing and exiting 0 hides a wrong path."""
    files, skipped = walk(directory)
    for left in skipped:
        if notes is not None:
            notes(f"skipped {left.path}: {left.reason}")
    if not files:
        raise InputError(str(directory), f"the directory has no article files (summarizer "
                         f"reads {', '.join(SUFFIXES)}); convert the articles to one of "
                         "these or pass the right directory")
    return files


def load_articles(
    paths: Iterable[str | Path], *, stdin: str | None = None, max_bytes: int = MAX_BYTES,
    pages: PageCache | None = None, notes: Notes | None = None,
) -> list[Article]:
    """Load every path; `-` reads the given stdin text, an http(s) link is fetched (through
    the `pages` cache when given). Directories contribute their .txt/.html/.jsonl files,
    subfolders included, in path order; what they hold besides is told to `notes`. An
    article over `max_bytes` is refused."""
    found: list[tuple[Article, str]] = []  # each with where it came from, to name duplicates
    for item in paths:
        if str(item) == "-":
            if stdin is None:
                raise InputError("-", "stdin was requested but no text was given")
            raw = decode(stdin.encode("utf-8"), "<stdin>", max_bytes=max_bytes)
            found.append((text_article(raw, id="stdin", source="stdin", where="<stdin>"),
                          "<stdin>"))
            continue
        if is_url(str(item)):
            found.append((load_url(str(item), pages=pages, notes=notes), str(item)))
            continue
        path = Path(item)
        for file in directory_files(path, notes) if path.is_dir() else [path]:
            links = file_links(file)
            if links is None:
                found.extend((a, str(file))
                             for a in load_file(file, max_bytes=max_bytes, pages=pages))
            else:
                found.extend((load_url(url, pages=pages, notes=notes), f"{file}:{number}")
                             for number, url in links)
    first: dict[str, str] = {}
    for article, where in found:
        if article.id in first:
            raise InputError(where, f"duplicate id {article.id!r}, first used by "
                             f"{first[article.id]}; give each article a unique id (file "
                             "names or the JSONL 'id' field)")
        first[article.id] = where
    return [article for article, _ in found]
