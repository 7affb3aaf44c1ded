"""The model backend: every module that talks to an OpenAI-compatible endpoint.

`backend` builds the client, `transport` sends one request with its two retry
loops, `prompts` renders the versioned templates, `compact` is the small schema
for small local models, `chunking` splits long articles for the model's
context, `local` serves SmolLM2 on 127.0.0.1, and `batch_api` speaks the OpenAI
Batch API. Only this package imports `openai`, `instructor` or `httpx` (an
import contract in pyproject.toml says so), and the rest of the package imports
it only when the `openai` backend is chosen.
"""
