"""One fact of the summary as a report shows it: a `Figure`, with its value in words,
its status and the sources that give it.

Kept apart from the layout into sections (`view.py`) because every part of a report
prints figures the same way: the sections, the headline (`headline.py`) and both
templates' helpers (`markdown.py`, `html.py`) read a figure's words, and none of them
needs to know where the view files it.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cached_property

from summarizer.fact_paths import FactPath
from summarizer.render.labels import label, value_text
from summarizer.summary import FactStatus, Summary, SummaryFact

STATUS_TEXT: dict[FactStatus, str] = {
    "corroborated": "corroborated",
    "single_source": "single source",
    "derived": "derived",
    "conflicting": "conflicting",
    "updated": "updated",
    "unsupported": "unsupported",
    "flagged": "flagged: not verified",
}


@dataclass(frozen=True)
class Figure:
    """One fact of the summary as shown: its value, status and where it was read.

    `id` is the fact's index in `Summary.facts`, since statement paths repeat.
    `inputs` are the facts a derived figure was computed from, so the reader
    can follow a derived number back to the evidence of its parts.
    Its key and words are computed once (cached properties): the sections, the
    headline, the checks and the templates read them again for every figure.
    """

    id: str
    fact: SummaryFact
    sources: tuple[int, ...]
    inputs: tuple[Figure, ...] = ()

    @cached_property
    def key(self) -> FactPath | None:
        return self.fact.key

    @cached_property
    def label(self) -> str:
        return label(self.fact.path, self.key)

    @cached_property
    def text(self) -> str:
        """The value; a conflicting figure shows every value its sources disagree on (not
        the ones a later report superseded: those are its history)."""
        if self.fact.status != "conflicting":
            return value_text(self.fact.value, self.fact.qualifier)
        seen = dict.fromkeys(value_text(s.value, s.qualifier) for s in self.fact.sources
                             if not s.superseded)
        return " / ".join(seen)

    @cached_property
    def name(self) -> str:
        """The last key of the path: the region, weapon or category a figure is about."""
        found = self.key.keys if self.key is not None else ()
        return found[-1] if found else self.label

    @cached_property
    def status(self) -> str:
        return STATUS_TEXT[self.fact.status]

    @cached_property
    def source_values(self) -> tuple[tuple[int, str], ...]:
        """(source number, value) per source: what a conflict or an update is made of.
        A conflicting figure's superseded values are not among them (`earlier_values`)."""
        return self._values(superseded=False)

    @cached_property
    def earlier_values(self) -> tuple[tuple[int, str], ...]:
        """(source number, value) per source that a later report superseded: the history
        of a conflicting figure, shown apart from the sides of its disagreement."""
        return self._values(superseded=True)

    def _values(self, *, superseded: bool) -> tuple[tuple[int, str], ...]:
        return tuple(
            (n, value_text(s.value, s.qualifier))
            for n, s in zip(self.sources, self.fact.sources, strict=True)
            if s.superseded is superseded
        )

    @cached_property
    def highlight_ids(self) -> tuple[str, ...]:
        """Whose evidence lights up for this figure: its own, or its inputs' when derived."""
        return (self.id,) if self.fact.sources else tuple(i.id for i in self.inputs)


def summary_figures(summary: Summary, numbers: dict[str, int]) -> list[Figure]:
    """Every fact of the summary as a figure, in the summary's order, its sources
    numbered by `numbers` (article id -> source number). A remaining count, derived,
    takes as inputs what it was derived from, the agreed total (when the summary has
    one) and the running total of its day, so the reader can follow it back to their
    evidence."""
    plain = [
        Figure(f"f{i}", fact, tuple(numbers.get(s.article_id, 0) for s in fact.sources))
        for i, fact in enumerate(summary.facts)
    ]
    by_key = {f.key: f for f in plain}
    agreed = by_key.get(FactPath("agreement", field="count"))
    out: list[Figure] = []
    for fig in plain:
        key = fig.key
        if key is not None and key.kind == "remaining" and agreed is not None:
            total = by_key.get(FactPath("cumulative", when=key.when, field="count"))
            fig = Figure(fig.id, fig.fact, fig.sources,
                         tuple(f for f in (agreed, total) if f is not None))
        out.append(fig)
    return out
