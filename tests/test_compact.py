"""The compact schema for small local models: a grammar-friendly shape, mapped back by code."""

from __future__ import annotations

from typing import Any

from summarizer.backends.openai.compact import CompactExtraction, to_extraction
from summarizer.models import ArticleExtraction


def _objects(schema: dict[str, Any]) -> list[dict[str, Any]]:
    return [d for d in [schema, *schema.get("$defs", {}).values()] if d.get("type") == "object"]


def test_every_property_is_required_and_every_string_and_list_is_bounded() -> None:
    """Optional properties multiply the orders llama.cpp's grammar must allow, and an
    unbounded string or list lets a looping model run to the token limit."""
    schema = CompactExtraction.model_json_schema()
    for obj in _objects(schema):
        assert set(obj["required"]) == set(obj["properties"]), obj["title"]
        for name, prop in obj["properties"].items():
            for branch in prop.get("anyOf", [prop]):
                if branch.get("type") == "string" and "enum" not in branch:
                    assert "maxLength" in branch, f"{obj['title']}.{name}"
                if branch.get("type") == "array":
                    assert "maxItems" in branch, f"{obj['title']}.{name}"


def test_an_answer_maps_back_to_the_full_model_without_computing_anything() -> None:
    compact = CompactExtraction.model_validate({
        "agreement": {"total": 1000, "per_side": True, "place": "Istanbul",
                      "evidence": "1,000-for-1,000 exchange"},
        "stages": [{"time_expression": "on Friday", "releases": [{
            "released_by": "Russia", "count": 390, "evidence": "390 Russians and Ukrainians",
            "breakdown": [{"category": "civilians", "count": 120,
                           "evidence": "including 120 civilians"}]}]}],
        "cumulative": [{"received_by": "Ukraine", "count": 697, "evidence": "697 people"}],
        "attacks": [{"time_expression": "overnight", "attacker": "Russia", "targets": ["Kyiv"],
                     "weapons": [{"type": "drone", "count": 250, "evidence": "250 drones"}],
                     "killed": None, "injured": 15, "evidence": "15 people were injured"}],
        "statements": [{"speaker": "Zelensky", "quote": "Another 307", "evidence": "he said"}],
    })

    full = to_extraction(compact)

    assert isinstance(full, ArticleExtraction)
    assert full.agreement is not None and full.agreement.total == 1000
    release = full.stages[0].releases[0]
    assert (release.count, release.breakdown[0].count) == (390, 120)
    assert release.breakdown_complete is False
    attack = full.attacks[0]
    assert attack.killed is None
    assert attack.injured is not None and attack.injured.count == 15
    assert attack.injured.evidence.text == "15 people were injured"
    assert full.stages[0].date is None and full.cumulative[0].as_of is None
    assert full.statements[0].quote == "Another 307"
