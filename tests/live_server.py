"""Start the real local model server for tests, or say exactly why it cannot run here.

Used by the `local_server` fixture (tests/conftest.py): by the `live_model`
tests, and when re-recording the real-model cassettes of tests/test_local_model.py.
"""

from __future__ import annotations

import tempfile
from collections.abc import Iterator
from contextlib import contextmanager

import pytest

from summarizer.backends.openai.local import LocalServer, find_gguf, server_installed, start_server
from summarizer.errors import ConfigError

TEST_N_CTX = 8192
"""A seed's prompt is about 800 tokens, but instructor's schema retry appends the failed
answer and its error: at 4k the server refused seed 000's retry as a context overflow."""


def missing() -> str | None:
    """Why the real server cannot start here, or None when it can."""
    if not server_installed():
        return ("llama-cpp-python[server] is not installed; "
                'pip install -e ".[local]" to run the real-model tests')
    try:
        find_gguf()
    except ConfigError as error:
        return str(error)
    return None


@contextmanager
def running_server() -> Iterator[LocalServer]:
    """A server on a free loopback port; its log is shown when it fails to start."""
    reason = missing()
    if reason is not None:
        pytest.skip(reason)
    with tempfile.TemporaryFile() as log:
        try:
            server = start_server(n_ctx=TEST_N_CTX, log=log, ready_timeout=180)
        except ConfigError as error:
            log.seek(0)
            tail = log.read()[-2000:].decode("utf-8", "replace")
            pytest.fail(f"{error}\n--- server log ---\n{tail}")
        with server:
            yield server
