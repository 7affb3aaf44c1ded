"""Fetch a web page for ingest: one bounded GET, and a clear refusal when it is not an article.

urllib3, not httpx: only the model backend package may import httpx (see the import
contracts in pyproject.toml), and urllib3 is what trafilatura fetches with anyway.
Everything is bounded, because a link is untrusted input: connect and read
timeouts, a deadline for the whole download (a server that trickles one byte a
second gets no further), a size cap checked while streaming (reading stops past
it), and a bounded number of redirects, each checked to stay on http(s).

Pages are cached on disk by URL (`PageCache`), so a second run reads the same text
the first one checked, and a batch that resumes does not fetch again.
"""

from __future__ import annotations

import base64
import datetime as dt
import hashlib
import json
import time
from dataclasses import asdict, dataclass
from importlib.metadata import PackageNotFoundError, version
from pathlib import Path
from urllib.parse import urljoin, urlsplit

import urllib3
from urllib3.exceptions import (
    HTTPError,
    LocationValueError,
    NameResolutionError,
    NewConnectionError,
    ProtocolError,
    SSLError,
)
from urllib3.exceptions import (
    TimeoutError as FetchTimeout,
)

from summarizer.atomic import write_atomically
from summarizer.errors import InputError

HTML_TYPES = frozenset({"text/html", "application/xhtml+xml"})
TEXT_TYPES = frozenset({"text/plain"})
REDIRECTS = frozenset({301, 302, 303, 307, 308})
CACHE_FORMAT = 1
"""Bump when the entry layout changes; old entries are then simply not found."""


def _user_agent() -> str:
    try:
        number = version("summarizer")
    except PackageNotFoundError:
        number = "dev"
    return f"summarizer/{number} (news summary checker; reads one article per link)"


@dataclass(frozen=True)
class Limits:
    """How long and how much one fetch may take; the defaults suit a news page."""

    connect_timeout: float = 10.0
    read_timeout: float = 20.0
    """Seconds the server may stay silent, at the start or between two reads."""
    total_timeout: float = 60.0
    """Seconds for the whole download, however steadily the bytes trickle in."""
    max_bytes: int = 10_000_000
    """Pages are larger than their text (scripts, inline images): a generous cap."""
    max_redirects: int = 5


@dataclass(frozen=True)
class Page:
    """What a server sent for one link."""

    url: str
    """As asked for; the article's id, so a rerun or a resumed batch finds it again."""
    final_url: str
    """After redirects; names the site."""
    content_type: str
    """The media type, lower case, without parameters ('' when the server sent none)."""
    charset: str | None
    body: bytes
    fetched_at: str
    """ISO time of the download, shown when a cached copy is used."""


def is_url(item: str) -> bool:
    return item.lower().startswith(("http://", "https://"))


def site_name(url: str) -> str:
    """The outlet a page belongs to: its host without 'www.', so corroboration counts two
    pages of one site as one source."""
    host = (urlsplit(url).hostname or url).lower()
    return host.removeprefix("www.")


def _checked(url: str, asked: str) -> str:
    parts = urlsplit(url)
    if parts.scheme.lower() not in ("http", "https") or not parts.hostname:
        raise InputError(asked, f"{url!r} is not an http(s) address; give a link that opens "
                         "the article in a browser")
    return url


def _media_type(header: str | None) -> tuple[str, str | None]:
    if not header:
        return "", None
    kind, _, params = header.partition(";")
    charset = None
    for param in params.split(";"):
        name, _, value = param.strip().partition("=")
        if name.lower() == "charset" and value:
            charset = value.strip().strip('"')
    return kind.strip().lower(), charset


def _refuse_type(url: str, media: str) -> None:
    """HTML and plain text are articles; anything else is refused before it is read."""
    if not media or media in HTML_TYPES or media in TEXT_TYPES:
        return
    if media == "application/pdf":
        raise InputError(url, "the link is a PDF, not a web page; summarizer reads HTML and "
                         "plain text: save the article's text as a .txt file (e.g. "
                         "`pdftotext FILE.pdf`) and pass that")
    if media.startswith(("image/", "video/", "audio/")):
        raise InputError(url, f"the link is {media.split('/')[0]} ({media}), not an article; "
                         "link to the article's page instead")
    raise InputError(url, f"the link serves {media}, not HTML or plain text; link to the "
                     "article's page, or save its text as .txt")


def _status_error(url: str, status: int) -> InputError:
    if status in (404, 410):
        reason = f"the page was not found (HTTP {status}); check the link"
    elif status in (401, 403):
        reason = (f"the site refused to serve the page (HTTP {status}); it may need a login "
                  "or block automated readers: save the page from a browser as .html and "
                  "pass the file")
    elif status == 429:
        reason = "the site is limiting requests (HTTP 429); try again later"
    elif status >= 500:
        reason = f"the site failed to answer (HTTP {status}); try again later"
    else:
        reason = f"the site answered HTTP {status}, not a page; check the link"
    return InputError(url, reason)


def _read(url: str, response: urllib3.BaseHTTPResponse, limits: Limits, started: float) -> bytes:
    declared = response.headers.get("Content-Length", "")
    too_big = (f"the page is over the {limits.max_bytes:,}-byte limit for a download; "
               "save the article's text as .txt and pass the file")
    if declared.isdigit() and int(declared) > limits.max_bytes:
        raise InputError(url, too_big)
    chunks: list[bytes] = []
    size = 0
    # read1 returns what has arrived, so the deadline is checked between small reads too
    # (stream() would wait for 64 KiB, which a trickling server never completes).
    while chunk := response.read1(64 * 1024):
        size += len(chunk)
        if size > limits.max_bytes:
            raise InputError(url, too_big)
        if time.monotonic() - started > limits.total_timeout:
            raise InputError(url, f"the page took over {limits.total_timeout:g} s to download; "
                             "the site is slow, try again later")
        chunks.append(chunk)
    return b"".join(chunks)


def new_pool() -> urllib3.PoolManager:
    """A connection pool that introduces itself and asks for what can be read."""
    return urllib3.PoolManager(
        headers=urllib3.make_headers(user_agent=_user_agent(), accept_encoding=True)
        | {"Accept": "text/html,application/xhtml+xml,text/plain;q=0.9,*/*;q=0.1"})


def fetch_page(url: str, limits: Limits | None = None,
               pool: urllib3.PoolManager | None = None) -> Page:
    """GET `url`, following at most `limits.max_redirects` redirects; raise `InputError`
    naming the link and what to do for every way this can fail."""
    limits = limits or Limits()
    if pool is None:
        with new_pool() as own:
            return fetch_page(url, limits, own)
    timeout = urllib3.Timeout(connect=limits.connect_timeout, read=limits.read_timeout)
    started = time.monotonic()
    current = _checked(url, url)
    try:
        for _ in range(limits.max_redirects + 1):
            response = pool.request("GET", current, redirect=False, retries=False,
                                    preload_content=False, timeout=timeout)
            try:
                if response.status in REDIRECTS:
                    location = response.headers.get("Location")
                    if not location:
                        raise InputError(url, f"HTTP {response.status} redirect without a "
                                         "Location; check the link")
                    current = _checked(urljoin(current, location), url)
                    continue
                if not 200 <= response.status < 300:
                    raise _status_error(url, response.status)
                media, charset = _media_type(response.headers.get("Content-Type"))
                _refuse_type(url, media)
                body = _read(url, response, limits, started)
            finally:
                response.close()  # never reuse a connection with unread bytes (a cut-off body)
            return Page(url=url, final_url=current, content_type=media, charset=charset,
                        body=body, fetched_at=dt.datetime.now(dt.UTC).isoformat(
                            timespec="seconds"))
    except NameResolutionError as exc:
        raise InputError(url, f"the host {urlsplit(current).hostname!r} does not resolve; "
                         "check the link and the network") from exc
    except NewConnectionError as exc:
        raise InputError(url, f"cannot connect to {urlsplit(current).netloc} "
                         f"({exc.__cause__ or exc}); check the link and the network") from exc
    except FetchTimeout as exc:  # after NewConnectionError, which subclasses it
        raise InputError(url, f"no answer within {limits.read_timeout:g} s; the site is slow "
                         "or down, try again later") from exc
    except SSLError as exc:
        raise InputError(url, f"the site's TLS certificate could not be verified ({exc}); "
                         "save the page from a browser as .html and pass the file") from exc
    except ProtocolError as exc:
        raise InputError(url, f"the connection broke while reading ({exc}); try again") \
            from exc
    except LocationValueError as exc:
        raise InputError(url, f"not a valid address ({exc}); check the link") from exc
    except HTTPError as exc:
        raise InputError(url, f"the download failed ({exc}); try again") from exc
    raise InputError(url, f"more than {limits.max_redirects} redirects; open the link in a "
                     "browser and pass the address it ends at")


class PageCache:
    """One JSON file per URL under `root/pages/v<CACHE_FORMAT>/<2 hex>/<sha256>.json`, next
    to the answer cache of `batch`."""

    def __init__(self, root: Path) -> None:
        self.root = root / "pages" / f"v{CACHE_FORMAT}"

    def _path(self, url: str) -> Path:
        key = hashlib.sha256(url.encode()).hexdigest()
        return self.root / key[:2] / f"{key}.json"

    def get(self, url: str) -> Page | None:
        """The stored page, or None; an unreadable entry is a miss, never an error."""
        try:
            entry = json.loads(self._path(url).read_text("utf-8"))
            entry["body"] = base64.b64decode(entry["body"])
            page = Page(**entry)
        except (OSError, ValueError, KeyError, TypeError):
            return None
        return page if page.url == url else None

    def put(self, page: Page) -> None:
        """Write atomically (temp file + rename), so a killed run leaves no half entry."""
        path = self._path(page.url)
        path.parent.mkdir(parents=True, exist_ok=True)
        entry = {**asdict(page), "body": base64.b64encode(page.body).decode("ascii")}
        write_atomically(path, json.dumps(entry))
