"""The concern services end to end on a real encrypted vault: the guided flow, roles, audit,
amendments and the chronology."""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

from db.keyslots import KdfParams
from db.models import Amendment, AuditEvent, Concern, InformationItem
from db.vault import OpenVault, Vault
from dsl_desktop.domain import (
    Answer,
    ConcernStatus,
    InformationKind,
    Outcome,
    ReferralOutcome,
    Role,
    Stage,
    Validation,
)
from dsl_desktop.guidance import DecisionAnswers
from dsl_desktop.services import accounts
from dsl_desktop.services import concerns as cs
from dsl_desktop.services.people import PersonInput, add_person
from dsl_desktop.workflow import PermissionDenied, StageRuleError

FAST_KDF = KdfParams(19456, 2, 1)

NOTICED = dt.datetime(2026, 1, 14, 10, 20)
ACCOUNT = 'In the lunch queue Rhys said "they all deserve what is coming to them" about a mosque.'

Maker = Callable[..., tuple[Vault, OpenVault, str]]


def today_plus(days: int) -> dt.date:
    return dt.date.today() + dt.timedelta(days=days)


def person(ov: OpenVault, forenames: str = "Rhys", surname: str = "Llewellyn") -> int:
    return add_person(
        ov, PersonInput(forenames=forenames, surname=surname, date_of_birth=dt.date(2011, 5, 3))
    ).id


def notice(pid: int, /, **changes: Any) -> cs.NoticeInput:
    base = cs.NoticeInput(
        person_id=pid,
        noticed_by="Mr Gareth Hughes",
        noticed_at=NOTICED,
        account=ACCOUNT,
        immediate_danger=False,
        location="Dining hall",
        others_present="Two Year 9 pupils",
        indicators=("hostile_language", "supports_group"),
        category="extreme_right_wing",
    )
    return dataclasses.replace(base, **changes)


def to_check(ov: OpenVault, **changes: Any) -> int:
    ref = cs.create_concern(ov, notice(person(ov), **changes))
    cs.move_to(ov, ref.id, Stage.CHECK)
    return ref.id


def checked(ov: OpenVault) -> int:
    cid = to_check(ov)
    cs.add_information(
        ov, cid,
        cs.InformationInput(ACCOUNT, InformationKind.OBSERVED, Validation.CORROBORATED,
                            source="Mr Hughes", obtained_at=NOTICED.date()),
    )  # fmt: skip
    cs.move_to(ov, cid, Stage.DECIDE)
    return cid


@dataclasses.dataclass(frozen=True)
class Event:
    action: str
    entity_id: str
    details: dict[str, Any]


def audit_rows(ov: OpenVault) -> list[Event]:
    with ov.reading() as s:
        return [
            Event(e.action, e.entity_id, dict(e.details))
            for e in s.scalars(select(AuditEvent).order_by(AuditEvent.seq))
        ]


def second_user(maker_vault: Vault, ov: OpenVault, role: Role, closing: Any) -> OpenVault:
    name = f"user {role.value}"
    accounts.add_account(
        ov, sign_in_name=name, display_name=f"{role.value} person", role=role,
        passphrase="granite osprey window 77 thistle", kdf=FAST_KDF,
    )  # fmt: skip
    other: OpenVault = closing(maker_vault.unlock(name, "granite osprey window 77 thistle"))
    return other


# ---- the whole flow ----------------------------------------------------------------------------
def test_a_referral_goes_through_every_stage(new_vault: Maker) -> None:
    _, ov, _ = new_vault()
    pid = person(ov, "Siân", "O'Neill")
    ref = cs.create_concern(ov, notice(pid))
    assert ref.reference == "C-2026-0001"
    view = cs.case_view(ov, ref.id)
    assert view.stage is Stage.NOTICE and view.status is ConcernStatus.OPEN
    assert view.person.forenames == "Siân" and view.account == ACCOUNT
    assert view.indicators == ("hostile_language", "supports_group")
    assert view.missing == () and Stage.CHECK in view.next_stages

    assert cs.move_to(ov, ref.id, Stage.CHECK) is Stage.CHECK
    view = cs.case_view(ov, ref.id)
    assert [r.code for r in view.missing] == ["information_missing"]
    assert {w.code for w in view.warnings} == {"no_information", "no_alternative"}

    item_ids = [
        cs.add_information(ov, ref.id, cs.InformationInput(
            "Said the words quoted, heard by the teacher on duty", InformationKind.OBSERVED,
            Validation.CORROBORATED, source="Mr Hughes", obtained_at=dt.date(2026, 1, 14))),
        cs.add_information(ov, ref.id, cs.InformationInput(
            "A pupil says he is in an online group sharing racist memes",
            InformationKind.ASSERTION, source="Pupil A")),
        cs.add_information(ov, ref.id, cs.InformationInput(
            "He must be watching propaganda at home", InformationKind.ASSUMPTION,
            Validation.CONTRADICTED, source="Staff room")),
    ]  # fmt: skip
    cs.add_alternative(
        ov, ref.id,
        cs.AlternativeInput("Repeating lyrics from a game", "Asked him and his form tutor"),
    )  # fmt: skip
    cs.add_consultation(
        ov, ref.id,
        cs.ConsultationInput(
            "PC Dafydd Evans", NOTICED + dt.timedelta(days=1), role="Prevent officer",
            agency="Police Prevent team", method="phone", shared="The account and context",
            reason="Advice before deciding", outcome="Advised a referral",
        ),
    )  # fmt: skip
    view = cs.case_view(ov, ref.id)
    assert [i.id for i in view.items] == item_ids
    assert view.facts.count(InformationKind.OBSERVED) == 1
    assert {w.code for w in view.warnings} == {"contradicted_present"}
    assert view.missing == ()
    cs.move_to(ov, ref.id, Stage.DECIDE)

    answers = dataclasses.replace(
        DecisionAnswers.prefill(cs.case_facts(ov, ref.id)),
        immediate_risk=Answer.NO, engagement=Answer.YES, engagement_items=(item_ids[0],),
        intent=Answer.NO, capability=Answer.NO,
    )  # fmt: skip
    decision_id = cs.record_decision(
        ov, ref.id,
        cs.DecisionInput(Outcome.PREVENT_REFERRAL, "Observed and corroborated support for an "
                         "extreme right-wing cause; police advised referral.", answers=answers,
                         parallel_route="Early help assessment"),
    )  # fmt: skip
    view = cs.case_view(ov, ref.id)
    assert view.stage is Stage.SHARE and view.outcome is Outcome.PREVENT_REFERRAL
    assert view.decided_at is not None and view.latest_decision is not None
    assert view.latest_decision.id == decision_id
    assert view.latest_decision.answers["engagement"] == "yes"
    assert view.latest_decision.answers["engagement_items"] == [item_ids[0]]

    first = cs.save_referral_snapshot(ov, ref.id, {"person": {"forenames": "Sian"}}, "v1")
    referral_id = cs.save_referral_snapshot(ov, ref.id, {"person": {"forenames": "Siân"}}, "v2")
    assert referral_id > first  # each generation is kept
    sent_at = dt.datetime.now().replace(microsecond=0) - dt.timedelta(hours=1)
    assert (
        cs.record_referral_sent(
            ov, ref.id, cs.ReferralSentInput(sent_at, "Police Prevent team", "secure email")
        )
        == referral_id
    )
    with pytest.raises(StageRuleError) as err:
        cs.move_to(ov, ref.id, Stage.CLOSED)
    assert "referral_outcome_missing" in {r.code for r in err.value.reasons}
    cs.move_to(ov, ref.id, Stage.REVIEW, next_review=today_plus(30))
    cs.record_referral_outcome(ov, referral_id, ReferralOutcome.UNKNOWN, None)
    cs.record_referral_outcome(
        ov, referral_id, ReferralOutcome.CHANNEL, dt.date.today(), "Channel panel accepted"
    )
    with pytest.raises(cs.RecordLocked):
        cs.record_referral_outcome(ov, referral_id, ReferralOutcome.SIGNPOSTED, dt.date.today())
    cs.record_review(ov, ref.id, "Engaging with Channel mentor", today_plus(60))
    assert cs.case_view(ov, ref.id).next_review == today_plus(60)
    with pytest.raises(StageRuleError) as err:
        cs.move_to(ov, ref.id, Stage.CLOSED)
    assert [r.code for r in err.value.reasons] == ["review_note_missing"]
    cs.move_to(ov, ref.id, Stage.CLOSED, note="Channel support finished; no concerns remain.")

    view = cs.case_view(ov, ref.id)
    assert view.stage is Stage.CLOSED and view.status is ConcernStatus.CLOSED
    assert view.closed_at is not None and view.next_review is None
    assert view.referrals[0].snapshot == {"person": {"forenames": "Sian"}}
    assert view.referrals[0].sent_at is None
    latest = view.latest_referral
    assert latest is not None and latest.outcome is ReferralOutcome.CHANNEL
    assert latest.snapshot == {"person": {"forenames": "Siân"}} and latest.form_version == "v2"
    assert [(c.from_stage, c.to_stage) for c in view.stage_changes] == [
        (Stage.NOTICE, Stage.CHECK), (Stage.CHECK, Stage.DECIDE), (Stage.DECIDE, Stage.SHARE),
        (Stage.SHARE, Stage.REVIEW), (Stage.REVIEW, Stage.REVIEW), (Stage.REVIEW, Stage.CLOSED),
    ]  # fmt: skip
    assert view.next_stages == frozenset() and view.missing == ()
    with pytest.raises(cs.WrongStage):
        cs.add_consultation(ov, ref.id, cs.ConsultationInput("Someone", NOTICED))
    assert ov.verify().ok


def test_no_further_action_is_recorded_like_a_referral(new_vault: Maker) -> None:
    _, ov, _ = new_vault()
    cid = checked(ov)
    with pytest.raises(cs.InvalidInput) as err:
        cs.record_decision(ov, cid, cs.DecisionInput(Outcome.NO_FURTHER_ACTION, "   "))
    assert [p.code for p in err.value.problems] == ["rationale_missing"]
    assert cs.case_view(ov, cid).stage is Stage.DECIDE  # nothing half-saved
    cs.record_decision(
        ov, cid,
        cs.DecisionInput(Outcome.NO_FURTHER_ACTION, "Lyrics from a game; no ideology; parents "
                         "spoken to.", answers={"engagement": "no"}),
    )  # fmt: skip
    view = cs.case_view(ov, cid)
    assert view.stage is Stage.CLOSED and view.outcome is Outcome.NO_FURTHER_ACTION
    assert view.decisions[0].rationale.startswith("Lyrics from a game")
    assert view.decisions[0].answers == {"engagement": "no"}


def test_monitoring_needs_a_review_date_and_goes_to_review(new_vault: Maker) -> None:
    _, ov, _ = new_vault()
    cid = checked(ov)
    with pytest.raises(cs.InvalidInput) as err:
        cs.record_decision(ov, cid, cs.DecisionInput(Outcome.MONITOR, "Watch for a month"))
    assert "review_date_missing" in {p.code for p in err.value.problems}
    with pytest.raises(cs.InvalidInput):
        cs.record_decision(
            ov, cid, cs.DecisionInput(Outcome.MONITOR, "Watch", review_date=today_plus(-1))
        )
    cs.record_decision(
        ov, cid, cs.DecisionInput(Outcome.MONITOR, "Watch for a month", review_date=today_plus(30))
    )
    view = cs.case_view(ov, cid)
    assert view.stage is Stage.REVIEW and view.next_review == today_plus(30)
    # new information at review: back to Check, then a new decision
    cs.move_to(ov, cid, Stage.CHECK, note="New information from home")
    cs.add_information(ov, cid, cs.InformationInput("Parent called", InformationKind.ASSERTION))
    cs.move_to(ov, cid, Stage.DECIDE)
    with pytest.raises(StageRuleError):  # a referral outcome must lead to Share
        cs.record_decision(
            ov, cid,
            cs.DecisionInput(Outcome.PREVENT_REFERRAL, "Escalating", move_to=Stage.CLOSED),
        )  # fmt: skip
    cs.record_decision(ov, cid, cs.DecisionInput(Outcome.IN_SCHOOL_SUPPORT, "Mentoring in school"))
    view = cs.case_view(ov, cid)
    assert view.stage is Stage.CLOSED and len(view.decisions) == 2


def test_immediate_danger_needs_the_emergency_action_and_its_time(new_vault: Maker) -> None:
    _, ov, _ = new_vault()
    pid = person(ov)
    with pytest.raises(cs.InvalidInput) as err:
        cs.create_concern(ov, notice(pid, immediate_danger=True))
    assert {p.code for p in err.value.problems} == {
        "emergency_action_missing",
        "emergency_at_missing",
    }
    with pytest.raises(cs.InvalidInput) as err:
        cs.create_concern(ov, notice(pid, immediate_danger=None))
    assert {p.code for p in err.value.problems} == {"immediate_danger_unanswered"}
    ref = cs.create_concern(
        ov,
        notice(pid, immediate_danger=True, emergency_action="999 called by Mrs Patel",
               emergency_at=NOTICED + dt.timedelta(minutes=3)),
    )  # fmt: skip
    view = cs.case_view(ov, ref.id)
    assert view.immediate_danger is True and view.emergency_action == "999 called by Mrs Patel"
    assert [h.kind for h in cs.case_history(ov, ref.id)][:3] == ["noticed", "emergency", "recorded"]


def test_notice_is_checked(new_vault: Maker) -> None:
    _, ov, _ = new_vault()
    pid = person(ov)
    future = dt.datetime.now() + dt.timedelta(days=2)
    cases: list[tuple[dict[str, Any], str]] = [
        ({"account": "  "}, "account_missing"),
        ({"noticed_at": future}, "noticed_at_future"),
        ({"category": "martian"}, "category_unknown"),
        ({"indicators": ("not_an_indicator",)}, "indicator_unknown"),
        ({"person_id": 9999}, "person_missing"),
        ({"noticed_by": ""}, "noticed_by_missing"),
        ({"details": {"Bad Key": 1}}, "details_invalid"),
    ]
    for changes, code in cases:
        with pytest.raises(cs.InvalidInput) as err:
            cs.create_concern(ov, notice(pid, **changes))
        assert code in {p.code for p in err.value.problems}, changes
    ref = cs.create_concern(
        ov, notice(pid, category="not_yet_known", details={"online_activity": "TikTok"})
    )
    view = cs.case_view(ov, ref.id)
    assert view.category == "not_yet_known" and view.details == {"online_activity": "TikTok"}


def test_references_count_per_year_of_noticing(new_vault: Maker) -> None:
    _, ov, _ = new_vault()
    pid = person(ov)
    refs = [
        cs.create_concern(ov, notice(pid, noticed_at=at)).reference
        for at in (
            dt.datetime(2025, 12, 31, 15, 0),
            dt.datetime(2026, 1, 2, 9, 0),
            dt.datetime(2025, 3, 1, 9, 0),
            dt.datetime(2026, 2, 2, 9, 0),
        )
    ]
    assert refs == ["C-2025-0001", "C-2026-0001", "C-2025-0002", "C-2026-0002"]


def test_stages_move_only_by_the_rules(new_vault: Maker) -> None:
    _, ov, _ = new_vault()
    ref = cs.create_concern(ov, notice(person(ov)))
    with pytest.raises(StageRuleError):
        cs.move_to(ov, ref.id, Stage.DECIDE)
    cs.move_to(ov, ref.id, Stage.CHECK)
    with pytest.raises(StageRuleError) as err:
        cs.move_to(ov, ref.id, Stage.DECIDE)
    assert [r.code for r in err.value.reasons] == ["information_missing"]
    with pytest.raises(cs.WrongStage):
        cs.record_decision(ov, ref.id, cs.DecisionInput(Outcome.NO_FURTHER_ACTION, "x"))
    cs.add_information(ov, ref.id, cs.InformationInput("Seen", InformationKind.OBSERVED))
    cs.move_to(ov, ref.id, Stage.DECIDE)
    with pytest.raises(cs.WrongStage):
        cs.add_information(ov, ref.id, cs.InformationInput("More", InformationKind.OBSERVED))
    with pytest.raises(cs.WrongStage):
        cs.record_referral_sent(ov, ref.id, cs.ReferralSentInput(NOTICED, "Police"))
    cs.move_to(ov, ref.id, Stage.CHECK)
    assert cs.case_view(ov, ref.id).stage is Stage.CHECK


def test_actions(new_vault: Maker) -> None:
    _, ov, _ = new_vault()
    cid = to_check(ov)
    aid = cs.add_action(ov, cid, cs.ActionInput("Speak to parents", "Mrs Patel", today_plus(2)))
    cs.complete_action(ov, aid)
    with pytest.raises(cs.RecordLocked):
        cs.complete_action(ov, aid)
    view = cs.case_view(ov, cid)
    assert view.actions[0].done and view.actions[0].owner == "Mrs Patel"
    assert view.actions[0].created_by == "Anna Khan (DSL)"
    kinds = [h.kind for h in cs.case_history(ov, cid)]
    assert kinds.index("action") < kinds.index("action_done")


# ---- roles -------------------------------------------------------------------------------------
def test_a_reviewer_can_read_but_change_nothing(new_vault: Maker, closing: Any) -> None:
    vault, ov, _ = new_vault()
    cid = checked(ov)
    aid = cs.add_action(ov, cid, cs.ActionInput("Call home"))
    with ov.reading() as s:
        item_id = s.scalars(select(InformationItem.id)).first()
    assert item_id is not None
    reviewer = second_user(vault, ov, Role.REVIEWER, closing)
    view = cs.case_view(reviewer, cid)
    assert view.can_edit is False and view.can_decide is False
    cs.case_history(reviewer, cid)

    pid = view.person.id
    mutations: list[Callable[[], object]] = [
        lambda: cs.create_concern(reviewer, notice(pid)),
        lambda: cs.add_information(
            reviewer, cid, cs.InformationInput("x", InformationKind.OBSERVED)
        ),
        lambda: cs.add_alternative(reviewer, cid, cs.AlternativeInput("x")),
        lambda: cs.add_consultation(reviewer, cid, cs.ConsultationInput("x", NOTICED)),
        lambda: cs.move_to(reviewer, cid, Stage.CHECK),
        lambda: cs.record_decision(reviewer, cid, cs.DecisionInput(Outcome.NO_FURTHER_ACTION, "x")),
        lambda: cs.record_review(reviewer, cid, "x", today_plus(3)),
        lambda: cs.save_referral_snapshot(reviewer, cid, {}, "v1"),
        lambda: cs.record_referral_sent(reviewer, cid, cs.ReferralSentInput(NOTICED, "x")),
        lambda: cs.record_referral_outcome(reviewer, 1, ReferralOutcome.UNKNOWN, None),
        lambda: cs.add_action(reviewer, cid, cs.ActionInput("x")),
        lambda: cs.complete_action(reviewer, aid),
        lambda: cs.amend(reviewer, "concern", cid, "location", "Library", "typo"),
        lambda: cs.amend(reviewer, "information_item", item_id, "validation", "contradicted", "r"),
        lambda: cs.fill_in(reviewer, "concern", cid, "details.online_activity", "x"),
        lambda: cs.amend(reviewer, "person", pid, "surname", "Jones", "typo"),
    ]
    before = len(audit_rows(ov))
    for mutate in mutations:
        with pytest.raises(PermissionDenied):
            mutate()
    after = audit_rows(ov)
    assert [e.action for e in after[before:]] == []  # nothing changed, nothing audited
    assert cs.case_view(ov, cid).stage is Stage.DECIDE


def test_a_training_administrator_cannot_see_a_case(new_vault: Maker, closing: Any) -> None:
    vault, ov, _ = new_vault()
    cid = to_check(ov)
    admin = second_user(vault, ov, Role.TRAINING_ADMIN, closing)
    for look in (cs.case_view, cs.case_history, cs.case_facts):
        with pytest.raises(PermissionDenied):
            look(admin, cid)


def test_a_deputy_can_do_the_whole_flow(new_vault: Maker, closing: Any) -> None:
    vault, ov, _ = new_vault()
    deputy = second_user(vault, ov, Role.DEPUTY, closing)
    cid = checked(deputy)
    cs.record_decision(deputy, cid, cs.DecisionInput(Outcome.NO_FURTHER_ACTION, "Explained"))
    view = cs.case_view(ov, cid)
    assert view.recorded_by == "deputy person" and view.decisions[0].decided_by == "deputy person"


# ---- audit -------------------------------------------------------------------------------------
def test_every_change_and_view_is_audited_without_content(new_vault: Maker) -> None:
    _, ov, _ = new_vault()
    before = len(audit_rows(ov))
    cid = checked(ov)
    cs.case_view(ov, cid)
    cs.case_history(ov, cid)
    cs.amend(ov, "concern", cid, "location", "The library", "Wrong room written down")
    events = audit_rows(ov)[before:]
    assert [e.action for e in events] == [
        "person.added", "concern.created", "concern.stage_changed", "information.added",
        "concern.stage_changed", "concern.viewed", "concern.history_viewed", "record.amended",
    ]  # fmt: skip
    assert all(e.entity_id for e in events)
    dumped = json.dumps([e.details for e in events], ensure_ascii=False)
    for secret in ("lunch queue", "Rhys", "Llewellyn", "library", "Wrong room", "Dining"):
        assert secret.lower() not in dumped.lower()
    assert ov.verify().ok


# ---- amendments --------------------------------------------------------------------------------
def test_an_amendment_keeps_the_original_and_shows_in_the_history(
    new_vault: Maker, tmp_path: Path
) -> None:
    vault, ov, _ = new_vault()
    cid = checked(ov)
    with pytest.raises(cs.InvalidInput) as err:
        cs.amend(ov, "concern", cid, "account", "Corrected account", "  ")
    assert [p.code for p in err.value.problems] == ["reason_missing"]
    new_account = ACCOUNT.replace("mosque", "synagogue")
    amendment_id = cs.amend(
        ov, "concern", cid, "account", new_account, "Mr Hughes corrected his note the next day"
    )
    with ov.reading() as s:
        row = s.get(Amendment, amendment_id)
        assert row is not None
        assert (row.old_value, row.new_value) == (ACCOUNT, new_account)
        assert row.reason == "Mr Hughes corrected his note the next day"
        assert row.concern_id == cid and row.amended_by_id == ov.user.user_id  # type: ignore[union-attr]
        stored = s.get(Concern, cid)
        assert stored is not None and stored.account == new_account
    view = cs.case_view(ov, cid)
    assert view.account == new_account
    assert view.amended_fields("concern", cid) == {"account"}
    history = cs.case_history(ov, cid)
    entry = next(h for h in history if h.kind == "amendment")
    assert entry.old_value == ACCOUNT and entry.new_value == new_account
    assert entry.reason.startswith("Mr Hughes corrected")
    assert [h.at for h in history] == sorted(h.at for h in history)
    assert ov.verify().ok


def test_amendments_are_checked(new_vault: Maker) -> None:
    _, ov, _ = new_vault()
    cid = checked(ov)
    view = cs.case_view(ov, cid)
    item = view.items[0]
    cs.amend(ov, "information_item", item.id, "validation", "contradicted", "Form tutor disagreed")
    assert cs.case_facts(ov, cid).count(validation=Validation.CONTRADICTED) == 1
    cs.amend(ov, "concern", cid, "category", "not_yet_known", "Not clear after all")
    cs.amend(ov, "concern", cid, "indicators", ["withdrawn"], "Wrong indicator ticked")
    bad: list[tuple[str, int, str, Any, str]] = [
        ("concern", cid, "account", "", "value_missing"),
        ("concern", cid, "immediate_danger", True, "emergency_action_missing"),
        ("concern", cid, "category", "unknown_thing", "category_unknown"),
        ("concern", cid, "location", "Dining hall", "value_unchanged"),
        ("concern", cid, "reference", "C-1", "field_unknown"),
        ("concern", cid, "stage", "closed", "field_unknown"),
        ("information_item", item.id, "kind", "gossip", "value_invalid"),
        ("person", view.person.id, "surname", " ", "surname_missing"),
        ("person", view.person.id, "date_of_birth", today_plus(5), "date_of_birth_future"),
        ("nonsense", 1, "x", 1, "entity_unknown"),
    ]
    for entity, eid, field, value, code in bad:
        with pytest.raises(cs.InvalidInput) as err:
            cs.amend(ov, entity, eid, field, value, "because")
        assert code in {p.code for p in err.value.problems}, (entity, field)
    with pytest.raises(cs.NotFound):
        cs.amend(ov, "consultation", 999, "name", "x", "because")
    cs.amend(ov, "person", view.person.id, "surname", "Llywelyn", "Spelling from the register")
    assert cs.case_view(ov, cid).person.surname == "Llywelyn"
    assert ov.verify().ok


def test_filling_in_a_blank_field_is_allowed_once(new_vault: Maker) -> None:
    _, ov, _ = new_vault()
    cid = to_check(ov)
    alt = cs.add_alternative(ov, cid, cs.AlternativeInput("A school history project"))
    cs.fill_in(ov, "alternative_explanation", alt, "exploration", "Checked with history teacher")
    with pytest.raises(cs.RecordLocked):
        cs.fill_in(ov, "alternative_explanation", alt, "exploration", "Something else")
    cs.fill_in(ov, "concern", cid, "details.social_media", ["@handle_one"])
    with pytest.raises(cs.RecordLocked):
        cs.fill_in(ov, "concern", cid, "details.social_media", ["@other"])
    cs.amend(ov, "concern", cid, "details.social_media", ["@other"], "Handle was mistyped")
    view = cs.case_view(ov, cid)
    assert view.alternatives[0].exploration == "Checked with history teacher"
    assert view.details["social_media"] == ["@other"]
    added = [h for h in cs.case_history(ov, cid) if h.kind == "amendment"]
    assert [h.summary.english().split()[0] for h in added] == ["Added", "Added", "Amended"]


def test_a_sent_referral_is_not_edited_except_by_amendment(new_vault: Maker) -> None:
    _, ov, _ = new_vault()
    cid = checked(ov)
    cs.record_decision(ov, cid, cs.DecisionInput(Outcome.PREVENT_REFERRAL, "Intent expressed"))
    sent = dt.datetime.now().replace(microsecond=0) - dt.timedelta(minutes=30)
    rid = cs.record_referral_sent(ov, cid, cs.ReferralSentInput(sent, "Police Prevent team"))
    with pytest.raises(cs.RecordLocked):
        cs.record_referral_sent(ov, cid, cs.ReferralSentInput(sent, "Somebody else"))
    cs.fill_in(ov, "referral", rid, "police_reference", "PRV/2026/123")
    with pytest.raises(cs.RecordLocked):
        cs.fill_in(ov, "referral", rid, "sent_to", "Somebody else")
    cs.amend(ov, "referral", rid, "sent_to", "West Wales Prevent team", "Named the team")
    with pytest.raises(StageRuleError):  # the decision behind a sent referral stays on record
        cs.move_to(ov, cid, Stage.DECIDE)
    ref = cs.case_view(ov, cid).referrals[0]
    assert (ref.sent_to, ref.police_reference) == ("West Wales Prevent team", "PRV/2026/123")


def test_history_is_in_time_order(new_vault: Maker) -> None:
    _, ov, _ = new_vault()
    cid = to_check(ov)
    cs.add_consultation(
        ov, cid, cs.ConsultationInput("Head teacher", NOTICED - dt.timedelta(days=1))
    )
    history = cs.case_history(ov, cid)
    assert history[0].kind == "consultation" and history[1].kind == "noticed"
    assert [h.at for h in history] == sorted(h.at for h in history)
