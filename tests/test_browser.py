"""The HTML report checked as a person would meet it: opened from disk in headless Chromium.

Needs Debian's `chromium` (`apt-get install -y chromium`); the tests skip, saying
so, where it is absent, and never install anything. Chromium gets a throwaway
profile and no network features; it only opens file:// URLs.
`SUMMARIZER_UPDATE_SNAPSHOTS=1` also refreshes docs/seed-report.png.
"""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

from summarizer.render import render
from tests.test_render import (
    ROOT,
    UPDATE,
    XSS,
    seed_articles,
    seed_summary,
    tags,
    two_source_summary,
)

CHROMIUM = shutil.which("chromium")
pytestmark = pytest.mark.skipif(
    CHROMIUM is None,
    reason="chromium is not installed (Debian: apt-get install -y chromium); "
    "the browser checks of the HTML report are skipped",
)
FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
         "--disable-background-networking", "--disable-component-update", "--disable-sync",
         "--hide-scrollbars"]
WINDOW = "--window-size=1280,2000"
TIMEOUT = 90


def chromium(tmp_path: Path, *args: str) -> str:
    assert CHROMIUM is not None
    done = subprocess.run(
        [CHROMIUM, *FLAGS, f"--user-data-dir={tmp_path / 'profile'}", WINDOW, *args],
        capture_output=True, text=True, timeout=TIMEOUT, check=True,
    )
    return done.stdout


def write(tmp_path: Path, html: str, name: str = "report.html") -> str:
    path = tmp_path / name
    path.write_text(html, encoding="utf-8")
    return path.as_uri()


def texts(dom: str, css_class: str) -> list[str]:
    """Text of the elements with a class, e.g. every figure's value button."""
    out: list[str] = []
    for chunk in dom.split(f'class="{css_class}"')[1:]:
        out.append(chunk.split(">", 1)[1].split("<", 1)[0])
    return out


@pytest.fixture(scope="module")
def seed_page(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, str]:
    tmp = tmp_path_factory.mktemp("seed")
    return tmp, write(tmp, render(seed_summary(), "html", articles=seed_articles()))


def test_seed_report_shows_the_figures_and_evidence_in_both_articles(
    seed_page: tuple[Path, str],
) -> None:
    tmp, url = seed_page
    dom = chromium(tmp, "--dump-dom", url)
    values = texts(dom, "val")
    for figure in ("390", "307", "697", "1,000", "303"):
        assert figure in values
    articles = dom.split('<article id="src-')[1:]
    assert len(articles) == 2
    assert all("<mark " in article for article in articles)
    assert "derived" in dom and "corroborated" in dom


def test_a_figure_link_pins_its_evidence_in_every_source(seed_page: tuple[Path, str]) -> None:
    tmp, url = seed_page
    summary = seed_summary()
    index = next(i for i, f in enumerate(summary.facts)
                 if f.path == "exchange.cumulative[2025-05-24].count")
    dom = chromium(tmp, "--dump-dom", f"{url}#fig-f{index}")
    pinned = [a for a in dom.split('<article id="src-')[1:] if "pinned" in a]
    assert len(pinned) == 2, "697 is stated by both articles"
    assert 'aria-pressed="true"' in dom


def test_seed_report_screenshot(seed_page: tuple[Path, str]) -> None:
    tmp, url = seed_page
    shot = tmp / "seed-report.png"
    chromium(tmp, f"--screenshot={shot}", url)
    assert shot.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    assert shot.stat().st_size > 50_000, "a blank page compresses to a few KB"
    if UPDATE:
        shutil.copyfile(shot, ROOT / "docs" / "seed-report.png")


def test_planted_payloads_render_as_text_and_never_run(tmp_path: Path) -> None:
    text = f"They released 390 people. {XSS} The end."
    summary, articles = two_source_summary(390, 390, text_a=text, quote=XSS)
    dom = chromium(tmp_path, "--dump-dom", write(tmp_path, render(summary, "html",
                                                                   articles=articles)))
    found = tags(dom)
    assert [t for t, _ in found if t == "script"] == ["script"]
    assert not [t for t, _ in found if t in ("img", "b", "hr")]
    assert not [a for _, a in found if a.get("id") == "xss"]
    title = dom.split("<title>", 1)[1].split("</title>", 1)[0]
    assert "pwned" not in title
    assert "&lt;script&gt;document.title=" in dom, "the payload is shown as text"
