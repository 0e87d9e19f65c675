"""Reading a case: the whole case view and its history in words."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Mapping
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from db.models import Action as ActionRow
from db.models import (
    AlternativeExplanation,
    Amendment,
    Consultation,
    Decision,
    InformationItem,
    Person,
    Referral,
    StageChange,
)
from db.vault import OpenVault
from dsl_desktop.domain import (
    ConcernStatus,
    InformationKind,
    Outcome,
    ReferralOutcome,
    Role,
    Stage,
    Validation,
)
from dsl_desktop.guidance import check_warnings
from dsl_desktop.services.attachments import AttachmentInfo, OwnerType, infos_for, user_names
from dsl_desktop.services.concerns.base import _concern, _facts
from dsl_desktop.services.people import NotFound, allow, record_of, signed_in
from dsl_desktop.views.concerns import (
    ActionView,
    AlternativeView,
    AmendmentView,
    CaseView,
    ConsultationView,
    DecisionView,
    HistoryEntry,
    InformationItemView,
    ReferralView,
    StageChangeView,
)
from dsl_desktop.workflow import (
    OUTCOME_TITLES,
    STAGE_LABELS,
    Action,
    allowed_transitions,
    can,
    missing_for,
    next_stages,
)


def _load_case(vault: OpenVault, s: Session, concern_id: int) -> CaseView:
    me = signed_in(vault)
    role = Role(me.role)
    c = _concern(s, concern_id)
    names = user_names(s)
    person = s.get(Person, c.person_id)
    if person is None:
        raise NotFound("The person this concern is about is missing from the store.")
    items = list(
        s.scalars(
            select(InformationItem)
            .where(InformationItem.concern_id == c.id)
            .order_by(InformationItem.id)
        )
    )
    item_files: dict[int, list[AttachmentInfo]] = {}
    for info in infos_for(s, OwnerType.INFORMATION_ITEM, [i.id for i in items], names):
        item_files.setdefault(info.owner_id, []).append(info)

    def rows(model: Any) -> list[Any]:
        return list(s.scalars(select(model).where(model.concern_id == c.id).order_by(model.id)))

    facts = _facts(s, c)
    stage = Stage(c.stage)
    blocked = {t: tuple(missing_for(stage, facts, t)) for t in allowed_transitions(stage)}
    return CaseView(
        id=c.id,
        reference=c.reference,
        person=record_of(person),
        noticed_by=c.noticed_by,
        noticed_at=c.noticed_at,
        location=c.location,
        account=c.account,
        others_present=c.others_present,
        indicators=tuple(c.indicators or ()),
        category=c.category,
        immediate_danger=c.immediate_danger,
        emergency_action=c.emergency_action,
        emergency_at=c.emergency_at,
        details=dict(c.details or {}),
        stage=stage,
        status=ConcernStatus(c.status),
        outcome=Outcome(c.outcome) if c.outcome else None,
        next_review=c.next_review,
        decided_at=c.decided_at,
        closed_at=c.closed_at,
        recorded_by=names.get(c.recorded_by_id, ""),
        recorded_at=c.recorded_at,
        holder=names.get(c.holder_id, "") if c.holder_id else "",
        items=tuple(
            InformationItemView(
                id=i.id,
                content=i.content,
                source=i.source,
                obtained_at=i.obtained_at,
                kind=InformationKind(i.kind),
                validation=Validation(i.validation),
                notes=i.notes,
                recorded_by=names.get(i.recorded_by_id, ""),
                recorded_at=i.recorded_at,
                attachments=tuple(item_files.get(i.id, ())),
                corroborated_by=i.corroborated_by,
            )
            for i in items
        ),  # fmt: skip
        alternatives=tuple(
            AlternativeView(
                a.id,
                a.explanation,
                a.exploration,
                a.conclusion,
                names.get(a.recorded_by_id, ""),
                a.recorded_at,
                a.accepted,
            )
            for a in rows(AlternativeExplanation)
        ),  # fmt: skip
        consultations=tuple(
            ConsultationView(
                k.id,
                k.name,
                k.role,
                k.agency,
                k.consulted_at,
                k.method,
                k.shared,
                k.reason,
                k.outcome,
                names.get(k.recorded_by_id, ""),
            )
            for k in rows(Consultation)
        ),  # fmt: skip
        decisions=tuple(
            DecisionView(
                d.id,
                Outcome(d.outcome),
                d.rationale,
                dict(d.answers or {}),
                d.parallel_route,
                d.review_date,
                names.get(d.decided_by_id, ""),
                d.decided_at,
            )
            for d in rows(Decision)
        ),  # fmt: skip
        referrals=tuple(
            ReferralView(
                r.id,
                r.form_version,
                r.snapshot,
                r.generated_at,
                names.get(r.generated_by_id, "") if r.generated_by_id else "",
                r.sent_at,
                r.sent_to,
                r.sent_how,
                r.police_reference,
                ReferralOutcome(r.outcome) if r.outcome else None,
                r.outcome_date,
                r.outcome_notes,
            )
            for r in rows(Referral)
        ),  # fmt: skip
        actions=tuple(
            ActionView(
                a.id,
                a.description,
                a.owner,
                a.due_date,
                a.done_at,
                names.get(a.created_by_id, "") if a.created_by_id else "",
                a.created_at,
            )
            for a in rows(ActionRow)
        ),  # fmt: skip
        stage_changes=tuple(
            StageChangeView(
                g.id,
                Stage(g.from_stage),
                Stage(g.to_stage),
                g.note,
                g.next_review,
                names.get(g.changed_by_id, ""),
                g.changed_at,
            )
            for g in rows(StageChange)
        ),  # fmt: skip
        amendments=tuple(
            AmendmentView(
                m.id,
                m.entity,
                m.entity_id,
                m.field,
                m.old_value,
                m.new_value,
                m.reason,
                names.get(m.amended_by_id, ""),
                m.amended_at,
            )
            for m in rows(Amendment)
        ),  # fmt: skip
        attachments=tuple(infos_for(s, OwnerType.CONCERN, [c.id], names)),
        facts=facts,
        warnings=tuple(check_warnings(facts)),
        missing=tuple(missing_for(stage, facts)) if stage is not Stage.CLOSED else (),
        blocked=blocked,
        next_stages=frozenset(next_stages(facts, stage)),
        can_edit=can(role, Action.EDIT_CASE),
        can_decide=can(role, Action.DECIDE),
        can_refer=can(role, Action.REFER),
    )


def case_view(vault: OpenVault, concern_id: int) -> CaseView:
    """Everything the case screen needs for one concern. Every opening is audited."""
    allow(vault, Action.VIEW_CASE)
    with vault.unit() as s:
        view = _load_case(vault, s, concern_id)
        vault.audit(s, "concern.viewed", entity="concern", entity_id=concern_id)
        return view


REFERRAL_OUTCOME_TITLES: Mapping[ReferralOutcome, str] = {
    ReferralOutcome.NO_FURTHER_ACTION: "no further action",
    ReferralOutcome.SIGNPOSTED: "signposted to other services",
    ReferralOutcome.PREVENT_CASE_MANAGEMENT: "Prevent Case Management",
    ReferralOutcome.CHANNEL: "Channel",
    ReferralOutcome.UNKNOWN: "not known",
}


_ENTITY_LABELS: Mapping[str, str] = {
    "concern": "the concern",
    "information_item": "a piece of information",
    "alternative_explanation": "an alternative explanation",
    "consultation": "a consultation",
    "decision": "a decision",
    "referral": "the referral",
    "action": "an action",
    "person": "the person's details",
}


def _show(value: Any) -> str:
    if value is None or value == "" or value == [] or value == {}:
        return "(blank)"
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, list):
        return ", ".join(_show(v) for v in value)
    if isinstance(value, dict):
        return json.dumps(value, ensure_ascii=False, sort_keys=True)
    return str(value)


def _end_of(day: dt.date) -> dt.datetime:
    return dt.datetime.combine(day, dt.time(23, 59, 59))


def case_history(vault: OpenVault, concern_id: int) -> list[HistoryEntry]:
    """The chronology of one concern, oldest first, amendments included. Audited as a view."""
    allow(vault, Action.VIEW_CASE)
    with vault.unit() as s:
        v = _load_case(vault, s, concern_id)
        vault.audit(s, "concern.history_viewed", entity="concern", entity_id=concern_id)
    out: list[HistoryEntry] = []

    def add(at: dt.datetime, kind: str, summary: str, text: str, by: str, entity: str,
            entity_id: int, **extra: Any) -> None:  # fmt: skip
        out.append(HistoryEntry(at, kind, summary, text, by, entity, entity_id, **extra))

    where = f" at {v.location}" if v.location else ""
    add(v.noticed_at, "noticed", f"Noticed by {v.noticed_by}{where}", v.account, v.noticed_by,
        "concern", v.id, facts={"location": v.location})  # fmt: skip
    if v.immediate_danger and v.emergency_at is not None:
        add(v.emergency_at, "emergency", "Emergency action taken", v.emergency_action,
            v.noticed_by, "concern", v.id)  # fmt: skip
    add(v.recorded_at, "recorded", f"Concern {v.reference} recorded", "", v.recorded_by,
        "concern", v.id, facts={"reference": v.reference})  # fmt: skip
    for i in v.items:
        obtained = f", obtained {i.obtained_at.isoformat()}" if i.obtained_at else ""
        source = f" from {i.source}" if i.source else ""
        add(i.recorded_at, "information",
            f"Information recorded{source} ({i.kind.value}, {i.validation.value}{obtained})",
            i.content, i.recorded_by, "information_item", i.id,
            facts={"source": i.source, "kind": i.kind.value, "validation": i.validation.value,
                   "obtained": i.obtained_at})  # fmt: skip
    for alt in v.alternatives:
        text = "\n".join(t for t in (alt.explanation, alt.exploration, alt.conclusion) if t)
        add(alt.recorded_at, "alternative", "Alternative explanation recorded", text,
            alt.recorded_by, "alternative_explanation", alt.id)  # fmt: skip
    for k in v.consultations:
        who = ", ".join(t for t in (k.name, k.role, k.agency) if t)
        how = f" ({k.method})" if k.method else ""
        text = "\n".join(
            f"{label}: {t}"
            for label, t in (("Shared", k.shared), ("Why", k.reason), ("Outcome", k.outcome))
            if t
        )
        add(k.consulted_at, "consultation", f"Consulted {who}{how}", text, k.recorded_by,
            "consultation", k.id, facts={"who": who, "method": k.method})  # fmt: skip
    for g in v.stage_changes:
        if g.from_stage is g.to_stage:
            summary = "Review held"
            if g.next_review:
                summary += f"; next review {g.next_review.isoformat()}"
            kind = "review"
        else:
            summary = f"Moved from {STAGE_LABELS[g.from_stage]} to {STAGE_LABELS[g.to_stage]}"
            kind = "stage"
        add(g.changed_at, kind, summary, g.note, g.changed_by, "stage_change", g.id,
            facts={"from": g.from_stage.value, "to": g.to_stage.value,
                   "next_review": g.next_review})  # fmt: skip
    for d in v.decisions:
        review = f"; review on {d.review_date.isoformat()}" if d.review_date else ""
        text = d.rationale + (f"\nParallel route: {d.parallel_route}" if d.parallel_route else "")
        add(d.decided_at, "decision", f"Decision: {OUTCOME_TITLES[d.outcome]}{review}", text,
            d.decided_by, "decision", d.id,
            facts={"outcome": d.outcome.value, "review_date": d.review_date})  # fmt: skip
    for r in v.referrals:
        if r.generated_at is not None:
            add(r.generated_at, "referral_generated",
                f"Referral form generated ({r.form_version})", "", r.generated_by,
                "referral", r.id, facts={"form_version": r.form_version})  # fmt: skip
        if r.sent_at is not None:
            bits = [f"to {r.sent_to}"] + ([f"by {r.sent_how}"] if r.sent_how else [])
            ref = f"Police reference: {r.police_reference}" if r.police_reference else ""
            add(r.sent_at, "referral_sent", "Referral sent " + " ".join(bits), ref, "",
                "referral", r.id, facts={"to": r.sent_to, "how": r.sent_how})  # fmt: skip
        if r.outcome is not None:
            when = r.outcome_date
            add(_end_of(when) if when else (r.sent_at or v.recorded_at), "referral_outcome",
                f"Referral outcome: {REFERRAL_OUTCOME_TITLES[r.outcome]}", r.outcome_notes, "", "referral", r.id,
                date_only=when is not None, facts={"outcome": r.outcome})  # fmt: skip
    for a in v.actions:
        due = f" (due {a.due_date.isoformat()})" if a.due_date else ""
        owner = f" for {a.owner}" if a.owner else ""
        if a.created_at is not None:
            add(a.created_at, "action", f"Action set{owner}{due}", a.description, a.created_by,
                "action", a.id, facts={"owner": a.owner, "due": a.due_date})  # fmt: skip
        if a.done_at is not None:
            add(a.done_at, "action_done", "Action done", a.description, "", "action", a.id)
    for f in v.attachments:
        add(f.added_at, "attachment", f"File attached: {f.file_name}", "", f.added_by,
            "attachment", f.id, facts={"file": f.file_name})  # fmt: skip
    for m in v.amendments:
        label = _ENTITY_LABELS.get(m.entity, m.entity)
        verb = "Amended" if m.reason else "Added"
        add(m.amended_at, "amendment", f"{verb} {m.field} of {label}",
            f"{_show(m.old_value)} → {_show(m.new_value)}", m.amended_by, m.entity, m.entity_id,
            old_value=m.old_value, new_value=m.new_value, reason=m.reason,
            facts={"field": m.field})  # fmt: skip
    order = {id(e): n for n, e in enumerate(out)}
    out.sort(key=lambda e: (e.at, order[id(e)]))
    return out
