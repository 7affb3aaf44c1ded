"""Rendering: the seed report's exact Markdown, escaping, evidence marks, the render API.

The seed summary is the fixed, hand-written `tests/data/snapshots/seed_summary.json`
(made by `seed_summary.py` next to it), not pipeline output, so the snapshot
moves only when rendering does. After an intended change to the report,
rewrite the golden files and review the diff:

    SUMMARIZER_UPDATE_SNAPSHOTS=1 python -m pytest tests/test_render.py
"""

from __future__ import annotations

import os
import re
from html.parser import HTMLParser
from pathlib import Path

import pytest
from typer.testing import CliRunner

from summarizer.articles import load_articles
from summarizer.fact_paths import FactPath
from summarizer.models import Article, Evidence
from summarizer.render import render
from summarizer.render.highlight import Span, runs
from summarizer.summary import SourceValue, Summary, SummaryFact

ROOT = Path(__file__).resolve().parent.parent
SNAPSHOTS = Path(__file__).resolve().parent / "data" / "snapshots"
SEEDS = [str(ROOT / "seeds" / "000_9391f326c2eaa901.txt"),
         str(ROOT / "seeds" / "001_23b64bebdaa24c53.txt")]
UPDATE = os.environ.get("SUMMARIZER_UPDATE_SNAPSHOTS") == "1"
XSS = ('<script>document.title="pwned";document.body.append(document.createElement("hr"))'
       '</script><img src=x onerror="document.title=\'pwned\'"><b id="xss">bold</b>')
"""If any of this ran or became markup, the DOM would gain an <hr>, an <img> or a <b>."""


def seed_summary() -> Summary:
    return Summary.model_validate_json((SNAPSHOTS / "seed_summary.json").read_text("utf-8"))


def seed_articles() -> list[Article]:
    return load_articles(SEEDS)


def assert_snapshot(name: str, text: str) -> None:
    path = SNAPSHOTS / name
    if UPDATE:
        path.write_text(text, encoding="utf-8")
    hint = "rerun with SUMMARIZER_UPDATE_SNAPSHOTS=1 and review the diff"
    assert path.exists(), f"no golden file {name}; {hint}"
    assert text == path.read_text(encoding="utf-8"), f"{name} changed; if intended, {hint}"


def two_source_summary(
    value_a: int, value_b: int, *, text_a: str = "", text_b: str = "", quote: str | None = None
) -> tuple[Summary, list[Article]]:
    """Two articles stating one release count, for conflict and escaping cases."""
    articles = [
        Article(id="a", source="Outlet A", text=text_a or f"They released {value_a} people."),
        Article(id="b", source="Outlet B", text=text_b or f"They released {value_b} people."),
    ]
    sources = []
    for article, value in zip(articles, (value_a, value_b), strict=True):
        start = article.text.find(str(value))
        end = start + len(str(value))
        sources.append(SourceValue(article_id=article.id, value=value, evidence=Evidence(
            text=article.text[start:end], start=start, end=end, match="exact")))
    facts = [SummaryFact(path="exchange.stages[2025-05-23].released[Russia].count",
                         value=value_a, status="conflicting" if value_a != value_b
                         else "corroborated", sources=sources)]
    if quote is not None:
        facts.append(SummaryFact(path="statements[Speaker <i>X</i>]", value=quote,
                                 status="single_source", sources=[SourceValue(
                                     article_id="a", value=quote, evidence=Evidence(text=quote))]))
    results = [
        {"article_id": a.id, "source": a.source, "backend": "rules", "extraction": {}}
        for a in articles
    ]
    summary = Summary.model_validate({"articles": results, "facts": [f.model_dump()
                                                                     for f in facts]})
    return summary, articles


class _Tags(HTMLParser):
    """Every start tag with its attributes, as a browser's tokenizer would see them."""

    def __init__(self) -> None:
        super().__init__()
        self.tags: list[tuple[str, dict[str, str | None]]] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, dict(attrs)))


def tags(html: str) -> list[tuple[str, dict[str, str | None]]]:
    parser = _Tags()
    parser.feed(html)
    return parser.tags


def test_seed_fixture_evidence_is_verbatim_at_its_offsets() -> None:
    texts = {a.id: a.text for a in seed_articles()}
    for fact in seed_summary().facts:
        for source in fact.sources:
            assert source.evidence is not None
            start, end = source.evidence.start, source.evidence.end
            assert texts[source.article_id][start:end] == source.evidence.text, fact.path


def test_seed_markdown_matches_snapshot() -> None:
    assert_snapshot("seed.md", render(seed_summary(), "md"))


def test_markdown_prints_only_numbers_that_are_facts() -> None:
    """Every number before the Checks (which quote the checkers' words) is a fact's."""
    summary = seed_summary()
    text = render(summary, "md").split("## Checks")[0]
    allowed = {str(n) for n in range(1, len(summary.articles) + 1)}
    for fact in summary.facts:
        for value in (fact.value, *(fact.key.keys if fact.key else ())):
            allowed |= set(re.findall(r"\d[\d,]*\d|\d", f"{value:,}" if type(value) is int
                                      else str(value)))
    body = "\n".join(line for line in text.splitlines() if "`" not in line)  # article ids
    printed = set(re.findall(r"\d[\d,]*\d|\d", body))
    assert printed <= allowed, printed - allowed


def test_reports_never_read_figures_from_extractions() -> None:
    summary = seed_summary()
    stage = summary.articles[0].extraction.stages[0]
    stage.releases[0].count = 4321
    assert "4321" not in render(summary, "md")
    assert "4321" not in render(summary, "html", articles=seed_articles())


def test_conflicting_figure_shows_both_values_with_a_text_label() -> None:
    summary, articles = two_source_summary(390, 400)
    md = render(summary, "md")
    assert "**390 / 400** (CONFLICTING: 390 in [1], 400 in [2])" in md
    html = render(summary, "html", articles=articles)
    assert 'class="fig st-conflicting"' in html
    assert "conflicting: 390 in [1], 400 in [2]" in html
    assert html.count('<mark data-figs="f0" class="conflict') == 2


def test_markdown_escapes_article_words() -> None:
    summary, _ = two_source_summary(390, 390, quote='He said "go" <script>x</script> | *now*')
    md = render(summary, "md")
    assert r'“He said "go" \<script\>x\</script\> \| \*now\*”' in md
    assert r"**Speaker \<i\>X\</i\>**" in md


def test_html_escapes_article_text_titles_and_quotes() -> None:
    text = f"They released 390 people. {XSS} He said \"it's over\" & left."
    summary, articles = two_source_summary(390, 390, text_a=text, quote=f'"{XSS}"')
    articles[0] = articles[0].model_copy(update={"source": f"Outlet {XSS}"})
    summary.articles[0].source = articles[0].source
    html = render(summary, "html", articles=articles)
    found = tags(html)
    assert [t for t, _ in found if t == "script"] == ["script"]  # only the report's own
    assert not [t for t, _ in found if t in ("img", "b", "hr")]
    assert not [a for _, a in found if any(k.startswith("on") for k in a)]
    assert "&lt;script&gt;document.title=&#34;pwned&#34;;document.body.append(" in html
    assert "He said &#34;it&#39;s over&#34; &amp; left." in html


def test_html_is_self_contained_and_only_links_within_itself() -> None:
    html = render(seed_summary(), "html", articles=seed_articles())
    found = tags(html)
    assert not [a for _, a in found if "src" in a]
    hrefs = [a["href"] for _, a in found if a.get("href")]
    ids = {a["id"] for _, a in found if a.get("id")}
    assert hrefs and all(h is not None and h.startswith("#") and h[1:] in ids for h in hrefs)
    csp = next(a["content"] for t, a in found if a.get("http-equiv") == "Content-Security-Policy")
    assert csp is not None and "default-src 'none'" in csp and "'sha256-" in csp


def test_html_marks_evidence_in_both_seed_articles() -> None:
    html = render(seed_summary(), "html", articles=seed_articles())
    panes = html.split('<article id="src-')[1:]
    assert len(panes) == 2
    for pane in panes:
        assert pane.count("<mark ") > 5
    # the overlapping breakdown inside its release sentence is marked once per run
    assert 'id="e-f' in panes[1] and "depth-2" in panes[1]


def test_html_without_article_texts_still_lists_every_source() -> None:
    html = render(seed_summary(), "html")
    assert html.count("The text of this article was not given to the renderer.") == 2
    assert "<mark" not in html


def test_unlocated_evidence_is_listed_not_dropped() -> None:
    summary, articles = two_source_summary(390, 390)
    fact = summary.facts[0]
    fact.sources[1].evidence = Evidence(text="three hundred and ninety", match="none")
    html = render(summary, "html", articles=articles)
    assert "Evidence not found in this text" in html
    assert "“three hundred and ninety”" in html


def test_runs_split_overlapping_and_crossing_spans() -> None:
    text = "0123456789"
    spans = [Span("a", "f1", 0, 6, "A"), Span("b", "f2", 2, 4, "B"), Span("c", "f3", 5, 9, "C"),
             Span("bad", "f4", 8, 40, "out of range")]
    out = runs(text, spans)
    assert "".join(r.text for r in out) == text
    assert [(r.text, r.evidence_ids, r.first) for r in out] == [
        ("01", "a", ("a",)), ("23", "a b", ("b",)), ("4", "a", ()), ("5", "a c", ("c",)),
        ("678", "c", ()), ("9", "", ()),
    ]


@pytest.mark.parametrize(("path", "key"), [
    pytest.param("exchange.agreed_total.count", FactPath("agreement", field="count"), id="plain"),
    pytest.param("exchange.stages[2025-05-23].released[U.S.].count",
                 FactPath("release", when="2025-05-23", party="U.S.", field="count"),
                 id="dots-in-key"),
    pytest.param("attacks[overnight].weapons[ballistic missile]",
                 FactPath("weapon", when="overnight", weapon="ballistic missile"),
                 id="spaces-in-key"),
    pytest.param("attacks[overnight].killed.qualifier",
                 FactPath("attack", when="overnight", field="killed", qualifier=True),
                 id="qualifier"),
    pytest.param("statements[Broken", None, id="unclosed"),
    pytest.param("exchange.stages[2025-05-23].released", None, id="unknown-shape"),
])
def test_fact_path_reads_back_what_it_writes(path: str, key: FactPath | None) -> None:
    assert FactPath.parse(path) == key
    if key is not None:
        assert str(key) == path


def test_unknown_format_is_refused() -> None:
    with pytest.raises(ValueError, match="json, md, html"):
        render(seed_summary(), "xml")


def test_cli_writes_html_with_the_article_texts(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    from summarizer import cli

    class Fixed:
        name, model, prompt_version = "fixture", None, None

    monkeypatch.setattr(cli, "make_backend", lambda config: Fixed())
    monkeypatch.setattr(cli, "summarize", lambda articles, **kwargs: seed_summary())
    out = tmp_path / "report.html"
    result = CliRunner().invoke(cli.app, ["summarize", *SEEDS, "--format", "html", "--out",
                                          str(out)])
    assert result.exit_code == 0, result.output
    assert out.read_text().count('<article id="src-') == 2
    assert "<mark " in out.read_text()
    to_stdout = CliRunner().invoke(cli.app, ["summarize", *SEEDS, "--format", "html"])
    assert to_stdout.stdout.startswith("<!doctype html>")


@pytest.mark.parametrize("status", ["flagged", "unsupported"])
def test_html_marks_a_doubtful_figure_without_striking_it_out(status: str) -> None:
    """An unconfirmed figure may be right: it stays readable, its status in words."""
    summary = Summary(articles=seed_summary().articles, facts=[SummaryFact(
        path="exchange.agreed_total.count", value=1000, status=status,  # type: ignore[arg-type]
        sources=[SourceValue(article_id=seed_summary().articles[0].article_id, value=1000)])])
    html = render(summary, "html", articles=seed_articles())
    assert f'class="fig st-{status}"' in html
    assert ">1,000</button>" in html
    assert "line-through" not in html
    assert "unsupported</span></span> (the number is in the article" in html
