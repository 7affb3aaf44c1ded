"""A backend that answers as a script says, for eval tests that feed run_eval the
extractions a model might give."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from summarizer import Article, ArticleExtraction, Attempt, Usage


class ByStem:
    """Answers each article with the extraction scripted for the stem its id begins with
    (an eval case names its articles by file: 'wire.txt' is read as 'wire...')."""

    name = "scripted"
    model: str | None = None
    prompt_version: str | None = None

    def __init__(self, script: Mapping[str, ArticleExtraction]) -> None:
        self.script = script

    async def extract(self, article: Article, feedback: Sequence[str] = ()) -> Attempt:
        stem = next(stem for stem in self.script if article.id.startswith(stem))
        return Attempt(self.script[stem], Usage(calls=1))
