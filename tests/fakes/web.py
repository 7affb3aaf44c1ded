"""A small web site on 127.0.0.1 for the link tests: pages, redirects, slow and broken
answers, a huge body and files that are not articles. Every page is written here by hand.

Each route is a function of the handler; `Site.hits` counts requests per path and
`Site.agents` keeps the User-Agent headers, so tests can see what was asked.
"""

from __future__ import annotations

import threading
import time
from collections import Counter
from collections.abc import Callable
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

ARTICLE_HTML = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<title>Second day of the prisoner exchange</title>
<meta property="og:site_name" content="Example Wire">
<meta property="article:published_time" content="2025-05-24T18:30:00+00:00">
</head><body>
<nav><a href="/">Home</a> <a href="/world">World</a> <a href="/about">About us</a></nav>
<article>
<h1>Second day of the prisoner exchange</h1>
<p>Russia and Ukraine each released 307 prisoners on Saturday, the second day of an
exchange agreed in Istanbul, officials on both sides said in the evening.</p>
<p>With the 390 people each side freed on Friday, 697 have now come home of the 1,000
per side that the two delegations agreed on during their talks last week.</p>
<p>Families waited at the border crossing for hours, holding photographs of relatives
they had not seen since the first months of the war.</p>
<p>Officials said the last stage of the exchange was expected on Sunday, and that lists
of names were still being checked by both sides.</p>
</article>
<footer>Copyright Example Wire. All rights reserved.</footer>
</body></html>
"""

PLAIN_TEXT = (" date 2025-05-24 Russia and Ukraine each released 307 prisoners on Saturday, "
              "the second day of the exchange agreed in Istanbul.\n")

PDF_BYTES = b"%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n"
"""A PDF whose bytes are all ASCII: only its signature tells it from text."""

HUGE_TOTAL = 50_000_000
"""Bytes /huge would send if nobody stopped reading."""


class Site:
    """The server and what it saw; `url(path)` gives a page's address."""

    def __init__(self) -> None:
        self.hits: Counter[str] = Counter()
        self.agents: list[str] = []
        self.huge_sent = 0
        self.huge_done = threading.Event()
        """Set once /huge stops sending, so `huge_sent` is final: a test waits on it rather
        than sleeping a guessed time."""
        self.broken = False
        self.server = ThreadingHTTPServer(("127.0.0.1", 0), _handler(self))
        self.server.daemon_threads = True
        self.server.block_on_close = False
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)

    def start(self) -> Site:
        self.thread.start()
        return self

    def stop(self) -> None:
        self.server.shutdown()
        self.server.server_close()

    def url(self, path: str) -> str:
        host, port = self.server.server_address[:2]
        return f"http://{host!s}:{port}{path}"


class Handler(BaseHTTPRequestHandler):
    site: Site  # set on the subclass each server gets

    def log_message(self, format: str, *args: object) -> None:  # quiet tests
        pass

    def send(self, status: int, body: bytes, content_type: str | None,
             headers: dict[str, str] | None = None) -> None:
        self.send_response(status)
        if content_type is not None:
            self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(body)))
        for name, value in (headers or {}).items():
            self.send_header(name, value)
        self.end_headers()
        self.wfile.write(body)

    def do_GET(self) -> None:
        path = self.path.split("?")[0]
        self.site.hits[path] += 1
        self.site.agents.append(self.headers.get("User-Agent", ""))
        route = ROUTES.get(path)
        if route is None and path.startswith("/hop/"):
            route = _hop
        if route is None:
            self.send(404, b"<html><body>Not found</body></html>", "text/html")
            return
        route(self)


def _handler(site: Site) -> type[Handler]:
    return type("SiteHandler", (Handler,), {"site": site})


Route = Callable[[Handler], None]


def _article(h: Handler) -> None:
    if h.site.broken:
        h.send(500, b"server error", "text/plain")
        return
    h.send(200, ARTICLE_HTML.encode(), "text/html; charset=utf-8")


def _plain(h: Handler) -> None:
    h.send(200, PLAIN_TEXT.encode(), "text/plain; charset=utf-8")


def _moved(h: Handler) -> None:
    h.send(301, b"", "text/html", {"Location": "/article.html"})


def _hop(h: Handler) -> None:
    """/hop/N redirects to /hop/N-1, and /hop/0 to the article."""
    n = int(h.path.rsplit("/", 1)[1])
    target = "/article.html" if n == 0 else f"/hop/{n - 1}"
    h.send(302, b"", None, {"Location": target})


def _to_ftp(h: Handler) -> None:
    h.send(302, b"", None, {"Location": "ftp://127.0.0.1/article.txt"})


def _slow(h: Handler) -> None:
    time.sleep(3)
    _article(h)


def _trickle(h: Handler) -> None:
    """A byte every 0.1 s: never silent long enough for a read timeout."""
    h.send_response(200)
    h.send_header("Content-Type", "text/html")
    h.end_headers()
    try:
        for byte in ARTICLE_HTML.encode()[:200]:
            h.wfile.write(bytes([byte]))
            h.wfile.flush()
            time.sleep(0.1)
    except OSError:
        pass


def _huge(h: Handler) -> None:
    """No Content-Length: only reading tells the size. Sending ends when the client hangs up
    (a write fails) or all HUGE_TOTAL bytes are out."""
    h.send_response(200)
    h.send_header("Content-Type", "text/html")
    h.end_headers()
    chunk = b"<p>" + b"word " * 2000 + b"</p>\n"
    try:
        while h.site.huge_sent < HUGE_TOTAL:
            h.wfile.write(chunk)
            h.site.huge_sent += len(chunk)
    except OSError:
        pass
    finally:
        h.site.huge_done.set()


def _declared_huge(h: Handler) -> None:
    h.send_response(200)
    h.send_header("Content-Type", "text/html")
    h.send_header("Content-Length", str(HUGE_TOTAL))
    h.end_headers()


def _status(code: int) -> Route:
    def route(h: Handler) -> None:
        h.send(code, b"<html><body>error</body></html>", "text/html")
    return route


def _pdf(h: Handler) -> None:
    h.send(200, PDF_BYTES, "application/pdf")


def _pdf_as_html(h: Handler) -> None:
    h.send(200, PDF_BYTES, "text/html")


def _image(h: Handler) -> None:
    h.send(200, b"\x89PNG\r\n\x1a\n" + b"\x00" * 32, "image/png")


ROUTES: dict[str, Route] = {
    "/article.html": _article,
    "/plain.txt": _plain,
    "/moved": _moved,
    "/to-ftp": _to_ftp,
    "/slow": _slow,
    "/trickle": _trickle,
    "/huge": _huge,
    "/declared-huge": _declared_huge,
    "/gone": _status(404),
    "/forbidden": _status(403),
    "/broken": _status(500),
    "/paper.pdf": _pdf,
    "/pdf-as-html": _pdf_as_html,
    "/photo.png": _image,
}
