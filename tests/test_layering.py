"""The deterministic core never imports the model client (see also `lint-imports`)."""

from __future__ import annotations

import subprocess
import sys

CORE = ["summarizer.models", "summarizer.summary", "summarizer.articles", "summarizer.text",
        "summarizer.facts", "summarizer.grounding", "summarizer.validate", "summarizer.merge",
        "summarizer.render", "summarizer.pipeline", "summarizer.cli", "summarizer"]


def test_core_and_offline_path_load_no_model_client() -> None:
    code = (
        f"import sys\nfor m in {CORE!r}: __import__(m)\n"
        "from summarizer.backends import BackendConfig, make_backend\n"
        "make_backend(BackendConfig(backend='rules'))\n"
        "print(sorted(m for m in ('openai', 'instructor', 'httpx') if m in sys.modules))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"
