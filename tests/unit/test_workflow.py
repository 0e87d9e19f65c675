"""Stage rules, decision validation and role permissions of the guided flow."""

from __future__ import annotations

import dataclasses
from datetime import date, datetime

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from dsl_desktop.domain import (
    InformationKind,
    Outcome,
    ReferralOutcome,
    Role,
    Stage,
    Validation,
)
from dsl_desktop.workflow import (
    CONCERN_ACTIONS,
    NOT_YET_KNOWN,
    OUTCOME_DESTINATIONS,
    STAGE_ORDER,
    Action,
    CaseFacts,
    PermissionDenied,
    Requirement,
    StageRuleError,
    advance,
    allowed_transitions,
    can,
    is_blank,
    missing_for,
    next_stages,
    permitted_actions,
    require,
    validate_decision,
)

NOTICED = datetime(2026, 3, 2, 10, 15)
SENT = datetime(2026, 3, 4, 9, 0)
REVIEW = date(2026, 6, 1)


def codes(reqs: list[Requirement]) -> set[str]:
    return {r.code for r in reqs}


def noticed() -> CaseFacts:
    return CaseFacts(
        has_person=True,
        noticed_at=NOTICED,
        account='He said "they deserve what is coming" in the lunch queue.',
        immediate_danger=False,
        category=NOT_YET_KNOWN,
    )


def checked(**changes: object) -> CaseFacts:
    base = dataclasses.replace(
        noticed(),
        items=CaseFacts.tally(
            [
                (InformationKind.OBSERVED, Validation.CORROBORATED),
                (InformationKind.ASSERTION, Validation.UNCORROBORATED),
            ]
        ),
        alternatives_recorded=1,
        consultations=1,
    )
    return dataclasses.replace(base, **changes)  # type: ignore[arg-type]


def decided(outcome: Outcome, **changes: object) -> CaseFacts:
    return checked(
        decision_outcome=outcome,
        decision_rationale="Spoke to him and his form tutor; the remark was about a film.",
        **changes,
    )


# --- Notice ---------------------------------------------------------------------------------


def test_empty_notice_lists_every_missing_item() -> None:
    assert codes(missing_for(Stage.NOTICE, CaseFacts())) == {
        "person_missing",
        "noticed_at_missing",
        "account_missing",
        "immediate_danger_unanswered",
        "category_missing",
    }


def test_complete_notice_can_move_to_check() -> None:
    assert missing_for(Stage.NOTICE, noticed()) == []
    assert advance(noticed(), Stage.NOTICE, Stage.CHECK) is Stage.CHECK


def test_not_yet_known_category_is_accepted_but_blank_is_not() -> None:
    assert missing_for(Stage.NOTICE, dataclasses.replace(noticed(), category=NOT_YET_KNOWN)) == []
    blank = dataclasses.replace(noticed(), category="  ")
    assert codes(missing_for(Stage.NOTICE, blank)) == {"category_missing"}


@pytest.mark.parametrize("account", ["", "   ", "\n\t", "...", "\u200b"])
def test_account_without_words_is_blank(account: str) -> None:
    facts = dataclasses.replace(noticed(), account=account)
    assert codes(missing_for(Stage.NOTICE, facts)) == {"account_missing"}


def test_immediate_danger_needs_the_emergency_action_recorded() -> None:
    danger = dataclasses.replace(noticed(), immediate_danger=True)
    assert codes(missing_for(Stage.NOTICE, danger)) == {"emergency_action_missing"}
    with pytest.raises(StageRuleError) as err:
        advance(danger, Stage.NOTICE, Stage.CHECK)
    assert codes(list(err.value.reasons)) == {"emergency_action_missing"}
    assert "999" in str(err.value)
    done = dataclasses.replace(danger, emergency_action="Ms Khan called 999 at 10:20.")
    assert advance(done, Stage.NOTICE, Stage.CHECK) is Stage.CHECK


def test_requirements_have_plain_messages() -> None:
    for req in missing_for(Stage.NOTICE, CaseFacts()):
        assert req.message and req.message[0].isupper() and req.message.endswith((".", "?"))


# --- Check ----------------------------------------------------------------------------------


def test_check_needs_at_least_one_information_item() -> None:
    assert codes(missing_for(Stage.CHECK, noticed())) == {"information_missing"}
    with pytest.raises(StageRuleError):
        advance(noticed(), Stage.CHECK, Stage.DECIDE)
    assert advance(checked(), Stage.CHECK, Stage.DECIDE) is Stage.DECIDE


def test_tally_and_count() -> None:
    facts = CaseFacts(
        items=CaseFacts.tally(
            [
                (InformationKind.OBSERVED, Validation.CORROBORATED),
                (InformationKind.OBSERVED, Validation.CONTRADICTED),
                (InformationKind.ASSUMPTION, Validation.UNCORROBORATED),
                (InformationKind.OBSERVED, Validation.CORROBORATED),
            ]
        )
    )
    assert facts.count() == 4
    assert facts.count(InformationKind.OBSERVED) == 3
    assert facts.count(validation=Validation.CORROBORATED) == 2
    assert facts.count(InformationKind.ASSUMPTION, Validation.CONTRADICTED) == 0


def test_facts_reject_bad_counts() -> None:
    with pytest.raises(ValueError):
        CaseFacts(items={(InformationKind.OBSERVED, Validation.CORROBORATED): -1})
    with pytest.raises(TypeError):
        CaseFacts(items={("observed", "corroborated"): 1})  # type: ignore[dict-item]
    with pytest.raises(ValueError):
        CaseFacts(consultations=-2)


# --- Decide ---------------------------------------------------------------------------------


def test_decision_needs_outcome_and_rationale() -> None:
    assert codes(validate_decision(None, "", None)) == {"outcome_missing", "rationale_missing"}
    assert (
        validate_decision(Outcome.NO_FURTHER_ACTION, "Explained by a history project.", None) == []
    )


def test_monitor_needs_review_date() -> None:
    assert codes(validate_decision(Outcome.MONITOR, "Watch for a term.", None)) == {
        "review_date_missing"
    }
    assert validate_decision(Outcome.MONITOR, "Watch for a term.", REVIEW) == []


def test_review_date_in_the_past_is_refused_when_today_is_known() -> None:
    problems = validate_decision(
        Outcome.MONITOR, "Watch.", date(2026, 1, 1), today=date(2026, 2, 1)
    )
    assert codes(problems) == {"review_date_past"}


def test_no_further_action_closes_and_needs_reasons() -> None:
    facts = checked(decision_outcome=Outcome.NO_FURTHER_ACTION, decision_rationale=" ")
    with pytest.raises(StageRuleError) as err:
        advance(facts, Stage.DECIDE, Stage.CLOSED)
    assert "rationale_missing" in codes(list(err.value.reasons))
    ok = decided(Outcome.NO_FURTHER_ACTION)
    assert advance(ok, Stage.DECIDE, Stage.CLOSED) is Stage.CLOSED


def test_only_a_prevent_referral_leads_to_share() -> None:
    for outcome in Outcome:
        facts = decided(outcome, review_date=REVIEW)
        if outcome is Outcome.PREVENT_REFERRAL:
            assert advance(facts, Stage.DECIDE, Stage.SHARE) is Stage.SHARE
        else:
            with pytest.raises(StageRuleError) as err:
                advance(facts, Stage.DECIDE, Stage.SHARE)
            assert codes(list(err.value.reasons)) == {"outcome_does_not_lead_there"}


def test_prevent_referral_cannot_bypass_share() -> None:
    facts = decided(Outcome.PREVENT_REFERRAL, review_date=REVIEW)
    for target in (Stage.REVIEW, Stage.CLOSED):
        with pytest.raises(StageRuleError):
            advance(facts, Stage.DECIDE, target)


def test_monitor_goes_to_review_only() -> None:
    facts = decided(Outcome.MONITOR, review_date=REVIEW)
    assert advance(facts, Stage.DECIDE, Stage.REVIEW) is Stage.REVIEW
    with pytest.raises(StageRuleError):
        advance(facts, Stage.DECIDE, Stage.CLOSED)
    no_date = decided(Outcome.MONITOR)
    with pytest.raises(StageRuleError) as err:
        advance(no_date, Stage.DECIDE, Stage.REVIEW)
    assert codes(list(err.value.reasons)) == {"review_date_missing"}


def test_in_school_support_may_review_with_a_date_or_close() -> None:
    assert advance(decided(Outcome.IN_SCHOOL_SUPPORT), Stage.DECIDE, Stage.CLOSED) is Stage.CLOSED
    with pytest.raises(StageRuleError) as err:
        advance(decided(Outcome.IN_SCHOOL_SUPPORT), Stage.DECIDE, Stage.REVIEW)
    assert codes(list(err.value.reasons)) == {"review_date_missing"}
    facts = decided(Outcome.IN_SCHOOL_SUPPORT, review_date=REVIEW)
    assert advance(facts, Stage.DECIDE, Stage.REVIEW) is Stage.REVIEW


def test_next_stages_follow_the_outcome() -> None:
    assert next_stages(decided(Outcome.PREVENT_REFERRAL), Stage.DECIDE) == {
        Stage.SHARE,
        Stage.CHECK,
    }
    assert next_stages(decided(Outcome.MONITOR, review_date=REVIEW), Stage.DECIDE) == {
        Stage.REVIEW,
        Stage.CHECK,
    }
    assert next_stages(checked(), Stage.DECIDE) == {Stage.CHECK}


# --- Share, review, closed ------------------------------------------------------------------


def test_share_needs_sent_details() -> None:
    facts = decided(Outcome.PREVENT_REFERRAL, review_date=REVIEW)
    assert codes(missing_for(Stage.SHARE, facts)) == {
        "referral_sent_at_missing",
        "referral_sent_to_missing",
    }
    sent = dataclasses.replace(facts, referral_sent_at=SENT, referral_sent_to="Police Prevent")
    assert advance(sent, Stage.SHARE, Stage.REVIEW) is Stage.REVIEW


def test_closing_after_share_needs_the_referral_outcome() -> None:
    sent = decided(
        Outcome.PREVENT_REFERRAL, referral_sent_at=SENT, referral_sent_to="Police Prevent"
    )
    with pytest.raises(StageRuleError) as err:
        advance(sent, Stage.SHARE, Stage.CLOSED)
    assert codes(list(err.value.reasons)) == {"referral_outcome_missing"}
    unknown = dataclasses.replace(sent, referral_outcome=ReferralOutcome.UNKNOWN)
    assert codes(missing_for(Stage.SHARE, unknown, Stage.CLOSED)) == {
        "outcome_unknown_review_date_missing"
    }
    chased = dataclasses.replace(unknown, review_date=REVIEW)
    assert advance(chased, Stage.SHARE, Stage.CLOSED) is Stage.CLOSED
    channel = dataclasses.replace(sent, referral_outcome=ReferralOutcome.CHANNEL)
    assert codes(missing_for(Stage.SHARE, channel, Stage.CLOSED)) == {
        "referral_outcome_date_missing"
    }


def test_review_closes_with_a_note() -> None:
    facts = decided(Outcome.MONITOR, review_date=REVIEW)
    assert codes(missing_for(Stage.REVIEW, facts)) == {"review_note_missing"}
    done = dataclasses.replace(facts, review_note="No further worries this term.")
    assert advance(done, Stage.REVIEW, Stage.CLOSED) is Stage.CLOSED


def test_closed_is_final() -> None:
    assert allowed_transitions(Stage.CLOSED) == set()
    assert codes(missing_for(Stage.CLOSED, checked())) == {"concern_closed"}
    for target in Stage:
        with pytest.raises(StageRuleError):
            advance(checked(), Stage.CLOSED, target)


# --- going back -----------------------------------------------------------------------------


def test_allowed_transitions_table() -> None:
    assert allowed_transitions(Stage.NOTICE) == {Stage.CHECK}
    assert allowed_transitions(Stage.CHECK) == {Stage.DECIDE}
    assert allowed_transitions(Stage.DECIDE) == {
        Stage.SHARE,
        Stage.REVIEW,
        Stage.CLOSED,
        Stage.CHECK,
    }
    assert allowed_transitions(Stage.SHARE) == {Stage.REVIEW, Stage.CLOSED, Stage.DECIDE}
    assert allowed_transitions(Stage.REVIEW) == {Stage.CLOSED, Stage.CHECK}


def test_decide_may_go_back_to_check() -> None:
    assert advance(CaseFacts(), Stage.DECIDE, Stage.CHECK) is Stage.CHECK


def test_share_goes_back_to_decide_only_before_sending() -> None:
    draft = decided(Outcome.PREVENT_REFERRAL)
    assert advance(draft, Stage.SHARE, Stage.DECIDE) is Stage.DECIDE
    sent = dataclasses.replace(draft, referral_sent_at=SENT, referral_sent_to="Police Prevent")
    with pytest.raises(StageRuleError) as err:
        advance(sent, Stage.SHARE, Stage.DECIDE)
    assert codes(list(err.value.reasons)) == {"referral_already_sent"}


def test_no_return_to_notice_and_no_skipping() -> None:
    for current in (Stage.CHECK, Stage.DECIDE, Stage.SHARE, Stage.REVIEW):
        with pytest.raises(StageRuleError) as err:
            advance(checked(), current, Stage.NOTICE)
        assert codes(list(err.value.reasons)) == {"transition_not_allowed"}
    with pytest.raises(StageRuleError):
        advance(decided(Outcome.PREVENT_REFERRAL), Stage.NOTICE, Stage.DECIDE)
    with pytest.raises(StageRuleError):
        advance(decided(Outcome.NO_FURTHER_ACTION), Stage.CHECK, Stage.CLOSED)
    with pytest.raises(StageRuleError):
        advance(decided(Outcome.PREVENT_REFERRAL), Stage.CHECK, Stage.SHARE)


def test_error_names_both_stages() -> None:
    with pytest.raises(StageRuleError) as err:
        advance(CaseFacts(), Stage.NOTICE, Stage.CHECK)
    assert err.value.current is Stage.NOTICE and err.value.target is Stage.CHECK
    assert "Notice" in str(err.value) and "Check" in str(err.value)


# --- property tests --------------------------------------------------------------------------

texts = st.one_of(st.just(""), st.just("  "), st.just("\u200b"), st.text(max_size=20))
item_keys = st.tuples(st.sampled_from(InformationKind), st.sampled_from(Validation))


@st.composite
def case_facts(draw: st.DrawFn) -> CaseFacts:
    return CaseFacts(
        has_person=draw(st.booleans()),
        noticed_at=draw(st.none() | st.just(NOTICED)),
        account=draw(texts),
        immediate_danger=draw(st.none() | st.booleans()),
        emergency_action=draw(texts),
        category=draw(st.none() | st.sampled_from([NOT_YET_KNOWN, "islamist", "", " "])),
        items=draw(st.dictionaries(item_keys, st.integers(0, 3), max_size=4)),
        alternatives_recorded=draw(st.integers(0, 2)),
        consultations=draw(st.integers(0, 2)),
        decision_outcome=draw(st.none() | st.sampled_from(Outcome)),
        decision_rationale=draw(texts),
        review_date=draw(st.none() | st.just(REVIEW)),
        referral_sent_at=draw(st.none() | st.just(SENT)),
        referral_sent_to=draw(texts),
        referral_outcome=draw(st.none() | st.sampled_from(ReferralOutcome)),
        referral_outcome_date=draw(st.none() | st.just(REVIEW)),
        review_note=draw(texts),
    )


@settings(deadline=None, max_examples=300)
@given(facts=case_facts(), current=st.sampled_from(Stage), target=st.sampled_from(Stage))
def test_advance_only_takes_listed_one_step_moves(
    facts: CaseFacts, current: Stage, target: Stage
) -> None:
    try:
        result = advance(facts, current, target)
    except StageRuleError as err:
        assert err.reasons, "a refusal always carries reasons"
        assert all(r.code and not is_blank(r.message) for r in err.reasons)
        return
    assert result is target
    assert target in allowed_transitions(current)
    if current is Stage.NOTICE:
        assert target is Stage.CHECK
    if current is Stage.CHECK:
        assert target is Stage.DECIDE
    if target is Stage.SHARE and current is Stage.DECIDE:
        assert facts.decision_outcome is Outcome.PREVENT_REFERRAL


@settings(deadline=None, max_examples=200)
@given(
    facts=st.lists(case_facts(), min_size=1, max_size=25),
    targets=st.lists(st.sampled_from(Stage), min_size=1, max_size=25),
)
def test_no_walk_skips_a_stage(facts: list[CaseFacts], targets: list[Stage]) -> None:
    """However the facts change along the way, every route out of Decide passes Notice ->
    Check -> Decide, and Share is only reached from a Prevent referral decision."""
    stage = Stage.NOTICE
    visited = [stage]
    for n, target in enumerate(targets):
        f = facts[n % len(facts)]
        try:
            stage = advance(f, stage, target)
        except StageRuleError:
            continue
        visited.append(stage)
        if stage is Stage.SHARE:
            assert f.decision_outcome is Outcome.PREVENT_REFERRAL
    for i, s in enumerate(visited):
        if s in (Stage.SHARE, Stage.REVIEW, Stage.CLOSED):
            assert Stage.CHECK in visited[:i] and Stage.DECIDE in visited[:i]
        if s is Stage.DECIDE:
            assert Stage.CHECK in visited[:i]


@settings(deadline=None, max_examples=300)
@given(facts=case_facts(), rationale=st.sampled_from(["", " ", "\u200b", " .\n", "-"]))
def test_no_decision_is_accepted_without_a_rationale(facts: CaseFacts, rationale: str) -> None:
    blank = dataclasses.replace(facts, decision_rationale=rationale)
    for tgt in OUTCOME_DESTINATIONS[blank.decision_outcome or Outcome.MONITOR] | {Stage.CLOSED}:
        with pytest.raises(StageRuleError) as err:
            advance(blank, Stage.DECIDE, tgt)
        assert "rationale_missing" in {r.code for r in err.value.reasons}


@settings(deadline=None, max_examples=300)
@given(
    outcome=st.none() | st.sampled_from(Outcome),
    rationale=texts,
    review=st.none() | st.just(REVIEW),
)
def test_validate_decision_always_demands_words(
    outcome: Outcome | None, rationale: str, review: date | None
) -> None:
    problems = validate_decision(outcome, rationale, review)
    if is_blank(rationale):
        assert "rationale_missing" in codes(problems)
    if not problems:
        assert outcome is not None and not is_blank(rationale)
        assert outcome is not Outcome.MONITOR or review is not None


def test_stage_order_covers_every_stage() -> None:
    assert set(STAGE_ORDER) == set(Stage)
    for stage in Stage:
        assert allowed_transitions(stage) <= set(Stage)


# --- permissions -----------------------------------------------------------------------------


def test_dsl_can_do_everything() -> None:
    assert all(can(Role.DSL, a) for a in Action)


def test_deputy_can_do_everything_but_manage_accounts() -> None:
    assert permitted_actions(Role.DEPUTY) == frozenset(Action) - {Action.MANAGE_ACCOUNTS}
    assert not can(Role.DEPUTY, Action.MANAGE_ACCOUNTS)
    assert can(Role.DEPUTY, Action.DECIDE) and can(Role.DEPUTY, Action.REFER)


def test_reviewer_is_read_only() -> None:
    assert permitted_actions(Role.REVIEWER) == {
        Action.VIEW_LOG,
        Action.VIEW_CASE,
        Action.VIEW_AUDIT,
        Action.VIEW_TRAINING,
    }
    for action in (Action.EDIT_CASE, Action.DECIDE, Action.REFER, Action.MANAGE_TRAINING):
        assert not can(Role.REVIEWER, action)


def test_training_admin_has_training_only() -> None:
    assert permitted_actions(Role.TRAINING_ADMIN) == {
        Action.VIEW_TRAINING,
        Action.MANAGE_TRAINING,
        Action.EXPORT_TRAINING,
    }


@given(action=st.sampled_from(sorted(CONCERN_ACTIONS)))
def test_training_admin_never_sees_a_concern(action: Action) -> None:
    assert not can(Role.TRAINING_ADMIN, action)
    with pytest.raises(PermissionDenied) as err:
        require(Role.TRAINING_ADMIN, action)
    assert err.value.role is Role.TRAINING_ADMIN and err.value.action is action


@given(role=st.sampled_from(Role), action=st.sampled_from(Action))
def test_require_agrees_with_can(role: Role, action: Action) -> None:
    if can(role, action):
        require(role, action)
    else:
        with pytest.raises(PermissionDenied, match="role cannot"):
            require(role, action)


def test_can_accepts_stored_string_values() -> None:
    assert can(Role("reviewer"), Action("view_case"))
    assert not can(Role("training_admin"), Action("view_log"))
