"""A scripted OpenAI-compatible chat server on 127.0.0.1, for tests and cassette recording.

The answers are written by hand in files next to it (`responses/<script>/`), so
a test states exactly what "the model" replies and which faults the transport
shows. It speaks both shapes instructor asks for: a tool call when the request
carries `tools`, message content otherwise (fenced as ```json when the prompt
asks for a code block). Real HTTP means the real SDK, retries and vcrpy run.

    python -m tests.fakes.server --port 8011 --script tests/fakes/responses/seeds

A script is a JSON file (or a directory holding `script.json`):

    {
      "latency": 0.0,                      seconds added before every answer
      "rules": [                           the first rule whose `when` occurs in the
        {"when": "Source: 000_9391...",    request's message text answers it; a rule
         "replies": [REPLY, ...]}          without `when` answers anything
      ]
    }

The n-th request a rule answers gets its n-th reply; the last reply repeats.
A REPLY is a file name (shorthand for {"extraction": name}) or an object with:

    extraction     file name relative to the script, or an inline object: the answer
    text           the answer as raw text instead (invalid JSON, prose)
    truncate       cut the answer to this many characters
    finish_reason  "stop" unless given ("length" says the token limit cut it)
    usage          {"prompt_tokens": N, "completion_tokens": M}; default ~4 chars a token
    status         answer with this HTTP error status instead (429, 500, 503, ...)
    headers        extra response headers, e.g. {"Retry-After": "2"}
    delay          seconds to wait before answering, on top of `latency`
    disconnect     true: close the connection without answering
    cut            send the headers and this many bytes of the body, then close the
                   connection (a server or proxy dropping it mid-answer)
    trickle        send the body one byte every this many seconds (a server that is never
                   silent long enough for a read timeout, yet never done)
    empty_choices  true: answer with "choices": []
    refusal        answer with this refusal instead of content
    page           answer HTTP 200 with this text as a text/html body instead of a
                   completion (a proxy's login or error page)
"""

from __future__ import annotations

import argparse
import contextlib
import hashlib
import json
import math
import sys
import threading
import time
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

Json = dict[str, Any]

DEFAULT_MODEL = "scripted-fake"
CREATED = 1748044800
"""A fixed timestamp, so re-recorded cassettes change only where the answers do."""
CHARS_PER_TOKEN = 4
POLL_SECONDS = 0.05
"""How often the serving thread checks for shutdown; keeps fixture teardown fast."""


@dataclass
class Rule:
    when: str | None
    replies: list[Json]
    served: int = 0


@dataclass
class Script:
    rules: list[Rule]
    latency: float = 0.0

    @classmethod
    def load(cls, path: str | Path) -> Script:
        file = Path(path)
        if file.is_dir():
            file = file / "script.json"
        return cls.from_dict(json.loads(file.read_text("utf-8")), base=file.parent)

    @classmethod
    def from_dict(cls, data: Mapping[str, Any], base: Path = Path(".")) -> Script:
        """Read reply files once here, so answering a request never touches the disk."""
        rules = [
            Rule(when=rule.get("when"), replies=[_resolve(r, base) for r in rule["replies"]])
            for rule in data["rules"]
        ]
        if not rules or any(not rule.replies for rule in rules):
            raise ValueError("a script needs at least one rule, and every rule a reply")
        return cls(rules=rules, latency=float(data.get("latency", 0.0)))


def _resolve(reply: str | Mapping[str, Any], base: Path) -> Json:
    resolved = {"extraction": reply} if isinstance(reply, str) else dict(reply)
    if isinstance(resolved.get("extraction"), str):
        resolved["extraction"] = json.loads((base / resolved["extraction"]).read_text("utf-8"))
    return resolved


def _message_text(body: Mapping[str, Any]) -> str:
    parts: list[str] = []
    for message in body.get("messages") or []:
        content = message.get("content")
        if isinstance(content, str):
            parts.append(content)
        elif isinstance(content, list):
            parts.extend(str(p.get("text", "")) for p in content if isinstance(p, dict))
    return "\n".join(parts)


@dataclass
class ScriptedServer:
    """The server, run in a daemon thread; thread-safe, so concurrent clients can load it."""

    script: Script
    host: str = "127.0.0.1"
    port: int = 0
    model: str = DEFAULT_MODEL
    requests: list[Json] = field(default_factory=list)
    most_at_once: int = 0
    """The most chat requests held at one time, each from its body read to its answer's
    start: inside the client's exchange, so never more than the client has out."""

    def __post_init__(self) -> None:
        self._lock = threading.Lock()
        self._at_once = 0
        self._httpd = _HTTPServer((self.host, self.port), _Handler)
        self._httpd.owner = self
        self._thread: threading.Thread | None = None

    @property
    def base_url(self) -> str:
        host, port = self._httpd.server_address[:2]
        return f"http://{host!s}:{port}/v1"

    def start(self) -> ScriptedServer:
        self._thread = threading.Thread(target=self._httpd.serve_forever, args=(POLL_SECONDS,),
                                        daemon=True,
                                        name="scripted-openai")
        self._thread.start()
        return self

    def serve_forever(self) -> None:
        """Serve in the calling thread, as the command line does."""
        try:
            self._httpd.serve_forever()
        finally:
            self._httpd.server_close()

    def stop(self) -> None:
        self._httpd.shutdown()
        self._httpd.server_close()
        if self._thread is not None:
            self._thread.join(timeout=5)

    def __enter__(self) -> ScriptedServer:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()

    def use(self, script: Script) -> None:
        """Swap the script between tests without restarting the server."""
        with self._lock:
            self.script = script
            self.requests.clear()

    @contextlib.contextmanager
    def holding(self) -> Iterator[None]:
        """Counts a request as held at the server while it waits for its answer."""
        with self._lock:
            self._at_once += 1
            self.most_at_once = max(self.most_at_once, self._at_once)
        try:
            yield
        finally:
            with self._lock:
                self._at_once -= 1

    def next_reply(self, body: Json) -> Json:
        text = _message_text(body)
        with self._lock:
            self.requests.append(body)
            for rule in self.script.rules:
                if rule.when is None or rule.when in text:
                    reply = rule.replies[min(rule.served, len(rule.replies) - 1)]
                    rule.served += 1
                    return reply
        return {"status": 404, "message": "no rule of the script matches this request"}


class _HTTPServer(ThreadingHTTPServer):
    daemon_threads = True
    request_queue_size = 128
    owner: ScriptedServer

    def handle_error(self, request: Any, client_address: Any) -> None:
        """A client that timed out and hung up is a scripted outcome, not a server bug."""
        if not isinstance(sys.exc_info()[1], ConnectionError):
            super().handle_error(request, client_address)


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    disable_nagle_algorithm = True
    """Headers and body go out in two writes; with Nagle on, the body waits for the client's
    delayed ACK (~40 ms), which would swamp a benchmark's scripted latency."""
    server: _HTTPServer

    def log_message(self, format: str, *args: Any) -> None:
        """Silent: a load test sends thousands of requests."""

    def do_GET(self) -> None:
        if self.path.rstrip("/").endswith("/models"):
            model = {"id": self.server.owner.model, "object": "model", "created": CREATED,
                     "owned_by": "tests.fakes"}
            self._send(200, {"object": "list", "data": [model]})
        else:
            self._send(404, _error(404, f"no route {self.path}"))

    def do_POST(self) -> None:
        raw = self.rfile.read(int(self.headers.get("Content-Length") or 0))
        if not self.path.rstrip("/").endswith("/chat/completions"):
            self._send(404, _error(404, f"no route {self.path}"))
            return
        try:
            body = json.loads(raw)
        except json.JSONDecodeError as exc:
            self._send(400, _error(400, f"request body is not JSON: {exc}"))
            return
        owner = self.server.owner
        with owner.holding():
            reply = owner.next_reply(body)
            pause = owner.script.latency + float(reply.get("delay", 0.0))
            if pause > 0:
                time.sleep(pause)
        if reply.get("disconnect"):
            self.close_connection = True
            return
        if "status" in reply:
            status = int(reply["status"])
            message = reply.get("message", f"scripted fault {status}")
            self._send(status, _error(status, message), reply.get("headers", {}))
            return
        if "page" in reply:
            self._send_page(str(reply["page"]))
            return
        self._send(200, completion(body, reply, raw, owner.model), reply.get("headers", {}),
                   trickle=float(reply.get("trickle", 0.0)), cut=reply.get("cut"))

    def _send(self, status: int, payload: Json, headers: Mapping[str, str] | None = None,
              *, trickle: float = 0.0, cut: int | None = None) -> None:
        data = json.dumps(payload, ensure_ascii=False).encode("utf-8")
        self.send_response(status)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(data)))
        for name, value in (headers or {}).items():
            self.send_header(name, str(value))
        self.end_headers()
        if cut is not None:
            self.wfile.write(data[:int(cut)])
            self.wfile.flush()
            self.close_connection = True
            return
        if trickle <= 0:
            self.wfile.write(data)
            return
        for byte in range(len(data)):  # ends early with a ConnectionError once the client quits
            self.wfile.write(data[byte:byte + 1])
            time.sleep(trickle)


    def _send_page(self, page: str) -> None:
        data = page.encode("utf-8")
        self.send_response(200)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)


def _error(status: int, message: str) -> Json:
    return {"error": {"message": message, "type": "scripted_fault", "code": status}}


def _answer_text(body: Json, reply: Json) -> str:
    if "text" in reply:
        text = str(reply["text"])
    elif "extraction" in reply:
        text = json.dumps(reply["extraction"], ensure_ascii=False)
    else:
        text = ""
    if not body.get("tools") and "```json" in _message_text(body):
        text = f"```json\n{text}\n```"
    if "truncate" in reply:
        text = text[: int(reply["truncate"])]
    return text


def completion(body: Json, reply: Json, raw: bytes, model: str) -> Json:
    """A chat completion in the shape the request asked for: a tool call, or content."""
    digest = hashlib.sha256(raw).hexdigest()[:24]
    text = _answer_text(body, reply)
    message: Json = {"role": "assistant", "content": None}
    if "refusal" in reply:
        message["refusal"] = str(reply["refusal"])
    elif body.get("tools"):
        choice = body.get("tool_choice")
        name = (choice["function"]["name"] if isinstance(choice, dict)
                else body["tools"][0]["function"]["name"])
        message["tool_calls"] = [{"id": f"call_{digest[:16]}", "type": "function",
                                  "function": {"name": name, "arguments": text}}]
    else:
        message["content"] = text
    usage = reply.get("usage") or {
        "prompt_tokens": math.ceil(len(raw) / CHARS_PER_TOKEN),
        "completion_tokens": math.ceil(len(text) / CHARS_PER_TOKEN),
    }
    choices = [] if reply.get("empty_choices") else [
        {"index": 0, "message": message, "logprobs": None,
         "finish_reason": reply.get("finish_reason", "stop")}
    ]
    return {
        "id": f"chatcmpl-{digest}",
        "object": "chat.completion",
        "created": CREATED,
        "model": body.get("model") or model,
        "choices": choices,
        "usage": {**usage, "total_tokens": usage["prompt_tokens"] + usage["completion_tokens"]},
    }


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(prog="python -m tests.fakes.server", description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--script", required=True,
                        help="a script file, or a directory holding script.json")
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, default=8011)
    parser.add_argument("--model", default=DEFAULT_MODEL, help="the id GET /v1/models lists")
    parser.add_argument("--latency", type=float, help="override the script's latency, in seconds")
    args = parser.parse_args(argv)
    script = Script.load(args.script)
    if args.latency is not None:
        script.latency = args.latency
    server = ScriptedServer(script, host=args.host, port=args.port, model=args.model)
    print(f"serving {args.script} at {server.base_url}", flush=True)
    with contextlib.suppress(KeyboardInterrupt):
        server.serve_forever()


if __name__ == "__main__":
    main()
