"""Links as input, against a web site on 127.0.0.1 (tests/fakes/web.py); nothing leaves the
machine: the network stays blocked except for loopback."""

from __future__ import annotations

import datetime as dt
import json
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from typer.testing import CliRunner

from summarizer import InputError, load_articles
from summarizer.articles import load_url
from summarizer.cli import app
from summarizer.fetch import Limits, PageCache, fetch_page, site_name
from tests.fakes.web import HUGE_TOTAL, Site

pytestmark = pytest.mark.block_network(allowed_hosts=["127.0.0.1"])

SMALL = Limits(connect_timeout=2, read_timeout=0.5, total_timeout=1.5, max_bytes=100_000)
"""Tight bounds, so the slow routes fail in about a second."""

CAP = Limits(connect_timeout=10, read_timeout=10, total_timeout=30, max_bytes=100_000)
"""The same byte cap with time to spare: a test of the cap must not turn into a timeout
on a loaded machine."""


@pytest.fixture
def site() -> Iterator[Site]:
    server = Site().start()
    yield server
    server.stop()


@pytest.fixture
def runner(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> CliRunner:
    for name in ("OPENAI_API_KEY", "OPENAI_BASE_URL", "SUMMARIZER_MODEL"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("SUMMARIZER_CACHE_DIR", str(tmp_path / "cache"))
    return CliRunner()


def _refusal(url: str, limits: Limits = SMALL) -> str:
    with pytest.raises(InputError) as caught:
        load_url(url, limits=limits)
    assert caught.value.path == url
    return caught.value.reason


def test_a_page_becomes_an_article_named_for_its_link_and_site(site: Site) -> None:
    url = site.url("/article.html")
    article = load_url(url)
    assert (article.id, article.source) == (url, "127.0.0.1")
    assert article.published == dt.date(2025, 5, 24)
    assert article.text.startswith("Second day of the prisoner exchange\nRussia and Ukraine "
                                   "each released 307 prisoners on Saturday")
    assert "Home" not in article.text and "All rights reserved" not in article.text
    assert site.agents[0].startswith("summarizer/")


def test_the_source_is_the_site_not_a_path() -> None:
    assert site_name("https://www.Example-Wire.com/world/2025/05/24/exchange") == (
        "example-wire.com")
    assert site_name("https://news.example.org:8443/a") == "news.example.org"


def test_plain_text_keeps_its_date_header(site: Site) -> None:
    article = load_url(site.url("/plain.txt"))
    assert article.published == dt.date(2025, 5, 24)
    assert article.text.startswith("Russia and Ukraine each released 307")


def test_redirects_are_followed_and_bounded(site: Site) -> None:
    moved = load_url(site.url("/moved"))
    assert moved.id == site.url("/moved")
    assert moved.published == dt.date(2025, 5, 24)
    assert load_url(site.url("/hop/4")).id == site.url("/hop/4")
    assert _refusal(site.url("/hop/5")) == (
        "more than 5 redirects; open the link in a browser and pass the address it ends at")
    assert site.hits["/article.html"] == 2


def test_a_redirect_off_http_is_refused(site: Site) -> None:
    assert _refusal(site.url("/to-ftp")).startswith(
        "'ftp://127.0.0.1/article.txt' is not an http(s) address")


def test_a_silent_server_times_out(site: Site) -> None:
    assert _refusal(site.url("/slow")) == (
        "no answer within 0.5 s; the site is slow or down, try again later")


def test_a_trickling_server_meets_the_deadline(site: Site) -> None:
    """The route takes 20 s to send its 200 bytes, never silent for the 0.5 s read timeout."""
    started = time.monotonic()
    assert _refusal(site.url("/trickle")) == (
        "the page took over 1.5 s to download; the site is slow, try again later")
    assert time.monotonic() - started < 10


@pytest.mark.parametrize(("path", "reason"), [
    ("/gone", "the page was not found (HTTP 404); check the link"),
    ("/nowhere", "the page was not found (HTTP 404); check the link"),
    ("/broken", "the site failed to answer (HTTP 500); try again later"),
])
def test_error_statuses_say_what_to_do(site: Site, path: str, reason: str) -> None:
    assert _refusal(site.url(path)) == reason


def test_a_forbidden_page_suggests_saving_it_from_a_browser(site: Site) -> None:
    assert "save the page from a browser as .html" in _refusal(site.url("/forbidden"))


def test_a_huge_body_stops_being_read_at_the_cap(site: Site) -> None:
    """Counted in bytes once the server has stopped sending: a client that drained the body
    lets it send all HUGE_TOTAL, one that kept the connection open never lets it stop."""
    assert _refusal(site.url("/huge"), CAP) == (
        "the page is over the 100,000-byte limit for a download; save the article's text as "
        ".txt and pass the file")
    assert site.huge_done.wait(30), "the client hung on to the connection after the cap"
    assert site.huge_sent < HUGE_TOTAL / 4, "the client kept reading past the cap"
    assert _refusal(site.url("/declared-huge"), CAP).startswith(
        "the page is over the 100,000-byte")


def test_a_pdf_and_an_image_are_refused(site: Site) -> None:
    assert _refusal(site.url("/paper.pdf")).startswith(
        "the link is a PDF, not a web page; summarizer reads HTML and plain text")
    assert _refusal(site.url("/photo.png")) == (
        "the link is image (image/png), not an article; link to the article's page instead")


def test_a_pdf_served_as_html_is_told_by_its_signature(site: Site) -> None:
    assert _refusal(site.url("/pdf-as-html")).startswith("this is a PDF, not text")


def test_a_host_that_does_not_listen_is_named(site: Site) -> None:
    url = site.url("/article.html")
    site.stop()
    assert _refusal(url).startswith(f"cannot connect to {url.split('/')[2]}")


def test_pages_are_cached_by_link(site: Site, tmp_path: Path) -> None:
    pages = PageCache(tmp_path)
    url = site.url("/article.html")
    notes: list[str] = []
    first = load_url(url, pages=pages, notes=notes.append)
    site.broken = True
    again = load_url(url, pages=pages, notes=notes.append)
    assert again == first
    assert site.hits["/article.html"] == 1
    assert len(notes) == 1 and notes[0].startswith(f"{url}: using the copy fetched at ")
    with pytest.raises(InputError, match=r"HTTP 500"):
        load_url(url)  # without the cache the link is fetched again


def test_a_refused_page_is_not_cached(site: Site, tmp_path: Path) -> None:
    pages = PageCache(tmp_path)
    with pytest.raises(InputError):
        load_url(site.url("/paper.pdf"), pages=pages)
    assert pages.get(site.url("/paper.pdf")) is None


def test_fetch_page_keeps_the_final_address(site: Site) -> None:
    page = fetch_page(site.url("/moved"))
    assert (page.url, page.final_url) == (site.url("/moved"), site.url("/article.html"))
    assert (page.content_type, page.charset) == ("text/html", "utf-8")


def test_a_text_file_of_links_and_a_jsonl_url(site: Site, tmp_path: Path) -> None:
    links = tmp_path / "links.txt"
    links.write_text(f"# today\n{site.url('/article.html')}\n\n{site.url('/plain.txt')}\n")
    inbox = tmp_path / "inbox.jsonl"
    inbox.write_text(json.dumps({"id": "wire-1", "url": site.url("/moved")}) + "\n")
    articles = load_articles([links, inbox])
    assert [(a.id, a.source, a.published) for a in articles] == [
        (site.url("/article.html"), "127.0.0.1", dt.date(2025, 5, 24)),
        (site.url("/plain.txt"), "127.0.0.1", dt.date(2025, 5, 24)),
        ("wire-1", "127.0.0.1", dt.date(2025, 5, 24)),
    ]


def test_a_jsonl_url_that_fails_names_the_line_and_the_link(site: Site, tmp_path: Path) -> None:
    inbox = tmp_path / "inbox.jsonl"
    inbox.write_text(json.dumps({"id": "x", "url": site.url("/gone")}) + "\n")
    with pytest.raises(InputError) as caught:
        load_articles([inbox])
    assert str(caught.value) == (f"{inbox}:1: {site.url('/gone')}: the page was not found "
                                 "(HTTP 404); check the link")


def test_summarize_a_link_on_the_command_line(site: Site, runner: CliRunner) -> None:
    url = site.url("/article.html")
    result = runner.invoke(app, ["summarize", url, "--format", "json", "--backend", "rules"])
    assert result.exit_code == 0, result.output
    summary = json.loads(result.stdout)
    assert [a["article_id"] for a in summary["articles"]] == [url]
    values = {(f["path"], f["value"]) for f in summary["facts"]}
    assert ("exchange.stages[2025-05-24].released[Russia].count", 307) in values
    again = runner.invoke(app, ["summarize", url, "--backend", "rules"])
    assert again.exit_code == 0
    assert f"{url}: using the copy fetched at " in again.stderr
    assert site.hits["/article.html"] == 1
    fresh = runner.invoke(app, ["summarize", url, "--backend", "rules", "--no-cache"])
    assert fresh.exit_code == 0
    assert site.hits["/article.html"] == 2


def test_a_broken_link_on_the_command_line(site: Site, runner: CliRunner) -> None:
    url = site.url("/gone")
    result = runner.invoke(app, ["summarize", url])
    assert result.exit_code == 1
    assert result.stderr == f"error: {url}: the page was not found (HTTP 404); check the link\n"


def test_a_batch_of_links_reports_each_failure(site: Site, runner: CliRunner,
                                               tmp_path: Path) -> None:
    links = tmp_path / "links.txt"
    links.write_text(f"{site.url('/article.html')}\n{site.url('/paper.pdf')}\n")
    out = tmp_path / "results.jsonl"
    result = runner.invoke(app, ["batch", str(links), site.url("/plain.txt"), "--out",
                                 str(out), "--backend", "rules"])
    assert result.exit_code == 0, result.output
    records = [json.loads(line) for line in out.read_text().splitlines()]
    assert sorted((r["where"], r["status"]) for r in records) == sorted([
        ([f"{links}:1"], "ok"), ([f"{links}:2"], "error"), ([site.url("/plain.txt")], "ok")])
    [error] = [r for r in records if r["status"] == "error"]
    assert error["message"].startswith(f"{site.url('/paper.pdf')}: the link is a PDF")


def test_validate_rechecks_a_link_against_the_cached_page(site: Site, runner: CliRunner,
                                                          tmp_path: Path) -> None:
    url = site.url("/article.html")
    saved = tmp_path / "summary.json"
    first = runner.invoke(app, ["summarize", url, "--format", "json", "--out", str(saved),
                                "--backend", "rules"])
    assert first.exit_code == 0, first.output
    site.broken = True
    result = runner.invoke(app, ["validate", str(saved), url, "--json", "--fail-on", "never"])
    assert result.exit_code == 0, result.output
    assert {f["code"] for f in json.loads(result.stdout)} == {
        f["code"] for f in json.loads(saved.read_text())["findings"]}
    assert site.hits["/article.html"] == 1
