"""Reading a case: the whole case view and its history in words."""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
from collections.abc import Iterable, Mapping
from enum import Enum
from functools import cache
from types import UnionType
from typing import Any, TypeVar, Union, cast, get_args, get_origin, get_type_hints

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
    Outcome,
    ReferralOutcome,
    Role,
    Stage,
)
from dsl_desktop.guidance import check_warnings
from dsl_desktop.messages import Joined, Message, Text, message
from dsl_desktop.pdf.text import in_language, parallel_route_label
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
    Action,
    allowed_transitions,
    can,
    missing_for,
    next_stages,
    outcome_title,
    stage_name,
)

V = TypeVar("V")


@cache
def _hints(cls: Any) -> Mapping[str, Any]:
    return get_type_hints(cls)


def _as_hinted(hint: Any, value: Any) -> Any:
    """A stored value as the view's field type says: an enum from its code (None kept where
    the field may be None), a plain dict from a JSON column."""
    options = get_args(hint) if get_origin(hint) in (Union, UnionType) else (hint,)
    if type(None) in options and (value is None or value == ""):
        return None
    kind = next((o for o in options if o is not type(None)), hint)
    if isinstance(kind, type) and issubclass(kind, Enum):
        return kind(value)
    if get_origin(kind) is Mapping and type(None) not in options:
        return dict(value or {})
    return value


def _view(cls: type[V], row: Any, names: Mapping[int, str], **given: Any) -> V:
    """The view ``cls`` of a stored ``row``: each field from the column of the same name, as
    its type says; a ``*_by`` field is the name of the user in ``*_by_id``; ``given`` adds
    what the row does not hold."""
    values: dict[str, Any] = {}
    hints = _hints(cast(Any, cls))
    for f in dataclasses.fields(cast(Any, cls)):
        if f.name in given:
            values[f.name] = given[f.name]
        elif f.name.endswith("_by") and hasattr(row, f"{f.name}_id"):
            user = getattr(row, f"{f.name}_id")
            values[f.name] = names.get(user, "") if user else ""
        elif hasattr(row, f.name):
            values[f.name] = _as_hinted(hints[f.name], getattr(row, f.name))
    return cls(**values)


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
            _view(InformationItemView, i, names, attachments=tuple(item_files.get(i.id, ())))
            for i in items
        ),
        alternatives=tuple(_view(AlternativeView, a, names) for a in rows(AlternativeExplanation)),
        consultations=tuple(_view(ConsultationView, k, names) for k in rows(Consultation)),
        decisions=tuple(_view(DecisionView, d, names) for d in rows(Decision)),
        referrals=tuple(_view(ReferralView, r, names) for r in rows(Referral)),
        actions=tuple(_view(ActionView, a, names) for a in rows(ActionRow)),
        stage_changes=tuple(_view(StageChangeView, g, names) for g in rows(StageChange)),
        amendments=tuple(_view(AmendmentView, m, names) for m in rows(Amendment)),
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


def _show(value: Any) -> Text:
    """A stored value as it reads in the history: words to translate, or the value itself."""
    if value is None or value == "" or value == [] or value == {}:
        return Message("(blank)")
    if isinstance(value, bool):
        return Message("yes" if value else "no")
    if isinstance(value, list):
        return Joined((_show(v) for v in value), ", ")
    if isinstance(value, dict):
        return json.dumps(value, ensure_ascii=False, sort_keys=True)
    return str(value)


def _either(value: Any, key: str, **params: Any) -> Message | str:
    """The message ``key`` (given ``value`` as ``{value}``) when ``value`` is set, else ""."""
    return message(key, value=value, **params) if value else ""


def _labelled(pairs: Iterable[tuple[str, str]]) -> Joined:
    """Lines of "Label: text" for the texts that are filled in."""
    return Joined((message(label, text=t) for label, t in pairs if t), "\n")


def _route(code: str | None) -> Message | None:
    """A parallel referral's route in words (the documents' own label)."""
    if not code:
        return None
    with in_language("en"):
        return Message(parallel_route_label(code))


def _end_of(day: dt.date) -> dt.datetime:
    return dt.datetime.combine(day, dt.time(23, 59, 59))


def _iso(day: dt.date | None) -> str:
    return day.isoformat() if day else ""


def case_history(vault: OpenVault, concern_id: int) -> list[HistoryEntry]:
    """The chronology of one concern, oldest first, amendments included. Audited as a view.

    Each line's ``summary`` (and any ``text`` the app wrote) is a :class:`Message`, so every
    screen and document shows it in its own language.
    """
    allow(vault, Action.VIEW_CASE)
    with vault.unit() as s:
        v = _load_case(vault, s, concern_id)
        vault.audit(s, "concern.history_viewed", entity="concern", entity_id=concern_id)
    out: list[HistoryEntry] = []

    def add(at: dt.datetime, kind: str, summary: Message, text: Text, by: str,
            entity: str, entity_id: int, **extra: Any) -> None:  # fmt: skip
        out.append(HistoryEntry(at, kind, summary, text, by, entity, entity_id, **extra))

    noticed = message("Noticed by {who}{where}", who=v.noticed_by,
                      where=_either(v.location, " at {value}"))  # fmt: skip
    add(v.noticed_at, "noticed", noticed, v.account, v.noticed_by, "concern", v.id,
        facts={"location": v.location})  # fmt: skip
    if v.immediate_danger and v.emergency_at is not None:
        add(v.emergency_at, "emergency", Message("Emergency action taken"), v.emergency_action,
            v.noticed_by, "concern", v.id)  # fmt: skip
    add(v.recorded_at, "recorded", message("Concern {reference} recorded", reference=v.reference),
        "", v.recorded_by, "concern", v.id, facts={"reference": v.reference})  # fmt: skip
    for i in v.items:
        summary = message(
            "Information recorded{source} ({kind}, {validation}{obtained})",
            source=_either(i.source, " from {value}"), kind=Message(i.kind.value),
            validation=Message(i.validation.value),
            obtained=_either(_iso(i.obtained_at), ", obtained {value}"),
        )  # fmt: skip
        add(i.recorded_at, "information", summary, i.content, i.recorded_by,
            "information_item", i.id,
            facts={"source": i.source, "kind": i.kind.value, "validation": i.validation.value,
                   "obtained": i.obtained_at})  # fmt: skip
    for alt in v.alternatives:
        text = "\n".join(t for t in (alt.explanation, alt.exploration, alt.conclusion) if t)
        add(alt.recorded_at, "alternative", Message("Alternative explanation recorded"), text,
            alt.recorded_by, "alternative_explanation", alt.id)  # fmt: skip
    for k in v.consultations:
        who = ", ".join(t for t in (k.name, k.role, k.agency) if t)
        summary = message("Consulted {who}{how}", who=who, how=_either(k.method, " ({value})"))
        said = _labelled((("Shared: {text}", k.shared), ("Why: {text}", k.reason),
                          ("Outcome: {text}", k.outcome)))  # fmt: skip
        add(k.consulted_at, "consultation", summary, said, k.recorded_by,
            "consultation", k.id, facts={"who": who, "method": k.method})  # fmt: skip
    for g in v.stage_changes:
        if g.from_stage is g.to_stage:
            summary = message("Review held{next}",
                              next=_either(_iso(g.next_review), "; next review {value}"))  # fmt: skip
            kind = "review"
        else:
            summary = message("Moved from {old} to {new}", old=stage_name(g.from_stage),
                              new=stage_name(g.to_stage))  # fmt: skip
            kind = "stage"
        add(g.changed_at, kind, summary, g.note, g.changed_by, "stage_change", g.id,
            facts={"from": g.from_stage.value, "to": g.to_stage.value,
                   "next_review": g.next_review})  # fmt: skip
    for d in v.decisions:
        summary = message("Decision: {outcome}{review}", outcome=outcome_title(d.outcome),
                          review=_either(_iso(d.review_date), "; review on {value}"))  # fmt: skip
        route = _either(_route(d.parallel_route), "Parallel route: {value}")
        why: Text = Joined((t for t in (d.rationale, route) if t), "\n") if route else d.rationale
        add(d.decided_at, "decision", summary, why, d.decided_by, "decision", d.id,
            facts={"outcome": d.outcome.value, "review_date": d.review_date})  # fmt: skip
    for r in v.referrals:
        if r.generated_at is not None:
            add(r.generated_at, "referral_generated",
                message("Referral form generated ({version})", version=r.form_version), "",
                r.generated_by, "referral", r.id,
                facts={"form_version": r.form_version})  # fmt: skip
        if r.sent_at is not None:
            sent = message("Referral sent to {to}{how}", to=r.sent_to,
                           how=_either(r.sent_how, " by {value}"))  # fmt: skip
            ref = _either(r.police_reference, "Police reference: {value}")
            add(r.sent_at, "referral_sent", sent, ref, "", "referral", r.id,
                facts={"to": r.sent_to, "how": r.sent_how})  # fmt: skip
        if r.outcome is not None:
            when = r.outcome_date
            outcome = message("Referral outcome: {outcome}",
                              outcome=Message(REFERRAL_OUTCOME_TITLES[r.outcome]))  # fmt: skip
            add(_end_of(when) if when else (r.sent_at or v.recorded_at), "referral_outcome",
                outcome, r.outcome_notes, "", "referral", r.id,
                date_only=when is not None, facts={"outcome": r.outcome})  # fmt: skip
    for a in v.actions:
        if a.created_at is not None:
            summary = message("Action set{owner}{due}", owner=_either(a.owner, " for {value}"),
                              due=_either(_iso(a.due_date), " (due {value})"))  # fmt: skip
            add(a.created_at, "action", summary, a.text, a.created_by,
                "action", a.id, facts={"owner": a.owner, "due": a.due_date})  # fmt: skip
        if a.done_at is not None:
            add(a.done_at, "action_done", Message("Action done"), a.text, "", "action",
                a.id)  # fmt: skip
    for f in v.attachments:
        add(f.added_at, "attachment", message("File attached: {file}", file=f.file_name), "",
            f.added_by, "attachment", f.id, facts={"file": f.file_name})  # fmt: skip
    for m in v.amendments:
        label = _ENTITY_LABELS.get(m.entity)
        key = "Amended {field} of {record}" if m.reason else "Added {field} of {record}"
        summary = message(key, field=m.field, record=Message(label) if label else m.entity)
        change = message("{old} \u2192 {new}", old=_show(m.old_value), new=_show(m.new_value))
        add(m.amended_at, "amendment", summary, change, m.amended_by, m.entity, m.entity_id,
            old_value=m.old_value, new_value=m.new_value, reason=m.reason,
            facts={"field": m.field})  # fmt: skip
    order = {id(e): n for n, e in enumerate(out)}
    out.sort(key=lambda e: (e.at, order[id(e)]))
    return out
