"""The HTML report's layout measured in headless Chromium at the width of a laptop screen."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from summarizer.render import render
from tests.test_browser import CHROMIUM, chromium, write
from tests.test_render import seed_articles, seed_summary

pytestmark = pytest.mark.skipif(
    CHROMIUM is None,
    reason="chromium is not installed (Debian: apt-get install -y chromium); "
    "the browser checks of the HTML report are skipped",
)

PROBE = """<script>
window.addEventListener('load', () => {
  const wraps = [...document.querySelectorAll('.table-wrap')];
  document.body.setAttribute('data-probe', JSON.stringify(
    wraps.map(w => ({scroll: w.scrollWidth, client: w.clientWidth}))));
});
</script>"""
"""Measures each table against its frame. The report's Content-Security-Policy allows only
its own script, so the probe goes into a copy without the policy."""


def table_widths(tmp_path: Path, html: str) -> list[dict[str, int]]:
    html = re.sub(r'<meta http-equiv="Content-Security-Policy"[^>]*>', "", html)
    dom = chromium(tmp_path, "--dump-dom", write(tmp_path, html.replace("</body>",
                                                                         PROBE + "</body>")))
    found = re.search(r'data-probe="([^"]*)"', dom)
    assert found is not None, "the probe did not run"
    widths: list[dict[str, int]] = json.loads(found.group(1).replace("&quot;", '"'))
    return widths


@pytest.mark.parametrize("status", ["corroborated", "updated", "flagged", "conflicting"])
def test_the_exchange_table_fits_a_1280_px_window(tmp_path: Path, status: str) -> None:
    """The longest status labels (an update naming each source's value, a flag) wrap inside
    their cells instead of pushing the last column out of view."""
    summary = seed_summary()
    facts = [f.model_copy(update={"status": status})
             if f.path.startswith("exchange.") else f for f in summary.facts]
    html = render(summary.model_copy(update={"facts": facts}), "html",
                  articles=seed_articles())
    [stages] = table_widths(tmp_path, html)
    assert stages["scroll"] <= stages["client"], stages
