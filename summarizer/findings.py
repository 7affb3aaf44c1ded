"""What the checks say: findings, with a kind, a severity and a stable code.

A finding's `message` is prose for a journalist and may be reworded at any
time; its `code` is the contract. Tests, evaluation and any program reading a
summary match on the code, never on the words. Codes are `<kind>.<what>`, so
the kind is part of the code.

This module imports no model client: it is part of the deterministic core.
"""

from __future__ import annotations

from enum import StrEnum

from pydantic import BaseModel, ConfigDict, Field, model_validator


class Severity(StrEnum):
    error = "error"
    warning = "warning"
    info = "info"


class FindingKind(StrEnum):
    grounding = "grounding"
    arithmetic = "arithmetic"
    temporal = "temporal"
    cross_source = "cross_source"
    coverage = "coverage"
    support = "support"


class FindingCode(StrEnum):
    """Every verdict a check can give, as `<kind>.<what>`."""

    evidence_not_found = "grounding.evidence_not_found"
    """The evidence is not in the article, even fuzzily (error, re-askable)."""
    evidence_not_verbatim = "grounding.evidence_not_verbatim"
    """The evidence was only found fuzzily: not word for word (warning)."""
    number_not_in_evidence = "grounding.number_not_in_evidence"
    """A figure is not written in its located evidence (error, re-askable)."""
    total_is_breakdown_sum = "grounding.total_is_breakdown_sum"
    """A total not written in the article is the sum of the breakdown it gives, or of the
    parts of one list its evidence gives ('one Kinzhal ballistic missile, four Iskander-M
    ballistic missiles' for 5 ballistic missiles): derived, not invented (info)."""
    total_not_in_evidence_or_breakdown = "grounding.total_not_in_evidence_or_breakdown"
    """A total is neither written nor the sum of its breakdown (error, re-askable)."""
    quote_not_verbatim = "grounding.quote_not_verbatim"
    """A quotation is not word for word in the article (error, re-askable)."""

    breakdown_mismatch = "arithmetic.breakdown_mismatch"
    """A complete breakdown does not add up to its count (error)."""
    breakdown_over_total = "arithmetic.breakdown_over_total"
    """An 'including' list of categories comes to more than the count (error)."""
    breakdown_consistent = "arithmetic.breakdown_consistent"
    """A complete breakdown adds up to its count (info)."""
    one_for_one_unequal = "arithmetic.one_for_one_unequal"
    """A one-for-one swap has different counts on its two sides (error)."""
    stages_match_total = "arithmetic.stages_match_total"
    """The stages add up to the stated running total (info)."""
    stages_over_total = "arithmetic.stages_over_total"
    """The stages come to more than the stated running total (error)."""
    stages_under_total = "arithmetic.stages_under_total"
    """The stages come to less than a running total that says it covers just them ('over
    two days') (error, re-askable)."""
    stages_before_reported = "arithmetic.stages_before_reported"
    """The stages come to less than the running total, which may include stages the
    article does not report (info)."""
    weapons_match_total = "arithmetic.weapons_match_total"
    """The weapon counts add up to the stated total (info)."""
    weapons_over_total = "arithmetic.weapons_over_total"
    """The weapon counts come to more than the stated total (error)."""
    weapons_under_total = "arithmetic.weapons_under_total"
    """Every weapon type is counted and they come to less than the stated total (error)."""
    over_agreed_total = "arithmetic.over_agreed_total"
    """More people were released or returned than the deal provides for (error)."""

    date_contradicts_words = "temporal.date_contradicts_words"
    """A resolved date is not what its own words mean (error, re-askable)."""
    weekday_mismatch = "temporal.weekday_mismatch"
    """A date is not on the weekday its words name (error, re-askable)."""
    expected_after_publication = "temporal.expected_after_publication"
    """A date after publication that its words point forward to: an expectation (warning)."""
    after_publication = "temporal.after_publication"
    """A reported event dated after the article was published (error, re-askable)."""
    date_beside_named_day = "temporal.date_beside_named_day"
    """A date without words of its own, the day beside one the article names but not
    itself named, or beside the day it names for an attack (a release) when an attack
    (a stage) is dated; or a running total dated a day the article never names (with no
    time it is as of publication) (error, re-askable)."""
    date_named_nowhere = "temporal.date_named_nowhere"
    """An attack or a stage without words of its own, dated two days or more before
    publication, a day an article that dates what happened never names (error,
    re-askable); an info note in a summary where another article's own words give the
    same event that day."""
    date_of_a_report = "temporal.date_of_a_report"
    """An attack dated with no words of its own, or by a day the article gives only to
    reports about it, whose figures were already reported on an earlier day, or whose
    evidence names an earlier day for the attack itself ('police said on Sunday that 32
    died in an attack the previous evening'); names the figures filed under it too
    (error, re-askable)."""
    stage_order = "temporal.stage_order"
    """Stages are listed out of date order (warning)."""
    agreed_after_stage = "temporal.agreed_after_stage"
    """The deal is dated after the exchange's first stage (error)."""
    published_in_future = "temporal.published_in_future"
    """The article's publication date is after today: every date resolved against it is
    suspect (error, not re-askable: the date is the source's)."""
    attack_dates_differ = "temporal.attack_dates_differ"
    """Sources date one overnight attack a day apart (info, after merge)."""

    updated = "cross_source.updated"
    """A later report superseded an earlier figure, such as a rising toll (info)."""
    conflict = "cross_source.conflict"
    """Sources give different values for one fact (error for a figure, else warning)."""
    quote_variance = "cross_source.quote_variance"
    """Sources word the same statement differently (warning)."""
    same_outlet = "cross_source.same_outlet"
    """Articles counted as one source: one source name, or near-identical texts (info)."""

    nothing_extracted = "coverage.nothing_extracted"
    """Nothing at all was extracted from an article (warning)."""

    figure_unsupported = "support.figure_unsupported"
    """The number is in the evidence, but not as what the fact counts: another count of the
    clause, a plan, threat, condition or denial, a running total, a name (warning,
    re-askable)."""
    name_unsupported = "support.name_unsupported"
    """A place, party, target, region or speaker its evidence (or, for a region, its
    article) does not name (warning, re-askable)."""
    missile_type_differs = "support.missile_type_differs"
    """A missile count filed under another type than the one the words before its noun
    name ('a Kalibr missile' as a missile of unstated type) (warning, re-askable)."""
    reported_before_event = "support.reported_before_event"
    """An attack's figure that its own sentence says was reported, or whose earlier
    figure ('revised from 95 to 84') was, on a day before the attack's date: an earlier
    attack's (warning, re-askable)."""
    date_of_what_followed = "support.date_of_what_followed"
    """An attack dated only by a day its evidence gives to what followed it ('ordered a
    probe on Tuesday after a drone struck the village'), a day no other sentence gives
    the attack; names the figures filed under it too (warning, re-askable)."""
    attacker_own_ground = "support.attacker_own_ground"
    """An attack's figure whose evidence places the strike in the attacker's own country
    (warning, re-askable)."""
    figure_given_otherwise = "support.figure_given_otherwise"
    """A toll that another sentence of its article gives higher, as this attack's: a
    later, quoted or fuller count ('the toll rose to 104' against the evidence's 100)
    (warning, re-askable)."""

    @property
    def kind(self) -> FindingKind:
        return FindingKind(self.value.partition(".")[0])


class Finding(BaseModel):
    """A check's verdict. Data, not an exception: summaries carry them to the reader."""

    model_config = ConfigDict(extra="forbid", populate_by_name=True)

    kind: FindingKind
    severity: Severity
    code: FindingCode = Field(
        description="What the check found, stable across releases (the message is not): "
        "'<kind>.<what>', e.g. arithmetic.breakdown_over_total."
    )
    message: str = Field(description="Plain words a journalist understands.")
    facts: list[str] = Field(
        default_factory=list,
        description="Stable paths of the facts involved, "
        "e.g. exchange.stages[2025-05-23].released[Russia].count.",
    )
    fact_ids: list[str] = Field(
        default_factory=list,
        description="Ids of the facts involved, '<article id>#<n>' (the n-th fact of that "
        "article's extraction, as summarizer.facts.walk orders them); a source of a summary "
        "fact carries the same id.",
    )
    articles: list[str] = Field(default_factory=list, description="Ids of the articles involved.")
    reaskable: bool = Field(
        default=False,
        description="True when the model could have caused it (its arithmetic, an ungrounded "
        "number); false when the conflict is in the sources themselves.",
    )
    feedback: str | None = Field(
        default=None,
        description="What a re-ask tells the model where it differs from the message: the "
        "path of the field the model filled, which its schema names, and what to do about "
        "it; the message names the fact in words, for the reader.",
    )

    @property
    def reask_text(self) -> str:
        """What a re-ask tells the model about this finding."""
        return self.feedback or self.message

    @model_validator(mode="after")
    def _kind_is_the_codes(self) -> Finding:
        if self.kind is not self.code.kind:
            raise ValueError(f"a {self.code} finding is of kind {self.code.kind}, not {self.kind}")
        return self
