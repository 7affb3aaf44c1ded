"""A compact projection of `ArticleExtraction` for small local models, converted back by code.

llama.cpp turns the tool schema into a grammar, and the cost of sampling under
it grows with the number of optional properties (each one multiplies the
orders the grammar must allow). On the full schema SmolLM2-135M decoded at
about 2 tokens/s on two cores. This projection keeps only what the model
must write: no code-filled fields (dates, offsets, match kinds), evidence as
a plain string, and every property required (null when absent), so the
grammar is one fixed sequence. `to_extraction` maps an answer back to the
full model (`full.*`, beside the compact `C*` classes); nothing is computed, only
moved.
"""

from __future__ import annotations

from typing import Annotated

from pydantic import BaseModel, ConfigDict, Field

from summarizer import models as full

EVIDENCE = "The article's words stating this fact, copied exactly, with its number."

Name = Annotated[str, Field(max_length=32)]
Text = Annotated[str, Field(max_length=160)]
"""Length and item bounds become repetition bounds in the grammar, so the longest answer
the grammar admits fits in LOCAL_MAX_TOKENS: a model that starts repeating stages or
copying the article into one string is stopped by the grammar, not by a timeout."""


class _Compact(BaseModel):
    model_config = ConfigDict(extra="forbid")


class CBreakdown(_Compact):
    category: Name
    count: int = Field(ge=0)
    evidence: Text = Field(description=EVIDENCE)


class CRelease(_Compact):
    released_by: Name = Field(description="The party that set these people free.")
    count: int = Field(ge=0)
    breakdown: list[CBreakdown] = Field(max_length=3)
    evidence: Text = Field(description=EVIDENCE)


class CStage(_Compact):
    time_expression: Name | None = Field(description="As written: 'on Friday'.")
    releases: list[CRelease] = Field(max_length=2)


class CCumulative(_Compact):
    received_by: Name
    count: int = Field(ge=0)
    evidence: Text = Field(description=EVIDENCE)


class CAgreement(_Compact):
    total: int = Field(ge=0)
    per_side: bool
    place: Name | None
    evidence: Text = Field(description=EVIDENCE)


class CWeapon(_Compact):
    type: full.WeaponType
    count: int | None = Field(ge=0)
    evidence: Text = Field(description=EVIDENCE)


class CAttack(_Compact):
    time_expression: Name | None
    attacker: Name | None
    targets: list[Name] = Field(max_length=3)
    weapons: list[CWeapon] = Field(max_length=4)
    killed: int | None = Field(ge=0)
    injured: int | None = Field(ge=0)
    evidence: Text = Field(description=EVIDENCE)


class CStatement(_Compact):
    speaker: Name
    quote: Text | None = Field(description="The words inside quotation marks, exactly.")
    evidence: Text = Field(description=EVIDENCE)


class CompactExtraction(_Compact):
    """What one article reports as news, in the fewest fields."""

    agreement: CAgreement | None
    stages: list[CStage] = Field(max_length=3)
    cumulative: list[CCumulative] = Field(max_length=2)
    attacks: list[CAttack] = Field(max_length=2)
    statements: list[CStatement] = Field(max_length=4)


def _evidence(text: str) -> full.Evidence:
    return full.Evidence(text=text)


def _casualties(count: int | None, evidence: str) -> full.Casualties | None:
    return None if count is None else full.Casualties(count=count, evidence=_evidence(evidence))


def to_extraction(compact: CompactExtraction) -> full.ArticleExtraction:
    """The full model of a compact answer. A casualty count shares its attack's evidence:
    the compact schema has one evidence per attack, so grounding checks it there."""
    agreement = compact.agreement
    return full.ArticleExtraction(
        agreement=None if agreement is None else full.Agreement(
            total=agreement.total, per_side=agreement.per_side, place=agreement.place,
            evidence=_evidence(agreement.evidence)),
        stages=[full.ExchangeStage(time_expression=s.time_expression, releases=[
            full.Release(released_by=r.released_by, count=r.count,
                         evidence=_evidence(r.evidence),
                         breakdown=[full.BreakdownItem(category=b.category, count=b.count,
                                                       evidence=_evidence(b.evidence))
                                    for b in r.breakdown])
            for r in s.releases]) for s in compact.stages],
        cumulative=[full.CumulativeTotal(received_by=c.received_by, count=c.count,
                                         evidence=_evidence(c.evidence))
                    for c in compact.cumulative],
        attacks=[full.Attack(time_expression=a.time_expression, attacker=a.attacker,
                             targets=a.targets,
                             weapons=[full.WeaponCount(type=w.type, count=w.count,
                                                       evidence=_evidence(w.evidence))
                                      for w in a.weapons],
                             killed=_casualties(a.killed, a.evidence),
                             injured=_casualties(a.injured, a.evidence),
                             evidence=_evidence(a.evidence)) for a in compact.attacks],
        statements=[full.Statement(speaker=s.speaker, quote=s.quote,
                                   evidence=_evidence(s.evidence)) for s in compact.statements],
    )
