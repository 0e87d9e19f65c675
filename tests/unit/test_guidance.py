"""The Decide step's guidance: pointers with reasons, cautions, and never a score."""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from dsl_desktop.domain import Answer, InformationKind, Outcome, Validation
from dsl_desktop.guidance import (
    QUESTIONS,
    REMINDER,
    DecisionAnswers,
    Guidance,
    GuidanceWarning,
    Pointer,
    check_warnings,
    point_to,
)
from dsl_desktop.workflow import CaseFacts

Y, N, U = Answer.YES, Answer.NO, Answer.UNCLEAR


def outcomes(g: Guidance) -> list[Outcome]:
    return [p.outcome for p in g.pointers]


def warning_codes(ws: tuple[GuidanceWarning, ...] | list[GuidanceWarning]) -> set[str]:
    return {w.code for w in ws}


def solid(**changes: Any) -> DecisionAnswers:
    """Well-evidenced answers: observed and corroborated items, alternatives, consultation."""
    base = DecisionAnswers(
        immediate_risk=N,
        observed=2,
        assertions=1,
        corroborated=2,
        alternatives_explored=True,
        alternatives_count=1,
        engagement=N,
        intent=N,
        capability=N,
        other_vulnerabilities=N,
        other_route_meets_need=N,
        consulted=1,
    )
    return dataclasses.replace(base, **changes)


# --- pointers -----------------------------------------------------------------------------


def test_immediate_risk_points_to_emergency_first() -> None:
    g = point_to(solid(immediate_risk=Y))
    assert g.pointers[0].outcome is Outcome.EMERGENCY
    assert "999" in g.pointers[0].text
    assert Outcome.NO_FURTHER_ACTION not in outcomes(g)


def test_all_no_points_to_no_further_action_with_reasons_for_not_referring() -> None:
    g = point_to(solid())
    assert outcomes(g) == [Outcome.NO_FURTHER_ACTION]
    text = g.pointers[0].text
    assert text.startswith("The answers point towards no further action because ")
    assert "reasons for not referring" in text
    assert "alternative explanation has been recorded" in text


def test_intent_points_to_a_prevent_referral() -> None:
    g = point_to(solid(engagement=Y, engagement_items=(1,), intent=Y, intent_items=(2,)))
    assert outcomes(g) == [Outcome.PREVENT_REFERRAL]
    assert "intent to cause harm" in g.pointers[0].text
    assert warning_codes(g.warnings) == set()


def test_capability_without_evidence_still_points_to_referral_with_care() -> None:
    g = point_to(
        solid(observed=0, assertions=2, corroborated=0, capability=Y, capability_items=(4,))
    )
    assert outcomes(g) == [Outcome.PREVENT_REFERRAL]
    assert "nothing has yet been observed or corroborated" in g.pointers[0].text
    assert "rests_on_claims" in warning_codes(g.warnings)


def test_engagement_on_claims_alone_points_to_monitoring() -> None:
    g = point_to(
        solid(
            observed=0,
            assertions=1,
            assumptions=2,
            corroborated=0,
            engagement=Y,
            engagement_items=(3,),
        )
    )
    assert outcomes(g) == [Outcome.MONITOR]
    assert "rests_on_claims" in warning_codes(g.warnings)


def test_engagement_backed_by_observation_points_to_referral() -> None:
    g = point_to(solid(engagement=Y, engagement_items=(1,)))
    assert outcomes(g) == [Outcome.PREVENT_REFERRAL]
    assert "lawful group" in g.pointers[0].text


def test_other_route_comes_first_when_nothing_suggests_harm() -> None:
    g = point_to(solid(engagement=Y, engagement_items=(1,), other_route_meets_need=Y))
    assert outcomes(g) == [Outcome.EARLY_HELP_OR_SOCIAL_CARE, Outcome.PREVENT_REFERRAL]
    assert "least intrusive" in g.pointers[0].text


def test_other_route_alongside_a_referral_when_harm_is_suggested() -> None:
    parallel = point_to(
        solid(intent=Y, intent_items=(1,), other_route_meets_need=Y, other_route_in_parallel=True)
    )
    assert outcomes(parallel) == [Outcome.PREVENT_REFERRAL, Outcome.EARLY_HELP_OR_SOCIAL_CARE]
    assert "alongside" in parallel.pointers[1].text
    alone = point_to(solid(intent=Y, intent_items=(1,), other_route_meets_need=Y))
    assert outcomes(alone) == [Outcome.PREVENT_REFERRAL]
    assert "police Prevent team to assess" in alone.pointers[0].text


def test_other_route_without_prevent_concern() -> None:
    g = point_to(solid(other_vulnerabilities=Y, other_route_meets_need=Y))
    assert outcomes(g) == [Outcome.EARLY_HELP_OR_SOCIAL_CARE]


def test_vulnerabilities_without_another_route_point_to_support_in_school() -> None:
    g = point_to(solid(other_vulnerabilities=Y, other_route_meets_need=N))
    assert outcomes(g) == [Outcome.IN_SCHOOL_SUPPORT]
    unclear = point_to(solid(other_vulnerabilities=Y, other_route_meets_need=U))
    assert outcomes(unclear) == [Outcome.IN_SCHOOL_SUPPORT]
    assert "not yet clear" in unclear.pointers[0].text


def test_vulnerabilities_go_into_the_referral() -> None:
    g = point_to(solid(intent=Y, intent_items=(1,), other_vulnerabilities=Y))
    assert outcomes(g) == [Outcome.PREVENT_REFERRAL]
    assert "belong in the referral" in g.pointers[0].text


def test_unclear_dimensions_point_to_monitoring() -> None:
    g = point_to(solid(intent=U))
    assert outcomes(g) == [Outcome.MONITOR]
    assert "review date" in g.pointers[0].text


def test_default_answers_still_give_a_pointer_and_cautions() -> None:
    g = point_to(DecisionAnswers())
    assert outcomes(g) == [Outcome.MONITOR]
    assert warning_codes(g.warnings) == {
        "immediate_risk_unclear",
        "no_information",
        "no_alternative",
        "not_consulted",
    }
    assert g.reminder == REMINDER and "do not make the decision" in REMINDER.english()


# --- warnings -----------------------------------------------------------------------------


def test_answer_warnings() -> None:
    g = point_to(
        solid(
            observed=0,
            assertions=1,
            assumptions=1,
            corroborated=0,
            contradicted=1,
            alternatives_explored=False,
            alternatives_count=0,
            intent=Y,
            consulted=0,
        )
    )
    assert warning_codes(g.warnings) == {
        "rests_on_claims",
        "no_alternative",
        "contradicted_present",
        "intent_unsupported",
        "not_consulted",
    }
    messages = " ".join(w.message for w in g.warnings)
    assert "rests only on assertions and assumptions" in messages
    assert "No alternative explanation has been recorded" in messages


def test_alternatives_explored_but_not_written_down() -> None:
    g = point_to(solid(alternatives_explored=True, alternatives_count=0))
    assert "alternative_not_written" in warning_codes(g.warnings)
    assert "no_alternative" not in warning_codes(g.warnings)


def test_check_warnings_from_facts() -> None:
    assert warning_codes(check_warnings(CaseFacts())) == {"no_information", "no_alternative"}
    claims = CaseFacts(
        items=CaseFacts.tally(
            [
                (InformationKind.ASSERTION, Validation.UNCORROBORATED),
                (InformationKind.ASSUMPTION, Validation.CONTRADICTED),
            ]
        ),
        alternatives_recorded=1,
    )
    assert warning_codes(check_warnings(claims)) == {"rests_on_claims", "contradicted_present"}
    good = CaseFacts(
        items=CaseFacts.tally([(InformationKind.OBSERVED, Validation.CORROBORATED)]),
        alternatives_recorded=2,
    )
    assert check_warnings(good) == []


def test_prefill_copies_the_check_step() -> None:
    facts = CaseFacts(
        immediate_danger=True,
        items=CaseFacts.tally(
            [
                (InformationKind.OBSERVED, Validation.CORROBORATED),
                (InformationKind.ASSERTION, Validation.CONTRADICTED),
                (InformationKind.ASSUMPTION, Validation.UNCORROBORATED),
                (InformationKind.ASSUMPTION, Validation.UNCORROBORATED),
            ]
        ),
        alternatives_recorded=1,
        consultations=3,
    )
    a = DecisionAnswers.prefill(facts)
    assert (a.immediate_risk, a.observed, a.assertions, a.assumptions) == (Y, 1, 1, 2)
    assert (a.corroborated, a.contradicted, a.consulted) == (1, 1, 3)
    assert a.alternatives_explored and a.alternatives_count == 1
    assert a.engagement is U and a.intent is U and a.capability is U


def test_answers_reject_impossible_counts() -> None:
    with pytest.raises(ValueError):
        DecisionAnswers(observed=-1)
    with pytest.raises(ValueError):
        DecisionAnswers(observed=1, corroborated=1, contradicted=1)
    with pytest.raises(ValueError):
        Pointer(Outcome.MONITOR, ())


def test_questions_cover_the_decide_step() -> None:
    keys = [q.key for q in QUESTIONS]
    assert keys == [
        "immediate_risk",
        "evidence",
        "alternatives",
        "engagement",
        "intent",
        "capability",
        "other_vulnerabilities",
        "other_route",
        "consulted",
    ]
    assert all(q.text.endswith("?") and q.help for q in QUESTIONS)


# --- properties -----------------------------------------------------------------------------

answers_st = st.sampled_from(Answer)
item_ids = st.lists(st.integers(1, 10_000), max_size=3).map(tuple)


@st.composite
def decision_answers(draw: st.DrawFn) -> DecisionAnswers:
    observed = draw(st.integers(0, 4))
    assertions = draw(st.integers(0, 4))
    assumptions = draw(st.integers(0, 4))
    total = observed + assertions + assumptions
    corroborated = draw(st.integers(0, total))
    contradicted = draw(st.integers(0, total - corroborated))
    return DecisionAnswers(
        immediate_risk=draw(answers_st),
        observed=observed,
        assertions=assertions,
        assumptions=assumptions,
        corroborated=corroborated,
        contradicted=contradicted,
        alternatives_explored=draw(st.booleans()),
        alternatives_count=draw(st.integers(0, 3)),
        engagement=draw(answers_st),
        engagement_items=draw(item_ids),
        intent=draw(answers_st),
        intent_items=draw(item_ids),
        capability=draw(answers_st),
        capability_items=draw(item_ids),
        other_vulnerabilities=draw(answers_st),
        other_route_meets_need=draw(answers_st),
        other_route_in_parallel=draw(st.booleans()),
        consulted=draw(st.integers(0, 3)),
    )


def _walk(value: object, path: str = "guidance") -> list[tuple[str, object]]:
    """Every leaf value inside the guidance output, with where it was found."""
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        out: list[tuple[str, object]] = []
        for f in dataclasses.fields(value):
            out.extend(_walk(getattr(value, f.name), f"{path}.{f.name}"))
        return out
    if isinstance(value, tuple | list):
        return [leaf for i, v in enumerate(value) for leaf in _walk(v, f"{path}[{i}]")]
    if isinstance(value, Mapping):
        return [leaf for k, v in value.items() for leaf in _walk(v, f"{path}[{k!r}]")]
    return [(path, value)]


@settings(deadline=None, max_examples=400)
@given(answers=decision_answers())
def test_guidance_never_scores_and_always_points_with_reasons(answers: DecisionAnswers) -> None:
    g = point_to(answers)
    assert g.pointers, "there is always at least one pointer"
    for p in g.pointers:
        assert isinstance(p.outcome, Outcome)
        assert p.reasons and all(r.english().strip() for r in p.reasons)
        assert p.text.startswith("The answers point towards ")
        assert " because " in p.text
    for path, leaf in _walk(g):
        assert isinstance(leaf, str), f"{path} holds a non-text value {leaf!r}"
        # No figures at all, apart from the emergency number.
        assert not any(ch.isdigit() for ch in leaf.replace("999", "")), path
        assert "score" not in leaf.lower(), path
    for field_name in ("score", "rating", "risk_level", "total"):
        assert not hasattr(g, field_name)
        assert all(not hasattr(p, field_name) for p in g.pointers)
    outs = outcomes(g)
    assert len(outs) == len(set(outs)), "each outcome is pointed to at most once"
    assert (Outcome.EMERGENCY in outs) == (answers.immediate_risk is Answer.YES)
    if Outcome.EMERGENCY in outs:
        assert outs[0] is Outcome.EMERGENCY


@settings(deadline=None, max_examples=300)
@given(answers=decision_answers())
def test_guidance_is_not_a_decision(answers: DecisionAnswers) -> None:
    """The output carries no decision or rationale: the DSL must still choose and write why."""
    g = point_to(answers)
    names = {f.name for f in dataclasses.fields(g)} | {
        f.name for p in g.pointers for f in dataclasses.fields(p)
    }
    assert not names & {"decision", "rationale", "chosen", "decided"}
    assert point_to(answers) == g, "the same answers always give the same guidance"


@settings(deadline=None, max_examples=300)
@given(answers=decision_answers())
def test_warnings_match_the_evidence(answers: DecisionAnswers) -> None:
    codes = warning_codes(point_to(answers).warnings)
    assert ("rests_on_claims" in codes) == (answers.total_items > 0 and answers.observed == 0)
    assert ("contradicted_present" in codes) == (answers.contradicted > 0)
    assert ("no_alternative" in codes) == (
        answers.alternatives_count == 0 and not answers.alternatives_explored
    )


def test_choosing_a_referral_after_an_accepted_alternative_is_pointed_out() -> None:
    from dsl_desktop.guidance import ACCEPTED_ALTERNATIVE, EMERGENCY_LATE, choice_warnings

    accepted = solid(alternatives_accepted=1, alternatives_count=1)
    assert choice_warnings(accepted, Outcome.PREVENT_REFERRAL) == (ACCEPTED_ALTERNATIVE,)
    assert choice_warnings(solid(alternatives_count=1), Outcome.PREVENT_REFERRAL) == ()
    assert choice_warnings(accepted, Outcome.NO_FURTHER_ACTION) == ()
    # an emergency is recorded when it happens, not reached as a decision days later
    assert choice_warnings(solid(), Outcome.EMERGENCY) == (EMERGENCY_LATE,)
    emergency = point_to(solid(immediate_risk=Y)).pointers[0]
    assert "does not stop a referral" in emergency.text


def test_harm_without_an_ideology_is_still_a_concern() -> None:
    from dsl_desktop.guidance import NO_IDEOLOGY, choice_warnings

    fixated = solid(engagement=N, intent=Y)
    assert NO_IDEOLOGY in choice_warnings(fixated, Outcome.NO_FURTHER_ACTION)
    assert NO_IDEOLOGY not in choice_warnings(fixated, Outcome.PREVENT_REFERRAL)
