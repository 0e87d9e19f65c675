"""A person's chronology: everything recorded about them, in time order, on screen and as a PDF.

Every concern about the person with what was noticed, each piece of information, alternative
explanation, consultation, stage change and review, decision, referral (made, sent, its
outcome), action and amendment, including changes to the person's own details. KCSIE and the
records guidance expect a chronology per person; a receiving school gets one with a transfer.

Reading a chronology is audited like opening a case (it shows the same text); saving it as a
PDF is audited as an export. Audit details hold ids and counts only.
"""

from __future__ import annotations

import datetime as dt
import json
import os
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from sqlalchemy import ColumnElement, or_, select
from sqlalchemy.orm import Session

from db.models import (
    Action,
    AlternativeExplanation,
    Amendment,
    Concern,
    Consultation,
    Decision,
    InformationItem,
    Person,
    Referral,
    School,
    StageChange,
    User,
)
from db.outputs import check_output_path
from db.vault import OpenVault
from dsl_desktop.domain import InformationKind, Outcome, ReferralOutcome, Stage, Validation
from dsl_desktop.pdf.text import (
    _,
    catalogue_for,
    evidence_labels,
    format_date,
    in_language,
    outcome_label,
    stage_label,
)
from dsl_desktop.pdf.text import referral_outcome_label as text_referral_outcome_label
from dsl_desktop.services.log import allow, category_labels
from dsl_desktop.services.people import NotFound, record_of
from dsl_desktop.views.chronology import Chronology, ChronologyEntry, ConcernSummary
from dsl_desktop.workflow import Action as Permission

if TYPE_CHECKING:  # reportlab loads only when a PDF is made, not with the Concerns log at sign-in
    from dsl_desktop.pdf.base import Target

__all__ = [
    "Chronology",
    "ChronologyEntry",
    "ConcernSummary",
    "chronology_pdf",
    "note_chronology_saved",
    "person_chronology",
    "referral_outcome_label",
    "stage_label",
]


def referral_outcome_label(code: str | None) -> str:
    """The gateway outcome in the words every document uses (``text.referral_outcome_label``)."""
    if not code:
        return text_referral_outcome_label(None)
    try:
        return text_referral_outcome_label(ReferralOutcome(code))
    except ValueError:
        return code


def _outcome(code: str) -> str:
    try:
        return outcome_label(Outcome(code))
    except ValueError:
        return code


def _evidence(kind: str, validation: str, corroborated_by: str) -> tuple[str, str]:
    """The kind and how far it was checked, worded so they never contradict each other."""
    try:
        return evidence_labels(
            InformationKind(kind), Validation(validation) if validation else None, corroborated_by
        )
    except ValueError:
        return kind, validation


def _show(value: Any) -> str:
    if value is None or value == "" or value == [] or value == {}:
        return _("(blank)")
    if isinstance(value, bool):
        return _("yes") if value else _("no")
    if isinstance(value, list):
        return ", ".join(_show(v) for v in value)
    if isinstance(value, dict):
        return json.dumps(value, ensure_ascii=False, sort_keys=True)
    return str(value)


_ENTITY_WORDS: Mapping[str, str] = {
    "concern": "the concern",
    "information_item": "a piece of information",
    "alternative_explanation": "an alternative explanation",
    "consultation": "a consultation",
    "decision": "a decision",
    "referral": "the referral",
    "action": "an action",
    "person": "the person's details",
}


def _end_of(day: dt.date) -> dt.datetime:
    return dt.datetime.combine(day, dt.time(23, 59, 59))


def _build(s: Session, person_id: int, made_by: str) -> Chronology:
    person = s.get(Person, person_id)
    if person is None:
        raise NotFound("That person is not on record.")
    names = {uid: name for uid, name in s.execute(select(User.id, User.display_name))}
    school = s.scalars(select(School)).first()
    labels = category_labels(s)
    concerns = list(
        s.scalars(
            select(Concern).where(Concern.person_id == person_id).order_by(Concern.noticed_at)
        )
    )
    refs = {c.id: c.reference for c in concerns}
    ids = list(refs)
    entries: list[ChronologyEntry] = []

    def add(at: dt.datetime, kind: str, summary: str, text: str, by: str,
            concern_id: int | None, **extra: Any) -> None:  # fmt: skip
        ref = refs.get(concern_id, "") if concern_id is not None else ""
        entries.append(ChronologyEntry(at, kind, summary, text, by, concern_id, ref, **extra))

    def rows(model: Any) -> list[Any]:
        if not ids:
            return []
        return list(s.scalars(select(model).where(model.concern_id.in_(ids)).order_by(model.id)))

    for c in concerns:
        where = _(" at {place}").format(place=c.location) if c.location else ""
        add(c.noticed_at, "noticed",
            _("Concern noticed by {who}{where}; type: {category}").format(
                who=c.noticed_by or _("someone not recorded"), where=where,
                category=labels.get(c.category, c.category)),
            c.account, c.noticed_by, c.id)  # fmt: skip
        if c.immediate_danger and c.emergency_at is not None:
            add(c.emergency_at, "emergency", _("Emergency action taken"), c.emergency_action,
                c.noticed_by, c.id)  # fmt: skip
        add(c.recorded_at, "recorded", _("Concern {reference} recorded").format(
            reference=c.reference), "", names.get(c.recorded_by_id, ""), c.id)  # fmt: skip
    for i in rows(InformationItem):
        source = _(" from {source}").format(source=i.source) if i.source else ""
        kind, checked = _evidence(i.kind, i.validation, i.corroborated_by)
        add(i.recorded_at, "information",
            _("Information recorded{source} ({kind}; {checked})").format(
                source=source, kind=kind, checked=checked),
            i.content, names.get(i.recorded_by_id, ""), i.concern_id)  # fmt: skip
    for a in rows(AlternativeExplanation):
        text = "\n".join(t for t in (a.explanation, a.exploration, a.conclusion) if t)
        add(a.recorded_at, "alternative", _("Other explanation considered"), text,
            names.get(a.recorded_by_id, ""), a.concern_id)  # fmt: skip
    for k in rows(Consultation):
        who = ", ".join(t for t in (k.name, k.role, k.agency) if t)
        how = f" ({k.method})" if k.method else ""
        text = "\n".join(
            f"{label}: {t}"
            for label, t in ((_("Shared"), k.shared), (_("Why"), k.reason),
                             (_("Outcome"), k.outcome))
            if t
        )  # fmt: skip
        add(k.consulted_at, "consultation", _("Consulted {who}{how}").format(who=who, how=how),
            text, names.get(k.recorded_by_id, ""), k.concern_id)  # fmt: skip
    for d in rows(Decision):
        review = (
            _("; review on {date}").format(date=format_date(d.review_date)) if d.review_date else ""
        )
        text = d.rationale
        if d.parallel_route:
            text += "\n" + _("Parallel route: {route}").format(route=d.parallel_route)
        add(d.decided_at, "decision",
            _("Decision: {outcome}{review}").format(outcome=_outcome(d.outcome), review=review),
            text, names.get(d.decided_by_id, ""), d.concern_id)  # fmt: skip
    for g in rows(StageChange):
        if g.from_stage == g.to_stage:
            summary = _("Review held")
            kind = "review"
        elif g.to_stage == Stage.CLOSED.value:
            summary = _("Concern closed")
            kind = "closed"
        else:
            summary = _("Moved from {old} to {new}").format(
                old=stage_label(g.from_stage), new=stage_label(g.to_stage)
            )
            kind = "stage"
        if g.next_review:
            summary += _("; next review {date}").format(date=format_date(g.next_review))
        add(g.changed_at, kind, summary, g.note, names.get(g.changed_by_id, ""), g.concern_id)
    for r in rows(Referral):
        if r.generated_at is not None:
            add(r.generated_at, "referral_made",
                _("Referral form prepared ({version})").format(version=r.form_version or "?"),
                "", names.get(r.generated_by_id, "") if r.generated_by_id else "",
                r.concern_id)  # fmt: skip
        if r.sent_at is not None:
            how = _(" by {how}").format(how=r.sent_how) if r.sent_how else ""
            ref = (
                _("Police reference: {reference}").format(reference=r.police_reference)
                if r.police_reference
                else ""
            )
            add(r.sent_at, "referral_sent",
                _("Referral sent to {to}{how}").format(to=r.sent_to, how=how), ref, "",
                r.concern_id)  # fmt: skip
        if r.outcome is not None:
            day = r.outcome_date
            add(_end_of(day) if day else (r.sent_at or r.generated_at or dt.datetime.min),
                "referral_outcome",
                _("Referral outcome: {outcome}").format(outcome=referral_outcome_label(r.outcome)),
                r.outcome_notes, "", r.concern_id, date_only=day is not None)  # fmt: skip
    for a in rows(Action):
        due = _(" (due {date})").format(date=format_date(a.due_date)) if a.due_date else ""
        owner = _(" for {owner}").format(owner=a.owner) if a.owner else ""
        if a.created_at is not None:
            add(a.created_at, "action", _("Action set{owner}{due}").format(owner=owner, due=due),
                a.description, names.get(a.created_by_id, "") if a.created_by_id else "",
                a.concern_id)  # fmt: skip
        if a.done_at is not None:
            add(a.done_at, "action_done", _("Action done"), a.description, "", a.concern_id)
    conditions: list[ColumnElement[bool]] = [
        (Amendment.entity == "person") & (Amendment.entity_id == person_id)
    ]
    if ids:
        conditions.append(Amendment.concern_id.in_(ids))
    for m in s.scalars(select(Amendment).where(or_(*conditions)).order_by(Amendment.id)):
        what = _ENTITY_WORDS.get(m.entity, m.entity)
        verb = _("Amended") if m.reason else _("Added")
        add(m.amended_at, "amendment",
            _("{verb} {field} of {what}").format(verb=verb, field=m.field, what=_(what)),
            f"{_show(m.old_value)} \u2192 {_show(m.new_value)}",
            names.get(m.amended_by_id, ""), m.concern_id, reason=m.reason)  # fmt: skip
    order = {id(e): n for n, e in enumerate(entries)}
    entries.sort(key=lambda e: (e.at, order[id(e)]))
    return Chronology(
        person=record_of(person),
        concerns=tuple(
            ConcernSummary(
                c.id,
                c.reference,
                c.noticed_at,
                labels.get(c.category, c.category),
                c.stage,
                c.status,
                c.outcome,
            )
            for c in concerns
        ),  # fmt: skip
        entries=tuple(entries),
        school_name=school.name if school else "",
        school_urn=school.urn if school else "",
        made_at=dt.datetime.now().replace(microsecond=0),
        made_by=made_by,
    )


def person_chronology(vault: OpenVault, person_id: int) -> Chronology:
    """Everything recorded about one person, oldest first. Audited as a view of their records."""
    me = allow(vault, Permission.VIEW_CASE)
    with vault.unit() as s:
        chronology = _build(s, person_id, me.display_name)
        vault.audit(
            s, "person.chronology_viewed", entity="person", entity_id=person_id,
            details={"concerns": len(chronology.concerns), "entries": len(chronology.entries)},
        )  # fmt: skip
    return chronology


def chronology_pdf(
    vault: OpenVault, person_id: int, out: Target | None = None, language: str | None = None
) -> bytes:
    """The person's chronology as a PDF; written to ``out`` (a path or binary stream) if given.
    ``language``: ``"en"``, ``"cy"`` or ``"bilingual"`` (``None``: the active catalogue).

    Saving to ``out`` is audited as an export. Without ``out`` nothing is written to the store
    and nothing is audited: the caller (a file transfer, say) audits its own export, possibly
    inside its own transaction.
    """
    from dsl_desktop.pdf.base import write_pdf
    from dsl_desktop.pdf.chronology import chronology_document

    me = allow(vault, Permission.VIEW_CASE)
    if isinstance(out, str | os.PathLike):
        check_output_path(out, vault.vault.data_dir)
    catalogue_for(language or "en")
    with vault.reading() as s, in_language(language):
        chronology = _build(s, person_id, me.display_name)
    data = chronology_document(chronology, language)
    if out is not None:
        write_pdf(data, out)
        with vault.unit() as s:
            vault.audit(
                s, "person.chronology_exported", entity="person", entity_id=person_id,
                details={"format": "pdf", "concerns": len(chronology.concerns),
                         "entries": len(chronology.entries)},
            )  # fmt: skip
    return data


def note_chronology_saved(vault: OpenVault, person_id: int) -> None:
    """Record in the audit trail that a chronology was saved to a file (whose name, which may
    hold the person's name, is not kept)."""
    allow(vault, Permission.VIEW_CASE)
    with vault.unit() as s:
        vault.audit(
            s, "person.chronology_exported", entity="person", entity_id=person_id,
            details={"format": "pdf"},
        )  # fmt: skip
