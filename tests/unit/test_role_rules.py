"""Suggesting training role types from job titles."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from dsl_desktop.domain import RoleType
from dsl_desktop.training.importer import parse_staff_csv
from dsl_desktop.training.roles import (
    RoleRules,
    load_role_rules,
    make_rule,
    matching_rules,
    role_rules_to_json,
    suggest_role_types,
)

RT = RoleType
FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "staff"
BUNDLED = load_role_rules()


@pytest.fixture
def rules() -> RoleRules:
    return BUNDLED


@pytest.mark.parametrize(
    ("job_title", "expected"),
    [
        # Job titles from the fixture exports.
        ("Designated Safeguarding Lead", {RT.DSL, RT.DECISION_MAKER, RT.RESPONDER, RT.ALERTER}),
        ("Deputy DSL", {RT.DEPUTY_DSL, RT.RESPONDER, RT.ALERTER}),
        ("Teacher", {RT.RESPONDER, RT.ALERTER}),
        ("Teaching Assistant", {RT.ALERTER}),
        ("Head of Year 9", {RT.RESPONDER, RT.ALERTER}),
        ("Headteacher", {RT.DECISION_MAKER, RT.GOVERNANCE, RT.ALERTER}),
        ("Site Manager", {RT.ALERTER}),
        ("School Business Manager", {RT.ALERTER}),
        ("SENCO", {RT.RESPONDER, RT.ALERTER}),
        ("Volunteer reader", {RT.ALERTER}),
        ("Teacher, Computing", {RT.RESPONDER, RT.ALERTER}),
        ("Teacher, Welsh", {RT.RESPONDER, RT.ALERTER}),
        ("Cover supervisor", {RT.ALERTER}),
        ("Exams officer", {RT.ALERTER}),
        # Others.
        ("Deputy Designated Safeguarding Lead", {RT.DEPUTY_DSL, RT.RESPONDER, RT.ALERTER}),
        ("designated  safeguarding\tlead", {RT.DSL, RT.DECISION_MAKER, RT.RESPONDER, RT.ALERTER}),
        (
            "Assistant Head and DSL",
            {RT.DSL, RT.DECISION_MAKER, RT.RESPONDER, RT.ALERTER, RT.GOVERNANCE},
        ),
        ("Head Teacher", {RT.DECISION_MAKER, RT.GOVERNANCE, RT.ALERTER}),
        ("Principal", {RT.DECISION_MAKER, RT.GOVERNANCE, RT.ALERTER}),
        ("Deputy Headteacher", {RT.GOVERNANCE, RT.ALERTER}),
        ("Vice Principal", {RT.GOVERNANCE, RT.ALERTER}),
        ("Pastoral Lead", {RT.RESPONDER, RT.ALERTER}),
        ("Chair of Governors", {RT.GOVERNANCE}),
        ("Trustee", {RT.GOVERNANCE}),
        ("Parent helper", {RT.ALERTER}),
        ("Volunteer Coordinator", {RT.ALERTER}),
        ("Pennaeth", {RT.DECISION_MAKER, RT.GOVERNANCE, RT.ALERTER}),
        ("Pennaeth Blwyddyn 9", {RT.RESPONDER, RT.ALERTER}),
        ("Llywodraethwr", {RT.GOVERNANCE}),
        ("Gwirfoddolwr", {RT.ALERTER}),
        ("Midday supervisor", {RT.ALERTER}),
        ("Athrawes Gymraeg", {RT.RESPONDER, RT.ALERTER}),
        ("Higher level teaching assistant", {RT.ALERTER}),
        ("", {RT.ALERTER}),
    ],
)
def test_bundled_rules_suggest(rules: RoleRules, job_title: str, expected: set[RoleType]) -> None:
    assert suggest_role_types(job_title, rules) == expected


def test_every_fixture_job_title_gets_a_suggestion(rules: RoleRules) -> None:
    titles: set[str] = set()
    for path in FIXTURES.glob("*.csv"):
        titles |= {row.job_title for row in parse_staff_csv(path.read_bytes()).rows}
    assert len(titles) == 14
    for title in titles:
        assert suggest_role_types(title, rules)


def test_matching_rules_explain_the_suggestion(rules: RoleRules) -> None:
    matched = matching_rules("Designated Safeguarding Lead", rules)
    assert len(matched) == 1 and matched[0].note
    assert matching_rules("Site Manager", rules) == []


def test_unless_stops_a_rule() -> None:
    custom = RoleRules(
        (
            make_rule(r"\bcook\b", [RT.ALERTER], unless="trainee"),
            make_rule("trainee", ["essential_awareness"]),
        ),
        frozenset({RT.GOVERNANCE}),
    )
    assert suggest_role_types("Cook", custom) == {RT.ALERTER}
    assert suggest_role_types("Trainee cook", custom) == {RT.ESSENTIAL}
    assert suggest_role_types("Gardener", custom) == {RT.GOVERNANCE}


def test_suggestion_is_a_fresh_set(rules: RoleRules) -> None:
    first = suggest_role_types("Gardener", rules)
    first.add(RT.DSL)
    assert suggest_role_types("Gardener", rules) == {RT.ALERTER}


@pytest.mark.parametrize(
    "data",
    [
        {"rules": [{"pattern": "(", "role_types": ["alerter"]}]},
        {"rules": [{"pattern": "x", "role_types": ["janitor"]}]},
        {"rules": [{"pattern": "x", "role_types": []}]},
        {"rules": [{"pattern": "", "role_types": ["alerter"]}]},
        {"rules": [{"pattern": "x", "unless": "[", "role_types": ["alerter"]}]},
        {"rules": [{"role_types": ["alerter"]}]},
        {"rules": "teacher"},
        {"rules": [], "fallback": ["nobody"]},
        ["not", "an", "object"],
    ],
)
def test_malformed_rules_are_refused(data: Any) -> None:
    with pytest.raises(ValueError):
        load_role_rules(data)


def test_rules_survive_a_save_and_reload(rules: RoleRules) -> None:
    saved = json.loads(json.dumps(role_rules_to_json(rules)))
    reloaded = load_role_rules(saved)
    assert len(reloaded.rules) == len(rules.rules)
    assert reloaded.fallback == rules.fallback
    for title in ("Deputy DSL", "Headteacher", "Volunteer reader", "Pennaeth Blwyddyn 9", "x"):
        assert suggest_role_types(title, reloaded) == suggest_role_types(title, rules)


_WORDS = st.sampled_from(
    [
        "designated",
        "safeguarding",
        "lead",
        "deputy",
        "dsl",
        "head",
        "teacher",
        "of",
        "year",
        "governor",
        "volunteer",
        "assistant",
        "principal",
        "pastoral",
        "senco",
        "site",
        "manager",
        "cook",
        "trustee",
        "9",
        "and",
        "coordinator",
    ]
)


@settings(deadline=None, max_examples=300)
@given(st.lists(_WORDS, max_size=6), st.sampled_from([" ", "  ", "\t", " \n "]))
def test_suggestions_ignore_case_and_spacing(words: list[str], gap: str) -> None:
    bundled = BUNDLED
    title = " ".join(words)
    expected = suggest_role_types(title, bundled)
    assert expected  # never empty: the fallback catches everything else
    assert expected <= set(RoleType)
    assert suggest_role_types(title.upper(), bundled) == expected
    assert suggest_role_types(title.title(), bundled) == expected
    assert suggest_role_types(gap + gap.join(words) + gap, bundled) == expected


@settings(deadline=None, max_examples=300)
@given(st.text(max_size=40))
def test_any_text_gets_a_non_empty_suggestion(title: str) -> None:
    suggested = suggest_role_types(title, BUNDLED)
    assert suggested and suggested <= set(RoleType)
