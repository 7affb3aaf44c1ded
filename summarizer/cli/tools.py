"""`schema` and `serve-local`: the generated JSON Schemas, and a local model to ask."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Annotated

import typer

from summarizer.cli.common import err, failures_exit_1
from summarizer.schemas import stale_schemas, write_schemas


def schema_command(
    out: Annotated[Path, typer.Option("--out", "-o", help="Directory for the files.")] = Path(
        "schemas"),
    check: Annotated[bool, typer.Option(
        "--check", help="Write nothing; exit 1 if the files differ from the models.")] = False,
) -> None:
    """Write the JSON Schemas of ArticleExtraction and Summary (generated from the models).

    \b
    Examples:
      summarizer schema                      # rewrite schemas/ after changing the models
      summarizer schema --check              # CI: exit 1 if schemas/ is stale
      summarizer schema --out /tmp/schemas   # write them elsewhere, e.g. for a consumer
    """
    if check:
        stale = stale_schemas(out)
        if stale:
            err.print(f"stale schemas in {out}: {', '.join(stale)}; run `summarizer schema`")
            raise typer.Exit(1)
        err.print(f"schemas in {out} are up to date")
        return
    for path in write_schemas(out):
        err.print(f"wrote {path}")


def serve_local_command(
    model_path: Annotated[Path | None, typer.Option(
        "--model-path", help="A GGUF model file; default: SmolLM2-135M-Instruct from the "
        "'local' extra.", show_default=False)] = None,
    port: Annotated[int, typer.Option(min=1, max=65535, help="Port on 127.0.0.1.")] = 8080,
    n_ctx: Annotated[int, typer.Option("--n-ctx", min=512, help="Context size in tokens: "
                                       "prompt, article and answer together.")] = 8192,
) -> None:
    """Serve a local model (llama.cpp) on 127.0.0.1 until Ctrl-C; no key, no network.

    \b
    Needs the 'local' extra: pip install "summarizer\\[local]" (in a checkout:
    pip install -e ".\\[local]"). Then, in another shell:
      summarizer summarize seeds/*.txt --base-url http://127.0.0.1:8080/v1 --model smollm2
    """
    from summarizer.backends.openai.local import MODEL_ALIAS, start_server

    with failures_exit_1():
        err.print("starting the llama.cpp server (loading the model takes a few seconds)...")
        server = start_server(model_path, port=port, n_ctx=n_ctx)
    err.print(f"serving {server.model_path.name} as '{MODEL_ALIAS}' until Ctrl-C. Use:")
    sys.stdout.write(f"--base-url {server.base_url} --model {MODEL_ALIAS}\n")
    sys.stdout.flush()
    server.serve_until_stopped()
    err.print("server stopped")
