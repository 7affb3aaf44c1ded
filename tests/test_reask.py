"""Re-asking: the model's own mistakes go back to it with the exact finding text, conflicts
written in the source never do, re-asks are bounded, and transport faults stay out of the
prompt.

Every `vcr` test replays a cassette in cassettes/test_reask/, recorded against the
scripted server in tests/fakes with a script in tests/fakes/responses/reask_*/.
Re-record (see tests/conftest.py):

    python -m pytest tests/test_reask.py --record-mode=rewrite
"""

from __future__ import annotations

import json
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

import pytest
from vcr.cassette import Cassette

from summarizer import load_articles
from summarizer.backends import Attempt
from summarizer.backends.openai.backend import OpenAIBackend
from summarizer.backends.openai.prompts import ARTICLE_CLOSE, ARTICLE_OPEN
from summarizer.models import (
    Article,
    ArticleExtraction,
    Finding,
    FindingCode,
    FindingKind,
    Release,
    Severity,
)
from summarizer.pipeline import process_article, reaskable
from summarizer.summary import ArticleResult, Usage
from summarizer.text.time import resolve_extraction
from summarizer.validate import check_article
from tests.conftest import SEEDS, canonical_body

SEED_001 = SEEDS / "001_23b64bebdaa24c53.txt"
SOURCE_TYPO = Path(__file__).parent / "data" / "reask" / "swap_friday_typo.txt"

FRIDAY = "exchange.stages[2025-05-23]"
FEEDBACK_HEADER = ("Your previous answer had these problems. Fix them using only the article "
                   "text; if the article really says it, keep it:")

TYPO_FEEDBACK = [
    f'the number 100 is not in its evidence for {FRIDAY}.released[Russia].breakdown[civilians] '
    '("120 civilians"). Give the fragment that states 100, or correct the number.',
    f'the number 390 is not in its evidence for {FRIDAY}.released[Russia].count ("The two sides '
    "released 270 servicemen and 120 civilians each on the Ukrainian border with Belarus on "
    'Friday"), and the breakdown (270 servicemen + 100 civilians = 370) does not give it either. '
    "Give the fragment that states 390, or correct the number.",
    "the stage on Friday (2025-05-23), released by Russia: breakdown 270 + 100 = 370 but count "
    "is 390 (270 servicemen + 100 civilians).",
]
"""What the model is told after typing Russia's 120 civilians on Friday as 100 in seed 001:
the exact re-ask texts of the first attempt's re-askable findings, in the validator's order."""

SOURCE_CONFLICTS = [
    (
        FindingCode.breakdown_mismatch,
        False,
        [f"{FRIDAY}.released[{party}].count",
         f"{FRIDAY}.released[{party}].breakdown[servicemen]",
         f"{FRIDAY}.released[{party}].breakdown[civilians]"],
    )
    for party in ("Russia", "Ukraine")
]
"""(code, reaskable, facts) of the errors in tests/data/reask/swap_friday_typo.txt,
which prints 270 servicemen and 100 civilians as 390 people: the source's own sum."""

FIRST_USAGE = Usage(calls=1, prompt_tokens=2427, completion_tokens=1501)
REASK_USAGE = Usage(calls=1, prompt_tokens=2731, completion_tokens=1502)
"""As the reask_* scripts state them, so sums are exact."""


class RecordingBackend:
    """Passes calls through to a real backend and records the feedback of each."""

    def __init__(self, inner: OpenAIBackend) -> None:
        self.inner = inner
        self.name = inner.name
        self.model = inner.model
        self.prompt_version = inner.prompt_version
        self.feedback: list[list[str]] = []

    async def extract(self, article: Article, feedback: Sequence[str] = ()) -> Attempt:
        self.feedback.append(list(feedback))
        return await self.inner.extract(article, feedback)


def load(path: Path) -> Article:
    [article] = load_articles([path])
    return article


def played_all(cassette: Cassette) -> bool:
    """On replay every recorded interaction must be used; while recording there are none
    to use."""
    return cassette.all_played if cassette.write_protected else True


def bodies(cassette: Cassette) -> list[dict[str, Any]]:
    return [json.loads(request.body) for request in cassette.requests]


def user_message(body: dict[str, Any]) -> str:
    [system, user] = body["messages"]
    assert system["role"] == "system" and user["role"] == "user"
    return str(user["content"])


def statuses(cassette: Cassette) -> list[int]:
    return [int(response["status"]["code"]) for response in cassette.responses]


def answered_extraction(cassette: Cassette, index: int) -> ArticleExtraction:
    """The extraction the recorded server answered with, read from the cassette."""
    body = json.loads(cassette.responses[index]["body"]["string"])
    [call] = body["choices"][0]["message"]["tool_calls"]
    return ArticleExtraction.model_validate_json(call["function"]["arguments"])


def feedback_block(messages: Sequence[str]) -> str:
    return "\n".join([FEEDBACK_HEADER, *(f"- {m}" for m in messages)])


def errors(result: ArticleResult) -> list[Finding]:
    return [f for f in result.findings if f.severity is Severity.error]


def friday_release(result: ArticleResult, party: str) -> Release:
    [stage] = [s for s in result.extraction.stages if s.time_expression == "on Friday"]
    [release] = [r for r in stage.releases if r.released_by == party]
    return release


def breakdown(release: Release) -> dict[str, int]:
    return {item.category: item.count for item in release.breakdown}


# --- the model's own mistake goes back to it, word for word ------------------------------


@pytest.mark.vcr
async def test_a_mistyped_figure_is_re_asked_with_the_exact_findings(
    recorded_backend: Callable[..., OpenAIBackend], vcr: Cassette
) -> None:
    article = load(SEED_001)
    backend = RecordingBackend(recorded_backend("reask_wrong_then_right"))

    result = await process_article(article, backend, max_reasks=1)

    assert len(vcr) == 2 and played_all(vcr)
    assert statuses(vcr) == [200, 200]
    assert backend.feedback == [[], TYPO_FEEDBACK]

    # The feedback is what the validator says about the first answer in the cassette.
    first = resolve_extraction(answered_extraction(vcr, 0), article.published_date)
    _, first_findings = check_article(article, first)
    assert [f.reask_text for f in reaskable(first_findings)] == TYPO_FEEDBACK
    # The reader reads the same facts in words, without the instructions to the model.
    assert [f.message for f in reaskable(first_findings)][:2] == [
        'the number 100 is not in its evidence for the civilians released by Russia on 23 May '
        '2025 ("120 civilians").',
        'the number 390 is not in its evidence for the number released by Russia on 23 May 2025 '
        '("The two sides released 270 servicemen and 120 civilians each on the Ukrainian border '
        'with Belarus on Friday"), and the breakdown (270 servicemen + 100 civilians = 370) does '
        "not give it either.",
    ]

    # The re-ask is a fresh conversation: the same system message, and the same user
    # message with the findings appended after the fenced article.
    first_body, second_body = bodies(vcr)
    assert second_body["messages"][0] == first_body["messages"][0]
    first_user, second_user = user_message(first_body), user_message(second_body)
    assert FEEDBACK_HEADER not in first_user
    assert first_user.endswith(ARTICLE_CLOSE)
    assert second_user == f"{first_user}\n\n{feedback_block(TYPO_FEEDBACK)}"
    assert second_user.count(ARTICLE_OPEN) == second_user.count(ARTICLE_CLOSE) == 1
    fenced = second_user.split(ARTICLE_OPEN + "\n", 1)[1].split("\n" + ARTICLE_CLOSE, 1)[0]
    assert fenced == article.text

    # The corrected answer is kept, and it checks out.
    assert result.attempts == 2
    for party in ("Russia", "Ukraine"):
        release = friday_release(result, party)
        assert (release.count, breakdown(release)) == (390, {"servicemen": 270, "civilians": 120})
    assert errors(result) == []
    assert (FindingCode.breakdown_consistent,
            [f"{FRIDAY}.released[Russia].count", f"{FRIDAY}.released[Russia].breakdown[servicemen]",
             f"{FRIDAY}.released[Russia].breakdown[civilians]"]) in [
        (f.code, f.facts) for f in result.findings]
    assert result.usage == FIRST_USAGE + REASK_USAGE
    assert result.usage == Usage(calls=2, prompt_tokens=5158, completion_tokens=3003)


# --- a conflict written in the source is reported, never re-asked -------------------------


@pytest.mark.vcr
async def test_a_source_that_does_not_add_up_is_not_re_asked(
    recorded_backend: Callable[..., OpenAIBackend], vcr: Cassette
) -> None:
    article = load(SOURCE_TYPO)
    backend = RecordingBackend(recorded_backend("reask_source_conflict"))

    result = await process_article(article, backend, max_reasks=2)

    assert len(vcr) == 1 and played_all(vcr)
    assert backend.feedback == [[]]
    assert FEEDBACK_HEADER not in user_message(bodies(vcr)[0])
    assert result.attempts == 1
    assert [(f.code, f.reaskable, f.facts) for f in errors(result)] == SOURCE_CONFLICTS
    assert reaskable(result.findings) == []
    for party in ("Russia", "Ukraine"):
        release = friday_release(result, party)
        assert (release.count, breakdown(release)) == (390, {"servicemen": 270, "civilians": 100})
    assert result.usage == Usage(calls=1, prompt_tokens=1630, completion_tokens=480)


@pytest.mark.vcr
async def test_only_the_models_own_mistake_is_fed_back_next_to_a_source_conflict(
    recorded_backend: Callable[..., OpenAIBackend], vcr: Cassette
) -> None:
    """The first answer is faithful to the misprinted article but gives the deal's 1,000
    with evidence that does not state it: only that goes back to the model."""
    article = load(SOURCE_TYPO)
    backend = RecordingBackend(recorded_backend("reask_mixed"))

    result = await process_article(article, backend, max_reasks=2)

    unsourced = ('the number 1000 is not in its evidence for exchange.agreed_total.count '
                 '("agreed at talks in Istanbul on May 16"). Give the fragment that states '
                 "1000, or correct the number.")
    assert len(vcr) == 2 and played_all(vcr)
    assert backend.feedback == [[], [unsourced]]
    first_user, second_user = (user_message(b) for b in bodies(vcr))
    assert second_user == f"{first_user}\n\n{feedback_block([unsourced])}"
    assert "in the source" not in second_user
    assert result.attempts == 2
    assert result.extraction.agreement is not None
    assert result.extraction.agreement.evidence.text == (
        "a 1,000-for-1,000 exchange agreed at talks in Istanbul on May 16")
    assert [(f.code, f.reaskable, f.facts) for f in errors(result)] == SOURCE_CONFLICTS
    assert result.usage == Usage(calls=2, prompt_tokens=1630 + 1702, completion_tokens=474 + 480)


# --- re-asks are bounded; the last attempt is kept with its findings ----------------------


@pytest.mark.vcr
@pytest.mark.parametrize("max_reasks", [0, 1, 2])
async def test_a_model_that_repeats_its_mistake_is_asked_at_most_max_reasks_times(
    recorded_backend: Callable[..., OpenAIBackend], vcr: Cassette, max_reasks: int
) -> None:
    backend = RecordingBackend(recorded_backend("reask_same_mistake"))

    result = await process_article(load(SEED_001), backend, max_reasks=max_reasks)

    calls = max_reasks + 1
    assert len(vcr) == calls and played_all(vcr)
    assert backend.feedback == [[], TYPO_FEEDBACK, TYPO_FEEDBACK][:calls]
    assert [FEEDBACK_HEADER in user_message(b) for b in bodies(vcr)] == [False, True, True][:calls]
    assert result.attempts == calls
    assert [(f.reask_text, f.reaskable) for f in errors(result)] == [
        (message, True) for message in TYPO_FEEDBACK
    ]
    russia = friday_release(result, "Russia")
    assert (russia.count, breakdown(russia)) == (390, {"servicemen": 270, "civilians": 100})
    # The scripted re-ask answer repeats the typo but leaves out the stage's location:
    # that tells the last attempt from the first.
    [friday, _] = result.extraction.stages
    assert friday.location == ("the Ukrainian border with Belarus", None, None)[max_reasks]
    assert result.usage == [
        Usage(calls=1, prompt_tokens=2427, completion_tokens=1501),
        Usage(calls=2, prompt_tokens=2427 + 2731, completion_tokens=1501 + 1501),
        Usage(calls=3, prompt_tokens=2427 + 2731 + 2731, completion_tokens=1501 * 3),
    ][max_reasks]


# --- a transport fault during a re-ask is retried below it and never reaches the prompt ----


@pytest.mark.vcr
async def test_a_503_during_a_re_ask_is_retried_and_stays_out_of_the_prompt(
    recorded_backend: Callable[..., OpenAIBackend], vcr: Cassette
) -> None:
    backend = RecordingBackend(recorded_backend("reask_503_during_reask"))

    result = await process_article(load(SEED_001), backend, max_reasks=1)

    assert len(vcr) == 3 and played_all(vcr)
    assert statuses(vcr) == [200, 503, 200]
    assert "Service Unavailable" in vcr.responses[1]["body"]["string"].decode()
    assert backend.feedback == [[], TYPO_FEEDBACK]
    first, failed, retried = (canonical_body(r.body) for r in vcr.requests)
    assert failed == retried
    assert FEEDBACK_HEADER not in first
    for body in (failed, retried):
        assert FEEDBACK_HEADER in body
        assert "503" not in body
        assert "Service Unavailable" not in body
        assert "scripted_fault" not in body
    assert result.attempts == 2
    russia = friday_release(result, "Russia")
    assert (russia.count, breakdown(russia)) == (390, {"servicemen": 270, "civilians": 120})
    assert errors(result) == []
    assert result.usage == FIRST_USAGE + REASK_USAGE


# --- a re-ask that fails keeps the answer it was meant to fix, still flagged ----------------


@pytest.mark.vcr
async def test_a_re_ask_that_comes_back_unusable_keeps_the_first_answer_and_its_errors(
    recorded_backend: Callable[..., OpenAIBackend], vcr: Cassette
) -> None:
    """The re-ask's answer is cut-off JSON and schema retries are off: the article is not
    lost, the first answer is kept with the errors that prompted the re-ask, and the failed
    call's tokens are counted."""
    backend = RecordingBackend(recorded_backend("reask_then_garbage", max_validation_retries=0))

    result = await process_article(load(SEED_001), backend, max_reasks=1)

    assert len(vcr) == 2 and played_all(vcr)
    assert backend.feedback == [[], TYPO_FEEDBACK]
    assert result.attempts == 2
    assert [(f.reask_text, f.reaskable) for f in errors(result)] == [
        (message, True) for message in TYPO_FEEDBACK
    ]
    russia = friday_release(result, "Russia")
    assert (russia.count, breakdown(russia)) == (390, {"servicemen": 270, "civilians": 100})
    assert result.usage == FIRST_USAGE + Usage(calls=1, prompt_tokens=2731, completion_tokens=19)


# --- which findings become feedback ---------------------------------------------------------


def _finding(severity: Severity, message: str, *, reask: bool) -> Finding:
    return Finding(kind=FindingKind.arithmetic, code=FindingCode.breakdown_mismatch,
                   severity=severity, message=message, reaskable=reask)


def test_only_re_askable_errors_become_feedback_in_their_order() -> None:
    findings = [
        _finding(Severity.error, "b: the model's sum", reask=True),
        _finding(Severity.error, "the source's sum", reask=False),
        _finding(Severity.warning, "a fuzzy evidence", reask=True),
        _finding(Severity.info, "consistent", reask=True),
        _finding(Severity.error, "a: an ungrounded number", reask=True),
    ]

    assert [f.message for f in reaskable(findings)] == [
        "b: the model's sum", "a: an ungrounded number"]
