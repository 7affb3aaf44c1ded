"""Prompt templates are files in `prompts/`, named `<name>.v<N>.<part>.j2`.

They ship inside the wheel (as `summarizer/data/prompts`) and are read from the
repository's top-level `prompts/` in a source checkout. The version string
recorded in every output is the name, the version, and a hash of the template
text, so an edited template can never pass for the old one in a cache or a
cassette.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass
from functools import cache
from pathlib import Path

import jinja2

from summarizer.errors import ConfigError
from summarizer.models import Article

ARTICLE_OPEN = "<<<ARTICLE"
ARTICLE_CLOSE = "ARTICLE>>>"
_FILE = re.compile(r"^(?P<name>[a-z_]+)\.v(?P<version>\d+)\.(?P<part>system|user)\.j2$")


def prompts_dir() -> Path:
    """The installed copy inside the package, else the source checkout's top level."""
    package = Path(__file__).resolve().parents[2]
    for candidate in (package / "data" / "prompts", package.parent / "prompts"):
        if candidate.is_dir():
            return candidate
    raise ConfigError("prompt templates not found; reinstall summarizer")


_CONTROL = re.compile(r"[\s\x00-\x1f\x7f-\x9f\u2028\u2029]+")


def _one_line(text: str) -> str:
    """Metadata above the fence (the source) on one line: a newline in a JSONL field could
    otherwise forge a line of its own, such as a publication date."""
    return _CONTROL.sub(" ", text).strip()


def _fence(text: str) -> str:
    """Defang the delimiters inside untrusted text so it cannot close its own block."""
    return text.replace(ARTICLE_CLOSE, "ARTICLE> >>").replace(ARTICLE_OPEN, "<< <ARTICLE")


@dataclass(frozen=True)
class Prompt:
    name: str
    version: int
    system_template: str
    user_template: str

    @property
    def id(self) -> str:
        digest = hashlib.sha256(
            (self.system_template + "\0" + self.user_template).encode()
        ).hexdigest()[:8]
        return f"{self.name}.v{self.version}+{digest}"

    def render(self, article: Article, feedback: list[str] | None = None) -> tuple[str, str]:
        """Return (system, user) messages for one article."""
        user = _compiled(self.user_template).render(
            published=article.published.isoformat() if article.published else None,
            source=_fence(_one_line(article.source)),
            text=_fence(article.text),
            # Findings quote article text, so they are fenced like the article itself.
            feedback=[_fence(item) for item in feedback or []],
        )
        return self.system_template.strip(), user.strip()


@cache
def _compiled(template: str) -> jinja2.Template:
    """Compile each template once: compiling costs ~3 ms, which a batch of thousands of
    articles would pay on every request."""
    env = jinja2.Environment(
        autoescape=False, undefined=jinja2.StrictUndefined, keep_trailing_newline=True
    )
    return env.from_string(template)


@cache
def load_prompt(name: str = "extract", version: int | None = None) -> Prompt:
    """Load a prompt by name; without a version, the highest one present."""
    directory = prompts_dir()
    versions: dict[int, dict[str, str]] = {}
    for path in directory.iterdir():
        match = _FILE.match(path.name)
        if match and match["name"] == name:
            versions.setdefault(int(match["version"]), {})[match["part"]] = path.read_text("utf-8")
    if not versions:
        raise ConfigError(f"no prompt named {name!r} in {directory}")
    chosen = version if version is not None else max(versions)
    parts = versions.get(chosen)
    if parts is None or set(parts) != {"system", "user"}:
        raise ConfigError(f"prompt {name!r} v{chosen} needs both a .system.j2 and a .user.j2 file "
                          f"in {directory}")
    return Prompt(name, chosen, parts["system"], parts["user"])
