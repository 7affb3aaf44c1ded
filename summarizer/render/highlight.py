"""Cut an article's text into runs covered by the same pieces of evidence.

Evidence spans overlap (a breakdown's "270 servicemen" sits inside its
release's sentence), and HTML `<mark>`s cannot cross each other. Cutting the
text at every span boundary gives flat runs, each marked with the set of
evidences covering it, so nesting never has to be repaired afterwards.
Offsets are the half-open `[start, end)` spans grounding recorded.
"""

from __future__ import annotations

from dataclasses import dataclass
from itertools import pairwise


@dataclass(frozen=True)
class Span:
    """One located piece of evidence: which figure it supports and where."""

    evidence_id: str
    figure_id: str
    start: int
    end: int
    label: str
    conflicting: bool = False


@dataclass(frozen=True)
class Run:
    """A stretch of text and the evidence covering all of it (empty: plain text).

    `first` lists the evidences that begin in this run, which is where their
    anchors go so a link lands on the start of the quote.
    """

    text: str
    spans: tuple[Span, ...] = ()
    first: tuple[str, ...] = ()

    @property
    def figure_ids(self) -> str:
        return " ".join(dict.fromkeys(s.figure_id for s in self.spans))

    @property
    def evidence_ids(self) -> str:
        return " ".join(s.evidence_id for s in self.spans)

    @property
    def title(self) -> str:
        return "; ".join(dict.fromkeys(s.label for s in self.spans))

    @property
    def conflicting(self) -> bool:
        return any(s.conflicting for s in self.spans)


def runs(text: str, spans: list[Span]) -> list[Run]:
    """Split `text` at every span boundary; spans outside the text are clipped away."""
    valid = [s for s in spans if 0 <= s.start < s.end <= len(text)]
    cuts = sorted({0, len(text), *(s.start for s in valid), *(s.end for s in valid)})
    out: list[Run] = []
    for start, end in pairwise(cuts):
        covering = tuple(s for s in valid if s.start <= start and end <= s.end)
        out.append(Run(
            text[start:end],
            covering,
            tuple(s.evidence_id for s in covering if s.start == start),
        ))
    return out
