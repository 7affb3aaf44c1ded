"""The trust test on a real model's real mistakes, replayed offline.

The cassettes in cassettes/test_local_model/ were recorded against
SmolLM2-135M-Instruct (Q4_1) served by llama-cpp-python's server: every
response in them is what that model said (their metadata names the server
version). It is small and often wrong, which is the point: the assertions are
about what the validator did with its answers, never about its words.

Re-record (needs the 'local' extra; starts the server on a free port; about 6 min
on 2 cores):

    SUMMARIZER_RECORD=local python -m pytest tests/test_local_model.py --record-mode=rewrite
"""

from __future__ import annotations

import json
import os
from typing import Any

import pytest
import yaml
from vcr.cassette import Cassette
from vcr.request import Request

from summarizer import load_articles
from summarizer.backends.openai.backend import OpenAIBackend
from summarizer.backends.openai.compact import CompactExtraction, to_extraction
from summarizer.backends.openai.local import local_config, server_version
from summarizer.backends.openai.transport import UnusableAnswer
from summarizer.errors import RejectedRequest, TransportRetriesExhausted
from summarizer.evaluate.figures import WrongFigures, count_wrong_figures
from summarizer.evaluate.flatten import gold_facts
from summarizer.evaluate.gold import load_gold
from summarizer.merge import merge
from summarizer.models import Article, ArticleExtraction, FindingCode
from summarizer.pipeline import check, process_article, reaskable
from summarizer.summary import ArticleResult, Summary, Usage
from tests.conftest import CASSETTES, FAST, REPLAY_URL, ROOT, SEEDS
from tests.trust import leaks, shown_as_verified_but_flagged

CASES = ROOT / "tests" / "data" / "cases"
ARTICLES = {
    "seed-000": SEEDS / "000_9391f326c2eaa901.txt",
    "seed-001": SEEDS / "001_23b64bebdaa24c53.txt",
    "ua-air-attack-158": CASES / "ua-air-attack-158" / "reuters.txt",
    "am-az-prisoner-swap": CASES / "am-az-prisoner-swap" / "azatutyun.txt",
}
# What the eval calls the model's wrong figures in the answer each article kept, against
# the gold file beside it: (invented, misassigned). Every one must be flagged.
WRONG_FIGURES = {
    "seed-000": (10, 1),
    "seed-001": (8, 2),
    "ua-air-attack-158": (19, 0),
    "am-az-prisoner-swap": (6, 1),
}
REAL_MODEL = "SmolLM2-135M-Instruct Q4_1 via llama.cpp server"
MAX_REASKS = 1


@pytest.fixture
def vcr_config(vcr_config: dict[str, Any]) -> dict[str, Any]:
    """Keep only model calls: the server fixture's readiness poll (GET /v1/models) may run
    inside the first test's cassette while recording."""
    scrub = vcr_config["before_record_request"]

    def model_calls_only(request: Request) -> Request | None:
        return scrub(request) if request.path.endswith("/chat/completions") else None

    return {**vcr_config, "before_record_request": model_calls_only}


@pytest.fixture
def real_backend(vcr: Cassette, record_mode: str, request: pytest.FixtureRequest) -> OpenAIBackend:
    """On replay the backend points nowhere; with SUMMARIZER_RECORD=local and a record mode
    it talks to the real server and the cassette says which version answered."""
    base_url = REPLAY_URL
    against = f"live endpoint: {REAL_MODEL} (version unknown)"
    if record_mode != "none":
        if os.environ.get("SUMMARIZER_RECORD") != "local":
            pytest.skip("these cassettes are recorded only against the real model: "
                        "set SUMMARIZER_RECORD=local")
        base_url = request.getfixturevalue("local_server").base_url
        against = f"live endpoint: {REAL_MODEL} {server_version()}"
    vcr.get_metadata("recorded_against", against)
    vcr.get_metadata("model", "smollm2")
    return OpenAIBackend(local_config(base_url), backoff=FAST)


def _article(name: str) -> Article:
    [article] = load_articles([ARTICLES[name]])
    return article


def _recorded_usage(vcr: Cassette) -> Usage:
    """What the server billed, read from the recorded responses themselves."""
    total = Usage()
    for response in vcr.responses:
        if response["status"]["code"] != 200:
            continue
        tokens = json.loads(response["body"]["string"]).get("usage") or {}
        total += Usage(calls=1, prompt_tokens=tokens.get("prompt_tokens", 0),
                       completion_tokens=tokens.get("completion_tokens", 0))
    return total


@pytest.mark.vcr
@pytest.mark.block_network(allowed_hosts=["127.0.0.1"])
@pytest.mark.parametrize("name", list(ARTICLES))
async def test_every_real_figure_is_grounded_or_flagged(
    real_backend: OpenAIBackend, vcr: Cassette, name: str
) -> None:
    article = _article(name)
    try:
        result = await process_article(article, real_backend, max_reasks=MAX_REASKS)
    except (UnusableAnswer, RejectedRequest, TransportRetriesExhausted) as error:
        # Bounded failures (an answer cut off or never fitting the schema, a context
        # overflow once re-ask turns grew the messages): an error, never a hang, with the
        # tokens the answers before it cost.
        assert error.usage == _recorded_usage(vcr)
        return

    assert leaks(article, result) == []
    # Every attempt's tokens are counted, the re-asks' too.
    assert result.usage == _recorded_usage(vcr)
    assert 1 <= result.attempts <= 1 + MAX_REASKS
    ArticleExtraction.model_validate(result.extraction.model_dump())
    _assert_reasked_with_its_own_errors(article, vcr, result.attempts)
    # A figure an error names is never presented as verified in the summary.
    summary = merge([result], articles=[article])
    assert shown_as_verified_but_flagged(summary) == []
    # Issue 19's measure on a real model's answers: every number it made up or attached
    # to the wrong fact carries an error or support finding.
    figures = _wrong_figures(name, article, summary)
    assert (figures["invented"], figures["misassigned"]) == WRONG_FIGURES[name]
    assert figures["invented_flagged"] == figures["invented"]
    assert figures["misassigned_flagged"] == figures["misassigned"]


def _wrong_figures(name: str, article: Article, summary: Summary) -> WrongFigures:
    loaded = load_gold(ARTICLES[name].parent / "gold.json")
    return count_wrong_figures(gold_facts(loaded.gold), summary, [article], loaded.gold.aliases)


def _first_answer(vcr: Cassette) -> ArticleExtraction | None:
    """The first recorded tool call read as the pipeline reads it (compact schema, raw
    line breaks in strings tolerated), or None when it did not fit the schema
    (instructor then re-asked inside the call)."""
    return _answer(vcr.responses[0]["body"]["string"])


def _answer(body: str | bytes) -> ArticleExtraction | None:
    message = json.loads(body)["choices"][0]["message"]
    try:
        arguments = message["tool_calls"][0]["function"]["arguments"]
        compact = CompactExtraction.model_validate(json.loads(arguments, strict=False))
    except (KeyError, IndexError, ValueError):
        return None
    return to_extraction(compact)


def _assert_reasked_with_its_own_errors(article: Article, vcr: Cassette, attempts: int) -> None:
    """The model's own errors in the first answer go back to it, word for word, once."""
    first = _first_answer(vcr)
    if first is None:
        return
    fixable = reaskable(check(article, first)[1])
    assert attempts == (2 if fixable and MAX_REASKS else 1)
    if fixable:
        reask = json.loads(vcr.requests[-1].body)["messages"][1]["content"]
        for finding in fixable:
            assert finding.reask_text in reask


def _interactions(name: str) -> list[dict[str, Any]]:
    cassette = CASSETTES / "test_local_model" / (
        f"test_every_real_figure_is_grounded_or_flagged[{name}].yaml")
    interactions: list[dict[str, Any]] = yaml.safe_load(cassette.read_text("utf-8"))[
        "interactions"]
    return interactions


def test_the_cassettes_hold_re_asks_of_the_models_own_errors() -> None:
    """The re-ask assertion above is not vacuous: in some cassettes the first answer
    parses, has errors the model caused, and is followed by a re-ask."""
    reasked = []
    for name, path in ARTICLES.items():
        interactions = _interactions(name)
        first = _answer(interactions[0]["response"]["body"]["string"])
        [article] = load_articles([path])
        if first is not None and reaskable(check(article, first)[1]) and len(interactions) > 1:
            reasked.append(name)
    assert reasked


def test_the_real_answers_merged_make_no_conflict_between_flagged_values() -> None:
    """The model's last answers, merged as one summary: it invented an agreement in
    three articles, each placed elsewhere ('Ukraine', '10', a clause), every time read
    from a fragment that is not in the article. A place cited from missing evidence
    carries that evidence's flag, so the places are no disagreement to report."""
    results = []
    for name in ARTICLES:
        answer = _answer(_interactions(name)[-1]["response"]["body"]["string"])
        if answer is None:
            continue
        article = _article(name)
        checked, findings = check(article, answer)
        results.append(ArticleResult(article_id=article.id, source=article.source,
                                     published=article.published, backend="replayed",
                                     extraction=checked, findings=findings))
    summary = merge(results)
    assert [f.facts for f in summary.findings if f.code is FindingCode.conflict] == []
    [place] = [f for f in summary.facts if f.path == "exchange.agreed_at.place"]
    assert (place.status, len(place.sources)) == ("flagged", 3)


def test_the_cassettes_name_the_real_model_and_its_version() -> None:
    files = sorted((CASSETTES / "test_local_model").glob("*.yaml"))
    assert len(files) >= len(ARTICLES)
    for path in files:
        metadata = yaml.safe_load(path.read_text("utf-8"))["metadata"]
        assert metadata["recorded_against"].startswith(f"live endpoint: {REAL_MODEL} 0.")
        assert metadata["model"] == "smollm2"
