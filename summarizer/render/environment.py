"""The Jinja environment the templated formats (HTML, Markdown) load from."""

from __future__ import annotations

import jinja2


def environment(*, autoescape: bool, keep_trailing_newline: bool = False) -> jinja2.Environment:
    """The package's templates, strict: a field a template names and the report lacks is an
    error, never an empty cell. HTML escapes every value (article text is untrusted);
    Markdown is plain text, and keeps its final newline."""
    return jinja2.Environment(
        loader=jinja2.PackageLoader("summarizer.render", "templates"),
        autoescape=autoescape,
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=keep_trailing_newline,
    )
